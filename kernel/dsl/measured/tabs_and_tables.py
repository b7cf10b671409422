"""Tab strips and tables too wide for their box, which cut their last tabs or columns off."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import zip_longest

from kernel.dsl.issue_caps import kept_paths
from kernel.dsl.measured.canvas_cut import CONTENT_CUT
from kernel.errors import Issue


@dataclass(frozen=True)
class CutTabs:
    """A tab strip (by the tabs' JSON path) too long for its box: the tabs past its end, and
    where their words are written (`paths`, the first PATHS_KEPT: `/elements/0/items/2/label`;
    empty when not known)."""

    path: str
    hidden: tuple[str, ...]
    total: int
    paths: tuple[str, ...] = ()


def cut_tabs_warning(strip: CutTabs) -> Issue:
    """The warning for tabs past the end of their strip, which fades out there: at the first
    cut tab's words, `paths` naming the others' (for a program that shortens them), or at the
    strip when these are not known."""
    names = ", ".join(f"'{name}'" for name in strip.hidden)
    count = len(strip.hidden)
    kept, path_count = kept_paths(strip.paths)
    return Issue(
        path=kept[0] if kept else strip.path,
        paths=kept if len(kept) > 1 else None,
        path_count=path_count,
        message=f"{count} of {strip.total} tabs run past the strip's end and are cut off ({names})",
        code=CONTENT_CUT,
        suggestion="shorten the labels, use fewer tabs, give the tabs more width, or variant: segmented",
    )


@dataclass(frozen=True)
class WrappingColumn:
    """The column of texts of a table that wraps to the most `lines` (two or more): headed
    `header` ('' for none), the `position`th of the document's columns."""

    header: str
    position: int
    lines: int


@dataclass(frozen=True)
class CutTable:
    """A table (by JSON path) `px` CSS px wider than its box, whose `columns` are cut off: their
    headers ('' for a column without one), at `positions` among the document's columns (1 for
    the first; 0 for a selectable table's own checkbox column). On a phone it `scrolls` sideways
    (`phone_tables`), and then its `total` columns and how many of the cut ones show `in_part`
    before its edge are known too. `compact`: it is drawn at `size: sm` already; `wrapping`:
    its column of texts that wraps to the most lines."""

    path: str
    px: int
    columns: tuple[str, ...]
    positions: tuple[int, ...] = ()
    scrolls: bool = False
    total: int = 0
    in_part: int = 0
    compact: bool = False
    wrapping: WrappingColumn | None = None


TABLE_SCROLLS = "table_scrolls"
"""The code of the note: a phone's table wider than its box, drawn as a sideways scroller."""


NAMED_COLUMNS = 10
"""At most this many of a table's cut columns are named; the rest are counted (a table of 200
columns named 177 of them in one 2,157-character line)."""


def _named(table: CutTable, in_part: int = 0, unheaded: str = "") -> str:
    """The first `NAMED_COLUMNS` of the table's cut columns by `column_name` (`unheaded` before
    one without a header), the first `in_part` of them said to show in part, and the others
    counted."""
    names = ", ".join(
        (column_name(name, position) if name else unheaded + column_name(name, position))
        + (" in part" if index < in_part else "")
        for index, (name, position) in enumerate(
            zip_longest(table.columns[:NAMED_COLUMNS], table.positions[:NAMED_COLUMNS])
        )
    )
    if len(table.columns) > NAMED_COLUMNS:
        names += f" and {len(table.columns) - NAMED_COLUMNS:,} more"
    return names


def cut_table_warning(table: CutTable) -> Issue:
    """The warning for a table too wide for its box, which cuts its last columns off; on a
    phone, where the table scrolls sideways under a fade, a note (`scrolling_table_note`)."""
    if table.scrolls and table.columns:
        return scrolling_table_note(table)
    if table.columns:
        names = _named(table)
        what = f"column{'s' * (len(table.columns) > 1)} {names} {'are' if len(table.columns) > 1 else 'is'}"
    else:
        what = "its last columns are"
    return Issue(
        path=table.path,
        message=f"the table is {table.px} px wider than its box: {what} cut off at its edge",
        code=CONTENT_CUT,
        suggestion=_cut_table_advice(table),
    )


def _cut_table_advice(table: CutTable) -> str:
    """What makes a cut table fit: fewer or shorter columns, `size: sm` unless it has it (a
    compact table was told to use the size it had), its most wrapped column of texts kept to one
    line in a width of its own (`truncate: true`), more room."""
    steps = ["show fewer columns (or two values in one cell)", "shorten headers and cells"]
    if not table.compact:
        steps.append("use size: sm")
    if table.wrapping is not None:
        wrapping = table.wrapping
        steps.append(
            f"keep column {column_name(wrapping.header, wrapping.position)} (wrapped to "
            f"{wrapping.lines} lines) to one line in a width you choose (truncate: true, width: 120)"
        )
    steps.append("give the table more room (a wider box, fewer columns beside it, or a wider canvas)")
    return ", ".join(steps[:-1]) + ", or " + steps[-1]


def scrolling_table_note(table: CutTable) -> Issue:
    """The note for a phone's table that still does not fit once drawn tight: it scrolls sideways,
    as a phone app's wide table does, its end faded out; the author is told how many columns a
    reader of the picture does not see, and how to show them all. The DSL draws every column on
    every screen, so the way to keep a desktop's columns off a phone is a phone's own document."""
    count = len(table.columns)
    of = f" of its {table.total}" if table.total >= count else ""
    return Issue(
        path=table.path,
        message=(
            f"the table is {table.px} px wider than its box on this phone-wide screen and is drawn "
            f"scrolling sideways, its end faded out: {count}{of} column{'s' * (count > 1 or bool(of))} "
            f"run{'s' * (count == 1)} past its edge: {_named(table, table.in_part, unheaded='column ')}"
        ),
        code=TABLE_SCROLLS,
        suggestion=(
            "this is how a phone shows a wide table; to show every column, use fewer columns (three "
            "or four fit a phone: drop one, or write two in one cell, a name with its email), "
            f"{'' if table.compact else 'size: sm, '}or shorter headers and cells; no field hides a "
            "column on phones only: a phone's own document with fewer columns does"
        ),
    )


def column_name(header: str | None, position: int | None) -> str:
    """How a warning names a table's column after the word "column": its header quoted, else its
    place among the document's columns ("column 9 (no header)": an actions column of icon
    buttons has none)."""
    if header:
        return f"'{header}'"
    if position == 0:
        return "of the rows' checkboxes"
    return f"{position} (no header)" if position else "(unnamed)"
