"""Elements written with nothing to show: a list with no items, a card with nothing in it, a grid
whose children were written beside it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kernel.dsl.model import Element
from kernel.dsl.semantic.findings import Findings, Key

ENTRY_TYPES: dict[str, str] = {
    "list": 'items: ["Inbox", "Sent", "Drafts"]',
    "tabs": 'items: ["Overview", "Activity", "Settings"]',
    "breadcrumb": 'items: ["Home", "Projects", "Atlas"]',
    "menu": 'items: ["Edit", "Duplicate", "Delete"]',
    "stepper": 'items: ["Account", "Profile", "Done"]',
    "accordion": 'items: [{label: "Shipping", description: "2-4 business days"}]',
    "timeline": 'items: [{label: "Order placed", value: "09:12"}]',
}
"""The types whose content is their entries, with what to write for some."""
BOX_TYPES: dict[str, str] = {
    "card": 'title: "Revenue", children: [...]',
    "form": "children: [{type: input, label: Email}, {type: button, label: Save}]",
    "modal": 'title: "Delete project?", text: "...", actions: [Cancel, Delete]',
    "table": 'columns: [Name, Status], rows: [["Ada", "Active"]]',
    "stat": 'label: "Revenue", value: "$48,200"',
}
"""The types drawn as a box of their own, empty without any content field, with an example."""
CONTENT_FIELDS = frozenset(
    {
        "items", "steps", "children", "text", "label", "title", "description", "value", "actions",
        "columns", "rows", "src", "icon", "change", "data", "options", "badge", "hint", "error",
    }
)  # fmt: skip
"""What gives an element something to show (an entry, a child, a word, a picture)."""


def check_empty_element(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """Warn of a list, tabs, a breadcrumb... with no entries and a card, form, modal, table or stat
    with no content at all: each draws an empty box or a bare line, which a document (or the
    program that wrote it) rarely means; a table with columns and no rows is its empty state, kept."""
    example = ENTRY_TYPES.get(kind) or BOX_TYPES.get(kind)
    if example is None or any(_shows(element.get(name)) for name in CONTENT_FIELDS):
        return
    if any(_holds_content(value) for name, value in element.items() if name not in Element.model_fields):
        return  # React's `props: {title: ...}`: the error on that field says to move them up
    if kind in BOX_TYPES and _drawn_as_a_block(element):
        return
    what = "entries" if kind in ENTRY_TYPES else "content"
    findings.warn(
        path,
        f"the {kind} {'have' if kind == 'tabs' else 'has'} no {what}, so nothing is drawn to read",
        "empty_element",
        f"give it its {what}: {example}",
    )


def _drawn_as_a_block(element: Mapping[str, Any]) -> bool:
    """Whether an empty box is given a size or a fill of its own: a coloured block or a slot kept
    for something, drawn on purpose."""
    layout, style = element.get("layout"), element.get("style")
    sized = isinstance(layout, Mapping) and any(name in layout for name in ("height", "minHeight"))
    styled = isinstance(style, Mapping) and any(
        name in style for name in ("height", "minHeight", "background", "backgroundColor", "backgroundImage")
    )
    return sized or styled or bool(element.get("className"))


def _holds_content(value: Any) -> bool:
    """Whether an object under a field the DSL does not know (`props`) holds content."""
    return isinstance(value, Mapping) and any(_shows(value.get(name)) for name in CONTENT_FIELDS)


def _shows(value: Any) -> bool:
    if value is None or value is False:
        return False
    if isinstance(value, str | list | Mapping):
        return bool(value.strip() if isinstance(value, str) else value)
    return True


LAYOUT_TYPES = frozenset({"grid", "flex", "row", "column", "stack", "container"})
"""The types that only lay out their `children`: without any, they draw nothing (a section
draws its title)."""
LAYOUT_FIELDS = ("columns", "gap")
"""Fields that say how many children there are to be and how far apart: written on a layout
element with no children, they tell that some were meant (an `align` alone may be a spacer's)."""


def check_empty_layouts(
    siblings: list[Any], path: tuple[Key, ...], parent: str | None, findings: Findings
) -> None:
    """Warn of a grid, row, flex... in `siblings` (the list at `path`, the children of a
    `parent` type, or the page's elements) that has no children yet says how to lay them out
    (`columns: 3`, `gap`) or writes `children:` empty: in YAML, its items written at its own
    indent become the elements after it (`children: null`), drawn one under another instead of
    in its columns. Those elements are named, so the slip is found at once."""
    for index, element in enumerate(siblings):
        kind = element.get("type") if isinstance(element, Mapping) else None
        if not isinstance(kind, str) or kind not in LAYOUT_TYPES:
            continue
        if any(_shows(element.get(name)) for name in ("children", "items")) or _drawn_as_a_block(element):
            continue  # elements written under `items` are told where they are (`elements_in_items`)
        if "children" not in element and not any(_shows(element.get(name)) for name in LAYOUT_FIELDS):
            continue  # a bare spacer
        after = [other for other in siblings[index + 1 :] if isinstance(other, Mapping)]
        where = (*path, index, "children") if "children" in element else (*path, index)
        findings.warn(where, *_empty_layout_words(kind, element, after, parent))


def _empty_layout_words(
    kind: str, element: Mapping[str, Any], after: list[Mapping[str, Any]], parent: str | None
) -> tuple[str, str, str]:
    """The message, code and suggestion for a layout element with no children."""
    columns = element.get("columns")
    subject = f"the {kind}'s children: is empty" if "children" in element else f"the {kind} has no children"
    message = f"{subject}, so it draws nothing"
    if kind == "grid" and isinstance(columns, int) and not isinstance(columns, bool):
        message += f" in its {columns} columns"
    if not after:
        return message, "empty_element", "give it its children: children: [{type: button, label: One}, ...]"
    place = f"in the {parent}" if parent else "on the page"
    count = "the element" if len(after) == 1 else f"the {len(after)} elements"
    start = "" if len(after) == 1 else "from "
    message += (
        f"; {count} written after it ({start}{_named(after[0])}) {'is' if len(after) == 1 else 'are'} "
        f"drawn {place}, not in it: likely its children, written at its own indent"
    )
    hint = f"indent them under the {kind}'s children:, deeper than its '- type: {kind}', so that it lays them out"
    return message, "empty_element", hint


def _named(element: Mapping[str, Any]) -> str:
    """An element as a message names it: its type and its first words ("the button '12A'")."""
    words = next(
        (
            element[name]
            for name in ("label", "title", "text", "value")
            if isinstance(element.get(name), str | int)
        ),
        None,
    )
    kind = element.get("type")
    named = f"the {kind}" if isinstance(kind, str) else "an element"
    return f"{named} '{str(words)[:30]}'" if words is not None and str(words).strip() else named
