"""Tables as admin screens draw them: numbers of identifier columns as written (IDs, years, ZIP
codes), a total row that no checkbox selects, and controls in cells (checkboxes, switches, icon
buttons, a field) drawn compact in the row."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler.elements import data_sheet, table_columns
from kernel.dsl.model import Column
from kernel.dsl.validate import validate_document
from tests.support.elements import render_element


def _row_cells(html: str, row: int) -> list[str]:
    """The inner HTML of the cells of body row `row`."""
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", html.split("<tbody>", 1)[1])
    return re.findall(r"<td[^>]*>(.*?)</td>(?=<td|$)", rows[row])


def _classes_of_column(html: str, column: int) -> list[str]:
    """The classes of each body cell of `column`."""
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", html.split("<tbody>", 1)[1])
    return [re.findall(r'<td class="([^"]*)"', row)[column] for row in rows]


# -- numbers of identifier columns ---------------------------------------------------------------


def test_ids_years_and_zip_codes_are_drawn_as_written_and_amounts_grouped() -> None:
    """The testers' rows: 8812, 2025 and 94105 drew as 8,812, 2,025 and 94,105."""
    html = render_element(
        type="table",
        columns=["ID", "Year", "Zip", "Customer", "Amount"],
        rows=[[8812, 2025, 94105, "Acme", 1200], [10443, 2024, "02139", "Lumen", 86000]],
    )
    assert _row_cells(html, 0) == ["8812", "2025", "94105", "Acme", "1,200"]
    assert _row_cells(html, 1) == ["10443", "2024", "02139", "Lumen", "86,000"]


def test_numbers_as_written_still_align_right() -> None:
    html = render_element(type="table", columns=["Name", "Invoice no"], rows=[["A", 10443], ["B", 10444]])
    assert all("is-right" in classes for classes in _classes_of_column(html, 1))


@pytest.mark.parametrize(
    ("label", "key"),
    [("#", None), ("No.", None), ("Nº", None), ("Order ID", None), ("Invoice", None), ("SKU", None),
     ("Postal code", None), ("Phone", None), ("Port", None), ("Version", None), ("PIN", None),
     ("Ref", None), ("Account", None), (None, "orderId"), (None, "invoice_no"), ("Jahr", None)],
)  # fmt: skip
def test_identifier_headers_draw_numbers_as_written(label: str | None, key: str | None) -> None:
    column = Column(label=label, key=key)
    assert table_columns._numbers_as_written(column, [1022, 10443])


@pytest.mark.parametrize(
    "label",
    ["Amount", "Order total", "Invoice amount", "Number of seats", "# of users", "Orders", "Qty", "Balance",
     "Accounts", "Revenue"],
)  # fmt: skip
def test_quantity_headers_keep_their_thousands(label: str) -> None:
    """A header naming a quantity groups its figures, beside an identifier's word too."""
    assert not table_columns._numbers_as_written(Column(label=label), [1022, 10443])


@pytest.mark.parametrize(
    ("values", "years"),
    [([1998, 2004, "2025", None], True), ([2025], True), ([1850, 2025], False), ([2025.5, 2024], False),
     (["2025", "2024"], False), ([2025, "n/a", "—"], True), ([12, 2025], False)],
)  # fmt: skip
def test_a_column_of_years_draws_them_as_written(values: list[Any], years: bool) -> None:
    assert table_columns._numbers_as_written(Column(label="Founded"), values) is years


def test_a_column_of_year_like_amounts_named_a_quantity_keeps_its_thousands() -> None:
    assert not table_columns._numbers_as_written(Column(label="Revenue"), [1950, 2040])


def test_a_shell_tables_hash_column_drew_1022_with_a_comma() -> None:
    html = render_element(type="table", columns=["#", "Name"], rows=[[14, "Quill"], [1022, "Brightline"]])
    assert _row_cells(html, 1)[0] == "1022"


def test_decimals_in_an_identifier_column_are_kept_and_not_grouped() -> None:
    html = render_element(type="table", columns=["Version", "Notes"], rows=[[2.5, "Beta"], [12000.25, "x"]])
    assert [_row_cells(html, r)[0] for r in (0, 1)] == ["2.5", "12000.25"]


# -- total rows in a selectable table ------------------------------------------------------------


def _selectable(**fields: Any) -> str:
    return render_element(
        type="table",
        columns=["Item", {"key": "qty", "label": "Qty", "align": "right"}],
        rows=[["Alpha", 1], ["Beta", 2], ["Total", 3]],
        **fields,
    )


def test_a_total_row_has_an_empty_cell_where_the_others_have_a_checkbox() -> None:
    html = _selectable(selectable=True)
    rows = re.findall(r"<tr([^>]*)>(.*?)</tr>", html.split("<tbody>", 1)[1])
    assert [row.count('role="checkbox"') for _, row in rows] == [1, 1, 0]
    assert rows[2][0] == ' class="is-total"'
    assert rows[2][1].startswith('<td class="dsl-table-select"></td>')


def test_selecting_every_row_leaves_the_total_out_and_ticks_the_header() -> None:
    """`selectedRows: true` ticks the rows the total sums up; the header is ticked, not dashed."""
    html = _selectable(selectedRows=True)
    head = html.split("<tbody>", 1)[0]
    assert 'aria-checked="true"' in head
    assert html.count('class="is-selected"') == 2 and 'class="is-total is-selected"' not in html


def test_a_selected_row_is_tinted_over_a_striped_ones_shade() -> None:
    """The stripe's rule skips selected rows: a selected even row showed the stripe's grey."""
    rules = [rule.strip() for rule in re.findall(r"([^{}]*tr:nth-child\(even\)[^{}]*)\{", data_sheet.CSS)]
    assert rules == [".dsl-table.is-striped tbody tr:nth-child(even):not(.is-selected) td"]


# -- controls in cells ---------------------------------------------------------------------------


def _matrix(**fields: Any) -> str:
    return render_element(
        type="table",
        columns=["Resource", "View", "Edit", "", "Actions"],
        rows=[
            [
                "Invoices",
                {"type": "checkbox", "checked": True},
                {"type": "toggle", "checked": True},
                {"type": "checkbox", "checked": True},
                [
                    {"type": "button", "icon": "pencil", "variant": "ghost"},
                    {"type": "button", "icon": "trash-2"},
                ],
            ],
            [
                "Payments",
                {"type": "checkbox"},
                {"type": "toggle"},
                {"type": "checkbox"},
                {"type": "link", "text": "View"},
            ],
        ],
        **fields,
    )


def test_controls_are_drawn_in_their_cells() -> None:
    html = _matrix()
    first = _row_cells(html, 0)
    assert first[0] == "Invoices"
    assert 'class="dsl-checkbox dsl-choice is-checked"' in first[1]
    assert 'role="switch"' in first[2]
    assert first[4].count("<button") == 2
    assert all(cell.startswith('<div class="dsl-table-controls">') for cell in first[1:])


def test_a_cells_buttons_are_small_unless_sized() -> None:
    html = render_element(
        type="table",
        columns=["A", "B"],
        rows=[["x", [{"type": "button", "label": "Edit"}, {"type": "button", "label": "Go", "size": "lg"}]]],
    )
    assert "dsl-button--sm" in html and "dsl-button--lg" in html


def test_a_cells_field_is_small_and_its_avatar_as_tall_as_a_control() -> None:
    html = render_element(
        type="table",
        columns=["Qty", "Owner"],
        rows=[[{"type": "input", "value": "25"}, {"type": "avatar", "name": "Ada Lovelace"}]],
    )
    assert "is-sm" in _row_cells(html, 0)[0]
    assert "width:28px;height:28px" in _row_cells(html, 0)[1]


def test_a_column_of_choices_is_centred_and_an_actions_column_at_the_rows_end() -> None:
    html = _matrix()
    head = re.findall(r'<th class="([^"]*)"', html)
    assert head[1] == head[2] == "is-center"
    assert head[4] == "is-right is-fit"
    assert _classes_of_column(html, 1) == ["is-center has-control"] * 2
    assert _classes_of_column(html, 4) == ["is-right is-fit has-control"] * 2


def test_an_unlabelled_column_of_checkboxes_has_a_checkbox_in_its_header() -> None:
    """Ticked when all its boxes are, a dash when some are, and lined up with them."""
    some = _matrix()
    head = some.split("<tbody>", 1)[0]
    assert (
        '<th class="dsl-table-select is-checked"><span class="dsl-checkmark" role="checkbox" aria-checked="mixed">'
        in head
    )
    assert _classes_of_column(some, 3) == ["dsl-table-select has-control"] * 2
    every = render_element(
        type="table", columns=["", "Name"], rows=[[{"type": "checkbox", "checked": True}, "A"]]
    )
    assert 'aria-checked="true"' in every.split("<tbody>", 1)[0]


def test_marks_and_status_words_keep_drawing_beside_controls() -> None:
    html = render_element(
        type="table",
        columns=["Name", "Active", "Status", "Edit"],
        rows=[["A", True, "Paid", {"type": "checkbox"}], ["B", False, "Overdue", {"type": "checkbox"}]],
    )
    assert html.count("dsl-table-bool") == 2 and 'class="dsl-pill dsl-pill--success"' in html


def test_cells_with_controls_keep_the_rows_height() -> None:
    """A control's cell is padded less by half of what the control is taller than a line: the
    row is as tall as a row of text (the CSS's sum), at each size of table."""
    css = data_sheet.CSS
    assert ".dsl-table{--cell-control-h:28px}" in css
    for factor, size in ((".6", ""), (".325", ".is-sm"), (".75", ".is-lg")):
        rule = f".dsl-table{size} td.has-control{{padding-block:max(2px,calc(var(--pad) * {factor} + .7em - var(--cell-control-h) / 2))}}"
        assert rule in css


def test_a_document_with_controls_in_cells_renders_as_validated() -> None:
    """The validator's model and the compiler agree: the document validates, and each control is
    drawn with its own element's class."""
    document = {
        "elements": [
            {
                "type": "table",
                "columns": ["Item", "Qty", ""],
                "rows": [
                    {
                        "Item": "Plan",
                        "Qty": {"type": "input", "value": "25"},
                        "": {"type": "icon", "name": "check"},
                    }
                ],
            }
        ]
    }
    result = validate_document(document)
    assert result.ok, result.errors
    assert result.document is not None
    element = result.document.elements[0]
    html = render_element(**element.model_dump(exclude_none=True))
    assert "dsl-input" in html and "dsl-icon" in html
