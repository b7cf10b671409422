"""Pieces shared by the form-like types: the labelled field wrapper and the drawn text control."""

from __future__ import annotations

from kernel.dsl.compiler.html import esc, icon
from kernel.dsl.model import Element


def field_label(element: Element, text: str | None = None) -> str:
    """The label above a control, with a red star when `required`."""
    label = text if text is not None else element.label
    if not label:
        return ""
    star = '<span class="dsl-required">*</span>' if element.required else ""
    return f'<label class="dsl-field-label">{esc(label)}{star}</label>'


def field_messages(element: Element) -> str:
    """The error (red, with an icon) or else the hint below a control."""
    if element.error:
        return f'<p class="dsl-field-error">{icon("circle-alert", 14)}{esc(element.error)}</p>'
    if element.hint:
        return f'<p class="dsl-field-hint">{esc(element.hint)}</p>'
    return ""


def has_field_parts(element: Element) -> bool:
    """True when the element needs a wrapper for its label, hint or error around the control."""
    return bool(element.label or element.hint or element.error)


def state_classes(element: Element) -> str:
    """`is-invalid` / `is-disabled` for the control or field, from `error` and `disabled`."""
    states = [name for name, on in (("is-invalid", element.error), ("is-disabled", element.disabled)) if on]
    return " ".join(states)


def shown_value(element: Element) -> str:
    """The control's text: its value (dots for passwords), else the placeholder, both escaped."""
    value = element.value if element.value not in (None, "") else element.text
    if value not in (None, ""):
        text = "•" * min(len(str(value)), 24) if element.inputType == "password" else str(value)
        return f'<span class="dsl-control-value">{esc(text)}</span>'
    if element.placeholder:
        return f'<span class="dsl-control-placeholder">{esc(element.placeholder)}</span>'
    return '<span class="dsl-control-value"></span>'
