"""Layout boxes that hold nothing but modals: drawn as their modals alone, the modals as they are one level up.

A modal's backdrop covers its nearest positioned ancestor, so that a modal placed in a card or a
row with content dims that region only. A row (column, container...) that holds nothing but a
modal has no content to dim and no height of its own (the backdrop is out of the flow): the
backdrop covered the row's padding and the dialog ran out of it, its actions drawn below the dimmed
strip on the bare page. Such a box is no region: it draws its modals as its parent would, a
top-level one over the screen as a browser draws a dialog.
"""

from __future__ import annotations

from kernel.dsl.compiler.styles import is_absolute
from kernel.dsl.model import Element

WRAPPER_TYPES = frozenset({"row", "column", "container", "flex", "grid", "stack"})
"""The boxes that draw nothing but their children's layout (no border, surface or words)."""
LAYOUT_FIELDS = frozenset(
    {"type", "children", "gap", "padding", "align", "justify", "wrap", "direction", "columns"}
)
"""A wrapper's fields that only lay its children out: with every child out of the flow they draw
nothing. Any other field (a `style`, a size in `layout`, an `id` the document's css may select)
makes the box the author's own region."""
COMPILER_CLASS_PREFIX = "dsl-"
"""The page's classes (`dsl-inset`...) that `page_padding` adds to a top-level box: not the
author's, so they do not make the box a region."""


def wraps_only_modals(element: Element) -> bool:
    """Whether `element` is a layout box with nothing of its own to draw, holding only modals drawn
    over a backdrop (not placed by coordinates) or such boxes: drawn as those modals alone."""
    if element.type not in WRAPPER_TYPES or not element.children or _draws_own(element):
        return False
    return all(
        (child.type == "modal" and not is_absolute(child)) or wraps_only_modals(child)
        for child in element.children
    )


def _draws_own(element: Element) -> bool:
    """Whether the box sets anything beyond its children's layout (an author's class counts)."""
    set_fields = {name for name in element.model_fields_set if getattr(element, name) is not None}
    if set_fields - LAYOUT_FIELDS - {"className"}:
        return True
    classes = (element.className or "").split()
    return any(not name.startswith(COMPILER_CLASS_PREFIX) for name in classes)


def is_modal_overlay(element: Element) -> bool:
    """Whether `element` draws only over the page, taking no room in its flow: a modal, or a box
    drawn as its modals alone (`wraps_only_modals`)."""
    return element.type == "modal" or wraps_only_modals(element)
