"""Tables as a design review found them: an invoice's totals (Subtotal, VAT, Total) drawn without
dashes, their labels spanning the blank cells after them, and judged apart from the columns; the
selection's tint; the labels of choices in a cell at the cell's font size and, when short, on
one line."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler.elements import data_sheet
from tests.support.css_rules import css_rule
from tests.support.elements import render_element


def _rows(html: str) -> list[tuple[str, list[str]]]:
    """Each body row: its class attribute, and its cells' opening tags and contents."""
    body = html.split("<tbody>", 1)[1]
    return [
        (attrs, re.findall(r"(<td[^>]*>.*?</td>)(?=<td|$)", cells))
        for attrs, cells in re.findall(r"<tr([^>]*)>(.*?)</tr>", body)
    ]


def _classes(cell: str) -> list[str]:
    match = re.match(r'<td[^>]*class="([^"]*)"', cell)
    return match.group(1).split() if match else []


INVOICE_ROWS: list[dict[str, Any]] = [
    {"n": 1, "item": "Design retainer", "qty": 1, "price": "$4,000.00", "amount": "$4,000.00",
     "x": {"type": "button", "icon": "x", "variant": "ghost"}},
    {"n": 2, "item": "Revisions", "qty": 6, "price": "$120.00", "amount": "$720.00",
     "x": {"type": "button", "icon": "x", "variant": "ghost"}},
    {"n": "", "item": "Subtotal", "amount": "$4,720.00"},
    {"n": "", "item": "VAT 19%", "amount": "$896.80"},
    {"n": "Total", "item": "", "amount": "$5,616.80"},
]  # fmt: skip
INVOICE_COLUMNS = [{"key": "n", "label": "#"}, {"key": "item", "label": "Item"}, {"key": "qty", "label": "Qty"},
                   {"key": "price", "label": "Unit price"}, {"key": "amount", "label": "Amount"},
                   {"key": "x", "label": ""}]  # fmt: skip


def _invoice() -> list[tuple[str, list[str]]]:
    return _rows(render_element(type="table", columns=INVOICE_COLUMNS, rows=INVOICE_ROWS))


# -- totals ---------------------------------------------------------------------------------------


def test_an_invoices_subtotal_and_summary_lines_are_totals_with_the_total() -> None:
    """Subtotal, VAT 19% and Total are the totals; the lines of items are not."""
    assert [attrs for attrs, _ in _invoice()] == [
        "",
        "",
        ' class="is-total"',
        ' class="is-total"',
        ' class="is-total"',
    ]


def test_a_totals_missing_cells_are_blank_and_its_label_spans_the_blank_ones_after_it() -> None:
    """The Subtotal drew a dash under Qty, Unit price and the actions: now its "#" is blank, its
    label spans Item, Qty and Unit price, and the actions cell is empty. "Total" spans "#" to
    Unit price."""
    _, _, subtotal, vat, total = _invoice()
    for _, cells in (subtotal, vat, total):
        assert not any("dsl-table-none" in cell or "—" in cell for cell in cells), cells
    assert [re.sub(r"<[^>]+>", "", cell) for cell in subtotal[1]] == ["", "Subtotal", "$4,720.00", ""]
    assert 'colspan="3"' in subtotal[1][1] and "dsl-table-label" in _classes(subtotal[1][1])
    assert [re.sub(r"<[^>]+>", "", cell) for cell in total[1]] == ["Total", "$5,616.80", ""]
    assert 'colspan="4"' in total[1][0]


def test_an_ordinary_rows_missing_cell_keeps_its_dash() -> None:
    html = render_element(
        type="table", columns=["Item", "Qty", "Amount"], rows=[["A", None, "$1"], ["Total", "", "$1"]]
    )
    (_, first), (_, total) = _rows(html)
    assert '<span class="dsl-table-none">—</span>' in first[1]
    assert 'colspan="2"' in total[0]


def test_columns_are_judged_without_the_totals() -> None:
    """With "Total" in it, the "#" column was text (as wide as "Total", 150 px in a wide table)
    and an Order column of numbers was aligned left; both are judged by their rows alone."""
    index = _rows(
        render_element(
            type="table",
            columns=["#", "Item", "Amount"],
            rows=[[1, "Design", "$4,000.00"], [2, "Revisions", "$720.00"], ["Total", "", "$4,720.00"]],
        )
    )
    assert all({"is-right", "is-fit"} <= set(_classes(cells[0])) for _, cells in index[:2])
    orders = _rows(
        render_element(
            type="table",
            columns=[{"key": "order", "label": "Order"}, "Customer", "Total"],
            rows=[[1042, "Lumen", "$1,200.00"], [1043, "Acme", "$860.00"], ["Total", "", "$2,060.00"]],
        )
    )
    assert [re.sub(r"<[^>]+>", "", cells[0]) for _, cells in orders[:2]] == ["1042", "1043"]
    assert all("is-right" in _classes(cells[0]) for _, cells in orders[:2])


def test_a_totals_label_in_a_column_of_statuses_is_no_badge() -> None:
    html = render_element(
        type="table", columns=["Status", "Amount"], rows=[["Paid", "$1"], ["Pending", "$2"], ["Total", "$3"]]
    )
    *_, (_, total) = _rows(html)
    assert "dsl-pill" not in total[0] and ">Total<" in total[0]


@pytest.mark.parametrize(
    ("rows", "totals"),
    [
        # a group's subtotal in the middle: the rows after it are rows of items
        ([["A1", "x", "$1"], ["Subtotal A", "", "$1"], ["B1", "y", "$2"], ["Total", "", "$3"]], 1),
        # summary lines without a subtotal above them stay rows
        ([["A", "x", "$1"], ["Shipping", "", "$2"], ["Total", "", "$3"]], 1),
        ([["A", "x", "$1"], ["Subtotal", "", "$1"], ["Tax", "", "$0.10"], ["Total", "", "$1.10"]], 3),
        ([["Subtotal", "", "$1"], ["Total", "", "$1"]], 1),  # one row at least is no total
        ([["A", "x", "$1"], ["", "Total", "$1"]], 1),  # the label after a blank cell
    ],
)
def test_which_rows_are_totals(rows: list[list[Any]], totals: int) -> None:
    html = render_element(type="table", columns=["Item", "Note", "Amount"], rows=rows)
    assert [attrs for attrs, _ in _rows(html)].count(' class="is-total"') == totals


@pytest.mark.parametrize(
    ("rows", "totals"),
    [
        # a checkout's breakdown: Subtotal, its filled lines and Total, as with three columns
        ([["Fare", "$1,248.00"], ["Bag", "$60.00"], ["Subtotal", "$1,308.00"], ["Taxes & fees", "$71.40"],
          ["Total", "$1,379.40"]], 3),
        ([["Fare", "$10"], ["Subtotal (1 item)", "$10"], ["Shipping", "$2"], ["Total", "$12"]], 3),
        ([["Fare", "$10"], ["Zwischensumme", "$10"], ["MwSt. 19 %", "$1.90"], ["Gesamt", "$11.90"]], 3),
        # a group's named subtotal: the items after it stay rows
        ([["A1", "$1"], ["Subtotal A", "$1"], ["B1", "$2"], ["Total", "$3"]], 1),
        # more filled lines than a breakdown holds are items
        ([["A", "$1"], ["Subtotal", "$1"], *[[f"B{n}", "$1"] for n in range(5)], ["Total", "$6"]], 1),
        # no subtotal: the lines above the total stay rows
        ([["A", "$1"], ["Shipping", "$2"], ["Total", "$3"]], 1),
    ],
)  # fmt: skip
def test_which_rows_of_two_columns_are_totals(rows: list[list[Any]], totals: int) -> None:
    """A two-column breakdown (Item, Amount) fills every cell, so its Taxes line had no blank and
    only its Total was under the rule; a bare Subtotal now heads its few lines, as with three."""
    html = render_element(type="table", columns=["Item", "Amount"], rows=rows)
    assert [attrs for attrs, _ in _rows(html)].count(' class="is-total"') == totals


def test_no_total_row_is_selected_and_the_header_counts_the_others() -> None:
    html = render_element(type="table", columns=INVOICE_COLUMNS, rows=INVOICE_ROWS, selectedRows=True)
    head = html.split("<tbody>", 1)[0]
    assert 'aria-checked="true"' in head
    rows = _rows(html)
    assert [attrs for attrs, _ in rows[:2]] == [' class="is-selected"'] * 2
    assert all(cells[0] == '<td class="dsl-table-select"></td>' for _, cells in rows[2:])


def test_the_first_total_is_under_the_rule_and_the_last_is_bold() -> None:
    assert css_rule(".dsl-table tbody tr:not(.is-total)+tr.is-total td", data_sheet.CSS) == {
        "border-top": "2px solid var(--input)"
    }
    assert css_rule(".dsl-table tbody tr.is-total:last-child td", data_sheet.CSS) == {"font-weight": "600"}


# -- the selection's tint -------------------------------------------------------------------------


def test_a_selected_row_is_tinted_in_the_primary_with_a_bar_at_its_start() -> None:
    """The tint was half the primary's soft fill, (244, 244, 253) on white, the header's grey:
    the full soft fill on light, more of the primary on dark; a 2 px bar at the start side."""
    tint = css_rule(".dsl-table", data_sheet.CSS)["--row-selected"]
    assert tint == (
        "light-dark(var(--primary-soft),color-mix(in srgb,var(--primary-indicator) 10%,var(--primary-soft)))"
    )
    cells = css_rule(".dsl-table tbody tr.is-selected td", data_sheet.CSS)
    assert cells["background"] == "var(--row-selected)"
    assert cells["--muted-foreground"] == "var(--muted-foreground-on-muted)"  # muted text stays at 4.5:1
    bar = ".dsl-table tbody tr.is-selected>td:first-child"
    assert css_rule(bar, data_sheet.CSS) == {"box-shadow": "inset 2px 0 0 var(--primary-indicator)"}
    assert css_rule(f"[dir=rtl] {bar}", data_sheet.CSS) == {
        "box-shadow": "inset -2px 0 0 var(--primary-indicator)"
    }


@pytest.mark.parametrize(
    ("fields", "boxes", "selected"),
    [
        ({"selectable": False, "selectedRows": [1]}, False, [1]),
        ({"selectable": False, "selectedRows": True}, False, [0, 1, 2]),
        ({"selectable": False}, False, []),
        ({"selectedRows": [1]}, True, [1]),
        ({"selectable": True}, True, []),
    ],
)
def test_selectable_false_tints_the_selected_rows_without_checkboxes(
    fields: dict[str, Any], boxes: bool, selected: list[int]
) -> None:
    """A desktop list view highlights its selected row with no checkbox column: `selectable:
    false` with `selectedRows` dropped the highlight; now it keeps it, and only the checkboxes go."""
    html = render_element(
        type="table", columns=["Name", "Size"], rows=[["a", 1], ["b", 2], ["c", 3]], **fields
    )
    rows = _rows(html)
    assert [i for i, (attrs, _) in enumerate(rows) if "is-selected" in attrs] == selected
    assert ("dsl-table-select" in html) is boxes
    assert all(len(cells) == 2 + boxes for _, cells in rows), rows


# -- choices' labels in cells ---------------------------------------------------------------------


def test_a_radio_groups_options_and_question_take_the_cells_font_size() -> None:
    """In a `size: sm` table the options were 14 px beside 13 px cells: the rule reaches them,
    and the drawn group has the structure it selects."""
    rule = (
        ".dsl-table-controls .dsl-radio-options>.dsl-choice,.dsl-table-controls>.dsl-radio>.dsl-field-label"
    )
    assert css_rule(rule, data_sheet.CSS) == {"font-size": "inherit"}
    html = render_element(
        type="table",
        size="sm",
        columns=["Event", "Digest"],
        rows=[
            ["Mentions", {"type": "radio", "label": "How", "options": ["Instant", "Daily"], "value": "Daily"}]
        ],
    )
    controls = html.split('<div class="dsl-table-controls">', 1)[1]
    assert re.match(r'<div class="dsl-radio[ "]', controls), controls[:80]
    assert (
        'class="dsl-field-label' in controls
        and '<div class="dsl-radio-options"><div class="dsl-choice' in controls
    )


@pytest.mark.parametrize(
    ("cell", "short"),
    [
        ({"type": "checkbox", "label": "Email digest"}, True),
        ({"type": "toggle", "text": "On"}, True),
        ({"type": "radio", "options": ["Read", "Write"]}, True),
        ([{"type": "checkbox", "label": "Email"}, {"type": "button", "label": "Edit"}], True),
        ({"type": "checkbox", "label": "Send me a weekly summary of every project"}, False),
        ({"type": "checkbox"}, False),  # no label to keep whole
        ({"type": "button", "label": "Edit"}, False),
    ],
)
def test_short_choice_labels_in_a_cell_are_kept_on_one_line(cell: Any, short: bool) -> None:
    html = render_element(type="table", columns=["Name", "Notify"], rows=[["Ana", cell]])
    (_, cells), *_ = _rows(html)
    assert ("has-short-labels" in _classes(cells[1])) is short
    rule = css_rule(".dsl-table td.has-short-labels .dsl-choice-label", data_sheet.CSS)
    assert rule == {"white-space": "nowrap"}
