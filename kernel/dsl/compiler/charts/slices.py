"""A pie's slices: the first series' values of 0 and more, the smallest gathered into one grey
slice when the legend has too few rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kernel.dsl.compiler.charts.colours import OTHER_COLOR, SERIES_COLORS, series_color
from kernel.dsl.compiler.charts.pie_legend import legend_room
from kernel.dsl.compiler.charts.sparkline import SPARKLINE_HEIGHT
from kernel.dsl.compiler.charts.spec import ChartSpec, normalize
from kernel.dsl.model import ChartData


@dataclass(frozen=True, slots=True)
class Gathering:
    """How a pie's slices share its legend's rows: the indexes (of its listed values) kept as
    slices of their own, those gathered into one grey slice, and that slice's name."""

    kept: tuple[int, ...]
    gathered: tuple[int, ...]
    name: str


def gather_slices(labels: Sequence[str], values: Sequence[float], room: int, other_label: str) -> Gathering:
    """The `room - 1` largest of `values` (named `labels`) kept, the rest gathered, when there are
    more than `room`; else all kept. The gathered slice is "`other_label` (N)", N the slices it
    holds; when the author has an "Other" slice of their own, it joins them under their name,
    which says how many more it holds ("Other (+3)"): alone, "Other 12%" would pass for their 4%."""
    if len(values) <= room:
        return Gathering(tuple(range(len(values))), (), "")
    other_names = {"other", other_label.strip().casefold()}
    authors_other = [i for i, label in enumerate(labels) if label.strip().casefold() in other_names]
    candidates = [i for i in range(len(values)) if i not in authors_other]
    kept = tuple(sorted(sorted(candidates, key=lambda i: -values[i])[: room - 1]))
    gathered = tuple(i for i in range(len(values)) if i not in kept)
    if authors_other:
        return Gathering(kept, gathered, f"{labels[authors_other[0]]} (+{len(gathered) - 1})")
    return Gathering(kept, gathered, f"{other_label} ({len(gathered)})")


def _listed_slices(spec: ChartSpec) -> list[tuple[str, float]]:
    """The first series' values of 0 and more, each with its label ("Item n" for an empty one);
    none when no value is above 0 (the chart draws "No data").

    A slice of 0 draws nothing but keeps its row in the legend, at 0%, as BI tools list it: a
    category missing from the legend reads as one not measured. (A negative value is left out:
    it is no share of a whole, and the validator names it.)"""
    series = spec.series[0]
    listed = [
        (spec.labels[i] or f"Item {i + 1}", v)
        for i, v in enumerate(series.values)
        if v is not None and v >= 0
    ]
    return listed if any(value > 0 for _, value in listed) else []


def pie_slices(spec: ChartSpec, room: int, other_label: str) -> list[tuple[str, float, str]]:
    """The first series' values of 0 and more (`_listed_slices`) as (label, value, colour), in the
    data's order, each slice its own colour (a slice of 0 too: its legend key has one).

    More slices than `room` keep the `room - 1` largest and gather the rest in one grey slice
    at the end (`gather_slices`), so that every slice has a row in the legend and no two share
    a colour (a legend cut off mid-list, or indigo for both the largest and the ninth slice,
    misleads); the validator names the slices gathered (`pie_gathering`).
    """
    named = _listed_slices(spec)
    gathering = gather_slices([label for label, _ in named], [value for _, value in named], room, other_label)
    shown = [(named[i][0], named[i][1], series_color(n)) for n, i in enumerate(gathering.kept)]
    if not gathering.gathered:
        return shown
    rest = sum(named[i][1] for i in gathering.gathered)
    return [*shown, (gathering.name, rest, OTHER_COLOR)]


def pie_gathering(
    data: ChartData | Mapping[str, Any] | None, height: float, other_label: str = "Other"
) -> tuple[Gathering, list[tuple[str, float]]]:
    """For the validator: how a pie `height` px tall (its legend included) gathers its slices,
    and its listed slices (label, value; of 0 and more) that the indexes point at. A pie less tall than
    `SPARKLINE_HEIGHT` has no legend and gathers nothing."""
    spec = normalize(data)
    if not spec.series:
        return Gathering((), (), ""), []
    named = _listed_slices(spec)
    room = len(SERIES_COLORS) if height < SPARKLINE_HEIGHT else legend_room(height)
    return gather_slices(
        [label for label, _ in named], [value for _, value in named], room, other_label
    ), named
