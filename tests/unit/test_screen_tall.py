"""On a full page a top-level box as tall as the screen grows with its content (its height a
minimum); any other box, and every box on an image of the canvas, keeps its height."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.page_padding import inset_elements, page_margins
from kernel.dsl.compiler.screen_tall import SCREEN_TALL_CLASS
from kernel.dsl.model import Element

SCREEN = (900, 600)
SIDEBAR = {"type": "sidebar", "layout": {"width": 200}, "items": [{"label": "Orders"}]}


def laid_out(raw: dict[str, Any], *, full_page: bool) -> Element:
    elements = [Element.model_validate(raw)]
    (element,) = inset_elements(elements, page_margins(elements, SCREEN, None), full_page=full_page)
    return element


@pytest.mark.parametrize(
    "row",
    [
        {"type": "row", "layout": {"width": 900, "height": 600}, "children": [SIDEBAR]},
        {"type": "row", "style": {"height": "600px"}, "children": [SIDEBAR]},
        {"type": "row", "layout": {"height": "100%"}, "children": [SIDEBAR]},
    ],
    ids=["layout-px", "style-px", "a-full-share"],
)
def test_a_row_as_tall_as_the_screen_grows_on_a_full_page(row: dict[str, Any]) -> None:
    grown = laid_out(row, full_page=True)
    assert SCREEN_TALL_CLASS in (grown.className or "").split()
    least = (
        grown.layout.minHeight
        if grown.layout and grown.layout.minHeight is not None
        else (grown.style or {}).get("minHeight")
    )
    assert least == 600
    kept = laid_out(row, full_page=False)
    assert SCREEN_TALL_CLASS not in (kept.className or "")


@pytest.mark.parametrize(
    "other",
    [
        {"type": "row", "layout": {"height": 300}, "children": [SIDEBAR]},
        {"type": "row", "layout": {"height": 1200}, "children": [SIDEBAR]},
        {"type": "row", "layout": {"x": 0, "y": 0, "width": 900, "height": 600}, "children": [SIDEBAR]},
    ],
    ids=["shorter", "taller", "placed-by-coordinates"],
)
def test_any_other_height_is_kept(other: dict[str, Any]) -> None:
    assert SCREEN_TALL_CLASS not in (laid_out(other, full_page=True).className or "")


def test_a_larger_least_height_of_the_authors_stays() -> None:
    row = {"type": "row", "layout": {"height": 600, "minHeight": 700}, "children": [SIDEBAR]}
    assert laid_out(row, full_page=True).layout.minHeight == 700  # type: ignore[union-attr]
