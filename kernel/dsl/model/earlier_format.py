"""The earlier format's element fields: `customAttributes` read as fields, those never drawn."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kernel.dsl.entities import read_words

_FIELD_ATTRIBUTES = ("value", "placeholder", "disabled", "required", "readonly")
_FIELD_TYPES = ("input", "textarea", "select", "search")
_CHOICE_TYPES = ("checkbox", "radio", "toggle")
ATTRIBUTE_FIELDS: dict[tuple[str, str], str] = {
    ("input", "type"): "inputType",
    **{(kind, name): name for kind in _FIELD_TYPES for name in _FIELD_ATTRIBUTES},
    **{("input", name): name for name in ("checked", "min", "max", "step")},
    **{(kind, name): name for kind in _CHOICE_TYPES for name in ("checked", "disabled", "required")},
    **{("slider", name): name for name in ("value", "min", "max", "step", "disabled")},
    ("button", "disabled"): "disabled",
}
"""HTML attributes of the earlier format's `customAttributes` that the DSL reads as a field of its
own, by element type: its docs set an input's type so (`{type: password}`), and its renderer
emitted them all, so a field's `value`, `placeholder` or `disabled` showed as such."""

_ATTRIBUTE_SWITCHES = frozenset({"disabled", "required", "checked", "readonly"})
_ATTRIBUTE_NUMBERS = frozenset({"min", "max", "step"})


def attribute_fields(
    kind: str, attributes: Mapping[str, Any] | None, fields: Mapping[str, Any]
) -> dict[str, tuple[str, Any]]:
    """The attributes of `attributes` read as a field of an element of type `kind` (see
    `ATTRIBUTE_FIELDS`): attribute -> (field, value). Only for a field the element's own
    `fields` (name -> value as written) do not give (the DSL's own words win), and a value that
    field can hold; HTML's attribute names and type words know no case. A checkbox's or a
    radio's `value` is what a form sends, not its state: not read."""
    read: dict[str, tuple[str, Any]] = {}
    for attribute, value in (attributes or {}).items():
        field = ATTRIBUTE_FIELDS.get((kind, str(attribute).lower()))
        if field is None or fields.get(field) is not None:
            continue
        converted = _attribute_value(field, value)
        if converted is not None:
            read[attribute] = (field, converted)
    if kind == "input":
        input_type = fields.get("inputType") or next(
            (value for field, value in read.values() if field == "inputType"), None
        )
        if isinstance(input_type, str) and input_type.strip().lower() in ("checkbox", "radio"):
            read = {name: (field, value) for name, (field, value) in read.items() if field != "value"}
    return read


def _attribute_value(field: str, value: Any) -> Any:
    """An attribute's value as the DSL's `field` holds it, or None when it holds none: a boolean
    attribute is on unless it plainly says off (`false`, as JSON authors write it), a bound is a
    number, a type is a lower-case word, a value or a placeholder is its text."""
    if value is None:
        return None
    if field in _ATTRIBUTE_SWITCHES:
        return attribute_is_on(value)
    if isinstance(value, bool):
        return None
    if field in _ATTRIBUTE_NUMBERS:
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
    if field == "inputType":
        return value.strip().lower() if isinstance(value, str) and value.strip() else None
    if isinstance(value, int | float):
        return value if field == "value" else str(value)
    return read_words(value) if isinstance(value, str) else None  # as a browser reads an attribute's


def attribute_is_on(value: object) -> bool:
    """A boolean HTML attribute's state: on when present (`checked`, `""`, `true`), unless its
    value plainly says off (`false`, as JSON authors write it)."""
    return value is not False and str(value).strip().lower() not in ("false", "0", "off", "no")


EVENT_HANDLERS = ("onClick", "onChange", "onHover")
"""The earlier format's event handlers: mockups run no code."""
EARLIER_FORMAT_FIELDS = (*EVENT_HANDLERS, "customAttributes", "responsive")
"""Element fields of the earlier format that no type draws: accepted, each with a warning."""
