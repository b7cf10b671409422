"""What a form field or a picture draws otherwise than written, said by the validator: an input
type that is no HTML type or that is drawn as a plain text field, the earlier format's checkbox
and range inputs, a chosen option or an open entry that is none of the element's, and a picture's
`src` that is a path, bare base64 or a data: URI holding no picture."""

from __future__ import annotations

import base64
import io
from typing import Any

import pytest
from PIL import Image

from kernel.dsl.compiler.sanitize import sanitize_value
from kernel.dsl.data_uris import bare_base64_image, drawable_image_uri, image_format, is_drawable_image_uri
from kernel.dsl.hints.html_inputs import HTML_INPUT_TYPES
from kernel.dsl.semantic.controls import inputs_drawn_as
from kernel.dsl.validate import validate_document
from kernel.errors import Issue
from tests.support.elements import classes_of, render_element


def _warnings(*elements: dict[str, Any], **document: Any) -> list[Issue]:
    result = validate_document({"elements": list(elements), **document})
    assert result.errors == [], result.errors
    return result.warnings


def _at(issues: list[Issue], path: str) -> Issue:
    (issue,) = [issue for issue in issues if issue.path == path]
    return issue


def _png(size: tuple[int, int] = (2, 2)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


# 1. input types


def test_an_unknown_input_type_warns_with_the_type_meant_and_is_an_error_with_strict() -> None:
    element = {"type": "input", "label": "Email", "inputType": "emial", "value": "x"}
    issue = _at(_warnings(element), "/elements/0/inputType")
    assert (issue.code, issue.message, issue.suggestion) == (
        "invalid_value",
        "unknown inputType 'emial': a text field is drawn",
        "did you mean 'email'?",
    )
    strict = validate_document({"elements": [element]}, strict=True)
    assert [(error.path, error.code) for error in strict.errors] == [
        ("/elements/0/inputType", "invalid_value")
    ]


@pytest.mark.parametrize(
    ("written", "suggestion"),
    [
        ("phone", "did you mean inputType: tel?"),
        ("switch", "it is an element of its own: type: toggle"),
        ("integer", "did you mean inputType: number?"),
    ],
)
def test_another_word_for_an_input_type_gets_the_html_one(written: str, suggestion: str) -> None:
    issue = _at(_warnings({"type": "input", "inputType": written}), "/elements/0/inputType")
    assert issue.suggestion == suggestion


def test_every_input_type_drawn_as_a_plain_text_field_says_so_and_no_other_does() -> None:
    """The warning follows what the compiler draws: an input's own text field (`dsl-field`)."""
    for input_type in HTML_INPUT_TYPES:
        drawn_plain = "dsl-field" in classes_of(render_element(type="input", label="L", inputType=input_type))
        warned = [
            issue
            for issue in _warnings({"type": "input", "label": "L", "inputType": input_type})
            if issue.path == "/elements/0/inputType"
        ]
        plain_anyway = input_type in ("text", "email", "password", "number", "tel", "url", "search")
        assert bool(warned) == (drawn_plain and not plain_anyway), input_type
        if warned:
            assert warned[0].code == "field_ignored"
            assert warned[0].message == f"an input of type '{input_type}' is drawn as a plain text field"


@pytest.mark.parametrize(
    ("element", "suggestion"),
    [
        (
            {"type": "input", "inputType": "date", "value": "2025-07-17"},
            "icon: calendar draws a date picker's icon in the field; "
            '{type: calendar, value: "2025-07-17"} draws a month to pick the day in',
        ),
        (
            {"type": "input", "inputType": "color", "value": "#7c3aed"},
            'a swatch is a box of its own beside it: {type: container, style: {background: "#7c3aed"}, '
            "layout: {width: 24, height: 24}}",
        ),
        ({"type": "input", "inputType": "file"}, "a file picker is an element of its own: {type: upload, label: ...}"),
        ({"type": "input", "inputType": "hidden"}, "a hidden input shows nothing: remove it"),
    ],
)  # fmt: skip
def test_a_plain_text_field_says_what_draws_the_control(element: dict[str, Any], suggestion: str) -> None:
    assert _at(_warnings(element), "/elements/0/inputType").suggestion == suggestion


def test_the_earlier_formats_input_type_in_custom_attributes_is_judged_at_its_place() -> None:
    warnings = _warnings({"type": "input", "customAttributes": {"type": "emial"}})
    issue = _at(warnings, "/elements/0/customAttributes/type")
    assert (issue.code, issue.suggestion) == ("invalid_value", "did you mean 'email'?")


# 3. the earlier format's checkbox and range inputs


def test_a_checkbox_input_drawn_with_its_checked_attribute_is_not_warned_of() -> None:
    assert inputs_drawn_as().get("checkbox") == "checkbox"  # what the compiler draws
    element = {"type": "input", "customAttributes": {"type": "checkbox", "checked": "checked"}}
    assert _warnings(element) == []
    assert classes_of(render_element(**element))[:3] == ["dsl-checkbox", "dsl-choice", "is-checked"]


def test_a_range_input_says_only_the_attribute_it_does_not_draw() -> None:
    element = {
        "type": "input",
        "customAttributes": {"type": "range", "min": "0", "max": "100", "value": "40", "id": "v"},
    }
    (issue,) = _warnings(element)
    assert (issue.path, issue.code, issue.message, issue.suggestion) == (
        "/elements/0/customAttributes/id",
        "field_ignored",
        "'customAttributes': 'id' is never emitted, so it is ignored",
        "the DSL's own field says it: id: ...",
    )


def test_fields_a_checkbox_or_slider_input_draws_are_not_warned_of() -> None:
    warnings = _warnings(
        {"type": "input", "inputType": "checkbox", "checked": True},
        {"type": "input", "inputType": "range", "value": 40, "min": 0, "max": 80, "step": 5},
    )
    assert warnings == []
    # a text field draws neither: still said
    assert _at(_warnings({"type": "input", "checked": True}), "/elements/0/checked").code == "field_ignored"


# 2 and 16. a chosen option, an open entry or a step that is none of the element's


@pytest.mark.parametrize(
    ("element", "path", "message", "suggestion"),
    [
        ({"type": "select", "options": ["English", "Deutsch"], "value": "Klingon"}, "/elements/0/value",
         "'Klingon' is none of the select's options: it is drawn in the box all the same",
         "name an option by its label (or its value): English, Deutsch"),
        ({"type": "radio", "options": ["Monthly", "Yearly"], "value": "Weekly"}, "/elements/0/value",
         "'Weekly' is none of the radio's options: no option is drawn chosen",
         "name an option by its label (or its value): Monthly, Yearly"),
        ({"type": "radio", "options": ["Monthly", "Yearly"], "value": "yearly"}, "/elements/0/value",
         "'yearly' is none of the radio's options: no option is drawn chosen", "did you mean 'Yearly'?"),
        ({"type": "accordion", "items": ["a", "b"], "active": 5}, "/elements/0/active",
         "section 5 is outside 0..1 (0-based), or -1 to close every section", None),
        ({"type": "stepper", "items": ["a", "b", "c"], "active": "Nope"}, "/elements/0/active",
         "no step is labelled 'Nope'", "name one by its label (a, b, c) or its index, 0..2"),
        ({"type": "stepper", "items": ["a", "b", "c"], "active": 7}, "/elements/0/active",
         "step 7 is outside 0..2 (0-based), or 3 for every step done", None),
        ({"type": "tabs", "items": ["Home", "Profile"], "active": "Settings"}, "/elements/0/active",
         "no tab is labelled 'Settings'", "name one by its label (Home, Profile) or its index, 0..1"),
    ],
)  # fmt: skip
def test_a_choice_that_names_nothing_the_element_shows_warns(
    element: dict[str, Any], path: str, message: str, suggestion: str | None
) -> None:
    issue = _at(_warnings(element), path)
    assert (issue.code, issue.message, issue.suggestion) == ("out_of_range", message, suggestion)


@pytest.mark.parametrize(
    "element",
    [
        {"type": "select", "options": ["English", "Deutsch"], "value": "Deutsch"},
        {"type": "select", "options": [{"label": "Germany", "value": "de"}], "value": "de"},
        {"type": "radio", "options": [{"label": "Ten", "value": 10}], "value": 10},
        {"type": "accordion", "items": ["a", "b"], "active": -1},
        {"type": "accordion", "items": ["a", "b"], "active": "b"},
        {"type": "stepper", "items": ["a", "b", "c"], "active": 3},
        {"type": "stepper", "items": ["Cart", "Pay"], "active": "pay"},
        {"type": "tabs", "items": ["Home", "Profile"], "active": "1"},
    ],
)
def test_a_choice_the_compiler_finds_does_not_warn(element: dict[str, Any]) -> None:
    assert [issue for issue in _warnings(element) if issue.code == "out_of_range"] == []


def test_a_radio_value_that_is_no_option_checks_none_as_the_validator_says() -> None:
    assert "is-checked" in render_element(type="radio", options=["Monthly", "Yearly"], value="Yearly")
    assert "is-checked" not in render_element(type="radio", options=["Monthly", "Yearly"], value="Weekly")


# 5 and 14. a picture's src


def test_a_real_embedded_picture_is_drawable_and_placeholders_are_not() -> None:
    png = base64.b64encode(_png()).decode()
    assert is_drawable_image_uri(f"data:image/png;base64,{png}")
    assert is_drawable_image_uri(f"data:image/jpeg;base64,{png}")  # Chromium goes by the bytes
    assert is_drawable_image_uri("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg'></svg>")
    assert is_drawable_image_uri(
        "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E"
    )
    for placeholder in ("data:image/png;base64,...", "data:image/png;base64,AAAA", "data:image/png;base64,",
                        "data:text/plain;base64,aGk=", "hero.png"):  # fmt: skip
        assert not is_drawable_image_uri(placeholder), placeholder


SVG_TEXT = "<svg xmlns='http://www.w3.org/2000/svg' width='8' height='8'><rect width='8' height='8' fill='#16a34a'/></svg>"


def _svg_in(uri: str | None) -> bytes:
    assert uri is not None and uri.startswith("data:image/svg+xml;base64,"), uri
    return base64.b64decode(uri.split(",", 1)[1])


def test_an_svg_written_as_plain_text_is_written_as_chromium_draws_it() -> None:
    """Its `#` began the URL's fragment (Chromium drew the broken-image icon): the SVG goes
    whole, base64-encoded; one without its namespace (drawn as nothing) is given it, as is an
    XLink prefix used undeclared; an SVG named as a PNG is named as the SVG it is."""
    assert _svg_in(drawable_image_uri(f"data:image/svg+xml;utf8,{SVG_TEXT}")) == SVG_TEXT.encode()
    bare = SVG_TEXT.replace(" xmlns='http://www.w3.org/2000/svg'", "")
    assert _svg_in(drawable_image_uri(f"data:image/svg+xml,{bare}")).startswith(
        b'<svg xmlns="http://www.w3.org/2000/svg" width='
    )
    linked = "<svg width='2'><use xlink:href='%23a'/></svg>"
    assert b'xmlns:xlink="http://www.w3.org/1999/xlink"' in _svg_in(
        drawable_image_uri(f"data:image/svg+xml,{linked}")
    )
    named_png = "data:image/png;base64," + base64.b64encode(SVG_TEXT.encode()).decode()
    assert _svg_in(drawable_image_uri(named_png)) == SVG_TEXT.encode()
    png = base64.b64encode(_png()).decode()
    assert drawable_image_uri(f"data:image/svg+xml;base64,{png}") == f"data:image/png;base64,{png}"


def test_a_picture_written_as_chromium_draws_it_is_left_as_written() -> None:
    png = f"data:image/png;base64,{base64.b64encode(_png()).decode()}"
    escaped = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E"
    for uri in (png, escaped, f"data:image/svg+xml;base64,{base64.b64encode(SVG_TEXT.encode()).decode()}"):
        assert drawable_image_uri(f"  {uri} ") == uri


@pytest.mark.parametrize(
    ("src", "problem", "fix"),
    [
        ("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg'><circle r='3'>",
         "holds an SVG that is not well-formed XML (no element found, line 1, column 55)", "close every tag"),
        ("data:image/svg+xml,<svg xmlns='http://www.w3.org/1999/xhtml'/>",
             "holds an <svg> outside SVG's namespace (its xmlns is not http://www.w3.org/2000/svg)", "close every tag"),
        ("data:image/png;base64,iVBORw0KGgo=", "holds a PNG file whose picture data is missing or damaged",
         "embed the whole file"),
    ],
)  # fmt: skip
def test_a_picture_chromium_would_not_draw_warns_and_draws_the_placeholder(
    src: str, problem: str, fix: str
) -> None:
    issue = _at(_warnings({"type": "image", "src": src, "alt": "Logo"}), "/elements/0/src")
    assert issue.code == "invalid_data_uri"
    assert issue.message == f"'src' is a data: URI that {problem}, so a labelled placeholder is drawn"
    assert issue.suggestion is not None and issue.suggestion.startswith(fix)
    assert "is-placeholder" in render_element(type="image", src=src, alt="Logo")


def test_a_pngs_image_data_that_does_not_inflate_is_no_picture() -> None:
    real = _png()
    start = real.index(b"IDAT") + 4
    damaged = real[:start] + b"\x00" * 8 + real[start + 8 :]
    assert is_drawable_image_uri(f"data:image/png;base64,{base64.b64encode(real).decode()}")
    assert not is_drawable_image_uri(f"data:image/png;base64,{base64.b64encode(damaged).decode()}")


def test_a_style_url_of_an_svg_written_out_is_kept_and_written_as_chromium_draws_it() -> None:
    """Its quotes and brackets are the SVG's own, inside the url's quotes (the whole value was
    dropped as a fetch); its `#` is escaped as an image's is."""
    kept = sanitize_value(f'url("data:image/svg+xml;utf8,{SVG_TEXT}") center / 20px repeat')
    assert kept is not None and kept.endswith(") center / 20px repeat")
    assert _svg_in(kept.removeprefix('url("').split('")', 1)[0]) == SVG_TEXT.encode()
    escaped = "url('data:image/svg+xml;utf8,<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>')"
    assert sanitize_value(escaped) == escaped.replace("<", "\\3c ")


def test_the_formats_are_told_by_their_first_bytes() -> None:
    webp = io.BytesIO()
    Image.new("RGB", (2, 2)).save(webp, format="WEBP")
    gif = io.BytesIO()
    Image.new("RGB", (2, 2)).save(gif, format="GIF")
    assert [image_format(data) for data in (_png(), webp.getvalue(), gif.getvalue(), b"<svg/>", b"AAAA")] == [
        "png", "webp", "gif", "svg+xml", None,
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("src", "code", "message", "suggestion"),
    [
        ("data:image/png;base64,...", "invalid_data_uri",
         "'src' is a data: URI that holds no picture (its data is no PNG, JPEG, GIF, WebP, AVIF, BMP or SVG), "
         "so a labelled placeholder is drawn",
         "embed the whole file, base64-encoded: data:image/png;base64,iVBORw0KGgo..."),
        ("photos/a.jpg", "external_src",
         "'src' is a file's path, not a data: image, so a labelled placeholder is drawn (no file is ever read)",
         "embed the picture as data:image/png;base64,..., which may be as large as the document allows"),
    ],
)  # fmt: skip
def test_a_src_that_holds_no_picture_warns_at_its_path(
    src: str, code: str, message: str, suggestion: str
) -> None:
    issue = _at(_warnings({"type": "image", "src": src, "alt": "Team"}), "/elements/0/src")
    assert (issue.code, issue.message, issue.suggestion) == (code, message, suggestion)


def test_bare_base64_is_told_to_take_its_data_prefix() -> None:
    png = base64.b64encode(_png()).decode()
    assert bare_base64_image(png) == "png" and bare_base64_image("hero.png") is None
    issue = _at(_warnings({"type": "avatar", "name": "Ada", "src": png}), "/elements/0/src")
    assert (issue.code, issue.message) == (
        "invalid_data_uri",
        "'src' is a picture's base64 without its data: prefix, so the initials are drawn",
    )
    assert issue.suggestion == f"prefix it: data:image/png;base64,{png[:12]}..."


def test_embedded_pictures_and_bare_names_do_not_warn() -> None:
    png = base64.b64encode(_png()).decode()
    assert (
        _warnings(
            {"type": "image", "src": f"data:image/png;base64,{png}", "alt": "x"},
            {"type": "image", "src": "hero.jpg", "alt": "a placeholder captioned with its file name"},
        )
        == []
    )


def test_null_in_an_optional_field_means_the_field_is_absent() -> None:
    written = {
        "elements": [
            {"type": "button", "label": "Save", "icon": None, "variant": None, "disabled": None},
            {"type": "input", "label": "Email", "required": None, "readonly": None},
            {"type": "card", "title": "T", "children": None},
            {"type": "tabs", "items": [{"label": "A", "active": None, "disabled": None}]},
            {"type": "select", "label": "S", "options": [{"label": "a", "disabled": None}]},
        ],
        "frame": {"type": None},
    }
    result = validate_document(written)
    assert result.ok, result.errors
    assert result.document is not None
    button, field, card, tabs, select = result.document.elements
    assert (button.disabled, field.required, field.readonly, card.children) == (False, False, False, [])
    assert tabs.items is not None and not tabs.items[0].active
    assert select.options is not None and not select.options[0].disabled
    assert result.document.frame is not None and result.document.frame.type == "browser"


def test_null_in_a_required_field_is_still_an_error() -> None:
    chart = {"type": "chart", "data": {"labels": ["a"], "series": [{"name": "s", "values": None}]}}
    result = validate_document({"elements": [chart]})
    assert [e.path for e in result.errors] == ["/elements/0/data/series/0/values"]


@pytest.mark.parametrize(
    ("element", "path", "expected"),
    [
        ({"type": "progress", "value": True}, "/elements/0/value", "expected a number, got true"),
        ({"type": "slider", "value": False}, "/elements/0/value", "expected a number, got false"),
        ({"type": "rating", "value": True}, "/elements/0/value", "expected a number, got true"),
        ({"type": "slider", "min": True}, "/elements/0/min", "expected a number, got true"),
        (
            {"type": "heading", "text": "x", "level": True},
            "/elements/0/level",
            "expected an integer, got true",
        ),
        ({"type": "grid", "columns": True}, "/elements/0/columns", "expected an integer, got true"),
        ({"type": "pagination", "current": True}, "/elements/0/current", "expected an integer, got true"),
        ({"type": "textarea", "rows": True}, "/elements/0/rows", "expected an integer, got true"),
    ],
)
def test_a_boolean_where_a_number_goes_is_invalid_type(
    element: dict[str, Any], path: str, expected: str
) -> None:
    result = validate_document({"elements": [element]})
    assert [(e.code, e.path, e.message) for e in result.errors] == [("invalid_type", path, expected)]


def test_a_boolean_for_the_documents_size_is_invalid_type_and_booleans_stay_booleans() -> None:
    assert [
        e.path for e in validate_document({"width": True, "elements": [{"type": "text", "text": "x"}]}).errors
    ] == ["/width"]
    assert validate_document(
        {"elements": [{"type": "checkbox", "label": "a", "checked": True, "disabled": True}]}
    ).ok
    # a chip's active: true (selected) shares `active` with a tab list's index
    assert validate_document({"elements": [{"type": "chip", "text": "a", "active": True}]}).ok


def test_a_table_with_no_columns_and_an_empty_chart_are_warned_of() -> None:
    table = {"type": "table", "columns": [], "rows": [[1, 2], [3, 4]]}
    chart = {"type": "chart", "variant": "bar", "data": {"labels": [], "values": []}}
    result = validate_document({"elements": [table, chart]})
    assert result.ok
    assert [(w.code, w.path) for w in result.warnings] == [
        ("row_length", "/elements/0/columns"),
        ("chart_no_data", "/elements/1/data/values"),
    ]
    assert "2 rows" in result.warnings[0].message and result.warnings[1].suggestion
    assert validate_document({"elements": [{"type": "table", "rows": [[1, 2]]}]}).warnings == []
