"""How text wraps when a row is crowded: words stay whole, only very long tokens may break, and a
short text (a timestamp, a price) keeps its line while its longer neighbours wrap."""

from __future__ import annotations

import re

from kernel.dsl.compiler.styles import explicit_size, is_absolute
from kernel.dsl.model import Element

LONG_WORD = 24
"""A token at least this long (a URL, a hash) may break anywhere; shorter words never break."""

_TOKEN = re.compile(r"\S+")

WORDY_TYPES = frozenset(
    {"text", "heading", "paragraph", "label", "link", "badge", "chip", "icon", "avatar", "button",
     "spacer", "divider"}
)  # fmt: skip
"""Leaves whose narrowest sensible width is their longest word (or their own fixed size)."""

FLOW_TYPES = frozenset({"row", "column", "flex", "container"})


def has_long_word(text: object) -> bool:
    """True when `text` holds a token too long to keep whole in a narrow box."""
    return isinstance(text, str) and any(len(token) >= LONG_WORD for token in _TOKEN.findall(text))


NAME_BREAK_MIN = 12
"""A token at least this long with separators in it (a file name, a path) may break after them."""

_NAME_TOKEN = re.compile(rf"[^\s<>]{{{NAME_BREAK_MIN},}}")
_AFTER_SEPARATORS = re.compile(r"(?<=[/._\\-])(?=[^/._\\-])")


def with_name_breaks(markup: str) -> str:
    """`markup` (escaped text, no tags) with `<wbr>` after the separators inside its long tokens:
    a file name too long for its line (`demo_recording_2025_07_12.mov` in a card's title) breaks
    after an underscore, a point, a hyphen or a slash (`demo_recording_` / `2025_07_12.mov`)
    rather than at any letter. A token that fits its line is drawn as before."""
    return _NAME_TOKEN.sub(lambda token: _AFTER_SEPARATORS.sub("<wbr>", token.group(0)), markup)


def text_classes(element: Element, *fields: str) -> str:
    """`has-long-word` when one of the element's texts may break anywhere, else nothing."""
    return "has-long-word" if any(has_long_word(getattr(element, name, None)) for name in fields) else ""


def keeps_words(element: Element) -> bool:
    """True when a flow box holds only short text-like leaves (at any depth).

    Such a box must not be squeezed narrower than its longest word by a crowded row, or a short
    text like "$16" would break between its letters; the `keeps-words` class lifts the box's
    `min-width:0`. Boxes with anything else (tables, charts, inputs, images) may still shrink.
    """
    if not element.children:
        return False
    for child in element.children:
        if child.type in FLOW_TYPES:
            if child.children and not keeps_words(child):
                return False
        elif child.type not in WORDY_TYPES:
            return False
    return True


SHORT_TEXT = 30
"""A text of one line under this many characters (a timestamp, a price, a label) keeps its line
in a crowded row: longer neighbours wrap first."""

TEXT_TYPES = frozenset({"text", "heading", "paragraph", "label", "link"})
"""Leaves that are a run of text (their words: `text`, else `label`, else `title`)."""

FIXED_TYPES = frozenset({"button", "chip", "badge", "icon", "avatar", "spinner", "kbd", "spacer", "divider"})
"""Leaves a box of short texts may hold beside them: they never wrap (a status badge, an icon)."""

YIELDING_BOXES = FLOW_TYPES | {"grid", "section", "card", "list"}
"""Boxes whose content can wrap narrower: beside a short text they give up the room first."""

NARROWING_TYPES = frozenset({"pagination", "breadcrumb"})
"""Leaves that narrow by drawing a tighter form of themselves (a pagination's "‹ 2 / 3 ›" for
"‹ Previous 1 2 3 Next ›", a breadcrumb's folded middle): beside a short text they give up the
room first. A row's link beside a pagination wrapped onto two lines ("A / link") while the
pagination, shrunk as much, left 40 px of its own room empty."""

_SIZING_STYLES = ("flex", "flexShrink", "flexBasis")


def words_of(element: Element) -> str | None:
    """The text a text-like leaf shows: its `text`, else `label`, else `title` (None if none)."""
    for value in (element.text, element.label, element.title):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def is_short_text(element: Element) -> bool:
    """A text-like leaf of one line under `SHORT_TEXT` characters ("Tue, Jul 15, 10:42 AM")."""
    if element.type not in TEXT_TYPES or element.children:
        return False
    words = words_of(element)
    return words is not None and "\n" not in words and len(words) < SHORT_TEXT


def keeps_its_line(element: Element) -> bool:
    """A short text, or a box of only short texts and pills (a list row's time above its badge):
    in a row it keeps its one-line width while a longer neighbour can still wrap."""
    if element.type not in FLOW_TYPES or not element.children:
        return is_short_text(element)
    flowing = [child for child in element.children if not is_absolute(child)]
    return any(map(keeps_its_line, flowing)) and all(
        keeps_its_line(child) or _never_wraps(child) for child in flowing
    )


def _never_wraps(element: Element) -> bool:
    """A pill, an icon, a bare avatar: nothing in it wraps (an avatar's caption does)."""
    return element.type in FIXED_TYPES and not (element.type == "avatar" and element.description)


def gives_way(element: Element) -> bool:
    """Whether a row's child wraps to make room for a short text beside it: a longer text, an
    avatar with a caption, a pagination or a breadcrumb (NARROWING_TYPES), a box of content (a
    column of a title and its description). Not one the author sized or flexed: what they set is
    kept."""
    if is_absolute(element) or keeps_its_line(element) or explicit_size(element, "width") is not None:
        return False
    if any(name in (element.style or {}) for name in _SIZING_STYLES):
        return False
    if element.type in TEXT_TYPES:
        return words_of(element) is not None or bool(element.children)
    if element.type == "avatar":
        return bool(element.description) and not element.items
    if element.type in NARROWING_TYPES:
        return True
    return element.type in YIELDING_BOXES and _holds_wrapping_content(element)


def _holds_wrapping_content(element: Element) -> bool:
    """Whether a box holds something that can wrap or narrow (a text, a field, a chart), not only
    pills and icons: a toolbar of buttons squeezed first would run out of its box."""
    return any(
        _holds_wrapping_content(child) if child.type in YIELDING_BOXES else not _never_wraps(child)
        for child in element.children or []
        if not is_absolute(child)
    )


def row_roles(children: list[Element]) -> list[str]:
    """For each child of a row, the class that says how it takes a crowded row: `keeps-line` for
    a short text (see `keeps_its_line`) and `gives-way` for a child that can wrap instead (see
    `gives_way`), when the row holds both; "" for the others, and for all in any other row."""
    flowing = [child for child in children if not is_absolute(child)]
    roles = [
        "keeps-line" if keeps_its_line(child) else "gives-way" if gives_way(child) else ""
        for child in flowing
    ]
    if "keeps-line" not in roles or "gives-way" not in roles:
        return [""] * len(children)
    placed = iter(roles)
    return ["" if is_absolute(child) else next(placed) for child in children]
