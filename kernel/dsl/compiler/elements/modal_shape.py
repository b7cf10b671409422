"""How a modal is drawn (a centred dialog, a bottom sheet or a side panel): its variant and the canvas say."""

from __future__ import annotations

import re
from typing import Literal

from kernel.dsl.model import Element
from kernel.dsl.options import Viewport
from kernel.dsl.sizes import named_size, size_word

SHEET_VARIANTS = frozenset({"sheet", "bottomsheet", "actionsheet", "bottom"})
"""A modal's variants drawn as a bottom sheet on any canvas, read in any case and with any `-`,
`_` or space (`bottom-sheet`, `Action Sheet`): Material's bottom sheet, iOS's action sheet. The
validator's aliases of `sheet` (a unit test keeps them equal)."""
DRAWER = "drawer"
"""A side panel on a wide canvas (MUI's, Ant Design's drawer; shadcn's Sheet), a bottom sheet on
a phone's (vaul's, shadcn's Drawer on mobile)."""
SIDE_VARIANTS = frozenset({"side", "sidesheet", "sidepanel", "panel", "offcanvas", "right"})
"""A modal's variants drawn as a panel on the end edge on any canvas: Material's side sheet,
Bootstrap's offcanvas. The validator's aliases of `side` (a unit test keeps them equal)."""
START_SIDE_VARIANTS = frozenset({"left", "drawerleft"})
"""A modal's variants drawn as a panel on the start edge (a navigation drawer): the validator's
`left` and its alias."""
COMPACT_WIDTH = 600
"""A canvas narrower than this (CSS px) is a phone's: a `drawer` there is a bottom sheet."""
SIDE_PANEL_WIDTHS: dict[str, float] = {"sm": 360, "md": 440, "lg": 560, "xl": 720}
"""A side panel's widths in px by `size` (md the default): a narrower lg and xl than a dialog's,
a panel beside the page it edits."""

ModalShape = Literal["dialog", "sheet", "end", "start"]


def modal_shape(element: Element, *, compact: bool) -> ModalShape:
    """How a modal is drawn: a centred dialog, a bottom sheet, or a side panel on the backdrop's
    end or start edge, from its `variant` (in any case, with or without `-`, `_` or spaces) and
    whether the canvas is a phone's (`compact`, where a `drawer` is a bottom sheet)."""
    word = modal_variant_word(element)
    if element.type != "modal":
        return "dialog"
    if word in SHEET_VARIANTS or (word == DRAWER and compact):
        return "sheet"
    if word in SIDE_VARIANTS or word == DRAWER:
        return "end"
    return "start" if word in START_SIDE_VARIANTS else "dialog"


def modal_variant_word(element: Element) -> str:
    """A modal's `variant` as its shape is read from it: in lower case, without `-`, `_` or spaces."""
    return re.sub(r"[\s_-]", "", (element.variant or "").lower())


def is_compact(viewport: Viewport) -> bool:
    """Whether the canvas is a phone's: narrower than `COMPACT_WIDTH`, or in a phone's frame."""
    return viewport.screen_width < COMPACT_WIDTH or viewport.frame.type == "phone"


def is_sheet(element: Element, *, compact: bool) -> bool:
    """Whether the element is a modal drawn as a bottom sheet (on a phone's canvas: `compact`)."""
    return modal_shape(element, compact=compact) == "sheet"


def side_panel_width(size: object) -> float | None:
    """A side panel's width in px: its `size` word's (`SIDE_PANEL_WIDTHS`), else a modal's size
    in px; None for its default (the CSS's 440 px)."""
    word = size_word(size)
    if word is not None and word in SIDE_PANEL_WIDTHS:
        return SIDE_PANEL_WIDTHS[word]
    return named_size("modal", size)
