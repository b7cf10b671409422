"""The model reads other libraries' size words on every element (`large` is `lg`) and a theme
radius written as CSS writes it (`"8px"`, `"0.5rem"`)."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.model import Element, ThemeTokens
from kernel.dsl.validate import validate_document
from tests.support.elements import render_element


@pytest.mark.parametrize(("written", "read"), [("large", "lg"), ("Small", "sm"), (" MEDIUM ", "md"), ("lg", "lg"),
                                               ("48px", "48px"), (48, 48.0), ("huge", "huge")])  # fmt: skip
def test_a_size_word_of_another_library_is_read_as_the_dsls(written: Any, read: Any) -> None:
    assert Element(type="avatar", size=written).size == read


@pytest.mark.parametrize("kind", ["avatar", "rating", "spinner", "icon", "progress"])
def test_large_and_small_draw_as_lg_and_sm_on_every_sized_type(kind: str) -> None:
    """`size: large` on an avatar, a rating or a spinner was drawn at the default while the button
    beside it grew."""
    fields: dict[str, Any] = {"type": kind, "name": "Jo Park", "value": 4}
    assert render_element(**fields, size="large") == render_element(**fields, size="lg")
    assert render_element(**fields, size="small") == render_element(**fields, size="sm")
    assert render_element(**fields, size="large") != render_element(**fields, size="md")


@pytest.mark.parametrize(("written", "px"), [("8px", 8.0), (" 12 px ", 12.0), ("8", 8.0), ("0.5rem", 8.0),
                                             (".75rem", 12.0), (8, 8.0), (0, 0.0)])  # fmt: skip
def test_a_theme_radius_is_read_in_px_or_rem(written: Any, px: float) -> None:
    """`radius: "8px"` was refused with a bare "expected a number", though `style` takes "14px"."""
    assert ThemeTokens(radius=written).radius == px


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("large", "expected a radius in px, 0-64 (write 8, or '8px'), got 'large'"),
        ("100px", "must be at most 64, got '100px'"),
        ("-4px", "expected a radius in px, 0-64 (write 8, or '8px'), got '-4px'"),
    ],
)
def test_a_theme_radius_that_is_no_length_in_range_says_what_to_write(written: str, message: str) -> None:
    result = validate_document({"theme": {"radius": written}, "elements": [{"type": "text", "text": "x"}]})
    assert [(issue.path, issue.message) for issue in result.errors] == [("/theme/radius", message)]


@pytest.mark.parametrize(("size", "warned"), [("huge", True), (40, True), ("h1", True), ("XL", False),
                                              ("large", False), ("sm", False)])  # fmt: skip
def test_a_headers_size_that_it_does_not_draw_warns_with_its_sizes(size: Any, warned: bool) -> None:
    result = validate_document({"elements": [{"type": "header", "title": "Orders", "size": size}]})
    said = [w for w in result.warnings if w.path == "/elements/0/size"]
    assert bool(said) is warned
    if warned:
        assert said[0].code == "invalid_value" and "default size is drawn" in said[0].message
        assert said[0].suggestion is not None and "sm, md, lg or xl" in said[0].suggestion


@pytest.mark.parametrize(
    ("size", "drawn"), [(" Large ", "lg"), ("default", "md"), ("XL", "xl"), ("huge", "md")]
)
def test_a_headers_size_is_drawn_as_the_validator_reads_it(size: str, drawn: str) -> None:
    html = render_element(type="header", title="Orders", size=size)
    assert f'class="dsl-header-title is-{drawn}"' in html
    said = validate_document({"elements": [{"type": "header", "title": "Orders", "size": size}]}).warnings
    assert bool(said) is (size == "huge")
