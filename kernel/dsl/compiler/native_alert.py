"""A phone's alert: a small modal on a touch screen drawn as iOS and Android draw an alert.

On `device: mobile` a plain modal was a web dialog: a × in its corner, its title at the start,
its buttons at the end of a footer. A phone asks "Delete 3 photos?" in a narrow card with the
title and the text centred, no ×, and its one or two buttons sharing the card's width (side by
side, equal; stacked full width when their labels need more room).
"""

from __future__ import annotations

from kernel.dsl.compiler.items import entries, item_label
from kernel.dsl.compiler.styles import is_absolute
from kernel.dsl.model import Element

ALERT_CLASS = "is-alert"
STACKED_CLASS = "is-stacked"
SIDE_BY_SIDE_CHARS = 12
"""The longest label two buttons side by side hold on one line each in an alert's width (at the
touch density's 17 px); longer, the alert stacks them, full width, the decision on top."""
ALERT_WIDTH = 300
"""An alert's width in CSS px: iOS's is 270 pt; the touch density's larger text wants a little more."""
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


def alert_classes(element: Element) -> str:
    """The classes of a phone's alert: `ALERT_CLASS`, and `STACKED_CLASS` when a label is too
    long for two buttons side by side."""
    labels = [item_label(action) for action in entries(element.actions)]
    long = len(labels) > 1 and max(len(label) for label in labels) > SIDE_BY_SIDE_CHARS
    return f"{ALERT_CLASS} {STACKED_CLASS}" if long else ALERT_CLASS


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
