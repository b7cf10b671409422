"""Which children of a column that `align`s them keep the column's width, and what they inherit.

An `align` on a column (a `section`, `column`, `container`, `card`, a `flex` running top to bottom)
places its children across it, which in CSS shrinks each to its content. That is right for what
has a width of its own (text, buttons, badges, avatars: a landing page's centred headline and
call to action) and wrong for a block, which has none: a table was squeezed to its 2 px border,
a chart to nothing, an accordion to its question's words, and feature cards each took their words'
width, a short one narrower and indented beside the others. Such a block keeps the column's width
(`SPANS_CLASS`), as it would in a column that does not align; a `width` the author gave still
wins. A plain box that keeps the width and aligns nothing itself takes the column's alignment
(`inherited_alignment`), so what is in it stays centred as the author meant.
"""

from __future__ import annotations

from kernel.dsl.compiler.html import ALIGNED_TEXT_TYPES
from kernel.dsl.compiler.picture_fit import is_logo
from kernel.dsl.compiler.styles import explicit_size, is_absolute, styled_direction
from kernel.dsl.model import Element

SPANS_CLASS = "spans-column"
CELLS_CLASSES = {"center": "centres-cells", "end": "ends-cells"}
"""A grid kept at a centred (or end-aligned) column's width puts each cell given a width (a logo
strip's 96 px logos) in the middle (or at the end) of its column, not at its start."""

PLAIN_BOXES = frozenset({"row", "flex", "column", "container", "section"})
"""Boxes that only lay their children out: kept at the column's width, they take its alignment."""

BLOCK_TYPES = PLAIN_BOXES | frozenset(
    {
        "grid", "card", "form", "table", "list", "chart", "accordion", "tabs", "stepper", "timeline",
        "progress", "skeleton", "alert", "empty", "video", "map", "header", "footer", "navbar",
        "sidebar", "divider", "textarea", "upload", "input", "select", "search",
    }
)  # fmt: skip
"""Types with no width of their own: a column's width is theirs (an image too, see `spans_column`).
A text field is one: shrunk to its value, a form with `align: start` drew a 64 px input for a short
name and a select for a long country name past the phone's edge, cut without its chevron.
Controls, text and marks (button, badge, avatar, stat, rating, a checkbox, a radio group...) keep
their own."""

_TOGGLE_TABS = frozenset({"pills", "segmented"})
"""Tabs drawn as a toggle (Monthly | Yearly over a pricing table): as wide as their labels."""


def flows_down(element: Element, default: str) -> bool:
    """Whether `element`'s children run top to bottom: `direction`, else the style's
    `flexDirection`, else `default` ("column" or "row")."""
    return (element.direction or styled_direction(element) or default) in ("column", "vertical")


def aligns_children(parent: Element) -> bool:
    """Whether `parent` places its children across it (`align` other than `stretch`)."""
    return parent.align not in (None, "stretch")


def spans_column(parent: Element, child: Element) -> bool:
    """Whether `child`, in the column `parent` that aligns its children, keeps the column's width:
    a block (`BLOCK_TYPES`; tabs unless drawn as a toggle; an image that is no logo) the author
    gave no width and did not place by coordinates."""
    if not aligns_children(parent) or is_absolute(child) or explicit_size(child, "width") is not None:
        return False
    if child.type == "image":
        return not is_logo(child)
    if child.type == "tabs":
        return (child.variant or "").strip().lower() not in _TOGGLE_TABS
    return child.type in BLOCK_TYPES


def span_classes(parent: Element, child: Element) -> str:
    """The classes of `child` in the column `parent`: `SPANS_CLASS` when it keeps the column's
    width (see `spans_column`), with a grid's `CELLS_CLASSES`; empty otherwise."""
    if not spans_column(parent, child):
        return ""
    cells = CELLS_CLASSES.get(parent.align or "") if child.type == "grid" else None
    return f"{SPANS_CLASS} {cells}" if cells else SPANS_CLASS


def inherited_alignment(parent: Element, child: Element) -> dict[str, str]:
    """The fields a child takes from `parent`, a column that aligns its children. A run of text
    (`ALIGNED_TEXT_TYPES`) with no `align` and no `textAlign` of its own takes the column's `align`, so
    its lines line up as it is placed: a long name wrapped in a centred card had its two lines at
    their start, beside short lines centred (`start` and `end` follow the writing direction). A
    plain box (`PLAIN_BOXES`) kept at the column's width: a box running top to bottom with no
    `align` takes the column's `align`; a row with no `justify` takes it as its `justify` (a
    centred column's row of buttons stays centred). Empty for any other child, or one that says
    for itself."""
    if child.type in ALIGNED_TEXT_TYPES:
        return _text_alignment(parent, child)
    if child.type not in PLAIN_BOXES or not spans_column(parent, child):
        return {}
    assert parent.align is not None  # spans_column: the parent aligns its children
    if flows_down(child, "row" if child.type in ("row", "flex") else "column"):
        return {} if child.align is not None else {"align": parent.align}
    if child.justify is not None or parent.align not in ("center", "end"):
        return {}
    return {"justify": parent.align}


def _text_alignment(parent: Element, child: Element) -> dict[str, str]:
    """`inherited_alignment` for a run of text: the column's `align` as its own, where it says
    none (no `align`, no `textAlign` in its style) and is not placed by coordinates."""
    if parent.align not in ("start", "center", "end") or child.align is not None or is_absolute(child):
        return {}
    if "textAlign" in (child.style or {}):
        return {}
    return {"align": parent.align}
