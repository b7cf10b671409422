"""Other libraries' names for what the DSL has, read as the DSL's before validation, where their
meaning is plain: MUI's `Switch` is a toggle, Ant Design's `Steps` a stepper's `items`, an
accordion's or a list's `{title, subtitle}` entry a `{label, description}`, `level: h3` a 3.

The document is read once with these words replaced, so the schema, the semantic checks and the
compiler all see the same fields. A name whose meaning is not plain (a button's `title` beside
an icon, HTML's tooltip) is left for the validator, which says what to write. Like the other
accepted aliases (a column's `header`, an avatar group's `name`), the replacement is silent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

TYPE_SYNONYMS = {"switch": "toggle"}
"""Element types other libraries name otherwise (MUI's, Chakra's, shadcn/ui's `Switch`)."""

_ELEMENT_FIELDS: dict[str, dict[str, str]] = {
    "stepper": {"steps": "items"},
}
"""Per element type, a field of another library's -> the DSL's (Ant Design's `<Steps items>`)."""

_ENTRY_FIELDS: dict[str, str] = {"title": "label", "subtitle": "description"}
"""An entry's fields in other libraries (MUI's ListItemText `primary`/`secondary` as `title`
and `subtitle`, an accordion's `title`) -> the DSL's; read where the DSL's is not given."""

_ENTRY_BODY_TYPES = frozenset({"accordion"})
"""Types whose entries' `content` is the body under the entry's label: its `description`."""

_WORDS = ("label", "text")
_HEADING_LEVEL = re.compile(r"\s*[hH]([1-6])\s*")


def read_synonyms(data: Mapping[str, Any]) -> Mapping[str, Any]:
    """`data` with the plain synonyms of its elements read as the DSL's words; `data` itself
    when it has none (the common case: nothing copied)."""
    elements = data.get("elements")
    if not isinstance(elements, list):
        return data
    read = _elements(elements)
    return data if read is elements else {**data, "elements": read}


def _elements(elements: list[Any]) -> list[Any]:
    read = [_element(element) for element in elements]
    return elements if all(new is old for new, old in zip(read, elements, strict=True)) else read


def _element(element: Any) -> Any:
    if not isinstance(element, Mapping) or not isinstance(element.get("type"), str):
        return element
    changed: dict[str, Any] = dict(element)
    written: str = element["type"]
    kind = TYPE_SYNONYMS.get(written.strip().lower(), written)
    changed["type"] = kind
    for theirs, ours in _ELEMENT_FIELDS.get(kind, {}).items():
        if theirs in changed and ours not in changed:
            changed[ours] = changed.pop(theirs)
    if kind == "button" and _button_title_is_its_label(changed):
        changed["label"] = changed.pop("title")
    level = changed.get("level")
    if isinstance(level, str) and (match := _HEADING_LEVEL.fullmatch(level)):
        changed["level"] = int(match.group(1))
    items = changed.get("items")
    if isinstance(items, list):
        entries = [_entry(entry, kind) for entry in items]
        if any(new is not old for new, old in zip(entries, items, strict=True)):
            changed["items"] = entries
    children = changed.get("children")
    if isinstance(children, list):
        changed["children"] = _elements(children)
    same = changed.keys() == element.keys() and all(changed[key] is element[key] for key in element)
    return element if same else changed


def _button_title_is_its_label(button: Mapping[str, Any]) -> bool:
    """Whether a button's `title` can only be its words: a text, and no label, text or icon (a
    title beside an icon is HTML's tooltip: left for the validator to speak of)."""
    title = button.get("title")
    return (
        isinstance(title, str)
        and bool(title.strip())
        and not any(button.get(name) for name in (*_WORDS, "icon"))
    )


def _entry(entry: Any, kind: str) -> Any:
    if not isinstance(entry, Mapping) or "type" in entry:
        return entry  # an element written in items is the validator's to speak of
    renames = dict(_ENTRY_FIELDS)
    if kind in _ENTRY_BODY_TYPES:
        renames["content"] = "description"
    changed = dict(entry)
    for theirs, ours in renames.items():
        taken = (ours,) if ours != "label" else _WORDS
        if theirs in changed and not any(name in changed for name in taken):
            changed[ours] = changed.pop(theirs)
    return entry if changed == entry and list(changed) == list(entry) else changed
