"""Slips testers acting as AI agents made that validated silently and drew something else: a
text's words in `value`, HTML or Markdown in a text, a colour that is none, an empty document,
chart data as a bare list or `{x, y}`, a style written as CSS text, `type: navigation`, a
heading's `size: h1`, and `size` on a type that draws none."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.compiler import compile_html
from kernel.dsl.model import Document
from kernel.dsl.model.styles import css_declarations
from kernel.dsl.options import Viewport
from kernel.dsl.semantic.fields import VALUE_TYPES, fields_drawn_by
from kernel.dsl.semantic.looks import SIZE_TYPES
from kernel.dsl.validate import validate_document
from kernel.errors import Issue


def _warnings(element: dict[str, Any], **document: Any) -> list[Issue]:
    result = validate_document({"elements": [element], **document})
    assert result.errors == [], result.errors
    return result.warnings


def _only(issues: list[Issue], path: str) -> Issue:
    (issue,) = [issue for issue in issues if issue.path == path]
    return issue


# 1. a text's words written as `value`


@pytest.mark.parametrize(
    ("element", "suggestion"),
    [
        ({"type": "text", "value": "hi"}, "its words go in 'text': text: \"hi\""),
        ({"type": "heading", "value": "Welcome"}, "its words go in 'text': text: \"Welcome\""),
        ({"type": "paragraph", "value": "Body"}, "its words go in 'text': text: \"Body\""),
        ({"type": "label", "value": "Email"}, "its words go in 'text': text: \"Email\""),
        ({"type": "link", "value": "Docs"}, "its words go in 'text': text: \"Docs\""),
        ({"type": "chip", "value": "New"}, "its words go in 'text': text: \"New\""),
        ({"type": "button", "value": "Save"}, "its words go in 'label': label: \"Save\""),
        ({"type": "text", "value": 42}, "its words go in 'text': text: \"42\""),
        ({"type": "button", "label": "Save", "value": "save"}, "its words are its 'label': remove it"),
        ({"type": "tabs", "items": ["A", "B"], "value": "B"}, "the selected entry is 'active' (its index or label): active: \"B\""),
        ({"type": "pagination", "total": 9, "value": 3}, "did you mean 'current'? current: 3"),
    ],
)  # fmt: skip
def test_a_value_that_is_not_drawn_says_where_it_goes(element: dict[str, Any], suggestion: str) -> None:
    issue = _only(_warnings(element), "/elements/0/value")
    assert (issue.code, issue.message) == ("field_ignored", f"'{element['type']}' does not draw 'value'")
    assert issue.suggestion == suggestion


def test_a_text_value_is_an_error_with_strict() -> None:
    result = validate_document({"elements": [{"type": "text", "value": "hi"}]}, strict=True)
    assert [(issue.path, issue.code) for issue in result.errors] == [("/elements/0/value", "field_ignored")]


@pytest.mark.parametrize(
    "element",
    [
        {"type": "badge", "value": "New"},
        {"type": "code", "value": "x = 1"},
        {"type": "input", "value": "ada@example.com"},
        {"type": "stat", "label": "MRR", "value": "$12k"},
        {"type": "progress", "value": 40},
    ],
)
def test_types_that_draw_value_do_not_warn(element: dict[str, Any]) -> None:
    assert [issue for issue in _warnings(element) if issue.path.endswith("/value")] == []


VIEWPORT = Viewport(width=640, height=480, scale=1.0)
CONTENT = {"label": "Zq L", "title": "Zq T", "items": ["Zq a", "Zq b"], "icon": "zap", "name": "Dana Lee",
           "options": ["A", "B"], "children": [{"type": "text", "text": "c1"}]}  # fmt: skip


def _page(element: dict[str, Any]) -> str:
    document = Document.model_validate({"elements": [element]})
    return compile_html(document, VIEWPORT, theme=None, transparent=False)


def _with_content(kind: str) -> dict[str, Any]:
    element: dict[str, Any] = {"type": kind, **CONTENT}
    if kind == "chart":
        element["data"] = {"labels": ["a"], "values": [1]}
    if kind == "table":
        element |= {"columns": ["a"], "rows": [["x"]]}
    return element


@pytest.mark.parametrize("kind", ELEMENT_TYPES)
def test_value_types_are_the_types_that_draw_value(kind: str) -> None:
    """A type left out of VALUE_TYPES warns for `value`: it must draw none of these."""
    element = _with_content(kind)
    plain = _page(element)
    changes = any(
        _page({**element, "value": value}) != plain for value in (42, 3, "Zq v", True, "B", "2024-05-09")
    )
    if kind == "badge":  # its words when it has no text; the label wins here
        changes = _page({"type": "badge", "value": "Zq v"}) != _page({"type": "badge"})
    assert changes == (kind in VALUE_TYPES)


# 2. HTML and Markdown in a text are drawn as written


@pytest.mark.parametrize(
    ("text", "message", "suggestion"),
    [
        ("New to Nebula? <b>Create an account</b>", "HTML tags (<b>) in 'text' are drawn as written",
         'split it into a row: {type: row, gap: 4, children: [{type: text, text: "New to Nebula?"}, '
         '{type: text, text: "Create an account", style: {fontWeight: 600}}]}; a link is '
         '{type: link, text: "Create an account"}'),
        ("**Total**", "Markdown (**...**) in 'text' is drawn as written",
         "remove the marks; a bold text takes style: {fontWeight: 600}"),
        ("Read the [guide](https://example.com/guide)", "Markdown ([...](...)) in 'text' is drawn as written",
         'split it into a row: {type: row, gap: 4, children: [{type: text, text: "Read the"}, '
         '{type: link, text: "guide", href: "https://example.com/guide"}]}'),
        ("[link](url)", "Markdown ([...](...)) in 'text' is drawn as written",
         'a link is an element of its own: {type: link, text: "link", href: "url"}'),
        ("Line one<br>line two", "HTML tags (<br>) in 'text' are drawn as written",
         'a line break is a new line in the text: "first line\\nsecond line"'),
        ("Run `npm install`", "Markdown (`...`) in 'text' is drawn as written",
         'split it into a row: {type: row, gap: 4, children: [{type: text, text: "Run"}, '
         '{type: code, text: "npm install"}]}'),
        # a sentence around the code: a row would draw three columns, not running text
        ("Use the CLI to forward events, for example `tideline listen`; the secret is shown once.",
         "Markdown (`...`) in 'text' is drawn as written",
         "code cannot sit inside running text (a row of text, code and text draws three columns): "
         'write it plain in the sentence, text: "Use the CLI to forward events, for ex...", or give '
         'it its own line, the sentence then a code block under it: {type: code, text: "tideline listen"}'),
        # a reference is read once, as a browser reads it: written twice over it is drawn as `&mdash;`
        ("Paris &amp;mdash; France", "an HTML entity (&mdash;) in 'text' is drawn as written",
         "write the character itself: \u2014"),
        ("## Pricing", "Markdown (#) in 'text' is drawn as written",
         'a heading is an element of its own: {type: heading, level: 2, text: "Pricing"}'),
    ],
)  # fmt: skip
def test_markup_in_a_text_warns_with_what_to_write(text: str, message: str, suggestion: str) -> None:
    issue = _only(_warnings({"type": "text", "text": text}), "/elements/0/text")
    assert (issue.code, issue.message, issue.suggestion) == ("markup_in_text", message, suggestion)


def test_a_heading_written_with_hashes_is_told_its_level() -> None:
    issue = _only(_warnings({"type": "heading", "text": "# Welcome"}), "/elements/0/text")
    assert issue.suggestion == 'remove the #s: the size is the level: text: "Welcome", level: 1'


@pytest.mark.parametrize(
    "text",
    ["a < b", "5 * 3 = 15", "C++ and C#", ":-) ;) <3", "$5 * 2", "2 * (3 + 4) * 5", "Price* *Excludes tax",
     "*Terms apply", "Press <Enter> to send", "Wrap it in a <div>", "if a<b and c>d", "Issue #42",
     "# of seats", "R&D; AT&T", "see [1] and [2]", "f(x) = [a](b)", "snake_case __init__", "2**10",
     "~ 5 min", "100% * 2", "I <3 you"],
)  # fmt: skip
def test_prose_with_angle_brackets_stars_and_brackets_is_not_markup(text: str) -> None:
    assert _warnings({"type": "paragraph", "text": text}) == []


def test_a_code_element_never_warns_for_markup() -> None:
    assert _warnings({"type": "code", "text": "<b>**hi**</b> [x](y.md)", "language": "html"}) == []


def test_markup_warns_once_per_field_and_in_entries() -> None:
    warnings = _warnings(
        {"type": "card", "title": "<b>Pro</b> plan", "description": "**$9** *per* month",
         "actions": [{"label": "<b>Buy</b>"}], "children": []}
    )  # fmt: skip
    assert [(issue.path, issue.code) for issue in warnings] == [
        ("/elements/0/actions/0/label", "markup_in_text"),
        ("/elements/0/description", "markup_in_text"),
        ("/elements/0/title", "markup_in_text"),
    ]


# 3. colours that are no CSS colour


@pytest.mark.parametrize(
    ("document", "path", "message", "suggestion"),
    [
        ({"theme": {"primary": "purple-ish"}}, "/theme/primary",
         "'purple-ish' is not a CSS colour, so the theme's own primary is drawn instead",
         "did you mean 'purple'?"),
        ({"theme": {"text": "dark blue"}}, "/theme/text",
         "'dark blue' is not a CSS colour, so the theme's own text is drawn instead",
         "did you mean 'darkblue'?"),
        ({"background": "purpel"}, "/background", "'purpel' is not a CSS colour or image, so no background is drawn",
         "did you mean 'purple'?"),
        ({"background": "#zzz"}, "/background", "'#zzz' is not a CSS colour or image, so no background is drawn",
         'a hex colour is # and 3, 4, 6 or 8 digits 0-9 or a-f: "#7c3aed"'),
    ],
)  # fmt: skip
def test_document_colours_that_are_none_warn(
    document: dict[str, Any], path: str, message: str, suggestion: str
) -> None:
    issue = _only(_warnings({"type": "text", "text": "Hi"}, **document), path)
    assert (issue.code, issue.message, issue.suggestion) == ("invalid_color", message, suggestion)


@pytest.mark.parametrize(
    ("style", "name", "message", "suggestion"),
    [
        ({"backgroundColor": "#zzz"}, "backgroundColor", "backgroundColor '#zzz' is not a CSS colour, so it is not drawn",
         'a hex colour is # and 3, 4, 6 or 8 digits 0-9 or a-f: "#7c3aed"'),
        ({"color": "#12345"}, "color", "color '#12345' is not a CSS colour, so it is not drawn",
         'a hex colour has 3, 4, 6 or 8 digits, not 5: "#7c3aed"'),
        ({"color": "ff0000"}, "color", "color 'ff0000' is not a CSS colour, so it is not drawn",
         'did you mean "#ff0000"? (quoted: in YAML a bare # starts a comment)'),
        ({"color": "primary"}, "color", "color 'primary' is not a CSS colour, so it is not drawn",
         "the theme's primary colour is a CSS variable: \"var(--primary)\""),
        ({"borderColor": "red blu"}, "borderColor", "borderColor 'blu' is not a CSS colour, so it is not drawn",
         "did you mean 'blue'?"),
        ({"background": "grean"}, "background", "background 'grean' is not a CSS colour or image, so it is not drawn",
         "did you mean 'green'?"),
        ({"fill": "rgb(a, b, c)"}, "fill", "fill 'rgb(a, b, c)' is not a CSS colour, so it is not drawn",
         'write a hex colour such as "#7c3aed" or a CSS colour name such as purple'),
    ],
)  # fmt: skip
def test_style_colours_that_are_none_warn(
    style: dict[str, str], name: str, message: str, suggestion: str
) -> None:
    issue = _only(_warnings({"type": "text", "text": "Hi", "style": style}), f"/elements/0/style/{name}")
    assert (issue.code, issue.message, issue.suggestion) == ("invalid_color", message, suggestion)


def test_element_series_event_and_note_colours_are_checked() -> None:
    warnings = _warnings(
        {"type": "row", "children": [
            {"type": "icon", "name": "zap", "color": "blurple", "id": "z"},
            {"type": "chart", "data": {"labels": ["a"], "series": [{"values": [1], "color": "#ggg"}]}},
            {"type": "calendar", "month": "2025-03", "events": [{"date": "2025-03-02", "label": "x", "color": "redd"}]},
        ]},
        annotations=[{"target": "z", "text": "Note", "color": "magneta"}],
    )  # fmt: skip
    assert [(issue.path, issue.suggestion) for issue in warnings if issue.code == "invalid_color"] == [
        ("/annotations/0/color", "did you mean 'magenta'?"),
        ("/elements/0/children/0/color", "did you mean 'purple'?"),
        ("/elements/0/children/1/data/series/0/color", 'a hex colour is # and 3, 4, 6 or 8 digits 0-9 or a-f: "#7c3aed"'),
        ("/elements/0/children/2/events/0/color", "did you mean 'red'?"),
    ]  # fmt: skip


def test_a_bare_data_uri_background_is_told_to_wrap_it_in_url() -> None:
    issue = _only(
        _warnings(
            {"type": "text", "text": "Hi"},
            background="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC",
        ),
        "/background",
    )
    assert (issue.code, issue.message) == (
        "invalid_value",
        "a data: URI on its own is not drawn as a background",
    )
    assert issue.suggestion == 'wrap it in url(): "url(data:image/png;base64,iVBORw0K...)"'


VALID_COLOURS = [
    "#fff", "#ffff", "#7c3aed", "#7c3aed80", "red", "RebeccaPurple", "transparent", "currentColor",
    "rgb(1, 2, 3)", "rgba(0,0,0,.5)", "rgb(1 2 3 / 50%)", "hsl(120 50% 50%)", "hsla(120, 50%, 50%, 0.4)",
    "hwb(120 10% 10%)", "lab(50% 40 59)", "lch(50% 30 20)", "oklab(0.5 0.1 0.1)", "oklch(60% 0.1 200)",
    "color(display-p3 1 0 0)", "color-mix(in srgb, red 40%, blue)", "var(--primary)", "var(--x, #fff)",
    "light-dark(#fff, #000)", "rgb(from red r g b / 50%)", "inherit", "Canvas", "red !important",
]  # fmt: skip


@pytest.mark.parametrize("colour", VALID_COLOURS)
def test_valid_css_colours_do_not_warn(colour: str) -> None:
    style = {"color": colour, "backgroundColor": colour, "borderColor": colour, "background": colour}
    warnings = _warnings(
        {"type": "text", "text": "Hi", "style": style}, theme={"primary": colour}, background=colour
    )
    # the text's colour on its own background of that colour is unreadable, and said so; a primary
    # that is no opaque colour, or one only the browser works out, is said to be drawn otherwise
    # or not checked (semantic/theme_tokens), not to be no colour
    told = {"low_contrast", "primary_not_opaque", "unchecked_contrast"}
    assert [issue for issue in warnings if issue.code not in told] == []


@pytest.mark.parametrize(
    "background",
    ["linear-gradient(135deg, #4f46e5, #06b6d4)", "radial-gradient(circle, red, blue)", "none",
     "url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC) center / cover no-repeat",
     "#f8fafc url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC) repeat-x top left"],
)  # fmt: skip
def test_backgrounds_that_are_images_or_shorthands_do_not_warn(background: str) -> None:
    style = {"background": background}
    assert _warnings({"type": "card", "style": style}, background=background) == []


@pytest.mark.parametrize("tone", ["success", "danger", "primary", "muted"])
def test_a_tone_name_is_a_colour_where_an_element_colour_is_read(tone: str) -> None:
    assert _warnings({"type": "progress", "value": 40, "color": tone}) == []


def test_fill_and_stroke_take_none_and_caret_color_auto() -> None:
    style = {"fill": "none", "stroke": "context-stroke", "caretColor": "auto", "accentColor": "auto"}
    assert _warnings({"type": "icon", "name": "zap", "style": style}) == []


# 4. a document without elements


@pytest.mark.parametrize(("document", "path"), [({"elements": []}, "/elements"), ({"width": 400}, "")])
def test_a_document_without_elements_warns(document: dict[str, Any], path: str) -> None:
    result = validate_document(document)
    (issue,) = result.warnings
    assert (issue.path, issue.code) == (path, "empty_document")
    assert issue.message == "the document has no elements: a blank canvas is drawn"
    assert issue.suggestion is not None and issue.suggestion.startswith(
        "add what the screen shows: elements: ["
    )


def test_elements_under_another_name_get_the_unknown_field_error_only() -> None:
    result = validate_document({"components": [{"type": "text", "text": "Hi"}]})
    assert [(issue.path, issue.code) for issue in result.errors] == [("/components", "unknown_field")]
    assert result.warnings == []


# 5. chart data as a bare list, or as {x, y}


@pytest.mark.parametrize(
    ("data", "suggestion"),
    [
        ([3, 5, 2], "data is an object: data: {labels: [...], values: [3, 5, 2]}, one label per value"),
        ([["Jan", 3], ["Feb", 5]], "data is an object: data: {labels: [Jan, Feb], values: [3, 5]}"),
        (["Jan", "Feb"], "data is an object: data: {labels: [Jan, Feb], values: [...]}, one value per label"),
    ],
)
def test_chart_data_as_a_list_says_how_to_write_it(data: list[Any], suggestion: str) -> None:
    result = validate_document({"elements": [{"type": "chart", "data": data}]})
    issue = _only(result.errors, "/elements/0/data")
    assert (issue.code, issue.message) == ("invalid_type", "expected an object, got a list")
    assert issue.suggestion == suggestion


def test_chart_x_and_y_are_labels_and_values() -> None:
    data = {"x": ["Mon", "Tue"], "y": [3, 5]}
    errors = validate_document({"elements": [{"type": "chart", "data": data}]}).errors
    assert [(issue.path, issue.suggestion) for issue in errors] == [
        ("/elements/0/data/x", "the x axis is 'labels': labels: [Mon, Tue]"),
        ("/elements/0/data/y", "the numbers are 'values': values: [3, 5]"),
    ]


def test_numeric_x_labels_are_given_back_quoted() -> None:
    errors = validate_document(
        {"elements": [{"type": "chart", "data": {"x": [2023, 2024], "y": [1, 2]}}]}
    ).errors
    assert (
        _only(errors, "/elements/0/data/x").suggestion == 'the x axis is \'labels\': labels: ["2023", "2024"]'
    )


# 6. a style written as CSS text


def test_a_style_written_as_css_text_is_read_as_its_object() -> None:
    assert css_declarations("color: red; padding: 4px;") == {"color": "red", "padding": "4px"}
    assert css_declarations("font-size: 13px; -webkit-line-clamp: 2") == {
        "fontSize": "13px",
        "WebkitLineClamp": "2",
    }
    assert css_declarations("background: url(data:image/png;base64,AA==) no-repeat; color: blue") == {
        "background": "url(data:image/png;base64,AA==) no-repeat",
        "color": "blue",
    }
    assert css_declarations("bold") is None
    assert css_declarations("color: red; bold") is None


def test_a_css_text_style_validates_and_is_drawn() -> None:
    # darkred: plain red reads at 4.0:1 on white, under the 4.5:1 WCAG AA asks of body text
    element = {"type": "text", "text": "Hi", "style": "color: darkred; padding: 4px; font-weight: 600"}
    result = validate_document({"elements": [element]})
    assert result.ok and result.warnings == []
    assert result.document is not None
    assert result.document.elements[0].style == {"color": "darkred", "padding": "4px", "fontWeight": "600"}
    html = _page(element)
    assert "color:darkred;padding:4px;font-weight:600" in html


def test_a_css_text_style_is_checked_as_an_object_is() -> None:
    element = {
        "type": "text",
        "text": "Hi",
        "style": "colr: red; background: url(https://x.test/a.png); color: purpel",
    }
    result = validate_document({"elements": [element]})
    assert [(issue.path, issue.code, issue.suggestion) for issue in result.errors] == [
        ("/elements/0/style", "unknown_style_property", "did you mean 'color'?"),
    ]
    assert [(issue.path, issue.code) for issue in result.warnings] == [
        ("/elements/0/style", "external_src"),
        ("/elements/0/style", "invalid_color"),
    ]


def test_style_text_that_is_not_declarations_gets_the_object_to_write() -> None:
    result = validate_document({"elements": [{"type": "text", "text": "Hi", "style": "color: red; bold"}]})
    issue = _only(result.errors, "/elements/0/style")
    assert issue.message == "expected an object, got 'color: red; bold'"
    assert issue.suggestion == (
        'style is an object of CSS properties: style: {color: red}, or CSS text "color: red; padding: 4px"'
    )


# 7. type words a close spelling sends to another concept


@pytest.mark.parametrize(
    ("kind", "suggestion"),
    [
        ("navigation", "use type: navbar (a bar across the top), sidebar (a panel at the side) or tabs"),
        ("nav", "did you mean 'navbar'?"),
        ("nav-bar", "did you mean 'navbar'?"),
        ("navigation-bar", "did you mean 'navbar'?"),
        ("top-nav", "did you mean 'navbar'?"),
        ("side-menu", "did you mean 'sidebar'?"),
        ("pager", "did you mean 'pagination'?"),
        ("chat", "use a row with an avatar and a card or paragraph (see `dsl2png examples chat`)"),
        ("data-grid", "did you mean 'table'?"),
        ("counter", "did you mean 'badge'?"),
        ("password-input", "use type: input with inputType: password"),
        ("stepper-input", "use type: input with inputType: number"),
        ("warning", "use type: alert with variant: warning"),
        ("progress-ring", "use type: progress with variant: circle"),
        ("gallery", "use a grid of image elements: {type: grid, columns: 3, children: [{type: image}, ...]}"),
    ],
)
def test_type_words_get_the_concept_they_mean(kind: str, suggestion: str) -> None:
    result = validate_document({"elements": [{"type": kind}]})
    issue = _only(result.errors, "/elements/0/type")
    assert (issue.code, issue.suggestion) == ("unknown_type", suggestion)


# 8. a heading's size written as h1


@pytest.mark.parametrize(("size", "level"), [("h1", 1), ("H3", 3), (2, 2), ("lg", 2)])
def test_a_heading_size_that_names_a_level_says_level(size: Any, level: int) -> None:
    issue = _only(_warnings({"type": "heading", "text": "Hi", "size": size}), "/elements/0/size")
    assert (
        issue.suggestion
        == f"a heading's size is its 'level': level: {level} (1 is the largest, 6 the smallest)"
    )


def test_a_heading_size_that_is_no_length_is_not_echoed_as_a_font_size() -> None:
    issue = _only(_warnings({"type": "heading", "text": "Hi", "size": "huge"}), "/elements/0/size")
    assert issue.suggestion == (
        "a heading's size is its 'level': 1 (30 px) to 6 (13 px); another size goes in style: {fontSize: 28}"
    )


def test_a_text_sized_h2_is_told_of_headings() -> None:
    issue = _only(_warnings({"type": "text", "text": "Hi", "size": "h2"}), "/elements/0/size")
    assert (
        issue.suggestion
        == "a heading is {type: heading, level: 2}; use xs, sm, md, lg, xl or 2xl, or a font size in px (16)"
    )


# 9. size on a type that draws none


@pytest.mark.parametrize(
    ("element", "suggestion"),
    [
        ({"type": "list", "items": ["A"], "size": "lg"}, "remove it; a text size goes in style: {fontSize: 16}"),
        ({"type": "chip", "text": "A", "size": "sm"}, "remove it; a text size goes in style: {fontSize: 13}"),
        ({"type": "slider", "label": "Volume", "size": "lg"},
         "a slider draws one size; inputs, selects, searches, text areas and buttons take sm, md, lg: remove "
         "it; its width goes in layout: {width: 240}"),
        ({"type": "checkbox", "label": "Agree", "size": "lg"},
         "a checkbox draws one size; inputs, selects, searches, text areas and buttons take sm, md, lg: remove "
         "it"),
        ({"type": "upload", "label": "Files", "size": "sm"},
         "an upload draws one size; inputs, selects, searches, text areas and buttons take sm, md, lg: remove "
         "it; its width goes in layout: {width: 240}"),
        ({"type": "card", "title": "A", "size": 320}, "its box's size goes in layout: {width: 320} (and height)"),
        ({"type": "form", "size": "lg", "children": [{"type": "input", "label": "Name"}]},
         "its box's size goes in layout: {width: 320} (and height); for large controls set size: lg on each "
         "input, select and button in it, or theme: {density: spacious}"),
        ({"type": "image", "size": "lg"}, "its box's size goes in layout: {width: 320} (and height)"),
        ({"type": "skeleton", "size": 40}, "only variant: circle or rect draws 'size'; text bars follow 'lines'"),
    ],
)  # fmt: skip
def test_size_on_a_type_that_draws_none_warns(element: dict[str, Any], suggestion: str) -> None:
    issue = _only(_warnings(element), "/elements/0/size")
    assert (issue.code, issue.message) == ("field_ignored", f"'{element['type']}' does not draw 'size'")
    assert issue.suggestion == suggestion


@pytest.mark.parametrize(
    "element",
    [
        {"type": "table", "columns": ["A"], "rows": [["1"]], "size": "sm"},
        {"type": "stat", "label": "MRR", "value": "$1k", "size": "lg"},
        {"type": "skeleton", "variant": "circle", "size": 40},
        {"type": "avatar", "name": "Ada", "size": "lg"},
        {"type": "spacer", "size": 24},
    ],
)
def test_size_where_it_is_drawn_does_not_warn(element: dict[str, Any]) -> None:
    assert [issue for issue in _warnings(element) if issue.path.endswith("/size")] == []


@pytest.mark.parametrize(
    ("element", "shown"),
    [
        ({"type": "button", "label": "roomy", "size": "roomy"}, "'roomy'"),
        ({"type": "input", "size": "wide"}, "'wide'"),
        ({"type": "select", "options": ["A"], "size": "normal"}, "'normal'"),
        ({"type": "textarea", "size": "fat"}, "'fat'"),
        ({"type": "search", "size": 40}, "40"),
    ],
)
def test_a_control_size_it_does_not_know_warns_and_is_drawn_md(element: dict[str, Any], shown: str) -> None:
    """A button's or a field's `size` other than sm, md or lg was drawn md without a word."""
    issue = _only(_warnings(element), "/elements/0/size")
    assert (issue.code, issue.message) == (
        "invalid_value",
        f"{shown} is not a size of '{element['type']}'; it is drawn md",
    )
    assert issue.suggestion == (
        "use sm, md or lg; small, medium and large read as these, xs as sm, xl as lg; for larger, "
        "style: {height: 96, fontSize: 36}, or render at scale: 2 with a layout half the size"
    )
    assert _page(element) == _page({**element, "size": "md"})


@pytest.mark.parametrize("size", ["xl", "2xl", "huge", "x-large"])
@pytest.mark.parametrize("kind", ["button", "input", "select", "search", "textarea", "tabs"])
def test_a_control_size_larger_than_lg_is_drawn_lg_and_told_so(kind: str, size: str) -> None:
    """`size: xl` on a kiosk's or a TV's button was drawn md, smaller than asked: it is drawn as
    large as a control gets, lg, and the validator says it reads it so (and how to go larger)."""
    element = {"type": kind, "label": "Go", "options": ["A"], "items": ["A", "B"]}
    element = {name: value for name, value in element.items() if name == "type" or _accepted_on(kind, name)}
    issue = _only(_warnings({**element, "size": size}), "/elements/0/size")
    assert issue.message == f"'{size}' is not a size of '{kind}'; it is drawn lg"
    assert "fontSize: 36" in (issue.suggestion or "")
    assert _page({**element, "size": size}) == _page({**element, "size": "lg"}) != _page(element)


@pytest.mark.parametrize("kind", ["button", "input", "select", "search", "textarea", "tabs"])
def test_an_xs_control_is_drawn_sm_and_told_so(kind: str) -> None:
    """`size: xs` on a button was drawn md (a control has no height for xs): it is drawn as
    small as a control gets, sm, and the validator says it reads it so."""
    element = {"type": kind, "label": "Go", "options": ["A"], "items": ["A", "B"]}
    element = {name: value for name, value in element.items() if name == "type" or _accepted_on(kind, name)}
    issue = _only(_warnings({**element, "size": "xs"}), "/elements/0/size")
    assert issue.message == f"'xs' is not a size of '{kind}'; it is drawn sm"
    assert _page({**element, "size": "xs"}) == _page({**element, "size": "sm"}) != _page(element)


def _accepted_on(kind: str, name: str) -> bool:
    """Whether `name` is a field `kind` draws (so the probe element raises no other warning)."""
    return name in fields_drawn_by(kind)


@pytest.mark.parametrize("size", ["sm", "md", "lg", "large", "Small", "medium"])
@pytest.mark.parametrize("kind", ["button", "input", "select", "search", "textarea"])
def test_a_control_size_it_knows_does_not_warn(kind: str, size: str) -> None:
    assert [issue for issue in _warnings({"type": kind, "size": size}) if issue.path.endswith("/size")] == []


@pytest.mark.parametrize("kind", sorted(set(ELEMENT_TYPES) - SIZE_TYPES))
def test_types_left_out_of_size_types_draw_no_size(kind: str) -> None:
    """A type left out of SIZE_TYPES warns for `size`: it must draw none."""
    element = _with_content(kind)
    plain = _page(element)
    assert all(_page({**element, "size": size}) == plain for size in ("lg", 24, "sm", "xl"))


SCALED = {
    "avatar": {"type": "avatar", "name": "Jo Park"},
    "spinner": {"type": "spinner"},
    "rating": {"type": "rating", "value": 4},
}


@pytest.mark.parametrize("kind", list(SCALED))
def test_a_scaled_types_unknown_size_word_warns_and_its_sizes_do_not(kind: str) -> None:
    """`size: huge` on an avatar, a spinner or a rating was drawn at the default without a word;
    their words (xs to 2xl, small/medium/large) and px are drawn as written."""
    issue = _only(_warnings({**SCALED[kind], "size": "huge"}), "/elements/0/size")
    assert (issue.code, issue.message) == (
        "invalid_value",
        f"'huge' is not a size of '{kind}'; its default size is drawn",
    )
    assert "xs, sm, md, lg, xl or 2xl" in (issue.suggestion or "")
    for size in ("xs", "2xl", "large", 48, "48px"):
        assert [w for w in _warnings({**SCALED[kind], "size": size}) if w.path == "/elements/0/size"] == [], (
            size
        )


def test_a_funnel_is_told_as_the_progress_bars_that_draw_one() -> None:
    """A funnel chart was sent to bars, whose later steps are a few px stubs: the hint gives the
    column of progress bars that reads as a funnel, whether asked as a type or a chart variant."""
    as_variant = validate_document(
        {"elements": [{"type": "chart", "variant": "funnel", "data": {"labels": ["A"], "values": [1]}}]}
    )
    as_type = validate_document({"elements": [{"type": "funnel"}]})
    for result in (as_variant, as_type):
        (error,) = result.errors
        assert "{type: progress, label: Signed up, value: 8.2" in (error.suggestion or ""), error
