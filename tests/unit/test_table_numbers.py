"""A table's figures: no significant digit lost (0.0003 drew "0", 3.14159265 drew "3.14"), and the
figures of a column lined up on their points: zeros up to two decimals, blank room past them."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.table_numbers import column_decimals, format_figure, text_figure_parts
from tests.support.elements import render_element


def _cells(html: str) -> list[str]:
    """The right-aligned cells' texts, their blank room (`dsl-table-room`) written as `_`."""
    cells = re.findall(r'<td class="is-right[^"]*">(.*?)</td>', html)
    room = r'<span class="dsl-table-room" aria-hidden="true">([^<]*)</span>'
    return [re.sub(r"<[^>]+>", "", re.sub(room, lambda m: "_" * len(m[1]), cell)) for cell in cells]


@pytest.mark.parametrize(
    ("value", "shown"),
    [(0.0003, "0.0003"), (0.00012, "0.00012"), (1e-7, "0.0000001"), (3.14159265, "3.14159265"),
     (1234.5678, "1,234.5678"), (123456789.987, "123,456,789.987"), (2.5e-12, "2.5×10⁻¹²"), (-1e-10, "-1×10⁻¹⁰"),
     (86000, "86,000"), (86000.0, "86,000"), (0.0, "0")],
)  # fmt: skip
def test_a_number_keeps_its_significant_digits(value: float, shown: str) -> None:
    assert format_figure(value, grouped=True) == shown


def test_a_number_is_padded_to_its_columns_decimals_but_never_cut() -> None:
    assert format_figure(1200, grouped=True, decimals=2) == "1,200.00"
    assert format_figure(96903.1, grouped=True, decimals=2) == "96,903.10"
    assert format_figure(3.14159265, grouped=True, decimals=2) == "3.14159265"


def test_a_columns_decimals_are_the_most_one_of_its_numbers_has_up_to_four() -> None:
    assert column_decimals([56919.82, 96903.1, 1200]) == 2
    assert column_decimals([1, 2, 3]) == 0
    assert column_decimals([0.00012, 1.5]) == 4
    assert column_decimals(["$1,200", "$86,000.5", None, "—"]) == 1
    # `4.986` might be 4,986 written the German way, unless the column's points are decimal ones
    assert column_decimals(["4.986", "12.000"]) == 0
    assert column_decimals(["0.5", "4.986"]) == column_decimals(["1,585.200", "4.986"]) == 3


@pytest.mark.parametrize(
    ("text", "shown"),
    [("$1,200", "$1,200.00"), ("$96,903.1", "$96,903.10"), ("($412.3)", "($412.30)"), ("-3.2%", "-3.20%"),
     ("12 USD", "12.00 USD"), ("1.234,5 €", "1.234,5 €"), ("1.2k", "1.2k"), ("12.000", "12.000")],
)  # fmt: skip
def test_a_text_figure_with_a_decimal_point_is_padded_others_stay_as_written(text: str, shown: str) -> None:
    head, room, after = text_figure_parts(text, 2)
    assert head + after == shown and room == ""


@pytest.mark.parametrize(
    ("text", "parts"),
    [("67,412.50", ("67,412.50", "00", "")), ("0", ("0.00", "00", "")), ("+1,585.2", ("+1,585.20", "00", "")),
     ("-0.0120", ("-0.0120", "", "")), ("12.5%", ("12.50", "00", "%")), ("0.00012", ("0.00012", "", ""))],
)  # fmt: skip
def test_past_two_decimals_a_text_figure_gets_blank_room_not_zeros(
    text: str, parts: tuple[str, str, str]
) -> None:
    """Prices at several tick sizes were all padded to four decimals: `0` drew `0.0000`."""
    assert text_figure_parts(text, 4) == parts


def test_a_table_draws_small_numbers_with_their_digits() -> None:
    html = render_element(
        type="table", columns=["Metric", "Value"], rows=[["a", 0.0003], ["b", 1e-7], ["c", 3]]
    )
    assert _cells(html) == ["0.0003", "0.0000001", "3.00__"]


def test_the_decimal_points_of_a_numeric_column_line_up() -> None:
    html = render_element(
        type="table",
        columns=["Account", "Balance"],
        rows=[["Alpha", 56919.82], ["Beta", 96903.1], ["Gamma", 1200]],
    )
    assert _cells(html) == ["56,919.82", "96,903.10", "1,200.00"]


def test_a_currency_column_written_as_text_lines_up_too() -> None:
    html = render_element(type="table", columns=["Item", "Price"], rows=[["A", "$1,200"], ["B", "$86,000.5"]])
    assert _cells(html) == ["$1,200.0", "$86,000.5"]


def test_a_column_of_identifiers_is_not_padded() -> None:
    html = render_element(type="table", columns=["Order ID", "Total"], rows=[[8812, 12.5], [8813, 3]])
    assert _cells(html) == ["8812", "12.5", "8813", "3.0"]


def test_a_price_column_keeps_each_figures_decimals_and_lines_up_its_points() -> None:
    html = render_element(
        type="table", columns=["Symbol", "Last"], rows=[["BTC", "67,412.50"], ["XRP", "0.5231"], ["SOL", "0"]]
    )
    assert _cells(html) == ["67,412.50__", "0.5231", "0.00__"]


def test_three_decimals_are_decimals_where_the_columns_other_points_are() -> None:
    """`4.986` was left as written (it might be 4,986) beside `0.5248` and `15012.92`, its point
    out of line; the column's other figures say how it writes its points."""
    html = render_element(
        type="table",
        columns=["Asset", "Amount"],
        rows=[["SOL", "0.5248"], ["USDC", "15012.92"], ["SOL", "4.986"]],
    )
    assert _cells(html) == ["0.5248", "15012.92__", "4.986_"]
