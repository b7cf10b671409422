"""The button element: variants and sizes, an icon beside the label or alone, and a count on its corner."""

from __future__ import annotations

import unicodedata
from html import unescape

from kernel.dsl.compiler.bidi import without_isolation_marks
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.html import box, esc, icon, text_or
from kernel.dsl.compiler.items import corner_count
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.styles import explicit_size, is_see_through, px
from kernel.dsl.compiler.text_metrics import label_em
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.compiler.variant_words import button_variant
from kernel.dsl.model import Element
from kernel.dsl.model.entries import badge_words
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
    elif label and variant != "link":
        style.update(_label_keep(label, ctx.typeface))
    if label and variant != "link" and _sets_font_size(element):
        classes.append("has-font-size")
    if element.disabled:
        classes.append("is-disabled")
    badge = _corner_badge(badge_words(element.badge))
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


KEEP_MARGIN = 1.2
"""How much wider than its estimate `--label-keep` is: an estimate a little short of the drawn
first letter and ellipsis left room for the ellipsis alone; a little long, for a second letter."""


def _label_keep(label: str, typeface: Typeface) -> dict[str, str]:
    """`--label-keep` for a text-only button's label (escaped, as drawn): the room of its first
    letter (with its accents) and an ellipsis, in em, which a squeezed label keeps ("1…", not a bare
    "…"; see the stylesheet's text-only buttons). A label narrower than that keeps its own width."""
    text = without_isolation_marks(unescape(label)).strip()
    if not text:
        return {}
    end = 1
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    keep = label_em(text[:end] + "\u2026", typeface) * KEEP_MARGIN
    return {"--label-keep": f"{keep:.2f}em"}


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
