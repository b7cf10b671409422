"""Indexes and values past what an element shows: a page, a step, a tab, an option, a progress, a rating."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kernel.dsl.hints.suggest import did_you_mean
from kernel.dsl.number_text import shown_number
from kernel.dsl.progress_value import (
    may_be_fraction,
    small_value_reading,
    stated_once,
    stated_percents,
    written_fraction,
    written_value,
)
from kernel.dsl.semantic.findings import Findings, Key, number_or_none, shown_value
from kernel.dsl.semantic.slider_values import check_slider_range, check_slider_text_value, slider_bounds


def check_positions(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings, lang: str | None = None
) -> None:
    """Indexes and values that point past what the element shows (drawn clamped, so warnings);
    `lang` is the document's, whose signs read a figure in a text value ("1.200 €" in German)."""
    if kind not in _POSITION_TYPES:
        return
    items = element.get("items")
    count = len(items) if isinstance(items, list) else None
    current = number_or_none(element.get("current"))
    total = number_or_none(element.get("total"))
    value = number_or_none(element.get("value"))
    active = element.get("active")
    if kind == "pagination" and current is not None and total is not None and not 1 <= current <= total:
        message = f"page {shown_number(current)} is outside 1..{shown_number(total)} (1-based: current: 1 is the first page)"
        findings.warn((*path, "current"), message, "out_of_range")
    if kind == "stepper" and current is not None and count and not 0 <= current <= count:
        # `current` equal to the number of steps is the finished state: every step done.
        findings.warn(
            (*path, "current"),
            f"step {shown_number(current)} is outside 0..{count - 1} (0-based), or {count} for every step done",
            "out_of_range",
        )
    if kind in _ACTIVE_NAMES and count and active is not None and not isinstance(active, bool):
        _check_active(kind, active, items or [], (*path, "active"), findings)
    if kind in ("select", "radio"):
        _check_chosen_option(kind, element, path, findings)
    if kind in {"progress", "slider", "rating"} and isinstance(element.get("value"), bool):
        # `value` is any scalar (a checkbox's, a field's), so the schema passes a boolean here.
        findings.error(
            (*path, "value"), f"expected a number, got {str(element['value']).lower()}", "invalid_type",
            f"a {kind}'s value is a number" + (' (65), a percentage ("65%") or a count ("780/1000")' if kind == "progress" else ""),
        )  # fmt: skip
    if kind in {"progress", "slider"} and value is not None:
        low = number_or_none(element.get("min")) or 0.0
        high = number_or_none(element.get("max"))
        high = 100.0 if high is None else high
        if not low <= value <= high:
            drawn = (
                f" (drawn {_past_end(value > high, _share(value, low, high))})" if kind == "progress" else ""
            )
            findings.warn(
                (*path, "value"),
                f"value {shown_number(value)} is outside {shown_number(low)}..{shown_number(high)}{drawn}",
                "out_of_range",
            )
    if kind == "slider" and isinstance(element.get("value"), str):
        check_slider_text_value(element["value"], slider_bounds(element), (*path, "value"), findings, lang)
    if kind == "slider":
        check_slider_range(element, path, findings, lang)
    if kind == "progress" and value is not None:
        _check_progress_share(element, value, path, findings)
    if kind == "progress":
        _check_progress_text_value(element.get("value"), (*path, "value"), findings)
    written = written_value(element.get("value")) if kind == "progress" else None
    if written and written[1] and not 0 <= written[0] <= 100:
        drawn = _past_end(written[0] > 100, written[0] / 100)
        findings.warn(
            (*path, "value"),
            f"value {shown_number(written[0])}% is outside 0%..100% (drawn {drawn})",
            "out_of_range",
        )
    stars = number_or_none(element.get("max")) if kind == "rating" else None
    if stars is not None and stars <= 0:
        message = f"a rating's max is its number of stars, so it must be positive, not {shown_number(stars)}"
        findings.error(
            (*path, "max"), message, "out_of_range", "write how many stars to draw; 5 when max is left out"
        )
    elif kind == "rating" and value is not None:
        stars = 5 if stars is None else stars
        if not 0 <= value <= stars:
            findings.warn(
                (*path, "value"),
                f"rating {shown_number(value)} is outside 0..{shown_number(stars)} (the stars are drawn clamped)",
                "out_of_range",
            )


def _check_progress_text_value(value: Any, path: tuple[Key, ...], findings: Findings) -> None:
    """A progress's `value` written as words must be one it reads ("65", "65%", "780/1000"):
    anything else drew an empty bar without a word, so it is an error, as is a whole of 0."""
    if not isinstance(value, str) or written_value(value):
        return
    fraction = written_fraction(value)
    if fraction is None:
        message = f"a progress cannot read the value {value!r}"
        suggestion = (
            'write a number of 0..max (65), a percentage ("65%") or a count out of a whole ("780/1000")'
        )
        findings.error(path, message, "invalid_value", suggestion)
    elif fraction[1] <= 0:
        message = f"the value {value!r} is a count out of a whole of 0"
        findings.error(path, message, "invalid_value", 'write the whole after the slash, as in "780/1000"')


def _share(value: float, low: float, high: float) -> float | None:
    """Where `value` sits in low..high as a fraction; None for a number too large for a float
    (a 400-digit value), whose percentage nobody would read anyway."""
    try:
        return (value - low) / (high - low or 1)
    except OverflowError:
        return None


def _past_end(over: bool, share: float | None) -> str:
    """How a progress whose value is past an end of its range is drawn: full and labelled with
    its real percentage past the top (over quota), empty past the bottom."""
    drawn = "full" if over else "empty"
    return drawn if share is None else f"{drawn}, labelled {share * 100:.0f}%"


def _check_progress_share(
    element: Mapping[str, Any], value: float, path: tuple[Key, ...], findings: Findings
) -> None:
    """A value above 0 and at most 1 on the default range is a fraction of 1 (0.4 fills 40 %, 1
    the whole bar), or the percentage its text or label states (0.4 beside "0.4%"); when they
    state percentages that are neither, say how it is read (see `small_value_reading`), each
    percentage once and by the field that states it."""
    if not may_be_fraction(value) or element.get("min") or number_or_none(element.get("max")):
        return
    stated = stated_once(stated_percents(element.get("text"), element.get("label")))
    if small_value_reading(value, stated) != "unsure":
        return
    said = ", ".join(f"{percent.percent:g}%" for percent in stated)
    fields = [name for name in ("text", "label") if stated_percents(element.get(name))]
    findings.warn(
        (*path, "value"),
        f"value {value:g} is read as a fraction of 1 and fills {value * 100:g}% of the bar, but the "
        f"{' and '.join(fields)} state{'s' * (len(fields) == 1)} {said}",
        "out_of_range",
        f"write the share the bar should fill as a percentage (value: {stated[0].percent:g} for "
        f"{stated[0].percent:g}%), or make the {fields[0]} state {value * 100:g}%",
    )


_ACTIVE_NAMES = {"tabs": "tab", "stepper": "step", "accordion": "section"}
"""The types whose `active` names an entry by index or label, and what an entry is called."""


_POSITION_TYPES = frozenset(
    {"pagination", "stepper", *_ACTIVE_NAMES, "select", "radio", "progress", "slider", "rating", "calendar"}
)
"""The types `check_positions` judges (every other passes it at once)."""


def _check_active(
    kind: str, active: Any, items: list[Any], where: tuple[Key, ...], findings: Findings
) -> None:
    """An `active` that names no entry, by index (0-based) or by label, as the compiler looks it
    up: a stepper's past its last step marks every step done, an accordion's -1 closes them all;
    tabs and steppers read a label in any case and an index written as text."""
    entry, count = _ACTIVE_NAMES[kind], len(items)
    labels = [str(_label(item)) for item in items if _label(item) is not None]
    index = number_or_none(active)
    if isinstance(active, str) and kind != "accordion":
        words = active.strip().lower()
        if any(label.lower() == words for label in labels) or (words.isdigit() and int(words) < count):
            return
    elif isinstance(active, str) and active in labels:
        return
    if index is not None:
        low = -1 if kind == "accordion" else 0
        high = count if kind == "stepper" else count - 1
        if low <= index <= high:
            return
        extra = {
            "stepper": f", or {count} for every step done",
            "accordion": ", or -1 to close every section",
        }
        message = f"{entry} {shown_number(index)} is outside 0..{count - 1} (0-based){extra.get(kind, '')}"
        findings.warn(where, message, "out_of_range")
    elif isinstance(active, str):
        choices = ", ".join(labels[:6]) + (", ..." if len(labels) > 6 else "")
        hint = (
            did_you_mean(active, labels) or f"name one by its label ({choices}) or its index, 0..{count - 1}"
        )
        findings.warn(where, f"no {entry} is labelled '{shown_value(active)}'", "out_of_range", hint)


def _check_chosen_option(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """A select's or radio group's `value` that is none of its options (matched, as the compiler
    does, by an option's value or its label): a select draws it as written all the same, a radio
    group checks no option. Each of a select's chosen options (a list) is judged so."""
    options, value = element.get("options"), element.get("value")
    if not isinstance(options, list) or not options:
        return
    if isinstance(value, list) and kind == "select":
        for index, one in enumerate(value):
            _check_one_chosen(kind, options, one, (*path, "value", index), findings)
    else:
        _check_one_chosen(kind, options, value, (*path, "value"), findings)


def _check_one_chosen(
    kind: str, options: list[Any], value: Any, where: tuple[Key, ...], findings: Findings
) -> None:
    """A warning when `value` (a text or a number) names none of `options`."""
    if value in (None, "") or isinstance(value, bool | list | dict):
        return
    if any(isinstance(option, Mapping) and option.get("label") is None for option in options):
        return  # an option without a label is the schema's error; its value would be named "None"
    labels = [str(option.get("label") if isinstance(option, Mapping) else option) for option in options]
    values = [option.get("value") for option in options if isinstance(option, Mapping)]
    if value in values or str(value) in labels:
        return
    drawn = "it is drawn in the box all the same" if kind == "select" else "no option is drawn chosen"
    shown = ", ".join(labels[:6]) + (", ..." if len(labels) > 6 else "")
    hint = did_you_mean(str(value), labels) or f"name an option by its label (or its value): {shown}"
    message = f"'{shown_value(str(value))}' is none of the {kind}'s options: {drawn}"
    findings.warn(where, message, "out_of_range", hint)


def _label(item: Any) -> Any:
    if isinstance(item, str):
        return item
    return item.get("label") or item.get("text") if isinstance(item, Mapping) else None
