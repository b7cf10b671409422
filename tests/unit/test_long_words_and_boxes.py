"""Long words and small boxes: compounds hyphenated in languages that build them, a badge's text in a
box of its own, and a coloured top-level band that keeps its text off the canvas edges."""

from __future__ import annotations

from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.hyphenation import SOFT_HYPHEN, compound_hyphenated
from kernel.dsl.compiler.page_padding import BAND_CLASS, inset_elements, margins_css, page_margins
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport

LAPTOP = (1280, 800)
COMPOUND = "Grundstücksverkehrsgenehmigungszuständigkeit"


def render(lang: str | None = None, **fields: Any) -> str:
    """One element's HTML in a document of language `lang`."""
    context = RenderContext(viewport=Viewport(800, 600, 1.0), lang=lang)
    return context.render(Element.model_validate(fields))


def elements(*raw: dict[str, Any]) -> list[Element]:
    return [Element.model_validate(item) for item in raw]


# -- compounds ------------------------------------------------------------------------------------


def test_a_long_compound_may_break_between_its_syllables_in_a_compounding_language() -> None:
    marked = compound_hyphenated(f"Die {COMPOUND} prüft", "de-AT")
    assert marked.replace(SOFT_HYPHEN, "") == f"Die {COMPOUND} prüft"
    assert marked.count(SOFT_HYPHEN) >= 8 and marked.startswith("Die Grund")
    assert SOFT_HYPHEN in compound_hyphenated("arbeidsongeschiktheidsverzekering", "nl")
    assert SOFT_HYPHEN in compound_hyphenated("„Rechtsschutzversicherungsgesellschaften“,", "de")
    assert compound_hyphenated("Pitkäaikaistyöttömyys", "fi").split(SOFT_HYPHEN)[:2] == [
        "Pit",
        "kä",
    ]  # Voikko


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("internationalization", "en"),  # English keeps every pixel
        ("internationalization", None),
        ("Zahlungsinformationen", "fr"),  # not a compounding language
        ("Kontoauszug drucken", "de"),  # no word of 12 letters
        ("https://example.de/datenschutzgrundverordnung", "de"),  # a URL keeps its letters together
        ("NORTHWIND_PROD_ANALYTICSVERWALTUNG", "de"),
        ("getElementsByClassName", "de"),
    ],
)
def test_other_languages_short_words_and_codes_are_left_as_written(text: str, lang: str | None) -> None:
    assert compound_hyphenated(text, lang) == text


def test_headings_paragraphs_and_labels_carry_the_breaks_and_english_ones_do_not() -> None:
    for kind in ("heading", "paragraph", "label"):
        german = render("de", type=kind, text=f"{COMPOUND} & mehr")
        assert SOFT_HYPHEN in german and "&amp; mehr" in german, kind
        english = render("en", type=kind, text="Internationalization & localization")
        assert SOFT_HYPHEN not in english and "Internationalization &amp; localization" in english
    assert SOFT_HYPHEN in render("de", type="heading", title=COMPOUND)


def test_a_badges_text_has_its_own_box_to_end_in_an_ellipsis() -> None:
    html = render(type="badge", text="Pending review", icon="clock")
    assert html.endswith('<span class="dsl-badge-text">Pending review</span></span>')
    assert 'class="dsl-badge-text"' not in render(type="badge", icon="clock")


# -- a coloured band ------------------------------------------------------------------------------

BAND = {"type": "container", "style": {"background": "#e2e8f0"}, "layout": {"height": 300}}
HEADING = {"type": "heading", "level": 3, "text": "214 vehicles on the road"}
PLACED = {"type": "card", "title": "Alerts", "layout": {"x": 1000, "y": 24, "width": 300}}


def test_an_unpadded_coloured_band_holding_flowing_text_keeps_the_margin_inside() -> None:
    page = elements({**BAND, "children": [PLACED, HEADING]}, {"type": "heading", "text": "Below"})
    margins = page_margins(page, LAPTOP, None)
    assert (margins.inset, margins.bands) == ((False, True), (True, False))
    band, below = inset_elements(page, margins)
    assert band.className == BAND_CLASS and below.className == "dsl-inset dsl-inset-last dsl-after-edge"
    assert ".dsl-root>.dsl-band{padding:24px}" in margins_css(margins, 1280)
    assert ".dsl-root>.dsl-band{padding:16px}" in margins_css(page_margins(page, (390, 844), None), 390)


@pytest.mark.parametrize(
    "band",
    [
        {**BAND, "padding": 8, "children": [HEADING]},  # the author's own padding
        {**BAND, "style": {"background": "#e2e8f0", "paddingTop": 40}, "children": [HEADING]},
        {**BAND, "children": [PLACED]},  # coordinates count from its padding
        {**BAND, "children": []},
        {**BAND, "children": [{"type": "navbar", "title": "Acme"}, HEADING]},  # chrome runs to its edges
        {**BAND, "children": [{"type": "column", "style": {"background": "#111"}}, HEADING]},  # a panel
        {"type": "container", "children": [HEADING]},  # not coloured: inset instead
        {"type": "heading", "text": "Hi", "style": {"background": "#eee"}},  # not a layout box
    ],
    ids=["padded", "padded-on-top", "only-placed-children", "empty", "holds-a-navbar", "holds-a-panel",
         "uncoloured", "a-coloured-heading"],
)  # fmt: skip
def test_other_top_level_boxes_are_no_bands(band: dict[str, Any]) -> None:
    margins = page_margins(elements(band), LAPTOP, None)
    assert margins.bands == (False,)
    assert BAND_CLASS not in margins_css(margins, 1280)


def test_the_documents_padding_leaves_bands_alone() -> None:
    margins = page_margins(elements({**BAND, "children": [HEADING]}), LAPTOP, 0)
    assert not any(margins.bands) and margins_css(margins, 1280) == ""


@pytest.mark.parametrize(
    "fields",
    [
        {"type": "card", "title": "Datenschutzgrundverordnung"},
        {"type": "card", "description": "Datenschutzgrundverordnung"},
        {"type": "card", "text": "Datenschutzgrundverordnung"},
        {"type": "text", "text": "Datenschutzgrundverordnung"},
    ],
)
def test_a_cards_words_and_a_text_break_long_compounds_with_a_hyphen(fields: dict[str, Any]) -> None:
    assert SOFT_HYPHEN in render("de", **fields)
    assert SOFT_HYPHEN not in render("en", **fields)


def test_a_cards_badge_words_have_their_own_box_to_end_in_an_ellipsis() -> None:
    assert '<span class="dsl-badge-text">Ausstehende Prüfung</span>' in render(
        None, type="card", title="A", badge="Ausstehende Prüfung"
    )


@pytest.mark.parametrize(
    "fields",
    [
        {"type": "input", "label": "Grundstücksverkehrsgenehmigung"},
        {"type": "select", "label": "Grundstücksverkehrsgenehmigung", "options": ["A"]},
        {"type": "checkbox", "label": "Telekommunikationsüberwachung"},
        {"type": "toggle", "label": "Energieeinsparverordnung"},
        {"type": "radio", "label": "A", "options": ["Datenschutzgrundverordnung"]},
        {"type": "slider", "label": "Grundstücksverkehrsgenehmigung", "value": 3},
    ],
)
def test_field_and_choice_labels_break_long_compounds_with_a_hyphen(fields: dict[str, Any]) -> None:
    assert SOFT_HYPHEN in render("de", **fields)
    assert SOFT_HYPHEN not in render("en", **fields)
