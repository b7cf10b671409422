"""Avatars on a coloured ground, on real Chromium: on a purple-to-pink gradient page and on a
purple band, a group's faces were tints mixed over the ground's own surface (muddy, see-through
discs) behind a ring of that surface colour, lost on the gradient. They are solid light discs
standing off the ground, their initials reading on them, each behind a white ring."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, render_dsl, rgb, runs
from tests.support.theme_colours import pixel_contrast as contrast

pytestmark = pytest.mark.integration

NAMES = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Linus Torvalds", "Margaret Hamilton"]
GRADIENT = "linear-gradient(135deg, #4f46e5 0%, #9333ea 50%, #db2777 100%)"
GROUP = {"type": "avatar", "items": NAMES, "size": 48}
PAGE = {"width": 400, "height": 120, "padding": 24, "background": GRADIENT, "elements": [GROUP]}
BAND = {"width": 400, "height": 120, "padding": 0, "elements": [
    {"type": "container", "style": {"background": "#7c3aed", "padding": 24}, "children": [GROUP]}]}  # fmt: skip


@pytest.mark.parametrize("document", [PAGE, BAND], ids=["gradient-page", "purple-band"])
async def test_a_groups_faces_are_solid_behind_a_white_ring_on_a_coloured_ground(
    pool: ChromiumPool, document: dict[str, Any]
) -> None:
    _, shot = await render_dsl(pool, document)
    image = rgb(shot.data)
    middle = 24 + 24  # the faces' middle row
    row: list[RGB] = [image.getpixel((x, middle)) for x in range(image.width)]  # type: ignore[misc]
    rings = runs([colour == (255, 255, 255) for colour in row])
    # The ring, white, where each face begins (over the one before) and where the last one ends.
    assert len(rings) == len(NAMES) + 1, rings
    ground = row[2]
    tints = []
    for (_, start), (end, _) in pairwise(rings):
        seen = Counter(
            image.getpixel((x, y)) for y in range(middle - 10, middle + 10) for x in range(start, end)
        )
        tint = seen.most_common(1)[0][0]
        ink = max(seen, key=lambda colour: contrast(colour, tint))
        assert contrast(tint, ground) >= 3, (tint, ground)  # a light disc, not a tint of the ground
        assert contrast(ink, tint) >= 4.5, (ink, tint)
        tints.append(tint)
    assert len(tints) == len(NAMES)
