"""A column kept to one line (`truncate: true`): its model and HTML, what validation says of a
table's `lineClamp` and of a cell's text given a `style`, and what a cut table's warning offers."""

from __future__ import annotations

from typing import Any

from kernel.dsl.compiler import compile_html
from kernel.dsl.measured.column_widths import NarrowedColumn, narrowed_column_warning
from kernel.dsl.measured.tabs_and_tables import CutTable, WrappingColumn, cut_table_warning
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_document
from kernel.errors import Issue

LONG_NAME = "Organic Cotton Crewneck Sweatshirt – Heather Oatmeal / XL (Limited Edition Autumn Drop)"


def _table(columns: list[Any], rows: list[Any], **fields: Any) -> dict[str, Any]:
    return {
        "width": 900,
        "height": 240,
        "elements": [{"type": "table", "columns": columns, "rows": rows, **fields}],
    }


def _issues(document: dict[str, Any]) -> list[Issue]:
    result = validate_document(document)
    return [*result.errors, *result.warnings]


def _is_error(document: dict[str, Any], issue: Issue) -> bool:
    return issue in validate_document(document).errors


def _at(document: dict[str, Any], path: str) -> Issue:
    found = [issue for issue in _issues(document) if issue.path == path]
    assert len(found) == 1, _issues(document)
    return found[0]


def _html(document: dict[str, Any]) -> str:
    result = validate_document(document)
    assert result.document is not None, result.errors
    return compile_html(result.document, Viewport(900, 240, 1.0))


PRODUCT = {"key": "product", "label": "Product", "width": 220, "truncate": True}


def test_a_truncated_column_draws_its_text_on_a_line_and_an_unseen_copy_that_sizes_it() -> None:
    html = _html(_table(["Order", PRODUCT], [{"Order": "#1042", "product": LONG_NAME}]))
    assert '<td class="is-left is-truncated"><span class="dsl-table-line">Organic Cotton' in html
    assert '<span class="dsl-table-sizer" aria-hidden="true">Organic Cotton' in html
    assert "is-wordy" not in html  # the least width of a column of long texts is given up


def test_a_status_badge_in_a_truncated_column_stays_a_badge() -> None:
    columns = [{"key": "status", "label": "Status", "truncate": True}]
    html = _html(_table(columns, [{"status": "Paid"}, {"status": "Pending"}]))
    assert '<td class="is-left is-truncated"><span class="dsl-pill dsl-pill--success">' in html


def test_a_nowrap_table_keeps_its_columns_with_a_width_to_one_line() -> None:
    """`whiteSpace: nowrap` made a 220 px Product column as wide as its longest name."""
    columns = ["Order", {"key": "product", "label": "Product", "width": 220}, "Customer"]
    rows = [{"Order": "#1042", "product": LONG_NAME, "Customer": "Ana Ruiz"}]
    html = _html(_table(columns, rows, style={"whiteSpace": "nowrap", "textOverflow": "ellipsis"}))
    assert html.count('<td class="is-left is-truncated">') == 1
    assert '<td class="is-left is-truncated"><span class="dsl-table-line">Organic' in html


def test_truncate_false_turns_a_nowrap_tables_cut_off() -> None:
    columns = [{"key": "product", "label": "Product", "width": 220, "truncate": False}]
    html = _html(_table(columns, [{"product": LONG_NAME}], style={"whiteSpace": "nowrap"}))
    assert '<td class="is-left is-truncated">' not in html


def test_a_tables_line_clamp_warns_with_the_column_option() -> None:
    columns = ["Order", {"key": "product", "label": "Product", "width": 220}]
    issue = _at(_table(columns, [], style={"lineClamp": 1}), "/elements/0/style/lineClamp")
    assert issue.code == "field_ignored"
    assert issue.message == "'lineClamp' clamps no cell of a table: its cells' texts are drawn whole"
    assert "{key: product, label: Product, width: 220, truncate: true}" in (issue.suggestion or "")


def test_a_text_overflow_that_cuts_no_column_warns_and_one_that_does_is_quiet() -> None:
    plain = ["Order", "Product"]
    issue = _at(_table(plain, [], style={"textOverflow": "ellipsis"}), "/elements/0/style/textOverflow")
    assert issue.code == "field_ignored"
    assert "{key: Order, width: 220, truncate: true}" in (issue.suggestion or "")
    cutting = _table(["Order", PRODUCT], [], style={"whiteSpace": "nowrap", "textOverflow": "ellipsis"})
    assert not [i for i in _issues(cutting) if i.path.startswith("/elements/0/style")]


def test_a_cells_text_with_a_style_is_told_at_the_style_naming_tone() -> None:
    """It was "missing required field 'type'" at the cell: the cell reads as a text, not an element."""
    cell = {"text": LONG_NAME, "style": {"whiteSpace": "nowrap"}}
    document = _table(["Order", PRODUCT], [{"Order": "#1042", "product": cell}])
    issue = _at(document, "/elements/0/rows/0/product/style")
    assert _is_error(document, issue) and issue.code == "unknown_field"
    assert issue.message == (
        "'style' is not allowed in a table cell: a cell of text takes 'text', 'tone' and 'description' only"
    )
    assert "tone colours the text" in (issue.suggestion or "")
    assert "truncate: true" in (issue.suggestion or "")


def test_a_toned_cells_text_with_a_style_says_the_same() -> None:
    cell = {"text": "168/98", "tone": "danger", "style": {"fontWeight": 700}}
    issue = _at(_table(["BP"], [[cell]]), "/elements/0/rows/0/0/style")
    assert issue.message.startswith("'style' is not allowed in a table cell")


def test_a_cell_with_a_colour_still_suggests_its_tone() -> None:
    issue = _at(_table(["BP"], [[{"text": "168/98", "color": "red"}]]), "/elements/0/rows/0/0/type")
    assert (issue.suggestion or "").endswith('for coloured text write {text: "168/98", tone: danger}')


def test_a_data_grids_ellipsis_column_suggests_truncate() -> None:
    """Ant Design's `ellipsis: true` was told "a picture filters, resizes and pins nothing"."""
    columns = [{"key": "product", "label": "Product", "ellipsis": True}]
    issue = _at(_table(columns, []), "/elements/0/columns/0/ellipsis")
    assert (issue.suggestion or "").startswith("did you mean truncate: true?")


def test_a_compact_cut_table_is_not_told_to_use_size_sm() -> None:
    wrapping = WrappingColumn("Product name", 4, 7)
    compact = cut_table_warning(
        CutTable("/elements/0", 234, ("Actions",), (11,), compact=True, wrapping=wrapping)
    )
    advice = compact.suggestion or ""
    assert "size: sm" not in advice
    assert "keep column 'Product name' (wrapped to 7 lines) to one line" in advice
    assert "truncate: true" in advice and "fewer columns" in advice and "wider canvas" in advice
    roomy = cut_table_warning(CutTable("/elements/0", 234, ("Actions",), (11,)))
    assert "use size: sm" in (roomy.suggestion or "") and "truncate" not in (roomy.suggestion or "")


def test_a_phone_tables_note_leaves_size_sm_out_when_it_has_it() -> None:
    table = CutTable("/elements/0", 90, ("Status",), (4,), scrolls=True, total=4, compact=True)
    assert "size: sm" not in (cut_table_warning(table).suggestion or "")


def test_a_narrowed_column_of_a_compact_table_is_not_told_to_use_size_sm() -> None:
    column = NarrowedColumn("/elements/0", "Delivery address", 3, 300, 140, compact=True)
    advice = narrowed_column_warning(column).suggestion or ""
    assert "size: sm" not in advice and "truncate: true" in advice
