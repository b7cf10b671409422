"""The earlier format's documents as they come: a `url()` or `@import` in `css` warns as one in a
`style` does (nothing is fetched, the rest is drawn), a style value Chromium drops warns, a theme
of the wrong kind says what it takes, an empty button and a 0 px side warn; and what the
compiler emits never fetches."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.sanitize import sanitize_css
from kernel.dsl.model import Document
from kernel.dsl.options import Viewport
from kernel.dsl.style_values import RULES, dropped_value_problem
from kernel.dsl.validate import ValidationResult, validate_document
from kernel.errors import Issue


def _doc(*elements: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {
        "width": 400,
        "height": 300,
        "elements": list(elements) or [{"type": "text", "text": "Hi"}],
        **fields,
    }


def compile_document(document: Document) -> str:
    return compile_html(document, Viewport(400, 300, 1.0))


def _warnings_at(result: ValidationResult, path: str) -> list[Issue]:
    return [w for w in result.warnings if w.path == path]


# --- url() and @import in the document's css ----------------------------------------------------------

CSS_URL = {"elements": [{"type": "text", "text": "Hi"}], "css": "body { background: url(bg.jpg) #eee; }"}
CSS_IMPORT = {
    "elements": [{"type": "text", "text": "Hi", "style": {"fontFamily": "Inter, sans-serif"}}],
    "css": "@import url(https://fonts.googleapis.com/css2?family=Inter); body { font-family: Inter, sans-serif; }",
}
"""The tester's documents 16 and 17, as the earlier project's users wrote them."""


def test_a_picture_url_in_css_warns_and_the_rest_of_the_rule_is_kept() -> None:
    result = validate_document(CSS_URL)
    assert result.ok and result.errors == []
    (warning,) = _warnings_at(result, "/css")
    assert warning.code == "external_src"
    assert warning.message.startswith("background: url(bg.jpg) in css is not a data: image")
    assert "nothing is ever fetched" in warning.message and "rest of the rule is drawn" in warning.message
    assert warning.suggestion is not None and "url(data:image/png;base64," in warning.suggestion
    assert result.document is not None
    assert "body { background: none #eee; }" in compile_document(result.document)


def test_a_picture_url_in_the_page_background_warns_like_a_style_value_and_its_colour_is_drawn() -> None:
    """The reference says the page `background` is sanitized like any style value: it was an
    error (`unsafe_css`) that refused the document, where a style's url() is a warning."""
    result = validate_document(_doc(background="url(http://127.0.0.1:9/bg.png) #123456"))
    assert result.ok and result.errors == []
    (warning,) = _warnings_at(result, "/background")
    assert warning.code == "external_src" and "nothing is ever fetched" in warning.message
    assert result.document is not None
    html = compile_document(result.document)
    assert "127.0.0.1" not in html and "background:none #123456" in html


def test_a_google_fonts_import_warns_that_fonts_are_local_and_which_face_draws_it() -> None:
    result = validate_document(CSS_IMPORT)
    assert result.ok
    (warning,) = _warnings_at(result, "/css")
    assert warning.code == "external_src"
    assert warning.message == (
        "@import url(https://fonts.googleapis.com/css2?family=Inter) in css is left out: renders never "
        "fetch, and fonts are local (Inter is drawn in Noto Sans)"
    )
    assert warning.suggestion is not None
    assert "theme: {font: Noto Serif}" in warning.suggestion and "Noto Sans Mono" in warning.suggestion


@pytest.mark.parametrize(
    ("css", "said"),
    [
        ("@import url(x.css);", "@import url(x.css) in css is left out: renders never fetch, so the rules"),
        ("@IMPORT 'x.css';", "@import url(x.css) in css is left out"),
        (".a { background: url(http://127.0.0.1/x) }", "background: url(http://127.0.0.1/x) in css"),
        (".a { background: url( 'https://x' ) }", "background: url(https://x) in css"),
        (".a { background: \\75 rl(http://x) }", "background: url(http://x) in css"),
        (".a { background: /* */ url(//x) }", "background: url(//x) in css"),
        (
            "@font-face { font-family: x; src: url(https://x/font.woff) }",
            "@font-face src: url(https://x/font.woff)",
        ),
        (
            ".a { background: url(a.png) } .b { background-image: url(b.png) }",
            "background: url(a.png) (and 1 more) in css",
        ),
    ],
)
def test_what_css_would_fetch_is_a_warning_not_an_error(css: str, said: str) -> None:
    result = validate_document({"css": css, "elements": [{"type": "text", "text": "Hi"}]})
    assert result.errors == []
    (warning,) = _warnings_at(result, "/css")
    assert (warning.code, said in warning.message) == ("external_src", True), warning.message


def test_what_css_cannot_simply_drop_stays_an_error() -> None:
    for css in (".a { width: expression(1) }", ".a { background: url(javascript:alert(1)) }", "</style>"):
        result = validate_document({"css": css, "elements": []})
        assert [(e.path, e.code) for e in result.errors] == [("/css", "unsafe_css")], css


def test_a_font_import_whose_url_holds_a_semicolon_leaves_the_next_rules_whole() -> None:
    """Google Fonts' `wght@400;700`: cutting the import at that `;` left a quote behind that
    opened a string swallowing every rule after it."""
    css = (
        "@import url('https://fonts.googleapis.com/css2?family=Inter:wght@400;700&display=swap');"
        "body{background:#123456}"
    )
    assert sanitize_css(css) == "body{background:#123456}"
    assert sanitize_css("@import url(x.css) screen; @import 'y;z.css'; b{c:d}").strip() == "b{c:d}"
    result = validate_document({"css": css, "elements": []})
    (warning,) = _warnings_at(result, "/css")
    assert "(Inter is drawn in Noto Sans)" in warning.message


HOSTILE_CSS = [
    "@import url(http://x/a.css); body { background: url(bg.jpg) #eee; }",
    "@import url('https://fonts.googleapis.com/css2?family=Inter:wght@400;700'); a{b:c}",
    "@IMPORT 'https://x/b.css'; @\\69mport url(//x/c.css);",
    ".a{background:\\75 rl(https://x/y)} .b{background:u\\72l(https://x/z)}",
    "@font-face{font-family:x;src:url(https://x/f.woff) format('woff')}",
    ".a{width:expression(alert(1))} .b{background:url(javascript:alert(1))}",
    ".a{background:image-set('https://x/a.png' 1x)} .b{cursor:url(https://x/c.cur), pointer}",
    ".a{background:url(data:image/png;base64,AAAA), url(https://x/2.png)}",
]
_FETCH_OR_SCRIPT = re.compile(
    r"url\(\s*(?!['\"]?\s*data:)|@import|expression\s*\(|javascript\s*:|image-set\(", re.IGNORECASE
)


@pytest.mark.parametrize("css", HOSTILE_CSS)
def test_the_compiled_page_holds_no_fetch_import_or_expression(css: str) -> None:
    """The promise: the compiler emits no `url()` but a data: URI's, no `@import`, no
    `expression()` or script URL, whatever the `css` and `style` hold, validated or not."""
    style = {"background": "url(https://x/s.png) #eee", "backgroundImage": "url(//x/t.png)"}
    data = {
        "css": css,
        "elements": [{"type": "container", "style": style, "children": [{"type": "text", "text": "Hi"}]}],
    }
    document = validate_document(data).document or validate_document({"elements": data["elements"]}).document
    assert document is not None
    html = compile_document(document.model_copy(update={"css": css}))
    assert _FETCH_OR_SCRIPT.search(html) is None, _FETCH_OR_SCRIPT.search(html)


# --- style values Chromium drops ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "message", "suggestion"),
    [
        ("fontWeight", "heavy", "fontWeight 'heavy' is not a font weight, so it is not applied",
         "did you mean 900? 'heavy' names the 900 weight; use 100-900, normal or bold"),
        ("fontWeight", "semibold", "is not a font weight", "did you mean 600?"),
        ("fontWeight", 1200, "fontWeight 1200 is out of range", "use 100-900, normal or bold"),
        ("zIndex", "high", "zIndex 'high' is not a whole number", "use a whole number such as 10 or auto"),
        ("zIndex", 1.5, "zIndex 1.5 is not a whole number", "use a whole number such as 2 or auto"),
        ("textAlign", "middle", "textAlign 'middle' is not a text alignment", "did you mean 'center'?"),
        ("display", "flexbox", "display 'flexbox' is not a display value", "did you mean 'flex'?"),
        ("borderRadius", "big", "borderRadius 'big' is not a corner radius", "use a number of px"),
        ("justifyContent", "between", "is not a justify-content value", "did you mean 'space-between'?"),
        ("alignItems", "middle", "is not an alignment", "did you mean 'center'?"),
        ("flexDirection", "vertical", "is not a flex direction", "did you mean 'column'?"),
        ("position", "absolut", "is not a position", "did you mean 'absolute'?"),
        ("overflow", "none", "is not an overflow value", "did you mean 'hidden'?"),
        ("whiteSpace", "no-wrap", "is not a white-space value", "did you mean 'nowrap'?"),
        ("cursor", "hand", "is not a cursor", "did you mean 'pointer'?"),
        ("fontStyle", "bold", "is not a font style", "did you mean 'fontWeight: bold'?"),
        ("textTransform", "upper", "is not a text transform", "did you mean 'uppercase'?"),
        ("textDecoration", "strikethrough", "is not a text decoration", "did you mean 'line-through'?"),
        ("visibility", "none", "is not a visibility", "did you mean 'hidden'?"),
        ("objectFit", "fit", "is not an object fit", "use cover, contain"),
        ("boxSizing", "border", "is not a box sizing", "did you mean 'border-box'?"),
        ("borderStyle", "solidd", "is not a border style", "did you mean 'solid'?"),
        ("padding", "auto", "padding 'auto' is not a padding length", "not negative"),
        ("padding", "-8px", "padding '-8px' is negative, which padding cannot be", None),
        ("padding", "8 16", "padding '8 16' has a number without a unit (8)",
         "write each length with its unit: '8px 16px'"),
        ("margin", "1px 2px 3px 4px 5px", "has 5 values and margin takes at most 4 values", None),
        ("width", "wide", "width 'wide' is not a size", "or auto"),
        ("borderWidth", "10%", "is a percentage, which borderWidth does not take", None),
        ("opacity", "half", "opacity 'half' is not a number", None),  # an error, as before
    ],
)  # fmt: skip
def test_a_style_value_chromium_drops_warns_with_the_value_meant(
    name: str, value: object, message: str, suggestion: str | None
) -> None:
    result = validate_document(_doc({"type": "text", "text": "Hi", "style": {name: value}}))
    issues = [i for i in [*result.errors, *result.warnings] if i.path == f"/elements/0/style/{name}"]
    assert len(issues) == 1, issues
    (issue,) = issues
    assert issue.code == "invalid_style_value"
    assert message in issue.message, issue.message
    if suggestion is not None:
        assert issue.suggestion is not None and suggestion in issue.suggestion, issue.suggestion
    if name != "opacity":
        assert result.errors == [] and issue in result.warnings


def test_the_testers_style_gets_a_warning_for_each_dropped_value() -> None:
    style = {"fontWeight": "heavy", "zIndex": "high", "textAlign": "middle", "display": "flexbox",
             "borderRadius": "big"}  # fmt: skip
    result = validate_document(_doc({"type": "text", "text": "Heavy", "style": style}))
    assert result.errors == []
    assert sorted(w.path for w in result.warnings) == sorted(f"/elements/0/style/{name}" for name in style)


VALID_VALUES: dict[str, list[object]] = {
    "display": ["flex", "inline flex", "block flow-root", "none", "contents", "-webkit-box", "GRID",
                "flex !important", "var(--display)", "inherit", "initial", "unset", "revert", "revert-layer"],
    "position": ["sticky", "absolute", "-webkit-sticky"],
    "textAlign": ["center", "-webkit-center", "justify", "start", "end"],
    "fontWeight": [600, "600", 350.5, "bold", "bolder", "lighter", "normal", "calc(400 + 100)", 1, 1000],
    "fontStyle": ["italic", "oblique 10deg", "oblique"],
    "textDecoration": ["underline", "underline dotted red", "line-through", "none", "underline 2px #f00",
                       "underline wavy rgba(0, 0, 0, .5)", "underline solid currentColor"],
    "textTransform": ["uppercase", "capitalize", "none"],
    "whiteSpace": ["nowrap", "pre-wrap", "break-spaces", "pre-line"],
    "overflow": ["hidden", "hidden auto", "clip", "auto"],
    "flexDirection": ["column", "row-reverse"],
    "flexWrap": ["wrap", "nowrap"],
    "justifyContent": ["space-between", "safe center", "flex-end", "left", "normal", "stretch"],
    "alignItems": ["center", "first baseline", "last baseline", "safe flex-end", "self-start"],
    "alignSelf": ["auto", "stretch"],
    "alignContent": ["space-around", "baseline"],
    "zIndex": [10, "10", "-1", "auto", -5],
    "order": [1, "-1"],
    "flexGrow": [1, "1", "0.5"],
    "width": [100, "100", "100%", "calc(100% - 20px)", "fit-content", "fit-content(20em)", "50vw", "auto",
              "min(100%, 400px)", "12rem", "0", "-webkit-fill-available", "100dvh"],
    "maxWidth": ["none", "600px"],
    "minHeight": ["0", "auto", "min-content"],
    "top": ["-10px", "50%", "auto"],
    "inset": ["0", "0 auto auto 0"],
    "margin": ["0 auto", "-4px", "8px 16px 8px 16px", -4, "0"],
    "padding": ["8px 16px", "0", "1rem 2rem 1rem", 12, "12"],
    "paddingInline": ["8px 16px"],
    "gap": ["16px", "8px 16px", "normal", 8],
    "lineHeight": ["1.5", 1.5, "150%", "24px", "normal"],
    "letterSpacing": ["-0.02em", "0.1em", "normal", "1px"],
    "borderRadius": ["8px", "50%", "8px 8px 0 0", "10px / 20px", "10px 5% / 20px 30px", 8, "9999px"],
    "borderTopLeftRadius": ["8px", "8px 4px"],
    "borderWidth": ["1px", "thin", "1px 2px"],
    "borderStyle": ["solid", "dashed solid"],
    "cursor": ["pointer", "url(data:image/png;base64,AAAA) 4 4, pointer", "not-allowed", "grab"],
    "visibility": ["hidden", "visible"],
    "objectFit": ["cover", "scale-down"],
    "boxSizing": ["border-box"],
    "verticalAlign": ["middle", "-2px", "text-top"],
    "textOverflow": ["ellipsis", "clip ellipsis"],
    "textIndent": ["2em", "2em hanging"],
    "flexBasis": ["auto", "0", "50%", "content", "200px"],
}  # fmt: skip


@pytest.mark.parametrize(("name", "value"), [(n, v) for n, values in VALID_VALUES.items() for v in values])
def test_valid_css_never_warns(name: str, value: object) -> None:
    result = validate_document(_doc({"type": "text", "text": "Hi", "style": {name: value}}))
    assert result.errors == [] and result.warnings == [], (result.errors, result.warnings)


def test_every_property_judged_is_one_a_style_may_set() -> None:
    from kernel.dsl.style_rules import STYLE_PROPERTIES

    assert set(RULES) <= STYLE_PROPERTIES


def test_a_style_written_as_css_text_is_judged_the_same() -> None:
    result = validate_document(
        _doc({"type": "text", "text": "Hi", "style": "text-align: middle; padding: 8 16"})
    )
    assert [(w.path, w.code) for w in result.warnings] == [("/elements/0/style", "invalid_style_value")] * 2


def test_the_document_css_values_are_judged_too_but_not_font_face_descriptors() -> None:
    css = (
        ".a { display: flexbox; width: 100; line-height: 1.5; margin: 0 auto; padding: var(--p) }"
        "@font-face { font-family: x; font-weight: 100 900; font-style: oblique 0deg 20deg }"
        ".b { text-align: middle !important } .c { text-align: middle }"
    )
    result = validate_document({"css": css, "elements": [{"type": "text", "text": "Hi"}]})
    assert result.errors == []
    said = sorted(w.message for w in result.warnings if w.code == "invalid_style_value")
    assert said == [
        "display 'flexbox' is not a display value, so it is not applied (in css, rule '.a')",
        "text-align 'middle !important' is not a text alignment, so it is not applied (in css, rule '.b')",
        "text-align 'middle' is not a text alignment, so it is not applied (in css, rule '.c')",
        "width '100' has a number without a unit (100), so it is not applied (in css, rule '.a')",
    ]


def test_the_value_checks_know_numbers_are_px_in_a_style_only() -> None:
    assert dropped_value_problem("width", "100") is None
    assert dropped_value_problem("width", "100", in_css=True) is not None
    assert dropped_value_problem("lineHeight", "1.5", in_css=True) is None


# --- theme, empty buttons and 0 px sides ---------------------------------------------------------------


@pytest.mark.parametrize(("theme", "shown"), [(123, "123"), ([1], "a list"), (True, "true")])
def test_a_theme_of_the_wrong_kind_says_a_name_or_tokens(theme: object, shown: str) -> None:
    result = validate_document(_doc(theme=theme))
    (error,) = result.errors
    assert error.path == "/theme"
    assert (
        error.message
        == f"theme must be a theme name such as light or dark, or an object of tokens, not {shown}"
    )
    assert error.suggestion == 'write theme: dark, or tokens: theme: {base: dark, primary: "#7c3aed"}'
    (base,) = validate_document(_doc(theme={"base": 5})).errors
    assert (base.path, base.message) == (
        "/theme/base",
        "theme.base must be a theme name such as light or dark, not 5",
    )


@pytest.mark.parametrize(
    ("button", "suggestion"),
    [
        (
            {"type": "button"},
            'give it its words: label: "Save", or an icon alone for an icon button: icon: plus',
        ),
        ({"type": "button", "label": "  ", "variant": "outline"}, 'label: "Save"'),
        ({"type": "button", "value": "Send"}, 'give it its words: label: "Send"'),
    ],
)
def test_a_button_without_words_or_icon_warns_that_an_empty_box_is_drawn(
    button: dict[str, Any], suggestion: str
) -> None:
    result = validate_document(_doc(button))
    (warning,) = [w for w in result.warnings if w.code == "empty_button"]
    assert warning.path == "/elements/0"
    assert warning.message == "the button has no label (nor text or icon), so an empty box is drawn"
    assert warning.suggestion is not None and suggestion in warning.suggestion


def test_a_button_with_words_or_an_icon_is_not_empty() -> None:
    for button in ({"label": "Go"}, {"text": "Go"}, {"icon": "plus"}, {"label": 0}):
        result = validate_document(_doc({"type": "button", **button}))
        assert not [w for w in result.warnings if w.code == "empty_button"], button


@pytest.mark.parametrize(("side", "value"), [("width", 0), ("height", 0), ("width", "0px"), ("height", "0%")])
def test_a_zero_side_warns_that_a_stub_is_drawn(side: str, value: object) -> None:
    placed = {
        "type": "button",
        "label": "Zero",
        "layout": {"x": 10, "y": 10, "width": 100, "height": 30, side: value},
    }
    result = validate_document(_doc(placed))
    (warning,) = [w for w in result.warnings if w.code == "zero_size"]
    assert warning.path == f"/elements/0/layout/{side}"
    assert warning.message.startswith(f"layout.{side} is 0, so the button is drawn 0 px")
    assert warning.suggestion is not None and "the earlier format required one" in warning.suggestion


def test_a_spacer_or_divider_may_be_0_px() -> None:
    for kind in ("spacer", "divider"):
        result = validate_document(_doc({"type": kind, "layout": {"height": 0}}))
        assert not [w for w in result.warnings if w.code == "zero_size"], kind
