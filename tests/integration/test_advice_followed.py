"""Advice a warning gives, followed to the letter and drawn on real Chromium: the result is what
was meant (one flowing paragraph, a call to action on the screen), with no warning left."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml

from kernel.dsl.measured.collect import with_content_cut
from kernel.dsl.validate import validate_document
from kernel.errors import Issue
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, is_ink, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration

SENTENCE = "Choose what we **notify** you about. You can change this any time in Settings."


def phone_screen(*elements: dict[str, Any]) -> dict[str, Any]:
    return {"width": 390, "height": 240, "padding": 16, "elements": list(elements)}


def only_warning(document: dict[str, Any], code: str) -> Issue:
    result = validate_document(document)
    assert result.ok, result.errors
    found = [warning for warning in result.warnings if warning.code == code]
    assert len(found) == 1, result.warnings
    return found[0]


def line_starts(data: bytes) -> list[int]:
    """The left edge of the ink of each line of text, top to bottom."""
    picture = rgb(data)
    starts = []
    for top, bottom in row_runs(picture, is_ink, (0, 0, picture.width, picture.height)):
        ink = box_where(picture, is_ink, (0, top, picture.width, bottom))
        assert ink is not None
        starts.append(ink[0])
    return starts


async def test_bold_words_in_a_sentence_are_told_to_drop_the_marks_and_that_draws_one_paragraph(
    pool: ChromiumPool,
) -> None:
    """The earlier advice, a row of text, bold text and text, drew "you about. You can change..."
    as a column of its own beside "Choose what we notify": a row lays its children side by side."""
    warning = only_warning(phone_screen({"type": "paragraph", "text": SENTENCE}), "markup_in_text")
    assert "row" not in (warning.suggestion or "").split("):")[-1]
    written = re.search(r'text: ("[^"]*")$', warning.suggestion or "")
    assert written is not None, warning.suggestion
    text = json.loads(written.group(1))
    assert text == SENTENCE.replace("**", "")
    followed = phone_screen({"type": "paragraph", "text": text})
    assert not validate_document(followed).warnings
    _, image = await render_dsl(pool, followed)
    starts = line_starts(image.data)
    assert len(starts) >= 2 and max(starts) - min(starts) <= 3, starts  # every line from the same edge


async def test_a_bold_label_after_a_short_question_is_split_into_a_row_that_stays_one_line(
    pool: ChromiumPool,
) -> None:
    warning = only_warning(
        phone_screen({"type": "paragraph", "text": "New to Nebula? **Create an account**"}), "markup_in_text"
    )
    suggested = re.search(r"split it into a row: (\{.*\}\]\})", warning.suggestion or "")
    assert suggested is not None, warning.suggestion
    row = yaml.safe_load(suggested.group(1))
    followed = phone_screen(row)
    assert not validate_document(followed).warnings
    _, image = await render_dsl(pool, followed)
    assert len(line_starts(image.data)) == 1


ONBOARDING = {
    "device": "mobile",
    "elements": [
        {"type": "navbar", "back": True, "title": "Step 3 of 3"},
        {
            "type": "column",
            "gap": 16,
            "layout": {"height": "100%"},
            "children": [
                {"type": "heading", "text": "Stay in the loop", "level": 2},
                {"type": "spacer"},
                {"type": "button", "text": "Finish setup", "variant": "primary", "layout": {"width": "100%"}},
                {"type": "button", "text": "Skip for now", "variant": "ghost", "layout": {"width": "100%"}},
            ],
        },
    ],
}
"""A tester's onboarding screen: a `100%` column under a navbar, its buttons pinned to its bottom."""


async def test_a_full_height_column_under_a_navbar_is_named_and_flex_one_keeps_its_bottom_on_screen(
    pool: ChromiumPool,
) -> None:
    warning = only_warning(ONBOARDING, "height_past_screen")
    assert warning.path == "/elements/1/layout/height" and "style: {flex: 1}" in (warning.suggestion or "")
    prepared, image = await render_dsl(pool, ONBOARDING)
    assert image.cut_px > 0
    told = with_content_cut([issue.as_dict() for issue in prepared.warnings], image.cut_px)
    # The cut is told once, by height_past_screen at the column (flex: 1, not height: auto): no
    # content_cut repeats it at the same path with the same advice, nor at the document's /height.
    at_column = [found for found in told if found["path"] == "/elements/1/layout/height"]
    assert [found["code"] for found in at_column] == ["height_past_screen"], told
    assert not [found for found in told if found["code"] == "content_cut"], told

    column = {key: value for key, value in ONBOARDING["elements"][1].items() if key != "layout"}
    followed = {**ONBOARDING, "elements": [ONBOARDING["elements"][0], {**column, "style": {"flex": 1}}]}
    assert not validate_document(followed).warnings
    prepared, image = await render_dsl(pool, followed)
    assert image.cut_px == 0 and not image.measured_warnings
    picture = rgb(image.data)
    lines = row_runs(picture, is_ink, (0, 0, picture.width, picture.height))
    # "Skip for now" is the last ink, in the screen's bottom tenth: pinned to the bottom, not cut.
    assert lines[-1][1] > 0.9 * picture.height, (lines[-1], picture.height)
