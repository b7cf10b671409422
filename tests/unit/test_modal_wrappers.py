"""Which layout boxes are drawn as the modals they hold alone (`modal_wrappers`), and their HTML."""

from __future__ import annotations

from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.modal_wrappers import wraps_only_modals
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport

MODAL: dict[str, Any] = {"type": "modal", "title": "Save changes?", "actions": ["Discard", "Save"]}


def element(**fields: Any) -> Element:
    return Element.model_validate(fields)


@pytest.mark.parametrize(
    "box",
    [
        {"type": "row", "children": [MODAL]},
        {"type": "column", "gap": 8, "padding": 16, "align": "center", "children": [MODAL, MODAL]},
        {"type": "container", "children": [{"type": "flex", "children": [{**MODAL, "variant": "sheet"}]}]},
        {
            "type": "stack",
            "className": "dsl-inset dsl-inset-first",
            "children": [MODAL],
        },  # the page's classes
    ],
)
def test_a_box_holding_only_modals_and_drawing_nothing_is_drawn_as_them(box: dict[str, Any]) -> None:
    assert wraps_only_modals(element(**box))


@pytest.mark.parametrize(
    "box",
    [
        {"type": "row", "children": [MODAL, {"type": "paragraph", "text": "Draft"}]},  # content to dim
        {"type": "row", "children": [{**MODAL, "layout": {"x": 10, "y": 10}}]},  # placed: no backdrop
        {"type": "row", "style": {"background": "#eee"}, "children": [MODAL]},
        {"type": "row", "layout": {"height": 400}, "children": [MODAL]},
        {"type": "row", "id": "preview", "children": [MODAL]},
        {"type": "row", "className": "preview", "children": [MODAL]},
        {"type": "card", "children": [MODAL]},  # a card draws its own box
        {"type": "row", "children": []},
    ],
)
def test_a_box_with_content_or_a_look_of_its_own_stays_the_region_its_modal_dims(box: dict[str, Any]) -> None:
    assert not wraps_only_modals(element(**box))


def test_the_box_draws_no_tag_its_modal_keeps_its_path() -> None:
    ctx = RenderContext(viewport=Viewport(390, 844, 3.0))
    row = element(type="row", children=[MODAL])
    ctx.index_paths([row])
    html = ctx.render(row)
    assert html.startswith('<div class="dsl-modal-backdrop is-dialog" data-path="/elements/0/children/0">'), (
        html
    )
    assert "dsl-row" not in html
