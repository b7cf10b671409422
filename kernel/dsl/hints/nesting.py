"""Hints for content written one level off: elements given as a bare list, a whole document
wrapped under a key of its own, an element's fields under a `props` object.

Each is a shape other tools use (a snippet copied from a list of elements, a request body
`{"document": {...}}`, React's `props`); the plain error ("got a list", "unknown field") says
what is wrong but not that the content itself is right, only at the wrong depth.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from typing import Any

SHOWN_ITEMS = 2
"""How many of a bare list's elements the wrapped form shows before "..."."""


def looks_like_elements(items: list[Any]) -> bool:
    """Whether a list reads as a document's elements: objects, most of them with a `type`."""
    if not items or not all(isinstance(item, Mapping) for item in items):
        return False
    typed = sum(isinstance(item.get("type"), str) for item in items)
    return typed * 2 > len(items)


def holds_document(value: Any) -> bool:
    """Whether `value` is an object that reads as a whole document (it has `elements`)."""
    return isinstance(value, Mapping) and "elements" in value


def bare_list_hint(items: list[Any]) -> str | None:
    """For a document that is a list: put a list of elements under `elements:` (shown wrapped,
    with its first elements), or take a document out of a one-entry list; None otherwise."""
    if len(items) == 1 and holds_document(items[0]):
        return "the document is inside a list: remove the '- ' (or the [ ]) around it"
    if not looks_like_elements(items):
        return None
    shown = ", ".join(_flow(item) for item in items[:SHOWN_ITEMS])
    more = ", ..." if len(items) > SHOWN_ITEMS else ""
    return f"these are elements: put the list under 'elements:', indented below it: elements: [{shown}{more}]"


def nested_document_hint(field: str, value: Any) -> str | None:
    """For a top-level key that holds a whole document (`{document: {width: 400, elements:
    [...]}}`): the document is one level too deep; None when `value` is no document."""
    if not holds_document(value):
        return None
    names = ", ".join(str(key) for key in list(value)[:4])
    return (
        f"the document is one level too deep: write what '{field}' holds ({names}) at the top, "
        f"without '{field}'"
    )


def nested_fields_hint(field: str, value: Any, kind: str, fields: Collection[str]) -> str | None:
    """For an unknown field of an element of type `kind` that holds an object of the element's
    own `fields` (`props: {label: Go, variant: primary}`): those go on the element itself. None
    when `value` is not such an object."""
    if not isinstance(value, Mapping) or not value:
        return None
    keys = [key for key in value if key != "type"]
    if not keys or not all(isinstance(key, str) and key in fields for key in keys):
        return None
    written = ", ".join(f"{key}: {_scalar(value[key])}" for key in keys[:3])
    more = ", ..." if len(keys) > 3 else ""
    return f"the fields go on the element itself, not under '{field}': {{type: {kind}, {written}{more}}}"


def _flow(item: Mapping[str, Any]) -> str:
    """An element in YAML's one-line form, its type and first field: `{type: button, label: Save}`."""
    parts = [f"type: {_scalar(item['type'])}"] if "type" in item else []
    rest = [key for key in item if key != "type"]
    parts += [f"{key}: {_scalar(item[key])}" for key in rest[:1]]
    if len(rest) > 1:
        parts.append("...")
    return "{" + ", ".join(parts) + "}"


def _scalar(value: Any) -> str:
    """A value as a hint shows it: short text as written (quoted when YAML would misread it), a
    number or boolean as JSON writes it, a list or an object as `...`."""
    if isinstance(value, Mapping | list):
        return "..."
    if isinstance(value, str):
        plain = value and len(value) <= 30 and not any(mark in value for mark in ":#,[]{}\"'")
        return (
            value
            if plain
            else json.dumps(value if len(value) <= 30 else value[:27] + "...", ensure_ascii=False)
        )
    return json.dumps(value)
