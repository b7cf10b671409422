"""Data elements and validation: initials without titles, identifiers in tables,
billing statuses, a ring's own figure, a stat's caption, a code block's copy button, calendar
hints, and a warning for every field a type does not draw (checked against the compiler)."""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest

from kernel.dsl.catalog import ELEMENT_TYPES, ENTRY_FIELDS
from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.model import Document, Element
from kernel.dsl.options import Viewport
from kernel.dsl.semantic.fields import OWN_FIELDS
from kernel.dsl.validate import validate_data
from kernel.errors import Issue
from tests.support.reference import type_description

VIEWPORT = Viewport(width=640, height=480, scale=1.0)


def render(**fields: Any) -> str:
    return RenderContext(viewport=Viewport(800, 600, 1)).render(Element.model_validate(fields))


def page(element: dict[str, Any]) -> str:
    return compile_html(Document.model_validate({"elements": [element]}), VIEWPORT)


def warnings(*elements: dict[str, Any]) -> list[Issue]:
    result = validate_data({"elements": list(elements)})
    assert result.ok, result.errors
    return result.warnings


def warned(element: dict[str, Any]) -> dict[str, Issue]:
    """The `field_ignored` warnings of one element, by the field they are at."""
    return {
        issue.path.removeprefix("/elements/0/"): issue
        for issue in warnings(element)
        if issue.code == "field_ignored"
    }


# -- 1. initials without titles ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "letters"),
    [("Dr. Lena Fischer", "LF"), ("Prof. Dr. Hans Weber", "HW"), ("Mr. John Smith", "JS"),
     ("Lena Fischer, MD", "LF"), ("Lena Fischer, M.D., Ph.D.", "LF"), ("John Smith Jr.", "JS"),
     ("Dra. Ana Ruiz", "AR"), ("Mme Claire Dubois", "CD"), ("Herr Jonas Becker", "JB"),
     ("Fischer, Lena", "FL"), ("Don Draper", "DD"), ("Jack Ma", "JM"), ("Ada Lovelace", "AL"), ("Dr.", "D")],
)  # fmt: skip
def test_initials_skip_titles_before_a_name_and_degrees_after_it(name: str, letters: str) -> None:
    assert f"<span>{letters}</span>" in render(type="avatar", name=name)


def test_a_group_of_avatars_skips_titles_too() -> None:
    html = render(type="avatar", items=["Dr. Lena Fischer", "Mr. John Smith"])
    assert re.findall(r"<span>([A-Z]{2})</span>", html) == ["LF", "JS"]


def test_the_caption_keeps_the_name_as_written() -> None:
    html = render(type="avatar", name="Dr. Lena Fischer", description="Cardiology")
    assert '<span class="dsl-avatar-name">Dr. Lena Fischer</span>' in html


# -- 2. identifiers in a table -------------------------------------------------------------------


def _aligns(rows: list[list[Any]]) -> list[str]:
    html = render(type="table", columns=[f"c{i}" for i in range(len(rows[0]))], rows=rows)
    return re.findall(r'<td class="is-(\w+)[^"]*"', html)[: len(rows[0])]


def test_ip_addresses_and_versions_align_left_as_text() -> None:
    rows = [["81.2.69.142", "1.2.10", "443", "192.168.100.200"], ["10.0.4.12", "2.0.1", "8080", "10.0.0.1"]]
    assert _aligns(rows) == ["left", "left", "right", "left"]


@pytest.mark.parametrize("figure", ["1.234.567", "1.234.567,89 €", "12.5", "$1,240.00", "1.000.000.000"])
def test_figures_grouped_by_points_still_align_right(figure: str) -> None:
    assert _aligns([[figure]]) == ["right"]


# -- 7. billing statuses -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "tone"),
    [("Refunded", "neutral"), ("Partially refunded", "neutral"), ("Voided", "neutral"), ("Reversed", "neutral"),
     ("Disputed", "warning"), ("Chargeback", "danger"), ("Failed", "danger"), ("Paid", "success"),
     ("Remboursé", "neutral"), ("Erstattet", "neutral"), ("Reembolsado", "neutral"), ("返金済み", "neutral")],
)  # fmt: skip
def test_a_refund_is_neutral_and_a_failure_red(status: str, tone: str) -> None:
    html = render(type="table", columns=["Invoice", "Status"], rows=[["INV-1", "Paid"], ["INV-2", status]])
    assert f'dsl-pill--{tone}"><i></i>{status}<' in html


# -- 3. a ring's own figure ----------------------------------------------------------------------


def test_a_rings_text_is_drawn_in_its_centre_instead_of_the_percentage() -> None:
    html = render(type="progress", variant="circle", value=21.5, max=30, text="21.5°C", label="Living room")
    assert '<span class="dsl-ring-value is-text"' in html and ">21.5°C</span>" in html
    assert "72%" not in html
    assert '<span class="dsl-progress-label">Living room</span>' in html
    assert warned({"type": "progress", "variant": "circle", "value": 72, "text": "21.5°C"}) == {}


def test_a_long_centre_text_is_set_smaller_than_the_percentage() -> None:
    def font(html: str) -> float:
        return float(re.search(r'dsl-ring-value[^"]*" style="font-size:([\d.]+)px', html).group(1))  # type: ignore[union-attr]

    percent = font(render(type="progress", variant="circle", value=9, max=24))
    assert font(render(type="progress", variant="circle", value=9, max=24, text="9/24")) == percent
    assert (
        9 <= font(render(type="progress", variant="circle", value=9, max=24, text="9/24 lessons")) < percent
    )


def test_a_bars_text_beside_its_label_replaces_the_percentage() -> None:
    html = render(type="progress", value=9, max=24, label="Course", text="9 of 24 lessons")
    assert '<span class="dsl-progress-value">9 of 24 lessons</span>' in html and "38%" not in html
    alone = render(type="progress", value=60, text="Uploading")
    assert (
        '<span class="dsl-progress-label">Uploading</span><span class="dsl-progress-value">60%</span>'
        in alone
    )


def test_show_value_points_at_text() -> None:
    result = validate_data(
        {"elements": [{"type": "progress", "variant": "circle", "value": 7, "showValue": False}]}
    )
    assert "'text' draws your own figure" in str(result.errors[0].suggestion)


# -- 4. a stat's caption; fields hidden by another -----------------------------------------------


def test_a_stats_text_beside_a_value_is_the_line_under_it() -> None:
    html = render(type="stat", label="Revenue", value="$4,120", text="vs last month")
    assert '<span class="dsl-stat-desc">vs last month</span>' in html
    assert warned({"type": "stat", "label": "Revenue", "value": "$4,120", "text": "vs last month"}) == {}
    assert "<span>$4,120</span>" in render(type="stat", label="Revenue", text="$4,120")


def test_a_stats_text_beside_a_value_and_a_description_warns() -> None:
    issues = warned(
        {"type": "stat", "label": "Revenue", "value": "$4", "text": "vs May", "description": "Q3"}
    )
    assert set(issues) == {"text"}
    assert issues["text"].message == "'stat' draws 'description' where 'text' would go: 'text' is not drawn"


def test_a_maps_title_beside_its_label_warns() -> None:
    issues = warned({"type": "map", "label": "Lisbon", "title": "Search area"})
    assert issues["title"].message == "'map' draws 'label' where 'title' would go: 'title' is not drawn"
    assert "heading element above the map" in str(issues["title"].suggestion)
    assert warned({"type": "map", "label": "Lisbon", "title": "Lisbon"}) == {}


def test_a_radio_group_and_a_lone_radio_draw_both_hint_and_error() -> None:
    """A group's hint is under its question and its error under its options: neither hides the
    other (it warned that the hint was not drawn when it was under the options)."""
    group = {"type": "radio", "options": ["A", "B"], "error": "Pick one", "hint": "Required"}
    assert warned(group) == {}
    assert warned({"type": "radio", "label": "A", "error": "Pick one", "hint": "Required"}) == {}


@pytest.mark.parametrize(
    "element",
    [
        {"type": "input", "label": "Full name"},
        {"type": "textarea", "label": "Message"},
        {"type": "search", "label": "Find"},
        {"type": "select", "label": "Country", "options": ["UK"]},
        {"type": "slider", "label": "Volume"},
        {"type": "radio", "label": "Pick", "options": ["A", "B"]},
        {"type": "radio", "label": "A"},
        {"type": "checkbox", "label": "Agree"},
        {"type": "toggle", "label": "Alerts"},
    ],
)
def test_a_fields_hint_and_error_are_both_drawn_hint_first_without_a_warning(element: dict[str, Any]) -> None:
    """The tester's GOV.UK field: its hint was dropped, with a warning, under an error. Both are
    drawn, the hint first (before the control on a field: `field_notes_above`)."""
    both = {**element, "error": "Zq error", "hint": "Zq hint"}
    assert warned(both) == {}
    html = page(both)
    assert "Zq hint" in html and "Zq error" in html
    assert html.index("Zq hint") < html.index("Zq error")


def test_a_fields_hint_and_error_go_between_its_label_and_its_control() -> None:
    html = render(type="input", label="Zq label", hint="Zq hint", error="Zq error", value="Zq value")
    order = [html.index(words) for words in ("Zq label", "Zq hint", "Zq error", "Zq value")]
    assert order == sorted(order), html
    assert "has-notes-above" in html
    alone = render(type="input", label="Zq label", error="Zq error", value="Zq value")
    assert alone.index("Zq value") < alone.index("Zq error"), "one message stays under the control"
    assert "has-notes-above" not in alone


def test_a_checkboxs_description_beside_its_hint_still_warns() -> None:
    issues = warned({"type": "checkbox", "label": "A", "hint": "Zq hint", "description": "Zq description"})
    assert set(issues) == {"description"}
    assert issues["description"].suggestion == "a hint and a description are the one line under it: keep one"


_TEXTS: dict[str, Any] = {
    "text": "Zq text", "title": "Zq title", "description": "Zq description", "label": "Zq label",
    "placeholder": "Zq placeholder", "actions": [{"label": "Zq action"}], "items": [{"label": "Zq item"}],
    "badge": "Zq badge", "value": "Zq value", "name": "Zq name", "alt": "Zq alt", "error": "Zq error",
    "hint": "Zq hint", "change": "Zq change",
}  # fmt: skip
"""Fields whose words show in the page when drawn."""
_FILLED_FIELDS = frozenset({"input", "textarea", "search", "select"})
"""Fields whose placeholder a value (or text) hides, as a real field does: no warning."""


def _shows(html: str, value: Any) -> bool:
    return (value if isinstance(value, str) else value[0]["label"]) in html


@pytest.mark.parametrize("kind", ELEMENT_TYPES)
def test_two_fields_for_one_place_warn_for_the_one_not_drawn(kind: str) -> None:
    """For each two fields that a type draws alone, given together: the one whose words are not
    drawn is warned of, and no drawn one is."""
    alone = [name for name, value in _TEXTS.items() if _shows(page({"type": kind, name: value}), value)]
    wrong = []
    for first, second in itertools.combinations(alone, 2):
        element = {"type": kind, first: _TEXTS[first], second: _TEXTS[second]}
        html, told = page(element), warned(element)
        for name in (first, second):
            lost = not _shows(html, _TEXTS[name])
            if name == "placeholder" and kind in _FILLED_FIELDS and {first, second} & {"text", "value"}:
                lost = False
            if lost != (name in told):
                wrong.append(f"{name} beside {first if name == second else second}: drawn={not lost}")
    assert not wrong, wrong


# -- 4. every field the model takes and a type does not draw warns ------------------------------

_PROBES: dict[str, tuple[Any, ...]] = {
    "selectable": (True,),
    "selectedRows": ([0],),
    "active": (1, "Zq item2"), "align": ("center", "end"), "alt": ("Zq alt",), "change": ("+12%",),
    "checked": (True,), "columns": (3, ["Zq col"]), "copyable": (True,), "marks": (True,), "current": (2,),
    "data": ({"labels": ["a", "b"], "values": [1, 2]},), "direction": ("vertical", "row"), "disabled": (True,),
    "duration": ("3:20",), "error": ("Zq err",), "events": ([{"date": "2024-05-03", "label": "Zq ev"}],),
    "range": (["2024-05-06", "2024-05-09"],), "days": (5,), "hours": ([9, 17],), "header": (False, True),
    "gap": (37,), "hint": ("Zq hint",), "href": ("https://zq.example/x",), "inputType": ("password",),
    "justify": ("end", "between"), "language": ("python",), "level": (3, 1), "lines": (5,), "max": (50, 2),
    "min": (10,), "month": ("2024-05",), "name": ("Dana Lee", "zap"),
    "options": ([{"label": "Zq A", "value": "b"}, "Zq B"],), "ordered": (True,), "padding": (37,),
    "removable": (True,), "required": (True,), "rows": ([["Zq r"]], 3), "step": (5,), "striped": (True,),
    "total": (9,), "wrap": (True,), "readonly": (True,), "prefix": ("https://",), "suffix": ("USD",),
    "indeterminate": (True,), "multiple": (True,), "fit": ("fill",), "back": (True, "Zq back"),
    "stacked": (True, "percent"), "pin": (True, False), "markers": ([{"x": 20, "y": 30, "label": "Zq m"}],),
    "format": ("percent",), "referenceLines": ([{"value": 1.5, "label": "Zq ref"}],), "valueLabels": (True,),
}  # fmt: skip
"""Values for each field that only some types draw: enough that any one a type draws shows."""
_CONTENT = {"text": "Zq", "label": "Zq L", "title": "Zq T", "items": ["Zq i1", "Zq item2", "Zq i3"]}
_COMPANIONS: tuple[dict[str, Any], ...] = (
    {},
    _CONTENT,
    {**_CONTENT, "children": [{"type": "text", "text": "c1"}, {"type": "text", "text": "c2"}]},
    {**_CONTENT, "options": ["A", "b"], "value": "b", "total": 9, "change": "+3%", "name": "Dana Lee"},
    {**_CONTENT, "value": 40, "text": "x\ny"},
    {"variant": "week", "value": "2024-05-08"},
    {"data": {"labels": ["a", "b"], "series": [{"name": "A", "values": [1, 2]}, {"name": "B", "values": [3, 4]}]}},
    {"src": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"},
)  # fmt: skip
"""What some fields need beside them to show (a radio group's options, a select's chosen option,
a pagination's pages, the value a progress's min and max scale, a code block's lines, the picture
an image's `fit` places, a calendar's week view its days and hours, the series a chart's `stacked`
stacks)."""
_PROBE_VALUES = [(name, value) for name, values in _PROBES.items() for value in values]
_NEVER_WARNED = {("slider", "step"): "how the thumb moves: no picture shows it, every slider is given it"}


def test_every_field_that_only_some_types_draw_is_probed() -> None:
    assert set(_PROBES) == OWN_FIELDS


def _accepted(element: dict[str, Any]) -> bool:
    try:
        Element.model_validate(element)
    except ValueError:
        return False
    return True


def _drawn_somewhere(kind: str, name: str) -> bool:
    """Whether some element of type `kind` draws `name` (with one of its probes)."""
    for companions, value in itertools.product(_COMPANIONS, _PROBES[name]):
        base = {"type": kind, **companions}
        if _accepted({**base, name: value}) and page({**base, name: value}) != page(base):
            return True
    return False


def _told(element: dict[str, Any], name: str) -> bool | None:
    """Whether the validator warns that `name` is not drawn; None when the element is an error."""
    result = validate_data({"elements": [element]})
    if result.errors:
        return None
    return any(
        issue.path == f"/elements/0/{name}" and issue.code == "field_ignored" for issue in result.warnings
    )


@pytest.mark.parametrize("kind", ELEMENT_TYPES)
def test_a_field_a_type_does_not_draw_warns_and_one_it_draws_does_not(kind: str) -> None:
    """Each field, alone and beside each set of companions: when the validator warns, the page is
    the same without it (a header's `level` changes its title, which a bare header lacks); when it
    never does (an error aside: a table's `data`), some element of that type draws it."""
    wrong = []
    for companions in _COMPANIONS:
        base = {"type": kind, **companions}
        if not _accepted(base):
            continue
        bare = page(base)
        for name, value in _PROBE_VALUES:
            element = {**base, name: value}
            if name in companions or not _accepted(element):
                continue
            if page(element) != bare and _told(element, name):
                wrong.append(f"{name}={value!r} beside {sorted(companions)} is drawn, yet warned of")
    for name, values in _PROBES.items():
        elements = [{"type": kind, name: value} for value in values if _accepted({"type": kind, name: value})]
        told = {repr(element[name]): _told(element, name) for element in elements}
        never_told = bool(told) and all(warns is False for warns in told.values())
        if never_told and (kind, name) not in _NEVER_WARNED and not _drawn_somewhere(kind, name):
            wrong.append(f"{name} is not drawn, and not warned of")
    assert not wrong, wrong


_NAMED_BUT_NOT_OWN = {
    ("chart", "name"): "a series' `name`",
    ("input", "range"): "a value of `inputType`, drawn as a slider",
    ("stat", "align"): "the `align` of the row that holds stats",
    ("stat", "columns"): "the `columns` of the grid that holds stats",
    ("stepper", "error"): "a step's `variant: error`",
}
"""Fields a type's section of the reference names in backquotes that are not that type's own."""


def _documented_fields(kind: str) -> list[str]:
    """The fields that only some types draw which the type's section of the reference names,
    other than its entries' (`ENTRY_FIELDS`: a tab's `disabled`) and `_NAMED_BUT_NOT_OWN`."""
    named = set(re.findall(r"`(\w+)`", type_description(kind))) & OWN_FIELDS
    return sorted(
        name for name in named - set(ENTRY_FIELDS.get(kind, ())) if (kind, name) not in _NAMED_BUT_NOT_OWN
    )


@pytest.mark.parametrize("kind", ELEMENT_TYPES)
def test_a_field_the_reference_gives_a_type_is_not_warned_of_on_it(kind: str) -> None:
    """A field the reference describes for a type (a header's `level` picks its title's size) is
    not warned of as one the type does not draw, at least beside what it needs (an avatar's `max`
    beside its `items`): `validate --strict` would refuse a document written by the reference."""
    always_warned = []
    for name in _documented_fields(kind):
        told = [
            _told(element, name)
            for companions, value in itertools.product(_COMPANIONS, _PROBES[name])
            if _accepted(element := {"type": kind, **companions, name: value})
        ]
        if any(warns is not None for warns in told) and all(warns is not False for warns in told):
            always_warned.append(name)
    assert always_warned == []


def test_a_field_a_type_does_not_draw_says_where_it_goes() -> None:
    issues = warned({"type": "button", "label": "Go", "gap": 4, "change": "+3%", "href": "/x"})
    assert issues["gap"].message == "'button' does not draw 'gap'"
    assert issues["gap"].suggestion == "space around it is CSS: style: {margin: 4}"
    assert "{type: stat" in str(issues["change"].suggestion)
    assert "a picture follows no link" in str(issues["href"].suggestion)
    assert warned({"type": "paragraph", "text": "x", "min": 1})["min"].suggestion == (
        "it is drawn by progress, slider: remove it"
    )


def test_false_empty_and_wrongly_typed_fields_are_left_to_the_schema() -> None:
    assert warned({"type": "button", "label": "Go", "disabled": False, "wrap": False}) == {}
    result = validate_data({"elements": [{"type": "select", "options": ["A"], "checked": "A"}]})
    assert [issue.path for issue in result.warnings if issue.path.endswith("checked")] == []


def test_what_a_type_draws_only_beside_another_warns_without_it() -> None:
    assert warned({"type": "avatar", "items": ["A B", "C D"], "max": 1}) == {}
    assert (
        warned({"type": "avatar", "name": "A B", "max": 3})["max"].suggestion
        == "give it 'items', or remove it"
    )
    assert warned({"type": "card", "src": "hero.png", "alt": "A tent"}) == {}
    assert "alt" in warned({"type": "card", "title": "Tent", "alt": "A tent"})


# -- 5. and 6. hints that point the right way; a code block's copy button ------------------------


def _unknown(element: dict[str, Any], field: str) -> Issue:
    (issue,) = [i for i in validate_data({"elements": [element]}).errors if i.path == f"/elements/0/{field}"]
    return issue


def test_a_calendars_date_points_at_value_and_month() -> None:
    issue = _unknown({"type": "calendar", "date": "2026-03-17"}, "date")
    assert issue.suggestion == (
        "the selected day is 'value': value: \"2026-03-17\"; the month shown is 'month' (YYYY-MM)"
    )


@pytest.mark.parametrize("variant", ["timeGridWeek", "agenda"])
def test_a_calendars_view_it_has_not_says_which_it_has(variant: str) -> None:
    (issue,) = warnings({"type": "calendar", "variant": variant})
    assert issue.message == f"a calendar has no '{variant}' view; a month is drawn"
    assert "variant: week" in str(issue.suggestion) and "{type: timeline" in str(issue.suggestion)
    assert "variant: week" in str(_unknown({"type": "calendar", "view": variant}, "view").suggestion)


@pytest.mark.parametrize("variant", ["day", "week", "Week"])
def test_a_calendars_day_and_week_views_are_drawn(variant: str) -> None:
    assert warnings({"type": "calendar", "variant": variant, "value": "2025-09-03"}) == []


def test_an_events_time_is_drawn_before_its_label() -> None:
    element = {"type": "calendar", "month": "2026-03", "events": [{"date": "2026-03-17", "label": "Anna", "time": "08:00"}]}  # fmt: skip
    assert warnings(element) == []
    assert "<span>08:00 Anna</span>" in render(**element)
    assert ">08:00 Anna</span>" in render(**element, variant="full")


@pytest.mark.parametrize("field", ["copy", "showCopy", "copyButton", "copyToClipboard"])
def test_a_code_blocks_copy_words_point_at_copyable(field: str) -> None:
    suggestion = str(_unknown({"type": "code", "text": "abc", field: True}, field).suggestion)
    assert suggestion.startswith("did you mean 'copyable'?")


def test_a_code_elements_actions_point_at_copyable() -> None:
    (issue,) = warnings({"type": "code", "text": "npm i acme", "actions": ["Copy"]})
    assert "copyable: true" in str(issue.suggestion)


def test_copyable_draws_a_copy_button_inside_a_block() -> None:
    inline = render(type="code", text="sk_live_abc", copyable=True)
    assert inline.startswith('<pre class="dsl-code is-block has-copy"')
    assert '<span class="dsl-code-copy" aria-hidden="true"><svg' in inline
    titled = render(type="code", title=".env", language="bash", text="A=1", copyable=True)
    assert (
        '<span class="dsl-code-tools"><span class="dsl-code-lang">bash</span><span class="dsl-code-copy"'
        in titled
    )
    assert "dsl-code-copy" not in render(type="code", text="a\nb")
    assert warnings({"type": "code", "text": "abc", "copyable": True}) == []
