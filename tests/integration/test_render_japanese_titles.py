"""On real Chromium: a Japanese title of one compound noun (お客様満足度アンケート) too wide for its box
breaks where its kanji and katakana words meet, not inside the katakana word."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, is_text, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration

TITLE, FIRST, SECOND = "お客様満足度アンケート", "お客様満足度", "アンケート"


def card(title: str) -> dict[str, Any]:
    return {"type": "card", "title": title, "layout": {"x": 16, "y": 16, "width": 200}}


def heading(title: str) -> dict[str, Any]:
    return {"type": "heading", "level": 3, "text": title, "layout": {"x": 16, "y": 16, "width": 168}}


def label(title: str) -> dict[str, Any]:
    return {"type": "input", "label": title, "layout": {"x": 16, "y": 16, "width": 150}}


async def lines(pool: ChromiumPool, element: dict[str, Any]) -> list[Image.Image]:
    """The ink of each line of the element's first text block (its title)."""
    document = {"version": 1, "lang": "ja", "width": 260, "height": 160, "background": "#ffffff",
                "elements": [element]}  # fmt: skip
    _, image = await render_dsl(pool, document, scale=1)
    picture = rgb(image.data)
    region = (16, 16, 240, 110)
    crops = []
    for top, bottom in row_runs(picture, is_text, region):
        ink = box_where(picture, is_text, (region[0], top, region[2], bottom))
        assert ink is not None
        crops.append(picture.crop(ink))
    return crops


@pytest.mark.parametrize("element", [card, heading, label], ids=["card-title", "heading", "field-label"])
async def test_a_japanese_compound_title_breaks_between_its_words(pool: ChromiumPool, element: Any) -> None:
    """Drawn "お客様満足度アン" / "ケート": its lines are now "お客様満足度" and "アンケート"."""
    drawn = await lines(pool, element(TITLE))
    first, second = (await lines(pool, element(FIRST)))[0], (await lines(pool, element(SECOND)))[0]
    assert abs(drawn[0].width - first.width) <= 1, (drawn[0].size, first.size)
    assert abs(drawn[1].width - second.width) <= 1, (drawn[1].size, second.size)
