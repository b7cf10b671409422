"""How an author asks for no icon where a type draws one of its own: `icon: none`, `false` or `""`."""

from __future__ import annotations

from typing import Any

NO_ICON_WORDS = frozenset({"none"})
"""Words that name no icon but ask for none (any case): no icon set has an icon called `none`,
and CSS writes the absence of a thing so (`list-style: none`, `border: none`)."""


def is_no_icon_word(value: object) -> bool:
    """Whether `value` is written to ask for no icon: a `NO_ICON_WORDS` word or `false`."""
    if value is False:
        return True
    return isinstance(value, str) and value.strip().lower() in NO_ICON_WORDS


def read_icon_name(value: Any) -> Any:
    """An `icon` as the model keeps it: a request for none (`none`, `false`) as the empty name,
    which draws no icon (an alert's default bell included); anything else as written, for the
    schema to judge."""
    return "" if is_no_icon_word(value) else value


def icon_or_default(written: str | None, default: str) -> str:
    """The icon a type with one of its own draws: `default` when the author named none (`icon`
    left out), nothing ('') when they asked for none (`icon: none`, `false` or `""`), else theirs.
    An alert's bell could not be taken away: `icon: none` drew a placeholder and `""` the bell."""
    return default if written is None else written
