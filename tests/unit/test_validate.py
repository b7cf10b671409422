"""validate_document: all errors at once, JSON-pointer paths, suggestions, semantic checks, warnings."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.hints.suggest import did_you_mean, nearby_or_all
from kernel.dsl.model import Document
from kernel.dsl.prepare import prepare_render
from kernel.dsl.style_rules import (
    STYLE_PROPERTIES,
    UNITLESS_PROPERTIES,
    check_stylesheet,
    css_value,
    style_problems,
    to_camel,
    to_kebab,
    unsafe_css_reason,
)
from kernel.dsl.validate import ValidationResult, validate_document
from kernel.errors import InvalidDocumentError, Issue


def _doc(*elements: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"width": 800, "height": 600, **fields, "elements": list(elements)}


def _by_path(issues: list[Issue]) -> dict[str, Issue]:
    return {issue.path: issue for issue in issues}


def _only(result: ValidationResult, path: str) -> Issue:
    matching = [i for i in result.errors if i.path == path]
    assert len(matching) == 1, result.errors
    return matching[0]


# --- valid documents --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        {"elements": []},
        {},
        '{"elements": [{"type": "text", "text": "hi"}]}',
        b"elements:\n  - type: heading\n    level: 2\n    text: Hello\n",
        _doc(
            {
                "type": "row",
                "gap": 12,
                "children": [
                    {"type": "button", "label": "Save", "variant": "primary", "icon": "check"},
                    {"type": "badge", "text": "new", "variant": "success"},
                    {"type": "chart", "variant": "line", "data": {"labels": ["a", "b"], "values": [1, 2]}},
                    {
                        "type": "table",
                        "columns": ["a", {"key": "b", "label": "B"}],
                        "rows": [[1, 2], {"a": 3}],
                    },
                ],
            },
            theme={"base": "dark", "primary": "#6366f1"},
            device="mobile",
            css=".x { color: red; background: url(data:image/png;base64,AAAA) }",
        ),
    ],
)
def test_valid_documents(source: Any) -> None:
    result = validate_document(source)
    assert result.ok, result.errors
    assert isinstance(result.document, Document)
    assert result.errors == []


def test_a_valid_document_is_returned_as_the_model() -> None:
    document = validate_document({"title": "t", "elements": [{"type": "text", "text": "x"}]}).document
    assert document is not None
    assert document.title == "t"
    assert document.elements[0].type == "text"


def test_a_render_of_an_invalid_document_raises_with_all_errors_and_warnings() -> None:
    with pytest.raises(InvalidDocumentError) as caught:
        prepare_render(_doc({"type": "buton", "onClick": "x()"}, {"type": "text", "txt": "a"}))
    assert {i.path for i in caught.value.issues} == {"/elements/0/type", "/elements/1/txt"}
    assert [w.code for w in caught.value.warnings] == ["ignored_event_handler"]


# --- schema errors: paths, messages, suggestions ------------------------------------------------


def test_unknown_type_with_suggestion_at_a_nested_path() -> None:
    data = _doc({"type": "card", "children": [{"type": "row", "children": [{"type": "buton"}]}]})
    issue = _only(validate_document(data), "/elements/0/children/0/children/0/type")
    assert issue.message == "unknown element type 'buton'"
    assert issue.suggestion == "did you mean 'button'?"
    assert issue.code == "unknown_type"


@pytest.mark.parametrize(
    ("written", "suggestion"),
    [
        (
            "dropdown",
            "use type: select for a form's choice, or type: menu for a list of actions or "
            "notifications opened from a button (an account's or a bell's dropdown)",
        ),
        (
            "carousel",
            "use an image, or a row of cards, with a stepper below as the slide dots: "
            "{type: stepper, variant: dots, items: [One, Two, Three], current: 0}",
        ),
        ("textbox", "did you mean 'input'?"),  # the spelling match said 'text'
        ("div", "did you mean 'container'?"),  # ... 'divider'
        ("graph", "did you mean 'chart'?"),  # ... 'paragraph'
        ("banner", "did you mean 'alert'?"),  # ... 'spinner'
        ("HStack", "did you mean 'row'?"),
        ("text_field", "did you mean 'input'?"),
        ("Progress-Bar", "did you mean 'progress'?"),
        ("h2", "use type: heading with level: 2"),
        ("password", "use type: input with inputType: password"),
        ("bottom-nav", "use type: tabs with variant: bottom"),
        ("buton", "did you mean 'button'?"),  # no hint: the spelling match still works
    ],
)
def test_element_types_from_other_vocabularies_say_what_to_write(written: str, suggestion: str) -> None:
    issue = _only(validate_document(_doc({"type": written})), "/elements/0/type")
    assert issue.code == "unknown_type"
    assert issue.suggestion == suggestion


@pytest.mark.parametrize(
    ("device", "suggestion"),
    [
        ("iphone", "use 'mobile', or give 'width' and 'height'"),
        ("iPhone 15", "use 'mobile', or give 'width' and 'height'"),
        ("pixel7", "use 'mobile', or give 'width' and 'height'"),
        ("ipad", "use 'tablet', or give 'width' and 'height'"),
        ("macbook-pro", "use 'laptop', or give 'width' and 'height'"),
        ("mobil", "did you mean 'mobile'?"),
    ],
)
def test_device_names_of_real_hardware_suggest_the_preset(device: str, suggestion: str) -> None:
    issue = _only(validate_document({"device": device, "elements": []}), "/device")
    assert issue.suggestion == suggestion


@pytest.mark.parametrize(
    ("device", "frame"), [("Mobile", "Phone"), (" TABLET ", "Tablet"), ("Laptop", "Browser")]
)
def test_a_device_and_a_frame_are_read_in_any_case_as_a_theme_or_a_variant_is(
    device: str, frame: str
) -> None:
    result = validate_document({"device": device, "frame": frame, "elements": []})
    assert not result.errors, result.errors
    document = result.document
    assert document is not None
    assert (document.device, document.frame) == (device.strip().lower(), frame.lower())


def test_every_type_hint_names_a_real_type() -> None:
    from kernel.dsl.catalog import ELEMENT_TYPES
    from kernel.dsl.hints.type_names import TYPE_RENAMES

    assert set(TYPE_RENAMES.values()) <= set(ELEMENT_TYPES)
    assert not set(TYPE_RENAMES) & set(ELEMENT_TYPES)


def test_unknown_type_without_close_match_lists_types() -> None:
    issue = _only(validate_document(_doc({"type": "zzzzqqq"})), "/elements/0/type")
    assert issue.suggestion is not None
    assert issue.suggestion.startswith("valid types:")
    assert "button" in issue.suggestion and "chart" in issue.suggestion


@pytest.mark.parametrize(
    ("element", "path", "suggestion"),
    [
        ({"type": "input", "placeholdr": "x"}, "/elements/0/placeholdr", "did you mean 'placeholder'?"),
        ({"type": "text", "styl": {}}, "/elements/0/styl", "did you mean 'style'?"),
        ({"type": "list", "items": [{"lable": "a"}]}, "/elements/0/items/0/lable", "did you mean 'label'?"),
        ({"type": "text", "layout": {"widht": 3}}, "/elements/0/layout/widht", "did you mean 'width'?"),
        (
            {"type": "chart", "data": {"labels": [], "series": [{"valus": [1]}]}},
            "/elements/0/data/series/0/valus",
            "did you mean 'values'?; a series takes 'name', 'values', 'color' and 'fill'",
        ),
        (
            {"type": "text", "zzzzqqq": 1},
            "/elements/0/zzzzqqq",
            "a text draws text, label, align and size, and any element id, className, style and layout",
        ),
    ],
)
def test_unknown_fields_point_at_the_field(
    element: dict[str, Any], path: str, suggestion: str | None
) -> None:
    issue = _only(validate_document(_doc(element)), path)
    assert issue.code == "unknown_field"
    assert issue.message.startswith("unknown field")
    assert issue.suggestion == suggestion


@pytest.mark.parametrize(
    ("field", "value", "suggestion"),
    [
        ("url", "https://x/a.png", "did you mean 'src'?"),
        ("content", "Hello", "did you mean 'text'?"),
        ("content", [{"type": "text"}], "child elements go in 'children'"),
        ("class", "wide", "did you mean 'className'?"),
        ("kind", "outline", "did you mean 'variant'?"),
        ("headers", ["Name"], "did you mean 'columns'?"),
        ("width", 300, "sizes and positions go in layout: {width: 300}"),
        ("top", "10%", 'sizes and positions go in layout: {y: "10%"}'),
        ("fullWidth", True, 'give it layout: {width: "100%"}'),
        ("backgroundColor", "#fff", 'CSS goes in style: {backgroundColor: "#fff"}'),
        ("font-size", 14, "CSS goes in style: {fontSize: 14}"),
        ("onPress", "go()", "mockups run no code: remove it"),
        ("links", ["Home"], "did you mean 'items'?"),
        ("helperText", "Your name", "did you mean 'hint'?"),
        ("footer", [{"label": "OK"}], "did you mean 'actions'?"),
        ("startIcon", "plus", "did you mean 'icon'?"),
        ("initials", "JD", "initials are drawn from 'name'"),
        ("trend", "up", "the sign of 'change' sets the trend"),
        ("deltaType", "decrease", "variant: success or danger sets its colour"),
        ("inverse", True, "variant: success or danger sets the colour of 'change'"),
        ("colour", "red", "did you mean 'color'?"),  # no hint: the spelling match still works
        ("brand", "Acme", "did you mean 'title'?"),
        ("ariaLabel", "Send", "a picture has no markup for assistive tech or tests"),
        ("tag", "Most popular", "did you mean 'badge'? A card draws it as a pill beside its title"),
        ("role", "button", "a picture has no markup for assistive tech or tests"),
        ("data-testid", "send", "a picture has no markup for assistive tech or tests"),
        ("logo", "Acme", "the brand's name goes in 'title'"),
        ("lang", "python", "a code element's language is 'language'"),
        ("filename", "app.py", "did you mean 'title'?"),
        ("showLineNumbers", True, "line numbers are not drawn: remove it"),
        ("page", 2, "did you mean 'current'?"),
        ("totalPages", 9, "did you mean 'total'?"),
    ],
)
def test_unknown_element_fields_from_other_vocabularies_say_what_to_write(
    field: str, value: Any, suggestion: str
) -> None:
    issue = _only(validate_document(_doc({"type": "card", field: value})), f"/elements/0/{field}")
    assert issue.code == "unknown_field"
    assert issue.suggestion is not None and suggestion in issue.suggestion, issue.suggestion


@pytest.mark.parametrize(
    ("field", "suggestion"),
    [
        ("components", "did you mean 'elements'?"),
        ("name", "did you mean 'title'?"),
        ("backgroundColor", "did you mean 'background'?"),
        ("size", "give 'width' and 'height' in px, or a 'device'"),
        ("type", "a document is not an element: put the element in elements: [{type: ...}]"),
    ],
)
def test_unknown_document_fields_from_other_vocabularies_say_what_to_write(
    field: str, suggestion: str
) -> None:
    issue = _only(validate_document({field: "x", "elements": []}), f"/{field}")
    assert issue.suggestion is not None and suggestion in issue.suggestion, issue.suggestion


def test_unknown_fields_below_elements_get_no_element_hint() -> None:
    """Inside `layout` (not an element) only the spelling match applies."""
    issue = _only(
        validate_document(_doc({"type": "card", "layout": {"widht": 3}})), "/elements/0/layout/widht"
    )
    assert issue.suggestion == "did you mean 'width'?"


def test_unknown_document_field() -> None:
    issue = _only(validate_document({"elments": []}), "/elments")
    assert issue.suggestion == "did you mean 'elements'?"


def test_unknown_theme_token() -> None:
    issue = _only(validate_document({"theme": {"primry": "#fff"}}), "/theme/primry")
    assert issue.suggestion == "did you mean 'primary'?"


@pytest.mark.parametrize(
    ("data", "path", "code", "fragment"),
    [
        ({"width": "wide"}, "/width", "invalid_type", "expected an integer, got 'wide'"),
        ({"width": 0}, "/width", "out_of_range", "must be at least 1, got 0"),
        (
            {"width": 9000},
            "/width",
            "limit_canvas_side",
            "canvas width 9,000 px exceeds the limit of 8,000 px",
        ),
        ({"scale": 5}, "/scale", "out_of_range", "must be at most 4"),
        ({"device": "phone"}, "/device", "invalid_value", "'phone' is not one of"),
        ({"elements": {"type": "text"}}, "/elements", "invalid_type", "expected a list, got an object"),
        ({"elements": ["text"]}, "/elements/0", "invalid_type", "expected an object"),
        ({"elements": [{}]}, "/elements/0/type", "missing_field", "missing required field 'type'"),
        (_doc({"type": "heading", "level": 7}), "/elements/0/level", "out_of_range", "at most 6"),
        (
            _doc({"type": "text", "layout": {"width": -1}}),
            "/elements/0/layout/width",
            "out_of_range",
            "at least 0",
        ),
        (
            _doc({"type": "text", "layout": {"x": "left"}}),
            "/elements/0/layout/x",
            "invalid_type",
            "expected a length (a number of px or a string such as '50%'), got 'left'",
        ),
        (
            _doc({"type": "text", "layout": {"width": "-5%"}}),
            "/elements/0/layout/width",
            "out_of_range",
            "at least 0",
        ),
        (
            _doc({"type": "text", "layout": {"height": True}}),
            "/elements/0/layout/height",
            "invalid_type",
            "got true",
        ),
        (
            _doc({"type": "text", "layout": {"maxWidth": "wide"}}),
            "/elements/0/layout/maxWidth",
            "invalid_type",
            "'wide'",
        ),
        (
            _doc({"type": "grid", "columns": "x"}),
            "/elements/0/columns",
            "invalid_type",
            "expected an integer or a list",
        ),
        (_doc({"type": "grid", "columns": 30}), "/elements/0/columns", "out_of_range", "at most 24"),
        (
            _doc({"type": "select", "options": [{"value": 1}]}),
            "/elements/0/options/0/label",
            "missing_field",
            "'label'",
        ),
        (
            _doc({"type": "text", "style": {"color": ["red"]}}),
            "/elements/0/style/color",
            "invalid_type",
            "got a list",
        ),
        (_doc({"type": "table", "rows": [[{}]]}), "/elements/0/rows/0/0/type", "missing_field", "'type'"),
        (
            _doc({"type": "text", "text": True}),
            "/elements/0/text",
            "invalid_type",
            "expected a string, got true",
        ),
    ],
)
def test_schema_errors(data: dict[str, Any], path: str, code: str, fragment: str) -> None:
    issue = _only(validate_document(data), path)
    assert issue.code == code
    assert fragment in issue.message


def test_a_bad_layout_length_suggests_how_to_write_one() -> None:
    issue = _only(
        validate_document(_doc({"type": "text", "layout": {"width": "auto"}})), "/elements/0/layout/width"
    )
    assert issue.suggestion is not None and "'50%'" in issue.suggestion and "240" in issue.suggestion


def test_a_css_expression_as_a_layout_length_is_sent_to_style_which_takes_it() -> None:
    element = {"type": "container", "layout": {"height": "calc(100vh - 92px)"}}
    issue = _only(validate_document(_doc(element)), "/elements/0/layout/height")
    assert issue.suggestion is not None and "goes in 'style' (height: ...)" in issue.suggestion
    styled = validate_document(_doc({"type": "container", "style": {"height": "calc(100vh - 92px)"}}))
    assert styled.ok, styled.errors


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        (240, 240.0),
        ("240", 240.0),
        ("240px", 240.0),
        (" 240 PX ", 240.0),
        ("50%", "50%"),
        ("12.50rem", "12.5rem"),
        (".5em", "0.5em"),
        ("100vw", "100vw"),
        ("40VH", "40vh"),
    ],
)
def test_layout_sizes_take_px_numbers_px_strings_and_relative_lengths(written: Any, kept: Any) -> None:
    result = validate_document(_doc({"type": "text", "layout": {"width": written, "x": written}}))
    assert result.errors == []
    assert result.document is not None
    layout = result.document.elements[0].layout
    assert layout is not None and layout.width == kept and layout.x == kept


def test_layout_offsets_may_be_negative_and_sizes_may_not() -> None:
    result = validate_document(_doc({"type": "text", "layout": {"x": "-10%", "y": -20, "height": "-1px"}}))
    assert [(i.path, i.code) for i in result.errors] == [("/elements/0/layout/height", "out_of_range")]
    assert (
        validate_document(_doc({"type": "text", "layout": {"x": float("inf")}})).errors[0].code
        == "non_finite_number"  # refused before the schema: no number is infinite
    )


def test_union_errors_are_reported_once_without_branch_names() -> None:
    result = validate_document(_doc({"type": "table", "rows": [[{}]], "columns": "x", "items": [5]}))
    paths = [i.path for i in result.errors]
    assert len(paths) == len(set(paths))
    for issue in result.errors:
        assert "[" not in issue.path and "constrained" not in issue.path
        assert not any(part in {"str", "int", "float", "Item"} for part in issue.path.split("/"))


def test_all_errors_at_once() -> None:
    data = {
        "width": "x",
        "scale": 9,
        "elements": [
            {"type": "buton"},
            {"type": "text", "style": {"opacity": 2, "colr": "red"}},
            {"type": "card", "children": [{"type": "heading", "level": 9}]},
        ],
        "css": ".a { width: expression(1) }",
    }
    result = validate_document(data)
    assert {i.path for i in result.errors} == {
        "/width",
        "/scale",
        "/elements/0/type",
        "/elements/1/style/opacity",
        "/elements/1/style/colr",
        "/elements/2/children/0/level",
        "/css",
    }
    assert result.document is None


def test_errors_are_sorted_by_path() -> None:
    # Twelve slips alike but for their values are one issue (see issue_groups.grouped_issues); its
    # paths are in order, /elements/10 after /elements/9.
    result = validate_document(_doc(*[{"type": f"buton{n}"} for n in range(12)]))
    (error,) = result.errors
    assert error.paths == tuple(f"/elements/{n}/type" for n in range(12))


@pytest.mark.parametrize(
    ("source", "code"),
    [
        (None, "empty_document"),
        ("", "empty_document"),
        ("- a\n- b\n", "invalid_type"),
        ("just a string", "invalid_type"),
        ('{"a": ', "parse_error"),
    ],
)
def test_not_a_document(source: Any, code: str) -> None:
    result = validate_document(source) if source is not None else validate_document("null")
    assert not result.ok
    assert result.errors[0].code == code
    assert result.errors[0].path == ""


def test_parse_error_result_has_line_and_column() -> None:
    result = validate_document("elements:\n  - type: text\n   text: x\n")
    (issue,) = result.errors
    assert issue.code == "parse_error"
    assert issue.line is not None and issue.column is not None


def test_filename_selects_the_parser() -> None:
    assert validate_document("{elements: []}", filename="a.yaml").ok
    assert not validate_document("{elements: []}", filename="a.json").ok


# --- semantic errors ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("style", "key", "code", "suggestion"),
    [
        ({"colr": "red"}, "colr", "unknown_style_property", "did you mean 'color'?"),
        ({"font-sise": 12}, "font-sise", "unknown_style_property", "did you mean 'fontSize'?"),
        (
            {"font-size": "huge_size"},
            "font-size",
            "invalid_style_value",
            None,
        ),  # the CSS spelling is checked too
        ({"fontSize": "too_large_size"}, "fontSize", "invalid_style_value", None),
        ({"opacity": 1.5}, "opacity", "invalid_style_value", None),
        ({"opacity": -0.1}, "opacity", "invalid_style_value", None),
        ({"opacity": "150%"}, "opacity", "invalid_style_value", None),
        ({"opacity": "half"}, "opacity", "invalid_style_value", None),
        ({"width": -5}, "width", "invalid_style_value", None),
        ({"backgroundImage": "image-set('a.png' 1x)"}, "backgroundImage", "unsafe_css", None),
        ({"width": "expression(alert(1))"}, "width", "unsafe_css", None),
        ({"background": "javascript:alert(1)"}, "background", "unsafe_css", None),
        ({"color": "red; position: fixed"}, "color", "invalid_style_value", None),
        ({"color": "red}</style><script>"}, "color", "unsafe_css", None),
        ({"behavior": "url(x.htc)"}, "behavior", "unknown_style_property", None),
    ],
)
def test_style_errors(style: dict[str, Any], key: str, code: str, suggestion: str | None) -> None:
    result = validate_document(_doc({"type": "text", "style": style}))
    issue = _only(result, f"/elements/0/style/{key}")
    assert issue.code == code
    if suggestion is not None:
        assert issue.suggestion == suggestion


@pytest.mark.parametrize("value", ["url(https://evil.test/x.png)", "u\\72 l(https://evil.test/x.png)"])
def test_a_fetched_url_in_a_style_is_left_out_with_a_warning_not_refused(value: str) -> None:
    """The earlier format's docs list `background: url(image.jpg)`: the picture is left out (nothing
    is fetched) and the rest of the document renders."""
    result = validate_document(_doc({"type": "text", "style": {"background": value}}))
    assert result.errors == []
    assert [(w.path, w.code) for w in result.warnings] == [("/elements/0/style/background", "external_src")]


def test_style_keys_may_be_written_as_in_css_and_mean_the_same() -> None:
    kebab = validate_document(_doc({"type": "text", "style": {"font-size": 14, "background-color": "#fff"}}))
    camel = validate_document(_doc({"type": "text", "style": {"fontSize": 14, "backgroundColor": "#fff"}}))
    assert kebab.errors == [] and kebab.warnings == []
    assert kebab.document is not None and camel.document is not None
    assert kebab.document.elements[0].style == camel.document.elements[0].style


@pytest.mark.parametrize(
    "style",
    [
        {"fontSize": 16},
        {"fontSize": "1.25rem"},
        {"fontSize": "12px"},
        {"fontSize": "large"},
        {"fontSize": "clamp(12px, 2vw, 20px)"},
        {"opacity": 0},
        {"opacity": "0.5"},
        {"opacity": "50%"},
        {"background": "linear-gradient(135deg, #667eea 0%, #764ba2 100%)"},
        {
            "backgroundImage": "url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC)"
        },
        {"backgroundImage": "url('data:image/svg+xml;utf8,x')"},
        {"margin": -4},
        {"lineHeight": "1.5", "fontWeight": 600, "zIndex": 3, "flex": 1},
        {"WebkitLineClamp": 2},
    ],
)
def test_style_values_that_pass(style: dict[str, Any]) -> None:
    result = validate_document(_doc({"type": "text", "style": style}))
    assert result.ok, result.errors


@pytest.mark.parametrize(
    "css",
    [
        ".a { width: expression(1) }",
        ".a { background: url(javascript:alert(1)) }",
        ".a { background: image-set('https://x/a.png' 1x) }",
        "</style><script>alert(1)</script>",
        "</STYLE >",
        ".a { behavior: url(x.htc) }",
    ],
)
def test_unsafe_css_is_an_error(css: str) -> None:
    result = validate_document({"css": css})
    issue = _only(result, "/css")
    assert issue.code == "unsafe_css"


def test_unknown_css_property_only_warns() -> None:
    result = validate_document(
        {
            "css": "body { invalid-css-property: value; color: red; --brand: #fff }",
            "elements": [{"type": "text", "text": "Hi"}],
        }
    )
    assert result.ok
    (warning,) = result.warnings
    assert (warning.path, warning.code) == ("/css", "unknown_css_property")
    assert "invalid-css-property" in warning.message


@pytest.mark.parametrize(
    ("element", "path", "suggestion"),
    [
        (
            {"type": "chart", "variant": "pi", "data": {"labels": [], "values": []}},
            "/elements/0/variant",
            "did you mean 'pie'?",
        ),
        (
            {"type": "chart", "variant": "radar", "data": {"labels": [], "values": []}},
            "/elements/0/variant",
            None,
        ),
    ],
)
def test_chart_variant_is_an_error(element: dict[str, Any], path: str, suggestion: str | None) -> None:
    issue = _only(validate_document(_doc(element)), path)
    assert issue.code == "invalid_value"
    if suggestion:
        assert issue.suggestion == suggestion


@pytest.mark.parametrize("variant", ["bar", "line", "area", "pie", "donut"])
def test_every_chart_variant_the_renderer_draws_is_valid(variant: str) -> None:
    chart = {"type": "chart", "variant": variant, "data": {"labels": ["a", "b"], "values": [1, 2]}}
    result = validate_document(_doc(chart))
    assert result.ok and result.warnings == [], (result.errors, result.warnings)


# --- warnings -----------------------------------------------------------------------------------


@pytest.mark.parametrize("handler", ["onClick", "onChange", "onHover", "customAttributes/onclick"])
def test_event_handlers_warn(handler: str) -> None:
    field, _, attribute = handler.partition("/")
    value: Any = {attribute: "doIt()"} if attribute else "doIt()"
    result = validate_document(_doc({"type": "button", "label": "x", field: value}))
    assert result.ok
    (warning,) = result.warnings
    assert (warning.path, warning.code) == (f"/elements/0/{handler}", "ignored_event_handler")
    assert "never emitted (mockups run no code)" in warning.message


@pytest.mark.parametrize(
    ("layout", "canvas", "warns"),
    [
        ({"x": 900, "y": 10}, {}, True),
        ({"x": 10, "y": 700}, {}, True),
        ({"x": -300, "y": 10, "width": 200}, {}, True),
        ({"x": 10, "y": 10}, {}, False),
        ({"x": 799, "y": 599}, {}, False),
        ({"x": 1000, "y": 10}, {"width": 1200}, False),
        ({"x": 1000, "y": 10}, {"device": "desktop"}, False),
        ({"x": 500, "y": 10}, {"device": "mobile"}, True),
        ({"x": "900px", "y": 10}, {}, True),
        ({"x": "-300px", "y": 10, "width": "200px"}, {}, True),
        ({"x": "120%", "y": 10}, {}, False),  # relative to a parent: not judged
    ],
)
def test_off_canvas_warning(layout: dict[str, Any], canvas: dict[str, Any], warns: bool) -> None:
    data = {**canvas, "elements": [{"type": "button", "label": "x", "layout": layout}]}
    result = validate_document(data)
    assert result.ok
    assert [w.code for w in result.warnings] == (["off_canvas"] if warns else [])
    if warns:
        assert result.warnings[0].path == "/elements/0/layout"


def test_children_of_a_non_container_warn() -> None:
    result = validate_document(_doc({"type": "button", "label": "x", "children": [{"type": "text"}]}))
    assert result.ok
    (warning,) = result.warnings
    assert (warning.path, warning.code) == ("/elements/0/children", "children_ignored")


@pytest.mark.parametrize(
    ("element", "field", "suggestion"),
    [
        ({"type": "container", "text": "Hi"}, "text", "put it in a text or paragraph element in 'children'"),
        ({"type": "list", "text": "Hi"}, "text", "its entries go in 'items'"),
        ({"type": "navbar", "text": "Hi"}, "text", "its name goes in 'title', its entries in 'items'"),
        ({"type": "avatar", "text": "Hi"}, "text", "the initials come from 'name'"),
        ({"type": "image", "text": "Hi"}, "text", "describe the picture in 'alt'"),
        ({"type": "container", "title": "Team"}, "title", "a heading element shows it"),
        ({"type": "stat", "label": "MRR", "actions": ["Open"]}, "actions", "button elements show them"),
        ({"type": "button", "label": "Go", "placeholder": "x"}, "placeholder", "only inputs, text areas"),
        ({"type": "grid", "items": ["a"]}, "items", "lists, menus, tabs"),
        (
            {"type": "list", "items": ["a"], "icon": "check"},
            "icon",
            "each entry takes its own: items: [{label",
        ),
        ({"type": "card", "icon": "zap", "placeholder": "x"}, "placeholder", "only inputs"),
    ],
)
def test_a_field_the_type_does_not_draw_warns_with_where_it_goes(
    element: dict[str, Any], field: str, suggestion: str
) -> None:
    result = validate_document(_doc(element))
    assert result.ok
    (warning,) = [w for w in result.warnings if w.code == "field_ignored"]
    assert (warning.path, warning.message) == (
        f"/elements/0/{field}",
        f"'{element['type']}' does not draw '{field}'",
    )
    assert warning.suggestion is not None and warning.suggestion.startswith(suggestion)


def test_fields_the_type_draws_do_not_warn() -> None:
    for element in (
        {"type": "card", "title": "T", "description": "D", "text": "x", "icon": "zap", "actions": ["Go"]},
        {"type": "header", "title": "T", "description": "D", "actions": ["Export"]},
        {"type": "input", "label": "Email", "placeholder": "you@example.com", "icon": "mail"},
        {"type": "paragraph", "text": "Hello"},
    ):
        result = validate_document(_doc(element))
        assert not [w for w in result.warnings if w.code == "field_ignored"], element


def test_children_of_containers_do_not_warn() -> None:
    result = validate_document(_doc({"type": "card", "children": [{"type": "text", "text": "x"}]}))
    assert result.warnings == []


@pytest.mark.parametrize(
    ("element", "path"),
    [
        ({"type": "badge", "text": "x", "variant": "sucess"}, "/elements/0/variant"),
        ({"type": "alert", "text": "x", "variant": "error"}, "/elements/0/variant"),
        ({"type": "button", "label": "x", "variant": "fancy"}, "/elements/0/variant"),
    ],
)
def test_unknown_variants_warn(element: dict[str, Any], path: str) -> None:
    result = validate_document(_doc(element))
    assert result.ok
    (warning,) = result.warnings
    assert (warning.path, warning.code) == (path, "unknown_variant")


def test_unknown_variant_suggestion() -> None:
    result = validate_document(_doc({"type": "badge", "text": "x", "variant": "sucess"}))
    assert result.warnings[0].suggestion == "did you mean 'success'?"


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"labels": ["a", "b"], "values": [1]}, "/elements/0/data/values"),
        (
            {"labels": ["a"], "series": [{"values": [1]}, {"values": [1, 2]}]},
            "/elements/0/data/series/1/values",
        ),
        ({"labels": ["a"]}, "/elements/0/data"),
    ],
)
def test_chart_data_warnings(data: dict[str, Any], path: str) -> None:
    result = validate_document(_doc({"type": "chart", "variant": "bar", "data": data}))
    assert result.ok
    assert [w.path for w in result.warnings] == [path]


def test_chart_without_data_warns() -> None:
    result = validate_document(_doc({"type": "chart"}))
    assert [w.code for w in result.warnings] == ["chart_no_data"]


def test_unknown_icons_warn_with_suggestion() -> None:
    element = {
        "type": "sidebar",
        "icon": "zzqqxx",
        "items": [{"label": "a", "icon": "setings"}, {"label": "b", "icon": "house"}],
    }
    result = validate_document(_doc(element, {"type": "icon", "name": "bel"}))
    assert result.ok
    found = _by_path(result.warnings)
    assert set(found) == {"/elements/0/icon", "/elements/0/items/0/icon", "/elements/1/name"}
    assert found["/elements/0/items/0/icon"].suggestion == "did you mean 'settings'?"
    assert all(w.code == "unknown_icon" for w in result.warnings)


def test_icon_check_can_be_replaced() -> None:
    result = validate_document(_doc({"type": "icon", "name": "anything"}), icon_exists=lambda name: True)
    assert result.warnings == []


def test_strict_turns_warnings_into_errors() -> None:
    data = _doc({"type": "button", "label": "x", "size": "huge"})
    assert validate_document(data).ok
    strict = validate_document(data, strict=True)
    assert not strict.ok
    assert strict.document is None
    assert [(i.code, i.kind) for i in strict.errors] == [("invalid_value", "drawn_wrong")]
    assert strict.warnings == []


def test_an_event_handler_is_a_note_strict_passes_and_strict_all_fails() -> None:
    """An earlier-format document's onClick changes nothing drawn: --strict must not reject it."""
    data = _doc({"type": "button", "label": "x", "onClick": "go()"})
    strict = validate_document(data, strict=True)
    assert strict.ok
    assert [(w.code, w.kind) for w in strict.warnings] == [("ignored_event_handler", "note")]
    assert [i.code for i in validate_document(data, strict="all").errors] == ["ignored_event_handler"]


def test_as_dict() -> None:
    result = validate_document(_doc({"type": "buton", "onClick": "x"}))
    out = result.as_dict()
    assert out["valid"] is False
    assert out["errors"][0] == {
        "path": "/elements/0/type",
        "message": "unknown element type 'buton'",
        "code": "unknown_type",
        "suggestion": "did you mean 'button'?",
    }
    assert out["warnings"][0]["code"] == "ignored_event_handler"


def test_yaml_source_with_semantic_and_schema_errors() -> None:
    source = "elements:\n  - type: text\n    style: {colour: red}\n  - type: buton\n"
    result = validate_document(source)
    assert {i.path for i in result.errors} == {"/elements/0/style/colour", "/elements/1/type"}


# --- style_rules and suggest helpers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "css"),
    [
        ("fontSize", 16, "16px"),
        ("width", 12.5, "12.5px"),
        ("opacity", 0.5, "0.5"),
        ("lineHeight", 1.4, "1.4"),
        ("flex", 1, "1"),
        ("zIndex", 10, "10"),
        ("color", "red", "red"),
    ],
)
def test_css_value(name: str, value: str | float, css: str) -> None:
    assert css_value(name, value) == css


@pytest.mark.parametrize(
    ("camel", "kebab"),
    [
        ("fontSize", "font-size"),
        ("WebkitLineClamp", "-webkit-line-clamp"),
        ("color", "color"),
        ("borderTopLeftRadius", "border-top-left-radius"),
    ],
)
def test_case_conversion(camel: str, kebab: str) -> None:
    assert to_kebab(camel) == kebab
    if not camel[0].isupper():
        assert to_camel(kebab) == camel


def test_allow_lists_are_consistent() -> None:
    assert UNITLESS_PROPERTIES <= STYLE_PROPERTIES
    assert all(name[0].isalpha() and "-" not in name for name in STYLE_PROPERTIES)


def test_unsafe_css_reason() -> None:
    assert unsafe_css_reason("color: red") is None
    assert unsafe_css_reason("background: url(data:image/png;base64,AA)") is None
    assert unsafe_css_reason("background: url(x.png)") is not None
    assert unsafe_css_reason("x: image(x.png)") is not None


def test_style_problems_for_non_scalar_value() -> None:
    (problem,) = style_problems("color", ["red"])
    assert problem.code == "invalid_style_value"


def test_check_stylesheet_ignores_custom_and_vendor_properties() -> None:
    errors, warnings = check_stylesheet(".a { --x: 1; -webkit-font-smoothing: auto; colr: red }")
    assert errors == []
    assert [w.message for w in warnings] == [
        "unknown CSS property 'colr' in css, rule '.a' (Chromium will ignore it)"
    ]
    assert warnings[0].suggestion == "did you mean 'color'?"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("buton", "did you mean 'button'?"), ("BUTTON", "did you mean 'button'?"), ("xyzzy", None)],
)
def test_did_you_mean(name: str, expected: str | None) -> None:
    assert did_you_mean(name, ["button", "badge", "text"]) == expected


def test_nearby_or_all() -> None:
    assert nearby_or_all("buton", ["button", "text"], what="types") == "did you mean 'button'?"
    assert nearby_or_all("cardd", ["card", "cards", "chart"], what="types").startswith("did you mean 'card'")
    assert nearby_or_all("xyzzy", ["b", "a"], what="types") == "valid types: a, b"


# --- positions in the source --------------------------------------------------------------------


def test_issues_from_text_carry_line_and_column() -> None:
    source = "elements:\n  - type: text\n    style: {colour: red}\n  - type: buton\n  - {type: select, options: [{value: 1}]}\n"
    found = {i.path: (i.line, i.column) for i in validate_document(source).errors}
    assert found == {
        "/elements/0/style/colour": (3, 13),
        "/elements/1/type": (4, 5),
        "/elements/2/options/0/label": (5, 30),  # missing: the position of the object that lacks it
    }


def test_json_issues_carry_line_and_column() -> None:
    source = '{\n  "width": "x",\n  "elements": [\n    {"type": "text", "onClick": "go()"}\n  ]\n}\n'
    result = validate_document(source)
    assert [(i.path, i.line, i.column) for i in result.errors] == [("/width", 2, 3)]
    assert [(i.path, i.line) for i in result.warnings] == [("/elements/0/onClick", 4)]


def test_mapping_sources_have_no_positions() -> None:
    (issue,) = validate_document({"width": "x"}).errors
    assert issue.line is None


@pytest.mark.parametrize(
    ("element", "path"),
    [
        ({"type": "pagination", "current": 12, "total": 10}, "/elements/0/current"),
        ({"type": "stepper", "items": ["a", "b"], "current": 3}, "/elements/0/current"),
        ({"type": "tabs", "items": ["a", "b"], "active": 5}, "/elements/0/active"),
        ({"type": "tabs", "items": ["Home", {"label": "Team"}], "active": "Teams"}, "/elements/0/active"),
        ({"type": "progress", "value": 120}, "/elements/0/value"),
        ({"type": "slider", "min": 0, "max": 10, "value": 11}, "/elements/0/value"),
        ({"type": "calendar", "month": "March"}, "/elements/0/month"),
        ({"type": "rating", "value": 7}, "/elements/0/value"),
        ({"type": "rating", "value": 9, "max": 8}, "/elements/0/value"),
    ],
)
def test_positions_past_the_content_warn(element: dict[str, Any], path: str) -> None:
    result = validate_document(_doc(element))
    assert result.ok
    assert [w.path for w in result.warnings] == [path]


@pytest.mark.parametrize(
    ("value", "says"), [("abc", "cannot read"), ("full", "cannot read"), ("5/0", "whole of 0")]
)
def test_a_progress_value_it_cannot_read_is_an_error_at_its_path(value: str, says: str) -> None:
    """An unreadable string drew an empty bar without a word."""
    issue = _only(validate_document(_doc({"type": "progress", "value": value})), "/elements/0/value")
    assert issue.code == "invalid_value" and says in issue.message and "780/1000" in (issue.suggestion or "")


@pytest.mark.parametrize("value", ["65", "65%", "780/1000", " 78 / 100 "])
def test_a_progress_value_it_reads_is_clean(value: str) -> None:
    result = validate_document(_doc({"type": "progress", "value": value}))
    assert result.ok and not result.warnings, (result.errors, result.warnings)


@pytest.mark.parametrize(
    "element",
    [
        {"type": "pagination", "current": 3, "total": 10},
        {"type": "stepper", "items": ["a", "b"], "current": 1},
        {"type": "tabs", "items": ["Home", {"label": "Team"}], "active": "Team"},
        {"type": "tabs", "items": ["a", "b"], "active": 0},
        {"type": "progress", "value": 40},
        {"type": "calendar", "month": "2025-03"},
        {"type": "rating", "value": 4.5},
        {"type": "rating", "value": "4/5"},
    ],
)
def test_positions_within_the_content_do_not_warn(element: dict[str, Any]) -> None:
    assert validate_document(_doc(element)).warnings == []


def test_unquoted_yaml_dates_validate() -> None:
    source = (
        "elements:\n"
        "  - type: calendar\n"
        "    value: 2025-07-17\n"
        "    events:\n"
        "      - {date: 2025-07-01, label: Launch}\n"
    )
    result = validate_document(source)
    assert result.ok, result.errors
    assert result.document is not None
    calendar = result.document.elements[0]
    assert calendar.value == "2025-07-17"
    assert calendar.events is not None and calendar.events[0].date == "2025-07-01"


def test_badge_variant_solid_is_known() -> None:
    """The badge renderer draws `solid`; the validator must not warn about it."""
    result = validate_document(_doc({"type": "badge", "text": "Featured", "variant": "solid"}))
    assert result.ok and result.warnings == []


def test_actions_and_nav_items_written_as_buttons_or_links_are_read_as_items() -> None:
    """Agents write an action as a whole button element; `type: button` says what it is anyway."""
    navbar = {
        "type": "navbar",
        "title": "Acme",
        "items": [{"type": "link", "label": "Docs", "active": True}],
        "actions": [
            {"type": "button", "text": "Sign in", "variant": "ghost"},
            {"type": "button", "label": "Start"},
        ],
    }
    result = validate_document(_doc(navbar))
    assert result.ok, result.errors
    assert result.document is not None
    (element,) = result.document.elements
    assert [action.text or action.label for action in element.actions or []] == ["Sign in", "Start"]


def test_an_item_of_another_element_type_says_where_elements_go() -> None:
    issue = _only(
        validate_document(_doc({"type": "navbar", "actions": [{"type": "avatar"}]})),
        "/elements/0/actions/0/type",
    )
    assert issue.code == "invalid_value"
    assert (
        issue.suggestion
        == "items are drawn as buttons or links; other elements go in the parent's 'children'"
    )


@pytest.mark.parametrize(
    ("item", "field", "suggestion"),
    [
        ({"title": "Docs"}, "title", "did you mean 'label'?"),
        ({"content": "Docs"}, "content", "did you mean 'label'?"),
    ],
)
def test_unknown_item_fields_say_what_to_write(item: dict[str, Any], field: str, suggestion: str) -> None:
    issue = _only(
        validate_document(_doc({"type": "navbar", "actions": [item]})), f"/elements/0/actions/0/{field}"
    )
    assert issue.code == "unknown_field"
    assert issue.suggestion is not None and suggestion in issue.suggestion, issue.suggestion


@pytest.mark.parametrize(
    ("element", "drawn"),
    [
        (
            {"type": "image", "src": "https://example.com/logo.png", "alt": "Logo"},
            "a labelled placeholder is drawn",
        ),
        (
            {"type": "avatar", "name": "Sam Ortega", "src": "//i.example.com/sam.jpg"},
            "the initials are drawn",
        ),
        ({"type": "video", "src": "file:///home/me/poster.png"}, "a plain poster is drawn"),
    ],
)
def test_a_picture_that_would_need_a_fetch_warns_with_what_is_drawn(
    element: dict[str, Any], drawn: str
) -> None:
    result = validate_document(_doc(element))
    assert result.ok
    (warning,) = [w for w in result.warnings if w.code == "external_src"]
    assert warning.path == "/elements/0/src"
    assert warning.message == f"'src' is not a data: image, so {drawn} (nothing is ever fetched)"
    assert warning.suggestion is not None and "data:image/png;base64" in warning.suggestion


@pytest.mark.parametrize(
    ("language", "suggestion"),
    [("pyhton", "did you mean 'python'?"), ("mermaid", "use a common name such as python")],
)
def test_a_code_language_the_highlighter_does_not_know_warns(language: str, suggestion: str) -> None:
    result = validate_document(_doc({"type": "code", "language": language, "text": "x = 1"}))
    assert result.ok
    (warning,) = [w for w in result.warnings if w.code == "unknown_language"]
    assert warning.path == "/elements/0/language"
    assert warning.message == f"unknown language '{language}': the code is drawn without colours"
    assert warning.suggestion is not None and suggestion in warning.suggestion


@pytest.mark.parametrize("language", ["python", "TS", "tsx", "sh", "console", "yml", "jsonc", "diff", "text"])
def test_the_languages_markdown_fences_use_are_known(language: str) -> None:
    result = validate_document(_doc({"type": "code", "language": language, "text": "x"}))
    assert not [w for w in result.warnings if w.code == "unknown_language"]


def test_embedded_pictures_missing_ones_and_bare_names_do_not_warn() -> None:
    for element in (
        {
            "type": "image",
            "src": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC",
            "alt": "x",
        },
        {"type": "image", "alt": "a placeholder on purpose"},
        {"type": "image", "src": "hero.jpg", "alt": "a placeholder captioned with its file name"},
        {"type": "avatar", "name": "Sam Ortega"},
    ):
        assert not [w for w in validate_document(_doc(element)).warnings if w.code == "external_src"], element


@pytest.mark.parametrize(
    ("document", "path", "suggestion"),
    [
        ({"elements": {"type": "heading", "text": "Hi"}}, "/elements", "make it a list, even of one element"),
        (
            {"elements": [{"type": "card", "children": {"type": "text", "text": "x"}}]},
            "/elements/0/children",
            "make it a list, even of one element",
        ),
        (
            {"elements": [{"type": "row", "children": ["Hello"]}]},
            "/elements/0/children/0",
            'an element is an object: {type: text, text: "Hello"}',
        ),
    ],
)
def test_elements_in_another_shape_say_how_to_write_them(
    document: dict[str, Any], path: str, suggestion: str
) -> None:
    issue = _only(validate_document(document), path)
    assert issue.code == "invalid_type"
    assert issue.suggestion is not None and issue.suggestion.startswith(suggestion), issue.suggestion


def test_yaml_text_cut_at_a_comma_says_to_quote_it() -> None:
    """In a flow mapping, `{type: heading, text: Simple, clear pricing}` ends the text at the comma."""
    result = validate_document("elements:\n  - {type: heading, text: Simple, clear pricing}\n")
    (issue,) = result.errors
    assert (issue.path, issue.code) == ("/elements/0/clear pricing", "unknown_field")
    assert issue.suggestion is not None and "quote text that holds one" in issue.suggestion


# --- words agents bring from other libraries, per element type ---------------------------------


@pytest.mark.parametrize(
    ("element", "field", "suggestion"),
    [
        *[
            ({"type": "stat", "label": "MRR", "value": "$9k", word: "+3%"}, word, "did you mean 'change'?")
            for word in ("delta", "diff", "difference", "percentChange")
        ],
        *[
            (
                {"type": "chart", word: "bar", "data": {"labels": ["a"], "values": [1]}},
                word,
                "a chart's kind is its 'variant': bar, line, area, pie or donut",
            )
            for word in ("chartType", "charttype", "graphType")
        ],
        *[
            (
                {"type": "chart", word: True, "data": {"labels": ["a"], "values": [1]}},
                word,
                "a legend is drawn by itself for a pie or donut and for several series: remove it",
            )
            for word in ("legend", "showLegend")
        ],
        ({"type": "chip", "text": "Remote", "selected": True}, "selected", "did you mean 'active'?"),
        (
            {"type": "radio", "options": ["Monthly", "Yearly"], "selected": "Yearly"},
            "selected",
            "the chosen option is 'value': value: \"Yearly\"",
        ),
        (
            {"type": "select", "options": ["S", "M"], "selected": True},
            "selected",
            "the chosen option is 'value': value: <an option's label>",
        ),
        ({"type": "toggle", "label": "Wi-Fi", "selected": True}, "selected", "did you mean 'checked'?"),
    ],
)
def test_unknown_fields_whose_meaning_depends_on_the_type_say_what_to_write(
    element: dict[str, Any], field: str, suggestion: str
) -> None:
    issue = _only(validate_document(_doc(element)), f"/elements/0/{field}")
    assert (issue.code, issue.message) == ("unknown_field", f"unknown field '{field}'")
    assert issue.suggestion == suggestion


def test_an_option_marked_selected_says_to_name_it_in_the_parents_value() -> None:
    element = {"type": "select", "label": "Plan", "options": ["Free", {"label": "Pro", "selected": True}]}
    issue = _only(validate_document(_doc(element)), "/elements/0/options/1/selected")
    assert issue.code == "unknown_field"
    assert issue.suggestion == "the chosen option is the select's 'value': put value: \"Pro\" on the select"


def test_an_item_marked_selected_says_active() -> None:
    element = {"type": "tabs", "items": [{"label": "Overview", "selected": True}, {"label": "Logs"}]}
    issue = _only(validate_document(_doc(element)), "/elements/0/items/0/selected")
    assert issue.suggestion == "did you mean 'active'?"


def test_a_chart_series_written_as_a_chartjs_dataset_says_name_and_values() -> None:
    element = {
        "type": "chart",
        "data": {"labels": ["Q1", "Q2"], "series": [{"label": "Sales", "data": [1, 2]}]},
    }
    (error,) = validate_document(_doc(element)).errors  # one error, not three (label, data, values)
    assert (error.path, error.code) == ("/elements/0/data/series/0", "unknown_field")
    assert error.message == "a chart series is written {name, values}, not with label, data"
    assert error.suggestion == 'write {name: "Sales", values: [1, 2]}'


@pytest.mark.parametrize(
    ("field", "value", "shown"),
    [
        ("flex", 1, "flex: 1"),
        ("flexGrow", 1, "flexGrow: 1"),
        ("padding", 16, "padding: 16"),
        ("margin", "0 auto", 'margin: "0 auto"'),
        ("gap", 8, "gap: 8"),
        ("alignSelf", "center", 'alignSelf: "center"'),
    ],
)
def test_css_in_layout_says_it_goes_in_style(field: str, value: Any, shown: str) -> None:
    issue = _only(
        validate_document(_doc({"type": "card", "layout": {field: value}})), f"/elements/0/layout/{field}"
    )
    assert issue.code == "unknown_field"
    assert issue.suggestion == f"layout holds x, y and sizes; other CSS goes in style: {{{shown}}}"


def test_left_and_top_in_layout_say_x_and_y() -> None:
    found = _by_path(validate_document(_doc({"type": "card", "layout": {"left": 10, "top": 20}})).errors)
    assert found["/elements/0/layout/left"].suggestion == "did you mean 'x'?"
    assert found["/elements/0/layout/top"].suggestion == "did you mean 'y'?"


@pytest.mark.parametrize(
    ("kind", "suggestion"),
    [
        (
            "progress",
            "the percentage is drawn beside a 'label' (unless the label holds a '%' itself) and inside "
            "a ring; 'text' draws your own figure in its place (text: \"9/24\"); a bar without a label "
            "draws no figure: remove it",
        ),
        (
            "slider",
            "the value is drawn beside a 'label', with min and max below the track; a slider without a "
            "label draws the track alone: remove it",
        ),
    ],
)
def test_show_value_says_when_the_figure_is_drawn(kind: str, suggestion: str) -> None:
    issue = _only(
        validate_document(_doc({"type": kind, "value": 40, "showValue": False})), "/elements/0/showValue"
    )
    assert issue.code == "unknown_field"
    assert issue.suggestion == suggestion


@pytest.mark.parametrize(
    ("field", "written", "read"),
    [
        ("justify", "space-between", "between"),
        ("justify", "space-around", "around"),
        ("justify", "space-evenly", "evenly"),
        ("justify", "flex-end", "end"),
        ("align", "flex-start", "start"),
        ("align", "flex-end", "end"),
        ("align", "right", "end"),
        ("align", "middle", "center"),
        ("justify", "left", "start"),
    ],
)
def test_css_alignment_words_read_as_the_dsls(field: str, written: str, read: str) -> None:
    result = validate_document(_doc({"type": "row", field: written}))
    assert result.ok and result.warnings == [], result.errors
    assert result.document is not None
    assert getattr(result.document.elements[0], field) == read


def test_a_justify_word_on_align_is_still_an_error() -> None:
    issue = _only(validate_document(_doc({"type": "row", "align": "space-between"})), "/elements/0/align")
    assert issue.code == "invalid_value"


@pytest.mark.parametrize(
    ("row", "path", "instead"),
    [
        (["Task", {"type": "chart", "title": "Burn-down"}], "/elements/0/rows/0/1/type", 'write "Burn-down"'),
        (
            {"task": "Ship", "state": [{"type": "button", "icon": "pencil"}, {"type": "card"}]},
            "/elements/0/rows/0/state/1/type",
            "put the card beside the table",
        ),
    ],
)
def test_an_element_no_cell_draws_says_which_ones_do(row: Any, path: str, instead: str) -> None:
    """A cell draws controls (a checkbox, icon buttons); a chart or a card in one is refused,
    and the error names the types a cell draws."""
    element = {"type": "table", "columns": ["task", "state"], "rows": [row]}
    issue = _only(validate_document(_doc(element)), path)
    assert issue.code == "invalid_type"
    assert issue.message.endswith("cannot be drawn in a table cell")
    assert issue.suggestion is not None
    assert issue.suggestion.startswith(
        "a table cell draws checkbox, toggle, radio, button, link, badge, chip, avatar, icon, progress, "
        "rating, spinner, input or select elements; "
    )
    assert instead in issue.suggestion


@pytest.mark.parametrize(
    "row",
    [
        ["Ship", {"type": "checkbox", "checked": True}],
        [
            "Ship",
            [{"type": "button", "icon": "pencil", "variant": "ghost"}, {"type": "link", "text": "View"}],
        ],
        {"task": "Ship", "state": {"type": "badge", "text": "Blocked", "variant": "danger"}},
        ["Ship", {"type": "progress", "value": 65}],
    ],
)
def test_controls_in_cells_are_valid(row: Any) -> None:
    element = {"type": "table", "columns": ["task", "state"], "rows": [row]}
    result = validate_document(_doc(element))
    assert result.ok and result.warnings == [], (result.errors, result.warnings)


def test_an_element_in_a_cell_is_judged_as_an_element() -> None:
    """A misspelt type suggests among the types a cell draws; a cell's element warns of its
    unknown variant and icon as it would anywhere."""
    element = {
        "type": "table",
        "columns": ["task", "state"],
        "rows": [
            ["A", {"type": "chekbox"}],
            ["B", [{"type": "button", "icon": "pencl", "variant": "ghots"}]],
        ],
    }
    result = validate_document(_doc(element))
    (error,) = result.errors
    assert (error.path, error.code, error.suggestion) == (
        "/elements/0/rows/0/1/type",
        "unknown_type",
        "did you mean 'checkbox'?",
    )
    warned = {(w.path, w.code) for w in result.warnings}
    assert warned == {
        ("/elements/0/rows/1/1/0/variant", "unknown_variant"),
        ("/elements/0/rows/1/1/0/icon", "unknown_icon"),
    }


def test_an_object_cell_without_a_type_says_what_cells_hold() -> None:
    element = {"type": "table", "columns": ["task", "state"], "rows": [["Ship", {"label": "Blocked"}]]}
    issue = _only(validate_document(_doc(element)), "/elements/0/rows/0/1/type")
    assert issue.code == "missing_field"
    assert issue.suggestion is not None
    assert issue.suggestion.startswith("a table cell holds text, a number, true or false")
    assert issue.suggestion.endswith('write "Blocked", or give the element its type')


def test_a_cells_list_of_texts_says_what_cells_hold() -> None:
    element = {"type": "table", "columns": ["task", "tags"], "rows": [["Ship", ["urgent", "web"]]]}
    result = validate_document(_doc(element))
    issue = _only(result, "/elements/0/rows/0/1/0")
    assert issue.code == "invalid_type"
    assert issue.suggestion is not None and issue.suggestion.startswith("a table cell holds text")


def test_yaml_text_cut_at_a_comma_before_a_single_word_says_to_quote_it() -> None:
    """`text: Cardiologist · MD, FACC` ends the text at the comma; FACC becomes a key with no value."""
    result = validate_document("elements:\n  - {type: text, text: Cardiologist · MD, FACC}\n")
    (issue,) = result.errors
    assert (issue.path, issue.code) == ("/elements/0/FACC", "unknown_field")
    assert issue.suggestion is not None and "quote text that holds one" in issue.suggestion


def test_a_number_cut_at_a_thousands_comma_says_to_quote_it() -> None:
    result = validate_document("elements:\n  - {type: stat, label: Users, value: 1,234}\n")
    (issue,) = result.errors
    assert (issue.path, issue.code) == ("/elements/0/234", "invalid_value")
    assert issue.suggestion is not None and "quote text that holds one" in issue.suggestion


def test_a_bare_flag_after_the_type_is_not_taken_for_a_cut_text() -> None:
    result = validate_document("elements:\n  - {type: divider, vertical}\n")
    (issue,) = result.errors
    assert (issue.path, issue.code) == ("/elements/0/vertical", "unknown_field")
    assert issue.suggestion is None or "comma" not in issue.suggestion


@pytest.mark.parametrize("kind", ["select", "radio"])
def test_items_on_a_choice_say_the_choices_go_in_options(kind: str) -> None:
    result = validate_document(_doc({"type": kind, "items": ["A", "B"]}))
    (warning,) = [w for w in result.warnings if w.code == "field_ignored"]
    assert (warning.path, warning.message) == ("/elements/0/items", f"'{kind}' does not draw 'items'")
    assert warning.suggestion == "the choices go in 'options': options: [A, B], and the chosen one in 'value'"


@pytest.mark.parametrize(
    "element",
    [
        {"type": "avatar", "name": "Dana", "description": "Sales Manager"},
        {"type": "avatar", "items": ["Ken Adams", "Lena Ortiz"], "max": 3},
    ],
)
def test_what_an_avatar_draws_does_not_warn(element: dict[str, Any]) -> None:
    result = validate_document(_doc(element))
    assert result.ok and result.warnings == []


@pytest.mark.parametrize(
    ("element", "message", "suggestion"),
    [
        (
            {"type": "avatar", "description": "Sales Manager"},
            "an avatar draws 'description' only beside a name",
            "give it a 'name': the initials and the caption's first line",
        ),
        (
            {"type": "avatar", "items": ["Ken Adams"], "description": "Team"},
            "a group of avatars ('items') draws no caption",
            "put it in a text or paragraph element next to it",
        ),
    ],
)
def test_an_avatar_caption_that_cannot_show_warns(
    element: dict[str, Any], message: str, suggestion: str
) -> None:
    (warning,) = validate_document(_doc(element)).warnings
    assert (warning.path, warning.code, warning.message) == (
        "/elements/0/description",
        "field_ignored",
        message,
    )
    assert warning.suggestion == suggestion


@pytest.mark.parametrize(
    ("element", "suggestion"),
    [
        (
            {"type": "badge", "text": "Late", "color": "red"},
            'use variant: danger (or style: {color: "red"} for the text colour alone)',
        ),
        (
            {"type": "button", "label": "Go", "color": "green"},
            'use variant: success (or style: {color: "green"} for the text colour alone)',
        ),
        (
            {"type": "paragraph", "text": "Hi", "color": "red"},
            'the text colour goes in style: {color: "red"}',
        ),
        (
            {"type": "badge", "text": "New", "color": "#7c3aed"},
            'the text colour goes in style: {color: "#7c3aed"}',
        ),
        (
            {"type": "chart", "color": "red", "data": {"labels": ["a"], "values": [1]}},
            "each series takes its own: series: [{name: ..., values: [...], color: ...}]",
        ),
    ],
)
def test_color_on_a_type_that_does_not_draw_it_warns(element: dict[str, Any], suggestion: str) -> None:
    result = validate_document(_doc(element))
    assert result.ok
    (warning,) = result.warnings
    assert (warning.path, warning.code, warning.message) == (
        "/elements/0/color",
        "field_ignored",
        f"'{element['type']}' does not draw 'color'",
    )
    assert warning.suggestion == suggestion


def test_color_on_the_types_that_draw_it_does_not_warn() -> None:
    for element in (
        {"type": "icon", "name": "star", "color": "red"},
        {"type": "progress", "value": 40, "color": "red"},
        {"type": "rating", "value": 4, "color": "red"},
        {"type": "timeline", "items": ["Ordered"], "color": "red"},
    ):
        assert validate_document(_doc(element)).warnings == [], element


@pytest.mark.parametrize(
    ("size", "suggestion"),
    [
        ("xl", "a heading's size is its 'level': level: 1 (1 is the largest, 6 the smallest)"),
        ("sm", "a heading's size is its 'level': level: 4 (1 is the largest, 6 the smallest)"),
        (
            32,
            "a heading's size is its 'level': 1 (30 px) to 6 (13 px); another size goes in style: {fontSize: 32}",
        ),
    ],
)
def test_a_heading_size_says_level(size: Any, suggestion: str) -> None:
    (warning,) = validate_document(_doc({"type": "heading", "text": "Hi", "size": size})).warnings
    assert (warning.path, warning.code, warning.message) == (
        "/elements/0/size",
        "field_ignored",
        "'heading' does not draw 'size'",
    )
    assert warning.suggestion == suggestion


@pytest.mark.parametrize(
    ("element", "message", "suggestion"),
    [
        (
            {"type": "text", "text": "x", "variant": "muted"},
            "'text' has no variants; 'muted' is ignored",
            'a muted text takes style: {color: "var(--muted-foreground)"}',
        ),
        (
            {"type": "paragraph", "text": "x", "variant": "error"},
            "'paragraph' has no variants; 'error' is ignored",
            'a coloured text takes style: {color: "var(--danger)"}',
        ),
        (
            {"type": "text", "text": "x", "variant": "bogus"},
            "'text' has no variants; 'bogus' is ignored",
            "remove it; the look is set with style (color, background, fontSize...)",
        ),
        (
            {"type": "heading", "text": "x", "variant": "h1"},
            "'heading' has no variants; 'h1' is ignored",
            "a heading's size is its 'level': level: 1",
        ),
        (
            {"type": "card", "title": "Plan", "variant": "glass"},
            "unknown card variant 'glass'; the default look is used",
            "use one of danger, elevated, flat, info, muted, outline, success, warning",
        ),
        (
            {"type": "button", "label": "Delete", "variant": "destructive"},
            "'destructive' is not a variant of 'button'",
            "did you mean 'danger'?",
        ),
        (
            {"type": "alert", "text": "x", "variant": "error"},
            "'error' is not a variant of 'alert'",
            "did you mean 'danger'?",
        ),
        (
            {"type": "badge", "text": "x", "variant": "critical"},
            "'critical' is not a variant of 'badge'",
            "did you mean 'danger'?",
        ),
        (
            {"type": "toast", "text": "x", "variant": "warn"},
            "'warn' is not a variant of 'toast'",
            "did you mean 'warning'?",
        ),
        (
            {"type": "button", "label": "x", "variant": "default"},
            "'default' is not a variant of 'button'",
            "did you mean 'primary'?",
        ),
        (
            {"type": "button", "label": "x", "variant": "info"},
            "unknown button variant 'info'; the default look is used",
            "use one of danger, ghost, link, outline, primary, secondary, success",
        ),
    ],
)
def test_variants_are_checked_against_what_the_type_draws(
    element: dict[str, Any], message: str, suggestion: str
) -> None:
    result = validate_document(_doc(element))
    assert result.ok
    (warning,) = result.warnings
    assert (warning.path, warning.code, warning.message) == (
        "/elements/0/variant",
        "unknown_variant",
        message,
    )
    assert warning.suggestion == suggestion


# --- cards' covers and badges, buttons' badges and trailing icons, hints for other words --------


def test_a_cards_cover_and_badge_and_a_buttons_badge_and_icon_side_are_drawn_without_a_warning() -> None:
    for element in (
        {"type": "card", "src": "hero.png", "alt": "Hero", "title": "Post", "badge": "Most popular"},
        {"type": "button", "icon": "shopping-cart", "variant": "ghost", "badge": 3},
        {"type": "button", "label": "Next", "icon": "arrow-right", "iconPosition": "right"},
        {"type": "link", "text": "Read more", "icon": "arrow-right", "iconPosition": "end"},
    ):
        result = validate_document(_doc(element))
        assert result.ok and result.warnings == [], (element, result.errors, result.warnings)


def test_a_cards_src_to_fetch_warns_that_a_placeholder_is_its_cover() -> None:
    result = validate_document(
        _doc({"type": "card", "src": "https://cdn.example.com/hero.jpg", "title": "T"})
    )
    (warning,) = [w for w in result.warnings if w.code == "external_src"]
    assert (warning.path, warning.message) == (
        "/elements/0/src",
        "'src' is not a data: image, so a labelled placeholder is drawn as its cover (nothing is ever fetched)",
    )


@pytest.mark.parametrize(
    ("element", "field", "suggestion"),
    [
        ({"type": "heading", "text": "Plans", "badge": "New"}, "badge", "a badge element next to it shows it"),
        ({"type": "sidebar", "items": ["Inbox"], "badge": 4}, "badge", "each entry takes its own: items: [{label: ..., badge: 3}]"),
        ({"type": "badge", "badge": "New"}, "badge", "a badge's words go in 'text'"),
        ({"type": "button", "label": "Go", "src": "data:image/png;base64,AA=="}, "src", "an image element shows a picture"),
        ({"type": "badge", "text": "Tag", "icon": "tag", "iconPosition": "end"}, "iconPosition", "only buttons, links and chips"),
    ],
)  # fmt: skip
def test_a_badge_src_or_icon_side_the_type_does_not_draw_warns(
    element: dict[str, Any], field: str, suggestion: str
) -> None:
    result = validate_document(_doc(element))
    assert result.ok
    (warning,) = [w for w in result.warnings if w.code == "field_ignored"]
    assert (warning.path, warning.message) == (
        f"/elements/0/{field}",
        f"'{element['type']}' does not draw '{field}'",
    )
    assert warning.suggestion is not None and warning.suggestion.startswith(suggestion), warning.suggestion


def test_a_chips_icon_after_its_text_is_drawn_and_not_warned() -> None:
    """A filter chip's chevron after its text ("Type v"): chips draw `iconPosition: end`."""
    chip = {"type": "chip", "text": "Type", "icon": "chevron-down", "iconPosition": "end"}
    assert not [w for w in validate_document(_doc(chip)).warnings if w.path == "/elements/0/iconPosition"]


@pytest.mark.parametrize(
    ("element", "field", "suggestion"),
    [
        ({"type": "rating", "value": 4.5, "count": 212}, "count", "the review count goes in 'label': label: \"212 reviews\""),
        ({"type": "rating", "value": 4.5, "reviews": "1,204"}, "reviews", "the review count goes in 'label': label: \"1,204 reviews\""),
        ({"type": "accordion", "items": ["A", "B"], "open": 1}, "open", "the open entry is named by 'active'"),
        ({"type": "text", "text": "$49", "strikethrough": True}, "strikethrough", "CSS goes in style: {textDecoration: line-through}"),
        ({"type": "text", "text": "$49", "lineThrough": True}, "lineThrough", "CSS goes in style: {textDecoration: line-through}"),
        ({"type": "paragraph", "text": "$49", "strike": True}, "strike", "CSS goes in style: {textDecoration: line-through}"),
        ({"type": "text", "text": "Total", "bold": True}, "bold", "CSS goes in style: {fontWeight: 600}"),
        ({"type": "heading", "text": "Total", "bold": False}, "bold", "CSS goes in style: {fontWeight: 400}"),
        ({"type": "text", "text": "Note", "italic": True}, "italic", "CSS goes in style: {fontStyle: italic}"),
        ({"type": "label", "text": "Note", "underline": True}, "underline", "CSS goes in style: {textDecoration: underline}"),
        ({"type": "link", "text": "Docs", "underline": True}, "underline", "did you mean variant: underline?"),
        ({"type": "button", "icon": "bell", "count": 3}, "count", "did you mean 'badge'?"),
        ({"type": "card", "title": "Pro", "tag": "Popular"}, "tag", "did you mean 'badge'?"),
        ({"type": "button", "label": "Next", "trailingIcon": "arrow-right"}, "trailingIcon", "the icon goes after the label with icon: arrow-right, iconPosition: end"),
        ({"type": "link", "text": "More", "iconRight": "chevron-right"}, "iconRight", "the icon goes after the label with icon: chevron-right, iconPosition: end"),
        ({"type": "button", "label": "Next", "endIcon": "arrow-right"}, "endIcon", "the icon goes after the label"),
        ({"type": "input", "label": "Email", "endIcon": "mail"}, "endIcon", "the icon is drawn before the label: use 'icon'; only buttons, links and chips"),
    ],
)  # fmt: skip
def test_other_vocabularies_words_for_counts_open_entries_text_looks_and_icon_sides_say_what_to_write(
    element: dict[str, Any], field: str, suggestion: str
) -> None:
    issue = _only(validate_document(_doc(element)), f"/elements/0/{field}")
    assert issue.code == "unknown_field"
    assert issue.suggestion is not None and issue.suggestion.startswith(suggestion), issue.suggestion


def test_an_accordion_entry_marked_open_says_active() -> None:
    element = {"type": "accordion", "items": [{"label": "Can I cancel?", "open": True}, "Refunds"]}
    issue = _only(validate_document(_doc(element)), "/elements/0/items/0/open")
    assert issue.suggestion == "did you mean 'active'? An open accordion entry says active: true"


def test_a_slider_given_a_range_draws_it_and_another_type_is_told_only_a_select_takes_a_list() -> None:
    slider = {"type": "slider", "label": "Price", "value": [20, 150], "max": 200}
    result = validate_document(_doc(slider))
    assert (result.errors, result.warnings) == ([], [])
    shaped = _only(validate_document(_doc({**slider, "value": {"from": 20, "to": 150}})), "/elements/0/value")
    assert (
        shaped.suggestion
        == "a slider's value is one number, or a range's two ends as a list: value: [20, 150]"
    )
    other = _only(validate_document(_doc({"type": "progress", "value": [20, 150]})), "/elements/0/value")
    assert (other.code, other.suggestion) == (
        "invalid_type",
        "only a select takes a list, its chosen options: {type: select, multiple: true, value: [A, B]}",
    )


@pytest.mark.parametrize(
    ("element", "path", "says"),
    [
        ({"type": "table", "columns": ["A"], "rows": [["x"]], "footer": ["Total"]}, "/elements/0/footer", "last row"),
        ({"type": "table", "columns": ["A"], "rows": [["x"]], "dense": True}, "/elements/0/dense", "density: compact"),
        ({"type": "accordion", "items": ["a"], "collapsed": True}, "/elements/0/collapsed", "active: -1"),
        ({"type": "sidebar", "items": [{"label": "P", "items": ["x"]}]}, "/elements/0/items/0/items", "one level deep"),
        ({"type": "sidebar", "items": [{"label": "Old", "level": 2}]}, "/elements/0/items/0/level", "one level deep"),
    ],
)  # fmt: skip
def test_what_tables_accordions_and_nav_entries_cannot_do_says_what_to_write(
    element: dict[str, Any], path: str, says: str
) -> None:
    issue = _only(validate_document(_doc(element)), path)
    assert issue.code == "unknown_field" and issue.suggestion is not None and says in issue.suggestion


# --- what testers writing mockups as agents wrote: sizes, hints, a finished stepper ---------------


@pytest.mark.parametrize(
    ("element", "message", "suggestion"),
    [
        (
            {"type": "text", "text": "Hi", "size": "huge"},
            "'huge' is not a size of 'text'; its default size is drawn",
            "use xs, sm, md, lg, xl or 2xl, or a font size in px (16)",
        ),
        (
            {"type": "badge", "text": "3", "size": 12},
            "12 is not a size of 'badge'; its default size is drawn",
            "use sm, md or lg",
        ),
        (
            {"type": "modal", "title": "Invite", "size": "full"},
            "'full' is not a size of 'modal'; its default size is drawn",
            "use sm, md, lg or xl, or a width in px (600)",
        ),
    ],
)
def test_a_size_the_type_does_not_know_warns_with_the_sizes_it_has(
    element: dict[str, Any], message: str, suggestion: str
) -> None:
    """The sizes a text, badge or modal draws pass (words, other libraries' words, px where the
    type takes px); any other is drawn at the default size, and says so."""
    result = validate_document(_doc(element))
    assert result.ok
    (warning,) = result.warnings
    assert (warning.path, warning.code, warning.message) == ("/elements/0/size", "invalid_value", message)
    assert warning.suggestion == suggestion
    known = {"text": ("xs", "md", "2xl", "Large", 15, "15px"), "badge": ("sm", "md", "lg", "small"),
             "modal": ("sm", "xl", "medium", 600)}[element["type"]]  # fmt: skip
    for size in known:
        assert validate_document(_doc({**element, "size": size})).warnings == [], size


@pytest.mark.parametrize(
    ("element", "field", "suggestion"),
    [
        (
            {"type": "divider", "title": "Earlier"},
            "title",
            "a divider shows its words as 'label': label: \"Earlier\"",
        ),
        (
            {"type": "avatar", "name": "Jordan", "label": "Online"},
            "label",
            "the caption beside the face, under the name, is 'description': description: \"Online\"; a "
            "status dot is status: online, away, busy or offline",
        ),
        (
            {"type": "icon", "name": "bell", "badge": 3},
            "badge",
            "a button draws a count on its icon's corner: {type: button, icon: bell, variant: ghost, badge: 3}",
        ),
    ],
)
def test_an_ignored_field_that_the_type_draws_under_another_name_says_which(
    element: dict[str, Any], field: str, suggestion: str
) -> None:
    (warning,) = validate_document(_doc(element)).warnings
    assert (warning.path, warning.code) == (f"/elements/0/{field}", "field_ignored")
    assert warning.suggestion == suggestion


@pytest.mark.parametrize(
    ("element", "path", "suggestion"),
    [
        ({"type": "badge", "text": "3", "count": 3}, "/elements/0/count", "a badge's number is its 'text': text: \"3\""),
        ({"type": "badge", "number": "12"}, "/elements/0/number", "a badge's number is its 'text': text: \"12\""),
        ({"type": "modal", "title": "Invite", "open": True}, "/elements/0/open", "a modal is always drawn open: remove it"),
        ({"type": "modal", "title": "Invite", "isOpen": True}, "/elements/0/isOpen", "a modal is always drawn open: remove it"),
        (
            {"type": "list", "items": [{"label": "Standup notes", "person": "Priya Raman"}]},
            "/elements/0/items/0/person",
            "did you mean 'avatar'? avatar: \"Priya Raman\" draws a face at the row's start",
        ),
        (
            {"type": "list", "items": [{"label": "Priya Raman", "avatarUrl": "https://x.io/p.png"}]},
            "/elements/0/items/0/avatarUrl",
            "did you mean 'avatar'? avatar: {src: data:image/png;base64,...} draws a face at the row's start",
        ),
        (
            {"type": "list", "items": [{"label": "Standup notes", "unread": True}]},
            "/elements/0/items/0/unread",
            "active: true draws the entry highlighted; a count of new messages goes in badge: 3",
        ),
        (
            {"type": "list", "items": [{"label": "Lamp", "image": "lamp.png"}]},
            "/elements/0/items/0/image",
            "an entry draws no picture: icon: image draws one in its place; for pictures, use rows of an image and text",
        ),
    ],
)  # fmt: skip
def test_counts_open_modals_and_list_entries_pictures_say_what_to_write(
    element: dict[str, Any], path: str, suggestion: str
) -> None:
    issue = _only(validate_document(_doc(element)), path)
    assert issue.code == "unknown_field"
    assert issue.suggestion == suggestion


def test_a_popover_is_a_card_or_menu_placed_by_coordinates() -> None:
    issue = _only(validate_document(_doc({"type": "popover", "text": "Hi"})), "/elements/0/type")
    assert issue.code == "unknown_type"
    assert issue.suggestion == (
        "use a card (or a menu) placed with layout: {x, y}; a tooltip is only a small text bubble"
    )


_TOKENS = "the theme's tokens are base, primary, background, surface, text, font, radius and density"


@pytest.mark.parametrize(
    ("token", "suggestion"),
    [
        (
            "primaryForeground",
            "the text on 'primary' is picked for contrast with it (white, or dark on a light primary): "
            f"remove it; {_TOKENS}",
        ),
        ("onPrimary", "the text on 'primary' is picked for contrast with it"),
        ("accent", _TOKENS),
        ("foreground", "did you mean 'text'? The theme's tokens are base, primary"),
        ("fontFamily", "did you mean 'font'? The theme's tokens are"),
        ("danger", f'{_TOKENS}; the danger colour is a CSS variable, set in css: ":root{{--danger: ...}}"'),
        ("primry", "did you mean 'primary'?"),
    ],
)
def test_an_unknown_theme_token_lists_the_tokens_there_are(token: str, suggestion: str) -> None:
    issue = _only(validate_document({"theme": {"primary": "#facc15", token: "#000"}}), f"/theme/{token}")
    assert issue.code == "unknown_field"
    assert issue.suggestion is not None and issue.suggestion.startswith(suggestion), issue.suggestion


def test_a_stepper_with_every_step_done_does_not_warn_and_draws_every_step_done() -> None:
    """`current` equal to the number of steps is the finished state; past it still warns."""
    from kernel.dsl.compiler import compile_html
    from kernel.dsl.options import Viewport

    steps = {"type": "stepper", "items": ["Cart", "Shipping", "Payment", "Review"]}
    result = validate_document(_doc({**steps, "current": 4}))
    assert result.ok and result.warnings == []
    html = compile_html(Document.model_validate(_doc({**steps, "current": 4})), Viewport(800, 600, 1.0))
    assert html.count('class="dsl-step is-done"') == 4 and "is-current" not in html
    (warning,) = validate_document(_doc({**steps, "current": 5})).warnings
    assert (warning.code, warning.message) == (
        "out_of_range",
        "step 5 is outside 0..3 (0-based), or 4 for every step done",
    )


@pytest.mark.parametrize(
    ("element", "path", "message"),
    [
        ({"type": "row", "gap": "lots"}, "/elements/0/gap", "expected a length"),
        ({"type": "row", "gap": -5}, "/elements/0/gap", "at least 0"),
        ({"type": "row", "padding": -4}, "/elements/0/padding", "at least 0"),
        ({"type": "column", "padding": "auto"}, "/elements/0/padding", "one to four lengths"),
        ({"type": "column", "padding": "1px 2px 3px 4px 5px"}, "/elements/0/padding", "one to four lengths"),
        # What could reach CSS is refused by the model itself (tests/integration/test_isolation.py).
        ({"type": "row", "gap": "url(http://x/gap)"}, "/elements/0/gap", "expected a length"),
        ({"type": "row", "padding": "1px;background:url(http://x)"}, "/elements/0/padding", "one to four"),
    ],
)
def test_a_gap_or_padding_that_is_not_a_length_is_an_error(
    element: dict[str, Any], path: str, message: str
) -> None:
    issue = _only(validate_document(_doc(element)), path)
    assert message in issue.message, issue


@pytest.mark.parametrize("padding", [12, "16px 0", "1rem 2rem 3rem 4rem", "0 24px", "5%"])
def test_css_padding_shorthand_is_accepted(padding: Any) -> None:
    column = {
        "type": "column",
        "padding": padding,
        "gap": "1rem",
        "children": [{"type": "text", "text": "A"}],
    }
    result = validate_document(_doc(column))
    assert result.ok and not result.warnings, result.errors


@pytest.mark.parametrize("holder", ["navbar", "card"])
def test_text_in_a_navbar_is_judged_on_the_theme_surface_as_in_a_card(holder: str) -> None:
    """Neon green on a white navbar (1.4:1) was warned in a card and not in a navbar, whose
    children were judged on an unknown ground."""
    neon = {"type": "text", "text": "128.00 BPM", "style": {"color": "#39ff14"}}
    result = validate_document(_doc({"type": holder, "title": "NEONMIX", "children": [neon]}))
    paths = [w.path for w in result.warnings if "contrast" in w.message]
    assert paths == ["/elements/0/children/0/style/color"], result.warnings


def test_an_edge_offset_in_layout_points_to_a_style_that_pins_it() -> None:
    """`layout: {right: 24}` was sent to `style: {right: 24}`, which does nothing without a position."""
    source = "elements:\n  - {type: toast, title: Saved, layout: {right: 24, bottom: 24}}\n"
    errors = validate_document(source, filename="a.yaml").errors
    hints = {error.path: error.suggestion or error.message for error in errors}
    assert "style: {position: absolute, right: 24}" in hints["/elements/0/layout/right"]
    assert "style: {position: absolute, bottom: 24}" in hints["/elements/0/layout/bottom"]
