"""A card's badge in a tone of its own: `badge: {text: LIVE, variant: danger}` draws that tone,
LIVE alone is red (a match or a broadcast under way), a status word keeps its tone, and the ways an
agent tries to say the tone otherwise are told the object form."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.validate import ValidationResult, validate_document
from tests.support.elements import render_element


def _said(result: ValidationResult) -> list[tuple[str, str, str | None]]:
    return [(issue.path, issue.message, issue.suggestion) for issue in [*result.errors, *result.warnings]]


def _cards(*cards: dict[str, Any]) -> dict[str, Any]:
    return {"width": 420, "height": 300, "elements": [{"type": "card", "title": "Match", **c} for c in cards]}


@pytest.mark.parametrize(
    ("badge", "pill"),
    [
        ({"text": "LIVE", "variant": "danger"}, '<span class="dsl-badge dsl-badge--danger dsl-card-badge">'),
        ({"text": "LIVE", "variant": "Success"}, '<span class="dsl-badge dsl-badge--success dsl-card-badge">'),
        ({"text": "Beta", "variant": "error"}, '<span class="dsl-badge dsl-badge--danger dsl-card-badge">'),
        ({"text": "Paid", "variant": "sparkly"}, '<span class="dsl-badge dsl-badge--success dsl-card-badge">'),
        ({"text": 3}, '<span class="dsl-badge dsl-badge--primary dsl-card-badge">'),
        ("LIVE", '<span class="dsl-badge dsl-badge--danger dsl-card-badge">'),
        ("Live now", '<span class="dsl-badge dsl-badge--danger dsl-card-badge">'),
        ("Active", '<span class="dsl-badge dsl-badge--success dsl-card-badge">'),
        ("Most popular", '<span class="dsl-badge dsl-badge--primary dsl-card-badge">'),
    ],
    ids=["danger", "any case", "a badge's own synonym", "unknown: the word's tone", "a count", "LIVE",
         "live now", "status word", "other words"],
)  # fmt: skip
def test_a_cards_badge_takes_its_variant_else_its_words_tone(badge: Any, pill: str) -> None:
    html = render_element(type="card", title="T1 vs Gen.G", badge=badge)
    assert pill in html, html
    words = badge["text"] if isinstance(badge, dict) else badge
    assert f'<span class="dsl-badge-text">{words}</span>' in html


def test_a_badge_with_its_tone_is_valid_on_a_card_and_its_unknown_variant_is_told() -> None:
    result = validate_document(_cards({"badge": {"text": "LIVE", "variant": "danger"}}))
    assert result.ok and not result.warnings, _said(result)
    told = validate_document(_cards({"badge": {"text": "LIVE", "variant": "green"}}))
    assert told.ok
    assert _said(told) == [
        ("/elements/0/badge/variant", "'green' is not a variant of 'badge'", "did you mean 'success'?")
    ]


def test_a_tables_live_status_stays_green() -> None:
    """LIVE is red only as a pill beside a title: a status column's Live is a site up and running."""
    html = render_element(
        type="table", columns=["Site", "Status"], rows=[["Shop", "Live"], ["Blog", "Paused"]]
    )
    assert '<span class="dsl-pill dsl-pill--success"><i></i>Live</span>' in html


def test_a_buttons_badge_with_a_tone_is_drawn_as_its_count_and_the_tone_told_undrawn() -> None:
    document = {"elements": [{"type": "button", "label": "Cart", "badge": {"text": 3, "variant": "primary"}}]}
    result = validate_document(document)
    assert result.ok
    assert _said(result) == [
        (
            "/elements/0/badge/variant",
            "a button's badge is always drawn as a red count; its variant is not drawn",
            "write the count alone: badge: 3, or put a badge element beside the button",
        )
    ]
    html = render_element(type="button", label="Cart", badge={"text": 3, "variant": "primary"})
    assert '<span class="dsl-button-badge">3</span>' in html


@pytest.mark.parametrize("field", ["badgeVariant", "badgeColor", "badge_tone"])
def test_a_badge_tone_beside_the_badge_is_told_the_object_form_not_the_cards_variant(field: str) -> None:
    """`badgeVariant` was told "did you mean 'variant'?", which tones the whole card."""
    result = validate_document(_cards({"badge": "LIVE", field: "danger"}))
    assert _said(result) == [
        (
            f"/elements/0/{field}",
            f"unknown field '{field}'",
            "a card's badge takes its tone with its words: badge: {text: LIVE, variant: danger} (neutral, "
            "primary, success, warning, danger, info, outline or solid); the card's own variant tones the "
            "whole card",
        )
    ]


def test_a_badge_objects_other_names_for_its_words_and_tone_are_told() -> None:
    result = validate_document(_cards({"badge": {"label": "LIVE", "tone": "danger"}}))
    assert [(path, suggestion) for path, _, suggestion in _said(result)] == [
        ("/elements/0/badge/label", "did you mean 'text'? The badge's words: {text: LIVE, variant: danger}"),
        ("/elements/0/badge/tone", "did you mean 'variant'? The badge's tone: {text: LIVE, variant: danger}"),
    ]


def test_a_list_rows_badge_object_is_still_told_its_rows_variant() -> None:
    document = {
        "elements": [{"type": "list", "items": [{"label": "a", "badge": {"text": "x", "variant": "danger"}}]}]
    }
    (error,) = validate_document(document).errors
    assert error.suggestion is not None and error.suggestion.startswith(
        "badge is the words themselves, the entry's variant its tone"
    )
