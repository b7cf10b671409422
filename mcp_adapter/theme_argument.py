"""The tools' `theme`: a built-in theme's name, or design tokens, as the HTTP API's `options.theme`.

The value becomes the render's own `RenderOptions.theme`, so the kernel checks its tokens exactly as
it checks the HTTP API's and the command line's (`kernel.dsl.semantic.theme.check_caller_theme`):
an unsafe value refuses the render at `/options/theme/<token>`, a font not installed is warned of.
Here only the argument's type is declared, and what to tell of a token the tokens have not.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from kernel.dsl.hints.document import theme_field_hint
from kernel.dsl.model import ThemeTokens

THEME_TOKENS = tuple(ThemeTokens.model_fields)
"""The tokens a theme object takes (base, primary, background, surface, text, font, radius, density)."""

THEME_DESCRIPTION = (
    "override the document's theme: a name (light, dark, wireframe) or design tokens over it, "
    "e.g. {primary: '#7c3aed', font: 'Noto Serif', radius: 12}. Tokens: base (light|dark, the "
    "palette under the others), primary, background, surface, text (CSS colours), font (an installed "
    "family: Noto's, DejaVu's or sans-serif/serif/monospace; pages fetch no fonts), radius (px, 0-64), "
    "density (compact|comfortable|spacious|touch). Checked as the document's theme is: an unsafe "
    "value (url(), @import) is refused at /options/theme/<token>, a font not installed is warned of"
)


def _lower_name(value: Any) -> Any:
    """A theme's name as the schema spells it, whatever its case (`Dark`); tokens as they are."""
    return value.strip().lower() if isinstance(value, str) else value


ThemeArgument = Annotated[
    Literal["light", "dark", "wireframe"] | ThemeTokens | None,
    BeforeValidator(_lower_name),
    Field(description=THEME_DESCRIPTION),
]
"""render_ui_mockup's and validate_dsl's `theme` (and `options.theme`)."""


def unknown_token_line(name: str, token: str) -> str:
    """`theme.primay` is no token: the token meant, or the tokens there are, as the document's
    theme is told (`theme_field_hint`)."""
    return f"{name}.{token} is not a theme token ({theme_field_hint(token, THEME_TOKENS)})"
