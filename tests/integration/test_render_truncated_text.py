"""What a render says of text it ends in an ellipsis, and of a full page longer than one capture,
on real Chromium: a grid of four buttons on a phone drew "Re…" four times and said nothing; a
full page past 16,384 px was told to raise its height. Labels that fit, and ellipses the design
draws on purpose (a mail list's previews, a textarea's rows), say nothing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from kernel.dsl.issue_caps import PATHS_KEPT
from kernel.dsl.measured.canvas_cut import CONTENT_CUT
from kernel.dsl.measured.collect import with_content_cut
from kernel.dsl.measured.truncated_texts import TEXT_TRUNCATED
from kernel.errors import Issue
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, box_where, decode, render_dsl, rgb

pytestmark = pytest.mark.integration

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


async def truncated(pool: ChromiumPool, document: dict[str, Any]) -> list[Issue]:
    """The render's text_truncated warnings."""
    _, image = await render_dsl(pool, document)
    return [warning for warning in image.measured_warnings if warning.code == TEXT_TRUNCATED]


def button_grid(label: str, columns: int, *, icon: str | None = "send") -> dict[str, Any]:
    button = {"type": "button", "label": label, **({"icon": icon} if icon else {})}
    grid = {"type": "grid", "columns": columns, "gap": 8, "children": [button] * columns}
    return {"width": 390, "height": 120, "elements": [grid]}


def drawn_as(warning: Issue) -> str:
    """What the first quoted text is drawn as, by the warning."""
    found = re.search(r"is drawn as '([^']*)'", warning.message)
    assert found is not None, warning.message
    return found.group(1)


async def test_a_grid_of_buttons_too_narrow_for_their_label_is_one_grouped_warning(
    pool: ChromiumPool,
) -> None:
    """The tester's case: four 'Request money' buttons in 390 px, each cut short; one warning."""
    (warning,) = await truncated(pool, button_grid("Request money", 4, icon=None))
    assert warning.path == "/elements/0/children/0"
    assert warning.message.startswith("the button label 'Request money' does not fit its box")
    shown = drawn_as(warning)
    assert shown.endswith("…") and "Request money".startswith(shown[:-1]) and len(shown) < 10, shown
    assert (
        "so are 3 more like it (/elements/0/children/1, /elements/0/children/2, /elements/0/children/3)"
        in (warning.message)
    )
    advice = warning.suggestion or ""
    assert "fewer grid columns" in advice and "shorten the label" in advice and "icon" not in advice


async def test_a_label_that_fits_says_nothing(pool: ChromiumPool) -> None:
    """Two columns hold 'Request money' whole: no warning of any kind."""
    _, image = await render_dsl(pool, button_grid("Request money", 2))
    assert image.measured_warnings == ()


async def test_a_first_letter_shows_before_a_clipped_ellipsis(pool: ChromiumPool) -> None:
    """A box too narrow even for one letter and the ellipsis once its sides are given up still
    shows the letter (the label keeps its first letter's room): 'S…', as the tester's bank screen
    drew it, for buttons without an icon. The grid's style sets its four columns: `columns: 4` on
    so narrow a canvas would be drawn in fewer (grid_fit). (At 260 px wide the buttons' narrower
    sides now leave room for 'Send' whole.)"""
    labels = ["Send", "Request", "Top up", "More"]
    buttons = [{"type": "button", "label": label, "variant": "secondary"} for label in labels]
    grid = {
        "type": "grid",
        "gap": 8,
        "style": {"gridTemplateColumns": "repeat(4, minmax(0, 1fr))"},
        "children": buttons,
    }
    (warning,) = await truncated(pool, {"width": 170, "height": 100, "elements": [grid]})
    assert drawn_as(warning) == "S…", warning.message
    assert "'Request' as 'R…' at /elements/0/children/1" in warning.message


def _is_success_green(colour: RGB) -> bool:
    """A success badge's text: dark green, not its pale green fill."""
    r, g, b = colour
    return g > r + 40 and g > b + 30 and g < 160


def _lone_badge(text: str, style: dict[str, Any]) -> dict[str, Any]:
    badge = {"type": "badge", "text": text, "variant": "success", "style": style}
    return {"width": 300, "height": 80, "scale": 2, "elements": [{"type": "row", "children": [badge]}]}


@pytest.mark.parametrize("max_width", [50, 60, 70, 80])
async def test_a_cut_text_in_tabular_figures_is_quoted_as_it_is_drawn(
    pool: ChromiumPool, max_width: int
) -> None:
    """A table sets tabular figures, whose font the computed `font` shorthand cannot spell: the
    ellipsis was measured in the canvas's 10px default, and "8 ne…" was quoted where "8 n…" was
    drawn. The quoted text, drawn whole, is as wide as what the cut badge shows (a price: no
    space before the ellipsis, which the quote leaves out)."""
    numeric = {"fontVariantNumeric": "tabular-nums"}
    cut_prepared = _lone_badge("£1,250,000", {"maxWidth": max_width, **numeric})
    _, cut_image = await render_dsl(pool, cut_prepared)
    (warning,) = [w for w in cut_image.measured_warnings if w.code == TEXT_TRUNCATED]
    shown = drawn_as(warning)
    _, whole_image = await render_dsl(pool, _lone_badge(shown, numeric))
    assert not whole_image.measured_warnings, whole_image.measured_warnings
    cut_ink = box_where(rgb(cut_image.data), _is_success_green)
    whole_ink = box_where(rgb(whole_image.data), _is_success_green)
    assert cut_ink is not None and whole_ink is not None
    assert abs((cut_ink[2] - cut_ink[0]) - (whole_ink[2] - whole_ink[0])) <= 1, (shown, cut_ink, whole_ink)


async def test_buttons_with_no_room_for_a_few_letters_beside_their_icon_show_the_icon_alone(
    pool: ChromiumPool,
) -> None:
    """The bank screen's buttons with their icons: no 'S…' beside a plus (nor glyph fragments),
    the icon alone in the middle of the button; the warning says so, of each alike, by its words."""
    labels = ["Send", "Request", "Top up", "More"]
    buttons = [{"type": "button", "label": label, "icon": "plus", "variant": "secondary"} for label in labels]
    grid = {"type": "grid", "columns": 4, "gap": 8, "children": buttons}
    (warning,) = await truncated(pool, {"device": "mobile", "elements": [grid]})
    assert warning.message == (
        "the button label 'Send' has no room for a few letters beside its icon, so the button shows its "
        "icon alone; so do 3 more like it ('Request' at /elements/0/children/1, 'Top up' at "
        "/elements/0/children/2, 'More' at /elements/0/children/3)"
    )
    assert "icon-only button on purpose" in (warning.suggestion or "")


async def test_the_same_label_in_cards_side_by_side_is_one_warning(pool: ChromiumPool) -> None:
    """Cousins, not siblings: each card's button cut alike is named in one warning."""
    card = {
        "type": "card",
        "children": [{"type": "button", "label": "Get started today", "variant": "primary"}],
    }
    grid = {"type": "grid", "columns": 3, "wrap": False, "children": [card, card, card]}  # kept on a phone
    (warning,) = await truncated(pool, {"device": "mobile", "elements": [grid]})
    assert warning.path == "/elements/0/children/0/children/0"
    assert "so are 2 more like it (/elements/0/children/1/children/0, /elements/0/children/2/children/0)" in (
        warning.message
    )


@pytest.mark.parametrize(
    ("element", "noun", "text", "advice"),
    [
        (
            {
                "type": "tabs",
                "variant": "segmented",
                "items": ["Everything together", "Archive"],
                "layout": {"width": 200},
            },
            "tab label",
            "Everything together",
            "fewer tabs",
        ),
        (
            {
                "type": "sidebar",
                "layout": {"width": 150},
                "items": [{"label": "Quarterly financial reports", "icon": "file"}],
            },
            "item",
            "Quarterly financial reports",
            "more width",
        ),
        (
            {
                "type": "select",
                "label": "Country",
                "value": "United Kingdom of Great Britain",
                "layout": {"width": 160},
            },
            "value",
            "United Kingdom of Great Britain",
            "give the field more width",
        ),
        (
            {"type": "search", "placeholder": "Search destinations, hotels, experiences"},
            "placeholder",
            "Search destinations, hotels, experiences",
            "shorten it",
        ),
        (
            {"type": "list", "variant": "divided", "items": [{"label": "Wi-Fi", "value": "HomeNetwork-5G"}]},
            "row's value",
            "HomeNetwork-5G",
            "shorten the value",
        ),
        (
            {"type": "badge", "text": "Awaiting customer confirmation from the bank"},
            "text",
            "Awaiting",
            "shorten",
        ),
        (
            {"type": "stat", "label": "Internationalization", "value": "12"},
            "text",
            "Internationalization",
            "room",
        ),
    ],
    ids=[
        "segmented-tab",
        "sidebar-item",
        "select-value",
        "search-placeholder",
        "list-row-value",
        "badge",
        "stat-label",
    ],
)
async def test_each_kind_of_cut_text_is_named_with_advice_that_fits(
    pool: ChromiumPool, element: dict[str, Any], noun: str, text: str, advice: str
) -> None:
    (warning,) = await truncated(pool, {"width": 160, "height": 200, "elements": [element]})
    entry = element["items"][0] if element["type"] in ("tabs", "sidebar") else None  # where its words are
    assert warning.path == (
        "/elements/0" if entry is None else "/elements/0/items/0" + "/label" * isinstance(entry, dict)
    )
    assert warning.message.startswith(f"the {noun} '{text}"), warning.message
    assert drawn_as(warning).endswith("…") and advice in (warning.suggestion or "")


async def test_a_button_kept_to_two_lines_says_so(pool: ChromiumPool) -> None:
    """A form's action buttons wrap to two lines, then end in an ellipsis."""
    label = "Save all the changes to this very long settings page right now please"
    form = {"type": "form", "actions": [{"label": label, "variant": "primary"}], "children": []}
    (warning,) = await truncated(pool, {"width": 240, "height": 300, "elements": [form]})
    assert "does not fit in 2 lines and is drawn ending '" in warning.message
    assert warning.message.endswith("…'"), warning.message


async def test_more_kinds_than_are_named_are_counted(pool: ChromiumPool) -> None:
    """Three groups are named; a fourth kind cut elsewhere is counted in the last."""
    long = "Awaiting customer confirmation from the bank"
    elements = [
        {"type": "badge", "text": long},
        {"type": "row", "children": [{"type": "badge", "text": long.upper()}]},
        {"type": "column", "children": [{"type": "badge", "text": long.lower()}]},
        {"type": "card", "children": [{"type": "badge", "text": long.title()}]},
    ]
    warnings = await truncated(pool, {"width": 200, "height": 400, "elements": elements})
    assert len(warnings) == 3
    assert "; 1 more text elsewhere ends in an ellipsis too" in warnings[-1].message


async def test_ellipses_the_design_draws_on_purpose_say_nothing(pool: ChromiumPool) -> None:
    """A mail list's one-line previews and a textarea kept to its rows end in an ellipsis by
    design (docs/dsl.md); a menu running past the canvas's side is named for that alone."""
    preview = "Q3 roadmap review - Agenda and pre-read attached. Can we move to 3pm? " * 2
    document = {
        "width": 300,
        "height": 400,
        "elements": [
            {"type": "list", "items": [{"label": "Priya Raman", "description": preview, "badge": "09:14"}]},
            {"type": "textarea", "label": "Message", "rows": 2, "value": preview * 2},
        ],
    }
    _, image = await render_dsl(pool, document)
    assert image.measured_warnings == ()
    menu = {
        "width": 200,
        "height": 200,
        "elements": [{"type": "menu", "items": ["Duplicate this project with all members"]}],
    }
    _, cut = await render_dsl(pool, menu)
    assert [w.code for w in cut.measured_warnings] == [CONTENT_CUT]


async def test_no_bundled_example_ends_a_text_in_an_ellipsis_it_did_not_mean(pool: ChromiumPool) -> None:
    for path in sorted(EXAMPLES.glob("*.yaml")):
        assert await truncated(pool, yaml.safe_load(path.read_text())) == [], path.name


TALL = {
    "width": 400,
    "height": 300,
    "elements": [{"type": "spacer", "size": 20000}, {"type": "text", "text": "end"}],
}
"""The tester's full page: 20,065 px of content, past the 16,384 px a capture holds."""


@pytest.mark.parametrize(("scale", "kept"), [(1, 16_384), (2, 8_192)])
async def test_a_full_page_past_the_capture_limit_says_where_it_stops_not_to_raise_the_height(
    pool: ChromiumPool, scale: int, kept: int
) -> None:
    _, image = await render_dsl(pool, TALL, full_page=True, scale=scale)
    assert decode(image.data).height == 16_384 and image.cut_px == 0  # nothing ran below a canvas
    (warning,) = image.measured_warnings
    assert (warning.path, warning.code) == ("", CONTENT_CUT)
    unit = "px" if scale == 1 else "CSS px"  # at a scale, CSS px are told apart from image px
    assert f"the image stops at {kept:,} {unit}" in warning.message
    assert (
        f"the last {20_065 - kept:,} {unit} are cut off (the end of /elements/0 and all of /elements/1)"
        in warning.message
    )
    advice = warning.suggestion or ""
    assert "a larger 'height' cannot help" in advice and "split the screen" in advice
    assert ("lower scale" in advice) == (scale != 1) and "full page" not in advice
    # The service's and MCP's job warnings: this one alone, no '/height' advice beside it.
    job = with_content_cut([], image.cut_px, [w.as_dict() for w in image.measured_warnings])
    assert [w["path"] for w in job] == [""]


async def test_a_long_list_cut_by_the_capture_limit_names_the_first_element_left_out(
    pool: ChromiumPool,
) -> None:
    rows = [{"type": "text", "text": f"line {n}"} for n in range(1000)]
    document = {
        "width": 400,
        "height": 300,
        "elements": [{"type": "card", "children": rows}, {"type": "text", "text": "end"}],
    }
    for options in ({"full_page": True}, {"crop": True}):
        _, image = await render_dsl(pool, document, **options)
        (warning,) = image.measured_warnings
        assert re.search(
            r"\(from /elements/0/children/\d+ on: the end of /elements/0 and all of /elements/1\)",
            warning.message,
        )
        assert warning.message.startswith("the content is" if "crop" in options else "the full page is")


async def test_a_cut_sidebar_or_menu_entry_is_named_by_where_its_words_are_written(
    pool: ChromiumPool,
) -> None:
    """A translation pipeline shortens the words themselves: cut entries side by side (one
    warning) are told at the first one's label (`/items/1/label`), `paths` listing all; a plain
    string entry by its place in `items`, one written as `text` by its text. The message names
    an entry of the first's element by its words alone, another's with its path."""
    sidebar = {
        "type": "sidebar",
        "layout": {"width": 200},
        "items": [
            {"label": "Profil", "icon": "user"},
            {"label": "Benutzerkontoverwaltung", "icon": "circle-user"},
            {"label": "Datenschutzeinstellungen", "icon": "shield", "active": True},
        ],
    }
    menu = {
        "type": "menu",
        "layout": {"width": 150},
        "items": [
            "Open",
            "Benachrichtigungseinstellungen",
            {"text": "Zahlungsbestätigungsbenachrichtigungen"},
        ],
    }
    row = {"type": "row", "children": [sidebar, menu]}
    (warning,) = await truncated(pool, {"width": 700, "height": 300, "lang": "de", "elements": [row]})
    side, items = "/elements/0/children/0/items", "/elements/0/children/1/items"
    assert warning.path == f"{side}/1/label"
    assert warning.paths == (f"{side}/1/label", f"{side}/2/label", f"{items}/1", f"{items}/2/text")
    assert warning.path_count is None
    assert "'Datenschutzeinstellungen' as '" in warning.message and f"{side}/2" not in warning.message
    assert f"at {items}/1," in warning.message


async def test_tabs_past_their_strip_are_named_by_where_their_words_are_written(pool: ChromiumPool) -> None:
    """The strip's warning is at the first cut tab's words, `paths` naming the others'."""
    tabs = {
        "type": "tabs",
        "layout": {"width": 300},
        "items": ["Allgemein", {"label": "Zahlungsbestätigungsbenachrichtigungen"}, "Erweitert"],
    }
    _, image = await render_dsl(pool, {"width": 700, "height": 200, "lang": "de", "elements": [tabs]})
    (warning,) = [issue for issue in image.measured_warnings if issue.code == CONTENT_CUT]
    assert "tabs run past the strip's end" in warning.message
    assert warning.path == "/elements/0/items/1/label"
    assert warning.paths == (warning.path, "/elements/0/items/2")


async def test_a_long_menu_cut_lists_every_entry_up_to_the_kept_paths(pool: ChromiumPool) -> None:
    """Forty cut entries: `paths` keeps the first PATHS_KEPT, `path_count` counts them all."""
    menu = {
        "type": "menu",
        "layout": {"width": 120},
        "items": [f"Benachrichtigungseinstellungen {n}" for n in range(40)],
    }
    (warning,) = await truncated(pool, {"width": 400, "height": 2000, "elements": [menu]})
    assert warning.path == "/elements/0/items/0"
    assert warning.paths == tuple(f"/elements/0/items/{n}" for n in range(PATHS_KEPT))
    assert warning.path_count == 40
