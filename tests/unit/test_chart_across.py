"""Bar charts across (`orientation: horizontal`) and bars' value labels (`valueLabels: true`) in the
compiled page, and what the validator says of them: the names' column, the bars' places, the axis
in the chart's format, labels written as the axis writes its ticks, and the words other libraries
use (`hbar`, `indexAxis`, `showValues`) told the fields."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.charts.across import across_height
from kernel.dsl.model import Document
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_document

VIEWPORT = Viewport(width=640, height=480, scale=1.0)
NAMES = ["Enterprise Analytics Suite (Annual)", "Cloud Storage Pro", "Mobile SDK", "Backup", "API Gateway"]


def chart(values: list[Any] | None = None, lang: str | None = None, **fields: Any) -> dict[str, Any]:
    data = {"labels": NAMES, "values": values if values is not None else [1240000, 986000, -45000, 0, None]}
    document: dict[str, Any] = {"elements": [{"type": "chart", "data": data, **fields}]}
    if lang:
        document["lang"] = lang
    return document


def page(document: dict[str, Any]) -> str:
    return compile_html(Document.model_validate(document), VIEWPORT, theme=None, transparent=False)


def value_labels(html: str) -> list[str]:
    return re.findall(r'<span class="dsl-chart-vl[^"]*"[^>]*>([^<]*)<', html)


def issues(
    document: dict[str, Any],
) -> tuple[list[tuple[str, str, str | None]], list[tuple[str, str, str | None]]]:
    report = validate_document(document)
    return (
        [(i.path, i.code, i.suggestion) for i in report.errors],
        [(i.path, i.code, i.suggestion) for i in report.warnings],
    )


def test_a_chart_across_writes_its_names_beside_bars_from_zero_and_its_axis_in_its_format() -> None:
    html = page(chart(orientation="horizontal", prefix="$"))
    assert 'class="dsl-chart-plot is-across"' in html
    names = re.findall(
        r'<div class="dsl-hb-name"><span dir="ltr" style="-webkit-line-clamp:2">(.*?)</span></div>', html
    )
    assert [
        re.sub(r"<[^>]*>", "", name) for name in names
    ] == NAMES  # top to bottom in the data's order, each on two lines at most
    ticks = re.findall(r'class="dsl-hb-tick(?: [^"]*)?"[^>]*>([^<]*)<', html)
    assert ticks == ["-$250k", "$0", "$250k", "$500k", "$750k", "$1.00M", "$1.25M"]
    bars = re.search(r'<g class="dsl-chart-hbars" style="fill:[^"]*">(.*?)</g>', html)
    assert bars is not None
    rounded = re.findall(r'<rect x="([\d.]+)%" y="[^"]*" width="([\d.]+)%"[^>]*rx=', bars.group(1))
    assert len(rounded) == 2  # 1.24M and 986k; the loss is red, the 0 a stub, the null nothing
    assert float(rounded[0][1]) > float(rounded[1][1])
    assert rounded[0][0] == rounded[1][0]  # both grow from the zero line
    assert html.count('class="dsl-chart-zero-bar"') == 1
    loss = re.search(
        r'<g class="dsl-chart-hbars is-loss"[^>]*><rect x="([\d.]+)%" y="[^"]*" width="([\d.]+)%"', html
    )
    assert loss is not None  # left of zero, ending where the growing bars start
    assert float(loss.group(1)) + float(loss.group(2)) == pytest.approx(float(rounded[0][0]), abs=0.01)


def test_a_chart_across_without_a_height_is_as_tall_as_its_rows() -> None:
    html = page(chart(orientation="horizontal"))
    assert f'class="dsl-chart-plot is-across" style="height:{across_height(5, 1):g}px"' in html
    assert across_height(10, 1) > across_height(5, 1) > 0
    sized = page(chart(orientation="horizontal", size=200))
    assert 'class="dsl-chart-plot is-across" style="height:200px"' in sized


def test_a_stack_across_is_one_bar_a_category_tall() -> None:
    series = [{"name": name, "values": [3, 5, 4]} for name in ("P1", "P2", "P3")]
    data = {"labels": ["Billing", "Onboarding", "Integrations"], "series": series}
    heights = {}
    for stacked in (True, False):
        document = {
            "elements": [{"type": "chart", "data": data, "orientation": "horizontal", "stacked": stacked}]
        }
        found = re.search(r'class="dsl-chart-plot is-across" style="height:([\d.]+)px"', page(document))
        assert found is not None
        heights[stacked] = float(found.group(1))
    assert heights[True] == pytest.approx(across_height(3, 1), abs=0.01)
    assert heights[False] == pytest.approx(across_height(3, 3), abs=0.01) and heights[False] > heights[True]


def test_a_names_words_are_cut_with_an_ellipsis_never_broken_and_keep_their_own_order() -> None:
    """A word too long for the names' column is cut with "…" ("Onboardi…"), not broken where it
    runs out ("Onboardin" over "g"): each word is a box of its own; a name's `dir` is its own, so
    those boxes read in its order on a page of the other direction."""
    document = chart([3, 2], lang="ar", orientation="horizontal")
    document["elements"][0]["data"]["labels"] = ["Mobile SDK", "الخدمات السحابية"]
    html = page(document)
    assert ".dsl-hb-word{display:inline-block;max-width:100%" in html
    assert "text-overflow:ellipsis;white-space:nowrap}" in html
    assert "overflow-wrap:anywhere" not in html.split(".dsl-hb-name>span{", 1)[1].split("}", 1)[0]
    names = re.findall(r'<div class="dsl-hb-name"><span dir="(\w+)"[^>]*>(.*?)</span></div>', html)
    assert [direction for direction, _ in names] == ["ltr", "rtl"]
    assert re.findall(r'<span class="dsl-hb-word">\W*(\w+)\W*</span>', names[0][1]) == ["Mobile", "SDK"]


@pytest.mark.parametrize("orientation", ["horizontal", None])
def test_value_labels_write_each_bar_as_the_axis_writes_its_ticks(orientation: str | None) -> None:
    html = page(chart(orientation=orientation, valueLabels=True, prefix="$"))
    assert value_labels(html) == ["$1.2M", "$986k", "-$45k", "$0"]  # the null has none


def test_value_labels_follow_the_format_and_the_documents_language() -> None:
    rates = [0.124, -0.031, 0.072, 0.0, 0.05]
    english = page(chart(rates, orientation="horizontal", valueLabels=True, format="percent"))
    assert value_labels(english) == ["12.4%", "-3.1%", "7.2%", "0.0%", "5.0%"]
    german = page(
        chart([1240000.5, 12400.25], lang="de", orientation="horizontal", valueLabels=True, format="full")
    )
    assert value_labels(german) == ["1.240.000,50", "12.400,25"]


def test_the_longest_bar_across_holds_its_label_and_the_others_move_inside_only_where_narrow() -> None:
    html = page(chart([100, 80, 30], orientation="horizontal", valueLabels=True))
    spans = re.findall(r'<span class="(dsl-chart-vl [^"]*)"', html)
    assert "is-in" in spans[0] and "is-in" not in spans[1]  # 100 ends at the axis' far end
    # 80 moves inside only on a canvas too narrow for it beyond its end but wide enough within;
    # 30, shorter than the room beyond it, never does
    assert re.search(r"@container \(width >= [\d.]+px\) and \(width < [\d.]+px\)\{[^{}]*\.dsl-vl-1\{", html)
    assert ".dsl-vl-2{" not in html


def test_a_bar_down_keeps_its_label_off_the_names_in_either_direction() -> None:
    """Beyond a bar below zero lie the names: where neither side holds its label whole, it stays
    inside the bar (the roomier side), in Arabic ("-312$ ألف", too wide for the bar by the
    estimate) as in English."""
    values = [1820000, 940500, -312000, -87500]
    rules = {}
    for lang in ("en", "ar"):
        document = chart(values, lang=lang, orientation="horizontal", valueLabels=True, prefix="$")
        document["elements"][0]["data"]["labels"] = NAMES[:4]
        rules[lang] = re.findall(
            r"@container \(width < ([\d.]+)px\)\{[^{}]*\.dsl-vl-2\{([^}]*)\}", page(document)
        )
    for lang, found in rules.items():
        assert len(found) == 1, lang  # below the width where the bar holds it whole
        assert "inset-inline-start:calc(var(--e) + 2px);color:#fff" in found[0][1]


def test_a_stack_writes_its_total_at_each_end() -> None:
    data = {
        "labels": ["North", "South"],
        "series": [{"name": "Won", "values": [30, 12]}, {"name": "Lost", "values": [-10, -25]}],
    }
    for orientation in ("horizontal", "vertical"):
        document = {
            "elements": [
                {
                    "type": "chart",
                    "data": data,
                    "stacked": True,
                    "valueLabels": True,
                    "orientation": orientation,
                }
            ]
        }
        assert value_labels(page(document)) == ["30", "-10", "12", "-25"]


def test_value_labels_are_not_drawn_where_there_are_no_bars_to_write_on() -> None:
    for variant in ("line", "area", "pie"):
        html = page(chart([3, 5, 4, 2, 1], variant=variant, valueLabels=True))
        assert value_labels(html) == []
        assert issues(chart([3, 5, 4, 2, 1], variant=variant, valueLabels=True))[1] == [
            ("/elements/0/valueLabels", "field_ignored", "only bars have it: use variant: bar, or remove it")
        ]
    series = {"labels": ["a", "b"], "series": [{"values": [1, 2]}, {"values": [3, 4]}]}
    shares = {"elements": [{"type": "chart", "data": series, "stacked": "percent", "valueLabels": True}]}
    assert value_labels(page(shares)) == []
    assert [(path, code) for path, code, _ in issues(shares)[1]] == [
        ("/elements/0/valueLabels", "field_ignored")
    ]


def test_an_unknown_orientation_is_an_error_at_its_path_with_the_word_meant() -> None:
    errors, _ = issues(chart(orientation="horizonal"))
    assert errors == [("/elements/0/orientation", "invalid_value", "did you mean 'horizontal'?")]
    assert issues(chart(orientation="H")) == ([], [])  # Plotly's h
    assert 'class="dsl-chart-plot is-across"' in page(chart(orientation="H"))


@pytest.mark.parametrize("word", ["hbar", "horizontalBar", "barh", "horizontal-bar"])
def test_horizontal_bar_kinds_are_told_the_fix(word: str) -> None:
    errors, _ = issues(chart(variant=word))
    assert errors == [
        ("/elements/0/variant", "invalid_value", "use variant: bar with orientation: horizontal")
    ]


def test_other_libraries_words_are_told_the_fields() -> None:
    errors, _ = issues(chart(indexAxis="y", showValues=True))
    hints = dict((path, hint) for path, _, hint in errors)
    assert hints["/elements/0/indexAxis"].startswith("did you mean orientation: horizontal?")
    assert hints["/elements/0/showValues"].startswith("did you mean valueLabels: true?")


def test_orientation_is_a_bar_charts_alone() -> None:
    _, warnings = issues(chart([1, 2, 3, 4, 5], variant="line", orientation="horizontal"))
    assert [(path, code) for path, code, _ in warnings] == [("/elements/0/orientation", "field_ignored")]
    errors, _ = issues({"elements": [{"type": "divider", "orientation": "v"}]})
    assert errors == [
        ("/elements/0/orientation", "unknown_field", "did you mean 'direction'? direction: vertical")
    ]
