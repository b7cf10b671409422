"""The card element: a raised surface with a cover picture, a head, its text, children and actions."""

from __future__ import annotations

from kernel.dsl.compiler.action_emphasis import emphasised_actions
from kernel.dsl.compiler.action_rows import action_row
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.card_flush import is_unpadded
from kernel.dsl.compiler.elements.column_fill import column_children
from kernel.dsl.compiler.elements.flow_classes import flow_classes, runs_in_column
from kernel.dsl.compiler.elements.image import embedded_image, placeholder_picture, source_name
from kernel.dsl.compiler.elements.status_words import mark_tone
from kernel.dsl.compiler.elements.text import BADGE_VARIANTS, running_text, title_text
from kernel.dsl.compiler.fields import action_buttons
from kernel.dsl.compiler.html import box, esc, icon
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.styles import (
    element_declarations,
    flow_style,
    flows_by_style,
)
from kernel.dsl.compiler.variant_words import drawn_variant
from kernel.dsl.compiler.wrapping import with_name_breaks
from kernel.dsl.data_uris import is_drawable_image_uri
from kernel.dsl.model import BadgeTag, Element
from kernel.dsl.model.entries import badge_words


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
    flush = " is-flush" if is_unpadded(element) else ""
    if flush and element.padding is None:
        flush += " is-styled-flush"  # the author's CSS said it: no inset for what flows in it
    side_cover = bool(element.src) and not runs_in_column(element)
    centred = " is-centered" if centres_head(element) else ""
    classes = _own_flow(element, side_cover=side_cover) + variant + flush + centred
    style = flow_style(element)
    if element.src:
        classes += " has-cover has-side-cover" if side_cover else " has-cover"
        style.update(_cover_insets(element, style))
    content = _card_head(element, ctx) + body + column_children(element, ctx) + foot
    if side_cover:
        content = f'<div class="{BODY_CLASS} dsl-vflow">{content}</div>'
    return box(element, _card_cover(element) + content, classes=classes.strip(), style=style)


BODY_CLASS = "dsl-card-body"
"""The column beside a row card's side cover: its head, text, children and actions, one under
another (a course's title, its lesson and its progress bar beside its picture)."""


def _own_flow(element: Element, *, side_cover: bool) -> str:
    """The card's flow classes (see `flow_classes`). A card whose content runs in a row is a row:
    `dsl-hflow`, so what has no width of its own (a progress bar, a field, a slider) shares the
    row's free width as in any row (marked a column, a lone progress bar beside the title was 0 px
    wide and vanished). With a side cover its row is the cover and the body column beside it
    (`BODY_CLASS`), which holds the rest: the card itself takes no flow class. A card running in
    a column is a `dsl-vflow` where the author chose no alignment (it holds buttons and pills at
    the start), as a column is."""
    if flows_by_style(element):
        return flow_classes(element)
    if side_cover:
        return ""
    if not runs_in_column(element):
        return flow_classes(element)
    return "dsl-vflow" if element.align is None else ""


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
    ("Most popular" on a pricing card) in the tone its `variant` names (`badge: {text: LIVE,
    variant: danger}`), else its word's (`card_badge_tone`). The badge shares the title's line only: the description below runs under
    it, the card's full width. The icon keeps its place beside the titles however long the title
    (a file name breaks after its underscores or points rather than push the icon to a line of
    its own), level with the title's first line."""
    if not (
        element.title or element.description or element.icon or badge_words(element.badge) not in (None, "")
    ):
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


def _card_badge(badge: str | int | BadgeTag | None) -> str:
    """A card's `badge` as a pill in its tone (`card_badge_tone`), or nothing."""
    words = badge_words(badge)
    if badge is None or words is None or words == "":
        return ""
    tone = card_badge_tone(badge)
    text = f'<span class="dsl-badge-text">{esc(words)}</span>'
    return f'<span class="dsl-badge dsl-badge--{tone} dsl-card-badge">{text}</span>'


def card_badge_tone(badge: str | int | BadgeTag) -> str:
    """The tone of a card's badge: its `variant`, read as a badge element's (`error` is danger);
    without one (or an unknown one, which a warning tells), its word's: a mark's or a status
    word's (LIVE red, Active green, `mark_tone`), else the primary's ("Most popular")."""
    named = drawn_variant(badge.variant, BADGE_VARIANTS, "") if isinstance(badge, BadgeTag) else ""
    if named:
        return BADGE_VARIANTS[named]
    return mark_tone(str(badge_words(badge))) or "primary"


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


CARD_CSS = """
/* A titled card's head: the icon stays beside the titles however long the title (a long word
   breaks inside the titles' width; it used to send the icon under the description), at their
   top, level with the title's first line: (36 px tile - 24 px line) / 2 above the titles. Only a
   card too narrow to leave the titles 96 px beside the icon puts them below it, not a letter a line. */
.dsl-card-head:has(>.dsl-card-titles>.dsl-card-titleline){flex-wrap:wrap;align-items:flex-start}
.dsl-card-head>.dsl-card-titles{min-width:0}
.dsl-card-head>.dsl-card-titles:has(>.dsl-card-titleline){min-width:min(100%,96px)}
.dsl-card-icon+.dsl-card-titles:has(>.dsl-card-titleline){margin-top:calc((36px - 24px) / 2)}
/* The title's line: the title, and the badge at its end (at the top of a title of two lines);
   the description below runs under the badge, the titles' full width. A badge with no room beside
   the title's longest word goes above it, to the top corner (wrap-reverse: flex-end is the top),
   rather than break the title inside its words; a word longer than the line breaks. */
.dsl-card-titleline{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:6px 12px}
.dsl-card-titleline>.dsl-card-badge{margin-inline-start:0}
.dsl-card-titleline>.dsl-card-title{flex:1 1 0;max-width:100%}
/* Beside a title of several lines the badge is level with its first line, as the icon's tile is
   (it stood at the end of the last line): on the title's first 24 px line, its foot on the line's,
   where it sits beside a title of one line (a 22 px pill 2 px down; the touch density's 24 px
   pill fills the line). */
.dsl-card-titleline>.dsl-card-badge{align-self:flex-start;margin-top:calc(24px - var(--on-line-h,22px))}
/* A feature card (`align: center`, see `centres_head`): the icon's tile over the title and the
   description, all centred; a badge follows the title in the middle. */
.dsl-card.is-centered>.dsl-card-head{flex-direction:column;flex-wrap:nowrap;align-items:center;align-self:stretch;gap:12px;text-align:center}
.dsl-card.is-centered>.dsl-card-head>.dsl-card-titles{flex:none;width:100%;margin-top:0}
.dsl-card.is-centered>.dsl-card-head>.dsl-card-badge{align-self:center;margin-inline-start:0}
.dsl-card.is-centered .dsl-card-titleline{justify-content:center}
.dsl-card.is-centered .dsl-card-titleline>.dsl-card-title{flex:0 1 auto}
.dsl-card.is-centered>.dsl-card-text{text-align:center}
/* A calendar a card already frames draws no second box inside it (as a stat does): no border,
   shadow or fill of its own, and no inset beyond the card's (a card with no padding keeps the
   calendar's own). A full calendar's month line starts where the card's title does. */
:is(.dsl-card,.dsl-card-body)>.dsl-calendar{background:none;border:0;border-radius:0;box-shadow:none}
:is(.dsl-card:not(.is-flush),.dsl-card-body)>.dsl-calendar{padding:0}
:is(.dsl-card:not(.is-flush),.dsl-card-body)>.dsl-calendar--full .dsl-cal-head{padding-inline:0;padding-top:0}
"""
"""The card's rules for its head and for a calendar it frames (in the basic elements' sheet)."""
