"""The screen's margin: content alone keeps off the canvas edges; a page designed edge to edge keeps them."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.page_padding import page_padding
from kernel.dsl.model import Element


def elements(*raw: dict[str, Any]) -> list[Element]:
    return [Element.model_validate(item) for item in raw]


@pytest.mark.parametrize(
    "content",
    [
        [{"type": "heading", "text": "Analytics"}, {"type": "paragraph", "text": "Hello"}],
        [{"type": "grid", "columns": 2, "children": [{"type": "card", "title": "A"}]}],
        [{"type": "card", "title": "Sized card", "layout": {"width": 300}}],
        [{"type": "section", "title": "Team", "children": [{"type": "navbar"}]}],
        [{"type": "header", "title": "Orders"}],
        [],
    ],
    ids=["text", "grid-of-cards", "sized-card", "navbar-in-a-section", "page-header", "empty"],
)
def test_content_alone_gets_a_margin_that_suits_the_screen(content: list[dict[str, Any]]) -> None:
    assert page_padding(elements(*content), 1280, None) == 24
    assert page_padding(elements(*content), 390, None) == 16


@pytest.mark.parametrize(
    "page",
    [
        [{"type": "navbar", "title": "Acme"}, {"type": "heading", "text": "Hi"}],
        [{"type": "row", "children": [{"type": "sidebar"}, {"type": "column"}]}],
        [{"type": "column", "children": [{"type": "column", "children": [{"type": "footer"}]}]}],
        [{"type": "tabs", "variant": "bottom", "items": ["Home"]}],
        [{"type": "column", "padding": 32, "children": [{"type": "heading", "text": "Hi"}]}],
        [{"type": "row", "style": {"backgroundColor": "#111"}}],
        [{"type": "container", "layout": {"height": 800}}],
        [{"type": "button", "label": "Go", "layout": {"x": 10, "y": 10}}],
    ],
    ids=["navbar", "sidebar-in-a-row", "nested-footer", "bottom-tabs", "padded-column",
         "coloured-row", "sized-container", "placed-by-coordinates"],
)  # fmt: skip
def test_a_page_designed_edge_to_edge_gets_none(page: list[dict[str, Any]]) -> None:
    assert page_padding(elements(*page), 1280, None) == 0


def test_the_documents_own_padding_wins() -> None:
    assert page_padding(elements({"type": "heading", "text": "Hi"}), 1280, 0) == 0
    assert page_padding(elements({"type": "navbar"}), 1280, 12) == 12
