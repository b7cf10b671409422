"""A grid of cards on a phone, drawn by Chromium: its written columns reflow to what a phone has
room for (one card a line on a 390 px screen), told with a `grid_reflowed` note; `wrap: false`
keeps the columns, and a desktop draws them as written."""

from __future__ import annotations

from collections.abc import AsyncIterator
from itertools import pairwise
from typing import Any

import pytest
import pytest_asyncio
from playwright.async_api import Browser

from kernel.dsl.measured.overflow import CONTENT_SQUEEZED
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import render_dsl
from tests.support.page_layout import launched_browser, page_facts

pytestmark = pytest.mark.integration

TITLES = (
    "Introduction to Machine Learning for Healthcare Professionals",
    "Leading Remote Teams",
    "UX Research Methods: Interviews, Surveys and Synthesis",
)


def catalogue(device: str, **grid: Any) -> dict[str, Any]:
    """A course catalogue: three columns of cards with covers, long titles, a progress bar and
    an action, as an LMS designer writes it for a desktop page."""
    cards = [
        {
            "type": "card",
            "src": "course.jpg",
            "title": title,
            "description": "Dr. Anneliese Vandermeulen-Okafor · 14 h",
            "children": [{"type": "progress", "value": 64, "label": "18 of 28 lessons"}],
            "actions": [{"label": "Continue", "icon": "play"}],
        }
        for title in TITLES
    ]
    return {
        "device": device,
        "height": "auto",
        "elements": [{"type": "grid", "columns": 3, "gap": 16, "children": cards, **grid}],
    }


CARDS = "() => [...document.querySelectorAll('.dsl-card')].map(rect)"


@pytest_asyncio.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    async with launched_browser() as launched:
        yield launched


async def test_a_phone_draws_the_cards_one_under_another_whole_and_says_so(
    browser: Browser, pool: ChromiumPool
) -> None:
    document = catalogue("mobile")
    cards = await page_facts(browser, document, CARDS)
    assert len(cards) == 3
    assert {round(card["left"]) for card in cards} == {16}, cards  # one column, inside the margins
    assert all(round(card["width"]) == 358 for card in cards), cards
    assert all(below["top"] >= above["bottom"] for above, below in pairwise(cards)), cards
    prepared, image = await render_dsl(pool, document, scale=1)
    [note] = [w for w in prepared.warnings if w.code == "grid_reflowed"]
    assert note.kind == "note" and note.path == "/elements/0/columns"
    assert "3 columns would be 109 px each" in note.message
    assert not [w for w in image.measured_warnings if w.code == CONTENT_SQUEEZED], image.measured_warnings


async def test_wrap_false_keeps_the_written_columns_on_a_phone(browser: Browser, pool: ChromiumPool) -> None:
    document = catalogue("mobile", wrap=False)
    cards = await page_facts(browser, document, CARDS)
    assert len({round(card["top"]) for card in cards}) == 1, cards  # side by side
    assert all(105 <= card["width"] <= 112 for card in cards), cards
    prepared, image = await render_dsl(pool, document, scale=1)
    assert not [w for w in prepared.warnings if w.code == "grid_reflowed"]
    assert [w for w in image.measured_warnings if w.code == CONTENT_SQUEEZED]  # as the author asked


async def test_a_desktop_draws_the_three_columns_as_written(browser: Browser) -> None:
    cards = await page_facts(browser, catalogue("desktop"), CARDS)
    assert len({round(card["top"]) for card in cards}) == 1, cards
    assert cards[0]["right"] < cards[1]["left"] < cards[1]["right"] < cards[2]["left"], cards
