"""What a navbar and a sidebar both draw: the brand, an item's count, and which item is active."""

from __future__ import annotations

from kernel.dsl.compiler.html import esc, icon
from kernel.dsl.compiler.items import item_label
from kernel.dsl.model import Element, Item


def item_count(item: Item) -> str:
    """An item's `badge` as the count at its end (nothing without one)."""
    return f'<span class="dsl-count">{esc(item.badge)}</span>' if item.badge not in (None, "") else ""


def is_active_item(element: Element, index: int, item: Item) -> bool:
    """An item is active when it says so, or when the element's `active` names its index or label."""
    active = element.active
    return item.active or (active is not None and (active == index or active == item_label(item)))


def bar_brand(element: Element, css: str, logo_class: str, *, logo: bool = True) -> str:
    """The bar's logo (unless `logo` is false: its icon is drawn elsewhere) and title. In a
    navbar the title gives way (it ends in an ellipsis) once its links have given way to their
    "more" item, so the actions on the right stay on the screen (see `navbar_fold`)."""
    drawn_icon = element.icon if logo else None
    if not element.title and not drawn_icon:
        return ""
    logo_html = f'<span class="{logo_class}">{icon(drawn_icon, 18)}</span>' if drawn_icon else ""
    return f'<div class="{css}">{logo_html}<span>{esc(element.title or "")}</span></div>'
