"""The theme's colours a painted background names (`var(--primary)`), as the box it is drawn in has them.

A band styled `{background: "var(--primary)"}` is the brand's colour, as one written `#f97316`
is; but a background's own palette (`local_palette`) could only judge a colour written out, so the
band kept the page's grey paragraphs (3.1:1 on orange) where the written one got readable text.
While the compiler draws, the variables in force say what each theme variable holds: the page's
theme at the top, and inside a box whose background turns its palette to the other tone (a dark
band on a light page) only those that such a box keeps (the brand's primary; its background,
surface and text colours are its own there, derived in CSS from its colour, so they cannot be
told here and a `var(--surface)` inside it is judged as before: not at all).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

Tone = Literal["light", "dark"]


@dataclass(frozen=True, slots=True)
class Surroundings:
    """The theme variables (name without `--` -> value as the theme writes it) known to hold
    where an element is drawn, and the `tone` of the palette there."""

    variables: Mapping[str, str]
    tone: Tone


NONE_KNOWN = Surroundings(MappingProxyType({}), "light")
"""Outside a compile (a renderer called on its own): no variable is known."""


@dataclass(frozen=True, slots=True)
class Drawing:
    """What the element being drawn sits in (`own`: its own background is judged there) and
    what its children sit in (`inside`: its background may have turned the palette)."""

    own: Surroundings
    inside: Surroundings


NOT_DRAWING = Drawing(NONE_KNOWN, NONE_KNOWN)
"""Outside a compile: nothing is known where an element is drawn."""

_DRAWING: ContextVar[Drawing | None] = ContextVar("theme_variables_drawing", default=None)


def drawing_now() -> Drawing:
    """The surroundings of the element being drawn, and of its children."""
    return _DRAWING.get() or NOT_DRAWING


@contextmanager
def drawing(state: Drawing) -> Iterator[None]:
    """Draw (an element, or the page) in `state`; what was in force before comes back after."""
    token = _DRAWING.set(state)
    try:
        yield
    finally:
        _DRAWING.reset(token)


def drawing_element(inside: Surroundings | None) -> Token[Drawing | None] | None:
    """Put in force what an element is drawn in: what its parent's children are drawn in, and
    `inside` for its own children (None: the same). None when that is what is in force already
    (most elements: a plain box in a plain box), so the element's drawing costs no context
    switch; else the token to give `drawn` once the element is drawn."""
    now = drawing_now()
    around = now.inside
    if now.own is around and (inside is None or inside is around):
        return None
    return _DRAWING.set(Drawing(around, around if inside is None else inside))


def drawn(token: Token[Drawing | None] | None) -> None:
    """Put back what was in force before `drawing_element` (nothing to do for a None token)."""
    if token is not None:
        _DRAWING.reset(token)


_VAR = re.compile(r"var\(\s*--([A-Za-z0-9_-]+)\s*(?:,(?:[^()]|\([^()]*\))*)?\)", re.IGNORECASE)
"""`var(--name)` or `var(--name, fallback)` (a fallback with one level of brackets: `rgb(0 0 0)`)."""

DEPTH = 4
"""How many variables deep a value is followed (`--primary-solid` is `var(--primary)`)."""


_DEFINED = re.compile(r"--([A-Za-z0-9_-]+)\s*:")
"""A custom property's declaration in a style sheet (`--primary: #e11d48`)."""


def theme_variables_kept(variables: Mapping[str, str], css: str | None) -> Mapping[str, str]:
    """The theme's `variables` but those the document's `css` declares itself (`:root{--primary:
    #e11d48}`, or on any element): what those hold where an element is drawn is the author's."""
    defined = set(_DEFINED.findall(css or ""))
    if not defined:
        return variables
    return MappingProxyType({name: value for name, value in variables.items() if name not in defined})


def with_variables(value: str, variables: Mapping[str, str]) -> str:
    """`value` with each `var(--name)` that `variables` hold replaced by its value, and the
    variables those name in turn (up to DEPTH deep); a `var()` of a name not held stays, so the
    value stays one that cannot be judged (its fallback is not taken: the author's `css` may
    define the name)."""
    if not variables:
        return value
    for _ in range(DEPTH):
        if "var(" not in value.lower():
            break
        value = _VAR.sub(lambda match: variables.get(match.group(1), match.group(0)), value)
    return value
