"""A table cell's second line (`{text, description}`): its validation, its HTML, and a muted
colour that reads on the table."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.css_colors import contrast, css_rgba
from kernel.dsl.compiler.elements import data_sheet
from kernel.dsl.compiler.theme import resolve_theme
from kernel.dsl.compiler.theme_variables import with_variables
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_document
from tests.support.elements import render_element

PRODUCT = {"text": "Linen shirt", "description": "SKU 2231 · Linen"}
SKU = "SKU 2231\u00a0· Linen"
"""The product's description as drawn: its middle dot kept on the line of the word before it."""
CUSTOMER = {"text": "Sophia Williams", "description": "sophia.williams@acme.io"}


def _document(columns: list[Any], rows: list[Any], width: int = 900) -> dict[str, Any]:
    return {"width": width, "height": 400, "elements": [{"type": "table", "columns": columns, "rows": rows}]}


def _html(document: dict[str, Any]) -> str:
    result = validate_document(document)
    assert result.document is not None and result.errors == [], result.errors
    return compile_html(result.document, Viewport(document["width"], document["height"], 1.0))


def test_a_description_is_a_line_of_its_own_under_the_text_and_the_tone_colours_the_text_only() -> None:
    html = render_element(
        type="table",
        columns=["Product", "Customer"],
        rows=[[PRODUCT, {"text": "Ana Ruiz", "tone": "danger", "description": "ana@acme.io"}]],
    )
    assert f'<td class="is-left">Linen shirt<span class="dsl-table-cell-desc">{SKU}</span></td>' in html
    assert (
        '<span class="dsl-table-tone dsl-tone-danger">Ana Ruiz</span>'
        '<span class="dsl-table-cell-desc">ana@acme.io</span>'
    ) in html


def test_a_figure_keeps_its_column_right_aligned_with_its_description_under_it() -> None:
    html = render_element(
        type="table",
        columns=["Order", "Total"],
        rows=[["#1042", {"text": "$1,240.00", "description": "3 items"}], ["#1043", "$12.00"]],
    )
    assert '<td class="is-right">$1,240.00<span class="dsl-table-cell-desc">' in html
    assert "$12.00</td>" in html


def test_in_a_truncated_column_each_line_keeps_to_one_line_and_a_phones_email_does_not_break() -> None:
    """On a phone an email in a column kept to one line was broken at its `<wbr>`s all the same
    ("sophia." / "williams@" / "acme.io"): the drawn lines have none, their unseen copies do."""
    columns = [
        {"key": "p", "label": "Product", "truncate": True},
        {"key": "c", "label": "Customer", "truncate": True},
    ]
    html = _html(_document(columns, [{"p": PRODUCT, "c": CUSTOMER}], width=390))
    assert f'<span class="dsl-table-line dsl-table-cell-desc">{SKU}</span>' in html
    assert f'<span class="dsl-table-sizer dsl-table-cell-desc" aria-hidden="true">{SKU}</span>' in html
    assert '<span class="dsl-table-line dsl-table-cell-desc">sophia.williams@acme.io</span>' in html
    assert '<span class="dsl-table-sizer dsl-table-cell-desc" aria-hidden="true">sophia.<wbr>' in html


def test_a_description_beside_an_icon_in_a_cell_of_controls() -> None:
    cell = [{"type": "icon", "name": "package"}, {"text": "Linen shirt", "description": "SKU 2231"}]
    html = _html(_document(["Product"], [[cell]]))
    assert (
        '<span class="dsl-table-control-text">Linen shirt<span class="dsl-table-cell-desc">SKU 2231</span></span>'
    ) in html


def test_a_text_cell_without_a_tone_is_valid() -> None:
    assert validate_document(_document(["Product"], [[PRODUCT], [{"text": "Mug"}]])).errors == []


@pytest.mark.parametrize("field", ["subtitle", "caption", "secondary", "subtext", "sub"])
def test_another_word_for_the_second_line_suggests_description(field: str) -> None:
    errors = validate_document(_document(["Customer"], [[{"text": "Ana Ruiz", field: "ana@acme.io"}]])).errors
    assert [(e.path, e.code) for e in errors] == [(f"/elements/0/rows/0/0/{field}", "unknown_field")]
    assert (errors[0].suggestion or "").startswith(
        """did you mean 'description'? {text: "Ana Ruiz", description: "ana@acme.io"}"""
    ), errors[0]


def test_a_second_line_word_beside_an_avatar_suggests_description_at_its_entry() -> None:
    cell = [{"type": "avatar", "name": "Ana Ruiz"}, {"text": "Ana Ruiz", "subtitle": "ana@acme.io"}]
    errors = validate_document(_document(["Customer"], [[cell]])).errors
    assert [e.path for e in errors] == ["/elements/0/rows/0/0/1/subtitle"]
    assert "description" in (errors[0].suggestion or "")


@pytest.mark.parametrize("base", ["light", "dark"])
def test_the_descriptions_muted_colour_reads_at_4_5_to_1_on_the_table_and_its_stripes(base: str) -> None:
    """The description is `--muted-foreground` on the table's surface and the stronger
    `--muted-foreground-on-muted` in a striped table (its tinted rows are half `--muted`)."""
    assert ".dsl-table .dsl-table-cell-desc{" in data_sheet.CSS
    assert "color:var(--muted-foreground)}" in data_sheet.CSS.split(".dsl-table .dsl-table-cell-desc{")[1]
    assert (
        ".dsl-table.is-striped .dsl-table-cell-desc{color:var(--muted-foreground-on-muted)}" in data_sheet.CSS
    )
    variables = resolve_theme(base).variables

    def colour(name: str) -> tuple[int, int, int]:
        rgba = css_rgba(with_variables(variables[name], variables))
        assert rgba is not None and rgba[3] == 1, name
        return rgba[:3]

    assert contrast(colour("muted-foreground"), colour("surface")) >= 4.5
    assert contrast(colour("muted-foreground-on-muted"), colour("muted")) >= 4.5
