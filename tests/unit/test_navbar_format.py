"""A navbar with no title, icon, links or start: the DSL's bar when it holds only what that bar
puts on its right (buttons, an avatar, a search) or `actions`; the earlier format's styled box
(`is-bare`, no hairline) when it holds anything else, as the compatibility corpus's bar does."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.elements import render_element

BUTTONS = [{"type": "button", "icon": "archive", "variant": "ghost"}, {"type": "button", "icon": "trash-2"}]


@pytest.mark.parametrize(
    "fields",
    [{"children": BUTTONS}, {"title": "", "children": BUTTONS}, {"actions": ["Save"]},
     {"children": [{"type": "spacer"}, {"type": "avatar", "name": "Ada Lovelace"}]}],
)  # fmt: skip
def test_a_bar_of_only_actions_is_the_dsls_bar(fields: dict[str, Any]) -> None:
    html = render_element(type="navbar", **fields)
    assert "is-bare" not in html
    assert 'class="dsl-navbar-end' in html  # on the right


@pytest.mark.parametrize(
    "children",
    [[{"type": "text", "text": "Analytics Pro"}], [{"type": "text", "text": "Logo"}, *BUTTONS], []],
)
def test_a_bar_holding_other_children_is_the_earlier_formats_box(children: list[dict[str, Any]]) -> None:
    html = render_element(type="navbar", children=children)
    assert "is-bare" in html and "dsl-navbar-end" not in html
