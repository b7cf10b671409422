"""Chart axes and pies as a data-visualisation designer wants them: tick labels with the decimals
their step needs, category labels thinned (never run together), sparklines in small boxes, pie
shares that add up to 100, and warnings for what a chart leaves out."""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest

from kernel.dsl.chart_shapes import drawing_notes
from kernel.dsl.compiler.charts.draw import chart_html
from kernel.dsl.compiler.charts.numbers import number_style, tick_labels
from kernel.dsl.compiler.charts.shares import percentages
from kernel.dsl.compiler.charts.value_axis import nice_ticks
from tests.support.documents import COUNTRIES
from tests.support.elements import render_element

NB = "\u00a0"


def y_ticks(html: str) -> list[str]:
    return re.findall(r'class="dsl-chart-y"[^>]*>([^<]*)<', html)


def legend(html: str) -> list[tuple[str, str]]:
    """The legend's (name, share) entries, in order ("" when a key shows no share)."""
    return re.findall(
        r'<span class="dsl-chart-key"><i [^>]*></i><span>([^<]*)</span>(?:<b>([^<]*)</b>)?', html
    )


def center(html: str) -> str | None:
    found = re.search(r'<span class="dsl-chart-center[^"]*"><b>([^<]*)</b><span>([^<]*)</span>', html)
    return f"{found.group(1)}|{found.group(2)}" if found else None


# -- 1. value axis: as many decimals as the step needs ---------------------------------------------


@pytest.mark.parametrize(
    ("values", "ticks"),
    [
        ([0.001, 0.004, 0.0065, 0.012], ["0.000", "0.005", "0.010", "0.015"]),  # was 0, 0.01, 0.01, 0.01
        ([0.0004, 0.0031, 0.0012, 0.0038], ["0.000", "0.001", "0.002", "0.003", "0.004"]),  # was all "0"
        ([0.001, 0.004, 0.0065, 0.0095], ["0.0000", "0.0025", "0.0050", "0.0075", "0.0100"]),
        ([0.6e6, 1.1e6], ["0", "500k", "1.0M", "1.5M"]),  # one count of decimals per unit
        ([1.25, 1.5, 1.75, 1.9], ["0.0", "0.5", "1.0", "1.5", "2.0"]),
        ([100, 900], ["0", "250", "500", "750", "1k"]),  # thousands that need no decimal
    ],
)
def test_tick_labels_take_the_decimals_their_step_needs(values: list[float], ticks: list[str]) -> None:
    assert (
        y_ticks(chart_html("bar", {"labels": [str(n) for n in range(len(values))], "values": values}))
        == ticks
    )


def test_tick_labels_never_repeat_whatever_the_range() -> None:
    """Two ticks never read the same: the step sets the decimals, in English and in French."""
    spans = [10.0**exponent * factor for exponent in range(-6, 10) for factor in (1, 1.3, 2.2, 3.7, 6.5)]
    for high, lang in itertools.product(spans, (None, "fr", "de")):
        labels = tick_labels(nice_ticks(0, high), number_style(lang))
        assert len(set(labels)) == len(labels), (high, lang, labels)
    assert tick_labels(nice_ticks(0, 0.0095), number_style("fr"))[1] == "0,0025"
    assert tick_labels([0, 250, 500, 750, 1000, 1250])[-2:] == ["1.00k", "1.25k"]  # was 1k, 1.3k


def test_a_value_axis_writes_each_tick_with_as_many_decimals_as_its_neighbours() -> None:
    """1.16M, 1.18M, 1.2M, 1.22M mixed two decimals and one (a phone's balance chart)."""
    ticks = y_ticks(chart_html("area", {"labels": list("abcd"), "values": [1.17e6, 1.2e6, 1.23e6, 1.25e6]}))
    assert ticks == ["1.16M", "1.18M", "1.20M", "1.22M", "1.24M", "1.26M"]


@pytest.mark.parametrize("variant", ["line", "bar", "area"])
def test_one_point_gets_the_same_axis_whatever_the_variant(variant: str) -> None:
    """A one-point line at 1.25M got a 0-3M axis (the value doubled), a bar of it 0-1.5M."""
    assert y_ticks(chart_html(variant, {"labels": ["Today"], "values": [1.25e6]})) == [
        "0",
        "500k",
        "1.0M",
        "1.5M",
    ]
    assert y_ticks(chart_html(variant, {"labels": ["a", "b"], "values": [-3, -3]}))[0] == "-3"


# -- 2. the x axis: see test_chart_x_axis.py -------------------------------------------------------


def test_a_charts_x_labels_follow_its_own_container_queries() -> None:
    """The plot's frame is a size container and the chart carries the rules for its labels,
    scoped to it: a class of its own, made from its id."""
    html = chart_html(
        "bar", {"labels": [f"W{n}" for n in range(1, 53)], "values": list(range(52))}, uid="chart-4"
    )
    assert 'class="dsl-chart-frame dsl-x-chart-4"' in html
    rules = re.search(r"<style>(.*?)</style>", html)
    assert (
        rules
        and "@container (width <" in rules.group(1)
        and ".dsl-x-chart-4 .dsl-xl-0{display:none}" in rules.group(1)
    )


# -- 3. tiny charts are sparklines -----------------------------------------------------------------


@pytest.mark.parametrize(("variant", "size"), [("line", {"height": 40}), ("area", {"height": 60}),
                                               ("bar", {"height": 40}), ("line", {"width": 120})])  # fmt: skip
def test_a_chart_too_small_for_axes_is_a_sparkline_that_fills_its_box(
    variant: str, size: dict[str, float]
) -> None:
    data = {"labels": list("abcdefg"), "values": [3, 4, 3, 5, 6, 5, 7]}
    html = chart_html(variant, data, width=size.get("width", 560), height=size.get("height", 240))
    assert "is-spark" in html
    for axis_part in (
        "dsl-chart-y",
        "dsl-chart-x",
        "dsl-chart-gridline",
        "dsl-chart-dot",
        "dsl-chart-legend",
    ):
        assert axis_part not in html
    if "height" in size:
        height = re.search(r'class="dsl-chart-svg" width="100%" height="([\d.]+)"', html)
        assert height and float(height.group(1)) == size["height"] - 6  # 3 px above and below for the stroke


def test_a_tiny_pie_is_drawn_alone() -> None:
    html = chart_html("donut", {"labels": ["a", "b"], "values": [1, 2]}, height=48)
    assert "dsl-chart-slice" in html and "dsl-chart-legend" not in html and "dsl-chart-center" not in html
    assert "--pie-h:48px" in html


# -- 4 and 6. pie shares, legends and a donut's centre ---------------------------------------------


@pytest.mark.parametrize(
    ("values", "shares"),
    [([1, 1, 1], [33, 33, 34]), ([48.6, 25.7, 25.7], [48, 26, 26]), ([125, 125, 125, 625], [12, 13, 13, 62]),
     ([0.001, 0.002, 0.0035], [15, 31, 54]), ([1, 0], [100, 0])],
)  # fmt: skip
def test_shares_are_whole_percentages_that_add_up_to_100(values: list[float], shares: list[int]) -> None:
    assert percentages(values) == shares and sum(shares) == 100


def test_a_pies_legend_adds_up_to_100_and_a_sliver_reads_under_one_percent() -> None:
    html = chart_html("pie", {"labels": ["a", "b", "c", "d"], "values": [125, 125, 125, 625]})
    assert sum(int(share.rstrip("%")) for _, share in legend(html)) == 100  # was 13 x 3 + 63 = 102
    sliver = chart_html("pie", {"labels": ["big", "tiny"], "values": [1000, 1]})
    assert legend(sliver) == [("big", "100%"), ("tiny", "&lt;1%")]


@pytest.mark.parametrize(
    ("values", "expected"),
    [([0.001, 0.002, 0.0035], "0.0065|Total"),  # was 0.0
     ([25_250_000, 20_000_000, 10_000_000], "55.25M|Total"),  # was 55.2M
     ([1_000_000, 234_567], "1.23M|Total"), ([1234.5, 1000], "2,234.5|Total")],
)  # fmt: skip
def test_a_donuts_total_keeps_the_digits_that_matter(values: list[float], expected: str) -> None:
    assert center(chart_html("donut", {"labels": list("abc")[: len(values)], "values": values})) == expected


def test_a_share_written_in_the_labels_is_not_shown_twice() -> None:
    """ "Organic 38%  38%": a key whose name says its share shows no second one, and the centre's
    caption under "38%" drops it."""
    html = chart_html("donut", {"labels": ["Organic 38%", "Paid 24%", "Email 38%"], "values": [38, 24, 38]})
    assert legend(html) == [("Organic 38%", ""), ("Paid 24%", ""), ("Email 38%", "")]
    assert center(html) == "38%|Organic"


def test_the_authors_other_gathered_with_the_rest_says_how_many_it_holds() -> None:
    labels = ["Direct", "Search", "Social", "Email", "Other", "Referral", "Ads", "Events", "Print", "TV"]
    html = chart_html("donut", {"labels": labels, "values": [30, 22, 15, 9, 8, 5, 4, 3, 2, 2]}, height=200)
    assert legend(html)[-1] == ("Other (+3)", "15%")  # their 8% and Events, Print, TV
    without = chart_html("pie", {"labels": [f"R{n}" for n in range(10)], "values": list(range(10, 0, -1))})
    assert legend(without)[-1][0] == "Other (3)"  # gathered by the chart alone: how many it holds


def test_a_legend_under_a_narrow_pie_hides_whole_keys_and_counts_them() -> None:
    """Below its fold width a 200 px donut of 17 countries has rows for a few keys only: the
    classes hide the keys past the room at each width, and a "+N more" names exactly as many."""
    html = chart_html("donut", COUNTRIES, height=200, more_label="+{count} more")
    legend_classes = re.search(r'class="dsl-chart-legend ([^"]*)"', html)
    assert legend_classes
    hidden_keys = {int(match) for match in re.findall(r"dsl-lk(\d+)-\d+", legend_classes.group(1))}
    mores = re.findall(r'<span class="dsl-chart-more ([^"]*)">\+(\d+) more</span>', html)
    assert hidden_keys and {7 - shown for shown in hidden_keys} == {int(count) for _, count in mores}
    assert all("dsl-ge-" in bounds for bounds, _ in mores)  # never beside the pie, where all fit


def test_a_pie_that_grows_keeps_every_key_of_its_folded_legend() -> None:
    """A pie whose height is only its size (no author's box) grows under its legend instead of
    counting keys in a "+N more"; one of set height keeps to it."""
    grown = chart_html("donut", COUNTRIES, height=200, grows=True)
    assert 'class="dsl-chart-pie dsl-fold-' in grown and " is-growing" in grown
    assert "dsl-chart-more" not in grown and not re.search(r"dsl-lk\d+-\d+", grown)
    assert "dsl-chart-more" in chart_html("donut", COUNTRIES, height=200)


@pytest.mark.parametrize(
    ("chart", "grows"), [({"size": 150}, True), ({}, True), ({"layout": {"height": 220}}, False)]
)
def test_a_chart_element_grows_unless_its_height_is_set(chart: dict[str, Any], grows: bool) -> None:
    html = render_element(type="chart", variant="pie", data=COUNTRIES, **chart)
    assert (" is-growing" in html) == grows


# -- 9. gridlines run alike over an area's fill and its gaps ----------------------------------------


def test_an_areas_gridlines_lie_over_its_fill_and_under_its_line() -> None:
    html = chart_html("area", {"labels": list("abcd"), "values": [3, None, 4, 5]})
    fill, grid, line = (
        html.index(part) for part in ("dsl-chart-area", "dsl-chart-gridline", "dsl-chart-line")
    )
    assert fill < grid < line


# -- 5 and 10. what a chart leaves out of its data ----------------------------------------------


@pytest.mark.parametrize(
    ("variant", "data", "notes"),
    [
        ("pie", {"labels": ["A"], "series": [{"name": "2024", "values": [1]}, {"name": "2025", "values": [3]}]},
         [(("series",), "a pie draws one series: '2024' is drawn, '2025' is left out", "chart_data_mismatch")]),
        ("doughnut", {"labels": ["A"], "series": [{"values": [1]}, {"values": [3]}, {"values": [2]}]},
         [(("series",), "a doughnut draws one series: 'Series 1' is drawn, 'Series 2', 'Series 3' are left out",
           "chart_data_mismatch")]),
        ("bar", {"labels": ["a", "b"], "values": [0, 0]},
         [((), "every value is 0: the chart draws an empty axis", "chart_no_data")]),
        ("line", {"labels": ["a", "b"], "series": [{"values": [None, None]}]},
         [((), "every value is empty (null): the chart draws 'No data'", "chart_no_data")]),
        ("donut", {"labels": ["a", "b"], "values": [0, -1]},
         [((), "a donut needs a value above 0: the chart draws 'No data'", "chart_no_data")]),
        ("bar", {"labels": ["a", "b"], "series": [{"values": [1, 2]}, {"values": [3, 4]}]}, []),
        ("pie", {"labels": ["a"], "values": []}, []),  # no values at all: the validator says so already
    ],
)  # fmt: skip
def test_a_chart_notes_what_it_leaves_out(variant: str, data: dict[str, Any], notes: list[Any]) -> None:
    assert [(note.where, note.message, note.code) for note in drawing_notes(variant, data)] == notes


def test_nothing_to_draw_is_drawn_as_no_data() -> None:
    """What `drawing_notes` warns of is what the chart draws: "No data" for empty values and a
    pie of no positive value; an axis with a zero's stub for each zero (`ZERO_STUB_PX`)."""
    assert "No data" in chart_html("line", {"labels": ["a", "b"], "values": [None, None]})
    assert "No data" in chart_html("donut", {"labels": ["a", "b"], "values": [0, 0]})
    zeros = chart_html("bar", {"labels": ["a", "b"], "values": [0, 0]})
    assert "No data" not in zeros and "dsl-chart-gridline" in zeros
    assert [rect.count("dsl-chart-zero-bar") for rect in re.findall(r"<rect[^>]*>", zeros)] == [1, 1]
