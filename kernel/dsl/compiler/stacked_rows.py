"""The rows a phone-wide canvas draws one child under another, told as a note of the render.

`narrow_rows.narrow_canvas_classes` stacks a row of panes that do not fit side by side on a phone (and
a sidebar with the content beside it); the author wrote a row, so the render says where it drew a
column instead, how much room the row needed, and how to keep it a row (a tester's four quick
actions stacked into a 332 px column with no word of it).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kernel.dsl.compiler.compact_widths import least_pane_width
from kernel.dsl.compiler.elements.flow_classes import is_card_like
from kernel.dsl.compiler.elements.narrow_rows import (
    PANE_LEAST_WIDTH,
    PHONE_MARGIN,
    STACKS_CLASS,
    narrow_canvas_classes,
)
from kernel.dsl.compiler.styles import is_absolute
from kernel.dsl.model import Element
from kernel.errors import Issue

ROW_STACKED = "row_stacked"
"""The code of the note: a row drawn as a column on a phone-wide canvas."""

_BETWEEN = frozenset({"spacer", "divider"})


def stacked_row_notes(elements: Sequence[Element], screen_width: int) -> list[Issue]:
    """A note for each row (at any depth) that a canvas `screen_width` px wide stacks: a row of
    panes drawn as a column, and a row of unsized cards that wraps one card to a line."""
    return [
        _note(row, path, screen_width)
        for row, path in _rows(elements, "/elements")
        if narrow_canvas_classes(row, screen_width) == f" {STACKS_CLASS}"
        or _cards_wrap_one_a_line(row, screen_width)
    ]


def _cards_wrap_one_a_line(row: Element, screen_width: int) -> bool:
    """A row of cards none of which has a width, which a phone wraps (each starts from
    `PANE_LEAST_WIDTH`): two or more of those do not fit side by side, so each takes a line."""
    if narrow_canvas_classes(row, screen_width) != " is-wrapping":
        return False
    cards = [c for c in row.children or [] if not is_absolute(c)]
    if not cards or not all(map(is_card_like, cards)):
        return False
    gap = row.gap if isinstance(row.gap, int | float) else 16
    return 2 * PANE_LEAST_WIDTH + gap > screen_width - 2 * PHONE_MARGIN


def _rows(elements: Sequence[Element], base: str) -> Iterator[tuple[Element, str]]:
    """Every row among `elements` and their children, with its JSON path."""
    for index, element in enumerate(elements):
        path = f"{base}/{index}"
        if element.type == "row":
            yield element, path
        yield from _rows(element.children or [], f"{path}/children")


def _note(row: Element, path: str, screen_width: int) -> Issue:
    panes = [c for c in row.children or [] if not is_absolute(c) and c.type not in _BETWEEN]
    room = screen_width - 2 * PHONE_MARGIN
    one_row = "'wrap: false' keeps them in one row (it scrolls sideways on a phone)"
    if any(pane.type == "sidebar" for pane in panes):
        return Issue(
            path,
            f"this row's sidebar and the content beside it are drawn one under another: a {screen_width} px "
            "wide screen has no room for a sidebar beside its content",
            ROW_STACKED,
            f"this is how a phone shows them; on the row, {one_row}; or render on a wider canvas",
        )
    gap = row.gap if isinstance(row.gap, int | float) else 16
    widths = [
        PANE_LEAST_WIDTH if is_card_like(pane) else least_pane_width(pane, PANE_LEAST_WIDTH) for pane in panes
    ]
    needed = sum(widths) + gap * (len(panes) - 1)
    return Issue(
        path,
        f"this row's {len(panes)} children are drawn one under another: side by side they need about "
        f"{needed:.0f} px, and the {screen_width} px wide screen has {room} px inside its margins (a box "
        f"holding more than buttons, icons, badges and short texts counts as {PANE_LEAST_WIDTH} px "
        "unless it has a width)",
        ROW_STACKED,
        f"give the children widths that fit in {room} px together (layout: {{width: ...}}); or, on the "
        f"row, 'wrap: true' lets them wrap into lines and {one_row}",
    )
