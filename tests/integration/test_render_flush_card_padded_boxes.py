"""A layout box with a padding of its own in a card with `padding: 0`, drawn by Chromium: its
padding is its inset, not a second one inside the card's (a boarding pass's grid of stats)."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, boxes, is_blue, is_green, painted, render_dsl, rgb

pytestmark = pytest.mark.integration

STATS = [{"type": "stat", "label": label, "value": value}
         for label, value in (("Flight", "AY1411"), ("Gate", "32B"), ("Seat", "14A"))]  # fmt: skip


def boarding_pass(grid: dict[str, Any]) -> dict[str, Any]:
    """A phone's card with `padding: 0` holding a 3-column grid of stats, the card painted green
    and the stats blue."""
    grid = {"type": "grid", "columns": 3, "gap": 16, "children": STATS, **grid}
    card = {"type": "card", "padding": 0, "children": [grid]}
    css = painted(".dsl-card", "#00ff00") + painted(".dsl-stat", "#0000ff")
    return {"device": "mobile", "height": 300, "css": css, "elements": [card]}


@pytest.mark.parametrize("grid", [{"padding": 20}, {"style": {"padding": "20px"}}], ids=["dsl", "style"])
async def test_a_padded_grid_in_an_unpadded_card_is_inset_by_its_padding_alone(
    pool: ChromiumPool, grid: dict[str, Any]
) -> None:
    """The grid's `padding: 20` sat inside the card's own 20 px inset: 41 px of empty room at
    each side (border included) while "Departs" was cut to "Depa…". Its stats start 20 px inside
    the card's 1 px border now, at both sides, and at the top."""
    _, image = await render_dsl(pool, boarding_pass(grid), scale=1)
    picture = rgb(image.data)
    card = box_where(picture, is_green)
    stats = boxes(picture, is_blue)
    assert card is not None and len(stats) == 3, stats
    assert stats[0][0] - card[0] == 21 and card[2] - stats[-1][2] == 21, (card, stats)
    assert stats[0][1] - card[1] == 21, (card, stats)


async def test_an_unpadded_grid_keeps_the_cards_inset(pool: ChromiumPool) -> None:
    """A grid without a padding of its own is inset as the card's title is, as before."""
    _, image = await render_dsl(pool, boarding_pass({}), scale=1)
    picture = rgb(image.data)
    card, stats = box_where(picture, is_green), boxes(picture, is_blue)
    assert card is not None and len(stats) == 3, stats
    assert stats[0][0] - card[0] == card[2] - stats[-1][2] > 1


async def test_the_stats_labels_fit_once_the_grid_is_inset_once(pool: ChromiumPool) -> None:
    """The tester's boarding pass: "Departs" fits its stat now (it was cut to "Depa…")."""
    stats = [{"type": "stat", "label": label, "value": value}
             for label, value in (("Departs", "14:25"), ("Zone", "3"), ("Gate", "32B"))]  # fmt: skip
    card = {"type": "card", "padding": 0,
            "children": [{"type": "grid", "columns": 3, "padding": 20, "gap": 16, "children": stats}]}  # fmt: skip
    _, image = await render_dsl(pool, {"device": "mobile", "height": 300, "elements": [card]}, scale=1)
    assert not [w for w in image.measured_warnings if "Departs" in w.message], image.measured_warnings
