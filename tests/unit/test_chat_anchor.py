"""Which column that takes its box's free room keeps its end in view (`anchors-end`): a
conversation, whose messages sit just above its composer as a chat app draws them, or a column
the author gave `justify: end`; a feed, a form or a settings page keeps its start."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler.registry import element_stylesheets
from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import prepare_render
from tests.support.css_rules import css_rule
from tests.support.elements import render_element as render

MESSAGES = {
    "type": "column",
    "style": {"flex": 1},
    "children": [{"type": "paragraph", "text": f"Message {n}"} for n in range(3)],
}
SEND = {"type": "button", "icon": "send", "variant": "primary"}
COMPOSER = {
    "type": "row",
    "children": [
        {"type": "button", "icon": "paperclip", "variant": "ghost"},
        {"type": "input", "placeholder": "Message", "style": {"flex": 1}},
        SEND,
    ],
}
HEADER = {"type": "header", "title": "Maya Chen"}


def filler_classes(html: str) -> list[str]:
    """The classes of the box that takes the free room (the one with `flex:1` in its style)."""
    found = re.search(r'<div class="([^"]*)"[^>]*style="[^"]*flex:1', html)
    assert found is not None, html
    return found.group(1).split()


def chat(messages: dict[str, Any] = MESSAGES, *after: dict[str, Any]) -> str:
    """A column of set height: a header, `messages`, then `after` (a composer by default)."""
    children = [HEADER, messages, *(after or (COMPOSER,))]
    return render(type="column", layout={"height": 600}, children=children)


@pytest.mark.parametrize(
    "composer",
    [
        COMPOSER,
        {"type": "input", "placeholder": "Message"},
        {"type": "textarea", "placeholder": "Ask anything", "rows": 2},
        # a bar in a padded box, with a model picker: an assistant's composer
        {"type": "container", "padding": 12, "children": [
            {"type": "textarea", "placeholder": "Ask anything"},
            {"type": "row", "children": [{"type": "select", "options": ["Fast", "Deep"]}, SEND]}]},
    ],
    ids=["bar", "input", "textarea", "boxed-bar"],
)  # fmt: skip
def test_messages_followed_by_a_composer_keep_their_end_in_view(composer: dict[str, Any]) -> None:
    classes = filler_classes(chat(MESSAGES, composer))
    assert "fills-column" in classes and "anchors-end" in classes


@pytest.mark.parametrize(
    "host",
    [{"type": "card", "title": "Support"}, {"type": "container"}, {"type": "flex", "direction": "column"}],
    ids=["card", "container", "flex-column"],
)
def test_a_conversation_in_any_box_that_lays_out_a_column_keeps_its_end_in_view(host: dict[str, Any]) -> None:
    assert "anchors-end" in filler_classes(render(**host, children=[MESSAGES, COMPOSER]))


@pytest.mark.parametrize(
    "after",
    [
        # a settings page or a feed: a button, or nothing, at the end
        [{"type": "row", "children": [{"type": "button", "label": "Save", "variant": "primary"}]}],
        [],
        # a sign-in: labelled fields, or more than one field, or a button after the field
        [{"type": "input", "label": "Email"}],
        [{"type": "input", "placeholder": "Email"}, {"type": "input", "placeholder": "Password"}],
        [{"type": "input", "placeholder": "Email"}, {"type": "button", "label": "Send link"}],
        # a filter, not a composer
        [{"type": "search", "placeholder": "Search messages"}],
        # a feed's newsletter form: a heading beside the field
        [{"type": "column", "children": [
            {"type": "heading", "level": 4, "text": "Get the digest"},
            {"type": "row", "children": [{"type": "input", "placeholder": "you@example.com"}, SEND]}]}],
        # two fields in one bar: a form row, not a composer
        [{"type": "row", "children": [{"type": "input", "placeholder": "Name"},
                                      {"type": "input", "placeholder": "Email"}]}],
    ],
    ids=["save-bar", "nothing", "labelled", "two-fields", "field-then-button", "search", "newsletter",
         "form-row"],
)  # fmt: skip
def test_a_column_not_followed_by_a_composer_keeps_its_start(after: list[dict[str, Any]]) -> None:
    html = render(type="column", layout={"height": 600}, children=[HEADER, MESSAGES, *after])
    classes = filler_classes(html)
    assert "fills-column" in classes and "anchors-end" not in classes


def test_the_input_elsewhere_in_the_column_does_not_make_a_conversation() -> None:
    """A search field above a flexed list (a contacts screen) is not its composer."""
    search = {"type": "search", "placeholder": "Search"}
    above = render(type="column", layout={"height": 600}, children=[{"type": "input"}, MESSAGES])
    assert "anchors-end" not in filler_classes(above)
    assert "anchors-end" not in filler_classes(render(type="column", children=[search, MESSAGES]))


def test_the_authors_justify_decides() -> None:
    """`justify: end` anchors any flexed column (a log at its last line); any other `justify`
    (or a style's `justifyContent`) keeps a conversation's start in view as written."""
    assert "anchors-end" in filler_classes(chat({**MESSAGES, "justify": "end"}, SEND))
    assert "anchors-end" not in filler_classes(chat({**MESSAGES, "justify": "start"}))
    styled = {**MESSAGES, "style": {"flex": 1, "justifyContent": "center"}}
    assert "anchors-end" not in filler_classes(chat(styled))


def test_only_a_box_whose_children_flow_top_to_bottom_is_anchored() -> None:
    """A flexed list or a flexed row of messages is left as it was: `justify-content: flex-end`
    would move a row's children to its right."""
    entries = {"type": "list", "style": {"flex": 1}, "items": ["One", "Two"]}
    assert "anchors-end" not in chat(entries)
    row = {"type": "row", "style": {"flex": 1}, "children": MESSAGES["children"]}
    assert "anchors-end" not in chat(row)


def test_a_top_level_conversation_is_anchored_on_the_screen() -> None:
    """At the top level the screen is the column: a phone chat written as the page's elements."""
    document = {"version": 1, "device": "mobile", "elements": [HEADER, MESSAGES, COMPOSER]}
    html = prepare_render(document, RenderOptions()).html
    assert "anchors-end" in filler_classes(html)
    feed = {**document, "elements": [HEADER, MESSAGES, {"type": "button", "label": "Load more"}]}
    assert "anchors-end" not in filler_classes(prepare_render(feed, RenderOptions()).html)


def test_a_phones_bottom_tab_bar_after_the_composer_leaves_the_conversation_anchored() -> None:
    """An app's chat tab: the tab bar is pinned to the screen's edge, the composer above it."""
    tabs = {"type": "tabs", "variant": "Bottom", "items": ["Chats", "Calls", "Settings"]}
    document = {"version": 1, "device": "mobile", "elements": [HEADER, MESSAGES, COMPOSER, tabs]}
    assert "anchors-end" in filler_classes(prepare_render(document, RenderOptions()).html)
    top_tabs = {**tabs, "variant": "pills"}
    document["elements"] = [HEADER, MESSAGES, COMPOSER, top_tabs]
    assert "anchors-end" not in filler_classes(prepare_render(document, RenderOptions()).html)


def test_an_anchored_column_ends_at_its_end_and_keeps_each_messages_height() -> None:
    assert css_rule(".fills-column.anchors-end") == {"justify-content": "flex-end"}
    assert css_rule(".fills-column.anchors-end>*") == {"flex-shrink": "0"}
    assert ".fills-column.anchors-end{" in "".join(element_stylesheets({"card", "input"}))
