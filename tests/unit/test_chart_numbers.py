"""A chart's figures in the document's language, after the Unicode CLDR's short forms (Babel):
万 and 億 in Japanese, Chinese and Korean, lakh and crore in Hindi, Arabic's words with their
plural, German and English as they always were; an axis keeps one unit where a language's
units are not a thousand apart, with ticks as round in it."""

from __future__ import annotations

import itertools
import math
import re

import pytest
from babel.numbers import format_compact_decimal

from kernel.dsl.compiler.charts.draw import chart_html
from kernel.dsl.compiler.charts.numbers import (
    ENGLISH_NUMBERS,
    ENGLISH_UNITS,
    format_number,
    number_style,
    tick_labels,
    total_text,
)
from kernel.dsl.compiler.charts.value_axis import nice_ticks
from kernel.dsl.compiler.charts.x_axis import text_px
from kernel.dsl.model import ChartData, Document
from kernel.dsl.parse import load_text

NB = "\u00a0"
SALES = {"labels": ["a", "b"], "values": [1_500_000, 3_900_000]}
"""The i18n tester's chart: 1.5 and 3.9 million."""


def y_ticks(html: str) -> list[str]:
    return re.findall(r'class="dsl-chart-y"[^>]*>([^<]*)<', html)


def donut_centre(html: str) -> str:
    found = re.search(r'<span class="dsl-chart-center[^"]*"><b>([^<]*)</b><span>([^<]*)</span>', html)
    assert found is not None
    return f"{found.group(1)}|{found.group(2)}"


# -- 1. Japanese, Chinese, Korean: 万 (10^4) and 億 (10^8) ----------------------------------------


@pytest.mark.parametrize(
    ("lang", "ticks"),
    [
        ("ja", ["0", "100万", "200万", "300万", "400万"]),  # drew 0, 1M ... 4M
        ("zh", ["0", "100万", "200万", "300万", "400万"]),
        ("zh-TW", ["0", "100萬", "200萬", "300萬", "400萬"]),  # traditional characters
        ("ko", ["0", "100만", "200만", "300만", "400만"]),
    ],
)
def test_an_east_asian_axis_counts_in_ten_thousands(lang: str, ticks: list[str]) -> None:
    assert y_ticks(chart_html("bar", SALES, lang=lang)) == ticks


@pytest.mark.parametrize(
    ("lang", "value", "text"),
    [
        ("ja", 1_500_000, "150万"),
        ("ja", 12_000, "1.2万"),
        ("ja", 9_500, "9,500"),  # below 万 a figure is written in full, as CLDR has it
        ("ja", 120_000_000, "1.2億"),
        ("ja", 25_000_000, "2500万"),  # four figures before 万, ungrouped as CLDR writes them
        ("ja", 1.2e12, "1.2兆"),
        ("zh", 120_000_000, "1.2亿"),
        ("zh", 1.2e12, "1.2万亿"),
        ("ko", 1500, "1.5천"),  # Korean has a unit for thousands too
        ("ko", 120_000_000, "1.2억"),
        ("ja", 99_999_999, "1億"),  # a figure that rounds up into the next unit is written in it
    ],
)
def test_east_asian_figures(lang: str, value: float, text: str) -> None:
    assert format_number(value, number_style(lang)) == text


def test_an_axis_past_one_oku_keeps_one_unit_with_round_ticks() -> None:
    """0-1.5億 reads in 億 on every tick, not 5000万 beside 1億: the largest tick's unit."""
    ticks = y_ticks(
        chart_html("line", {"labels": list("abcd"), "values": [-2e7, 9e7, 1.2e8, 1.5e8]}, lang="ja")
    )
    assert ticks == ["-0.5億", "0", "0.5億", "1.0億", "1.5億"]
    assert tick_labels([0, 5e6, 1e7, 1.5e7, 2e7], number_style("ja")) == [
        "0",
        "500万",
        "1000万",
        "1500万",
        "2000万",
    ]


def test_a_donuts_total_is_written_in_its_unit() -> None:
    donut = {"labels": ["x", "y", "z"], "values": [1_234_567, 2_000_000, 3_000_000]}
    assert donut_centre(chart_html("donut", donut, lang="ja", total_label="合計")) == "623.46万|合計"
    assert donut_centre(chart_html("donut", donut, total_label="Total")) == "6.23M|Total"
    assert total_text(123_456, number_style("ja")) == "123,456"  # exact below a million, as in English


def _donut_of(values_yaml: str) -> ChartData:
    """The donut's data as a document writes it in YAML, read and validated as a render reads it."""
    document = load_text(f"elements: [{{type: chart, variant: donut, data: {{values: {values_yaml}}}}}]")
    data = Document.model_validate(document).elements[0].data
    assert isinstance(data, ChartData)
    return data


def test_a_donuts_total_keeps_the_decimals_its_values_are_written_with() -> None:
    """Amounts in cents added up to "6,912.3" (the cent's zero dropped), and 0.1 + 0.2 may add
    up to 0.30000000000000004: the total keeps the most decimals a value is written with,
    its trailing zeros too, in the document's language."""
    cents = _donut_of("[2450, 1180.40, 612.90, 1340, 980, 349]")
    assert donut_centre(chart_html("donut", cents)) == "6,912.30|Total"
    assert donut_centre(chart_html("donut", cents, lang="de", total_label="Gesamt")) == "6.912,30|Gesamt"
    assert donut_centre(chart_html("donut", _donut_of("[0.1, 0.2]"))) == "0.3|Total"
    assert donut_centre(chart_html("donut", _donut_of("[1200, 300]"))) == "1,500|Total"
    assert donut_centre(chart_html("donut", {"values": [0.25, 0.5]})) == "0.75|Total"  # data given as numbers


def test_a_donuts_total_keeps_a_margin_inside_the_hole() -> None:
    """ "6,912.30" nearly touched the ring: the figure is sized to at most 0.44 of the donut's
    width, the hole being 0.64 of it."""
    html = chart_html("donut", _donut_of("[2450, 1180.40, 612.90]"))
    found = re.search(r"--center-size:min\(24px,([\d.]+)cqi\)", html)
    assert found is not None
    assert text_px("6,912.30", 24, "sans") * 1.08 * float(found.group(1)) / 24 <= 44.01


# -- 2. Hindi and Indian English: lakh (10^5) and crore (10^7) --------------------------------------


def test_a_hindi_axis_counts_in_lakh() -> None:
    assert y_ticks(chart_html("bar", SALES, lang="hi")) == ["0", *(f"{n}{NB}लाख" for n in (10, 20, 30, 40))]


@pytest.mark.parametrize(
    ("lang", "value", "text"),
    [
        ("hi", 1500, f"1.5{NB}हज़ार"),
        ("hi", 250_000, f"2.5{NB}लाख"),
        ("hi", 3_000_000, f"30{NB}लाख"),  # drew 3M
        ("hi", 25_000_000, f"2.5{NB}क॰"),  # crore
        ("en-IN", 1500, "1.5k"),  # English's small k
        ("en-IN", 250_000, "2.5L"),
        ("en-IN", 25_000_000, "2.5Cr"),
    ],
)
def test_indian_figures(lang: str, value: float, text: str) -> None:
    assert format_number(value, number_style(lang)) == text


def test_an_axis_past_a_crore_keeps_one_unit() -> None:
    assert tick_labels(nice_ticks(0, 1.3e7), number_style("hi")) == [
        "0",
        f"0.5{NB}क॰",
        f"1.0{NB}क॰",
        f"1.5{NB}क॰",
    ]
    assert tick_labels(nice_ticks(0, 1.3e6), number_style("en-IN")) == ["0", "5L", "10L", "15L"]


# -- 3. Arabic (and other right-to-left languages) ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "value", "text"),
    [
        ("ar", 1500, f"1.5{NB}ألف"),  # drew 1.5k
        ("ar", 5000, f"5{NB}آلاف"),  # three to ten thousand take the plural
        ("ar", 12_000, f"12{NB}ألف"),
        ("ar", 3_900_000, f"3.9{NB}مليون"),
        ("ar", 2_500_000_000, f"2.5{NB}مليار"),
        ("fa", 1_500_000, f"1.5{NB}میلیون"),
        ("he", 1500, "1.5K\u200f"),  # CLDR's Hebrew: Latin units, kept right-to-left
        ("th", 1500, "1.5K"),
    ],
)
def test_right_to_left_and_other_figures(lang: str, value: float, text: str) -> None:
    """Digits stay Latin, as in every figure the tool writes (`numbers_local`)."""
    assert format_number(value, number_style(lang)) == text


def test_an_arabic_axis_shares_its_decimals_across_the_plural() -> None:
    """2.5 ألف, 5.0 آلاف, 7.5 ألف, 10.0 ألف: one count of decimals though 5 takes the plural
    (and 10,000 another pattern of CLDR's), and units a thousand apart each on its own tick."""
    thousands = tick_labels(nice_ticks(0, 9000), number_style("ar"))
    assert thousands == ["0", f"2.5{NB}ألف", f"5.0{NB}آلاف", f"7.5{NB}ألف", f"10.0{NB}ألف"]
    millions = tick_labels(nice_ticks(0, 1.3e6), number_style("ar"))
    assert millions == ["0", f"500{NB}ألف", f"1.0{NB}مليون", f"1.5{NB}مليون"]


# -- 4. German and English as they were -------------------------------------------------------------


def test_german_is_as_it_was() -> None:
    german = number_style("de")
    assert [format_number(value, german) for value in (2000, 0.03, 4_000_000, 19_000)] == [
        "2.000",
        "0,03",
        f"4{NB}Mio.",  # CLDR's quotes ("Mio'.'") taken off
        "19.000",
    ]
    assert y_ticks(chart_html("bar", SALES, lang="de")) == ["0", *(f"{n}{NB}Mio." for n in (1, 2, 3, 4))]
    assert tick_labels(nice_ticks(0, 1.3e6), german) == ["0", "500.000", f"1,0{NB}Mio.", f"1,5{NB}Mio."]
    sessions = {"labels": ["a", "b"], "values": [12_000, 7_000]}
    assert donut_centre(chart_html("donut", sessions, lang="de", total_label="Gesamt")) == "19.000|Gesamt"


def test_english_is_as_it_was() -> None:
    assert number_style("en").units == number_style("en-US").units == ENGLISH_UNITS
    assert number_style(None) is ENGLISH_NUMBERS
    assert y_ticks(chart_html("bar", SALES)) == ["0", "1M", "2M", "3M", "4M"]
    assert y_ticks(chart_html("bar", SALES, lang="en")) == ["0", "1M", "2M", "3M", "4M"]
    assert tick_labels(nice_ticks(0, 1.3e6)) == ["0", "500k", "1.0M", "1.5M"]  # each tick its own unit
    assert format_number(999_999) == "1M"  # was 1,000k


def test_british_english_takes_cldrs_m_and_bn() -> None:
    assert [format_number(value, number_style("en-GB")) for value in (12_000, 1.5e6, 2.5e9)] == [
        "12k",
        "1.5m",
        "2.5bn",
    ]


# -- 5. every language as CLDR writes it --------------------------------------------------------------

LANGUAGES = [
    "ja",
    "zh",
    "ko",
    "hi",
    "ar",
    "fa",
    "he",
    "th",
    "de",
    "fr",
    "es",
    "pt",
    "it",
    "ru",
    "pl",
    "tr",
    "nl",
    "sv",
    "fi",
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_figures_in_a_unit_are_cldrs(lang: str) -> None:
    """The units and their words are Babel's `format_compact_decimal` with one decimal, for
    each power of ten that has a unit; a figure written in full keeps its grouping (12.000)."""
    style = number_style(lang)
    for value in (1500, 12_000, 250_000, 1_500_000, 3_900_000, 25_000_000, 120_000_000, 2.5e9, 1.2e12):
        ours = format_number(value, style)
        cldr = format_compact_decimal(value, format_type="short", locale=lang, fraction_digits=1)
        assert ours.replace(style.group, "") == cldr.replace(style.group, ""), (lang, value)


@pytest.mark.parametrize("lang", [*LANGUAGES, "zh-TW", "en-IN", None, "en-GB", "bn", "sw"])
def test_tick_labels_never_repeat_and_keep_round_steps(lang: str | None) -> None:
    """Whatever the range, no two ticks read alike, in units a thousand apart or not."""
    style = number_style(lang)
    spans = [10.0**exponent * factor for exponent in range(0, 14) for factor in (1, 1.3, 2.2, 3.7, 6.5)]
    for high, low in itertools.product(spans, (0.0, -0.4)):
        labels = tick_labels(nice_ticks(low * high, high), style)
        assert len(set(labels)) == len(labels), (high, lang, labels)


def test_units_come_from_powers_of_ten() -> None:
    """Every CLDR unit divides by a power of ten (万 10^4, lakh 10^5), so the axis' 1-2-2.5-5
    steps are as round in it; and a unit's words may come before the figure (Swahili's elfu)."""
    for lang in [*LANGUAGES, "zh-TW", "en-IN", "bn", "sw"]:
        for unit in number_style(lang).units:
            assert 10.0 ** round(math.log10(unit.divisor)) == unit.divisor, (lang, unit)
    assert format_number(1500, number_style("sw")) == f"elfu{NB}1.5"
