"""A conversation that does not fit, on real Chromium: a phone chat's messages sit just above the
composer, the newest in view and the earliest cut off at the top, as every chat app draws them; a
few messages sit at the bottom; the render says what the top hides and that a chat needs nothing
changed. A column the author starts at its top, or one with no composer, is cut at its bottom as
before."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from kernel.errors import Issue
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    Box,
    box_where,
    close_to,
    is_text,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

RED, MAGENTA = (255, 0, 0), (255, 0, 255)
EDGE = "2px solid #ff00ff"
"""The header's bottom and the composer's top edge: magenta lines that say where the room is."""


def bubble(n: int, count: int) -> dict[str, Any]:
    """Message `n` of `count`: the first red, the last green with black text, the others blue."""
    fill = "#ff0000" if n == 0 else "#00ff00" if n == count - 1 else "#0000ff"
    ink = "#000000" if n == count - 1 else "#ffffff"
    text = f"Message {n + 1}: are we still on for the review tomorrow?"
    style = {"background": fill, "color": ink, "padding": "8px 12px", "borderRadius": 16, "maxWidth": 280}
    return {"type": "paragraph", "text": text, "style": style}


def phone_chat(count: int, **messages: Any) -> dict[str, Any]:
    """A 390 x 844 phone: a column of set height holding a header, `count` messages that take the
    free room (`flex: 1`, and `messages`' fields) and a composer bar."""
    column = {"type": "column", "gap": 8, "padding": "12px 16px", "style": {"flex": 1},
              "children": [bubble(n, count) for n in range(count)], **messages}  # fmt: skip
    composer = {"type": "row", "gap": 8, "padding": "8px 12px", "style": {"borderTop": EDGE}, "children": [
        {"type": "button", "icon": "plus", "variant": "ghost"},
        {"type": "input", "placeholder": "Message", "style": {"flex": 1}},
        {"type": "button", "icon": "send", "variant": "primary"}]}  # fmt: skip
    header = {"type": "header", "title": "Maya Chen", "padding": "12px 16px", "style": {"borderBottom": EDGE}}
    screen = {"type": "column", "gap": 0, "layout": {"height": 844}, "children": [header, column, composer]}
    return {"version": 1, "width": 390, "height": 844, "padding": 0, "elements": [screen]}


async def shot(pool: ChromiumPool, document: dict[str, Any]) -> tuple[Image.Image, list[Issue]]:
    _, image = await render_dsl(pool, document)
    return rgb(image.data), list(image.measured_warnings)


def room(image: Image.Image) -> tuple[int, int]:
    """Where the messages' room starts and ends: below the header's edge, above the composer's."""
    lines = row_runs(image, lambda c: close_to(c, MAGENTA, 8), (0, 0, image.width, image.height))
    assert len(lines) == 2, lines
    return lines[0][1], lines[1][0]


def found(image: Image.Image, colour: tuple[int, int, int]) -> Box | None:
    return box_where(image, lambda c: close_to(c, colour, 8))


async def test_thirty_messages_show_the_newest_just_above_the_composer(pool: ChromiumPool) -> None:
    """The image showed messages 1-13 and cut the newest at the bottom; now the last message and
    its text end just above the composer, the first is cut off above, and nothing of them runs
    over the header."""
    image, warnings = await shot(pool, phone_chat(30))
    top, bottom = room(image)
    last, middle = found(image, GREEN), found(image, BLUE)
    assert last is not None and middle is not None
    assert 0 <= bottom - last[3] <= 16, (last, bottom)  # the list's 12 px padding above the composer
    assert box_where(image, is_text, last) is not None  # its text is drawn, black on green
    assert found(image, RED) is None  # the first message is cut off above
    assert middle[1] == top, (middle, top)  # a message cut at the room's top edge, as a scrolled chat
    (warning,) = warnings
    assert (warning.code, warning.path) == ("content_cut", "/elements/0/children/1")
    assert "run above the top of its box and are hidden there" in warning.message
    assert (warning.suggestion or "").startswith("nothing to change for a chat")


async def test_two_messages_sit_at_the_bottom_next_to_the_composer(pool: ChromiumPool) -> None:
    """A chat with a couple of messages draws them by the composer, the room above them empty;
    nothing is hidden, so nothing is said."""
    image, warnings = await shot(pool, phone_chat(2))
    top, bottom = room(image)
    first, last = found(image, RED), found(image, GREEN)
    assert first is not None and last is not None
    assert 0 <= bottom - last[3] <= 16 and first[3] < last[1], (first, last, bottom)
    assert first[1] - top > 500, (first, top)  # the empty room is above them
    assert warnings == []


async def test_justify_start_keeps_the_first_messages_in_view(pool: ChromiumPool) -> None:
    """The author's `justify: start` shows the conversation from its first message, cut at the
    bottom, and the render says so as for any scrolling box."""
    image, warnings = await shot(pool, phone_chat(30, justify="start"))
    top, _ = room(image)
    first = found(image, RED)
    assert first is not None and first[1] - top <= 16, (first, top)
    assert found(image, GREEN) is None
    (warning,) = warnings
    assert "past the bottom of its box" in warning.message


async def test_a_feed_with_a_button_at_its_end_keeps_its_start(pool: ChromiumPool) -> None:
    """Without a composer after it the column is not a conversation: its start stays in view."""
    document = phone_chat(30)
    document["elements"][0]["children"][2] = {
        "type": "row", "padding": "8px 12px", "style": {"borderTop": EDGE},
        "children": [{"type": "button", "label": "Load more", "variant": "primary"}]}  # fmt: skip
    image, warnings = await shot(pool, document)
    assert found(image, RED) is not None and found(image, GREEN) is None
    (warning,) = warnings
    assert "past the bottom of its box" in warning.message


async def test_a_full_page_shows_the_whole_top_level_conversation(pool: ChromiumPool) -> None:
    """At the top level a full page grows with the conversation: every message is drawn, the
    first at the top and the last above the composer, and nothing is hidden."""
    screen = phone_chat(30)["elements"][0]
    document = {"version": 1, "width": 390, "height": 844, "elements": screen["children"]}
    _, image = await render_dsl(pool, document, full_page=True)
    picture = rgb(image.data)
    first, last = found(picture, RED), found(picture, GREEN)
    assert first is not None and last is not None and first[3] < last[1]
    assert list(image.measured_warnings) == []
