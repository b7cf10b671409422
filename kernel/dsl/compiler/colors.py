"""Author-given colours made safe for SVG/CSS attributes, and the chart palette of theme variables."""

from __future__ import annotations

import re

_SAFE_COLOR = re.compile(
    r"""^(?:
        \#[0-9a-fA-F]{3,8}
      | [a-zA-Z]{3,30}
      | (?:rgba?|hsla?|hwb|oklch|oklab|lab|lch|color|color-mix|light-dark|var)\([-\w.,%\s/\#()]{1,200}\)
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
"""A colour: hex, a name, or a colour function (rgb() to color-mix(), light-dark(), var(--x, #fff))
of numbers, names, hex and nested functions only: no quotes, semicolons, braces or url()."""
_FORBIDDEN_WORDS = ("url", "expression", "javascript", "import")

NAMED_TONES: dict[str, str] = {
    "primary": "var(--primary)",
    "neutral": "var(--muted-foreground)",
    "muted": "var(--muted-foreground)",
    "secondary": "var(--muted-foreground)",
    "success": "var(--success)",
    "warning": "var(--warning)",
    "danger": "var(--danger)",
    "error": "var(--danger)",
    "info": "var(--info)",
}
"""Design-system tone names an author may use where a colour is expected."""

PALETTE: tuple[str, ...] = (
    "var(--chart-1, var(--primary))",
    "var(--chart-2, #0ea5e9)",
    "var(--chart-3, #10b981)",
    "var(--chart-4, #f59e0b)",
    "var(--chart-5, #ec4899)",
    "var(--chart-6, #8b5cf6)",
    "var(--chart-7, #14b8a6)",
    "var(--chart-8, #f97316)",
)
"""Series colours; the theme may override each `--chart-N` (the first defaults to primary)."""


def safe_color(value: str | None) -> str | None:
    """`value` when it is a plain colour (hex, name, a colour function, var(--x)) or a tone name.

    Anything else (`url(...)`, quotes, semicolons) gives None, so a colour can never smuggle a
    fetch or extra declarations into an attribute or a style.
    """
    if not value:
        return None
    text = value.strip()
    tone = NAMED_TONES.get(text.lower())
    if tone is not None:
        return tone
    lowered = text.lower()
    if any(word in lowered for word in _FORBIDDEN_WORDS):
        return None
    return text if _SAFE_COLOR.match(text) and _balanced(text) else None


def _balanced(text: str) -> bool:
    """Whether every bracket in `text` closes, and nothing follows the last one."""
    depth = 0
    for index, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth < 0 or (depth == 0 and char == ")" and index != len(text) - 1):
            return False
    return depth == 0


def palette_color(index: int) -> str:
    """The `index`-th series colour, cycling through the palette."""
    return PALETTE[index % len(PALETTE)]
