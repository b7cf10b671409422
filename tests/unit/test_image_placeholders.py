"""The box a placeholder image takes when given one side or none, and how its caption fits."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.placeholder_box import logo_placeholder_box, takes_photo_ratio
from kernel.dsl.compiler.placeholder_caption import CaptionFit, fit_caption
from kernel.dsl.compiler.wordmark import wordmark_font_px, wordmark_text
from kernel.dsl.model import Element
from tests.support.elements import classes_of, render_element


def image(**fields: Any) -> Element:
    return Element.model_validate({"type": "image", "variant": "logo", **fields})


@pytest.mark.parametrize(
    ("layout", "sides"),
    [
        ({"height": 32}, (96, 32)),
        ({}, (120, 40)),
        ({"width": 150}, (150, 50)),
        ({"width": 200, "height": 20}, (200, 20)),
        ({"height": "50%"}, (None, "50%")),
    ],
)
def test_a_logo_placeholder_gets_the_sides_of_a_wordmarks_box(
    layout: dict[str, Any], sides: tuple[Any, Any]
) -> None:
    drawn = logo_placeholder_box(image(layout=layout))
    assert drawn.layout is not None and (drawn.layout.width, drawn.layout.height) == sides


def test_a_logo_given_an_aspect_ratio_is_left_as_written() -> None:
    logo = image(layout={"height": 32}, style={"aspectRatio": "1"})
    assert logo_placeholder_box(logo) is logo


def test_only_a_picture_given_a_height_alone_takes_a_photos_ratio() -> None:
    assert takes_photo_ratio(image(layout={"height": 48}))
    assert not takes_photo_ratio(image(layout={"height": 48, "width": 100}))
    assert not takes_photo_ratio(image(layout={"height": "50%"}))
    assert not takes_photo_ratio(image())


@pytest.mark.parametrize(
    ("alt", "width", "height", "fit"),
    [
        ("Acme logo", 120, 40, CaptionFit(13.0)),  # beside the icon, as it was
        ("Acme wordmark", 120, 40, CaptionFit(12.0, icon=False)),  # was "Acme word…"
        ("Company logo of the Acme Corporation International", 200, 40, CaptionFit(11.0, lines=2)),
        ("Company logo of the Acme Corporation International", 200, 28, CaptionFit(11.0)),  # "…"
    ],
)
def test_a_caption_takes_the_first_way_it_fits(alt: str, width: int, height: int, fit: CaptionFit) -> None:
    assert fit_caption(alt, width, height, 16, "sans") == fit


def test_a_caption_is_drawn_with_its_size_and_lines() -> None:
    assert fit_caption("Acme logo", 120, 40, 16, "sans").html("Acme logo") == (
        '<span class="dsl-image-alt">Acme logo</span>'
    )
    assert 'class="dsl-image-alt is-two-lines" style="font-size:11px"' in CaptionFit(11.0, lines=2).html("x")


# -- a logo strip's placeholders drawn as wordmarks -------------------------------------------------


def _strip(*alts: str, **layout: Any) -> str:
    children = [{"type": "image", "src": f"{alt.lower()}.svg", "alt": alt, "layout": layout} for alt in alts]
    return render_element(type="row", children=children)


def test_a_logo_strips_placeholders_are_wordmarks_not_dashed_boxes() -> None:
    """Five 32 px placeholders in a row drew dashed chips with an image icon: each is its alt,
    bold and muted, with no placeholder frame, as wide as the word."""
    html = _strip("Acme", "Globex", "Initech", "Umbrella", "Hooli", height=32)
    assert "is-logo-strip" in classes_of(html)
    assert html.count("is-wordmark") == 5 and "is-placeholder" not in html and "<svg" not in html
    assert '<span class="dsl-wordmark" style="font-size:16px">Globex</span>' in html
    assert 'aria-label="Globex"' in html and "width:" not in html


def test_a_placeholder_outside_a_strip_keeps_its_frame() -> None:
    pair = _strip("Acme", "Globex", height=32)  # two are a pair, not a strip
    gallery = _strip("Acme", "Globex", "Initech")  # no size: a gallery's pictures
    assert "is-wordmark" not in pair + gallery and pair.count("is-placeholder") == 2


def test_logos_given_no_size_make_a_strip_of_40_px_wordmarks() -> None:
    html = _strip("Acme logo", "Globex logo", "Initech logo")
    assert html.count("is-wordmark") == 3 and "height:40px" in html
    assert '<span class="dsl-wordmark" style="font-size:20px">Acme</span>' in html


@pytest.mark.parametrize(
    ("alt", "text"),
    [("Acme", "Acme"), ("Acme logo", "Acme"), ("Globex - Wordmark", "Globex"), ("Logo", "Logo")],
)
def test_a_wordmark_leaves_out_a_trailing_logo_word(alt: str, text: str) -> None:
    assert wordmark_text(alt) == text


@pytest.mark.parametrize(
    ("text", "width", "height", "font"),
    [
        ("Acme", None, 32, 16.0),
        ("Acme", None, 40, 20.0),
        ("Acme", None, 160, 28.0),
        ("Acme", None, 20, 12.0),
        ("Acme", 120, 40, 20.0),
        ("Globex Corporation", 120, 40, 11.0),  # smaller where the author's width would cut it
    ],
)
def test_a_wordmarks_size_follows_its_box(text: str, width: int | None, height: int, font: float) -> None:
    assert wordmark_font_px(text, width, height, "sans") == font
