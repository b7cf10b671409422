"""The colours of a chart's series and slices: the brand's first, twelve distinct ones, a grey "Other"."""

from __future__ import annotations

from kernel.dsl.compiler.colors import LATER_SERIES_COLOURS, NAMED_TONES, PALETTE, safe_color

LATER_SERIES_VARS: tuple[str, ...] = tuple(
    f"var(--series-{index}, {colour})" for index, colour in enumerate(LATER_SERIES_COLOURS, start=6)
)
"""Series 6 to 12, each as its theme variable (`--series-6`) over its colour (see
colors.LATER_SERIES_COLOURS); a brand's theme may replace one too close to its primary or to a
series before it (chart_palette), so a chart's first twelve series or slices all differ."""
FIRST_SERIES_COLOR = "var(--chart-1, var(--primary-indicator))"
"""The first series (or slice) is the brand's: the primary as a mark (`--primary-indicator`),
which is the primary itself unless it would fade into the page (a deep navy brand on a dark
theme, 1.2:1; a yellow one on white): then it is drawn towards white or black until it stands
out at 3:1, as a switch that is on or a progress bar is. A line, a bar or a slice carries no text."""
SERIES_COLORS = (FIRST_SERIES_COLOR, *PALETTE[1:5], *LATER_SERIES_VARS)
OTHER_COLOR = "var(--chart-other, #94a3b8)"
"""The neutral grey of a pie's "Other" slice, which gathers the slices the legend has no room for."""


def series_color(index: int) -> str:
    """The `index`-th series (or slice) colour: twelve distinct ones, then they cycle."""
    return SERIES_COLORS[index % len(SERIES_COLORS)]


def series_color_of(given: str | None, index: int) -> str:
    """A series' own `color` when it is one (`primary`, the theme's role, is the primary as a
    mark, as the first series is), else the `index`-th series colour."""
    color = safe_color(given)
    if color == NAMED_TONES["primary"]:
        return "var(--primary-indicator)"
    return color or series_color(index)
