"""What the theme's colour variables (`--primary`, `--surface`...) are on a page, for the validator's contrast checks.

A band styled `background: var(--primary)` is the brand's colour; the validator judged only a
colour written out, so text on such a band was never checked. Here each variable of the theme the
render draws (with the palette its document `background` gives the page) is resolved to the plain
colour it holds, as the compiler resolves it (`theme_variables`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import tinycss2.color4

from kernel.dsl.compiler.css_colors import css_channels
from kernel.dsl.compiler.local_palette import ground_of, page_palette
from kernel.dsl.compiler.theme import resolve_theme
from kernel.dsl.compiler.theme_variables import with_variables
from kernel.dsl.model import ThemeTokens

NONE_KNOWN: Mapping[str, str] = MappingProxyType({})


def theme_variable_colours(theme: Any, background: str | None) -> Mapping[str, str]:
    """The theme variables (names without `--`) that hold a plain opaque colour on a page drawn
    in `theme` (as the render chooses it: tokens as written, a name, or None) over its document
    `background` (None when not drawn), each as the theme writes it (`#f97316`)."""
    try:
        tokens = ThemeTokens.model_validate(theme) if isinstance(theme, Mapping) else theme
        resolved = resolve_theme(tokens)
        variables = page_palette(tokens, resolved, background, default_density="comfortable").theme.variables
    except (ValueError, TypeError):
        return NONE_KNOWN
    colours = {}
    for name, value in variables.items():
        plain = with_variables(value, variables).strip()
        parsed = tinycss2.color4.parse_color(plain)
        if (
            parsed is not None
            and not isinstance(parsed, str)
            and parsed.space in ("srgb", "hsl")
            and parsed.alpha >= 1
        ):
            colours[name] = plain
    return MappingProxyType(colours)


def ground_contrast(colour: str) -> float | None:
    """How far the text colour that reads best on `colour` (a plain colour), the dark palette's
    or the light one's, stands out from it (WCAG contrast); None when it is no colour."""
    channels = css_channels(colour)
    return ground_of([channels]).contrast if channels is not None else None
