"""How a chart writes a finance reader's figures: halves rounded away from zero (1.25M is 1.3M),
a negative's minus before its prefix (-$312k), one count of decimals for the figures of one
unit ($1.0M beside $1.3M), a donut's shares in the document's language, and the warnings for
`format: percent` on values that are percentages already or with a second percent sign."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.charts.numbers import (
    ENGLISH_NUMBERS,
    format_number,
    number_style,
    shared_figures,
    tick_labels,
    total_text,
)
from kernel.dsl.compiler.charts.shares import share_text
from kernel.dsl.compiler.charts.value_format import ValueFormat
from kernel.dsl.model import Document
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_document

VIEWPORT = Viewport(width=700, height=480, scale=1.0)
NBSP = "\u00a0"


def page(document: dict[str, Any]) -> str:
    return compile_html(Document.model_validate(document), VIEWPORT, theme=None, transparent=False)


def bar_chart(values: list[float], lang: str | None = None, **fields: Any) -> dict[str, Any]:
    labels = [f"L{index}" for index in range(len(values))]
    document: dict[str, Any] = {
        "elements": [{"type": "chart", "data": {"labels": labels, "values": values}, **fields}]
    }
    if lang:
        document["lang"] = lang
    return document


@pytest.mark.parametrize(
    ("value", "written"),
    [(1_250_000, "1.3M"), (-1_250_000, "-1.3M"), (2_250, "2.3k"), (1.005, "1.01"), (0.125, "0.13")],
)
def test_halves_round_away_from_zero_on_the_decimal_as_written(value: float, written: str) -> None:
    # Python's format rounds 1.25 to 1.2 (half to even) and 1.005 to 1.00 (stored 1.00499...)
    assert format_number(value) == written


def test_totals_and_ticks_round_halves_away_from_zero_too() -> None:
    assert total_text(2_512_500, ENGLISH_NUMBERS) == "2.51M"  # 2.5125M to two decimals
    assert total_text(0.125, ENGLISH_NUMBERS, 2) == "0.13"
    assert format_number(2_250, number_style("es")) == "2,3" + NBSP + "mil"
    assert total_text(1e100, ENGLISH_NUMBERS).endswith("T")  # far past Decimal's default precision


def test_the_figures_of_one_unit_share_their_decimals_as_an_axis_ticks_do() -> None:
    assert shared_figures([3_950_000, 3_900_000, 999_950, 12, 0.25]) == ["4.0M", "3.9M", "1.0M", "12", "0.25"]
    assert shared_figures([412_000, 250_000]) == ["412k", "250k"]
    assert tick_labels([3_700_000, 3_800_000, 3_900_000, 4_000_000]) == ["3.7M", "3.8M", "3.9M", "4.0M"]


def test_a_negative_figure_writes_its_minus_before_the_prefix() -> None:
    dollars = ValueFormat(prefix="$")
    assert dollars.figure(-312_000, ENGLISH_NUMBERS) == "-$312k"
    assert dollars.tick_labels([-500_000, 0, 500_000], ENGLISH_NUMBERS) == ["-$500k", "$0", "$500k"]
    assert dollars.total(-1_250_000, ENGLISH_NUMBERS) == "-$1.25M"
    euros = ValueFormat(suffix=" €", lang="es")
    assert euros.figure(-312_000, number_style("es")) == "-312" + NBSP + "mil €"
    turkish = ValueFormat(name="percent", lang="tr")
    assert turkish.figure(-0.042, number_style("tr")) == "-%4,2"


def test_the_compiled_chart_writes_finance_figures_as_intl_does() -> None:
    html = page(
        bar_chart([1_250_000, -312_000, -1_250_000, 2_250], prefix="$", format="compact", valueLabels=True)
    )
    labels = re.findall(r'class="dsl-chart-vl[^"]*"[^>]*>([^<]*)<', html)
    assert labels == ["$1.3M", "-$312.0k", "-$1.3M", "$2.3k"]
    ticks = re.findall(r'class="dsl-chart-y"[^>]*>([^<]*)<', html)
    assert "-$500k" in ticks and "-$1.0M" in ticks and not any("$-" in tick for tick in ticks)


def test_a_donuts_legend_writes_its_shares_with_the_languages_percent_sign() -> None:
    document = {
        "lang": "es",
        "elements": [
            {"type": "chart", "variant": "donut", "data": {"Tiendas": 7_863_000, "Web": 4_120_500, "M": 4}}
        ],
    }
    shares = re.findall(r'<span class="dsl-chart-key">.*?<b>([^<]*)</b>', page(document))
    assert shares == ["66" + NBSP + "%", "34" + NBSP + "%", "&lt;1" + NBSP + "%"]
    assert [share_text(53, 1.0, lang) for lang in (None, "de", "tr")] == ["53%", "53" + NBSP + "%", "%53"]


def warnings(document: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    return [(w.path, w.code, w.suggestion) for w in validate_document(document).warnings]


def test_percent_format_on_values_that_are_percentages_already_warns_at_format() -> None:
    (found,) = validate_document(bar_chart([45, 30, 12], format="percent")).warnings
    assert (found.path, found.code) == ("/elements/0/format", "chart_format_mismatch")
    assert "look like percentages already (45 = 45%)" in found.message and "4,500%" in found.message
    assert found.suggestion is not None and "remove format: percent and write suffix: '%'" in found.suggestion


@pytest.mark.parametrize("values", [[0.45, 0.3, 0.12], [0.8, 2.5, 3.0], [0, 0.2, 0], [-1.2, 0.4]])
def test_fractions_and_rates_with_one_fraction_among_them_are_not_warned(values: list[float]) -> None:
    assert warnings(bar_chart(values, format="percent")) == []


def test_a_percent_suffix_beside_percent_format_warns_at_suffix_or_at_format_for_percentages() -> None:
    assert warnings(bar_chart([0.45, 0.3], format="percent", suffix="%")) == [
        ("/elements/0/suffix", "chart_format_mismatch", "remove suffix: '%'")
    ]
    # percentages with their own sign: the format is the one too many
    assert warnings(bar_chart([45, 30], format="Percentage", suffix=" %")) == [
        (
            "/elements/0/format",
            "chart_format_mismatch",
            "remove format: percent (suffix: '%' writes the sign)",
        )
    ]
    assert warnings(bar_chart([45, 30], suffix="%")) == []
