"""On real Chromium: a card beside a sidebar or a list (a mail client's reading pane) takes the
room they leave, the list keeps a pane's width, and a lone card in a row the author placed with
`justify` (a chat bubble) keeps its own width where `justify` puts it, cards and charts without
a width share a row equally, and a card beside a column of a set width (a side panel) fills the
rest. Widths are measured from the boxes painted in flat colours, or read from the laid-out page."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.prepare import prepare_render
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    Box,
    boxes,
    colour_box,
    is_blue,
    painted,
    render_dsl,
    rgb,
)
from tests.support.page_boxes import page_boxes

pytestmark = pytest.mark.integration

RED = (255, 0, 0)
PAINT = (
    painted(".dsl-card", "#0000ff")
    + painted(".dsl-sidebar", "#00ff00")
    + painted(".dsl-list,.dsl-list ul,.dsl-list li", "#ff0000")
)
MARGIN = 24
"""The page's margin at the sides of a wide canvas (page_padding)."""

SIDEBAR = {"type": "sidebar", "title": "Mail", "items": ["Inbox", "Sent"]}
MESSAGES = {
    "type": "list",
    "items": [
        {"label": "Stripe", "description": "Invoice ready"},
        {"label": "GitHub", "description": "PR approved"},
    ],
}
READING_PANE = {
    "type": "card",
    "title": "Reading pane",
    "children": [{"type": "paragraph", "text": "Short body."}],
}


async def measure(pool: ChromiumPool, width: int, *rows: dict[str, Any]) -> dict[str, Box | None]:
    document = {"width": width, "height": 400, "css": PAINT, "elements": list(rows)}
    _, image = await render_dsl(pool, document)
    return {
        name: colour_box(image.data, colour)
        for name, colour in (("card", BLUE), ("sidebar", GREEN), ("list", RED))
    }


def width_of(box: Box | None) -> int:
    assert box is not None
    return box[2] - box[0]


async def test_a_reading_pane_beside_a_sidebar_and_a_message_list_fills_the_screen(
    pool: ChromiumPool,
) -> None:
    """It was 150 px wide, half the screen empty at its right; the sidebar keeps its 240 px and
    the list a pane's width (at least 240 px, it was its shortest line's 116)."""
    found = await measure(pool, 1200, {"type": "row", "children": [SIDEBAR, MESSAGES, READING_PANE]})
    card, sidebar, messages = found["card"], found["sidebar"], found["list"]
    assert width_of(sidebar) == 240, sidebar
    assert 240 <= width_of(messages) <= 360, messages
    assert card is not None and messages is not None
    assert card[2] == 1200 - MARGIN and card[0] > messages[2], (card, messages)
    assert width_of(card) > 500, card


async def test_a_card_beside_a_list_takes_the_rest_of_the_row(pool: ChromiumPool) -> None:
    found = await measure(pool, 1000, {"type": "row", "children": [MESSAGES, READING_PANE]})
    card, messages = found["card"], found["list"]
    assert messages is not None and messages[0] == MARGIN and 240 <= width_of(messages) <= 360, messages
    assert card is not None and card[2] == 1000 - MARGIN and card[0] > messages[2], card


P_AND_L = {
    "type": "card",
    "title": "Regional P&L",
    "children": [
        {
            "type": "table",
            "columns": ["Region", "Revenue", "Operating profit", "Margin"],
            "rows": [["North America", "$5,420,000", "$1,820,000", "+2.1 pts"]],
        }
    ],
}


async def test_a_card_beside_a_column_of_a_set_width_fills_the_rest_of_the_row(
    pool: ChromiumPool,
) -> None:
    """Content beside a side panel: the card shrank to its content (a table card to 145 px, its
    table cut) and ~500 px stayed empty, where beside a card of the panel's width it filled the
    row. The panel keeps its 380 px; the card takes the rest."""
    panel = {"type": "column", "layout": {"width": 380}, "children": [READING_PANE]}
    css = PAINT + painted(".dsl-column,.dsl-column>.dsl-card", "#00ff00")
    row = {"type": "row", "gap": 16, "children": [P_AND_L, panel]}
    _, image = await render_dsl(pool, {"width": 1100, "height": 300, "css": css, "elements": [row]})
    card, side = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert side is not None and (side[0], side[2]) == (1100 - MARGIN - 380, 1100 - MARGIN), side
    assert card is not None and (card[0], card[2]) == (MARGIN, side[0] - 16), card


BUBBLE = {"type": "card", "title": "You", "text": "Yes, v2.3 is live"}


@pytest.mark.parametrize("justify", ["end", "start", "center"])
async def test_a_lone_card_in_a_row_with_justify_keeps_its_width_where_justify_puts_it(
    pool: ChromiumPool, justify: str
) -> None:
    """A chat bubble drawn as a card: it spanned the row whatever `justify` said."""
    found = await measure(pool, 700, {"type": "row", "justify": justify, "children": [BUBBLE]})
    bubble = found["card"]
    assert bubble is not None and width_of(bubble) < 300, bubble
    room_left, room_right = bubble[0] - MARGIN, 700 - MARGIN - bubble[2]
    if justify == "end":
        assert room_right == 0 and room_left > 300, bubble
    elif justify == "start":
        assert room_left == 0 and room_right > 300, bubble
    else:
        assert abs(room_left - room_right) <= 1, bubble


async def test_a_lone_card_in_a_row_without_justify_still_fills_it(pool: ChromiumPool) -> None:
    """A dashboard's band of one card stays as wide as the page."""
    bubble = (await measure(pool, 700, {"type": "row", "children": [BUBBLE]}))["card"]
    assert bubble is not None and (bubble[0], bubble[2]) == (MARGIN, 700 - MARGIN), bubble


async def test_cards_spread_by_justify_between_keep_their_widths_at_the_ends(pool: ChromiumPool) -> None:
    row = {"type": "row", "justify": "between", "children": [BUBBLE, {**BUBBLE, "title": "Maya"}]}
    document = {"width": 700, "height": 300, "css": PAINT, "elements": [row]}
    _, image = await render_dsl(pool, document)
    left, right = boxes(rgb(image.data), is_blue)
    assert left[0] == MARGIN and right[2] == 700 - MARGIN, (left, right)
    assert right[0] - left[2] > 300, (left, right)  # the room between them, not shared by them


FUNNEL = {
    "type": "card",
    "title": "Checkout funnel",
    "children": [
        {"type": "progress", "label": "Visited", "value": 100, "text": "84,512"},
        {"type": "progress", "label": "Purchased", "value": 8.2, "text": "6,932"},
    ],
}
TREND = {"type": "chart", "title": "Trend", "data": {"labels": ["Mon", "Tue", "Wed"], "values": [3, 5, 4]}}


async def _card_and_chart_widths(row: dict[str, Any], width: int = 1280) -> tuple[list[float], list[float]]:
    prepared = prepare_render({"width": width, "height": 420, "elements": [row]})
    found = await page_boxes(prepared.html, prepared.viewport, {"card": ".dsl-card", "chart": ".dsl-chart"})
    return (
        [right - left for left, _, right, _ in found["card"]],
        [right - left for left, _, right, _ in found["chart"]],
    )


@pytest.mark.parametrize("order", ["card-first", "chart-first"])
async def test_a_card_beside_a_bare_chart_shares_the_row_equally(order: str) -> None:
    """The card shrank to its content (170 of 1232 px) and the chart took the rest."""
    children = [FUNNEL, TREND] if order == "card-first" else [TREND, FUNNEL]
    cards, charts = await _card_and_chart_widths({"type": "row", "gap": 16, "children": children})
    room = 1280 - 2 * MARGIN - 16
    assert abs(cards[0] - charts[0]) <= 1 and abs(cards[0] + charts[0] - room) <= 1, (cards, charts)


async def test_cards_and_charts_of_a_row_each_take_an_equal_share() -> None:
    row = {"type": "row", "gap": 16, "children": [FUNNEL, TREND, FUNNEL, TREND]}
    cards, charts = await _card_and_chart_widths(row)
    widths = cards + charts
    assert max(widths) - min(widths) <= 1, widths
    assert abs(sum(widths) - (1280 - 2 * MARGIN - 3 * 16)) <= 1, widths


async def test_a_chart_with_a_width_keeps_it_and_the_card_takes_the_rest() -> None:
    row = {"type": "row", "gap": 16, "children": [FUNNEL, {**TREND, "style": {"width": 400}}]}
    (card,), (chart,) = await _card_and_chart_widths(row)
    assert chart == 400 and abs(card - (1280 - 2 * MARGIN - 16 - 400)) <= 1, (card, chart)
