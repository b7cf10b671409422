"""What a GOV.UK error page needs of the validator and the compiler: an alert that holds children,
list entries with an `href` drawn as links, `icon: none` (or false) for no icon, a radio group's
style font size; each without a warning."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.model import Document
from kernel.dsl.no_icon import icon_or_default, is_no_icon_word, read_icon_name
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_data
from kernel.errors import Issue

VIEWPORT = Viewport(width=640, height=480, scale=1.0)


def checked(*elements: dict[str, Any]) -> list[Issue]:
    """The warnings of a document of `elements`, which must be valid."""
    result = validate_data({"elements": list(elements)})
    assert result.ok, result.errors
    return result.warnings


def page(*elements: dict[str, Any]) -> str:
    return compile_html(Document.model_validate({"elements": list(elements)}), VIEWPORT)


SUMMARY = {
    "type": "alert",
    "variant": "danger",
    "title": "There is a problem",
    "children": [
        {
            "type": "list",
            "items": [{"label": "Zq year", "href": "#dob-year"}, {"label": "Zq name", "href": "#n"}],
        },
        {"type": "paragraph", "text": "Zq paragraph"},
    ],
}


def test_an_alerts_children_are_drawn_in_its_body_without_a_warning() -> None:
    assert checked(SUMMARY) == []
    html = page(SUMMARY)
    body = html[html.index('class="dsl-alert-body"') :]
    assert 'class="dsl-alert-content dsl-vflow"' in body
    assert body.index("There is a problem") < body.index("Zq year") < body.index("Zq paragraph")


def test_an_alerts_items_still_point_at_its_children() -> None:
    """An alert draws children, not `items`: the warning for items stays."""
    (warning,) = checked({"type": "alert", "title": "T", "items": ["One"]})
    assert warning.path == "/elements/0/items"


def test_a_list_entry_with_an_href_is_a_link_in_every_look() -> None:
    for variant in ("bullet", "plain", "divided", "checklist"):
        listed = {
            "type": "list",
            "variant": variant,
            "items": [{"label": "Zq link", "href": "#to"}, "Zq plain"],
        }
        assert checked(listed) == []
        html = page(listed)
        assert '<a class="dsl-list-link" data-href="#to">Zq link</a>' in html, variant
        assert 'data-href="#to">Zq plain' not in html


@pytest.mark.parametrize("written", ["none", "None", " NONE ", False])
def test_none_and_false_ask_for_no_icon(written: object) -> None:
    assert is_no_icon_word(written)
    assert read_icon_name(written) == ""


@pytest.mark.parametrize("written", ["bell", "", None, True, 0])
def test_other_icons_are_read_as_written(written: object) -> None:
    assert read_icon_name(written) == written


def test_a_default_icon_is_drawn_unless_the_author_asked_for_none() -> None:
    assert icon_or_default(None, "bell") == "bell"
    assert icon_or_default("", "bell") == ""
    assert icon_or_default("info", "bell") == "info"


@pytest.mark.parametrize("written", ["none", False, ""])
@pytest.mark.parametrize(
    ("kind", "drawn"),
    [("alert", "dsl-alert-icon"), ("toast", "dsl-toast-icon"), ("empty", "dsl-empty-icon"),
     ("upload", "dsl-upload-icon"), ("search", 'data-icon="search"')],
)  # fmt: skip
def test_icon_none_takes_away_a_types_own_icon(kind: str, drawn: str, written: object) -> None:
    """The tester's cookie banner: `icon: none` drew a placeholder (with "did you mean 'done'?"),
    `""` the bell and `false` was an error. Each now draws no icon, without a warning."""
    words = {"label": "Zq label"} if kind in ("upload", "search") else {"title": "Zq title"}
    element = {"type": kind, **words, "icon": written}
    assert [w.code for w in checked(element)] == []
    assert drawn not in page(element)
    assert drawn in page({"type": kind, **words}), "without icon, the type's own is drawn"


def test_icon_none_on_a_button_or_an_entry_draws_nothing_and_no_placeholder() -> None:
    button = {"type": "button", "label": "Zq", "icon": "none"}
    menu = {"type": "menu", "items": [{"label": "Zq", "icon": "none"}, {"label": "Zq2", "icon": False}]}
    assert checked(button, menu) == []
    html = page(button, menu)
    assert 'data-icon="unknown"' not in html


def test_an_unknown_icon_still_warns() -> None:
    (warning,) = checked({"type": "alert", "title": "T", "icon": "nonne"})
    assert warning.code == "unknown_icon"


def test_a_radio_groups_font_size_goes_on_its_options() -> None:
    radio = {"type": "radio", "label": "Zq", "style": {"fontSize": 19}, "options": ["Yes", "No"]}
    assert checked(radio) == []
    assert '<div class="dsl-radio-options has-font-size" style="font-size:19px">' in page(radio)
    assert '<div class="dsl-radio-options">' in page({**radio, "style": None})
