"""What to write for an element given as `{heading: Settings}`: a type used as a field's name."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.semantic.fields import fields_drawn_by

_TEXT_FIELDS = ("text", "label", "title")
"""The field that takes the shorthand's value, the first of these the type draws."""


def type_as_field_hint(field: str, element: Any) -> str | None:
    """For an element with no `type` whose unknown field names an element type (`- heading:
    Settings`, as some other formats write it): the element written out, `{type: heading, text:
    Settings}`, its value in the first of text, label or title the type draws. None when the
    element has a type or the field names none (a misspelt field keeps its did-you-mean)."""
    if not isinstance(element, Mapping) or "type" in element:
        return None
    kind = field.strip().lower()
    if kind not in ELEMENT_TYPES:
        return None
    value = element.get(field)
    drawn = fields_drawn_by(kind)
    text_field = next((name for name in _TEXT_FIELDS if name in drawn), None)
    if text_field is None or not isinstance(value, str | int | float) or isinstance(value, bool):
        return f"an element names its type in 'type': {{type: {kind}, ...}}"
    shown = value if isinstance(value, str) and _plain(value) else json.dumps(value, ensure_ascii=False)
    return f"an element names its type in 'type': write {{type: {kind}, {text_field}: {shown}}}"


def _plain(text: str) -> bool:
    """Whether `text` reads the same unquoted inside a YAML flow mapping."""
    return bool(text) and text == text.strip() and not any(mark in text for mark in ",:{}[]#&*!|>'\"%@`")
