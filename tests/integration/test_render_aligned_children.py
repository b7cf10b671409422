"""What an `align` leaves to a box's children, on real Chromium: a centred section's title and
description."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, is_text, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration


def centre(box: tuple[int, int, int, int]) -> float:
    return (box[0] + box[2]) / 2


async def test_a_centred_section_centres_its_description_under_its_title(pool: ChromiumPool) -> None:
    """`align: center` centred the section's head as a block, the description left at the title's
    start inside it; now both lines are centred on the section."""
    section = {"type": "section", "level": 2, "align": "center", "title": "Why teams switch to Orbit",
               "description": "Three reasons, in one sentence each.",
               "children": [{"type": "button", "label": "See all features"}]}  # fmt: skip
    document = {"width": 800, "height": 200, "background": "#ffffff", "padding": 0, "elements": [section]}
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    title_line, description_line = row_runs(picture, is_text, (0, 0, 800, 90))[:2]
    title = box_where(picture, is_text, (0, title_line[0], 800, title_line[1]))
    description = box_where(picture, is_text, (0, description_line[0], 800, description_line[1]))
    assert title is not None and description is not None
    assert description[0] - title[0] > 20, (title, description)  # not at the title's start
    assert abs(centre(title) - 400) <= 2 and abs(centre(description) - 400) <= 2, (title, description)
