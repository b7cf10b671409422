"""How rows share their room, how a tab panel spaces its children, how a segmented control fits a
narrow box and where a stretched chip puts its text, on real Chromium."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    box_where,
    close_to,
    colour_box,
    colour_mask,
    is_hairline,
    is_text,
    render_dsl,
    rgb,
)

pytestmark = pytest.mark.integration

FLAT = {"border": "none", "borderRadius": 0, "boxShadow": "none"}
WHITE = (255, 255, 255)


def flat(colour: str, **more: Any) -> dict[str, Any]:
    """Style that leaves a box one flat colour, so its pixels give its exact place and size."""
    return {**FLAT, "background": colour, **more}


def page(*elements: dict[str, Any], width: int = 600, height: int = 200) -> dict[str, Any]:
    """A white page with no margin, so boxes are measured from the canvas edge."""
    return {
        "width": width,
        "height": height,
        "padding": 0,
        "background": "#ffffff",
        "elements": list(elements),
    }


# -- a child's own flex ----------------------------------------------------------------------------


def hotel_row(flexed: dict[str, Any]) -> dict[str, Any]:
    """A title column (blue, with `flexed` style) beside a price column (green) holding a 100 px box."""
    title = {"type": "column", "style": flat("#0000ff", **flexed),
             "children": [{"type": "heading", "level": 4, "text": "Casa do Rio Boutique Hotel in Alfama"}]}  # fmt: skip
    price = {"type": "column", "style": flat("#00ff00"),
             "children": [{"type": "container", "layout": {"width": 100, "height": 40}}]}  # fmt: skip
    return {"type": "row", "gap": 16, "align": "stretch", "children": [title, price]}


async def test_a_column_with_its_own_flex_takes_the_free_room_and_its_sibling_keeps_its_width(
    pool: ChromiumPool,
) -> None:
    _, image = await render_dsl(pool, page(hotel_row({"flex": 1})))
    title, price = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert title and price
    assert price[2] - price[0] == 100, price  # as wide as its content
    assert (title[0], title[2]) == (0, 600 - 16 - 100), title


async def test_without_an_authors_flex_the_columns_still_share_the_room(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, page(hotel_row({})))
    title, price = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert title and price
    assert price[2] - price[0] > 100, price  # it grows, as before
    assert title[2] + 16 == price[0] and price[2] == 600


async def test_a_flex_of_none_leaves_the_other_columns_growing(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, page(hotel_row({"flex": "none"})))
    price = colour_box(image.data, GREEN)
    assert price and price[2] == 600 and price[2] - price[0] > 100, price


def banner(*middle: dict[str, Any]) -> dict[str, Any]:
    """A patient banner: a name column (blue), `middle`, and a column of facts (green) at the end."""
    name = {"type": "column", "style": flat("#0000ff"),
            "children": [{"type": "container", "layout": {"width": 120, "height": 40}}]}  # fmt: skip
    facts = {"type": "column", "style": flat("#00ff00"),
             "children": [{"type": "container", "layout": {"width": 100, "height": 40}}]}  # fmt: skip
    return {"type": "row", "gap": 16, "children": [name, *middle, facts]}


async def test_a_spacer_among_columns_takes_the_free_room_and_pushes_the_last_to_the_end(
    pool: ChromiumPool,
) -> None:
    _, image = await render_dsl(pool, page(banner({"type": "spacer"})))
    name, facts = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert name and facts
    assert (name[0], name[2]) == (0, 120), name  # the columns keep their content's width
    assert (facts[0], facts[2]) == (600 - 100, 600), facts  # the last sits at the row's end


async def test_a_sized_spacer_among_columns_is_a_gap_and_the_columns_still_share_the_room(
    pool: ChromiumPool,
) -> None:
    _, image = await render_dsl(pool, page(banner({"type": "spacer", "size": 40})))
    name, facts = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert name and facts
    assert name[2] - name[0] > 120 and facts[2] - facts[0] > 100  # both grow, as before
    assert name[2] + 16 + 40 + 16 == facts[0] and facts[2] == 600


# -- the tab panel ---------------------------------------------------------------------------------


def tabs_with_two_cards(**fields: Any) -> dict[str, Any]:
    card = {"type": "card", "layout": {"height": 40}}
    return {"type": "tabs", "items": ["Overview", "Notes"], **fields,
            "children": [{**card, "style": flat("#0000ff")}, {**card, "style": flat("#00ff00")}]}  # fmt: skip


@pytest.mark.parametrize(("fields", "gap"), [({}, 12), ({"gap": 4}, 4)], ids=["theme-gap", "own-gap"])
async def test_a_tab_panel_keeps_its_children_apart_as_a_column_does(
    pool: ChromiumPool, fields: dict[str, Any], gap: int
) -> None:
    _, image = await render_dsl(pool, page(tabs_with_two_cards(**fields), height=260))
    first, second = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert first and second
    assert second[1] - first[3] == gap, (first, second)
    assert (first[0], first[2]) == (second[0], second[2]) == (0, 600)  # still as wide as the panel


def notes_card(variant: str) -> dict[str, Any]:
    """A card with `padding: 0` and a green border holding tabs over a divided list."""
    items = [{"label": "Progress note", "value": "07:42"}, {"label": "Shift assessment", "value": "06:30"}]
    tabs = {"type": "tabs", "variant": variant, "items": ["Progress notes", "Nursing"],
            "children": [{"type": "list", "variant": "divided", "items": items}]}  # fmt: skip
    return {"type": "card", "padding": 0, "layout": {"x": 0, "y": 0, "width": 400},
            "style": {"borderColor": "#00ff00", "boxShadow": "none"}, "children": [tabs]}  # fmt: skip


@pytest.mark.parametrize("variant", ["underline", "pills"])
async def test_tabs_in_a_flush_card_keep_its_inset_and_their_list_runs_to_its_border(
    pool: ChromiumPool, variant: str
) -> None:
    """The first tab sat against the card's border, and the panel's divided list drew a box of its
    own inside the card: a second border down both sides and along the bottom."""
    _, image = await render_dsl(pool, page(notes_card(variant), width=420, height=240))
    frame = colour_box(image.data, GREEN)
    assert frame is not None
    picture = rgb(image.data)
    first_tab = box_where(picture, is_text, (frame[0] + 1, frame[1] + 1, frame[0] + 200, frame[1] + 50))
    assert first_tab is not None and first_tab[0] - frame[0] >= 16, (frame, first_tab)
    inside = (frame[0] + 1, first_tab[3] + 8, frame[2] - 1, frame[3] - 1)
    mask = colour_mask(picture, is_hairline, inside)
    assert mask[:, :4].sum(axis=0).max() < 5, mask[:, :4].sum(axis=0)  # no rule down its side
    rules = [inside[1] + y for y in range(mask.shape[0]) if mask[y].all()]  # border to border
    # between the items, and above the list under pills (an underlined strip's rule is its top)
    assert len(rules) == 1 + (variant == "pills"), rules
    assert frame[3] - 1 - rules[-1] > 30  # none at the foot: the card's own border is the last item's


# -- a segmented control in a narrow box -----------------------------------------------------------


def segmented_in(width: int) -> dict[str, Any]:
    """Heat/Cool/Auto in a red column `width` px wide."""
    tabs = {"type": "tabs", "variant": "segmented", "items": ["Heat", "Cool", "Auto"]}
    return {"type": "column", "layout": {"width": width}, "style": flat("#ff0000"), "children": [tabs]}


def text_pixels(image_data: bytes, region: tuple[int, int, int, int]) -> int:
    """How many grey or black text pixels `region` holds."""
    image = rgb(image_data)
    pixels = image.load()
    assert pixels is not None
    left, top, right, bottom = region
    return sum(is_text(pixels[x, y]) for y in range(top, bottom) for x in range(left, right))


async def test_a_segmented_control_fits_a_narrow_column_with_its_labels_whole(pool: ChromiumPool) -> None:
    """Its segments give up their side room before their labels: Heat, Cool and Auto all stay
    whole in a 120 px column (the strip ran 66 px past it)."""
    _, wide = await render_dsl(pool, page(segmented_in(400), height=80))
    _, narrow = await render_dsl(pool, page(segmented_in(120), height=80))
    beyond = box_where(rgb(narrow.data), lambda colour: not close_to(colour, WHITE, 2), (120, 0, 600, 80))
    assert beyond is None, beyond  # nothing past the column's edge
    whole, squeezed = text_pixels(wide.data, (0, 0, 400, 80)), text_pixels(narrow.data, (0, 0, 120, 80))
    assert abs(squeezed - whole) <= whole * 0.1, (whole, squeezed)  # the same words, no ellipsis


async def test_a_segmented_control_too_narrow_for_its_labels_still_keeps_to_its_box(
    pool: ChromiumPool,
) -> None:
    """Its labels end in an ellipsis, and segments that cannot shrink further are cut at its side."""
    _, image = await render_dsl(pool, page(segmented_in(70), height=80))
    beyond = box_where(rgb(image.data), lambda colour: not close_to(colour, WHITE, 2), (70, 0, 600, 80))
    assert beyond is None, beyond


# -- a stretched chip ------------------------------------------------------------------------------


async def test_a_chip_stretched_to_its_grid_cell_centres_its_text(pool: ChromiumPool) -> None:
    chip = {"type": "chip", "style": {**flat("#0000ff"), "color": "#ffffff"}}
    slots = {"type": "grid", "columns": 3, "gap": 8, "children": [{**chip, "text": time} for time in ("09:00", "10:15", "11:30")]}  # fmt: skip
    _, image = await render_dsl(pool, page(slots, width=390, height=80))
    pixels = rgb(image.data)
    cell = colour_box(image.data, BLUE)
    assert cell
    first_cell = (cell[0], cell[1], 125, cell[3])  # (390 - 2 * 8) / 3 px wide, from the left
    text = box_where(pixels, lambda colour: close_to(colour, WHITE, 60), first_cell)
    assert text
    assert abs((text[0] + text[2]) / 2 - 125 / 2) <= 1.5, text


@pytest.mark.parametrize("side", ["start", "end"])
async def test_a_chip_draws_its_icon_on_the_side_iconposition_names(pool: ChromiumPool, side: str) -> None:
    """A filter chip's chevron after its text ("Type v"): the chip drew its icon first whatever
    `iconPosition` said, and the CLI warned it was ignored."""
    chip = {"type": "chip", "text": "Type", "icon": "chevron-down", "iconPosition": side}
    css = ".dsl-chip .dsl-i{color:#ff0000}"
    _, image = await render_dsl(
        pool, {"width": 200, "height": 80, "padding": 8, "css": css, "elements": [chip]}
    )
    picture = rgb(image.data)
    glyph = box_where(picture, lambda colour: colour[0] > 180 and colour[1] < 90 and colour[2] < 90)
    words = box_where(picture, is_text)
    assert glyph is not None and words is not None, (glyph, words)
    if side == "end":
        assert glyph[0] >= words[2], (glyph, words)
    else:
        assert glyph[2] <= words[0], (glyph, words)
