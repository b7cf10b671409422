"""A chart's data: labels with one list of values or several named series."""

from __future__ import annotations

from pydantic import Field

from kernel.dsl.model.strict import StrictModel
from kernel.dsl.model.words import Text


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


class ChartData(StrictModel):
    """Chart data: `labels` with either one `values` list or several `series`."""

    labels: list[Text] = Field(default_factory=list)
    values: list[float | None] | None = None
    series: list[Series] | None = None
