"""A column's children: the one that takes its free room, a conversation kept at its end."""

from __future__ import annotations

from collections.abc import Sequence

from kernel.dsl.compiler.column_width import inherited_alignment, span_classes
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.flow_classes import grows_by_own_flex, runs_in_column
from kernel.dsl.compiler.html import with_class
from kernel.dsl.compiler.registry import register_css
from kernel.dsl.compiler.styles import is_absolute
from kernel.dsl.model import Element

FILLS_CLASS = "fills-column"
ANCHORS_CLASS = "anchors-end"
FILLS_CSS = """
/* A child that takes a column's free room by its own flex (fills-column) may shrink below its
   content in a column of set height, and cuts at its top and bottom what does not fit (a chat's
   messages above its input bar, which stays in place); its sides stay unclipped (shadows). */
.fills-column{min-height:0;overflow:visible clip}
/* A conversation's messages (anchors-end) sit at the end of their room, just above the composer,
   as a chat app draws them: what does not fit runs out of the top (the earlier messages) and is cut
   there; a message keeps its height (none is squeezed to make room for the others). */
.fills-column.anchors-end{justify-content:flex-end}
.fills-column.anchors-end>*{flex-shrink:0}
/* A block in a column that aligns its children (spans-column, see column_width.py) keeps the
   column's width, as in a column that does not align: shrunk to its content, a table was its 2 px
   border. One the author capped (maxWidth) is as wide as the cap allows, still aligned. */
.spans-column{align-self:stretch}
.spans-column[style*="max-width"]{align-self:auto;width:100%}
.centres-cells>.has-width{justify-self:center}
.ends-cells>.has-width{justify-self:end}
"""

# Sent with every page that marks one, whatever types it draws (a card's flexed list, a flexed
# table at the top level): registered for no renderer module, not only for layout's.
register_css("elements.column_fill", FILLS_CSS)


def column_children(element: Element, ctx: RenderContext, *, default: str = "column") -> str:
    """The children's HTML. In a box that lays them out top to bottom (see `runs_in_column`), one
    that takes the free room by its own `flex` (a chat's messages between its header and its input
    bar) is marked `fills-column`: in a box of set height it gets what is left and cuts what does
    not fit, as an app's scrolling list does, instead of pushing the children after it off the
    screen (see the module's CSS). In a box that grows with its content nothing changes. One that
    holds a conversation (see `anchors_to_end`) is marked `anchors-end` too. In a box that
    `align`s its children, a block (a table, a card, a row...) keeps the box's width and is marked
    `spans-column`, and a plain box or a run of text among them takes the alignment (see
    `column_width`)."""
    children = element.children or []
    if not runs_in_column(element, default=default):
        return ctx.render_children(element)
    marks = [_column_child_classes(element, children, index) for index in range(len(children))]
    taken = [inherited_alignment(element, child) for child in children]
    if not any(marks) and not any(taken):
        return ctx.render_children(element)
    drawn = (ctx.render_changed(child, fields) for child, fields in zip(children, taken, strict=True))
    return "".join(with_class(html, mark) if mark else html for html, mark in zip(drawn, marks, strict=True))


def _column_child_classes(parent: Element, siblings: Sequence[Element], index: int) -> str:
    """The classes `column_children` adds to `siblings[index]`, a child of the column `parent`."""
    child = siblings[index]
    if grows_by_own_flex(child):
        return fills_classes(siblings, index)
    return span_classes(parent, child)


def fills_classes(siblings: Sequence[Element], index: int) -> str:
    """The classes of `siblings[index]`, a child that takes its column's free room: `fills-column`,
    and `anchors-end` when it holds a conversation (see `anchors_to_end`)."""
    return f"{FILLS_CLASS} {ANCHORS_CLASS}" if anchors_to_end(siblings, index) else FILLS_CLASS


TEXT_ENTRY_TYPES = frozenset({"input", "textarea"})
COMPOSER_BOXES = frozenset({"row", "flex", "column", "container", "stack"})
COMPOSER_CONTROLS = frozenset({"button", "icon", "avatar", "chip", "select", "spacer", "divider"})
_COMPOSER_PARTS = COMPOSER_BOXES | COMPOSER_CONTROLS


def anchors_to_end(siblings: Sequence[Element], index: int) -> bool:
    """Whether `siblings[index]`, which takes its column's free room, keeps its end in view: a box
    whose children flow top to bottom, with `justify: end`, or holding a conversation: the author
    did not place its children (no `justify`) and the column holds a composer after it and nothing
    else (see `_is_composer`) but a phone's bottom tab bar, which is pinned to the screen's edge
    anyway. A chat app draws its newest messages just above the composer and cuts the earlier
    ones at the top; a feed or a settings page, whose end is a button, a form or nothing, keeps
    its start in view."""
    child = siblings[index]
    if child.type not in ("column", "container", "flex") or not runs_in_column(
        child, default="row" if child.type == "flex" else "column"
    ):
        return False
    if child.justify == "end":
        return True
    if child.justify is not None or any(
        name in (child.style or {}) for name in ("justifyContent", "placeContent")
    ):
        return False
    after = [
        sibling
        for sibling in siblings[index + 1 :]
        if not (is_absolute(sibling) or _is_bottom_tab_bar(sibling))
    ]
    return len(after) == 1 and _is_composer(after[0])


def _is_bottom_tab_bar(element: Element) -> bool:
    return element.type == "tabs" and (element.variant or "").strip().lower() == "bottom"


def _is_composer(element: Element) -> bool:
    """A chat's composer: an unlabelled text field (`input`, `textarea`), or a bar of boxes
    holding exactly one and otherwise only controls (attach and send buttons, an emoji icon, a
    model picker). A labelled field, a search field or any text (a heading, a note) makes it a
    form, a filter or a footer instead."""
    fields = 0
    for node in _descendants(element):
        if node.type in TEXT_ENTRY_TYPES and not node.label:
            fields += 1
        elif node.type not in _COMPOSER_PARTS or (
            node.type in COMPOSER_BOXES and (node.text or node.title or node.label)
        ):
            return False
    return fields == 1


def _descendants(element: Element) -> list[Element]:
    """`element` and every element in it, depth first."""
    out = [element]
    for child in element.children or []:
        out += _descendants(child)
    return out
