"""Navigation, data and feedback elements: escaping of every text, no script, the structure drawn."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from types import SimpleNamespace
from typing import Any, cast

import pytest

from kernel.dsl.catalog import CATEGORIES
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements import (
    avatars,
    data_sheet,
    feedback,
    navigation,
    stats,
    status_words,
    table_rows,
    tables,
)
from kernel.dsl.compiler.elements import calendar as calendar_element
from kernel.dsl.compiler.elements.navigation import page_window
from kernel.dsl.compiler.registry import RENDERERS
from kernel.dsl.model import Column, Element
from kernel.dsl.options import Viewport
from tests.support.css_rules import css_rule

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
MY_TYPES = CATEGORIES["navigation"] + CATEGORIES["data"] + CATEGORIES["feedback and media"]


def render(**fields: Any) -> str:
    return RenderContext(viewport=Viewport(800, 600, 1)).render(Element.model_validate(fields))


class _Tags(HTMLParser):
    """Collects every start tag with its attributes, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def assert_safe(html: str) -> None:
    """No script tag, no event-handler attribute, no image or link source other than data:."""
    parser = _Tags()
    parser.feed(html)
    for tag, attributes in parser.tags:
        assert tag not in ("script", "iframe", "object", "embed", "link", "meta", "base"), tag
        for name, value in attributes:
            assert not name.startswith("on"), (tag, name)
            if name in ("src", "href", "xlink:href", "poster"):
                assert (value or "").startswith(("data:", "#")), (tag, name, value)


def test_the_modules_register_every_type_they_own_and_bring_css() -> None:
    for type_ in MY_TYPES:
        assert type_ in RENDERERS, type_
    for module in (navigation, data_sheet, feedback):
        assert ".dsl-" in module.CSS
        assert "url(" not in module.CSS and "@import" not in module.CSS


HOSTILE_TEXT: dict[str, Any] = {
    "text": HOSTILE, "label": HOSTILE, "title": HOSTILE, "description": HOSTILE, "name": HOSTILE,
    "placeholder": HOSTILE, "change": HOSTILE, "duration": HOSTILE, "status": HOSTILE, "alt": HOSTILE,
}  # fmt: skip
HOSTILE_ITEM = {
    "label": HOSTILE,
    "description": HOSTILE,
    "badge": HOSTILE,
    "shortcut": HOSTILE,
    "icon": HOSTILE,
}


@pytest.mark.parametrize("type_", MY_TYPES)
def test_every_text_field_is_escaped(type_: str) -> None:
    html = render(
        type=type_, **HOSTILE_TEXT, value=HOSTILE, items=[HOSTILE, HOSTILE_ITEM], actions=[HOSTILE],
        columns=[HOSTILE, {"key": "k", "label": HOSTILE}], rows=[[HOSTILE, HOSTILE], {"k": HOSTILE}],
        data={"labels": [HOSTILE], "series": [{"name": HOSTILE, "values": [1]}, {"name": "b", "values": [2]}]},
        events=[{"date": "2026-01-03", "label": HOSTILE, "color": "red;x:url(http://x.test/)"}],
        icon=HOSTILE, color="red;background:url(http://x.test/)", src="http://x.test/a.png", month="2026-01",
    )  # fmt: skip
    assert_safe(html)
    assert "x.test" not in html
    assert f'class="dsl-{type_}' in html


def test_tabs_mark_the_active_tab_by_label_and_render_the_panel() -> None:
    html = render(type="tabs", items=["One", {"label": "Two", "badge": 3}], active="two",
                  children=[{"type": "spinner", "label": "panel"}])  # fmt: skip
    tabs = re.findall(r'<div class="dsl-tab( is-active)?"', html)
    assert tabs == ["", " is-active"]
    assert "dsl-tabs-panel" in html and "panel" in html
    assert 'dsl-nav-count">3<' in html


BADGED = [
    {"label": "Home", "icon": "house"},
    {"label": "Activity", "icon": "heart", "badge": 3},
    {"label": "New", "badge": "!"},
]


def test_a_bottom_tab_count_is_a_badge_on_the_icons_corner_not_a_pill_after_the_label() -> None:
    """On a bottom bar the count rides on the icon (or the label, without one) and takes no room;
    a tab strip keeps its count pill after the label."""
    bottom = render(type="tabs", variant="bottom", items=BADGED)
    assert "dsl-nav-count" not in bottom
    assert (
        '<span class="dsl-tab-anchor"><svg' in bottom
        and '<span class="dsl-tab-badge">3</span></span>' in bottom
    )
    assert '<span class="dsl-tab-anchor is-text">New<span class="dsl-tab-badge">!</span></span>' in bottom
    strip = render(type="tabs", items=BADGED)
    assert "dsl-tab-badge" not in strip and 'dsl-nav-count">3<' in strip


def test_a_bottom_tab_panel_flows_its_children_with_the_tabs_gap_and_padding() -> None:
    heading = {"type": "heading", "text": "Feed"}
    plain = render(type="tabs", variant="bottom", items=["Home"], children=[heading])
    assert '<div class="dsl-tabs-panel dsl-vflow" role="tabpanel">' in plain
    spaced = render(type="tabs", variant="bottom", items=["Home"], children=[heading], gap=4, padding="0 8px")
    assert 'class="dsl-tabs-panel dsl-vflow" role="tabpanel" style="gap:4px;padding:0 8px"' in spaced
    bare = render(type="tabs", variant="bottom", items=["Home"], gap=4)
    assert "dsl-tabs-panel" not in bare and "gap" not in bare


def test_breadcrumb_marks_only_the_last_entry_current() -> None:
    html = render(type="breadcrumb", items=["Home", "Projects", "Settings"])
    assert html.count('aria-current="page"') == 1
    assert html.index("Settings") > html.index('aria-current="page"')


@pytest.mark.parametrize(
    ("current", "total", "expected"),
    [(1, 3, [1, 2, 3]), (1, 20, [1, 2, 3, 4, 5, None, 20]), (10, 20, [1, None, 9, 10, 11, None, 20]),
     (20, 20, [1, None, 16, 17, 18, 19, 20])],
)  # fmt: skip
def test_pagination_window(current: int, total: int, expected: list[int | None]) -> None:
    assert page_window(current, total) == expected


def test_pagination_clamps_and_disables_the_ends() -> None:
    html = render(type="pagination", current=99, total=4)
    assert 'class="dsl-page is-active">4<' in html
    assert "dsl-page dsl-page-step is-disabled" in html


def test_menu_dividers_and_danger_items() -> None:
    html = render(
        type="menu", items=["Edit", "-", {"label": "Delete", "variant": "danger", "icon": "trash-2"}]
    )
    assert html.count('role="separator"') == 1
    assert "is-danger" in html and 'data-icon="trash-2"' in html


def test_stepper_states_follow_current() -> None:
    html = render(type="stepper", items=["A", "B", "C", "D"], current=2)
    states = re.findall(r'dsl-step (is-\w+)"', html)
    assert states == ["is-done", "is-done", "is-current", "is-upcoming"]


def test_table_header_rows_alignment_and_badges() -> None:
    html = render(
        type="table", striped=True,
        columns=["Invoice", "Customer", {"key": "amount", "label": "Amount"}, "Status"],
        rows=[["INV-1", "Acme", "$1,200.00", "Paid"], {"Invoice": "INV-2", "Customer": "Lumen", "amount": 860, "status": "Failed"}],
    )  # fmt: skip
    assert html.count("<th ") == 4 and html.count("<tr>") == 3
    assert "is-striped" in html
    assert re.search(r'<td class="is-right">\$1,200.00</td>', html)
    assert "dsl-pill--success" in html and "dsl-pill--danger" in html
    assert ">860.00<" in html


def test_a_status_word_among_names_stays_text() -> None:
    """ "Beta" names a product in a Product column, and one "Pending" among plain words is a word:
    only a column of statuses turns them into badges."""
    html = render(
        type="table", columns=["Product", "Channel", "State"],
        rows=[["Beta", "Email", "Active"], ["Gamma", "Pending", "Paused"], ["Delta", "Phone", "Active"]],
    )  # fmt: skip
    assert ">Beta<" in html and "dsl-pill" not in html.split(">Beta<")[0].rsplit("<td", 1)[-1]
    assert html.count("dsl-pill ") == 3  # the State column's three, nothing else


@pytest.mark.parametrize(
    ("status", "tone"),
    [("At risk", "warning"), ("On track", "success"), ("Cleared", "success"), ("Reconciled", "success"),
     ("Queued", "warning"), ("Sent", "info"), ("Not started", "neutral"), ("Outage", "danger")],
)  # fmt: skip
def test_project_and_ledger_statuses_are_badges_too(status: str, tone: str) -> None:
    html = render(type="table", columns=["Project", "Status"], rows=[["Apollo", status]])
    assert f'dsl-pill--{tone}">' in html and f">{status}<" in html


@pytest.mark.parametrize(
    ("status", "tone"),
    [("Past due", "danger"), ("On hold", "warning"), ("In review", "warning"), ("Overdue", "danger"),
     ("Canceled", "danger"), ("Cancelled", "danger"), ("Refunded", "neutral"), ("Expired", "danger"),
     ("Suspended", "neutral"), ("Blocked", "danger"), ("Archived", "neutral"), ("Draft", "neutral"),
     ("Scheduled", "warning"), ("Delivered", "success"), ("Shipped", "success"), ("Processing", "warning"),
     ("Failed", "danger"), ("Declined", "danger"), ("Trialing", "info"), ("Incomplete", "warning"),
     ("Void", "neutral"), ("Uncollectible", "danger"), ("Disputed", "warning"), ("In transit", "info"),
     ("Ready", "success"), ("Backlog", "neutral"), ("Due soon", "warning"), ("Churned", "danger")],
)  # fmt: skip
def test_billing_order_and_account_statuses_are_badges(status: str, tone: str) -> None:
    """ "Active" and "Trial" were badges and "Past due" beside them plain text."""
    html = render(type="table", columns=["Customer", "Status"], rows=[["Acme", "Active"], ["Lumen", status]])
    assert f'dsl-pill--{tone}"><i></i>{status}<' in html, html


@pytest.mark.parametrize("spelling", ["past_due", "PAST-DUE", "Past  due", " past due "])
def test_a_status_written_as_a_code_or_in_capitals_is_the_same_status(spelling: str) -> None:
    assert status_words.status_tone(spelling) == "danger"
    html = render(type="table", columns=["Customer", "Status"], rows=[["Acme", spelling]])
    assert "dsl-pill--danger" in html


def test_a_list_items_badge_reads_its_status_the_same_way() -> None:
    html = render(type="list", items=[{"label": "Invoice 1042", "badge": "past_due"}])
    assert 'dsl-pill dsl-pill--danger">past_due<' in html


@pytest.mark.parametrize(
    "columns",
    [
        [{"header": "Name", "accessorKey": "name"}, {"header": "Plan", "accessor": "plan"}],  # TanStack
        [{"title": "Name", "dataIndex": "name"}, {"title": "Plan", "dataIndex": "plan"}],  # Ant Design
        [{"headerName": "Name", "field": "name"}, {"headerName": "Plan", "field": "plan"}],  # MUI
    ],
)
def test_table_columns_written_for_data_grid_libraries_read_like_the_dsls(columns: list[Any]) -> None:
    rows = [{"name": "Ann", "plan": "Pro"}, {"name": "Bo", "plan": "Free"}]
    ours = render(
        type="table", columns=[{"label": "Name", "key": "name"}, {"label": "Plan", "key": "plan"}], rows=rows
    )
    assert render(type="table", columns=columns, rows=rows) == ours
    assert ">Ann<" in ours and ">Free<" in ours


def test_table_without_rows_shows_an_empty_row() -> None:
    html = render(type="table", columns=["A", "B"])
    assert 'colspan="2"' in html and "No rows" in html


@pytest.mark.parametrize("placeholder", ["—", "-", "–", "n/a", "N/A", None])
def test_a_placeholder_keeps_a_column_of_figures_right_aligned(placeholder: str | None) -> None:
    """One device without a reading ("—") does not turn the Battery column's alignment to the
    left: the placeholder is aligned with the figures, and drawn muted."""
    html = render(
        type="table", columns=["Device", "Battery"],
        rows=[["Door sensor", "12%"], ["Camera", "78%"], ["Leak detector", placeholder]],
    )  # fmt: skip
    battery = re.findall(r"<tr><td[^>]*>[^<]*</td><td class=\"(is-\w+)\">", html)
    assert battery == ["is-right"] * 3, battery
    assert re.search(r'<td class="is-right"><span class="dsl-table-none">[^<]+</span></td>', html)


def test_a_column_of_placeholders_or_of_words_stays_left_aligned() -> None:
    html = render(type="table", columns=["Note", "Owner"], rows=[["—", "Ann"], ["n/a", "—"]])
    assert 'class="is-right"' not in html
    assert ">n/a<" in html  # the author's own placeholder, not a dash


def test_placeholders_do_not_outvote_the_status_words_of_a_column() -> None:
    html = render(type="table", columns=["Job", "State"], rows=[["a", "Active"], ["b", "—"], ["c", "—"]])
    assert "dsl-pill--success" in html


ORDER_BOOK: dict[str, Any] = {
    "type": "table",
    "columns": ["Price", "Amount"],
    "rows": [["67,440.50", "0.4120"], ["67,438.00", "1.2031"]],
}


def test_a_tables_colour_and_font_size_reach_its_cells() -> None:
    """`style: {color, fontSize}` on a table were drawn on its box but every cell set its own:
    now the cells inherit both from the box, and the header follows the font size (12/14 of
    it), keeping its muted colour."""
    html = render(**ORDER_BOOK, style={"color": "#ef4444", "fontSize": 11, "background": "#1f0a0a"})
    assert 'style="color:#ef4444;font-size:11px;background:#1f0a0a' in html  # then its palette's variable
    assert "has-font-size" in html.split(">", 1)[0]
    box, cells, heads = (
        css_rule(".dsl-table", data_sheet.CSS),
        css_rule(".dsl-table td", data_sheet.CSS),
        css_rule(".dsl-table th", data_sheet.CSS),
    )
    assert box["color"] == "var(--foreground)" and box["font-size"] == "14px"  # the default, on the box
    assert (
        "color" not in cells
        and "font-size" not in cells
        and "font-size" not in css_rule(".dsl-table table", data_sheet.CSS)
    )
    assert heads["font-size"] == "calc(13em / 14)" and heads["color"] == "var(--muted-foreground)"
    # a narrow table's smaller text is the default's: an author's font size or a size keep theirs
    narrow = re.search(r"@container \(max-width:340px\)\{(.*?)\}\n", data_sheet.CSS)
    assert (
        narrow
        and ".dsl-table:not(.is-sm,.is-lg,.has-font-size) table{font-size:calc(13em / 14)}" in narrow.group(1)
    )
    assert "has-font-size" not in render(**ORDER_BOOK, style={"color": "#ef4444"})


def test_a_columns_colour_paints_its_cells_not_its_header() -> None:
    """The asks of an order book in red: a column's `color` (a CSS colour or a tone) is its
    cells' text colour; a colour that smuggles anything else is dropped."""
    assert (
        tables._column_colour(cast(Column, SimpleNamespace(color="danger"))) == ' style="color:var(--danger)"'
    )
    assert tables._column_colour(cast(Column, SimpleNamespace(color="#16a34a"))) == ' style="color:#16a34a"'
    assert tables._column_colour(cast(Column, SimpleNamespace(color="red;background:url(x)"))) == ""
    assert tables._column_colour(Column(label="Price")) == ""
    if "color" not in Column.model_fields:
        pytest.skip("the model's Column has no `color` yet")
    html = render(
        type="table", columns=[{"label": "Price", "color": "danger"}, "Amount"], rows=ORDER_BOOK["rows"]
    )
    assert (
        html.count('<td class="is-right is-fit" style="color:var(--danger)">') == 2
    )  # first: as wide as its figures
    assert html.count('<td class="is-right">') == 2 and "<th" in html and "<th style" not in html


@pytest.mark.parametrize(
    ("size", "expected"),
    [("sm", "is-sm"), ("small", "is-sm"), ("lg", "is-lg"), ("Large", "is-lg"), ("md", None), (None, None),
     ("huge", None), (12, None)],
)  # fmt: skip
def test_a_tables_size_is_a_class_on_its_box(size: Any, expected: str | None) -> None:
    opening = render(**ORDER_BOOK, size=size).split(">", 1)[0]
    sizes = re.findall(r"\bis-(?:sm|lg)\b", opening)
    assert sizes == ([expected] if expected else []), opening


def test_a_compact_table_has_13_px_text_and_short_rows_a_large_one_room() -> None:
    """sm: 13 px text in rows about 32 px tall (6.5 px above and below at the default density,
    18 px badges); lg: 15 px text, about 52 px rows; md is the default table."""
    assert css_rule(".dsl-table.is-sm", data_sheet.CSS)["font-size"] == "13px"
    assert css_rule(".dsl-table.is-sm td", data_sheet.CSS)["padding"] == "calc(var(--pad) * .325) 12px"
    assert css_rule(".dsl-table.is-sm .dsl-pill", data_sheet.CSS)["height"] == "18px"
    assert css_rule(".dsl-table.is-lg", data_sheet.CSS)["font-size"] == "15px"
    assert css_rule(".dsl-table.is-lg td", data_sheet.CSS)["padding"] == "calc(var(--pad) * .75) 20px"


@pytest.mark.parametrize(
    ("size", "css_class", "icon"),
    [("sm", "is-sm", 16), ("md", None, 18), ("lg", "is-lg", 20), ("xl", None, 18)],
)
def test_a_stats_size_scales_its_card(size: str, css_class: str | None, icon: int) -> None:
    html = render(type="stat", label="Revenue", value="$284,120", icon="dollar-sign", size=size)
    opening = html.split(">", 1)[0]
    assert re.findall(r"\bis-(?:sm|lg)\b", opening) == ([css_class] if css_class else [])
    assert f'width="{icon}"' in html
    assert css_rule(".dsl-stat.is-sm .dsl-stat-value", data_sheet.CSS)["font-size"] == "20px"
    assert css_rule(".dsl-stat-value", data_sheet.CSS)["font-size"] == "28px"
    assert css_rule(".dsl-stat.is-lg .dsl-stat-value", data_sheet.CSS)["font-size"] == "36px"


def test_a_divided_lists_labels_wrap_up_to_three_lines() -> None:
    """A long headline in a divided list was cut to one line with an ellipsis: it wraps, up to
    three lines, then ends in one. A description stays on one line, and a plain list's rows
    keep wrapping without a limit."""
    label = css_rule(".dsl-list--divided .dsl-list-label", data_sheet.CSS)
    assert label["white-space"] == "normal" and label["-webkit-line-clamp"] == "3"
    assert label["display"] == "-webkit-box" and label["-webkit-box-orient"] == "vertical"
    assert css_rule(".dsl-list-desc", data_sheet.CSS)["white-space"] == "nowrap"
    html = render(
        type="list", variant="divided",
        items=[{"label": "Housing: the 30-year mortgage is dying", "description": "Business", "icon": "house"}],
    )  # fmt: skip
    assert "dsl-list--divided" in html and '<span class="dsl-list-label">Housing' in html


def test_list_plain_and_rich() -> None:
    plain = render(type="list", items=["a", "b"], ordered=True)
    assert "<ol>" in plain and plain.count("<li>") == 2
    rich = render(type="list", items=[{"label": "Deploy", "icon": "file-text", "badge": "New"}])
    assert "dsl-list--divided" in rich and 'data-icon="file-text"' in rich and "dsl-pill" in rich


def test_a_bulleted_list_draws_its_active_and_disabled_entries() -> None:
    """Entries with only a label keep their bullets; `active` and `disabled` still show, as they
    do in the other looks, instead of vanishing."""
    html = render(
        type="list",
        items=[{"label": "Overview", "active": True}, "Install", {"label": "Old", "disabled": True}],
    )
    assert "dsl-list--plain" in html and "dsl-list-item" not in html
    assert '<li class="is-active">Overview</li><li>Install</li><li class="is-disabled">Old</li>' in html


def test_avatar_shows_only_data_uri_images_else_initials() -> None:
    assert f'src="{PIXEL}"' in render(type="avatar", name="Ada Lovelace", src=PIXEL)
    html = render(type="avatar", name="Ada Lovelace", src="https://example.com/a.png", status="online")
    assert "<img" not in html and "example.com" not in html
    assert ">AL<" in html and "dsl-avatar-status" in html
    group = render(type="avatar", items=["A B", "C D", "E F"], max=2)
    assert group.count("dsl-avatar-face") == 3 and "+1" in group


@pytest.mark.parametrize(
    ("size", "overlap", "font"), [("sm", "8px", "10.9px"), ("md", "10px", "13.6px"), ("lg", "12px", "16.3px")]
)
def test_grouped_avatars_overlap_by_a_quarter_with_smaller_initials(
    size: str, overlap: str, font: str
) -> None:
    """A quarter of each face is under the next one; the initials (as the "+N" count) are a
    little smaller than a lone avatar's, to fit the three quarters left in view."""
    group = render(
        type="avatar", items=["Ken Adams", "Lena Ortiz", "Sam Patel", "Rita Chen"], max=3, size=size
    )
    assert f"--overlap:{overlap}" in group.split(">", 1)[0]
    assert group.count(f"font-size:{font}") == 4  # three faces and the count
    lone = render(type="avatar", name="Ken Adams", size=size)
    assert f"font-size:{font}" not in lone


def _face_styles(html: str) -> list[str]:
    return re.findall(r'class="dsl-avatar-face[^"]*" style="([^"]*)"', html)


def test_a_groups_initials_shrink_so_the_widest_pair_fits_beside_the_next_face() -> None:
    """ "MO" (Miguel Ortiz) is about 1.8 em wide: at the usual 0.34 of the face it ran under
    the next face; the whole group then takes a size at which it fits in half a face."""
    group = render(type="avatar", items=["Miguel Ortiz", "Priya Raman", "Jordan Lee", "Sam Wu"], max=3)
    fonts = {float(m) for m in re.findall(r"font-size:([\d.]+)px", group)}
    assert len(fonts) == 1, fonts  # one size for the faces and the "+1"
    (font,) = fonts
    visible = 40 * (1 - avatars.GROUP_OVERLAP) - 40 / 2  # from the centre to the next face's edge
    assert 9 <= font < 40 * avatars.GROUP_FONT_SCALE and font * 1.78 / 2 <= visible, font


def _tones(html: str) -> list[int]:
    return [int(n) - 1 for n in re.findall(r"--tone:var\(--chart-(\d)", html)]  # palette indices


@pytest.mark.parametrize(
    "names",
    [
        ["Miguel Ortiz", "Priya Raman", "Jordan Lee", "Sam Wu"],
        ["Ken Adams", "Sam Patel", "Rita Chen", "Ana Gil", "Bo Li"],  # three share one hash colour
        [f"Person {n}" for n in range(8)],
    ],
)
def test_grouped_faces_near_each_other_get_colours_that_tell_them_apart(names: list[str]) -> None:
    """Indigo beside violet (or twice the same colour) reads as one colour on the light tint:
    each face's colour is far from the colours of the faces just before it."""
    hues = _tones(render(type="avatar", items=names, max=len(names)))
    assert len(hues) == len(names)
    for index, hue in enumerate(hues):
        for before in hues[max(index - avatars.GROUP_HUE_WINDOW, 0) : index]:
            assert not avatars._hues_near(hue, before), (names, hues)


def test_a_grouped_face_keeps_its_names_colour_when_no_neighbour_has_it() -> None:
    lone = _tones(render(type="avatar", name="Miguel Ortiz"))
    grouped = _tones(render(type="avatar", items=["Miguel Ortiz", "Priya Raman"]))
    assert grouped[0] == lone[0] and grouped[1] != grouped[0]


def test_icon_by_name_with_a_safe_colour() -> None:
    html = render(type="icon", name="home", color="#16a34a", size=24)
    assert 'data-icon="house"' in html and "color:#16a34a" in html and 'width="24"' in html


def test_stat_change_tone_follows_the_sign() -> None:
    assert "dsl-tone-success" in render(type="stat", label="Revenue", value="$1", change="+12%")
    assert "dsl-tone-danger" in render(type="stat", label="Churn", value="2%", change="-0.3%")


def _change_arrow(stat_html: str) -> str:
    """The icon drawn in a stat's change pill."""
    found = re.search(r'dsl-stat-change[^"]*">(<svg.*?</svg>)', stat_html)
    assert found, stat_html
    return found.group(1)


def test_a_fall_that_is_good_news_is_green_with_a_falling_arrow() -> None:
    html = render(type="stat", label="p95 latency", value="182 ms", change="-12%", variant="success")
    falling = render(type="stat", label="Churn", value="2%", change="-0.3%")
    assert "dsl-tone-success" in html and "dsl-tone-danger" not in html
    assert _change_arrow(html) == _change_arrow(falling)


def test_a_stats_value_carries_its_width_to_shrink_into_a_narrow_card() -> None:
    """The value asks for its width at 28 px (its intrinsic size: a stat in a row is as wide
    as before) and its font shrinks with the card's width (container query units)."""
    html = render(type="stat", label="Saved", value="$214.50", change="+12%")
    found = re.search(r'<div class="dsl-stat-value" style="--ems:([\d.]+)"><span>\$214.50</span></div>', html)
    assert found, html
    # Noto Sans Bold: six figures of 0.57 em and a point of 0.29, less the letter-spacing: 3.57 em
    assert 3.57 <= float(found.group(1)) <= 3.57 * 1.05
    css = data_sheet.CSS
    assert "container-type:inline-size;contain-intrinsic-inline-size:calc(var(--ems) * 1em)" in css
    assert ".dsl-stat-value>span{font-size:clamp(.5em,100cqi / var(--ems),1em)}" in css


@pytest.mark.parametrize(("text", "wider_than"), [("1,284", "128"), ("12.4k", "1.24"), ("WWW", "www")])
def test_the_width_of_a_value_grows_with_its_characters(text: str, wider_than: str) -> None:
    assert stats.text_ems(text, "sans") > stats.text_ems(wider_than, "sans")


@pytest.mark.parametrize(
    ("value", "width"), [(50, "50.00%"), (150, "100.00%"), (-5, "0.00%"), (None, "0.00%")]
)
def test_progress_is_clamped(value: float | None, width: str) -> None:
    assert f"width:{width}" in render(type="progress", value=value, label="Storage")


def test_progress_circle_is_a_ring() -> None:
    html = render(type="progress", variant="circle", value=25)
    assert "dsl-ring-fill" in html and ">25%<" in html


def test_chart_element_has_title_and_svg() -> None:
    html = render(
        type="chart", variant="line", title="Visitors", data={"labels": ["a", "b"], "values": [1, 2]}
    )
    assert "<h3>Visitors</h3>" in html and "<svg" in html


def test_a_donut_elements_label_reaches_its_centre() -> None:
    shares = {"labels": ["Direct", "Search", "Social"], "values": [45, 35, 20]}
    assert "<b>45%</b><span>Direct</span>" in render(type="chart", variant="donut", data=shares)
    done = {"labels": ["Completed", "Remaining"], "values": [72, 28]}
    assert "<b>72%</b><span>Completed</span>" in render(
        type="chart", variant="donut", label="Completed", data=done
    )
    counts = {"labels": ["a", "b"], "values": [3, 1]}
    assert "<b>4</b><span>Total</span>" in render(type="chart", variant="donut", data=counts)


def test_calendar_is_deterministic_and_marks_selection_and_events() -> None:
    default = render(type="calendar")
    assert "January 2026" in default and default == render(type="calendar")
    html = render(type="calendar", month="2025-07", value="2025-07-17",
                  events=[{"date": "2025-07-10", "label": "Review"}, {"date": "2025-08-01", "label": "Other month"}])  # fmt: skip
    assert "July 2025" in html
    assert re.search(r'is-selected"><span class="dsl-cal-num">17<', html)
    assert "Review" in html and "Other month" not in html
    assert html.count('class="dsl-cal-day') % 7 == 0


def test_calendar_month_comes_from_value_when_missing() -> None:
    assert "March 2024" in render(type="calendar", value="2024-03-05")


def test_a_month_calendar_shrinks_to_its_container_and_obeys_its_width() -> None:
    """No fixed 280 px minimum once a width is given or the container is narrower, and cells
    (and the selected day's square) that shrink with their column."""
    assert 'class="dsl-calendar has-width" style="width:230px' in render(
        type="calendar", layout={"width": 230}
    )
    css = calendar_element.CSS
    assert "min-width:min(280px,100%);max-width:100%" in css and ".dsl-calendar.has-width{min-width:0}" in css
    assert "grid-template-columns:repeat(7,minmax(0,1fr))" in css
    assert (
        ".dsl-cal-num{display:inline-flex;align-items:center;justify-content:center;width:min(32px,100%);aspect-ratio:1"
        in css
    )


def test_a_full_calendars_weeks_share_its_height() -> None:
    """The grid asks for 92 px a week and shrinks or grows with the calendar: every week is
    drawn whatever the height."""
    html = render(type="calendar", variant="full", month="2025-09", layout={"height": 460})
    assert html.startswith('<div class="dsl-calendar dsl-calendar--full has-height" style="--weeks:5;')
    assert (
        "flex:1 1 calc(var(--weeks) * 92px);min-height:0;grid-auto-rows:minmax(0,1fr)" in calendar_element.CSS
    )
    assert 'style="--weeks:6"' in render(type="calendar", variant="full", month="2025-06")
    assert "--weeks" not in render(type="calendar", month="2025-06")


def test_a_busy_day_has_a_count_of_the_events_left_out_for_each_number_of_labels_shown() -> None:
    events = [{"date": "2025-09-03", "label": f"Meeting {n}"} for n in range(5)]
    html = render(type="calendar", variant="full", month="2025-09", events=events)
    day = re.search(r'<span class="dsl-cal-events is-k4">(.*?)</span></div>', html)
    assert day, html
    assert day.group(1).count('class="dsl-cal-event"') == 3
    assert re.findall(r'is-m(\d)">\+(\d) more', day.group(1)) == [
        ("0", "5"),
        ("1", "4"),
        ("2", "3"),
        ("3", "2"),
    ]
    two = render(type="calendar", variant="full", month="2025-09", events=events[:2])
    assert re.findall(r'is-m(\d)">\+(\d) more', two) == [("0", "2"), ("1", "1")] and "is-k2" in two


@pytest.mark.parametrize(
    ("count", "height", "shown"),
    [(1, 47, 1), (2, 67, 2), (2, 66, 1), (2, 64, 0), (3, 87, 3), (3, 86, 2), (3, 84, 1),
     (5, 200, 3), (5, 104, 2), (5, 84, 1), (5, 64, 0)],
)  # fmt: skip
def test_the_height_queries_show_the_labels_that_fit(count: int, height: int, shown: int) -> None:
    """The container queries, read back: at a day's content height, the labels left shown and
    the count drawn ("+N more" when some are hidden) take no more than that height."""
    hidden: set[int] = set()
    more = 3 if count > 3 else None
    k = min(count, 4)
    for below, rule in re.findall(
        r"@container \(height < (\d+)px\)\{(.*?)\}\}", calendar_element._day_fit_css()
    ):
        if f".is-k{k}>" in rule and height < int(below):
            hidden.update(int(n) for n in re.findall(rf"\.is-k{k}>\.dsl-cal-event:nth-child\((\d)\)", rule))
            more = int(re.findall(rf"\.is-k{k}>\.is-m(\d)\{{display:block", rule)[0])
    labels = min(count, 3) - len(hidden)
    assert labels == shown and (more is None if shown == count else more == shown), (hidden, more)
    used = (
        calendar_element.CAL_DAY_TOP
        + shown * calendar_element.CAL_EVENT_H
        + max(shown - 1, 0) * calendar_element.CAL_EVENT_GAP
    )
    if more is not None:
        used += calendar_element.CAL_MORE_H + (calendar_element.CAL_EVENT_GAP if shown else 0)
    assert used <= height or shown == 0, used


def test_alert_and_toast_tones() -> None:
    assert "dsl-tone--warning" in render(type="alert", variant="warning", title="t")
    assert 'data-icon="circle-alert"' in render(type="alert", variant="danger", text="x")
    assert "dsl-tone--success" in render(type="toast", title="Saved")


def test_skeleton_variants() -> None:
    assert render(type="skeleton", lines=4).count("dsl-skel-bar") == 4
    assert "dsl-skeleton--circle" in render(type="skeleton", variant="circle")
    assert "dsl-skeleton--rect" in render(type="skeleton", variant="rect")


def test_media_placeholders_fetch_nothing() -> None:
    video = render(type="video", title="Tour", duration="4:12", src="https://example.com/v.mp4")
    assert "example.com" not in video and "dsl-video-play" in video and "4:12" in video
    mapped = render(type="map", label="Milan")
    assert "dsl-map-pin" in mapped and "Milan" in mapped
    for html in (video, mapped):
        assert "http" not in html.replace("http://www.w3.org/2000/svg", "")


# -- a stat's icon tile -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "tile"), [(".dsl-stat", 34), (".dsl-stat.is-sm", 28), (".dsl-stat.is-lg", 40)]
)
def test_a_stats_icon_tile_stays_square_and_centred_on_the_labels_first_line(prefix: str, tile: int) -> None:
    """The tile shrank to 18x34 beside a label that wraps, and pushed the label and value 7 and
    14 px lower than in a card without an icon: it keeps its size (`flex:none`) and hangs from
    the label's first line, centred on it, its overflow cancelled by negative block margins, so
    that the head is as tall with or without an icon."""
    icon = {
        **css_rule(".dsl-stat-icon", data_sheet.CSS),
        **(css_rule(f"{prefix} .dsl-stat-icon") if "is-" in prefix else {}),
    }
    label = {
        **css_rule(".dsl-stat-label", data_sheet.CSS),
        **(css_rule(f"{prefix} .dsl-stat-label") if "is-" in prefix else {}),
    }
    assert icon["flex"] == "none"
    assert icon["width"] == icon["height"] == f"{tile}px"
    line = float(label["line-height"].removesuffix("px"))
    assert float(icon["margin-block"].removesuffix("px")) == (line - tile) / 2
    assert css_rule(".dsl-stat-head", data_sheet.CSS)["align-items"] == "flex-start"
    assert label["min-width"] == "0" and label["text-overflow"] == "ellipsis"


def test_a_stat_with_an_icon_has_the_same_markup_around_its_label_and_value() -> None:
    with_icon = render(type="stat", label="Revenue", value="$48.2k", change="+12%", icon="dollar-sign")
    without = render(type="stat", label="Revenue", value="$48.2k", change="+12%")
    assert re.sub(r'<span class="dsl-stat-icon-slot">.*?</svg></span></span>', "", with_icon) == without


# -- a progress given as a fraction -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "width", "shown"),
    [({"value": 0.65}, "65.00%", "65%"), ({"value": 0.5}, "50.00%", "50%"), ({"value": "0.65"}, "65.00%", "65%"),
     ({"value": "65%"}, "65.00%", "65%"), ({"value": " 40 % "}, "40.00%", "40%"), ({"value": 65}, "65.00%", "65%"),
     ({"value": 1.0}, "100.00%", "100%"), ({"value": 1}, "100.00%", "100%"), ({"value": 1, "max": 100}, "1.00%", "1%"),
     ({"value": 0.65, "max": 100}, "0.65%", "1%"),
     ({"value": 0.65, "max": 1}, "65.00%", "65%"), ({"value": 0.3, "min": 0.2, "max": 0.4}, "50.00%", "50%"),
     ({"value": "abc"}, "0.00%", "0%")],
)  # fmt: skip
def test_a_progress_value_between_0_and_1_without_a_max_is_a_fraction(
    fields: dict[str, Any], width: str, shown: str
) -> None:
    """`value: 0.65` drew "1%" and a sliver: without a `max` (nor a `min`) a value above 0 and at
    most 1 is a share of the bar, as a text such as "65%" is (1, or 1.0 ending a list of
    fractions, is the whole bar: it drew 1%); an explicit `max: 100` keeps 0.65 and 1 percentages."""
    html = render(type="progress", label="Upload", **fields)
    assert f"width:{width}" in html and f">{shown}<" in html


@pytest.mark.parametrize(
    ("value", "width", "shown"),
    [("78/100", "78.00%", "78%"), ("780/1000", "78.00%", "78%"), (" 3 / 4 ", "75.00%", "75%"), ("12/10", "100.00%", "120%")],
)  # fmt: skip
def test_a_progress_value_written_as_a_count_out_of_a_whole_fills_that_share(
    value: str, width: str, shown: str
) -> None:
    """`value: "780/1000"` drew an empty bar: it is read as a rating reads "4/5", count over whole."""
    html = render(type="progress", label="XP", value=value)
    assert f"width:{width}" in html and f">{shown}<" in html


@pytest.mark.parametrize(
    ("fields", "side"),
    [({"layout": {"width": 200, "height": 200}}, "200px"), ({"style": {"width": 180, "height": "240px"}}, "180px"),
     ({"layout": {"width": "50%"}}, "72px"), ({"size": 120, "layout": {"width": 200}}, "120px")],
)  # fmt: skip
def test_a_ring_without_a_size_takes_the_smaller_side_it_is_given(fields: dict[str, Any], side: str) -> None:
    html = render(type="progress", variant="circle", value=40, **fields)
    assert f'class="dsl-ring" style="width:{side};height:{side}"' in html


def test_a_rings_fraction_is_drawn_as_a_share_too() -> None:
    assert ">65%<" in render(type="progress", variant="circle", value=0.65)


# -- amounts written the European way -----------------------------------------------------------------

EUROPEAN_AMOUNTS = ["1 240,00 €", "86,50 €", "1.240,00 €", "12,99 €", "CHF 12.00", "12.000 ر.س", "€ 12", "12 %",
                    "1\u202f240,00\u00a0€", "1'240.50 CHF", "R$ 49,90", "-12,00 €", "€-12", "−3,5 %", "12 kr",
                    "١٢٫٥٠ ر.س", "USD 1,200"]  # fmt: skip


@pytest.mark.parametrize("amount", EUROPEAN_AMOUNTS)
def test_amounts_with_a_currency_after_or_a_code_are_figures(amount: str) -> None:
    """A column of "1 240,00 €" was aligned left as words: a currency symbol or code before or
    after the figure, commas, points, apostrophes and (no-break) spaces between its digits, a
    percentage with a space, Arabic digits and separators all read as a number."""
    assert table_rows.is_numeric(amount)
    html = render(type="table", columns=["Item", "Amount"], rows=[["A", amount], ["B", "86,50 €"]])
    assert html.count('<td class="is-right">') == 2, html


@pytest.mark.parametrize("text", ["3 items", "Room 12", "SKU 12", "v1.2", "2024-01-05", "€", "CHF"])
def test_counts_of_things_and_names_with_numbers_stay_words(text: str) -> None:
    """(A quantity with its unit, `12 ms`, is no figure either, but its column aligns right as
    one: test_table_quantities.py.)"""
    assert not table_rows.is_numeric(text)
    html = render(type="table", columns=["Item", "Note"], rows=[["A", text], ["B", "12"]])
    assert 'class="is-right"' not in html


# -- status words in other languages -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "tone"),
    [  # fr
     ("Payé", "success"), ("En attente", "warning"), ("Échoué", "danger"), ("Annulé", "danger"), ("Actif", "success"),
     ("Inactif", "neutral"), ("Remboursé", "neutral"), ("Expédié", "success"), ("Livré", "success"),
     # de
     ("Bezahlt", "success"), ("Ausstehend", "warning"), ("Fehlgeschlagen", "danger"), ("Storniert", "danger"),
     ("Aktiv", "success"), ("Inaktiv", "neutral"), ("Versandt", "success"), ("Zugestellt", "success"),
     ("Offen", "info"), ("Erledigt", "success"), ("Überfällig", "danger"),
     # es
     ("Pagado", "success"), ("Pendiente", "warning"), ("Fallido", "danger"), ("Cancelado", "danger"),
     ("Activo", "success"), ("Inactivo", "neutral"), ("Enviado", "success"), ("Entregado", "success"),
     # pt
     ("Pago", "success"), ("Pendente", "warning"), ("Falhou", "danger"), ("Ativo", "success"),
     ("Entregue", "success"), ("Concluído", "success"),
     # it
     ("Pagato", "success"), ("In attesa", "warning"), ("Non riuscito", "danger"), ("Annullato", "danger"),
     ("Attivo", "success"),
     # ja
     ("支払い済み", "success"), ("保留中", "warning"), ("失敗", "danger"), ("キャンセル", "danger"), ("有効", "success"),
     ("無効", "neutral"), ("完了", "success"), ("配送済み", "success"),
     # zh
     ("已支付", "success"), ("待处理", "warning"), ("失败", "danger"), ("已取消", "danger"), ("活跃", "success"),
     ("已完成", "success"), ("已发货", "success"),
     # ar
     ("مدفوع", "success"), ("قيد الانتظار", "warning"), ("فشل", "danger"), ("ملغى", "danger"), ("نشط", "success"),
     ("مكتمل", "success")],
)  # fmt: skip
def test_status_words_of_other_languages_are_badges(status: str, tone: str) -> None:
    html = render(type="table", columns=["Client", "Statut"], rows=[["Acme", "Actif"], ["Lumen", status]])
    assert f'dsl-pill--{tone}"><i></i>{status}<' in html, html


@pytest.mark.parametrize(
    ("spelling", "tone"),
    [("Echoue", "danger"), ("ÉCHOUÉ", "danger"), ("échouée", "danger"), ("en_attente", "warning"),
     ("ueberfaellig", None), ("Uberfallig", "danger"), ("ｷｬﾝｾﾙ", "danger"), ("مُلغى", "danger"), ("ملغي", "danger"),
     ("ＰＡＩＤ", "success"), ("No Riuscito", None)],
)  # fmt: skip
def test_status_words_match_without_their_accents(spelling: str, tone: str | None) -> None:
    """Accents, case, Arabic vowel marks and full- or half-width forms do not matter; a kana's
    voicing mark does (it makes another word)."""
    assert status_words.status_tone(spelling) == tone


def test_the_status_table_still_answers_a_lower_cased_lookup() -> None:
    """Other modules look a word up lower-cased as written ("échoué"), not as `status_key`."""
    assert status_words.STATUS_TONES["échoué"] == status_words.STATUS_TONES["echoue"] == "danger"
    assert (
        status_words.STATUS_TONES["past due"] == "danger"
        and status_words.STATUS_TONES["支払い済み"] == "success"
    )


def test_a_list_items_badge_in_french_takes_its_tone() -> None:
    html = render(type="list", items=[{"label": "Facture 1042", "badge": "Remboursé"}])
    assert 'dsl-pill dsl-pill--neutral">Remboursé<' in html


# -- initials of Chinese, Japanese and Korean names ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "shown"),
    [("山田 太郎", "山"), ("山田太郎", "山"), ("张伟", "张"), ("王 小明", "王"), ("김민준", "김"), ("김 민준", "김"),
     ("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤ"), ("Ada Lovelace", "AL"), ("ada@example.com", "A"), ("Taro Yamada", "TY")],
)  # fmt: skip
def test_a_cjk_names_face_shows_the_family_names_first_character(name: str, shown: str) -> None:
    """`山田 太郎` drew "山太", the first characters of family and given name, which read as
    another name: a Chinese, Japanese or Korean name shows one character, its first (the family
    name's), as Google's and most Asian apps' default avatars do; Latin names keep two initials."""
    assert f"<span>{shown}</span>" in render(type="avatar", name=name)


def test_a_groups_cjk_faces_show_one_character_each() -> None:
    group = render(type="avatar", items=["山田 太郎", "佐藤 花子", "Ada Lovelace"])
    assert re.findall(r"<span>([^<]+)</span>", group) == ["山", "佐", "AL"]


# -- small text on a tone's soft fill ----------------------------------------------------------------


@pytest.mark.parametrize("tone", ["success", "warning", "danger", "info"])
def test_badges_and_changes_write_in_the_tones_text_colour_and_keep_the_tone_for_dots(tone: str) -> None:
    """A warning badge's 12 px text was the tone itself on its tint (2.74:1): the text is the
    tone drawn towards the text colour (`--warning-text`), the dot and the arrow keep the tone."""
    pill = css_rule(f".dsl-pill--{tone}")
    assert pill["color"] == f"var(--{tone}-text)" and pill["background"] == f"var(--{tone}-soft)"
    assert pill["--tone"] == f"var(--{tone})"
    assert css_rule(".dsl-pill i", data_sheet.CSS)["background"] == "var(--tone,currentColor)"
    if tone != "info":
        change = css_rule(f".dsl-stat-change.dsl-tone-{tone}")
        assert change["color"] == f"var(--{tone}-text)" and change["--tone"] == f"var(--{tone})"
    assert css_rule(".dsl-stat-change svg", data_sheet.CSS)["color"] == "var(--tone)"
    assert css_rule(f".dsl-list-item.is-{tone}")["--tone"] == f"var(--{tone}-text)"
