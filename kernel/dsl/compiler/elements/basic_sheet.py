"""The basic element types' one stylesheet, in cascade order, sent whenever any of them is drawn."""

from __future__ import annotations

from kernel.dsl.compiler.elements import (
    button,
    card,
    card_flush,
    container,
    image,
    modal,
    navbar,
    sidebar,
    text_input,
    text_run,
)
from kernel.dsl.compiler.native_alert import ALERT_CSS
from kernel.dsl.compiler.wordmark import CSS as WORDMARK_CSS

DRAWN_BY = (button, text_run, text_input, image, container, card, modal, navbar, sidebar)
"""The modules whose renderers draw with this sheet. One sheet for them all, as when they were one
module: a page that draws any of them gets all these rules, in this order, as it did then (a
sheet each would leave out of a page the rules of the types it does not draw)."""

CSS = (
    card.CARD_CSS
    + navbar.NAVBAR_CSS
    + sidebar.SIDEBAR_CSS
    + text_input.RANGE_INPUT_CSS
    + card_flush.FLUSH_CSS
    + card_flush.FLUSH_TABS_CSS
    + WORDMARK_CSS
    + ALERT_CSS
)
