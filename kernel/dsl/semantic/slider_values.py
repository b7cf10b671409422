"""Checks of a slider's `value`: a figure in a text, and a range's two ends (`value: [low, high]`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kernel.dsl.compiler.numbers_local import value_figure
from kernel.dsl.number_text import grouped, shown_number
from kernel.dsl.semantic.findings import Findings, Key, is_number, number_or_none

RANGE_ENDS = 2
"""A range slider's thumbs: its low end and its high end."""


def slider_bounds(element: Mapping[str, Any]) -> tuple[float, float]:
    """A slider's `min` and `max`, 0 and 100 when left out, as the compiler draws them."""
    low = number_or_none(element.get("min")) or 0.0
    high = number_or_none(element.get("max"))
    return low, 100.0 if high is None else high


def check_slider_text_value(
    text: str, bounds: tuple[float, float], path: tuple[Key, ...], findings: Findings, lang: str | None
) -> None:
    """A slider's `value` written as text ("£2,500,000", "€220") places its thumb by the figure
    in it, as the compiler reads it (`value_figure`): one past an end of the range pins the
    thumb there, as a numeric value does, so it is warned the same way."""
    figure = value_figure(text, lang)
    low, high = bounds
    if figure is None or low <= figure <= high:
        return
    end = "end" if figure > high else "start"
    findings.warn(
        path,
        f"value {text!r} reads {grouped(_whole(figure))}, outside {grouped(_whole(low))}..{grouped(_whole(high))}"
        f" (the thumb is drawn at the {end})",
        "out_of_range",
        f"write a value within {grouped(_whole(low))}..{grouped(_whole(high))}, or make the "
        + ("max" if figure > high else "min")
        + f" {grouped(_whole(figure))} or {'more' if figure > high else 'less'}",
    )


def check_slider_range(
    element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings, lang: str | None
) -> None:
    """A list `value` on a slider is a range's two ends, drawn as two thumbs with the track filled
    between them (a price range: `[200000, 850000]`). A list of other than two, an end that is no
    number nor a text with one, ends in reverse order, or an end past `min`..`max` is told at the
    end's own path (`/value/1`), as the compiler draws it."""
    ends = element.get("value")
    if not isinstance(ends, list):
        return
    where = (*path, "value")
    bounds = slider_bounds(element)
    if len(ends) != RANGE_ENDS:
        _report_count(ends, bounds, where, findings)
        return
    figures = [_check_end(end, bounds, (*where, index), findings, lang) for index, end in enumerate(ends)]
    low, high = figures
    if low is not None and high is not None and low > high:
        findings.warn(
            (*where, 1),
            f"the range's high end {grouped(_whole(high))} is below its low end {grouped(_whole(low))}"
            " (drawn from the lower to the higher)",
            "invalid_value",
            f"write the low end first: value: [{_as_written(ends[1])}, {_as_written(ends[0])}]",
        )


def _report_count(
    ends: list[Any], bounds: tuple[float, float], where: tuple[Key, ...], findings: Findings
) -> None:
    """A list of other than two values: the first one past two is the error's place, or the
    list itself when it is short (one thumb is drawn, at its first value)."""
    count = len(ends)
    low, high = (shown_number(_whole(bound)) for bound in bounds)  # as the DSL writes them
    example = _as_written(ends[0]) if ends else low
    message = f"a range slider's value is its two ends, [low, high]: got {count} value{'s' * (count != 1)}"
    if count > RANGE_ENDS:
        findings.error(
            (*where, RANGE_ENDS), message, "invalid_value", "keep the low and the high end; remove the rest"
        )
        return
    findings.error(
        where,
        message,
        "invalid_value",
        f"for one thumb write value: {example}; for a range value: [{example}, {high}]",
    )


def _check_end(
    end: Any, bounds: tuple[float, float], where: tuple[Key, ...], findings: Findings, lang: str | None
) -> float | None:
    """One end of a range: the figure it places its thumb by (None for none), told when it is
    no number or text with one, or when it is past `min`..`max` (drawn at that end)."""
    if isinstance(end, str):
        figure = value_figure(end, lang)
        if figure is None:
            findings.error(
                where, f"the range's end {end!r} reads no number", "invalid_value",
                'write each end as a number (850000) or a text with one ("£850,000"); for no limit, the slider\'s min or max',
            )  # fmt: skip
            return None
        check_slider_text_value(end, bounds, where, findings, lang)
        return figure
    if not is_number(end):
        findings.error(
            where,
            f"expected a number, got {_as_written(end)}",
            "invalid_type",
            "each end of a range is a number",
        )
        return None
    low, high = bounds
    if not low <= end <= high:
        findings.warn(
            where,
            f"value {grouped(_whole(end))} is outside {grouped(_whole(low))}..{grouped(_whole(high))}"
            f" (the thumb is drawn at the {'end' if end > high else 'start'})",
            "out_of_range",
            f"write an end within {grouped(_whole(low))}..{grouped(_whole(high))}, or make the "
            + ("max" if end > high else "min")
            + f" {grouped(_whole(end))} or {'more' if end > high else 'less'}",
        )
    return float(end)


def _as_written(value: Any) -> str:
    """`value` as the DSL writes it in a suggestion: a number bare, a text quoted."""
    if isinstance(value, bool) or value is None:
        return "null" if value is None else str(value).lower()
    return shown_number(value) if is_number(value) else f'"{value}"'


def _whole(figure: float) -> int | float:
    """`figure` as an integer when it is a whole number (2500000, not 2.5e+06 as %g writes it)."""
    return int(figure) if isinstance(figure, float) and figure.is_integer() else figure
