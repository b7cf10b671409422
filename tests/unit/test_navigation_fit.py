"""Nested tabs' own rules, the forms a pagination and a breadcrumb choose from to keep to one line,
and a stepper's label sizing, read from the compiled markup and stylesheet."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements import navigation
from kernel.dsl.compiler.elements.navigation import pages_around, widest_unbroken_em
from kernel.dsl.compiler.hyphenation import SOFT_HYPHEN
from kernel.dsl.compiler.text_metrics import UNSPACED_WORD_EM
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport
from tests.support.css_rules import css_rule
from tests.support.elements import render_element

# -- tabs ------------------------------------------------------------------------------------------


def test_every_tab_variant_rule_reaches_only_its_own_strip() -> None:
    """A rule of one variant written with a descendant combinator (`.dsl-tabs--bottom .dsl-tab`)
    restyled the tabs nested in its panel: 11 px segmented labels, a badge under its label."""
    selectors = re.findall(r"([^{}]*\.dsl-tabs--[a-z]+[^{}]*)\{", navigation.CSS)
    assert selectors
    for selector in selectors:
        for part in selector.split(","):
            after_variant = re.split(r"\.dsl-tabs--[a-z]+(?:\.[\w-]+|:not\([^)]*\)|\))*", part, maxsplit=1)[
                -1
            ]
            assert not re.match(r"\s+\.dsl-tab", after_variant), part


def test_an_underline_strip_draws_its_hairline_inside_its_box_and_fades_when_cut() -> None:
    """The strip clips its tabs (an overflow:hidden box, a scroll container whose timeline drives
    the fade), so its hairline is an inset shadow the active tab's 2 px underline covers."""
    strip = css_rule(".dsl-tabs--underline>.dsl-tabs-list")
    assert strip["box-shadow"] == "inset 0 -1px 0 var(--border)"
    clip = css_rule(":is(.dsl-tabs--underline,.dsl-tabs--pills):not(.is-stretched)>.dsl-tabs-list")
    assert clip["overflow"] == "hidden" and clip["animation-timeline"] == "scroll(self inline)"
    assert (
        "@keyframes dsl-strip-more{" in navigation.CSS and "@keyframes dsl-strip-more-rtl{" in navigation.CSS
    )


# -- pagination ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "total", "reach", "expected"),
    [
        (2, 48, 1, [1, 2, 3, None, 48]),
        (20, 48, 1, [1, None, 19, 20, 21, None, 48]),
        (3, 48, 1, [1, 2, 3, 4, None, 48]),
        (47, 48, 1, [1, None, 46, 47, 48]),
        (20, 48, 0, [1, None, 20, None, 48]),
        (1, 48, 0, [1, None, 48]),
        (2, 3, 0, [1, 2, 3]),
        (1, 1, 1, [1]),
    ],
)
def test_pages_around_the_current_one(
    current: int, total: int, reach: int, expected: list[int | None]
) -> None:
    assert pages_around(current, total, reach) == expected


def option_rows(html: str) -> list[str]:
    """The options of the element's first_that_fits window, in order."""
    return re.findall(
        r'<div class="dsl-fit-option"[^>]*>(.*?)</div>(?=<div class="dsl-fit-option"|</div>)', html
    )


def test_a_pagination_offers_ever_tighter_forms_and_reads_current_of_total_last() -> None:
    html = render_element(type="pagination", text="6 of 24,118", current=2, total=48)
    rows = option_rows(html)
    pages = [re.findall(r'class="dsl-page(?: is-active)?">(\d+)<', row) for row in rows]
    assert pages == [["1", "2", "3", "4", "5", "48"], ["1", "2", "3", "4", "5", "48"], ["1", "2", "3", "48"], ["1", "2", "48"], []]  # fmt: skip
    assert "<span>Previous</span>" in rows[0] and all("<span>Previous</span>" not in row for row in rows[1:])
    assert '<span class="dsl-page-of">2 / 48</span>' in rows[-1]
    assert rows[-1].count('<span class="dsl-fit-probe">') == 0 and all('dsl-fit-probe' in row for row in rows[:-1])  # fmt: skip
    assert html.index("dsl-pagination-summary") < html.index("dsl-pagination-pages dsl-fit dsl-fit--pages")


def test_a_short_pagination_keeps_only_the_forms_that_differ() -> None:
    """Three pages and no words: the seven-slot window, the current page's neighbours and the
    current page alone all show 1 2 3, so the options are that row and "2 / 3"."""
    rows = option_rows(render_element(type="pagination", current=2, total=3, actions=["", ""]))
    assert len(rows) == 2 and '<span class="dsl-page-of">2 / 3</span>' in rows[1]


# -- breadcrumb ------------------------------------------------------------------------------------

TRAIL = ["Home", "Recipes", "Italian", "Pasta", "Creamy tomato basil pasta"]


def crumbs(row: str) -> list[str]:
    return re.findall(r"<span>([^<]*)</span></li>", row)


def test_a_breadcrumb_folds_its_middle_entries_and_keeps_each_separator_with_the_next_entry() -> None:
    html = render_element(type="breadcrumb", items=TRAIL)
    rows = option_rows(html)
    assert [crumbs(row) for row in rows] == [
        TRAIL,
        ["Home", "…", "Pasta", TRAIL[-1]],
        ["Home", "…", TRAIL[-1]],
    ]
    for row in rows:  # a separator opens every entry but the first, inside it: no line ends in one
        entries = re.findall(r"<li[^>]*>(.*?)</li>", row)
        assert not entries[0].startswith('<span class="dsl-crumb-sep"')
        assert all(entry.startswith('<span class="dsl-crumb-sep"') for entry in entries[1:])
    assert html.count('aria-current="page"') == 1 and html.count('aria-hidden="true"><span class="dsl-fit-probe">') == 1  # fmt: skip


def test_a_short_breadcrumb_has_nothing_to_fold() -> None:
    rows = option_rows(render_element(type="breadcrumb", items=["Home", "Settings"]))
    assert [crumbs(row) for row in rows] == [["Home", "Settings"]]


# -- stepper ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "px_at_14", "word"),
    [("Workspace", 72, "Workspace"), ("Confirmation", 87, "Confirmation"), ("Your goals", 36, "goals"),
     ("Coordonnées", 89, "accented letters count as their letters"), ("予約確認", 14, "one han a piece"),
     ("Επιβεβαίωση", 88, "Greek letters by their own advances")],
)  # fmt: skip
def test_the_widest_unbroken_part_of_a_label_is_measured_as_noto_sans_draws_it(
    text: str, px_at_14: float, word: str
) -> None:
    """Chromium draws Workspace 72 px and Confirmation 87 px wide at 14 px (Noto Sans Medium)."""
    assert abs(widest_unbroken_em(text) * 14 - px_at_14) <= 1.5, word


def test_a_soft_hyphenated_compound_is_as_wide_as_its_widest_syllable() -> None:
    whole = widest_unbroken_em("Zahlungsinformationen")
    split = widest_unbroken_em(f"Zahlungs{SOFT_HYPHEN}informa{SOFT_HYPHEN}tionen")
    assert split == pytest.approx(widest_unbroken_em("Zahlungs-")) and split < whole / 2


def test_a_horizontal_stepper_tells_its_css_its_step_count_and_widest_word() -> None:
    html = render_element(
        type="stepper", items=["Account", "Workspace", "Invitations", "Billing", "Confirmation"]
    )
    assert '<ol style="--steps:5;--word:6.20">' in html
    assert SOFT_HYPHEN not in html  # English words stay whole: the labels shrink instead
    assert html.count("dsl-step-body is-first") == 1 and html.count("dsl-step-body is-last") == 1


def test_german_compounds_across_are_hyphenated_and_english_words_are_not() -> None:
    stepper = Element.model_validate({"type": "stepper", "items": ["Zahlungsinformationen", "Invitations"]})
    german = RenderContext(viewport=Viewport(800, 600, 1.0), lang="de").render(stepper)
    english = RenderContext(viewport=Viewport(800, 600, 1.0), lang="en").render(stepper)
    assert f"Zah{SOFT_HYPHEN}lungs{SOFT_HYPHEN}" in german and SOFT_HYPHEN not in english


def test_a_thai_label_counts_as_a_word_of_a_few_syllables_not_as_one_long_word() -> None:
    """A Thai label has no spaces: taken whole ("การชำระเงิน", 6.6 em) it was too wide for a phone's
    share, and every label but the current went; Chromium breaks it between its words."""
    assert widest_unbroken_em("การชำระเงิน") == pytest.approx(UNSPACED_WORD_EM)
    assert widest_unbroken_em("Plan การชำระเงิน") == pytest.approx(UNSPACED_WORD_EM)


def test_each_step_names_where_its_label_is_written_and_thai_labels_may_break() -> None:
    """A left-out label is warned of at its words' path (measure.js reads data-item); only a label
    of a script without spaces may break inside what the compiler took for a word."""
    html = render_element(type="stepper", items=["Cart", {"label": "ตะกร้า"}, "Доставка"], current=1)
    assert [m for m in re.findall(r'<li class="dsl-step[^"]*" data-item="([^"]+)"', html)] == [
        "0",
        "1/label",
        "2",
    ]
    assert html.count("dsl-step-label is-unspaced") == 1 and 'is-unspaced"><span>ตะกร้า' in html
    assert css_rule(".dsl-stepper--horizontal .dsl-step-label.is-unspaced")["overflow-wrap"] == "break-word"


def test_a_steppers_labels_never_break_inside_a_word() -> None:
    css = css_rule(".dsl-stepper--horizontal .dsl-step-label")
    assert "overflow-wrap" not in css and "overflow-wrap:anywhere" not in navigation.CSS
    assert css["font-size"].startswith("min(clamp(12px,round(down,var(--fit),.5px),14px)")


def test_a_steppers_marks_are_the_primary_as_a_mark() -> None:
    """A done disc, the line after it and the current ring carry no text: --primary-indicator, as
    a switch that is on (the raw primary was 1.24:1 for a navy brand on a dark page)."""
    assert css_rule(".dsl-step.is-done .dsl-step-marker")["background"] == "var(--primary-indicator)"
    assert css_rule(".dsl-step.is-done .dsl-step-line")["background"] == "var(--primary-indicator)"
    assert css_rule(".dsl-step.is-current .dsl-step-marker")["border-color"] == "var(--primary-indicator)"
    assert css_rule(".dsl-dot.is-current")["background"] == "var(--primary-indicator)"
    assert "var(--primary)" not in re.sub(r"/\*.*?\*/", "", navigation.CSS.split(".dsl-stepper ol")[1])


def test_a_segmented_track_is_a_translucent_shade_in_either_scheme() -> None:
    """A solid --muted track vanished on a grey page or a muted band: a shade of the muted text
    colour, lighter on a dark scheme, darkens (or lightens) whatever is under it."""
    track = css_rule(".dsl-tabs--segmented>.dsl-tabs-list")["background"]
    assert (
        track.startswith("light-dark(color-mix(in srgb,var(--muted-foreground) ") and "transparent" in track
    )
