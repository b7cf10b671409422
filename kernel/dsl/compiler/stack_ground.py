"""The palette a stack's layers are drawn in: that of the layer under them (see `stack_layers`).

A white headline laid over a purple gradient in a `stack` is a sibling of the gradient's box, not
its child, so the palette the box's colour gives what it holds (`local_palette`) never reached
it: without a colour of its own it was drawn in the light theme's near-black on the purple. The
stack now takes the palette of its ground layer, so every layer over it reads as the box's own
children do; a layer's own colours (an explicit text colour, a card's surface) still win.
"""

from __future__ import annotations

from collections.abc import Mapping

from kernel.dsl.compiler.local_palette import NO_OWN_PALETTE, OwnPalette, own_palette
from kernel.dsl.compiler.styles import element_declarations, is_absolute
from kernel.dsl.model import Element
from kernel.dsl.stack_layers import LAYER_CONTENT, Layer, ground_index, places_itself

PLAYER_BACKDROP = "#1e2033"
"""The colour a video player is drawn in under its title and controls (the middle stop of its
radial gradient, in the `video` element's CSS): whatever its poster, the player draws white
words over it, with a shade."""

_PAINTED = ("background", "backgroundColor", "backgroundImage")


def layer_of(element: Element) -> Layer:
    """The `Layer` of an element of the compiled document."""
    empty = not any(getattr(element, name) for name in LAYER_CONTENT)
    return Layer(element.type, empty, is_absolute(element), places_itself(element.style))


def ground_layer(stack: Element) -> Element | None:
    """The layer of `stack` that the layers above it are drawn on; None when there is none."""
    index = ground_index([layer_of(child) for child in stack.children])
    return None if index is None else stack.children[index]


def ground_palette(stack: Element, variables: Mapping[str, str]) -> OwnPalette:
    """The palette of the ground layer of `stack` (its style's background, or a video player's
    own dark backdrop), judged with the theme `variables` in force where the stack is drawn.
    Only its classes and variables: the stack itself paints nothing of it."""
    ground = ground_layer(stack)
    if ground is None:
        return NO_OWN_PALETTE
    if ground.style and any(name in ground.style for name in _PAINTED):
        palette = own_palette(element_declarations(ground, {}), variables)
    elif ground.type == "video":
        palette = own_palette({"background": PLAYER_BACKDROP})
    else:
        return NO_OWN_PALETTE
    if not palette.classes:
        return NO_OWN_PALETTE
    return OwnPalette(palette.classes, palette.variables)
