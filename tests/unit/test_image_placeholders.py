"""The box a placeholder image takes when given one side or none, and how its caption fits."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.placeholder_box import logo_placeholder_box, takes_photo_ratio
from kernel.dsl.compiler.placeholder_caption import CaptionFit, fit_caption
from kernel.dsl.model import Element


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
