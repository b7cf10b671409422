"""Checks of form controls: an input's type, an add-on's word, a radio group's `checked`, a list `value`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from kernel.dsl.compiler.elements.text_input import INPUTS_DRAWN_AS
from kernel.dsl.compiler.fields import FIELD_ICON_WORDS
from kernel.dsl.hints.html_inputs import HTML_INPUT_TYPES, input_type_hint, plain_input_hint
from kernel.dsl.hints.undrawn import value_shape_hint
from kernel.dsl.model.earlier_format import attribute_fields
from kernel.dsl.semantic.findings import Findings, Key, shown_value


def input_type_of(element: Mapping[str, Any]) -> tuple[Any, tuple[Key, ...]]:
    """An input's type as written, and where: its `inputType`, else the earlier format's
    `customAttributes: {type: ...}` (as the model reads it)."""
    if element.get("inputType") is not None:
        return element["inputType"], ("inputType",)
    attributes = element.get("customAttributes")
    read = attribute_fields("input", attributes if isinstance(attributes, Mapping) else None, {})
    for attribute, (read_as, value) in read.items():
        if read_as == "inputType":
            return value, ("customAttributes", str(attribute))
    return None, ()


def check_value_list(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """A list `value` is a select's chosen options (drawn as chips) or a slider's range (its two
    ends, judged by `check_slider_range`); on any other type it is an error, as the schema
    reported before selects took one: a radio group or a field has one value."""
    value = element.get("value")
    if kind in {"select", "slider"} or not isinstance(value, list):
        return
    message = "expected a string, an integer, a number or a boolean, got a list"
    findings.error(
        (*path, "value"), message, "invalid_type", value_shape_hint(kind, value) or _one_value_hint(kind)
    )


def _one_value_hint(kind: str) -> str:
    """Where several values go: a select's chosen options."""
    if kind == "radio":
        return "a radio group has one chosen option; several chosen ones are a select's: {type: select, multiple: true}"
    return "only a select takes a list, its chosen options: {type: select, multiple: true, value: [A, B]}"


def check_radio_checked(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """`checked` on a radio group (with options) is not drawn: its chosen option is its `value`."""
    options = element.get("options")
    if not isinstance(element.get("checked"), bool) or not isinstance(options, list) or not options:
        return
    first = options[0].get("label") if isinstance(options[0], Mapping) else options[0]
    chosen = json.dumps(first, ensure_ascii=False) if isinstance(first, str) and len(first) <= 30 else "..."
    hint = (
        "its chosen option is its 'value': remove it"
        if element.get("value") not in (None, "")
        else f"its chosen option is its 'value': value: {chosen}; 'checked' is a lone radio's or a checkbox's"
    )
    findings.warn((*path, "checked"), "a radio group does not draw 'checked'", "field_ignored", hint)


def inputs_drawn_as() -> Mapping[str, str]:
    """HTML input types the compiler draws as another element (`checkbox` as a checkbox,
    `range` as a slider)."""
    return INPUTS_DRAWN_AS


def check_input_type(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """An input's type (its `inputType`, or the earlier format's `customAttributes: {type: ...}`)
    that is no HTML input type (`emial`) draws a text field: warn with the type meant. One that
    the compiler draws as a plain text field where a browser draws a control (a date picker, a
    colour well, a file button) says what draws it."""
    written, at = input_type_of(element)
    if not isinstance(written, str) or not written.strip():
        return
    where = (*path, *at)
    input_type = written.strip().lower()
    if input_type not in HTML_INPUT_TYPES:
        findings.warn(
            where, f"unknown inputType '{shown_value(written)}': a text field is drawn", "invalid_value",
            input_type_hint(written),
        )  # fmt: skip
        return
    if input_type in inputs_drawn_as():
        return
    advice = plain_input_hint(input_type, element.get("value"), element.get("icon"))
    if advice is not None:
        message = f"an input of type '{input_type}' is drawn as a plain text field"
        findings.warn(where, message, "field_ignored", advice)


def check_addon_words(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """An add-on written as a plain word that names an icon a field shows (`prefix: mail`) is
    drawn as the word (a plain word is text: `users`, `months`): say so, with the object that
    draws the icon. Unit words that are icons' names too (`users`, `files`, `euro`) are not told."""
    for side in ("prefix", "suffix"):
        word = element.get(side)
        if isinstance(word, str) and word in FIELD_ICON_WORDS:
            findings.warn(
                (*path, side),
                f"{side} '{word}' is drawn as the word '{word}': a plain word in an add-on is text",
                "addon_text",
                f"for the {word} icon write {side}: {{icon: {word}}}",
            )
