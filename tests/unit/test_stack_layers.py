"""Which layer of a stack the layers above it are drawn on (the compiler's palette and the
validator's contrast checks both read it)."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.stack_layers import ground_index, written_layer

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
