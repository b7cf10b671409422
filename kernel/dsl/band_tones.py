"""Boxes whose written background keeps the document's tone when a render draws it in the other.

A light document rendered with `--theme dark` loses its own `background` (it belongs to its
theme), but a column styled `background: "#e2e8f0"` or a hero of `linear-gradient(#f0fdfa,
#fff)` stays as written: pale bands on a black page, each drawn in the light palette inside. The
compiler cannot know that the author meant "a step off the page"; it says so, once for the
document, naming the boxes, and points at the theme colours (`var(--muted)`, `var(--surface)`)
that follow either theme.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Literal

from kernel.dsl.compiler.local_palette import ground_of, page_ground, shown_colours
from kernel.dsl.compiler.sanitize import sanitize_value
from kernel.dsl.limits import pointer
from kernel.dsl.model.styles import css_declarations
from kernel.errors import Issue

Tone = Literal["light", "dark"]

NAMED_BANDS = 3
"""How many of the boxes the warning names (the first, and this many in all); the rest are counted."""

_BACKGROUND_KEYS = ("backgroundColor", "background-color", "background")

PANEL_TYPES = frozenset({"navbar", "sidebar", "header", "footer", "tabs", "card", "modal"})
"""Types that draw words of their own on their ground, children or not (a nav bar's title, a
card's): a light one on a dark page is a band as a container holding elements is (a lone button
or badge of its own colour is not)."""


def bands_of_the_documents_tone(elements: Any, written: Tone) -> Issue | None:
    """One `background_tone` warning for the boxes among `elements` (raw, as written) that hold
    other elements, or draw words of their own (`PANEL_TYPES`: a nav bar), and whose style paints a background of the tone `written` (every colour it
    shows: a plain colour, or each stop of a gradient), where the render draws the page in the
    other tone; None when there are none. A box inside one of them is not counted again."""
    bands = list(_bands(elements, ("elements",), written))
    if not bands:
        return None
    (path, value), others = bands[0], bands[1:]
    drawn = "dark" if written == "light" else "light"
    also = ""
    if others:
        named = ", ".join(pointer(other) for other, _ in others[: NAMED_BANDS - 1])
        rest = len(others) - (NAMED_BANDS - 1)
        also = f" (and {len(others)} more box{'es' if len(others) > 1 else ''} like it: {named}"
        also += f" and {rest} more)" if rest > 0 else ")"
    return Issue(
        pointer((*path, "style")),
        f"the background '{value}' is {written} and stays {written} on the {drawn} page this render "
        f"draws{also}",
        "background_tone",
        "write a theme colour such as 'var(--muted)' or 'var(--surface)', which follows the theme "
        "the box is drawn in",
    )


def _bands(
    elements: Any, path: tuple[str | int, ...], tone: Tone
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """The boxes (path, background as written) under `elements` at `path`, outermost first."""
    if not isinstance(elements, list):
        return
    for index, element in enumerate(elements):
        if not isinstance(element, Mapping):
            continue
        here = (*path, index)
        children = element.get("children")
        background = _written_background(element.get("style"))
        holds = (isinstance(children, list) and bool(children)) or element.get("type") in PANEL_TYPES
        if holds and background and _tone_of(background) == tone:
            yield here, background
            continue
        yield from _bands(children, (*here, "children"), tone)


def _written_background(style: Any) -> str | None:
    """The background a style writes (an object, or CSS declarations as text), else None."""
    declarations = css_declarations(style) if isinstance(style, str) else style
    if not isinstance(declarations, Mapping):
        return None
    for key in _BACKGROUND_KEYS:
        value = declarations.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _tone_of(background: str) -> Tone | None:
    """The tone of every colour `background` shows, as the compiler judges a page's ground; None
    when its colours are not all of one tone, or cannot be judged (a theme colour, an image)."""
    ground = page_ground(background)
    value = sanitize_value(background)
    shown = shown_colours({"background": value}) if ground and value else None
    if ground is None or not shown:
        return None
    tones = {ground.tone} | {ground_of([colour[:3]]).tone for colour in shown}
    return ground.tone if len(tones) == 1 else None
