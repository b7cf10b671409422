"""A brand's chart series colours: the usual ones, but for those too close to its primary or to one
another to tell apart.

A chart's first series is the brand's primary; the others follow the default palette
(`colors.PALETTE`, `colors.LATER_SERIES_COLOURS`). A brand whose hue one of them shares gets
another colour in its place, and every colour is taken only where it stays `MIN_SERIES_DISTANCE`
(CIEDE2000) from the primary and from the series before it: a teal brand's five lines were
amber and orange after the teal (15.7 apart), and they crossed. Each colour is judged as the
theme draws it on the chart's ground (`drawn`: darkened on a light page until it stands out at
3:1, WCAG 1.4.11), so the spacing holds for the colours that are really drawn.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import tinycss2.color4

from kernel.dsl.compiler.colors import LATER_SERIES_COLOURS, hex_channels
from kernel.dsl.compiler.colour_difference import Channels, ciede2000

FIRST_SERIES_COLOURS = ("#0ea5e9", "#10b981", "#f59e0b", "#ec4899")
"""Series 2 to 5 of the default palette: sky, emerald, amber and pink."""
CHART_COLOURS = (*FIRST_SERIES_COLOURS, "#8b5cf6", "#14b8a6", "#f97316")
"""The default palette after the primary (`--chart-2`... `--chart-8`, colors.PALETTE): its series
2 to 5, then violet, teal and orange, which avatars' and timelines' colours cycle through."""
SPARE_CHART_COLOURS = ("#eab308", "#ef4444", "#84cc16", "#a855f7", "#64748b", "#06b6d4", "#f43f5e")
"""Colours that take the place of a series colour too close to the primary."""
NEAR_HUE = 30.0
"""Two saturated colours whose hues are closer than this (degrees) read as the same series (a
blue brand, #2563eb, and the sky series, 22 degrees apart, read as two shades of one)."""
MIN_SERIES_DISTANCE = 24.0
"""How far apart (CIEDE2000) a series colour stays from the primary and from every series before
it, where a colour that does is left: the default palette's first eight keep it (its closest,
olive and emerald at 24.6); amber and orange (15.7) or ochre (22.6) read as one series where
lines cross. Where no colour left is that far (a chart's ninth series on), the farthest is taken."""
OTHER_GREY = "#94a3b8"
"""The grey of a pie's gathered "Other" slice (charts.OTHER_COLOR), as drawn where it reads."""


def _as_written(colour: str) -> str:
    """A colour drawn as it is."""
    return colour


def chart_palette(primary: str, drawn: Callable[[str], str] = _as_written) -> dict[str, str]:
    """`--chart-2`... `--chart-8`, a chart's `--series-6`... `--series-12` and `--chart-other` for
    a `primary`: the usual series colours in their order (CHART_COLOURS, LATER_SERIES_COLOURS),
    each as `drawn` on the chart's ground (a hex to a hex: darker on a light page, where the sky,
    emerald and amber series read at 2.2-2.8:1), leaving out those whose hue is too close to the
    primary's (a sky-blue brand's second series was its own colour, a legend of two identical
    swatches) and those closer than MIN_SERIES_DISTANCE to it or to a series before them, filling
    in from spares. `--chart-6`... `--chart-8` tint avatars and timeline events: the usual colours
    left once series 2 to 5 took theirs. A grey primary has no hue to clash with: only the spacing
    leaves colours out. Empty for a colour that cannot be judged (a var() or color-mix()), which
    keeps the usual colours."""
    channels = _channels(primary)
    if channels is None:
        return {}
    hue = _hue(channels)

    def usable(colours: tuple[str, ...]) -> list[str]:
        kept = (drawn(colour) for colour in colours if hue is None or _hue_apart(colour, hue))
        return list(dict.fromkeys(kept))

    series = _series_apart(
        channels, usable((*CHART_COLOURS, *LATER_SERIES_COLOURS, *SPARE_CHART_COLOURS)), 11
    )
    palette = {f"chart-{index}": colour for index, colour in enumerate(series[:4], start=2)}
    tints = [c for c in usable((*CHART_COLOURS, *SPARE_CHART_COLOURS)) if c not in series[:4]]
    palette.update({f"chart-{index}": colour for index, colour in enumerate(tints[:3], start=6)})
    palette.update({f"series-{index}": colour for index, colour in enumerate(series[4:], start=6)})
    palette["chart-other"] = drawn(OTHER_GREY)
    return palette


def _series_apart(first: Channels, candidates: list[str], count: int) -> list[str]:
    """`count` series after the `first` from `candidates` (hex, in the order they are preferred):
    each time the first candidate MIN_SERIES_DISTANCE or more from the first and from every one
    taken, else the candidate farthest from the nearest of them; a grey only once no coloured
    candidate is left (a grey slice reads as a pie's "Other")."""
    nearest = {colour: ciede2000(hex_channels(colour), first) for colour in candidates}
    chosen: list[str] = []
    while nearest and len(chosen) < count:
        coloured = [c for c in nearest if _hue(hex_channels(c)) is not None] or list(nearest)
        pick = next((c for c in coloured if nearest[c] >= MIN_SERIES_DISTANCE), None)
        pick = pick or max(coloured, key=lambda colour: nearest[colour])
        chosen.append(pick)
        del nearest[pick]
        for colour, distance in nearest.items():
            nearest[colour] = min(distance, _apart(colour, pick))
    return chosen


@functools.lru_cache(maxsize=1024)
def _apart(first: str, second: str) -> float:
    """The CIEDE2000 distance of two hex colours (the candidates' are asked again and again)."""
    return ciede2000(hex_channels(first), hex_channels(second))


def _channels(colour: str) -> Channels | None:
    """A plain colour (hex, name, rgb(), hsl()) as sRGB channels; None for anything else."""
    parsed = tinycss2.color4.parse_color(colour)
    if parsed is None or isinstance(parsed, str) or parsed.space not in ("srgb", "hsl"):
        return None
    red, green, blue = parsed.to("srgb").coordinates
    return red, green, blue


def _hue(channels: Channels) -> float | None:
    """The hue (degrees) of a saturated sRGB colour; None for greys."""
    high, low = max(channels), min(channels)
    if high - low < 0.15:
        return None
    red, green, blue = channels
    if high == red:
        hue = ((green - blue) / (high - low)) % 6
    elif high == green:
        hue = (blue - red) / (high - low) + 2
    else:
        hue = (red - green) / (high - low) + 4
    return hue * 60


def _hue_apart(colour: str, primary_hue: float) -> bool:
    """Whether the hex `colour` is a grey or its hue is NEAR_HUE or more from the primary's."""
    hue = _hue(hex_channels(colour))
    if hue is None:
        return True
    distance = abs(hue - primary_hue) % 360
    return min(distance, 360 - distance) >= NEAR_HUE
