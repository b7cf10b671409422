"""A pane whose own style frames it (a mail client's message column with a border at its end):
a list or table filling it is drawn flush, without a frame of its own.

An inbox's message list in a column styled `borderRight: 1px solid var(--border)` kept its own
border and rounded corners: two lines 2-3 px apart at the pane's edge and round corners against
the sidebar's. A card with `padding: 0` already lets a list or table run to its border
(`is-flush`); a flow box with no padding at its sides and a border in its style is such a frame
too (`is-pane`): the list or table in it keeps only the line above it (under the pane's search
and tabs) and no corners; a rounded pane clips what runs to its corners (`is-rounded-pane`).
"""

from __future__ import annotations

from kernel.dsl.compiler.registry import register_css
from kernel.dsl.model import Element, StyleValue

PANE_CLASS = "is-pane"
ROUNDED_PANE_CLASS = "is-rounded-pane"

_ZERO = frozenset({"0", "0px", "0.0", "0rem", "0em", "none"})
_NOT_A_FRAME = ("borderRadius", "borderColor", "borderCollapse", "borderSpacing", "borderImage")
_INLINE_PADDING = ("paddingLeft", "paddingRight", "paddingInline", "paddingInlineStart", "paddingInlineEnd")


def pane_classes(element: Element) -> str:
    """` is-pane` (and ` is-rounded-pane` when its style rounds it) for a box whose children span
    it edge to edge (no padding at its sides, no `align` that shrinks them) and whose style draws
    a border on some side; else nothing."""
    if element.align not in (None, "stretch") or not _framed(element) or _padded_at_sides(element):
        return ""
    rounded = not _is_zero((element.style or {}).get("borderRadius"))
    return f" {PANE_CLASS} {ROUNDED_PANE_CLASS}" if rounded else f" {PANE_CLASS}"


def _framed(element: Element) -> bool:
    """Whether the style draws a border: a `border...` width or line on some side, not none."""
    return any(
        name.startswith("border") and not name.startswith(_NOT_A_FRAME) and not _is_zero(value)
        for name, value in (element.style or {}).items()
    )


def _padded_at_sides(element: Element) -> bool:
    """Whether the element's `padding` (else its style's) or a style padding at its sides insets
    its children from its start or end edge."""
    style = element.style or {}
    padding = element.padding if element.padding is not None else style.get("padding")
    if padding is not None and not all(part in _ZERO for part in _start_and_end(str(padding))):
        return True
    return any(not _is_zero(style.get(name)) for name in _INLINE_PADDING)


def _start_and_end(padding: str) -> list[str]:
    """The values of a `padding` shorthand (1-4 values) at the box's sides; every value when it
    is not such a shorthand (so any but zero counts as padded)."""
    parts = padding.split()
    if len(parts) in (2, 3):
        return parts[1:2]
    if len(parts) == 4:
        return [parts[1], parts[3]]
    return parts


def _is_zero(value: StyleValue | None) -> bool:
    """Whether a style value draws nothing: absent, 0 or `none`."""
    return value is None or str(value).strip().lower() in _ZERO


PANE_CSS = f"""
/* A list or table filling a framed pane: the pane's border is its frame; only the line above it
   (after the pane's search, tabs or title) stays, its corners are square. */
.{PANE_CLASS}>.dsl-list--divided ul{{border-width:1px 0;border-radius:0}}
.{PANE_CLASS}>.dsl-list--divided:first-child ul{{border-top-width:0}}
.{PANE_CLASS}>.dsl-table{{border-width:1px 0;border-radius:0;box-shadow:none}}
.{PANE_CLASS}>.dsl-table:first-child{{border-top-width:0}}
.{ROUNDED_PANE_CLASS}{{overflow:clip}}
"""
register_css("framed_panes", PANE_CSS)
