"""What a dashboard designer reads of a chart besides its picture: a pie's gathered slices named
"Other (N)" and warned of with the slices it holds, twelve series colours told apart (the 7th
was the 3rd's green again), a brand's later series kept off its hue, a render's words for
category names it cannot draw whole, and charts that share a row."""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path
from typing import Any

import pytest

from kernel.dsl.compiler.chart_palette import chart_palette
from kernel.dsl.compiler.charts.colours import SERIES_COLORS
from kernel.dsl.compiler.charts.draw import chart_html
from kernel.dsl.compiler.charts.slices import gather_slices, pie_gathering
from kernel.dsl.compiler.colors import LATER_SERIES_COLOURS
from kernel.dsl.compiler.elements.data_sheet import CSS as DATA_CSS
from kernel.dsl.measured.chart_labels import CutChartLabels, chart_labels_warning
from kernel.dsl.measured.collect import measured_cut_warnings
from kernel.dsl.validate import validate_data

REPS = {"labels": ["Ana", "Ben", "Chloé", "Dmitri", "Esther", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemal",
                   "Lina"], "values": [18, 14, 12, 10, 9, 8, 7, 6, 5, 5, 3, 3]}  # fmt: skip


def warnings_of(chart: dict[str, Any]) -> list[Any]:
    result = validate_data({"elements": [chart]})
    assert result.ok, result.errors
    return [w for w in result.warnings if w.code == "chart_slices_gathered"]


# -- a pie's gathered slices ---------------------------------------------------------------------------


def test_the_gathered_slice_says_how_many_it_holds() -> None:
    gathering = gather_slices(REPS["labels"], REPS["values"], 7, "Other")
    assert gathering.kept == (0, 1, 2, 3, 4, 5) and gathering.gathered == (6, 7, 8, 9, 10, 11)
    assert gathering.name == "Other (6)"
    assert gather_slices(["a", "b"], [2, 1], 7, "Other").gathered == ()


def test_a_pie_too_short_for_its_slices_warns_with_the_slices_it_gathers() -> None:
    """s04: twelve reps in a 200 px pie became six and a grey "Other 29%", bigger than any, silently."""
    (warning,) = warnings_of({"type": "chart", "variant": "pie", "layout": {"height": 200}, "data": REPS})
    assert warning.path == "/elements/0/data"
    assert warning.message == (
        "a pie 200 px tall has legend rows for 7 slices: 6 of its 12 ('Grace', 'Hiro', 'Ines', 'Jonas', "
        "'Kemal', 'Lina'; 29% together) are drawn as one grey slice, 'Other (6)'"
    )
    assert warning.suggestion and "layout: {height: 350}" in warning.suggestion
    gathering, _ = pie_gathering(REPS, 350)
    assert gathering.gathered == ()  # the height the hint gives draws each


def test_the_pies_title_counts_in_the_height_it_is_given() -> None:
    titled = {
        "type": "chart",
        "variant": "donut",
        "title": "Pipeline",
        "layout": {"height": 238},
        "data": REPS,
    }
    (warning,) = warnings_of(titled)
    assert "a donut 200 px tall" in warning.message and "layout: {height: 388}" in (warning.suggestion or "")


@pytest.mark.parametrize(
    "chart",
    [
        {"type": "chart", "variant": "pie", "layout": {"height": 440}, "data": REPS},  # m_pie: all twelve
        {"type": "chart", "variant": "pie", "size": 400, "data": REPS},
        {"type": "chart", "variant": "bar", "layout": {"height": 200}, "data": REPS},
        {"type": "chart", "variant": "pie", "layout": {"height": 40}, "data": REPS},  # a sparkline: no legend
    ],
)
def test_a_pie_with_a_row_for_each_slice_or_another_chart_does_not_warn(chart: dict[str, Any]) -> None:
    assert warnings_of(chart) == []


def test_more_slices_than_colours_cannot_all_be_drawn_and_the_hint_says_so() -> None:
    many = {"labels": [f"Region {chr(65 + n)}" for n in range(14)], "values": list(range(14, 0, -1))}
    (warning,) = warnings_of({"type": "chart", "variant": "pie", "layout": {"height": 600}, "data": many})
    assert "layout:" not in (warning.suggestion or "") and "at most 12 slices" in (warning.suggestion or "")


def test_the_warning_code_is_documented() -> None:
    reference = (Path(__file__).parents[2] / "docs" / "dsl.md").read_text(encoding="utf-8")
    assert "| `chart_slices_gathered` |" in reference


# -- series colours ------------------------------------------------------------------------------------


def oklab(colour: str) -> tuple[float, float, float]:
    """A hex colour in OKLab, where a distance of 0.1 reads as clearly another colour."""
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    red, green, blue = (
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (red, green, blue)
    )
    long = (0.4122214708 * red + 0.5363325363 * green + 0.0514459929 * blue) ** (1 / 3)
    medium = (0.2119034982 * red + 0.6806995451 * green + 0.1073969566 * blue) ** (1 / 3)
    short = (0.0883024619 * red + 0.2817188376 * green + 0.6299787005 * blue) ** (1 / 3)
    return (
        0.2104542553 * long + 0.7936177850 * medium - 0.0040720468 * short,
        1.9779984951 * long - 2.4285922050 * medium + 0.4505937099 * short,
        0.0259040371 * long + 0.7827717662 * medium - 0.8086757660 * short,
    )


def fallbacks() -> list[str]:
    """The hex colour each series falls back to (the theme's own for the first is the primary)."""
    return [colour.rsplit(", ", 1)[-1].rstrip(")") for colour in SERIES_COLORS[1:]]


@pytest.mark.parametrize("first", ["#4f46e5", "#6366f1"], ids=["light", "dark"])
def test_a_charts_first_eight_series_are_clearly_apart_on_either_theme(first: str) -> None:
    """Teal (7th) was 0.05 from emerald (3rd), violet (6th) 0.06 from the dark theme's indigo."""
    colours = [first, *fallbacks()]
    assert len(set(colours)) == 12
    nearest = min(math.dist(oklab(a), oklab(b)) for a, b in itertools.combinations(colours[:8], 2))
    assert nearest >= 0.11, nearest
    assert min(math.dist(oklab(a), oklab(b)) for a, b in itertools.combinations(colours, 2)) >= 0.09
    assert fallbacks()[4:] == list(LATER_SERIES_COLOURS)


def test_a_brands_later_series_leave_out_its_hue_and_the_colours_taken_before() -> None:
    palette = chart_palette("#dc2626")  # a red brand: no red, orange or rose series
    later = [palette[f"series-{n}"] for n in range(6, 13)]
    assert "#ef4444" not in later and "#f97316" not in later
    assert len(set(later)) == 7 and not set(later) & {palette[f"chart-{n}"] for n in range(2, 6)}


# -- what the render says of names it cannot draw whole ------------------------------------------------


def test_a_charts_cut_and_left_out_names_are_named() -> None:
    warning = chart_labels_warning(
        CutChartLabels("/elements/2", ("Partner referrals and resellers",), ("Webinars", "Events"), 12)
    )
    assert warning.code == "content_cut" and warning.path == "/elements/2"
    assert warning.message == (
        "of the chart's 12 category names, 1 end in an ellipsis, turned under its narrow bars "
        "('Partner referrals and resellers'); 2 are left out, its bars too narrow to name each "
        "('Webinars', 'Events')"
    )
    assert "more height" in (warning.suggestion or "")
    only_left = chart_labels_warning(CutChartLabels("/elements/0", (), tuple(f"N{n}" for n in range(26)), 40))
    assert "more height" not in (only_left.suggestion or "")
    assert "26 are left out" in only_left.message and "'N5' and 20 more)" in only_left.message
    assert measured_cut_warnings(0, (), (), cut_charts=[CutChartLabels("/e", ("a",), (), 2)])[0].path == "/e"


def test_the_slices_a_pie_legend_has_no_row_for_are_named() -> None:
    left = ("Mobile app", "Marketplace", "Retail")
    warning = chart_labels_warning(CutChartLabels("/elements/0/children/0", (), left, 4, legend=True))
    assert warning.code == "content_cut" and warning.path == "/elements/0/children/0"
    assert warning.message == (
        "the legend under the pie has no row for 3 of its 4 slices ('Mobile app', 'Marketplace', 'Retail'): "
        "a '+3 more' stands for them, so their slices are not named"
    )
    assert "layout.height" in (warning.suggestion or "")


# -- charts in a row -----------------------------------------------------------------------------------


def test_charts_without_a_width_share_a_row() -> None:
    """A chart given only a height kept its natural width in a row (flex-shrink:0, inline): the
    rule that shares the row must outweigh it, and leave an author's own flex alone."""
    assert '.dsl-hflow>.dsl-chart:not(.has-width):not([style*="flex:"]' in DATA_CSS
    assert "{flex:1 1 0%!important;min-width:0}" in DATA_CSS
    html = chart_html("donut", {"labels": ["A", "B"], "values": [40, 60]}, height=200)
    assert "contain-intrinsic-inline-size" in html  # still a natural width for rows that shrink-wrap


# -- a slice of 0 ----------------------------------------------------------------------------------


def legend_keys(html: str) -> list[tuple[str, str]]:
    """The pie legend's (name, share) keys, in order."""
    return re.findall(r'<span class="dsl-chart-key"><i [^>]*></i><span>([^<]*)</span><b>([^<]*)</b>', html)


@pytest.mark.parametrize("variant", ["donut", "pie"])
def test_a_slice_of_0_keeps_its_key_at_0_percent_and_draws_nothing(variant: str) -> None:
    """'Organic' at 0 vanished from the legend, as if it were not measured; BI tools list it at 0%."""
    html = chart_html(variant, {"labels": ["Direct", "Organic", "Paid"], "values": [60, 0, 40]})
    assert legend_keys(html) == [("Direct", "60%"), ("Organic", "0%"), ("Paid", "40%")]
    assert html.count('class="dsl-chart-slice"') == 2
    colours = re.findall(r'<span class="dsl-chart-key"><i style="background:([^";]+)', html)
    assert len(set(colours)) == 3  # its key has a colour of its own


def test_one_slice_beside_slices_of_0_is_a_whole_ring() -> None:
    html = chart_html("donut", {"labels": ["Direct", "Organic"], "values": [60, 0]})
    assert legend_keys(html) == [("Direct", "100%"), ("Organic", "0%")]
    assert "<circle" in html and 'class="dsl-chart-slice"' not in html


def test_slices_all_0_still_draw_no_data() -> None:
    assert legend_keys(chart_html("pie", {"labels": ["a", "b"], "values": [0, 0]})) == []
