"""Pie legends that keep the largest slices and gather the rest in "Other", distinct series
colours, and figures written the way the document's language writes them."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.charts.colours import OTHER_COLOR, SERIES_COLORS
from kernel.dsl.compiler.charts.draw import chart_html
from kernel.dsl.compiler.charts.numbers import format_number, number_style
from kernel.dsl.compiler.charts.pie_legend import legend_room
from kernel.dsl.compiler.charts.spec import normalize
from tests.support.documents import COUNTRIES

NB = "\u00a0"


def legend(html: str) -> list[tuple[str, str, str]]:
    """The legend's (name, share, swatch colour) entries, in order."""
    return re.findall(
        r'<span class="dsl-chart-key"><i style="background:([^"]+)"></i><span>([^<]*)</span>(?:<b>([^<]*)</b>)?',
        html,
    )


def names(html: str) -> list[str]:
    return [name for _, name, _ in legend(html)]


def slice_colours(html: str) -> list[str]:
    return re.findall(r'class="dsl-chart-slice" style="fill:([^"]+)"', html)


def y_ticks(html: str) -> list[str]:
    return re.findall(r'class="dsl-chart-y"[^>]*>([^<]*)<', html)


# -- a pie's legend and slices ---------------------------------------------------------------------


def test_a_pie_with_more_slices_than_legend_rows_keeps_the_largest_and_gathers_the_rest() -> None:
    html = chart_html("donut", COUNTRIES, height=200)  # a chart element's pie is 200 px tall
    kept = ["United States", "United Kingdom", "Germany", "France", "India", "Brazil"]
    assert names(html) == [*kept, "Other (+10)"]  # the author's Other and ten more countries
    assert len(names(html)) == legend_room(200)
    shares = {name: share for _, name, share in legend(html)}
    assert shares["United States"] == "31%" and shares["Other (+10)"] == "30%"  # 100 less the six kept
    # the legend and the pie agree: a slice for each entry, the gathered one grey and last
    assert slice_colours(html) == [colour for colour, _, _ in legend(html)]
    assert slice_colours(html)[-1] == OTHER_COLOR


def test_the_gathered_slice_takes_the_authors_other_or_the_languages_word() -> None:
    """The author's own "Other" (4%) gathered with nine more countries reads "Other (+9)": alone,
    "Other 26%" passed for theirs."""
    assert names(chart_html("pie", COUNTRIES, other_label="Autres"))[-1] == "Other (+9)"  # the author's
    data = {"labels": [f"Item {n}" for n in range(10)], "values": list(range(10, 0, -1))}
    assert names(chart_html("pie", data, other_label="Autres"))[-1] == "Autres (3)"  # the slices it holds
    assert names(chart_html("pie", data))[-1] == "Other (3)"


def test_the_largest_slices_stay_in_the_datas_order_wherever_they_stand() -> None:
    data = {"labels": list("abcdefghij"), "values": [1, 1, 40, 1, 1, 30, 1, 1, 1, 20]}
    assert names(chart_html("pie", data, height=110)) == ["c", "f", "j", "Other (7)"]  # room for four rows


def test_a_pie_whose_slices_fit_its_legend_lists_them_all_as_given() -> None:
    data = {"labels": ["Direct", "Search", "Social", "Email"], "values": [40, 30, 20, 10]}
    assert names(chart_html("donut", data)) == data["labels"]
    assert slice_colours(chart_html("donut", data)) == list(SERIES_COLORS[:4])


def test_a_donuts_centre_names_its_largest_slice_not_the_gathered_rest() -> None:
    many = {"labels": [f"Region {n}" for n in range(20)], "values": [24] + [4] * 19}  # the rest: 56%
    html = chart_html("donut", many, height=200)
    assert names(html)[-1] == "Other (14)"
    assert re.search(r'<span class="dsl-chart-center"><b>24%</b><span>Region 0</span>', html)


@pytest.mark.parametrize(("size", "rows"), [(80, 3), (110, 4), (200, 7), (260, 9), (400, 12), (900, 12)])
def test_the_legend_room_is_its_rows_beside_the_pie_and_at_most_the_distinct_colours(
    size: float, rows: int
) -> None:
    assert legend_room(size) == rows


def test_twelve_slices_or_series_never_share_a_colour() -> None:
    twelve = {"labels": [f"S{n}" for n in range(12)], "values": list(range(12, 0, -1))}
    colours = slice_colours(chart_html("pie", twelve, height=400))
    assert len(colours) == 12 and len(set(colours)) == 12
    series = normalize({"labels": ["a"], "series": [{"name": f"s{n}", "values": [n]} for n in range(12)]})
    assert len({s.color for s in series.series}) == 12
    assert OTHER_COLOR not in SERIES_COLORS


# -- figures in the document's language ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "value", "text"),
    [
        (None, 1500, "1.5k"),
        ("en", 1500, "1.5k"),
        ("en-GB", 12_000, "12k"),
        ("fr", 1500, f"1,5{NB}k"),
        ("fr", 12_000, f"12{NB}k"),
        ("fr", 2.5, "2,5"),
        ("fr", 2_500_000_000, f"2,5{NB}Md"),
        ("de", 1500, "1.500"),  # German writes thousands in full
        ("de", 12_000, "12.000"),
        ("de", 0.25, "0,25"),
        ("de", 1_500_000, f"1,5{NB}Mio."),
        ("de-CH", 12_000, "12'000"),
        ("es", 2_500_000_000, f"2500{NB}M"),  # CLDR now counts thousands of millions in M
        ("es", 25_000_000_000, f"25{NB}mil{NB}M"),
        ("it", 1500, "1,5K"),
        ("pt-BR", 3_400_000, f"3,4{NB}mi"),
        ("nl", -2000, "-2K"),
        ("ru", 1500, f"1,5{NB}тыс."),
        ("pl", 250_000, f"250{NB}tys."),
        ("sv", 1500, f"1,5{NB}tn"),
        ("tr", 1500, f"1,5{NB}B"),  # bin, milyon (Mn), milyar (Mr): CLDR's, as for every language
        ("ja", 1500, "1,500"),  # Japanese writes thousands in full, ten thousands in 万
        ("ja", 1_500_000, "150万"),
        ("xx-nonsense", 1500, "1.5k"),
    ],
)
def test_figures_are_written_in_the_documents_language(lang: str | None, value: float, text: str) -> None:
    assert format_number(value, number_style(lang)) == text


def test_a_charts_ticks_and_total_follow_its_language_and_english_stays_as_it_was() -> None:
    revenue = {"labels": ["Q1", "Q2", "Q3"], "values": [1200, 1900, 1500]}
    assert y_ticks(chart_html("bar", revenue)) == ["0", "500", "1.0k", "1.5k", "2.0k"]
    french = y_ticks(chart_html("bar", revenue, lang="fr"))
    assert french == ["0", "500", f"1,0{NB}k", f"1,5{NB}k", f"2,0{NB}k"]
    assert y_ticks(chart_html("bar", revenue, lang="de")) == ["0", "500", "1.000", "1.500", "2.000"]
    small = {"labels": ["a", "b"], "values": [0.5, 1.75]}
    assert y_ticks(chart_html("line", small, lang="it")) == ["0,0", "0,5", "1,0", "1,5", "2,0"]
    sessions = {"labels": ["Web", "Mobile"], "values": [7000, 5500]}
    assert ">12.500<" in chart_html("donut", sessions, lang="de")
    assert f">12{NB}500<" in chart_html("donut", sessions, lang="sv")
    assert ">12,500<" in chart_html("donut", sessions)
    for data, variant in ((revenue, "bar"), (small, "line"), (sessions, "donut")):
        assert chart_html(variant, data, lang="en") == chart_html(variant, data)


def test_a_longer_figure_widens_the_gutter_its_ticks_sit_in() -> None:
    revenue = {"labels": ["Q1", "Q2"], "values": [100_000, 240_000]}

    def gutter(html: str) -> float:
        found = re.search(r'class="dsl-chart-plot" style="height:[\d.]+px;padding-left:([\d.]+)px"', html)
        assert found
        return float(found.group(1))

    assert gutter(chart_html("bar", revenue, lang="de")) > gutter(
        chart_html("bar", revenue)
    )  # 250.000 vs 250k
