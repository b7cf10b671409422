"""What to write for HTML's own words: the earlier format's attributes, and input types."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kernel.dsl.hints.suggest import did_you_mean
from kernel.dsl.hints.wording import flow, shown_or
from kernel.dsl.model.earlier_format import ATTRIBUTE_FIELDS

_ATTRIBUTES_AS_FIELDS = {
    "style": "style: {...}", "class": "className: ...", "id": "id: ...", "href": "href: ...",
    "src": "src: ...", "alt": "alt: ...", "hidden": "leave the element out",
}  # fmt: skip
"""HTML attributes of the earlier format's `customAttributes` that the DSL never reads, and what
says the same in its own words."""

UNSEEN_ATTRIBUTES = frozenset({
    "accesskey", "action", "autocapitalize", "autocomplete", "autocorrect", "autofocus", "download",
    "draggable", "enterkeyhint", "for", "form", "formaction", "formenctype", "formmethod",
    "formnovalidate", "formtarget", "inputmode", "itemid", "itemprop", "itemref", "itemscope",
    "itemtype", "list", "maxlength", "method", "minlength", "name", "nonce", "novalidate", "part",
    "pattern", "readonly", "rel", "role", "slot", "spellcheck", "tabindex", "target", "title",
    "translate", "type",
})  # fmt: skip
"""HTML attributes that draw nothing in a browser's still picture (what a form sends, how a
field is typed into, a hover's tooltip, a button's submit type): accepted without a word, the
picture being what the earlier renderer's was. `aria-*` and `data-*` are too."""

_EVENT_HANDLER = re.compile(r"on[a-z]+")


AttributeWarning = tuple[str, str, str | None]
"""A warning's message, code and hint."""


def ignored_attribute(kind: str, name: str, element: Mapping[str, Any]) -> AttributeWarning | None:
    """The warning for an HTML attribute of the earlier format's `customAttributes` on an
    element of type `kind` that the DSL does not read as a field of its own: its field is given
    too, its value is none the field holds, it is an event handler (mockups run no code), or
    one the DSL never emits. None for one that draws nothing anyway (see `UNSEEN_ATTRIBUTES`)."""
    lowered = name.lower()
    where = f"'customAttributes': '{name}'"
    field = ATTRIBUTE_FIELDS.get((kind, lowered))
    if field is not None:
        return _unread_attribute(where, field, element.get(field), element["customAttributes"][name])
    if lowered.startswith(("aria-", "data-")) or lowered in UNSEEN_ATTRIBUTES:
        return None
    if _EVENT_HANDLER.fullmatch(lowered):
        message = f"{where} is accepted for compatibility but never emitted (mockups run no code)"
        return message, "ignored_event_handler", None
    hint = _ATTRIBUTES_AS_FIELDS.get(lowered)
    said = f"the DSL's own field says it: {hint}" if hint and ":" in hint else hint
    return f"{where} is never emitted, so it is ignored", "field_ignored", said


def _unread_attribute(where: str, field: str, given: Any, value: Any) -> AttributeWarning:
    """The warning for an attribute the DSL reads as its `field` that was not read: the field
    is `given` in the DSL's own words (which win), or `value` is none the field holds."""
    if given is not None:
        return (
            f"{where} is not drawn: the element's own '{field}' is",
            "field_ignored",
            "remove it from customAttributes",
        )
    shown = f"'{value}'" if isinstance(value, str) else "null" if value is None else flow(value)
    wanted = {"min": "a number", "max": "a number", "step": "a number", "inputType": "an input type"}
    return f"{where} is ignored: {shown} is not {wanted.get(field, 'a text')}", "invalid_value", None


HTML_INPUT_TYPES = (
    "text", "email", "password", "number", "tel", "url", "search", "date", "time", "datetime-local",
    "month", "week", "color", "file", "hidden", "checkbox", "radio", "range", "button", "submit", "reset",
    "image",
)  # fmt: skip
"""HTML's input types: what an input's `inputType` may be."""
_INPUT_TYPE_WORDS = {
    "phone": "tel", "telephone": "tel", "mobile": "tel", "mail": "email", "e-mail": "email",
    "string": "text", "integer": "number", "int": "number", "float": "number", "decimal": "number",
    "numeric": "number", "currency": "number", "money": "number", "uri": "url", "link": "url",
    "website": "url", "datetime": "datetime-local", "timestamp": "datetime-local", "secret": "password",
    "pass": "password", "pwd": "password", "colour": "color", "slider": "range",
}  # fmt: skip
"""Other words for an input type (`phone`, `integer`) -> HTML's."""
_INPUT_TYPE_ELEMENTS = {
    "textarea": "textarea", "multiline": "textarea", "select": "select", "dropdown": "select",
    "toggle": "toggle", "switch": "toggle", "upload": "upload", "rating": "rating",
}  # fmt: skip
"""Input types that are an element of their own (`inputType: switch` is a toggle)."""


def input_type_hint(written: str) -> str:
    """What to write for an `inputType` that is no HTML input type (`emial`, `phone`, `switch`)."""
    word = written.strip().lower()
    if word in _INPUT_TYPE_WORDS:
        return f"did you mean inputType: {_INPUT_TYPE_WORDS[word]}?"
    if word in _INPUT_TYPE_ELEMENTS:
        return f"it is an element of its own: type: {_INPUT_TYPE_ELEMENTS[word]}"
    return did_you_mean(word, HTML_INPUT_TYPES) or "the input types are " + ", ".join(HTML_INPUT_TYPES)


_DATE_FIELD = "icon: calendar draws a date picker's icon in the field; {type: calendar, value: %s} draws a month to pick the day in"
_PLAIN_INPUT_ADVICE = {
    "date": _DATE_FIELD,
    "month": _DATE_FIELD,
    "week": _DATE_FIELD,
    "datetime-local": _DATE_FIELD,
    "time": "icon: clock draws a time picker's icon in the field",
    "color": "a swatch is a box of its own beside it: {type: container, style: {background: %s}, "
    "layout: {width: 24, height: 24}}",
    "file": "a file picker is an element of its own: {type: upload, label: ...}",
    "hidden": "a hidden input shows nothing: remove it",
    "button": "a button is an element of its own: {type: button, label: %s}",
    "submit": "a button is an element of its own: {type: button, label: %s}",
    "reset": "a button is an element of its own: {type: button, label: %s}",
    "image": "a picture is an element of its own: {type: image, src: ...}",
    "checkbox": "a checkbox is an element of its own: {type: checkbox, checked: true}",
    "radio": "a radio is an element of its own: {type: radio, checked: true}",
    "range": "a slider is an element of its own: {type: slider, value: 50}",
}
"""What draws an input type that is drawn as a plain text field: an icon, another element."""


_PICKER_ICONS = {**dict.fromkeys(("date", "month", "week", "datetime-local"), "calendar"), "time": "clock"}
"""The icon that makes a text field look like a browser's picker field of each input type."""


def plain_input_hint(input_type: str, value: Any, icon: Any = None) -> str | None:
    """What draws an input of `input_type` as it looks in a browser, when the DSL draws it as a
    plain text field; None for the types a text field is (text, email, number...), and for a
    picker's field that already has its picker's icon (`icon: calendar` on a date): it is drawn
    as a closed picker looks, so nothing is left to add."""
    picker = _PICKER_ICONS.get(input_type)
    if picker is not None and isinstance(icon, str) and icon.strip().lower().startswith(picker):
        return None
    advice = _PLAIN_INPUT_ADVICE.get(input_type)
    if advice is None or "%s" not in advice:
        return advice
    if input_type in ("date", "month", "week", "datetime-local"):
        shown = shown_or(str(value)[:10], '"2025-07-17"') if value not in (None, "") else '"2025-07-17"'
    elif input_type == "color":
        shown = shown_or(value, '"#7c3aed"') if isinstance(value, str) and value.strip() else '"#7c3aed"'
    else:
        shown = shown_or(value, "...")
    return advice % shown
