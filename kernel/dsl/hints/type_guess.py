"""The element type a typeless element's fields point to (`columns` and `rows`: a table), for its
`missing_field` error: an agent that left `type` out is told which to write, not only that it is missing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kernel.dsl.hints.wording import a

_BY_FIELDS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"columns", "rows"}), "table"),
    (frozenset({"series"}), "chart"),
    (frozenset({"src"}), "image"),
    (frozenset({"href"}), "link"),
    (frozenset({"level"}), "heading"),
    (frozenset({"placeholder"}), "input"),
    (frozenset({"options"}), "select"),
    (frozenset({"checked"}), "checkbox"),
    (frozenset({"change"}), "stat"),
    (frozenset({"label", "variant"}), "button"),
    (frozenset({"label", "icon"}), "button"),
    (frozenset({"title", "children"}), "card"),
    (frozenset({"children"}), "column"),
    (frozenset({"text"}), "paragraph"),
)
"""Fields and the type they make likeliest, the surest first: the first whose fields the element
all has is the guess."""


def guessed_type(element: Any) -> tuple[str, frozenset[str]] | None:
    """The type `element`'s fields point to and those fields, or None when they point to none."""
    if not isinstance(element, Mapping):
        return None
    fields = {str(key) for key in element}
    return next(((kind, needed) for needed, kind in _BY_FIELDS if needed <= fields), None)


def missing_type_hint(element: Any) -> str:
    """What to write for an element without a `type`: the type its fields point to."""
    guess = guessed_type(element)
    if guess is None:
        return "every element names its type first: {type: paragraph, text: ...}"
    kind, fields = guess
    verb = "is" if len(fields) == 1 else "are"
    return f"its {' and '.join(sorted(fields))} {verb} {a(kind)}'s: type: {kind}"
