"""A list row's badge in its row's tone (`{badge: Worsening, variant: danger}`), the hint for a
badge written as an object, and the warning for a tone with nothing to colour."""

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


def test_a_rows_tone_with_nothing_to_colour_warns() -> None:
    result = validate_document(_list({"label": "Hypertension", "description": "I10", "variant": "danger"}))
    assert result.errors == []
    assert [(w.path, w.code) for w in result.warnings] == [("/elements/0/items/0/variant", "field_ignored")]


def test_a_rows_tone_with_a_badge_value_or_checklist_check_does_not_warn() -> None:
    for item, fields in (
        ({"label": "CKD", "badge": "Worsening", "variant": "danger"}, {}),
        ({"label": "Refund", "value": "-$40", "variant": "danger"}, {}),
        ({"label": "Backups", "variant": "success"}, {"variant": "checklist"}),
    ):
        assert validate_document(_list(item, **fields)).warnings == [], item
