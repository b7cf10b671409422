"""The document's language on real Chromium: a bare language's month grid starts on its main
country's day, a rating's score shows the language's decimal sign, and the new languages' words
fit a phone's width."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.numbers_local import local_number
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, box_where, is_ink, render_dsl, rgb

pytestmark = pytest.mark.integration

PHONE = 390
MARGIN = 16
"""A phone screen's width and the margin the page keeps inside it."""


def is_selected_day(colour: RGB) -> bool:
    """The selected day's primary (indigo) fill, not the grey of the other days."""
    r, g, b = colour
    return b > 180 and r < 120 and g < 110


async def selected_day_left(pool: ChromiumPool, lang: str) -> int:
    """Where the selected day (Tuesday 15 July 2025) starts in a month grid under `lang`."""
    document = {
        "width": 320, "height": 340, "lang": lang,
        "elements": [{"type": "calendar", "month": "2025-07", "value": "2025-07-15"}],
    }  # fmt: skip
    _, image = await render_dsl(pool, document)
    box = box_where(rgb(image.data), is_selected_day)
    assert box is not None, lang
    return box[0]


@pytest.mark.parametrize(
    ("bare", "regional"), [("ko", "ko-KR"), ("ja", "ja-JP"), ("he", "he-IL"), ("hi", "hi-IN")]
)
async def test_a_bare_languages_grid_starts_on_its_main_countrys_day(
    pool: ChromiumPool, bare: str, regional: str
) -> None:
    """Sunday first puts Tuesday in the third column: one column right of a Monday-first grid
    (in Hebrew, right to left, one column left of it: against Moroccan Arabic, right to left and
    Monday first)."""
    monday_first = await selected_day_left(pool, "ar-MA" if bare == "he" else "de")
    assert await selected_day_left(pool, bare) == await selected_day_left(pool, regional)
    shift = await selected_day_left(pool, bare) - monday_first
    column = 36  # (320 - 2 * 16 - the card's padding) / 7, roughly
    assert abs(shift) > column * 0.7 and shift * (-1 if bare == "he" else 1) > 0, shift


async def test_a_ratings_score_shows_the_languages_decimal_sign(pool: ChromiumPool) -> None:
    """Under pt-BR the score is drawn exactly as an author's "4,5" would be, not as "4.5"."""

    def rating(**more: Any) -> dict[str, Any]:
        return {
            "width": 240,
            "height": 60,
            "lang": "pt-BR",
            "elements": [{"type": "rating", "value": 4.5, **more}],
        }

    _, own = await render_dsl(pool, rating())
    _, comma = await render_dsl(pool, rating(text="4,5"))
    _, point = await render_dsl(pool, rating(text="4.5"))
    assert rgb(own.data).tobytes() == rgb(comma.data).tobytes()
    assert rgb(own.data).tobytes() != rgb(point.data).tobytes()
    assert local_number(4.5, "pt-BR") == "4,5"


@pytest.mark.parametrize("lang", ["pl", "hi", "tr", "vi", "id", "th", "uk", "cs", "sv", "el", "ro", "hu"])
async def test_the_new_languages_words_fit_a_phone(pool: ChromiumPool, lang: str) -> None:
    """Pagination, the upload prompt and the select's placeholder, in the language's (longer)
    words, stay inside a phone screen's margins, and draw real glyphs (not blank boxes)."""
    document = {
        "width": PHONE, "height": 400, "lang": lang, "background": "#ffffff",
        "elements": [
            {"type": "select", "options": ["a"]},
            {"type": "upload"},
            {"type": "pagination", "current": 2, "total": 9},
        ],
    }  # fmt: skip
    _, image = await render_dsl(pool, document)
    ink = box_where(rgb(image.data), is_ink)
    assert ink is not None
    assert ink[0] >= MARGIN - 1 and ink[2] <= PHONE - MARGIN + 1, (lang, ink)
