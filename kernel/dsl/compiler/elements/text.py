"""Text elements: heading, paragraph, link, label, badge and chip (code has its own module)."""

from __future__ import annotations

from kernel.dsl.compiler import link_underlines  # noqa: F401  (which links keep an underline)
from kernel.dsl.compiler.compound_breaks import compound_breaks
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.fonts import tall_script_class
from kernel.dsl.compiler.html import box, esc, icon, text_or
from kernel.dsl.compiler.hyphenation import compound_hyphenated
from kernel.dsl.compiler.identifier_breaks import identifiers_kept
from kernel.dsl.compiler.items import text_size_style
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.variant_words import drawn_variant
from kernel.dsl.compiler.wrapping import text_classes
from kernel.dsl.model import Element
from kernel.dsl.sizes import BADGE_SIZES, named_size, size_word

BADGE_VARIANTS = {"neutral": "neutral", "default": "neutral", "secondary": "neutral", "primary": "primary",
                  "success": "success", "warning": "warning", "danger": "danger", "error": "danger",
                  "destructive": "danger", "info": "info", "outline": "outline", "solid": "solid"}  # fmt: skip


def running_text(raw: str | None, ctx: RenderContext) -> str:
    """`raw` escaped, its long compounds marked where they may break in the document's language
    (see `compound_hyphenated`): a German heading in a narrow column breaks with a hyphen; its
    phone numbers and IBANs kept whole (`identifiers_kept`)."""
    return identifiers_kept(esc(compound_hyphenated(raw or "", ctx.lang)))


def title_text(raw: str | None, ctx: RenderContext) -> str:
    """`running_text` of a title, a heading or a label, which is often one compound noun: on a
    Japanese page also free to break where its kanji and katakana words meet (`compound_breaks`:
    お客様満足度 / アンケート, not お客様満足度アン / ケート)."""
    return compound_breaks(running_text(raw, ctx), ctx.lang)


@renders("heading")
def render_heading(element: Element, ctx: RenderContext) -> str:
    """A heading at `level` 1-6 (default 2, 3 inside a sidebar: `RenderContext.heading_level`)."""
    level = element.level or ctx.heading_level
    classes = text_classes(element, "text", "label", "title")
    return box(
        element,
        title_text(element.text or element.label or element.title, ctx),
        tag=f"h{level}",
        classes=classes,
    )


@renders("paragraph")
def render_paragraph(element: Element, ctx: RenderContext) -> str:
    """Body text that wraps; line breaks in the text are kept; `size` sets its font size."""
    classes = text_classes(element, "text", "label")
    return box(element, running_text(element.text or element.label, ctx), tag="p", classes=classes,
               style=text_size_style(element))  # fmt: skip


@renders("link")
def render_link(element: Element, ctx: RenderContext) -> str:
    """Link-styled text; the target is kept as data, there is nothing to follow in a picture.
    The icon goes after the text with `iconPosition: end` ("Read more ->"); `size` sets the font
    size, and the icon keeps a px above it."""
    text = text_or(element, "text", "label") or esc(element.href or "")
    classes = f"dsl-link--{element.variant}" if element.variant in ("underline", "muted") else ""
    style = text_size_style(element)
    font = named_size("link", element.size)
    glyph = icon(element.icon, 15 if font is None else round(font + 1))
    inner = text + glyph if element.iconPosition == "end" else glyph + text
    return box(element, inner, tag="a", classes=classes, style=style,
               extra_attrs={"data_href": element.href})  # fmt: skip


@renders("label")
def render_label(element: Element, ctx: RenderContext) -> str:
    """A small form or section label; an all-capitals text becomes a spaced-out overline, but
    for an acronym (`is_acronym`: "WC", "IBAN", "A4"), drawn as written. `size` sets its font
    size, and its line (20 px, for 13 px) grows with a larger one (tightening past 24 px, as any
    text's: see `large_text`)."""
    raw = element.text or element.label or ""
    classes = "is-caps" if raw.isupper() and not is_acronym(raw) else ""
    style = text_size_style(element)
    font = named_size("label", element.size)
    if font is not None and "line-height" not in style:
        style["line-height"] = f"{max(20, round(font * 1.5))}px"
    return box(element, title_text(raw, ctx), tag="label", classes=classes, style=style)


ACRONYM_LETTERS = 3
"""The most letters of any single capitalised word read as an acronym ("WC", "EPC"); a longer
word is one only when it cannot be spoken as a word (no vowel: "HTML") or is a well-known one
(`FOUR_LETTER_ACRONYMS`), so that a kanban column's DONE or a card's NEWS stays an overline."""

FOUR_LETTER_ACRONYMS = frozenset(
    {"IBAN", "ISBN", "ISIN", "ASIN", "JSON", "YAML", "NASA", "NATO", "FIFA", "UEFA"}
)
"""Acronyms with a vowel, spoken as words, that a label is often written as (a form's IBAN)."""


def is_acronym(text: str) -> bool:
    """Whether an all-capitals label is an acronym or a code to draw as written, not an overline:
    one word of at most `ACRONYM_LETTERS` letters ("WC", "EPC"), of four letters with no vowel
    ("HTML", "GDPR") or a known one ("IBAN"), or of letters and digits ("A4", "B2B", "EPC2").
    Spaced out small and grey, a floor plan's "WC" or a form's "IBAN" read as a section's heading
    over nothing."""
    word = text.strip()
    if not word or not word.isalnum():
        return False
    if any(char.isdigit() for char in word):
        return any(char.isalpha() for char in word)
    if len(word) <= ACRONYM_LETTERS or word in FOUR_LETTER_ACRONYMS:
        return True
    return len(word) == 4 and not any(char in "AEIOUY" for char in word)


@renders("badge")
def render_badge(element: Element, ctx: RenderContext) -> str:
    """A small status pill in a tone (neutral, primary, success, warning, danger, info); `size`
    sm or lg makes the pill, its text and its icon smaller or larger. The text has a box of its
    own: in a box narrower than the text, it ends in an ellipsis inside the pill."""
    variant = BADGE_VARIANTS[drawn_variant(element.variant, BADGE_VARIANTS, "neutral")]
    size = size_word(element.size)
    size = size if size in BADGE_SIZES else "md"
    lead = icon(element.icon, BADGE_ICONS[size]) if element.icon else ""
    text = text_or(element, "text", "label", "value")
    text = f'<span class="dsl-badge-text">{text}</span>' if text else ""
    classes = (
        f"dsl-badge--{variant}" + (f" dsl-badge--{size}" if size != "md" else "") + tall_script_class(text)
    )
    return box(element, lead + text, tag="span", classes=classes)


BADGE_ICONS = {"sm": 11, "md": 12, "lg": 14}
"""The icon's px in a badge of each size."""


@renders("chip")
def render_chip(element: Element, ctx: RenderContext) -> str:
    """A rounded tag with an optional icon (after the text with `iconPosition: end`: a filter
    chip's "Type v") and a close mark when `removable`; muted when `disabled`."""
    remove = f'<span class="dsl-chip-remove">{icon("x", 14)}</span>' if element.removable else ""
    classes = f"dsl-chip--{element.variant}" if element.variant in ("primary", "outline") else ""
    classes += tall_script_class(text_or(element, "text", "label", "value"))
    if element.active not in (None, False, 0) or element.checked:
        classes += " is-active"
    if element.disabled:
        classes += " is-disabled"
    glyph, text = icon(element.icon, 14), text_or(element, "text", "label")
    body = (text + glyph if element.iconPosition == "end" else glyph + text) + remove
    return box(element, body, tag="span", classes=classes.strip(),
               extra_attrs={"aria_disabled": "true" if element.disabled else None})  # fmt: skip


CSS = """
.dsl-chip-remove{display:inline-flex}
.dsl-chip.is-disabled{background:var(--muted);opacity:var(--disabled-opacity);box-shadow:none}
.dsl-badge--sm{min-height:18px;padding:0 7px;gap:3px;font-size:11px}
.dsl-badge--lg{min-height:28px;padding:0 12px;gap:5px;font-size:13.5px}
"""
"""The chip's and the badge's own rules, after the base sheet's. The close mark is a box of its
own, not a line of text (a line's baseline and descent set it 3 px above the chip's middle); a
disabled chip looks as a disabled field does: the muted fill, faded. A badge's sizes around the
default 22 px pill (`BADGE_SIZES`): 18 and 28 px, with the text and padding in proportion."""
