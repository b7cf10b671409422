"""A slider whose `value` is a range's two ends: two thumbs, the track filled between them, both
ends above it, and what the validator says of a list that is no such range."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.forms import RANGE_DASH
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_document
from kernel.errors import Issue
from tests.support.elements import classes_of, render_element

PRICE: dict[str, Any] = {"type": "slider", "label": "Price", "min": 0, "max": 1000000}


def thumbs(html: str) -> list[float]:
    return [float(at) for at in re.findall(r'dsl-slider-thumb" style="inset-inline-start:([\d.]+)%', html)]


def filled(html: str) -> tuple[float, float]:
    match = re.search(r'dsl-slider-range" style="inset-inline-start:([\d.]+)%;width:([\d.]+)%', html)
    assert match, html
    return float(match[1]), float(match[2])


def shown(html: str) -> str:
    match = re.search(r'dsl-slider-value">([^<]*)<', html)
    assert match, html
    return match[1]


@pytest.mark.parametrize("ends", [[200000, 850000], [850000, 200000]])
def test_two_ends_draw_two_thumbs_and_the_track_filled_between_them(ends: list[int]) -> None:
    html = render_element(**PRICE, value=ends)
    assert "is-range" in classes_of(html)
    assert thumbs(html) == [20, 85]  # lower end first, whatever the order written
    assert filled(html) == (20, 65)  # from the low thumb, as wide as the span between them
    assert shown(html) == f"200,000{RANGE_DASH}850,000"


def test_text_ends_place_their_thumbs_by_their_figures_and_are_shown_as_written() -> None:
    html = render_element(**PRICE, value=["£200,000", "£850,000"])
    assert thumbs(html) == [20, 85]
    assert shown(html) == "£200,000 \u2013\u00a0£850,000"  # the dash held to the figure after it
    assert re.findall(r"<span>([^<]*)</span>", html.split("dsl-slider-scale")[1]) == ["£0", "£1,000,000"]


def test_ends_are_grouped_in_the_documents_language_and_a_single_value_is_unchanged() -> None:
    german = RenderContext(viewport=Viewport(800, 600, 1.0), lang="de")
    html = german.render(Element.model_validate({**PRICE, "value": [200000, 850000]}))
    assert shown(html) == f"200.000{RANGE_DASH}850.000"
    single = render_element(**PRICE, value=250000)
    assert thumbs(single) == [25] and "is-range" not in classes_of(single) and shown(single) == "250,000"


def issues(value: Any, **fields: Any) -> list[Issue]:
    result = validate_document({"version": 1, "elements": [{**PRICE, **fields, "value": value}]})
    return result.errors + result.warnings


@pytest.mark.parametrize("value", [[200000, 850000], ["£200,000", "£850,000"], [0, 1000000]])
def test_a_range_within_min_and_max_is_quiet(value: list[Any]) -> None:
    assert issues(value) == []


@pytest.mark.parametrize(
    ("value", "path", "says"),
    [
        ([1, 2, 3], "/elements/0/value/2", "got 3 values"),
        ([5], "/elements/0/value", "got 1 value"),
        ([], "/elements/0/value", "got 0 values"),
        ([True, 5], "/elements/0/value/0", "expected a number, got true"),
        (["£200,000", "Any"], "/elements/0/value/1", "reads no number"),
    ],
)
def test_a_list_that_is_no_range_of_two_ends_is_an_error_at_its_place(
    value: list[Any], path: str, says: str
) -> None:
    (issue,) = issues(value)
    assert (issue.path, says in issue.message) == (path, True), issue
    assert issue in validate_document({"version": 1, "elements": [{**PRICE, "value": value}]}).errors
    assert "two sliders" not in (issue.suggestion or "")


def test_ends_in_reverse_order_are_warned_at_the_high_end_with_the_order_to_write() -> None:
    (warning,) = issues([850000, 200000])
    assert (warning.path, warning.code) == ("/elements/0/value/1", "invalid_value")
    assert warning.suggestion == "write the low end first: value: [200000, 850000]"


def test_ends_past_min_or_max_are_warned_each_at_its_own_path() -> None:
    low, high = issues([-5, "£2,500,000"])
    assert (low.path, low.code) == ("/elements/0/value/0", "out_of_range")
    assert low.message == "value -5 is outside 0..1,000,000 (the thumb is drawn at the start)"
    assert (high.path, high.code) == ("/elements/0/value/1", "out_of_range")
    assert "reads 2,500,000, outside 0..1,000,000 (the thumb is drawn at the end)" in high.message
