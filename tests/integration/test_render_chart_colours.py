"""Chart series colours on real Chromium: the first series, the brand's, stands out on the page at
3:1 however deep the brand on a dark theme (the raw navy was 1.24:1, black 1.06:1), and stays the
primary itself where it already stands out; the series are told apart from one another."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PIL import Image

from kernel.dsl.compiler.colour_difference import ciede2000
from kernel.dsl.compiler.theme import resolve_theme
from kernel.dsl.model import ThemeTokens
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, box_where, close_to, column_runs, render_dsl, rgb, row_runs
from tests.support.theme_colours import computed, pixel_contrast

pytestmark = pytest.mark.integration

DARK_PAGE = (9, 9, 11)
"""The dark theme's page, #09090b."""

TWO_SERIES = {"labels": ["W1", "W2", "W3"],
              "series": [{"name": "Visits", "values": [3, 5, 4]}, {"name": "Signups", "values": [1, 2, 2]}]}  # fmt: skip
SLICES = {"labels": ["Direct", "Search", "Social"], "values": [50, 30, 20]}


def indicator_of(theme: dict[str, Any]) -> RGB:
    """What the theme's --primary-indicator computes to, in 8-bit channels."""
    variables = resolve_theme(ThemeTokens.model_validate(theme)).variables
    dark = ThemeTokens.model_validate(theme).base == "dark"
    red, green, blue = computed(variables["primary-indicator"], variables, dark=dark)
    return round(red * 255), round(green * 255), round(blue * 255)


def hex_rgb(colour: str) -> RGB:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


async def picture_of(pool: ChromiumPool, theme: dict[str, Any], chart: dict[str, Any]) -> Image.Image:
    document = {"width": 480, "height": 260, "padding": 20, "theme": theme, "elements": [chart]}
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


def pixels_near(picture: Image.Image, colour: RGB, tolerance: int = 2) -> int:
    """How many pixels are within `tolerance` of `colour` in every channel."""
    raw = picture.tobytes()
    pixels = zip(raw[0::3], raw[1::3], raw[2::3], strict=True)
    return sum(1 for pixel in pixels if close_to(pixel, colour, tolerance))


@pytest.mark.parametrize("primary", ["#0B1F4B", "#000000"])
@pytest.mark.parametrize(
    "chart",
    [
        {"type": "chart", "variant": "bar", "layout": {"height": 200}, "data": TWO_SERIES},
        {"type": "chart", "variant": "line", "layout": {"height": 200}, "data": TWO_SERIES},
        {"type": "chart", "variant": "donut", "layout": {"height": 200}, "data": SLICES},
    ],
    ids=["bar", "line", "donut"],
)
async def test_a_deep_brands_first_series_stands_out_on_a_dark_page(
    pool: ChromiumPool, primary: str, chart: dict[str, Any]
) -> None:
    """Bars, a line, a slice and their legend key in the first series' colour: the primary drawn
    towards white until it reads at 3:1 on the page, never the raw brand that fades into it."""
    theme = {"base": "dark", "primary": primary}
    picture = await picture_of(pool, theme, chart)
    mark = indicator_of(theme)
    assert pixel_contrast(mark, DARK_PAGE) >= 3.0, mark
    assert pixels_near(picture, mark) >= 100, mark  # a legend key alone is 100 px
    assert pixels_near(picture, hex_rgb(primary), 1) == 0  # the raw brand is drawn nowhere
    if chart["variant"] != "line":
        marks = box_where(picture, lambda colour: close_to(colour, mark, 2))
        assert marks is not None and marks[2] - marks[0] >= 40, marks  # bars or a slice, not a key


async def test_a_primary_that_stands_out_is_the_first_series_as_given(pool: ChromiumPool) -> None:
    """The default indigo on white is 6.3:1: its bars are exactly the primary, as before."""
    chart = {"type": "chart", "variant": "bar", "layout": {"height": 200}, "data": TWO_SERIES}
    picture = await picture_of(pool, {"primary": "#4f46e5"}, chart)
    bars = box_where(picture, lambda colour: colour == (79, 70, 229))
    assert bars is not None and bars[3] - bars[1] >= 60, bars


async def test_a_series_coloured_primary_is_the_primary_as_a_mark(pool: ChromiumPool) -> None:
    """`color: primary` on a second series names the brand's role: drawn as the first series is."""
    data = {"labels": ["W1", "W2"], "series": [{"name": "A", "values": [2, 3], "color": "#10b981"},
                                              {"name": "B", "values": [3, 4], "color": "primary"}]}  # fmt: skip
    theme = {"base": "dark", "primary": "#0B1F4B"}
    picture = await picture_of(pool, theme, {"type": "chart", "variant": "bar", "data": data})
    assert pixels_near(picture, indicator_of(theme)) >= 100
    assert pixels_near(picture, hex_rgb("#0B1F4B"), 1) == 0


# -- series told apart ---------------------------------------------------------------------------


HIDDEN_NAMES = ".dsl-chart-key>span{visibility:hidden}"
"""Document CSS that leaves a legend's swatches alone in its band."""


def legend_colours(picture: Image.Image) -> list[RGB]:
    """The colour of each legend key (its names hidden: HIDDEN_NAMES), left to right: the middle
    of each 10 px swatch in the band under the plot, or of the first dash of a line chart's key
    (an 18 x 3 px line, dashed after the first: pieces under KEY_GAP apart are one key)."""
    page = picture.getpixel((2, picture.height - 2))

    def drawn(colour: RGB) -> bool:
        return not close_to(colour, page, 12)  # type: ignore[arg-type]

    below = (0, picture.height - 70, picture.width, picture.height)
    band = next(run for run in row_runs(picture, drawn, below) if 3 <= run[1] - run[0] <= 12)
    pieces = column_runs(picture, drawn, (0, band[0], picture.width, band[1]))
    keys: list[tuple[int, int]] = []
    for start, end in pieces:
        if keys and start - keys[-1][1] < KEY_GAP:
            continue  # a later dash of the same key
        keys.append((start, end))
    middle = (band[0] + band[1]) // 2
    least = 8 if band[1] - band[0] > 4 else 2
    return [picture.getpixel(((start + end) // 2, middle)) for start, end in keys if end - start >= least]  # type: ignore[misc]


KEY_GAP = 12
"""Columns of ground between two pieces of one line key (its gaps are 2-3 px, 6-7 at a scale of 2) are fewer."""


def _nearest(colours: list[RGB]) -> float:
    return min(
        ciede2000(tuple(c / 255 for c in a), tuple(c / 255 for c in b))  # type: ignore[arg-type]
        for a, b in itertools.combinations(colours, 2)
    )


FIVE_LINES = {
    "labels": ["Mon", "Tue", "Wed", "Thu", "Fri"],
    "series": [
        {"name": name, "values": [3, 4, 5, 4, 6]}
        for name in ("Organic", "Paid", "Referral", "Social", "Email")
    ],
}


async def test_a_teal_brands_five_lines_are_told_apart(pool: ChromiumPool) -> None:
    """A teal brand's five lines were teal, amber, pink, violet and orange: amber and orange
    (CIEDE2000 15.7) crossed and read as one. Every two keys now stand 24 or more apart."""
    chart = {"type": "chart", "variant": "line", "layout": {"height": 260}, "data": FIVE_LINES}
    document = {
        "width": 640,
        "height": 320,
        "theme": {"primary": "#0f766e"},
        "css": HIDDEN_NAMES,
        "elements": [chart],
    }
    _, image = await render_dsl(pool, document)
    colours = legend_colours(rgb(image.data))
    assert len(colours) == 5, colours
    assert close_to(colours[0], hex_rgb("#0f766e"), 2), colours
    assert _nearest(colours) >= 23.5, colours  # 24 for the colours as given; a pixel rounds


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_the_default_palettes_first_eight_series_are_told_apart(pool: ChromiumPool, theme: str) -> None:
    """The 6th series was an ochre beside the 4th's amber (22.6 apart): a chart of six or more
    read two series as one."""
    series = [{"name": f"S{index}", "values": [index, index + 1]} for index in range(1, 9)]
    chart = {
        "type": "chart",
        "variant": "bar",
        "layout": {"height": 260},
        "data": {"labels": ["A", "B"], "series": series},
    }
    document = {"width": 700, "height": 320, "theme": theme, "css": HIDDEN_NAMES, "elements": [chart]}
    _, image = await render_dsl(pool, document)
    colours = legend_colours(rgb(image.data))
    assert len(colours) == 8, colours
    # Drawn to stand out at 3:1 on white, the colours have fewer lightnesses to differ by there.
    assert _nearest(colours) >= (23.5 if theme == "dark" else 20.5), colours
