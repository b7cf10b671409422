"""A form card in a tablet's narrow column, drawn by Chromium: a row of text fields that does not
fit at their least widths wraps inside the card instead of running past its border, and a short
add-on ("+358") keeps its words whole while the value takes the squeeze."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from playwright.async_api import Browser

from kernel.dsl.measured.truncated_texts import TEXT_TRUNCATED
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    box_where,
    close_to,
    column_runs,
    is_blue,
    is_green,
    painted,
    render_dsl,
    rgb,
    row_runs,
)
from tests.support.chromium_layout import laid_out, layout_browser

pytestmark = pytest.mark.integration


@pytest_asyncio.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    """A Chromium launched as the pool's are (the same fonts), to read where a page put things."""
    async with layout_browser() as launched:
        yield launched


TITLE = {"type": "select", "label": "Title", "options": ["Mr", "Ms"], "value": "Ms", "layout": {"width": 100}}
NAMES = [
    TITLE,
    {"type": "input", "label": "First names", "value": "Aino Helena"},
    {"type": "input", "label": "Last name", "value": "Virtanen-Äijälä"},
]
PHONE = {"type": "input", "label": "Phone", "prefix": "+358", "value": "40 123 4567"}


def beside_summary(*rows: list[dict[str, Any]], device: str | None = None, css: str = "") -> dict[str, Any]:
    """The tester's checkout: a form card in the column left of a 400 px summary card, 768 px wide
    (330 px for the form, 266 px inside its padding)."""
    form = {"type": "form", "variant": "card", "title": "Traveller 1",
            "children": [{"type": "row", "children": row} for row in rows]}  # fmt: skip
    column = {"type": "column", "style": {"flex": 1}, "children": [form]}
    summary = {"type": "card", "title": "Summary", "layout": {"width": 400}}
    document = {"width": 768, "height": "auto", "css": css,
                "elements": [{"type": "row", "align": "start", "children": [column, summary]}]}  # fmt: skip
    return {**document, "device": device} if device else document


BOXES = """() => {
  const rect = (e) => { const r = e.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  const form = document.querySelector('.dsl-form--card');
  const pad = parseFloat(getComputedStyle(form).paddingRight);
  const border = parseFloat(getComputedStyle(form).borderRightWidth);
  return {inside: form.getBoundingClientRect().right - pad - border,
          fields: [...form.querySelectorAll('.dsl-field')].map(rect)};
}"""


@pytest.mark.parametrize("device", [None, "tablet"])
async def test_a_row_of_fields_too_wide_for_a_narrow_card_wraps_inside_it(
    browser: Browser, device: str | None
) -> None:
    """Title (100 px), First names and Last name at their least 80 px need 284 px of the 266:
    "Last name" ran past the card's right border, unwarned. It starts the next line now, as wide
    as the row, and every field ends inside the card's padding."""
    placed = await laid_out(browser, beside_summary(NAMES, device=device), BOXES)
    title, first, last = placed["fields"]
    assert all(field["right"] <= placed["inside"] + 0.5 for field in placed["fields"]), placed
    # Title and First names share a line
    assert first["top"] == title["top"] and first["left"] > title["right"]
    assert last["top"] >= title["bottom"]  # Last name is on the next one
    assert last["left"] == title["left"] and last["right"] == pytest.approx(first["right"], abs=0.5)


async def test_fields_that_fit_keep_their_line(browser: Browser) -> None:
    """Two fields that fit at their least widths are laid out as before: side by side, sharing the row."""
    email = {"type": "input", "label": "Email", "value": "aino@example.fi"}
    placed = await laid_out(browser, beside_summary([email, PHONE]), BOXES)
    first, second = placed["fields"]
    assert first["top"] == second["top"]
    assert second["right"] == pytest.approx(placed["inside"], abs=0.5)
    assert first["right"] - first["left"] == pytest.approx(second["right"] - second["left"], abs=0.5)


async def test_no_field_is_drawn_past_the_cards_border(pool: ChromiumPool) -> None:
    """The pixels: with the card painted green and the fields' boxes blue, every blue box lies
    inside the green card, and three boxes are drawn (one of them on a second line)."""
    css = painted(".dsl-form--card", "#00ff00") + painted(".dsl-control", "#0000ff")
    _, image = await render_dsl(pool, beside_summary(NAMES, device="tablet", css=css), scale=1)
    picture = rgb(image.data)
    card = box_where(picture, is_green)
    fields = box_where(picture, is_blue)
    assert card is not None and fields is not None
    assert fields[2] <= card[2] - 16, (fields, card)  # inside the card's padding, not across its border
    lines = row_runs(picture, is_blue, card)
    assert len(lines) == 2, lines  # Title beside First names; Last name under them, as wide as both
    first_line = column_runs(picture, is_blue, (card[0], lines[0][0], card[2], lines[0][1]))
    second_line = column_runs(picture, is_blue, (card[0], lines[1][0], card[2], lines[1][1]))
    assert len(first_line) == 2 and len(second_line) == 1, (first_line, second_line)
    assert second_line[0] == (first_line[0][0], first_line[1][1])


ADDON_CSS = ".dsl-control-addon{background:#0000ff!important;color:#ffffff!important}"


def white_ink_width(image: Any, addon: tuple[int, int, int, int]) -> int:
    """How wide the add-on's words are drawn: the span of its light pixels inside its blue box."""
    inner = (addon[0] + 1, addon[1] + 1, addon[2] - 1, addon[3] - 1)
    words = box_where(image, lambda colour: not close_to(colour, (0, 0, 255), 60), inner)
    assert words is not None, "the add-on draws no words"
    return words[2] - words[0]


async def test_a_short_prefix_keeps_its_words_whole_and_the_value_takes_the_squeeze(
    pool: ChromiumPool,
) -> None:
    """On a tablet the Phone field of an [Email, Phone] row is 121 px: "+358" was cut to "+…", an
    empty grey segment, beside "40 123…". The prefix is drawn as wide as in a roomy field now; the
    value is what ends in an ellipsis, and the render names the value, not the add-on."""
    email = {"type": "input", "label": "Email", "value": "aino.virtanen@example.fi", "icon": "mail"}
    narrow = beside_summary([email, PHONE], device="tablet", css=ADDON_CSS)
    _, squeezed = await render_dsl(pool, narrow, scale=1)
    roomy = {"width": 768, "height": 200, "device": "tablet", "css": ADDON_CSS, "elements": [PHONE]}
    _, whole = await render_dsl(pool, roomy, scale=1)
    squeezed_addon, whole_addon = box_where(rgb(squeezed.data), is_blue), box_where(rgb(whole.data), is_blue)
    assert squeezed_addon is not None and whole_addon is not None
    drawn = white_ink_width(rgb(squeezed.data), squeezed_addon)
    assert drawn == white_ink_width(rgb(whole.data), whole_addon)
    cut = [w.message for w in squeezed.measured_warnings if w.code == TEXT_TRUNCATED]
    assert not any("add-on" in message for message in cut), cut
    assert any("'40 123 4567'" in message for message in cut), cut


BOX_TEXTS = """() => [...document.querySelectorAll('.dsl-control-addon>span, .dsl-control-value')]
  .map(e => ({text: e.textContent, cut: e.scrollWidth > e.clientWidth, width: e.clientWidth}))"""


async def test_a_long_add_on_still_gives_way_to_the_values_four_characters(browser: Browser) -> None:
    """An add-on of more than 8 characters gives way first, as before: the value keeps 4em."""
    field = {"type": "input", "label": "Workspace", "suffix": ".northwind.app", "value": "acme-logistics"}
    email = {"type": "input", "label": "Email", "value": "aino@example.fi"}
    placed = await laid_out(browser, beside_summary([email, field]), BOX_TEXTS)
    suffix, value = (next(part for part in placed if part["text"] == text)
                     for text in (".northwind.app", "acme-logistics"))  # fmt: skip
    assert suffix["cut"] and value["width"] >= 56, placed
