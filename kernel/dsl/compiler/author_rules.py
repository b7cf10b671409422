"""What the document's own `css` sets on a class, so a class in `css` counts as `style` does.

The compiler reads an element's `style` to decide a few things CSS alone can not: a table with
a height of its own drops its content-sized minimum (`has-height`), a field with a width keeps
it in a row (`has-width`), a top-level box placed `position:absolute` gets no page margin (a
margin would shift its `inset`). The same declarations written as a class in `css` must decide
the same. A class counts when it is in the last compound of a selector (the element the rule
styles: `.card .tall` styles `.tall`), outside `:not()` and the other functional pseudo-classes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import tinycss2
from tinycss2.ast import AtRule, QualifiedRule

_GROUPING_RULES = frozenset({"media", "container", "supports", "layer"})
_COMBINATOR = re.compile(r"\s*[>+~\s]\s*")
_FUNCTIONAL_PSEUDO = re.compile(r":[\w-]+\([^()]*\)")
_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
_HEIGHTS = frozenset({"height", "max-height", "block-size", "max-block-size"})
_FLEX_SIZING = frozenset({"flex", "flex-grow", "flex-basis"})
_OUT_OF_FLOW = frozenset({"absolute", "fixed"})


@dataclass(frozen=True, slots=True)
class AuthorClasses:
    """Classes of the document's `css` by what their rules set."""

    sized_width: frozenset[str] = frozenset()
    """A `width` (and no flex sizing in the same rule): the width is meant, as in `style`."""
    sized_height: frozenset[str] = frozenset()
    """A height or a maximum height: the box is meant to be that tall and clip the rest."""
    positioned: frozenset[str] = frozenset()
    """`position: absolute` or `fixed`: out of the page's flow."""


NO_AUTHOR_CLASSES = AuthorClasses()


@functools.lru_cache(maxsize=256)
def author_classes(css: str | None) -> AuthorClasses:
    """What each class in `css` sets (see the module); empty for no `css`."""
    if not css:
        return NO_AUTHOR_CLASSES
    widths: set[str] = set()
    heights: set[str] = set()
    positioned: set[str] = set()
    for selector, declarations in _rules(
        tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    ):
        classes = _subject_classes(selector)
        if not classes:
            continue
        names = set(declarations)
        if "width" in names and not names & _FLEX_SIZING:
            widths |= classes
        if names & _HEIGHTS:
            heights |= classes
        if declarations.get("position") in _OUT_OF_FLOW:
            positioned |= classes
    return AuthorClasses(frozenset(widths), frozenset(heights), frozenset(positioned))


def _rules(nodes: list[object]) -> Iterator[tuple[str, dict[str, str]]]:
    """(selector list, {property: value}) of every style rule, inside grouping rules too."""
    for node in nodes:
        if isinstance(node, QualifiedRule):
            declarations = {
                item.lower_name: tinycss2.serialize(item.value).strip().lower()
                for item in tinycss2.parse_declaration_list(
                    node.content, skip_comments=True, skip_whitespace=True
                )
                if item.type == "declaration"
            }
            yield tinycss2.serialize(node.prelude), declarations
        elif (
            isinstance(node, AtRule) and node.lower_at_keyword in _GROUPING_RULES and node.content is not None
        ):
            yield from _rules(
                tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True)
            )


def _subject_classes(selector_list: str) -> set[str]:
    """The classes of the last compound of each selector in the list."""
    classes: set[str] = set()
    for selector in selector_list.split(","):
        bare = _FUNCTIONAL_PSEUDO.sub("", selector).strip()
        if bare:
            classes |= set(_CLASS.findall(_COMBINATOR.split(bare)[-1]))
    return classes


_IN_FORCE: ContextVar[AuthorClasses] = ContextVar("author_classes", default=NO_AUTHOR_CLASSES)


def author_classes_now() -> AuthorClasses:
    """The classes of the page being compiled."""
    return _IN_FORCE.get()


@contextmanager
def compiling_with(classes: AuthorClasses) -> Iterator[None]:
    """Compile a page whose `css` gives `classes`; what was in force comes back after."""
    token = _IN_FORCE.set(classes)
    try:
        yield
    finally:
        _IN_FORCE.reset(token)


def class_names(class_name: str | None) -> frozenset[str]:
    """The classes of an element's `className`."""
    return frozenset((class_name or "").split())
