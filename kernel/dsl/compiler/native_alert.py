"""A phone's alert: a small modal on a touch screen drawn as iOS and Android draw an alert.

On `device: mobile` a plain modal was a web dialog: a × in its corner, its title at the start,
its buttons at the end of a footer. A phone asks "Delete 3 photos?" in a narrow card with the
title and the text centred, no ×, and its one or two buttons sharing the card's width (side by
side, equal; stacked full width when their labels need more room).
"""

from __future__ import annotations

from kernel.dsl.compiler.items import entries, item_label
from kernel.dsl.compiler.styles import is_absolute
from kernel.dsl.compiler.text_metrics import label_em
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.model import Element, Item

ALERT_CLASS = "is-alert"
STACKED_CLASS = "is-stacked"
ALERT_WIDTH = 300
"""An alert's width in CSS px: iOS's is 270 pt; the touch density's larger text wants a little more."""
HALF_BUTTON_PX = (ALERT_WIDTH - 2 * 20 - 2 * 1 - 8) / 2
"""A button's width when two share the alert (its 20 px touch padding and 1 px border at each side,
the 8 px gap between them): 125 px."""
BUTTON_FONT_PX = 16.0
"""A button's label on the touch density (14 px at the others)."""
BUTTON_SIDES_PX = {"link": 2 * 2 + 2}
"""A button's side paddings and borders besides its label: a link button's 2 px sides; any other's
(control-h - 4 px) of padding at the touch density's 44 px height, and its borders."""
OTHER_SIDES_PX = 44 - 4 + 2
ICON_PX = 20 * BUTTON_FONT_PX / 14
"""What an icon beside a label adds (the glyph less its margins, and the gap), at touch's scale."""
ROUNDING_PX = 1
"""A label's width is fractional, its estimate may be a hair short."""
ALERT_TEXT_TYPES = frozenset({"paragraph", "text"})
"""What an alert's body holds: its message, a paragraph or two."""


def is_native_alert(element: Element, *, touch: bool) -> bool:
    """Whether a modal is drawn as a phone's alert: on a touch screen (`touch`), a plain dialog
    (no variant, size, width, style or placement of its own) with a title, at most two
    paragraphs of message and one or two actions."""
    actions = element.actions or []
    children = element.children or []
    return (
        touch
        and element.type == "modal"
        and not (element.variant or element.size or element.style or element.icon or is_absolute(element))
        and (element.layout is None or element.layout.width is None)
        and bool(element.title)
        and 1 <= len(actions) <= 2
        and len(children) <= 2
        and all(child.type in ALERT_TEXT_TYPES and not child.children for child in children)
    )


def alert_classes(element: Element, *, typeface: Typeface = "sans") -> str:
    """The classes of a phone's alert: `ALERT_CLASS`, and `STACKED_CLASS` when a label of two is
    too wide for its half of the alert (it would wrap inside its button, or a word break in two:
    "Übersprin|gen"), as iOS stacks an alert's buttons when a title does not fit on one line."""
    actions = list(entries(element.actions))
    stacked = len(actions) > 1 and any(needed_px(action, typeface) > HALF_BUTTON_PX for action in actions)
    return f"{ALERT_CLASS} {STACKED_CLASS}" if stacked else ALERT_CLASS


def needed_px(action: Item, typeface: Typeface = "sans") -> float:
    """How wide a button of an alert must be to hold `action`'s label on one line: the label's
    advances in the theme's `typeface` (a CJK character a full em), its icon, sides and borders."""
    label = label_em(item_label(action), typeface) * BUTTON_FONT_PX
    sides = BUTTON_SIDES_PX.get((action.variant or "").lower(), OTHER_SIDES_PX)
    return label + sides + (ICON_PX if action.icon else 0) + ROUNDING_PX


ALERT_CSS = f"""
.dsl-modal.{ALERT_CLASS}{{width:{ALERT_WIDTH}px;text-align:center;gap:var(--gap);padding:calc(var(--pad) * 1.2) var(--pad) var(--pad)}}
.dsl-modal.{ALERT_CLASS} .dsl-modal-close{{display:none}}
.dsl-modal.{ALERT_CLASS} .dsl-modal-title{{font-size:17px;line-height:24px}}
.dsl-modal.{ALERT_CLASS}>.dsl-modal-actions{{justify-content:stretch;padding-top:8px}}
.dsl-modal.{ALERT_CLASS}>.dsl-modal-actions>*{{flex:1 1 0;min-width:0;margin:0}}
.dsl-modal.{STACKED_CLASS}>.dsl-modal-actions{{flex-direction:column-reverse;align-items:stretch}}
.dsl-modal.{STACKED_CLASS}>.dsl-modal-actions>*{{flex:none;width:100%}}
"""
"""Centred titles and text, no ×, the buttons sharing the width equally (or stacked)."""
