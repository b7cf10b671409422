"""The card element, the last of the earlier format's types left in this module (it moves to card.py next)."""

from __future__ import annotations

from kernel.dsl.compiler.action_emphasis import emphasised_actions
from kernel.dsl.compiler.action_rows import action_row
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.image import embedded_image, placeholder_picture, source_name
from kernel.dsl.compiler.elements.layout import column_children, flow_classes, runs_in_column
from kernel.dsl.compiler.elements.status_words import STATUS_TONES
from kernel.dsl.compiler.elements.text import running_text, title_text
from kernel.dsl.compiler.fields import action_buttons
from kernel.dsl.compiler.html import box, esc, icon
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.styles import (
    element_declarations,
    flow_style,
    flows_by_style,
)
from kernel.dsl.compiler.wrapping import with_name_breaks
from kernel.dsl.data_uris import is_drawable_image_uri
from kernel.dsl.model import Element


@renders("card")
def render_card(element: Element, ctx: RenderContext) -> str:
    """A raised surface: a cover picture (`src`), icon, title, description and `badge` on top,
    its `text`, the children, then actions."""
    body = f'<p class="dsl-card-text">{running_text(element.text, ctx)}</p>' if element.text else ""
    # Small buttons under a card's content; at the touch density as tall as a finger needs (44 px).
    size = "md" if ctx.touch else "sm"
    drawn = emphasised_actions(element.actions)
    actions = action_buttons(ctx, drawn, size=size)
    foot = action_row("dsl-card-actions", actions, drawn, size=size, typeface=ctx.typeface)
    variant = f" dsl-card--{element.variant}" if element.variant else ""
    flush = " is-flush" if _unpadded(element) else ""
    if flush and element.padding is None:
        flush += " is-styled-flush"  # the author's CSS said it: no inset for what flows in it
    own_flow = (
        flow_classes(element) if flows_by_style(element) else ("dsl-vflow" if element.align is None else "")
    )
    centred = " is-centered" if centres_head(element) else ""
    classes = own_flow + variant + flush + centred
    style = flow_style(element)
    if element.src:
        classes += " has-cover" if runs_in_column(element) else " has-cover has-side-cover"
        style.update(_cover_insets(element, style))
    return box(
        element,
        _card_cover(element) + _card_head(element, ctx) + body + column_children(element, ctx) + foot,
        classes=classes.strip(),
        style=style,
    )


def centres_head(element: Element) -> bool:
    """Whether a card is a feature card that centres its head: `align: center` (or a style's
    `textAlign: center`) puts the icon's tile above the title and description, all centred, as
    it centres the card's children; the head's usual row (the icon beside the titles at their
    start) ignored the alignment. A card whose content runs in a row is none: there `align:
    center` centres its columns (a cover, the texts, a button) on the row's middle line."""
    if not runs_in_column(element):
        return False
    text_align = (element.style or {}).get("textAlign")
    return element.align == "center" or (
        isinstance(text_align, str) and text_align.strip().lower() == "center"
    )


def _card_head(element: Element, ctx: RenderContext) -> str:
    """Icon, title and description, and the `badge` as a pill at the end of the title's line
    ("Most popular" on a pricing card); a status word takes its colour (Active is green), anything
    else the primary's. The badge shares the title's line only: the description below runs under
    it, the card's full width. The icon keeps its place beside the titles however long the title
    (a file name breaks after its underscores or points rather than push the icon to a line of
    its own), level with the title's first line."""
    if not (element.title or element.description or element.icon or element.badge not in (None, "")):
        return ""
    glyph = f'<span class="dsl-card-icon">{icon(element.icon, 18)}</span>' if element.icon else ""
    badge = _card_badge(element.badge)
    desc = (
        f'<p class="dsl-card-desc">{running_text(element.description, ctx)}</p>'
        if element.description
        else ""
    )
    if element.title:
        title = f'<h3 class="dsl-card-title">{with_name_breaks(title_text(element.title, ctx))}</h3>'
        line = f'<div class="dsl-card-titleline">{title}{badge}</div>'
        return f'<div class="dsl-card-head">{glyph}<div class="dsl-card-titles">{line}{desc}</div></div>'
    titles = f'<div class="dsl-card-titles">{desc}</div>' if desc else ""
    return f'<div class="dsl-card-head">{glyph}{titles}{badge}</div>'


def _card_badge(badge: str | int | None) -> str:
    """A card's `badge` as a pill, in its status word's tone or the primary's (or nothing)."""
    if badge is None or badge == "":
        return ""
    tone = STATUS_TONES.get(str(badge).strip().lower(), "primary")
    words = f'<span class="dsl-badge-text">{esc(badge)}</span>'
    return f'<span class="dsl-badge dsl-badge--{tone} dsl-card-badge">{words}</span>'


def _card_cover(element: Element) -> str:
    """The picture at the top of a card, edge to edge inside its border: a data: image, or the
    placeholder an image element draws for any other source (nothing is ever fetched). In a card
    whose content runs in a row (`direction: row`) it is the row's first column instead, the card's
    full height at its start side (a media object: a listing's photo beside its name and price)."""
    if not element.src:
        return ""
    if is_drawable_image_uri(element.src):
        return f'<div class="dsl-image dsl-card-cover">{embedded_image(element.src, element.alt)}</div>'
    inner = placeholder_picture(element.alt, source_name(element.src))
    label = esc(element.alt or source_name(element.src))
    return (
        f'<div class="dsl-image is-placeholder dsl-card-cover" role="img" aria-label="{label}">{inner}</div>'
    )


def _cover_insets(element: Element, base: dict[str, str]) -> dict[str, str]:
    """The card's own padding (its `padding`, or the author's style), as the variables by which
    the cover reaches past it to the border (its top and sides above a column card's head; its
    top, bottom and start side beside a row card's content); unset, the cover reaches past the
    theme's padding."""
    sides: dict[str, str] = {}
    for name, value in element_declarations(element, base).items():
        parts = [value] if "(" in value else value.split()  # calc(1rem + 2px) is one length
        if name == "padding" and 1 <= len(parts) <= 4:
            right = parts[1] if len(parts) > 1 else parts[0]
            left, bottom = parts[3] if len(parts) > 3 else right, parts[2] if len(parts) > 2 else parts[0]
            sides = {"top": parts[0], "right": right, "left": left, "bottom": bottom}
        elif name in ("padding-top", "padding-left", "padding-right", "padding-bottom") and len(parts) == 1:
            sides[name.removeprefix("padding-")] = parts[0]
        elif name == "padding-inline" and 1 <= len(parts) <= 2:
            sides.update(left=parts[0], right=parts[-1])
        elif name == "padding-block" and 1 <= len(parts) <= 2:
            sides.update(top=parts[0], bottom=parts[-1])
    return {f"--cover-{side}": value for side, value in sides.items()}


ZERO_LENGTHS = frozenset({"0", "0px", "0.0", "0rem", "0em"})


def _unpadded(element: Element) -> bool:
    """A card with `padding: 0` lets its content (a table, a list, an image) run to its border;
    its own title, text and actions keep their inset. Its texts, buttons and fields keep it too
    when the DSL's `padding` says so, not when the author's style does (`style: {padding: "0"}`,
    the earlier format's way): CSS's padding insets nothing, and the author placed them flush."""
    padding = element.padding if element.padding is not None else (element.style or {}).get("padding")
    parts = str(padding).split()
    return 1 <= len(parts) <= 4 and all(part in ZERO_LENGTHS for part in parts)
