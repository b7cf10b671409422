"""On real Chromium: a text-only button squeezed below its natural width (a seat map's buttons in a
7-column grid) gives up its sides, down to 4 px, before its label's letters: "12A" to "12F" in
equal cells are all drawn whole (the wider letters were drawn "1…" beside a whole "12E"), a tablet's
touch-sized sides no longer leave a bare "…", and a label that still cannot fit keeps its first
letter and the ellipsis. A button with room keeps its full sides. The seat row's number, a short
text between the buttons, is centred in its row with them (it sat at the top of its cell)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from playwright.async_api import Browser

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import render_dsl
from tests.support.chromium_layout import laid_out, layout_browser

pytestmark = pytest.mark.integration

BOXES = """() => {
  const box = (node) => { const r = node.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  const buttons = [...document.querySelectorAll('.dsl-grid>.dsl-button,.dsl-row>.dsl-button,.dsl-hflow>.dsl-button')]
    .filter((button) => button.querySelector('.dsl-button-label')).map((button) => {
      const label = button.querySelector('.dsl-button-label');
      return {text: label.textContent, box: box(button), label: box(label),
              whole: label.scrollWidth <= label.clientWidth};
    });
  const numbers = [...document.querySelectorAll('.dsl-grid>.dsl-text')].map((text) => {
    const range = document.createRange(); range.selectNodeContents(text);
    return {text: text.textContent, glyphs: box(range)};
  });
  return {buttons, numbers};
}"""


@pytest_asyncio.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    async with layout_browser() as launched:
        yield launched


def seat_map(card_width: int, number_align: str | None = "center", **page: Any) -> dict[str, Any]:
    """The tester's seat map: a header row of letters, then rows 12 and 13 of seats A-C and D-F
    with the row's number (its text aligned `number_align`) between them, small outline buttons in
    7 equal columns of a card."""
    aligned = {"align": number_align} if number_align else {}
    seats: list[dict[str, Any]] = []
    for row in (12, 13):
        for seat in "ABC":
            seats.append({"type": "button", "label": f"{row}{seat}", "variant": "outline", "size": "sm"})
        seats.append({"type": "text", "text": str(row), **aligned})
        for seat in "DEF":
            seats.append({"type": "button", "label": f"{row}{seat}", "variant": "outline", "size": "sm"})
    letters: list[dict[str, Any]] = [{"type": "text", "text": letter, "align": "center"} for letter in "ABC"]
    letters.append({"type": "spacer"})
    letters += [{"type": "text", "text": letter, "align": "center"} for letter in "DEF"]
    grid = {"type": "grid", "columns": 7, "gap": 6, "children": letters + seats}
    card = {"type": "card", "title": "Seats", "layout": {"width": card_width}, "children": [grid]}
    return {"height": "auto", "elements": [{"type": "row", "children": [card]}], **page}


def centre(box: dict[str, float]) -> float:
    return (box["top"] + box["bottom"]) / 2


def sides(button: dict[str, Any]) -> tuple[float, float]:
    """The room between the button's border (1 px) and its label, on each side."""
    outer, label = button["box"], button["label"]
    return label["left"] - outer["left"] - 1, outer["right"] - label["right"] - 1


@pytest.mark.parametrize(
    "page",
    [{"width": 1280}, {"device": "tablet", "lang": "ar"}],
    ids=["desktop-420px-card", "tablet-touch-rtl"],
)
async def test_seats_in_equal_cells_are_all_drawn_whole_between_narrower_sides(
    browser: Browser, page: dict[str, Any]
) -> None:
    width = 420 if "width" in page else 380
    laid = await laid_out(browser, seat_map(width, **page), BOXES)
    seats = laid["buttons"]
    assert len(seats) == 12
    assert [seat["text"].strip("\u2068\u2069") for seat in seats if not seat["whole"]] == []
    widths = {round(seat["box"]["right"] - seat["box"]["left"]) for seat in seats}
    assert len(widths) == 1, widths  # the cells' width: the buttons still fill them
    for seat in seats:
        start, end = sides(seat)
        assert start >= 3.5 and end >= 3.5, (seat["text"], start, end)  # a sensible minimum side
        assert abs(start - end) <= 1, (seat["text"], start, end)  # the label centred


@pytest.mark.parametrize("number_align", ["center", None])
async def test_the_row_number_is_centred_with_the_seats_beside_it(
    browser: Browser, number_align: str | None
) -> None:
    laid = await laid_out(browser, seat_map(420, number_align, width=1280), BOXES)
    numbers = {number["text"]: number["glyphs"] for number in laid["numbers"]}
    for row in ("12", "13"):
        seat = next(seat for seat in laid["buttons"] if seat["text"] == f"{row}A")
        assert abs(centre(numbers[row]) - centre(seat["box"])) <= 1.5, (numbers[row], seat["box"])


async def test_a_grid_align_still_places_the_row_number(browser: Browser) -> None:
    document = seat_map(420, width=1280)
    document["elements"][0]["children"][0]["children"][0]["align"] = "start"
    laid = await laid_out(browser, document, BOXES)
    number = next(number["glyphs"] for number in laid["numbers"] if number["text"] == "12")
    seat = next(seat["box"] for seat in laid["buttons"] if seat["text"] == "12A")
    assert abs(number["top"] - seat["top"]) <= 1, (number, seat)  # the author's align wins


async def test_a_button_with_room_keeps_its_full_sides(browser: Browser) -> None:
    document = {"width": 600, "height": 200, "elements": [
        {"type": "row", "children": [
            {"type": "button", "label": "12A", "variant": "outline", "size": "sm"},
            {"type": "button", "label": "Save changes"},
        ]},
    ]}  # fmt: skip
    small, medium = (await laid_out(browser, document, BOXES))["buttons"]
    assert [round(side) for side in sides(small)] == [12, 12]  # the small size's sides
    assert [round(side) for side in sides(medium)] == [16, 16]


async def test_a_label_that_cannot_fit_keeps_its_first_letter(pool: ChromiumPool) -> None:
    document = seat_map(170, width=600)  # cells of about 9 px: no room even for "1…"
    _, image = await render_dsl(pool, document, scale=1)
    drawn = [warning.message for warning in image.measured_warnings if "is drawn as" in warning.message]
    assert drawn, [warning.message for warning in image.measured_warnings]
    assert all("drawn as '…'" not in message and "as '…' at" not in message for message in drawn), drawn
    assert "drawn as '1" in drawn[0], drawn
