"""Cards' covers and badges, buttons' badges and trailing icons, bulleted lists' active entries,
and the sizes of texts, badges and modals on real Chromium: where their pixels land."""

from __future__ import annotations

import base64
import io
from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    RGB,
    box_where,
    close_to,
    colour_box,
    column_runs,
    is_brand_red,
    is_ink,
    is_red,
    is_text,
    luminance,
    mask_bbox,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

DANGER: RGB = (220, 38, 38)
"""The light theme's danger red: the colour of a count badge."""


def is_danger(colour: RGB) -> bool:
    return close_to(colour, DANGER, 30)


def solid_png(colour: RGB, size: tuple[int, int] = (64, 36)) -> str:
    """A data: URI of a PNG of one colour: the only kind of picture a page may show."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


# -- a card's cover -------------------------------------------------------------------------------

CARD_AT = {"x": 40, "y": 30, "width": 322}
"""A card placed by coordinates: 320 px inside its 1 px border."""


def covered_card(**fields: Any) -> dict[str, Any]:
    card = {"type": "card", "title": "Ten days in the Dolomites", "text": "A hut-to-hut route.",
            "layout": CARD_AT, "style": {"borderColor": "#00ff00"}, **fields}  # fmt: skip
    return {"width": 420, "height": 420, "elements": [card]}


@pytest.mark.parametrize(
    "spacing",
    [{}, {"padding": 0}, {"padding": 32}, {"style": {"borderColor": "#00ff00", "padding": "8px 12px"}}],
    ids=["theme", "padding-0", "padding-32", "style-padding"],
)
async def test_a_cards_cover_runs_edge_to_edge_inside_its_border_above_the_title(
    pool: ChromiumPool, spacing: dict[str, Any]
) -> None:
    """The picture fills the card's width inside the border, from its top, 16:9 of that width,
    with the card's rounded corners; the title comes below it. The card's own padding, written
    as `padding` or in `style`, moves the text, never the cover."""
    _, image = await render_dsl(pool, covered_card(src=solid_png(BLUE), alt="Lake", **spacing))
    card, cover = colour_box(image.data, GREEN), colour_box(image.data, BLUE)
    assert card is not None and cover is not None, (card, cover)
    assert cover[0] == card[0] + 1 and cover[2] == card[2] - 1 and cover[1] == card[1] + 1, (card, cover)
    assert abs((cover[3] - cover[1]) - 320 * 9 / 16) <= 1.5, cover
    picture = rgb(image.data)
    assert not close_to(picture.getpixel((card[0] + 2, card[1] + 2)), BLUE), "the corner is not rounded"
    title = box_where(picture, is_text, (card[0] + 2, card[1] + 2, card[2] - 2, card[3] - 2))
    assert title is not None and title[1] >= cover[3] + 4, (title, cover)


async def test_a_cards_cover_that_is_not_embedded_is_a_placeholder_from_edge_to_edge(
    pool: ChromiumPool,
) -> None:
    """Any other `src` draws the image element's striped placeholder in the cover's place (and
    pushes the title down by the cover's height)."""
    _, plain = await render_dsl(pool, covered_card())
    _, covered = await render_dsl(pool, covered_card(src="https://cdn.example.com/hero.jpg", alt="Lake"))
    card = colour_box(covered.data, GREEN)
    assert card is not None
    band = (card[0] + 1, card[1] + 30, card[2] - 1, card[1] + 31)  # one row across the cover
    picture = rgb(covered.data)
    assert all(min(picture.getpixel((x, band[1]))) < 252 for x in range(band[0], band[2])), "not edge to edge"
    inside = (card[0] + 2, card[1] + 2, card[2] - 2, card[3] - 2)
    title_plain = box_where(rgb(plain.data), is_text, inside)
    title_covered = box_where(picture, is_text, (inside[0], card[1] + 180, inside[2], inside[3]))
    assert title_plain is not None and title_covered is not None
    assert abs(title_covered[1] - title_plain[1] - 180) <= 24, (title_plain, title_covered)


@pytest.mark.parametrize("lang_dir", [{}, {"lang": "ar", "dir": "rtl"}], ids=["ltr", "rtl"])
@pytest.mark.parametrize("src", ["embedded", "placeholder"])
async def test_a_row_cards_cover_is_a_column_at_its_start_beside_the_title(
    pool: ChromiumPool, src: str, lang_dir: dict[str, str]
) -> None:
    """A card with `direction: row` has its cover as the row's first column (a media object): from
    its top to its bottom inside the border, at its start side, the title beside it and whole. A
    cover at the top ran over the title's first letters and filled only the card's top."""
    source = solid_png(BLUE) if src == "embedded" else "hotel.jpg"
    card = {"type": "card", "direction": "row", "src": source, "alt": "Pool", "title": "Casa Bonay",
            "description": "Eixample", "children": [{"type": "text", "text": "164 a night"}],
            "layout": {"x": 40, "y": 30, "width": 602}, "style": {"borderColor": "#00ff00"}}  # fmt: skip
    document = {"width": 700, "height": 260, **lang_dir, "elements": [card]}
    if src == "placeholder":  # its stripes in blue, to find its box
        document["css"] = ".dsl-card-cover{background:#0000ff!important}"
    _, image = await render_dsl(pool, document)
    frame, cover = colour_box(image.data, GREEN), colour_box(image.data, BLUE)
    assert frame is not None and cover is not None
    picture = rgb(image.data)
    inside = (frame[0] + 1, frame[1] + 1, frame[2] - 1, frame[3] - 1)
    assert abs(cover[1] - inside[1]) <= 2 and abs(cover[3] - inside[3]) <= 2, (cover, inside)  # full height
    width = cover[2] - cover[0]
    assert 150 <= width <= 202, cover  # a column, not the card's width
    rtl = bool(lang_dir)
    assert abs(cover[2] - inside[2] if rtl else cover[0] - inside[0]) <= 2, (cover, inside)  # at the start
    beside = (
        (inside[0], inside[1], cover[0], inside[3]) if rtl else (cover[2], inside[1], inside[2], inside[3])
    )
    title = box_where(picture, is_text, beside)
    assert title is not None and (cover[0] - title[2] if rtl else title[0] - cover[2]) >= 8, (title, cover)
    if src == "embedded":  # nothing drawn over the picture (its rounded corners aside)
        blue = box_where(
            picture,
            lambda c: not close_to(c, BLUE, 8),
            (cover[0] + 14, cover[1] + 14, cover[2] - 14, cover[3] - 14),
        )
        assert blue is None, blue


async def test_a_card_padded_0_insets_its_header_row_as_its_caption_and_lets_its_picture_run_to_the_border(
    pool: ChromiumPool,
) -> None:
    """A social post: an avatar's row, a photo, a caption. The row sat against the card's border
    (1 px) while the caption kept 20 px: now both start on the same inset, the photo edge to edge."""
    post = {"type": "card", "padding": 0, "style": {"borderColor": "#00ff00"}, "children": [
        {"type": "row", "children": [{"type": "avatar", "name": "Mia Wong", "description": "2h", "size": "sm"}]},
        {"type": "image", "alt": "Photo", "layout": {"height": 100}},
        {"type": "text", "text": "Caption text here"}]}  # fmt: skip
    css = ".dsl-card .dsl-image{background:#0000ff!important;border:0!important}"
    _, image = await render_dsl(pool, {"width": 400, "height": 300, "css": css, "elements": [post]})
    picture = rgb(image.data)
    card, photo = colour_box(image.data, GREEN), colour_box(image.data, BLUE)
    assert card is not None and photo is not None
    assert photo[0] == card[0] + 1 and photo[2] == card[2] - 1, (photo, card)  # edge to edge

    def drawn(colour: RGB) -> bool:  # anything but the white card: the avatar's disc, the words
        return min(colour) < 235

    above = box_where(picture, drawn, (card[0] + 8, card[1] + 8, card[2] - 8, photo[1] - 1))  # the avatar
    below = box_where(picture, drawn, (card[0] + 8, photo[3] + 1, card[2] - 8, card[3] - 8))  # the caption
    assert above is not None and below is not None, (above, below)
    assert abs(above[0] - below[0]) <= 2, (above, below)  # one inset
    assert below[0] - card[0] >= 16, (below, card)


POST_ACTIONS = {"type": "row", "gap": 4, "className": "actions", "children": [
    {"type": "button", "icon": "heart", "variant": "ghost"}, {"type": "button", "icon": "message-circle", "variant": "ghost"},
    {"type": "spacer"}, {"type": "button", "icon": "bookmark", "variant": "ghost"}]}  # fmt: skip
POST = {"type": "card", "padding": 0, "style": {"borderColor": "#00ff00"}, "children": [
    {"type": "image", "alt": "Photo", "layout": {"height": 100}}, POST_ACTIONS,
    {"type": "text", "text": "1,284 likes", "className": "likes"},
    {"type": "paragraph", "text": "Golden hour on the 28.", "className": "caption"}]}  # fmt: skip


async def test_the_inset_children_of_a_card_padded_0_are_one_gap_apart_and_from_its_edges(
    pool: ChromiumPool,
) -> None:
    """A post's action row, likes line and caption stood 24 px apart (each kept a gap above and
    below), 12 px from the photo and from the card's bottom: their gaps now collapse into one."""
    css = (".dsl-card .dsl-image{background:#0000ff!important;border:0!important}"
           ".actions{background:#ff0000!important}.likes{background:#000!important}"
           ".caption{background:#ff00ff!important}")  # fmt: skip
    _, image = await render_dsl(pool, {"width": 400, "height": 400, "css": css, "elements": [POST]})
    picture = rgb(image.data)
    card, photo, actions = (
        colour_box(image.data, GREEN),
        colour_box(image.data, BLUE),
        mask_bbox(image.data, is_red),
    )
    likes = box_where(picture, lambda colour: max(colour) < 20)
    caption = box_where(picture, lambda colour: colour[0] > 230 and colour[1] < 30 and colour[2] > 230)
    assert None not in (card, photo, actions, likes, caption), (card, photo, actions, likes, caption)
    assert card and photo and actions and likes and caption
    gaps = [actions[1] - photo[3], likes[1] - actions[3], caption[1] - likes[3], card[3] - 1 - caption[3]]
    assert max(gaps) - min(gaps) <= 1 and 8 <= min(gaps) <= 16, gaps


async def test_ghost_icon_buttons_at_the_ends_of_a_cards_row_sit_on_the_line_of_its_text(
    pool: ChromiumPool,
) -> None:
    """The post's heart stood 18 px right of the caption's first letter and its bookmark as far
    short of the card's inset: at a row's ends a ghost icon button is pulled out by its padding."""
    css = ".dsl-card .dsl-image{background:#0000ff!important;border:0!important}"
    _, image = await render_dsl(pool, {"width": 400, "height": 400, "css": css, "elements": [POST]})
    picture = rgb(image.data)
    card, photo = colour_box(image.data, GREEN), colour_box(image.data, BLUE)
    assert card is not None and photo is not None
    row = box_where(picture, is_ink, (card[0] + 2, photo[3] + 4, card[2] - 2, photo[3] + 44))
    caption = box_where(picture, is_text, (card[0] + 2, card[3] - 36, card[2] - 2, card[3] - 2))
    assert row is not None and caption is not None, (row, caption)
    assert abs(row[0] - caption[0]) <= 3, (row, caption)  # the heart's ink under the caption's first letter
    inset = caption[0] - card[0]
    assert abs((card[2] - row[2]) - inset) <= 3, (row, card, inset)  # the bookmark's ink on the end line


# -- a card's badge -------------------------------------------------------------------------------


async def test_a_cards_badge_is_a_pill_on_the_right_of_its_title(pool: ChromiumPool) -> None:
    """A pricing card's "Most popular": in the title's line, at the card's far end."""
    card = {"type": "card", "title": "Pro", "description": "For growing teams", "badge": "Most popular",
            "layout": CARD_AT, "style": {"borderColor": "#00ff00"}}  # fmt: skip
    document = {"width": 420, "height": 240, "theme": {"primary": "#ff0000"}, "elements": [card]}
    _, image = await render_dsl(pool, document)
    frame, badge = colour_box(image.data, GREEN), mask_bbox(image.data, is_brand_red)
    assert frame is not None and badge is not None, (frame, badge)
    picture = rgb(image.data)
    title = box_where(picture, is_text, (frame[0] + 2, frame[1] + 2, frame[0] + 120, frame[1] + 44))
    assert title is not None
    assert badge[0] > title[2] + 100 and frame[2] - 40 <= badge[2] < frame[2], (title, badge, frame)
    assert title[1] < (badge[1] + badge[3]) / 2 < title[3], (title, badge)  # on the title's line


async def test_a_badge_with_no_room_beside_a_narrow_cards_title_goes_under_it(pool: ChromiumPool) -> None:
    """In a narrow card the title kept beside its badge was broken inside its words ("Carbo /
    nara"), then the badge moved above the title, which left the card's title lower than its
    neighbours' in a grid; now the title keeps its words on one line at the top and the badge
    goes under it, at its start."""
    card = {"type": "card", "title": "Carbonara", "badge": "Popular", "layout": {"width": 150},
            "style": {"borderColor": "#00ff00"}}  # fmt: skip
    document = {"width": 300, "height": 200, "theme": {"primary": "#ff0000"}, "elements": [card]}
    _, image = await render_dsl(pool, document)
    frame, badge = colour_box(image.data, GREEN), mask_bbox(image.data, is_brand_red)
    assert frame is not None and badge is not None, (frame, badge)
    title = box_where(rgb(image.data), is_text, (frame[0] + 2, frame[1] + 2, frame[2] - 2, badge[1] - 1))
    assert title is not None and title[3] - title[1] < 24, title  # one line of 16 px text
    assert title[3] < badge[1] and abs(badge[0] - title[0]) <= 12, (badge, title)


async def test_an_icon_button_fills_its_grid_cell_as_labelled_buttons_do(pool: ChromiumPool) -> None:
    """A keypad: the backspace key was a small square at the start of its cell."""
    keys = [{"type": "button", "label": "0", "style": {"background": "#00ff00"}},
            {"type": "button", "icon": "delete", "style": {"background": "#0000ff"}}]  # fmt: skip
    document = {
        "width": 320,
        "height": 100,
        "elements": [{"type": "grid", "columns": 2, "gap": 8, "children": keys}],
    }
    _, image = await render_dsl(pool, document)
    label_key, icon_key = colour_box(image.data, GREEN), colour_box(image.data, BLUE)
    assert label_key is not None and icon_key is not None
    assert icon_key[2] - icon_key[0] == label_key[2] - label_key[0], (label_key, icon_key)


# -- a button's badge and icon side ---------------------------------------------------------------

MARK = {"type": "container", "layout": {"width": 20, "height": 20}, "style": {"background": "#00ff00"}}
"""A green square after the button: where it lands shows the room the button takes."""


async def _button_row(pool: ChromiumPool, button: dict[str, Any], **theme: Any) -> Image.Image:
    row = {"type": "row", "gap": 12, "children": [button, MARK]}
    document = {"width": 300, "height": 120, "scale": 2, "padding": 24, "theme": {"primary": "#0000ff", **theme},
                "elements": [row]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


async def test_an_icon_buttons_badge_sits_on_the_icons_corner_and_takes_no_room(pool: ChromiumPool) -> None:
    """A cart's count: a small red badge with a white number over the icon's top-right corner;
    the button keeps its size, so what follows it does not move."""
    ghost = {"type": "button", "icon": "shopping-cart", "variant": "ghost"}
    bare = await _button_row(pool, ghost)
    badged = await _button_row(pool, {**ghost, "badge": 3})
    assert box_where(bare, lambda c: close_to(c, GREEN)) == box_where(badged, lambda c: close_to(c, GREEN))
    mark = box_where(bare, lambda c: close_to(c, GREEN))
    assert mark is not None
    icon = box_where(bare, is_ink, (0, 0, mark[0], bare.height))
    badge = box_where(badged, is_danger)
    assert icon is not None and badge is not None, (icon, badge)
    badge_x, badge_y = (badge[0] + badge[2]) / 2, (badge[1] + badge[3]) / 2
    assert (icon[0] + icon[2]) / 2 < badge_x <= icon[2] + 14 and icon[1] - 16 <= badge_y < icon[1] + 8, (
        badge,
        icon,
    )
    assert badge[3] - badge[1] <= 20 * 2, badge
    middle = (badge[0] + 8, badge[1] + 8, badge[2] - 8, badge[3] - 8)
    assert box_where(badged, lambda c: min(c) > 235, middle) is not None, "no white count in the badge"


async def test_a_labelled_buttons_badge_sits_on_the_buttons_top_right_corner(pool: ChromiumPool) -> None:
    primary = {"type": "button", "label": "Inbox", "icon": "inbox"}
    bare = await _button_row(pool, primary)
    badged = await _button_row(pool, {**primary, "badge": 12})
    assert box_where(bare, lambda c: close_to(c, GREEN)) == box_where(badged, lambda c: close_to(c, GREEN))
    button = box_where(bare, lambda c: close_to(c, BLUE, 40))
    badge = box_where(badged, is_danger)
    assert button is not None and badge is not None, (button, badge)
    assert badge[0] < button[2] < badge[2] and badge[1] < button[1] < badge[3], (button, badge)


FILTERS = {"type": "button", "icon": "sliders-horizontal", "variant": "ghost", "label": "Filters", "badge": 3}
"""A property search's filters at the end of its top bar, with the count of filters set."""


def _search_bar(device: str, *actions: dict[str, Any]) -> dict[str, Any]:
    bar = {"type": "navbar", "title": "Islington, London", "back": True, "actions": list(actions)}
    return {"device": device, "height": 120, "scale": 2, "elements": [bar]}


@pytest.mark.parametrize("device", ["mobile", "desktop"])
async def test_a_ghost_buttons_count_follows_its_label_inside_the_bar(
    pool: ChromiumPool, device: str
) -> None:
    """The count hung off the corner of the ghost button's invisible box: past the phone's edge
    (the bar's last button is pulled out onto the margin) and above and away from the label on a
    desktop. It follows the label on its line, and nothing runs past the screen."""
    _, image = await render_dsl(pool, _search_bar(device, FILTERS))
    assert not image.measured_warnings, image.measured_warnings
    pixels = rgb(image.data)
    badge = box_where(pixels, is_danger)
    assert badge is not None
    label = box_where(pixels, is_text, (pixels.width // 2, 0, badge[0], pixels.height))
    assert label is not None
    assert 0 < badge[0] - label[2] <= 2 * 16, (label, badge)  # after the label, a gap apart
    assert label[1] < (badge[1] + badge[3]) / 2 < label[3], (label, badge)  # on its line
    assert badge[2] <= pixels.width - 2 * 12, badge  # inside the screen's margin


async def test_a_folded_ghost_buttons_count_sits_on_its_icon_as_an_icon_buttons_does(
    pool: ChromiumPool,
) -> None:
    """A phone's bar too narrow for the labels shows the icons alone: the count goes back to the
    icon's corner, where an icon-only ghost button in the same place has it."""
    saved = {"type": "button", "icon": "heart", "variant": "ghost", "label": "Saved"}
    shared = {"type": "button", "icon": "share", "variant": "ghost", "label": "Share"}
    _, folded = await render_dsl(pool, _search_bar("mobile", saved, shared, FILTERS))
    icons_only = [
        {"type": "button", "icon": button["icon"], "variant": "ghost"} for button in (saved, shared)
    ]
    bare_filters = {"type": "button", "icon": "sliders-horizontal", "variant": "ghost", "badge": 3}
    _, icons = await render_dsl(pool, _search_bar("mobile", *icons_only, bare_filters))
    found = [box_where(rgb(image.data), is_danger) for image in (folded, icons)]
    assert found[0] is not None and found[0] == found[1], found
    assert found[0][2] <= rgb(folded.data).width, found


async def test_an_icon_goes_after_a_buttons_label_with_icon_position_end(pool: ChromiumPool) -> None:
    """ "Next ->": the label's letters, then the arrow; `iconPosition: right` is read as `end`."""

    def white(colour: RGB) -> bool:
        return min(colour) > 200

    button = {"type": "button", "label": "Next", "icon": "arrow-right"}
    images = [await _button_row(pool, {**button, **side}) for side in ({}, {"iconPosition": "right"})]
    fills = [box_where(image, lambda c: close_to(c, BLUE, 40)) for image in images]
    assert fills[0] == fills[1] and fills[0] is not None, fills
    before, after = (column_runs(image, white, fills[0]) for image in images)
    assert len(before) == len(after) >= 3, (before, after)
    arrow_first, arrow_last = before[0], after[-1]
    assert abs((arrow_first[1] - arrow_first[0]) - (arrow_last[1] - arrow_last[0])) <= 2, (before, after)
    assert after[-1][0] - after[-2][1] >= 12 and before[1][0] - before[0][1] >= 12, (before, after)  # the gap


@pytest.mark.parametrize("side", ["start", "end"])
async def test_a_squeezed_buttons_label_gives_way_to_its_icon_alone_in_the_middle(
    pool: ChromiumPool, side: str
) -> None:
    """Three product cards on a phone (kept side by side: `wrap: false`), each with "Add to cart" and a plus: the label had room for
    no letter and was drawn as glyph fragments beside the plus ("+" and half an "A" over a "d").
    The button keeps its height and shows the plus alone, centred; at its natural width beside
    the cards the same button keeps its label."""
    action = {"label": "Add to cart", "icon": "plus", "iconPosition": side}
    cards = [{"type": "card", "title": "Tent", "actions": [action]} for _ in range(3)]
    document = {"device": "mobile", "height": 300, "scale": 1, "theme": {"primary": "#0000ff"},
                "elements": [{"type": "grid", "columns": 3, "wrap": False, "children": cards}]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    first = box_where(picture, lambda c: close_to(c, BLUE, 40), (0, 0, picture.width // 3, picture.height))
    assert first is not None
    ink = box_where(picture, lambda c: min(c) > 200, (first[0] + 2, first[1] + 2, first[2] - 2, first[3] - 2))
    assert ink is not None
    assert ink[2] - ink[0] <= 16 and ink[3] - ink[1] <= 16, ink  # the plus alone
    assert abs((ink[0] + ink[2]) / 2 - (first[0] + first[2]) / 2) <= 1.5, (ink, first)
    assert abs((ink[1] + ink[3]) / 2 - (first[1] + first[3]) / 2) <= 1.5, (ink, first)
    assert first[3] - first[1] <= 46, first  # one line's button, not grown by a wrapped label
    wide = await _button_row(pool, {"type": "button", **action})
    button = box_where(wide, lambda c: close_to(c, BLUE, 40))
    assert button is not None
    assert len(column_runs(wide, lambda c: min(c) > 200, button)) >= 6  # the plus and the letters


# -- a bulleted list's active entry ---------------------------------------------------------------


async def test_a_bulleted_lists_active_entry_is_drawn_in_the_primary_colour(pool: ChromiumPool) -> None:
    """An entry marked `active` (the page you are on) stands out; the others keep their look."""
    items = ["Overview", {"label": "Install", "active": True}, "Configure"]
    document = {"width": 300, "height": 140, "theme": {"primary": "#ff0000"},
                "elements": [{"type": "list", "items": items}]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    red = box_where(picture, is_brand_red)
    lines = box_where(picture, is_ink)
    assert red is not None and lines is not None, (red, lines)
    line = (lines[3] - lines[1]) / 3
    assert lines[1] + line * 0.8 < (red[1] + red[3]) / 2 < lines[1] + line * 2.2, (red, lines)  # the second


async def test_radio_cards_outline_the_chosen_option_in_the_primary_colour(pool: ChromiumPool) -> None:
    document = {
        "width": 400,
        "height": 220,
        "padding": 0,
        "theme": {"primary": "#ff0000"},
        "elements": [
            {
                "type": "radio",
                "variant": "cards",
                "value": "fast",
                "options": [
                    {"label": "Standard", "value": "slow", "description": "3-5 days"},
                    {"label": "Express", "value": "fast", "description": "1-2 days"},
                ],
            }
        ],
    }
    _, image = await render_dsl(pool, document)
    red = mask_bbox(image.data, is_red)
    assert red is not None
    left, top, right, bottom = red
    assert right - left >= 390 and 50 <= bottom - top <= 80, red  # one card's full-width outline
    assert top > 50, red  # the second card's, below the first


# -- the size of a text, a badge and a modal ------------------------------------------------------


async def _ink_height(pool: ChromiumPool, element: dict[str, Any]) -> int:
    """The height in device px of the ink of one element alone on a page drawn at 2x (a link's
    underline left out: its letters are measured)."""
    document = {"width": 400, "height": 100, "scale": 2, "padding": 20, "elements": [element],
                "css": ".dsl-link{text-decoration:none!important}"}  # fmt: skip
    _, image = await render_dsl(pool, document)
    ink = box_where(rgb(image.data), is_ink)
    assert ink is not None
    return ink[3] - ink[1]


@pytest.mark.parametrize("kind", ["text", "paragraph", "link", "label"])
async def test_a_texts_size_sets_its_font_size(pool: ChromiumPool, kind: str) -> None:
    """Capitals (no ascenders or descenders) are as tall as the font is large: xl (18 px) and xs
    (12 px) against the body's 14 px, and a number of px."""
    text = {"type": kind, "text": "HHHH"}
    body = await _ink_height(pool, {**text, "size": "md"})
    for size, px in (("xl", 18), ("xs", 12), (28, 28)):
        height = await _ink_height(pool, {**text, "size": size})
        assert abs(height / body - px / 14) < 0.09, (size, height, body)


async def test_a_badges_size_scales_its_pill(pool: ChromiumPool) -> None:
    """A solid badge's pill: 18 px tall at sm, 22 at md (the default), 28 at lg."""
    heights = {}
    for size in ("sm", "md", "lg"):
        badge = {"type": "badge", "text": "New", "variant": "solid", "size": size}
        pill = box_where(await _button_row(pool, badge), lambda c: close_to(c, BLUE, 40))
        assert pill is not None
        heights[size] = (pill[3] - pill[1]) / 2
    assert heights == {"sm": 18, "md": 22, "lg": 28}, heights


async def test_a_modals_size_sets_its_width(pool: ChromiumPool) -> None:
    """The dialog's border box: 440 px by default, sm 360 ... xl 840, or the px written."""
    widths = {}
    for size in (None, "sm", "lg", "xl", 560):
        modal = {"type": "modal", "title": "Invite people", "actions": ["Cancel", "Send"],
                 "style": {"borderColor": "#00ff00"}, **({"size": size} if size is not None else {})}  # fmt: skip
        _, image = await render_dsl(pool, {"width": 1000, "height": 400, "elements": [modal]})
        frame = colour_box(image.data, GREEN)
        assert frame is not None
        widths[size] = frame[2] - frame[0]
    assert widths == {None: 440, "sm": 360, "lg": 640, "xl": 840, 560: 560}, widths


async def test_a_brand_logo_is_drawn_in_the_icons_colour_and_box(pool: ChromiumPool) -> None:
    """`github` was a dashed placeholder: Lucide draws no brand logos; Font Awesome's brands do."""
    logo = {"type": "icon", "name": "github", "size": 40, "color": "#ff0000", "layout": {"x": 20, "y": 20}}
    _, image = await render_dsl(
        pool, {"width": 100, "height": 100, "background": "#ffffff", "elements": [logo]}
    )
    drawn = mask_bbox(image.data, is_red)
    assert drawn is not None
    left, top, right, bottom = drawn
    assert left >= 20 and right <= 60 and top >= 20 and bottom <= 60  # inside its 40 px box
    assert right - left >= 28 and bottom - top >= 28  # a glyph, not a dot


async def test_a_sections_title_in_a_titled_card_is_a_step_below_the_cards(pool: ChromiumPool) -> None:
    """A "Job type" section in a "Filters" card had a title as large as the card's."""
    card = {"type": "card", "title": "Type", "padding": 0, "style": {"border": "none", "boxShadow": "none"},
            "children": [{"type": "section", "title": "Type"}]}  # fmt: skip
    _, image = await render_dsl(pool, {"width": 200, "height": 120, "padding": 0, "elements": [card]})
    picture = rgb(image.data)
    card_title, section_title = row_runs(picture, is_text, (0, 0, 200, 120))[:2]
    assert section_title[1] - section_title[0] < card_title[1] - card_title[0], (card_title, section_title)


async def test_a_square_theme_draws_square_cards(pool: ChromiumPool) -> None:
    """`radius: 0` squared inputs but left cards, toasts and modals 4 px round (radius + 4)."""
    card = {"type": "card", "title": "Square", "layout": {"x": 20, "y": 20, "width": 120, "height": 60},
            "style": {"borderColor": "#00ff00", "boxShadow": "none"}}  # fmt: skip
    document = {
        "width": 200,
        "height": 120,
        "background": "#ffffff",
        "theme": {"radius": 0},
        "elements": [card],
    }
    _, image = await render_dsl(pool, document)
    assert close_to(rgb(image.data).getpixel((20, 20)), GREEN)  # the very corner is border


async def test_a_coloured_cards_headings_and_labels_take_its_colour(pool: ChromiumPool) -> None:
    """A teal balance card with color white: the heading and the progress bar's words stayed near
    black on teal; only plain text took the colour."""
    card = {"type": "card", "layout": {"x": 0, "y": 0, "width": 300}, "padding": 16,
            "style": {"background": "#0000ff", "color": "#ff0000", "border": "none", "boxShadow": "none"},
            "children": [{"type": "heading", "level": 3, "text": "$24,580"},
                         {"type": "progress", "value": 0, "label": "Budget used"}]}  # fmt: skip
    _, image = await render_dsl(pool, {"width": 320, "height": 160, "padding": 0, "elements": [card]})
    picture = rgb(image.data)
    dark_ink = box_where(picture, lambda colour: luminance(colour) < 60 and max(colour) - min(colour) < 30)
    assert dark_ink is None  # no near-black text left on the card
    assert mask_bbox(image.data, is_red) is not None


async def test_pagination_under_a_table_in_a_flush_card_keeps_the_cards_inset(pool: ChromiumPool) -> None:
    """`padding: 0` lets a table run to the card's border; the pagination after it sat flush on
    the border too ("Showing..." touching it) and the page buttons on the card's bottom edge."""
    card = {"type": "card", "padding": 0, "layout": {"x": 0, "y": 0, "width": 400},
            "style": {"borderColor": "#00ff00", "boxShadow": "none"},
            "children": [{"type": "table", "columns": ["A"], "rows": [["1"]]},
                         {"type": "pagination", "text": "Showing 1-1 of 1", "current": 1, "total": 1}]}  # fmt: skip
    _, image = await render_dsl(pool, {"width": 420, "height": 240, "padding": 0, "elements": [card]})
    frame = colour_box(image.data, GREEN)
    assert frame is not None
    picture = rgb(image.data)
    words = box_where(picture, is_text, (frame[0] + 1, frame[3] - 60, frame[0] + 200, frame[3] - 1))
    assert words is not None and words[0] - frame[0] >= 16 and frame[3] - words[3] >= 10, (frame, words)


def is_blue_ink(colour: RGB) -> bool:
    red, green, blue = colour
    return blue > 150 and red < 120 and green < 120


@pytest.mark.parametrize("size", ["sm", "md", "lg"])
async def test_a_link_button_is_underlined_at_every_size(pool: ChromiumPool, size: str) -> None:
    """A large link button lost its underline at scale 1: its label's clipping (for the ellipsis)
    cut it off under the tighter line. The underline is a row of ink under most of the words."""
    button = {"type": "button", "label": "Read the guide", "variant": "link", "size": size}
    document = {
        "width": 240,
        "height": 80,
        "padding": 16,
        "theme": {"primary": "#0000ff"},
        "elements": [button],
    }
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    words = box_where(picture, is_blue_ink)
    assert words is not None, size
    left, top, right, bottom = words
    widest = max(
        sum(1 for x in range(left, right + 1) if is_blue_ink(picture.getpixel((x, y))))  # type: ignore[arg-type]
        for y in range(top, bottom + 1)
    )
    assert widest > 0.8 * (right - left), (size, widest, words)
