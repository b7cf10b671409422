"""The grids a phone-wide canvas draws with fewer columns than written, told as a note of the render.

On a phone a grid's cards (and charts, tables, other padded boxes) each need the room a phone
gives a card (`grid_fit.PHONE_BOXED_COLUMN_PX`), so a grid of three columns of cards is drawn
in one, its cards one under another, as a row of cards stacks there (`stacked_rows`). The
author wrote the columns, so the render says how many it drew, how narrow the written ones
would have been, and how to keep them (`wrap: false`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kernel.dsl.compiler.elements.grid_columns import model_grid_fit
from kernel.dsl.grid_fit import PHONE_BOXED_COLUMN_PX, GridFit, phone_layout
from kernel.dsl.model import Element
from kernel.errors import Issue

GRID_REFLOWED = "grid_reflowed"
"""The code of the note: a grid drawn with fewer columns on a phone-wide canvas."""


def reflowed_grid_notes(elements: Sequence[Element], screen_width: int) -> list[Issue]:
    """A note for each grid (at any depth) with a number of `columns` that a canvas
    `screen_width` px wide draws with fewer, as a phone lays a grid out (`phone_layout`)."""
    notes = []
    for grid, path in _grids(elements, "/elements"):
        if not phone_layout(screen_width, grid.wrap):
            continue
        fit = model_grid_fit(grid, screen_width)
        if fit is not None and fit.fitted:
            notes.append(_note(grid, path, fit, screen_width))
    return notes


def _grids(elements: Sequence[Element], base: str) -> Iterator[tuple[Element, str]]:
    """Every grid among `elements` and their children, with its JSON path."""
    for index, element in enumerate(elements):
        path = f"{base}/{index}"
        if element.type == "grid":
            yield element, path
        yield from _grids(element.children or [], f"{path}/children")


def _note(grid: Element, path: str, fit: GridFit, screen_width: int) -> Issue:
    count = len(grid.children or [])
    if fit.drawn == 1:
        laid = f"its {count} children one under another" if count > 1 else "one column"
    else:
        rows = -(-count // fit.drawn)
        laid = f"{fit.drawn} columns" + (
            f", its {count} children in {rows} rows" if count > fit.drawn else ""
        )
    return Issue(
        f"{path}/columns",
        f"this grid's {fit.written} columns would be {max(fit.column_px, 0):.0f} px each in the "
        f"{fit.available_px:.0f} px a {screen_width} px wide screen has inside its margins, and a card, "
        f"chart, table or other padded box needs about {PHONE_BOXED_COLUMN_PX} px on a phone: drawn as {laid}",
        GRID_REFLOWED,
        f"this is how a phone shows such a grid; 'wrap: false' on the grid keeps its {fit.written} columns "
        f"({max(fit.column_px, 0):.0f} px each), or render on a wider canvas",
    )
