"""The layers of a `stack`: which are backdrops, which one the layers above it are drawn on, and
which edge a stack with no `align` lays its small layers along.

The compiler and the validator read the same rule: the compiler draws the layers over a dark
gradient in the light-on-dark palette, and the validator judges their text colours on it (white
text over a purple gradient was judged on the page's white, and dark text drawn on the purple).
The edges too: the compiler moves a second edge layer to the bottom, the validator tells a third.
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
    aligned: bool = False
    """Placed in the stack's cell by its own style (`alignSelf`/`justifySelf`)."""


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


EDGE_LAYERS = frozenset(
    {"button", "badge", "chip", "link", "avatar", "icon", "spinner", "tooltip", "row", "card"}
)
"""Layers that a stack with no `align` or `justify` lays along an edge rather than over its whole
cell: a small control in the top-left corner, a row or a card along the top (see the CSS)."""

SELF_PLACING = ("alignSelf", "justifySelf", "align-self", "justify-self")


@dataclass(frozen=True, slots=True)
class EdgePlan:
    """Where a stack with no `align` or `justify` lays its edge layers: `dropped` are the indexes
    of the layers moved to the bottom edge, `clashes` the pairs of indexes left on one edge."""

    dropped: frozenset[int]
    clashes: tuple[tuple[int, int], ...]


def edge_plan(layers: Sequence[Layer], *, own_ground: bool = False) -> EdgePlan:
    """The first edge layer over the base takes the top edge, the next the bottom one.

    A top row (a menu button and an avatar over a map) and a "3 min away" badge were both drawn
    12 px from the top-left corner, the badge hiding the menu button. A third such layer has no
    free edge: it is a clash, which the validator tells with the `align` to write instead.
    `own_ground`: the stack paints its own background (`paints_own_ground`), which is then the
    base: its first layer is laid along an edge too (a tile's icon, with its count under it; the
    count was laid over the icon, flush in the corner)."""
    dropped: set[int] = set()
    clashes: list[tuple[int, int]] = []
    top: int | None = None
    bottom: int | None = None
    for index, layer in enumerate(layers):
        if (
            (index == 0 and not own_ground)
            or layer.placed
            or layer.aligned
            or layer.type not in EDGE_LAYERS
            or is_backdrop(layer)
        ):
            continue
        if top is None:
            top = index
        elif bottom is None:
            bottom = index
            dropped.add(index)
        else:
            clashes.append((top, index))
    return EdgePlan(frozenset(dropped), tuple(clashes))


GROUND_STYLES = ("background", "backgroundColor", "backgroundImage", "background-color", "background-image")


def paints_own_ground(style: Any) -> bool:
    """A stack's style paints a background of its own: the ground its layers are laid on, as a
    backdrop layer would be."""
    return isinstance(style, Mapping) and any(style.get(name) not in (None, "") for name in GROUND_STYLES)


def places_itself(style: Any) -> bool:
    """A layer's style places it in the stack's cell."""
    return isinstance(style, Mapping) and any(style.get(name) for name in SELF_PLACING)


def written_layer(element: Any) -> Layer:
    """The `Layer` of an element as written in a document (a mapping; anything else is left out
    of the rule, as a placed layer is)."""
    if not isinstance(element, Mapping):
        return Layer("", empty=True, placed=True)
    layout = element.get("layout")
    placed = isinstance(layout, Mapping) and (layout.get("x") is not None or layout.get("y") is not None)
    empty = not any(element.get(name) for name in LAYER_CONTENT)
    return Layer(str(element.get("type")), empty, placed, places_itself(element.get("style")))
