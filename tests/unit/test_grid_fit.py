"""A grid's `columns` on a canvas too narrow for them: how many are drawn, and the warning."""

from __future__ import annotations

from typing import Any

from kernel.dsl.grid_fit import fit_columns, grid_fit
from kernel.dsl.validate import validate_document


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
    assert grid_fit(6, cards(6), 8, None, canvas_width=390).drawn == 3  # type: ignore[union-attr]


def test_a_grid_placed_by_its_style_or_a_childs_span_is_left_to_the_author() -> None:
    spanned = [*cards(2), {"type": "card", "title": "Wide", "style": {"gridColumn": "span 6"}}]
    assert grid_fit(12, spanned, None, None, canvas_width=390) is None
    assert grid_fit(12, cards(3), None, {"gridTemplateColumns": "1fr 2fr"}, canvas_width=390) is None


def test_a_gap_in_the_style_counts_before_the_elements_own() -> None:
    wide_gap = grid_fit(4, [{"type": "text", "text": "x"}] * 4, 8, {"columnGap": "40px"}, canvas_width=390)
    assert wide_gap is not None and wide_gap.drawn == 3


def test_twelve_columns_of_cards_on_a_phone_warn_with_the_columns_to_write() -> None:
    document = {
        "device": "mobile",
        "elements": [{"type": "grid", "columns": 12, "gap": 8, "children": cards(6)}],
    }
    result = validate_document(document)
    assert result.ok
    [issue] = [w for w in result.warnings if w.code == "grid_columns_fitted"]
    assert issue.path == "/elements/0/columns"
    assert "12 columns would be 22 px each" in issue.message
    assert "drawn as 3 columns, its 6 children in 2 rows" in issue.message
    assert issue.suggestion is not None and "columns: 3" in issue.suggestion


def test_a_grid_that_fits_says_nothing() -> None:
    document = {"device": "mobile", "elements": [{"type": "grid", "columns": 2, "children": cards(4)}]}
    assert not [w for w in validate_document(document).warnings if w.code == "grid_columns_fitted"]
