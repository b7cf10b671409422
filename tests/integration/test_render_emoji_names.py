"""A name written with emoji (a player's `🔥Blaze🔥`) draws its letter on the face, as the name
without them does (it drew ?), and a name of emoji alone draws its emoji, in colour."""

from __future__ import annotations

import colorsys
from collections import Counter

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, box_where, render_dsl, rgb, runs
from tests.support.theme_colours import pixel_contrast as contrast

pytestmark = pytest.mark.integration

MIDDLE = 24 + 24
"""The faces' middle row: 48 px (`lg`) faces below the page's 24 px margin."""


def faces(image: Image.Image) -> list[tuple[int, int]]:
    """Where each face starts and ends across the middle row (what differs from the page)."""
    page = image.getpixel((2, 2))
    return runs([contrast(image.getpixel((x, MIDDLE)), page) > 1.04 for x in range(image.width)])  # type: ignore[arg-type]


def ink_box(image: Image.Image, left: int, right: int) -> tuple[tuple[int, int, int, int], set[RGB]]:
    """The box of what is drawn on a face (its initials or emoji) and the colours of it: what
    stands out from the face's tint, inside the disc."""
    region = (left + 6, MIDDLE - 16, right - 6, MIDDLE + 16)
    seen: Counter[RGB] = Counter(
        image.getpixel((x, y)) for y in range(region[1], region[3]) for x in range(region[0], region[2])
    )
    tint = seen.most_common(1)[0][0]

    def stands_out(colour: RGB) -> bool:
        return contrast(colour, tint) > 1.6

    box = box_where(image, stands_out, region)
    assert box is not None, (left, tint)
    return box, {colour for colour in seen if stands_out(colour)}


def size(box: tuple[int, int, int, int]) -> tuple[int, int]:
    return box[2] - box[0], box[3] - box[1]


async def test_a_name_with_emoji_draws_its_letter_and_one_of_emoji_alone_the_emoji(
    pool: ChromiumPool,
) -> None:
    names = ["🔥Blaze🔥", "Blaze", "🔥🔥"]
    document = {"width": 300, "height": 100,
                "elements": [{"type": "row", "gap": 12,
                              "children": [{"type": "avatar", "name": name, "size": "lg"} for name in names]}]}  # fmt: skip
    _, shot = await render_dsl(pool, document)
    image = rgb(shot.data)
    spans = faces(image)
    assert len(spans) == len(names), spans
    (emoji_b, _), (plain_b, _), (_, fire_colours) = (ink_box(image, *span) for span in spans)
    assert size(emoji_b) == size(plain_b)  # the same B (a ? is narrower and taller)
    hues = {round(colorsys.rgb_to_hsv(*(c / 255 for c in colour))[0] * 12) for colour in fire_colours
            if max(colour) - min(colour) > 80}  # fmt: skip
    assert len(hues) >= 2, hues  # a colour emoji (red and yellow), not a glyph in one ink
