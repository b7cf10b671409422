"""The sidebar element: a side navigation panel of brand, items (a page tree) and children at its end."""

from __future__ import annotations

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.bar_parts import bar_brand, is_active_item, item_count
from kernel.dsl.compiler.html import box, esc, icon
from kernel.dsl.compiler.items import entries, is_divider, item_label, item_text_pointer, label_beside_icon
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.styles import flow_style
from kernel.dsl.model import Element, Item

SIDEBAR_ITEM_TONES = {"danger": "danger", "destructive": "danger", "error": "danger", "success": "success",
                      "warning": "warning", "info": "info"}  # fmt: skip
"""An item's `variant` that colours its label and icon ("Delete workspace" in red); the active
item keeps the active look."""


def _sidebar_item(element: Element, index: int, item: Item) -> str:
    """One of a sidebar's items: a divider, a group's heading, or an entry with its icon, label,
    count and state (active, disabled, a tone, its depth in a tree), marked with where its words
    are written (`data-item`: `item_text_pointer`)."""
    if is_divider(item):
        return '<div class="dsl-sidebar-sep"></div>'
    pointer = f' data-item="{esc(item_text_pointer(element.items, index))}"'
    if item.variant in ("heading", "group", "label", "section"):
        return f'<div class="dsl-sidebar-group"{pointer}>{esc(item_label(item))}</div>'
    state = " is-active" if is_active_item(element, index, item) else ""
    state += " is-disabled" if item.disabled else ""
    tone = SIDEBAR_ITEM_TONES.get((item.variant or "").lower())
    state += f" is-{tone}" if tone else ""
    depth = _tree_depth(item)
    state += " is-nested" if depth else ""
    indent = f' style="--depth:{depth}"' if depth else ""
    label = f'<span class="dsl-sidebar-item-label">{esc(label_beside_icon(item).strip())}</span>'
    return f'<div class="dsl-sidebar-item{state}"{indent}{pointer}>{icon(item.icon, 18)}{label}{item_count(item)}</div>'


MAX_TREE_DEPTH = 4
SPACES_PER_LEVEL = 2


def _tree_depth(item: Item) -> int:
    """How deep in a tree an item sits (0 to 4): its `indent`, else the spaces that start its
    label, two a level (`"  Onboarding"` under `Product Wiki`, as a page tree is written out);
    a tab is a level."""
    indent = getattr(item, "indent", None)
    if isinstance(indent, int) and not isinstance(indent, bool):
        return max(0, min(MAX_TREE_DEPTH, indent))
    label = item_label(item)
    lead = label[: len(label) - len(label.lstrip(" \t"))]
    spaces = lead.count(" ") + SPACES_PER_LEVEL * lead.count("\t")
    return min(MAX_TREE_DEPTH, -(-spaces // SPACES_PER_LEVEL))


SIDEBAR_HEADING_LEVEL = 3
"""The level of a heading in a sidebar that names none: one step under the page's default 2."""


@renders("sidebar")
def render_sidebar(element: Element, ctx: RenderContext) -> str:
    """A side navigation panel: brand, items with icons and counts, children pinned to the bottom.
    A heading among the children that names no level is one step smaller than the page's (h3):
    a sidebar's "Related posts" titled as large as the article beside it competed with it."""
    outer_level, ctx.heading_level = ctx.heading_level, max(ctx.heading_level, SIDEBAR_HEADING_LEVEL)
    try:
        children = ctx.render_children(element)
    finally:
        ctx.heading_level = outer_level
    if not (element.title or element.icon or element.items):
        return box(element, children, tag="aside", style=flow_style(element))
    brand = bar_brand(element, "dsl-sidebar-brand", "dsl-navbar-logo")
    items = "".join(_sidebar_item(element, i, item) for i, item in enumerate(entries(element.items)))
    end = f'<div class="dsl-sidebar-end">{children}</div>' if children else ""
    return box(element, brand + items + end, tag="aside", style=flow_style(element))


SIDEBAR_CSS = """/* A page under its parent in a sidebar's tree is inset a step a level; its highlight still
   spans the panel. A rail too narrow for labels insets none. */
.dsl-sidebar-item.is-nested{padding-inline-start:calc(var(--control-h) / 2 - 8px + var(--depth) * 20px)}
@container (max-width:120px){.dsl-sidebar-item.is-nested{padding-inline-start:2px}}
"""
"""The sidebar's rules for the items of a page tree (in the basic elements' sheet)."""
