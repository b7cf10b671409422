"""A chart's value axis on real Chromium, in the document's language: a Japanese axis draws
100万 to 400万 (CLDR's short units), the very text drawn alone, where English draws 1M to 4M."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import Box, box_where, luminance, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration

SALES = {"labels": ["a", "b"], "values": [1_500_000, 3_900_000]}
"""The i18n tester's chart: 150万 and 390万, on an axis from 0 to 400万."""
CHART_BOTTOM = 250
"""The chart fills 10-250 px down the page; the reference text is drawn under it."""


def page(lang: str, reference: str) -> dict[str, Any]:
    """The tester's chart in `lang`, and under it `reference` drawn alone in the axis' type
    (11.5 px, the muted grey), black marks on white."""
    return {
        "width": 420,
        "height": 300,
        "lang": lang,
        "background": "#ffffff",
        "elements": [
            {"type": "chart", "data": SALES, "layout": {"x": 10, "y": 10, "width": 400, "height": 240}},
            {
                "type": "text",
                "text": reference,
                "layout": {"x": 10, "y": 262},
                "style": {"fontSize": 11.5, "color": "var(--muted-foreground)"},
            },
        ],
    }


def is_grey_ink(colour: tuple[int, int, int]) -> bool:
    """The axis' grey letters (and their darker anti-aliased cores), not a bar or a gridline."""
    return luminance(colour) < 190 and max(colour) - min(colour) < 24


def ink_mask(picture: Image.Image, region: Box) -> list[list[bool]]:
    """The grey ink of `region`, trimmed to its bounding box, as rows of flags."""
    found = box_where(picture, is_grey_ink, region)
    assert found is not None, region
    left, top, right, bottom = found
    return [[is_grey_ink(picture.getpixel((x, y))) for x in range(left, right)] for y in range(top, bottom)]  # type: ignore[arg-type]


def overlap(one: list[list[bool]], other: list[list[bool]]) -> float:
    """How much two masks agree (shared ink over all ink, 0-1), at the best of a pixel's shift
    either way (the text alone may sit a fraction of a pixel apart from the axis')."""
    best = 0.0
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            shared = total = 0
            for y in range(max(len(one), len(other)) + 1):
                for x in range(max(len(one[0]), len(other[0])) + 1):
                    a = 0 <= y < len(one) and 0 <= x < len(one[0]) and one[y][x]
                    oy, ox = y + dy, x + dx
                    b = 0 <= oy < len(other) and 0 <= ox < len(other[0]) and other[oy][ox]
                    shared += a and b
                    total += a or b
            best = max(best, shared / total if total else 0.0)
    return best


def top_tick(picture: Image.Image, scale: int) -> Box:
    """The box of the value axis' highest label: the first line of grey ink in its left gutter."""
    gutter: Box = (10 * scale, 10 * scale, 80 * scale, CHART_BOTTOM * scale)
    first = row_runs(picture, is_grey_ink, gutter)[0]
    return (gutter[0], first[0], gutter[2], first[1])


async def axis_and_reference(pool: ChromiumPool, lang: str, reference: str) -> tuple[str, Image.Image]:
    prepared, image = await render_dsl(pool, page(lang, reference), scale=2)
    return prepared.html, rgb(image.data)


async def test_a_japanese_axis_draws_man_as_the_same_text_drawn_alone(pool: ChromiumPool) -> None:
    html, picture = await axis_and_reference(pool, "ja", "400万")
    for label in ("100万", "200万", "300万", "400万"):
        assert f">{label}</span>" in html, label
    axis_label = ink_mask(picture, top_tick(picture, 2))
    alone = ink_mask(picture, (0, (CHART_BOTTOM + 4) * 2, picture.width, picture.height))
    assert overlap(axis_label, alone) > 0.8  # the top tick reads 400万, glyph for glyph
    # the comparison tells texts apart: the English chart's top tick is no 400万
    _, english = await axis_and_reference(pool, "en", "400万")
    assert overlap(ink_mask(english, top_tick(english, 2)), alone) < 0.5


async def test_the_english_axis_still_draws_4m(pool: ChromiumPool) -> None:
    html, picture = await axis_and_reference(pool, "en", "4M")
    assert [f">{label}</span>" in html for label in ("1M", "2M", "3M", "4M")] == [True] * 4
    assert overlap(ink_mask(picture, top_tick(picture, 2)), ink_mask(picture, (0, 508, 840, 600))) > 0.8
