"""A card whose content runs in a row, on real Chromium: beside a side cover its title, children and
actions stack in a column (a course card's progress bar under its title), and without a cover its
children share the row's width (a progress bar beside the title is drawn, not squeezed to 0 px)."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    Box,
    box_where,
    is_blue,
    is_green,
    is_text,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

FRAME = {"border": "2px solid #00ff00", "boxShadow": "none"}
"""A card's border in pure green, so its box is found by colour."""

BAR = {"type": "progress", "value": 100, "color": "#0000ff"}
"""A full progress bar in pure blue: its box is the bar's track."""


def course_card(*children: dict[str, Any], **more: Any) -> dict[str, Any]:
    """A "continue learning" card: a cover beside the course's title and lesson, then `children`."""
    return {"type": "card", "direction": "row", "src": "ml.jpg", "alt": "ML cover", "title": "Intro to ML",
            "description": "Lesson 2.3", "style": FRAME, "children": list(children), **more}  # fmt: skip


async def drawn(pool: ChromiumPool, card: dict[str, Any], lang: str | None = None) -> tuple[Any, Box, Box]:
    """The picture of `card` alone on a 390 px phone screen, the card's box and the blue bar's."""
    document: dict[str, Any] = {"width": 390, "height": "auto", "background": "#ffffff", "elements": [card]}
    if lang:
        document["lang"] = lang
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    frame, bar = box_where(picture, is_green), box_where(picture, is_blue)
    assert frame is not None
    assert bar is not None, "the progress bar was not drawn"
    return picture, frame, bar


def lines_above(picture: Any, frame: Box, bar: Box) -> list[Box]:
    """The boxes of the lines of text in the card above the bar, from the bar's start side to the
    card's border (beside the cover, whose caption is left out)."""
    region = (bar[0] - 2, frame[1] + 2, frame[2] - 2, bar[1])
    found = [
        box_where(picture, is_text, (region[0], top, region[2], bottom))
        for top, bottom in row_runs(picture, is_text, region)
    ]
    return [line for line in found if line is not None]


async def test_a_lone_progress_bar_goes_under_the_title_beside_the_cover(pool: ChromiumPool) -> None:
    """A row card's lone progress bar was a row item beside the title with no width of its own:
    0 px wide, it was not drawn at all. Now it is under the title and the lesson, beside the cover,
    as wide as the column the cover leaves and inside the card's padding."""
    picture, frame, bar = await drawn(pool, course_card(BAR))
    assert bar[2] - bar[0] >= 150, bar  # the body's width (342 px card less a 103 px cover)
    assert frame[0] + 96 <= bar[0] and frame[2] - bar[2] >= 12, (frame, bar)  # beside the cover, inset
    assert frame[1] < bar[1] and bar[3] <= frame[3] - 12, (frame, bar)
    title, lesson = lines_above(picture, frame, bar)
    assert abs(title[0] - bar[0]) <= 2 and abs(lesson[0] - bar[0]) <= 2, (title, lesson, bar)
    assert title[3] < lesson[1] and lesson[3] < bar[1], (title, lesson, bar)


async def test_a_row_cards_children_stack_under_its_title_beside_the_cover(pool: ChromiumPool) -> None:
    """With a second child the children stood in a row beside the title ("Intro / to ML" on two
    lines) and the bar ran into the border; now each is a line of the column beside the cover."""
    child = {"type": "text", "text": "Next: gradient descent"}
    picture, frame, bar = await drawn(pool, course_card(child, BAR))
    lines = lines_above(picture, frame, bar)
    assert len(lines) == 3, lines  # the title on one line, the lesson, the child text
    assert all(abs(line[0] - bar[0]) <= 2 for line in lines), (lines, bar)
    assert bar[2] - bar[0] >= 150 and frame[2] - bar[2] >= 12, (frame, bar)


async def test_a_right_to_left_row_cards_body_is_beside_its_cover_at_the_right(pool: ChromiumPool) -> None:
    """In Hebrew the cover is the row's first column at the right, the body with the bar at its left."""
    _, frame, bar = await drawn(pool, course_card({"type": "text", "text": "שיעור 2.3"}, BAR), lang="he")
    assert frame[2] - 96 >= bar[2] and bar[0] - frame[0] >= 12, (frame, bar)
    assert bar[2] - bar[0] >= 150, bar


async def test_a_row_card_without_a_cover_gives_its_progress_bar_the_rows_free_width(
    pool: ChromiumPool,
) -> None:
    """Without a cover the card is a row: the bar beside the title takes the width the title leaves
    (it was 0 px, as a row item marked a column's)."""
    card = {"type": "card", "direction": "row", "title": "Storage", "style": FRAME, "children": [BAR]}
    picture, frame, bar = await drawn(pool, card)
    title = box_where(picture, is_text, (frame[0] + 2, frame[1] + 2, bar[0], frame[3] - 2))
    assert title is not None and title[2] < bar[0], (title, bar)
    assert bar[2] - bar[0] >= 150 and frame[2] - bar[2] >= 12, (frame, bar)
