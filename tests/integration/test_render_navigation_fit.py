"""Navigation that keeps to its room on real Chromium: tabs nested in a bottom bar's screen, the bar
kept at the bottom, a clipped tab strip's fade, one-line paginations and breadcrumbs, and stepper
labels that never break inside a word."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    Box,
    box_where,
    colour_box,
    column_runs,
    is_brand_red,
    is_ink,
    luminance,
    mask_bbox,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

WHITE_PAGE: dict[str, Any] = {"padding": 0, "background": "#ffffff"}


def page(width: int, height: int, *elements: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"width": width, "height": height, **WHITE_PAGE, "elements": list(elements), **more}


def is_not_white(colour: tuple[int, int, int]) -> bool:
    return min(colour) < 250


# -- tabs in a bottom tab bar's screen ---------------------------------------------------------------

NESTED = [
    {"type": "tabs", "variant": "segmented", "items": ["All", "Mentions", {"label": "Unread", "badge": 4}]},
    {"type": "tabs", "items": ["Posts", "Replies", "Media"], "active": 1},
    {"type": "tabs", "variant": "pills", "items": ["Day", "Week"]},
]
BAR_TABS = [{"label": "Home", "icon": "house"}, {"label": "Profile", "icon": "user"}]


async def test_tabs_on_a_bottom_tab_bars_screen_look_as_they_do_anywhere(pool: ChromiumPool) -> None:
    """The bar's rules reached the tabs in its panel: the segmented labels dropped to 11 px and
    were cut ("Men…"), the underline and pill strips stretched with the bar's hairlines, and the
    badge of "Unread" went under its label. Now the screen draws them as a padded column does."""
    on_bar = {"type": "tabs", "variant": "bottom", "items": BAR_TABS, "children": NESTED}
    in_column = {"type": "column", "padding": 16, "children": NESTED}
    _, nested = await render_dsl(pool, page(390, 420, on_bar))
    _, plain = await render_dsl(pool, page(390, 420, in_column))
    top = (0, 0, 390, 300)  # the three strips; the bar is at the bottom of the first
    nested_top, plain_top = rgb(nested.data).crop(top), rgb(plain.data).crop(top)
    assert box_where(plain_top, is_ink) is not None
    assert nested_top.tobytes() == plain_top.tobytes()


async def test_an_element_after_a_bottom_tab_bar_is_drawn_above_it(pool: ChromiumPool) -> None:
    """A mini player written after the bar used to be drawn under it, the bar off the bottom."""
    player = {"type": "container", "layout": {"height": 40}, "style": {"background": "#0000ff"}}
    screen = {"type": "tabs", "variant": "bottom", "items": BAR_TABS, "children": [{"type": "heading", "text": "Feed"}]}  # fmt: skip
    bar_only = {"type": "tabs", "variant": "bottom", "items": BAR_TABS}
    for tabs in (screen, bar_only):
        document = page(390, 844, tabs, player, theme={"primary": "#ff0000"})
        _, image = await render_dsl(pool, document)
        active = mask_bbox(image.data, is_brand_red)  # the active tab, in the primary colour
        blue = colour_box(image.data, BLUE)
        assert active is not None and blue is not None
        assert active[3] > 844 - 30, active  # the bar keeps the screen's bottom edge
        assert active[1] - 80 < blue[3] < active[1] - 8, (blue, active)  # right above it


async def test_a_bottom_tab_bar_after_content_taller_than_the_screen_stays_on_its_bottom_edge(
    pool: ChromiumPool,
) -> None:
    """A feed taller than the phone, then the bar (and a mini player after it): the bar and the
    player went below the fold, out of the image. Now they stay on the screen's bottom edge over
    the feed, as an app's do while it scrolls, in a phone frame too; a full-page shot has them at
    the page's end, below the whole feed."""
    feed = [{"type": "container", "layout": {"height": 300}, "style": {"background": "#00ff00"}}] * 4
    player = {"type": "container", "layout": {"height": 40}, "style": {"background": "#0000ff"}}
    bar = {"type": "tabs", "variant": "bottom", "items": BAR_TABS}
    red = {"primary": "#ff0000"}
    # Where the player sits above the bar when both fit (laid out, not pinned): pinned, it keeps it.
    _, fits = await render_dsl(pool, page(390, 844, feed[0], bar, player, theme=red))
    fits_active, fits_blue = mask_bbox(fits.data, is_brand_red), colour_box(fits.data, BLUE)
    assert fits_active is not None and fits_blue is not None
    for options in ({}, {"frame": "phone"}):
        for after in ([], [player]):
            document = page(390, 844, *feed, bar, *after, theme=red)
            _, image = await render_dsl(pool, document, **options)
            active = mask_bbox(image.data, is_brand_red)  # the active tab, in the primary colour
            assert active is not None, (options, after)
            bottom = 844 if not options else rgb(image.data).height - 34 - 20  # above the home bar
            assert bottom - 60 < active[3] < bottom, (options, active)
            if after:
                blue = colour_box(image.data, BLUE)
                assert blue is not None and blue[3] - active[1] == fits_blue[3] - fits_active[1], (
                    blue,
                    active,
                )
    _, whole = await render_dsl(pool, page(390, 844, *feed, bar, theme=red), full_page=True)
    active = mask_bbox(whole.data, is_brand_red)
    assert active is not None and active[1] > 4 * 300 + 3 * 12, active  # below the feed
    assert rgb(whole.data).height - 60 < active[3], active


# -- a tab strip cut at its end ---------------------------------------------------------------------


def darkest(picture: Image.Image, region: Box) -> float:
    """The darkest pixel's brightness in `region` (a tab label's ink: lower is darker)."""
    colours = picture.crop(region).getcolors(maxcolors=picture.width * picture.height) or []
    return min(luminance((r, g, b)) for _, (r, g, b) in colours)  # type: ignore[misc]


async def test_a_cut_tab_strip_fades_out_at_its_end_and_one_that_fits_does_not(pool: ChromiumPool) -> None:
    """Five tabs on a phone: "Similar recipes" is cut at the strip's end, which now fades its
    last 40 px out (a scrollable strip); a strip that fits draws its last tab as dark as the rest."""
    many = {"type": "tabs", "items": ["Ingredients", "Steps", "Nutrition", "Reviews", "Similar recipes"]}
    few = {"type": "tabs", "items": ["Posts", "Replies", "Media"]}
    for tabs, faded in ((many, True), (few, False)):
        _, image = await render_dsl(pool, page(390, 80, tabs, padding=16))
        picture = rgb(image.data)
        labels = column_runs(picture, is_ink, (16, 16, 374, 60))
        second, last = labels[1], labels[-1]  # (the first is the active one, in the foreground)
        normal = darkest(picture, (second[0], 16, second[1], 60))
        if faded:  # a tab is drawn up to the strip's end, faint: faded out
            assert normal + 60 < darkest(picture, (374 - 12, 16, 374, 60)) < 245, labels
        else:
            assert abs(darkest(picture, (last[0], 16, last[1], 60)) - normal) < 10, labels


async def test_the_warning_of_a_cut_tab_strip_names_each_tab_by_its_label(pool: ChromiumPool) -> None:
    """A tab's count was glued to its label in the warning ('Security1'): each is named by its
    label alone, and a tab with an icon only by its place."""
    items = [{"label": "All", "badge": 6}, {"label": "Billing", "badge": 2}, "Integrations",
             {"label": "Security", "badge": 1}, "Archived", {"icon": "settings"}]  # fmt: skip
    _, image = await render_dsl(pool, page(300, 120, {"type": "tabs", "items": items}))
    (warning,) = [w for w in image.measured_warnings if "tabs run past the strip's end" in w.message]
    # At the first cut tab's words, the others' in `paths` (one with an icon alone by its place).
    assert warning.path == "/elements/0/items/3/label"
    assert warning.paths == ("/elements/0/items/3/label", "/elements/0/items/4", "/elements/0/items/5")
    assert warning.message.endswith(
        "3 of 6 tabs run past the strip's end and are cut off ('Security', 'Archived', 'tab 6')"
    )


# -- pagination --------------------------------------------------------------------------------------


def ink_lines(picture: Image.Image) -> list[tuple[int, int]]:
    return row_runs(picture, is_ink, (0, 0, picture.width, picture.height))


async def test_a_pagination_keeps_to_one_line_in_any_width(pool: ChromiumPool) -> None:
    """400 px wide, "6 of 24,118" beside 48 pages wrapped "48 Next" onto a second line. The
    controls now drop the steps' words, then pages, and always keep to the text's line."""
    pagination = {"type": "pagination", "text": "6 of 24,118", "current": 20, "total": 48}
    widths = {}
    for width in (900, 560, 400, 300, 240):
        _, image = await render_dsl(pool, page(width, 100, pagination, padding=16))
        picture = rgb(image.data)
        lines = ink_lines(picture)
        assert len(lines) == 1 and lines[0][1] - lines[0][0] <= 36, (width, lines)
        ink = box_where(picture, is_ink)
        assert ink is not None and ink[0] >= 16 and ink[2] <= width - 16, (width, ink)
        widths[width] = ink[2] - ink[0]
    assert widths[900] > widths[560] > widths[400] > widths[300] >= widths[240], widths


async def test_a_pagination_in_a_row_keeps_its_whole_form(pool: ChromiumPool) -> None:
    """Sized by its content (in a row), it takes the width of its roomiest form, words and all."""
    row = {"type": "row", "children": [{"type": "pagination", "current": 3, "total": 9}]}
    alone = {"type": "pagination", "current": 3, "total": 9}
    _, in_row = await render_dsl(pool, page(900, 100, row, padding=16))
    _, full = await render_dsl(pool, page(900, 100, alone, padding=16))
    row_ink, full_ink = box_where(rgb(in_row.data), is_ink), box_where(rgb(full.data), is_ink)
    assert row_ink is not None and full_ink is not None
    assert row_ink[2] - row_ink[0] == full_ink[2] - full_ink[0], (row_ink, full_ink)


# -- breadcrumb --------------------------------------------------------------------------------------

TRAIL = ["Home", "Recipes", "Italian", "Pasta", "Creamy tomato basil pasta"]


@pytest.mark.parametrize("width", [700, 390, 300, 220])
async def test_a_breadcrumb_keeps_to_one_line_folding_its_middle(pool: ChromiumPool, width: int) -> None:
    """On a phone the trail wrapped, a chevron alone at the end of its first line and the
    current entry alone on the second; it now folds its middle entries into "…" instead."""
    _, image = await render_dsl(pool, page(width, 80, {"type": "breadcrumb", "items": TRAIL}, padding=16))
    picture = rgb(image.data)
    lines = ink_lines(picture)
    assert len(lines) == 1, lines
    ink = box_where(picture, is_ink)
    assert ink is not None and ink[2] <= width - 16, ink
    words = [run for run in column_runs(picture, is_ink, (16, *lines[0][:1], width, lines[0][1])) if run[1] - run[0] > 2]  # fmt: skip
    assert words, words
    if width == 700:
        assert ink[2] - ink[0] > 300  # the whole trail
    else:
        assert ink[2] > width - 16 - 60  # folded, the current entry reaching toward the end


# -- stepper -----------------------------------------------------------------------------------------

SIGN_UP = ["Account", "Workspace", "Invitations", "Billing", "Confirmation"]


def label_boxes(picture: Image.Image, steps: int, left: int, width: float) -> list[Box | None]:
    """Under each step's share, below the markers, the box of its label's ink (None: no label)."""
    share = width / steps
    found = []
    for index in range(steps):
        region = (int(left + share * index) + 1, 50, int(left + share * (index + 1)) - 1, picture.height)
        found.append(box_where(picture, is_ink, region))
    return found


async def test_stepper_labels_shrink_to_keep_whole_words_in_their_share(pool: ChromiumPool) -> None:
    """Every label stays on one line within its share. At 480 px "Confirmation" (87 px at 14 px)
    no longer fits a share of 89.6 - 12 px, and every label takes 12.5 px together."""
    stepper = {"type": "stepper", "items": SIGN_UP, "current": 1}
    last_label = {}
    for width in (900, 520, 480):
        _, image = await render_dsl(pool, page(width, 140, stepper, padding=16))
        boxes = label_boxes(rgb(image.data), 5, 16, width - 32)
        assert all(found is not None and found[3] - found[1] <= 20 for found in boxes), (width, boxes)
        last = boxes[-1]
        assert last is not None
        last_label[width] = last[2] - last[0]
    assert abs(last_label[900] - last_label[520]) <= 3, last_label  # 14 px both (ink, anti-aliased)
    assert last_label[520] * 12 / 14 - 2 <= last_label[480] <= last_label[520] * 13 / 14 + 1, last_label


async def test_a_phone_stepper_too_narrow_for_its_words_keeps_only_the_current_label(
    pool: ChromiumPool,
) -> None:
    """390 px and five steps: "Workspa / ce", "Invita- / tions" broke inside their words. Even at
    12 px "Confirmation" does not fit its share, so only the current step's label is drawn, whole,
    on one line under its marker; at either end it runs inward, never past the stepper."""
    for current, expected in ((1, 72), (4, 87), (0, 53)):
        stepper = {"type": "stepper", "items": SIGN_UP, "current": current}
        _, image = await render_dsl(pool, page(390, 140, stepper, padding=16))
        picture = rgb(image.data)
        labels = box_where(picture, is_ink, (0, 56, 390, 140))
        assert labels is not None
        assert labels[3] - labels[1] <= 20, labels  # one line
        assert abs((labels[2] - labels[0]) - expected) <= 3, (current, labels)  # the whole word
        assert labels[0] >= 16 and labels[2] <= 374, labels
        marker = 16 + 358 / 5 * (current + 0.5)
        if 0 < current < 4:
            assert abs((labels[0] + labels[2]) / 2 - marker) <= 2, (labels, marker)
        else:
            assert labels[0] <= marker <= labels[2], (labels, marker)


async def test_a_phone_stepper_of_russian_steps_keeps_the_current_word_and_warns_of_the_rest(
    pool: ChromiumPool,
) -> None:
    """390 px, four Russian steps: "Подтверждение" (94 px at 12 px) has no room in a share, so
    only the current step's label is drawn, whole ("Доставка", 63 px at 14 px), and the render
    names the three left out where they are written; before, they went without a word."""
    stepper = {"type": "stepper", "items": ["Корзина", "Доставка", "Оплата", "Подтверждение"], "current": 1}
    _, image = await render_dsl(pool, page(390, 140, stepper, padding=16, lang="ru"))
    labels = box_where(rgb(image.data), is_ink, (0, 56, 390, 140))
    assert labels is not None and labels[3] - labels[1] <= 20, labels
    assert abs((labels[2] - labels[0]) - 63) <= 3, labels
    (warning,) = [w for w in image.measured_warnings if w.code == "text_truncated"]
    assert warning.path == "/elements/0/items/0" and "'Корзина'" in warning.message
    assert warning.paths == ("/elements/0/items/0", "/elements/0/items/2", "/elements/0/items/3")


# -- a navbar's title on a phone -------------------------------------------------------------------


def app_bar(title: str) -> dict[str, Any]:
    """A phone's top bar: a title and, on the right, one button painted pure blue."""
    action = {"type": "button", "label": "Go", "style": {"background": "#0000ff", "color": "#0000ff"}}
    return {"type": "navbar", "title": title, "children": [action]}


async def test_a_long_navbar_title_ends_in_an_ellipsis_and_keeps_the_actions_on_screen(
    pool: ChromiumPool,
) -> None:
    """A German settings title on a 390 px phone pushed the bell and the avatar past the screen's
    edge (the avatar half cut). The title gives way instead, ends in "…", and the render says so."""
    long_title = "Kontoeinstellungen und Datenschutz"
    _, image = await render_dsl(pool, page(390, 120, app_bar(long_title)))
    button = colour_box(image.data, BLUE)
    assert button is not None and button[2] <= 390 - 12, button  # whole, inside the bar's inset
    picture = rgb(image.data)
    title = box_where(picture, is_ink, (0, 0, button[0], 60))
    assert title is not None and title[2] <= button[0] - 8, (title, button)
    (warning,) = [w for w in image.measured_warnings if w.code == "text_truncated"]
    assert warning.path == "/elements/0" and f"'{long_title}'" in warning.message, warning.message
    _, short = await render_dsl(pool, page(390, 120, app_bar("Settings")))
    assert short.measured_warnings == ()
    whole = box_where(rgb(short.data), is_ink, (0, 0, 300, 60))
    assert whole is not None and whole[2] - whole[0] < 90, whole  # "Settings" whole, no room taken


def words_of(letters: list[tuple[int, int]], gap: int = 5) -> list[tuple[int, int]]:
    """Runs of columns closer than `gap` px joined: a word's letters, a glyph's strokes."""
    joined: list[tuple[int, int]] = []
    for start, end in letters:
        if joined and start - joined[-1][1] < gap:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


async def test_links_with_no_room_for_even_the_first_give_way_to_the_more_item_alone(
    pool: ChromiumPool,
) -> None:
    """A landing page's navbar on a 390 px phone: four links and two actions left the links strip
    room for "Fe" of "Features", cut by the "more" item. Now a strip too narrow for its first link
    shows the "more" item alone, right after the brand; one with room shows whole links."""
    links = ["Features", "Pricing", "Customers", "Blog"]
    crowded = {"type": "navbar", "title": "Orbit", "items": links,
               "actions": [{"label": "Log in", "variant": "ghost"}, "Get Orbit free"]}  # fmt: skip
    roomy = {"type": "navbar", "title": "Orbit", "items": links}
    for navbar, whole_links in ((crowded, 0), (roomy, 2)):
        _, image = await render_dsl(pool, page(390, 80, navbar))
        picture = rgb(image.data)
        brand_end = words_of(column_runs(picture, is_ink, (0, 10, 390, 50)))[0][1]  # "Orbit"
        between = words_of(column_runs(picture, is_not_white, (brand_end + 1, 10, 390, 50)))
        more = [run for run in between if run[1] - run[0] <= 24]  # the ellipsis, the chevron
        words = [run for run in between if run[1] - run[0] > 24]
        assert len(more) >= 2, between
        if whole_links:  # "Features", "Pricing", then the more item at the bar's end
            assert len(words) == 2 and words[1][1] < more[0][0], between
        else:  # the more item first after the brand; then only the two buttons
            assert more[0][0] - brand_end < 60, (brand_end, between)
            assert all(run[0] > more[1][1] for run in words), between


async def test_a_select_in_a_navbar_is_as_wide_as_its_value_and_keeps_the_avatar_on_the_screen(
    pool: ChromiumPool,
) -> None:
    """A select with no width took all of the bar's end (its 100%), and the avatar after it ran
    20 px past the side; the warning named the navbar's avatar and advice that did not apply. A
    select there is as wide as its value, as in a toolbar, and the avatar is whole."""
    bar = {"type": "navbar", "title": "Relay API", "items": ["Overview", "Logs"],
           "children": [{"type": "select", "value": "Production", "options": ["Production", "Staging"]},
                        {"type": "avatar", "name": "Dev Patel", "size": "sm", "style": {"background": "#0000ff"}}]}  # fmt: skip
    _, image = await render_dsl(pool, page(1000, 120, bar))
    assert image.measured_warnings == ()
    avatar = colour_box(image.data, BLUE)
    assert avatar is not None and avatar[2] <= 1000 - 24 + 1, avatar  # on the bar's inset
    select = box_where(rgb(image.data), is_ink, (600, 10, avatar[0] - 4, 50))  # "Production" and the chevron
    assert select is not None and 120 <= select[2] - select[0] <= 200, select
