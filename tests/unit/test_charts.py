"""SVG charts: nice ticks, data normalization, every variant, hostile and degenerate input."""

from __future__ import annotations

import itertools
import math
import re

import pytest

from kernel.dsl.compiler.charts.css import CHART_CSS
from kernel.dsl.compiler.charts.draw import chart_html
from kernel.dsl.compiler.charts.numbers import format_number
from kernel.dsl.compiler.charts.pie import caption_font
from kernel.dsl.compiler.charts.spec import normalize
from kernel.dsl.compiler.charts.value_axis import nice_ticks
from kernel.dsl.compiler.colors import safe_color
from kernel.dsl.model import ChartData
from kernel.dsl.validate import validate_document
from tests.support.elements import render_element

HOSTILE = '<script>alert("x")</script>'


@pytest.mark.parametrize(
    ("low", "high"), [(0, 87), (-13, 42), (0, 0.3), (5, 5), (-500, -20), (0, 1_234_567), (0.001, 0.0042)]
)
def test_nice_ticks_cover_the_range_with_round_steps(low: float, high: float) -> None:
    ticks = nice_ticks(low, high)
    assert ticks[0] <= low and ticks[-1] >= high
    assert 2 <= len(ticks) <= 12
    steps = {round(b - a, 9) for a, b in itertools.pairwise(ticks)}
    assert len(steps) == 1
    step = steps.pop()
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert round(mantissa, 6) in (1, 2, 2.5, 5, 10)


@pytest.mark.parametrize(
    ("low", "high", "bottom"), [(-20e6, 210e6, -50e6), (-17, 190, -50), (-5, 100, -20), (-30, 45, -40)]
)
def test_nice_ticks_through_zero_hug_the_negative_side(low: float, high: float, bottom: float) -> None:
    """A churn of -20M under revenue of 210M gets an axis down to -50M, not -100M: the step is
    the finer one that wastes less room, as an all-positive range gets."""
    ticks = nice_ticks(low, high)
    assert ticks[0] == bottom and 0 in ticks and ticks[-1] >= high
    assert len(ticks) <= 7


def test_a_dip_far_below_a_peak_gets_a_finer_step_where_the_plot_has_room() -> None:
    """-40k under 510k got -200k..600k (a quarter of the plot empty below zero): a plot with room
    for eight ticks takes steps of 100k, -100k..600k; one with room for seven keeps 200k, and an
    axis that wastes little (-20M..150M: -50M..150M) keeps its few ticks."""
    assert nice_ticks(-40_000, 510_000, most=8) == [i * 100_000.0 for i in range(-1, 7)]
    assert nice_ticks(-40_000, 510_000) == [i * 200_000.0 for i in range(-1, 4)]
    assert nice_ticks(-20e6, 150e6, most=9) == [i * 50e6 for i in range(-1, 4)]
    data = {"labels": list("ABCDE"), "series": [{"name": "Q3", "values": [420e3, -35e3, 180e3, 95e3, -12e3]},
                                                 {"name": "Q4", "values": [510e3, 22e3, 150e3, -40e3, 8e3]}]}  # fmt: skip
    ticks = re.findall(r'class="dsl-chart-y"[^>]*>([^<]*)<', chart_html("bar", data, height=286))
    assert ticks == ["-100k", "0", "100k", "200k", "300k", "400k", "500k", "600k"]
    ticks = re.findall(r'class="dsl-chart-y"[^>]*>([^<]*)<', chart_html("bar", data, height=180))
    assert ticks == ["-200k", "0", "200k", "400k", "600k"]


def test_nice_ticks_survive_nonsense() -> None:
    assert nice_ticks(math.nan, 3) == [0.0, 1.0]
    assert nice_ticks(10, 0)[0] <= 0


@pytest.mark.parametrize(
    ("value", "text"),
    [(0, "0"), (950, "950"), (1200, "1.2k"), (3_400_000, "3.4M"), (0.25, "0.25"), (-2000, "-2k")],
)
def test_format_number_is_short(value: float, text: str) -> None:
    assert format_number(value) == text


def test_normalize_pads_labels_and_values_to_the_longest() -> None:
    spec = normalize(
        {"labels": ["a", "b", "c"], "series": [{"name": "s1", "values": [1]}, {"values": [1, 2, 3, 4]}]}
    )
    assert spec.labels == ("a", "b", "c", "")
    assert spec.series[0].values == (1.0, None, None, None)
    assert spec.series[1].name == "Series 2"
    assert spec.series[0].color != spec.series[1].color


def test_normalize_accepts_the_model_and_drops_non_finite_values() -> None:
    spec = normalize(ChartData(labels=["x", "y"], values=[math.inf, 2]))
    assert spec.series[0].values == (None, 2.0)


@pytest.mark.parametrize("variant", ["bar", "line", "area", "pie", "donut", None, "weird"])
def test_every_variant_draws_svg(variant: str | None) -> None:
    html = chart_html(variant, {"labels": ["Jan", "Feb", "Mar"], "values": [3, 5, 4]})
    assert "<svg" in html and "</svg>" in html
    assert "No data" not in html
    assert "<script" not in html


def test_grouped_bars_draw_one_bar_per_value_and_a_legend() -> None:
    data = {
        "labels": ["Q1", "Q2"],
        "series": [{"name": "2025", "values": [1, 2]}, {"name": "2026", "values": [3, 4]}],
    }
    html = chart_html("bar", data)
    assert html.count('rx="') == 4
    assert "dsl-chart-legend" in html and "2025" in html and "2026" in html


def test_line_charts_break_at_missing_values() -> None:
    html = chart_html(
        "line",
        {"labels": list("abcde"), "series": [{"name": "s", "values": [1, 2]}, {"values": [1, 2, 3, 4, 5]}]},
    )
    assert html.count('class="dsl-chart-line"') == 2
    assert html.count("<circle") == 7


def test_null_values_are_gaps_in_a_valid_document() -> None:
    data = {"labels": list("abcde"), "series": [{"name": "s", "values": [1, 2, None, 4, 5]}]}
    result = validate_document({"elements": [{"type": "chart", "variant": "line", "data": data}]})
    assert result.ok, result.errors
    html = chart_html("line", data)
    assert html.count('class="dsl-chart-line"') == 2 and html.count("<circle") == 4
    bars = chart_html("bar", {"labels": list("abc"), "values": [3, None, 2]})
    assert bars.count("<rect") == chart_html("bar", {"labels": list("ab"), "values": [3, 2]}).count("<rect")


def test_a_sparse_line_series_is_joined_across_its_gaps_and_drawn_last() -> None:
    """Values with no neighbour (quarterly in a monthly chart) make one line, not dots alone."""
    sparse = {"name": "quarterly", "values": [7, None, None, 7.4, None, 7.9], "color": "#ff0000"}
    dense = {"name": "monthly", "values": [1, 2, 3, 4, 5, 6], "color": "#0000ff"}
    html = chart_html("line", {"labels": list("abcdef"), "series": [sparse, dense]})
    lines = re.findall(r'class="dsl-chart-line"[^>]*style="stroke:([^;"]*)[^"]*" d="([^"]*)"', html)
    assert [colour for colour, _ in lines] == ["#0000ff", "#ff0000"], lines  # the sparse one last
    assert lines[1][1].count("L") == 2  # one path through its three values
    dots = re.findall(r'<circle class="dsl-chart-dot" style="stroke:([^"]*)"', html)
    assert dots == ["#0000ff"] * 6 + ["#ff0000"] * 3  # its dots over the others'
    broken = chart_html("line", {"labels": list("abcde"), "values": [1, 2, None, None, 5]})
    assert broken.count('class="dsl-chart-line"') == 2  # a lone value beside a pair keeps the gap


def y_ticks(html: str) -> list[str]:
    return re.findall(r'class="dsl-chart-y"[^>]*>([^<]*)<', html)


def test_a_line_or_area_in_a_narrow_band_gets_an_axis_fitted_to_it() -> None:
    uptime = y_ticks(chart_html("line", {"labels": list("abc"), "values": [99.5, 99.9, 99.7]}))
    assert uptime and uptime[0] != "0" and float(uptime[0]) >= 99, uptime
    price = y_ticks(chart_html("area", {"labels": list("abc"), "values": [66_400, 67_900, 67_440]}))
    assert price and float(price[0].replace(",", "").replace("k", "e3")) >= 60_000, price
    # the range small beside the distance from zero, whatever the values' size (a portfolio at
    # 219.8k-251.9k was 12.7% of its top and lay flat from zero, under the old 10% rule)
    portfolio = {"labels": list("abc"), "series": [{"name": "p", "values": [221_400, 219_800, 251_900]},
                                                   {"name": "b", "values": [221_400, 230_000, 243_700]}]}  # fmt: skip
    assert y_ticks(chart_html("line", portfolio))[0] == "210k", y_ticks(chart_html("line", portfolio))
    assert y_ticks(chart_html("line", {"labels": list("ab"), "values": [-251_900, -219_800]}))[-1] == "-210k"
    # a wider spread, and bars, still start at zero
    assert y_ticks(chart_html("line", {"labels": list("abc"), "values": [18, 21, 24]}))[0] == "0"
    assert y_ticks(chart_html("area", {"labels": list("abc"), "values": [18, 21, 24]}))[0] == "0"
    assert y_ticks(chart_html("bar", {"labels": list("abc"), "values": [99.5, 99.9, 99.7]}))[0] == "0"
    assert y_ticks(chart_html("bar", portfolio))[0] == "0"


def test_negative_values_get_a_zero_line() -> None:
    html = chart_html("bar", {"labels": ["a", "b"], "values": [5, -3]})
    assert "dsl-chart-zero" in html
    assert ">-" in html  # a negative tick label


@pytest.mark.parametrize(
    "data",
    [None, {}, {"labels": [], "values": []}, {"labels": ["a"], "values": []}, {"series": []}],
)
def test_empty_data_draws_an_empty_frame(data: dict[str, object] | None) -> None:
    for variant in ("bar", "line", "pie"):
        assert "No data" in chart_html(variant, data)


def test_a_pie_of_non_positive_values_is_empty() -> None:
    assert "No data" in chart_html("pie", {"labels": ["a", "b"], "values": [0, -4]})


def test_pie_legend_shows_shares() -> None:
    html = chart_html("donut", {"labels": ["Direct", "Search"], "values": [3, 1]})
    assert "75%" in html and "25%" in html
    assert html.count('class="dsl-chart-slice"') == 2
    assert "Total" in html


def test_every_text_is_escaped() -> None:
    data = {
        "labels": [HOSTILE, "b"],
        "series": [{"name": HOSTILE, "values": [1, 2]}, {"name": "ok", "values": [2, 1]}],
    }
    for variant in ("bar", "line", "area", "pie"):
        html = chart_html(variant, data)
        assert "<script" not in html
        assert "&lt;script&gt;" in html


def test_series_colours_are_sanitized() -> None:
    data = {
        "labels": ["a"],
        "series": [{"name": "s", "values": [1], "color": "red;background:url(http://x.test/)"}],
    }
    html = chart_html("bar", data)
    assert "x.test" not in html and "url(http" not in html
    assert "fill:#" in chart_html("bar", {"labels": ["a"], "series": [{"values": [1], "color": "#ff0000"}]})


def series_fills(html: str) -> list[str]:
    return re.findall(r'class="dsl-chart-bars" style="fill:([^"]+)"', html)


def test_the_first_series_is_the_primary_as_a_mark_and_primary_names_it_too() -> None:
    """Bars, lines and slices carry no text: the brand's series is --primary-indicator (the primary,
    or drawn until it stands out at 3:1 where it would fade into the page); `color: primary` too,
    while an author's own colour is kept as written."""
    data = {"labels": ["a"], "series": [{"values": [1]}, {"values": [2], "color": "primary"},
                                        {"values": [3], "color": "#0b1f4b"}]}  # fmt: skip
    assert series_fills(chart_html("bar", data)) == [
        "var(--chart-1, var(--primary-indicator))", "var(--primary-indicator)", "#0b1f4b"]  # fmt: skip


def test_output_is_deterministic() -> None:
    data = {"labels": ["a", "b", "c"], "values": [1.123456, 2, 3]}
    assert chart_html("area", data, uid="c1") == chart_html("area", data, uid="c1")


def test_gradient_ids_use_the_uid() -> None:
    html = chart_html("area", {"labels": ["a", "b"], "values": [1, 2]}, uid="chart-7")
    assert 'id="chart-7-fill-0"' in html and "url(#chart-7-fill-0)" in html


def center(html: str) -> str | None:
    """A donut's centre as text: "<figure>|<caption>", or None when it draws none."""
    found = re.search(r'<span class="dsl-chart-center[^"]*">(.*?)</span></div>', html)
    if not found:
        return None
    figure = re.search(r"<b>([^<]*)</b>", found.group(1))
    caption = re.search(r"<span>([^<]*)</span>", found.group(1))
    return f"{figure.group(1) if figure else ''}|{caption.group(1) if caption else ''}"


TRAFFIC = {"labels": ["Direct", "Search", "Social"], "values": [45, 35, 20]}


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TRAFFIC, "45%|Direct"),  # shares: the largest, not "100 Total"
        ({"labels": ["a", "b", "c"], "values": [33.3, 33.3, 33.3]}, "33%|a"),  # 99.9, rounded shares
        ({"labels": ["Mobile", "Desktop"], "values": [0.62, 0.38]}, "62%|Mobile"),  # fractions of one
        ({"labels": ["Direct (45%)", "Search (30%)"], "values": [45, 30]}, "60%|Direct (45%)"),  # said in %
        ({"labels": ["Direct", "Search", "Social"], "values": [4500, 3500, 2000]}, "10,000|Total"),  # counts
        ({"labels": ["a", "b"], "values": [60, 38]}, "98|Total"),  # 98 is no whole
    ],
)
def test_a_donuts_centre_shows_a_share_of_shares_and_the_total_of_counts(
    data: dict[str, object], expected: str
) -> None:
    """Percentages add up to 100, and "100 Total" in the hole said nothing: a donut of shares
    shows its largest share and the slice's name; counts keep their total."""
    assert center(chart_html("donut", data)) == expected


def test_the_authors_label_on_a_donut_of_shares_names_the_share_or_titles_the_hole() -> None:
    done = {"labels": ["Completed", "Remaining"], "values": [72, 28]}
    assert center(chart_html("donut", done, center_label="completed")) == "72%|Completed"
    assert center(chart_html("donut", done, center_label="Remaining")) == "28%|Remaining"
    titled = chart_html("donut", TRAFFIC, center_label="Traffic")
    assert center(titled) == "|Traffic" and 'class="dsl-chart-center is-caption"' in titled
    assert center(chart_html("donut", TRAFFIC, center_label="")) is None  # an empty hole
    # on counts the label captions the total, as before; "" leaves the figure alone
    counts = {"labels": ["a", "b"], "values": [3, 1]}
    assert center(chart_html("donut", counts, center_label="Sessions")) == "4|Sessions"
    assert center(chart_html("donut", counts, center_label="")) == "4|"
    assert center(chart_html("donut", counts, total_label="合計")) == "4|合計"
    assert center(chart_html("pie", TRAFFIC)) is None  # a pie has no hole


def test_a_donuts_caption_stays_inside_the_hole() -> None:
    """The hole is 64% of the donut's width: a long caption wraps to two lines inside it, and only
    what two lines cannot hold ends in an ellipsis."""
    css = re.search(r"\.dsl-chart-center span\{([^}]*)\}", CHART_CSS)
    assert css and "max-width:48%" in css.group(1) and "text-overflow:ellipsis" in css.group(1)
    assert "-webkit-line-clamp:2" in css.group(1) and "nowrap" not in css.group(1)


def test_a_long_slice_name_in_a_donuts_centre_wraps_before_it_is_cut() -> None:
    """ "Organic search" in a 4-column card or on a phone read "Organic sea…": its words wrap to
    two lines at the caption's size; only a word wider than the hole makes the font smaller,
    down to 9 px, and a donut's small size scales it as it does the figure."""
    channels = {"labels": ["Organic search", "Paid social", "Direct"], "values": [48, 30, 22]}
    html = chart_html("donut", channels, height=180)
    assert center(html) == "48%|Organic search"
    size = re.search(r"--caption-size:clamp\(9px,([\d.]+)cqi,12px\)", html)
    assert size and float(size.group(1)) == 10  # "Organic" fits the hole's line at 12 px
    assert caption_font("Direct", False, "sans") == "clamp(9px,10cqi,12px)"
    long_word = re.search(r",([\d.]+)cqi,", caption_font("Suchmaschinenoptimierung", False, "sans"))
    assert long_word and float(long_word.group(1)) < 5  # smaller to fit, 9 px at the least
    assert caption_font("Traffic", True, "sans").endswith(",14px)")  # a title alone, larger


@pytest.mark.parametrize(
    "colour", ["hwb(200 10% 20%)", "color(display-p3 1 0 0)", "color-mix(in srgb, red 40%, white)",
               "var(--brand, #fff)", "light-dark(#fff, #000)"],
)  # fmt: skip
def test_modern_css_colours_are_kept_for_series_and_events(colour: str) -> None:
    assert safe_color(colour) == colour


@pytest.mark.parametrize("colour", ["url(x)", "red;x", "rgb(1,2,3))(", "color-mix(in srgb, url(a) 1%, red)"])
def test_colours_that_could_smuggle_more_are_refused(colour: str) -> None:
    assert safe_color(colour) is None


def test_an_area_series_with_fill_false_is_drawn_as_its_line_alone() -> None:
    series = [{"name": "Price", "values": [3, 4, 5]}, {"name": "MA", "values": [2, 3, 4], "fill": False}]
    data = {"labels": list("abc"), "series": series}
    assert validate_document({"elements": [{"type": "chart", "variant": "area", "data": data}]}).ok
    html = chart_html("area", data)
    assert html.count('class="dsl-chart-area"') == 1 and html.count('class="dsl-chart-line"') == 2
    assert html.count("<linearGradient") == 1
    # one fill left: as strong as a lone series' (fills that add up are fainter)
    alone = chart_html("area", {"labels": list("abc"), "values": [3, 4, 5]})
    assert alone.count("34%") == html.count("34%") > 0
    chart_js = {"labels": list("abc"), "datasets": [{"label": "P", "data": [3, 4, 5]},
                                                    {"label": "MA", "data": [2, 3, 4], "fill": False}]}  # fmt: skip
    drawn = render_element(type="chart", variant="area", data=chart_js)
    assert drawn.count('class="dsl-chart-area"') == 1 and drawn.count('class="dsl-chart-line"') == 2
