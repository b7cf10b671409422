"""On real Chromium: a phone's row of chips that says `wrap: false` scrolls sideways, as a phone's
filter chips do: each chip keeps its width, the last is cut at the screen's edge under a short fade
(at the left in right to left), and the render does not warn of it (it warned "runs past the side
of the image", advising to shrink the widest chip). A row that fits is not faded; one in a card is
cut at the card's inside, not drawn over its border. Without a touch screen the same row is cut
off content, and still warned of. A `flex` row (documented as one) scrolls as a `row` does."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, colour_box, render_dsl, rgb, rgb_at

pytestmark = pytest.mark.integration

RED = (255, 0, 0)


def chips(
    labels: tuple[str, ...] = ("Filters", "Running", "Size 42", "Price range", "Brand"), **page: Any
) -> dict[str, Any]:
    row = {
        "type": "row", "gap": 8, "wrap": False,
        "children": [
            {"type": "chip", "text": label, **({"style": {"background": "#ff0000"}} if label == "Brand" else {})}
            for label in labels
        ],
    }  # fmt: skip
    return {"height": 200, "elements": [row], **page}


async def test_a_phone_row_of_chips_that_does_not_wrap_scrolls_past_the_edge_unwarned(
    pool: ChromiumPool,
) -> None:
    _, image = await render_dsl(pool, chips(device="mobile"), scale=1)
    assert not [warning for warning in image.measured_warnings if "past the side" in warning.message]
    last = colour_box(image.data, RED)
    assert last is not None and last[2] - last[0] < 60, last  # only the last chip's start shows
    y = last[1] + 3  # above the label's letters
    fade = [rgb_at(image.data, x, y) for x in range(last[2], 390)]
    assert fade and all(reddish(colour) for colour in fade), fade  # it runs on to the screen's edge
    assert whiteness(fade[-1]) > whiteness(fade[len(fade) // 2]) > whiteness(RED), fade  # fading


def reddish(colour: RGB) -> bool:
    """Red, or red faded toward the white page (not the page itself)."""
    r, g, b = colour
    return r > 220 and g < 250 and abs(g - b) < 12


def whiteness(colour: RGB) -> int:
    return colour[1] + colour[2]


async def test_a_right_to_left_scroller_fades_at_its_left_edge(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, chips(device="mobile", lang="ar"), scale=1)
    last = colour_box(image.data, RED)
    assert last is not None and last[2] - last[0] < 60, last
    y = last[1] + 3  # above the label's letters
    fade = [rgb_at(image.data, x, y) for x in range(last[0] - 1, -1, -1)]
    assert fade and all(reddish(colour) for colour in fade), fade
    assert whiteness(fade[-1]) > whiteness(fade[len(fade) // 2]) > whiteness(RED), fade


async def test_a_scroller_whose_chips_fit_is_drawn_as_a_row_that_wraps(pool: ChromiumPool) -> None:
    fits = chips(("All", "Brand"), device="mobile")
    _, scroller = await render_dsl(pool, fits, scale=1)
    fits["elements"][0]["wrap"] = True
    _, wrapping = await render_dsl(pool, fits, scale=1)
    assert colour_box(scroller.data, RED) is not None
    # No fade: the same pixels, but for a level of anti-aliasing where the mask's layer rasterises
    # the chips' round ends (a fade would take the red chip's end to the page's white).
    difference = np.abs(np.asarray(rgb(scroller.data), dtype=int) - np.asarray(rgb(wrapping.data), dtype=int))
    assert difference.max() <= 2, difference.max()


async def test_a_scroller_in_a_card_is_cut_inside_the_card(pool: ChromiumPool) -> None:
    document = chips(device="mobile")
    document["elements"] = [{"type": "card", "children": document["elements"]}]
    _, image = await render_dsl(pool, document, scale=1)
    card_edge = 390 - 16  # the card keeps the page's margin; its chips stay inside it
    drawn = colour_box(image.data, RED)
    assert drawn is None or drawn[2] <= card_edge, drawn
    assert not [warning for warning in image.measured_warnings if "past the side" in warning.message]


async def test_a_phone_flex_row_that_does_not_wrap_scrolls_as_a_row_does(pool: ChromiumPool) -> None:
    document = chips(device="mobile")
    _, row = await render_dsl(pool, document, scale=1)
    document["elements"][0]["type"] = "flex"
    _, flex = await render_dsl(pool, document, scale=1)
    assert not [warning for warning in flex.measured_warnings if "past the side" in warning.message]
    assert np.array_equal(np.asarray(rgb(flex.data)), np.asarray(rgb(row.data)))  # the same fade
    last = colour_box(flex.data, RED)
    assert last is not None and last[2] - last[0] < 60, last  # only the last chip's start shows


async def test_the_same_row_without_a_touch_screen_is_still_warned_of(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, chips(width=390), scale=1)
    assert [warning for warning in image.measured_warnings if "past the side" in warning.message]
