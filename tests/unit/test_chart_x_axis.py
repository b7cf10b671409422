"""A chart's x axis at every width it may turn out to have: a sequence (dates, months, weeks)
thins out at a regular step, each label whole and centred under its bar with room beside the
plot for the ends; categories each keep a name (wrapped, then turned, then smaller) and thin out
only where even that cannot keep them apart. The chart's own container queries say exactly what
the layout model says (they are evaluated here at each width)."""

from __future__ import annotations

import itertools
import math
import re

import pytest

from kernel.dsl.compiler.charts.x_axis import (
    FLAT_ROOM,
    ROTATION,
    SMALL_LINE,
    WIDEST,
    X_FONT,
    X_GAP,
    X_LINE,
    X_MARGIN,
    Layout,
    finest_stride,
    is_sequence,
    rotated_most,
    stride_chain,
    text_px,
    two_lines,
    wrapped_width,
    x_axis,
)
from kernel.dsl.compiler.charts.x_axis import _CategoryAxis as CategoryAxis
from kernel.dsl.compiler.charts.x_axis import _SequenceAxis as SequenceAxis

SCOPE = "dsl-x-t"
GUTTER = 27.0
DAYS = [f"2025-{month:02d}-{day:02d}" for month, days in ((6, 30), (7, 15)) for day in range(1, days + 1)]
MONTHS = [f"{month} {year}" for year in (2024, 2025) for month in
          ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")]  # fmt: skip
CHANNELS = ["Organic search", "Paid social", "Partners", "Product Hunt", "Direct", "Webinars"]
SUITES = ["Enterprise Resource Planning", "Customer Relationship Management", "Human Capital Management",
          "Supply Chain Optimization", "Business Intelligence Suite", "Marketing Automation Platform",
          "Electronic Data Interchange", "Governance Risk and Compliance"]  # fmt: skip


# -- which labels are a sequence ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "labels",
    [DAYS, MONTHS, [f"W{n}" for n in range(1, 53)], ["Q1 2024", "Q2 2024", "Q3 2024"], ["2021", "2022", "2023"],
     ["10:00", "10:05", "10:10"], ["Jan", "Feb", "Mar"], ["Mon", "Tue", "Wed", "Thu"], ["0.5", "1", "1.5"],
     ["Week 1", "Week 2"], ["Jul 1", "Jul 15", "Aug 1"]],
)  # fmt: skip
def test_dates_months_weeks_times_and_numbers_are_a_sequence(labels: list[str]) -> None:
    assert is_sequence(labels)


@pytest.mark.parametrize(
    "labels",
    [
        CHANNELS,
        SUITES,
        ["A", "B", "C"],
        ["Visited pricing", "Step 2: trial", "Paid"],
        ["Q1", "Total"],
        ["Only"],
    ],
)
def test_names_are_categories(labels: list[str]) -> None:
    assert not is_sequence(labels)


def test_month_names_of_the_documents_language_are_a_sequence() -> None:
    labels = ["janv. 2025", "févr. 2025", "mars 2025", "avr. 2025"]
    assert is_sequence(labels, "fr") and not is_sequence(labels)


# -- the steps ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "chain"),
    [(13, [1, 2, 4, 12]), (7, [1, 2, 6]), (12, [1, 2, 4, 8, 16]), (11, [1, 2, 10]), (45, [1, 2, 4, 8, 16, 32, 64]),
     (1, [1])],
)  # fmt: skip
def test_the_thinning_steps_divide_each_other_and_keep_both_ends_where_they_can(
    count: int, chain: list[int]
) -> None:
    assert stride_chain(count) == chain


# -- the chart's own container queries, evaluated ------------------------------------------------------


def _evaluate(expression: str, width: float) -> float:
    """A padding the axis wrote, `12px` or `max(12px,calc((340px - 100cqw) / 9),...)`, at `width`."""
    terms = re.findall(r"calc\(\(([-\d.]+)px - 100cqw\) / ([\d.]+)\)", expression)
    floor = float(re.match(r"(?:max\()?([-\d.]+)px", expression).group(1))  # type: ignore[union-attr]
    return max([floor, *((float(k) - width) / float(d) for k, d in terms)])


def _rules_at(css: str, width: float) -> str:
    """The rules of `css` in force in a plot `width` px wide, in order (queries unwrapped)."""
    kept, position = [], 0
    for query in re.finditer(r"@container \(width < ([\d.]+)px\)\{((?:[^{}]*\{[^{}]*\})*)\}", css):
        kept.append(css[position : query.start()])
        if width < float(query.group(1)):
            kept.append(query.group(2))
        position = query.end()
    kept.append(css[position:])
    return "".join(kept)


def _declared(rules: str, selector: str, prop: str) -> str | None:
    """The last value of `prop` that a rule for exactly `selector` declares."""
    found = None
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", rules):
        if selector in [part.strip() for part in selectors.split(",")]:
            for name, value in re.findall(r"([\w-]+):([^;]+)", body):
                if name == prop:
                    found = value
    return found


def _hidden_levels(rules: str) -> set[int]:
    return {int(level) for level in re.findall(rf"\.{SCOPE} \.dsl-xl-(\d+)(?=[,{{])", rules)}


def _shown(count: int, rules: str) -> list[int]:
    """The labels the rules leave shown (by index), from each label's level."""
    chain, hidden = stride_chain(count), _hidden_levels(rules)
    levels = [None] + [max(k for k, s in enumerate(chain) if i % s == 0) for i in range(1, count)]
    return [i for i, level in enumerate(levels) if level is None or level not in hidden]


WIDTHS = [w / 2 for w in range(60, 4000, 3)]


@pytest.mark.parametrize(
    "labels",
    [DAYS, MONTHS, [f"W{n}" for n in range(27, 40)], [f"D{n}" for n in range(1, 61)], ["2021", "2022"],
     ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
     ["10:00", "10:05", "10:10", "10:15", "10:20", "10:25", "10:30"]],
)  # fmt: skip
def test_a_sequence_shows_every_nth_label_whole_apart_and_inside_the_plot_at_any_width(
    labels: list[str],
) -> None:
    """At every plot width: the labels shown are every n-th from the first (a regular step), on
    one line or two (several words), X_GAP px apart at least, centred under their bars, and the
    paddings leave room for the ends; the stylesheet's queries say the same as the model."""
    count = len(labels)
    axis, css = SequenceAxis(labels, GUTTER), x_axis(labels, gutter=GUTTER, plot_height=240, scope=SCOPE).css
    for width in WIDTHS:
        layout, rules = axis.layout(width), _rules_at(css, width)
        shown = _shown(count, rules)
        assert shown == list(range(0, count, layout.stride)), (width, layout, shown)
        two = _declared(rules, f".{SCOPE} .dsl-chart-xt>span", "display") == "block"
        assert two == (layout.lines == 2), (width, layout)
        widths = axis.widths[layout.lines]
        inner = f".{SCOPE}>.dsl-chart-inner"
        left = _evaluate(_declared(rules, inner, "padding-left") or "", width)
        right = _evaluate(_declared(rules, inner, "padding-right") or "", width)
        band = (width - left - right) / count
        assert band == pytest.approx(axis.bands[layout.lines].at(width), abs=1e-3)  # CSS keeps 3 decimals
        boxes = [
            (left + (i + 0.5) * band - widths[i] / 2, left + (i + 0.5) * band + widths[i] / 2) for i in shown
        ]
        if len(boxes) > 1 and layout.stride < stride_chain(count)[-1]:
            assert min(b[0] - a[1] for a, b in itertools.pairwise(boxes)) >= X_GAP - 1e-6, (width, layout)
        if band > 0:  # the ends inside the plot's box, the padding beside it taking what sticks out
            assert boxes[0][0] >= -1e-3 and boxes[-1][1] <= width + 1e-3, (width, boxes[0], boxes[-1])
    assert axis.layout(5000) == WIDEST


def test_45_days_in_a_wide_chart_show_every_fourth_day_from_the_first_to_the_last() -> None:
    """06-01, 06-09, 06-13...: the 5th day was hidden beside the first (pushed inwards), and the
    last too; now each is centred under its bar and every fourth shows, the last included."""
    axis = SequenceAxis(DAYS, GUTTER)
    layout = axis.layout(950)
    assert layout == Layout(stride=4)
    assert list(range(0, 45, 4))[-1] == 44


def test_24_months_in_700_px_show_whole_on_two_lines() -> None:
    """ "Septe… 2024": the months are whole, on two lines where that shows more of them."""
    axis = SequenceAxis(MONTHS, GUTTER)
    on_one_line = finest_stride(axis.chain, axis.bands[1].at(650), max(axis.widths[1]) + X_GAP, 24)
    assert axis.layout(650) == Layout(lines=2, stride=4) and on_one_line == 8
    html = x_axis(MONTHS, gutter=GUTTER, plot_height=240, scope=SCOPE).html
    assert "<span>September</span> <span>2024</span>" in html and "…" not in html


@pytest.mark.parametrize(
    "labels",
    [
        CHANNELS,
        SUITES,
        [f"Product {chr(65 + n)}{chr(97 + n % 7)} line" for n in range(26)],
        ["Supercalifragilistic"],
    ],
)
@pytest.mark.parametrize("height", [150.0, 240.0])
def test_categories_are_each_named_wrapped_then_turned_at_any_width(labels: list[str], height: float) -> None:
    """At every plot width: each name shows, on its lines within its band, or turned with
    room between neighbours, never past the plot's left edge; only bands too narrow for even
    small turned text thin out; the queries say the same as the model."""
    count = len(labels)
    axis = CategoryAxis(labels, GUTTER, height)
    css = x_axis(labels, gutter=GUTTER, plot_height=height, scope=SCOPE).css
    inner, text = f".{SCOPE}>.dsl-chart-inner", f".{SCOPE} .dsl-chart-xt"
    sin = math.sin(math.radians(ROTATION))
    for width in WIDTHS:
        layout, rules = axis.layout(width), _rules_at(css, width)
        left = _evaluate(_declared(rules, inner, "padding-left") or "", width)
        band = (width - left) / count
        assert (_declared(rules, text, "transform") is not None) == layout.rotated, (width, layout)
        assert (_declared(rules, f".{SCOPE} .dsl-chart-x", "font-size") == "10px") == layout.small, (
            width,
            layout,
        )
        assert _shown(count, rules) == list(range(0, count, layout.stride)), (width, layout)
        if not layout.rotated:
            assert max(wrapped_width(label) * X_MARGIN for label in labels) + X_GAP <= band + 1e-6
        else:
            line = SMALL_LINE if layout.small else X_LINE
            if layout.stride < count:  # (else the first name alone)
                assert band * layout.stride * sin >= line + 2, (width, layout)  # across the turned lines
            assert layout.stride == 1 or layout.small
            assert (
                band <= 0 or axis.reach - band / 2 <= left + 1e-3
            )  # the first name right of the plot's edge
    assert axis.layout(1e5) == WIDEST


def test_six_channels_in_a_narrow_chart_are_all_named_turned() -> None:
    """m_catbar: in 360 px only "Organic search" and "Webinars" were named; now all six, turned."""
    axis = CategoryAxis(CHANNELS, GUTTER, 222)
    assert axis.layout(300) == Layout(rotated=True)
    assert axis.layout(900) == WIDEST


def test_long_category_names_wrap_whole_where_the_bars_are_wide_enough() -> None:
    """Eight long suite names in 950 px ("Customer Relationship Man…" after two lines): each is
    whole on up to three lines, and the plot leaves room for them."""
    axis = CategoryAxis(SUITES, GUTTER, 222)
    assert axis.layout(950) == WIDEST
    html = x_axis(SUITES, gutter=GUTTER, plot_height=222, scope=SCOPE).html
    assert "Customer Relationship Management" in html and 'class="dsl-chart-xs is-categories"' in html
    assert x_axis(SUITES, gutter=GUTTER, plot_height=222, scope=SCOPE).most_room >= FLAT_ROOM + 2 * X_LINE


def test_a_turned_name_longer_than_the_room_under_the_plot_ends_in_an_ellipsis() -> None:
    """The last resort: a turned name may take 45% of the plot's height, at least 48 px."""
    assert rotated_most(240) == pytest.approx(
        (0.45 * 240 - 12 - X_LINE * math.cos(math.radians(40))) / math.sin(math.radians(40))
    )
    assert rotated_most(100) == 48
    long = ["Partner referrals and resellers across every region", "Direct"]
    css = x_axis(long * 6, gutter=GUTTER, plot_height=200, scope=SCOPE).css
    assert "text-overflow:ellipsis" in css and f"max-width:{rotated_most(200):.3f}".rstrip("0") in css
    assert text_px(long[0], X_FONT) > rotated_most(200)


def test_an_axis_without_labels_keeps_one_lines_room() -> None:
    axis = x_axis(["", ""], gutter=GUTTER, plot_height=240, scope=SCOPE)
    assert "is-empty" in axis.html and axis.most_room == FLAT_ROOM
    assert f"padding-left:{GUTTER:g}px" in axis.css


def test_a_day_number_stays_with_its_month_on_a_crowded_axis() -> None:
    assert two_lines("Jun 1") is None and two_lines("1. Juni") is None
    assert two_lines("Jun 1 04:00") == ("Jun 1", "04:00")
    assert two_lines("January 2024") == ("January", "2024")
