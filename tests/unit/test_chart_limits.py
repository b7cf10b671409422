"""A chart's points are limited, a series and in all, as errors at the data past the limit."""

from __future__ import annotations

import json

from dsl2png import validate
from kernel.dsl.chart_limits import MAX_CHART_POINTS, MAX_CHART_SERIES_POINTS


def _chart(*lengths: int) -> str:
    series = [{"name": f"s{n}", "values": [1] * length} for n, length in enumerate(lengths)]
    return json.dumps({"elements": [{"type": "chart", "variant": "line", "data": {"series": series}}]})


def test_a_series_past_the_limit_is_an_error_at_its_values() -> None:
    result = validate(_chart(10, MAX_CHART_SERIES_POINTS + 1))
    (error,) = [e for e in result.errors if e.code == "limit_chart_points"]
    assert error.path == "/elements/0/data/series/1/values"
    assert (
        error.message
        == "the chart's series 1 has 5,001 points, past the limit of 5,000 points a series may have"
    )


def test_all_series_together_past_the_limit_is_an_error_at_data() -> None:
    result = validate(_chart(*[MAX_CHART_POINTS // 4] * 4, 1))
    (error,) = [e for e in result.errors if e.code == "limit_chart_points"]
    assert error.path == "/elements/0/data"
    assert "has 10,001 points, past the limit of 10,000 points a chart may have" in error.message


def test_a_chart_at_the_limits_is_valid() -> None:
    assert validate(_chart(MAX_CHART_SERIES_POINTS, MAX_CHART_SERIES_POINTS)).ok
