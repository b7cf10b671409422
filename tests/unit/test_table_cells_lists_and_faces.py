"""Table cells that read as a designer means them (bracketed negatives, blank totals, long URLs,
status columns, widths without a header), list rows with an icon or a key at their end, empty
rings, and the initials of tiny grouped faces."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler.elements import data_sheet, lists, status_words, table_cells, table_rows
from tests.support.css_rules import css_rule
from tests.support.elements import render_element


def _cells(html: str) -> list[str]:
    """The body cells' inner HTML, in order."""
    return re.findall(r"<td[^>]*>(.*?)</td>", html)


def _cell_classes(html: str) -> list[str]:
    return re.findall(r'<td class="([^"]*)"', html)


# -- figures ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("amount", ["($412,300)", "(300)", "(12%)", "(€ 1.240,50)", "( 1,200.00 )"])
def test_a_negative_in_brackets_is_a_figure(amount: str) -> None:
    assert table_rows.is_numeric(amount)


@pytest.mark.parametrize("text", ["(Room 12)", "(-300)", "()", "(1.2.3)", "(see note 4)"])
def test_words_in_brackets_are_no_figure(text: str) -> None:
    assert not table_rows.is_numeric(text)


def test_a_column_of_bracketed_negatives_is_right_aligned() -> None:
    """ "($412,300)" and "(300)" made their columns align left, as words."""
    html = render_element(
        type="table", columns=["Parens", "Plain"], rows=[["($412,300)", "1,240"], ["$1,240,000", "(300)"]]
    )
    assert [classes.split()[0] for classes in _cell_classes(html)] == ["is-right"] * 4


# -- blanks, missing cells and totals ---------------------------------------------------------------


def test_an_empty_text_stays_blank_and_a_missing_cell_draws_a_dash() -> None:
    """A totals row's "" drew "—" like a missing value: "" (or spaces) is blank; null, a short
    row and an absent key draw the dash."""
    listed = render_element(
        type="table", columns=["Item", "Qty", "Amount"], rows=[["Total", "", "$40"], ["A", None]]
    )
    assert _cells(listed) == [
        "Total",
        "",
        "$40",
        "A",
        '<span class="dsl-table-none">—</span>',
        '<span class="dsl-table-none">—</span>',
    ]
    keyed = render_element(
        type="table", columns=["item", "qty"], rows=[{"item": "A", "qty": "  "}, {"item": "B"}]
    )
    assert _cells(keyed) == ["A", "", "B", '<span class="dsl-table-none">—</span>']


@pytest.mark.parametrize(
    "first", ["Total", "TOTALS", "Subtotal", "Grand total", "Total:", "Total revenue", "Gesamt", "合計"]
)
def test_a_last_row_that_sums_up_is_a_total_row(first: str) -> None:
    html = render_element(type="table", columns=["Item", "Amount"], rows=[["Widgets", "$40"], [first, "$40"]])
    assert html.count('<tr class="is-total">') == 1
    assert html.rindex('<tr class="is-total">') > html.index(">Widgets<")


@pytest.mark.parametrize(
    "rows",
    [
        [["Total", "$40"], ["Widgets", "$40"]],  # not the last row
        [["Total", "$40"]],  # a lone row sums nothing up
        [["Widgets", "$40"], ["Totally new", "$1"]],  # a word that starts like one
    ],
)
def test_other_rows_are_no_total_row(rows: list[list[Any]]) -> None:
    html = render_element(type="table", columns=["Item", "Amount"], rows=rows)
    assert "is-total" not in html


def test_a_total_row_is_bold_under_a_stronger_line() -> None:
    """The first row of the totals is under the stronger line (a lone total's too); the last,
    the grand total, is bold (an invoice's Subtotal and VAT lines are not)."""
    rule = css_rule(".dsl-table tbody tr:not(.is-total)+tr.is-total td", data_sheet.CSS)
    assert rule == {"border-top": "2px solid var(--input)"}
    assert css_rule(".dsl-table tbody tr.is-total:last-child td", data_sheet.CSS) == {"font-weight": "600"}


def test_a_total_row_of_a_selectable_table_has_no_checkbox_and_is_never_selected() -> None:
    """A total sums the rows up: it is no row one selects, even when `selectedRows` names it."""
    html = render_element(
        type="table",
        columns=["Item", "Amount"],
        rows=[["A", "$1"], ["Total", "$1"]],
        selectable=True,
        selectedRows=[1],
    )
    assert '<tr class="is-total"><td class="dsl-table-select"></td>' in html
    assert "is-selected" not in html


# -- status columns -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "tone"),
    [("OK", "success"), ("Onboarding", "info"), ("Offer sent", "info"), ("Trial", "info"), ("Trialing", "info"),
     ("Draft", "neutral"), ("Brouillon", "neutral"), ("Entwurf", "neutral"), ("Hired", "success")],
)  # fmt: skip
def test_hr_and_saas_statuses_have_their_tone(status: str, tone: str) -> None:
    assert status_words.status_tone(status) == tone


def test_every_text_of_a_status_column_is_a_badge() -> None:
    """ "Onboarding" and "Offer sent" stayed plain text beside badges: once a column is one of
    statuses, each short text is a badge, an unknown word a neutral one; a note stays text."""
    rows = [["Amara", "Probation"], ["Jonas", "Active"], ["Priya", "On leave"], ["Mateo", "Terminated"],
            ["Hannah", "Waiting for the signed contract to come back"]]  # fmt: skip
    html = render_element(type="table", columns=["Employee", "Status"], rows=rows)
    badges = re.findall(r'dsl-pill--(\w+)"><i></i>([^<]+)<', html)
    assert badges == [
        ("neutral", "Probation"),
        ("success", "Active"),
        ("warning", "On leave"),
        ("danger", "Terminated"),
    ]
    assert ">Waiting for the signed contract to come back<" in html


def test_a_column_of_names_and_figures_is_never_badged() -> None:
    html = render_element(
        type="table", columns=["Product", "State", "Count"],
        rows=[["Beta", "Healthy", "3"], ["Gamma", "OK", "4"], ["Delta", "Down", "5"]],
    )  # fmt: skip
    assert re.findall(r'dsl-pill--(\w+)"><i></i>([^<]+)<', html) == [
        ("success", "Healthy"),
        ("success", "OK"),
        ("danger", "Down"),
    ]


# -- long runs and short columns ----------------------------------------------------------------------


def test_a_long_url_may_break_and_prefers_its_slashes() -> None:
    url = "https://shop.example.com/collections/parka-2025?utm_source=news"
    html = table_cells.cell_html(url)
    assert html.startswith('<span class="dsl-table-long">') and "dsl-table-code" not in html
    assert re.sub(r"<[^>]+>", "", html) == url.replace("&", "&amp;")
    assert "https://<wbr>shop.<wbr>example.<wbr>com/<wbr>collections/<wbr>parka-<wbr>2025?<wbr>" in html
    assert css_rule(".dsl-table-long", data_sheet.CSS) == {"overflow-wrap": "anywhere"}


@pytest.mark.parametrize("text", ["BRG-6204-2RS", "a1b2c3d4e5f6a7b8c9d0e1f"])
def test_a_code_or_a_run_under_24_characters_stays_whole(text: str) -> None:
    assert "dsl-table-long" not in table_cells.cell_html(text)


def test_a_column_of_short_texts_beside_a_long_one_keeps_them_on_one_line_in_a_wide_table() -> None:
    """ "Paid social" wrapped to two lines while the campaign beside it took six."""
    rows = [["Back-to-school 2025 — retargeting lookalike audiences (EU + UK)", "Paid social", "Active", "$48,200"],
            ["Brand search", "Search", "Paused", "$22,900"]]  # fmt: skip
    html = render_element(type="table", columns=["Campaign", "Channel", "Status", "Spend"], rows=rows)
    assert _cell_classes(html)[:4] == ["is-left is-wordy", "is-left is-short", "is-left", "is-right"]
    assert "is-short" not in render_element(
        type="table", columns=["Channel", "Spend"], rows=[r[1::2] for r in rows]
    )
    assert "@container (min-width:560px){.dsl-table td.is-short{white-space:nowrap}}" in data_sheet.CSS


def test_cells_pad_less_when_many_columns_share_a_narrow_table() -> None:
    """Eight columns at 800 px kept 32 px of padding each; the side padding is now 12 % of a
    column's share of the width, from 10 to 16 px."""
    html = render_element(type="table", columns=list("ABCDEFGH"), rows=[list("12345678")])
    assert '<table style="--cols:8">' in html
    assert ".dsl-table table{width:100%;border-collapse:collapse;font-variant-numeric:tabular-nums;" \
        "--cell-x:clamp(10px,12cqi / var(--cols,1),16px)}" in data_sheet.CSS  # fmt: skip
    assert css_rule(".dsl-table td", data_sheet.CSS)["padding"] == "calc(var(--pad) * .6) var(--cell-x)"


def test_a_phone_wide_table_of_four_columns_or_more_pads_its_cells_less() -> None:
    """On a phone (a table under 420 px) four columns kept 21 px between them, and a date or a
    weight broke in two for want of the room: the padding there is 36 % of the width over the
    square of the columns (8 px a side for four at 356 px, as many as before for two or three),
    12 px from the frame at least."""
    narrow = re.search(r"@container \(max-width:420px\)\{(.*)\}\n", data_sheet.CSS)
    assert narrow is not None
    rules = narrow.group(1)
    assert (
        ".dsl-table table{--cell-x:clamp(6px,min(12cqi / var(--cols,1),36cqi / (var(--cols,1) * var(--cols,1))),16px)}"
        in rules
    )
    assert ".dsl-table :is(th,td):first-child{padding-inline-start:max(var(--cell-x),12px)}" in rules
    assert ".dsl-table :is(th,td):last-child{padding-inline-end:max(var(--cell-x),12px)}" in rules


# -- column widths ------------------------------------------------------------------------------------


def test_a_columns_width_holds_without_a_header() -> None:
    """Widths were set on header cells only: a table of empty labels ignored them."""
    columns = [{"key": "p", "label": "", "width": 32}, {"key": "id", "label": "", "width": "80"},
               {"key": "t", "label": "", "width": "25%"}, {"key": "l", "label": ""}]  # fmt: skip
    html = render_element(
        type="table", columns=columns, rows=[{"p": "!!!", "id": "ENG-412", "t": "Crash", "l": "Bug"}]
    )
    assert "<thead>" not in html
    assert (
        '<colgroup><col style="width:32px"><col style="width:80px"><col style="width:25%"><col></colgroup>'
        in html
    )
    assert _cell_classes(html) == ["is-left is-narrow", "is-left", "is-left", "is-left"]
    assert css_rule(".dsl-table :is(th,td).is-narrow", data_sheet.CSS) == {"padding-inline": "6px"}


def test_a_selectable_tables_widths_skip_its_checkbox_column() -> None:
    html = render_element(
        type="table", columns=[{"label": "A", "width": 120}, "B"], rows=[["1", "2"]], selectable=True
    )
    assert '<colgroup><col><col style="width:120px"><col></colgroup>' in html
    assert "<colgroup>" not in render_element(type="table", columns=["A", "B"], rows=[["1", "2"]])


# -- rings --------------------------------------------------------------------------------------------


def test_an_empty_ring_draws_no_arc_and_tracks_show_on_any_background() -> None:
    """A ring at 0 % drew a dot at 12 o'clock (a zero dash with round caps); the grey track of
    rings and bars was 1.1:1 on white: a see-through shade of the text colour now, about 1.35:1."""
    assert "dsl-ring-fill" not in render_element(type="progress", variant="circle", value=0)
    assert "dsl-ring-fill" in render_element(type="progress", variant="circle", value=1)
    assert css_rule(".dsl-ring-track", data_sheet.CSS)["stroke"] == "var(--track)"
    assert css_rule(".dsl-progress-track", data_sheet.CSS)["background"] == "var(--track)"
    assert (
        css_rule(".dsl-progress", data_sheet.CSS)["--track"]
        == "color-mix(in srgb,var(--foreground) 15%,transparent)"
    )


# -- grouped faces ------------------------------------------------------------------------------------


def _initials(html: str) -> list[str]:
    return re.findall(r'class="dsl-avatar-face[^"]*" style="[^"]*"><span>([^<]*)</span>', html)


def test_tiny_grouped_faces_show_one_initial() -> None:
    """On xs faces (24 px) the next face hid the O of "MO", even at the smallest font: each
    face shows one initial; sm faces keep two."""
    names = ["Marcus Ortega", "Lena Fischer", "Sam Lee"]
    assert _initials(render_element(type="avatar", items=names, size="xs")) == ["M", "L", "S"]
    assert _initials(render_element(type="avatar", items=names, size="sm")) == ["MO", "LF", "SL"]
    assert _initials(render_element(type="avatar", name="Marcus Ortega", size="xs")) == ["MO"]  # alone: room


# -- list rows ----------------------------------------------------------------------------------------


def test_an_items_icon_goes_at_the_rows_end_with_icon_position_end() -> None:
    html = render_element(
        type="list",
        variant="divided",
        items=[{"label": "Privacy", "icon": "chevron-right", "iconPosition": "end"}],
    )
    assert "dsl-list-lead" not in html
    assert re.search(
        r'Privacy</span></span><span class="dsl-list-end"><svg[^>]*data-icon="chevron-right"', html
    )


@pytest.mark.parametrize(("shortcut", "drawn"), [(">", 'data-icon="chevron-right"'), ("›", 'data-icon="chevron-right"'),
                                                 ("⌘K", '<kbd class="dsl-list-kbd">⌘K</kbd>')])  # fmt: skip
def test_an_items_shortcut_is_drawn_at_the_rows_end(shortcut: str, drawn: str) -> None:
    """`shortcut` was dropped without a word: a key is drawn as the menu draws it, an arrow as
    a chevron, after the value."""
    html = render_element(
        type="list", items=[{"label": "Language", "icon": "globe", "value": "English", "shortcut": shortcut}]
    )
    assert drawn in html
    assert html.index('class="dsl-list-value">English<') < html.index(drawn)


def test_an_items_value_shows_beside_a_text_too() -> None:
    html = render_element(type="list", items=[{"text": "Language", "value": "English", "icon": "globe"}])
    assert (
        '<span class="dsl-list-label">Language</span>' in html and 'class="dsl-list-value">English<' in html
    )


def test_an_items_variant_tones_its_icons() -> None:
    """A success or danger icon stayed grey: the item's tone colours its icons (and, in a
    divided list, tints its tile)."""
    html = render_element(
        type="list", variant="plain", items=[{"label": "CI", "icon": "circle-check", "variant": "success"}]
    )
    assert 'class="dsl-list-item is-success"' in html
    tones = ".dsl-list-item:is(.is-success,.is-danger,.is-warning,.is-info,.is-primary,.is-muted)"
    assert css_rule(f"{tones} :is(.dsl-list-lead,.dsl-list-end)", data_sheet.CSS) == {"color": "var(--tone)"}


@pytest.mark.parametrize(
    ("value", "when"),
    [("10:42", True), ("9:05 pm", True), ("Yesterday", True), ("2h ago", True), ("3 days ago", True),
     ("Mon", True), ("Tuesday", True), ("Jul 21", True), ("21 July", True),
     ("$4.20", False), ("13° – 21°", False), ("1,234", False), ("Monthly", False), ("Level 3", False),
     ("Active", False)],
)  # fmt: skip
def test_a_list_rows_value_that_says_when_is_told_apart_from_an_amount(value: str, when: bool) -> None:
    """A mail or message list's time (Yesterday, 10:42) is drawn small and muted at the end of
    the label's line, never shortened (it took the label's size and squeezed the description);
    an amount stays a figure."""
    assert lists.is_when(value) is when
    html = render_element(type="list", items=[{"label": "Finance", "description": "Report", "value": value}])
    assert ('class="dsl-list-value is-when"' in html) is when
    assert (
        '<span class="dsl-list-head"><span class="dsl-list-label">Finance</span><span class="dsl-list-value'
        in html
    )
    rule = css_rule(".dsl-list-value.is-when")
    assert rule["color"] == "var(--muted-foreground)" and rule["flex"] == "none"
