"""An item's label beside an icon that draws the mark it starts with (`icon: hash` beside
`# general` showed "# # general", as in the chat example): the mark is drawn once, by the icon."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.items import label_beside_icon
from kernel.dsl.model import Item
from tests.support.elements import render_element


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        ({"label": "# general", "icon": "hash"}, "general"),
        ({"label": "#general", "icon": "Hash"}, "general"),  # any spelling of the icon's name
        ({"label": "@maya", "icon": "at-sign"}, "maya"),
        ({"label": "# general", "icon": "inbox"}, "# general"),  # another icon draws no mark
        ({"label": "# general"}, "# general"),
        ({"label": "#", "icon": "hash"}, "#"),  # the mark alone stays
        ({"label": "C# tips", "icon": "hash"}, "C# tips"),  # only a leading mark
    ],
)
def test_the_label_drawn_beside_the_icon(fields: dict[str, Any], shown: str) -> None:
    assert label_beside_icon(Item.model_validate(fields)) == shown


@pytest.mark.parametrize(
    "element",
    [
        {"type": "sidebar", "items": [{"label": "# general", "icon": "hash", "active": True}]},
        {"type": "menu", "items": [{"label": "# general", "icon": "hash"}]},
        {"type": "list", "items": [{"label": "# general", "icon": "hash", "badge": "3"}]},
        {"type": "tabs", "items": [{"label": "# general", "icon": "hash"}]},
        {"type": "navbar", "title": "Acme", "items": [{"label": "# general", "icon": "hash"}]},
        {"type": "breadcrumb", "items": [{"label": "# general", "icon": "hash"}, "Pinned"]},
    ],
    ids=lambda element: element["type"],
)
def test_each_item_kind_draws_the_mark_once(element: dict[str, Any]) -> None:
    html = render_element(**element)
    assert 'data-icon="hash"' in html
    assert ">general<" in html and "# general" not in html


def test_the_item_is_still_found_by_its_label_as_written() -> None:
    html = render_element(
        type="sidebar", active="# general", items=[{"label": "# general", "icon": "hash"}, "Other"]
    )
    assert 'dsl-sidebar-item is-active"' in html
