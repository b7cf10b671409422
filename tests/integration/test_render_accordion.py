"""The accordion on real Chromium: an item with nothing to show is drawn closed (its chevron down,
no empty body under it), while one with an answer opens as before."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image, ImageChops

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, is_ink, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration

QUESTIONS = ["How does the free trial work?", "Can I change plans later?", "Is Flowbase GDPR compliant?"]
"""The tester's FAQ, written before its answers: the first was drawn open, its chevron up over nothing."""


async def chevrons(pool: ChromiumPool, items: list[Any]) -> list[Image.Image]:
    """Each item's chevron (the ink at the accordion's end side), top to bottom."""
    document = {"width": 700, "height": 320, "elements": [{"type": "accordion", "items": items}]}
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    column = (620, 0, 670, picture.height)
    found = []
    for top, bottom in row_runs(picture, is_ink, column):
        ink = box_where(picture, is_ink, (column[0], top, column[2], bottom))
        assert ink is not None
        found.append(picture.crop(ink))
    return found


def same(first: Image.Image, second: Image.Image) -> bool:
    return first.size == second.size and ImageChops.difference(first, second).getbbox() is None


def points_down(chevron: Image.Image) -> bool:
    """A chevron's arms are apart at its top and meet at its bottom (a V), not the reverse: its
    ink lies further from its middle in its top half than in its bottom half."""
    middle, half = (chevron.width - 1) / 2, chevron.height / 2
    spread = {True: 0.0, False: 0.0}
    for y in range(chevron.height):
        for x in range(chevron.width):
            darkness = 255 - min(chevron.getpixel((x, y)))  # type: ignore[arg-type]
            spread[y < half] += darkness * abs(x - middle)
    return spread[True] > spread[False]


async def test_questions_without_answers_are_all_drawn_closed(pool: ChromiumPool) -> None:
    first, second, third = await chevrons(pool, QUESTIONS)
    assert points_down(first) and same(first, second) and same(second, third)  # none turned open


async def test_an_item_with_an_answer_still_opens(pool: ChromiumPool) -> None:
    answered = [{"label": QUESTIONS[0], "text": "Fourteen days, no card."}, *QUESTIONS[1:]]
    first, second, third = await chevrons(pool, answered)
    assert not points_down(first) and points_down(second) and same(second, third)  # the first turned up
