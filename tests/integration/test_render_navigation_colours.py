"""Navigation marks on real Chromium: a stepper's disc, line and ring and a page indicator's
current dot stand out at 3:1 in any brand (a navy one on a dark page was 1.24:1, a yellow one on
white 1.4:1) in the shade a switch that is on has; a segmented control's track shows on a grey
page or a muted band as it does on white."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from kernel.dsl.compiler.theme import resolve_theme
from kernel.dsl.model import ThemeTokens
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, box_where, close_to, render_dsl, rgb
from tests.support.theme_colours import computed, pixel_contrast

pytestmark = pytest.mark.integration

WHITE, DARK_PAGE = (255, 255, 255), (9, 9, 11)
STEPPER = {"type": "stepper", "items": ["Account", "Team", "Plan"], "current": 1}
"""440 px across (a 480 px page less its 20 px padding): markers 32 px wide centred at x=93, 240
and 387 (their anti-aliased rims aside, 28 px or more of solid colour), from y=20 to 52; the done
line runs from x=117 to 216 at y=35-36."""


def indicator_of(theme: dict[str, Any]) -> RGB:
    """What the theme's --primary-indicator computes to, in 8-bit channels."""
    variables = resolve_theme(ThemeTokens.model_validate(theme)).variables
    dark = ThemeTokens.model_validate(theme).base == "dark"
    red, green, blue = computed(variables["primary-indicator"], variables, dark=dark)
    return round(red * 255), round(green * 255), round(blue * 255)


async def picture_of(pool: ChromiumPool, theme: Any, *elements: dict[str, Any], **page: Any) -> Image.Image:
    document = {
        "width": 480,
        "height": 200,
        "padding": 20,
        "theme": theme,
        "elements": list(elements),
        **page,
    }
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


def at(picture: Image.Image, point: tuple[int, int]) -> RGB:
    red, green, blue = picture.getpixel(point)  # type: ignore[misc]
    return red, green, blue


def near(colour: RGB) -> Any:
    return lambda pixel: close_to(pixel, colour, 2)


@pytest.mark.parametrize(
    ("theme", "page"),
    [({"base": "dark", "primary": "#0B1F4B"}, DARK_PAGE), ({"base": "dark", "primary": "#000000"}, DARK_PAGE),
     ({"primary": "#FFD400"}, WHITE)],
    ids=["navy-on-dark", "black-on-dark", "yellow-on-white"],
)  # fmt: skip
async def test_a_steppers_marks_stand_out_in_any_brand(
    pool: ChromiumPool, theme: dict[str, Any], page: RGB
) -> None:
    """The done disc, the line after it and the current step's ring are the primary drawn until it
    reads at 3:1 on the page; the raw brand, which faded into it, is drawn nowhere."""
    picture = await picture_of(pool, theme, STEPPER)
    mark = indicator_of(theme)
    assert pixel_contrast(mark, page) >= 3.0, mark
    disc = box_where(picture, near(mark), (60, 15, 112, 57))  # left of where the line starts
    assert disc is not None and min(disc[2] - disc[0], disc[3] - disc[1]) >= 28, disc
    assert all(close_to(at(picture, (x, 36)), mark, 2) for x in range(120, 214)), "the done line"
    ring = box_where(picture, near(mark), (220, 15, 260, 57))
    assert ring is not None and min(ring[2] - ring[0], ring[3] - ring[1]) >= 28, ring
    assert not close_to(at(picture, (240, 28)), mark, 2)  # a ring: the number sits inside it
    raw = theme["primary"]
    brand = (int(raw[1:3], 16), int(raw[3:5], 16), int(raw[5:7], 16))
    assert box_where(picture, lambda pixel: close_to(pixel, brand, 1), (0, 0, 480, 60)) is None


async def test_a_steppers_marks_share_the_shade_of_a_switch_that_is_on(pool: ChromiumPool) -> None:
    """A yellow brand's stepper was raw yellow (1.4:1 on white) beside an olive switch: one shade."""
    theme = {"primary": "#FFD400"}
    toggle = {"type": "toggle", "label": "On", "checked": True}
    picture = await picture_of(pool, theme, STEPPER, toggle)
    line = at(picture, (165, 36))
    switch = box_where(picture, near(line), (0, 80, 480, 200))
    assert switch is not None and switch[2] - switch[0] >= 30, switch  # the switch's track
    assert pixel_contrast(line, WHITE) >= 3.0, line


async def test_a_page_indicators_current_dot_stands_out_on_a_dark_page(pool: ChromiumPool) -> None:
    theme = {"base": "dark", "primary": "#0B1F4B"}
    dots = {"type": "stepper", "variant": "dots", "items": ["Welcome", "Goals", "Invite"], "current": 1}
    picture = await picture_of(pool, theme, dots)
    current = box_where(picture, near(indicator_of(theme)))
    assert current is not None and current[2] - current[0] >= 18, current  # 22 px, round ends
    assert pixel_contrast(at(picture, ((current[0] + current[2]) // 2, (current[1] + current[3]) // 2)),
                          DARK_PAGE) >= 3.0  # fmt: skip


# -- a segmented control's track ------------------------------------------------------------------

SEGMENTED = {"type": "tabs", "variant": "segmented", "items": ["Light", "Dark", "Auto"], "active": 2}
BAND = {"type": "column", "padding": 20, "style": {"background": "var(--muted)"}, "children": [SEGMENTED]}
ON_PAGE = ((22, 38), (10, 38))
"""A point of the track (in its 4 px padding, left of the first label) of the control at the page's
top left (x=20, y=20 to 56) and a point of the page beside it."""
IN_BAND = ((42, 106), (30, 106))
"""The same for the control in the muted band under it (from y=68, the theme's 12 px gap below,
inset 20 px): the track from x=40, y=88 to 124, and the band beside it."""


def contrast_at(picture: Image.Image, points: tuple[tuple[int, int], tuple[int, int]]) -> float:
    track, ground = (at(picture, point) for point in points)
    return pixel_contrast(track, ground)


@pytest.mark.parametrize(("theme", "track"), [("light", (244, 244, 245)), ("dark", (39, 39, 42))])
async def test_a_segmented_track_on_the_page_looks_as_it_did(
    pool: ChromiumPool, theme: str, track: RGB
) -> None:
    """On the theme's own page the track is --muted's colour exactly (#f4f4f5 on white)."""
    picture = await picture_of(pool, theme, SEGMENTED)
    assert at(picture, ON_PAGE[0]) == track


@pytest.mark.parametrize(("theme", "grey"), [("light", "#f2f2f7"), ("dark", "#1c1c1e")])
async def test_a_segmented_track_shows_on_a_grey_page_and_a_muted_band(
    pool: ChromiumPool, theme: str, grey: str
) -> None:
    """iOS's grouped grey page (#f2f2f7) and a column filled with --muted hid the track (1.02:1 and
    1.0:1): it darkens (on dark, lightens) what is under it as much as it does the theme's page."""
    plain = await picture_of(pool, theme, SEGMENTED)
    on_grey = await picture_of(pool, theme, SEGMENTED, BAND, background=grey)
    as_on_the_page = contrast_at(plain, ON_PAGE)
    assert as_on_the_page >= 1.08
    for points in (ON_PAGE, IN_BAND):
        assert contrast_at(on_grey, points) >= as_on_the_page * 0.95, points


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_the_selected_segment_is_lighter_than_its_track(pool: ChromiumPool, theme: str) -> None:
    """On dark the selected segment was the surface, darker than the track (a hole in it): it is a
    lighter shade of the track there, as iOS draws it, and the surface on light, as before."""
    picture = await picture_of(pool, theme, {**SEGMENTED, "active": 0})
    track, segment = at(picture, ON_PAGE[0]), at(picture, (28, 38))  # the first segment, left of "Light"
    assert luminance(segment) > luminance(track) and pixel_contrast(segment, track) >= 1.08, (segment, track)
    if theme == "light":
        assert segment == WHITE


def luminance(colour: RGB) -> float:
    return sum(weight * channel for weight, channel in zip((0.2126, 0.7152, 0.0722), colour, strict=True))


@pytest.mark.parametrize(
    ("style", "hairline"),
    [({}, True), ({"background": "#0000ff"}, False), ({"background": "#0000ff", "borderRadius": 8}, False)],
    ids=["page-sidebar", "filled", "rounded"],
)
async def test_a_sidebar_with_a_fill_of_its_own_draws_no_hairline(
    pool: ChromiumPool, style: dict[str, Any], hairline: bool
) -> None:
    """A music app's rounded dark library kept the page sidebar's 1 px line on its end side, bent
    round the corner: a sidebar with its own fill or radius is a panel, without the line."""
    sidebar = {"type": "sidebar", "layout": {"width": 200}, "style": style, "items": [{"label": "Home"}]}
    document = {"width": 400, "height": 200, "padding": 0, "background": "#ffffff", "elements": [sidebar]}
    _, image = await render_dsl(pool, document)
    edge = rgb(image.data).getpixel((199, 40))
    inside = rgb(image.data).getpixel((150, 40))
    assert (edge != inside) == hairline, (edge, inside)
