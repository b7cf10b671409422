"""Table columns drawn narrower than the `width` the document gives them."""

from __future__ import annotations

from dataclasses import dataclass

from kernel.dsl.measured.overflow import CONTENT_SQUEEZED
from kernel.dsl.measured.tabs_and_tables import column_name
from kernel.errors import Issue


@dataclass(frozen=True)
class NarrowedColumn:
    """A column of the table at `path` (the `position`th of its columns, 1 for the first, headed
    `header` or '') given `width` px and drawn `drawn` px wide: the table's other columns, each
    at its narrowest (its longest word, figure or badge on one line), left it no more; `compact`:
    the table is drawn at `size: sm` already."""

    path: str
    header: str
    position: int
    width: float
    drawn: int
    compact: bool = False


def narrowed_column_warning(column: NarrowedColumn) -> Issue:
    """The warning for a column whose `width` did not hold: the browser takes the room from the
    other columns first, so this one is narrowed only when they are all at their narrowest."""
    short = round(column.width - column.drawn)
    return Issue(
        path=f"{column.path}/columns/{column.position - 1}/width",
        message=(
            f"column {column_name(column.header, column.position)} is drawn {column.drawn} px wide, "
            f"not its width of {column.width:g} px: the table's other columns, each as narrow as its "
            f"longest word, figure or badge, leave it {short:g} px too little"
        ),
        code=CONTENT_SQUEEZED,
        suggestion=(
            f"give the table {short:g} px more room (a wider box or canvas), show fewer columns or "
            f"shorten their longest cells, {'' if column.compact else 'use size: sm, '}keep a column of "
            "long texts to one line (truncate: true), or give the column a smaller width"
        ),
    )
