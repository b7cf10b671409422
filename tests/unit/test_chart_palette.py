"""Chart series colours that can be told apart: CIEDE2000 as the CIE defines it, the default
palette's series kept apart, and a brand's series kept apart from its primary and each other."""

from __future__ import annotations

import colorsys
import itertools

import pytest

from kernel.dsl.compiler.chart_palette import FIRST_SERIES_COLOURS, MIN_SERIES_DISTANCE, chart_palette
from kernel.dsl.compiler.charts.lines import line_dash
from kernel.dsl.compiler.colors import LATER_SERIES_COLOURS
from kernel.dsl.compiler.colour_difference import ciede2000, lab_difference
from kernel.dsl.compiler.theme import resolve_theme
from kernel.dsl.model import ThemeTokens
from tests.support.theme_colours import computed, contrast


def channels(colour: str) -> tuple[float, float, float]:
    red, green, blue = (int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5))
    return red, green, blue


def nearest(colours: list[str]) -> float:
    """The CIEDE2000 distance of the closest two of `colours`."""
    return min(ciede2000(channels(a), channels(b)) for a, b in itertools.combinations(colours, 2))


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
        ((50, 0, 0), (50, -1, 2), 2.3669),
        ((50, 2.49, -0.001), (50, -2.49, 0.0009), 7.1792),
        ((50, 2.5, 0), (73, 25, -18), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
        ((22.7233, 20.0904, -46.694), (23.0331, 14.973, -42.5619), 2.0373),
        ((90.9257, -0.5406, -0.9208), (88.6381, -0.8985, -0.7239), 1.5381),
        ((2.0776, 0.0795, -1.135), (0.9033, -0.0636, -0.5514), 0.9082),
    ],
)
def test_ciede2000_gives_the_reference_differences(
    first: tuple[float, float, float], second: tuple[float, float, float], expected: float
) -> None:
    """Pairs of Sharma, Wu and Dalal's test data for CIEDE2000 (hue means across 0 degrees,
    greys, blues' rotation term)."""
    assert lab_difference(first, second) == pytest.approx(expected, abs=1e-4)
    assert lab_difference(second, first) == pytest.approx(expected, abs=1e-4)


DEFAULT_FIRSTS = [resolve_theme("light").variables["primary"], resolve_theme("dark").variables["primary"]]


@pytest.mark.parametrize("first", DEFAULT_FIRSTS, ids=["light", "dark"])
def test_the_default_palettes_first_eight_series_keep_apart(first: str) -> None:
    """Amber (4th) and ochre (6th) were 22.6 apart, amber and orange (10th) 15.7."""
    colours = [first, *FIRST_SERIES_COLOURS, *LATER_SERIES_COLOURS]
    assert len(set(colours)) == 12
    assert nearest(colours[:8]) >= MIN_SERIES_DISTANCE
    assert nearest(colours) >= 19.5


def test_the_slices_a_pie_draws_beside_its_grey_other_stand_apart_from_it() -> None:
    """A pie of more slices than its legend has rows keeps at most eleven beside its grey "Other"
    (#94a3b8): its 6th to 11th colours stay 20 or more from that grey; the 12th, a pale indigo
    11.3 from it, is never one of them."""
    other = channels("#94a3b8")
    assert min(ciede2000(channels(colour), other) for colour in LATER_SERIES_COLOURS[:6]) >= 20
    assert ciede2000(channels(LATER_SERIES_COLOURS[-1]), other) < 20


def test_the_default_later_series_are_what_the_brand_rule_picks_for_the_default_primary() -> None:
    """One rule: the default palette is what a brand of the default indigo would get, up to its
    10th: its 11th, a pale indigo, has the hue a brand's series leave out, and its 12th is the
    grey kept for last."""
    palette = chart_palette(resolve_theme("light").variables["primary"])
    assert [palette[f"chart-{n}"] for n in range(2, 6)] == list(FIRST_SERIES_COLOURS)
    assert [palette[f"series-{n}"] for n in range(6, 11)] == list(LATER_SERIES_COLOURS[:5])


def test_a_teal_brands_five_series_keep_apart_from_it_and_each_other() -> None:
    """A teal brand (#0f766e) left out sky and emerald for its hue, and its lines were teal,
    amber, pink, violet and orange: amber and orange 15.7 apart, crossing."""
    variables = resolve_theme(ThemeTokens(primary="#0f766e")).variables
    series = [variables["primary"], *(variables[f"chart-{n}"] for n in range(2, 6))]
    assert "#f97316" not in series
    assert nearest(series) >= MIN_SERIES_DISTANCE


def _brands() -> list[str]:
    """Brand primaries of every hue, deep to light."""
    brands = []
    for hue in range(0, 360, 10):
        for lightness, saturation in ((0.3, 0.6), (0.35, 0.8), (0.5, 0.8), (0.6, 0.9), (0.7, 0.9)):
            red, green, blue = colorsys.hls_to_rgb(hue / 360, lightness, saturation)
            brands.append("#" + "".join(f"{round(c * 255):02x}" for c in (red, green, blue)))
    return brands


def test_any_brands_first_five_series_keep_apart_and_its_first_eight_nearly() -> None:
    for brand in _brands():
        palette = chart_palette(brand)
        series = [brand, *(palette[f"chart-{n}"] for n in range(2, 6))]
        series += [palette[f"series-{n}"] for n in range(6, 13)]
        assert len(set(series)) == 12, brand
        assert nearest(series[:5]) >= MIN_SERIES_DISTANCE, brand
        assert nearest(series[:8]) >= 20, brand


CHART_THEMES: dict[str, ThemeTokens | str] = {
    "light": "light",
    "dark": "dark",
    "teal-brand": ThemeTokens(primary="#0d9488"),
    "black-brand": ThemeTokens(primary="#000000"),
    "blue-on-dark": ThemeTokens(base="dark", primary="#2563eb"),
    "cream-page": ThemeTokens(background="#fdf6e3", surface="#fffbeb", text="#3f3f46"),
}


@pytest.mark.parametrize("theme", CHART_THEMES.values(), ids=CHART_THEMES.keys())
def test_every_series_and_the_grey_other_stand_out_at_3_to_1_from_the_page_and_cards(
    theme: ThemeTokens | str,
) -> None:
    """On white the sky, emerald and amber series read at 2.77, 2.54 and 2.15:1 and a pie's grey
    "Other" at 2.56:1: each is drawn darker (lighter on dark), its hue kept, to stand out at 3:1."""
    variables = resolve_theme(theme).variables
    drawn = [variables[f"chart-{n}"] for n in range(2, 6)]
    drawn += [variables[f"series-{n}"] for n in range(6, 13)] + [variables["chart-other"]]
    for ground in (variables["background"], variables["surface"]):
        assert (
            min(contrast(computed(colour, variables), computed(ground, variables)) for colour in drawn) >= 3.0
        )


@pytest.mark.parametrize("theme", CHART_THEMES.values(), ids=CHART_THEMES.keys())
def test_the_drawn_series_keep_the_spacing_between_them(theme: ThemeTokens | str) -> None:
    """The darker shades are what the spacing is judged on: a chart's first five series stay
    MIN_SERIES_DISTANCE apart, its first eight 15 or more (a light page leaves fewer lightnesses
    that read at 3:1), and no two of its twelve are the same colour."""
    variables = resolve_theme(theme).variables
    series = [variables[f"chart-{n}"] for n in range(2, 6)] + [variables[f"series-{n}"] for n in range(6, 13)]
    assert nearest(series[:4]) >= MIN_SERIES_DISTANCE
    assert nearest(series[:7]) >= 12
    assert len(set(series)) == 11


SERIES_VARIABLES = (
    "primary",
    "chart-2",
    "chart-3",
    "chart-4",
    "chart-5",
    *(f"series-{n}" for n in range(6, 13)),
)
"""The variables of a chart's first twelve series' colours (the first is the primary's)."""


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_line_series_that_share_a_stroke_pattern_are_far_apart_in_colour(theme: str) -> None:
    """Series 3 and 7 (emerald and deep teal, 21 apart) were both dotted on the dark theme: a
    cycle of four patterns realigned with the palette. Within twelve series, two lines of one
    pattern now differ clearly in colour."""
    variables = resolve_theme(theme).variables
    colours = [variables[name] for name in SERIES_VARIABLES]
    for first, second in itertools.combinations(range(12), 2):
        if line_dash(first) == line_dash(second):
            assert ciede2000(channels(colours[first]), channels(colours[second])) >= 30, (first, second)
    assert [line_dash(n) for n in range(4)] == ["", "7 5", "0.1 5", "10 5 0.1 5"]  # the first four differ
    assert line_dash(2) != line_dash(6)
    assert line_dash(12) == line_dash(0)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_series_colour_stands_out_at_3_to_1_on_the_charts_ground(theme: str) -> None:
    """The dim later series on a dark page (deep teal, olive, ochre, red) stand out from both the
    page and a card's surface at 3:1 (WCAG 1.4.11: a line is a mark with no words)."""
    variables = resolve_theme(theme).variables
    for name in SERIES_VARIABLES[1:]:
        for ground in ("background", "surface"):
            ratio = contrast(channels(variables[name]), channels(variables[ground]))
            assert ratio >= 3.0, (name, ground, ratio)
