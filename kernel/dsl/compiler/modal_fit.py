"""Where a modal's backdrop lies on the canvas: over the screen in an image of the canvas, over
the whole page (a tall dialog drawn whole) in a full-page image.

A browser pins a dialog's backdrop to the viewport (`position: fixed`): however long the page
under it, the dialog is centred on the screen and kept within it. The compiled page draws the
backdrop over the screen's root instead (`position: absolute`, so that a modal placed in a card
dims only that card), which is the page's whole length when the content runs past the canvas:
the dialog was centred far below the image, a sheet and a side panel's footer too.
"""

from __future__ import annotations


def modal_fit_css(screen_height: int, *, full_page: bool) -> str:
    """The rules that fit a top-level modal's backdrop to the image.

    An image of the canvas (`full_page` false) shows the screen: the backdrop covers the
    screen's `screen_height` CSS px from the page's top, whatever runs on below it, so a dialog
    is centred on the screen and kept to it (base_css caps it to its backdrop, its body
    scrolling), a sheet sits on the screen's bottom edge and a side panel is the screen's height.

    A full page asks for all the content: the backdrop covers the whole page, and a dialog taller
    than the page is drawn whole, the backdrop growing with it (the page grows to hold it). Only
    on a bare screen: a device's or a browser's frame clips the screen at its edges, so there a
    dialog keeps to the screen's (grown) height and its body scrolls as on the canvas.
    """
    if full_page:
        return (
            "body>.dsl-root>.dsl-modal-backdrop.is-dialog{min-height:max-content}"
            "body>.dsl-root>.is-dialog>.dsl-modal{max-height:none}"
        )
    return f".dsl-root>.dsl-modal-backdrop{{bottom:auto;height:{screen_height}px}}"
