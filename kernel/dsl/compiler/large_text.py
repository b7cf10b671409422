"""The line height of text set large (a price, a figure, a display line) without one of its own.

Body text's line is 1.5 times its size, which suits 14 px; a `text` set to 44 px through its
`style` kept it, and a "$8" stood on a 66 px line with 22 px of air under it. Headings tighten as
they grow (30 px on a 38 px line); text set past LARGE_TEXT_PX does the same here, unless its
style says its own `lineHeight` (or sets it in the `font` shorthand).
"""

from __future__ import annotations

from collections.abc import Mapping

from kernel.dsl.lengths import parse_length

LARGE_TEXT_PX = 24.0
"""Text larger than this is display text: its line tightens as a heading's does."""

ROOT_FONT_PX = 16.0
"""What `rem` measures: the page's root font size (the html element's, Chromium's default)."""


def large_text_line_height(style: Mapping[str, object] | None, size_px: float | None) -> dict[str, str]:
    """The `line-height` declaration for text drawn at `size_px` (its `size` in px, if any) or at
    its `style`'s `fontSize`, when that is past LARGE_TEXT_PX and the style sets no line height:
    the size plus 8 px (a heading's step: 30 px on 38, 44 on 52), at least 1.1 times the size and
    never less than the 36 px of 24 px text's own line. Empty otherwise, also for a size in a
    unit the compiler cannot measure (`em`, `calc()`: the inherited line stays)."""
    style = style or {}
    if "lineHeight" in style or "font" in style:
        return {}
    font = font_px(style["fontSize"]) if "fontSize" in style else size_px
    if font is None or font <= LARGE_TEXT_PX:
        return {}
    line = max(LARGE_TEXT_PX * 1.5, font + 8, font * 1.1)
    return {"line-height": f"{line / font:.4g}"}


def font_px(value: object) -> float | None:
    """A `fontSize` in px when it can be told: a number, px or rem; None for anything else."""
    parsed = parse_length(value)
    if isinstance(parsed, float):
        return parsed
    if isinstance(parsed, str) and parsed.endswith("rem"):
        return float(parsed.removesuffix("rem")) * ROOT_FONT_PX
    return None
