"""A range slider (`value: [low, high]`) on real Chromium: the track is filled between its two
thumbs, which stand at the ends' places, mirrored on a right-to-left page."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import boxes, column_runs, is_blue, is_green, painted, render_dsl, rgb

pytestmark = pytest.mark.integration

LOW, HIGH = 20, 70
"""The range's ends on a 0..100 slider."""

PAGE: dict[str, Any] = {
    "width": 400,
    "height": 120,
    "padding": 20,
    "background": "#ffffff",
    "css": painted(".dsl-slider-range", "#0000ff") + painted(".dsl-slider-thumb", "#00ff00"),
}


@pytest.mark.parametrize(
    ("lang", "ends"),
    [(None, [LOW, HIGH]), (None, ["£20", "£70"]), ("ar", [LOW, HIGH]), ("he", [HIGH, LOW])],
    ids=["ltr", "ltr-text", "rtl-ar", "rtl-he-reversed"],
)
async def test_the_track_is_filled_between_the_two_thumbs(
    pool: ChromiumPool, lang: str | None, ends: list[Any]
) -> None:
    slider = {"type": "slider", "label": "Price", "min": 0, "max": 100, "value": ends}
    document = {**PAGE, **({"lang": lang} if lang else {}), "elements": [slider]}
    _, image = await render_dsl(pool, document)
    pixels = rgb(image.data)
    thumbs = boxes(pixels, is_green)
    assert len(thumbs) == 2, thumbs
    middle = (thumbs[0][1] + thumbs[0][3]) // 2
    row = (0, middle, pixels.width, middle + 1)
    # The grey track runs the content's width; a thumb's centre travels 9 px inside its ends.
    track = column_runs(pixels, lambda c: min(c) < 248, row)
    start, end = track[0][0], track[-1][1]
    travel = end - start - 18
    centres = [(box[0] + box[2]) / 2 for box in thumbs]  # left to right
    shares = [LOW / 100, HIGH / 100] if lang is None else [1 - HIGH / 100, 1 - LOW / 100]  # mirrored
    expected = [start + 9 + travel * share for share in shares]
    assert all(abs(centre - at) <= 2 for centre, at in zip(centres, expected, strict=True)), (
        centres,
        expected,
    )
    # The fill shows between the thumbs, and nowhere past them: one blue run from the first
    # thumb's edge to the second's.
    fill = column_runs(pixels, is_blue, row)
    assert len(fill) == 1, fill
    assert abs(fill[0][0] - thumbs[0][2]) <= 1 and abs(fill[0][1] - thumbs[1][0]) <= 1, (fill, thumbs)
