"""Annotations whose `target` names no element's id (at any depth, table cells too)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from kernel.dsl.hints.suggest import did_you_mean
from kernel.dsl.semantic.colours import check_color
from kernel.dsl.semantic.findings import Findings, Key
from kernel.dsl.style_rules import unsafe_css_reason


def check_annotations(data: Mapping[str, Any], findings: Findings) -> None:
    """Each annotation's `target` names an element's id (once: a note can point at one place)."""
    annotations = data.get("annotations")
    if not isinstance(annotations, list):
        return
    ids = Counter(_element_ids(data.get("elements")))
    entry_ids = _entry_ids(data.get("elements"))
    for index, note in enumerate(annotations):
        if not isinstance(note, Mapping):
            continue
        path: tuple[Key, ...] = ("annotations", index)
        color = note.get("color")
        reason = unsafe_css_reason(color) if isinstance(color, str) else None
        if reason is not None:
            findings.error((*path, "color"), reason, "unsafe_css")
        else:
            check_color(color, (*path, "color"), findings)
        target = note.get("target")
        if not isinstance(target, str):
            continue
        if target not in ids and target in entry_ids:
            findings.error(
                (*path, "target"),
                f"'{target}' is the id of {entry_ids[target]}, which takes no id: a note points at an element",
                "unknown_target",
                "point the note at the element holding it (give that an id), or draw the button as an element "
                f"of its own in the parent's 'children': {{type: button, id: {target}, label: ...}}",
            )
        elif target not in ids:
            findings.error(
                (*path, "target"),
                f"no element has id '{target}'",
                "unknown_target",
                did_you_mean(target, ids) if ids else "give the element an id (id: ...) and name it here",
            )
        elif ids[target] > 1:
            findings.warn(
                (*path, "target"),
                f"{ids[target]} elements have id '{target}': the note points at the last of them",
                "duplicate_id",
                "give each element its own id",
            )


def _all_elements(elements: Any) -> Iterator[Mapping[str, Any]]:
    """Every element at any depth: children, and the elements in a table's cells."""
    stack = [elements]
    while stack:
        level = stack.pop()
        if not isinstance(level, list):
            continue
        for element in level:
            if isinstance(element, Mapping):
                yield element
                stack.append(element.get("children"))
                stack.extend(_cell_elements(element.get("rows")))


def _element_ids(elements: Any) -> list[str]:
    """The `id` of every element at any depth (a table cell's too: it is drawn on the element) and
    of every action (its button's), repeats included."""
    found: list[str] = []
    for element in _all_elements(elements):
        if isinstance(element.get("id"), str):
            found.append(element["id"])
        actions = element.get("actions") if _kind(element) not in _WORD_ACTIONS else None
        for action in actions if isinstance(actions, list) else []:
            if isinstance(action, Mapping) and isinstance(action.get("id"), str):
                found.append(action["id"])  # drawn on the action's button
    return found


_WORD_ACTIONS = frozenset({"pagination"})
"""Types whose `actions` are words (a pagination's steps), not buttons: an id on one is not drawn."""


def _kind(element: Mapping[str, Any]) -> str | None:
    """An element's `type` when it is text; None for an object, a list or a number written there
    (which the schema reports), so it can be looked up in a set."""
    kind = element.get("type")
    return kind if isinstance(kind, str) else None


def _entry_ids(elements: Any) -> dict[str, str]:
    """The ids written on entries of `items` (which take none: the schema says so too), each with
    what it is ("an entry of 'items' of a navbar"), for a note's target that names one."""
    found: dict[str, str] = {}
    held = (("items", "an entry of 'items'"), ("actions", "an action"))
    for element in _all_elements(elements):
        kind = _kind(element)
        for holder, what in held if kind in _WORD_ACTIONS else held[:1]:
            entries = element.get(holder)
            for entry in entries if isinstance(entries, list) else []:
                if isinstance(entry, Mapping) and isinstance(entry.get("id"), str):
                    found.setdefault(entry["id"], f"{what} of a {kind}" if isinstance(kind, str) else what)
    return found


def _cell_elements(rows: Any) -> list[list[Any]]:
    """The elements in a table's cells, as lists (a cell is an element, or a list of elements
    and words)."""
    if not isinstance(rows, list):
        return []
    cells = [
        cell
        for row in rows
        if isinstance(row, list | Mapping)
        for cell in (row.values() if isinstance(row, Mapping) else row)
    ]
    return [cell if isinstance(cell, list) else [cell] for cell in cells if isinstance(cell, list | Mapping)]
