"""The element types of the earlier format: button, text, input, image, container, card, modal, navbar, sidebar."""

from __future__ import annotations

from html import unescape

from kernel.dsl.compiler.action_emphasis import emphasised_actions
from kernel.dsl.compiler.action_rows import action_row
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.image import embedded_image, placeholder_picture, source_name
from kernel.dsl.compiler.elements.layout import column_children, flow_classes, runs_in_column
from kernel.dsl.compiler.elements.status_words import STATUS_TONES
from kernel.dsl.compiler.elements.text import running_text, title_text
from kernel.dsl.compiler.fields import action_buttons, control_or_field, text_control
from kernel.dsl.compiler.framed_panes import pane_classes
from kernel.dsl.compiler.html import box, esc, icon, text_or
from kernel.dsl.compiler.items import (
    corner_count,
    text_size_style,
)
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.styles import (
    element_declarations,
    explicit_size,
    flow_style,
    flows_by_style,
    is_see_through,
    px,
)
from kernel.dsl.compiler.text_metrics import label_em
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.compiler.variant_words import button_variant
from kernel.dsl.compiler.wrapping import text_classes, with_name_breaks
from kernel.dsl.data_uris import is_drawable_image_uri
from kernel.dsl.model import Element
from kernel.dsl.sizes import control_size


@renders("button")
def render_button(element: Element, ctx: RenderContext) -> str:
    """A button in one of the variants and sizes; an icon with no label makes a square icon button.
    The icon goes after the label with `iconPosition: end`; a `badge` is a count on the corner."""
    variant = button_variant(element.variant)
    size = control_size(element.size)
    label = text_or(element, "label", "text")
    glyph = icon(element.icon, _glyph_px(element, size, label))
    classes = [f"dsl-button--{variant}", f"dsl-button--{size}"]
    if glyph and not label:
        classes.append("is-icon")
    style = _shadow_style(element)
    if glyph and label:
        classes.append("has-icon")
        style.update(_few_letters(label, ctx.typeface))
    if label and variant != "link" and _sets_font_size(element):
        classes.append("has-font-size")
    if element.disabled:
        classes.append("is-disabled")
    badge = _corner_badge(element.badge)
    if badge and glyph and not label:
        glyph, badge = f'<span class="dsl-button-anchor">{glyph}{badge}</span>', ""
    # The label in its own box can end in an ellipsis when the button meets its container's edge.
    text = f'<span class="dsl-button-label">{label}</span>' if label else ""
    inner = text + glyph if element.iconPosition == "end" else glyph + text
    return box(element, inner + badge, tag="button", classes=" ".join(classes), style=style,
               extra_attrs={"type": "button", "disabled": element.disabled})  # fmt: skip


def _sets_font_size(element: Element) -> bool:
    """Whether the button's style sets its font size (`fontSize`, or the `font` shorthand): its
    line, height, sides and icon then follow that size (the stylesheet's `has-font-size`)."""
    style = element.style or {}
    return "fontSize" in style or "font" in style


FEW_LETTERS_EM = 2.5
"""The room a button's label needs beside its icon, in em, to be drawn (two or three letters and
an ellipsis); with less the button shows its icon alone (the stylesheet's `--few`)."""
SHORT_LABEL_SHARE = 0.75
"""A label narrower than FEW_LETTERS_EM needs this share of its estimated width ("Share" in room
for "S…" shows its icon alone), so that at its natural width ("OK" beside a check) it is drawn
even in a theme font a fifth narrower than the estimate's."""


def _few_letters(label: str, typeface: Typeface) -> dict[str, str]:
    """`--few` for a label (escaped, as drawn) shorter than FEW_LETTERS_EM: a share of its width."""
    need = label_em(unescape(label), typeface) * SHORT_LABEL_SHARE
    return {"--few": f"{need:.2f}em"} if need < FEW_LETTERS_EM else {}


ICON_BUTTON_GLYPH_SHARE = 0.44
"""An icon-only button's glyph as a share of its height: 16 px on the 36 px button."""
MAX_BUTTON_GLYPH_PX = 48


def _glyph_px(element: Element, size: str, label: str) -> int:
    """The icon's size: 16 px, 18 on a large button. An icon-only button its author made taller
    (a 56 px round play button) keeps the glyph's share of its height, as a media player's or a
    floating action button's icon does: a 16 px glyph was a dot in the middle of the disc. Its
    width bounds it too (a low, wide button keeps the glyph its height gives); an even size keeps
    the icons, drawn on a 24 px grid, sharp."""
    default = 18 if size == "lg" else 16
    height = px(explicit_size(element, "height"))
    if label or height is None:
        return default
    width = px(explicit_size(element, "width"))
    side = min(height, width) if width is not None else height
    scaled = 2 * round(side * ICON_BUTTON_GLYPH_SHARE / 2)
    return max(default, min(MAX_BUTTON_GLYPH_PX, scaled))


def _shadow_style(element: Element) -> dict[str, str]:
    """No shadow under a button its author made see-through (`background: transparent`): the
    theme's shadow would outline a box that is not drawn. A `boxShadow` in the style still wins."""
    style = element.style or {}
    if any(is_see_through(style.get(name)) for name in ("background", "backgroundColor")):
        return {"box-shadow": "none"}
    return {}


def _corner_badge(badge: str | int | None) -> str:
    """A button's `badge`: a small red count over its top-right corner (over the icon's, on an
    icon button), as a cart or a bell shows one. Placed absolutely, it takes no room. The number
    0 is not drawn (`corner_count`)."""
    if not corner_count(badge):
        return ""
    return f'<span class="dsl-button-badge">{esc(badge)}</span>'


@renders("text")
def render_text(element: Element, ctx: RenderContext) -> str:
    """A run of text; line breaks in the text are kept; `size` sets its font size."""
    classes = text_classes(element, "text", "label")
    words = element.text if element.text not in (None, "") else element.label
    inner = running_text(words, ctx) + ctx.render_children(element)
    return box(element, inner, classes=classes, style=text_size_style(element))


@renders("input")
def render_input(element: Element, ctx: RenderContext) -> str:
    """A single-line text field, drawn (not a browser widget) so it looks the same everywhere.
    An input of type checkbox, radio, range or search (the earlier format's `customAttributes:
    {type: checkbox, checked: checked}`) is drawn as that control: a checkbox, a radio button, a
    slider, a search field with its magnifier."""
    drawn_as = INPUTS_DRAWN_AS.get(element.inputType or "")
    if drawn_as is not None:
        return ctx.render(_input_as(element, drawn_as))
    secret = "is-secret" if element.inputType == "password" and element.value not in (None, "") else ""
    end = ""
    # A password field's reveal eye, unless the author's `suffix` is its end (an eye or eye-off of
    # their own): the two drew side by side.
    if element.inputType == "password" and element.suffix in (None, ""):
        end = f'<span class="dsl-control-end">{icon("eye", 16)}</span>'
    return control_or_field(element, text_control(element, extra=end), control_classes=secret, lang=ctx.lang,
                            top_level=ctx.top_level)  # fmt: skip


INPUTS_DRAWN_AS = {"checkbox": "checkbox", "radio": "radio", "range": "slider", "search": "search"}
"""HTML input types that are not text fields -> the element type that draws them."""


def _input_as(element: Element, kind: str) -> Element:
    """The input as the element `kind` that draws it; its state (a checkbox's `checked`, a
    range's `value` and bounds) is in its fields, also when the earlier format's
    `customAttributes` gave it (the model reads them)."""
    return element.model_copy(update={"type": kind})


@renders("container")
def render_container(element: Element, ctx: RenderContext) -> str:
    """A plain box for children: a column by default, any flow with the flow fields (or the
    style's `flexDirection`)."""
    classes = flow_classes(element)
    panes = pane_classes(element) if "dsl-vflow" in classes else ""
    return box(element, column_children(element, ctx), classes=classes + panes, style=flow_style(element))


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
