"""The modal element: a dialog, bottom sheet or side panel over a backdrop, with its head and actions."""

from __future__ import annotations

from kernel.dsl.compiler.action_emphasis import is_dismissal
from kernel.dsl.compiler.action_rows import action_row
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.modal_shape import (
    DRAWER,
    ModalShape,
    is_compact,
    modal_shape,
    modal_variant_word,
    side_panel_width,
)
from kernel.dsl.compiler.fields import action_buttons
from kernel.dsl.compiler.html import box, esc, icon
from kernel.dsl.compiler.modal_actions import (
    aside_dangers,
    danger_is_the_decision,
    dialog_actions,
    footer_order,
    panel_actions,
    sheet_actions,
)
from kernel.dsl.compiler.native_alert import alert_classes, is_native_alert
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.styles import flows_by_style, is_absolute
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.model import Element, Item
from kernel.dsl.sizes import named_size


@renders("modal")
def render_modal(element: Element, ctx: RenderContext) -> str:
    """A dialog centred over a dimmed backdrop that covers the nearest positioned ancestor;
    `size` sets its width (sm 360 px ... xl 840, or px; 440 by default), `layout.width` wins.
    A dialog taller than its backdrop keeps 24 px from its edges, as a browser's dialog keeps to
    the screen: its head and its actions stay in view and its children scroll between them (a
    full-page image draws it whole: `modal_fit`).

    `variant: sheet` (and the words other kits use for it, `SHEET_VARIANTS`) draws a bottom
    sheet instead: as wide as that ancestor (at most 640 px, or its `size`, and centred), on its
    bottom edge, the top corners rounded, a grab handle at its top, its actions stacked full
    width (`sheet_actions`); at most the backdrop's height less a strip of the page above it, its
    children scrolling between its head and its actions.

    `variant: drawer` (and `side`, `panel`, `right`, `left`: `modal_shape`) draws a side panel,
    as a web back-office edits a record beside its list: full height on the backdrop's end edge
    (its start edge for `left`), `size` its width (`SIDE_PANEL_WIDTHS`), its head and its
    actions' footer bar fixed and its children scrolling between them. On a phone's canvas a
    `drawer` is the bottom sheet a phone draws (`is_compact`), with the same primary action
    (`modal_actions`).

    A modal placed by coordinates (`layout: {x, y}`, as the earlier format places everything)
    is drawn where it is placed, above the page, with no backdrop: such a document composes its
    own screen and draws its own overlay if it wants one (a second one would dim the page twice).
    A sheet or a side panel placed so keeps its look (a sheet's handle, corners, stacked actions;
    a panel's dividers) and the author's box.
    """
    # A modal whose style lays it out (`display: flex`, the earlier format's) lays its children out
    # itself: the body then adds no box of its own.
    styled = flows_by_style(element)
    body = (
        f'<div class="dsl-modal-body" style="display:contents">{ctx.render_children(element)}</div>'
        if styled
        else f'<div class="dsl-modal-body dsl-vflow">{ctx.render_children(element)}</div>'
    )
    shape = modal_shape(element, compact=is_compact(ctx.viewport))
    sheet = shape == "sheet"
    side = shape in ("end", "start")
    drawn = _modal_actions(element, shape)
    actions = action_buttons(ctx, list(drawn))
    variant = shape if sheet else "side" if side else (element.variant or "").lower()
    classes = f"dsl-modal--{variant}" if variant else ""
    # A sheet's or a panel's variant is its shape: one whose decision is a destructive action
    # takes the danger look (a dialog says so with `variant: danger`).
    if (sheet or side) and danger_is_the_decision(drawn):
        classes += " dsl-modal--danger"
    if shape == "dialog" and not styled and is_native_alert(element, touch=ctx.viewport.touch):
        classes = f"{classes} {alert_classes(element, typeface=ctx.typeface)}".strip()  # see native_alert
    foot = _modal_foot(actions, drawn, sheet=sheet, typeface=ctx.typeface)
    width = side_panel_width(element.size) if side else named_size("modal", element.size)
    placed = is_absolute(element)
    # A sheet on its backdrop spans it: its size caps that width instead of setting it.
    width_property = "max-width" if sheet and not placed else "width"
    style = {width_property: f"{width:g}px"} if width is not None else {}
    if placed:
        style["z-index"] = "50"  # the backdrop's layer: above the page, below a placed toast
    handle = '<span class="dsl-modal-handle" aria-hidden="true"></span>' if sheet else ""
    # A sheet's Cancel is its way out, as iOS's action sheets and Material's sheets have no ×.
    dismissed = sheet and any(is_dismissal(item) for item in drawn)
    inner = handle + _modal_head(element, closes=not dismissed) + body + foot
    dialog = box(element, inner, classes=classes, style=style, extra_attrs={"role": "dialog"})
    if placed:
        return dialog
    # A dialog with a body of its own keeps to its backdrop, its body scrolling (`is-dialog`); one
    # laid out by its style has no body box to scroll and keeps its own height.
    backdrop = {"sheet": " is-sheet", "end": " is-side", "start": " is-side is-start"}.get(
        shape, "" if styled else " is-dialog"
    )
    return f'<div class="dsl-modal-backdrop{backdrop}">{dialog}</div>'


def _modal_actions(element: Element, shape: ModalShape) -> list[Item]:
    """The modal's actions as drawn, each with its variant (see `modal_actions`): a sheet's in its
    stacking order (a `drawer`'s decided as its side panel decides, not as an action sheet), a
    side panel's and a dialog's in their footer's order."""
    if shape == "sheet":
        return sheet_actions(element.actions, action_sheet=modal_variant_word(element) != DRAWER)
    if shape in ("end", "start"):
        return footer_order(panel_actions(element.actions))
    return footer_order(dialog_actions(element.actions))


def _modal_foot(actions: str, drawn: list[Item], *, sheet: bool, typeface: Typeface) -> str:
    """The actions' box: a sheet's stack (always stacked: see its CSS), else a footer row that
    stacks when its buttons do not fit, a destructive action that is not the decision set apart
    at its start (`is-danger-apart`, first in `drawn`)."""
    if not actions:
        return ""
    apart = " is-danger-apart" if aside_dangers(drawn) else ""
    if sheet:
        return f'<div class="dsl-modal-actions{apart}">{actions}</div>'
    return action_row(f"dsl-modal-actions{apart}", actions, list(drawn), size="md", typeface=typeface)


def _modal_head(element: Element, *, closes: bool = True) -> str:
    """The icon, title and description (`text` stands for it) in a row, and a close × at its
    end when the modal has a title, draws no close button of its own and `closes` (a sheet with
    a Cancel action does not: that is its way out). Nothing for a modal
    with none of them: its children start at the top of its padding box, where the earlier
    format's authors placed them."""
    title_text = element.title or element.label
    desc_text = element.description or element.text
    if not (title_text or desc_text or element.icon):
        return ""
    glyph = f'<span class="dsl-modal-icon">{icon(element.icon, 20)}</span>' if element.icon else ""
    title = f'<h2 class="dsl-modal-title">{esc(title_text)}</h2>' if title_text else ""
    desc = f'<p class="dsl-modal-desc">{esc(desc_text)}</p>' if desc_text else ""
    close = ""
    if title_text and closes and not _draws_own_close(element):
        close = f'<span class="dsl-modal-close">{icon("x", 18)}</span>'
    return (
        f'<div class="dsl-modal-head">{glyph}<div class="dsl-modal-titles">{title}{desc}</div>{close}</div>'
    )


CLOSE_LABELS = frozenset({"×", "✕", "✖", "x", "X"})
CLOSE_ICONS = frozenset({"x", "close", "x-circle", "circle-x"})


def _draws_own_close(element: Element) -> bool:
    """Whether a close button is among the element's descendants."""
    return any(_is_close_button(child) or _draws_own_close(child) for child in element.children or [])


def _is_close_button(element: Element) -> bool:
    """A button that only shows a cross: a label `×` (or `✕`, `x`), or an `x` icon and no label."""
    label = (element.label or element.text or "").strip()
    return element.type == "button" and (label in CLOSE_LABELS or (not label and element.icon in CLOSE_ICONS))
