"""Centred sections, toned sidebar items, alert actions, table codes, statuses and checkboxes, a
full calendar's lone event: the HTML and CSS the compiler writes for them."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements import calendar as calendar_element
from kernel.dsl.compiler.elements import status_words, table_cells
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport
from tests.support.css_rules import css_rule


def render(**fields: Any) -> str:
    return RenderContext(viewport=Viewport(800, 600, 1)).render(Element.model_validate(fields))


CHILDREN = [{"type": "badge", "text": "New"}, {"type": "button", "label": "Go"}]


# -- a section's align -------------------------------------------------------------------------------


def test_an_aligned_section_lets_its_buttons_and_badges_follow_the_alignment() -> None:
    """`dsl-vflow` pins buttons and pills to the start: a section with `align` goes without it,
    as a column and a card with `align` do; without `align` it keeps it."""
    centred = render(type="section", align="center", children=CHILDREN)
    assert centred.startswith(
        '<section class="dsl-section" style="flex-direction:column;align-items:safe center"'
    )
    plain = render(type="section", children=CHILDREN)
    assert plain.startswith('<section class="dsl-section dsl-vflow"')


# -- a sidebar item's tone ---------------------------------------------------------------------------


def test_a_sidebar_items_tone_is_a_class_beside_its_state() -> None:
    items = [
        {"label": "Delete workspace", "icon": "trash-2", "variant": "danger"},
        {"label": "Upgraded", "variant": "Success"},
        {"label": "Remove", "variant": "destructive", "active": True},
        {"label": "Plain", "variant": "ghost"},
    ]
    html = render(type="sidebar", items=items)
    classes = re.findall(r'class="(dsl-sidebar-item(?: [^"]*)?)"', html)
    assert classes == [
        "dsl-sidebar-item is-danger",
        "dsl-sidebar-item is-success",
        "dsl-sidebar-item is-active is-danger",
        "dsl-sidebar-item",
    ]


# -- an alert's actions ------------------------------------------------------------------------------


def test_an_alerts_actions_are_neutral_buttons_whatever_its_tone() -> None:
    for tone in ("danger", "warning", "success", "info"):
        html = render(type="alert", variant=tone, title="Critical", actions=["Acknowledge", "Details"])
        assert re.findall(r"dsl-button--(\w+) dsl-button--sm", html) == ["outline", "ghost"], tone


def test_an_alert_action_that_names_its_variant_keeps_it_and_an_empty_state_keeps_its_primary() -> None:
    named = render(type="alert", variant="danger", actions=[{"label": "Delete", "variant": "danger"}])
    assert "dsl-button--danger" in named
    empty = render(type="empty", title="No files", actions=["Upload", "Learn more"])
    assert re.findall(r"dsl-button--(\w+) dsl-button--md", empty) == ["primary", "outline"]


# -- codes in table cells ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("BRG-6204-2RS", '<span class="dsl-table-code">BRG-6204-2RS</span>'),
        ("Ship 2025-07-10 <now>", 'Ship <span class="dsl-table-code">2025-07-10</span> &lt;now&gt;'),
        ("Part A-1 & B-2", 'Part <span class="dsl-table-code">A-1</span> &amp; <span class="dsl-table-code">B-2</span>'),
        ("Well-known brand", "Well\u2011known brand"),  # a short compound: a non-breaking hyphen
        ("Bolts M8", "Bolts M8"),
    ],
)  # fmt: skip
def test_a_code_in_a_cell_is_kept_on_one_line(text: str, html: str) -> None:
    """A run holding a digit and a hyphen must not break after the hyphen; words and texts
    without such a run are written as before, escaped (a short hyphenated word's hyphen made
    non-breaking: `hyphen_words`)."""
    assert table_cells.cell_html(text) == html


def test_the_code_span_does_not_wrap_and_a_table_in_a_grid_ends_after_its_last_row() -> None:
    assert css_rule(".dsl-table-code") == {"white-space": "nowrap"}
    assert css_rule('.dsl-grid:not([style*="align-items"])>.dsl-table:not(.has-height)') == {
        "align-self": "start"
    }


# -- status words --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "tone"),
    [("Delayed", "warning"), ("Behind schedule", "warning"), ("Stalled", "warning"), ("At risk", "warning"),
     ("Late", "danger"), ("Off track", "danger"), ("Blocked", "danger"), ("On track", "success"),
     ("Ahead", "success"), ("On time", "success"), ("Retardé", "warning"), ("Verspätet", "warning"),
     ("Retrasado", "warning"), ("Ritardato", "warning"), ("遅延", "warning"), ("延误", "warning"),
     ("지연", "warning")],
)  # fmt: skip
def test_schedule_statuses_have_their_tone(word: str, tone: str) -> None:
    assert status_words.status_tone(word) == tone


def test_a_delayed_shipment_is_a_badge_like_its_neighbours() -> None:
    rows = [["SH-1", "Delayed"], ["SH-2", "At risk"], ["SH-3", "In transit"]]
    html = render(type="table", columns=["Shipment", "Status"], rows=rows)
    assert re.findall(r'dsl-pill--(\w+)"><i></i>([^<]+)<', html) == [
        ("warning", "Delayed"),
        ("warning", "At risk"),
        ("info", "In transit"),
    ]


# -- a selectable table ------------------------------------------------------------------------------

ORDERS = {"type": "table", "columns": ["Order", "Total"], "rows": [["SO-1", "$5.00"], ["SO-2", "$7.00"]]}


def _marks(html: str) -> list[str]:
    """Each checkbox's `aria-checked`, header first."""
    return re.findall(r'class="dsl-checkmark" role="checkbox" aria-checked="(\w+)"', html)


@pytest.mark.parametrize(
    ("selected", "marks"),
    [(None, ["false", "false", "false"]), ([1], ["mixed", "false", "true"]), (True, ["true", "true", "true"]),
     ([0, 1], ["true", "true", "true"]), ([5], ["false", "false", "false"])],
)  # fmt: skip
def test_a_selectable_table_starts_each_row_with_a_checkbox(selected: Any, marks: list[str]) -> None:
    """The header's checkbox is ticked when every row is, a dash (`mixed`) when some are; an
    index past the rows ticks nothing."""
    html = render(**ORDERS, selectable=True, selectedRows=selected)
    assert _marks(html) == marks
    assert html.count('<th class="dsl-table-select') == 1 and html.count('<td class="dsl-table-select') == 2
    assert html.count('<tr class="is-selected">') == marks[1:].count("true")


def test_the_header_checkbox_shows_a_dash_when_some_rows_are_chosen() -> None:
    html = render(**ORDERS, selectable=True, selectedRows=[0])
    header = re.search(r"<thead>(.*?)</thead>", html)
    assert header and 'class="dsl-table-select is-checked"' in header.group(1)
    assert 'data-icon="minus"' in header.group(1)


def test_selected_rows_alone_draw_the_checkboxes_and_selectable_false_draws_none() -> None:
    assert _marks(render(**ORDERS, selectedRows=[0])) == ["mixed", "true", "false"]
    assert _marks(render(**ORDERS, selectable=False, selectedRows=[0])) == []
    assert render(**ORDERS) == render(**ORDERS)


def test_a_selectable_tables_placeholder_and_empty_rows_count_the_checkbox_column() -> None:
    loading = render(type="table", columns=["A", "B"], rows=2, selectable=True)
    assert _marks(loading) == ["false", "false", "false"]
    empty = render(type="table", columns=["A", "B"], rows=[], selectable=True)
    assert 'colspan="3"' in empty


def test_the_checkbox_column_is_narrow_and_a_chosen_row_tinted() -> None:
    assert css_rule(".dsl-table .dsl-table-select") == {"width": "18px", "padding-inline-end": "0"}
    assert css_rule(".dsl-table tbody tr.is-selected td")["background"] == "var(--row-selected)"
    assert "var(--primary-soft)" in css_rule(".dsl-table")["--row-selected"]


# -- a full calendar's lone event --------------------------------------------------------------------


def test_a_day_with_one_event_has_no_count_and_moves_it_beside_the_number_when_short() -> None:
    html = render(
        type="calendar", variant="full", month="2025-07", events=[{"date": "2025-07-10", "label": "Review"}]
    )
    day = re.search(r'<span class="dsl-cal-events is-k1">(.*?)</span></div>', html)
    assert day and "dsl-cal-more" not in day.group(1) and "Review" in day.group(1)
    below = calendar_element.CAL_DAY_TOP + calendar_element.CAL_EVENT_H
    rule = re.search(
        rf"@container \(height < {below}px\)\{{\.dsl-cal-events\.is-k1\{{([^}}]*)\}}", calendar_element.CSS
    )
    assert rule and "position:absolute" in rule.group(1) and "inset-inline:34px 6px" in rule.group(1)
    assert ".is-k1>" not in calendar_element._day_fit_css()  # its label is never hidden for a count


def test_a_day_with_two_events_still_counts_the_hidden_ones() -> None:
    events = [{"date": "2025-07-10", "label": f"Call {n}"} for n in range(2)]
    html = render(type="calendar", variant="full", month="2025-07", events=events)
    assert re.findall(r'is-m(\d)">\+(\d) more', html) == [("0", "2"), ("1", "1")]


@pytest.mark.parametrize(
    ("fields", "tag"), [({"level": 1}, "h1"), ({"level": 2}, "h2"), ({}, "h3"), ({"size": "xl"}, "h3")]
)
def test_a_sections_title_is_the_heading_of_its_level(fields: dict[str, Any], tag: str) -> None:
    """An h1-level section (a landing page's title) was an h3."""
    html = render(type="section", title="Why Orbit", **fields)
    assert f'<{tag} class="dsl-section-title' in html and f"Why Orbit</{tag}>" in html
