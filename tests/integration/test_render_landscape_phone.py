"""On real Chromium: a phone frame around a phone's screen on its side (844x390, the mobile preset
turned) draws a phone turned, as iOS shows one: the island in a strip on the short left side, no
status bar over the long top edge, the home indicator below. It drew an 844 px wide phone upright,
its island and status bar on the long edge, and warned to add the `device: mobile` already there.
A modal's backdrop dims the side strips too (they stayed the page's white beside a grey screen)."""

from __future__ import annotations

import pytest

from kernel.dsl.frames import PHONE_BEZEL, PHONE_LANDSCAPE_HOME_BAR, PHONE_LANDSCAPE_SIDE, PHONE_MARGIN
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import close_to, render_dsl, rgb

pytestmark = pytest.mark.integration

BODY = PHONE_MARGIN + PHONE_BEZEL
"""Where the device's glass starts, from the image's top and left edges (at scale 1)."""
LEFT = BODY + PHONE_LANDSCAPE_SIDE
"""Where the screen starts, from the image's left edge."""
WIDTH, HEIGHT = 844, 390
GREEN = (0x16, 0xA3, 0x4A)


async def test_a_landscape_phone_frame_has_its_island_on_the_left_and_no_status_bar(
    pool: ChromiumPool,
) -> None:
    page = {
        "device": "mobile", "width": WIDTH, "height": HEIGHT, "frame": "phone", "background": "#16a34a",
        "elements": [{"type": "paragraph", "text": "Now playing"}],
    }  # fmt: skip
    result, image = await render_dsl(pool, page, scale=1)
    picture = rgb(image.data)
    assert picture.size == (
        WIDTH + 2 * LEFT,
        HEIGHT + BODY + PHONE_LANDSCAPE_HOME_BAR + BODY,
    )
    assert not [warning for warning in result.warnings if warning.code == "frame_mismatch"]

    def at(x: int, y: int) -> tuple[int, int, int]:
        red, green, blue = picture.getpixel((x, y))  # type: ignore[misc]
        return red, green, blue

    middle = BODY + HEIGHT // 2
    assert close_to(at(BODY + 8 + 15, middle), (0, 0, 0), 8)  # the island, in the left strip
    assert close_to(at(BODY + 4, middle), GREEN, 8)  # the strip is the screen's own fill
    assert close_to(at(WIDTH + LEFT + PHONE_LANDSCAPE_SIDE // 2, middle), GREEN, 8)  # and the right one
    # No status bar: the screen's fill runs to the top bezel along the long edge, no island there.
    for x in (LEFT + WIDTH // 2, LEFT + 30, LEFT + WIDTH - 40):
        assert close_to(at(x, BODY + 2), GREEN, 8), x


async def test_a_modal_dims_the_landscape_side_strips_as_it_dims_the_screen(pool: ChromiumPool) -> None:
    modal = {"type": "modal", "title": "Delete order?", "actions": [{"label": "Cancel"}, {"label": "Delete"}]}
    page = {
        "device": "mobile", "width": WIDTH, "height": HEIGHT, "frame": "phone",
        "elements": [{"type": "paragraph", "text": "Orders"}, modal],
    }  # fmt: skip
    _, image = await render_dsl(pool, page, scale=1)
    picture = rgb(image.data)

    def at(x: int, y: int) -> tuple[int, int, int]:
        red, green, blue = picture.getpixel((x, y))  # type: ignore[misc]
        return red, green, blue

    low = BODY + HEIGHT - 10  # under the dialog, away from the island
    dim = at(LEFT + 10, low)  # the backdrop on the screen
    assert sum(dim) < 3 * 255 - 60, dim  # dimmed
    assert close_to(at(BODY + PHONE_LANDSCAPE_SIDE // 2, low), dim, 1)  # the left strip
    assert close_to(at(LEFT + WIDTH + PHONE_LANDSCAPE_SIDE // 2, low), dim, 1)  # the right one
    home = BODY + HEIGHT + PHONE_LANDSCAPE_HOME_BAR // 2
    assert close_to(at(BODY + 30, home), dim, 1)  # the home strip below them, dimmed once, not twice
