"""A chart's `format`, `prefix` and `suffix`: the value axis' ticks of a bar, line and area chart
and a donut's total in the compiled page, in the document's language, and what the validator
says of them (an unknown format at its path with the word meant; none of the "not drawn" warning
they had)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.numbers_local import local_percent, number_affixes
from kernel.dsl.model import Document
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_document

VIEWPORT = Viewport(width=640, height=480, scale=1.0)
RATES = [0.021, 0.034, 0.042, 0.058]
"""Conversion rates written as fractions, as the BI tool exports them."""
LABELS = ["Mon", "Tue", "Wed", "Thu"]
CARTESIAN = ("bar", "line", "area")


def chart(values: list[float], lang: str | None = None, **fields: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "elements": [{"type": "chart", "data": {"labels": LABELS, "values": values}, **fields}]
    }
    if lang:
        document["lang"] = lang
    return document


def page(document: dict[str, Any]) -> str:
    return compile_html(Document.model_validate(document), VIEWPORT, theme=None, transparent=False)


def y_ticks(html: str) -> list[str]:
    return re.findall(r'class="dsl-chart-y"[^>]*>([^<]*)<', html)


def donut_total(html: str) -> str:
    found = re.search(r'<span class="dsl-chart-center[^"]*"><b>([^<]*)</b>', html)
    assert found is not None
    return found.group(1)


def percent_sign(lang: str | None) -> tuple[str, str]:
    """Where `lang` writes its percent sign, as a progress bar's percentage shows it."""
    affixes = number_affixes(local_percent(50, lang), lang)
    assert affixes is not None
    return affixes


@pytest.mark.parametrize("variant", CARTESIAN)
@pytest.mark.parametrize("lang", [None, "de", "tr"])
def test_percent_ticks_are_the_fractions_a_hundred_times_with_the_languages_percent_sign(
    variant: str, lang: str | None
) -> None:
    plain = y_ticks(page(chart([round(value * 100, 10) for value in RATES], lang, variant=variant)))
    shown = y_ticks(page(chart(RATES, lang, variant=variant, format="percent")))
    before, after = percent_sign(lang)
    assert shown == [f"{before}{tick}{after}" for tick in plain]
    assert len(shown) > 2 and all(tick.strip("%\u00a0").isdigit() for tick in shown)  # 0%, 2%, 4%, 6%


@pytest.mark.parametrize("variant", CARTESIAN)
def test_prefix_and_suffix_are_written_around_every_tick_spaces_kept(variant: str) -> None:
    values = [120.0, 340.0, 910.0, 455.0]
    plain = y_ticks(page(chart(values, variant=variant)))
    shown = y_ticks(page(chart(values, variant=variant, prefix="~", suffix=" ms")))
    assert shown == [f"~{tick} ms" for tick in plain]


@pytest.mark.parametrize("variant", CARTESIAN)
def test_full_writes_every_tick_whole_in_the_languages_groups_and_compact_as_the_axis_always_did(
    variant: str,
) -> None:
    values = [3_000_000.0, 12_400_000.0, 8_000_000.0, 5_500_000.0]
    plain = y_ticks(page(chart(values, "de", variant=variant)))
    full = y_ticks(page(chart(values, "de", variant=variant, format="full", prefix="$")))
    assert [tick.removeprefix("$").replace(".", "") for tick in full] == [
        str(round(float(re.sub(r"\D", "", tick) or 0) * 10**6)) for tick in plain
    ]  # 5 Mio. is $5.000.000 in German's groups
    assert all(tick.startswith("$") and "Mio" not in tick for tick in full)
    assert y_ticks(page(chart(values, "de", variant=variant, format="compact"))) == plain


def test_a_percent_donut_writes_its_total_as_a_percentage_with_the_values_decimals() -> None:
    html = page(chart([0.012, 0.03], variant="donut", format="percent"))
    assert donut_total(html) == f"{100 * (0.012 + 0.03):.1f}%"


def test_a_compact_donut_total_is_short_with_its_prefix_and_without_a_format_exact() -> None:
    values = [12_400.0, 3_000.0]
    exact = donut_total(page(chart(values, variant="donut", prefix="$")))
    short = donut_total(page(chart(values, variant="donut", prefix="$", format="compact")))
    assert exact == f"${sum(values):,.0f}"
    assert short == f"${sum(values) / 1000:g}k"


def test_a_pies_legend_keeps_its_shares() -> None:
    plain = page(chart([3.0, 1.0, 1.0, 5.0], variant="pie"))
    shown = page(chart([3.0, 1.0, 1.0, 5.0], variant="pie", prefix="$", format="full"))
    assert shown.count("$") == plain.count("$") and "30%" in shown


@pytest.mark.parametrize(
    "fields", [{"prefix": "$"}, {"suffix": " ms"}, {"format": "Percent"}, {"format": "short"}]
)
def test_the_value_fields_are_drawn_without_a_warning(fields: dict[str, Any]) -> None:
    result = validate_document(chart(RATES, variant="line", **fields))
    assert result.ok and not result.warnings, (result.errors, result.warnings)


def test_an_unknown_format_is_an_error_at_its_path_with_the_word_meant() -> None:
    (error,) = validate_document(chart(RATES, format="percnt")).errors
    assert (error.path, error.code) == ("/elements/0/format", "invalid_value")
    assert error.suggestion == "did you mean 'percent'?"


def test_an_icon_add_on_and_a_percent_stack_say_what_a_chart_does_not_draw() -> None:
    icon = validate_document(chart(RATES, prefix={"icon": "dollar-sign"}))
    assert [(w.path, w.code) for w in icon.warnings] == [("/elements/0/prefix", "field_ignored")]
    stacked = {
        "elements": [
            {
                "type": "chart",
                "stacked": "percent",
                "suffix": " kg",
                "data": {"labels": ["a"], "series": [{"values": [1]}, {"values": [2]}]},
            }
        ]
    }
    assert [(w.path, w.code) for w in validate_document(stacked).warnings] == [
        ("/elements/0/suffix", "field_ignored")
    ]
