"""Which of the two formats a navbar without a title, icon, links or start is written in.

The earlier format's navbar is a styled box its author fills (a logo written as a text, a row of
links as containers), drawn as CSS lays out its children, with no hairline (`is-bare`). The DSL's
navbar puts its `children` and `actions` on the right: one written with only those (a mail app's
archive and delete buttons, no title) is the DSL's bar, its actions on the right and its hairline
under it (it was drawn as the earlier format's box: its buttons on the left, no hairline).
"""

from __future__ import annotations

from kernel.dsl.model import Element

RIGHT_SIDE_TYPES = frozenset({"button", "avatar", "icon", "badge", "search", "select", "spacer"})
"""The children the DSL's navbar draws on its right (buttons, an avatar, a search, a spacer)."""


def is_bare_bar(element: Element) -> bool:
    """Whether a navbar with no title, icon, links or start is the earlier format's styled box:
    it has no `actions` and some child (or none at all) that is not one the DSL puts on the
    right (the compatibility corpus's bar holds its logo as a text)."""
    children = element.children or []
    return not (element.actions or (children and all(child.type in RIGHT_SIDE_TYPES for child in children)))
