"""How text wraps when a row is crowded: words stay whole, only very long tokens may break."""

from __future__ import annotations

import re

from kernel.dsl.model import Element

LONG_WORD = 24
"""A token at least this long (a URL, a hash) may break anywhere; shorter words never break."""

_TOKEN = re.compile(r"\S+")

WORDY_TYPES = frozenset(
    {"text", "heading", "paragraph", "label", "link", "badge", "chip", "icon", "avatar", "button",
     "spacer", "divider"}
)  # fmt: skip
"""Leaves whose narrowest sensible width is their longest word (or their own fixed size)."""

FLOW_TYPES = frozenset({"row", "column", "flex", "container"})


def has_long_word(text: object) -> bool:
    """True when `text` holds a token too long to keep whole in a narrow box."""
    return isinstance(text, str) and any(len(token) >= LONG_WORD for token in _TOKEN.findall(text))


def text_classes(element: Element, *fields: str) -> str:
    """`has-long-word` when one of the element's texts may break anywhere, else nothing."""
    return "has-long-word" if any(has_long_word(getattr(element, name, None)) for name in fields) else ""


def keeps_words(element: Element) -> bool:
    """True when a flow box holds only short text-like leaves (at any depth).

    Such a box must not be squeezed narrower than its longest word by a crowded row, or a short
    text like "$16" would break between its letters; the `keeps-words` class lifts the box's
    `min-width:0`. Boxes with anything else (tables, charts, inputs, images) may still shrink.
    """
    if not element.children:
        return False
    for child in element.children:
        if child.type in FLOW_TYPES:
            if child.children and not keeps_words(child):
                return False
        elif child.type not in WORDY_TYPES:
            return False
    return True
