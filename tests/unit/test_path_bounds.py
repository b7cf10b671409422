"""The box an SVG path's ink fills, as a browser draws it: the measure brand logos are sized by."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.brand_icons import INK_SHARE, brand_drawing
from kernel.dsl.compiler.path_bounds import path_bounds


@pytest.mark.parametrize(
    ("d", "box"),
    [
        ("M10 20L30 40H5V2z", (5, 2, 30, 40)),  # lines, absolute
        ("m10 20l20 20h-25v-38z", (5, 2, 30, 40)),  # the same, relative
        ("M0 0 10 10 20-5", (0, -5, 20, 10)),  # a moveto's extra pairs are lines
        ("M0 0C0 -10 10 -10 10 0", (0, -7.5, 10, 0)),  # a cubic's turning point, not its controls
        ("M0 0Q5 10 10 0", (0, 0, 10, 5)),
        ("M0 0Q5 10 10 0T20 0", (0, -5, 20, 5)),  # T reflects the last control point
        ("M0 0c0-10 10-10 10 0s10 10 10 0", (0, -7.5, 20, 7.5)),
        ("M0 10A10 10 0 0 1 20 10A10 10 0 0 1 0 10", (0, 0, 20, 20)),  # a circle by two arcs
        ("M0 10a10 10 0 1120 0a10 10 0 1 1-20 0", (0, 0, 20, 20)),  # flags written together
        ("M0 0A1 1 0 0 1 10 0", (0, -5, 10, 0)),  # radii too small are scaled up, as browsers do
        ("M.5.5l1e1 0", (0.5, 0.5, 10.5, 0.5)),  # numbers run together
    ],
)
def test_a_paths_box_is_its_inks(d: str, box: tuple[float, ...]) -> None:
    found = path_bounds(d)
    assert found is not None
    assert all(abs(a - b) < 0.01 for a, b in zip(found, box, strict=True)), found


@pytest.mark.parametrize("d", ["", "z", "L10 10", "M10"])
def test_a_path_that_draws_nothing_readable_has_no_box(d: str) -> None:
    assert path_bounds(d) is None


@pytest.mark.parametrize("name", ["whatsapp", "apple", "github", "google", "x-twitter", "cc-visa"])
def test_a_logos_ink_spans_twenty_of_the_icons_twenty_four_units_centred(name: str) -> None:
    """Font Awesome's canvases leave their ink more or less room (WhatsApp's disc 32 units above
    and below): the square is drawn around the ink, not the canvas."""
    view_box, body = brand_drawing(name)
    x, y, side, height = (float(part) for part in view_box.split())
    d = re.search(r' d="([^"]*)"', body)
    assert d is not None and side == height
    left, top, right, bottom = path_bounds(d.group(1)) or (0, 0, 0, 0)
    assert abs(max(right - left, bottom - top) / side - INK_SHARE) < 0.005
    assert abs((x + side / 2) - (left + right) / 2) < 0.5 and abs((y + side / 2) - (top + bottom) / 2) < 0.5
