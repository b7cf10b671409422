"""On real Chromium: a list filling a pane framed by its style (an inbox's message column with a
border at its end) is drawn flush: one line at the pane's edge, not the list's own border 2-3 px
beside it, and square corners against the sidebar's edge, not rounded ones."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import column_runs, render_dsl, rgb

pytestmark = pytest.mark.integration

SCALE = 3
PANE_WIDTH = 260


def inbox(style: dict[str, str]) -> dict[str, object]:
    messages = {"type": "list", "items": [
        {"label": "Priya Raman", "description": "Q3 roadmap review", "badge": "09:14", "active": True},
        {"label": "Stripe", "description": "Your payout is on its way", "badge": "08:02"}]}  # fmt: skip
    pane = {"type": "column", "layout": {"width": PANE_WIDTH}, "style": style, "children": [messages]}
    row = {"type": "row", "align": "stretch", "gap": 0, "layout": {"width": 480, "height": 240},
           "children": [pane, {"type": "text", "text": "Reading pane"}]}  # fmt: skip
    return {"width": 480, "height": 240, "scale": SCALE, "background": "#ffffff", "elements": [row]}


async def test_a_list_filling_a_bordered_pane_has_no_frame_of_its_own(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, inbox({"borderRight": "1px solid var(--border)"}))
    picture = rgb(image.data)
    edge = PANE_WIDTH * SCALE
    # In the second row (on white), past its badge, across the pane's end: one line one CSS px
    # wide, the pane's (the list's own beside it made a line twice as thick, or two).
    y = 110 * SCALE
    lines = column_runs(picture, lambda colour: colour != (255, 255, 255), (edge - 12, y, edge + 6, y + 1))
    assert len(lines) == 1 and lines[0][1] - lines[0][0] <= SCALE, lines
    # The active row's fill reaches the pane's top start corner: no rounded corner there.
    assert picture.getpixel((1, 1)) == picture.getpixel((30, 30)) != (255, 255, 255)


async def test_a_list_on_an_unframed_column_keeps_its_frame(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, inbox({}))
    picture = rgb(image.data)
    assert picture.getpixel((1, 1)) != picture.getpixel((30, 30))  # its rounded corner
