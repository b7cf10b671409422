"""How a low, wide placeholder's caption (its `alt`) fits its box: beside the icon in full,
rather than cut ("Acme word…" in a 120 x 40 wordmark box).

The caption's width is estimated before Chromium lays it out (`text_metrics`), and the first of
these that fits is drawn: one line beside the icon at 13 px, then 12 and 11 px; one line without
the icon (the stripes and dashed border still say "picture": a wordmark's box reads "Acme
wordmark" whole, as the mark would); when the box is high enough, two lines at 11 px beside the
icon, then without it. A caption that fits none is cut with an ellipsis beside the icon (a
strip is at least 96 px wide: four letters and the ellipsis fit beside it; a narrower placeholder
is a thumbnail, its icon alone).
"""

from __future__ import annotations

from dataclasses import dataclass

from kernel.dsl.compiler.text_metrics import label_em
from kernel.dsl.compiler.typefaces import Typeface

FONT_PX = (13.0, 12.0, 11.0)
"""The caption's sizes, largest first: the placeholder's usual 13 px, down to 11 px."""
LINE_HEIGHT = 1.25
"""The caption's line height, in em, when it takes two lines (the stylesheet's `.is-two-lines`)."""
PADDING_PX = 8.0
"""A strip's padding on each side (the stylesheet's `.is-strip`)."""
GAP_PX = 6.0
"""Between the icon and the caption."""
SLACK = 1.06
"""The estimate's margin: a caption is taken to fit when this much wider still would."""


@dataclass(frozen=True, slots=True)
class CaptionFit:
    """How the caption is drawn: its size in px, on how many lines, whether beside the icon."""

    font_px: float
    lines: int = 1
    icon: bool = True

    def html(self, alt_html: str) -> str:
        """The caption's span (`alt_html` escaped): its size when not the usual 13 px, and the
        class that lets it take two lines (the stylesheet's `.is-two-lines`)."""
        two = " is-two-lines" if self.lines == 2 else ""
        size = "" if self.font_px == FONT_PX[0] else f' style="font-size:{self.font_px:g}px"'
        return f'<span class="dsl-image-alt{two}"{size}>{alt_html}</span>'


def _lines(words: list[str], room_em: float, typeface: Typeface) -> int:
    """How many lines `words` wrap to in `room_em` (greedy, as the browser breaks them); a word
    wider than the room, which would be broken or cut, counts as one line more than there are words."""
    lines, used = 1, 0.0
    space = label_em(" ", typeface)
    for word in words:
        need = label_em(word, typeface) * SLACK
        if need > room_em:
            return len(words) + 1
        if used and used + space + need > room_em:
            lines, used = lines + 1, need
        else:
            used += (space if used else 0.0) + need
    return lines


def fit_caption(alt: str, width: float, height: float, glyph: float, typeface: Typeface) -> CaptionFit:
    """How `alt` is drawn in a `width` x `height` strip whose icon is `glyph` px."""
    words = alt.split()
    inner = width - 2 * PADDING_PX
    rooms = ((True, inner - glyph - GAP_PX), (False, inner))
    smallest = FONT_PX[-1]
    two_lines_fit = height >= 2 * LINE_HEIGHT * smallest + 4
    for icon, room in rooms:
        for font in FONT_PX:
            if label_em(alt, typeface) * SLACK * font <= room:
                return CaptionFit(font, 1, icon)
    if two_lines_fit:
        for icon, room in rooms:
            if _lines(words, room / smallest, typeface) <= 2:
                return CaptionFit(smallest, 2, icon)
    return CaptionFit(smallest, 2 if two_lines_fit else 1)
