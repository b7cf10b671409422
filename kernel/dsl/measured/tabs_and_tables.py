"""Tab strips and tables too wide for their box, which cut their last tabs or columns off."""

from __future__ import annotations

from dataclasses import dataclass

from kernel.dsl.measured.canvas_cut import CONTENT_CUT
from kernel.errors import Issue


@dataclass(frozen=True)
class CutTabs:
    """A tab strip (by the tabs' JSON path) too long for its box: the tabs past its end."""

    path: str
    hidden: tuple[str, ...]
    total: int


def cut_tabs_warning(strip: CutTabs) -> Issue:
    """The warning for tabs past the end of their strip, which fades out there."""
    names = ", ".join(f"'{name}'" for name in strip.hidden)
    count = len(strip.hidden)
    return Issue(
        path=strip.path,
        message=f"{count} of {strip.total} tabs run past the strip's end and are cut off ({names})",
        code=CONTENT_CUT,
        suggestion="shorten the labels, use fewer tabs, give the tabs more width, or variant: segmented",
    )


@dataclass(frozen=True)
class CutTable:
    """A table (by JSON path) `px` CSS px wider than its box, whose `columns` are cut off."""

    path: str
    px: int
    columns: tuple[str, ...]


NAMED_COLUMNS = 10
"""At most this many of a table's cut columns are named; the rest are counted (a table of 200
columns named 177 of them in one 2,157-character line)."""


def cut_table_warning(table: CutTable) -> Issue:
    """The warning for a table too wide for its box, which cuts its last columns off."""
    if table.columns:
        names = ", ".join(f"'{name}'" if name else "(unnamed)" for name in table.columns[:NAMED_COLUMNS])
        if len(table.columns) > NAMED_COLUMNS:
            names += f" and {len(table.columns) - NAMED_COLUMNS:,} more"
        what = f"column{'s' * (len(table.columns) > 1)} {names} {'are' if len(table.columns) > 1 else 'is'}"
    else:
        what = "its last columns are"
    return Issue(
        path=table.path,
        message=f"the table is {table.px} px wider than its box: {what} cut off at its edge",
        code=CONTENT_CUT,
        suggestion=(
            "show fewer columns, shorten headers and cells, use size: sm, or give the table more "
            "room (a wider box, fewer columns beside it, or a wider canvas)"
        ),
    )
