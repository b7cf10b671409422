"""What a row becomes on a phone-wide canvas: panes stacked, cards and text fields wrapped."""

from __future__ import annotations

from kernel.dsl.compiler.compact_widths import least_pane_width
from kernel.dsl.compiler.elements.flow_classes import (
    BETWEEN_PANES,
    PANE_TYPES,
    TEXT_FIELD_TYPES,
    holds_panes,
    is_card_like,
    runs_in_column,
)
from kernel.dsl.compiler.styles import explicit_size, is_absolute
from kernel.dsl.grid_fit import PHONE_BOXED_COLUMN_PX, PHONE_CANVAS_WIDTH
from kernel.dsl.model import Element

NARROW_CANVAS_WIDTH = PHONE_CANVAS_WIDTH
"""A canvas narrower than this (a phone's) has no room for cards, panes or fields side by side."""

PHONE_MARGIN = 16
"""The page's margin at each side of a phone-wide canvas (see page_padding)."""

PANE_LEAST_WIDTH = PHONE_BOXED_COLUMN_PX
"""The least width of a pane the author did not size, as a card's in a wrapping row (the CSS)
and in a phone's grid (`grid_fit`)."""

STACKS_CLASS = "stacks-panes"


def narrow_canvas_classes(element: Element, screen_width: int) -> str:
    """What a row adds on a canvas narrower than `NARROW_CANVAS_WIDTH` (a phone), unless the
    author said `wrap` either way or gave the row a width:

    - a row of a sidebar beside panes (a column, a card: `_is_pane`) puts each on a line of its
      own (` stacks-panes`), and so does a row of panes that do not fit side by side at their
      author's widths and `PANE_LEAST_WIDTH` each for the others (`_panes_overflow`: a form
      beside a 380 px pane, squeezed to 30 px);
    - a row of cards (or forms drawn as cards) none of which the author sized wraps
      (` is-wrapping`: each starts from 200 px, so they stack);
    - a row of two text fields or more and nothing else (`TEXT_FIELD_TYPES`, none sized) wraps:
      each keeps its 240 px basis, so they go one under another (City, State and ZIP side by side
      got 100 px each, their values cut to "Ne…").

    Side by side on a phone, cards got 111 px each and an article beside a 240 px sidebar 120 px,
    their words broken mid-word."""
    if (
        screen_width >= NARROW_CANVAS_WIDTH
        or element.wrap is not None
        or runs_in_column(element, default="row")
        or explicit_size(element, "width") is not None  # a row drawn for a wider screen keeps its layout
    ):
        return ""
    flowing = [child for child in element.children or [] if not is_absolute(child)]
    others = [child for child in flowing if child.type != "sidebar" and child.type not in BETWEEN_PANES]
    if len(others) < len(flowing) and others and all(map(_is_pane, others)):
        return f" {STACKS_CLASS}"
    unsized = not any(map(_sized_by_author, flowing))
    if len(flowing) > 1 and unsized and all(map(is_card_like, flowing)):
        return " is-wrapping"
    if holds_panes(element) and _panes_overflow(element, others, screen_width):
        return f" {STACKS_CLASS}"
    if len(flowing) > 1 and unsized and all(child.type in TEXT_FIELD_TYPES for child in flowing):
        return " is-wrapping"
    return ""


def _panes_overflow(row: Element, panes: list[Element], screen_width: int) -> bool:
    """Whether `panes` side by side need more than the phone's width inside its margins (each
    `_least_width`, the row's gap between them: 16 px unless it says)."""
    gap = row.gap if isinstance(row.gap, int | float) else 16
    widths = [_least_width(pane) for pane in panes]
    return sum(widths) + gap * (len(widths) - 1) > screen_width - 2 * PHONE_MARGIN


def _least_width(pane: Element) -> float:
    """A pane's least width in px (`least_pane_width`): its author's, or at most `PANE_LEAST_WIDTH`."""
    return least_pane_width(pane, PANE_LEAST_WIDTH)


_AUTHOR_SIZES = ("width", "minWidth", "maxWidth", "flex", "flexBasis", "flexGrow")


def _sized_by_author(child: Element) -> bool:
    """Whether the author gave `child` a width, a least or greatest width, or a flex size."""
    return any(explicit_size(child, name) is not None for name in _AUTHOR_SIZES)


def _is_pane(child: Element) -> bool:
    """A box that makes a pane of a screen (`PANE_TYPES`, or a flex running in a column)."""
    return child.type in PANE_TYPES or (child.type == "flex" and runs_in_column(child, default="row"))
