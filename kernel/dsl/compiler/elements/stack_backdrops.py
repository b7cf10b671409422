"""A stack's layers: the picture under the others drawn as their backdrop, edge layers placed."""

from __future__ import annotations

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.html import with_class
from kernel.dsl.compiler.stack_ground import layer_of
from kernel.dsl.compiler.styles import explicit_size, is_absolute
from kernel.dsl.data_uris import is_drawable_image_uri
from kernel.dsl.model import Element, StyleValue
from kernel.dsl.stack_layers import EDGE_LAYERS, edge_plan, is_backdrop

BACKDROP_CLASS = "is-backdrop"


ZOOM_COVERED_CLASS = "has-covered-zoom"
"""Marks a map under a layer laid along the stack's bottom edge: its zoom controls are not drawn."""

SMALL_LAYERS = EDGE_LAYERS - {"row", "card"}
"""Edge layers as small as a control: laid in a corner, they leave the others free."""

BOTTOM_PLACES = frozenset({"end", "flex-end", "self-end", "last baseline"})


def stack_layers(layers: list[Element], ctx: RenderContext, *, align: str | None = None) -> str:
    """The layers of a stack, first at the bottom. A placeholder picture with layers over it (a
    hero's photo under a dimming overlay and its headline) is marked `is-backdrop`: it keeps its
    hatching and drops its centred icon and captions, which showed through the headline (see
    the layout module's CSS). A map under a card or a row along the bottom edge (a listing's card
    over the search map; `align`: the stack's) is marked ZOOM_COVERED_CLASS: the card hid its zoom
    controls, but for their square corner showing past its rounded one."""
    if not layers or all(map(is_absolute, layers)):
        return ctx.render_all(layers)
    last = len(layers) - 1
    bottom = [index for index, layer in enumerate(layers) if _lies_along_bottom(layer, align)]
    drawn = []
    for index, layer in enumerate(layers):
        html = ctx.render(layer)
        if index < last and _is_placeholder_picture(layer):
            html = with_class(html, BACKDROP_CLASS)
        if layer.type == "map" and any(above > index for above in bottom):
            html = with_class(html, ZOOM_COVERED_CLASS)
        drawn.append(html)
    return "".join(drawn)


def _lies_along_bottom(layer: Element, align: str | None) -> bool:
    """A layer as wide as the stack's cell (not a small control in a corner, not a backdrop, not
    placed by coordinates) laid along its bottom edge: by its own alignSelf (`edge_layers` sets
    it for the second edge layer), else by the stack's `align`."""
    if is_absolute(layer) or layer.type in SMALL_LAYERS or is_backdrop(layer_of(layer)):
        return False
    style = layer.style or {}
    own = style.get("alignSelf") or style.get("align-self")
    return str(own or align or "").strip() in BOTTOM_PLACES


def _is_placeholder_picture(element: Element) -> bool:
    """An image drawn as a labelled placeholder: its source is not an embedded picture."""
    return element.type == "image" and not is_drawable_image_uri(element.src)


def edge_layers(layers: list[Element], *, own_ground: bool) -> list[Element]:
    """The layers of a stack with no `align` or `justify`, the ones `edge_plan` drops to the
    bottom edge placed there by their style (a badge under a top row over a map)."""
    dropped = edge_plan([layer_of(layer) for layer in layers], own_ground=own_ground).dropped
    return [
        layer.model_copy(update={"style": {"alignSelf": "end", **(layer.style or {})}})
        if index in dropped
        else layer
        for index, layer in enumerate(layers)
    ]


def stretched_backdrop(child: Element) -> Element:
    """A backdrop layer of an aligned stack fills the stack on each axis the author left unsized.

    `align`/`justify` place content (a caption, a badge); an empty box or a picture behind it has
    no size of its own and would otherwise shrink to nothing.
    """
    if is_absolute(child) or not is_backdrop(layer_of(child)):
        return child
    stretch: dict[str, StyleValue] = {}
    if explicit_size(child, "width") is None:
        stretch["justifySelf"] = "stretch"
    if explicit_size(child, "height") is None:
        stretch["alignSelf"] = "stretch"
    if not stretch:
        return child
    return child.model_copy(update={"style": {**stretch, **(child.style or {})}})
