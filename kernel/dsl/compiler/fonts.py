"""Maps web and platform font names authors write (Inter, Segoe UI, Menlo...) onto the installed Noto fonts.

Pages fetch no fonts, so a family that is not installed would fall back to whatever the
browser's default is. Aliasing the usual UI font names to local Noto faces keeps such
documents in the design system's typeface, and the same input gives the same pixels.
"""

from __future__ import annotations

SANS_ALIASES = (
    "Inter", "Roboto", "Segoe UI", "Helvetica Neue", "-apple-system", "BlinkMacSystemFont",
    "SF Pro Text", "SF Pro Display", "Open Sans", "Lato", "Poppins", "Nunito", "Montserrat",
    "Source Sans Pro", "Manrope", "Geist", "IBM Plex Sans", "Ubuntu", "Cantarell",
)  # fmt: skip
MONO_ALIASES = (
    "SF Mono", "Menlo", "Monaco", "Consolas", "Fira Code", "JetBrains Mono", "Roboto Mono",
    "Source Code Pro", "IBM Plex Mono", "Geist Mono",
)  # fmt: skip

_FACES = {
    "sans": (('local("Noto Sans"),local("NotoSans-Regular")', "100 550"),
             ('local("Noto Sans Bold"),local("NotoSans-Bold")', "551 1000")),
    "mono": (('local("Noto Sans Mono"),local("NotoSansMono-Regular")', "100 550"),
             ('local("Noto Sans Mono Bold"),local("NotoSansMono-Bold")', "551 1000")),
}  # fmt: skip


_DECLARATION_REACH = 300
"""How far past `font` an inline declaration is read for family names (the style ends sooner)."""


def font_declarations(html: str) -> str:
    """The text of the `font`/`font-family` declarations in the compiled elements' inline styles.

    Only they name families in the body; scanning the whole body instead made a document with a
    large `data:` image pay for reading all of it (~10 ms for 600 KB), and named a font whenever
    a text merely mentioned it. Each piece runs to the end of its style attribute (at most
    `_DECLARATION_REACH` characters), so a quoted family name is read whole.
    """
    pieces: list[str] = []
    start = html.find("font")
    while start != -1:
        end = html.find('"', start, start + _DECLARATION_REACH)
        pieces.append(html[start : end if end != -1 else start + _DECLARATION_REACH])
        start = html.find("font", start + 4)
    return " ".join(pieces)


def font_alias_css(text: str) -> str:
    """`@font-face` aliases for every known font name that occurs in `text` (case-insensitive)."""
    lowered = text.lower()
    rules: list[str] = []
    for kind, names in (("sans", SANS_ALIASES), ("mono", MONO_ALIASES)):
        for name in names:
            if name.lower() in lowered:
                for source, weight in _FACES[kind]:
                    rules.append(f'@font-face{{font-family:"{name}";src:{source};font-weight:{weight}}}')
    return "".join(rules)
