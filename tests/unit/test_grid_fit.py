"""A grid's `columns` on a canvas too narrow for them: how many are drawn, and the warning."""

from __future__ import annotations

from typing import Any

from kernel.dsl.grid_fit import fit_columns, grid_fit
from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import validate_for_render
from kernel.dsl.validate import validate_document
from kernel.warning_kinds import NOTE


def cards(count: int) -> list[dict[str, Any]]:
    return [{"type": "card", "title": f"Card {n}"} for n in range(count)]


def test_columns_that_keep_their_minimum_width_are_all_drawn() -> None:
    fit = fit_columns(4, available=358, gap=16, minimum=64)
    assert (fit.drawn, fit.fitted) == (4, False)
    assert round(fit.column_px, 1) == 77.5


def test_too_many_columns_become_as_many_as_keep_the_minimum() -> None:
    fit = fit_columns(12, available=358, gap=8, minimum=100)
    assert fit.fitted and fit.drawn == 3
    assert round(fit.column_px) == 22


def test_a_canvas_narrower_than_one_minimum_column_still_draws_one() -> None:
    assert fit_columns(6, available=50, gap=16, minimum=64).drawn == 1


def test_a_desktop_canvas_keeps_twelve_columns_of_cards() -> None:
    fit = grid_fit(12, cards(12), None, None, canvas_width=1440)
    assert fit is not None and not fit.fitted


def test_the_minimum_follows_the_children_cards_want_more_than_text_icons_less() -> None:
    icons = [{"type": "icon", "name": "home"}] * 6
    texts = [{"type": "text", "text": "Home"}] * 6
    assert grid_fit(6, icons, 8, None, canvas_width=390).drawn == 6  # type: ignore[union-attr]
    assert grid_fit(6, texts, 8, None, canvas_width=390).drawn == 5  # type: ignore[union-attr]
    assert grid_fit(6, cards(6), 8, None, canvas_width=390, wrap=False).drawn == 3  # type: ignore[union-attr]


def test_on_a_phone_a_card_needs_the_room_a_phone_gives_a_card() -> None:
    """Three columns of cards on a 390 px phone were 109 px each, their titles broken inside
    their words: a phone draws them one under another, a 560 px canvas two side by side."""
    assert grid_fit(3, cards(6), 16, None, canvas_width=390).drawn == 1  # type: ignore[union-attr]
    assert grid_fit(3, cards(6), 16, None, canvas_width=560).drawn == 2  # type: ignore[union-attr]
    assert not grid_fit(3, cards(6), 16, None, canvas_width=600).fitted  # type: ignore[union-attr]
    texts = [{"type": "text", "text": "Home"}] * 3
    assert not grid_fit(3, texts, 16, None, canvas_width=390).fitted  # type: ignore[union-attr]


def test_a_grid_placed_by_its_style_or_a_childs_span_is_left_to_the_author() -> None:
    spanned = [*cards(2), {"type": "card", "title": "Wide", "style": {"gridColumn": "span 6"}}]
    assert grid_fit(12, spanned, None, None, canvas_width=390) is None
    assert grid_fit(12, cards(3), None, {"gridTemplateColumns": "1fr 2fr"}, canvas_width=390) is None


def test_a_gap_in_the_style_counts_before_the_elements_own() -> None:
    wide_gap = grid_fit(4, [{"type": "text", "text": "x"}] * 4, 8, {"columnGap": "40px"}, canvas_width=390)
    assert wide_gap is not None and wide_gap.drawn == 3


def test_twelve_columns_of_cards_on_a_narrow_canvas_warn_with_the_columns_to_write() -> None:
    document = {
        "width": 700,
        "height": 400,
        "elements": [{"type": "grid", "columns": 12, "gap": 8, "children": cards(6)}],
    }
    result = validate_document(document)
    assert result.ok
    [issue] = [w for w in result.warnings if w.code == "grid_columns_fitted"]
    assert issue.path == "/elements/0/columns"
    assert "12 columns would be 47 px each" in issue.message
    assert "drawn as 6 columns" in issue.message
    assert issue.suggestion is not None and "columns: 6" in issue.suggestion


def test_a_phone_keeping_its_columns_with_wrap_false_still_warns_of_slivers() -> None:
    grid = {"type": "grid", "columns": 12, "gap": 8, "wrap": False, "children": cards(6)}
    result = validate_document({"device": "mobile", "elements": [grid]})
    [issue] = [w for w in result.warnings if w.code == "grid_columns_fitted"]
    assert "12 columns would be 22 px each" in issue.message
    assert "drawn as 3 columns, its 6 children in 2 rows" in issue.message
    assert not [w for w in validate_for_render({"device": "mobile", "elements": [grid]}, RenderOptions()).warnings
                if w.code == "grid_reflowed"]  # fmt: skip


def test_a_phones_grid_of_cards_is_told_by_the_render_as_a_note() -> None:
    """The validator leaves a phone's grid to the render, which knows the canvas it draws on
    (`--device mobile` on a desktop document too)."""
    grid = {"type": "grid", "columns": 3, "gap": 16, "children": cards(6)}
    document = {"device": "mobile", "elements": [{"type": "column", "children": [grid]}]}
    assert not [w for w in validate_document(document).warnings if w.code.startswith("grid_")]
    result = validate_for_render(document, RenderOptions(), strict=True)
    assert result.errors == []
    [note] = [w for w in result.warnings if w.code == "grid_reflowed"]
    assert note.kind == NOTE and note.path == "/elements/0/children/0/columns"
    assert "3 columns would be 109 px each in the 358 px a 390 px wide screen has" in note.message
    assert "drawn as its 6 children one under another" in note.message
    assert note.suggestion is not None and "'wrap: false' on the grid keeps its 3 columns" in note.suggestion
    desktop = {**document, "device": "desktop"}
    assert not [
        w for w in validate_for_render(desktop, RenderOptions()).warnings if w.code == "grid_reflowed"
    ]
    asked = validate_for_render(desktop, RenderOptions(device="mobile"))
    assert [w.path for w in asked.warnings if w.code == "grid_reflowed"] == ["/elements/0/children/0/columns"]


def test_a_grid_that_fits_says_nothing() -> None:
    document = {"device": "mobile", "elements": [{"type": "grid", "columns": 2, "children": cards(4)}]}
    assert not [w for w in validate_document(document).warnings if w.code == "grid_columns_fitted"]
