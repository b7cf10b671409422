"""Reference lines over bars with value labels (`valueLabels: true`): the values a line runs
through are written on a halo, and a line's label moves where it would cover one (under its line,
to the plot's other end), by container queries on the plot's width and per direction (the pixels:
tests/integration/test_render_chart_reference_value_labels.py)."""

from __future__ import annotations

import re
from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.charts.label_boxes import PlotRoom, Rows, ValueBox, rows_meet
from kernel.dsl.compiler.charts.reference_labels import Place, places
from kernel.dsl.compiler.charts.reference_lines import LABEL_GAP, LABEL_HEIGHT
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport

UPTIME = {
    "type": "chart",
    "variant": "bar",
    "valueLabels": True,
    "format": "percent",
    "data": {"labels": ["Q1", "Q2", "Q3", "Q4"], "values": [0.981, 0.992, 0.975, 0.996]},
    "referenceLines": [{"value": 0.99, "label": "Target", "variant": "success"}],
}
PLACED = re.compile(
    r"@container \(width >= ([\d.]+)px\) and \(width < ([\d.]+)px\)"
    r"\{[^{]*\.is-ref-0:dir\((ltr|rtl)\)\{top:calc\([^+]+\+ (-?[\d.]+)px\)!important;([^}]*)\}\}"
)


def render(element: dict[str, Any]) -> str:
    return RenderContext(viewport=Viewport(800, 600, 1)).render(Element.model_validate(element))


def value_labels(html: str) -> list[tuple[str, str]]:
    """(classes, words) of each value label."""
    return re.findall(r'<span class="dsl-chart-vl ([^"]*)"[^>]*>([^<]*)<', html)


def placed_at(html: str, frame_px: float, direction: str) -> tuple[float, str] | None:
    """The label's offset from its line and its edge rules for a frame `frame_px` wide, where a
    container query moves it."""
    for low, high, where, offset, edge in PLACED.findall(html):
        if where == direction and float(low) <= frame_px < float(high):
            return float(offset), edge
    return None


def test_the_values_a_line_runs_through_are_on_a_halo_and_the_others_as_they_were() -> None:
    labels = value_labels(render(UPTIME))
    assert [words for classes, words in labels if "is-veiled" in classes] == ["98.1%", "97.5%"]
    assert [words for classes, words in labels if "is-veiled" not in classes] == ["99.2%", "99.6%"]


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_the_label_goes_under_its_line_at_the_end_where_a_value_sits_over_it(direction: str) -> None:
    html = render(UPTIME)
    span = re.search(
        r'<span class="dsl-chart-ref is-success is-ref-0" style="top:calc\(1% \+ (-?[\d.]+)px\)', html
    )
    assert span is not None and float(span.group(1)) == -(LABEL_GAP + LABEL_HEIGHT)  # a wide plot: above
    # the card's 486 px frame: Q4's "99.6%" sits over the line at the right end, Q1's "98.1%" at
    # the left; the label goes under the line at the inline end (the left on a right-to-left page)
    moved = placed_at(html, 486, direction)
    assert moved is not None
    offset, edge = moved
    assert offset == LABEL_GAP and "inset-inline-end:0" in edge


@pytest.mark.parametrize(
    "element",
    [
        {**UPTIME, "valueLabels": False},
        {**UPTIME, "variant": "line", "valueLabels": None},
    ],
)
def test_without_value_labels_the_label_and_the_values_are_as_they_were(element: dict[str, Any]) -> None:
    html = render(element)
    assert re.search(
        r'<span class="dsl-chart-ref is-success" style="top:calc\([\d.]+% \+ -18px\)">Target<', html
    )
    assert "is-ref-" not in html and "is-veiled" not in html and ":dir(" not in html


def test_each_direction_is_placed_for_its_own_end() -> None:
    # a value label over the line at the plot's right end: the left-to-right page's label moves
    # (under its line), the right-to-left page's, at the left end, stays above it
    line = 0.5
    value = ValueBox(Rows(line, -16, -4), middle=0.9, width=40)
    room = PlotRoom(200, 200, 100)
    args = ([line], [-(LABEL_GAP + LABEL_HEIGHT)], [50.0], [value], room)
    assert places(*args, rtl=False, width=300) == [Place(LABEL_GAP)]
    assert places(*args, rtl=True, width=300) == [Place(-(LABEL_GAP + LABEL_HEIGHT))]
    # on a plot wide enough that the bar's middle is far from the end, neither moves
    assert places(*args, rtl=False, width=2000) == [Place(-(LABEL_GAP + LABEL_HEIGHT))]


def test_a_moved_label_stays_on_its_lines_side_of_another_line() -> None:
    # a lower line 10 px under: the upper label may not go under its line, past the lower one
    value = ValueBox(Rows(0.5, -16, -4), middle=0.9, width=40)
    found = places(
        [0.5, 0.55], [-18.0, 2.0], [50.0, 50.0], [value], PlotRoom(200, 200, 100), rtl=False, width=300
    )
    assert found[0] == Place(-18.0, start=True)


def test_boxes_in_percent_meet_at_some_heights_only() -> None:
    upper, lower = Rows(0.25, 0, 10), Rows(0.5, 0, 10)  # 10 px apart on a 40 px plot
    assert rows_meet(lower, upper, PlotRoom(20, 40, 0), 0.0)
    assert not rows_meet(lower, upper, PlotRoom(40, 80, 0), 0.0)
