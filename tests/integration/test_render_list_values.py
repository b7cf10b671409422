"""A list row's value on real Chromium, as a mobile designer measured it: a settings row's long
value broke its label into "Wi-/Fi" and "Lang/uage/&…", and a notification's time ("Yesterday",
"3h") took the description's width under it, a badge beside it squeezing the title to two lines.
The value now ends the label's line: the label keeps its line and the value gives way (an
ellipsis the render names as the row's value), and the description runs the row's width under
them, a badge at its end."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from kernel.dsl.measured.truncated_texts import TEXT_TRUNCATED
from render_worker.image import RenderedImage
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    Box,
    box_where,
    boxes,
    close_to,
    is_blue,
    is_green,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

SCALE = 2
MAGENTA = (255, 0, 255)

TEXT_COLOURS = (
    ".dsl-list-label{color:#00ff00!important}.dsl-list-value{color:#0000ff!important}"
    ".dsl-list-desc{color:#ff0000!important}"
    ".dsl-pill{background:#ff00ff!important;color:#ff00ff!important}"
)
"""The label green, the value blue, the description red and a badge a solid magenta box."""


def is_red(colour: tuple[int, int, int]) -> bool:
    return close_to(colour, (255, 0, 0), 8)


def is_magenta(colour: tuple[int, int, int]) -> bool:
    return close_to(colour, MAGENTA, 8)


async def phone_list(pool: ChromiumPool, items: list[dict[str, Any]]) -> tuple[Image.Image, RenderedImage]:
    """A divided list of `items` on a phone's screen, its texts in the colours of TEXT_COLOURS."""
    document = {
        "device": "mobile",
        "scale": SCALE,
        "css": TEXT_COLOURS,
        "elements": [{"type": "list", "variant": "divided", "items": items}],
    }
    _, image = await render_dsl(pool, document)
    return rgb(image.data), image


def within(image: Image.Image, keep: Any, band: tuple[int, int]) -> Box | None:
    """The box of the pixels `keep` accepts between the rows of `band`."""
    return box_where(image, keep, (0, band[0], image.width, band[1]))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


async def test_a_settings_rows_label_keeps_its_line_and_its_long_value_gives_way(pool: ChromiumPool) -> None:
    """The tester's Wi-Fi and Language & Region rows: each label on one line, its value after it
    on that line, ended in an ellipsis; the render names the values, not the items."""
    items = [
        {"label": "Wi-Fi", "icon": "wifi", "value": "HomeNetwork-5G-Extended", "shortcut": ">"},
        {"label": "Language & Region", "icon": "globe", "value": "English (United Kingdom)", "shortcut": ">"},
    ]
    picture, image = await phone_list(pool, items)
    labels = row_runs(picture, is_green, (0, 0, picture.width, picture.height))
    assert len(labels) == 2, labels  # one line each, not "Lang/uage/&…"
    for band in labels:
        label, value = within(picture, is_green, band), within(picture, is_blue, band)
        assert label is not None and value is not None, band
        assert value[0] > label[2], (label, value)  # the value follows the label on its line
    (warning,) = [w for w in image.measured_warnings if w.code == TEXT_TRUNCATED]
    assert warning.path == "/elements/0"
    cut = "the row's value 'HomeNetwork-5G-Extended' does not fit the room its label leaves"
    assert warning.message.startswith(cut) and "'English (United Kingdom)' as 'English" in warning.message
    advice = warning.suggestion or ""
    assert "shorten the item" not in advice and "shorten the value" in advice


async def test_a_short_value_stays_whole_beside_a_long_label(pool: ChromiumPool) -> None:
    """A long label wraps around a short value ("On", a time): the value is not cut."""
    items = [{"label": "Show message previews on the lock screen even when locked", "value": "On"},
             {"label": "Kenji Watanabe started following you on the trip planner", "value": "Yesterday"}]  # fmt: skip
    _, image = await phone_list(pool, items)
    assert [w for w in image.measured_warnings if w.code == TEXT_TRUNCATED] == []


async def test_a_notifications_time_sits_on_its_title_line_and_the_description_runs_under_it(
    pool: ChromiumPool,
) -> None:
    """The tester's notifications: the time ends the title's line, the description runs the row's
    full width under it (under the time too), and a badge ends the description's line, under the
    time, instead of a second column squeezing the title to two lines."""
    items = [
        {"label": "Payment failed", "description": "Update your card to keep your reservation",
         "icon": "circle-alert", "value": "Yesterday"},
        {"label": "Price drop on a saved stay", "description": "Riad Yasmine, Marrakesh is now $89/night",
         "icon": "tag", "badge": "-18%", "value": "3h"},
    ]  # fmt: skip
    picture, _ = await phone_list(pool, items)
    titles = row_runs(picture, is_green, (0, 0, picture.width, picture.height))
    assert len(titles) == 2, titles  # "Price drop on a saved stay" on one line
    middle = (titles[0][1] + titles[1][0]) // 2
    found = []
    for top, bottom in ((0, middle), (middle, picture.height)):
        row = (0, top, picture.width, bottom)
        title, time, description = (box_where(picture, keep, row) for keep in (is_green, is_blue, is_red))
        assert title is not None and time is not None and description is not None, row
        assert overlaps((time[1], time[3]), (title[1], title[3])), (title, time)  # on the title's line
        assert description[1] > time[3], (description, time)  # under it
        found.append((time, description))
    (time, description), (later, beside) = found
    assert description[2] > time[0], (description, time)  # the description runs under the time too
    (badge,) = boxes(picture.crop((0, middle, picture.width, picture.height)), is_magenta)
    badge = (badge[0], badge[1] + middle, badge[2], badge[3] + middle)
    assert badge[1] >= later[3] and overlaps((badge[1], badge[3]), (beside[1], beside[3])), (badge, later)
    assert abs(badge[2] - later[2]) <= 2 * SCALE, (badge, later)  # badge and time end the row's texts
    assert beside[2] < badge[0], (beside, badge)  # the description stops before the badge


async def test_a_latin_value_on_a_right_to_left_page_keeps_its_start(pool: ChromiumPool) -> None:
    """On an Arabic page a network's Latin name kept its end and lost its start ("…Extended-Long"):
    a value is laid out in its own direction, so it reads from its start and ends in the ellipsis
    (three low dots at its right end, the tall H at its left)."""
    items = [{"label": "الواي فاي", "icon": "wifi", "value": "HomeNetwork-5G-Extended-Long", "shortcut": ">"}]
    document = {
        "device": "mobile",
        "lang": "ar",
        "scale": SCALE,
        "css": TEXT_COLOURS,
        "elements": [{"type": "list", "variant": "divided", "items": items}],
    }
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    value = box_where(picture, is_blue)
    assert value is not None
    height = value[3] - value[1]
    start = box_where(picture, is_blue, (value[0], value[1], value[0] + 3 * SCALE, value[3]))
    end = box_where(picture, is_blue, (value[2] - 3 * SCALE, value[1], value[2], value[3]))
    assert start is not None and end is not None
    assert start[3] - start[1] > height * 0.6, (start, value)  # the H
    assert end[3] - end[1] < height * 0.3, (end, value)  # the ellipsis' dots
