"""A dashboard designer's charts on real Chromium: every category named under its bar (wrapped,
or turned where bars are narrow), thinned dates at a regular step from the first to the last, a
legend that wraps inside a chart of set height, charts that share a row, series colours told
apart on either theme, and the render naming what it still cannot draw whole."""

from __future__ import annotations

import itertools
import math
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

CHANNELS = ["Organic search", "Paid social", "Partners", "Product Hunt", "Direct", "Webinars"]
SUITES = ["Enterprise Resource Planning", "Customer Relationship Management", "Human Capital Management",
          "Supply Chain Optimization", "Business Intelligence Suite", "Marketing Automation Platform",
          "Electronic Data Interchange", "Governance Risk and Compliance"]  # fmt: skip
DAYS = [f"2025-{month:02d}-{day:02d}" for month, days in ((6, 30), (7, 15)) for day in range(1, days + 1)]


def is_label(colour: RGB) -> bool:
    """The grey of axis labels (and their anti-aliased edges), not a coloured mark."""
    return luminance(colour) < 215 and max(colour) - min(colour) < 24


def is_indigo(colour: RGB) -> bool:
    """The first series' bars (#4f46e5)."""
    return colour[2] - colour[1] > 80


def words(picture: Image.Image, band: Box, gap: int = 6) -> list[tuple[int, int]]:
    """The runs of label ink across `band`, letters closer than `gap` px joined into one label."""
    joined: list[tuple[int, int]] = []
    for start, end in column_runs(picture, is_label, band):
        if joined and start - joined[-1][1] < gap:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


async def rendered(pool: ChromiumPool, document: dict[str, Any]) -> tuple[Image.Image, list[Any]]:
    _, image = await render_dsl(pool, document)
    return rgb(image.data), list(image.measured_warnings)


def bar_centres(picture: Image.Image) -> tuple[list[float], int]:
    """The middle (px) of each bar, and the plot's bottom (the bars' base)."""
    bars = box_where(picture, is_indigo)
    assert bars is not None
    runs = column_runs(picture, is_indigo, (0, bars[3] - 3, picture.width, bars[3]))
    return [(left + right) / 2 for left, right in runs], bars[3]


def bar_chart(labels: list[str], **fields: Any) -> dict[str, Any]:
    values = [len(labels) * 3 - index for index in range(len(labels))]
    return {"type": "chart", "variant": "bar", "data": {"labels": labels, "values": values}, **fields}


async def test_six_channels_in_a_narrow_chart_are_each_named_turned_under_their_bar(
    pool: ChromiumPool,
) -> None:
    """m_catbar: at 360 px only "Organic search" and "Webinars" were named. Now every bar has its
    name, turned, its end just under the bar's middle, nothing cut (no warning)."""
    chart = bar_chart(CHANNELS, title="Trials by channel")
    picture, warnings = await rendered(pool, {"width": 360, "height": 300, "elements": [chart]})
    assert warnings == []
    centres, base = bar_centres(picture)
    assert len(centres) == 6
    top = base + 8
    for centre in centres:  # each name ends at its bar: ink just left of the middle, none right of it
        ending = (round(centre) - 12, top, round(centre) + 2, top + 12)
        assert box_where(picture, is_label, ending) is not None, (centre, ending)
    last = round(centres[-1])
    assert box_where(picture, is_label, (last + 6, top, picture.width, picture.height)) is None
    names = box_where(picture, is_label, (0, top, picture.width, picture.height))
    assert names is not None and names[3] - top >= 40, names  # turned: deeper than two lines


async def test_long_category_names_wrap_whole_each_within_its_band(pool: ChromiumPool) -> None:
    """e02: "Customer Relationship Man…" after two lines. In 1000 px each of eight suites is
    whole on up to three lines under its own bar, the names apart from one another."""
    picture, warnings = await rendered(
        pool, {"width": 1000, "height": 340, "elements": [bar_chart(SUITES, layout={"height": 260})]}
    )
    assert warnings == []
    centres, base = bar_centres(picture)
    assert len(centres) == 8
    band = (base + 4, base + 4, picture.width, picture.height)
    names = words(picture, (0, *band[1:]), gap=8)
    assert len(names) == 8, names
    for (left, right), centre in zip(names, centres, strict=True):
        assert abs((left + right) / 2 - centre) <= 6, (left, right, centre)
    lines = row_runs(picture, is_label, (0, *band[1:]))
    assert len(lines) == 3, lines  # Customer / Relationship / Management: two lines cut it short


async def test_45_days_show_every_fourth_at_a_regular_step_from_the_first_to_the_last(
    pool: ChromiumPool,
) -> None:
    """e02: 06-01, then 06-09, 06-13... (06-05 hidden beside the first) and no 07-15. Now the dates
    shown (read as "Jun 1" ... "Jul 15") are equally spaced, the first under the first bar and the
    last under the last."""
    values = [12 + index % 9 for index in range(45)]
    chart = {
        "type": "chart",
        "variant": "bar",
        "layout": {"height": 220},
        "data": {"labels": DAYS, "values": values},
    }
    picture, _ = await rendered(pool, {"width": 1000, "height": 280, "elements": [chart]})
    centres, base = bar_centres(picture)
    assert len(centres) == 45
    shown = words(picture, (0, base + 4, picture.width, picture.height))
    assert len(shown) == 12, shown  # every fourth: 0, 4, ..., 44
    middles = [(left + right) / 2 for left, right in shown]
    steps = [b - a for a, b in itertools.pairwise(middles)]
    assert max(steps) - min(steps) <= 3, steps  # "Jun 1", "Jun 13": ink centred within a px or so
    assert abs(middles[0] - centres[0]) <= 3 and abs(middles[-1] - centres[-1]) <= 3, (middles, centres)
    assert shown[-1][1] <= picture.width - 8  # the last date whole, inside the canvas


async def test_a_legend_that_wraps_stays_inside_a_chart_of_set_height(pool: ChromiumPool) -> None:
    """m_legend: seven long series names in a card, `layout: {height: 200}`: the legend's second
    row lay on the card's bottom border; now the plot gives way and the legend ends inside."""
    series = [{"name": name, "values": [n, n + 1, n + 2]} for n, name in enumerate(
        ["United States of America", "United Kingdom", "Germany", "France", "Brazil", "India", "Japan"])]  # fmt: skip
    chart = {"type": "chart", "variant": "line", "layout": {"height": 200},
             "data": {"labels": ["W1", "W2", "W3"], "series": series}}  # fmt: skip
    document = {"width": 640, "height": 360, "elements": [{"type": "card", "children": [chart]}]}
    picture, warnings = await rendered(pool, document)
    assert [w for w in warnings if w.code == "content_overflow"] == []
    border = next(  # the card's bottom edge: a long light-grey line
        y
        for y in range(picture.height - 1, 0, -1)
        if sum(1 for x in range(40, 600) if 200 < luminance(picture.getpixel((x, y))) < 248) > 500  # type: ignore[arg-type]
    )
    keys = box_where(picture, lambda c: max(c) - min(c) > 80, (30, 0, 610, border))
    assert keys is not None and keys[3] <= border - 8, (keys, border)


async def test_charts_in_a_row_share_it_and_a_donut_keeps_its_legend(pool: ChromiumPool) -> None:
    """m_rowcharts: a bar, a line and a donut, each `layout: {height: 200}`, in a row of 900 px:
    the donut's legend ran past the canvas. Now each takes a third and all of it shows."""
    data = {"labels": ["Mon", "Tue", "Wed"], "values": [4, 6, 5]}
    charts = [{"type": "chart", "variant": variant, "title": variant, "layout": {"height": 200}, "data": data}
              for variant in ("bar", "line", "donut")]  # fmt: skip
    picture, warnings = await rendered(
        pool, {"width": 900, "height": 300, "elements": [{"type": "row", "children": charts}]}
    )
    assert warnings == []
    marks = column_runs(picture, lambda c: max(c) - min(c) > 60, (0, 60, picture.width, 240))
    right_edge = max(end for _, end in marks)
    assert right_edge <= picture.width - 24, right_edge  # the donut's legend keys inside the page
    assert box_where(picture, lambda c: max(c) - min(c) > 60, (0, 60, 300, 240)) is not None  # the bars
    assert box_where(picture, lambda c: max(c) - min(c) > 60, (600, 60, 900, 240)) is not None  # the donut


def oklab(colour: RGB) -> tuple[float, float, float]:
    """A colour in OKLab, where a distance of 0.1 reads as clearly another colour."""
    red, green, blue = (c / 255 for c in colour)
    red, green, blue = (
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (red, green, blue)
    )
    long = (0.4122214708 * red + 0.5363325363 * green + 0.0514459929 * blue) ** (1 / 3)
    medium = (0.2119034982 * red + 0.6806995451 * green + 0.1073969566 * blue) ** (1 / 3)
    short = (0.0883024619 * red + 0.2817188376 * green + 0.6299787005 * blue) ** (1 / 3)
    return (
        0.2104542553 * long + 0.7936177850 * medium - 0.0040720468 * short,
        1.9779984951 * long - 2.4285922050 * medium + 0.4505937099 * short,
        0.0259040371 * long + 0.7827717662 * medium - 0.8086757660 * short,
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_eight_series_are_eight_colours_told_apart(pool: ChromiumPool, theme: str) -> None:
    """The 7th series (teal) passed for the 3rd (green), the 6th (violet) for the 1st on a dark page:
    the legend's eight keys are now at least 0.1 apart in OKLab, on either theme."""
    series = [{"name": f"S{n}", "values": [n, n + 1]} for n in range(8)]
    chart = {"type": "chart", "variant": "bar", "data": {"labels": ["a", "b"], "series": series}}
    picture, _ = await rendered(pool, {"width": 640, "height": 360, "theme": theme, "elements": [chart]})
    saturated = box_where(picture, lambda c: max(c) - min(c) > 60, (0, 280, 640, 360))
    assert saturated is not None
    row = (saturated[1] + saturated[3]) // 2
    keys = column_runs(picture, lambda c: max(c) - min(c) > 40, (0, row, 640, row + 1))
    colours = [picture.getpixel(((left + right) // 2, row)) for left, right in keys]
    assert len(colours) == 8, colours
    distances = [math.dist(oklab(a), oklab(b)) for a, b in itertools.combinations(colours, 2)]  # type: ignore[arg-type]
    assert min(distances) >= 0.1, min(distances)


async def test_names_too_long_for_the_room_under_the_plot_are_named_by_the_render(pool: ChromiumPool) -> None:
    """s04 on a tablet: two channel names end in an ellipsis, turned; the render says which."""
    labels = ["Organic search", "Paid social (Meta + LinkedIn)", "Partner referrals and resellers",
              "Product Hunt launch", "Direct / unknown", "Webinars"]  # fmt: skip
    grid = {
        "type": "grid",
        "columns": 2,
        "children": [
            {"type": "card", "children": [bar_chart(labels, layout={"height": 200})]},
            {"type": "card", "children": [{"type": "text", "text": "x"}]},
        ],
    }
    _, warnings = await rendered(pool, {"width": 768, "height": 400, "elements": [grid]})
    cut = [w for w in warnings if w.code == "content_cut" and "category names" in w.message]
    assert len(cut) == 1, warnings
    assert cut[0].path == "/elements/0/children/0/children/0"
    assert "'Partner referrals and resellers'" in cut[0].message and "'Webinars'" not in cut[0].message


async def test_24_hourly_iso_timestamps_read_as_times_at_an_even_step_to_the_end(pool: ChromiumPool) -> None:
    """t_iso: `2025-06-01T00:00` ... `T23:00` showed three full timestamps (00, 08, 16) and the last
    third of the axis bare. Now they read as times (00:00, 04:00 ...), at least six, equally
    spaced from the line's first point, the last within one step of its end."""
    labels = [f"2025-06-01T{hour:02d}:00" for hour in range(24)]
    values = [12, 10, 8, 7, 6, 7, 10, 18, 30, 42, 48, 50, 52, 51, 49, 47, 45, 44, 40, 35, 30, 25, 20, 15]
    chart = {"type": "chart", "variant": "line", "data": {"labels": labels, "values": values}}
    picture, warnings = await rendered(pool, {"width": 480, "height": 300, "elements": [chart]})
    line = box_where(picture, is_indigo)
    assert line is not None
    top, bottom = row_runs(picture, is_label, (0, 0, picture.width, picture.height))[-1]  # the lowest text
    shown = words(picture, (0, top, picture.width, bottom))
    assert len(shown) >= 6, shown
    widths = [right - left for left, right in shown]
    assert max(widths) < 40, widths  # "00:00", not "2025-06-01T00:00"
    middles = [(left + right) / 2 for left, right in shown]
    steps = [b - a for a, b in itertools.pairwise(middles)]
    assert max(steps) - min(steps) <= 2, steps
    assert abs(middles[0] - line[0]) <= 3, (middles, line)
    assert line[2] - middles[-1] < steps[0], (middles, line)
    assert warnings == []


async def test_short_dates_stay_on_one_line(pool: ChromiumPool) -> None:
    """t_daysplit: "Jun 1" ... "Jun 30" at 700 px broke each date, "Jun" over "1". Now every date
    shown is on one line: the x labels are a single band of text, as tall as one line."""
    labels = [f"Jun {day}" for day in range(1, 31)]
    chart = {
        "type": "chart",
        "variant": "line",
        "data": {"labels": labels, "values": [10 + day % 7 for day in range(30)]},
    }
    picture, _ = await rendered(pool, {"width": 700, "height": 320, "elements": [chart]})
    line = box_where(picture, is_indigo)
    assert line is not None
    below = row_runs(picture, is_label, (line[0] - 10, line[3] + 12, picture.width, picture.height))
    assert len(below) == 1 and below[0][1] - below[0][0] <= 14, below
    assert len(words(picture, (0, *below[0][:1], picture.width, below[0][1]))) >= 6
