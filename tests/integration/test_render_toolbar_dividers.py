"""Vertical dividers on real Chromium: a short separator centred in a row of controls (a
toolbar), a full-height rule beside panes."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, is_red, painted, render_dsl, rgb

pytestmark = pytest.mark.integration

RED_DIVIDERS = painted(".dsl-divider", "#ff0000")
DIVIDER = {"type": "divider", "direction": "vertical"}


async def _divider(pool: ChromiumPool, row: dict[str, Any], width: int = 400) -> tuple[int, int, int, int]:
    page = {"width": width, "height": 260, "padding": 0, "css": RED_DIVIDERS, "elements": [row]}
    _, image = await render_dsl(pool, page, scale=1)
    found = box_where(rgb(image.data), is_red)
    assert found is not None
    return found


async def test_a_divider_in_a_toolbar_is_a_short_separator_centred_in_the_bar(pool: ChromiumPool) -> None:
    """In a 44 px bar of an icon button and segmented tabs the divider ran the bar's height, into
    its top and bottom edges: now it is 60% of a control's height (22 px), centred in the bar."""
    bar = {
        "type": "row", "gap": 8, "align": "center", "padding": "0 12px", "layout": {"height": 44},
        "children": [{"type": "button", "icon": "undo-2", "variant": "ghost", "size": "sm"}, DIVIDER,
                     {"type": "tabs", "variant": "segmented", "size": "sm", "items": ["Library", "Edit"]}],
    }  # fmt: skip
    left, top, right, bottom = await _divider(pool, bar)
    assert right - left == 1, (left, right)
    assert 18 <= bottom - top <= 26, (top, bottom)  # about 60% of a control's 36 px
    assert top >= 8 and abs(top - (44 - bottom)) <= 1, (top, bottom)  # centred, off the edges


async def test_a_divider_between_panes_runs_the_rows_height(pool: ChromiumPool) -> None:
    """Beside a card and a column it is a pane's edge, as tall as the row (180 px)."""
    panes = {
        "type": "row", "gap": 12, "layout": {"height": 180},
        "children": [{"type": "card", "title": "Left", "text": "A pane"}, DIVIDER,
                     {"type": "column", "children": [{"type": "text", "text": "Right pane"}]}],
    }  # fmt: skip
    _, top, _, bottom = await _divider(pool, panes, width=900)
    assert (top, bottom) == (0, 180), (top, bottom)
