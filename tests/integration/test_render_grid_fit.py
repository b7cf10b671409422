"""A grid with more columns than a phone can hold, on real Chromium: its cards keep a readable
width and wrap onto more rows instead of overlapping as slivers (a phone's a card's width, one a
line; with `wrap: false`, the 100 px a card needs at least); a desktop keeps every column."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import Box, box_where, render_dsl, rgb

pytestmark = pytest.mark.integration

COLOURS = [(220, 38, 38), (22, 163, 74), (37, 99, 235), (202, 138, 4), (147, 51, 234), (8, 145, 178)]


def flat_cards() -> list[dict[str, object]]:
    return [
        {
            "type": "card",
            "title": "Transfer",
            "style": {"background": f"rgb{c}", "border": "none", "boxShadow": "none"},
        }
        for c in COLOURS
    ]


async def card_boxes(pool: ChromiumPool, width: int, **grid: object) -> list[Box]:
    document = {
        "width": width,
        "height": 700,
        "background": "#ffffff",
        "elements": [{"type": "grid", "columns": 12, "gap": 8, "children": flat_cards(), **grid}],
    }
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    boxes = [box_where(picture, lambda p, c=colour: p == c) for colour in COLOURS]  # type: ignore[misc]
    assert all(boxes), boxes
    return [box for box in boxes if box]


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


async def test_twelve_columns_of_cards_on_a_phone_are_one_card_a_line(pool: ChromiumPool) -> None:
    boxes = await card_boxes(pool, 390)
    assert {(box[0], box[2]) for box in boxes} == {(16, 374)}, boxes  # the phone's width inside its margins
    assert len({box[1] for box in boxes}) == 6, boxes


async def test_twelve_columns_of_cards_kept_on_a_phone_wrap_into_three_columns_that_do_not_overlap(
    pool: ChromiumPool,
) -> None:
    boxes = await card_boxes(pool, 390, wrap=False)
    assert all(box[2] - box[0] >= 100 for box in boxes), boxes  # not 22 px slivers
    assert not any(overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :]), boxes
    tops = sorted({box[1] for box in boxes})
    assert len(tops) == 2, boxes  # two rows of three
    assert all(box[2] <= 390 for box in boxes)


async def test_a_desktop_keeps_the_twelve_columns_written(pool: ChromiumPool) -> None:
    boxes = await card_boxes(pool, 1440)
    assert len({box[1] for box in boxes}) == 1  # one row
    widths = {box[2] - box[0] for box in boxes}
    assert max(widths) < (1440 - 48) / 12 + 1, widths  # a twelfth of the page each
