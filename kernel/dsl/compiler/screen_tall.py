"""A top-level box sized to the screen's height grows with its content in a full-page image.

The typical full screen (docs/dsl.md) is a row as tall as the canvas holding a sidebar and the
page's content. Its content may run past the canvas (a long table): an image of the canvas cuts
it there, and the render's warning suggests a full page. A full page asks for all the content,
but the row kept its height: the sidebar stopped at the canvas's bottom edge, and so did a
modal's backdrop (it covers the screen's root, which the row held to that height), leaving the
rows below undimmed under a hard edge. Sized to the screen, the box means "the screen"; on a
full page the screen is the page, so its height becomes a minimum, as `height: auto` draws it.
"""

from __future__ import annotations

from kernel.dsl.compiler.styles import explicit_size, is_absolute, px
from kernel.dsl.model import Element

SCREEN_TALL_CLASS = "dsl-screen-tall"
"""A top-level element whose height is the screen's, on a full page: its height is a minimum."""

SCREEN_TALL_CSS = f".dsl-root>.{SCREEN_TALL_CLASS}{{height:auto!important}}"
"""The rule that lets it grow: `!important` outweighs the height in its inline style, which
stays (so what a box of set height draws, `has-height`, is unchanged); its least height is
inline too (`grown_with_page`)."""

_SAME_PX = 0.5
"""How near a height must be to the screen's to be it (a `%` made px is rounded to 0.01)."""


def spans_screen_height(element: Element, room: float) -> bool:
    """Whether `element`, a top-level one, is given a height in px that is `room`, the screen's
    height less the page's margins above and below it (0: a canvas as tall as its content, which
    has no screen height to span). A box placed by coordinates keeps its height."""
    if room <= 0 or is_absolute(element):
        return False
    height = px(explicit_size(element, "height"))
    return height is not None and abs(height - room) < _SAME_PX


def grown_with_page(element: Element) -> Element:
    """`element` (see `spans_screen_height`) with its height as its least height too, where the
    author gave it (`layout` or `style`), and `SCREEN_TALL_CLASS`, which lets it grow past that
    height with its content. A least height the author set stays when it is not a smaller px."""
    height = px(explicit_size(element, "height"))
    update: dict[str, object] = {
        "className": " ".join(filter(None, [element.className, SCREEN_TALL_CLASS])),
    }
    least = explicit_size(element, "minHeight")
    least_px = px(least)
    if least is None or (least_px is not None and height is not None and least_px < height):
        if element.layout is not None and element.layout.height is not None:
            update["layout"] = element.layout.model_copy(update={"minHeight": height})
        else:
            update["style"] = {**(element.style or {}), "minHeight": height}
    return element.model_copy(update=update)
