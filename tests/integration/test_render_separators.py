"""Separators between words on real Chromium: a middle dot, a bullet or a bar stays at the end of
the line its word is on, never the first thing on the next line."""

from __future__ import annotations

import pytest

from kernel.dsl.prepare import prepare_render
from tests.support.page_boxes import text_lines

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("separator", ["·", "•", "|"])
async def test_a_separator_stays_on_the_line_of_the_word_before_it(separator: str) -> None:
    """A course card's description at widths where the break fell before the separator ("·
    Intermediate" opened the second line): at none does a line start with it."""
    description = f"Dr. Anneliese Vandermeulen-Okafor {separator} 14 h {separator} Intermediate"
    cards = [
        {"type": "card", "title": "Clinical data", "description": description, "layout": {"width": width}}
        for width in range(300, 420, 6)
    ]
    prepared = prepare_render({"width": 600, "height": 300, "elements": cards})
    starts = []
    for lines in await text_lines(prepared.html, prepared.viewport, ".dsl-card-desc"):
        assert "".join(lines).replace("\u00a0", " ") == description, lines
        starts += [line.lstrip()[0] for line in lines[1:]]
    assert starts and separator not in starts, starts
