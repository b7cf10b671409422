"""Rows of cards and sidebars on a phone-wide canvas, `wrap: true` on a row of cards, a sidebar at
the right, cards' last buttons and grids without `columns`, on real Chromium: where boxes land."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    boxes,
    colour_box,
    is_blue,
    is_green,
    painted,
    render_dsl,
    rgb,
)

pytestmark = pytest.mark.integration

THREE_CARDS = [
    {"type": "card", "title": "Free", "text": "Community support"},
    {"type": "card", "title": "Pro", "text": "Everything in Free"},
    {"type": "card", "title": "Team", "text": "Admin roles"},
]
CARDS_BLUE = painted(".dsl-card", "#0000ff")


def page(width: int, *elements: dict[str, Any], css: str = "") -> dict[str, Any]:
    return {"width": width, "height": 700, "css": css, "elements": list(elements)}


async def test_a_row_of_cards_on_a_phone_stacks_each_card_across_the_screen(pool: ChromiumPool) -> None:
    """390 px wide: the three cards go one under another, each as wide as the screen less its
    16 px margins, instead of sharing a line at 111 px each."""
    document = page(390, {"type": "row", "children": THREE_CARDS}, css=CARDS_BLUE)
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    lines = boxes(picture, is_blue)
    assert len(lines) == 1, lines  # one column of cards, not three side by side
    left, _, right, _ = lines[0]
    assert left == 16 and right == 390 - 16, lines


@pytest.mark.parametrize("width", [390, 800])
async def test_wrap_true_on_a_row_of_cards_gives_each_card_at_least_200_px(
    pool: ChromiumPool, width: int
) -> None:
    """`wrap: true` (the squeezed-text warning's advice) wraps cards: a phone shows them one a
    line; a desktop page, where three of 200 px fit, keeps them side by side."""
    document = page(width, {"type": "row", "wrap": True, "children": THREE_CARDS}, css=CARDS_BLUE)
    _, image = await render_dsl(pool, document)
    side_by_side = boxes(rgb(image.data), is_blue)
    if width == 390:
        assert len(side_by_side) == 1, side_by_side
    else:
        assert len(side_by_side) == 3 and all(b[2] - b[0] >= 200 for b in side_by_side), side_by_side


async def test_cards_with_a_width_stay_side_by_side_on_a_phone(pool: ChromiumPool) -> None:
    """A width the author gave is kept: the row is not wrapped for them."""
    cards = [{**card, "layout": {"width": 100}} for card in THREE_CARDS]
    _, image = await render_dsl(pool, page(390, {"type": "row", "children": cards}, css=CARDS_BLUE))
    assert len(boxes(rgb(image.data), is_blue)) == 3


ARTICLE = {
    "type": "column",
    "children": [
        {"type": "heading", "text": "Why we rewrote our billing system"},
        {"type": "paragraph", "text": "Last year our billing system hit its limits. " * 4},
    ],
}
SIDEBAR = {
    "type": "sidebar",
    "children": [{"type": "heading", "text": "Related posts"}, {"type": "link", "text": "Our first year"}],
}
PANES = painted(".dsl-column", "#0000ff") + painted(".dsl-sidebar", "#00ff00")


async def test_a_sidebar_beside_an_article_on_a_phone_goes_below_it_across_the_screen(
    pool: ChromiumPool,
) -> None:
    _, image = await render_dsl(pool, page(390, {"type": "row", "children": [ARTICLE, SIDEBAR]}, css=PANES))
    article, sidebar = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert article is not None and sidebar is not None
    assert article[2] - article[0] >= 390 - 2 * 16, article  # not squeezed beside the sidebar
    assert sidebar[1] >= article[3] and sidebar[2] - sidebar[0] >= 390 - 2, (article, sidebar)


async def test_a_sidebar_with_a_width_for_a_wide_screen_is_as_wide_as_the_phone_when_stacked(
    pool: ChromiumPool,
) -> None:
    narrow_sidebar = {**SIDEBAR, "layout": {"width": 220}}
    document = page(390, {"type": "row", "children": [narrow_sidebar, ARTICLE]}, css=PANES)
    _, image = await render_dsl(pool, document)
    article, sidebar = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert article is not None and sidebar is not None
    assert sidebar[2] - sidebar[0] >= 390 - 2 and article[1] >= sidebar[3], (sidebar, article)


async def test_a_right_sidebar_has_its_hairline_between_article_and_sidebar_and_a_smaller_heading(
    pool: ChromiumPool,
) -> None:
    """At 800 px the sidebar's border is on its left side, not on the screen's edge; its heading
    (no level given) is an h3 whose text starts level with the article's h2."""
    hairline = (
        ".dsl-sidebar{border-inline-start-color:#0000ff!important;border-inline-end-color:#0000ff!important}"
    )
    prepared, image = await render_dsl(
        pool, page(800, {"type": "row", "children": [ARTICLE, SIDEBAR]}, css=hairline)
    )
    border = colour_box(image.data, BLUE)
    assert border is not None and border[2] - border[0] <= 1 and border[0] == 800 - 240, border
    assert '<h3 class="dsl-heading"' in prepared.html and "Related posts</h3>" in prepared.html
    picture = rgb(image.data)
    ink_top = [
        next(y for y in range(200) if any(sum(picture.getpixel((x, y))) < 200 for x in range(x0, x1)))
        for x0, x1 in ((24, 500), (570, 790))
    ]
    assert abs(ink_top[0] - ink_top[1]) <= 4, ink_top


async def test_cards_last_buttons_line_up_at_the_foot_of_equal_height_cards(pool: ChromiumPool) -> None:
    plans = [
        {
            "type": "card",
            "title": name,
            "children": [{"type": "list", "items": items}, {"type": "button", "text": "Go"}],
        }
        for name, items in (
            ("Free", ["One"]),
            ("Pro", ["One", "Two", "Three", "Four"]),
            ("Team", ["One", "Two"]),
        )
    ]
    css = painted(".dsl-button", "#00ff00")
    _, image = await render_dsl(pool, page(800, {"type": "row", "children": plans}, css=css))
    buttons = boxes(rgb(image.data), is_green)
    assert len(buttons) == 3 and len({b[3] for b in buttons}) == 1, buttons


async def test_a_grid_without_columns_puts_four_stats_side_by_side_and_one_a_line_on_a_phone(
    pool: ChromiumPool,
) -> None:
    stats = [
        {"type": "stat", "label": name, "value": "12"} for name in ("Revenue", "Orders", "Users", "Churn")
    ]
    css = painted(".dsl-stat", "#0000ff")
    _, wide = await render_dsl(pool, page(800, {"type": "grid", "children": stats}, css=css))
    assert len(boxes(rgb(wide.data), is_blue)) == 4
    _, narrow = await render_dsl(pool, page(300, {"type": "grid", "children": stats}, css=css))
    assert len(boxes(rgb(narrow.data), is_blue)) == 1
