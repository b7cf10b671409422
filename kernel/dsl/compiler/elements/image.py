"""The image element: an embedded data: picture, else a labelled placeholder or a logo strip's wordmark."""

from __future__ import annotations

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.html import box, esc, icon
from kernel.dsl.compiler.picture_fit import is_logo, picture_fit
from kernel.dsl.compiler.placeholder_box import PHOTO_RATIO_CLASS, logo_placeholder_box, takes_photo_ratio
from kernel.dsl.compiler.placeholder_caption import fit_caption
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.styles import explicit_size, px
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.compiler.wordmark import HEIGHT_PX as WORDMARK_HEIGHT_PX
from kernel.dsl.compiler.wordmark import WORDMARK_CLASS, wordmark_font_px, wordmark_html, wordmark_text
from kernel.dsl.data_uris import drawable_image_uri, is_drawable_image_uri
from kernel.dsl.model import Element, Layout

COMPACT_IMAGE_PX = 96
"""A placeholder image smaller than this on a side is a thumbnail: it shows only its icon."""


@renders("image")
def render_image(element: Element, ctx: RenderContext) -> str:
    """A data: URI image; any other source is never fetched and draws a labelled placeholder.
    A photo covers its box; a logo is shown whole, with square corners (see `picture_fit`)."""
    if is_drawable_image_uri(element.src):
        picture = embedded_image(element.src, element.alt, fit=picture_fit(element))
        return box(element, picture, classes="is-logo" if is_logo(element) else "")
    name = source_name(element.src)
    alt = element.alt or element.label or element.title
    if ctx.logo_strip and alt and alt.strip():
        return _wordmark(element, alt, ctx.typeface)
    classes = ["is-placeholder", "is-logo"] if is_logo(element) else ["is-placeholder"]
    if is_logo(element):
        element = logo_placeholder_box(element)
    elif takes_photo_ratio(element):
        classes.append(PHOTO_RATIO_CLASS)
    if any(explicit_size(element, prop) is not None for prop in ("height", "maxHeight", "aspectRatio")):
        classes.append("is-sized")  # the author's height wins over the placeholder's minimum
    width, height = (px(explicit_size(element, prop)) for prop in ("width", "height"))
    smallest = min((side for side in (width, height) if side is not None), default=float(COMPACT_IMAGE_PX))
    compact = smallest < COMPACT_IMAGE_PX
    low_and_wide = width is not None and height is not None and width >= max(1.5 * height, 96)
    if compact and alt and low_and_wide and smallest >= 24:
        # A low, wide box (a logo's 120 x 40): the icon and the alt side by side, the alt smaller,
        # on two lines or without the icon where it fits so rather than cut (`fit_caption`).
        glyph_px = max(12, min(20, round(smallest * 0.4)))
        fit = fit_caption(alt, width or 0.0, height or 0.0, glyph_px, ctx.typeface)
        inner = (icon("image", glyph_px) if fit.icon else "") + fit.html(esc(alt))
        classes.append("is-strip")
    elif compact and alt and width is None and smallest >= 24:
        # Low, its width the column's (unknown here): the alt goes beside the icon whenever the
        # box turns out wide enough for it (the CSS drops it, whole, from a thumbnail's width).
        glyph = icon("image", max(12, min(20, round(smallest * 0.4))))
        inner = f'<span class="dsl-image-line">{glyph}<span class="dsl-image-alt">{esc(alt)}</span></span>'
        classes.append("is-strip")
    elif compact:
        inner = icon("image", max(12, min(28, round(smallest * 0.45))))
        classes.append("is-compact")  # a thumbnail: only the icon, no captions to squeeze in
    else:
        short = height is not None and height < 120
        inner = placeholder_picture(alt, name, short=short)
    return box(
        element,
        inner,
        classes=" ".join(classes),
        extra_attrs={"role": "img", "aria_label": alt or name or None},
    )


def _wordmark(element: Element, alt: str, typeface: Typeface) -> str:
    """A logo strip's placeholder: its alt as the mark would read, bold and muted, on no frame
    (`wordmark`); as high as its author said (40 px if not), as wide as the word if not told."""
    text = wordmark_text(alt)
    width, height = (px(explicit_size(element, prop)) for prop in ("width", "height"))
    if explicit_size(element, "height") is None:
        layout = (element.layout or Layout()).model_copy(update={"height": WORDMARK_HEIGHT_PX})
        element = element.model_copy(update={"layout": layout})
    font = wordmark_font_px(text, width, height, typeface)
    return box(
        element,
        wordmark_html(text, font),
        classes=WORDMARK_CLASS,
        extra_attrs={"role": "img", "aria_label": alt},
    )


def embedded_image(src: str | None, alt: str | None, *, fit: str = "") -> str:
    """An `<img>` of a data: URI (callers check it is one: nothing else is ever loaded), written
    as Chromium draws it (`drawable_image_uri`: an SVG's `#` escaped), with `fit` (declarations)
    as its own style."""
    style = f' style="{esc(fit)}"' if fit else ""
    return f'<img src="{esc(drawable_image_uri(src) or "")}" alt="{esc(alt or "")}"{style}>'


def source_name(src: str | None) -> str:
    """The file name a placeholder is captioned with: `hero.jpg` of `https://cdn.x/img/hero.jpg?w=2`.
    A `data:` URI names no file (one drawn as a placeholder holds no picture: `AAAA`, a PNG cut
    short), so it has none: its last `/` fell inside the type or the base64 (`png;base64,AAAA`)."""
    text = (src or "").strip()
    if text[:5].lower() == "data:":
        return ""
    return text.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0][:80]


def placeholder_picture(alt: str | None, name: str, *, short: bool = False) -> str:
    """What a picture that is not embedded draws in its place: an image icon, the `alt` text and
    the file name (left out of a short box that has an alt to show)."""
    inner = icon("image", 28)
    if alt:
        inner += f'<span class="dsl-image-alt">{esc(alt)}</span>'
    if name and not (short and alt):
        inner += f'<span class="dsl-image-src">{esc(name)}</span>'
    return inner
