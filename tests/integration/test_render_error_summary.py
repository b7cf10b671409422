"""A GOV.UK error page on real Chromium: a field's hint and error both drawn (label, hint, error,
control), an alert holding an error summary's list of links, list entries with an `href` drawn
as links, a radio group's options in its style's font size, and an alert without its icon."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from playwright.async_api import Browser

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, close_to, render_dsl, rgb
from tests.support.chromium_layout import laid_out, layout_browser

pytestmark = pytest.mark.integration

LINK_BLUE = (0x1D, 0x70, 0xB8)
"""GOV.UK's link colour, the theme's primary in these pages (4.9:1 on white: drawn as written)."""


@pytest_asyncio.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    """A Chromium launched as the pool's are (the same fonts), to read where a page put things."""
    async with layout_browser() as launched:
        yield launched


def page(*elements: dict[str, Any], theme: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "width": 640,
        "height": "auto",
        "background": "#ffffff",
        "theme": theme or {"primary": "#1d70b8", "text": "#0b0c0c", "radius": 0},
        "elements": list(elements),
    }


BOXES = """(selector) => [...document.querySelectorAll(selector)].map((element) => {
  const r = element.getBoundingClientRect(), style = getComputedStyle(element);
  return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, text: element.textContent,
          fontSize: style.fontSize, color: style.color, decoration: style.textDecorationLine};
})"""


async def boxes(browser: Browser, document: dict[str, Any], selector: str) -> list[dict[str, Any]]:
    """The boxes (and a few computed styles) of what `selector` matches on `document`'s page."""
    script = f"() => ({BOXES})({selector!r})"
    found: list[dict[str, Any]] = await laid_out(browser, document, script)
    return found


def css_rgb(colour: str) -> tuple[int, int, int]:
    """A computed `rgb(r, g, b)` as its numbers."""
    red, green, blue = (int(part) for part in colour.removeprefix("rgb(").removesuffix(")").split(","))
    return red, green, blue


FULL_NAME = {"type": "input", "label": "Full name", "hint": "As it appears on your passport",
             "error": "Enter your full name"}  # fmt: skip


@pytest.mark.parametrize("where", ["column", "grid"])
async def test_a_fields_hint_and_error_are_drawn_between_its_label_and_its_control(
    browser: Browser, where: str
) -> None:
    """The tester's full name field: label, hint, error, then the box, one under another and
    none overlapping (in a grid too, whose fields put their controls on a shared track)."""
    field = (
        FULL_NAME if where == "column" else {"type": "grid", "columns": 2, "children": [FULL_NAME, FULL_NAME]}
    )
    selector = ".dsl-field-label,.dsl-field-hint,.dsl-field-error,.dsl-control"
    label, hint, error, control = (await boxes(browser, page(field), selector))[:4]
    assert label["text"] == "Full name" and hint["text"] == FULL_NAME["hint"]
    assert label["bottom"] <= hint["top"] < hint["bottom"] <= error["top"] < error["bottom"] <= control["top"]


async def test_an_alert_draws_its_children_under_its_title(browser: Browser) -> None:
    """An error summary: the list of links inside the red alert, under its title, each entry in
    the link colour."""
    summary = {"type": "alert", "variant": "danger", "title": "There is a problem", "children": [
        {"type": "list", "items": [{"label": "Enter a year", "href": "#dob-year"},
                                   {"label": "Enter your full name", "href": "#full-name"}]}]}  # fmt: skip
    document = page(summary)
    (alert,) = await boxes(browser, document, ".dsl-alert")
    (title,) = await boxes(browser, document, ".dsl-alert-title")
    links = await boxes(browser, document, ".dsl-alert .dsl-list-link")
    assert [link["text"] for link in links] == ["Enter a year", "Enter your full name"]
    for link in links:
        assert title["bottom"] <= link["top"] and link["bottom"] <= alert["bottom"]
        assert alert["left"] < link["left"] < alert["right"]
    for link in links:  # the link colour, a shade darker to read at 4.5:1 on the red tint
        assert close_to(css_rgb(link["color"]), LINK_BLUE, 12), link["color"]


async def test_list_entries_with_an_href_are_drawn_in_the_link_colour(pool: ChromiumPool) -> None:
    """Pixels: the entries with an href are drawn in the link colour, the plain one is not."""
    listed = {"type": "list", "items": [{"label": "Linked entry", "href": "#a"}, "Plain entry"]}
    _, image = await render_dsl(pool, page(listed))
    picture = rgb(image.data)
    half = picture.height // 2
    linked = box_where(picture, lambda colour: close_to(colour, LINK_BLUE, 30))
    assert linked is not None, "no ink in the link colour"
    assert linked[3] <= half + 10, f"link colour below the first entry: {linked}"
    plain = box_where(
        picture, lambda colour: close_to(colour, LINK_BLUE, 30), (0, linked[3] + 2, 640, picture.height)
    )
    assert plain is None, "the entry without an href is drawn in the link colour"


async def test_a_list_links_are_underlined_where_the_link_colour_is_near_the_text(browser: Browser) -> None:
    """The link rules: a link colour within 3:1 of the text's needs the underline to be told
    (WCAG 1.4.1); GOV.UK's blue on its near-black text does not; a list given a colour draws its
    links in it, underlined."""
    listed = {"type": "list", "items": [{"label": "Linked", "href": "#a"}]}
    (apart,) = await boxes(browser, page(listed), ".dsl-list-link")
    near = page(listed, theme={"primary": "#3a3a3a", "text": "#111111"})
    (close,) = await boxes(browser, near, ".dsl-list-link")
    coloured = page({**listed, "style": {"color": "#d4351c"}})
    (red,) = await boxes(browser, coloured, ".dsl-list-link")
    assert apart["decoration"] == "none"
    assert close["decoration"] == "underline"
    assert red["decoration"] == "underline" and red["color"] == "rgb(212, 53, 28)"


async def test_a_radio_groups_style_font_size_sizes_its_options(browser: Browser) -> None:
    """`style.fontSize` on a radio group was ignored (each option set its own 14 px) while a
    checkbox took it: its options' words take it now, its question keeps a field label's size."""
    document = page(
        {"type": "radio", "label": "Plain", "options": ["Yes", "No"]},
        {"type": "radio", "label": "Sized", "style": {"fontSize": 19}, "options": ["Yes", "No"]},
        {"type": "radio", "label": "Cards", "variant": "cards", "style": {"fontSize": 19}, "options": ["A"]},
        {"type": "checkbox", "label": "Ticked", "style": {"fontSize": 19}},
    )
    labels = await boxes(browser, document, ".dsl-choice-label")
    questions = await boxes(browser, document, ".dsl-radio>.dsl-field-label")
    assert [label["fontSize"] for label in labels] == ["14px", "14px", "19px", "19px", "19px", "19px"]
    assert [question["fontSize"] for question in questions] == ["14px", "14px", "14px"]


@pytest.mark.parametrize("written", ["none", False, ""])
async def test_an_alert_without_its_icon_starts_its_title_at_its_edge(
    browser: Browser, written: object
) -> None:
    """`icon: none` (or false, or "") takes the bell away: no icon box, and the title starts at
    the alert's padding where the icon and its gap were."""
    alert = {"type": "alert", "variant": "neutral", "title": "Cookies on GOV.UK", "text": "We use cookies."}
    document = page(alert, {**alert, "icon": written})
    icons = await boxes(browser, document, ".dsl-alert-icon")
    titles = await boxes(browser, document, ".dsl-alert-title")
    alerts = await boxes(browser, document, ".dsl-alert")
    assert len(icons) == 1 and icons[0]["top"] < alerts[0]["bottom"], "only the first alert draws its icon"
    with_icon, without = (title["left"] - box["left"] for title, box in zip(titles, alerts, strict=True))
    assert without < with_icon - 20, (with_icon, without)
    assert without <= 24
