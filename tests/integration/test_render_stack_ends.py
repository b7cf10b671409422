"""The rounded end of a stacked bar on real Chromium: its last segment is one even fill from its
square base to its rounded end, without the step its square part and its rounded part made
where they overlapped (both anti-aliased along the bar's edges, the overlap drew them darker)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import Box, column_runs, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration

GREEN = (0x15, 0x80, 0x3D)
"""The outer series' colour: every stack ends in it, above zero and below."""
SERIES = [
    {"name": "P1", "values": [9, -6, 15], "color": "#dc2626"},
    {"name": "P2", "values": [37, -41, 30], "color": "#1d4ed8"},
    {"name": "P3", "values": [102, -76, 64], "color": "#15803d"},
]
EDGE_TOLERANCE = 6
"""How far (per channel, 0-255) two pixels of one row (or column) of a segment may differ: the
anti-aliasing of a straight edge is the same all along it, so only rounding parts them."""


def chart(orientation: str | None, height: int) -> dict[str, object]:
    return {"type": "chart", "stacked": True, "orientation": orientation, "layout": {"height": height},
            "data": {"labels": ["Integrations", "Mobile app", "Platform"], "series": SERIES}}  # fmt: skip


def green_share(pixels: npt.NDArray[np.int16]) -> npt.NDArray[np.float64]:
    """How much of each pixel is the green segment over the white page (0 to 1), by its red and
    blue channels, the ones green is furthest from white in."""
    red = (255 - pixels[..., 0]) / (255 - GREEN[0])
    blue = (255 - pixels[..., 2]) / (255 - GREEN[2])
    return np.asarray((red + blue) / 2, dtype=np.float64)


def is_greenish(colour: tuple[int, int, int]) -> bool:
    """The green segment or its soft edge over the white page (not red, blue, grey text)."""
    r, g, b = colour
    return g - r > 25 and g - b > 15


def along_stretch(pixels: npt.NDArray[np.int16], box: Box, across: bool) -> npt.NDArray[np.int16]:
    """The pixels of a segment's `box` with its edges' soft rows (or columns) but 6 px short of
    either end (its rounded corners, its hairline), as rows along the bar."""
    left, top, right, bottom = box
    if across:
        return pixels[top - 1 : bottom + 1, left + 6 : right - 6]
    return pixels[top + 6 : bottom - 6, left - 1 : right + 1].transpose(1, 0, 2)


async def test_a_stacks_rounded_segment_is_one_even_fill_from_its_base_to_its_end(pool: ChromiumPool) -> None:
    """The analyst's priority stacks (P3 rounded at every stack's end, one stack below zero),
    across and upright, at 1x where the step showed: along each edge of the green segment every
    pixel is the same blend of green and page."""
    css = ".dsl-chart-gridline,.dsl-chart-legend{display:none}"  # nothing under the edges but the page
    document = {"width": 520, "height": 640, "css": css,
                "elements": [chart("horizontal", 220), chart(None, 340)]}  # fmt: skip
    _, image = await render_dsl(pool, document, scale=1)
    picture = rgb(image.data)
    pixels = np.asarray(picture).astype(np.int16)
    whole = (0, 0, picture.width, picture.height)
    bands = row_runs(picture, is_greenish, whole)
    assert len(bands) == 5, bands  # three bars across, then the upright stacks above zero and below
    segments: list[tuple[Box, bool]] = []
    for index, (top, bottom) in enumerate(bands):
        for left, right in column_runs(picture, is_greenish, (0, top, picture.width, bottom)):
            ((upper, lower),) = row_runs(picture, is_greenish, (left, top, right, bottom))
            segments.append(((left, upper, right, lower), index < 3))
    assert len(segments) == 6, segments
    for box, across in segments:
        stretch = along_stretch(pixels, box, across)
        assert stretch.shape[1] > 40, box  # long enough to hold its old square half's end
        spread = (stretch.max(axis=1) - stretch.min(axis=1)).max(axis=1)
        shares = green_share(stretch).mean(axis=1).round(2).tolist()
        assert spread.max() <= EDGE_TOLERANCE, (box, across, spread.tolist(), shares)
