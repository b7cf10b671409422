"""Font families a document names (its theme's `font`, an element's `style.fontFamily`) that no
installed face draws: pages fetch no fonts, so another face is drawn, and the author is told which."""

from __future__ import annotations

from kernel.dsl.compiler.fonts import FACELESS_GENERICS, drawn_instead
from kernel.dsl.semantic.findings import Findings, Key, shown_value

INSTALLED_HINT = (
    "the installed families are Noto's (Noto Sans, Noto Serif, Noto Sans Mono...) and DejaVu's; "
    "a generic family (sans-serif, serif, monospace) is drawn in one of them"
)

CSS_WIDE_WORDS = frozenset({"inherit", "initial", "unset", "revert", "revert-layer"})


def check_font(font: str, path: tuple[Key, ...], findings: Findings) -> None:
    """Warn (`font_unavailable`) at `path` when none of the families of `font` (a family or a
    stack, as CSS writes it) is installed, naming the face drawn instead: a named family that is
    not installed (`Dancing Script`), or a generic one no installed face draws as its kind
    (`cursive`, `fantasy`: fontconfig gives them Noto Sans)."""
    if font.strip().lower() in CSS_WIDE_WORDS or "var(" in font.lower():
        return  # the family of the parent, or of a token: drawn as that is
    instead = drawn_instead(font)
    if instead is None:
        return
    names = {name.strip().strip("'\"").strip().lower() for name in font.split(",")} - {""}
    if names <= FACELESS_GENERICS:
        message = f"'{shown_value(font)}' has no installed face (pages fetch no fonts), so {instead} is drawn instead"
        hint = (
            INSTALLED_HINT
            + "; cursive and fantasy have none (for a signature, fontFamily: serif with fontStyle: italic)"
        )
    elif len(names) > 1:  # a stack: its own quotes would nest in ours
        message = f"no family of {shown_value(font)} is installed (pages fetch no fonts), so {instead} is drawn instead"
        hint = INSTALLED_HINT
    else:
        message = (
            f"'{shown_value(font)}' is not installed (pages fetch no fonts), so {instead} is drawn instead"
        )
        hint = INSTALLED_HINT
    findings.warn(path, message, "font_unavailable", hint)
