"""The layers of a `stack`: which are backdrops, and which one the layers above it are drawn on.

The compiler and the validator read the same rule: the compiler draws the layers over a dark
gradient in the light-on-dark palette, and the validator judges their text colours on it (white
text over a purple gradient was judged on the page's white, and dark text drawn on the purple).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

BACKDROP_BOXES = frozenset({"container", "row", "column", "flex", "grid", "stack", "section", "card"})
"""Boxes that, holding nothing, are a fill behind the other layers (a gradient band, a dimming
overlay over a photo)."""

BACKDROP_MEDIA = frozenset({"image", "video", "map", "skeleton"})
"""Pictures the other layers of a stack are laid over."""

LAYER_CONTENT = ("children", "text", "title", "label")
"""What a box draws of its own: one holding none of these is a backdrop."""


@dataclass(frozen=True, slots=True)
class Layer:
    """What the rule needs to know of one layer: its `type`, whether it is `empty` (draws none
    of `LAYER_CONTENT`) and whether it is `placed` by coordinates (out of the stack's cell)."""

    type: str
    empty: bool
    placed: bool


def is_backdrop(layer: Layer) -> bool:
    """A picture, or a box that holds nothing: what the other layers are laid over."""
    return layer.type in BACKDROP_MEDIA or (layer.type in BACKDROP_BOXES and layer.empty)


def ground_index(layers: Sequence[Layer]) -> int | None:
    """The index of the layer that the layers above it are drawn on: the topmost backdrop under
    the top layer (a gradient under a headline, a dimming overlay over a photo), else the bottom
    layer (a card with a badge over it). None when fewer than two layers are in the stack's cell
    (a layer placed by coordinates may lie anywhere)."""
    in_cell = [index for index, layer in enumerate(layers) if not layer.placed]
    if len(in_cell) < 2:
        return None
    backdrops = [index for index in in_cell[:-1] if is_backdrop(layers[index])]
    return backdrops[-1] if backdrops else in_cell[0]


def written_layer(element: Any) -> Layer:
    """The `Layer` of an element as written in a document (a mapping; anything else is left out
    of the rule, as a placed layer is)."""
    if not isinstance(element, Mapping):
        return Layer("", empty=True, placed=True)
    layout = element.get("layout")
    placed = isinstance(layout, Mapping) and (layout.get("x") is not None or layout.get("y") is not None)
    return Layer(str(element.get("type")), not any(element.get(name) for name in LAYER_CONTENT), placed)
