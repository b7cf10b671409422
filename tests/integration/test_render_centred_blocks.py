"""Blocks in a column that centres its children keep the column's width, on real Chromium: a
table was squeezed to its 2 px border, an accordion to its words, feature cards each to their own
words' width (column_width.py); what has a width of its own, or was given one, is still centred."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import BLUE, GREEN, colour_box, painted, render_dsl

pytestmark = pytest.mark.integration

TABLE = {"type": "table", "columns": ["Feature", "Starter", "Team"],
         "rows": [["Users", "5", "Unlimited"], ["AI summaries", False, True]]}  # fmt: skip
PAINT = painted(".dsl-table", "#0000ff") + painted(".dsl-accordion,.dsl-card", "#00ff00")


def page(width: int, *elements: dict[str, Any], device: str | None = None) -> dict[str, Any]:
    extra = {"device": device} if device else {"width": width}
    return {
        **extra,
        "height": 600,
        "padding": 0,
        "background": "#ffffff",
        "css": PAINT,
        "elements": list(elements),
    }


@pytest.mark.parametrize("container", ["section", "column"])
async def test_a_table_and_an_accordion_keep_a_centred_containers_width(
    pool: ChromiumPool, container: str
) -> None:
    box = {"type": container, "align": "center", "children": [
        {"type": "heading", "text": "Compare plans"}, TABLE,
        {"type": "accordion", "items": [{"label": "Short question?", "description": "Answer"}]}]}  # fmt: skip
    prepared, image = await render_dsl(pool, page(1000, box))
    table, accordion = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert table is not None and (table[0], table[2]) == (0, 1000), table  # was 2 px wide, at 499
    assert accordion is not None and (accordion[0], accordion[2]) == (0, 1000), accordion
    assert not [w for w in prepared.warnings if "squeezed" in w.message]


async def test_a_width_the_author_gave_still_wins_and_is_centred(pool: ChromiumPool) -> None:
    section = {"type": "section", "align": "center", "children": [
        {**TABLE, "layout": {"width": 400}}, {"type": "card", "title": "Capped", "style": {"maxWidth": 300}}]}  # fmt: skip
    _, image = await render_dsl(pool, page(1000, section))
    table, card = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert table == (300, table[1], 700, table[3]) if table else False, table
    assert card is not None and (card[0], card[2]) == (350, 650), card


async def test_feature_cards_in_a_centred_section_on_a_phone_are_equally_wide(pool: ChromiumPool) -> None:
    """A card with a short description was as wide as its words, narrower and indented beside a
    card whose words filled the screen."""
    cards = [{"type": "card", "align": "center", "icon": "zap", "title": "Fair rotations",
              "description": words, "style": {"background": colour}}
             for colour, words in (("#0000ff", "One incident."),
                                   ("#00ff00", "Follow-the-sun schedules synced to your calendar."))]  # fmt: skip
    section = {"type": "section", "align": "center", "title": "Everything on-call needs", "children": cards}
    document = {**page(0, section, device="mobile"), "css": "", "padding": 16}
    _, image = await render_dsl(pool, document, scale=1)
    first, second = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert first is not None and second is not None
    assert (first[0], first[2]) == (second[0], second[2]) == (17, 390 - 17), (
        first,
        second,
    )  # in their 1 px border


async def test_a_box_in_a_centred_section_keeps_its_width_and_centres_what_it_holds(
    pool: ChromiumPool,
) -> None:
    """A column with no `align` of its own in a centred section: its table spans it, its button
    stays in the middle (as it did when the column shrank to its content and was centred)."""
    button = {"type": "button", "label": "Start", "style": {"background": "#00ff00", "border": "none"}}
    column = {"type": "column", "children": [TABLE, button]}
    row = {
        "type": "row",
        "children": [{"type": "button", "label": "Demo", "style": {"background": "#00ff00"}}],
    }
    _, image = await render_dsl(
        pool, page(1000, {"type": "section", "align": "center", "children": [column]})
    )
    table, start = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert table is not None and (table[0], table[2]) == (0, 1000), table
    assert start is not None and abs((start[0] + start[2]) / 2 - 500) <= 1, start
    _, image = await render_dsl(pool, page(1000, {"type": "section", "align": "center", "children": [row]}))
    demo = colour_box(image.data, GREEN)
    assert demo is not None and abs((demo[0] + demo[2]) / 2 - 500) <= 1, demo


async def test_a_grid_of_sized_logos_in_a_centred_column_stays_centred(pool: ChromiumPool) -> None:
    logos = [
        {"type": "container", "layout": {"width": 96, "height": 32}, "style": {"background": "#0000ff"}}
    ] * 3
    column = {
        "type": "column",
        "align": "center",
        "children": [{"type": "grid", "columns": 3, "gap": 16, "children": logos}],
    }
    _, image = await render_dsl(pool, {**page(360, column), "css": ""})
    strip = colour_box(image.data, BLUE)
    assert strip is not None and abs(strip[0] - (360 - strip[2])) <= 1, strip  # as far from each side
