"""What the validator says of a whole document: the canvas limits a render refuses and the
lists the model bounds (by their limit's code), issues in the order they are written, a DSL
version, language or frame address that means nothing, a theme base or token it cannot draw, a
text colour that cannot be read on the page, the earlier format's breakpoints the canvas does
not reach, mixed markup in a text, and what a table, a chart or a focused element take instead."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.local_palette import page_palette
from kernel.dsl.compiler.theme import DARK, LIGHT, resolve_theme
from kernel.dsl.hints.element_fields import FIELD_FOCUS_RING_CSS, FOCUS_RING_STYLE
from kernel.dsl.model import Column, Document
from kernel.dsl.options import RenderOptions
from kernel.dsl.semantic.contrast import contrast_ratio
from kernel.dsl.validate import validate_document
from kernel.errors import Issue
from tests.support.elements import render_element

TEXT = {"type": "text", "id": "t", "text": "x"}


def _at(issues: list[Issue], path: str) -> Issue:
    (issue,) = [issue for issue in issues if issue.path == path]
    return issue


# 13 and 18. limits


@pytest.mark.parametrize(
    ("document", "path", "code", "message"),
    [
        ({"device": "desktop", "height": 8000, "scale": 2}, "/scale", "limit_canvas_pixels",
         "image of 2880x16000 px (46.1 megapixels at scale 2) exceeds the limit of 40 megapixels: its height "
         "of 8,000 px is more than the 6,944 px it may be at this width and scale"),
        ({"width": 7900, "height": 100, "annotations": [{"target": "t", "text": "note"}]}, "/width",
         "limit_canvas_side",
         "canvas width 8,220 px (the screen's 7,900 px and 320 px of frame or notes) exceeds the limit of 8,000 px"),
        ({"width": 8001}, "/width", "limit_canvas_side", "canvas width 8,001 px exceeds the limit of 8,000 px"),
        ({"height": 9000}, "/height", "limit_canvas_side", "canvas height 9,000 px exceeds the limit of 8,000 px"),
    ],
)  # fmt: skip
def test_validate_reports_the_canvas_limits_a_render_refuses(
    document: dict[str, Any], path: str, code: str, message: str
) -> None:
    result = validate_document({**document, "elements": [TEXT]})
    assert not result.ok
    assert [(issue.path, issue.code, issue.message) for issue in result.errors] == [(path, code, message)]


def test_the_render_options_count_when_given() -> None:
    document = {"width": 8000, "height": 8000, "elements": [TEXT]}
    assert [issue.code for issue in validate_document(document).errors] == ["limit_canvas_pixels"]
    assert validate_document(document, options=RenderOptions(width=1000)).ok


def test_too_many_annotations_are_told_as_a_limit() -> None:
    notes = [{"target": "t"}] * 101
    (issue,) = validate_document({"elements": [TEXT], "annotations": notes}).errors
    assert (issue.path, issue.code, issue.message) == (
        "/annotations",
        "limit_annotations",
        "101 annotations exceed the limit: a document holds at most 100 annotations",
    )


# 11. source order


def test_issues_are_listed_in_the_order_they_are_written() -> None:
    source = (
        "version: 1\n"
        "device: iphone\n"
        "elements:\n"
        "  - {type: appbar, title: Inbox}\n"
        "  - {type: fab, icon: plus}\n"
        "frame: iphone\n"
        "statusBar: true\n"
    )
    result = validate_document(source)
    assert [(issue.path, issue.line) for issue in result.errors] == [
        ("/device", 2),
        ("/elements/0/type", 4),
        ("/elements/1/type", 5),
        ("/frame", 6),
        ("/statusBar", 7),
    ]


# 19. document fields that mean nothing


@pytest.mark.parametrize(
    ("document", "path", "code", "message"),
    [
        ({"version": 2}, "/version", "invalid_value", "there is no DSL version '2': the document is read as version 1"),
        ({"lang": "xx"}, "/lang", "invalid_value",
         "'xx' is not a language: the words drawn by default (a select's placeholder, a pagination's Previous) "
         "are English and no language's hyphenation applies"),
        ({"frame": {"type": "phone", "url": "x"}}, "/frame/url", "field_ignored",
         "a phone frame has no address bar, so 'url' is not drawn"),
        ({"theme": {"base": "wireframe"}}, "/theme/base", "invalid_value",
         "there is no theme 'wireframe': the light theme is drawn under these tokens"),
        ({"theme": "blueprint"}, "/theme", "invalid_value", "there is no theme 'blueprint': the light theme is drawn"),
        ({"theme": {"primary": "purple-ish"}}, "/theme/primary", "invalid_color",
         "'purple-ish' is not a CSS colour, so the theme's own primary is drawn instead"),
    ],
)  # fmt: skip
def test_a_document_field_that_draws_otherwise_warns(
    document: dict[str, Any], path: str, code: str, message: str
) -> None:
    result = validate_document({**document, "elements": [TEXT]})
    assert result.ok, result.errors
    issue = _at(result.warnings, path)
    assert (issue.code, issue.message) == (code, message)


@pytest.mark.parametrize(
    "document",
    [{"version": 1}, {"version": "1.0"}, {"lang": "pt-BR"}, {"lang": "fil"},
     {"frame": {"type": "browser", "url": "https://acme.io"}}, {"theme": {"base": "Dark"}},
     {"theme": "wireframe"}, {"theme": "Wireframe"}],
)  # fmt: skip
def test_document_fields_that_mean_something_do_not_warn(document: dict[str, Any]) -> None:
    assert validate_document({**document, "elements": [TEXT]}).warnings == []


def test_a_theme_base_the_renderer_has_not_draws_the_light_one() -> None:
    result = validate_document({"theme": {"base": "wireframe", "primary": "#0f766e"}, "elements": [TEXT]})
    assert result.document is not None and result.document.theme.base == "light"  # type: ignore[union-attr]


# 10. a text colour that cannot be read on the page


def test_a_dark_text_on_the_dark_theme_warns_with_the_ratio() -> None:
    element = {"type": "text", "text": "500", "style": {"fontSize": 96, "color": "#111827"}}
    result = validate_document({"theme": "dark", "elements": [element]})
    issue = _at(result.warnings, "/elements/0/style/color")
    ratio = contrast_ratio("#111827", DARK["background"])
    assert ratio < 1.2
    assert (issue.code, issue.message) == (
        "low_contrast",
        f"the text colour #111827 has a contrast of {ratio:.1f}:1 on the dark theme's background "
        f"{DARK['background']}, under the 3:1 WCAG AA asks of large text (96 px)",
    )


def test_a_fill_variable_as_a_text_colour_is_told_the_text_one() -> None:
    """`var(--muted)` is a box's grey: a timestamp drawn in it vanished (1.1:1), unwarned."""
    result = validate_document(
        {"elements": [{"type": "text", "text": "2 hours ago", "style": {"color": "var(--muted)"}}]}
    )
    (issue,) = result.warnings
    assert (issue.path, issue.code) == ("/elements/0/style/color", "low_contrast")
    assert issue.suggestion is not None and "var(--muted-foreground)" in issue.suggestion
    fine = {"type": "text", "text": "2 hours ago", "style": {"color": "var(--muted-foreground)"}}
    assert validate_document({"elements": [fine]}).warnings == []


def test_a_render_theme_over_the_documents_is_judged_when_given() -> None:
    element = {"type": "text", "text": "500", "style": {"color": "#111827"}}
    assert validate_document({"elements": [element]}).warnings == []
    result = validate_document({"elements": [element]}, options=RenderOptions(theme="dark"))
    assert [issue.code for issue in result.warnings] == ["low_contrast"]


@pytest.mark.parametrize(
    ("document", "where"),
    [
        ({"theme": "dark", "elements": [{"type": "card", "children": [{"type": "paragraph", "text": "x",
          "style": {"color": LIGHT["foreground"]}}]}]}, f"the theme's surface {DARK['surface']}"),
        ({"elements": [{"type": "row", "style": {"background": "#fef08a"}, "children": [
          {"type": "label", "text": "x", "style": {"color": "#fde047"}}]}]}, "a parent's background #fef08a"),
        ({"background": "#1e293b", "elements": [{"type": "heading", "text": "x", "style": {"color": "#334155"}}]},
         "the document's background #1e293b"),
        ({"elements": [{"type": "row", "style": {"background": "linear-gradient(#000, #333)"}, "children": [
          {"type": "text", "text": "x", "style": {"color": "#111"}}]}]},
         "a parent's background linear-gradient(#000, #333), where it is #000000"),
    ],
)  # fmt: skip
def test_the_colour_behind_a_text_is_the_nearest_known_one(document: dict[str, Any], where: str) -> None:
    (issue,) = validate_document(document).warnings
    assert issue.code == "low_contrast" and f" on {where}, " in issue.message


PURPLE_BAND = {"type": "container", "style": {"background": "linear-gradient(120deg, #7c3aed, #db2777)"}}


def _stack(*layers: dict[str, Any], theme: str = "light") -> dict[str, Any]:
    return {
        "theme": theme,
        "elements": [{"type": "stack", "layout": {"height": 160}, "children": list(layers)}],
    }


def _headline(colour: str) -> dict[str, Any]:
    return {"type": "heading", "level": 1, "text": "Frontend Lisbon 2025", "style": {"color": colour}}


@pytest.mark.parametrize(
    "document",
    [
        _stack(PURPLE_BAND, _headline("#fff")),  # judged on the page's white, it was told 1.0:1
        _stack(PURPLE_BAND, {"type": "column", "padding": 24, "children": [_headline("#fff")]}),
        _stack({"type": "image", "alt": "Hall", "src": "hall.jpg"}, _headline("#fff")),  # a photo: not told
        _stack({"type": "video"}, _headline("#fff")),
        _stack({"type": "container", "style": {"background": "#111827"}}, _headline("#f9fafb"), theme="dark"),
    ],
)  # fmt: skip
def test_a_text_laid_over_a_stacks_ground_is_judged_on_that_ground(document: dict[str, Any]) -> None:
    """A white headline over a gradient (or a photo) in a stack was judged on the page's white
    and told to leave its colour out, which drew it near-black on the purple."""
    assert [issue for issue in validate_document(document).warnings if issue.code == "low_contrast"] == []


@pytest.mark.parametrize(
    ("ground", "colour", "where"),
    [
        ({"background": "linear-gradient(120deg, #7c3aed, #fde68a)"}, "#fff",
         "the background linear-gradient(120deg, #7c3aed, #fde... of the layer under it in the stack, where it is #fde68a"),
        ({"background": "#111827"}, "#1f2937", "the background #111827 of the layer under it in the stack"),
    ],
)  # fmt: skip
def test_a_text_that_cannot_be_read_on_a_stacks_ground_is_told_of_it(
    ground: dict[str, str], colour: str, where: str
) -> None:
    """On the gradient's lightest stop, or on the dark box under it (not on the page's white,
    on which the dark text would read)."""
    document = _stack(
        {"type": "container", "style": ground}, {"type": "badge", "text": "New"}, _headline(colour)
    )
    (issue,) = validate_document(document).warnings
    assert issue.path == "/elements/0/children/2/style/color"
    assert issue.code == "low_contrast" and f" on {where}, " in issue.message


def test_only_the_layers_over_a_stacks_ground_are_drawn_on_it() -> None:
    """A text under the ground (a caption a picture covers) or placed by coordinates is not over
    it: judged on the page."""
    dark = {"type": "container", "style": {"background": "#111827"}}
    placed = {**_headline("#fff"), "layout": {"x": 0, "y": 0}}
    assert [issue.path for issue in validate_document(_stack(dark, placed)).warnings] == [
        "/elements/0/children/1/style/color"
    ]
    under = validate_document(_stack(_headline("#fff"), dark, {"type": "badge", "text": "New"}))
    assert [issue.path for issue in under.warnings] == ["/elements/0/children/0/style/color"]


@pytest.mark.parametrize(
    "document",
    [
        {"elements": [{"type": "text", "text": "x", "style": {"color": "#6b7280"}}]},  # a muted grey reads
        {"theme": "dark", "elements": [{"type": "text", "text": "x", "style": {"color": "#f9fafb"}}]},
        {"theme": "dark", "elements": [{"type": "button", "label": "x", "style": {"color": "#111827"}}]},
        {"elements": [{"type": "row", "style": {"background": "linear-gradient(rgb(0 0 0 / 60%), transparent)"},
                       "children": [{"type": "text", "text": "x", "style": {"color": "#111"}}]}]},
        {"elements": [{"type": "text", "text": "x", "style": {"color": "var(--muted-foreground)"}}]},
        {"elements": [{"type": "text", "text": "x", "style": {"color": "rgb(0 0 0 / 10%)"}}]},
    ],
)  # fmt: skip
def test_what_only_the_render_knows_is_not_judged(document: dict[str, Any]) -> None:
    assert [issue for issue in validate_document(document).warnings if issue.code == "low_contrast"] == []


# 7. the earlier format's breakpoints


@pytest.mark.parametrize(
    ("width", "breakpoints", "suggestion"),
    [
        (390, None, "the canvas (390 px) is narrower than every breakpoint given ('sm' from 640 px), so none "
                    "of these looks would apply at it: remove it"),
        (1280, None, "at the canvas' 1280 px the 'sm' and 'lg' looks apply: write their fields on the "
                     "element itself: style: {fontSize: 20}"),
        (390, {"sm": 320, "lg": 1024}, "at the canvas' 390 px the 'sm' look applies: write its fields on the "
                                       "element itself: style: {fontSize: 18}"),
    ],
)  # fmt: skip
def test_responsive_overrides_advise_only_the_breakpoints_the_canvas_reaches(
    width: int, breakpoints: dict[str, int] | None, suggestion: str
) -> None:
    element = {**TEXT, "responsive": {"sm": {"style": {"fontSize": 18}}, "lg": {"style": {"fontSize": 20}}}}
    document: dict[str, Any] = {"width": width, "elements": [element]}
    if breakpoints:
        document["responsiveBreakpoints"] = breakpoints
    issue = _at(validate_document(document).warnings, "/elements/0/responsive")
    assert issue.suggestion == suggestion


# 8 and 17. markup of several kinds in one text


@pytest.mark.parametrize(
    ("text", "message", "suggestion"),
    [
        # character references are drawn as their characters: only the tags and marks are told
        ("<b>Bold</b> and **strong** and [link](https://x) &mdash; done",
         "HTML tags (<b>) and Markdown (**...**, [...](...)) in 'text' are drawn as written",
         'write the words plain: text: "Bold and strong and link — done"; a part with a look of its own (bold, '
         "a link) is an element of its own in a row: {type: row, gap: 4, children: [...]}"),
        ("&copy; 2025 Acme &amp; Co &mdash; **bold** <b>tag</b>",
         "HTML tags (<b>) and Markdown (**...**) in 'text' are drawn as written",
         'write the words plain: text: "© 2025 Acme & Co — bold tag"; a part with a look of its own (bold) is an '
         "element of its own in a row: {type: row, gap: 4, children: [...]}"),
        ("&amp;copy; 2025 &amp;amp; Co", "HTML entities (&copy;, &amp;) in 'text' are drawn as written",
         'write the characters themselves: "© 2025 & Co"'),
        ("Save **now**", "Markdown (**...**) in 'text' is drawn as written",
         'split it into a row: {type: row, gap: 4, children: [{type: text, text: "Save"}, '
         '{type: text, text: "now", style: {fontWeight: 600}}]}'),
    ],
)  # fmt: skip
def test_every_kind_of_markup_is_named_and_the_words_kept(text: str, message: str, suggestion: str) -> None:
    result = validate_document({"elements": [{"type": "text", "text": text, "layout": {"x": 20, "y": 100}}]})
    issue = _at(result.warnings, "/elements/0/text")
    assert (issue.code, issue.message, issue.suggestion) == ("markup_in_text", message, suggestion)


# 4 and 12. what a table, a chart and a focused element take instead


@pytest.mark.parametrize(
    ("element", "path", "suggestion"),
    [
        ({"type": "table", "sortable": True, "columns": ["Name"], "rows": [["Acme"]]}, "/elements/0/sortable",
         'a picture sorts nothing: remove it; a sort arrow goes in a column\'s label: columns: [{label: "Name ↓"}, ...]'),
        ({"type": "chart", "isStacked": True, "data": {"labels": ["A"], "values": [1]}}, "/elements/0/isStacked",
         "did you mean 'stacked'? stacked: true stacks the series into one bar per label (stacked: percent, "
         "their shares)"),
        ({"type": "button", "label": "Save", "focused": True}, "/elements/0/focused",
         'a focus state is not drawn by itself: draw its ring with style: {outline: "2px solid '
         'var(--primary-indicator)", outlineOffset: 2}'),
        ({"type": "input", "label": "Email", "state": "focus"}, "/elements/0/state",
         "a focus state is not drawn by itself: give the field an id (id: email) and ring its box in css: "
         '"#email .dsl-control {outline: 2px solid var(--primary-indicator); outline-offset: 2px}"'),
        ({"type": "button", "label": "Save", "state": "disabled"}, "/elements/0/state", "did you mean disabled: true?"),
    ],
)  # fmt: skip
def test_an_unknown_field_with_a_known_meaning_says_what_to_write(
    element: dict[str, Any], path: str, suggestion: str
) -> None:
    issue = _at(validate_document({"elements": [element]}).errors, path)
    assert (issue.code, issue.suggestion) == ("unknown_field", suggestion)


def test_the_focus_rings_advised_are_drawn() -> None:
    """The style and the css the hints give are accepted, and reach the page (their pixels:
    tests/integration/test_render_validator_advice.py)."""
    result = validate_document(
        {
            "css": FIELD_FOCUS_RING_CSS,
            "elements": [
                {"type": "input", "id": "email", "label": "Email"},
                {"type": "button", "label": "Save", "style": FOCUS_RING_STYLE},
            ],
        }
    )
    assert result.ok and result.warnings == []
    assert "outline:2px solid var(--primary-indicator)" in render_element(
        type="button", label="Save", style=FOCUS_RING_STYLE
    ).replace(": ", ":")


def test_chart_data_counts_are_told_in_good_grammar() -> None:
    result = validate_document(
        {"elements": [{"type": "chart", "data": {"labels": ["A", "B", "C"], "values": [1]}}]}
    )
    assert _at(result.warnings, "/elements/0/data/values").message == "1 value for 3 labels"


@pytest.mark.parametrize(("written", "read"), [("start", "left"), ("end", "right"), ("center", "center")])
def test_a_column_aligns_by_the_words_elements_align_by(written: str, read: str) -> None:
    assert Column.model_validate({"key": "a", "align": written}).align == read
    html = render_element(type="table", columns=[{"key": "a", "align": written}], rows=[{"a": "x"}])
    assert f"is-{read}" in html


# a theme's base under a document background of the other tone


def _tone_warnings(document: dict[str, Any], options: RenderOptions | None = None) -> list[Issue]:
    result = validate_document({**document, "elements": [TEXT]}, options=options)
    assert result.errors == [], result.errors
    return [issue for issue in result.warnings if issue.code == "background_tone"]


def test_a_dark_theme_under_a_light_background_says_the_light_palette_is_drawn() -> None:
    """An example's light background kept under base: dark drew a light page without a word."""
    document = {"theme": {"base": "dark", "primary": "#0B1F4B"}, "background": "#f8fafc"}
    (issue,) = _tone_warnings(document)
    assert issue.path == "/background"
    assert issue.message == (
        "the background '#f8fafc' is light, so the page is drawn in the light palette (dark text, light cards), "
        "not the dark theme's"
    )
    assert issue.suggestion == (
        "for a dark page remove 'background' (the dark theme's own is drawn) or pick a dark one such as "
        "'#0f172a'; for a light page write the theme's base as light"
    )
    tokens = Document.model_validate({**document, "elements": [TEXT]}).theme
    assert not page_palette(
        tokens, resolve_theme(tokens), "#f8fafc", default_density="comfortable"
    ).theme.dark


def test_a_light_theme_under_a_dark_gradient_says_the_dark_palette_is_drawn() -> None:
    (issue,) = _tone_warnings({"theme": "light", "background": "linear-gradient(#0f172a, #1e3a8a)"})
    assert issue.path == "/background"
    assert issue.message.endswith("is dark, so the page is drawn in the dark palette (light text, dark cards), "
                                  "not the light theme's")  # fmt: skip
    assert issue.suggestion is not None and "pick a light one such as '#f8fafc'" in issue.suggestion


@pytest.mark.parametrize(
    "document",
    [
        {"theme": "dark", "background": "#0f172a"},
        {"theme": {"base": "light"}, "background": "#f8fafc"},
        {"background": "#0f172a"},  # no theme chosen: a navy page is drawn dark on purpose
        {"theme": {"primary": "#7c3aed"}, "background": "#0f172a"},
        {"theme": "dark", "background": "linear-gradient(#0f172a, #f8fafc)"},  # a stop of each tone
        {"theme": "dark", "background": "rgba(255, 255, 255, 0.5)"},  # what is under it shows
        {"theme": "dark"},
    ],
)
def test_a_background_of_the_themes_tone_or_no_chosen_tone_does_not_warn(document: dict[str, Any]) -> None:
    assert _tone_warnings(document) == []


def test_a_callers_theme_that_drops_the_background_does_not_warn() -> None:
    """A caller's light over a dark document drops its background: the light theme is drawn."""
    document = {"theme": {"base": "dark"}, "background": "#f8fafc"}
    assert _tone_warnings(document, RenderOptions(theme="light")) == []
    assert [issue.path for issue in _tone_warnings(document, RenderOptions(theme="dark"))] == ["/background"]
