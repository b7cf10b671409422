"""How a hint quotes the author's values: short texts quoted, YAML's flow form, plurals, articles."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from kernel.dsl.number_text import shown_number
from kernel.dsl.shown import shown


def shown_or(value: Any, fallback: Any) -> str:
    """`value` as a message quotes it (`shown`, a text in double quotes) when it is a number or
    a short text, else `fallback` (what the hint writes in its place)."""
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return str(fallback)
    if isinstance(value, int | float):
        return shown(value)
    text = str(value)
    return shown(text, quote='"') if len(text) <= 30 else str(fallback)


def as_text(value: Any) -> str:
    """A value as the quoted text a text field takes: a number is no text there (3 -> "3")."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'"{shown_number(value)}"'
    return shown_or(value, '"3"') if isinstance(value, str) else '"3"'


def length_shown(value: Any, fallback: Any) -> str:
    """A size as layout takes it: a number, or a text with a number in it ("50%"); a design
    token (`container.xl`) is none."""
    if isinstance(value, str) and not re.search(r"\d", value):
        return str(fallback)
    return shown_or(value, fallback)


def flow(value: Any) -> str:
    """A value as YAML's flow form writes it, shortly: `{fontSize: 12}`; texts quoted when needed."""
    if isinstance(value, Mapping):
        inner = ", ".join(f"{key}: {flow(item)}" for key, item in list(value.items())[:3])
        return "{" + inner + (", ..." if len(value) > 3 else "") + "}"
    if isinstance(value, str) and not re.fullmatch(r"[\w#.%-]+", value):
        return json.dumps(value if len(value) <= 30 else value[:27] + "...", ensure_ascii=False)
    return shown_or(value, "...").strip('"')


def flow_list(items: Any) -> str:
    """A short list as YAML's [...] form writes it (text quoted where YAML would misread it)."""
    if not isinstance(items, list):
        return "[...]"
    shown = [flow_item(item) for item in items[:6]]
    return "[" + ", ".join(shown) + (", ...]" if len(items) > 6 else "]")


def flow_item(item: Any) -> str:
    if isinstance(item, bool) or item is None:
        return json.dumps(item)
    if isinstance(item, int | float):
        return f"{shown_number(item)}"
    text = str(item)
    plain = re.fullmatch(r"[A-Za-z][\w .'-]{0,24}", text) and not text.endswith(" ")
    return text if plain else json.dumps(text[:28], ensure_ascii=False)


def counted(number: int, word: str) -> str:
    """`number` and `word`, plural but for one: 1 column, 2 columns."""
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def a(kind: str) -> str:
    """A type's name with its article: "an upload", "a checkbox"."""
    return f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind}"


def filled(template: str, value: Any, name: Any = None) -> str:
    """An alternative written with the author's own words in it: `{value}` is the ignored field's
    value, `{name}` the element's name (`bell`)."""
    text = template.replace("{value}", shown_or(value, "..."))
    return text.replace("{name}", name.strip() if isinstance(name, str) and name.strip() else "...")
