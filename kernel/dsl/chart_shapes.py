"""Chart data in the shapes other chart libraries use, read as the DSL's `{labels, values|series}`.

Agents and people write chart data the way their favourite library takes it:

- Chart.js: `{labels: [...], datasets: [{label, data: [...], borderColor}]}`
- a list of points (Recharts, Vega): `[{name: Jan, sales: 3, costs: 2}, ...]` or `[{label, value}]`
- a mapping of label to value: `{Web: 40, Mobile: 60}`

Each is turned into the DSL's own shape before validation; anything that is not clearly one of
them is left as written, so the schema reports what is wrong with it.
"""

from __future__ import annotations

from collections.abc import Mapping
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
        series.append(entry)
    labels = data.get("labels", [])
    return {
        "labels": [str(label) for label in labels] if isinstance(labels, list) else labels,
        "series": series,
    }


def _from_points(points: list[Any]) -> dict[str, Any] | None:
    if not points or not all(isinstance(point, Mapping) for point in points):
        return None
    first = points[0]
    label_key = next((k for k in LABEL_KEYS if isinstance(first.get(k), str)), None)
    if label_key is None:
        label_key = next((k for k, v in first.items() if isinstance(v, str)), None)
    numeric = [k for k, v in first.items() if k != label_key and _is_number(v)]
    if not numeric or not all(all(_is_value(point.get(k)) for k in numeric) for point in points):
        return None
    labels = [str(point.get(label_key, "")) for point in points] if label_key else []
    if len(numeric) == 1:
        return {"labels": labels, "values": [point.get(numeric[0]) for point in points]}
    return {
        "labels": labels,
        "series": [{"name": k, "values": [point.get(k) for point in points]} for k in numeric],
    }


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_value(value: Any) -> bool:
    """A number, or a gap: null, or a key a point leaves out."""
    return value is None or _is_number(value)
