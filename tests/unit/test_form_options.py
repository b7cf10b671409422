"""Back-office form options and their checks: read-only fields, input add-ons, a checkbox's mixed
state and required star, a select of several options drawn as chips, a stepper's error step and
icons, a danger tab, tab sizes, xs controls, a search-typed input, and the warnings for the fields
of steps and tabs that are not drawn."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.catalog import ENTRY_FIELDS_DRAWN
from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.model import Document, Element, Item
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_data, validate_document
from kernel.errors import Issue

VIEWPORT = Viewport(width=640, height=480, scale=1.0)


def render(**fields: Any) -> str:
    return RenderContext(viewport=Viewport(800, 600, 1)).render(Element.model_validate(fields))


def page(element: dict[str, Any]) -> str:
    return compile_html(Document.model_validate({"elements": [element]}), VIEWPORT)


def issues(element: dict[str, Any]) -> tuple[list[Issue], list[Issue]]:
    """The errors and the warnings of a document of one element."""
    result = validate_data({"elements": [element]})
    return result.errors, result.warnings


def at(found: list[Issue], path: str) -> Issue:
    (issue,) = [issue for issue in found if issue.path == path]
    return issue


# -- readonly ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "element",
    [
        {"type": "input", "label": "ID", "value": "CUS-42"},
        {"type": "input", "value": "CUS-42"},
        {"type": "textarea", "label": "Notes", "value": "Imported"},
        {"type": "select", "label": "Plan", "options": ["Pro"], "value": "Pro"},
        {"type": "search", "value": "acme"},
    ],
)
def test_a_readonly_field_is_marked_and_keeps_its_text(element: dict[str, Any]) -> None:
    """`readonly` marks the field's box (a muted fill, no shadow: see the CSS) and keeps its text;
    it validates without a warning."""
    html = render(**element, readonly=True)
    assert re.search(r'class="[^"]*dsl-(field|control)[^"]*is-readonly', html), html
    assert str(element["value"]) in html
    errors, warnings = issues({**element, "readonly": True})
    assert (errors, warnings) == ([], [])


def test_readonly_is_drawn_muted_without_a_shadow_and_a_select_without_its_chevron() -> None:
    css = page({"type": "select", "options": ["A"], "value": "A", "readonly": True})
    assert (
        ".dsl-control.is-readonly,.is-readonly>.dsl-control{background:var(--muted);box-shadow:none}" in css
    )
    assert ".is-select>.dsl-control-end{display:none}" in css


def test_readonly_on_a_type_without_a_read_only_look_warns() -> None:
    _, warnings = issues({"type": "rating", "value": 4, "readonly": True})
    issue = at(warnings, "/elements/0/readonly")
    assert issue.message == "'rating' does not draw 'readonly'"
    assert str(issue.suggestion).startswith("a picture is read-only anyway: remove it")


def test_react_spelling_of_readonly_is_told_the_field() -> None:
    errors, _ = issues({"type": "input", "label": "ID", "readOnly": True})
    assert at(errors, "/elements/0/readOnly").suggestion == (
        "did you mean 'readonly'? readonly: true draws the field read-only"
    )


# -- prefix and suffix ---------------------------------------------------------------------------


def test_prefix_and_suffix_are_segments_at_either_end_of_the_box() -> None:
    html = render(type="input", label="Price", prefix="$", suffix="USD", icon="tag", value="120")
    control = re.search(r'<div class="dsl-control ?">(.*?)</div>', html)
    assert control is not None
    inner = control.group(1)
    assert inner.startswith('<span class="dsl-control-addon is-before is-whole"><span>$</span></span>')
    assert inner.endswith('<span class="dsl-control-addon is-after is-whole"><span>USD</span></span>')
    assert inner.index('data-icon="tag"') > inner.index("is-before")  # the field's own icon inside


@pytest.mark.parametrize(
    ("written", "icon"),
    [("dollar-sign", True), ("credit-card", True), ("circle-help", True), ("fa-users", True),
     ("users", False), ("files", False), ("months", False), ("euro", False), ("globe", False),
     ("USD", False), ("https://", False), ("kg", False), ("per-seat", False), ("Credit-Card", False)],
)  # fmt: skip
def test_a_written_addon_is_an_icon_only_for_a_hyphenated_icon_name(written: str, icon: bool) -> None:
    """Units are what add-ons hold most, and several are icons' names (`users`, `files`, `euro`):
    a plain word is drawn as the word; a hyphenated icon name in lower case, which no unit word
    is, draws its icon (`circle-help`, an alias, too)."""
    html = render(type="input", suffix=written)
    assert ("data-icon=" in html) == icon
    assert (f"<span>{written}</span>" in html) == (not icon)


@pytest.mark.parametrize(
    ("written", "drawn"),
    [({"icon": "users"}, ['data-icon="users"']), ({"icon": "users", "text": "seats"}, ['data-icon="users"', "<span>seats</span>"]),
     ({"text": "credit-card"}, ["<span>credit-card</span>"])],
)  # fmt: skip
def test_an_addon_object_draws_the_icon_it_names_and_its_words(
    written: dict[str, str], drawn: list[str]
) -> None:
    html = render(type="input", prefix=written)
    addon = re.search(
        r'<span class="dsl-control-addon is-before( is-icon| is-whole)?">(.*?)</span></span>', html
    )
    assert addon is not None, html
    assert (addon.group(1) == " is-icon") == ("text" not in written)  # a segment that never shrinks
    assert [part for part in drawn if part in html] == drawn
    assert ("data-icon=" in addon.group(2)) == ("icon" in written)
    errors, warnings = issues({"type": "input", "prefix": written})
    assert (errors, warnings) == ([], [])


@pytest.mark.parametrize(
    ("written", "whole"),
    [("+358", True), ("USD", True), ("https://", True), ({"text": "seats", "icon": "users"}, True),
     (".northwind.app", False), ("per seat a month", False), ({"text": "@example.com"}, False)],
)  # fmt: skip
def test_an_addon_of_short_words_is_kept_whole(written: str | dict[str, str], whole: bool) -> None:
    """A tablet's "+358" was cut to "+…" beside a value that kept its 4em: an add-on of at most
    8 characters is marked to keep its words (the value takes the squeeze); a longer one gives way."""
    html = render(type="input", prefix=written, value="40 123 4567")
    assert ('class="dsl-control-addon is-before is-whole"' in html) == whole, html


def test_an_addon_object_names_an_icon_or_words() -> None:
    errors, _ = issues({"type": "input", "suffix": {}})
    assert at(errors, "/elements/0/suffix").message.startswith(
        "an add-on object draws its 'icon' or its 'text'"
    )
    errors, _ = issues({"type": "input", "suffix": {"name": "users"}})
    assert at(errors, "/elements/0/suffix/name").suggestion == (
        "an add-on object takes 'icon' (an icon's name) and 'text' (words): {icon: globe}"
    )
    _, warnings = issues({"type": "input", "suffix": {"icon": "userz"}})
    issue = at(warnings, "/elements/0/suffix/icon")
    assert (issue.code, issue.message) == ("unknown_icon", "unknown icon 'userz'; a placeholder is drawn")


@pytest.mark.parametrize(
    ("side", "word"), [("prefix", "mail"), ("prefix", "globe"), ("suffix", "eye"), ("suffix", "calendar")]
)
def test_a_word_that_names_a_fields_icon_is_told_it_is_drawn_as_the_word(side: str, word: str) -> None:
    """An agent that wrote `prefix: mail` for the mail icon (the earlier rule) learns the form
    that draws it; the word is drawn."""
    _, warnings = issues({"type": "input", "label": "Email", side: word})
    issue = at(warnings, f"/elements/0/{side}")
    assert (issue.code, issue.message, issue.suggestion) == (
        "addon_text",
        f"{side} '{word}' is drawn as the word '{word}': a plain word in an add-on is text",
        f"for the {word} icon write {side}: {{icon: {word}}}",
    )
    assert "data-icon=" not in render(type="input", **{side: word})


@pytest.mark.parametrize(
    "word", ["users", "files", "months", "euro", "percent", "USD", "Mail", "circle-help"]
)
def test_unit_words_and_icon_names_are_not_told(word: str) -> None:
    """Unit words are drawn as written without a warning, those that name an icon as well; a
    hyphenated icon name draws its icon, and a capitalised word is no icon's name."""
    assert issues({"type": "input", "label": "Seats", "suffix": word}) == ([], [])


@pytest.mark.parametrize(
    ("element", "field", "says"),
    [
        ({"type": "input", "addonBefore": "$"}, "addonBefore", "did you mean 'prefix'? prefix: \"$\""),
        ({"type": "input", "unit": "kg"}, "unit", "did you mean 'suffix'? suffix: \"kg\""),
        ({"type": "select", "options": ["A"], "prepend": "$"}, "prepend",
         'only an input or a search draws add-ons: {type: input, prefix: "$"}'),
    ],
)  # fmt: skip
def test_other_libraries_addons_name_prefix_and_suffix(
    element: dict[str, Any], field: str, says: str
) -> None:
    errors, _ = issues(element)
    assert at(errors, f"/elements/0/{field}").suggestion == says


def test_a_prefix_where_no_addon_is_drawn_says_where_it_goes() -> None:
    _, warnings = issues({"type": "stat", "label": "Revenue", "value": "12,400", "prefix": "$"})
    issue = at(warnings, "/elements/0/prefix")
    assert (issue.message, issue.suggestion) == (
        "'stat' does not draw 'prefix'",
        'write it in the value: value: "$12,400"',
    )
    _, warnings = issues({"type": "textarea", "label": "Note", "suffix": "words"})
    assert at(warnings, "/elements/0/suffix").suggestion == (
        'only an input or a search draws add-ons: {type: input, suffix: "words"}'
    )


# -- checkbox ------------------------------------------------------------------------------------


def test_an_indeterminate_checkbox_is_filled_with_a_dash() -> None:
    html = render(type="checkbox", label="Select all", indeterminate=True)
    assert "is-checked" in html and 'data-icon="minus"' in html and 'data-icon="check"' not in html
    ticked = render(type="checkbox", label="Select all", checked=True, indeterminate=True)
    assert 'data-icon="minus"' in ticked  # mixed wins: the box says some, not all
    assert 'data-icon="check"' in render(type="checkbox", label="Select all", checked=True)


def test_a_required_checkbox_draws_the_star_after_its_label() -> None:
    html = render(type="checkbox", label="I accept the terms", required=True)
    assert 'I accept the terms<span class="dsl-required">*</span></span>' in html
    assert issues({"type": "checkbox", "label": "I accept", "required": True}) == ([], [])
    lone = render(type="radio", label="Pick up", required=True)
    assert 'Pick up<span class="dsl-required">*</span>' in lone
    assert "dsl-required" not in render(type="toggle", label="Express", required=True)


# -- select of several ---------------------------------------------------------------------------


def _chip_sets(html: str) -> list[list[str]]:
    """The chips of each of the select's ways of showing its options, roomiest first."""
    rows = re.findall(r'<div class="dsl-fit-row">(.*?)</div>', html)
    return [re.findall(r'<span class="dsl-select-chip[^"]*">(?:<span>)?([^<]*)', row) for row in rows]


def test_a_select_of_several_shows_its_chosen_options_as_chips() -> None:
    options = [{"label": "Design", "value": "d"}, {"label": "Engineering", "value": "e"}, "Sales"]
    html = render(type="select", options=options, multiple=True, value=["d", "Sales", "e"])
    assert _chip_sets(html) == [
        ["Design", "Sales", "Engineering"],
        ["Design", "Sales", "+1"],
        ["Design", "+2"],
    ]
    assert "dsl-control-value" not in html


def test_a_list_value_alone_draws_chips_and_multiple_draws_one_chip() -> None:
    listed = render(type="select", options=["A", "B"], value=["A", "B"])
    assert _chip_sets(listed)[0] == ["A", "B"]
    one = render(type="select", options=["A", "B"], value="B", multiple=True)
    assert _chip_sets(one) == [["B"]]
    placeholder = render(type="select", options=["A"], multiple=True, placeholder="Pick teams")
    assert "Pick teams" in placeholder and "dsl-select-chip" not in placeholder


def test_a_select_of_several_validates_each_chosen_option() -> None:
    errors, warnings = issues({"type": "select", "options": ["Design", "Sales"], "multiple": True,
                               "value": ["Design", "Slaes"]})  # fmt: skip
    assert errors == []
    issue = at(warnings, "/elements/0/value/1")
    assert issue.message == "'Slaes' is none of the select's options: it is drawn in the box all the same"
    assert issue.suggestion == "did you mean 'Sales'?"


@pytest.mark.parametrize(
    ("kind", "says"),
    [
        ("input", "only a select takes a list, its chosen options: {type: select, multiple: true, value: [A, B]}"),
        ("radio", "a radio group has one chosen option; several chosen ones are a select's: "
                  "{type: select, multiple: true}"),
    ],
)  # fmt: skip
def test_a_list_value_on_another_type_is_an_error(kind: str, says: str) -> None:
    errors, _ = issues({"type": kind, "options": ["A", "B"], "value": ["A", "B"]} if kind == "radio"
                       else {"type": kind, "value": ["A", "B"]})  # fmt: skip
    issue = at(errors, "/elements/0/value")
    assert (issue.code, issue.message, issue.suggestion) == (
        "invalid_type",
        "expected a string, an integer, a number or a boolean, got a list",
        says,
    )


def test_other_libraries_multiple_switches_name_multiple() -> None:
    errors, _ = issues({"type": "select", "options": ["A"], "mode": "multiple"})
    assert at(errors, "/elements/0/mode").suggestion == (
        "did you mean multiple: true? With value: [A, B] the chosen options are chips in the field"
    )


# -- stepper and tabs ----------------------------------------------------------------------------


def test_a_step_in_error_is_red_with_an_alert_mark_whatever_its_place() -> None:
    html = render(type="stepper", current=2,
                  items=["Account", {"label": "Company", "variant": "danger", "description": "2 errors"}, "Team"])  # fmt: skip
    steps = re.findall(r'<li class="dsl-step ([^"]*)"[^>]*>(.*?)</li>', html)
    assert [state for state, _ in steps] == ["is-done", "is-done is-error", "is-current"]
    assert 'data-icon="check"' in steps[0][1] and 'data-icon="check"' not in steps[1][1]
    assert '<path d="M12 6v7"/>' in steps[1][1] and "2 errors" in steps[1][1]
    upcoming = render(type="stepper", current=0, items=["A", {"label": "B", "variant": "error"}])
    assert 'class="dsl-step is-upcoming is-error"' in upcoming


def test_a_steps_icon_is_drawn_in_its_circle_and_a_disabled_step_is_faded() -> None:
    html = render(type="stepper", current=1, items=[{"label": "Upload", "icon": "upload"},
                                                    {"label": "Map", "icon": "columns-3"},
                                                    {"label": "Billing", "disabled": True}])  # fmt: skip
    markers = re.findall(r'<span class="dsl-step-marker">(.*?)</span>', html)
    assert 'data-icon="upload"' in markers[0] and 'data-icon="check"' not in markers[0]
    assert 'data-icon="columns-3"' in markers[1]
    assert markers[2] == "3"
    assert 'class="dsl-step is-upcoming is-disabled"' in html


def test_a_danger_tab_is_marked_and_a_size_sets_the_strips_height() -> None:
    html = render(type="tabs", items=["Overview", {"label": "Danger zone", "variant": "danger"}])
    assert '<div class="dsl-tab is-danger" role="tab" data-item="1/label">' in html
    for size, cls in (("sm", " is-sm"), ("small", " is-sm"), ("xs", " is-sm"), ("lg", " is-lg"), ("md", "")):
        sized = render(type="tabs", variant="segmented", items=["A", "B"], size=size)
        assert f'class="dsl-tabs dsl-tabs--segmented{cls}"' in sized, (size, sized)
    assert issues({"type": "tabs", "items": ["A"], "size": "sm"}) == ([], [])


def _draws(kind: str, base: dict[str, Any], name: str, value: Any) -> bool:
    """Whether giving `name` to the middle entry `base` (or taking it away) changes the page."""
    changed = (
        {key: item for key, item in base.items() if key != name} if name in base else {**base, name: value}
    )
    return page({"type": kind, "items": ["One", changed, "Three"]}) != page(
        {"type": kind, "items": ["One", base, "Three"]}
    )


def test_the_entry_fields_steps_tabs_crumbs_and_sections_draw_are_those_listed() -> None:
    """Each entry field of `ENTRY_FIELDS_DRAWN` changes the drawing of an entry (a bare one, or
    one selected with words to show: an accordion's closed section draws no description); each
    other one does not, and warns: a step's badge, a tab's description, a crumb's badge, a
    section's value, an href, a shortcut."""
    probes: dict[str, Any] = {"label": "Zq", "text": "Zq", "description": "Zq d", "icon": "zap", "badge": 3,
                              "href": "/x", "value": 7, "variant": "danger", "shortcut": "K", "iconPosition": "end",
                              "avatar": "Zq Av", "indent": 1, "size": "lg", "active": True, "disabled": True, "type": "link"}  # fmt: skip
    assert set(probes) == set(Item.model_fields)
    bases: list[dict[str, Any]] = [{"label": "Two"}, {"label": "Two", "active": True, "text": "Zq answer"}]
    for kind, drawn in ENTRY_FIELDS_DRAWN.items():
        for name, value in probes.items():
            entry = {"text": "Two"} if name in ("label", "text") else {"label": "Two"}
            element = {"type": kind, "items": ["One", {**entry, name: value}, "Three"]}
            changed = name in ("label", "text", "type") or any(
                _draws(kind, base, name, value) for base in bases
            )
            told = any(issue.path == f"/elements/0/items/1/{name}" for issue in issues(element)[1])
            assert changed == (name in drawn), (kind, name)
            assert told == (name not in drawn), (kind, name)


@pytest.mark.parametrize(
    ("kind", "entry", "field", "message", "says"),
    [
        ("stepper", {"label": "A", "badge": 3}, "badge", "a step does not draw 'badge'",
         "write it in the step's description: description: 3"),
        ("stepper", {"label": "A", "variant": "success"}, "variant", "a step's variant 'success' is not drawn",
         "a step draws variant danger (or error) only, in red: remove it"),
        ("tabs", {"label": "A", "description": "Billing details"}, "description", "a tab does not draw 'description'",
         "a tab draws its label (icon, badge); the selected tab's panel is the tabs' 'children'"),
        ("tabs", {"label": "A", "href": "/billing"}, "href", "a tab does not draw 'href'",
         "a picture follows no link: remove it"),
        ("breadcrumb", {"label": "Q3 Launch", "badge": 3}, "badge", "a breadcrumb item does not draw 'badge'",
         "a breadcrumb item draws its label and icon, the last one as the current page: remove it"),
        ("breadcrumb", {"label": "Home", "variant": "danger"}, "variant", "a breadcrumb item does not draw 'variant'",
         "a breadcrumb item draws its label and icon, the last one as the current page: remove it"),
        ("breadcrumb", {"label": "Home", "shortcut": "⌘H"}, "shortcut", "a breadcrumb item does not draw 'shortcut'",
         "only a menu's entries draw a shortcut: remove it"),
        ("accordion", {"label": "Billing", "value": "€12"}, "value", "an accordion section does not draw 'value'",
         "a section is opened by its label or index, the accordion's active: 'Billing'; a figure on its header "
         'goes in its badge: badge: "€12"'),
    ],
)  # fmt: skip
def test_an_entry_field_that_is_not_drawn_warns(
    kind: str, entry: dict[str, Any], field: str, message: str, says: str
) -> None:
    errors, warnings = issues({"type": kind, "items": [entry, "B"]})
    assert errors == []
    issue = at(warnings, f"/elements/0/items/0/{field}")
    assert (issue.code, issue.message, issue.suggestion) == ("field_ignored", message, says)


def test_a_dots_stepper_draws_no_entry_fields_and_says_nothing_of_them() -> None:
    _, warnings = issues({"type": "stepper", "variant": "dots", "items": [{"label": "A", "badge": 3}, "B"]})
    assert [issue for issue in warnings if "/items/" in issue.path] == []


# -- sizes and input types -----------------------------------------------------------------------


def test_an_xs_button_is_a_small_one() -> None:
    assert "dsl-button--sm" in render(type="button", label="Go", size="xs")
    assert "dsl-button--sm" in render(type="button", label="Go", size="Small")
    assert "dsl-button--lg" in render(type="button", label="Go", size="huge")  # the largest, not md


def test_an_input_of_type_search_is_drawn_as_a_search_field() -> None:
    html = render(type="input", inputType="search", placeholder="Find…")
    assert 'class="dsl-search dsl-control is-search"' in html
    assert 'data-icon="search"' in html and "Find…" in html
    assert issues({"type": "input", "inputType": "search"}) == ([], [])


def test_a_bottom_tab_bars_size_is_told_it_is_not_drawn() -> None:
    tabs = {"type": "tabs", "variant": "bottom", "size": "lg", "items": ["Home", "Search"]}
    (warning,) = [w for w in validate_document({"elements": [tabs]}).warnings if w.code == "field_ignored"]
    assert warning.path == "/elements/0/size" and "bottom tab bar" in warning.message
    top = {**tabs, "variant": "pills"}
    assert [w for w in validate_document({"elements": [top]}).warnings if w.code == "field_ignored"] == []
