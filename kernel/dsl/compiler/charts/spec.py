"""Chart data normalized: labels and series of equal length, finite values only, each series its colour."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kernel.dsl.compiler.charts.colours import series_color_of
from kernel.dsl.compiler.colors import safe_color
from kernel.dsl.compiler.table_numbers import decimals_of
from kernel.dsl.model import ChartData
from kernel.dsl.number_text import written_text

DECIMALS_MAX = 10
"""The most decimals a series' figures are taken to be written with (`written_decimals`)."""


@dataclass(frozen=True, slots=True)
class SeriesSpec:
    """One normalized series: a name, one value (or None for a gap) per label, and its colour."""

    name: str
    values: tuple[float | None, ...]
    color: str
    fill: bool = True
    """In an area chart, filled down to the axis; false: its line alone."""
    own_color: bool = False
    """The author gave the series its `color`: every bar of it is drawn in that colour."""
    decimals: int = 0
    """The most decimals one of its values is written with (`written_decimals`): 2 for amounts
    in cents (`1180.40`), so that a total of them keeps its cents."""


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """Chart data after normalization: as many labels as the longest series, finite values only."""

    labels: tuple[str, ...]
    series: tuple[SeriesSpec, ...]

    @property
    def is_empty(self) -> bool:
        return not any(v is not None for s in self.series for v in s.values)


def _finite(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def written_decimals(values: Sequence[object]) -> int:
    """The most decimals one of `values` is written with: as the document wrote it where the
    parser remembered that (`1180.40` two, see `number_text.remembering`), else as its shortest
    form has them (`612.9` one); at most `DECIMALS_MAX`."""
    counts = [0]
    for value in values:
        number = _finite(value)
        if number is None:
            continue
        written = written_text(value) or ""
        if "." in written and not any(sign in written for sign in "eE"):
            counts.append(sum(sign.isdigit() for sign in written.split(".", 1)[1]))
        else:
            counts.append(decimals_of(number))
    return min(max(counts), DECIMALS_MAX)


def normalize(data: ChartData | Mapping[str, Any] | None) -> ChartSpec:
    """Labels and series of equal length, whatever the author gave (missing values become gaps)."""
    if data is None:
        return ChartSpec((), ())
    if isinstance(data, ChartData):
        data = data.model_dump()
    raw_labels = [str(label) for label in (data.get("labels") or [])]
    raw_series: list[tuple[str, Sequence[object], str | None, bool]] = []
    for index, entry in enumerate(data.get("series") or []):
        if isinstance(entry, Mapping):
            name = entry.get("name")
            raw_series.append(
                (
                    str(name) if name else f"Series {index + 1}",
                    entry.get("values") or [],
                    entry.get("color"),
                    entry.get("fill") is not False,
                )
            )
    if not raw_series and data.get("values") is not None:
        raw_series.append(("", data.get("values") or [], None, True))
    length = max([len(raw_labels)] + [len(values) for _, values, _, _ in raw_series])
    labels = tuple(raw_labels + [""] * (length - len(raw_labels)))
    series = tuple(
        SeriesSpec(
            name=name,
            values=tuple(_finite(values[i]) if i < len(values) else None for i in range(length)),
            color=series_color_of(color, index),
            fill=fill,
            own_color=safe_color(color) is not None,
            decimals=written_decimals(values),
        )
        for index, (name, values, color, fill) in enumerate(raw_series)
    )
    return ChartSpec(labels, series)
