"""The page's measuring script on real Chromium where it once threw: a long word in a narrow
right-to-left button (its first character an invisible isolation mark, which draws no box)."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, render_dsl, rgb

pytestmark = pytest.mark.integration

LABEL = "a" * 120
RTL_SIDE_MODAL = {
    "dir": "rtl",
    "elements": [{"type": "modal", "variant": "side", "actions": [LABEL]}],
}


def _brand_blue(colour: tuple[int, int, int]) -> bool:
    r, g, b = colour
    return b > 180 and r < 140 and g < 120


async def test_a_long_action_in_a_right_to_left_side_modal_renders_and_names_its_cut(
    pool: ChromiumPool,
) -> None:
    """It failed the whole render ('cannot unpack non-iterable NoneType'): the script threw on a
    text whose first character draws nothing. Now the picture is drawn, the button inside the
    drawer, and the warning quotes the label without the compiler's invisible marks."""
    _, image = await render_dsl(pool, RTL_SIDE_MODAL)
    assert (image.width, image.height) == (800, 600)
    button = box_where(rgb(image.data), _brand_blue)
    assert button is not None and button[2] - button[0] > 300 and button[1] > 450, button
    truncated = [warning for warning in image.measured_warnings if warning.code == "text_truncated"]
    assert truncated and f"'{LABEL[:40]}" in truncated[0].message
    assert not any(mark in truncated[0].message for mark in "\u2066\u2067\u2068\u2069")
