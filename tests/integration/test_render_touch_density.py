"""The touch density on real Chromium: on a phone's canvas controls are sized for a finger (44 px,
sm 36, lg 52, fields as buttons; a 52 x 32 switch, 22 px boxes to tick, 49 px bottom tabs) and
text is read at 16 px (a small field's too), while the same page elsewhere keeps its sizes and a
named density still wins; a card's and a section's actions, a plain list's rows and a cross
shortcut's remove button are a finger's 44 px too (a mobile designer measured 36, 20 and 10 px);
a field's text sits on the same pixel rows as a checkbox's and a switch's label; and on a dark theme a deep brand's switch, checked box and active link underline
stand out at 3:1."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    RGB,
    Box,
    box_where,
    close_to,
    column_runs,
    luminance,
    render_dsl,
    rgb,
)
from tests.support.theme_colours import pixel_contrast as contrast

pytestmark = pytest.mark.integration

SCALE = 2


def painted(selector: str) -> str:
    """Document CSS that fills the boxes `selector` matches (border included) in pure blue."""
    return f"{selector}{{background:#0000ff!important;border-color:#0000ff!important;box-shadow:none!important;border-radius:0!important}}"


async def render(
    pool: ChromiumPool, elements: list[dict[str, Any]], *, device: str | None = "mobile", css: str = "",
    scale: int = SCALE, **document: Any,
) -> Image.Image:  # fmt: skip
    """`elements` on a 390 x 300 canvas, a phone's when `device` is mobile."""
    source: dict[str, Any] = {"width": 390, "height": 300, "scale": scale, "padding": 20,
                              "background": "#ffffff", "elements": elements, **document}  # fmt: skip
    if device:
        source["device"] = device
    if css:
        source["css"] = css
    _, image = await render_dsl(pool, source)
    return rgb(image.data)


def is_blue(colour: RGB) -> bool:
    return close_to(colour, BLUE, 8)


def css_size(box: Box, scale: int = SCALE) -> tuple[float, float]:
    return (box[2] - box[0]) / scale, (box[3] - box[1]) / scale


SIZES = [
    # what, its element, the box measured, its CSS size on a phone and elsewhere (width or None, height)
    ("button", {"type": "button", "label": "Continue"}, ".dsl-button", (None, 44), (None, 36)),
    ("small button", {"type": "button", "label": "Edit", "size": "sm"}, ".dsl-button", (None, 36), (None, 32)),
    ("large button", {"type": "button", "label": "Pay", "size": "lg"}, ".dsl-button", (None, 52), (None, 42)),
    ("icon button", {"type": "button", "icon": "bell", "variant": "ghost"}, ".dsl-button", (44, 44), (36, 36)),
    ("input", {"type": "input", "placeholder": "Email"}, ".dsl-control", (None, 44), (None, 36)),
    ("select", {"type": "select", "options": ["One"], "value": "One"}, ".dsl-control", (None, 44), (None, 36)),
    ("search", {"type": "search"}, ".dsl-control", (None, 44), (None, 36)),
    ("small input", {"type": "input", "size": "sm", "label": "Code"}, ".dsl-control", (None, 36), (None, 32)),
    ("large select", {"type": "select", "size": "lg", "options": ["One"]}, ".dsl-control", (None, 52), (None, 42)),
    ("small search", {"type": "search", "size": "sm"}, ".dsl-control", (None, 36), (None, 32)),
    ("chip", {"type": "chip", "text": "Vegan"}, ".dsl-chip", (None, 34), (None, 28)),
    ("switch", {"type": "toggle", "label": "Wi-Fi", "checked": True}, ".dsl-switch", (52, 32), (38, 22)),
    ("checkbox", {"type": "checkbox", "label": "Remember me"}, ".dsl-checkmark", (22, 22), (18, 18)),
    ("radio", {"type": "radio", "options": ["Card", "Cash"]}, ".dsl-choice:first-child .dsl-radiomark",
     (22, 22), (18, 18)),
    ("bottom tab", {"type": "tabs", "variant": "bottom", "items": [{"label": "Home", "icon": "house"}, "Me"]},
     ".dsl-tab.is-active", (None, 49), (None, 39)),
    ("card action", {"type": "card", "title": "Trip", "actions": ["Save"]}, ".dsl-card-actions>.dsl-button",
     (None, 44), (None, 32)),
    ("section action", {"type": "section", "title": "Popular", "actions": ["See all"]},
     ".dsl-section-actions>.dsl-button", (None, 44), (None, 32)),
    ("plain list row", {"type": "list", "items": [{"label": "Kyoto", "icon": "history"}]}, ".dsl-list-item",
     (None, 44), (None, 20)),
]  # fmt: skip


@pytest.mark.parametrize(("element", "selector", "phone", "elsewhere"), [case[1:] for case in SIZES],
                         ids=[case[0] for case in SIZES])  # fmt: skip
async def test_a_phone_sizes_controls_for_a_finger_and_other_canvases_keep_theirs(
    pool: ChromiumPool, element: dict[str, Any], selector: str,
    phone: tuple[float | None, float], elsewhere: tuple[float | None, float],
) -> None:  # fmt: skip
    """Measured by a mobile designer before: a 36 px button and field, a 28 px chip, a 38 x 22
    switch, an 18 px checkbox and 39 px bottom tabs on a phone. Apple asks 44 pt targets."""
    for device, expected in (("mobile", phone), (None, elsewhere)):
        image = await render(pool, [element], device=device, css=painted(selector))
        box = box_where(image, is_blue)
        assert box is not None, (device, selector)
        width, height = css_size(box)
        assert height == expected[1], (device, box)
        if expected[0] is not None:
            assert width == expected[0], (device, box)


RECENT_SEARCHES = {
    "type": "list",
    "items": [{"label": "Kyoto in cherry blossom season", "icon": "history", "shortcut": "×"},
              {"label": "Reykjavik northern lights tour", "icon": "history", "shortcut": "×"}],
}  # fmt: skip


async def test_a_phones_plain_list_rows_are_a_fingers_height_one_under_the_other(pool: ChromiumPool) -> None:
    """Measured before: 20 px rows 10 px apart (a recent search's). On a phone each row is 44 px
    and the next starts where it ends; elsewhere they keep their 20 px and 10 px."""
    for device, pitch in (("mobile", 44), (None, 30)):
        image = await render(
            pool, [RECENT_SEARCHES], device=device, css=painted(".dsl-list-item:first-child")
        )
        first = box_where(image, is_blue)
        image = await render(pool, [RECENT_SEARCHES], device=device, css=painted(".dsl-list-item:last-child"))
        second = box_where(image, is_blue)
        assert first is not None and second is not None, device
        assert (second[1] - first[1]) / SCALE == pitch, (device, first, second)


async def test_a_cross_shortcut_is_a_remove_button_on_a_phone_and_a_key_elsewhere(pool: ChromiumPool) -> None:
    """A `shortcut: "×"` was a 10 px glyph: on a phone it is a 44 px square button at the row's
    end, as tall as its row (which it does not make taller); elsewhere it stays the key it was."""
    image = await render(pool, [RECENT_SEARCHES], css=painted(".dsl-list-item:first-child .dsl-list-remove"))
    button = box_where(image, is_blue)
    assert button is not None and css_size(button) == (44, 44), button
    row = await render(pool, [RECENT_SEARCHES], css=painted(".dsl-list-item:first-child"))
    row_box = box_where(row, is_blue)
    assert row_box is not None and (row_box[1], row_box[3]) == (button[1], button[3]), (row_box, button)
    assert row_box[2] - button[2] <= SCALE, (row_box, button)  # at the row's end
    desktop = await render(pool, [RECENT_SEARCHES], device=None, css=painted(".dsl-list-remove"))
    assert box_where(desktop, is_blue) is None
    key = await render(pool, [RECENT_SEARCHES], device=None, css=painted(".dsl-list-kbd"))
    assert box_where(key, is_blue) is not None


async def test_a_named_density_wins_on_a_phone(pool: ChromiumPool) -> None:
    button = {"type": "button", "label": "Continue"}
    for theme, height in (
        ({"density": "comfortable"}, 36),
        ({"density": "compact"}, 32),
        ({"base": "dark"}, 44),
    ):
        image = await render(pool, [button], css=painted(".dsl-button"), theme=theme)
        box = box_where(image, is_blue)
        assert box is not None and css_size(box)[1] == height, (theme, box)


async def test_a_desktop_page_asking_for_touch_gets_it(pool: ChromiumPool) -> None:
    image = await render(pool, [{"type": "input"}], device=None, css=painted(".dsl-control"),
                         theme={"density": "touch"})  # fmt: skip
    box = box_where(image, is_blue)
    assert box is not None and css_size(box)[1] == 44


# -- text ------------------------------------------------------------------------------------------


def is_dark_ink(colour: RGB) -> bool:
    """The core of dark text's strokes (not a field's or a box's grey border)."""
    return luminance(colour) < 90


def ink_groups(image: Image.Image, region: Box, gap: int = 24) -> list[Box]:
    """The boxes of the dark ink in `region`, strokes less than `gap` px apart counted as one
    (a word, not its letters)."""
    columns = column_runs(image, is_dark_ink, region)
    groups: list[list[int]] = []
    for start, end in columns:
        if groups and start - groups[-1][1] < gap:
            groups[-1][1] = end
        else:
            groups.append([start, end])
    boxes = [box_where(image, is_dark_ink, (start, region[1], end, region[3])) for start, end in groups]
    return [box for box in boxes if box is not None]


TEXTS = [
    ("text", {"type": "text", "text": "HHHH"}),
    ("paragraph", {"type": "paragraph", "text": "HHHH", "style": {"color": "#000000"}}),
    ("field's text", {"type": "input", "value": "HHHH", "layout": {"width": 200}}),
    ("checkbox label", {"type": "checkbox", "label": "HHHH"}),
    ("list row", {"type": "list", "variant": "divided", "items": [{"label": "HHHH"}]}),
]


@pytest.mark.parametrize("element", [case[1] for case in TEXTS], ids=[case[0] for case in TEXTS])
async def test_a_phone_draws_body_and_field_text_at_16_px(
    pool: ChromiumPool, element: dict[str, Any]
) -> None:
    """A capital's height grows as 16 px does from 14 px (Safari zooms into a field whose text is
    under 16 px; iOS's body text is 17 pt)."""
    heights = []
    for device in ("mobile", None):
        image = await render(pool, [element], device=device)
        groups = ink_groups(image, (0, 0, image.width, image.height))
        assert groups, device
        capital = groups[0]
        heights.append(capital[3] - capital[1])
    phone, elsewhere = heights
    assert phone / elsewhere == pytest.approx(16 / 14, abs=0.06), heights


async def test_a_small_fields_text_stays_16_px_on_a_phone(pool: ChromiumPool) -> None:
    """A small field is shorter on a phone (36 px) but its text is not made smaller than 16 px
    (elsewhere a small field's is 13 px, a small button's): a large one's is 17 px."""
    heights = []
    for size in ("sm", "md", "lg"):
        image = await render(pool, [{"type": "input", "value": "HHHH", "size": size}])
        groups = ink_groups(image, (0, 0, image.width, image.height))
        assert groups, size
        heights.append(groups[0][3] - groups[0][1])
    small, medium, large = heights
    assert small == medium, heights
    assert large / medium == pytest.approx(17 / 16, abs=0.05) and large > medium, heights


@pytest.mark.parametrize("device", [None, "mobile"])
async def test_a_fields_text_shares_its_pixel_rows_with_choice_labels_beside_it(
    pool: ChromiumPool, device: str | None
) -> None:
    """At 1x, an input's text sat a pixel lower than a checkbox's and a switch's label in the same
    row (its 21 px line put it half a pixel off): now their capitals cover the same rows."""
    row = {"type": "row", "children": [
        {"type": "input", "value": "HHHH", "layout": {"width": 160}},
        {"type": "checkbox", "label": "HHHH"}, {"type": "toggle", "label": "HHHH"}]}  # fmt: skip
    image = await render(pool, [row], device=device, scale=1, width=600, height=120)
    words = ink_groups(image, (0, 0, image.width, image.height), gap=12)
    assert len(words) == 3, words
    rows = {(box[1], box[3]) for box in words}
    assert len(rows) == 1, words


# -- a deep brand on a dark theme --------------------------------------------------------------------


DEEP_BRAND = {"base": "dark", "primary": "#1e1b4b"}
"""A deep indigo brand: drawn as it is, a mark in it stands at 1.2:1 on the dark page."""

MARKS = [
    # what, its element, the box located, where its mark's colour is read (fractions of the box)
    ("switch on", {"type": "toggle", "label": "On", "checked": True}, ".dsl-switch", (0.2, 0.5)),
    ("checked box", {"type": "checkbox", "label": "Done", "checked": True}, ".dsl-checkmark", (0.15, 0.15)),
    ("active link's underline", {"type": "navbar", "items": [{"label": "Home", "active": True}, "Docs"]},
     ".dsl-navbar-link.is-active", (0.5, 0.99)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("element", "selector", "at"), [case[1:] for case in MARKS], ids=[case[0] for case in MARKS]
)
async def test_a_deep_brands_marks_stand_out_on_a_dark_theme(
    pool: ChromiumPool, element: dict[str, Any], selector: str, at: tuple[float, float]
) -> None:
    """A switch that is on, a checked box and an active link's underline in #1e1b4b on the dark
    theme's #18181b and #09090b could not be told from off; they are drawn in a lighter indigo
    that stands out at 3:1 (WCAG's 1.4.11), from the surface and from the page."""
    located = await render(
        pool, [element], device=None, css=painted(selector), theme=DEEP_BRAND, background=None
    )
    box = box_where(located, is_blue)
    assert box is not None
    plain = await render(pool, [element], device=None, theme=DEEP_BRAND, background=None)
    x = box[0] + int((box[2] - box[0]) * at[0])
    y = min(box[1] + int((box[3] - box[1]) * at[1]), box[3] - 1)
    mark = plain.getpixel((x, y))
    assert isinstance(mark, tuple)
    for ground in ((0x18, 0x18, 0x1B), (0x09, 0x09, 0x0B)):
        assert contrast(mark[:3], ground) >= 3, (mark, ground)  # type: ignore[arg-type]
    assert max(mark[:3]) - min(mark[:3]) > 12, mark  # an indigo still, not a grey
