"""A logo strip's placeholder drawn as a wordmark: the image's `alt` in a muted, heavy type.

A "trusted by" band is a row of logos (`picture_fit.is_logo_strip`); its pictures are seldom
embedded, so each drew the usual placeholder, a dashed, striped box with an image icon: at 32 or
40 px high a row of them read as broken chips, not as a strip of logos. The row says what they
are, so each placeholder there is drawn as the mark would be: its `alt` ("Acme"; "Acme logo" reads
"Acme") in the theme's face, bold, muted, on no frame. Its size follows the box's height (half of
it, 12 to 28 px), smaller where the author's width would cut it; given no width the box is as wide
as the word.
"""

from __future__ import annotations

import re

from kernel.dsl.compiler.escape import esc
from kernel.dsl.compiler.text_metrics import label_em
from kernel.dsl.compiler.typefaces import Typeface

WORDMARK_CLASS = "is-wordmark"
FONT_SHARE = 0.5
"""The wordmark's size over its box's height (a 32 px box: 16 px letters)."""
LARGEST_PX = 28.0
SMALLEST_PX = 11.0
HEIGHT_PX = 40.0
"""The box's height when its author gave none (a logo's, `placeholder_box.LOGO_HEIGHT_PX`)."""
PADDING_PX = 4.0
"""Each side's inset (the stylesheet's `.is-wordmark`)."""
BOLD_SLACK = 1.1
"""Bold letters are about this much wider than the medium ones `label_em` estimates."""
_LOGO_SUFFIX = re.compile(r"\s*[-–—:,]?\s*\b(?:logos?|logotype|wordmark|brand ?mark)\s*$", re.I)
"""A trailing word that names the picture a logo ("Acme logo"): the mark itself would not say it."""

CSS = """
/* A logo strip's placeholder drawn as a wordmark (`wordmark`): no stripes, frame or icon, its alt
   bold and muted, centred in the box, on one line (cut with an ellipsis only if the author's
   width is too narrow even at 11 px). */
.dsl-image.is-wordmark{display:flex;align-items:center;justify-content:center;flex-shrink:0;padding:0 4px;border-radius:0;color:var(--muted-foreground);font-weight:700;letter-spacing:-.01em;line-height:1;white-space:nowrap}
.dsl-image.is-wordmark>.dsl-wordmark{min-width:0;overflow:hidden;text-overflow:ellipsis}
"""


def wordmark_text(alt: str) -> str:
    """The words the mark shows: `alt` without a trailing "logo" ("Acme logo" -> "Acme"), unless
    nothing else is left."""
    text = _LOGO_SUFFIX.sub("", alt).strip()
    return text or alt.strip()


def wordmark_font_px(text: str, width: float | None, height: float | None, typeface: Typeface) -> float:
    """The wordmark's size: half the box's `height` (`HEIGHT_PX` when none), 12 to 28 px, less
    where `width` (if the author gave one) would cut `text`, down to 11 px."""
    font = max(12.0, min(LARGEST_PX, round((height or HEIGHT_PX) * FONT_SHARE)))
    if width is None:
        return font
    room = width - 2 * PADDING_PX
    need_em = label_em(text, typeface) * BOLD_SLACK
    if need_em * font <= room:
        return font
    return max(SMALLEST_PX, float(int(room / need_em))) if need_em else font


def wordmark_html(text: str, font_px: float) -> str:
    """The mark's span: `text` escaped, at `font_px`."""
    return f'<span class="dsl-wordmark" style="font-size:{font_px:g}px">{esc(text)}</span>'
