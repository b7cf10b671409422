"""Chart data in the shapes other chart libraries use, read as the DSL's `{labels, values|series}`.

Agents and people write chart data the way their favourite library takes it:

- Chart.js: `{labels: [...], datasets: [{label, data: [...], borderColor, fill}]}`
- a list of points (Recharts, Vega): `[{name: Jan, sales: 3, costs: 2}, ...]` or `[{label, value}]`
- a mapping of label to value: `{Web: 40, Mobile: 60}`

Each is turned into the DSL's own shape before validation; anything that is not clearly one of
them is left as written, so the schema reports what is wrong with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

NATIVE_KEYS = frozenset({"labels", "values", "series"})
LABEL_KEYS = ("label", "name", "x", "category", "month", "day", "date", "key")


def native_chart_data(data: Any) -> Any:
    """`data` in the DSL's shape when it is one of the other shapes, else `data` unchanged."""
    if isinstance(data, list):
        return _from_points(data) or data
    if not isinstance(data, Mapping):
        return data
    if "datasets" in data and not data.keys() & {"values", "series"}:
        return _from_datasets(data) or data
    if data and not data.keys() & NATIVE_KEYS and all(_is_number(v) for v in data.values()):
        return {"labels": [str(key) for key in data], "values": list(data.values())}
    return data


def _from_datasets(data: Mapping[str, Any]) -> dict[str, Any] | None:
    datasets = data.get("datasets")
    if not isinstance(datasets, list) or not all(isinstance(d, Mapping) for d in datasets):
        return None
    series = []
    for dataset in datasets:
        values = dataset.get("data")
        if not isinstance(values, list) or not all(_is_number(v) or v is None for v in values):
            return None
        entry: dict[str, Any] = {"values": values}
        name = dataset.get("label")
        if isinstance(name, str):
            entry["name"] = name
        color = next(
            (c for c in (dataset.get("borderColor"), dataset.get("backgroundColor")) if isinstance(c, str)),
            None,
        )
        if color is not None:
            entry["color"] = color
        if dataset.get("fill") is False:
            entry["fill"] = False
        series.append(entry)
    labels = data.get("labels", [])
    return {
        "labels": [str(label) for label in labels] if isinstance(labels, list) else labels,
        "series": series,
    }


def _from_points(points: list[Any]) -> dict[str, Any] | None:
    """Points with a label and numbers each; `{x, y}` points (numbers both) put x along the axis,
    in order, and y up it. Points with no label at all give no labels."""
    if not points or not all(isinstance(point, Mapping) for point in points):
        return None
    first = points[0]
    label_key = next((k for k in LABEL_KEYS if isinstance(first.get(k), str)), None)
    if label_key is None:
        label_key = next((k for k, v in first.items() if isinstance(v, str)), None)
    if label_key is None and all(_is_number(point.get("x")) for point in points):
        label_key = "x"
        points = sorted(points, key=lambda point: point["x"])
    numeric = [k for k, v in first.items() if k != label_key and _is_number(v)]
    if not numeric or not all(all(_is_value(point.get(k)) for k in numeric) for point in points):
        return None
    shape: dict[str, Any] = {}
    if label_key:
        shape["labels"] = [_label(point.get(label_key, "")) for point in points]
    if len(numeric) == 1:
        return {**shape, "values": [point.get(numeric[0]) for point in points]}
    return {**shape, "series": [{"name": k, "values": [point.get(k) for point in points]} for k in numeric]}


def _label(value: Any) -> str:
    """A point's label as text; a whole number without a decimal point (2, not 2.0)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_value(value: Any) -> bool:
    """A number, or a gap: null, or a key a point leaves out."""
    return value is None or _is_number(value)


# --- what a chart draws of its data, for the validator's warnings ---------------------------------

PIE_VARIANTS = frozenset({"pie", "donut", "doughnut", "ring"})
"""The chart variants that draw one series as slices (the renderer's words for them)."""


@dataclass(frozen=True, slots=True)
class ChartNote:
    """A warning about what a chart leaves out of its data: where under `data` (in the DSL's
    shape; empty: the data itself), the message, its code and a hint."""

    where: tuple[str | int, ...]
    message: str
    code: str
    hint: str | None = None


def drawing_notes(variant: Any, data: Mapping[str, Any]) -> list[ChartNote]:
    """What the chart of `variant` will not draw of `data` (already in the DSL's shape): the
    series a pie or donut leaves out (it draws the first), and data with nothing to draw
    (every value empty, a pie's none above zero, every value zero)."""
    notes = []
    pie = isinstance(variant, str) and variant.strip().lower() in PIE_VARIANTS
    series = data.get("series")
    if pie and isinstance(series, list) and len(series) > 1:
        names = [series_name(entry, index) for index, entry in enumerate(series)]
        left_out = ", ".join(f"'{name}'" for name in names[1:])
        notes.append(
            ChartNote(
                ("series",),
                f"a {variant.strip().lower()} draws one series: '{names[0]}' is drawn, {left_out}"
                f" {'is' if len(names) == 2 else 'are'} left out",
                "chart_data_mismatch",
                "draw each series as its own pie, or use variant: bar to compare them",
            )
        )
    empty = _nothing_to_draw(data, kind=variant.strip().lower() if pie else None)
    if empty:
        notes.append(ChartNote((), empty, "chart_no_data", "give the values to draw"))
    return notes


def series_name(entry: Any, index: int) -> str:
    """A series' name as the chart's legend writes it ("Series 2" when it has none)."""
    name = entry.get("name") if isinstance(entry, Mapping) else None
    return str(name) if name else f"Series {index + 1}"


def _nothing_to_draw(data: Mapping[str, Any], *, kind: str | None) -> str | None:
    """Why a chart of `data` draws no mark, or None when it draws some (or has no values at
    all, or values other than numbers and nulls: the validator reports those already);
    `kind` is a pie's word for itself, None for other charts."""
    pie = kind is not None
    series = data.get("series")
    if isinstance(series, list) and series:
        drawn = series[:1] if pie else series
        lists = [entry.get("values") if isinstance(entry, Mapping) else None for entry in drawn]
    else:
        lists = [data.get("values")]
    written = [v for values in lists if isinstance(values, list) for v in values]
    if not written or not all(_is_value(v) for v in written):
        return None  # no values, or some the schema reads as numbers ("12") or refuses ("1,200")
    numbers = [v for v in written if _is_number(v)]
    if not numbers:
        return "every value is empty (null): the chart draws 'No data'"
    if pie and not any(v > 0 for v in numbers):
        return f"a {kind} needs a value above 0: the chart draws 'No data'"
    if not pie and not any(numbers):
        return "every value is 0: the chart draws an empty axis"
    return None
