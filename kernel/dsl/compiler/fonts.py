"""Maps web and platform font names authors write (Inter, Segoe UI, Georgia, Menlo...) onto the installed Noto fonts.

Pages fetch no fonts, so a family that is not installed would fall back to whatever the
browser's default is. Aliasing the usual UI font names to local Noto faces keeps such
documents in the design system's typeface, and the same input gives the same pixels.
"""

from __future__ import annotations

import re

SANS_ALIASES = (
    "Inter", "Roboto", "Segoe UI", "Helvetica Neue", "-apple-system", "BlinkMacSystemFont",
    "SF Pro Text", "SF Pro Display", "Open Sans", "Lato", "Poppins", "Nunito", "Montserrat",
    "Source Sans Pro", "Manrope", "Geist", "IBM Plex Sans", "Ubuntu", "Cantarell",
)  # fmt: skip
SERIF_ALIASES = (
    "Georgia", "Times New Roman", "Times", "Cambria", "Garamond", "EB Garamond", "Cormorant Garamond",
    "Baskerville", "Libre Baskerville", "Palatino", "Palatino Linotype", "Book Antiqua", "Merriweather",
    "Playfair Display", "Lora", "PT Serif", "Source Serif Pro", "Source Serif 4", "IBM Plex Serif",
    "Crimson Text", "Crimson Pro", "Libre Caslon Text", "DM Serif Display", "Fraunces", "Spectral",
    "Roboto Serif", "Roboto Slab", "Charter", "Iowan Old Style", "New York",
)  # fmt: skip
"""Serif families (a brand's Georgia or Garamond): drawn in Noto Serif, not the sans default."""
MONO_ALIASES = (
    "SF Mono", "Menlo", "Monaco", "Consolas", "Fira Code", "JetBrains Mono", "Roboto Mono",
    "Source Code Pro", "IBM Plex Mono", "Geist Mono", "Courier New", "Courier", "Lucida Console",
    "Lucida Sans Typewriter", "Andale Mono", "Ubuntu Mono", "Cascadia Code", "Cascadia Mono",
    "Inconsolata", "Fira Mono", "Space Mono", "DM Mono", "PT Mono", "Liberation Mono", "Droid Sans Mono",
    "SFMono-Regular",
)  # fmt: skip
"""Monospace families (a terminal's Courier New, an editor's Menlo): drawn in Noto Sans Mono, not
the proportional default (Courier New's iiiii and WWWWW came out of different widths)."""
_ALIASES = (("sans", SANS_ALIASES), ("serif", SERIF_ALIASES), ("mono", MONO_ALIASES))

GENERIC_FAMILIES = frozenset(
    {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "ui-serif", "ui-sans-serif",
     "ui-monospace", "ui-rounded", "math", "emoji", "fangsong"}
)  # fmt: skip
"""CSS's generic families: always drawn, by the installed face fontconfig picks for each."""
FACELESS_GENERICS = frozenset({"cursive", "fantasy"})
"""Generic families no installed face draws as their kind: fontconfig gives them Noto Sans, so a
signature in `cursive` came out in the plain sans of the text around it."""
INSTALLED_PREFIXES = ("noto ", "dejavu ")
"""The families installed beside the renderer, by the start of their names (lower case): every
Noto family (scripts/setup.sh and the image install fonts-noto-core, -cjk, -mono and
-color-emoji) and DejaVu (which fontconfig itself depends on)."""

MATH_FACE_CSS = (
    '@font-face{font-family:"dsl-math";src:local("Noto Sans Math"),local("NotoSansMath-Regular");'
    "unicode-range:U+2260-2262,U+2264-2265,U+226E-2271}"
)
"""The relation symbols ≠ ≡ ≢ ≤ ≥ ≮ ≯ ≰ ≱ from Noto Sans Math (fonts-noto-core). Noto Sans and
Noto Serif have no ≠: HarfBuzz composed it from = and a combining slash, drawn "=/" with the
slash shifted; their missing ≤ and ≥ fell back to DejaVu Math TeX Gyre's slanted ⩽ ⩾. The
theme's stacks name this face first; its unicode-range keeps every other character out of it."""
_MATH_SYMBOLS = re.compile("[\u2260-\u2262\u2264\u2265\u226e-\u2271]")


def math_face_css(body: str) -> str:
    """`MATH_FACE_CSS` when the page's `body` holds one of its symbols, else nothing."""
    return MATH_FACE_CSS if _MATH_SYMBOLS.search(body) else ""


def drawn_instead(font: str) -> str | None:
    """The family drawn for a theme `font` (a family or a stack of them, as CSS writes it) when
    none of its families is installed: the Noto face its first aliased name stands for (`Menlo`
    -> Noto Sans Mono, `Georgia` -> Noto Serif, `Inter` -> Noto Sans), else the theme's default,
    Noto Sans. None when some family of it is installed or a generic one with a face of its
    kind, so that one is drawn (`cursive` and `fantasy` have none: `FACELESS_GENERICS`)."""
    names = [name.strip().strip("'\"").strip().lower() for name in font.split(",")]
    names = [name for name in names if name]
    if not names or any(
        (name in GENERIC_FAMILIES and name not in FACELESS_GENERICS) or name.startswith(INSTALLED_PREFIXES)
        for name in names
    ):
        return None
    for name in names:
        for kind, aliases in _ALIASES:
            if name in (alias.lower() for alias in aliases):
                return _NOTO[kind]
    return _NOTO["sans"]


_FACES = {
    "sans": (('local("Noto Sans"),local("NotoSans-Regular")', "100 550"),
             ('local("Noto Sans Bold"),local("NotoSans-Bold")', "551 1000")),
    "serif": (('local("Noto Serif"),local("NotoSerif-Regular")', "100 550"),
              ('local("Noto Serif Bold"),local("NotoSerif-Bold")', "551 1000")),
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
    for kind, names in _ALIASES:
        for name in names:
            if name.lower() in lowered:
                for source, weight in _FACES[kind]:
                    rules.append(f'@font-face{{font-family:"{name}";src:{source};font-weight:{weight}}}')
    return "".join(rules)


# -- CJK languages --------------------------------------------------------------------------------

CJK_REGIONS = {"ja": "JP", "ko": "KR", "zh": "SC", "zh-hans": "SC", "zh-hant": "TC", "zh-tw": "TC",
               "zh-hk": "HK", "zh-mo": "HK", "zh-hant-hk": "HK", "zh-hant-mo": "HK", "yue": "HK"}  # fmt: skip
"""Language tag (lower case) or its leading subtags -> the Noto CJK face drawn in that language:
Japanese, Korean, Simplified and Traditional Chinese, Hong Kong."""

CJK_RANGE = (
    "U+2014-2015,U+2018-2019,U+201C-201D,U+2025-2026,U+203B,U+1100-11FF,U+2E80-2FDF,"
    "U+2FF0-303F,U+3040-33FF,U+3400-4DBF,U+4E00-9FFF,U+A960-A97F,U+AC00-D7FF,U+F900-FAFF,"
    "U+FE10-FE1F,U+FE30-FE4F,U+FF00-FFEF,U+20000-2FA1F"
)
"""What a CJK language draws with its CJK face though the Latin face has it: the dashes,
quotes and ellipses Latin and CJK text share (a Latin “” or …… is half width and sits on the
baseline), and every CJK block (kana, hangul, han, CJK and full-width punctuation such as the
katakana middle dot ・), so each is drawn in the language's own regional face.
`·` (U+00B7) and `•` stay Latin: UI text uses them as separators ("3 min · 5 comments")."""

_LATIN_FACES = {
    "sans": (*_FACES["sans"],
             ('local("Noto Sans Italic"),local("NotoSans-Italic")', "100 550", "italic"),
             ('local("Noto Sans Bold Italic"),local("NotoSans-BoldItalic")', "551 1000", "italic")),
    "mono": _FACES["mono"],
}  # fmt: skip
"""The installed faces of Noto Sans (Mono), which a CJK page redefines as CSS families."""

_NOTO = {"sans": "Noto Sans", "serif": "Noto Serif", "mono": "Noto Sans Mono"}
_CJK_FAMILY = {"sans": "Noto Sans CJK {region}", "serif": "Noto Serif CJK {region}",
               "mono": "Noto Sans Mono CJK {region}"}  # fmt: skip


def cjk_region(lang: str | None) -> str | None:
    """JP, KR, SC, TC or HK: the Noto CJK face of the CJK language `lang`; None for any other
    language (or none). The longest known run of leading subtags decides: zh-Hant-HK is HK,
    zh-Hant TC, zh-CN and zh SC."""
    subtags = (lang or "").lower().replace("_", "-").split("-")
    for end in range(len(subtags), 0, -1):
        region = CJK_REGIONS.get("-".join(subtags[:end]))
        if region is not None:
            return region
    return None


def _face(family: str, source: str, weight: str, style: str = "", unicode_range: str = "") -> str:
    extra = f";font-style:{style}" if style else ""
    extra += f";unicode-range:{unicode_range}" if unicode_range else ""
    return f'@font-face{{font-family:"{family}";src:{source};font-weight:{weight}{extra}}}'


def _cjk_faces(family: str, kind: str, region: str) -> list[str]:
    name = _CJK_FAMILY[kind].format(region=region)
    return [
        _face(family, f'local("{name}")', "100 550", unicode_range=CJK_RANGE),
        _face(family, f'local("{name} Bold")', "551 1000", unicode_range=CJK_RANGE),
    ]


def cjk_font_css(lang: str | None, defined: str = "") -> str:
    """For a CJK `lang`, `@font-face` rules that draw the text of Noto Sans, Noto Sans Mono and
    of the aliases `defined` declares (the `font_alias_css` of the page) in the language's
    Noto CJK face for `CJK_RANGE` (Noto Serif CJK for a serif alias), and in the Latin face for
    everything else. Nothing for another language.

    The default stack names Noto Sans first, and it has the quotes and ellipses Chinese and
    Japanese share with Latin: without this they came out half width from the Latin face, and
    the katakana middle dot, which it lacks, from the stack's Simplified Chinese face, a
    narrow bullet in Japanese. A face of a family that covers a character and comes later in
    the page is tried first, so these rules must follow the aliases' own (the page puts them
    last). Upright only: italic text keeps the italic Latin face and the system's fallback.

    The Latin text of such a page comes from the same Noto Sans files, through `@font-face` as
    the aliases' does; Chromium rounds those glyphs' advances differently from the installed
    family's, so a line of Latin text may end a pixel or two off where it ends under `en`.
    """
    region = cjk_region(lang)
    if region is None:
        return ""
    rules: list[str] = []
    for kind, aliases in (("sans", SANS_ALIASES), ("mono", MONO_ALIASES)):
        family = _NOTO[kind]
        rules += [_face(family, *face) for face in _LATIN_FACES[kind]]
        rules += _cjk_faces(family, kind, region)
        for alias in aliases:
            if f'@font-face{{font-family:"{alias}";' in defined:
                rules += _cjk_faces(alias, kind, region)
    for alias in SERIF_ALIASES:  # Noto Serif itself is not the default: only aliases draw in it
        if f'@font-face{{font-family:"{alias}";' in defined:
            rules += _cjk_faces(alias, "serif", region)
    return "".join(rules)


# -- Urdu ----------------------------------------------------------------------------------------

NASTALIQ_RANGE = "U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF"
"""The Arabic script's letters, marks, digits and presentation forms."""
_NASTALIQ = (('local("Noto Nastaliq Urdu"),local("NotoNastaliqUrdu-Regular")', "100 550"),
             ('local("Noto Nastaliq Urdu Bold"),local("NotoNastaliqUrdu-Bold")', "551 1000"))  # fmt: skip

NASTALIQ_LINES_CSS = (
    "body,:is(.dsl-paragraph,.dsl-text,.dsl-card-text,.dsl-card-desc){line-height:2}"
    ".dsl-heading{line-height:1.7}"
    ":is(.dsl-button,.dsl-control,.dsl-chip,.dsl-tab,.dsl-menu-item,.dsl-page-step,.dsl-badge)"
    "{line-height:calc(var(--control-h) - 4px)}"
)
"""Nastaliq's letters reach far above and below its line (its descenders are a line deep):
Urdu's running text gets lines twice its size, headings 1.7, and controls of one line (a
button's label, which clips) a line as tall as their box, so no stroke is cut or overlaps the
next line's."""


def nastaliq_font_css(lang: str | None, defined: str = "") -> str:
    """For Urdu, `@font-face` rules that draw the Arabic script of Noto Sans and of the sans
    aliases `defined` declares in Noto Nastaliq Urdu, the style Urdu is written and read in
    (Naskh, the Arabic default, reads as Arabic to an Urdu reader), and lines tall enough for
    it; the Latin text keeps Noto Sans. Nothing for another language."""
    if (lang or "").replace("_", "-").split("-", 1)[0].lower() != "ur":
        return ""
    rules = [_face(_NOTO["sans"], *face) for face in _LATIN_FACES["sans"]]
    families = [
        _NOTO["sans"],
        *(alias for alias in SANS_ALIASES if f'@font-face{{font-family:"{alias}";' in defined),
    ]
    for family in families:
        rules += [_face(family, source, weight, unicode_range=NASTALIQ_RANGE) for source, weight in _NASTALIQ]
    return "".join(rules) + NASTALIQ_LINES_CSS


# -- scripts taller than a pill's line -----------------------------------------------------------

_TALL_SCRIPTS = re.compile(r"[\u0f00-\u0fff]")
"""Tibetan, whose letters stack two or three deep below the line: a badge's or a chip's one
line of 12-13 px cuts the stacks at its bottom edge, or they run out of the pill."""

TALL_SCRIPT_CSS = (
    ":is(.dsl-badge,.dsl-chip).has-tall-script{height:auto;max-height:none;padding-block:2px;line-height:2}"
    ".dsl-badge.has-tall-script{min-height:22px}"
)
"""A pill holding a tall script grows to a line twice its text's size, which holds the stacks."""


def tall_script_class(text: str | None) -> str:
    """` has-tall-script` for a text in a script that stacks below its line (Tibetan), else ""."""
    return " has-tall-script" if text and _TALL_SCRIPTS.search(text) else ""
