"""On real Chromium: a long heading in a page header row (back button, title, "Active" badge,
spacer, buttons) wraps with its lines filled, so the badge sits by the title's words: balanced,
its lines were narrowed but not its box, and the badge sat some 340 px past the text. Before a
spacer a heading stays balanced."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    Box,
    box_in,
    column_runs,
    is_blue,
    is_text,
    painted,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

TITLE = "Organic Cotton Crewneck Sweatshirt – Heather Oatmeal (Limited Edition Autumn Drop 2025, Tall Fit)"
WORD_SPACE_MIN = 6
"""Letters of a word at 24 px sit closer than this; words, a space (some 9 px) apart."""


def header(*after_title: dict[str, Any]) -> dict[str, Any]:
    return {
        "width": 1280,
        "height": 200,
        "css": painted(".dsl-badge", "#0000ff"),
        "elements": [
            {
                "type": "row",
                "align": "center",
                "children": [
                    {"type": "button", "icon": "arrow-left", "variant": "ghost"},
                    {"type": "heading", "level": 2, "text": TITLE},
                    *after_title,
                    {"type": "button", "label": "Duplicate", "variant": "outline"},
                    {"type": "button", "label": "Save"},
                ],
            }
        ],
    }


def words(shown: Image.Image, line: Box) -> list[tuple[int, int]]:
    """The (left, right) of each word on `line`: runs of ink closer than a word space merged."""
    merged: list[tuple[int, int]] = []
    for left, right in column_runs(shown, is_text, line):
        if merged and left - merged[-1][1] < WORD_SPACE_MIN:
            merged[-1] = (merged[-1][0], right)
        else:
            merged.append((left, right))
    return merged


async def test_the_badge_sits_by_the_wrapped_titles_words(pool: ChromiumPool) -> None:
    badge = {"type": "badge", "text": "Active", "variant": "success"}
    _, image = await render_dsl(pool, header(badge, {"type": "spacer"}), scale=1)
    shown = rgb(image.data)
    badge_box = box_in(shown, is_blue, (0, 0, shown.width, shown.height))
    title_area = (56, 0, badge_box[0], shown.height)  # right of the back button's arrow
    lines = row_runs(shown, is_text, title_area)
    assert len(lines) == 2, lines  # the title wraps
    title = box_in(shown, is_text, title_area)
    # The first line holds every word that fits: what is left before the badge is less than the
    # word that went to the next line, its space and the row's gap.
    next_word = words(shown, (title_area[0], lines[1][0], title_area[2], lines[1][1]))[0]
    gap = badge_box[0] - title[2]
    assert gap < (next_word[1] - next_word[0]) + 2 * WORD_SPACE_MIN + 16, (gap, next_word)


async def test_before_a_spacer_a_heading_stays_balanced(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, header({"type": "spacer"}), scale=1)
    shown = rgb(image.data)
    buttons = box_in(shown, lambda c: c[2] > 180 and c[2] - c[0] > 80, (0, 0, shown.width, shown.height))
    lines = row_runs(shown, is_text, (56, 0, buttons[0] - 120, shown.height))
    assert len(lines) == 2, lines
    ends = [box_in(shown, is_text, (56, top, buttons[0] - 120, bottom))[2] for top, bottom in lines]
    assert abs(ends[0] - ends[1]) < 0.25 * (ends[0] - 56), ends  # lines of about one length
