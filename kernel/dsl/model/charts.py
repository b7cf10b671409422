"""A chart's data: labels with one list of values or several named series."""

from __future__ import annotations

from typing import Any

from pydantic import Field, ValidatorFunctionWrapHandler, field_validator

from kernel.dsl.model.strict import StrictModel
from kernel.dsl.model.words import Text
from kernel.dsl.number_text import WrittenFloat


def values_as_written(values: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """A chart's values validated as numbers, each keeping how the document wrote it where the
    parser remembered that (`1180.40`: see `number_text.remembering`), so that a donut's total
    keeps the decimals its data were written with (cents); validation alone makes it a float."""
    checked = handler(values)
    if not isinstance(values, list) or not any(isinstance(value, WrittenFloat) for value in values):
        return checked
    return [
        given if isinstance(given, WrittenFloat) and given == value else value
        for given, value in zip(values, checked, strict=True)
    ]


class Series(StrictModel):
    """One named series of a chart."""

    name: Text | None = None
    values: list[float | None]
    """One value per label; null leaves a gap (no bar, a break in the line, but for a line series
    with no two values side by side, which is joined across its gaps)."""
    color: str | None = None
    fill: bool = Field(
        default=True,
        description="In an area chart, whether the series is filled down to the axis; false draws "
        "its line alone (a moving average over a price).",
    )

    _values_as_written = field_validator("values", mode="wrap")(values_as_written)


class ChartData(StrictModel):
    """Chart data: `labels` with either one `values` list or several `series`."""

    labels: list[Text] = Field(default_factory=list)
    values: list[float | None] | None = None
    series: list[Series] | None = None

    _values_as_written = field_validator("values", mode="wrap")(values_as_written)
