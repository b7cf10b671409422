"""Pictures and glyphs on real Chromium: embedded images, logos in their boxes, brand icons beside Lucide's."""

from __future__ import annotations

import base64
import io
from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    Box,
    box_where,
    boxes,
    close_to,
    column_runs,
    is_blue,
    is_green,
    is_ink,
    is_text,
    luminance,
    painted,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration


# -- brand icons ---------------------------------------------------------------------------------


async def _ink_size(pool: ChromiumPool, element: dict[str, Any]) -> tuple[int, int]:
    """The width and height of the dark ink of one element alone on a white page."""
    _, image = await render_dsl(pool, {"width": 120, "height": 120, "elements": [element]})
    ink = box_where(rgb(image.data), is_ink)
    assert ink is not None, element
    return ink[2] - ink[0], ink[3] - ink[1]


@pytest.mark.parametrize("brand", ["whatsapp", "github", "apple", "google"])
async def test_a_brand_icon_looks_as_large_as_a_lucide_icon_of_its_size(
    pool: ChromiumPool, brand: str
) -> None:
    """At 48 px a Lucide circle reaches 44 px (its strokes' outer edge); a logo's ink spans 40 of
    its larger side, as a filled shape that looks as large. Drawn by its file's canvas, WhatsApp
    was 70% of a mail icon and Apple 60%."""
    lucide = max(await _ink_size(pool, {"type": "icon", "name": "message-circle", "size": 48}))
    logo = max(await _ink_size(pool, {"type": "icon", "name": brand, "size": 48}))
    assert 38 <= logo <= 42 and 0.86 <= logo / lucide <= 0.95, (logo, lucide)


async def test_a_brand_icon_in_an_icon_button_matches_the_lucide_one_in_the_next_button(
    pool: ChromiumPool,
) -> None:
    """The same-size icon buttons of a sign-in screen: Apple's logo stands as tall as the mail
    icon's envelope is wide, not a small mark in the middle."""
    button: dict[str, Any] = {"type": "button", "variant": "secondary", "size": "lg"}
    mail = await _ink_size(pool, {**button, "icon": "mail"})
    apple = await _ink_size(pool, {**button, "icon": "apple"})
    whatsapp = await _ink_size(pool, {**button, "icon": "whatsapp"})
    assert max(apple) >= 0.85 * max(mail) and max(whatsapp) >= 0.85 * max(mail), (apple, whatsapp, mail)


# -- embedded pictures -----------------------------------------------------------------------------

GREEN_SVG = (
    "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='64' height='64'>"
    "<rect width='64' height='64' fill='#16a34a'/></svg>"
)
"""An SVG written as plain text, as authors and agents write one: its `#` began the URL's fragment."""


UNDRAWABLE_JPEG = "data:image/jpeg;base64," + base64.b64encode(
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    b"\xff\xda\x00\x08\x01\x01\x00\x00?\x00not a scan\xff\xd9"
).decode("ascii")
"""A JPEG with its scan but no frame: it passes for one until decoded, so it reaches Chromium,
which draws its broken-image icon and the alt text for it."""


def is_green_fill(colour: RGB) -> bool:
    return close_to(colour, (0x16, 0xA3, 0x4A), 6)


async def _alone(pool: ChromiumPool, element: dict[str, Any]) -> tuple[list[Any], Image.Image]:
    """The warnings and the pixels of one element alone on a white page."""
    prepared, image = await render_dsl(pool, {"width": 200, "height": 140, "elements": [element]})
    return prepared.warnings, rgb(image.data)


@pytest.mark.parametrize(
    "element",
    [
        {"type": "image", "alt": "Green logo", "src": GREEN_SVG, "layout": {"width": 96, "height": 96}},
        {"type": "avatar", "name": "Ada Lovelace", "size": "xl", "src": GREEN_SVG},
        {
            "type": "image",
            "alt": "No namespace",
            "src": GREEN_SVG.replace(" xmlns='http://www.w3.org/2000/svg'", ""),
        },
    ],
)
async def test_an_svg_written_as_plain_text_is_drawn(pool: ChromiumPool, element: dict[str, Any]) -> None:
    """`fill='#16a34a'` in an SVG data URI written out: the `#` is escaped when compiling (the
    browser cut the picture there and drew its broken-image icon), and an `<svg>` without its
    namespace is given it, with no warning: the author's intent is plain."""
    warnings, pixels = await _alone(pool, element)
    assert warnings == []
    green = box_where(pixels, is_green_fill)
    assert green is not None and green[2] - green[0] >= 60 and green[3] - green[1] >= 60, green


async def test_a_picture_chromium_cannot_draw_shows_the_placeholders_stripes_and_its_alt(
    pool: ChromiumPool,
) -> None:
    """Never the broken-image icon and the alt text in the browser's font at the top left."""
    _, pixels = await _alone(
        pool, {"type": "image", "alt": "Team", "src": UNDRAWABLE_JPEG, "layout": {"width": 120, "height": 96}}
    )
    striped = box_where(pixels, lambda c: min(c) >= 225 and max(c) <= 246)
    assert striped is not None and striped[2] - striped[0] >= 110 and striped[3] - striped[1] >= 86, striped
    words = box_where(pixels, is_text)
    assert words is not None, "no alt text"
    middle = ((striped[0] + striped[2]) / 2, (striped[1] + striped[3]) / 2)
    assert abs((words[0] + words[2]) / 2 - middle[0]) < 6 and abs((words[1] + words[3]) / 2 - middle[1]) < 6


async def test_a_low_placeholder_as_wide_as_its_column_shows_its_alt_beside_the_icon_when_it_fits(
    pool: ChromiumPool,
) -> None:
    """Given only a height, a placeholder's width is its column's: in a 358 px column the alt is
    written beside the icon (it drew the icon alone, its label lost); in a 60 px one the icon is
    alone, the alt never cut to a stub."""

    def pane(width: int) -> dict[str, Any]:
        image = {"type": "image", "alt": "Apple Pay button", "layout": {"height": 48}}
        return {"type": "column", "layout": {"width": width}, "children": [image]}

    _, image = await render_dsl(
        pool,
        {
            "width": 520,
            "height": 100,
            "elements": [{"type": "row", "gap": 30, "children": [pane(358), pane(60)]}],
        },
    )
    pixels = rgb(image.data)
    wide_box, narrow_box = boxes(pixels, lambda c: c != (255, 255, 255))
    assert wide_box[2] - wide_box[0] >= 356 and narrow_box[2] - narrow_box[0] <= 62, (wide_box, narrow_box)
    inside = (wide_box[0] + 2, wide_box[1] + 2, wide_box[2] - 2, wide_box[3] - 2)
    wide = column_runs(pixels, is_ink, inside)
    assert len(wide) >= 3 and wide[-1][1] - wide[0][0] >= 110, wide  # the icon, then the words
    assert abs((wide[0][0] + wide[-1][1]) / 2 - (wide_box[0] + wide_box[2]) / 2) < 6, wide  # centred
    narrow = row_runs(
        pixels, is_ink, (narrow_box[0] + 2, narrow_box[1] + 2, narrow_box[2] - 2, narrow_box[3] - 2)
    )
    assert narrow and narrow[-1][1] - narrow[0][0] <= 24, narrow  # the icon alone


async def test_an_avatar_whose_picture_chromium_cannot_draw_shows_its_initials_not_its_name(
    pool: ChromiumPool,
) -> None:
    """The browser wrote the name, in the initials' large orange letters, across the disc."""
    _, pixels = await _alone(
        pool, {"type": "avatar", "name": "Ada Lovelace", "size": "xl", "src": UNDRAWABLE_JPEG}
    )
    face = box_where(pixels, lambda c: c != (255, 255, 255))
    letters = box_where(pixels, lambda c: luminance(c) < 180)
    assert face is not None and letters is not None
    assert letters[2] - letters[0] <= 36 and face[0] < letters[0] and letters[2] < face[2], (letters, face)


# -- how a picture fits its box ----------------------------------------------------------------------

WORDMARK = "data:image/svg+xml;base64," + base64.b64encode(
    b"<svg xmlns='http://www.w3.org/2000/svg' width='240' height='48'><rect width='240' height='48' fill='#00f'/></svg>"
).decode("ascii")
"""A wordmark's shape: a 5:1 band of blue."""


def _blue_png(size: tuple[int, int]) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", size, (0, 0, 255)).save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


async def _blues(pool: ChromiumPool, elements: list[dict[str, Any]]) -> list[tuple[Box, bool]]:
    """Each blue picture's box on a theme of round corners, left to right, and whether its
    top-left corner is square (blue to the corner)."""
    document = {"width": 600, "height": 100, "theme": {"radius": 20}, "elements": elements}
    _, rendered = await render_dsl(pool, document)
    pixels = rgb(rendered.data)
    return [(box, is_blue(pixels.getpixel((box[0], box[1])))) for box in boxes(pixels, is_blue)]  # type: ignore[arg-type]


async def _blue_in_box(pool: ChromiumPool, image: dict[str, Any]) -> tuple[Box, bool]:
    """The blue picture of one image in a 120 x 40 box (see `_blues`)."""
    [found] = await _blues(pool, [{**image, "layout": {"width": 120, "height": 40}}])
    return found


def _sized(box: Box, size: tuple[int, int]) -> bool:
    """Whether `box` is `size`, give or take the pixel a scaled picture's soft edge may lose."""
    return abs(box[2] - box[0] - size[0]) <= 1 and abs(box[3] - box[1] - size[1]) <= 1


async def test_a_logo_is_shown_whole_with_square_corners_and_a_photo_covers_its_rounded_box(
    pool: ChromiumPool,
) -> None:
    """A 5:1 wordmark in a 120 x 40 box: all of it, 120 x 24, its corners square (it was cropped to
    its middle and rounded into a pill); a photo fills the box, cropped, with the theme's corners."""
    logo, square = await _blue_in_box(pool, {"type": "image", "src": WORDMARK, "alt": "Acme wordmark"})
    assert _sized(logo, (120, 24)) and square, logo
    named, square = await _blue_in_box(pool, {"type": "image", "src": _blue_png((60, 12)), "variant": "logo"})
    assert _sized(named, (120, 24)) and square, named
    photo, square = await _blue_in_box(pool, {"type": "image", "src": _blue_png((60, 12)), "alt": "Team"})
    assert _sized(photo, (120, 40)) and not square, photo


async def test_the_logos_of_a_logo_strip_are_shown_whole_with_square_corners(pool: ChromiumPool) -> None:
    """A "trusted by" row of three SVG marks with no words: each whole; the same SVG alone, an
    illustration as far as anyone can tell, covers its box as a photo does."""
    image = {"type": "image", "src": WORDMARK, "layout": {"width": 120, "height": 40}}
    strip = await _blues(pool, [{"type": "row", "gap": 40, "children": [image, image, image]}])
    assert len(strip) == 3 and all(_sized(box, (120, 24)) and square for box, square in strip), strip
    [(alone, square)] = await _blues(pool, [image])
    assert _sized(alone, (120, 40)) and not square, alone


@pytest.mark.parametrize("stacked", [False, True])
async def test_a_photo_across_a_card_without_padding_has_square_bottom_corners(
    pool: ChromiumPool, stacked: bool
) -> None:
    """A listing card with `padding: 0`: its photo (alone, or under a "Reduced" badge in a stack)
    kept its rounded bottom corners, white notches between it and the text under it. Its top
    corners are the card's; at the bottom it is blue to the corner, as the card's own cover is."""
    photo = {"type": "image", "src": _blue_png((64, 36)), "alt": "House", "layout": {"height": 120}}
    if stacked:
        photo = {
            "type": "stack",
            "children": [photo, {"type": "badge", "text": "Reduced", "variant": "danger"}],
        }
    card = {"type": "card", "padding": 0, "children": [photo, {"type": "text", "text": "3 bed flat, N1"}]}
    document = {"width": 400, "height": 240, "theme": {"radius": 20}, "elements": [card]}
    _, rendered = await render_dsl(pool, document)
    pixels = rgb(rendered.data)
    [box] = boxes(pixels, is_blue)
    left, top, right, bottom = box
    assert is_blue(pixels.getpixel((left, bottom - 1))) and is_blue(
        pixels.getpixel((right - 1, bottom - 1))
    ), box  # type: ignore[arg-type]
    assert not is_blue(pixels.getpixel((left, top))), "the top corners are the card's rounded ones"  # type: ignore[arg-type]


@pytest.mark.parametrize(("fit", "size"), [("contain", (120, 24)), ("fill", (120, 40)), ("none", (60, 12))])
async def test_an_images_fit_places_its_picture(pool: ChromiumPool, fit: str, size: tuple[int, int]) -> None:
    box, _ = await _blue_in_box(
        pool, {"type": "image", "src": _blue_png((60, 12)), "alt": "Team", "fit": fit}
    )
    assert _sized(box, size), box


# -- video players ---------------------------------------------------------------------------------

PLAYER_CSS = painted(".dsl-video-play", "#00ff00") + painted(".dsl-video-bar", "#0000ff")
"""The play button green and the controls blue; the title stays white on the dark player."""


def is_white(colour: RGB) -> bool:
    return min(colour) > 200


async def _player(pool: ChromiumPool, video: dict[str, Any]) -> tuple[Box | None, Box, Box]:
    """The play button's box (None when not drawn), the title's ink and the controls' box of
    `video` alone on a page."""
    document = {"width": 700, "height": 420, "padding": 0, "css": PLAYER_CSS, "elements": [video]}
    _, image = await render_dsl(pool, document)
    pixels = rgb(image.data)
    play, bar = box_where(pixels, is_green), box_where(pixels, is_blue)
    player = box_where(pixels, lambda colour: luminance(colour) < 90)
    assert bar is not None and player is not None
    title = box_where(pixels, is_white, (player[0], player[1], player[2], (play or bar)[1]))
    assert title is not None
    return play, title, bar


@pytest.mark.parametrize(
    ("layout", "size"),
    [
        ({"width": 248, "height": 100}, 40),  # at least 120 px tall: the critic's "Product tour"
        ({"width": 248}, 60),  # 16:9, 140 px: 4 px lay between the button and the title
        ({"width": 640}, 68),  # a full size player keeps its 68 px button
    ],
)  # fmt: skip
async def test_a_videos_play_button_keeps_clear_of_its_title_and_controls(
    pool: ChromiumPool, layout: dict[str, int], size: int
) -> None:
    """The 68 px button of every player covered the title of a short one ("Product tour" read
    "Product"); it now scales with the player and keeps 8 px from the title and the controls."""
    video = {"type": "video", "title": "Product tour", "duration": "4:12", "layout": layout}
    play, title, bar = await _player(pool, video)
    assert play is not None
    assert play[1] - title[3] >= 8 and bar[1] - play[3] >= 8, (title, play, bar)
    assert abs(play[2] - play[0] - size) <= 3, play


async def test_a_player_too_short_for_its_play_button_draws_none(pool: ChromiumPool) -> None:
    """Under 112 px (a height the author forced, under the player's least) only the controls'
    own play button is left: a big one there would cover the title."""
    video = {"type": "video", "title": "Product tour", "layout": {"width": 248, "height": 90},
             "style": {"minHeight": 0}}  # fmt: skip
    play, _, bar = await _player(pool, video)
    assert play is None and bar[3] == 90


async def test_a_video_in_a_stack_of_set_height_fills_it_and_a_badge_keeps_off_its_title(
    pool: ChromiumPool,
) -> None:
    """The tester's call tile: a stack 120 px tall holding a video and a "Muted" badge. The video
    kept 16:9 (162 px) and ran 42 px over the blue box under the stack, and the badge sat on
    the video's title at the top left ("Tom Becker" read "...ker")."""
    tile = {"type": "stack", "layout": {"height": 120},
            "children": [{"type": "video", "title": "Tom Becker"}, {"type": "badge", "text": "Muted", "icon": "mic-off"}]}  # fmt: skip
    below = {"type": "container", "layout": {"height": 40}, "style": {"background": "#0000ff"}}
    document = {"width": 288, "height": 240, "padding": 0, "css": painted(".dsl-badge", "#00ff00"),
                "elements": [{"type": "column", "gap": 0, "children": [tile, below]}]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    pixels = rgb(image.data)
    assert box_where(pixels, is_blue) == (0, 120, 288, 160)
    player = box_where(pixels, lambda colour: luminance(colour) < 90 and not is_blue(colour))
    assert player is not None and player[3] == 120, player
    badge = box_where(pixels, is_green)
    assert badge is not None and abs(badge[2] - (288 - 12)) <= 1, badge  # in the top end corner
    title = box_where(pixels, is_white, (0, 0, badge[0], 40))
    assert title is not None and title[2] < badge[0] - 8, (title, badge)


# -- a placeholder too low for its captions ------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "lines"),
    [
        ({"width": 300, "height": 220}, 2),  # a 150 px card: the icon and the alt, not the file name
        ({"device": "tablet", "height": 200}, 2),
        ({"width": 300, "height": 220, "card": {"layout": {"width": 110}}}, 1),  # the icon alone
        ({"width": 300, "height": 400, "card": {"layout": {"width": 260}}}, 3),  # room for all three
    ],
    ids=["laptop", "tablet", "narrow", "wide"],
)
async def test_a_placeholder_too_low_for_its_captions_draws_whole_lines_only(
    pool: ChromiumPool, document: dict[str, Any], lines: int
) -> None:
    """A narrow card's cover (16:9, so low) centred its icon, alt and file name past its top and
    bottom: only the tops of the letters showed. It keeps the lines that fit whole, in order (the
    icon, the alt, the file name) and centred; nothing of the others shows."""
    card = {"type": "card", "layout": {"width": 150}, "src": "tent.jpg", "alt": "Trailhead 2 tent pitched by a lake",
            "title": "Trailhead 2", **document.pop("card", {})}  # fmt: skip
    page = {**document, "css": ".dsl-card-cover{background:#0000ff!important}", "elements": [card]}
    _, image = await render_dsl(pool, page)
    picture = rgb(image.data)
    cover = box_where(picture, is_blue)
    assert cover is not None
    inside = (cover[0] + 2, cover[1] + 2, cover[2] - 2, cover[3] - 2)
    ink: list[tuple[int, int]] = []
    for top, bottom in row_runs(picture, is_text, inside):  # a line's parts a few px apart are one line
        if ink and top - ink[-1][1] <= 4:
            ink[-1] = (ink[-1][0], bottom)
        else:
            ink.append((top, bottom))
    assert len(ink) == lines, (ink, cover)
    assert ink[0][0] > cover[1] + 4 and ink[-1][1] < cover[3] - 4, (ink, cover)  # none cut at an edge
    middle = (cover[1] + cover[3]) / 2
    assert abs((ink[0][0] + ink[-1][1]) / 2 - middle) <= 6, (ink, cover)  # centred


async def test_a_plain_video_draws_no_controls_of_its_own_under_the_authors(pool: ChromiumPool) -> None:
    """A TV overlay drawn over a `video` got a second scrubber, a volume bar and a big play button
    under it: `variant: plain` draws the picture alone."""
    counts: dict[str | None, int] = {}
    for variant in (None, "plain"):
        video = {
            "type": "video",
            "layout": {"width": 480, "height": 270},
            **({"variant": variant} if variant else {}),
        }
        _, image = await render_dsl(pool, {"width": 480, "height": 270, "padding": 0, "elements": [video]})
        shot = (
            Image.open(io.BytesIO(image.data)).convert("RGB").crop((12, 12, 468, 258))
        )  # in the round corners
        counts[variant] = sum(
            1 for r, g, b in shot.get_flattened_data() if min(r, g, b) > 200
        )  # white controls
    assert counts[None] > 200 and counts["plain"] == 0, counts
