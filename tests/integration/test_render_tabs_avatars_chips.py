"""Bottom tabs, avatar groups, chips and ratings on real Chromium: where their pixels land."""

from __future__ import annotations

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
    luminance,
    mask_bbox,
    render_dsl,
    rgb,
    row_runs,
    runs,
)

pytestmark = pytest.mark.integration


def is_reddish(colour: RGB) -> bool:
    r, g, b = colour
    return r - max(g, b) > 50


def is_not_white(colour: RGB) -> bool:
    return min(colour) < 250


# -- bottom tab bar -----------------------------------------------------------------------------

SCREEN: dict[str, Any] = {"width": 390, "height": 844, "theme": {"primary": "#ff0000"}}
TABS = [{"label": "Home", "icon": "house"}, {"label": "Profile", "icon": "user"}]
TALL_BLUE = {"type": "container", "layout": {"height": 900}, "style": {"background": "#0000ff"}}


def bottom_tabs(children: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return {"type": "tabs", "variant": "bottom", "items": TABS, "children": children, **fields}


@pytest.mark.parametrize("frame", ["none", "phone"])
async def test_a_bottom_tab_bar_stays_at_the_screens_bottom_over_a_taller_panel(
    pool: ChromiumPool, frame: str
) -> None:
    """A panel taller than the screen is cut above the bar, as a scrolled app; the bar stays."""
    document = {**SCREEN, "elements": [bottom_tabs([{"type": "heading", "text": "Feed"}, TALL_BLUE])]}
    prepared, image = await render_dsl(pool, document, frame=frame)
    screen_bottom = prepared.viewport.frame.insets.top + prepared.viewport.screen_height
    active = mask_bbox(image.data, is_brand_red)  # the active tab's icon and label, in the primary colour
    assert active is not None, "the bar is off the canvas"
    assert screen_bottom - 70 < active[1] and active[3] <= screen_bottom, (active, screen_bottom)
    feed = colour_box(image.data, BLUE)
    assert feed is not None and feed[3] < active[1] - 8, (feed, active)  # cut above the bar


async def test_a_full_page_shot_of_a_bottom_tab_screen_shows_all_its_content(pool: ChromiumPool) -> None:
    """A full page asks for all the content: the screen above the bar grows to hold its 900 px
    (it was cut at the phone's height, with no word), the bar at the page's end; a screen that
    fits stays the screen."""
    document = {**SCREEN, "elements": [bottom_tabs([TALL_BLUE])]}
    _, image = await render_dsl(pool, document, full_page=True)
    assert image.width == 390 and image.height > 900 + 16, image.height
    blue = colour_box(image.data, (0, 0, 255))
    active = mask_bbox(image.data, is_brand_red)
    assert blue is not None and blue[3] - blue[1] >= 899, blue  # all of it
    assert active is not None and active[1] > blue[3] and active[3] > image.height - 70, (active, blue)
    short = {**SCREEN, "elements": [bottom_tabs([{**TALL_BLUE, "layout": {"height": 300}}])]}
    _, fits = await render_dsl(pool, short, full_page=True)
    assert (fits.width, fits.height) == (390, 844)


@pytest.mark.parametrize(
    ("fields", "inset", "gap"),
    [({}, (16, 16), 16), ({"gap": 4, "padding": 0}, (0, 0), 4), ({"padding": "8px 24px"}, (24, 8), 16)],
    ids=["screen-margin-and-theme-gap", "authors-own", "authors-padding"],
)
async def test_bottom_tab_content_is_inset_and_spaced_like_a_screen(
    pool: ChromiumPool, fields: dict[str, Any], inset: tuple[int, int], gap: int
) -> None:
    """The panel keeps a phone screen's 16 px margin and the theme's gap (spacious: 16 px)
    between its children, unless the tabs' own `padding` or `gap` say otherwise."""
    bar = {"type": "container", "layout": {"height": 30}}
    children = [{**bar, "style": {"background": "#0000ff"}}, {**bar, "style": {"background": "#00ff00"}}]
    theme = {"primary": "#ff0000", "density": "spacious"}
    document = {**SCREEN, "theme": theme, "elements": [bottom_tabs(children, **fields)]}
    _, image = await render_dsl(pool, document)
    blue, green = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert blue is not None and green is not None
    side, top = inset
    assert blue == (side, top, 390 - side, top + 30), blue
    assert green[1] - blue[3] == gap, (blue, green)


BADGED_TABS = [
    {"label": "Home", "icon": "house"},
    {"label": "Activity", "icon": "heart", "badge": 3},
    {"label": "Profile", "icon": "user"},
]


async def test_a_bottom_tab_badge_sits_on_its_icons_corner_and_labels_stay_in_line(
    pool: ChromiumPool,
) -> None:
    """The count is a small red badge with white text on the icon's top-right corner; it takes
    no room, so every tab's label stays on one line with the others."""
    tabs = {"type": "tabs", "variant": "bottom", "items": BADGED_TABS, "children": [{"type": "heading", "text": "Feed"}]}  # fmt: skip
    _, image = await render_dsl(pool, {"width": 390, "height": 844, "scale": 2, "elements": [tabs]})
    picture = rgb(image.data)
    bar_top = picture.height - 80 * 2
    thirds = [(8 * 2 + i * (374 * 2) // 3, bar_top, 8 * 2 + (i + 1) * (374 * 2) // 3, picture.height) for i in range(3)]  # fmt: skip

    def ink(colour: RGB) -> bool:
        return is_ink(colour) and not is_reddish(colour)

    bands = [row_runs(picture, ink, third) for third in thirds]  # the icon's parts, then the label
    assert all(len(found) >= 2 for found in bands), bands
    label_tops = [found[-1][0] for found in bands]
    assert max(label_tops) - min(label_tops) <= 1, label_tops  # Home, Activity, Profile in one line

    activity = thirds[1]
    badge = box_where(picture, lambda c: close_to(c, (220, 38, 38), 30), activity)  # the danger red
    assert badge is not None, "no red badge"
    icon = box_where(picture, ink, (activity[0], bands[1][0][0], activity[2], bands[1][-2][1]))
    assert icon is not None
    badge_x, badge_y = (badge[0] + badge[2]) / 2, (badge[1] + badge[3]) / 2
    icon_x, icon_y = (icon[0] + icon[2]) / 2, (icon[1] + icon[3]) / 2
    assert icon_x < badge_x <= icon[2] + 8 * 2 and icon[1] - 8 <= badge_y < icon_y, (badge, icon)
    assert badge[0] < icon[2], (badge, icon)  # on the corner: it overlaps the icon's edge a little
    assert badge[3] - badge[1] <= 20 * 2, badge  # small, not a pill under the label
    quarter_w, quarter_h = (badge[2] - badge[0]) // 4, (badge[3] - badge[1]) // 4
    middle = (badge[0] + quarter_w, badge[1] + quarter_h, badge[2] - quarter_w, badge[3] - quarter_h)
    assert box_where(picture, lambda c: min(c) > 235, middle) is not None, "no white count in the badge"


# -- avatar group ---------------------------------------------------------------------------------

NAMES = ["Ken Adams", "Lena Ortiz", "Sam Patel", "Rita Chen"]
AVATAR_PX = {"sm": 32, "md": 40, "lg": 48}


async def _avatar_group(pool: ChromiumPool, names: list[str], size: str) -> Image.Image:
    group = {"type": "avatar", "items": names, "max": 3, "size": size}
    _, image = await render_dsl(pool, {"width": 400, "height": 120, "scale": 2, "elements": [group]})
    return rgb(image.data)


@pytest.mark.parametrize("size", ["sm", "md", "lg"])
async def test_avatar_group_faces_overlap_without_covering_initials(pool: ChromiumPool, size: str) -> None:
    """Each face (and the "+1" bubble) overlaps the one before by about a quarter, behind a
    ring of the surface colour, and leaves that one's initials whole."""
    full = await _avatar_group(pool, NAMES, size)
    pixels = full.load()
    assert pixels is not None
    for shown in (1, 2, 3):
        # The same group cut after `shown` names: its last face is covered by nothing.
        alone = await _avatar_group(pool, NAMES[:shown], size)
        alone_pixels = alone.load()
        assert alone_pixels is not None
        glyph = [
            (x, y) for y in range(alone.height) for x in range(alone.width) if is_ink(alone_pixels[x, y])
        ]
        assert glyph
        covered = [(x, y) for x, y in glyph if not close_to(pixels[x, y], alone_pixels[x, y])]
        assert not covered, f"{size}: {len(covered)} initials pixels of face {shown} are covered"

    faces = box_where(full, is_not_white)
    assert faces is not None
    face = AVATAR_PX[size] * 2
    ring = 2 * 2
    overlap = (4 * face - ring - (faces[2] - faces[0])) / 3  # four discs, each inside its ring
    assert 0.22 * face <= overlap <= 0.32 * face, (size, overlap / face)
    middle = (faces[1] + faces[3]) // 2
    white = [
        gap
        for gap in runs([not is_not_white(pixels[x, middle]) for x in range(faces[0], faces[2])])
        if gap[1] - gap[0] >= ring - 1
    ]
    assert len(white) >= 3, white  # a ring before the second, the third face and the bubble


# -- chip ---------------------------------------------------------------------------------------


async def test_a_removable_chips_close_mark_is_centred_like_its_icon(pool: ChromiumPool) -> None:
    chip = {"type": "chip", "text": "report.pdf", "icon": "paperclip", "removable": True}
    _, image = await render_dsl(pool, {"width": 300, "height": 100, "scale": 3, "elements": [chip]})
    picture = rgb(image.data)
    outline = box_where(picture, is_not_white)
    assert outline is not None
    marks = column_runs(picture, is_ink, outline)
    close, clip = marks[-1], marks[0]
    close_box = box_where(picture, is_ink, (close[0], outline[1], close[1], outline[3]))
    clip_box = box_where(picture, is_ink, (clip[0], outline[1], clip[1], outline[3]))
    assert close_box is not None and clip_box is not None
    chip_middle = (outline[1] + outline[3]) / 2
    close_middle = (close_box[1] + close_box[3]) / 2
    assert abs(close_middle - chip_middle) <= 1.5, (close_box, outline)  # half a CSS px at 3x
    assert abs(close_middle - (clip_box[1] + clip_box[3]) / 2) <= 1.5, (close_box, clip_box)


async def test_a_disabled_chip_is_muted(pool: ChromiumPool) -> None:
    """Drawn as the design system draws disabled controls: a muted fill and faded text."""
    chip = {"type": "chip", "text": "3:00 PM"}
    document = {"width": 300, "height": 140, "scale": 2, "elements": [chip, {**chip, "disabled": True}]}
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    pixels = picture.load()
    assert pixels is not None
    chips = row_runs(picture, is_not_white, (0, 0, picture.width, picture.height))
    assert len(chips) == 2, chips
    looks = []
    for top, bottom in chips:
        outline = box_where(picture, is_not_white, (0, top, picture.width, bottom))
        assert outline is not None
        left, top, right, bottom = outline
        fill = pixels[left + 8, (top + bottom) // 2]  # inside the border, left of the text
        darkest = min(luminance(pixels[x, y]) for y in range(top, bottom) for x in range(left, right))
        looks.append((luminance(fill), darkest))
    (enabled_fill, enabled_text), (disabled_fill, disabled_text) = looks
    assert disabled_fill < enabled_fill - 2, looks  # filled with the muted colour, not the surface
    assert disabled_text > enabled_text + 60, looks  # faded text


# -- rating -------------------------------------------------------------------------------------


LABEL_GREEN = "#008000"
"""A rating label's colour in these tests (by the document's css), to find its words."""


def _label_green(colour: RGB) -> bool:
    return close_to(colour, (0, 128, 0), 60) and colour[1] > colour[0] + 40


@pytest.mark.parametrize(
    "document",
    [
        {"width": 260, "height": 140, "elements": [
            {"type": "card", "layout": {"width": 150}, "style": {"borderColor": "#0000ff"},
             "children": [{"type": "rating", "value": 4.7, "label": "(312)", "size": "sm", "color": "#ff0000"}]}]},
        {"width": 520, "height": 140, "elements": [
            {"type": "card", "direction": "row", "gap": 12, "align": "center", "style": {"borderColor": "#0000ff"},
             "children": [
                 {"type": "avatar", "name": "Dr. Emily Novak", "description": "Interventional cardiology · 15 years",
                  "size": "lg"},
                 {"type": "spacer"},
                 {"type": "rating", "value": 4.8, "label": "301 reviews", "size": "sm", "color": "#ff0000"}]}]},
    ],
    ids=["narrow-card", "beside-an-avatar"],
)  # fmt: skip
async def test_a_ratings_label_with_no_room_beside_the_stars_goes_under_them_whole(
    pool: ChromiumPool, document: dict[str, Any]
) -> None:
    """ "(312)" ran 18 px past a 150 px card's border; "301 reviews" beside an avatar broke into
    "301" over "reviews" beside the stars. The label takes a line of its own under the stars,
    inside the card, in one line."""
    document["css"] = f".dsl-rating-label{{color:{LABEL_GREEN}!important}}"
    _, image = await render_dsl(pool, {**document, "scale": 2})
    picture = rgb(image.data)
    card, stars = colour_box(image.data, BLUE), box_where(picture, is_red)
    label = box_where(picture, _label_green)
    assert card is not None and stars is not None and label is not None, (card, stars, label)
    assert label[2] < card[2] - 2, (label, card)  # inside the border
    assert label[1] >= stars[3], (label, stars)  # under the stars
    assert abs(label[0] - stars[0]) <= 4, (label, stars)  # at their start
    assert len(row_runs(picture, _label_green, label)) == 1, label  # one line


@pytest.mark.parametrize(("value", "fraction"), [(4.8, 0.8), (4.5, 0.5), (4.2, 0.2)])
async def test_a_rating_fills_its_last_star_to_the_exact_fraction(
    pool: ChromiumPool, value: float, fraction: float
) -> None:
    rating = {"type": "rating", "value": value, "text": "", "size": "xl", "color": "#ff0000"}
    _, image = await render_dsl(pool, {"width": 300, "height": 100, "scale": 2, "elements": [rating]})
    picture = rgb(image.data)
    stars = column_runs(picture, is_red, (0, 0, picture.width, picture.height))
    assert len(stars) == 5, stars  # four full stars and a part of the fifth
    star_px = 32 * 2
    width = stars[0][1] - stars[0][0]  # a full star's glyph, centred in its box
    pitch = stars[1][0] - stars[0][0]
    fifth_box = stars[0][0] - (star_px - width) / 2 + 4 * pitch
    assert abs(stars[4][1] - (fifth_box + fraction * star_px)) <= 2, (stars, fifth_box)
    rest = box_where(picture, lambda c: close_to(c, (228, 228, 231), 8), (stars[4][1], 0, stars[4][0] + width, picture.height))  # fmt: skip
    assert rest is not None  # the rest of the star stays grey
