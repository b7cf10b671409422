"""A chart's `referenceLines` (a target, an SLA, a budget): how they are read, what the validator
says of them, the lines and labels in the compiled page, the axis that reaches them and labels of
close lines kept apart (the pixels: tests/integration/test_render_chart_reference_lines.py)."""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.charts.css import CHART_CSS
from kernel.dsl.compiler.charts.reference_lines import LABEL_GAP, LABEL_HEIGHT, TOP_ROOM, label_offsets
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.model import Element, ReferenceLine
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_data

LABELS = ["Mon", "Tue", "Wed", "Thu"]


def chart(values: list[float], **fields: Any) -> dict[str, Any]:
    return {"type": "chart", "data": {"labels": LABELS[: len(values)], "values": values}, **fields}


def render(element: dict[str, Any]) -> str:
    return RenderContext(viewport=Viewport(800, 600, 1)).render(Element.model_validate(element))


def y_ticks(html: str) -> list[str]:
    return re.findall(r'class="dsl-chart-y"[^>]*>([^<]*)<', html)


def ref_labels(html: str) -> list[tuple[str, str]]:
    """(tone, words) of each reference label drawn."""
    return re.findall(r'class="dsl-chart-ref is-(\w+)"[^>]*>([^<]*)<', html)


def codes(element: dict[str, Any]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    result = validate_data({"elements": [element]})
    return (
        [(issue.path, issue.code) for issue in result.errors],
        [(issue.path, issue.code) for issue in result.warnings],
    )


# -- reading -------------------------------------------------------------------------------------


def test_a_bare_number_is_a_line_at_that_value_and_one_line_alone_a_list_of_one() -> None:
    lines = Element.model_validate(chart([1, 2], referenceLines=[95, {"value": 90, "label": "Floor"}]))
    assert lines.referenceLines == [ReferenceLine(value=95), ReferenceLine(value=90, label="Floor")]
    alone = Element.model_validate(chart([1, 2], referenceLines={"value": 3, "variant": "Danger"}))
    assert alone.referenceLines == [ReferenceLine(value=3, variant="danger")]


@pytest.mark.parametrize(
    ("lines", "path"),
    [([{"value": "abc"}], "/elements/0/referenceLines/0/value"),
     ([{"value": True}], "/elements/0/referenceLines/0/value"),
     ([10, "95%"], "/elements/0/referenceLines/1")],
)  # fmt: skip
def test_a_value_that_is_no_number_is_an_error_at_its_path(lines: list[Any], path: str) -> None:
    errors, _ = codes(chart([1, 2], referenceLines=lines))
    assert [where for where, _ in errors] == [path]


def test_a_value_past_the_chart_limit_is_an_error_and_an_unknown_tone_a_warning() -> None:
    errors, warnings = codes(chart([1, 2], referenceLines=[1e300, {"value": 3, "variant": "dangr"}]))
    assert errors == [("/elements/0/referenceLines/0", "limit_chart_value")]
    assert warnings == [("/elements/0/referenceLines/1/variant", "unknown_variant")]


@pytest.mark.parametrize("variant", ["pie", "donut"])
def test_a_pie_draws_no_reference_line_and_says_so_at_the_field(variant: str) -> None:
    element = chart([1, 2], variant=variant, referenceLines=[{"value": 2, "label": "Zq goal"}])
    errors, warnings = codes(element)
    assert errors == [] and warnings == [("/elements/0/referenceLines", "field_ignored")]
    assert "dsl-chart-ref" not in render(element)


@pytest.mark.parametrize("variant", ["bar", "line", "area"])
def test_lines_on_a_bar_line_or_area_chart_are_accepted_without_a_word(variant: str) -> None:
    assert codes(chart([1, 2], variant=variant, referenceLines=[3, {"value": 1, "variant": "success"}])) == (
        [],
        [],
    )


# -- drawing -------------------------------------------------------------------------------------


@pytest.mark.parametrize("variant", ["bar", "line", "area"])
def test_each_line_is_dashed_across_the_plot_at_its_value_with_its_label(variant: str) -> None:
    html = render(chart([20, 40, 60, 80], variant=variant, referenceLines=[{"value": 50, "label": "Target"}]))
    assert y_ticks(html) == ["0", "20", "40", "60", "80"]
    # 50 is 5/8 of the way up a plot from 0 to 80: 37.5% down it
    line = re.search(r'<line class="dsl-chart-ref-line is-neutral" x1="0" x2="100%" y1="([\d.]+)%"', html)
    assert line is not None and float(line.group(1)) == pytest.approx(37.5, abs=0.05)
    assert ref_labels(html) == [("neutral", "Target")]


def test_a_line_above_every_value_extends_the_axis_to_reach_it() -> None:
    plain = y_ticks(render(chart([120, 180, 160, 110], variant="line")))
    reached = y_ticks(render(chart([120, 180, 160, 110], variant="line", referenceLines=[400])))
    assert float(plain[-1]) < 400 and float(reached[-1]) >= 400
    below = y_ticks(render(chart([20, 40, 60], variant="bar", referenceLines=[-30])))
    assert float(below[0].replace("−", "-")) <= -30


def test_a_label_by_default_writes_the_value_as_the_chart_writes_its_figures() -> None:
    percent = render(chart([0.6, 0.8], variant="bar", format="percent", referenceLines=[0.95]))
    assert ref_labels(percent) == [("neutral", "95%")]
    ms = render(
        chart([120, 240], variant="line", suffix=" ms", referenceLines=[{"value": 200, "variant": "danger"}])
    )
    assert ref_labels(ms) == [("danger", "200 ms")]
    money = render(chart([4200, 6100], prefix="$", format="compact", referenceLines=[7500]))
    assert ref_labels(money) == [("neutral", "$7.5k")]
    bare = render(chart([1, 2], referenceLines=[{"value": 1.5, "label": ""}]))
    assert "dsl-chart-ref-line" in bare and ref_labels(bare) == []  # `label: ""`: the line alone


def test_a_tone_no_line_has_is_drawn_neutral() -> None:
    html = render(chart([1, 2], referenceLines=[{"value": 1.5, "variant": "primary"}]))
    assert ref_labels(html) == [("neutral", "1.5")]


def test_a_label_sits_at_the_plots_inline_end_so_it_mirrors_on_a_right_to_left_page() -> None:
    rule = re.search(r"\.dsl-chart-ref\{[^}]*\}", CHART_CSS)
    assert rule is not None and "inset-inline-end:0" in rule.group(0)


# -- labels kept apart ---------------------------------------------------------------------------


def spans(lines: list[float], height: float = 200) -> list[tuple[float, float]]:
    return [
        (y + offset, y + offset + LABEL_HEIGHT)
        for y, offset in zip(lines, label_offsets(lines, height), strict=True)
    ]


def test_a_label_sits_just_above_its_line() -> None:
    assert label_offsets([100.0], 200) == [-(LABEL_GAP + LABEL_HEIGHT)]


@pytest.mark.parametrize("lines", [[100.0, 110.0], [110.0, 100.0], [60.0, 64.0, 68.0, 72.0], [0.0, 12.0]])
def test_labels_of_close_lines_do_not_overlap(lines: list[float]) -> None:
    placed = sorted(spans(lines))
    for (_, upper_foot), (lower_top, _) in itertools.pairwise(placed):
        assert lower_top >= upper_foot
    assert all(top >= -TOP_ROOM for top, _ in placed) and all(foot <= 200 for _, foot in placed)


def test_of_two_close_lines_the_upper_label_is_above_its_line_and_the_lower_under_its_own() -> None:
    (_, upper_foot), (lower_top, _) = spans([100.0, 110.0])
    assert upper_foot <= 100 and lower_top >= 110


def test_the_nudge_is_in_the_page_as_px_from_the_line() -> None:
    html = render(chart([0.6, 0.8], variant="bar", format="percent", referenceLines=[0.95, 0.9]))
    offsets = [
        float(px)
        for px in re.findall(r'class="dsl-chart-ref[^"]*" style="top:calc\([\d.]+% \+ (-?[\d.]+)px\)', html)
    ]
    assert len(offsets) == 2 and offsets[0] < 0 < offsets[1]


def test_bars_across_draw_no_reference_line_and_say_so_at_the_field() -> None:
    """Bars across have their value axis at the bottom: no line is drawn there yet, and it says so."""
    element = chart([1, 2], orientation="horizontal", referenceLines=[2])
    errors, warnings = codes(element)
    assert errors == [] and warnings == [("/elements/0/referenceLines", "field_ignored")]
    assert "dsl-chart-ref" not in render(element)


def test_a_sparkline_says_its_reference_lines_are_not_drawn() -> None:
    """A chart under 80 px tall is its marks alone: a target line would vanish unseen."""
    small = chart([168, 174, 190, 232], variant="line", layout={"height": 60}, referenceLines=[200])
    assert codes(small) == ([], [("/elements/0/referenceLines", "field_ignored")])
    assert ref_labels(render(small)) == []
    assert codes(
        chart([168, 174, 190, 232], variant="line", layout={"height": 120}, referenceLines=[200])
    ) == (
        [],
        [],
    )
