"""Text wrapping in styles and css: `textWrap` and its longhands are allowed and their values
checked, the `css` check does not call a property Chromium parses unknown, and the design system
balances headings and keeps paragraphs' last lines from a lone word in every language."""

from __future__ import annotations

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.text_wrap import SHORT_CLASS, WRAP_CSS, wrap_class
from kernel.dsl.model import Document, Element
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_document

HEADING = {"type": "heading", "level": 1, "text": "Customer analytics without the data team"}


@pytest.mark.parametrize(
    ("name", "value"),
    [("textWrap", "balance"), ("textWrap", "pretty"), ("textWrap", "wrap balance"), ("text-wrap", "nowrap"),
     ("textWrapStyle", "balance"), ("textWrapMode", "nowrap")],
)  # fmt: skip
def test_text_wrap_in_a_style_is_allowed_and_drawn(name: str, value: str) -> None:
    document = {"elements": [{**HEADING, "style": {name: value}}]}
    result = validate_document(document)
    assert result.ok and result.warnings == [], (result.errors, result.warnings)
    html = compile_html(Document.model_validate(document), Viewport(800, 600, 1))
    kebab = {"textWrap": "text-wrap", "textWrapStyle": "text-wrap-style", "textWrapMode": "text-wrap-mode"}
    assert f"{kebab.get(name, name)}:{value}" in html


def test_a_text_wrap_chromium_drops_warns_with_the_value_meant() -> None:
    result = validate_document({"elements": [{**HEADING, "style": {"textWrap": "balanced"}}]})
    (warning,) = result.warnings
    assert (warning.path, warning.code) == ("/elements/0/style/textWrap", "invalid_style_value")
    assert "did you mean 'balance'?" in (warning.suggestion or "")


@pytest.mark.parametrize(
    "declaration",
    ["text-wrap: balance", "text-wrap: pretty", "text-wrap-style: balance", "text-wrap-mode: nowrap",
     "white-space-collapse: preserve", "text-box-trim: trim-both", "container-type: inline-size",
     "field-sizing: content", "anchor-name: --tip", "view-transition-name: hero", "interpolate-size: allow-keywords"],
)  # fmt: skip
def test_a_property_chromium_parses_is_no_unknown_property_in_css(declaration: str) -> None:
    """`text-wrap: balance` was "unknown ... Chromium will ignore it (did you mean 'flex-wrap'?)"."""
    result = validate_document({"css": f".dsl-heading {{ {declaration} }}", "elements": [HEADING]})
    assert result.warnings == [], result.warnings


def test_a_misspelt_property_in_css_still_warns_with_the_one_meant() -> None:
    result = validate_document({"css": ".dsl-heading { text-wrp: balance }", "elements": [HEADING]})
    (warning,) = result.warnings
    assert warning.code == "unknown_css_property" and "Chromium will ignore it" in warning.message
    assert warning.suggestion == "did you mean 'text-wrap'?"


def test_a_text_wrap_value_chromium_drops_in_css_warns() -> None:
    result = validate_document({"css": ".dsl-heading { text-wrap: balanse }", "elements": [HEADING]})
    (warning,) = result.warnings
    assert warning.code == "invalid_style_value" and "(in css, rule " in warning.message


@pytest.mark.parametrize("lang", [None, "en", "fr", "ja", "ar"])
def test_headings_balance_and_paragraphs_wrap_prettily_in_every_language(lang: str | None) -> None:
    document = Document.model_validate(
        {"lang": lang, "elements": [HEADING, {"type": "paragraph", "text": "Body text."}]}
    )
    html = compile_html(document, Viewport(800, 600, 1))
    assert ".dsl-heading,.dsl-section-title,.dsl-header-title,.dsl-card-title,.dsl-modal-title" in html
    assert (
        "{text-wrap-style:balance}" in html
        and ".dsl-paragraph,.dsl-text,.dsl-card-text,.dsl-card-desc,.dsl-section-desc" in html
        and ".dsl-empty-text{text-wrap-style:pretty}" in html
    )


def test_centred_short_text_is_balanced_and_long_or_uncentred_text_is_not() -> None:
    """A hero's centred subtitle ended on a line of a word or two; a centred run longer than some
    three lines stays `pretty`, which Chromium's balance (six lines at most) would drop."""
    short = "Tideline groups related alerts into a single incident and pages the right engineer."
    assert wrap_class(Element(type="paragraph", text=short), "center") == SHORT_CLASS
    assert wrap_class(Element(type="text", text=short), "center") == SHORT_CLASS
    assert wrap_class(Element(type="paragraph", text=short * 3), "center") == ""
    assert wrap_class(Element(type="paragraph", text=short), "start") == ""
    html = compile_html(
        Document.model_validate({"elements": [{"type": "paragraph", "align": "center", "text": short}]}),
        Viewport(800, 600, 1),
    )
    assert f'is-text-center {SHORT_CLASS}"' in html
    for centred in (".is-short-text", ".dsl-section-head.is-text-center>.dsl-section-desc",
                    ".dsl-card.is-centered>.dsl-card-head .dsl-card-desc"):  # fmt: skip
        assert f"{centred}," in WRAP_CSS or f",{centred}" in WRAP_CSS
