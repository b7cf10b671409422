"""HTML and Markdown found in a text, which is drawn as written, and what to write instead."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

_MARK_WORDS = {
    "bold": ("bold", "style: {fontWeight: 600}"),
    "italic": ("italic", "style: {fontStyle: italic}"),
    "underline": ("underlined", "style: {textDecoration: underline}"),
    "strike": ("struck through", "style: {textDecoration: line-through}"),
}
_TAG_MARKS = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline", "s": "strike",
    "strike": "strike", "del": "strike", "a": "link", "code": "code", "kbd": "code",
}  # fmt: skip
_HTML_TAG = re.compile(
    r"<(/?)(b|strong|i|em|u|s|strike|del|ins|mark|small|big|sub|sup|code|kbd|a|br|hr|span|div|p|font|"
    r"h[1-6]|ul|ol|li|img|center|blockquote|pre)(?=[\s/>])([^<>]*)>",
    re.IGNORECASE,
)
_VOID_TAGS = frozenset({"br", "hr", "img"})
_MARKDOWN = (
    ("bold", re.compile(r"(?<![*\w])\*\*(?=[^\s*])([^*\n]*?[^\s*])\*\*(?![*\w])")),
    ("italic", re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![*\w])")),
    ("strike", re.compile(r"(?<![~\w])~~(?=\S)([^~\n]*?\S)~~(?![~\w])")),
    ("link", re.compile(r"(?<![\w\]!])\[([^\[\]\n]{1,200})\]\(([^()\s]{1,2000})\)")),
    ("code", re.compile(r"`([^`\n]+)`")),
    ("heading", re.compile(r"^(#{2,6}) +(\S[^\n]*)$", re.MULTILINE)),
)
_LINK_TARGET = re.compile(r"^(?:url|link|href)$|[/.:#@]", re.IGNORECASE)
"""What a Markdown link's target has: a URL's or a path's punctuation, or a placeholder's name
(`[a](b)` in a formula is no link)."""
_HASH_HEADING = re.compile(r"^(#{1,6}) +(\S[^\n]*)$", re.MULTILINE)
_ENTITY = re.compile(
    r"&(nbsp|amp|lt|gt|quot|apos|mdash|ndash|hellip|copy|reg|trade|bull|middot|rarr|larr|uarr|darr|harr|"
    r"times|divide|euro|pound|yen|cent|deg|plusmn|laquo|raquo|lsquo|rsquo|ldquo|rdquo|check|star|"
    r"#\d{2,7}|#x[0-9a-fA-F]{2,6});",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Markup:
    """HTML or Markdown found in a text, which is drawn as written: what it is (`HTML tags
    (<b>)`, or every kind found: `HTML tags (<b>), Markdown (**...**) and an HTML entity
    (&mdash;)`), and what to write instead."""

    found: str
    suggestion: str
    plural: bool = False
    """Whether `found` names several things (`HTML tags`, a list of kinds): "are drawn"."""

    @property
    def verb(self) -> str:
        return "are" if self.plural else "is"


@dataclass(frozen=True, slots=True)
class _Hit:
    """One piece of markup in a text: where it is, what mark (`bold`, `link`, `tag:b`,
    `entity`), the words it marks and a link's target (a heading's #s)."""

    start: int
    end: int
    mark: str
    inner: str
    target: str


_MARKUP_CHARS = re.compile(r"[<*_\[`#&~]")
"""The characters every HTML tag, Markdown mark and HTML entity holds one of."""


def markup_in_text(text: str, kind: str | None = None) -> Markup | None:
    """The HTML tags, Markdown marks and HTML entities in `text` that are clearly meant as
    markup, or None. Prose that merely holds `<`, `*` or `[` (`a < b`, `5 * 3`, `C++`, `<3`,
    `*Terms apply`) is none: a tag counts only when it is closed, a void tag (`<br>`) or an
    `<a href=...>`; a mark only when it wraps words, as Markdown writes it. One piece of markup
    gets what to write for it; several get every kind named and the words written plain."""
    if not _MARKUP_CHARS.search(text):  # most texts: nothing that could be markup
        return None
    hits = _markup_hits(text, kind)
    if not hits:
        return None
    if len(hits) > 1:
        return _several_markup(text, hits)
    hit = hits[0]
    before, after = text[: hit.start].strip(), text[hit.end :].strip()
    if hit.mark == "entity":
        return _entity_markup(hit.inner)
    if hit.mark.startswith("tag:"):
        name = hit.mark[4:]
        what = f"HTML tags (<{name}>)"
        if name == "br":
            return Markup(what, 'a line break is a new line in the text: "first line\\nsecond line"', True)
        if name[0] == "h" and name[1:].isdigit():
            heading = _markup_suggestion(
                "heading", before, hit.inner.strip(), after, "#" * int(name[1]), kind
            )
            return Markup(what, heading, True)
        suggestion = _markup_suggestion(
            _TAG_MARKS.get(name, "tag"), before, hit.inner.strip(), after, hit.target, kind
        )
        return Markup(what, suggestion, True)
    what = f"Markdown ({_MARKDOWN_SHOWN[hit.mark]})"
    return Markup(what, _markup_suggestion(hit.mark, before, hit.inner.strip(), after, hit.target, kind))


def _markup_hits(text: str, kind: str | None) -> list[_Hit]:
    """Every piece of markup in `text`, in order, none inside another (a mark inside a tag's
    words is that tag's)."""
    found = [*_tag_hits(text), *_markdown_hits(text, kind)]
    found += [_Hit(hit.start(), hit.end(), "entity", hit.group(0), "") for hit in _ENTITY.finditer(text)]
    kept: list[_Hit] = []
    for hit in sorted(found, key=lambda hit: (hit.start, -hit.end)):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def _tag_hits(text: str) -> list[_Hit]:
    """The HTML tags of `text` that are surely tags: closed ones (with the words up to their
    closing tag), void ones (`<br>`) and ones with attributes (`<a href=...>`)."""
    closed = {match.group(2).lower() for match in _HTML_TAG.finditer(text) if match.group(1)}
    hits = []
    for match in _HTML_TAG.finditer(text):
        name = match.group(2).lower()
        if match.group(1) or not (name in closed or name in _VOID_TAGS or "=" in match.group(3)):
            continue
        close = re.search(rf"</{name}\s*>", text[match.end() :], re.IGNORECASE)
        inner = text[match.end() : match.end() + close.start()] if close else ""
        end = match.end() + close.end() if close else match.end()
        href = re.search(r"""href\s*=\s*["']?([^"'\s>]+)""", match.group(3), re.IGNORECASE)
        hits.append(_Hit(match.start(), end, f"tag:{name}", inner, href.group(1) if href else ""))
    return hits


def _markdown_hits(text: str, kind: str | None) -> list[_Hit]:
    """The Markdown marks of `text` (a link only when its target looks like one)."""
    hits = []
    for mark, pattern in _MARKDOWN:
        if mark == "heading" and kind == "heading":
            pattern = _HASH_HEADING
        for hit in pattern.finditer(text):
            if mark == "link" and not _LINK_TARGET.search(hit.group(2)):
                continue
            target = hit.group(2) if mark == "link" else hit.group(1) if mark == "heading" else ""
            inner = hit.group(2) if mark == "heading" else hit.group(1)
            hits.append(_Hit(hit.start(), hit.end(), mark, inner, target))
    return hits


_MARKDOWN_SHOWN = {
    "bold": "**...**", "italic": "*...*", "strike": "~~...~~", "link": "[...](...)", "code": "`...`",
    "heading": "#",
}  # fmt: skip


def _several_markup(text: str, hits: list[_Hit]) -> Markup:
    """Every kind of markup among `hits` named, and the text written plain, every word kept."""
    tags = list(dict.fromkeys(f"<{hit.mark[4:]}>" for hit in hits if hit.mark.startswith("tag:")))
    marks = list(dict.fromkeys(_MARKDOWN_SHOWN[hit.mark] for hit in hits if hit.mark in _MARKDOWN_SHOWN))
    entities = list(dict.fromkeys(hit.inner for hit in hits if hit.mark == "entity"))
    kinds = []
    if tags:
        kinds.append(f"HTML tags ({', '.join(tags)})")
    if marks:
        kinds.append(f"Markdown ({', '.join(marks)})")
    if entities:
        kinds.append(f"{'HTML entities' if len(entities) > 1 else 'an HTML entity'} ({', '.join(entities)})")
    found = kinds[0] if len(kinds) == 1 else ", ".join(kinds[:-1]) + " and " + kinds[-1]
    plural = len(kinds) > 1 or bool(tags) or len(entities) > 1
    words = _plain_text(text, hits)
    plain = _quoted_whole(words)
    if not tags and not marks:
        return Markup(found, f"write the characters themselves: {plain}", plural)
    looks = list(dict.fromkeys(_LOOK_NAMES[look] for look in _looks(hits) if look in _LOOK_NAMES))
    apart = (
        f"; a part with a look of its own ({', '.join(looks)}) is an element of its own in a row: "
        "{type: row, gap: 4, children: [...]}"
        if looks and len(words) <= _SHORT_LABEL
        else ""
    )
    return Markup(found, f"write the words plain: text: {plain}{apart}", plural)


_LOOK_NAMES = {
    "bold": "bold", "italic": "italic", "underline": "underlined", "strike": "struck through",
    "link": "a link", "code": "code", "heading": "a heading",
}  # fmt: skip


def _looks(hits: list[_Hit]) -> list[str]:
    """The look each hit gives its words (`bold` for `**` and `<b>`), in order."""
    looks = []
    for hit in hits:
        if hit.mark.startswith("tag:"):
            name = hit.mark[4:]
            looks.append("heading" if name[0] == "h" and name[1:].isdigit() else _TAG_MARKS.get(name, ""))
        elif hit.mark != "entity":
            looks.append(hit.mark)
    return looks


def _plain_text(text: str, hits: list[_Hit]) -> str:
    """`text` without its markup: each mark's words kept, a link's text, an entity's character,
    a `<br>` as a new line; spaces run together once."""
    pieces, at = [], 0
    for hit in hits:
        pieces.append(text[at : hit.start])
        if hit.mark == "entity":
            character = html.unescape(hit.inner)
            pieces.append(" " if character == "\xa0" else character)
        elif hit.mark == "tag:br":
            pieces.append("\n")
        else:
            inner = hit.inner
            pieces.append(
                _plain_text(inner, _markup_hits(inner, None)) if _MARKUP_CHARS.search(inner) else inner
            )
        at = hit.end
    pieces.append(text[at:])
    return re.sub(r"[ \t]{2,}", " ", "".join(pieces)).strip()


def _quoted_whole(text: str) -> str:
    """`text` as JSON quotes it, shortened only when it is long (80 characters)."""
    shown = text if len(text) <= 80 else text[:77] + "..."
    return json.dumps(shown, ensure_ascii=False)


def _entity_markup(entity: str) -> Markup:
    character = html.unescape(entity)
    if character == "\xa0":
        return Markup(f"an HTML entity ({entity})", "write a space")
    return Markup(f"an HTML entity ({entity})", f"write the character itself: {character}")


def _markup_suggestion(mark: str, before: str, inner: str, after: str, target: str, kind: str | None) -> str:
    """What to write for a text with one marked part: the whole text's look as `style`, or a
    row of elements, the marked words in one of their own."""
    if mark == "heading":
        level = len(target) if kind == "heading" else min(len(target), 6)
        if kind == "heading":
            return f"remove the #s: the size is the level: text: {_quoted(inner)}, level: {level}"
        return (
            f"a heading is an element of its own: {{type: heading, level: {level}, text: {_quoted(inner)}}}"
        )
    if mark == "tag":
        return "remove the tags: a text's look is set with style (fontWeight, color, fontSize...)"
    words = _quoted(inner)
    tail = ""
    if (mark in _MARK_WORDS or mark == "link") and len(before) + len(after) > _SHORT_LABEL:
        return _mark_in_running_text(mark, before, inner, after, target)
    if mark == "link":
        href = f", href: {_quoted(target)}" if target and len(target) <= 40 else ""
        part = f"{{type: link, text: {words}{href}}}"
        whole = "a link is an element of its own"
    elif mark == "code":
        part = f"{{type: code, text: {words}}}"
        whole = "code is an element of its own"
        if len(before) + len(after) > _SHORT_LABEL:
            return _code_in_running_text(before, inner, after, part)
    else:
        look, css = _MARK_WORDS[mark]
        if not before and not after:
            return f"remove the marks; a {look} text takes {css}"
        part = f"{{type: text, text: {words}, {css}}}"
        whole = ""
        if mark == "bold" and before.endswith("?"):  # "New to Nebula? <b>Create an account</b>"
            tail = f"; a link is {{type: link, text: {words}}}"
    if not before and not after:
        return f"{whole}: {part}"
    pieces = [f"{{type: text, text: {_quoted(before)}}}"] if before else []
    pieces.append(part)
    pieces += [f"{{type: text, text: {_quoted(after)}}}"] if after else []
    return f"split it into a row: {{type: row, gap: 4, children: [{', '.join(pieces)}]}}{tail}"


_SHORT_LABEL = 40
"""Words around inline code short enough to stand beside it in a row ("Run" + a command): longer
ones are a sentence, which a row draws as side-by-side columns, not running text."""


def _mark_in_running_text(mark: str, before: str, inner: str, after: str, target: str) -> str:
    """What to write for a bold (italic, underlined, struck, linked) part of a sentence: no
    element draws a part of running text in a look of its own, and a row of a text, the part and
    a text draws three columns side by side, not one paragraph; so the sentence drops the marks
    (a link may instead stand on its own line under the sentence)."""
    plain = _quoted_whole(" ".join(piece for piece in (before, inner, after) if piece))
    if mark == "link":
        href = f", href: {_quoted(target)}" if target and len(target) <= 40 else ""
        return (
            "a link cannot sit inside running text (a row of text, link and text draws three columns): "
            f"write it plain in the sentence, text: {plain}, or give the link its own line under the "
            f"sentence: {{type: link, text: {_quoted(inner)}{href}}}"
        )
    look = _MARK_WORDS[mark][0]
    return (
        f"no element draws part of a sentence {look} (a row of text, {look} text and text draws three "
        f"columns side by side, not one paragraph): drop the marks, text: {plain}"
    )


def _code_in_running_text(before: str, inner: str, after: str, part: str) -> str:
    """What to write for code inside a sentence: no element draws code inline in running text,
    so the sentence keeps the words plain, or the code goes on its own line under it."""
    plain = _quoted(" ".join(piece for piece in (before, inner, after) if piece))
    return (
        "code cannot sit inside running text (a row of text, code and text draws three columns): "
        f"write it plain in the sentence, text: {plain}, or give it its own line, the sentence "
        f"then a code block under it: {part}"
    )


def _quoted(text: str) -> str:
    shown = text if len(text) <= 40 else text[:37] + "..."
    return json.dumps(shown, ensure_ascii=False)
