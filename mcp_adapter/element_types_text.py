"""What list_element_types tells of the DSL's element types, and its compact text."""

from __future__ import annotations

import json
from typing import Any

from kernel.dsl.catalog import CATEGORIES, CONTAINER_TYPES, DESCRIPTIONS, DEVICES, ENTRY_FIELDS
from mcp_adapter.element_examples import EXAMPLES
from mcp_adapter.reference import element_choices, element_fields
from mcp_adapter.results import ElementTypeOut, ElementTypesOut

TYPE_CATEGORY = {kind: name for name, members in CATEGORIES.items() for kind in members}
DEVICE_SIZES = {name: f"{w}x{h}@{s:g}x" for name, (w, h, s) in DEVICES.items()}
MORE = (
    'list_element_types with type (e.g. "input,select") or category gives each type\'s description, '
    "the values of its fields and an example; get_example gives whole screens"
)


def element_type_out(kind: str) -> ElementTypeOut:
    """Everything told about one element type."""
    return ElementTypeOut(
        type=kind,
        category=TYPE_CATEGORY[kind],
        container=kind in CONTAINER_TYPES,
        fields=element_fields(kind),
        description=DESCRIPTIONS[kind],
        choices=element_choices(kind) or None,
        entry_fields=list(ENTRY_FIELDS[kind]) if kind in ENTRY_FIELDS else None,
        example=EXAMPLES[kind],
    )


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def element_types_text(out: ElementTypesOut) -> str:
    """list_element_types' result as compact text: the document's fields, what every element
    takes, each type with its fields (and in detail its description, values and example)."""
    lines: list[str] = []
    if out.document:
        lines.append(
            'A document (JSON or YAML) is {"device": "laptop", "theme": {...}, "elements": [...]}; its fields:'
        )
        lines += [f"- {name}: {what}" for name, what in out.document.items()]
    if out.every_element:
        lines.append(out.every_element)
    if out.fields_by_category:
        lines.append("Element types by category (* draws children) and the fields each draws:")
        for category, kinds in out.fields_by_category.items():
            entries = [
                f"{kind}{'*' if 'children' in fields.split() else ''}"
                f"({' '.join(f for f in fields.split() if f != 'children')})"
                for kind, fields in kinds.items()
            ]
            lines.append(f"{category}: " + " ".join(entries))
    for t in out.types:
        lines.append(f"{t.type} ({t.category}{', container' if t.container else ''}): {t.description}")
        lines.append("  fields: " + ", ".join(t.fields))
        if t.choices:
            lines.append("  values: " + "; ".join(f"{k} {'|'.join(v)}" for k, v in t.choices.items()))
        if t.entry_fields:
            lines.append(f"  an entry of items: text (its label) or {{{', '.join(t.entry_fields)}}}")
        lines.append(f"  example: {_compact(t.example)}")
    if out.more:
        lines.append(f"More: {out.more}.")
    lines += [f"Not listed: {note}." for note in out.not_types]
    return "\n".join(lines)
