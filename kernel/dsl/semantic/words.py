"""The words an element draws: markup drawn as written, none at all, children that are words, code not coloured."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from kernel.dsl.catalog import UNDRAWN_FIELDS
from kernel.dsl.code_languages import closest, is_known
from kernel.dsl.entities import decoded
from kernel.dsl.hints.markup import markup_in_text
from kernel.dsl.lengths import parse_length
from kernel.dsl.semantic.findings import Findings, Key

_MARKUP_FIELDS = ("text", "label", "title", "description", "hint", "error")


_MARKUP_ENTRY_FIELDS = ("label", "text", "description")


_TEXT_FIELDS = frozenset({*_MARKUP_FIELDS, "items", "actions", "options"})
"""The fields `check_markup` reads words from."""


def check_markup(kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """HTML tags or Markdown in a text are drawn as written (`<b>` and all): warn once per field
    with what to write instead. A code element shows code as written: never."""
    if kind == "code" or _TEXT_FIELDS.isdisjoint(element):
        return
    for name in _MARKUP_FIELDS:
        text = element.get(name)
        if isinstance(text, str) and text:
            _check_markup_in(text, name, kind, (*path, name), findings)
    for list_field in ("items", "actions", "options"):
        entries = element.get(list_field)
        for index, entry in enumerate(entries if isinstance(entries, list) else ()):
            if isinstance(entry, str):
                if entry:
                    _check_markup_in(entry, "label", kind, (*path, list_field, index), findings)
            elif type(entry) is dict or isinstance(entry, Mapping):
                for name in _MARKUP_ENTRY_FIELDS:
                    text = entry.get(name)
                    if isinstance(text, str) and text:
                        _check_markup_in(text, name, kind, (*path, list_field, index, name), findings)


def _check_markup_in(text: str, name: str, kind: str, where: tuple[Key, ...], findings: Findings) -> None:
    """Warn of HTML or Markdown in `text`, the field `name` of a `kind` (see `check_markup`), as
    it is drawn: its character references read (`&mdash;` is drawn "—", nothing to say; one
    written twice over, `&amp;mdash;`, is drawn `&mdash;`)."""
    markup = markup_in_text(decoded(text), kind)
    if markup is not None:
        message = f"{markup.found} in '{name}' {markup.verb} drawn as written"
        findings.warn(where, message, "markup_in_text", markup.suggestion)


def check_code_language(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """A language the highlighter does not know leaves the code uncoloured: say so, and which
    name was probably meant."""
    language = element.get("language")
    if not isinstance(language, str) or is_known(language):
        return
    meant = closest(language)
    findings.warn(
        (*path, "language"),
        f"unknown language '{language}': the code is drawn without colours",
        "unknown_language",
        f"did you mean '{meant}'?"
        if meant
        else "use a common name such as python, ts, bash, json, yaml or sql",
    )


_ZERO_SIZE_EXEMPT = frozenset({"spacer", "divider"})
"""Types for which 0 on a side means what it says (no room, a hairline), not a slip."""


_BUTTON_WORDS = ("title", "value", "content", "caption", "name")
"""Fields a button's words are written in by other vocabularies (drawn in `label` only)."""


def check_drawn_empty(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """What draws as nothing to read: a button with neither words nor icon (an empty box), and a
    `layout.width` or `height` of 0 (a stub; the earlier format required a label and sizes above 0,
    so its documents never meant either)."""
    if (
        kind in _WORDS_DRAWN
        and not any(_has_words(element.get(name)) for name in _WORDS_DRAWN[kind])
        and not any(_has_words(element.get(name)) for name in _BUTTON_WORDS)  # told where they go
        and _child_words(element.get("children")) is None
    ):
        own = _WORDS_DRAWN[kind][0]
        findings.warn(
            path,
            f"the {kind} has no words ({_join_words(_WORDS_DRAWN[kind])}), so nothing is drawn to read",
            "empty_text",
            f'give it its words: {own}: "{_EXAMPLE_WORDS[kind]}"',
        )
    if kind == "button" and not any(_has_words(element.get(name)) for name in ("label", "text", "icon")):
        words = next((element[name] for name in _BUTTON_WORDS if _has_words(element.get(name))), None)
        if words is None:
            words = _child_words(element.get("children"))
        findings.warn(
            path,
            "the button has no label (nor text or icon), so an empty box is drawn",
            "empty_button",
            f"give it its words: label: {json.dumps(str(words), ensure_ascii=False)}"
            if words is not None
            else 'give it its words: label: "Save", or an icon alone for an icon button: icon: plus',
        )
    layout = element.get("layout")
    if kind in _ZERO_SIZE_EXEMPT or not isinstance(layout, Mapping):
        return
    for side, across in (("width", "wide"), ("height", "high")):
        if _is_zero_length(layout.get(side)):
            findings.warn(
                (*path, "layout", side),
                f"layout.{side} is 0, so the {kind} is drawn 0 px {across}: a stub that does not show its content",
                "zero_size",
                f"give it a {side} above 0 (the earlier format required one), or leave {side} out so that "
                "it takes the size of its content",
            )


_WORDS_DRAWN: dict[str, tuple[str, ...]] = {
    "heading": ("text", "label", "title"),
    "paragraph": ("text", "label"),
    "link": ("text", "label", "href", "icon"),
    "badge": ("text", "label", "value", "icon"),
}
"""The fields each type of words draws its words from (a link its href, failing those); with
none, the element is drawn as an empty line or pill, as an empty button is an empty box. (A
bare `text` is left alone: it stands for "some text" in many a sketch.)"""


_EXAMPLE_WORDS = {"heading": "Settings", "paragraph": "Some words", "link": "Learn more", "badge": "New"}


def _join_words(names: tuple[str, ...]) -> str:
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]


def _child_words(children: Any) -> str | None:
    """The words of `children` when they are only text elements (React's `<Button>Sign in</Button>`
    written as a text child), joined; else None."""
    if not isinstance(children, list) or not children:
        return None
    words = [
        child.get("text") for child in children
        if isinstance(child, Mapping) and str(child.get("type")) in _WORDS_CHILD_TYPES and _has_words(child.get("text"))
    ]  # fmt: skip
    return " ".join(str(word).strip() for word in words) if len(words) == len(children) else None


_WORDS_CHILD_TYPES = frozenset({"text", "paragraph", "label", "heading", "span"})


def undrawn_children_hint(kind: str, element: Mapping[str, Any], children: list[Any]) -> str:
    """What to do with children a type does not draw: wrap them in a container; but when they
    are only words (React's `<Button>Sign in</Button>` written as a text child) and the element
    has none of its own, say the field its words go in, as a text child draws nothing there."""
    words = _child_words(children)
    own = "label" if kind == "button" else "text"
    own_words = any(_has_words(element.get(name)) for name in ("label", "text"))
    if words is not None and not own_words and own not in UNDRAWN_FIELDS.get(kind, frozenset()):
        return f"its words go in '{own}', not in a child: {own}: {json.dumps(words, ensure_ascii=False)}"
    return "wrap them in a container, row, column or card"


def _has_words(value: Any) -> bool:
    """Whether a field's value draws something: a number, or a text that is not blank."""
    if isinstance(value, bool) or value is None:
        return False
    return bool(value.strip()) if isinstance(value, str) else isinstance(value, int | float)


def _is_zero_length(value: Any) -> bool:
    """Whether a `layout` size is 0 in whatever unit (`0`, `"0px"`, `"0%"`)."""
    length = parse_length(value)
    if isinstance(length, str):
        return bool(re.match(r"0[a-z%]", length))
    return length == 0
