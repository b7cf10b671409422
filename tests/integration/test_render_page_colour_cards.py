"""A page colour with no `surface` on real Chromium: its cards are drawn from that colour whichever
way the page's tone is said (`base: dark`, the colour alone, a document `background`, a caller's
theme), so a navy page's cards are navy, not the dark palette's zinc grey."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.palettes import DARK
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import render_dsl, rgb_at

pytestmark = pytest.mark.integration

CARD = {
    "type": "card",
    "title": "Crimson Wolves vs Azure Dragons",
    "description": "Quarterfinal · Bo5",
    "children": [{"type": "input", "label": "Bet amount", "value": "500"}],
}
"""The tester's card: a title, a muted line and a field, on the page's surface."""

INSIDE_THE_CARD = (60, 40)
"""A point of the card's own fill, clear of its words."""


def page(theme: dict[str, Any] | None, **document: Any) -> dict[str, Any]:
    return {
        "width": 500,
        "height": 220,
        **({"theme": theme} if theme else {}),
        "elements": [CARD],
        **document,
    }


def hex_at(data: bytes, x: int, y: int) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb_at(data, x, y))


async def test_a_navy_page_draws_the_same_navy_cards_however_its_tone_is_said(pool: ChromiumPool) -> None:
    navy, brand = "#0b0b1a", "#00f0ff"
    renders = [
        await render_dsl(pool, document, **options)
        for document, options in (
            (page({"base": "dark", "primary": brand, "background": navy}), {}),
            (page({"primary": brand, "background": navy}), {}),
            (page({"base": "dark", "primary": brand}, background=navy), {}),
            (page(None), {"theme": {"primary": brand, "background": navy}}),
            (page(None), {"theme": {"base": "dark", "primary": brand, "background": navy}}),
        )
    ]
    pictures = [image.data for _, image in renders]
    assert all(picture == pictures[0] for picture in pictures[1:])  # the warning's "draws the same"
    assert hex_at(pictures[0], 5, 5) == navy
    card = hex_at(pictures[0], *INSIDE_THE_CARD)
    assert card == "#171725" and card != DARK["surface"]  # a step above the navy, not zinc #18181b
    # What the validator advises of the colour alone, in the document and in a caller's theme.
    for prepared, at in ((renders[1][0], "/theme/background"), (renders[3][0], "/options/theme/background")):
        advice = {issue.path: issue.suggestion or "" for issue in prepared.warnings}
        assert "write base: dark to say so, which draws the same" in advice[at]


async def test_a_cream_page_draws_the_same_white_cards_whatever_base_is_written(pool: ChromiumPool) -> None:
    cream = "#fdf6e3"
    pictures = [
        (await render_dsl(pool, page({"primary": "#0f766e", "background": cream, **base})))[1].data
        for base in ({"base": "light"}, {}, {"base": "dark"})
    ]
    assert all(picture == pictures[0] for picture in pictures[1:])
    assert (hex_at(pictures[0], 5, 5), hex_at(pictures[0], *INSIDE_THE_CARD)) == (cream, "#ffffff")
