"""Figures on a right-to-left page on real Chromium: numbers grouped by spaces stay whole, a signed
percentage keeps its sign and its "%" in order, a "%" written after a space keeps to its number, in tables, stats, texts and badges; a stat's
change keeps its figure alone in its pill, the Arabic words after it beside the pill."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    box_where,
    close_to,
    column_runs,
    is_ink,
    is_text,
    render_dsl,
    rgb,
)

pytestmark = pytest.mark.integration

AT = {"x": 20, "y": 20}


async def ink_of(pool: ChromiumPool, element: dict[str, Any], **document: Any) -> Image.Image:
    """A placed element's render cropped to its ink."""
    page = {
        "version": 1,
        "width": 320,
        "height": 200,
        "background": "#ffffff",
        "elements": [element],
        **document,
    }
    _, image = await render_dsl(pool, page)
    picture = rgb(image.data)
    ink = box_where(picture, is_ink)
    assert ink is not None
    return picture.crop(ink)


def reads_alike(first: Image.Image, second: Image.Image) -> bool:
    """Whether two crops hold the same glyphs in the same order: as wide within a pixel, their
    columns of ink starting at the same places within a pixel."""
    if abs(first.width - second.width) > 1 or first.height != second.height:
        return False
    whole = (0, 0, min(first.width, second.width), first.height)
    starts = [[start for start, _ in column_runs(crop, is_ink, whole)] for crop in (first, second)]
    return len(starts[0]) == len(starts[1]) and all(abs(a - b) <= 1 for a, b in zip(*starts, strict=True))


def widest_gap(crop: Image.Image) -> int:
    """Where the widest gap between columns of ink starts: a grouped number's space. Reversed
    groups ("480,56 12") put it on the other side."""
    starts_ends = column_runs(crop, is_ink, (0, 0, crop.width, crop.height))
    gaps = [(start - end, end) for (_, end), (start, _) in pairwise(starts_ends)]
    return max(gaps)[1]


def table(*cells: str) -> dict[str, Any]:
    return {
        "type": "table",
        "columns": [""],
        "rows": [[cell] for cell in cells],
        "layout": {**AT, "width": 200},
    }


@pytest.mark.parametrize(
    "element",
    [
        {"type": "text", "text": "1 240,00", "layout": AT},
        {"type": "text", "text": "12\u202f480,56", "layout": AT},
        {"type": "text", "text": "1'240.50", "layout": AT},
        {"type": "badge", "text": "1 240,00", "layout": AT},
        table("1 240,00", "12 480,56"),
    ],
    ids=["text", "narrow-no-break-space", "apostrophe", "badge", "table"],
)
@pytest.mark.parametrize("lang", ["ar-MA", "he"])
async def test_a_number_grouped_by_spaces_reads_as_on_a_left_to_right_page(
    pool: ChromiumPool, element: dict[str, Any], lang: str
) -> None:
    """Moroccan Arabic groups thousands with a space: "1 240,00" was drawn "240,00 1"."""
    assert reads_alike(await ink_of(pool, element, lang=lang), await ink_of(pool, element))


@pytest.mark.parametrize("lang", ["ar-MA", "he"])
async def test_a_stats_value_grouped_by_spaces_keeps_its_groups_in_order(
    pool: ChromiumPool, lang: str
) -> None:
    """A stat's "12 480,56" was drawn "480,56 12". (Its big bold digits, placed at another
    fraction of a pixel, touch or part differently: the space is what is compared.)"""
    stat = {"type": "stat", "label": "", "value": "12 480,56", "layout": {**AT, "width": 240}}
    right_to_left, left_to_right = await ink_of(pool, stat, lang=lang), await ink_of(pool, stat)
    assert abs(right_to_left.width - left_to_right.width) <= 1
    assert abs(widest_gap(right_to_left) - widest_gap(left_to_right)) <= 1
    assert widest_gap(left_to_right) < left_to_right.width / 3  # "12", then the gap


async def test_an_amount_with_its_currency_after_keeps_its_groups_on_a_hebrew_page(
    pool: ChromiumPool,
) -> None:
    """ "1 240,00 ₽" on a Hebrew page: the sign is read last, at the left, the number whole
    beside it, as "₽ 1 240,00" reads left to right (it was drawn "₽ 240,00 1")."""
    hebrew = await ink_of(pool, table("1 240,00 ₽"), lang="he")
    assert reads_alike(hebrew, await ink_of(pool, table("₽ 1 240,00")))


@pytest.mark.parametrize("lang", ["ar", "he"])
async def test_signed_percentages_in_a_table_read_as_on_a_left_to_right_page(
    pool: ChromiumPool, lang: str
) -> None:
    """ "-1.5%" (a hyphen for its minus) was drawn "%-1.50"; beside "0.1234%", whose decimals
    lay blank room between each figure and its "%", "+3.2%" was drawn "%+3.20" too."""
    for cells in [("+3.2%", "-1.5%", "0%", "−2.25%"), ("+3.2%", "-1.5%", "0.1234%")]:
        assert reads_alike(await ink_of(pool, table(*cells), lang=lang), await ink_of(pool, table(*cells)))


@pytest.mark.parametrize("lang", ["ar", "he"])
@pytest.mark.parametrize("text", ["12 %", "+5 %", "12,5\u00a0%"])
async def test_a_percent_sign_after_a_space_keeps_to_its_number(
    pool: ChromiumPool, lang: str, text: str
) -> None:
    """ "12 %" (as German or French write it, an agent too) was drawn "% 12" on a right-to-left
    page: the space parted the sign from its number. Hebrew and Arabic draw it after the number,
    at its right, as a left-to-right page does."""
    element = {"type": "text", "text": text, "layout": AT}
    assert reads_alike(await ink_of(pool, element, lang=lang), await ink_of(pool, element))


async def test_a_stats_change_keeps_its_figure_alone_in_its_pill_and_arabic_words_beside_it(
    pool: ChromiumPool,
) -> None:
    """ "+12.4% مقارنة بالشهر الماضي" ("compared with last month") was drawn whole in the pill:
    only English words ("vs last month") were set apart. The pill is now as wide as "+12.4%"'s
    alone, the words in muted ink on its left, where a right-to-left line goes on."""
    frameless = {"border": "none", "boxShadow": "none"}
    stat = {
        "type": "stat",
        "label": "الإيرادات",
        "value": "12 480",
        "style": frameless,
        "layout": {**AT, "width": 280},
    }
    page = {"version": 1, "lang": "ar", "width": 320, "height": 160, "background": "#ffffff"}
    pictures = []
    for change in ["+12.4%", "+12.4% مقارنة بالشهر الماضي"]:
        _, image = await render_dsl(pool, {**page, "elements": [{**stat, "change": change}]}, scale=1)
        pictures.append(rgb(image.data))
    alone, with_words = pictures
    tint = pill_tint(alone)
    pills = [box_where(picture, lambda c: close_to(c, tint, 2)) for picture in pictures]
    assert pills[0] is not None and pills[1] is not None
    assert abs((pills[1][2] - pills[1][0]) - (pills[0][2] - pills[0][0])) <= 1, pills
    words = box_where(with_words, is_text, (0, pills[1][1], pills[1][0] - 2, pills[1][3]))
    assert words is not None and pills[1][0] - words[0] > 60, (pills, words)


def pill_tint(picture: Image.Image) -> RGB:
    """The most common colour after the white page in a frameless stat: its change pill's tint
    (its words are thin, the pill a filled band)."""
    colours = picture.getcolors(maxcolors=1 << 16) or []
    _, tint = max((count, colour) for count, colour in colours if colour != (255, 255, 255))
    return tint


@pytest.mark.parametrize(
    "element",
    [table("-١٠٤٫٠٠"), table("-١٬٢٣٤٫٥٠"), {"type": "text", "text": "-۱۰۴٫۰۰", "layout": AT}],
    ids=["table", "table-thousands", "text-persian-digits"],
)
async def test_a_negative_arabic_indic_amount_has_its_minus_at_its_start(
    pool: ChromiumPool, element: dict[str, Any]
) -> None:
    """ "-١٠٤٫٠٠" on an Arabic page was drawn "٠٠٫-١٠٤": the left-to-right isolate stopped at the
    Arabic decimal separator. It reads as on a left-to-right page now, its minus leftmost: the
    first band of ink is a dash, flat, the figures after it."""
    arabic = await ink_of(pool, element, lang="ar")
    assert reads_alike(arabic, await ink_of(pool, element))
    first_start, first_end = column_runs(arabic, is_ink, (0, 0, arabic.width, arabic.height))[0]
    dash = box_where(arabic, is_ink, (first_start, 0, first_end, arabic.height))
    assert dash is not None and dash[3] - dash[1] <= 3 < arabic.height / 2, (dash, arabic.size)
