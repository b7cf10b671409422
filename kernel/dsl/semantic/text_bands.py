"""Which of WCAG AA's two contrast thresholds a text is held to: 3:1 for large text, 4.5:1 for the rest.

WCAG counts text as large from 18 pt (24 px), or from 14 pt (18.66 px) in bold (700 or more).
The size is the one the element is drawn at: its style's `fontSize`, else its `size` (a text's
`lg`, `20`), else its type's (a heading's level, as the base sheet draws it: `heading_type`).
Where that cannot be told (a size in `em`, the `font` shorthand, a document `css` that sets
font sizes) the text is held to 3:1, the least WCAG asks of any text, so that what is warned of
is a true failure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kernel.dsl.compiler.heading_type import (
    DEFAULT_HEADING_LEVEL,
    HEADING_PX,
    TOUCH_HEADING_PX,
    heading_weight,
)
from kernel.dsl.compiler.large_text import font_px
from kernel.dsl.sizes import named_size

BODY_TEXT_CONTRAST = 4.5
"""WCAG's least contrast for normal-size text (AA, 1.4.3)."""

LARGE_TEXT_CONTRAST = 3.0
"""WCAG's least contrast for large text (AA, 1.4.3)."""

LARGE_TEXT_PX = 24.0
"""WCAG's large text: 18 pt, in CSS px."""

LARGE_BOLD_TEXT_PX = 18.66
"""WCAG's large text in bold: 14 pt, in CSS px."""

BOLD_WEIGHT = 700
"""The least weight WCAG counts as bold."""

_REGULAR_WEIGHT = 400
"""The weight of a type drawn under bold (body text 400; a label, a link or a button 500)."""

_WEIGHT_WORDS = {"normal": 400, "lighter": 100, "bold": 700, "bolder": 700}
"""`fontWeight` words as numbers (`bolder` than body text is bold)."""

_CSS_TYPE = re.compile(r"(?<![\w-])font(-size|-weight)?\s*:", re.IGNORECASE)
"""A declaration in the document's css that may set a text's size or weight."""


@dataclass(frozen=True, slots=True)
class TextBand:
    """The contrast a text must reach (`least`) and why, in words for a message (`why`)."""

    least: float
    why: str


def text_band(kind: str, element: Mapping[str, Any], style: Mapping[str, Any], css: str) -> TextBand:
    """The threshold the text of `element` (of type `kind`, its style in camelCase) is held to,
    by the size and weight it is drawn at (see the module's docstring)."""
    if "font" in style:
        return _untold("its style sets the 'font' shorthand")
    if "fontSize" in style:
        size = font_px(style["fontSize"])
        if size is None:
            return _untold(f"its fontSize {style['fontSize']!r} is relative to what is around it")
    elif css and _CSS_TYPE.search(css):
        return _untold("the document's css sets font sizes")
    else:
        size = _drawn_px(kind, element)
    shown = _shown_size(kind, element, size)
    weight = _weight(style.get("fontWeight"), kind, element)
    if size is not None and size >= LARGE_TEXT_PX:
        return TextBand(LARGE_TEXT_CONTRAST, f"large text ({shown})")
    if size is not None and size >= LARGE_BOLD_TEXT_PX and weight >= BOLD_WEIGHT:
        return TextBand(LARGE_TEXT_CONTRAST, f"large text ({shown}, bold)")
    return TextBand(BODY_TEXT_CONTRAST, f"normal-size text ({shown}: large is 24 px, or 18.66 px bold)")


def _shown_size(kind: str, element: Mapping[str, Any], size: float | None) -> str:
    """The size a text is drawn at, in words: a heading's at either density when they differ
    (`17 px, 19 on a phone`), a type's own default as body size."""
    if size is None:
        return "body size"
    if kind == "heading" and size == _drawn_px(kind, element):
        level = heading_level(element)
        if HEADING_PX[level] != TOUCH_HEADING_PX[level]:
            return f"{HEADING_PX[level]:g} px, {TOUCH_HEADING_PX[level]:g} on a phone"
    return f"{size:g} px"


def _untold(why: str) -> TextBand:
    """The band of a text whose size cannot be told: large text's, the least WCAG asks."""
    return TextBand(LARGE_TEXT_CONTRAST, f"any text, even large ({why}, so its size cannot be told)")


def heading_level(element: Mapping[str, Any]) -> int:
    """The level a heading is drawn at: its `level` (1-6, or `h3`), else the default."""
    level = element.get("level")
    if isinstance(level, str) and re.fullmatch(r"\s*[hH]?[1-6]\s*", level):
        level = int(level.strip()[-1])
    return level if type(level) is int and level in HEADING_PX else DEFAULT_HEADING_LEVEL


def _drawn_px(kind: str, element: Mapping[str, Any]) -> float | None:
    """The px a text of `kind` is drawn at when its style names no size: a heading's level at
    the larger of its densities' sizes (a phone's is a step up), a text's `size`; None for a
    type's own default, which is under LARGE_BOLD_TEXT_PX (a body text's 14 px, a badge's 12)."""
    if kind == "heading":
        level = heading_level(element)
        return max(HEADING_PX[level], TOUCH_HEADING_PX[level])
    return named_size(kind, element.get("size"))


def _weight(written: Any, kind: str, element: Mapping[str, Any]) -> float:
    """The weight a text is drawn at: its style's `fontWeight` (a number or a word; one that
    cannot be read counts as bold, the lenient reading), else its type's."""
    if written is None:
        return heading_weight(heading_level(element)) if kind == "heading" else _REGULAR_WEIGHT
    if isinstance(written, int | float) and not isinstance(written, bool):
        return float(written)
    text = str(written).strip().lower()
    if text in _WEIGHT_WORDS:
        return _WEIGHT_WORDS[text]
    try:
        return float(text)
    except ValueError:
        return BOLD_WEIGHT
