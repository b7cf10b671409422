"""What an agent learning the DSL from the MCP reference tripped on: an avatar's name beside its
face and a group's entries, a list entry's `value` and an entry's unknown field, text beside a
control in a table cell, a table's `columns` as one name, render options the image does not
follow, and the document fields the examples write."""

from __future__ import annotations

from typing import Any

import pytest

from dsl2png.bundled import example_files
from dsl2png.render_jobs import render_command
from kernel.dsl.catalog import DESCRIPTIONS, ENTRY_FIELDS
from kernel.dsl.compiler import compile_html
from kernel.dsl.model import Document, Item
from kernel.dsl.options import OPTION_IGNORED, RenderOptions, Viewport
from kernel.dsl.parse import load_checked
from kernel.dsl.prepare import plan_render
from kernel.dsl.validate import validate_data, validate_document
from kernel.errors import Issue
from mcp_adapter.reference import document_fields

VIEWPORT = Viewport(width=640, height=480, scale=1.0)


def page(*elements: dict[str, Any]) -> str:
    return compile_html(Document.model_validate({"elements": list(elements)}), VIEWPORT)


def errors_of(*elements: dict[str, Any]) -> list[Issue]:
    return validate_data({"elements": list(elements)}).errors


def only_error(*elements: dict[str, Any]) -> Issue:
    (error,) = errors_of(*elements)
    return error


# -- 1. avatars --------------------------------------------------------------------------------


def test_the_avatar_reference_says_description_draws_the_name_and_how_a_group_is_written() -> None:
    told = DESCRIPTIONS["avatar"]
    assert "`name` alone draws only the circle" in told
    assert "`description` (a role, an email) draws the name beside it" in told
    assert "names, as text or {label} ({name} reads the same)" in told


def test_an_avatar_draws_its_name_beside_the_face_only_with_a_description() -> None:
    alone = page({"type": "avatar", "name": "Ada Lovelace"})
    captioned = page({"type": "avatar", "name": "Ada Lovelace", "description": "Admin"})
    assert "dsl-avatar-name" not in alone and ">AL<" in alone
    assert '<span class="dsl-avatar-name">Ada Lovelace</span>' in captioned


def test_an_avatar_groups_entries_take_name_as_a_lone_avatar_does() -> None:
    group = {"type": "avatar", "items": [{"name": "Ana Ruiz"}, {"label": "Bo Chen"}, "Cy Lee"]}
    assert errors_of(group) == []
    html = page(group)
    assert all(f">{letters}<" in html for letters in ("AR", "BC", "CL")), "each face from its name"
    assert html == page({**group, "items": [{"label": "Ana Ruiz"}, {"label": "Bo Chen"}, "Cy Lee"]})


def test_a_faces_name_beside_its_label_and_a_nav_entrys_name_are_still_refused() -> None:
    both = only_error({"type": "avatar", "items": [{"name": "Ana", "label": "Ana Ruiz"}]})
    assert (both.path, both.code) == ("/elements/0/items/0/name", "unknown_field")
    nav = only_error({"type": "navbar", "items": [{"name": "Home"}]})
    assert (nav.path, nav.suggestion) == ("/elements/0/items/0/name", "did you mean 'label'?")


# -- 2. entries: a list's value, an unknown field ----------------------------------------------


def test_the_list_reference_tells_an_entrys_value_and_its_tone() -> None:
    told = DESCRIPTIONS["list"]
    assert "`value` is drawn at the row's right end" in told and "tones it" in told


@pytest.mark.parametrize(
    ("kind", "meant"),
    [("list", "value"), ("timeline", "value"), ("menu", "shortcut"), ("tabs", "badge"), ("sidebar", "badge"),
     ("navbar", "badge")],
)  # fmt: skip
def test_an_entrys_trailing_says_what_draws_at_its_end_and_what_an_entry_takes(kind: str, meant: str) -> None:
    error = only_error({"type": kind, "items": [{"label": "Coffee", "trailing": "$4.20"}]})
    assert (error.path, error.code) == ("/elements/0/items/0/trailing", "unknown_field")
    assert error.suggestion is not None
    assert error.suggestion.startswith(f"did you mean '{meant}'?")
    assert f'{meant}: "$4.20"' in error.suggestion
    assert "{" + ", ".join(ENTRY_FIELDS[kind]) + "}" in error.suggestion


@pytest.mark.parametrize("kind", sorted(ENTRY_FIELDS))
def test_an_entrys_unknown_field_lists_the_fields_its_type_draws(kind: str) -> None:
    error = only_error({"type": kind, "items": [{"label": "One", "foo": 1}]})
    assert (error.path, error.code) == ("/elements/0/items/0/foo", "unknown_field")
    assert error.suggestion is not None
    if kind == "avatar":
        assert (
            error.suggestion == "an avatar group's face is a name as text, or {label} ({name} reads the same)"
        )
    else:
        assert error.suggestion.endswith("is text (its label), or {" + ", ".join(ENTRY_FIELDS[kind]) + "}")


def test_a_misspelt_entry_field_is_told_the_one_meant_among_those_its_type_draws() -> None:
    error = only_error({"type": "stepper", "items": [{"label": "Ship", "descripton": "Today"}]})
    assert error.suggestion == "did you mean 'description'?"


def _entry_page(kind: str, entry: dict[str, Any]) -> str:
    return page({"type": kind, "items": [{"label": "Two"}, entry, "Three"]})


PROBES: dict[str, Any] = {"description": "Zq d", "icon": "zap", "badge": 3, "href": "/x", "value": 50,
                          "variant": "danger", "shortcut": "K", "avatar": "Zq Avatar", "iconPosition": "end",
                          "indent": 1, "size": "lg", "active": True, "disabled": True, "type": "link"}  # fmt: skip
BASES: tuple[dict[str, Any], ...] = (
    {"label": "Two"},
    {"label": "Two", "active": True, "icon": "star", "value": 40},
    {"label": "Two", "text": "Zq answer"},
)
"""Three entries to change a field on: a bare one, one whose icon, value and open state let the
fields that hang on them show (an icon's side, a value's tone, an open section's description),
and one with words of its own to show when open (an accordion's section with nothing to show is
drawn closed, open or not)."""


@pytest.mark.parametrize("kind", sorted(ENTRY_FIELDS))
def test_the_entry_fields_each_type_is_said_to_draw_are_those_it_draws(kind: str) -> None:
    """Each field of `ENTRY_FIELDS` changes the drawing of an entry of its type, given alone or
    taken away; each other field of an entry changes nothing."""
    assert set(PROBES) | {"label", "text"} == set(Item.model_fields)
    drawn = set()
    for base in BASES:
        bare = _entry_page(kind, base)
        for name, value in PROBES.items():
            changed = (
                {key: item for key, item in base.items() if key != name}
                if name in base
                else {**base, name: value}
            )
            if _entry_page(kind, changed) != bare:
                drawn.add(name)
    assert drawn == set(ENTRY_FIELDS[kind]) - {"label"}, kind


# -- 3. table cells ----------------------------------------------------------------------------


def _table(*rows: list[Any], columns: Any = ("Name", "Role")) -> dict[str, Any]:
    return {
        "type": "table",
        "columns": list(columns) if isinstance(columns, tuple) else columns,
        "rows": list(rows),
    }


def test_a_cells_list_takes_texts_and_numbers_drawn_beside_its_controls() -> None:
    table = _table([[{"type": "avatar", "name": "Ana Ruiz"}, "Ana Ruiz"], "Admin"],
                   [[{"type": "button", "icon": "pencil", "variant": "ghost"}, 42], "Editor"])  # fmt: skip
    assert errors_of(table) == []
    html = page(table)
    assert '<span class="dsl-table-control-text">Ana Ruiz</span></div>' in html
    assert '<span class="dsl-table-control-text">42</span></div>' in html
    assert html.index(">AR<") < html.index('class="dsl-table-control-text">Ana Ruiz'), (
        "the face, then the name"
    )


def test_a_cells_list_of_texts_alone_is_told_to_write_chips_or_one_text() -> None:
    error = only_error(_table([["urgent", "web"], "Admin"]))
    assert (error.path, error.code) == ("/elements/0/rows/0/0/0", "invalid_type")
    assert error.suggestion is not None
    assert error.suggestion.endswith(
        'for tags write chips: [{type: chip, text: urgent}, ...], or one text: "urgent, web"'
    )


def test_a_wrong_value_in_a_cells_list_row_after_row_is_told_once() -> None:
    rows = [[[{"type": "avatar", "name": name}, flag], "Admin"] for name, flag in
            (("Ana", True), ("Bo", False), ("Cy", None), ("Di", True))]  # fmt: skip
    (error,) = validate_document({"elements": [_table(*rows)]}).errors
    assert error.path == "/elements/0/rows/0/0/1"
    assert (
        error.message
        == "expected an object or a string, got true; and 3 more like it at /elements/0/rows/1..3/0/1"
    )


def test_the_table_reference_tells_a_text_beside_a_control() -> None:
    assert (
        "[{type: avatar, name: Ada Lovelace}, Ada Lovelace] draws the face with the name beside it"
        in DESCRIPTIONS["table"]
    )


@pytest.mark.parametrize(
    ("element", "suggestion"),
    [
        (_table(["Ana"], columns="Name"), "columns is a list, even of one name: columns: [Name]"),
        (_table(["Ana", "Admin"], columns="Name, Role"), "columns is a list, even of one name: columns: [Name, Role]"),
        ({"type": "grid", "columns": "wide", "children": []}, "a grid's columns is a count: columns: 3"),
    ],
)  # fmt: skip
def test_columns_as_one_text_say_how_to_write_them(element: dict[str, Any], suggestion: str) -> None:
    error = only_error(element)
    assert (error.path, error.code, error.suggestion) == ("/elements/0/columns", "invalid_type", suggestion)


# -- 4. render options the image does not follow ------------------------------------------------

BUTTON = {"width": 300, "height": 120, "elements": [{"type": "button", "label": "Go"}]}


def ignored(document: dict[str, Any] = BUTTON, **options: Any) -> list[Issue]:
    return [w for w in plan_render(document, RenderOptions(**options)).warnings if w.code == OPTION_IGNORED]


def test_a_quality_on_a_png_is_told_it_is_not_used() -> None:
    (warning,) = ignored(quality=10)
    assert warning == Issue(
        "/options/quality", "quality 10 is not used: it is for jpeg and webp, and a PNG is lossless", OPTION_IGNORED,
        "leave out quality, or ask for format jpeg or webp",
    )  # fmt: skip
    assert ignored(quality=10, format="webp") == [] and ignored(quality=10, format="jpeg") == []


def test_a_transparent_jpeg_is_told_its_background_is_white() -> None:
    (warning,) = ignored(format="jpeg", transparent=True)
    assert warning.path == "/options/transparent"
    assert (
        warning.message
        == "transparent is not used: a JPEG has no transparency, so the background is drawn white"
    )
    assert ignored(format="png", transparent=True) == [] and ignored(format="webp", transparent=True) == []


def test_a_width_beside_a_device_says_what_was_drawn() -> None:
    (warning,) = ignored(device="mobile", width=500)
    assert warning.path == "/options/width"
    assert warning.message == (
        "the mobile's width 390 is not used (width 500 replaces it), while the device still sets the height "
        "and the scale: the canvas is 500x844 at 3x (1500x2532 px)"
    )
    assert warning.suggestion == (
        "leave out width for the mobile's own 390x844, or leave out the device and give the width, height "
        "and scale you want"
    )
    (from_document,) = ignored({"device": "tablet", "elements": []}, width=600)
    assert "the canvas is 600x1024 at 2x (1200x2048 px)" in from_document.message


@pytest.mark.parametrize(
    "options",
    [{"device": "mobile"}, {"device": "mobile", "width": 390}, {"device": "mobile", "height": 1400},
     {"device": "mobile", "width": 500, "height": 900, "scale": 1}, {"width": 500}],
)  # fmt: skip
def test_a_device_drawn_as_asked_is_not_told_of(options: dict[str, Any]) -> None:
    """A phone made taller for a long page is the documented way to draw one; a device whose
    every part the options give is what they ask for."""
    assert ignored(**options) == []


def test_the_command_line_tells_a_pngs_quality_once_not_for_each_file() -> None:
    command = render_command({"quality": 40}, "png")
    assert command.notes == ["--quality is for jpeg and webp; png ignores it"]
    assert command.options.quality is None


# -- 5. the document fields the examples write ---------------------------------------------------


def test_every_top_level_field_of_the_examples_is_in_the_document_fields() -> None:
    told = document_fields()
    assert told["version"] == "the DSL version (1); not drawn" and "not drawn" in told["description"]
    for path in example_files():
        written = load_checked(path.read_text(encoding="utf-8")).data
        assert set(written) <= set(told), (path.name, set(written) - set(told))
