"""On real Chromium: an edit drawer with a secondary Delete offers Save changes as its filled
primary on a laptop and on a phone (on the phone Delete was filled on top and Save outlined);
on the laptop Delete stands at the footer's start, apart from Cancel and Save, and the panel's
icon keeps the primary's tint (it turned red, a destructive dialog's look). A bottom sheet of
nine fields stops 48 px below the screen's top with its handle, title and actions in view and
its fields scrolling between them (its title ran off the top), and the render says how much
its body hides."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    WHITE,
    box_in,
    box_where,
    is_hairline,
    is_text,
    render_dsl,
    rgb,
    white_box,
)

pytestmark = pytest.mark.integration

EDIT_DRAWER = {
    "type": "modal",
    "variant": "drawer",
    "title": "Edit customer",
    "icon": "building-2",
    "actions": [{"label": "Delete", "variant": "danger"}, "Cancel", "Save changes"],
    "children": [{"type": "input", "label": "Name", "value": "Acme"}],
}
TALL_SHEET = {
    "type": "modal",
    "variant": "drawer",
    "title": "Edit customer",
    "actions": ["Cancel", "Save"],
    "children": [
        *({"type": "input", "label": label} for label in ("Name", "Email", "Phone", "Street", "City", "ZIP")),
        *({"type": "input", "label": label} for label in ("Country", "VAT")),
        {"type": "textarea", "label": "Notes"},
    ],
}


async def screen(pool: ChromiumPool, width: int, height: int, elements: list[dict[str, Any]]) -> Image.Image:
    _, image = await render_dsl(pool, {"width": width, "height": height, "elements": elements}, scale=1)
    return rgb(image.data)


def is_primary(colour: RGB) -> bool:
    """The light theme's indigo primary, a filled button's fill."""
    red, green, blue = colour
    return blue > 180 and blue - red > 80 and blue - green > 80


def is_danger(colour: RGB) -> bool:
    """The light theme's red, a destructive button's fill."""
    red, green, blue = colour
    return red > 190 and green < 70 and blue < 70


def is_reddish(colour: RGB) -> bool:
    """Red or a red tint (the danger look's icon and its disc)."""
    red, green, blue = colour
    return red - green > 25 and red - blue > 25


async def test_on_a_phone_the_edit_drawers_primary_is_save_on_top_and_delete_stands_last(
    pool: ChromiumPool,
) -> None:
    shown = await screen(pool, 390, 600, [EDIT_DRAWER])
    left, top, right, bottom = white_box(shown)
    save = box_in(shown, is_primary, (left, top, right, bottom))
    delete = box_in(shown, is_danger, (left, top, right, bottom))
    assert save[2] - save[0] > 390 - 2 * 30 and delete[2] - delete[0] > 390 - 2 * 30, (save, delete)
    # Save changes on top, Cancel (outlined, 44 px) under it, then Delete apart at the bottom.
    assert save[3] + 44 + 8 < delete[1], (save, delete)
    assert bottom - delete[3] < 48, (delete, bottom)
    # No red in the head: the sheet takes no destructive look for a secondary Delete.
    assert box_where(shown, is_reddish, (left, top, right, top + 80)) is None


async def test_on_a_laptop_the_same_drawer_sets_delete_apart_at_the_footers_start(pool: ChromiumPool) -> None:
    shown = await screen(pool, 1440, 600, [EDIT_DRAWER])
    left, top, right, bottom = white_box(shown)
    assert right == 1440 and right - left >= 438, (left, right)
    save = box_in(shown, is_primary, (left, bottom - 80, right, bottom))
    delete = box_in(shown, is_danger, (left, bottom - 80, right, bottom))
    assert 16 <= delete[0] - left <= 32, (delete, left)  # at the footer's start, at its padding
    assert 16 <= right - save[2] <= 32, (save, right)  # Save at its end
    assert abs(delete[1] - save[1]) <= 1  # one row
    # Cancel sits beside Save, not beside Delete: the space is between Delete and Cancel.
    cancel = box_in(shown, lambda c: c != WHITE and not is_primary(c) and not is_danger(c), (delete[2] + 4, save[1], save[0] - 2, save[3]))  # fmt: skip
    assert save[0] - cancel[2] <= 12 and cancel[0] - delete[2] > 100, (delete, cancel, save)
    # The head's icon keeps the primary's tint.
    head = (left, top, right, top + 70)
    assert box_where(shown, is_reddish, head) is None
    assert box_where(shown, lambda c: c != WHITE and c[2] > c[0] + 15, head) is not None  # its indigo disc


async def test_a_drawer_whose_decision_is_delete_keeps_the_danger_look(pool: ChromiumPool) -> None:
    confirm = {**EDIT_DRAWER, "title": "Delete customer?", "icon": "trash-2", "actions": ["Cancel", {"label": "Delete", "variant": "danger"}]}  # fmt: skip
    shown = await screen(pool, 1440, 600, [confirm])
    left, top, right, _ = white_box(shown)
    assert box_where(shown, is_reddish, (left, top, right, top + 70)) is not None
    assert box_where(shown, is_primary, (left, top, right, 600)) is None


async def test_a_tall_sheet_stops_below_the_top_with_its_title_and_actions_in_view(
    pool: ChromiumPool,
) -> None:
    page = {"width": 390, "height": 844, "elements": [{"type": "heading", "text": "Customers"}, TALL_SHEET]}
    _, image = await render_dsl(pool, page, scale=1)
    shown = rgb(image.data)
    left, top, right, bottom = white_box(shown)
    assert (left, right, bottom) == (0, 390, 844) and 48 <= top <= 50, (left, top, right, bottom)
    # The dimmed page shows above it: the heading's ink, greyed.
    assert box_where(shown, lambda c: max(c) < 90, (0, 0, 390, 46)) is not None
    # Its handle and title are on the screen, in its first rows.
    handle = box_in(
        shown, lambda c: c != WHITE and max(c) - min(c) < 12 and max(c) < 230, (150, top, 240, top + 16)
    )
    assert abs((handle[0] + handle[2]) / 2 - 195) <= 1, handle
    title = box_in(shown, is_text, (20, top + 16, 300, top + 80))
    assert title[3] - title[1] >= 14, title
    # Save, the primary, at the bottom; a hairline across the sheet over the actions, where the
    # fields are cut.
    save = box_in(shown, is_primary, (0, top, 390, 844))
    assert 844 - save[3] < 44 + 8 + 48, save
    rules = [y for y in range(title[3], save[1]) if all(is_hairline(shown.getpixel((x, y))) for x in range(4, 386, 6))]  # type: ignore[arg-type]  # fmt: skip
    assert len(rules) == 1 and save[1] - 40 < rules[0] < save[1], (rules, save)
    # The render says how much of the sheet's children its body hides, and nothing runs off the top.
    cut = [issue for issue in image.measured_warnings if issue.code == "content_cut"]
    (warning,) = cut
    assert warning.path == "/elements/1" and "the sheet's body" in warning.message, warning
    px = int(warning.message.split(" px")[0])
    assert 76 < px < 4 * 76, px  # two to three of its ~76 px fields
    assert f"make the screen {px} px taller" in (warning.suggestion or "")
    # And that advice holds: on a screen that much taller the sheet hides nothing.
    _, taller = await render_dsl(pool, {**page, "height": 844 + px}, scale=1)
    assert [issue for issue in taller.measured_warnings if issue.code == "content_cut"] == []
    assert white_box(rgb(taller.data))[1] <= 50


async def test_a_short_sheet_draws_no_hairline_over_its_actions(pool: ChromiumPool) -> None:
    shown = await screen(pool, 390, 844, [{"type": "heading", "text": "Customers"}, EDIT_DRAWER])
    _, top, _, _ = white_box(shown)
    save = box_in(shown, is_primary, (0, top, 390, 844))
    rules = [y for y in range(top + 2, save[1]) if all(is_hairline(shown.getpixel((x, y))) for x in range(4, 386, 6))]  # type: ignore[arg-type]  # fmt: skip
    assert rules == [], rules
