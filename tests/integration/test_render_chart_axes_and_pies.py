"""Chart axes and pies on real Chromium: crowded sequence labels thin out whole with a gap,
long names turn under narrow bars, a chart in a short box is a sparkline inside it, a legend
under a narrow pie keeps one left edge, an area's gridlines cross its gaps in the dark, and a line
far from zero gets an axis fitted to it."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    Box,
    box_where,
    column_runs,
    luminance,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

INDIGO = (79, 70, 229)
"""The first series' colour (#4f46e5) on the light theme."""


def is_label(colour: RGB) -> bool:
    """The grey of axis labels (and their anti-aliased edges), not a coloured mark."""
    return luminance(colour) < 215 and max(colour) - min(colour) < 24


def is_mark(colour: RGB) -> bool:
    """A bar, a line or a slice: a saturated colour."""
    return max(colour) - min(colour) > 60


def words(picture: Image.Image, band: Box, gap: int = 4) -> list[tuple[int, int]]:
    """The runs of label ink across `band`, letters closer than `gap` px joined into one label."""
    joined: list[tuple[int, int]] = []
    for start, end in column_runs(picture, is_label, band):
        if joined and start - joined[-1][1] < gap:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


async def picture_of(pool: ChromiumPool, document: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


def is_indigo(colour: RGB) -> bool:
    """The first series' line or bars (#4f46e5, #6366f1 in the dark), not a green badge."""
    return colour[2] - colour[1] > 80


def under_the_plot(picture: Image.Image) -> Box:
    """The band under the plot, right of the value axis' labels: where the category labels go."""
    marks = box_where(picture, is_indigo)
    assert marks is not None
    zero = box_where(picture, is_label, (0, marks[3] - 8, marks[0], marks[3] + 8))  # the "0" tick
    assert zero is not None
    return (zero[2] + 4, marks[3] + 2, picture.width, picture.height)


@pytest.mark.parametrize(
    ("width", "labels", "shown"),
    [
        (340, [f"W{n}" for n in range(27, 40)], 7),  # read "W… W… W…"
        (320, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 6),
        (1280, [f"D{n}" for n in range(1, 61)], 30),  # ran together
    ],
)
async def test_crowded_category_labels_show_every_nth_whole_with_a_gap(
    pool: ChromiumPool, width: int, labels: list[str], shown: int
) -> None:
    """The axis shows every other label, each whole, at least 6 px from the next, the first one
    under the first mark (W27..W39 keeps both ends)."""
    chart = {
        "type": "chart",
        "variant": "bar",
        "data": {"labels": labels, "values": list(range(len(labels)))},
    }
    picture = await picture_of(pool, {"width": width, "height": 260, "elements": [chart]})
    band = under_the_plot(picture)
    found = words(picture, band)
    assert len(found) == shown, found
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(found)]
    assert min(gaps) >= 6, gaps
    assert found[-1][1] <= width - 8  # inside the canvas, none cut at its edge


def ends_under_each_bar(picture: Image.Image) -> int:
    """How many bars have a turned name ending just under their middle (ink just left of it)."""
    bars = box_where(picture, is_indigo)
    assert bars is not None
    runs = column_runs(picture, is_indigo, (0, bars[3] - 3, picture.width, bars[3]))
    top = bars[3] + 8
    ends = [
        box_where(picture, is_label, (round((a + b) / 2) - 20, top - 2, round((a + b) / 2) + 4, top + 16))
        for a, b in runs
    ]
    return sum(1 for end in ends if end is not None)


async def test_funnel_stages_too_long_for_their_bands_are_each_named_turned(pool: ChromiumPool) -> None:
    """Five funnel stages in 300 px: they ran together, then every other one was shown; stages
    are categories, so each keeps its name, turned under its bar."""
    stages = ["Visited landing page", "Viewed pricing", "Started trial sign-up", "Completed sign-up",
              "Converted to paid"]  # fmt: skip
    chart = {
        "type": "chart",
        "variant": "bar",
        "data": {"labels": stages, "values": [412, 186, 147, 110, 91]},
    }
    picture = await picture_of(pool, {"width": 300, "height": 260, "elements": [chart]})
    assert ends_under_each_bar(picture) == 5


async def test_long_category_names_in_narrow_bands_turn_and_the_longest_is_named_cut(
    pool: ChromiumPool,
) -> None:
    """Five long names under five bars in 420 px: too narrow for them on three lines, every name
    turns under its bar, in the smaller text that keeps the shorter ones whole; those longer than
    the room under the plot even so end in an ellipsis, and the render names them."""
    names = ["Enterprise Resource Planning", "Customer Relationship Management", "Human Capital Management",
             "Supply Chain Optimization", "Business Intelligence"]  # fmt: skip
    chart = {"type": "chart", "variant": "bar", "data": {"labels": names, "values": [34, 28, 19, 12, 7]}}
    _, image = await render_dsl(pool, {"width": 420, "height": 280, "elements": [chart]})
    assert ends_under_each_bar(rgb(image.data)) == 5
    cut = [w for w in image.measured_warnings if "category names" in w.message]
    assert len(cut) == 1 and "'Customer Relationship Management'" in cut[0].message, image.measured_warnings
    assert "'Business Intelligence'" not in cut[0].message
    assert "'Supply Chain Optimization'" not in cut[0].message


async def test_a_chart_in_a_short_box_is_a_sparkline_inside_it(pool: ChromiumPool) -> None:
    """A line chart 40 px tall in a stat card drew axes 80 px tall, spilling out of its box and
    the card: now its line alone fills the 40 px, without a label, and nothing runs over."""
    card = {
        "type": "card",
        "children": [
            {"type": "stat", "label": "MRR", "value": "$41k", "change": "+4%"},
            {"type": "chart", "variant": "line", "layout": {"height": 40},
             "data": {"labels": [str(n) for n in range(1, 8)], "values": [3, 4, 3, 5, 6, 5, 7]}},
        ],
    }  # fmt: skip
    _, image = await render_dsl(pool, {"width": 360, "height": 260, "elements": [card]})
    assert [w for w in image.measured_warnings if w.code == "content_overflow"] == []
    picture = rgb(image.data)
    line = box_where(picture, is_indigo)
    assert line is not None
    assert 30 <= line[3] - line[1] <= 40, line  # the line spans the box's height, inside it
    beside = (0, line[1] - 4, picture.width, line[3] + 24)
    assert box_where(picture, is_label, (0, beside[1], line[0] - 2, beside[3])) is None  # no value axis
    assert row_runs(picture, is_label, (line[0], line[3] + 2, line[2], line[3] + 24)) == []  # no labels


async def test_a_sparkline_of_one_value_draws_its_dot(pool: ChromiumPool) -> None:
    """A sparkline of one day's latency drew nothing (a line needs two points); now its lone
    value is a dot, as in a line chart of one point."""
    card = {
        "type": "card",
        "children": [
            {"type": "stat", "label": "Latency p99", "value": "182 ms"},
            {"type": "chart", "variant": "line", "layout": {"height": 48},
             "data": {"labels": ["Mon"], "values": [182]}},
        ],
    }  # fmt: skip
    picture = await picture_of(pool, {"width": 300, "height": 220, "elements": [card]})
    dot = box_where(picture, is_indigo)
    assert dot is not None
    assert 5 <= dot[2] - dot[0] <= 12 and 5 <= dot[3] - dot[1] <= 12, dot


async def test_a_legend_under_a_narrow_pie_keeps_its_keys_on_one_left_edge(pool: ChromiumPool) -> None:
    """Twelve regions in a quarter of 1000 px: the keys under the pie were centred row by row
    (their squares zigzagged) and the pie was squeezed to ~70 px; now every row starts at the
    same x and the pie keeps at least 88 px."""
    data = {"labels": [f"Region {n}" for n in range(12)], "values": [30, 22, 15, 9, 7, 5, 4, 3, 2, 1, 1, 1]}
    pies = [{"type": "chart", "variant": "pie", "data": data} for _ in range(4)]
    picture = await picture_of(
        pool, {"width": 1000, "height": 300, "elements": [{"type": "grid", "columns": 4, "children": pies}]}
    )
    column = (0, 0, picture.width // 4, picture.height)
    pie_rows, *key_rows = row_runs(picture, is_mark, column)
    pie = box_where(picture, is_mark, (column[0], pie_rows[0], column[2], pie_rows[1]))
    assert pie is not None and pie[2] - pie[0] >= 88 and pie[3] - pie[1] >= 88, pie
    assert len(key_rows) >= 4, key_rows
    starts = [
        column_runs(picture, is_mark, (column[0], top, column[2], bottom))[0][0] for top, bottom in key_rows
    ]
    assert max(starts) - min(starts) <= 1, starts
    assert key_rows[-1][1] <= picture.height - 8  # the last row whole


async def test_an_areas_gridlines_cross_the_gap_a_missing_value_leaves_in_the_dark(
    pool: ChromiumPool,
) -> None:
    """In a dark card the gridlines, drawn under the area's fill in the border's colour, all but
    vanished in the gap of a missing value (15 levels above the card): they now lie over the
    fill in a light ink and cross fill and gap alike, clearly."""
    values = [5, 7, 6, None, None, 7, 5, 7]  # spread enough to keep an axis from zero
    chart = {"type": "chart", "variant": "area", "data": {"labels": list("abcdefgh"), "values": values}}
    card = {"type": "card", "title": "5xx error ratio", "children": [chart]}
    _, image = await render_dsl(pool, {"width": 500, "height": 320, "theme": "dark", "elements": [card]})
    picture = rgb(image.data)
    line = box_where(picture, lambda c: c[2] > 180 and c[2] - c[0] > 80)  # the line's stroke
    assert line is not None
    band = (line[2] - line[0]) / 7  # from the centre of a to the centre of h
    gap_x = round(line[0] + 3.5 * band)  # between d and e, which have no value
    fill_x = round(line[0] + 0.5 * band)  # between a and b, under the line

    def step(x: int, y: int) -> float:
        """How much lighter row y is than the row 3 px above it."""
        here, above = picture.getpixel((x, y)), picture.getpixel((x, y - 3))
        assert isinstance(here, tuple) and isinstance(above, tuple)
        return luminance((here[0], here[1], here[2])) - luminance((above[0], above[1], above[2]))

    gridlines = [y for y in range(line[3] + 8, picture.height - 40) if step(gap_x, y) > 5]
    assert len(gridlines) >= 2, "no gridline across the gap"
    for y in gridlines:
        assert step(gap_x, y) >= 20, (y, step(gap_x, y))
        assert abs(step(fill_x, y) - step(gap_x, y)) < 8, (y, step(gap_x, y), step(fill_x, y))


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_overlapping_areas_show_both_fills_in_either_theme(pool: ChromiumPool, theme: str) -> None:
    """Two areas, one under the other: the lower's fill covered the upper's, so it read stacked,
    and in the dark a fill was almost the card's colour. Now the band between the lines shows
    the upper series' tint, and under the lower line both fills stand out from the card."""
    data = {"labels": ["a", "b", "c"], "series": [{"name": "Up", "values": [10, 10, 10]},
                                                  {"name": "Down", "values": [5, 5, 5]}]}  # fmt: skip
    card = {"type": "card", "children": [{"type": "chart", "variant": "area", "data": data}]}
    _, image = await render_dsl(pool, {"width": 500, "height": 340, "theme": theme, "elements": [card]})
    picture = rgb(image.data)
    x = picture.width // 2
    column = [picture.getpixel((x, y)) for y in range(picture.height)]
    upper_line = max(
        y for y, colour in enumerate(column) if is_indigo(colour) and colour[2] - colour[0] > 120
    )
    lower_line = next(y for y in range(upper_line + 1, len(column)) if column[y][1] - column[y][0] > 100)
    card_colour = picture.getpixel((x, 12))
    between = picture.getpixel((x, (upper_line + lower_line) // 2))
    under = picture.getpixel((x, lower_line + 12))

    def differs(colour: RGB) -> int:
        return max(abs(a - b) for a, b in zip(colour, card_colour, strict=True))

    assert differs(between) >= 10, (between, card_colour)  # the upper fill between the lines
    assert between[1] - between[0] <= 8 < between[2] - between[1], between  # indigo, not the lower sky blue
    assert differs(under) >= 24, (under, card_colour)
    # the lower fill is no stronger than the upper's at the same height: across the lower line
    # the colour changes by about as much as the upper fill alone differs from the card there
    above = picture.getpixel((x, lower_line - 12))
    jump = max(abs(a - b) for a, b in zip(under, above, strict=True))
    assert jump <= 1.5 * differs(above), (jump, differs(above))


async def test_a_line_far_from_zero_gets_an_axis_fitted_to_it(pool: ChromiumPool) -> None:
    """A portfolio at 219.8k-251.9k (a range of 15% of its distance from zero) got an axis from
    zero, its line a flat band 30 px tall at the top; a 65-67k one was fitted. Now both are: the
    line rises across most of the plot, as the data does."""
    values = [221_400, 224_100, 219_800, 226_500, 231_200, 235_400, 238_100, 244_800, 251_900, 248_912]
    chart = {"type": "chart", "variant": "line", "layout": {"height": 280},
             "data": {"labels": [f"Jul {n}" for n in range(1, 11)], "values": values}}  # fmt: skip
    picture = await picture_of(pool, {"width": 800, "height": 320, "elements": [chart]})
    line = box_where(picture, is_indigo)
    assert line is not None
    # the plot is about 220 px tall (280 less the x labels); from zero the line spanned ~30 px
    assert line[3] - line[1] > 100, line


@pytest.mark.parametrize("fill", [True, False])
async def test_an_area_series_with_fill_false_is_its_line_alone(pool: ChromiumPool, fill: bool) -> None:
    """A price and its moving average in an area chart: every series was filled to the axis and
    on a dark page the fills added up to a muddy band. `fill: false` draws the average as a line
    only: under its line the ground is the price's indigo fill alone, no sky blue in it."""
    data = {"labels": ["a", "b", "c"], "series": [{"name": "Price", "values": [10, 10, 10]},
                                                  {"name": "MA", "values": [5, 5, 5], "fill": fill}]}  # fmt: skip
    chart = {"type": "chart", "variant": "area", "data": data}
    picture = await picture_of(pool, {"width": 500, "height": 340, "theme": "dark", "elements": [chart]})
    x = picture.width // 2 + 20  # clear of the middle dot
    column = [picture.getpixel((x, y)) for y in range(picture.height)]
    upper_line = max(
        y for y, colour in enumerate(column) if is_indigo(colour) and colour[2] - colour[0] > 120
    )
    lower_line = next(y for y in range(upper_line + 1, len(column)) if column[y][1] - column[y][0] > 100)
    under = column[lower_line + 10]
    assert under[2] - under[1] > 20, under  # the price's indigo fill still reaches down here
    if fill:
        assert under[1] - under[0] >= 15, under  # the average's sky-blue fill over it
    else:
        assert under[1] - under[0] <= 3, under


def is_gridline(colour: RGB) -> bool:
    """A gridline's light grey (or the darker zero line), not the white page."""
    return luminance(colour) < 245 and max(colour) - min(colour) < 12


async def test_a_small_dip_below_zero_leaves_little_of_the_plot_empty(pool: ChromiumPool) -> None:
    """-40k under 510k had an axis down to -200k, a quarter of the plot empty below zero: the
    bars now span more than three quarters of the gridlines' height, and the deepest bar more
    than a third of the band under zero (it was a fifth)."""
    data = {"labels": list("ABCDE"), "series": [{"name": "Q3", "values": [420e3, -35e3, 180e3, 95e3, -12e3]},
                                                 {"name": "Q4", "values": [510e3, 22e3, 150e3, -40e3, 8e3]}]}  # fmt: skip
    picture = await picture_of(
        pool, {"width": 600, "height": 320, "elements": [{"type": "chart", "data": data}]}
    )
    right = (picture.width - 36, 0, picture.width - 30, picture.height)  # right of the last bars
    grid = row_runs(picture, is_gridline, right)
    top, bottom = grid[0][0], grid[-1][1]
    (zero,) = [start for start, _ in grid if luminance(picture.getpixel((right[0], start))) < 200]
    bars = box_where(picture, is_mark, (0, top - 2, picture.width, bottom + 2))
    assert bars is not None
    assert (bars[3] - bars[1]) / (bottom - top) > 0.75, (bars, grid)
    assert bars[3] - zero > (bottom - zero) / 3, (bars, grid)
