"""Elements written with nothing to show: a list with no items, a card with nothing in it."""

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
