"""Checks of a theme's tokens, the document's `theme` or a render's own (`--theme`, `options.theme`).

Both are drawn the same way, so both are checked by the same functions, each issue at the path
its token was written at: `/theme/primary` in the document, `/options/theme/primary` in the
render's options (the command line places that at its `--theme` file). An unsafe value is an
error either way (the render is refused), a colour or font that is not drawn as written a warning.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kernel.dsl.hints.document import theme_name_hint
from kernel.dsl.model.theme import BASE_NAMES, THEME_NAMES
from kernel.dsl.semantic.colours import THEME_COLORS, check_color
from kernel.dsl.semantic.findings import Findings, Key, shown_value
from kernel.dsl.semantic.fonts import check_font
from kernel.dsl.semantic.page import chosen_theme
from kernel.dsl.semantic.theme_tokens import theme_token_notes
from kernel.dsl.style_rules import unsafe_css_reason

DOCUMENT_THEME: tuple[Key, ...] = ("theme",)
"""Where the document's theme is written."""
CALLER_THEME: tuple[Key, ...] = ("options", "theme")
"""Where a render's own theme is given (`kernel.dsl.options.OPTIONS_PATH` + `/theme`)."""


def check_caller_theme(override: Any, findings: Findings) -> None:
    """A render's own theme tokens, checked as the document's are (`check_theme_values`,
    `check_theme`) at `/options/theme/<token>`; a theme name (light, dark, wireframe) is the
    options schema's to check. Its colour tokens as drawn are told by `check_theme_tokens`."""
    written = caller_tokens(override)
    if written:
        check_theme_values(written, CALLER_THEME, findings)
        check_theme(written, findings, at=CALLER_THEME)


def caller_tokens(override: Any) -> dict[str, Any]:
    """The tokens a render's own theme writes (a model's as given, not its defaults); none for a
    theme name or no theme."""
    if hasattr(override, "model_dump"):
        written = getattr(override, "written_base", None)
        override = override.model_dump(exclude_unset=True, exclude_none=True)
        if written is not None:  # drawn light, but named otherwise: told as written
            override["base"] = written
    return {str(name): value for name, value in override.items()} if isinstance(override, Mapping) else {}


def check_theme_values(theme: Any, at: tuple[Key, ...], findings: Findings) -> None:
    """Theme tokens become CSS: a url() or @import in one is an error (the compiler neutralizes
    it anyway; refusing says why nothing showed); a colour token that is no colour is a warning
    (the theme's own is drawn)."""
    if not isinstance(theme, Mapping):
        return
    for name, value in theme.items():
        path = (*at, str(name))
        reason = unsafe_css_reason(value) if isinstance(value, str) else None
        if reason is not None:
            findings.error(path, reason, "unsafe_css")
        elif path[-1] in THEME_COLORS:
            check_color(value, path, findings, theme=True)


def check_theme(theme: Any, findings: Findings, *, at: tuple[Key, ...] = DOCUMENT_THEME) -> None:
    """A theme named in words other than light or dark (the earlier format took any name:
    `default`) draws the light theme; a theme `font` none of whose families is installed draws
    another face. Both are drawn all the same: say so, and what is drawn."""
    if isinstance(theme, str) and theme.strip().lower() not in THEME_NAMES:
        message = f"there is no theme '{shown_value(theme)}': the light theme is drawn"
        findings.warn(at, message, "invalid_value", theme_name_hint(theme))
    base = theme.get("base") if isinstance(theme, Mapping) else None
    if isinstance(base, str) and base.strip().lower() not in BASE_NAMES:
        message = f"there is no theme '{shown_value(base)}': the light theme is drawn under these tokens"
        findings.warn((*at, "base"), message, "invalid_value", theme_name_hint(base))
    font = theme.get("font") if isinstance(theme, Mapping) else None
    if isinstance(font, str) and unsafe_css_reason(font) is None:
        check_font(font, (*at, "font"), findings)


def check_theme_tokens(theme: Any, override: Any, findings: Findings) -> None:
    """Colour tokens drawn otherwise than written (a page token of the other tone switches the
    palette; a translucent primary is drawn opaque), a `text` that does not read, a colour whose
    contrast cannot be checked (`theme_tokens`): of the tokens as the render draws them (a
    caller's theme of the other tone drops the document's page colours; a caller's tokens
    replace the document's), each at the theme that wrote it."""
    chosen = chosen_theme(theme, override)
    if not isinstance(chosen, Mapping):
        return
    from_caller = caller_tokens(override)
    for note in theme_token_notes(chosen):
        at = CALLER_THEME if note.token in from_caller else DOCUMENT_THEME
        findings.warn((*at, note.token), note.message, note.code, note.suggestion)
