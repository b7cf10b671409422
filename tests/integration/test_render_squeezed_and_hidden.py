"""What a render says of content squeezed, cut at a box's side or hidden in a scrolling box, on
real Chromium: a grid of too many columns on a phone, a column crushed by a fixed-width sibling,
a card holding a picture wider than itself, a screen above a bottom tab bar with more rows than
fit; and none of it where a layout is sound (every bundled example, hyphenated words, Chinese)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from kernel.dsl.compiler.elements.navigation import BOTTOM_BAR_HEIGHT
from kernel.dsl.measured.hidden import Hidden, hidden_warning
from kernel.errors import Issue
from kernel.warning_kinds import fails_strict, warning_kind
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import decode, render_dsl

pytestmark = pytest.mark.integration

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
MEASURED = ("content_squeezed", "content_cut")


def phone(*elements: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"device": "mobile", "elements": list(elements), **more}


async def measured(pool: ChromiumPool, document: dict[str, Any]) -> list[Issue]:
    _, image = await render_dsl(pool, document)
    return list(image.measured_warnings)


FEATURE = {
    "type": "card",
    "icon": "mic",
    "title": "Automatic recording",
    "description": "Joins calls on its own.",
}


async def test_a_grid_of_too_many_columns_on_a_phone_names_the_squeezed_box(pool: ChromiumPool) -> None:
    """Four columns on a 390 px screen: the card's title broke a few letters a line and nothing
    said so. Two columns fit and say nothing. (A phone draws a grid of cards one a line unless the
    grid says `wrap: false`, as these do.)"""
    crowded = {"type": "grid", "columns": 4, "gap": 24, "wrap": False, "children": [FEATURE] * 4}
    (warning,) = await measured(pool, phone(crowded))  # one for the cells squeezed alike
    assert (warning.code, warning.path) == ("content_squeezed", "/elements/0/children/0")
    assert "(so are /elements/0/children/1, /elements/0/children/2 beside it)" in warning.message
    assert "squeezed to" in warning.message and "fewer columns" in (warning.suggestion or "")
    roomy = {**crowded, "columns": 2}
    assert await measured(pool, phone(roomy)) == []


async def test_a_column_crushed_by_a_fixed_width_sibling_is_named(pool: ChromiumPool) -> None:
    """A `flex: 1` column of a heading, a list and a command beside a 300 px one on a phone was
    squeezed to a few px: the list went a word a line and the command to a sliver. (Panes that do
    not fit side by side on a phone now stack, so the row says `wrap: false` to keep them so.)"""
    text = {
        "type": "column",
        "style": {"flex": 1},
        "children": [
            {"type": "heading", "level": 3, "text": "Export to PDF keeps your fonts"},
            {
                "type": "list",
                "items": ["Fonts embedded in exported PDFs", "Fixed blurry images on Retina exports"],
            },
            {"type": "code", "text": "curl -X POST https://api.orbit.app/v1/webhooks"},
        ],
    }
    side = {
        "type": "column",
        "layout": {"width": 300},
        "children": [{"type": "button", "label": "Subscribe"}],
    }
    warnings = await measured(
        pool, phone({"type": "row", "align": "start", "gap": 48, "wrap": False, "children": [text, side]})
    )
    assert ("content_squeezed", "/elements/0/children/0") in [(w.code, w.path) for w in warnings], warnings


async def test_a_card_holding_a_picture_wider_than_itself_says_what_it_cuts_off(pool: ChromiumPool) -> None:
    """A 520 px picture in a row card on a phone pushed the card's text out past its side, where
    the card clipped it: the text was gone without a word."""
    wide = {
        "type": "card",
        "padding": 0,
        "direction": "row",
        "gap": 0,
        "children": [
            {"type": "image", "alt": "Cover", "layout": {"width": 520, "height": 200}},
            {
                "type": "column",
                "padding": 24,
                "style": {"flex": 1},
                "children": [{"type": "heading", "level": 2, "text": "Orbit 3.0"}],
            },
        ],
    }
    (warning,) = [w for w in await measured(pool, phone(wide)) if w.path == "/elements/0"]
    assert warning.code == "content_cut" and "past its side" in warning.message
    fitting = {
        **wide,
        "children": [{**wide["children"][0], "layout": {"width": 120, "height": 120}}, wide["children"][1]],
    }
    assert await measured(pool, phone(fitting)) == []


async def test_rows_hidden_under_a_bottom_tab_bar_are_told(pool: ChromiumPool) -> None:
    """The screen above a bottom tab bar cuts what does not fit, as an app scrolls: 20 rows lost
    their last four without a word; now the bar's screen says how much it hides."""
    rows = [f"Row {n}" for n in range(1, 21)]
    bar = {
        "type": "tabs",
        "variant": "bottom",
        "items": [{"label": "Home", "icon": "house"}, {"label": "Me", "icon": "user"}],
        "children": [{"type": "list", "variant": "divided", "items": rows}],
    }
    (warning,) = await measured(pool, phone(bar))
    assert (warning.code, warning.path) == ("content_cut", "/elements/0")
    assert "hidden there" in warning.message and "full_page" in (warning.suggestion or "")
    short = {**bar, "children": [{"type": "list", "variant": "divided", "items": rows[:3]}]}
    assert await measured(pool, phone(short)) == []


async def test_narrow_boxes_that_read_well_are_not_called_squeezed(pool: ChromiumPool) -> None:
    """A hyphenated German word in a narrow column, Chinese in a narrow box, a tooltip's bubble
    wider than its button, and short labels under icons are what narrow boxes are for."""
    document = {
        "width": 600,
        "height": 300,
        "lang": "de",
        "elements": [
            {
                "type": "row",
                "children": [
                    {
                        "type": "column",
                        "layout": {"width": 100},
                        "children": [{"type": "paragraph", "text": "Rechnungsadresse bestätigen"}],
                    },
                    {
                        "type": "column",
                        "layout": {"width": 60},
                        "children": [{"type": "paragraph", "text": "设置通知偏好设置"}],
                    },
                    {
                        "type": "tooltip",
                        "text": "Copies a share link",
                        "variant": "bottom",
                        "children": [{"type": "button", "label": "Share", "size": "sm"}],
                    },
                ],
            }
        ],
    }
    assert [w for w in await measured(pool, document) if w.code == "content_squeezed"] == []


async def test_no_bundled_example_is_squeezed_clipped_or_hidden(pool: ChromiumPool) -> None:
    """The examples are sound layouts at their own sizes: the new measurements find nothing."""
    for path in sorted(EXAMPLES.glob("*.yaml")):
        warnings = await measured(pool, yaml.safe_load(path.read_text()))
        assert [w for w in warnings if w.code in MEASURED] == [], path.name


async def test_messages_cut_above_a_chats_input_bar_are_told(pool: ChromiumPool) -> None:
    """A chat's messages taking a screen-high column's free room end just above the input bar,
    the earlier ones cut at the top as an app scrolled to its newest shows them: the render
    says how much they hide, and where."""
    bubbles = [{"type": "paragraph", "text": f"Message {n} with a little text"} for n in range(30)]
    chat = {
        "type": "column",
        "layout": {"height": "100%"},
        "children": [
            {"type": "heading", "level": 3, "text": "Maya Chen"},
            {"type": "column", "style": {"flex": 1}, "children": bubbles},
            {
                "type": "row",
                "children": [
                    {"type": "input", "placeholder": "Message"},
                    {"type": "button", "label": "Send"},
                ],
            },
        ],
    }
    (warning,) = await measured(pool, phone(chat))
    assert (warning.code, warning.path) == ("content_cut", "/elements/0/children/1")
    assert "hidden there" in warning.message and "above the top of its box" in warning.message


async def test_content_running_under_a_pinned_bottom_tab_bar_is_told(pool: ChromiumPool) -> None:
    """A feed that just fits the screen but for its last button: the pinned bar covered the
    button with no word (nothing ran below the screen). A screen that leaves the bar its room
    says nothing."""
    bar = {
        "type": "tabs",
        "variant": "bottom",
        "items": [{"label": "Home", "icon": "house"}, {"label": "Me", "icon": "user"}],
    }
    button = {"type": "button", "label": "Load more posts", "variant": "primary"}
    covered = phone(
        {"type": "heading", "text": "Feed"},
        {"type": "card", "title": "Post", "layout": {"height": 700}},
        button,
        bar,
    )
    (warning,) = await measured(pool, covered)
    assert (warning.code, warning.path) == ("content_cut", "/elements/3")
    assert "run under it and are hidden" in warning.message and "leave room for the bar" in (
        warning.suggestion or ""
    )
    roomy = phone(
        {"type": "heading", "text": "Feed"},
        {"type": "card", "title": "Post", "layout": {"height": 500}},
        button,
        bar,
    )
    assert await measured(pool, roomy) == []


async def test_a_feed_scrolling_under_a_pinned_bottom_tab_bar_is_a_note_not_a_cut(pool: ChromiumPool) -> None:
    """Three listing cards under a navbar ran past a phone's screen under its pinned tab bar: the
    render said "make height 174 px larger", which would push the bar off the screen's edge, and
    --strict refused the screen. It is a screen that scrolls under its bar: a note at the bar, no
    cut below the canvas, and the bar still drawn on the screen's bottom edge."""
    card = {"type": "card", "src": "a.jpg", "alt": "House", "title": "£1,250,000", "description": "London N1"}
    bar = {
        "type": "tabs",
        "variant": "bottom",
        "items": [{"label": "Search", "icon": "search", "active": True}, {"label": "Saved", "icon": "heart"}],
    }
    prepared, image = await render_dsl(
        pool, phone({"type": "navbar", "title": "Results"}, card, card, card, bar)
    )
    (warning,) = image.measured_warnings
    assert (warning.code, warning.path) == ("screen_scrolls", "/elements/4")
    assert warning_kind(warning.code) == "note" and not fails_strict(warning.code, True)
    px = int(warning.message.split("runs ")[1].split(" px")[0])
    assert px > 100 and "leave it so if the screen is meant to scroll" in (warning.suggestion or "")
    assert image.cut_px == 0
    # The bar's top border is still a line across the screen just above its bottom edge.
    pixels = decode(image.data).convert("RGB")
    scale = prepared.viewport.scale
    bar_top = round((prepared.viewport.height - BOTTOM_BAR_HEIGHT) * scale)
    rows = [y for y in range(bar_top - 40, pixels.height) if _is_rule(pixels, y)]
    assert rows and pixels.height - rows[0] < (BOTTOM_BAR_HEIGHT + 40) * scale
    _, whole = await render_dsl(
        pool, phone({"type": "navbar", "title": "Results"}, card, card, card, bar), full_page=True
    )
    assert whole.measured_warnings == () or all(w.code != "screen_scrolls" for w in whole.measured_warnings)
    assert decode(whole.data).height >= decode(image.data).height + px * scale - scale


def _is_rule(pixels: Any, y: int) -> bool:
    """Whether row `y` is a light grey line across the screen (a bar's top border), not white."""
    colours = {pixels.getpixel((x, y)) for x in range(0, pixels.width, max(1, pixels.width // 40))}
    return len(colours) == 1 and all(200 < channel < 250 for channel in next(iter(colours)))


def test_hidden_content_is_told_with_what_shows_it_all() -> None:
    """A scrolling box says a full page shows it all (and how on each surface); one in a box of
    set height, which a full page cannot grow, says to give that box the height; both say that a
    screen meant to scroll may stay so."""
    scroll = hidden_warning(Hidden("/elements/0", 227)).suggestion or ""
    fixed = hidden_warning(Hidden("/elements/0/children/1", 276, "fixed")).suggestion or ""
    assert "--full-page on the command line, full_page in the API's and MCP's options" in scroll
    assert "give the box that holds it 276 px more height" in fixed and "full" not in fixed
    assert all(text.startswith("leave it so if the screen is meant to scroll") for text in (scroll, fixed))
