"""The screen's own margin: how far flowed content stays from the canvas edges.

Page chrome (a navbar, a sidebar, a footer, a bottom tab bar) and boxes the author padded,
coloured or sized run edge to edge, as they were designed. Content written straight under
`elements` (a heading, cards, a grid of stats, as agents often write a screen, also below a
navbar) would sit flush against the canvas edges and look broken; each such element keeps a
margin from the edges instead, as a browser's default stylesheet or a design tool's frame gives.
A coloured band the author left unpadded keeps its edges, and the same margin inside it keeps its
text off the canvas edges.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kernel.dsl.compiler.author_rules import author_classes_now, class_names
from kernel.dsl.compiler.elements.column_fill import fills_classes
from kernel.dsl.compiler.elements.flow_classes import grows_by_own_flex, runs_in_column
from kernel.dsl.compiler.elements.layout import SCROLLER_CLASS
from kernel.dsl.compiler.modal_wrappers import is_modal_overlay
from kernel.dsl.compiler.screen_tall import grown_with_page, spans_screen_height
from kernel.dsl.compiler.styles import explicit_size, is_absolute
from kernel.dsl.lengths import px_or_none
from kernel.dsl.model import Element

CHROME_TYPES = frozenset({"navbar", "sidebar", "footer"})
"""Types designed to run edge to edge across the screen."""

WRAPPER_TYPES = frozenset({"row", "column", "container", "flex", "stack", "grid"})
"""Pure layout boxes: whether they run edge to edge depends on how they are styled and on what
they hold."""

BAND_TYPES = WRAPPER_TYPES | {"section", "header"}
"""Boxes with no frame of their own that the author's styling makes a band: a section is a column
under a title, and a landing page's section on a coloured band (or padded at its sides) is drawn
as the same band written as a column; a page header padded at its sides (a blog's title over
rows and sections padded alike) starts where they do, not a margin further in. What a section
holds leaves it content (a titled region holding a navbar keeps the margin)."""

SCREEN_PICTURES = frozenset({"map", "image"})
"""Pictures that run edge to edge when the author sized them to span the screen (a map 390 px
wide on a phone was shrunk to the margins, 358 px)."""

NARROW_SCREEN = 600
"""Below this width (phones), the margin is a phone app's 16 px instead of 24 px."""

INSET_CLASS = "dsl-inset"
FIRST_CLASS = "dsl-inset-first"
LAST_CLASS = "dsl-inset-last"
ABUT_CLASS = "dsl-abut"
AFTER_EDGE_CLASS = "dsl-after-edge"
"""An inset element right under one that runs edge to edge (a navbar, a band): the margin above
it, as at the top of the screen, not the page's gap (12 px under a navbar against 24 at the sides)."""
BEFORE_EDGE_CLASS = "dsl-before-edge"
"""An inset element right above one that runs edge to edge (a footer, a band): the margin below."""
CONTINUES_CLASS = "dsl-continues"
"""A bottom tab bar whose panel (its children) comes right after inset content (a search field
written above the tabs): the panel goes on with that content, the page's gap below it, instead of
adding its own 16 px inset to the margin kept above an edge-to-edge element."""
EDGE_PICTURE_CLASS = "dsl-edge-picture"
"""A top-level picture, or a stack laid over one, that touches the screen's sides: the picture
drops its rounded corners and its border there, as a phone app's full-bleed map does."""
SCREEN_SHARE_CLASS = "dsl-screen-share"
"""A top-level element given its height as a share of the screen (`height: 100%`, made px of
it): on a screen of set height it gives way to what follows it, which any other top-level box
does not (see base_css: a crowded phone squashed a search field to a 2 px line)."""
PANE_CLASS = "dsl-pane"
LINE_CLASS = "dsl-line"
"""Content in a top-level column that holds chrome above or below it (a navbar, a footer closing
the column): it keeps the page's margin at the sides, and above or below only at the column's
ends and beside the chrome, as it would written straight under `elements`; the column's gap
stays between its lines."""
LINE_FIRST_CLASS = "dsl-line-first"
LINE_LAST_CLASS = "dsl-line-last"
LINE_AFTER_EDGE_CLASS = "dsl-line-after-edge"
LINE_BEFORE_EDGE_CLASS = "dsl-line-before-edge"
BAND_CLASS = "dsl-band"
FILLS_SCREEN_CLASS = "dsl-fills-screen"
"""A top-level column framing content under a navbar (see `LINE_CLASS`) with no height of its
own, one of whose lines takes the free room by its own `flex` (a board): the column takes the
screen's height, as a plain row holding a sidebar does, so that line has room to fill."""

ANY_SIZE = (0, 0)
"""The screen to judge a box by when any size the author gave it counts (a px width or height,
or a full 100%), not only one that spans the screen."""

_PERCENT = re.compile(r"([\d.]+)\s*%")
_RELATIVE = re.compile(r"([\d.]+)\s*(?:%|vw|vh)")
_BACKGROUND = ("background", "backgroundColor", "backgroundImage")
_SIDE_PADDING = ("paddingLeft", "paddingRight", "paddingInline", "paddingInlineStart", "paddingInlineEnd")


@dataclass(frozen=True)
class PageMargins:
    """How the screen keeps flowed content off its edges: the root's own padding (the document's
    `padding`), the margin each top-level element marked `inset` keeps from the edges, which
    elements `abut` the one above them, the screen's height (what a top-level `100%` is),
    which elements are `bands` that hold the margin inside them, whether a top-level element
    `fills` the screen's free room by its own `flex`, and whether a bottom tab bar's panel
    `continues` the inset content above it (see `CONTINUES_CLASS`)."""

    root_padding: float
    margin: float
    inset: tuple[bool, ...]
    abut: tuple[bool, ...] = ()
    screen_height: int = 0
    panes: bool = False
    bands: tuple[bool, ...] = ()
    fills: bool = False
    continues: bool = False
    edge_pictures: tuple[bool, ...] = ()
    screen_width: int = 0


def page_margins(elements: Sequence[Element], screen: tuple[int, int], explicit: float | None) -> PageMargins:
    """The document's `padding` around everything when it gives one; else a margin that suits
    the screen's width for each top-level element that flows and does not run edge to edge.
    Elements placed by coordinates (the earlier format's model, a toast in a corner) count from
    the canvas corner and change nothing for the others. `screen` is (width, height) in px, the
    height 0 on a canvas as tall as its content (`height: auto`), which has none to span or share.

    Two edge-to-edge elements one after the other that span the screen's width (a navbar and a
    coloured hero, a navbar and a row holding a sidebar) abut: the page's gap between them would
    show as a strip of page."""
    fills = any(map(grows_by_own_flex, elements))
    flowing = [not _placed(element) for element in elements]
    if explicit is not None:
        none = (False,) * len(elements)
        pictures = tuple(
            flows and explicit == 0 and _shows_picture(element)
            for flows, element in zip(flowing, elements, strict=True)
        )
        return PageMargins(explicit, 0, none, none, screen[1], fills=fills, edge_pictures=pictures)
    margin = 16 if screen[0] < NARROW_SCREEN else 24
    lead = next(
        (index for index, element in enumerate(elements) if flowing[index] and not is_modal_overlay(element)),
        -1,
    )
    edge = [
        flows
        and (runs_edge_to_edge(element, screen) or (index == lead and leads_phone_screen(element, screen)))
        for index, (flows, element) in enumerate(zip(flowing, elements, strict=True))
    ]
    inset = tuple(flows and not edged for flows, edged in zip(flowing, edge, strict=True))
    spans = [
        edged and _spans_width(element, screen[0]) for edged, element in zip(edge, elements, strict=True)
    ]
    abut, previous_spans = [], False
    for flows, spanning in zip(flowing, spans, strict=True):
        abut.append(flows and spanning and previous_spans)
        previous_spans = spanning if flows else previous_spans
    panes = any(
        not is_inset and _frames_content(element) for is_inset, element in zip(inset, elements, strict=True)
    )
    bands = tuple(edged and _unpadded_band(element) for edged, element in zip(edge, elements, strict=True))
    continues = any(_continues_content(elements, inset))
    pictures = tuple(
        spanning and _shows_picture(element) for spanning, element in zip(spans, elements, strict=True)
    )
    return PageMargins(
        0, margin, inset, tuple(abut), screen[1], panes, bands, fills, continues, pictures, screen[0]
    )


def inset_elements(
    elements: Sequence[Element], margins: PageMargins, *, full_page: bool = False
) -> list[Element]:
    """`elements` with the classes that give the inset ones their margin (on both sides, above
    the first element and below the last when they are inset) and the abutting ones theirs; a
    height given in % of the screen becomes px, since the page grows with its content and CSS
    would read a % of it as no height at all. On a canvas as tall as its content (a screen
    height of 0: `height: auto`) there is no screen for a % to be a share of, so such a height
    is left to CSS, which draws the element as tall as its content. On a `full_page` image an
    element as tall as the screen grows with its content (see `screen_tall`)."""
    out: list[Element] = []
    flowing = [index for index, element in enumerate(elements) if not _placed(element)]
    first, last = (flowing[0], flowing[-1]) if flowing else (-1, -1)
    abut = margins.abut or (False,) * len(elements)
    bands = margins.bands or (False,) * len(elements)
    pictures = margins.edge_pictures or (False,) * len(elements)
    edged_before, edged_after = _beside_edges(elements, margins.inset)
    continues = _continues_content(elements, margins.inset)
    for index, (element, inset, abuts, band, picture) in enumerate(
        zip(elements, margins.inset, abut, bands, pictures, strict=True)
    ):
        classes = [INSET_CLASS] * inset + [FIRST_CLASS] * (inset and index == first)
        classes += [LAST_CLASS] * (inset and index == last) + [ABUT_CLASS] * abuts + [BAND_CLASS] * band
        classes += [AFTER_EDGE_CLASS] * (inset and edged_before[index])
        classes += [BEFORE_EDGE_CLASS] * (inset and edged_after[index])
        classes += [CONTINUES_CLASS] * continues[index] + [EDGE_PICTURE_CLASS] * picture
        margin_above_below = margins.margin * (inset and index == first) + margins.margin * (
            inset and index == last
        )
        room = margins.screen_height - margin_above_below
        update = _screen_relative_height(element, room)
        classes += [SCREEN_SHARE_CLASS] * bool(update)
        if margins.panes and not inset and _frames_content(element):
            if _flows_down(element):
                update["children"] = _as_lines(
                    element.children, (margins.screen_width, margins.screen_height)
                )
                classes += [FILLS_SCREEN_CLASS] * (
                    explicit_size(element, "height") is None and any(map(grows_by_own_flex, element.children))
                )
            else:
                update["children"] = [_as_pane(child) for child in element.children]
        if grows_by_own_flex(element):  # the root is a column of set height (a chat's too)
            classes += fills_classes(list(elements), index).split()
        if classes:
            update["className"] = " ".join([element.className or "", *classes]).strip()
        placed = element.model_copy(update=update) if update else element
        if full_page and spans_screen_height(placed, room):
            placed = grown_with_page(placed)
        out.append(placed)
    return out


def _placed(element: Element) -> bool:
    """A top-level element out of the page's flow: placed by coordinates, or `position:
    absolute`/`fixed` in its `style` or a class of the document's `css`. It takes no page margin
    (a margin would shift its `inset`: a backdrop at `inset: 0` would leave bands of page)."""
    if is_absolute(element):
        return True
    position = (element.style or {}).get("position")
    if isinstance(position, str) and position.strip().lower() in ("absolute", "fixed"):
        return True
    return bool(class_names(element.className) & author_classes_now().positioned)


def _frames_content(element: Element) -> bool:
    """A plain top-level row or column that runs edge to edge only because it holds page chrome
    (a navbar, a sidebar): the content beside the chrome is the page's and keeps its margin.

    A column's size does not make it styled: a column given the canvas's size so that its content
    can fill the height (a board under a navbar) still holds the page's lines, and they sat flush
    against the canvas edges. A row's size does count (README: a plain row, no size of its own)."""
    if (
        element.type not in WRAPPER_TYPES
        or is_absolute(element)
        or not any(_is_chrome(child) for child in element.children or [])
        or any(_is_panel(child) for child in element.children or [])
    ):
        return False
    if _flows_down(element):
        return not _painted_or_padded(element)
    return not _styled_box(element, ANY_SIZE)


def _unpadded_band(element: Element) -> bool:
    """A top-level layout box that runs edge to edge because it is coloured, with no padding of
    its own, holding content that flows (a heading on a grey band): that content would touch the
    canvas edges. Chrome and panels flowing in it run to its edges as designed, so a box holding
    either is left alone, as is one whose children all sit at coordinates (they count from its
    padding: the page's margin would move them; beside flowing ones they count from its edge)."""
    flowing = [child for child in element.children or [] if not is_absolute(child)]
    return (
        element.type in BAND_TYPES
        and _coloured(element)
        and element.padding is None
        and not any(name.startswith("padding") for name in element.style or {})
        and bool(flowing)
        and not any(_holds_chrome(child) or _is_panel(child) for child in flowing)
    )


def _as_pane(child: Element) -> Element:
    """`child` beside page chrome, marked to keep the page's margin unless the author styled its
    edges (a background, side padding or a size)."""
    if _is_chrome(child) or is_absolute(child) or _holds_chrome(child) or _styled_box(child, ANY_SIZE):
        return child
    return child.model_copy(update={"className": " ".join([child.className or "", PANE_CLASS]).strip()})


def _flows_down(element: Element) -> bool:
    """Whether a layout box's children run top to bottom (a column, or a row turned down)."""
    if element.type in ("column", "container"):
        return runs_in_column(element)
    return element.type in ("row", "flex") and runs_in_column(element, default="row")


def _as_lines(children: Sequence[Element], screen: tuple[int, int]) -> list[Element]:
    """The children of a column that holds chrome, the content among them marked to keep the
    page's margin (see `LINE_CLASS`): all but the chrome, what holds chrome, what is placed by
    coordinates, and boxes the author made bands (coloured, padded at the sides or as wide as
    the screen, or a stack over a coloured box: a profile's cover under its navbar). A height of
    their own changes nothing at their sides (a dashed ad slot 80 px high ran edge to edge once a
    footer closed its column)."""
    flowing = [index for index, child in enumerate(children) if not is_absolute(child)]
    keeps = {
        index: not (
            _is_chrome(children[index])
            or _holds_chrome(children[index])
            or _made_band(children[index], screen)
            or _over_band(children[index], screen)
        )
        for index in flowing
    }
    out = list(children)
    for place, index in enumerate(flowing):
        if not keeps[index]:
            continue
        before = flowing[place - 1] if place else None
        after = flowing[place + 1] if place + 1 < len(flowing) else None
        classes = [LINE_CLASS]
        classes += [LINE_FIRST_CLASS] * (before is None) + [LINE_LAST_CLASS] * (after is None)
        classes += [LINE_AFTER_EDGE_CLASS] * (before is not None and not keeps[before])
        classes += [LINE_BEFORE_EDGE_CLASS] * (after is not None and not keeps[after])
        child = children[index]
        out[index] = child.model_copy(
            update={"className": " ".join([child.className or "", *classes]).strip()}
        )
    return out


def _made_band(element: Element, screen: tuple[int, int]) -> bool:
    """Whether the author made a line of a chrome column a band that runs edge to edge: a layout
    box, section or header coloured, padded at its sides or sized to the screen, a picture sized
    to span it (as at the top level, `runs_edge_to_edge`), or any element coloured or padded at its
    sides. A button or a field given `width: 100%` is content filling the column's content box,
    inside the margin, as the same button written straight under `elements` is (a full-width
    "Finish setup" ran edge to edge under a phone's navbar while the lines around it kept 24 px)."""
    if element.type in BAND_TYPES:
        return _styled_box(element, screen)
    if element.type in SCREEN_PICTURES and _fills(explicit_size(element, "width"), screen[0]):
        return True
    return _painted_or_padded(element)


def _over_band(element: Element, screen: tuple[int, int]) -> bool:
    """A stack whose bottom layer is a band (a coloured box, unrounded): the layers over it are
    laid on the band, which runs edge to edge as it would written alone."""
    if element.type != "stack":
        return False
    layers = [child for child in element.children if not is_absolute(child)]
    return bool(layers) and not _rounded(layers[0]) and _styled_box(layers[0], screen)


def _screen_relative_height(element: Element, room: float) -> dict[str, Any]:
    """The update that turns a top-level `height: N%` (in `layout` or `style`) into N% of `room`
    px, the screen's height less the margins above and below."""
    if room <= 0 or is_absolute(element):
        return {}
    update: dict[str, Any] = {}
    if element.layout is not None:
        share = _percent(element.layout.height)
        if share is not None:
            update["layout"] = element.layout.model_copy(update={"height": round(room * share / 100, 2)})
    if element.style:
        share = _percent(element.style.get("height"))
        if share is not None:
            update["style"] = {**element.style, "height": round(room * share / 100, 2)}
    return update


def _beside_edges(elements: Sequence[Element], inset: Sequence[bool]) -> tuple[list[bool], list[bool]]:
    """For each element, whether the flowing element before it, and the one after it, runs
    edge to edge (is not inset). Placed elements and modals (overlays) are passed over."""
    flowing = [
        i for i, element in enumerate(elements) if not _placed(element) and not is_modal_overlay(element)
    ]
    before, after = [False] * len(elements), [False] * len(elements)
    for previous, current in itertools.pairwise(flowing):
        before[current] = not inset[previous]
        after[previous] = not (inset[current] or _lends_panel(elements[current]))
    return before, after


def _continues_content(elements: Sequence[Element], inset: Sequence[bool]) -> list[bool]:
    """For each element, whether it is a bottom tab bar with a panel (see `_lends_panel`) right
    after an inset element (placed elements and modals passed over)."""
    flowing = [
        i for i, element in enumerate(elements) if not _placed(element) and not is_modal_overlay(element)
    ]
    out = [False] * len(elements)
    for previous, current in itertools.pairwise(flowing):
        out[current] = inset[previous] and _lends_panel(elements[current])
    return out


def _lends_panel(element: Element) -> bool:
    """A bottom tab bar with children: its panel is the screen's content, its bar the only part
    that runs edge to edge (at the bottom). Content above it is not above an edge."""
    return _is_chrome(element) and element.type == "tabs" and bool(element.children)


def _percent(value: object) -> float | None:
    if not isinstance(value, str):
        return None
    found = _PERCENT.fullmatch(value.strip())
    return float(found.group(1)) if found else None


def margins_css(margins: PageMargins, screen_width: int, *, full_page: bool = False) -> str:
    """The CSS of `margins`: the root's padding, and the inset elements' margins. On a phone a
    navbar's and a footer's inset is the phone's 16 px too, so their text lines up with the
    content between them.

    When a top-level element takes the screen's free room by its own `flex` (a chat's messages
    between its header and its input bar), the screen is a column of set height, as an app's is:
    that element gets what is left and cuts the rest (`fills-column`), so what follows it stays
    on the screen. A full-page shot, which asks for all the content, keeps the growing page."""
    css = f".dsl-root{{padding:{margins.root_padding:g}px}}" if margins.root_padding else ""
    if margins.fills and not full_page and margins.screen_height:
        css += f".dsl-root{{height:{margins.screen_height}px}}"
    if screen_width < NARROW_SCREEN:
        css += ".dsl-navbar{padding-inline:16px;gap:16px}"
        # A footer's text lines up with the content above it too (its own inset is 24 px).
        css += ".dsl-footer,.dsl-footer.is-large{padding-inline:16px}"
    if any(margins.abut):
        abut = "{margin-top:calc(-1 * var(--gap))}"
        # The second rule outweighs the one that sets a titled section off from what is above it
        # (base_css): a section on a band abuts as a column does.
        css += f".dsl-root>.{ABUT_CLASS}{abut}"
        css += f".dsl-root.dsl-vflow:not([style*='gap:'])>*+.dsl-section.{ABUT_CLASS}{abut}"
    if any(margins.bands):
        css += f".dsl-root>.{BAND_CLASS}{{padding:{margins.margin:g}px}}"
    if margins.panes:
        m = f"{margins.margin:g}px"
        css += f".dsl-root>*>.{PANE_CLASS}{{margin:{m};max-width:calc(100% - {2 * margins.margin:g}px)}}"
        # A sidebar that opens with a heading (an article's related links) starts it on the
        # panes' top margin, so it lines up with the title of the pane beside it.
        css += f".dsl-root>*>.dsl-sidebar:has(>.dsl-heading:first-child){{padding-top:{m}}}"
        line = f".dsl-root>*>.{LINE_CLASS}"
        beside = f"max(0px,calc({m} - var(--gap)))"
        css += (
            f"{line}{{margin-inline:{m};max-width:calc(100% - {2 * margins.margin:g}px)}}"
            f"{line}.{LINE_FIRST_CLASS}{{margin-top:{m}}}{line}.{LINE_LAST_CLASS}{{margin-bottom:{m}}}"
            f"{line}.{LINE_AFTER_EDGE_CLASS}{{margin-top:{beside}}}"
            f"{line}.{LINE_BEFORE_EDGE_CLASS}{{margin-bottom:{beside}}}"
        )
        css += f".dsl-root>.{FILLS_SCREEN_CLASS}{{flex-grow:1}}"
    if any(margins.inset):
        m = f"{margins.margin:g}px"
        css += (  # max-width: a box 100% wide (an unlabelled input, a video) fits between the margins
            f".dsl-root>.{INSET_CLASS}{{margin-inline:{m};max-width:calc(100% - {2 * margins.margin:g}px)}}"
            f".dsl-root>.{FIRST_CLASS}{{margin-top:{m}}}.dsl-root>.{LAST_CLASS}{{margin-bottom:{m}}}"
            # A box centred by `margin: "0 auto"`: the row between the margins, up to its max-width.
            f".dsl-root>.{INSET_CLASS}.is-centred{{width:calc(100% - {2 * margins.margin:g}px)}}"
            # A ghost button alone on the screen: its glyph or words on the margin line, not its
            # invisible box (see the optical alignment in base_css).
            f".dsl-root>.{INSET_CLASS}.dsl-button--ghost:not(.has-width){{margin-inline-start:calc({m} - var(--inset))}}"
            # A phone's row that scrolls sideways runs on to the screen's edge, as an app's
            # scroller does: its children keep to the margin, and what overflows is cut at the
            # screen's edge under a fade as wide as the margin (base_css), which nothing that fits reaches.
            f".dsl-root>.{INSET_CLASS}.{SCROLLER_CLASS}{{margin-inline-end:0;padding-inline-end:{m};"
            f"max-width:calc(100% - {margins.margin:g}px);--scroller-fade:{m}}}"
        )
        # Beside an edge-to-edge element the page's gap is part of the margin already.
        beside = f"max(0px,calc({m} - var(--gap)))"
        if any(margins.inset):
            css += (
                f".dsl-root>.{AFTER_EDGE_CLASS}{{margin-top:{beside}}}"
                f".dsl-root>.{BEFORE_EDGE_CLASS}{{margin-bottom:{beside}}}"
            )
    if margins.continues:
        css += f".dsl-root>.{CONTINUES_CLASS}>.dsl-tabs-panel{{padding-top:0}}"
    if any(margins.edge_pictures):
        edge = f".dsl-root>.{EDGE_PICTURE_CLASS}"
        css += f"{edge}:is(.dsl-map,.dsl-image),{edge}.dsl-stack>:is(.dsl-map,.dsl-image):first-child{{border-radius:0;border-width:0}}"
    return css


def runs_edge_to_edge(element: Element, screen: tuple[int, int]) -> bool:
    """True for page chrome, and for a top-level layout box, section or header the author padded
    at its sides, coloured, or sized to the whole screen, or a layout box that holds chrome at any
    depth or a panel (a square-cornered coloured box: a gradient half of a sign-in page) among its own
    children: the author designed those edges. A box sized smaller than the screen (a 200 px
    hero), a rounded box, coloured or padded (a promo card, a grey panel), or one nested deeper
    does not count: it is content, unless a rounded box is sized to span the screen."""
    if _is_chrome(element):
        return True
    if element.type in SCREEN_PICTURES:
        return _fills(explicit_size(element, "width"), screen[0])
    if element.type not in BAND_TYPES:
        return False
    if _rounded(element) and _sized_to_screen(element, screen):
        return True
    if not _rounded(element) and _styled_box(element, screen):
        return True
    return (
        element.type in WRAPPER_TYPES
        and not _narrower_than_screen(element, screen[0])
        and any(_is_panel(child) or _holds_chrome(child) for child in element.children or [])
    )


def _narrower_than_screen(element: Element, screen_width: int) -> bool:
    """Whether the author capped the box's width below the screen's (an article column of
    `maxWidth: 720` centred by `margin: "0 auto"`): a footer or a panel it holds closes that
    column, and the box is content that keeps the page's margin, not a frame whose children
    become panes (each heading and paragraph in it got the page's 24 px on every side)."""
    for prop in ("width", "maxWidth"):
        amount = px_or_none(explicit_size(element, prop))
        if amount is not None and amount < screen_width:
            return True
    return False


def leads_phone_screen(element: Element, screen: tuple[int, int]) -> bool:
    """A map written first on a phone's screen (or a stack laid over one: a menu button and a
    badge over it), at no narrower width of its own: it runs edge to edge and up under the status
    bar, as a ride or delivery app's map does (it stayed a rounded card inside the margins, under
    a white status bar)."""
    if screen[0] >= NARROW_SCREEN or explicit_size(element, "width") is not None:
        return False
    return element.type == "map" or (element.type == "stack" and _bottom_layer(element) == "map")


def _bottom_layer(stack: Element) -> str | None:
    """The type of the bottom layer of `stack` that is not placed by coordinates."""
    layers = [child.type for child in stack.children if not is_absolute(child)]
    return layers[0] if layers else None


def _shows_picture(element: Element) -> bool:
    """A picture, or a stack whose bottom layer is one (a map under a menu button)."""
    return element.type in SCREEN_PICTURES or (
        element.type == "stack" and _bottom_layer(element) in SCREEN_PICTURES
    )


def _spans_width(element: Element, screen_width: int) -> bool:
    """Whether an edge-to-edge element spans the screen's width (a band: a navbar, a hero), not a
    box sized narrower that merely has no margin."""
    width = explicit_size(element, "width")
    return width is None or _fills(width, screen_width)


def _holds_chrome(element: Element) -> bool:
    """Whether `element` is page chrome or a layout box holding some, at any depth, that is the
    page's: chrome inside a box the author closed with a frame (a phone mock-up's app bar in a
    bordered column) runs to that frame's edges, not the screen's."""
    if _is_chrome(element):
        return True
    return (
        element.type in WRAPPER_TYPES
        and not _closed_frame(element)
        and any(_holds_chrome(child) for child in element.children or [])
    )


def _closed_frame(element: Element) -> bool:
    """A box framed on every side by its style: a `border` (or `borderWidth`, `outline`) or
    rounded corners; a border on one side (a sidebar's edge) does not close it."""
    style = element.style or {}
    drawn = any(
        name in style and str(style[name]).strip().lower() not in ("0", "0px", "none")
        for name in ("border", "borderWidth", "outline")
    )
    return drawn or _rounded(element)


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
    return _painted_or_padded(element) or _sized_to_screen(element, screen)


def _painted_or_padded(element: Element) -> bool:
    """Whether the author coloured `element` or padded it at its sides: its edges are designed."""
    style = element.style or {}
    if _coloured(element):
        return True
    if _pads_sides(element.padding if element.padding is not None else style.get("padding")):
        return True
    return any(_pads_sides(style.get(name)) for name in _SIDE_PADDING)


def _sized_to_screen(element: Element, screen: tuple[int, int]) -> bool:
    """Whether the author sized `element` to span the screen: as wide as it, or in px as tall."""
    height = explicit_size(element, "height")
    # A height in % becomes a share of the screen less the margins (inset_elements), so it
    # keeps them; one in px as tall as the screen was meant edge to edge. A canvas as tall as
    # its content (a screen height of 0) has no height to span: a 200 px hero over its least
    # 100 px was taken for a screen-filling band and lost the margin its rounded layer keeps.
    return _fills(explicit_size(element, "width"), screen[0]) or (
        (screen[1] > 0 or screen == ANY_SIZE) and _percent(height) is None and _fills(height, screen[1])
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
