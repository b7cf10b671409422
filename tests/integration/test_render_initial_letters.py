"""On real Chromium: a Thai face shows the consonants of its name, not the vowels written before
them, and an Arabic face the letter after a family name's article, one for a compound name."""

from __future__ import annotations

import pytest
from PIL import Image, ImageChops

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import render_dsl, rgb

pytestmark = pytest.mark.integration

PLAIN = {"background": "#ffffff", "color": "#000000"}
"""One face for every name (a name picks its tint): the letters alone tell two faces apart."""


async def face(pool: ChromiumPool, name: str) -> Image.Image:
    avatar = {"type": "avatar", "name": name, "size": "lg", "style": PLAIN, "layout": {"x": 10, "y": 10}}
    document = {"version": 1, "width": 80, "height": 80, "background": "#ffffff", "elements": [avatar]}
    _, image = await render_dsl(pool, document, scale=1)
    return rgb(image.data)


@pytest.mark.parametrize(
    ("name", "letters", "wrong"),
    [("สมชาย ใจดี", "ส จ", "ส ใ"), ("ไพโรจน์ เก่งกาจ", "พ ก", "ไ เ"), ("أحمد العلي", "أ ع", "أ ا"),
     ("محمد عبد الله", "م ع", "م ا")],
)  # fmt: skip
async def test_a_face_shows_the_letters_that_stand_for_its_name(
    pool: ChromiumPool, name: str, letters: str, wrong: str
) -> None:
    """สมชาย ใจดี showed สใ (ใ is the vowel of "jai"), أحمد العلي showed أا (the article's alif)."""
    drawn = await face(pool, name)
    assert ImageChops.difference(drawn, await face(pool, letters)).getbbox() is None
    assert ImageChops.difference(drawn, await face(pool, wrong)).getbbox() is not None
