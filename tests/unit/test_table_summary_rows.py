"""A gradebook's "Average" row: drawn as a total (bold, under a rule), and its decimals make room
in each column without turning the scores above it into 100.0 and 67.0."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.table_numbers import pads_whole_numbers
from tests.support.elements import render_element


def _rows(html: str) -> list[tuple[str, list[str]]]:
    """Each body row: its class attribute and its cells' texts, blank room (`dsl-table-room`) as `_`."""
    body = html.split("<tbody>", 1)[1]
    room = r'<span class="dsl-table-room" aria-hidden="true">([^<]*)</span>'
    return [
        (
            attrs,
            [
                re.sub(r"<[^>]+>", "", re.sub(room, lambda m: "_" * len(m[1]), cell))
                for cell in re.findall(r"<td[^>]*>(.*?)</td>", cells)
            ],
        )
        for attrs, cells in re.findall(r"<tr([^>]*)>(.*?)</tr>", body)
    ]


def gradebook(last: str) -> str:
    rows = [["Ben Okafor", 70, 100, 65], ["Eun-ji Park", 71, 52, 90], [last, 70.5, 76, 77.5]]
    return render_element(type="table", columns=["Student", "HW1", "HW2", "Final"], rows=rows)


@pytest.mark.parametrize(
    "label",
    ["Average", "Class average", "Average score", "Mean", "Avg.", "Durchschnitt", "Moyenne", "Promedio",
     "Média", "平均", "평균", "ממוצע", "المتوسط", "Średnia", "Gjennomsnitt", "Sum", "Всего", "Összesen"],
)  # fmt: skip
def test_a_last_row_of_the_average_or_the_total_is_a_total(label: str) -> None:
    *_, (attrs, _) = _rows(gradebook(label))
    assert 'class="is-total"' in attrs


def test_the_scores_stay_whole_beside_the_averages_decimals_and_the_points_line_up() -> None:
    rows = _rows(gradebook("Average"))
    assert [cells for _, cells in rows] == [
        ["Ben Okafor", "70__", "100", "65__"],
        ["Eun‑ji Park", "71__", "52", "90__"],
        ["Average", "70.5", "76", "77.5"],
    ]


def test_a_table_of_statistics_keeps_its_mean_a_row() -> None:
    rows = [["Min", 52, 3.1], ["Max", 100, 4.0], ["Mean", 74.2, 3.6]]
    html = render_element(type="table", columns=["Statistic", "Score", "GPA"], rows=rows)
    assert "is-total" not in html


def test_an_average_among_the_rows_pads_nothing_either() -> None:
    html = render_element(
        type="table", columns=["Student", "Score"], rows=[["A", 100], ["B", 67], ["C", 70.5]]
    )
    assert [cells for _, cells in _rows(html)] == [["A", "100__"], ["B", "67__"], ["C", "70.5"]]


@pytest.mark.parametrize(
    ("values", "amounts", "pads"),
    [
        ([100, 67, 70.5], False, False),  # scores and an average
        ([1200, 56919.82, 96903.1], False, True),  # amounts from JSON: cents
        (["$1,200", "$86,000.5"], False, True),  # half have decimals
        ([12, 8, 4.5], True, True),  # a Price column
        (["40%", "12.5%"], False, True),
        (["40%", "50%", "60%", "12.5%"], False, False),
        ([1, 2, 3], False, False),
    ],
)
def test_whole_numbers_get_zeros_in_columns_of_amounts_and_of_decimals_only(
    values: list[object], amounts: bool, pads: bool
) -> None:
    assert pads_whole_numbers(values, amounts=amounts) is pads


def test_money_keeps_its_cents_beside_a_totals_decimals() -> None:
    rows = [["Design", "$4,000"], ["Revisions", "$720"], ["Total", "$4,720.50"]]
    html = render_element(type="table", columns=["Item", "Amount"], rows=rows)
    assert [cells for _, cells in _rows(html)][:2] == [["Design", "$4,000.00"], ["Revisions", "$720.00"]]
    priced = render_element(type="table", columns=["Item", "Price"], rows=[["A", 12], ["B", 4.5]])
    assert [cells for _, cells in _rows(priced)] == [["A", "12.0"], ["B", "4.5"]]


@pytest.mark.parametrize(
    ("subtotal", "shipping", "total"),
    [("Промежуточный итог", "Доставка", "Итого"), ("Подытог", "Доставка", "Итого к оплате"),
     ("ยอดรวมย่อย", "ค่าจัดส่ง", "ยอดรวม"), ("Tạm tính", "Phí vận chuyển", "Tổng cộng"),
     ("Välisumma", "Toimitus", "Yhteensä"), ("Μερικό σύνολο", "Αποστολή", "Σύνολο"),
     ("उप-योग", "शिपिंग", "कुल योग"), ("المجموع الفرعي", "الشحن", "الإجمالي"),
     ("סכום ביניים", "משלוח", 'סה"כ'), ("סכום ביניים", "משלוח", "סה״כ")],
)  # fmt: skip
def test_a_checkouts_subtotal_shipping_and_total_are_totals_in_each_language(
    subtotal: str, shipping: str, total: str
) -> None:
    """A checkout's summary in Russian, Thai, Vietnamese, Finnish, Greek, Hindi, Arabic or Hebrew
    (with a straight quote in סה"כ, as keyboards type it) was drawn as three more items: only
    some languages' words were known."""
    rows = [["Headphones", "24 900"], [subtotal, "24 900"], [shipping, "900"], [total, "25 800"]]
    html = render_element(type="table", columns=["Item", "Amount"], rows=rows)
    assert ["is-total" in attrs for attrs, _ in _rows(html)] == [False, True, True, True]
