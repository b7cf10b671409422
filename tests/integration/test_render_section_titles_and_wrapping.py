"""A landing page's section titles at display sizes, and how runs of text break into lines, on
real Chromium: a level 1 section title was 30 px (as an h1 heading), its description 14 px; a
card's description ended on one word and a centred subtitle on a short line (text_wrap.py)."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import Box, box_where, is_text, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration


async def ink(pool: ChromiumPool, element: dict[str, Any], **document: Any) -> list[Box]:
    """The box of each line of text drawn for `element` alone, top to bottom."""
    page = {
        "width": 1000,
        "height": 400,
        "padding": 0,
        "background": "#ffffff",
        **document,
        "elements": [element],
    }
    _, image = await render_dsl(pool, page, scale=1)
    picture = rgb(image.data)
    whole = (0, 0, picture.width, picture.height)
    lines = [
        box_where(picture, is_text, (0, top, picture.width, bottom))
        for top, bottom in row_runs(picture, is_text, whole)
    ]
    return [line for line in lines if line is not None]


def height(box: Box) -> int:
    return box[3] - box[1]


async def test_a_level_1_section_title_is_a_landing_pages_and_its_description_a_step_larger(
    pool: ChromiumPool,
) -> None:
    """Capitals only ("HEH"), so a line's ink is its cap height: 0.71 of the font size."""
    (heading,) = await ink(pool, {"type": "heading", "level": 1, "text": "HEH"})
    (section,) = await ink(pool, {"type": "section", "level": 1, "title": "HEH"})
    (sized,) = await ink(pool, {"type": "section", "size": "xl", "title": "HEH"})
    assert 36 * 0.7 <= height(section) <= 48 * 0.75 and height(section) >= 1.25 * height(heading), (
        section,
        heading,
    )
    assert height(sized) == height(section)
    _, under_big = await ink(pool, {"type": "section", "level": 1, "title": "HEH", "description": "HEH"})
    _, under_small = await ink(pool, {"type": "section", "title": "HEH", "description": "HEH"})
    assert height(under_big) >= height(under_small) + 2, (under_big, under_small)  # 18 px, not 14
    (phone,) = await ink(pool, {"type": "section", "level": 1, "title": "HEH"}, device="mobile", width=None)
    assert 36 * 0.7 <= height(phone) < height(section), (phone, section)  # 36 px on a phone


async def test_a_cards_description_does_not_end_on_one_word(pool: ChromiumPool) -> None:
    """At 260 px "Alerts from every service ... with a timeline." left "timeline." (55 px) alone."""
    card = {"type": "card", "title": "Grouping", "layout": {"width": 260}, "style": {"border": "none", "boxShadow": "none"},
            "description": "Alerts from every service are grouped into one incident with a timeline."}  # fmt: skip
    *_, last = await ink(pool, card)
    assert last[2] - last[0] > 60, last


async def test_a_centred_subtitle_shares_its_words_evenly_between_its_lines(pool: ChromiumPool) -> None:
    subtitle = {"type": "paragraph", "align": "center", "size": 20, "layout": {"maxWidth": 640},
                "text": "Tideline watches your APIs, queues and databases, groups related alerts into a "
                        "single incident and pages the right engineer in seconds."}  # fmt: skip
    column = {"type": "column", "align": "center", "children": [subtitle]}
    lines = await ink(pool, column, width=1440)
    widths = [line[2] - line[0] for line in lines]
    assert len(widths) >= 2 and min(widths) >= 0.8 * max(widths), widths
