"""Which layer of a stack the layers above it are drawn on (the compiler's palette and the
validator's contrast checks both read it)."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.stack_layers import EdgePlan, edge_plan, ground_index, paints_own_ground, written_layer
from kernel.dsl.validate import validate_document

PHOTO = {"type": "image", "alt": "Hall"}
OVERLAY = {"type": "container", "style": {"background": "rgb(0 0 0 / 50%)"}}
HEADLINE = {"type": "heading", "text": "Lisbon"}
BADGE = {"type": "badge", "text": "New"}
CARD = {"type": "card", "title": "Bloom & Bean"}


@pytest.mark.parametrize(
    ("layers", "ground"),
    [
        ([PHOTO, HEADLINE], 0),
        ([PHOTO, OVERLAY, HEADLINE, BADGE], 1),  # the dimming overlay, not the photo under it
        ([CARD, BADGE], 0),  # no backdrop: the bottom layer
        ([PHOTO, HEADLINE, OVERLAY], 0),  # the top layer is over everything, under nothing
        ([PHOTO], None),
        ([PHOTO, {**HEADLINE, "layout": {"x": 0, "y": 0}}], None),  # placed anywhere
        ([{**OVERLAY, "layout": {"x": 10}}, PHOTO, HEADLINE], 1),
        (["text", PHOTO, HEADLINE], 1),  # what is no element is left out
    ],
)  # fmt: skip
def test_the_ground_is_the_topmost_backdrop_under_the_top_layer(
    layers: list[Any], ground: int | None
) -> None:
    assert ground_index([written_layer(layer) for layer in layers]) == ground


def test_the_players_ground_is_the_colour_its_css_draws() -> None:
    """A stack's layers over a video take the palette of this colour: the player's own."""
    from kernel.dsl.compiler.elements.feedback import CSS
    from kernel.dsl.compiler.stack_ground import PLAYER_BACKDROP

    assert f"{PLAYER_BACKDROP} 45%" in CSS


MAP = {"type": "map", "label": "Pickup"}
TOP_ROW = {"type": "row", "children": [{"type": "button", "icon": "menu"}]}


@pytest.mark.parametrize(
    ("layers", "dropped", "clashes"),
    [
        ([MAP, TOP_ROW, BADGE], {2}, ()),  # the badge under the top row, at the bottom
        ([MAP, BADGE], set(), ()),  # a lone badge keeps its corner
        ([MAP, TOP_ROW, BADGE, BADGE], {2}, ((1, 3),)),  # no edge left for the third
        ([MAP, TOP_ROW, {**BADGE, "style": {"alignSelf": "center"}}], set(), ()),  # placed by its style
        ([MAP, TOP_ROW, {**BADGE, "layout": {"x": 8, "y": 8}}], set(), ()),  # placed by coordinates
        ([PHOTO, OVERLAY, HEADLINE, BADGE], set(), ()),  # a headline fills the cell; the overlay is backdrop
    ],
)  # fmt: skip
def test_a_second_edge_layer_goes_to_the_bottom_and_a_third_clashes(
    layers: list[Any], dropped: set[int], clashes: tuple[tuple[int, int], ...]
) -> None:
    plan = edge_plan([written_layer(layer) for layer in layers])
    assert plan.dropped == dropped
    assert plan.clashes == clashes


def test_the_validator_names_both_layers_that_share_an_edge_and_suggests_align() -> None:
    document = {"elements": [{"type": "stack", "children": [MAP, TOP_ROW, BADGE, BADGE]}]}
    warnings = [
        issue for issue in validate_document(document).warnings if issue.code == "stack_layers_overlap"
    ]
    assert [issue.path for issue in warnings] == ["/elements/0/children/3"]
    assert "/elements/0/children/1" in warnings[0].message
    assert warnings[0].suggestion is not None and "align" in warnings[0].suggestion
    aligned = {"elements": [{"type": "stack", "align": "end", "children": [MAP, TOP_ROW, BADGE, BADGE]}]}
    assert not [
        issue for issue in validate_document(aligned).warnings if issue.code == "stack_layers_overlap"
    ]


ICON = {"type": "icon", "name": "flask-conical"}


def test_a_stack_painted_by_its_own_background_lays_its_first_layer_on_an_edge_too() -> None:
    """A tile's icon was its base, so its count took the top edge over it; with the stack's own
    background as the base the icon takes the top edge, the count the bottom one, a third clashes."""
    layers = [written_layer(layer) for layer in (ICON, BADGE, BADGE)]
    assert edge_plan(layers[:2], own_ground=True) == EdgePlan(frozenset({1}), ())
    assert edge_plan(layers, own_ground=True).clashes == ((0, 2),)
    tile = {"type": "stack", "style": {"backgroundColor": "#1e3a8a"}, "children": [ICON, BADGE, BADGE]}
    warnings = [
        w for w in validate_document({"elements": [tile]}).warnings if w.code == "stack_layers_overlap"
    ]
    assert [w.path for w in warnings] == ["/elements/0/children/2"]
    assert paints_own_ground({"background": "linear-gradient(#000, #111)"}) and not paints_own_ground(
        {"color": "red"}
    )
