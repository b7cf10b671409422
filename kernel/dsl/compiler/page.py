"""The HTML document shell: head with a locked-down CSP and the stylesheets, body sized to the viewport."""

from __future__ import annotations

import re

from kernel.dsl.compiler.fonts import cjk_font_css, nastaliq_font_css
from kernel.dsl.compiler.html import esc
from kernel.dsl.options import Viewport

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src data:; media-src data:; font-src data:; style-src 'unsafe-inline'"
)
"""Nothing but inline styles and data: URIs, and no script at all, even if something slipped through."""

CSP_META = f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'

ROOT_CLASSES = frozenset({"dsl-root", "dsl-vflow", "dsl-smooth-host"})
"""Classes the page's root (`<main>`) may carry, besides those of the markup it wraps."""
"""The policy as every compiled page carries it, in its head (the renderer looks for this exact tag)."""


CROP_MIN_WIDTH = 320
"""The least width of a cropped screen (or the canvas's, if narrower): a table, a progress bar or
a field has no width of its own to give it, and 320 px is a small screen's, a component's width."""


def canvas_css(viewport: Viewport, *, full_page: bool = False, fit_content: bool = False) -> str:
    """Size the page to the viewport; the height is a minimum, so a full-page shot can grow
    (a phone's screen keeps its size, but for a full-page shot, which asks for all the content:
    then the phone grows to hold it).

    `fit_content` (a cropped image): the screen is as wide as its content needs, from
    CROP_MIN_WIDTH to the canvas's width, so that a box that stretches (a stat, a card, an alert)
    is drawn at a component's width, not the canvas's: the crop cuts what is drawn.

    A viewport screenshot simply crops what overflows; scrollbars never show, so they can not
    steal pixels from either kind of shot.
    """
    width, height = viewport.width, viewport.height
    screen_width, screen_height = viewport.screen_width, viewport.screen_height
    # A phone (or a tablet) keeps its shape: its screen cuts what runs below it (the render says how much)
    # instead of stretching the phone and losing its bottom edge under the image's.
    # (`hidden`, not `clip`: the screen is then the box a pinned bar sticks to, not the image.)
    screen = (
        f"height:{screen_height}px;overflow:hidden"
        if viewport.frame.is_device and not full_page
        else f"min-height:{screen_height}px;overflow-x:clip"
    )
    screen_size = (
        f"width:fit-content;min-width:{min(CROP_MIN_WIDTH, screen_width)}px;max-width:{screen_width}px"
        if fit_content
        else f"width:{screen_width}px"
    )
    return (
        f"html{{width:{width}px;scrollbar-width:none}}"
        "html::-webkit-scrollbar{display:none}"
        f"body{{margin:0;width:{width}px;min-height:{height}px;overflow-x:clip}}"
        # The screen keeps the page's left edge in either direction: a panel of notes beside it
        # takes the page's right side (a right-to-left block would otherwise sit right).
        f".dsl-root{{position:relative;{screen_size};{screen};margin-right:auto}}"
    )


BUILT_IN_LAYER = "dsl"
"""The cascade layer every built-in rule sits in, so that the document's own `css` (unlayered)
wins over any of them whatever their specificity, as a page's stylesheet wins over a UI kit's."""


def built_in(css: str) -> str:
    """`css`, a built-in sheet, in the built-in layer ("" stays ""). Blocks of one layer name
    merge in document order, so a `<style>` an element carries in the body keeps its place
    after the head's sheets. (An `!important` rule in a layer beats every unlayered one: the
    few built-in ones are guards the author is not meant to undo.)"""
    return f"@layer {BUILT_IN_LAYER}{{{css}}}" if css else ""


_COLOR_SCHEME_QUERY = re.compile(r"\(\s*prefers-color-scheme\s*:\s*(dark|light)\s*\)", re.IGNORECASE)


def themed_media(css: str, *, dark: bool) -> str:
    """`css` with each `(prefers-color-scheme: dark|light)` media feature decided by the page's
    theme: a width query always true where the scheme is the theme's, never true otherwise.
    Chromium answers that feature from the browser's setting (light), not from the page, and
    emulating it would cost a call to the browser on every render; the rewrite costs nothing."""
    scheme = "dark" if dark else "light"
    return _COLOR_SCHEME_QUERY.sub(
        lambda match: "(min-width:0px)" if match.group(1).lower() == scheme else "(max-width:0px)", css
    )


TRANSPARENT_CSS = "html,body{background:transparent!important}"
"""Emitted last for transparent renders: no page background at all, whatever the author wrote."""


RTL_LANGUAGES = frozenset({"ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "syr"})
"""Primary language subtags written right to left."""


def text_direction(lang: str | None, direction: str | None) -> str:
    """`direction` when given, else rtl for a right-to-left language, else ltr."""
    if direction:
        return direction
    primary = (lang or "").split("-", 1)[0].lower()
    return "rtl" if primary in RTL_LANGUAGES else "ltr"


_WORDY = ":is(.dsl-text,.dsl-heading,.dsl-paragraph)"
"""The texts whose rules reset `word-break` to normal: a language's breaking is set on them too."""

LINE_BREAKING = {
    # Japanese: break between phrases (BudouX in Chromium), not anywhere between two kana, so a
    # heading keeps 世代 or セット whole; and the strict kinsoku rules (no line starting with ー
    # or a small kana). Headings balance their lines in every language (base_css), so that of
    # two phrase breaks the one leaving even lines wins (ワイヤレスイヤホン / （第3世代） / ...).
    "ja": ("auto-phrase", "strict"),
    # Chinese: any two han may part, as Chinese sets it; closing marks never start a line, and
    # the strict rules add the few marks Japanese keeps there too (々, ー, small kana).
    "zh": ("", "strict"),
    "yue": ("", "strict"),
    # Korean: words are spaced, and break at the spaces only, as Korean sets them.
    "ko": ("keep-all", ""),
}
"""Primary language subtag -> its `word-break` and `line-break` ("" keeps the default)."""


PHRASE_OVERFLOW_CSS = f"html{{overflow-wrap:break-word}}{_WORDY},.dsl-table td{{overflow-wrap:anywhere}}"
"""Japanese phrases (`auto-phrase`) longer than their box break inside, where they must: a long
katakana run (ワイヤレスノイズキャンセリングヘッドホン) is one phrase, which a table cell or a text in
a row could not break, and the table or the row ran past its box. Between phrases that fit, the
phrase breaks still win. Texts and table cells also count such a run as narrow (`anywhere`), so
that a table's column or a row's text gives way to its neighbours instead of pushing them out;
any other box breaks it only when it overflows (`break-word`, its width unchanged: a stepper's
labels keep the room they had)."""


def line_breaking_css(lang: str | None) -> str:
    """How lines break in the page's language: rules for Japanese, Chinese and Korean, nothing
    for another language."""
    word_break, line_break = LINE_BREAKING.get((lang or "").split("-", 1)[0].lower(), ("", ""))
    rules = ""
    if line_break:
        rules += f"html{{line-break:{line_break}}}"
    if word_break:
        rules += f"html,{_WORDY}{{word-break:{word_break}}}"
    if word_break == "auto-phrase":
        rules += PHRASE_OVERFLOW_CSS
    return rules


def lang_css(lang: str | None, stylesheets: str = "") -> str:
    """The page's language-specific CSS: its CJK faces (see `cjk_font_css`) or Urdu's Nastaliq
    (`nastaliq_font_css`; `stylesheets`, the
    page's other sheets, tell which font aliases it declares) and its line breaking. It goes
    last, after the aliases it extends and the text rules it overrides."""
    return lang_faces_css(lang, stylesheets) + line_breaking_css(lang)


def lang_faces_css(lang: str | None, stylesheets: str = "") -> str:
    """The `@font-face` part of `lang_css`: the CJK or Nastaliq faces of the page's language."""
    return cjk_font_css(lang, stylesheets) + nastaliq_font_css(lang, stylesheets)


def page_html(
    *,
    title: str | None,
    stylesheets: list[str],
    body: str,
    author_css: str = "",
    unlayered: str = "",
    dark: bool,
    aside: str = "",
    lang: str | None = None,
    direction: str = "ltr",
    shell: tuple[str, str] = ("", ""),
    root_layer: str = "",
    root_classes: str = "",
) -> str:
    """A complete, self-contained HTML page; `stylesheets` (the built-in sheets, put in the
    built-in layer) and `author_css` (the document's own, unlayered, so it wins) must already
    be sanitized; `unlayered` (built-in too: the font aliases) goes first, outside the layer. `shell`
    wraps the screen's root (a device frame) and `aside` follows it (the annotation notes'
    panel). `lang` picks glyph variants (CJK) and hyphenation; `direction` rtl mirrors the flow
    of the whole page (`lang_css` adds its CJK faces and line breaking). `root_layer` is the
    page's smooth-gradient layer, drawn behind the screen; `root_classes` more classes of the
    screen's root (each after a space)."""
    # The language's faces extend the aliases (`unlayered`, and any the author declares) and
    # stay unlayered after them, where they were; its line breaking is a built-in rule.
    faces = lang_faces_css(lang, "".join([unlayered, *stylesheets, author_css]))
    layered = "".join([*stylesheets, line_breaking_css(lang)])
    sheets = [unlayered, built_in(layered), author_css, faces]
    styles = "".join(f"<style>{sheet}</style>" for sheet in sheets if sheet)
    scheme = "dark" if dark else "light"
    rtl = ' dir="rtl"' if direction == "rtl" else ""
    return (
        f'<!DOCTYPE html><html lang="{esc(lang or "en")}"{rtl} data-theme="{scheme}"><head><meta charset="utf-8">'
        f"{CSP_META}<title>{esc(title or 'dsl2png')}</title>{styles}</head>"
        f'<body>{shell[0]}<main class="dsl-root dsl-vflow{" dsl-smooth-host" if root_layer else ""}{root_classes}">'
        f"{root_layer}{body}</main>{shell[1]}{aside}</body></html>"
    )
