"""On real Chromium: a tooltip's bubble stays on the screen as tooltip libraries keep theirs. At
the end of a navbar it shifts inward (it ran 60 px past the right side), over a button at the
screen's top it flips below (it ran off the top, the reference's own example too), its arrow
still pointing at the target's centre; inside a phone's frame the screen's edges count, not the
image's. A bubble that fits on neither side is named, with the variants that have room."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from kernel.dsl.compiler.frames import PHONE_BEZEL, PHONE_MARGIN
from render_worker.image import RenderedImage
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    RGB,
    Box,
    box_where,
    close_to,
    luminance,
    painted,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

MAGENTA = (255, 0, 255)
COLOURED = (
    painted(".dsl-tooltip-bubble", "#0000ff")
    + painted(".dsl-tooltip-arrow", "#ff00ff")
    + painted(".dsl-tooltip-target>.dsl-button", "#00ff00")
)
"""The bubble blue, its arrow magenta and the target green, to be found by colour."""

EDGE_GAP = 8
"""How far inside the screen's edge a shifted bubble stays."""


def tooltip(text: str, variant: str | None = None, label: str | None = "Share") -> dict[str, Any]:
    button: dict[str, Any] = (
        {"type": "button", "label": label} if label else {"type": "button", "icon": "bell"}
    )
    return {
        "type": "tooltip",
        "text": text,
        **({"variant": variant} if variant else {}),
        "children": [button],
    }


async def drawn(pool: ChromiumPool, document: dict[str, Any]) -> tuple[RenderedImage, Image.Image]:
    _, image = await render_dsl(pool, {**document, "css": COLOURED}, scale=1)
    return image, rgb(image.data)


def found(image: Image.Image, colour: RGB) -> Box:
    box = box_where(image, lambda pixel: close_to(pixel, colour, 8))
    assert box is not None, colour
    return box


def middle(box: Box) -> float:
    return (box[0] + box[2]) / 2


async def test_a_bubble_at_the_end_of_a_navbar_shifts_inward_its_arrow_on_the_bell(
    pool: ChromiumPool,
) -> None:
    bell = {**tooltip("You have 6 unread notifications", "bottom", label=None)}
    navbar = {"type": "navbar", "title": "Ledgerly", "children": [bell]}
    image, shown = await drawn(pool, {"width": 640, "height": 160, "elements": [navbar]})
    bubble, arrow, target = found(shown, BLUE), found(shown, MAGENTA), found(shown, GREEN)
    assert bubble[2] == 640 - EDGE_GAP and bubble[0] > EDGE_GAP, bubble  # whole, 8 px from the edge
    assert bubble[1] > target[3] and target[3] <= arrow[1] < bubble[1], (target, arrow, bubble)  # below it
    assert abs(middle(arrow) - middle(target)) <= 1, (arrow, target)  # still pointing at the bell
    assert middle(bubble) < middle(target) - 60  # shifted, not centred on the bell
    assert image.measured_warnings == ()


async def test_a_bubble_over_a_button_at_the_top_left_flips_below_and_shifts_right(
    pool: ChromiumPool,
) -> None:
    row = {"type": "row", "children": [tooltip("Unmute microphone (⌘D)", label="Unmute")]}
    image, shown = await drawn(pool, {"width": 640, "height": 200, "elements": [row]})
    bubble, arrow, target = found(shown, BLUE), found(shown, MAGENTA), found(shown, GREEN)
    assert bubble[1] > target[3] and arrow[1] < bubble[1], (target, arrow, bubble)  # flipped below
    assert bubble[1] - target[3] == 10, (bubble, target)  # the same 10 px as above it
    assert abs(middle(arrow) - middle(target)) <= 1, (arrow, target)
    assert bubble[0] >= EDGE_GAP, bubble
    assert image.measured_warnings == ()


async def test_the_references_tooltip_example_is_drawn_whole(pool: ChromiumPool) -> None:
    """docs/dsl.md's example: a Share button at the page's margin, the bubble asked above it."""
    share = {"type": "tooltip", "text": "Copies a share link", "children": [{"type": "button", "label": "Share", "icon": "share-2"}]}  # fmt: skip
    image, shown = await drawn(pool, {"elements": [share]})
    bubble, target = found(shown, BLUE), found(shown, GREEN)
    assert bubble[1] > target[3], (bubble, target)
    assert image.measured_warnings == ()


async def test_a_bubble_with_room_above_stays_above_centred_on_its_target(pool: ChromiumPool) -> None:
    column = {"type": "column", "padding": 80, "children": [tooltip("Copies a share link")]}
    image, shown = await drawn(pool, {"width": 400, "height": 200, "elements": [column]})
    bubble, target = found(shown, BLUE), found(shown, GREEN)
    assert target[1] - bubble[3] == 10 and abs(middle(bubble) - middle(target)) <= 1, (bubble, target)
    assert image.measured_warnings == ()


async def test_in_a_phone_frame_the_screens_edge_holds_the_bubble(pool: ChromiumPool) -> None:
    bell = tooltip("You have 6 unread notifications today", "bottom", label=None)
    document = {"device": "mobile", "frame": "phone", "elements": [{"type": "navbar", "title": "Inbox", "children": [bell]}]}  # fmt: skip
    image, shown = await drawn(pool, document)
    screen_right = PHONE_MARGIN + PHONE_BEZEL + 390
    bubble, arrow, target = found(shown, BLUE), found(shown, MAGENTA), found(shown, GREEN)
    assert bubble[2] == screen_right - EDGE_GAP, (bubble, screen_right)
    assert abs(middle(arrow) - middle(target)) <= 1, (arrow, target)
    assert image.measured_warnings == ()


async def test_a_bubble_with_room_on_neither_side_is_named_with_the_variants_that_have_room(
    pool: ChromiumPool,
) -> None:
    beside = tooltip("No room beside it", "right")
    image, _ = await drawn(pool, {"width": 170, "height": 200, "elements": [beside]})
    (warning,) = image.measured_warnings
    assert (warning.code, warning.path) == ("content_cut", "/elements/0"), warning
    assert "the tooltip's bubble runs" in warning.message and "past the right side" in warning.message
    assert "variant: top or variant: bottom" in (warning.suggestion or "")
    # The advice holds: below the button there is room, the bubble shifted to the screen.
    image, shown = await drawn(
        pool, {"width": 170, "height": 200, "elements": [{**beside, "variant": "bottom"}]}
    )
    assert image.measured_warnings == ()
    bubble = found(shown, BLUE)
    assert bubble[0] >= EDGE_GAP and bubble[2] <= 170 - EDGE_GAP, bubble

    above = tooltip("A long hint that wraps onto two lines in its bubble, too tall for this screen")
    short = {"width": 500, "height": 70, "elements": [{"type": "row", "children": [above]}]}
    image, _ = await drawn(pool, short)
    (warning,) = image.measured_warnings
    assert warning.path == "/elements/0/children/0" and "above the top of the image" in warning.message, (
        warning
    )
    assert "variant: left or variant: right" in (warning.suggestion or "")
    image, shown = await drawn(pool, {**short, "elements": [{"type": "row", "children": [{**above, "variant": "right"}]}]})  # fmt: skip
    assert image.measured_warnings == ()


@pytest.mark.parametrize("target", [False, True], ids=["alone", "over-a-button"])
async def test_a_bubbles_line_breaks_are_kept(pool: ChromiumPool, target: bool) -> None:
    """A file's details written on three lines ("Type: ...\\nSize: ...\\nDate modified: ...")
    were run together on one: the bubble keeps its lines, as a `text` does."""
    text = "Type: PDF Document\nSize: 2.35 MB\nDate modified: 7/12/2025 2:20 PM"
    element = tooltip(text, "bottom") if target else {"type": "tooltip", "text": text}
    column = {"type": "column", "padding": 40, "children": [element]}
    css = COLOURED + ".dsl-tooltip-bubble{color:#fff!important}"  # the bubble blue, its words white
    _, image = await render_dsl(
        pool, {"width": 400, "height": 240, "elements": [column], "css": css}, scale=1
    )
    shown = rgb(image.data)
    bubble = found(shown, BLUE)
    inside = (bubble[0] + 4, bubble[1] + 3, bubble[2] - 4, bubble[3] - 3)
    lines = row_runs(shown, lambda pixel: luminance(pixel) > 150, inside)
    assert len(lines) == 3, (lines, bubble)
    assert bubble[2] - bubble[0] < 240, bubble  # as wide as its longest line, not the 260 px cap
