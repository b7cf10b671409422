"""Gains and losses outside a stat: a table's change column and a list's signed percent badge
are green and red by sign; balances, unsigned figures and other badges are left as they were."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler.signed_changes import names_change, signed_tone
from kernel.dsl.model import Column
from tests.support.elements import render_element


@pytest.mark.parametrize(
    ("text", "tone"),
    [
        ("+2.41%", "success"), ("-3.76%", "danger"), ("−3.76%", "danger"), ("+1,585.20", "success"),
        ("-$800", "danger"), ("+12 pts", "success"), ("+0.00%", "neutral"), ("-0", "neutral"),
        ("2.41%", None), ("$1,200", None), ("-", None), ("+ more", None), ("2025-01-02", None),
        ("-١٠٤٫٠٠ ر.س", "danger"), ("+١٬٢٣٤٫٥٠", "success"), ("-۱۰۴٫۰۰", "danger"), ("-٠٫٠٠", "neutral"),
    ],
)  # fmt: skip
def test_a_figure_with_its_sign_has_the_tone_of_its_sign(text: str, tone: str | None) -> None:
    assert signed_tone(text) == tone


@pytest.mark.parametrize("label", ["Change", "24h", "Δ", "P&L", "Gain/Loss", "Return", "% chg", "%", "YTD"])
def test_headers_that_name_a_change(label: str) -> None:
    assert names_change(Column(label=label))


@pytest.mark.parametrize("label", ["Balance", "Price", "Amount", "Symbol", "Exchange", "Share of total"])
def test_headers_that_name_no_change(label: str) -> None:
    assert not names_change(Column(label=label))


def cells(columns: list[Any], rows: list[list[Any]]) -> str:
    return render_element(type="table", columns=columns, rows=rows)


def test_a_change_columns_signed_figures_are_green_and_red() -> None:
    html = cells(["Symbol", "Change"], [["BTC", "+2.41%"], ["SOL", "-3.76%"], ["ETH", "0.00%"]])
    assert '<td class="is-right is-gain">+2.41%</td>' in html
    assert re.search(r'<td class="is-right is-loss">.*?3\.76.*?%</td>', html)
    assert '<td class="is-right">0.00%</td>' in html


def test_a_change_columns_negative_numbers_and_brackets_are_losses() -> None:
    html = cells(["Day", "P&L"], [["Mon", 1200], ["Tue", -800], ["Wed", "(3.5%)"]])
    assert html.count("is-loss") == 2
    assert "is-gain" not in html  # an unsigned 1,200 may be a level: left plain


def test_a_column_of_signed_figures_is_toned_without_a_change_header() -> None:
    html = cells(["Symbol", "Today"], [["BTC", "+1,585.20"], ["SOL", "-12.10"]])
    assert "is-gain" in html and "is-loss" in html


def test_a_balance_columns_negatives_stay_plain() -> None:
    """Negatives alone say nothing of a change: no plus among them, no change in the header."""
    html = cells(["Account", "Balance"], [["Card", "-$50.00"], ["Loan", "-$1,200.00"], ["Cash", 300]])
    assert "is-loss" not in html and "is-gain" not in html
    assert "is-loss" not in cells(["Account", "Balance"], [["Card", -50], ["Loan", -1200]])


def test_a_columns_own_colour_turns_the_tones_off() -> None:
    html = cells(["Symbol", {"label": "Change", "color": "inherit"}], [["BTC", "+2.41%"], ["SOL", "-3.76%"]])
    assert "is-gain" not in html and "is-loss" not in html


@pytest.mark.parametrize(
    ("badge", "tone"),
    [("+2.41%", "success"), ("-3.76%", "danger"), ("+0.0%", "neutral"), ("+3", "neutral"), ("New", "info")],
)
def test_a_list_badge_of_a_signed_percent_is_toned_by_its_sign(badge: str, tone: str) -> None:
    html = render_element(type="list", items=[{"label": "Bitcoin", "value": "$16,724.55", "badge": badge}])
    assert f"dsl-pill dsl-pill--{tone}" in html


def bar_groups(data: dict[str, Any]) -> list[str]:
    html = render_element(type="chart", variant="bar", layout={"height": 200}, data=data)
    return re.findall(r'<g class="dsl-chart-bars([^"]*)" style="fill:([^"]*)">', html)


def test_a_single_series_bars_below_zero_are_losses() -> None:
    groups = bar_groups({"labels": ["Mon", "Tue", "Wed"], "values": [1200, -800, 450]})
    assert groups[1] == (" is-loss", "var(--danger)")
    assert len(groups) == 2


def test_bars_of_several_series_or_of_an_own_colour_keep_their_colour() -> None:
    two = {
        "labels": ["Q1", "Q2"],
        "series": [{"name": "A", "values": [3, -2]}, {"name": "B", "values": [-1, 2]}],
    }
    assert all(name == "" for name, _ in bar_groups(two))
    own = {"labels": ["Q1", "Q2"], "series": [{"name": "P&L", "values": [3, -2], "color": "#0ea5e9"}]}
    assert bar_groups(own) == [("", "#0ea5e9")]
