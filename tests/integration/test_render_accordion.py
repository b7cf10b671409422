"""The accordion on real Chromium: an item with nothing to show is drawn closed (its chevron down,
no empty body under it), while one with an answer opens as before."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image, ImageChops

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, column_runs, is_ink, render_dsl, rgb, row_runs

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


async def test_a_sections_badge_is_a_count_pill_between_its_title_and_its_chevron(pool: ChromiumPool) -> None:
    """`badge: 2` on a section was dropped: now a muted pill holds the count, at the header's end
    before the chevron, on the title's line."""
    items = [{"label": "Billing", "badge": 2}, "Team"]
    document = {"width": 700, "height": 200, "elements": [{"type": "accordion", "items": items}]}
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    title, *_ = row_runs(picture, is_ink, (0, 0, 200, picture.height))
    band = (300, title[0] - 12, 680, title[1] + 12)
    runs = [run for run in column_runs(picture, is_pill, band) if run[1] - run[0] >= 14]
    assert len(runs) == 1, runs  # one pill on the first header
    left, right = runs[0]
    chevron = box_where(picture, is_ink, (right, band[1], band[2], band[3]))
    assert chevron is not None and 0 < chevron[0] - right <= 24, (runs, chevron)  # just before the chevron
    top, bottom = row_runs(picture, is_pill, (left, band[1], right, band[3]))[0]
    assert top <= title[0] and bottom >= title[1], (top, bottom, title)  # on the title's line, around it
    assert box_where(picture, is_ink, (left, top, right, bottom)) is not None  # its figure
    below = (300, title[1] + 24, 680, title[1] + 64)  # the second header
    assert not [run for run in column_runs(picture, is_pill, below) if run[1] - run[0] >= 14]  # Team has none


def is_pill(colour: tuple[int, int, int]) -> bool:
    """The muted fill of a count (`--muted`, a pale grey-blue): not the white surface, not ink."""
    r, g, b = colour
    return 225 <= r <= 245 and 228 <= g <= 248 and 232 <= b <= 252 and b >= r
