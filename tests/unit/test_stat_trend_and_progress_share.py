"""A stat's `change` read as its author wrote it (arrows, triangles, parentheses, words, zero), a
stat in a card drawn without a second frame, and a progress's small value read as the
percentage its text states, with the validator's warning when the two disagree."""

from __future__ import annotations

import re
from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements import data_sheet, stats
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport
from kernel.dsl.progress_value import small_value_reading, stated_percents
from kernel.dsl.validate import validate_document
from tests.support.css_rules import css_rule


def render(**fields: Any) -> str:
    return RenderContext(viewport=Viewport(800, 600, 1)).render(Element.model_validate(fields))


UP, DOWN, FLAT = "success", "danger", "neutral"

# -- a stat's change -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "tone", "shown"),
    [
        ("+12%", UP, "+12%"), ("12%", UP, "12%"), ("0.5%", UP, "0.5%"), ("+0.3 pts", UP, "+0.3 pts"),
        ("-0.05", DOWN, "-0.05"), ("−4.2%", DOWN, "−4.2%"), ("–2%", DOWN, "–2%"), ("-$300", DOWN, "-$300"),
        # Accounting's parentheses are a fall, as a table reads (300).
        ("(3.5%)", DOWN, "(3.5%)"), ("($1,200)", DOWN, "($1,200)"),
        # A typed arrow or triangle gives the direction and leaves the text: the pill draws one.
        ("↑ 12%", UP, "12%"), ("▲ 4.1%", UP, "4.1%"), ("△2", UP, "2"), ("⬆️ 4%", UP, "4%"), ("↗ 8%", UP, "8%"),
        ("▼ 3.1%", DOWN, "3.1%"), ("↓ 2%", DOWN, "2%"), ("▽ 1%", DOWN, "1%"), ("⬇ 9", DOWN, "9"),
        ("↘ 5%", DOWN, "5%"), ("12% ↓", DOWN, "12%"), ("→ 0.4%", FLAT, "0.4%"),
        # Words.
        ("Up 3 vs last week", UP, "Up 3 vs last week"), ("down 2%", DOWN, "down 2%"),
        # Zero is flat whatever its sign or arrow; so is a change with no figure.
        ("+0.0%", FLAT, "+0.0%"), ("0%", FLAT, "0%"), ("-0", FLAT, "-0"), ("▲ 0", FLAT, "0"), ("0.0", FLAT, "0.0"),
        ("-", FLAT, "-"), ("vs last week", FLAT, "vs last week"), ("$300", FLAT, "$300"),
        ("١٢٪", UP, "١٢٪"),  # Arabic-Indic figures are figures, not zeros
    ],
)  # fmt: skip
def test_a_changes_direction_is_read_as_written(change: str, tone: str, shown: str) -> None:
    trend = stats.read_change(change)
    icon = {UP: "trending-up", DOWN: "trending-down", FLAT: "minus"}[tone]
    assert (trend.tone, trend.icon, trend.text) == (tone, icon, shown)


def _pill(html: str) -> tuple[str, str]:
    """A stat's change pill: its tone and its text (after the trend icon)."""
    found = re.search(
        r'class="dsl-stat-change dsl-tone-(\w+)"><svg.*?</svg><span class="dsl-stat-change-text[^"]*">([^<]*)</span>',
        html,
    )
    assert found, html
    return found.group(1), found.group(2)


def test_a_typed_arrow_is_drawn_once_by_the_pills_icon() -> None:
    assert _pill(render(type="stat", label="Seats", value="84", change="↑ 12%")) == ("success", "12%")
    assert _pill(render(type="stat", label="Seats", value="84", change="▼ 3.1%")) == ("danger", "3.1%")


def test_a_stats_variant_still_sets_the_tone_of_a_read_change() -> None:
    assert _pill(render(type="stat", label="Latency", value="182 ms", change="▼ 12%", variant="success")) == (
        "success",
        "12%",
    )


def test_a_stat_in_a_card_draws_no_second_padding_at_any_size() -> None:
    """`.dsl-stat.is-sm` and `.is-lg` set their padding after the card's rule, at its specificity:
    a small stat in a KPI card sat 35 px from the card's edge instead of the card's 20."""
    css = data_sheet.CSS
    held = ":is(.dsl-card,.dsl-card-body)>.dsl-stat"  # in a card, or beside a row card's side cover
    assert f"{held}{{padding:0;background:none;border:0;" in css
    assert css_rule(f"{held}:is(.is-sm,.is-lg)")["padding"] == "0"
    assert css.index(f"{held}:is(.is-sm,.is-lg)") > css.index(".dsl-stat.is-lg{")


# -- a progress's small value --------------------------------------------------------------------------


def test_the_percentages_a_text_states_round_to_their_last_digit() -> None:
    (stated,) = stated_percents("2,578 (3.05%)")
    assert stated.percent == 3.05 and stated.matches(3.054) and not stated.matches(3.06)
    assert [p.percent for p in stated_percents("338 (0.4 %)", None, "Done 40٪")] == [0.4, 40]
    assert stated_percents("9/24 lessons", "Storage") == []


@pytest.mark.parametrize(
    ("value", "texts", "reading"),
    [
        (0.4, ["338 (0.4%)"], "percent"),
        (0.4, ["40%"], "fraction"),
        (0.333, ["33%"], "fraction"),
        (0.004, ["0.4%"], "fraction"),  # 0.004 of 1 is 0.4 %
        (0.4, ["3%"], "unsure"),
        (0.4, [], "fraction"),
        (0.5, ["0.5%", "50%"], "fraction"),  # either reading stated: the fraction, as before
    ],
)
def test_a_small_value_is_a_fraction_unless_its_text_states_it_as_a_percentage(
    value: float, texts: list[str], reading: str
) -> None:
    assert small_value_reading(value, stated_percents(*texts)) == reading


@pytest.mark.parametrize(
    ("fields", "width"),
    [
        ({"label": "Expanded seats", "value": 0.4, "text": "338 (0.4%)"}, "0.40%"),
        ({"label": "Expanded seats 0.4%", "value": 0.4}, "0.40%"),
        ({"label": "Expanded seats", "value": "0.4", "text": "338 (0.4%)"}, "0.40%"),
        ({"label": "Expanded seats", "value": 0.4, "text": "338 (40%)"}, "40.00%"),
        ({"label": "Expanded seats", "value": 0.4, "text": "338 (3%)"}, "40.00%"),
        ({"label": "Expanded seats", "value": 0.4, "max": 1, "text": "0.4%"}, "40.00%"),
        ({"label": "Expanded seats", "value": 0.4}, "40.00%"),
    ],
)
def test_a_progress_reads_a_small_value_as_the_percentage_its_text_states(
    fields: dict[str, Any], width: str
) -> None:
    assert f"width:{width}" in render(type="progress", **fields)


def test_a_ring_reads_it_so_too() -> None:
    html = render(type="progress", variant="circle", value=0.4, text="0.4%")
    dash = re.search(r'stroke-dasharray="([\d.]+) ([\d.]+)"', html)
    assert dash and float(dash.group(1)) / float(dash.group(2)) == pytest.approx(0.004, abs=1e-4)


def _share_warnings(element: dict[str, Any]) -> list[Any]:
    result = validate_document({"elements": [{"type": "progress", **element}]})
    return [w for w in result.warnings if w.code == "out_of_range"]


def test_the_validator_warns_when_a_small_value_is_neither_reading_of_its_text() -> None:
    (warning,) = _share_warnings({"label": "Converted", "value": 0.4, "text": "338 (3%)"})
    assert warning.path == "/elements/0/value"
    assert warning.message == (
        "value 0.4 is read as a fraction of 1 and fills 40% of the bar, but the text states 3%"
    )
    assert warning.suggestion == (
        "write the share the bar should fill as a percentage (value: 3 for 3%), or make the text state 40%"
    )


@pytest.mark.parametrize(
    "element",
    [
        {"label": "Expanded seats", "value": 0.4, "text": "338 (0.4%)"},
        {"label": "Done", "value": 0.4, "text": "40%"},
        {"label": "Done", "value": 0.4},
        {"label": "Done", "value": 0.4, "max": 1, "text": "3%"},
        {"label": "Done", "value": 3, "text": "3%"},
    ],
)
def test_the_validator_says_nothing_when_the_value_and_its_text_agree(element: dict[str, Any]) -> None:
    assert _share_warnings(element) == []


def test_a_percentage_both_the_label_and_the_text_state_is_quoted_once() -> None:
    """ "the text states 3%, 3%": the label said it too."""
    (warning,) = _share_warnings({"label": "0.4 text 3%", "value": 0.4, "text": "3%"})
    assert warning.message == (
        "value 0.4 is read as a fraction of 1 and fills 40% of the bar, but the text and label state 3%"
    )
    (by_label,) = _share_warnings({"label": "Converted 3%", "value": 0.4})
    assert by_label.message.endswith("but the label states 3%")
    assert by_label.suggestion is not None and by_label.suggestion.endswith("or make the label state 40%")


# -- a progress's value of 1 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "width"),
    [
        ({"value": 1, "text": "100%"}, "100.00%"),  # it filled 1% beside "100%", with no warning
        ({"value": 1.0}, "100.00%"),  # the last of a list of fractions
        ({"value": 1}, "100.00%"),
        ({"value": "1"}, "100.00%"),
        ({"value": 1, "text": "1%"}, "1.00%"),  # the text says which: one percent
        ({"value": "1%"}, "1.00%"),
        ({"value": 1, "max": 100}, "1.00%"),
        ({"value": 1, "variant": "circle"}, None),
    ],
)
def test_a_value_of_1_is_the_whole_bar_unless_its_text_says_1_percent(
    fields: dict[str, Any], width: str | None
) -> None:
    html = render(type="progress", label="Onboarding", **fields)
    if width is None:
        assert ">100%<" in html  # a ring's centre
    else:
        assert f"width:{width}" in html


def test_the_validator_reads_a_value_of_1_as_the_compiler_draws_it() -> None:
    assert _share_warnings({"label": "Done", "value": 1, "text": "100%"}) == []
    assert _share_warnings({"label": "Done", "value": 1, "text": "1%"}) == []
    (warning,) = _share_warnings({"label": "Done", "value": 1, "text": "3%"})
    assert (
        warning.message
        == "value 1 is read as a fraction of 1 and fills 100% of the bar, but the text states 3%"
    )


# -- a change measured against something ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("-$1,200 vs last month", ("-$1,200", "vs last month")),
        ("Down 2 from last week", ("Down 2", "from last week")),
        ("+8% vs. last quarter", ("+8%", "vs. last quarter")),
        ("+12% this week", ("+12%", "this week")),
        ("+4 since yesterday", ("+4", "since yesterday")),
        # A figure with its unit, then words in any language: what it is measured against.
        ("+12.4% مقارنة بالشهر الماضي", ("+12.4%", "مقارنة بالشهر الماضي")),
        ("-3,5 % par rapport à mars", ("-3,5 %", "par rapport à mars")),
        ("+1 200 € за месяц", ("+1 200 €", "за месяц")),
        ("+2.1pp מהחודש שעבר", ("+2.1pp", "מהחודש שעבר")),
        ("+12%前月比", ("+12%前月比", "")),  # no space: one word
        # Nothing after a figure: the whole change is the pill's.
        ("+12%", ("+12%", "")),
        ("up 4 pts", ("up 4 pts", "")),
        ("+5 (12%)", ("+5 (12%)", "")),
        ("+3.5% (vs 2.1%)", ("+3.5% (vs 2.1%)", "")),
        ("0 new", ("0 new", "")),
        ("vs last week", ("vs last week", "")),  # no figure before the words
        ("+3 invoices", ("+3 invoices", "")),  # "in" inside a word is no connector
    ],
)
def test_a_change_is_split_into_its_figure_and_what_it_is_measured_against(
    text: str, parts: tuple[str, str]
) -> None:
    assert stats.change_parts(text) == parts


def test_a_long_change_keeps_its_figure_in_a_one_line_pill_and_its_words_beside_it() -> None:
    html = render(type="stat", label="Open tickets", value="14", change="Down 2 from last week")
    pill = re.search(
        r'<span class="dsl-stat-change dsl-tone-danger">.*?</svg>(<span[^>]*>[^<]*</span>)</span>', html
    )
    assert pill is not None and pill.group(1) == '<span class="dsl-stat-change-text">Down 2</span>'
    assert '</span></span><span class="dsl-stat-desc">from last week</span></div>' in html
    assert css_rule(".dsl-stat-change")["white-space"] == "nowrap"
    assert css_rule(".dsl-stat-change-text")["text-overflow"] == "ellipsis"


@pytest.mark.parametrize(
    ("change", "caption"),
    [
        ("at 4.35% APR", True), ("vs last week", True), ("Updated 5 min ago", True), ("per calendar month", True),
        ("+2.1%", False), ("-£1,200 vs last month", False), ("12%", False), ("£300", False), ("(3.5%)", False),
        ("Up 3 vs last week", False), ("down 2%", False), ("↑ 12%", False), ("Flat", False),
        ("Unchanged vs last week", False), ("USD 1,200", False), ("R$ 40", False), ("-", False),
    ],
)  # fmt: skip
def test_a_change_that_opens_with_words_reads_as_a_caption(change: str, caption: bool) -> None:
    assert stats.reads_as_caption(change) is caption


def test_a_caption_change_is_muted_text_without_a_pill_unless_a_variant_tones_it() -> None:
    html = render(type="stat", label="Monthly payment", value="£5,412/mo", change="at 4.35% APR")
    assert "dsl-stat-change" not in html and '<span class="dsl-stat-desc">at 4.35% APR</span>' in html
    assert "--change-ems" not in html  # no pill to fit to the foot
    toned = render(type="stat", label="Rate", value="4.35%", change="at base rate", variant="success")
    assert 'class="dsl-stat-change dsl-tone-success"' in toned
