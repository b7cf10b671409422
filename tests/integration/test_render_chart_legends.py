"""Chart legends on real Chromium: a pie with more slices than legend rows lists its largest
ones and a grey "Other", whole, in distinct colours; a dozen series get a dozen colours."""

from __future__ import annotations

import math
from typing import Any

import pytest
from PIL import Image

from kernel.dsl.compiler.theme import resolve_theme
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    Box,
    box_where,
    close_to,
    column_runs,
    luminance,
    render_dsl,
    rgb,
    row_runs,
)
from tests.support.documents import COUNTRIES

pytestmark = pytest.mark.integration

SWATCH = 10
"""A legend key's colour square, in px."""


def is_tinted(colour: RGB) -> bool:
    """A slice's or a swatch's pixel, the grey "Other" (#94a3b8) included; not the grey text."""
    return max(colour) - min(colour) > 30


OTHER_GREY = tuple(int(resolve_theme("light").variables["chart-other"][i : i + 2], 16) for i in (1, 3, 5))
"""The "Other" slice's slate grey, as the light theme draws it to stand out at 3:1 (#94a3b8
deepened), which no other slice or series is."""


def is_grey_blue(colour: RGB) -> bool:
    return close_to(colour, OTHER_GREY)


def swatches(picture: Image.Image, region: Box) -> list[tuple[Box, RGB]]:
    """The legend keys in `region`, row by row: each square's box and the colour at its centre."""
    found = []
    for top, bottom in row_runs(picture, is_tinted, region):
        for left, right in column_runs(picture, is_tinted, (region[0], top, region[2], bottom)):
            found.append(
                ((left, top, right, bottom), picture.getpixel(((left + right) // 2, (top + bottom) // 2)))
            )
    return found


def apart(a: RGB, b: RGB) -> bool:
    """Two colours a reader tells apart in a legend."""
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) > 40


def all_apart(colours: list[RGB]) -> bool:
    return all(apart(a, b) for i, a in enumerate(colours) for b in colours[i + 1 :])


def donut_card(title: str) -> dict[str, Any]:
    return {
        "type": "card",
        "title": title,
        "children": [{"type": "chart", "variant": "donut", "data": COUNTRIES}],
    }


async def picture_of(pool: ChromiumPool, document: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


async def test_a_donut_with_more_slices_than_rows_lists_the_largest_and_other_whole(
    pool: ChromiumPool,
) -> None:
    """17 countries in a half-width card listed Brazil to Italy only (the legend's middle), United
    States and Japan both indigo: now the six largest and a grey "Other", from the top, each its
    own colour, and the first key the colour of the slice at the top right of the ring."""
    document = {
        "width": 800,
        "height": 320,
        "elements": [
            {
                "type": "grid",
                "columns": 2,
                "children": [{"type": "card", "title": "Left"}, donut_card("Traffic")],
            }
        ],
    }
    picture = await picture_of(pool, document)
    card = (420, 80, 770, 300)
    ring_columns, key_columns = column_runs(picture, is_tinted, card)[:2]
    keys = swatches(picture, (key_columns[0], card[1], key_columns[1], card[3]))
    assert len(keys) == 7, keys
    assert all(box[2] - box[0] == SWATCH and box[3] - box[1] == SWATCH for box, _ in keys), keys
    colours = [colour for _, colour in keys]
    assert all_apart(colours), colours
    assert is_grey_blue(colours[-1]) and not any(is_grey_blue(colour) for colour in colours[:-1])

    ring = box_where(picture, is_tinted, (ring_columns[0], card[1], ring_columns[1], card[3]))
    assert ring is not None
    centre_x, centre_y = (ring[0] + ring[2]) / 2, (ring[1] + ring[3]) / 2
    middle_of_ring = (ring[2] - ring[0]) / 2 * 0.82
    angle = math.radians(45)  # inside the first slice, 31% of the turn from twelve o'clock
    sample = (
        round(centre_x + middle_of_ring * math.sin(angle)),
        round(centre_y - middle_of_ring * math.cos(angle)),
    )
    assert not apart(picture.getpixel(sample), colours[0]), (picture.getpixel(sample), colours[0])


async def test_a_folded_legend_under_a_narrow_donut_keeps_every_key_whole(pool: ChromiumPool) -> None:
    """In a third of 900 px the legend goes under the pie and wraps: its last row ("Other") was
    cut in half at the card's edge; the pie gives up a little height so all seven keys show."""
    document = {
        "width": 900,
        "height": 340,
        "elements": [
            {
                "type": "grid",
                "columns": 3,
                "children": [donut_card("Traffic"), {"type": "card"}, {"type": "card"}],
            }
        ],
    }
    picture = await picture_of(pool, document)
    card = (40, 70, 280, 320)
    ring_rows = row_runs(picture, is_tinted, card)[0]  # the ring comes first, the keys under it
    keys = swatches(picture, (card[0], ring_rows[1], card[2], card[3]))
    assert len(keys) == 7, keys
    assert all(box[2] - box[0] == SWATCH and box[3] - box[1] == SWATCH for box, _ in keys), keys
    assert all_apart([colour for _, colour in keys])
    assert is_grey_blue(keys[-1][1])


CHANNELS = {"labels": ["Web", "Mobile app", "Marketplace", "Retail"], "values": [46, 28, 17, 9]}


def narrow_pie(**chart: Any) -> dict[str, Any]:
    pie = {"type": "chart", "variant": "pie", "data": CHANNELS, **chart}
    card = {"type": "card", "title": "Sales by channel", "layout": {"width": 170}, "children": [pie]}
    return {"width": 260, "height": 360, "elements": [card]}


async def test_a_legend_under_a_narrow_pie_takes_the_rows_it_needs(pool: ChromiumPool) -> None:
    """Four slices in a 170 px card drew "Web 46% +3 more" in the pie's 150 px: the pie gives up
    height down to its least, then the chart grows, so every slice has its key."""
    _, image = await render_dsl(pool, narrow_pie(size=150))
    picture = rgb(image.data)
    assert [w for w in image.measured_warnings if w.code == "content_cut"] == []
    pie_rows = row_runs(picture, is_tinted, (30, 80, 230, 340))[0]
    keys = swatches(picture, (30, pie_rows[1], 230, 340))
    assert len(keys) == 4, keys
    assert all_apart([colour for _, colour in keys])


async def test_a_pie_of_set_height_counts_the_keys_it_has_no_row_for_and_names_them(
    pool: ChromiumPool,
) -> None:
    """In a chart whose `layout.height` the author set, "+N more" is the last resort, and the
    render says which slices it stands for."""
    _, image = await render_dsl(pool, narrow_pie(layout={"height": 150}))
    (warning,) = [w for w in image.measured_warnings if w.code == "content_cut"]
    assert warning.path == "/elements/0/children/0"
    assert "no row for 3 of its 4 slices ('Mobile app', 'Marketplace', 'Retail')" in warning.message


def is_drawn(colour: RGB) -> bool:
    """Anything but the white page (a legend's names hidden: its keys, the grey stone's too)."""
    return min(colour) < 250


async def test_twelve_series_get_twelve_colours_in_their_legend(pool: ChromiumPool) -> None:
    """The ninth series was indigo again, like the first: a bar chart's twelve series differ."""
    series = [{"name": f"S{index + 1}", "values": [12 - index, 14 - index]} for index in range(12)]
    chart = {"type": "chart", "variant": "bar", "data": {"labels": ["Q1", "Q2"], "series": series}}
    document = {
        "width": 900,
        "height": 360,
        "css": ".dsl-chart-key>span{visibility:hidden}",
        "elements": [chart],
    }
    picture = await picture_of(pool, document)
    legend_band = row_runs(picture, is_tinted, (0, 0, picture.width, picture.height))[-1]
    band = (0, legend_band[0], picture.width, legend_band[1])
    keys = [
        ((left, band[1], right, band[3]), picture.getpixel(((left + right) // 2, (band[1] + band[3]) // 2)))
        for left, right in column_runs(picture, is_drawn, band)
    ]
    assert len(keys) == 12, keys
    assert all_apart([colour for _, colour in keys])


async def test_a_donut_in_a_narrow_card_keeps_its_shares_whole_and_its_total_in_the_hole(
    pool: ChromiumPool,
) -> None:
    """A donut in a card 170 px wide: the legend under it lost its share column (the keys of its
    one column were as wide as their text and cut at the card's edge, "Free trial conversic"),
    and "1.24B" ran over the ring. Now each row ends in its share, inside the card, a name cut
    ends in an ellipsis that the render warns of, and the total is set small enough for the hole."""
    donut = {
        "type": "chart", "variant": "donut", "label": "ARR",
        "data": {"labels": ["Enterprise", "Business", "Team", "Starter", "Free trial conversions"],
                 "values": [612000000, 402000000, 150000000, 70000000, 8000000]},
    }  # fmt: skip
    card = {"type": "card", "title": "Plan mix", "layout": {"width": 170}, "children": [donut]}
    _, image = await render_dsl(pool, {"width": 240, "height": 420, "elements": [card]})
    cut = [w.message for w in image.measured_warnings]
    assert len(cut) == 1 and "'Free trial conversions'" in cut[0] and "…'" in cut[0], cut
    picture = rgb(image.data)
    ring_rows, *key_rows = row_runs(picture, is_tinted, (0, 0, picture.width, picture.height))
    ring = box_where(picture, is_tinted, (0, ring_rows[0], picture.width, ring_rows[1]))
    assert ring is not None and len(key_rows) == 5, key_rows
    hole = (ring[2] - ring[0]) * 0.64
    ink = box_where(
        picture, lambda c: luminance(c) < 90, (ring[0] + 4, ring[1] + 4, ring[2] - 4, ring[3] - 4)
    )
    assert ink is not None and ink[2] - ink[0] <= hole * 0.8, (ink, hole)
    for top, bottom in key_rows:
        swatch = box_where(picture, is_tinted, (0, top, picture.width, bottom))
        assert swatch is not None
        edge = next(
            x for x in range(picture.width - 1, 0, -1) if luminance(picture.getpixel((x, top + 4))) < 250
        )
        share = box_where(picture, lambda c: luminance(c) < 60, (swatch[2] + 4, top - 4, edge, bottom + 4))
        assert share is not None, (top, bottom)  # the share, in the foreground's black
        assert share[2] <= edge - 8, (share, edge)  # whole, inside the card's padding


async def test_a_donut_lists_its_slice_of_0_with_a_key_of_its_own(pool: ChromiumPool) -> None:
    """'Organic' at 0 was missing from the legend: it keeps its key, in a colour of its own,
    between the two slices the ring draws (the ring has only their two colours)."""
    chart = {"type": "chart", "variant": "donut", "data": {"labels": ["Direct", "Organic", "Paid"],
                                                           "values": [60, 0, 40]}}  # fmt: skip
    picture = await picture_of(pool, {"width": 500, "height": 300, "elements": [chart]})
    whole = (0, 0, picture.width, picture.height)
    ring_columns, key_columns = column_runs(picture, is_tinted, whole)[:2]
    keys = swatches(picture, (key_columns[0], 0, key_columns[1], picture.height))
    assert len(keys) == 3, keys
    colours = [colour for _, colour in keys]
    assert all_apart(colours), colours
    ring = [picture.getpixel((x, y)) for x in range(*ring_columns) for y in range(0, picture.height, 2)]
    assert not any(close_to(pixel, colours[1]) for pixel in ring)
    assert all(any(close_to(pixel, colour) for pixel in ring) for colour in (colours[0], colours[2]))
