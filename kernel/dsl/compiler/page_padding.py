"""The screen's own margin: how far flowed content stays from the canvas edges.

A page built of page chrome (a navbar, a sidebar, a bottom tab bar) or of boxes the author
padded, coloured or sized runs edge to edge, as it was designed. A page that is only content
(a heading, a paragraph, cards, a grid of stats, written straight under `elements`, as agents
often do) would sit flush against the canvas edges and look broken; it gets a margin instead,
as a browser's default stylesheet or any design tool's frame would give it.
"""

from __future__ import annotations

from collections.abc import Iterable

from kernel.dsl.compiler.styles import explicit_size, is_absolute
from kernel.dsl.model import Element

CHROME_TYPES = frozenset({"navbar", "sidebar", "footer"})
"""Types designed to run edge to edge across the screen."""

WRAPPER_TYPES = frozenset({"row", "column", "container", "flex", "stack", "grid"})
"""Pure layout boxes: whether the page is designed edge to edge depends on what they hold."""

NARROW_SCREEN = 600
"""Below this width (phones), the margin is a phone app's 16 px instead of 24 px."""

_BOX_PROPERTIES = ("padding", "background", "backgroundColor", "backgroundImage")


def page_padding(elements: Iterable[Element], screen_width: int, explicit: float | None) -> float:
    """The root's padding in px: `explicit` when the document gives one, else 0 for a page
    designed edge to edge (or placed by coordinates, the earlier format's model), else a
    margin that suits the screen's width."""
    if explicit is not None:
        return explicit
    elements = list(elements)
    if any(is_absolute(element) for element in elements):
        return 0
    if any(_runs_edge_to_edge(element) for element in elements):
        return 0
    return 16 if screen_width < NARROW_SCREEN else 24


def _runs_edge_to_edge(element: Element) -> bool:
    """True for page chrome, and for a layout box the author padded, coloured or sized (or one
    that holds such a thing): the author designed the page's edges."""
    if element.type in CHROME_TYPES or (element.type == "tabs" and element.variant == "bottom"):
        return True
    if element.type not in WRAPPER_TYPES:
        return False
    if _styled_box(element):
        return True
    return any(_runs_edge_to_edge(child) for child in element.children or [])


def _styled_box(element: Element) -> bool:
    if element.padding is not None:
        return True
    style = element.style or {}
    if any(name.startswith(_BOX_PROPERTIES) for name in style):
        return True
    return explicit_size(element, "width") is not None or explicit_size(element, "height") is not None
