"""An avatar's initials read at 4.5:1 on its tint, for each of the eight palette colours a name may
get, on either theme and with a brand's palette (they read at 2.3-3.4:1), and keep their hue."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, render_dsl, rgb, runs
from tests.support.theme_colours import pixel_contrast as contrast

pytestmark = pytest.mark.integration

ONE_NAME_A_HUE = ["Linus Torvalds", "Frances Allen", "Mary Kom", "Alan Turing", "Ken Thompson", "Grace Hopper",
                  "Radia Perlman", "Ada Lovelace"]  # fmt: skip
"""A name for each palette colour (crc32 of the name, mod 8: 0 to 7)."""


def pixel(image: Image.Image, x: int, y: int) -> RGB:
    red, green, blue = image.getpixel((x, y))[:3]  # type: ignore[index]
    return red, green, blue


@pytest.mark.parametrize(
    "theme",
    ["light", "dark", {"primary": "#dc2626"}, {"base": "dark", "primary": "#dc2626"}],
    ids=["light", "dark", "red-brand", "red-brand-dark"],
)
async def test_each_faces_initials_read_on_its_tint(pool: ChromiumPool, theme: Any) -> None:
    faces = [{"type": "avatar", "name": name, "size": "lg"} for name in ONE_NAME_A_HUE]
    document = {"width": 560, "height": 100, "theme": theme,
                "elements": [{"type": "row", "gap": 12, "children": faces}]}  # fmt: skip
    _, shot = await render_dsl(pool, document)
    image = rgb(shot.data)
    page = pixel(image, 2, 2)
    middle = 24 + 24  # the faces' middle row: 48 px faces below the page's 24 px margin
    spans = runs([contrast(pixel(image, x, middle), page) > 1.04 for x in range(image.width)])
    assert len(spans) == len(ONE_NAME_A_HUE), spans
    for left, right in spans:
        box = (left + 8, middle - 12, right - 8, middle + 12)  # inside the disc, around the initials
        seen = Counter(pixel(image, x, y) for y in range(box[1], box[3]) for x in range(box[0], box[2]))
        tint = seen.most_common(1)[0][0]
        ink = max(seen, key=lambda colour: contrast(colour, tint))
        assert contrast(ink, tint) >= 4.5, (left, ink, tint)  # they were 2.3-3.4:1
        assert max(ink) - min(ink) > 40  # a colour of the face's hue, not the text grey
