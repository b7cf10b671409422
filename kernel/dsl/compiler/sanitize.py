"""Makes author CSS (the document `css`, `style` values, theme tokens) unable to fetch or run anything.

The validator rejects the same things, but the compiler must be safe on its own: whatever
reaches the page can load nothing but `data:` URIs, import nothing, run no script and can not
close the `<style>` element it sits in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kernel.dsl.compiler.memo import remembered_up_to

_COMMENT = re.compile(r"/\*.*?(\*/|$)", re.S)
_HEX_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})[ \t\n\r\f]?")
_LETTER_ESCAPE = re.compile(r"\\([g-zG-Z@:(])")
_IMPORT = re.compile(r"@import\b[^;{}]*;?", re.I)
_FETCHING_FUNCTION = re.compile(
    r"(?<![\w-])(url|image-set|-webkit-image-set|image|cross-fade|-webkit-cross-fade|element|src)\s*\(",
    re.I,
)
_DATA_URL_ARGUMENT = re.compile(r"""^\s*(["']?)\s*data:[^"'()\\]*\1\s*$""", re.I | re.S)
_DANGEROUS_WORDS = re.compile(r"expression\s*\(|javascript\s*:|vbscript\s*:|-moz-binding|behavior\s*:", re.I)
_BRACE = re.compile(r"[{}]")
_SIGNIFICANT = re.compile(r"""[()\[\];"'\\]""")
_PROPERTY_NAME = re.compile(r"^-?[a-zA-Z][a-zA-Z0-9-]*$")
_FORBIDDEN_PROPERTIES = frozenset({"behavior", "-moz-binding"})


def _unescape_letters(css: str) -> str:
    """Turn escapes of letters back into letters, so `\\75 rl(` is seen as the `url(` it is."""

    def hex_letter(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16)) if int(match.group(1), 16) < 0x110000 else ""
        return char if char.isascii() and (char.isalpha() or char in "@:(") else match.group(0)

    return _LETTER_ESCAPE.sub(r"\1", _HEX_ESCAPE.sub(hex_letter, css))


def _unquoted(text: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """Each bracket and `;` of `text` from `start` that is outside a quoted string, with its index.

    A regular expression finds the few characters that matter, so a long run of anything else (a
    `data:` image's base64) is skipped at C speed instead of read character by character."""
    quote, escaped = "", -1
    for match in _SIGNIFICANT.finditer(text, start):
        index = match.start()
        if index == escaped:
            continue
        char = text[index]
        if quote:
            if char == "\\":
                escaped = index + 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char != "\\":
            yield index, char


def _closing_paren(text: str, start: int) -> int:
    """Index just past the `)` that closes the `(` before `start`, honouring nesting and quotes."""
    depth = 1
    for index, char in _unquoted(text, start):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
    return len(text)


def _value_end(value: str) -> int:
    """Where a declaration's value ends: at the first `{` or `}` (quoted or not), or a `;`
    outside brackets and strings; the whole length when none."""
    brace = _BRACE.search(value)
    limit = brace.start() if brace else len(value)
    depth = 0
    for index, char in _unquoted(value[:limit]):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == ";" and depth == 0:
            return index
    return limit


def _neutralize_fetches(css: str) -> str:
    """Replace every fetching function by `none`, except `url()` of a `data:` URI."""
    out: list[str] = []
    position = 0
    while match := _FETCHING_FUNCTION.search(css, position):
        end = _closing_paren(css, match.end())
        argument = css[match.end() : end - 1]
        keep = match.group(1).lower() == "url" and _DATA_URL_ARGUMENT.match(argument)
        out.append(css[position : match.start()])
        out.append(css[match.start() : end] if keep else "none")
        position = end
    out.append(css[position:])
    return "".join(out)


def sanitize_css(css: str) -> str:
    """A stylesheet that is safe to put inside `<style>`: no imports, fetches, script or `</style`."""
    css = _unescape_letters(_COMMENT.sub(" ", css))
    css = _IMPORT.sub("", css)
    css = _neutralize_fetches(css)
    css = _DANGEROUS_WORDS.sub("x-blocked-", css)
    # `<` never belongs in CSS outside strings; inside strings `\3c ` is the same character.
    return css.replace("<", "\\3c ")


@remembered_up_to(256, entries=4096)  # colours, lengths and gradients recur across documents
def sanitize_value(value: str) -> str | None:
    """One declaration value (inline `style`, a theme token); None when nothing safe is left.

    A value can not end its declaration or rule (`;`, `{`, `}`), so it can not smuggle in
    more properties; the stylesheet rules apply on top. A `;` inside brackets or a string ends
    nothing (CSS reads it as part of them), so `url(data:image/png;base64,...)` stays whole.
    """
    value = _unescape_letters(value.replace("\n", " ").replace("\r", " "))
    value = value[: _value_end(value)]
    value = sanitize_css(value).strip()
    if not value or "x-blocked-" in value:
        return None
    return value


def safe_property(name: str) -> bool:
    """True when `name` is a plain (kebab-case) CSS property that does not bind behaviour."""
    return bool(_PROPERTY_NAME.match(name)) and name.lower() not in _FORBIDDEN_PROPERTIES


_FONT_FAMILY = re.compile(r"^[\w \-,'\"]+$")


def sanitize_font_family(font: str) -> str | None:
    """A font family list made of names only (no functions, no punctuation beyond quotes/commas)."""
    font = font.strip()
    if not font or not _FONT_FAMILY.match(font):
        return None
    names = [name.strip().strip("'\"").strip() for name in font.split(",")]
    return ", ".join(f'"{name}"' for name in names if name)
