"""A list row's badge in its row's tone (`{badge: Worsening, variant: danger}`), the hint for a
badge written as an object, and the label of a toned row with no value nor badge in its tone (a
red "Sign out")."""

from __future__ import annotations

from typing import Any

from kernel.dsl.validate import validate_document
from tests.support.elements import render_element


def _list(*items: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"width": 500, "height": 400, "elements": [{"type": "list", "items": list(items), **fields}]}


def test_a_rows_variant_colours_its_badge_else_the_badges_word_does() -> None:
    html = render_element(
        type="list",
        items=[
            {"label": "CKD stage 3a", "badge": "Worsening", "variant": "danger"},
            {"label": "Hypertension", "badge": "Controlled"},
            {"label": "Asthma", "badge": "Active"},
        ],
    )
    assert '<span class="dsl-pill dsl-pill--danger">Worsening</span>' in html
    assert '<span class="dsl-pill dsl-pill--neutral">Controlled</span>' in html
    assert '<span class="dsl-pill dsl-pill--success">Active</span>' in html


def test_a_badge_written_as_an_object_says_to_use_the_rows_variant() -> None:
    result = validate_document(_list({"label": "CKD", "badge": {"text": "Worsening", "variant": "danger"}}))
    (error,) = result.errors
    assert error.path == "/elements/0/items/0/badge"
    assert error.suggestion is not None and 'badge: "Worsening", variant: danger' in error.suggestion


def test_a_toned_row_with_no_value_nor_badge_is_an_action_in_its_tone_and_not_warned() -> None:
    """iOS's red "Sign out": the row's label takes the tone (it was ignored with a warning)."""
    result = validate_document(_list({"label": "Sign out", "variant": "danger"}))
    assert (result.errors, result.warnings) == ([], [])
    html = render_element(type="list", items=[{"label": "Sign out", "variant": "danger"}])
    assert '<li class="dsl-list-item is-danger is-action">' in html


def test_a_toned_row_with_a_value_badge_or_checklist_check_keeps_its_label_untoned() -> None:
    for item, fields in (
        ({"label": "CKD", "badge": "Worsening", "variant": "danger"}, {}),
        ({"label": "Refund", "value": "-$40", "variant": "danger"}, {}),
        ({"label": "Backups", "variant": "success"}, {"variant": "checklist"}),
        ({"label": "Backups", "variant": "success"}, {"ordered": True}),
    ):
        result = validate_document(_list(item, **fields))
        assert (result.errors, result.warnings) == ([], []), item
        html = render_element(type="list", items=[item], **fields)
        assert "is-action" not in html and f"is-{item['variant']}" in html, item


def test_a_primary_rows_badge_is_a_primary_count() -> None:
    html = render_element(
        type="list", items=[{"label": "Maya", "value": "10:42", "badge": 2, "variant": "primary"}]
    )
    assert '<span class="dsl-pill dsl-pill--primary">2</span>' in html


def test_beside_an_icon_only_a_danger_or_primary_row_is_an_action() -> None:
    """A red trash can's "Delete account" and a blue plus's "Add account" are actions; a passing
    check's "CI" is a status, its label untoned."""
    for tone, action in (("danger", True), ("primary", True), ("success", False), ("warning", False)):
        html = render_element(type="list", items=[{"label": "Row", "icon": "trash-2", "variant": tone}])
        assert ("is-action" in html) is action, tone
