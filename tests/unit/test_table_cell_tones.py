"""A table cell's text in a tone (`{text: "168/98", tone: danger}`): its validation and its HTML."""

from __future__ import annotations

from typing import Any

from kernel.dsl.validate import validate_document
from tests.support.elements import render_element


def _table(*cells: Any) -> dict[str, Any]:
    table = {"type": "table", "columns": ["Time", "BP (mmHg)"], "rows": [["08:00", cell] for cell in cells]}
    return {"width": 600, "height": 300, "elements": [table]}


def test_a_toned_cell_is_valid_and_drawn_in_its_tone_as_a_figure() -> None:
    assert validate_document(_table({"text": "168/98", "tone": "danger"}, "142/88")).errors == []
    html = render_element(
        type="table", columns=["Time", "HR"], rows=[["08:00", {"text": 112, "tone": "danger"}], ["04:00", 96]]
    )
    assert '<span class="dsl-table-tone dsl-tone-danger">112</span>' in html
    assert html.count('class="is-right') >= 2, "the toned number keeps its column of figures right-aligned"


def test_a_toned_status_word_is_a_badge_of_that_tone() -> None:
    html = render_element(
        type="table",
        columns=["Bed", "Status"],
        rows=[["4B-01", {"text": "Paid", "tone": "warning"}], ["4B-02", "Paid"]],
    )
    assert html.count("dsl-pill--warning") == 1 and html.count("dsl-pill--success") == 1


def test_an_unknown_tone_is_an_error_at_its_path_with_the_nearest_tone() -> None:
    errors = validate_document(_table({"text": "168/98", "tone": "dangr"})).errors
    assert [e.path for e in errors] == ["/elements/0/rows/0/1/tone"]
    assert "danger" in errors[0].message + (errors[0].suggestion or "")


def test_a_colour_beside_a_cell_text_suggests_the_tone() -> None:
    errors = validate_document(_table({"text": "168/98", "color": "red"})).errors
    assert len(errors) == 1 and errors[0].path.startswith("/elements/0/rows/0/1")
    assert '{text: "168/98", tone: danger}' in (errors[0].suggestion or ""), errors[0]


def test_a_text_element_in_a_cell_suggests_a_toned_text() -> None:
    cell = {"type": "text", "text": "168/98", "style": {"color": "red"}}
    errors = validate_document(_table(cell)).errors
    assert any("tone: danger" in (e.suggestion or e.message) for e in errors), errors
