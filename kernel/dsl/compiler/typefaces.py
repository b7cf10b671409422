"""Which kind of installed face a theme's `font` draws text in: Noto Sans, Noto Serif or Noto Sans Mono.

The compiler estimates a few text widths before Chromium lays them out (a stat's figure that
shrinks to its card, a stepper's labels, a row of action buttons, a chart's axis labels); those
estimates are read from Noto Sans, and a monospaced theme's text is a fifth wider (every
character 0.6 em): a figure sized for the sans ran 16 px past its card. The kind lets each
estimate follow the face that is drawn (`text_metrics.in_typeface`).
"""

from __future__ import annotations

from typing import Literal

from kernel.dsl.compiler.fonts import MONO_ALIASES, SANS_ALIASES, SERIF_ALIASES
from kernel.dsl.compiler.sanitize import sanitize_font_family
from kernel.dsl.compiler.theme import ThemeChoice
from kernel.dsl.model import ThemeTokens

Typeface = Literal["sans", "serif", "mono"]
"""Noto Sans (the design system's), Noto Serif or Noto Sans Mono (the installed faces)."""

_GENERIC_TYPEFACES: dict[str, Typeface] = {
    "serif": "serif", "monospace": "mono", "sans-serif": "sans", "system-ui": "sans", "cursive": "sans",
    "fantasy": "sans",
}  # fmt: skip
"""The generic families Chromium draws here, each in the face fontconfig picks for it (cursive
and fantasy in Noto Sans). `ui-serif`, `ui-monospace` and `math` are not drawn on Linux: the
next family is."""
_ALIASED: dict[str, Typeface] = {
    **{name.lower(): "sans" for name in SANS_ALIASES},
    **{name.lower(): "serif" for name in SERIF_ALIASES},
    **{name.lower(): "mono" for name in MONO_ALIASES},
}
"""Web and platform family names the page aliases to a Noto face (see fonts.font_alias_css)."""
_INSTALLED: tuple[tuple[str, Typeface], ...] = (
    ("noto sans mono", "mono"), ("dejavu sans mono", "mono"), ("noto serif", "serif"),
    ("dejavu serif", "serif"), ("noto ", "sans"), ("dejavu ", "sans"),
)  # fmt: skip
"""Installed families by the start of their names (lower case), the more particular first."""


def typeface_of(font: str | None) -> Typeface:
    """The kind of face a CSS font stack (a theme's `font`, names quoted or not) draws Latin
    text in: that of its first family that is drawn (a generic one, an installed one or one
    aliased to a Noto face); a stack of families none of which is drawn falls back to the
    theme's Noto Sans, as does no font at all."""
    for raw in (font or "").split(","):
        name = raw.strip().strip("'\"").strip().lower()
        if name in _GENERIC_TYPEFACES:
            return _GENERIC_TYPEFACES[name]
        if name in _ALIASED:
            return _ALIASED[name]
        for prefix, face in _INSTALLED:
            if name.startswith(prefix):
                return face
    return "sans"


def theme_typeface(theme: ThemeChoice) -> Typeface:
    """The kind of face a theme draws its text in: that of its tokens' `font` as the page sets
    it (a font the theme drops as unsafe leaves the sans), else Noto Sans."""
    if not isinstance(theme, ThemeTokens) or not theme.font:
        return "sans"
    return typeface_of(sanitize_font_family(theme.font))
