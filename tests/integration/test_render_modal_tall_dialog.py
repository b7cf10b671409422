"""On real Chromium: a dialog taller than the screen keeps to it, as a browser's dialog does: 24 px
from the screen's top and bottom, its title and its actions in view, its fields scrolling between
them under a hairline (it was centred, its title and close × above the image, its actions below
it), and the render says how much its body hides. A full page draws the dialog whole over a
backdrop dimming the whole page (the top stayed cut and the backdrop stopped at the screen's
bottom). Over a page longer than the screen a dialog is centred on the screen, not on the page
(it was drawn below the image)."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    box_in,
    is_hairline,
    is_text,
    render_dsl,
    rgb,
    white_box,
)

pytestmark = pytest.mark.integration

COMPOSE = {
    "type": "modal",
    "title": "New message",
    "children": [
        {"type": "input", "label": "To", "value": "lena.fischer@kanzlei-fischer.de"},
        {"type": "input", "label": "Cc", "placeholder": "Add people"},
        {"type": "input", "label": "Subject", "value": "Contract renewal"},
        {
            "type": "textarea",
            "label": "Message",
            "rows": 12,
            "value": "Hi Lena, please find the renewal attached.",
        },
        {"type": "upload", "label": "Attachments"},
        {"type": "select", "label": "Send", "options": ["Now", "Tomorrow 08:00"], "value": "Now"},
    ],
    "actions": ["Save draft", "Send"],
}
PHONE = {"width": 390, "height": 844, "elements": [{"type": "heading", "text": "Inbox"}, COMPOSE]}


def is_primary(colour: RGB) -> bool:
    """The light theme's indigo primary, a filled button's fill."""
    red, green, blue = colour
    return blue > 180 and blue - red > 80 and blue - green > 80


def hidden_px(warnings: tuple[Any, ...]) -> int:
    """The px a dialog's body hides, from the render's one content_cut warning about it."""
    (warning,) = [issue for issue in warnings if issue.code == "content_cut"]
    assert warning.path == "/elements/1" and "the dialog's body" in warning.message, warning
    return int(warning.message.split(" px")[0])


async def test_a_tall_dialog_keeps_to_the_screen_its_title_and_actions_in_view(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, PHONE, scale=1)
    shown = rgb(image.data)
    left, top, right, bottom = white_box(shown)
    assert (top - 1, bottom + 1) == (24, 844 - 24), (top, bottom)  # its border out of the white
    title = box_in(shown, is_text, (left + 8, top + 8, right - 60, top + 70))
    assert title[3] - title[1] >= 12, title  # "New message", on the screen
    send = box_in(shown, is_primary, (left, bottom - 70, right, bottom))  # (the upload's icon is indigo too)
    assert bottom - send[3] < 40, (send, bottom)  # the actions at the dialog's end, in view
    # A hairline across the dialog where its fields are cut, over the actions.
    rules = [y for y in range(title[3], send[1]) if all(is_hairline(shown.getpixel((x, y))) for x in range(left + 2, right - 2, 6))]  # type: ignore[arg-type]  # fmt: skip
    assert len(rules) == 1 and send[1] - 40 < rules[0] < send[1], (rules, send)
    # Nothing runs above or below the image; the render says how much of the body is hidden.
    px = hidden_px(image.measured_warnings)
    assert 60 < px < 200, px  # the select and some of the upload
    (warning,) = image.measured_warnings
    assert "--full-page" in (warning.suggestion or "") and f"make the screen {px} px taller" in (
        warning.suggestion or ""
    )
    # And that advice holds: on a screen that much taller it hides nothing.
    _, taller = await render_dsl(pool, {**PHONE, "height": 844 + px}, scale=1)
    assert taller.measured_warnings == ()


async def test_a_full_page_draws_the_dialog_whole_over_a_page_dimmed_to_its_end(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, PHONE, scale=1, full_page=True)
    shown = rgb(image.data)
    assert image.height > 844 + 50, image.height
    left, top, right, bottom = white_box(shown)
    assert (top - 1, bottom + 1) == (24, image.height - 24), (top, bottom, image.height)
    box_in(shown, is_primary, (left, bottom - 80, right, bottom))
    # The backdrop dims the page down to the image's end, below the screen's height too.
    for y in (10, 844 + 10, image.height - 5):
        assert max(shown.getpixel((5, y))) < 200, (y, shown.getpixel((5, y)))  # type: ignore[arg-type]
    assert image.measured_warnings == ()


async def test_over_a_page_longer_than_the_screen_a_dialog_is_centred_on_the_screen(
    pool: ChromiumPool,
) -> None:
    text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 12
    confirm = {"type": "modal", "title": "Delete project?", "actions": ["Cancel", {"label": "Delete", "variant": "danger"}]}  # fmt: skip
    page = {"width": 1280, "height": 800, "elements": [*({"type": "paragraph", "text": text} for _ in range(20)), confirm]}  # fmt: skip
    _, image = await render_dsl(pool, page, scale=1)
    _, top, _, bottom = white_box(rgb(image.data))
    assert abs((top + bottom) / 2 - 400) <= 2, (top, bottom)


async def test_a_short_dialog_is_centred_with_no_hairline(pool: ChromiumPool) -> None:
    short = {**COMPOSE, "children": COMPOSE["children"][:2]}
    _, image = await render_dsl(pool, {**PHONE, "elements": [PHONE["elements"][0], short]}, scale=1)
    shown = rgb(image.data)
    left, top, right, bottom = white_box(shown)
    assert abs((top + bottom) / 2 - 422) <= 2 and top > 100, (top, bottom)
    send = box_in(shown, is_primary, (left, top, right, bottom))
    rules = [y for y in range(top + 2, send[1]) if all(is_hairline(shown.getpixel((x, y))) for x in range(left + 2, right - 2, 6))]  # type: ignore[arg-type]  # fmt: skip
    assert rules == [] and image.measured_warnings == (), rules
