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
    """The rules of `css` with what each needs; parsed once per sheet (the built-in sheets are
    a few fixed strings)."""
    items = _items(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))
    return _Sheet(items, frozenset(_needed_classes(items)))


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


def _needs(prelude: str) -> tuple[frozenset[str], ...] | None:
    """Per selector, its classes outside any brackets; None when a selector escapes a character
    (a class name this reading could cut short)."""
    if "\\" in prelude:
        return None
    return tuple(frozenset(_CLASS_IN_SELECTOR.findall(_outside_brackets(s))) for s in _selectors(prelude))


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
