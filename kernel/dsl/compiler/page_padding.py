"""The screen's own margin: how far flowed content stays from the canvas edges.

Page chrome (a navbar, a sidebar, a footer, a bottom tab bar) and boxes the author padded,
coloured or sized run edge to edge, as they were designed. Content written straight under
`elements` (a heading, cards, a grid of stats, as agents often write a screen, also below a
navbar) would sit flush against the canvas edges and look broken; each such element keeps a
margin from the edges instead, as a browser's default stylesheet or a design tool's frame gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kernel.dsl.compiler.styles import explicit_size, is_absolute
from kernel.dsl.lengths import px_or_none
from kernel.dsl.model import Element

CHROME_TYPES = frozenset({"navbar", "sidebar", "footer"})
"""Types designed to run edge to edge across the screen."""

WRAPPER_TYPES = frozenset({"row", "column", "container", "flex", "stack", "grid"})
"""Pure layout boxes: whether they run edge to edge depends on how they are styled and on what
they hold."""

NARROW_SCREEN = 600
"""Below this width (phones), the margin is a phone app's 16 px instead of 24 px."""

INSET_CLASS = "dsl-inset"
FIRST_CLASS = "dsl-inset-first"
LAST_CLASS = "dsl-inset-last"

_RELATIVE = re.compile(r"([\d.]+)\s*(?:%|vw|vh)")
_BACKGROUND = ("background", "backgroundColor", "backgroundImage")
_SIDE_PADDING = ("paddingLeft", "paddingRight", "paddingInline", "paddingInlineStart", "paddingInlineEnd")


@dataclass(frozen=True)
class PageMargins:
    """How the screen keeps flowed content off its edges: the root's own padding (the document's
    `padding`), and the margin each top-level element marked `inset` keeps from the edges."""

    root_padding: float
    margin: float
    inset: tuple[bool, ...]


def page_margins(elements: Sequence[Element], screen: tuple[int, int], explicit: float | None) -> PageMargins:
    """The document's `padding` around everything when it gives one; else a margin that suits
    the screen's width for each top-level element that flows and does not run edge to edge.
    Elements placed by coordinates (the earlier format's model, a toast in a corner) count from
    the canvas corner and change nothing for the others. `screen` is (width, height) in px."""
    if explicit is not None:
        return PageMargins(explicit, 0, (False,) * len(elements))
    margin = 16 if screen[0] < NARROW_SCREEN else 24
    inset = tuple(not is_absolute(element) and not runs_edge_to_edge(element, screen) for element in elements)
    return PageMargins(0, margin, inset)


def inset_elements(elements: Sequence[Element], margins: PageMargins) -> list[Element]:
    """`elements` with the classes that give the inset ones their margin: on both sides, above
    the first element and below the last when they are inset."""
    out: list[Element] = []
    flowing = [index for index, element in enumerate(elements) if not is_absolute(element)]
    first, last = (flowing[0], flowing[-1]) if flowing else (-1, -1)
    for index, (element, inset) in enumerate(zip(elements, margins.inset, strict=True)):
        if not inset:
            out.append(element)
            continue
        classes = [INSET_CLASS] + [FIRST_CLASS] * (index == first) + [LAST_CLASS] * (index == last)
        own = element.className or ""
        out.append(element.model_copy(update={"className": " ".join([own, *classes]).strip()}))
    return out


def margins_css(margins: PageMargins, screen_width: int) -> str:
    """The CSS of `margins`: the root's padding, and the inset elements' margins. On a phone a
    navbar's inset is the phone's 16 px too, so its title lines up with the content below."""
    css = f".dsl-root{{padding:{margins.root_padding:g}px}}" if margins.root_padding else ""
    if screen_width < NARROW_SCREEN:
        css += ".dsl-navbar{padding-inline:16px;gap:16px}"
    if any(margins.inset):
        m = f"{margins.margin:g}px"
        css += (  # max-width: a box 100% wide (an unlabelled input, a video) fits between the margins
            f".dsl-root>.{INSET_CLASS}{{margin-inline:{m};max-width:calc(100% - {2 * margins.margin:g}px)}}"
            f".dsl-root>.{FIRST_CLASS}{{margin-top:{m}}}.dsl-root>.{LAST_CLASS}{{margin-bottom:{m}}}"
        )
    return css


def runs_edge_to_edge(element: Element, screen: tuple[int, int]) -> bool:
    """True for page chrome, and for a top-level layout box the author padded at its sides,
    coloured, or sized to the whole screen, or one that holds chrome at any depth or a panel (a
    square-cornered coloured box: a gradient half of a sign-in page) among its own children: the
    author designed those edges. A box sized smaller than the screen (a 200 px hero), a rounded
    coloured box (a promo card) or one nested deeper does not count: it is content."""
    if _is_chrome(element):
        return True
    if element.type not in WRAPPER_TYPES:
        return False
    if _styled_box(element, screen):
        return True
    return any(_is_panel(child) or _holds_chrome(child) for child in element.children or [])


def _holds_chrome(element: Element) -> bool:
    if _is_chrome(element):
        return True
    return element.type in WRAPPER_TYPES and any(_holds_chrome(child) for child in element.children or [])


def _is_panel(element: Element) -> bool:
    return element.type in WRAPPER_TYPES and _coloured(element) and not _rounded(element)


def _is_chrome(element: Element) -> bool:
    return element.type in CHROME_TYPES or (element.type == "tabs" and element.variant == "bottom")


def _coloured(element: Element) -> bool:
    style = element.style or {}
    return any(name in style for name in _BACKGROUND)


def _rounded(element: Element) -> bool:
    radius = (element.style or {}).get("borderRadius")
    return radius is not None and px_or_none(str(radius).split()[0]) != 0


def _styled_box(element: Element, screen: tuple[int, int]) -> bool:
    style = element.style or {}
    if _coloured(element):
        return True
    if _pads_sides(element.padding if element.padding is not None else style.get("padding")):
        return True
    if any(_pads_sides(style.get(name)) for name in _SIDE_PADDING):
        return True
    return _fills(explicit_size(element, "width"), screen[0]) or _fills(
        explicit_size(element, "height"), screen[1]
    )


def _fills(size: float | str | None, extent: int) -> bool:
    """Whether a size the author set spans the screen along its axis: at least the screen's px,
    or 100% / 100vw / 100vh. Any other length (calc(), em) counts as filling: set on purpose."""
    if size is None:
        return False
    relative = _RELATIVE.fullmatch(str(size).strip().lower())
    if relative:
        return float(relative.group(1)) >= 100
    amount = px_or_none(size)
    return amount is None or amount >= extent


def _pads_sides(value: object) -> bool:
    """Whether a padding value (a number, or CSS shorthand such as "16px 0") pads the left or
    right side: "16px 0" pads only the top and bottom, so the box's edges are still the page's."""
    if value is None or isinstance(value, bool):
        return False
    parts = str(value).split()
    sides = parts[1::2] if len(parts) > 1 else parts  # CSS's order: top, right, bottom, left
    return any(px_or_none(side) != 0 for side in sides)
