"""The box an image placeholder takes when its author gave it only one side, or none.

A picture given only a height is as wide as the picture at that height; a placeholder has no
picture, so it was as wide as its icon: a logo given `height: 32` drew a 16 px sliver, and one
given no size at all a 54 x 120 upright bar. A logo's placeholder takes the box of a wordmark
instead, three times as wide as high (120 x 40 when it has no size: a header's logo, a "trusted
by" band's), the side the author gave kept. Another picture given only a height in px takes a
photo's 4:3 in a row, where its content set its width (`PHOTO_RATIO_CLASS`); in a column or a
grid's cell it stays as wide as that, as before.
"""

from __future__ import annotations

from kernel.dsl.compiler.styles import explicit_size, px
from kernel.dsl.model import Element, Layout

WORDMARK_RATIO = 3.0
"""A logo placeholder's width over its height: a wordmark's (Acme's 120 x 40)."""
LOGO_HEIGHT_PX = 40.0
"""A logo placeholder's height when its author gave no size."""
PHOTO_RATIO_CLASS = "is-photo-ratio"
"""The class of a placeholder given only a height: 4:3 in a row (the stylesheet's rule)."""


def _sizes_given(element: Element) -> tuple[float | str | None, float | str | None]:
    return explicit_size(element, "width"), explicit_size(element, "height")


def logo_placeholder_box(element: Element) -> Element:
    """`element` (a logo drawn as a placeholder) with the sides it lacks, in px, in its `layout`:
    three times its height wide, a third of its width high, 120 x 40 with neither. One given both,
    an `aspectRatio`, a `maxHeight`, or a side not in px (`50%`) is left as written."""
    width, height = _sizes_given(element)
    if explicit_size(element, "aspectRatio") is not None or explicit_size(element, "maxHeight") is not None:
        return element
    if width is not None and height is not None:
        return element
    width_px, height_px = px(width), px(height)
    if width is None and height is None:
        sides = {"width": LOGO_HEIGHT_PX * WORDMARK_RATIO, "height": LOGO_HEIGHT_PX}
    elif height_px is not None:
        sides = {"width": round(height_px * WORDMARK_RATIO)}
    elif width_px is not None:
        sides = {"height": round(width_px / WORDMARK_RATIO)}
    else:
        return element
    layout = (element.layout or Layout()).model_copy(update=sides)
    return element.model_copy(update={"layout": layout})


def takes_photo_ratio(element: Element) -> bool:
    """Whether a (not logo) placeholder was given a height in px and nothing for its width."""
    width, height = _sizes_given(element)
    return (
        width is None
        and px(height) is not None
        and explicit_size(element, "aspectRatio") is None
        and explicit_size(element, "minWidth") is None
    )
