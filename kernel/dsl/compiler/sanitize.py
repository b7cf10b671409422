"""Makes author CSS (the document `css`, `style` values, theme tokens) unable to fetch or run anything.

The validator rejects the same things, but the compiler must be safe on its own: whatever
reaches the page can load nothing but `data:` URIs, import nothing, run no script and can not
close the `<style>` element it sits in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from kernel.dsl.data_uris import drawable_image_uri
from kernel.dsl.memo import remembered_up_to

_COMMENT = re.compile(r"/\*.*?(\*/|$)", re.S)
_HEX_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})[ \t\n\r\f]?")
_LETTER_ESCAPE = re.compile(r"\\([g-zG-Z@:(])")
_IMPORT = re.compile(r"@import\b", re.I)
_FETCHING_FUNCTION = re.compile(
    r"(?<![\w-])(url|image-set|-webkit-image-set|image|cross-fade|-webkit-cross-fade|element|src)\s*\(",
    re.I,
)
_DATA_URL_ARGUMENT = re.compile(
    r"""^[ \t\n\r\f]*(?:"[ \t]*(data:[^"\\\n\r\f]*)"|'[ \t]*(data:[^'\\\n\r\f]*)'|(data:[^"'()\\]*))[ \t\n\r\f]*$""",
    re.I,
)
"""A `url()`'s argument that is a data: URI: quoted (an SVG written out may hold the other quote
and brackets) or bare; its URI is whichever group matched.

Only what Chromium reads the same way: CSS's own white space around it (not `\\s`: a no-break
space before the quote makes Chromium read a bad url that ends at the first `)`), and a quoted
one holds no line break (Chromium ends the string there, and what follows is CSS)."""
_DANGEROUS_WORDS = re.compile(r"expression\s*\(|javascript\s*:|vbscript\s*:|-moz-binding|behavior\s*:", re.I)
_BRACE = re.compile(r"[{}]")
_SIGNIFICANT = re.compile(r"""[()\[\];"'\\\n\r\f]""")
_PROPERTY_NAME = re.compile(r"^-?[a-zA-Z][a-zA-Z0-9-]*$")
_FORBIDDEN_PROPERTIES = frozenset({"behavior", "-moz-binding"})


def _unescape_letters(css: str) -> str:
    """Turn escapes of letters back into letters, so `\\75 rl(` is seen as the `url(` it is."""

    def hex_letter(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16)) if int(match.group(1), 16) < 0x110000 else ""
        return char if char.isascii() and (char.isalpha() or char in "@:(") else match.group(0)

    return _LETTER_ESCAPE.sub(r"\1", _HEX_ESCAPE.sub(hex_letter, css))


def _unquoted(
    text: str, start: int = 0, significant: re.Pattern[str] = _SIGNIFICANT, end: int | None = None
) -> Iterator[tuple[int, str]]:
    """Each bracket and `;` of `text` from `start` (up to `end`) that is outside a quoted string,
    with its index (each character of `significant` that is, when given).

    A regular expression finds the few characters that matter, so a long run of anything else (a
    `data:` image's base64) is skipped at C speed instead of read character by character."""
    quote, escaped = "", -1
    for match in significant.finditer(text, start, len(text) if end is None else end):
        index = match.start()
        if index <= escaped:
            continue
        char = text[index]
        if char == "\\":
            # An escape: its character is no quote, bracket or `;`. In a string, an escaped line
            # break (`\\` then `\r\n` too) continues it; outside one, `\\` before a line break
            # escapes nothing.
            if quote or text[index + 1 : index + 2] not in ("\n", "\r", "\f", ""):
                escaped = index + (2 if text.startswith("\r\n", index + 1) else 1)
        elif quote:
            if char == quote or char in "\n\r\f":
                # A line break ends a string as Chromium reads it (a bad string): what follows
                # is CSS again, not more of the string.
                quote = ""
        elif char in "\"'":
            quote = char
        else:
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


def _value_end(value: str, start: int = 0, limit: int | None = None) -> int:
    """Where a declaration's value that starts at `start` ends: at the first `{` or `}` (quoted
    or not; `limit`, when the caller knows where that is), or a `;` outside brackets and
    strings; the whole length when none."""
    if limit is None:
        brace = _BRACE.search(value, start)
        limit = brace.start() if brace else len(value)
    depth = 0
    for index, char in _unquoted(value, start, end=limit):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == ";" and depth == 0:
            return index
    return limit


def _drop_imports(css: str) -> str:
    """Every `@import` rule removed, up to the `;` that ends it outside strings and brackets.

    A web font's URL holds `;` of its own (`family=Inter:wght@400;700`): cutting there left the
    rest of the URL behind, whose quote then opened a string that swallowed the rules after it.
    A rule with no end runs to the next brace (or the end), as CSS reads it.

    One pass: the next brace is looked for again only once an import is past it, and each rule
    is read from where it starts (no copy of the rest), so thousands of `@import;` cost what
    one long rule does."""
    out: list[str] = []
    position, brace = 0, -1
    while match := _IMPORT.search(css, position):
        out.append(css[position : match.start()])
        if brace < match.end():
            found = _BRACE.search(css, match.end())
            brace = found.start() if found else len(css)
        end = _value_end(css, match.end(), brace)
        position = end + 1 if css[end : end + 1] == ";" else end
    out.append(css[position:])
    return "".join(out)


def _neutralize_fetches(css: str) -> str:
    """Replace every fetching function by `none`, except `url()` of a `data:` URI."""
    out: list[str] = []
    position = 0
    while match := _FETCHING_FUNCTION.search(css, position):
        end = _closing_paren(css, match.end())
        argument = css[match.end() : end - 1]
        data = _DATA_URL_ARGUMENT.match(argument) if match.group(1).lower() == "url" else None
        out.append(css[position : match.start()])
        out.append(_data_url(css[match.start() : end], data) if data else "none")
        position = end
    out.append(css[position:])
    return "".join(out)


def _data_url(written: str, argument: re.Match[str]) -> str:
    """A kept `url(data:...)`, its picture written as Chromium draws it (an SVG's `#` escaped,
    its namespace declared: see `drawable_image_uri`), else as written."""
    uri = next(group for group in argument.groups() if group is not None)
    drawn = drawable_image_uri(uri)
    return f'url("{drawn}")' if drawn is not None and drawn != uri.strip() else written


def sanitize_css(css: str) -> str:
    """A stylesheet that is safe to put inside `<style>`: no imports, fetches, script or `</style`.

    Its finite animations are shown at their end (see `finished_animation_delay`)."""
    css = _unescape_letters(_COMMENT.sub(" ", css))
    css = _drop_imports(css)
    css = _neutralize_fetches(css)
    css = _DANGEROUS_WORDS.sub("x-blocked-", css)
    css = _finish_animations(css)
    # `<` never belongs in CSS outside strings; inside strings `\3c ` is the same character.
    return css.replace("<", "\\3c ")


_INNERMOST_BLOCK = re.compile(r"\{([^{}]*)\}")
_ANIMATION_PROPERTY = re.compile(r"(?<![\w-])animation(-name)?\s*:", re.I)


def _finish_animations(css: str) -> str:
    """Each rule that animates gets, last, the `animation-delay` that shows its finite
    animations at their end; rules that do not animate are left as written."""
    if not _ANIMATION_PROPERTY.search(css):
        return css
    return _INNERMOST_BLOCK.sub(_rule_with_finished_delay, css)


def _rule_with_finished_delay(rule: re.Match[str]) -> str:
    body = rule.group(1)
    if not _ANIMATION_PROPERTY.search(body):
        return rule.group(0)
    declarations: dict[str, str] = {}
    for declaration in _top_level_split(body, ";"):
        name, colon, value = declaration.partition(":")
        if colon:
            declarations[name.strip().lower()] = value
    delay = finished_animation_delay(declarations)
    if delay is None:
        return rule.group(0)
    separator = "" if body.rstrip().endswith(";") or not body.strip() else ";"
    return f"{{{body}{separator}animation-delay:{delay}}}"


_SPLITTING = re.compile(r"""[()\[\];,"'\\\s]""")
"""What `_top_level_split` looks at: `_SIGNIFICANT`, commas and white space."""


def _top_level_split(text: str, separator: str) -> list[str]:
    """`text` cut at each `separator` (`,` `;`, or " " for any whitespace) that is outside
    brackets and strings (a `cubic-bezier(.2, 0, 0, 1)` or a data: URI stays whole)."""
    parts: list[str] = []
    start, depth = 0, 0
    for index, char in _unquoted(text, significant=_SPLITTING):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (char == separator or (separator == " " and char.isspace())):
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


_TIME = re.compile(r"^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(s|ms)$", re.I)
_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)$")
_ANIMATION_KEYWORDS = frozenset(
    {"ease", "linear", "ease-in", "ease-out", "ease-in-out", "step-start", "step-end", "normal",
     "reverse", "alternate", "alternate-reverse", "forwards", "backwards", "both", "running",
     "paused", "infinite", "initial", "inherit", "unset", "revert", "revert-layer", "!important"}
)  # fmt: skip
_LONGHANDS = {"animation-name": "name", "animation-duration": "duration",
              "animation-delay": "delay", "animation-iteration-count": "count"}  # fmt: skip
_PAST_THE_END_S = 1.0
"""How far past its end a finite animation is shown: well past it, whatever the rounding."""


def finished_animation_delay(declarations: Mapping[str, str]) -> str | None:
    """The `animation-delay` list that shows each finite animation of `declarations` (kebab-case
    properties in the order written: `animation`, or its name, duration, delay and iteration
    count longhands) as it is once it has run; None when nothing finite animates.

    Renders freeze animations at their first frame, so an entrance (`fadeIn 1s`, starting from
    `opacity: 0`) would leave its element invisible. A delay as far before now as the animation
    lasts puts it past its end: its last frame with `forwards` or `both`, else the element's
    own style, as on a screen once it has played. An infinite animation keeps its own delay
    and shows its first frame.
    """
    lists: dict[str, list[str]] = {}
    for name, value in declarations.items():
        if name == "animation":
            layers = [_animation_layer(layer) for layer in _top_level_split(value, ",")]
            lists = {key: [layer[key] for layer in layers] for key in ("name", "duration", "delay", "count")}
        elif name in _LONGHANDS:
            lists[_LONGHANDS[name]] = _top_level_split(value.replace("!important", ""), ",")
    names = lists.get("name", [])
    delays: list[str] = []
    finite = False
    for index, animation in enumerate(names):
        count = _nth(lists.get("count"), index, "1").lower()
        if animation.lower() == "none" or count == "infinite":
            delays.append(_nth(lists.get("delay"), index, "0s"))
            continue
        active = _seconds(_nth(lists.get("duration"), index, "0s")) * _number(count)
        delays.append(f"{-(active + _PAST_THE_END_S):g}s")
        finite = True
    return ", ".join(delays) if finite else None


def _animation_layer(layer: str) -> dict[str, str]:
    """One animation of the `animation` shorthand: its name, duration, delay and count as
    written (the first time is the duration, the second the delay; unset ones are CSS's)."""
    parts = {"name": "none", "duration": "0s", "delay": "0s", "count": "1"}
    times = 0
    for token in _top_level_split(layer, " "):
        word = token.lower()
        if _TIME.match(token):
            parts["duration" if times == 0 else "delay"] = token
            times += 1
        elif _NUMBER.match(token) or word == "infinite":
            parts["count"] = token
        elif word not in _ANIMATION_KEYWORDS and "(" not in token and parts["name"] == "none":
            parts["name"] = token
    return parts


def _nth(values: list[str] | None, index: int, default: str) -> str:
    """The value for the `index`th animation: CSS repeats a shorter list."""
    return values[index % len(values)] if values else default


def _seconds(time: str) -> float:
    match = _TIME.match(time.strip())
    if match is None:
        return 0.0
    return float(match.group(1)) / (1000 if match.group(2).lower() == "ms" else 1)


def _number(count: str) -> float:
    return float(count) if _NUMBER.match(count.strip()) else 1.0


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
