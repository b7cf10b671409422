"""Suggestions for a value written in another shape than its field takes: one element where a
list of them goes, a text where an element goes, an entry's badge as an object, a style as
text, a number written as text ("1,200", "3k", "454px"), a CSS state as a style key, words as
React's `children`, a list as one comma-separated text."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

from kernel.dsl.catalog import CONTAINER_TYPES, UNDRAWN_FIELDS
from kernel.dsl.hints.charts import chart_data_shape_hint
from kernel.dsl.model.styles import css_declarations
from kernel.dsl.number_text import shown_number

ELEMENTS_AS_LIST = "make it a list, even of one element: [{type: ..., ...}]"
"""For one element object where a list of elements belongs (`elements`, an element's `children`)."""


def element_text_hint(value: str) -> str:
    """For a bare text where an element belongs: the text element it most likely means."""
    return f"an element is an object: {{type: text, text: {quoted_text(value)}}}"


_BADGE_TONE_KEYS = ("tone", "variant", "color", "status")


_BADGE_WORD_KEYS = ("label", "value", "content", "title", "name", "count")


def badge_tag_field_hint(field: str) -> str | None:
    """For an unknown field of a card's badge written with its tone (`{label: LIVE, tone:
    danger}`): its words are `text`, its tone `variant`."""
    key = field.strip().lower()
    if key in _BADGE_TONE_KEYS or key in ("colour", "type", "intent", "severity"):
        return "did you mean 'variant'? The badge's tone: {text: LIVE, variant: danger}"
    if key in _BADGE_WORD_KEYS:
        return "did you mean 'text'? The badge's words: {text: LIVE, variant: danger}"
    return "a badge written with its tone takes 'text' and 'variant': {text: LIVE, variant: danger}"


def badge_object_hint(value: Any) -> str | None:
    """How to colour an entry's badge written as an object (`badge: {text: Worsening, variant:
    danger}`): its words as the badge, the tone as the entry's `variant`."""
    if not isinstance(value, Mapping):
        return None
    words = _words_in_object(value)
    if words is None:
        return None
    tone = next((value[key] for key in _BADGE_TONE_KEYS if isinstance(value.get(key), str)), None)
    if tone is None:
        return f"badge is the words themselves: badge: {quoted_text(words)}"
    return (
        f"badge is the words themselves, the entry's variant its tone: badge: {quoted_text(words)}, "
        f"variant: {tone.strip().lower()} (a list row's badge takes its variant: success, warning, danger, info)"
    )


def field_shape_hint(kind: str | None, field: str | int, value: Any) -> str | None:
    """How to write an element's field given in another shape: a chart's data as a bare list of
    numbers, a style as text that is not CSS declarations, a radio's chosen option as `checked`,
    MUI's `error: true`, HTML's `disabled: disabled`, a grid's columns per breakpoint. `kind`: the
    element's type."""
    if field == "children" and isinstance(value, str | int | float) and not isinstance(value, bool):
        return _words_as_children_hint(kind, value)
    if field in ("options", "items") and isinstance(value, str):
        return _comma_list_hint(str(field), value)
    if field in _TEXT_FIELDS and isinstance(value, Mapping):
        words = _words_in_object(value)
        if words is not None:
            return f"{field} is the words themselves: {field}: {quoted_text(words)}"
    if field == "data" and kind == "chart":
        return chart_data_shape_hint(value)
    if field == "style" and isinstance(value, str):
        return _style_text_hint(value)
    if field in _SWITCHES and isinstance(value, str) and value.strip().lower() in (field, "on"):
        return f"write {field}: true"  # HTML's boolean attributes: disabled="disabled"
    if field == "checked" and kind in ("radio", "select") and isinstance(value, str | int | float):
        return f"a {kind}'s chosen option is its 'value': value: {_shown_value(value)}; 'checked' is a checkbox's on/off"
    if field == "error" and isinstance(value, bool):
        if not value:
            return "no error is drawn without one: remove it"
        return 'the error is the message drawn in red under the field: error: "Enter a valid email"'
    if field == "layout" and isinstance(value, str):
        word = value.strip().lower()
        if word in ("vertical", "horizontal", "row", "column", "inline", "stacked"):
            direction = "horizontal" if word in ("horizontal", "row", "inline") else "vertical"
            return (
                f"did you mean direction: {direction}? 'layout' places and sizes it: layout: {{width: 320}}"
            )
        return "'layout' places and sizes it: layout: {width: 320} (and height, x, y); its look goes in style"
    if field == "level" and isinstance(value, str) and re.fullmatch(r"\s*[hH]?[1-6]\s*", value):
        return f"level is a number: level: {value.strip()[-1]}"
    if field == "icon" and isinstance(value, Mapping):
        name = next(
            (v for k, v in value.items() if k in ("name", "icon", "type") and isinstance(v, str)), None
        )
        return f"an icon is named by text: icon: {name or 'arrow-right'}"
    if field == "header" and isinstance(value, str) and value.strip().lower() not in ("header", "on"):
        if kind == "calendar":
            return "header is true or false: header: false hides the month title and its arrows"
        return f"did you mean 'title'? title: {quoted_text(value)}"
    if field == "marks" and kind == "slider" and isinstance(value, list | Mapping):
        return _slider_marks_hint(value)
    if field == "columns" and isinstance(value, str) and kind == "table":
        names = [name.strip() for name in value.split(",") if name.strip()] or [value]
        return f"columns is a list, even of one name: columns: [{', '.join(names)}]"
    if field == "columns" and isinstance(value, str):
        return "a grid's columns is a count: columns: 3"
    if field == "columns" and isinstance(value, Mapping):
        counts = [n for n in value.values() if isinstance(n, int) and not isinstance(n, bool) and n > 0]
        count = max(counts) if counts else 3
        return (
            f"one screen width is drawn, so there are no breakpoints: give the count for it, columns: {count}"
        )
    return None


def _slider_marks_hint(value: list[Any] | Mapping[Any, Any]) -> str:
    """For a slider's marks given at chosen values (MUI's `marks: [{value: 25}]`, Ant Design's
    `marks: {0: "0°C"}`, a list of numbers): a slider draws its min and max under the track, or
    nothing; the ends of the values given are its min and max."""
    written = list(value) if isinstance(value, Mapping) else value
    found = [mark.get("value") if isinstance(mark, Mapping) else mark for mark in written]
    numbers = sorted(number for one in found if (number := _number(one)) is not None)
    ends = f", min: {shown_number(numbers[0])}, max: {shown_number(numbers[-1])}" if len(numbers) > 1 else ""
    return (
        "marks is true or false: true draws the min and max under the track; a slider draws no "
        f"ticks at chosen values: marks: true{ends}"
    )


def _number(value: Any) -> float | None:
    """A number written as one or as its text (`"25"`, an Ant Design marks key), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    try:
        number = float(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return number if number is not None and math.isfinite(number) else None


_TEXT_FIELDS = frozenset({"label", "text", "title", "description", "placeholder", "hint", "error"})
_WORDS_KEYS = ("text", "label", "value", "title", "content", "children", "name")


def words_written(value: Any) -> str | None:
    """The words a text field's value holds: a text or a number as written, or the one text of an
    object (`{text: Save}`); None for anything else."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value)
    return _words_in_object(value) if isinstance(value, Mapping) else None


def _words_in_object(value: Mapping[Any, Any]) -> str | None:
    """The words of a text written as an object with one text in it (`{text: Save}`, React's
    `{children: Save}`), or None."""
    words = [value[key] for key in _WORDS_KEYS if isinstance(value.get(key), str | int | float)]
    return str(words[0]) if len(words) == 1 and not isinstance(words[0], bool) else None


def _comma_list_hint(field: str, value: str) -> str:
    """A list written as one text of comma-separated names, as the list it means."""
    names = [name.strip() for name in value.split(",") if name.strip()] or [value.strip()]
    shown = ", ".join(json.dumps(name, ensure_ascii=False) for name in names[:12])
    return f"{field} is a list, one entry each: {field}: [{shown}{', ...' if len(names) > 12 else ''}]"


def style_state_hint(written: str) -> str | None:
    """For a style key that is a CSS state or pseudo-element (`":hover"`, `"&:focus"`): a picture
    draws one state, the element as it is."""
    key = written.strip()
    if key.startswith(("&", ":")) or (key.startswith("_") and key[1:] in _STATE_WORDS):
        return (
            "a picture draws one state, so states (:hover, :focus, :active) are not drawn: remove it, or "
            "put the look you want to show in the style itself"
        )
    return None


_STATE_WORDS = frozenset({"hover", "focus", "active", "disabled", "focusVisible", "pressed", "checked"})
"""Chakra's state props (`_hover`, `_focus`)."""


def _words_as_children_hint(kind: str | None, value: str | int | float) -> str:
    """Where words written as React's `children` go: a button's in `label`, other types' in the
    field they draw their words from (`text`); a container's in a text element among its
    children. Wrapping them in a text child of a button or a heading drew an empty button."""
    shown = quoted_text(str(value)) if isinstance(value, str) else shown_number(value)
    if kind in CONTAINER_TYPES:
        return f"children is a list of elements: children: [{{type: text, text: {shown}}}]"
    undrawn = UNDRAWN_FIELDS.get(kind or "", frozenset())
    order = ("label", "text", "title") if kind in ("button", "chip", "checkbox", "toggle", "radio") else (
        "text", "label", "title")  # fmt: skip
    field = next((name for name in order if name not in undrawn), "text")
    return f"its words go in '{field}', not in children: {field}: {shown}"


_SWITCHES = frozenset(
    {
        "disabled",
        "checked",
        "required",
        "striped",
        "selectable",
        "ordered",
        "removable",
        "wrap",
        "marks",
        "header",
    }
)
"""The element fields that are true or false."""


_NUMBER_AS_TEXT = re.compile(r"\s*([-+]?)[$€£¥]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*%?\s*")
"""A number written as text with what a number has not: thousands commas, a currency sign, a %."""


_SUFFIXED_NUMBER = re.compile(r"\s*([-+]?)[$€£¥]?(\d+(?:\.\d+)?)\s*(k|K|m|M|mn|bn|b|B|t|T)\s*")
"""A number written short with a magnitude suffix, as a dashboard shows it: "3k", "$2.5M", "1.2bn"."""
_SUFFIX_MAGNITUDES = {"k": 3, "m": 6, "mn": 6, "b": 9, "bn": 9, "t": 12}


def number_text_hint(value: Any) -> str | None:
    """For a number written as such text (`"1,200"`, `"$48"`, `"72%"`, `"3k"`), the number alone."""
    if not isinstance(value, str):
        return None
    unit = _NUMBER_WITH_UNIT.fullmatch(value)
    if unit is not None:  # width: "454px", scale: "2x" (a retina suffix): the number is meant
        meaning = "numbers are px" if unit.group(2).lower() == "px" else "a scale is a plain number"
        return f"{meaning}: write {shown_number(float(unit.group(1)))}"
    short = _SUFFIXED_NUMBER.fullmatch(value)
    if short is not None:
        return f"write the number in full, without a k, M or B suffix: {_in_full(short)}"
    found = _NUMBER_AS_TEXT.fullmatch(value)
    if found is None:
        return None
    number = found.group(1) + found.group(2).replace(",", "") + (found.group(3) or "")
    return f"write the number alone, without thousands commas, currency or %: {number}"


def _in_full(short: re.Match[str]) -> str:
    """The number a suffixed one stands for ("2.5M" -> 2500000), in digits without an exponent."""
    sign, digits, suffix = short.groups()
    whole, _, fraction = digits.partition(".")
    places = _SUFFIX_MAGNITUDES[suffix.lower()]
    shifted = (whole + fraction.ljust(places, "0")[:places]).lstrip("0") or "0"
    rest = fraction[places:].rstrip("0")
    return sign + shifted + (f".{rest}" if rest else "")


_NUMBER_WITH_UNIT = re.compile(r"\s*@?(\d+(?:\.\d+)?)\s*(px|x)\s*", re.IGNORECASE)
"""A number written with px or a retina suffix (`"454px"`, `"2x"`, `"@2x"`) where a number goes."""


def _shown_value(value: str | int | float) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False) if len(value) <= 30 else '"..."'
    return f"{shown_number(value)}"


def _style_text_hint(text: str) -> str:
    """How to write a style given as text: the object of its declarations, so far as they read."""
    pieces = [piece.partition(":") for piece in text.split(";")]
    named = [(name.strip(), written.strip()) for name, colon, written in pieces if colon and name.strip()]
    shown = ", ".join(
        f"{name}: {written}" for name, written in named[:4] if css_declarations(f"{name}: {written}")
    )
    example = shown or "color: red, padding: 4"
    return (
        f'style is an object of CSS properties: style: {{{example}}}, or CSS text "color: red; padding: 4px"'
    )


def quoted_text(value: str) -> str:
    """Text as a hint writes it: in JSON's quotes (which YAML reads alike), shortened past 40."""
    return json.dumps(value if len(value) <= 40 else value[:37] + "...", ensure_ascii=False)
