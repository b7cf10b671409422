"""Annotations: targets are checked against element ids, notes widen the image, nothing escapes into HTML."""

from __future__ import annotations

from typing import Any

from kernel.dsl.compiler.annotations import NOTE_COLOURS, note_colour
from kernel.dsl.compiler.theme import fill_under_white
from kernel.dsl.options import NOTES_PANEL_WIDTH, RenderOptions
from kernel.dsl.prepare import prepare_render
from kernel.dsl.validate import validate_document

SAVE = {"type": "button", "id": "save", "label": "Save"}


def issues(document: dict[str, Any]) -> tuple[list[str], list[str]]:
    result = validate_document(document)
    return [str(i) for i in result.errors], [str(i) for i in result.warnings]


def test_a_target_that_names_no_element_is_an_error_with_the_closest_id() -> None:
    errors, _ = issues({"elements": [SAVE], "annotations": [{"target": "sav", "text": "x"}]})
    assert errors == ["/annotations/0/target: no element has id 'sav' (did you mean 'save'?)"]


def test_without_any_id_the_error_says_how_to_give_one() -> None:
    errors, _ = issues({"elements": [{"type": "button"}], "annotations": [{"target": "save"}]})
    assert errors == [
        "/annotations/0/target: no element has id 'save' (give the element an id (id: ...) and name it here)"
    ]


def test_nested_ids_are_found_and_a_repeated_one_is_a_warning() -> None:
    nested = {"type": "card", "children": [{"type": "row", "children": [SAVE]}]}
    errors, warnings = issues({"elements": [nested, SAVE], "annotations": [{"target": "save"}]})
    assert errors == []
    assert sorted(warnings) == [
        "/annotations/0/target: 2 elements have id 'save': the note points at the last of them"
        " (give each element its own id)",
        "/elements/1/id: an element before this one has id 'save' too: a '#save' rule in css styles both"
        " (give each element its own id)",
    ]


def test_ids_of_elements_in_table_cells_take_notes() -> None:
    tick = {"type": "checkbox", "id": "done1"}
    rows: list[Any] = [
        [tick, "Grade quizzes"],
        {"task": [{"type": "badge", "id": "late", "text": "Late"}, "Slides"]},
    ]
    table = {"type": "table", "columns": ["", "Task"], "rows": rows}
    notes = [{"target": "done1", "text": "Tick it"}, {"target": "late"}]
    errors, warnings = issues({"elements": [{"type": "card", "children": [table]}], "annotations": notes})
    assert errors == [] and not [w for w in warnings if "annotations" in w]
    html = prepare_render({"width": 500, "elements": [table], "annotations": notes}).html
    assert 'id="done1"' in html and 'id="late"' in html  # drawn with its id: the pin's anchor


def test_an_actions_id_takes_a_note_and_is_drawn_on_its_button() -> None:
    for kind in ("header", "card", "modal", "empty", "alert", "toast", "form", "section"):
        holder = {"type": kind, "title": "Inbox", "actions": ["Later", {"label": "Add task", "id": "add"}]}
        document = {"width": 600, "elements": [holder], "annotations": [{"target": "add", "text": "Click"}]}
        assert issues(document) == ([], []), kind
        assert 'id="add"' in prepare_render(document).html, kind


def test_a_target_naming_an_entrys_id_says_entries_take_none() -> None:
    navbar = {"type": "navbar", "items": [{"label": "Home", "id": "home"}]}
    steps = {"type": "pagination", "total": 5, "actions": [{"label": "Back", "id": "back"}]}
    for element, target, what in (
        (navbar, "home", "an entry of 'items' of a navbar"),
        (steps, "back", "an action of a pagination"),
    ):
        result = validate_document({"elements": [element], "annotations": [{"target": target}]})
        (note,) = [issue for issue in result.errors if issue.path == "/annotations/0/target"]
        assert (
            note.message == f"'{target}' is the id of {what}, which takes no id: a note points at an element"
        )
        assert (
            note.suggestion is not None and f"{{type: button, id: {target}, label: ...}}" in note.suggestion
        )


def test_shape_errors_name_their_field() -> None:
    notes = [
        {"text": "no target"},
        {"target": "save", "txt": "typo"},
        {"target": "save", "label": "a very long label"},
        {"target": "save", "color": "url(http://example.com/x.png)"},
    ]
    errors, _ = issues({"elements": [SAVE], "annotations": notes})
    assert errors == [
        "/annotations/0/target: missing required field 'target'",
        "/annotations/1/txt: unknown field 'txt' (did you mean 'text'?)",
        "/annotations/2/label: must be at most 12 characters, got 17",
        "/annotations/3/color: url(http://example.com/x.png) is not allowed: only data: URLs",
    ]


def test_notes_with_text_add_a_panel_to_the_right_and_pins_alone_do_not() -> None:
    with_text = prepare_render(
        {"width": 500, "elements": [SAVE], "annotations": [{"target": "save", "text": "Hi"}]}
    )
    assert (with_text.viewport.width, with_text.viewport.screen_width) == (500 + NOTES_PANEL_WIDTH, 500)
    assert "dsl-notes" in with_text.html
    pins_only = prepare_render({"width": 500, "elements": [SAVE], "annotations": [{"target": "save"}]})
    assert (pins_only.viewport.width, pins_only.viewport.notes_width) == (500, 0)
    assert "dsl-note-pin" in pins_only.html and "dsl-notes" not in pins_only.html


def test_an_explicit_width_is_the_screens_and_the_panel_comes_on_top() -> None:
    document = {"elements": [SAVE], "annotations": [{"target": "save", "text": "Hi"}]}
    prepared = prepare_render(document, RenderOptions(width=1000))
    assert (prepared.viewport.screen_width, prepared.viewport.width) == (1000, 1000 + NOTES_PANEL_WIDTH)


def test_ids_text_labels_and_colours_cannot_break_out_of_the_page() -> None:
    hostile = 'x"]{}</style><script>alert(1)</script>'
    document = {
        "elements": [{"type": "button", "id": hostile, "label": "Go"}],
        "annotations": [
            {
                "target": hostile,
                "text": "<img src=x onerror=alert(1)>",
                "label": "<b>",
                "color": 'red" onclick="x',
            }
        ],
    }
    html = prepare_render(document).html
    assert "<script" not in html.lower() and "<img" not in html and "<b>" not in html
    assert 'onclick="' not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # the note is shown as written
    assert html.count("</style>") == html.count("<style>")  # no stylesheet was closed early


def test_the_notes_panel_is_titled_in_the_documents_language() -> None:
    document = {"width": 500, "elements": [SAVE], "annotations": [{"target": "save", "text": "Hi"}]}
    assert '<div class="dsl-notes-title">Notes</div>' in prepare_render(document).html
    hebrew = prepare_render({**document, "lang": "he"}).html
    assert '<div class="dsl-notes-title">הערות</div>' in hebrew


def test_the_default_pin_colour_stands_apart_from_the_themes_primary() -> None:
    magenta, teal = (fill_under_white(colour) for colour in NOTE_COLOURS)
    for primary in ("#4f46e5", "#6366f1", "#ea580c", "#16a34a", "#18181b", None, "var(--brand)"):
        assert note_colour(primary) == magenta, primary  # the stock indigo and most brands keep it
    for primary in ("#e11d48", "#dc2626", "#ec4899", "#be123c", "#c026d3", "#9333ea"):
        assert note_colour(primary) == teal, (
            primary
        )  # a rose, red, pink or purple brand's badges look like it
    page = prepare_render(
        {"theme": {"primary": "#e11d48"}, "elements": [SAVE], "annotations": [{"target": "save"}]}
    )
    assert f"background:var(--note,{teal})" in page.html
