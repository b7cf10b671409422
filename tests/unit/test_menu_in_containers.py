"""A menu held by a card, a modal (dialog or sheet) or a sidebar is that container's list of
actions and draws no frame of its own; a standalone one, or one placed by coordinates, keeps its
dropdown frame (pure: checks the compiled markup and the navigation stylesheet's rules)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from kernel.dsl.prepare import prepare_render
from tests.support.css_rules import css_rule
from tests.support.elements import classes_of
from tests.support.elements import render_element as render

HOSTS = ".dsl-card,.dsl-card-body,.dsl-modal-body,.dsl-sidebar,.dsl-sidebar-end"
HELD = f":is({HOSTS})>.dsl-menu:not(.is-placed)"
VOID_TAGS = frozenset({"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"})


class MenuParents(HTMLParser):
    """The classes of each menu's parent tag, read from a page's markup."""

    def __init__(self) -> None:
        super().__init__()
        self.open_classes: list[list[str]] = []
        self.parents: list[list[str]] = []

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        classes = (dict(attributes).get("class") or "").split()
        if "dsl-menu" in classes:
            self.parents.append(self.open_classes[-1] if self.open_classes else [])
        if tag not in VOID_TAGS:
            self.open_classes.append(classes)

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID_TAGS and self.open_classes:  # </html> after the body's end
            self.open_classes.pop()


def menu_parents(html: str) -> list[list[str]]:
    reader = MenuParents()
    reader.feed(html[html.index("<body") :])
    return reader.parents


MENU = {
    "type": "menu",
    "items": [{"label": "Share", "icon": "share-2"}, "-", {"label": "Delete", "variant": "danger"}],
}


def test_a_held_menu_drops_its_border_shadow_fill_and_corners_and_spans_the_container() -> None:
    rule = css_rule(HELD)
    assert rule["border"] == "0" and rule["box-shadow"] == "none"
    assert rule["background"] == "none" and rule["border-radius"] == "0"
    assert rule["padding"] == "0"  # no inset of its own inside the container's
    assert (rule["align-self"], rule["width"], rule["min-width"]) == ("stretch", "auto", "0")


def test_a_held_menus_items_text_sits_on_the_containers_content_edge() -> None:
    """The items reach into the container's padding by exactly their own inset."""
    rule = css_rule(HELD)
    assert rule["--menu-inset"] == "calc(var(--control-h) / 2 - 9px)"
    assert rule["margin-inline"] == "calc(-1 * var(--menu-inset))"
    assert css_rule(f"{HELD}>:is(.dsl-menu-item,.dsl-menu-title)") == {"padding-inline": "var(--menu-inset)"}
    assert css_rule(f"{HELD}>.dsl-menu-sep") == {"margin-inline": "var(--menu-inset)"}
    # In a sidebar the inset is its items', so the highlights line up with theirs.
    sidebar = css_rule(":is(.dsl-sidebar,.dsl-sidebar-end)>.dsl-menu:not(.is-placed)")
    assert sidebar == {"--menu-inset": "calc(var(--control-h) / 2 - 8px)"}


def test_a_flush_card_runs_its_menus_items_to_its_border_text_at_its_inset() -> None:
    flush = css_rule(".dsl-card.is-flush>.dsl-menu:not(.is-placed)")
    assert flush == {"--menu-inset": "var(--pad)", "margin-inline": "0", "padding-block": "5px"}
    assert css_rule(".dsl-card.is-flush>.dsl-menu:not(.is-placed)>.dsl-menu-item") == {"border-radius": "0"}


def test_the_standalone_menu_keeps_its_floating_frame() -> None:
    rule = css_rule(".dsl-menu")
    assert rule["border"] == "1px solid var(--border)"
    assert rule["box-shadow"] == "var(--shadow-lg)"
    assert rule["background"] == "var(--surface)"
    assert rule["padding"] == "5px"


def test_a_menu_placed_by_coordinates_is_marked_so_it_keeps_its_frame() -> None:
    placed = render(**MENU, layout={"x": 40, "y": 60, "width": 220})
    assert "is-placed" in classes_of(placed)
    assert "is-placed" not in classes_of(render(**MENU))


@pytest.mark.parametrize(
    ("host", "parent_class"),
    [
        ({"type": "card", "title": "Song", "children": [MENU]}, "dsl-card"),
        (
            {"type": "card", "direction": "row", "src": "a.png", "title": "Song", "children": [MENU]},
            "dsl-card-body",
        ),
        ({"type": "modal", "variant": "sheet", "children": [MENU], "actions": ["Cancel"]}, "dsl-modal-body"),
        ({"type": "modal", "title": "Move to", "children": [MENU]}, "dsl-modal-body"),
        ({"type": "sidebar", "title": "Acme", "items": ["Inbox"], "children": [MENU]}, "dsl-sidebar-end"),
        ({"type": "sidebar", "children": [MENU]}, "dsl-sidebar"),
    ],
)
def test_in_each_host_the_menu_is_a_direct_child_and_the_page_keeps_the_rule(
    host: dict[str, object], parent_class: str
) -> None:
    """The rule matches only a menu right inside the host's box, and the pruned page keeps it."""
    html = prepare_render({"width": 600, "height": 500, "elements": [host]}).html
    [parent] = menu_parents(html)
    assert parent_class in parent, parent
    assert f"{HELD}{{" in html


def test_a_menu_in_a_column_is_no_held_menu() -> None:
    """A dropdown drawn under its button in a column stays a dropdown: no host holds it."""
    page = {"elements": [{"type": "column", "children": [{"type": "button", "label": "Options"}, MENU]}]}
    [parent] = menu_parents(prepare_render(page).html)
    assert "dsl-column" in parent or "dsl-vflow" in parent, parent
    assert not {host[1:] for host in HOSTS.split(",")} & set(parent)


def _item_parts(html: str) -> list[list[str]]:
    """Each menu item's parts in order: `icon`, `blank` (the icon's room kept), `label`, `end`."""
    names = {
        'class="dsl-menu-icon"': "icon",
        'class="dsl-menu-icon is-blank"': "blank",
        'class="dsl-menu-label"': "label",
        'class="dsl-menu-icon is-end"': "end",
    }
    items = html.split('class="dsl-menu-item')[1:]
    return [[names[m] for m in re.findall("|".join(map(re.escape, names)), item)] for item in items]


@pytest.mark.parametrize(
    ("items", "parts"),
    [
        (
            ["Open", {"label": "Open With", "icon": "chevron-right", "iconPosition": "end"},
             {"label": "Get Info", "icon": "info"}],
            [["blank", "label"], ["blank", "label", "end"], ["icon", "label"]],
        ),
        (
            ["Open", {"label": "Open With", "icon": "chevron-right", "iconPosition": "end"}],
            [["label"], ["label", "end"]],
        ),
        (["Open", "Save"], [["label"], ["label"]]),
    ],
)  # fmt: skip
def test_a_menu_items_end_icon_trails_and_iconless_items_keep_the_icon_room(
    items: list[object], parts: list[list[str]]
) -> None:
    """`iconPosition: end` was drawn before the label; an item without an icon began where the
    others' icons do. The blank room is kept only when some item has an icon before its label."""
    assert _item_parts(render(type="menu", items=items)) == parts
    assert css_rule(".dsl-menu-icon.is-blank") == {"width": "16px"}
    assert css_rule(".dsl-menu-icon.is-end") == {"margin-inline-start": "auto"}
