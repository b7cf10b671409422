"""Which layout boxes pad themselves, so a card with `padding: 0` gives them no second inset."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.own_padding import PADS_ITSELF_CLASS, is_zero_padding, pads_itself
from kernel.dsl.prepare import prepare_render


@pytest.mark.parametrize(
    ("padding", "zero"), [("0", True), ("0px 0 0rem", True), ("20px", False), ("0 20px", False)]
)
def test_a_padding_is_zero_only_when_every_side_is(padding: str, zero: bool) -> None:
    assert is_zero_padding(padding) == zero


@pytest.mark.parametrize(
    ("kind", "decls", "pads"),
    [
        ("grid", {"padding": "20px"}, True),
        ("row", {"padding": "0 16px"}, True),
        ("column", {"padding": "0px"}, False),
        ("grid", {"padding-top": "20px"}, False),
        ("text", {"padding": "20px"}, False),
    ],
)
def test_only_a_layout_box_with_a_padding_that_is_not_zero_pads_itself(
    kind: str, decls: dict[str, str], pads: bool
) -> None:
    assert pads_itself(kind, decls) == pads


def _grid_tag(grid: dict[str, Any]) -> str:
    card = {"type": "card", "padding": 0, "children": [{"type": "grid", "columns": 3, **grid}]}
    html = prepare_render({"width": 390, "height": 400, "elements": [card]}).html
    start = html.index('<div class="dsl-grid')
    return html[start : html.index(">", start)]


def test_a_padded_grid_is_marked_by_its_dsl_padding_or_its_styles() -> None:
    assert PADS_ITSELF_CLASS in _grid_tag({"padding": 20})
    assert PADS_ITSELF_CLASS in _grid_tag({"style": {"padding": "12px 20px"}})
    assert PADS_ITSELF_CLASS not in _grid_tag({})
