"""How many of a grid's `columns` a narrow canvas can hold: a 12-column grid of cards on a phone
is drawn with as many columns as leave each child room (wrapping onto more rows), not as 22 px
slivers whose cards overlap; the validator warns with the same figures the compiler draws by.

On a phone-wide canvas (`PHONE_CANVAS_WIDTH`) a card, chart, table or other padded box needs the
room a phone gives one (`PHONE_BOXED_COLUMN_PX`), as a row of cards does there: a catalogue's
three columns of course cards drew 109 px cards whose titles broke inside their words; a phone
shows them one under another. The render tells it with a note (`reflowed_grids`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kernel.dsl.limits import pointer
from kernel.errors import Issue

MIN_COLUMN_PX = 64.0
"""The narrowest column a card, a stat or a field is drawn in before the grid takes fewer."""
MIN_COMPACT_COLUMN_PX = 40.0
"""The narrowest column of a grid of compact children (icons, avatars, badges): a row of six
shortcut icons on a phone keeps its six columns."""
MIN_BOXED_COLUMN_PX = 100.0
"""The narrowest column of a grid holding a box with padding of its own (a card, a chart, a
table...): a 64 px card keeps 24 px for its words, one letter a line."""
COMPACT_TYPES = frozenset({"icon", "avatar", "badge", "chip", "spinner", "skeleton"})
"""The types drawn small enough for `MIN_COMPACT_COLUMN_PX` (a button too when it has no label)."""
BOXED_TYPES = frozenset(
    {"card", "chart", "table", "form", "list", "calendar", "section", "modal", "map", "video"}
)
"""The types that want `MIN_BOXED_COLUMN_PX`."""
PHONE_CANVAS_WIDTH = 600
"""A canvas narrower than this is a phone's: it has no room for cards side by side (the rows'
`narrow_rows.NARROW_CANVAS_WIDTH` is this one)."""
PHONE_BOXED_COLUMN_PX = 200
"""The narrowest column of a grid holding a box with padding of its own on a phone-wide canvas:
what a card needs there (the rows' `narrow_rows.PANE_LEAST_WIDTH` is this one), so three
columns of cards on a 390 px phone (109 px each) are drawn as one."""
GRID_GAP_PX = 16.0
"""A grid's gap when it names none (`.dsl-grid` in the base CSS)."""

_PX = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*")


@dataclass(frozen=True, slots=True)
class GridFit:
    """The columns written and those drawn, with the width each written one would have had."""

    written: int
    drawn: int
    column_px: float
    available_px: float

    @property
    def fitted(self) -> bool:
        """Whether fewer columns are drawn than written."""
        return self.drawn < self.written


def page_width(canvas_width: float) -> float:
    """The width flowed content gets on a canvas: its margins are 24 px, 16 on a phone's."""
    return canvas_width - 2 * (16 if canvas_width < PHONE_CANVAS_WIDTH else 24)


def phone_layout(canvas_width: float | None, wrap: Any) -> bool:
    """Whether a grid is laid out as a phone lays one out (`PHONE_BOXED_COLUMN_PX`): on a canvas
    narrower than `PHONE_CANVAS_WIDTH`, unless its author said `wrap: false` (keep the columns)."""
    return canvas_width is not None and canvas_width < PHONE_CANVAS_WIDTH and wrap is not False


def fit_columns(columns: int, *, available: float, gap: float, minimum: float) -> GridFit:
    """`columns` as drawn in `available` px with `gap` between them: all of them when each keeps
    `minimum` px, otherwise as many as keep it (at least one)."""
    column = (available - (columns - 1) * gap) / columns if columns > 0 else available
    if columns <= 1 or column >= minimum:
        return GridFit(columns, columns, column, available)
    drawn = max(1, int((available + gap) // (minimum + gap)))
    return GridFit(columns, min(drawn, columns), column, available)


def grid_fit(
    columns: Any, children: Any, gap: Any, style: Any, *, canvas_width: float | None, wrap: Any = None
) -> GridFit | None:
    """The fit of a grid written with these raw fields (as the document holds them, or the
    model's) on a canvas `canvas_width` px wide; None when it is not a grid of a number of
    columns the compiler lays out (its style or a child's places the grid itself). On a phone
    (`phone_layout`: unless `wrap` is false) a padded box needs `PHONE_BOXED_COLUMN_PX`."""
    if canvas_width is None or type(columns) is not int or columns < 2:
        return None
    kids = (
        [child for child in children if isinstance(child, Mapping)] if isinstance(children, Sequence) else []
    )
    styles = [style, *(child.get("style") for child in kids)]
    if any(isinstance(own, Mapping) and any(str(name).startswith("grid") for name in own) for own in styles):
        return None
    spacing = _gap_px(style.get("columnGap", style.get("gap")) if isinstance(style, Mapping) else None)
    if spacing is None:
        spacing = _gap_px(gap)
    phone = phone_layout(canvas_width, wrap)
    return fit_columns(
        columns,
        available=page_width(canvas_width),
        gap=GRID_GAP_PX if spacing is None else spacing,
        minimum=max((_minimum_column(child, phone=phone) for child in kids), default=MIN_COLUMN_PX),
    )


def _minimum_column(child: Mapping[str, Any], *, phone: bool = False) -> float:
    """The narrowest column `child` reads in (see the `MIN_*_COLUMN_PX`; a padded box on a
    `phone`, `PHONE_BOXED_COLUMN_PX`)."""
    kind = child.get("type")
    if kind in BOXED_TYPES:
        return float(PHONE_BOXED_COLUMN_PX) if phone else MIN_BOXED_COLUMN_PX
    if kind in COMPACT_TYPES or (kind == "button" and not child.get("label") and not child.get("text")):
        return MIN_COMPACT_COLUMN_PX
    return MIN_COLUMN_PX


def _gap_px(value: Any) -> float | None:
    """A gap written as a number or a px length, in px; None for anything else (unknown)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and (match := _PX.fullmatch(value)):
        return float(match.group(1))
    return None


def grid_fit_issues(
    element: Mapping[str, Any], path: tuple[str | int, ...], canvas_width: float | None
) -> list[Issue]:
    """A warning for a grid (raw data at `path`) drawn with fewer columns than written on a canvas
    `canvas_width` px wide: the picture is not the grid the author wrote, so it is said. A
    phone's grid (`phone_layout`) is told by the render instead, as a note of the phone's layout
    (`reflowed_grids`), with the canvas the render draws on."""
    children = element.get("children")
    if phone_layout(canvas_width, element.get("wrap")):
        return []
    fit = grid_fit(
        element.get("columns"), children, element.get("gap"), element.get("style"),
        canvas_width=canvas_width, wrap=element.get("wrap"),
    )  # fmt: skip
    if fit is None or not fit.fitted:
        return []
    count = len(children) if isinstance(children, list) else 0
    rows = -(-count // fit.drawn) if count else 0
    laid = f", its {count} children in {rows} rows" if count > fit.drawn else ""
    return [
        Issue(
            pointer((*path, "columns")),
            f"{fit.written} columns would be {max(fit.column_px, 0):.0f} px each in the "
            f"{fit.available_px:.0f} px this {canvas_width:g} px wide canvas gives: drawn as "
            f"{fit.drawn} columns{laid}",
            "grid_columns_fitted",
            f"write columns: {fit.drawn} (or fewer) for this canvas, or give children a "
            "gridColumn span in style to lay the grid out yourself",
        )
    ]
