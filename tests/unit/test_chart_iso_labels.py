"""ISO date and time labels written as an axis reads them (`charts.iso_labels`)."""

from __future__ import annotations

from kernel.dsl.compiler.charts.iso_labels import readable_dates
from kernel.dsl.compiler.charts.x_axis import x_axis


def test_timestamps_of_one_day_read_as_times() -> None:
    labels = [f"2025-06-01T{hour:02d}:00" for hour in range(24)]
    assert readable_dates(labels)[:3] == ("00:00", "01:00", "02:00")
    assert readable_dates(labels)[-1] == "23:00"


def test_dates_spanning_days_read_as_short_dates() -> None:
    assert readable_dates(["2025-06-01", "2025-06-02", "2025-06-03"]) == ("Jun 1", "Jun 2", "Jun 3")
    assert readable_dates(["2025-06-01T00:00:00Z", "2025-06-02T00:00:00Z"]) == ("Jun 1", "Jun 2")


def test_dates_spanning_years_keep_the_year_and_the_language() -> None:
    assert readable_dates(["2024-12-31", "2025-01-01"]) == ("Dec 31, 2024", "Jan 1, 2025")
    assert readable_dates(["2025-06-01", "2025-06-02"], "de") == ("1. Juni", "2. Juni")


def test_times_over_several_days_keep_the_day() -> None:
    assert readable_dates(["2025-06-01T12:00", "2025-06-02T00:00", "2025-06-02T12:00"]) == (
        "Jun 1 12:00",
        "Jun 2 00:00",
        "Jun 2 12:00",
    )


def test_other_labels_are_left_as_written() -> None:
    for labels in (["Jan", "Feb"], ["2025-06-01", "Total"], ["2025-13-01", "2025-06-01"], ["W1", "W2"]):
        assert readable_dates(labels) == tuple(labels)
    assert readable_dates(["2025-06-01", ""]) == ("Jun 1", "")


def test_a_chart_of_timestamps_writes_times_under_its_plot() -> None:
    from kernel.dsl.compiler.charts.draw import chart_html

    labels = [f"2025-06-01T{hour:02d}:00" for hour in range(24)]
    html = chart_html("line", {"labels": labels, "values": list(range(24))}, width=480, height=240)
    assert ">04:00<" in html and "2025-06-01" not in html
    assert x_axis(["00:00", "01:00"], gutter=20, plot_height=240, scope="s").html.count("dsl-chart-xt") == 2
