"""Leaves out the built-in stylesheet rules that cannot match a page, so Chromium parses less.

The design system's sheets are ~40 KB, and a page sends, parses and indexes all of it on every
render although a login screen uses a tenth of its classes (measured: 1.4-2 ms of Chromium's
CPU per login render, ~5% of it). A rule is left out only when every selector in its list
needs a class the page's markup never uses; what a class needs is read from the selector's own
compounds, never from inside `:is()`, `:where()`, `:not()` or `:has()`, so a rule that might
match is always kept. The pages are static (no script adds a class later), which is what makes
this exact: the same pixels with and without pruning.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Set
from dataclasses import dataclass

import tinycss2
from tinycss2.ast import AtRule, Node, ParseError, QualifiedRule

_CLASS_IN_SELECTOR = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
_CLASS_ATTRIBUTE = re.compile(r'\sclass="([^"]*)"')
_CLASS_VALUE = re.compile(r'class="([^"]*)"')
_GROUPING_RULES = frozenset({"media", "container", "supports", "layer"})


@dataclass(frozen=True, slots=True)
class _Rule:
    text: str
    needs: tuple[frozenset[str], ...] | None
    """Per selector of the list, the classes it cannot match without; None: always kept."""


@dataclass(frozen=True, slots=True)
class _Group:
    head: str
    items: tuple[_Rule | _Group, ...]


def used_classes(*markup: str) -> frozenset[str]:
    """Every class named in the `class` attributes of `markup`."""
    # One split of all the attributes joined: the same names as attribute by attribute, at a
    # fraction of the calls (a dashboard has a few hundred attributes).
    return frozenset(" ".join(value for html in markup for value in _class_values(html)).split())


def _class_values(html: str) -> list[str]:
    """The values of the `class` attributes in `html`, as `_CLASS_ATTRIBUTE` finds them.

    A search for the bare `class="` is three times as fast (the regex engine looks for a
    literal start with a fast scan, not for a leading whitespace); it finds the same values
    when every `class="` in `html` is one of its matches and follows a space, which the
    compiler's markup always does. Anything else is read the slower, exact way."""
    values = _CLASS_VALUE.findall(html)
    if html.count('class="') == len(values) == html.count(' class="'):
        return values
    return _CLASS_ATTRIBUTE.findall(html)


def prune_css(css: str, used: Set[str]) -> str:
    """`css` without the rules that need a class outside `used` (see the module's docstring)."""
    return _pruned(css, _index(css).classes.intersection(used))


@functools.lru_cache(maxsize=512)  # ~3 KB an entry on the examples, 21 KB at most
def _pruned(css: str, used: frozenset[str]) -> str:
    """The kept rules of `css`, once per set of its own classes that a page uses: what is kept
    depends on no other class, and pages of a kind (logins, tables) use the same few of each
    sheet's classes, so renders of different documents share these."""
    return "".join(_kept(_index(css).items, used))


def _kept(items: tuple[_Rule | _Group, ...], used: Set[str]) -> list[str]:
    kept: list[str] = []
    for item in items:
        if isinstance(item, _Group):
            inner = _kept(item.items, used)
            if inner:
                kept.append(f"{item.head}{{{''.join(inner)}}}")
        elif item.needs is None or any(needed <= used for needed in item.needs):
            kept.append(item.text)
    return kept


@dataclass(frozen=True, slots=True)
class _Sheet:
    """A stylesheet's rules, and every class that one of them needs."""

    items: tuple[_Rule | _Group, ...]
    classes: frozenset[str]


@functools.lru_cache(maxsize=64)
def _index(css: str) -> _Sheet:
    """The rules of `css` with what each needs; read once per sheet (the built-in sheets are
    a few fixed strings), by `_scanned_items` where it can read the sheet, else by tinycss2."""
    items = _scanned_items(css)
    if items is None:
        items = _parsed_items(css)
    return _Sheet(items, frozenset(_needed_classes(items)))


def _parsed_items(css: str) -> tuple[_Rule | _Group, ...]:
    """The rules of `css` as tinycss2 parses them, each written out again: exact for any CSS,
    but ~200 ms for the ~250 KB of built-in sheets (a process's first render)."""
    return _items(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))


def _needed_classes(items: tuple[_Rule | _Group, ...]) -> set[str]:
    """Every class that a rule of `items` (or of a group in them) needs."""
    classes: set[str] = set()
    for item in items:
        if isinstance(item, _Group):
            classes |= _needed_classes(item.items)
        elif item.needs is not None:
            classes.update(*item.needs)
    return classes


def _items(nodes: list[Node]) -> tuple[_Rule | _Group, ...]:
    items: list[_Rule | _Group] = []
    for node in nodes:
        if isinstance(node, QualifiedRule):
            items.append(_Rule(node.serialize(), _needs(tinycss2.serialize(node.prelude))))
        elif (
            isinstance(node, AtRule) and node.content is not None and node.lower_at_keyword in _GROUPING_RULES
        ):
            inner = tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True)
            items.append(_Group(f"@{node.at_keyword}{tinycss2.serialize(node.prelude)}", _items(inner)))
        elif not isinstance(node, ParseError):
            items.append(_Rule(node.serialize(), None))  # @font-face, @keyframes...: always kept
    return tuple(items)


class _Unscanned(ValueError):
    """A sheet holds what `_scanned_items` does not read (an escape outside a string, a string
    cut by a line end, an unclosed bracket...): tinycss2 reads it instead."""


_SPECIAL = re.compile(r"/\*|[{}()\[\];\"'\\]")
"""Where a rule's extent may change: a comment, a bracket, a statement's end, a string, an escape."""
_BLANKS = re.compile(r"(?:[ \t\n\r\f]|/\*.*?\*/)*", re.DOTALL)
"""CSS's own whitespace (not Python's wider \\s) and comments, between rules."""
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_AT_KEYWORD = re.compile(r"@(-?[_a-zA-Z][_a-zA-Z0-9-]*+)(?![^\x00-\x7f])")
"""An at-rule's name, ASCII (a name going on in other letters or an escape is not read)."""
_CLOSING = {"{": "}", "(": ")", "[": "]"}


def _scanned_items(css: str) -> tuple[_Rule | _Group, ...] | None:
    """The rules of `css` as `_parsed_items` finds them, each kept as written (a top-level
    comment dropped), or None where the sheet holds what this reading leaves to tinycss2 (see
    `_Unscanned`). It only finds where each rule starts and ends, respecting strings, comments
    and nested blocks, instead of tokenizing and writing out every rule: ~20x as fast."""
    try:
        return _scan(css, 0, len(css))
    except _Unscanned:
        return None


def _scan(css: str, start: int, end: int) -> tuple[_Rule | _Group, ...]:
    """The rules between `start` and `end` (a sheet, or a grouping rule's block)."""
    items: list[_Rule | _Group] = []
    position = _BLANKS.match(css, start, end).end()  # type: ignore[union-attr]  # it matches ""
    while position < end:
        if css.startswith(("<!--", "-->", "}"), position):
            raise _Unscanned("a stray token between rules")
        keyword = _AT_KEYWORD.match(css, position, end) if css[position] == "@" else None
        if css[position] == "@" and keyword is None:
            raise _Unscanned("an at-rule whose name is not read")
        opened, stop = _prelude_end(css, position, end, at_rule=keyword is not None)
        prelude_start = keyword.end() if keyword is not None else position
        prelude = _COMMENT.sub("", css[prelude_start:opened])
        if keyword is None:
            items.append(_Rule(css[position:stop], _needs(prelude)))
        elif css[opened] == "{" and keyword.group(1).lower() in _GROUPING_RULES:
            items.append(_Group(f"@{keyword.group(1)}{prelude}", _scan(css, opened + 1, stop - 1)))
        else:
            items.append(_Rule(css[position:stop], None))  # @font-face, @keyframes...: always kept
        position = _BLANKS.match(css, stop, end).end()  # type: ignore[union-attr]
    return tuple(items)


def _prelude_end(css: str, position: int, end: int, *, at_rule: bool) -> tuple[int, int]:
    """Where the rule starting at `position` opens its block (or ends: an at-rule's `;`), and
    where it ends (just after its block's `}` or its `;`)."""
    open_brackets: list[str] = []
    while True:
        found = _SPECIAL.search(css, position, end)
        if found is None:
            raise _Unscanned("a rule without a block")
        mark, position = found.group(), found.end()
        if mark == "/*":
            position = _past_comment(css, position, end)
        elif mark in "\"'":
            position = _past_string(css, position, end, mark)
        elif mark == "\\":
            raise _Unscanned("an escape outside a string")
        elif mark in "([":
            open_brackets.append(mark)
        elif mark in ")]":
            if not open_brackets or _CLOSING[open_brackets.pop()] != mark:
                raise _Unscanned("a bracket closed that was not open")
        elif open_brackets:
            raise _Unscanned(f"{mark!r} inside brackets in a prelude")
        elif mark == ";":
            if not at_rule:
                raise _Unscanned("a ';' in a rule's prelude")
            return found.start(), position
        elif mark == "{":
            return found.start(), _block_end(css, position, end)
        else:
            raise _Unscanned("a '}' in a prelude")


def _block_end(css: str, position: int, end: int) -> int:
    """Just after the `}` closing the block opened before `position` (nested blocks, brackets,
    strings and comments inside it skipped)."""
    open_brackets = ["{"]
    while open_brackets:
        found = _SPECIAL.search(css, position, end)
        if found is None:
            raise _Unscanned("a block not closed")
        mark, position = found.group(), found.end()
        if mark == "/*":
            position = _past_comment(css, position, end)
        elif mark in "\"'":
            position = _past_string(css, position, end, mark)
        elif mark == "\\":
            raise _Unscanned("an escape outside a string")
        elif mark in "{([":
            open_brackets.append(mark)
        elif mark in "})]" and _CLOSING[open_brackets.pop()] != mark:  # a ";" goes on
            raise _Unscanned("a bracket closed that was not open")
    return position


def _past_comment(css: str, position: int, end: int) -> int:
    """Just after the comment whose `/*` ends at `position`."""
    closed = css.find("*/", position, end)
    if closed < 0:
        raise _Unscanned("a comment not closed")
    return closed + 2


def _past_string(css: str, position: int, end: int, quote: str) -> int:
    """Just after the string whose opening `quote` ends at `position` (escapes inside skipped)."""
    while True:
        closed = css.find(quote, position, end)
        if closed < 0:
            raise _Unscanned("a string not closed")
        inside = css[position:closed]
        if "\n" in inside or "\r" in inside or "\f" in inside:
            raise _Unscanned("a string cut by a line end")
        escapes = len(inside) - len(inside.rstrip("\\"))
        if escapes % 2 == 0:
            return closed + 1
        position = closed + 1  # an escaped quote: the string goes on


def _needs(prelude: str) -> tuple[frozenset[str], ...] | None:
    """Per selector, its classes outside any brackets; None when a selector escapes a character
    (a class name this reading could cut short)."""
    if "\\" in prelude:
        return None
    if _BRACKET.search(prelude) is None:  # the same split, without walking it a character at a time
        return tuple(frozenset(_CLASS_IN_SELECTOR.findall(s)) for s in prelude.split(","))
    return tuple(frozenset(_CLASS_IN_SELECTOR.findall(_outside_brackets(s))) for s in _selectors(prelude))


_BRACKET = re.compile(r"[()\[\]]")


def _selectors(prelude: str) -> list[str]:
    """The selector list split at its top-level commas."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(prelude):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(prelude[start:index])
            start = index + 1
    parts.append(prelude[start:])
    return parts


def _outside_brackets(selector: str) -> str:
    """`selector` without what is inside (...) or [...]: functional pseudo-classes' arguments and
    attribute selectors do not make a class necessary."""
    kept, depth = [], 0
    for char in selector:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif depth == 0:
            kept.append(char)
    return "".join(kept)
