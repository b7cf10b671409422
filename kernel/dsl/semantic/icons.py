"""Icon names no icon has, with the name probably meant."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from kernel.dsl.compiler.icons import ALIASES, icon_exists, icon_names, icon_spellings
from kernel.dsl.hints.suggest import did_you_mean, same_words
from kernel.dsl.semantic.findings import Findings, Key


def check_icons(
    element: Mapping[str, Any],
    path: tuple[Key, ...],
    findings: Findings,
    icon_exists: Callable[[str], bool],
) -> None:
    """Icon names that no icon has (the element's `icon`, an icon's `name`, an add-on's and its
    entries' `icon`s) draw a placeholder: say so, with the name probably meant."""
    if _ICON_FIELDS.isdisjoint(element):  # most elements name no icon
        return
    names: list[tuple[tuple[Key, ...], str]] = []  # the icons named, each where it is
    icon = element.get("icon")
    if isinstance(icon, str) and icon:
        names.append(((*path, "icon"), icon))
    named = element.get("name") if element.get("type") == "icon" else None
    if isinstance(named, str) and named:
        names.append(((*path, "name"), named))
    for side in ("prefix", "suffix"):  # an add-on's `{icon: ...}`
        addon = element.get(side)
        icon = addon.get("icon") if isinstance(addon, Mapping) else None
        if isinstance(icon, str) and icon:
            names.append(((*path, side, "icon"), icon))
    for list_field in ("items", "actions"):
        entries = element.get(list_field)
        for index, entry in enumerate(entries if isinstance(entries, list) else ()):
            icon = entry.get("icon") if type(entry) is dict or isinstance(entry, Mapping) else None
            if isinstance(icon, str) and icon:
                names.append(((*path, list_field, index, "icon"), icon))
    for where, name in names:
        if not icon_exists(name):
            findings.warn(
                where,
                f"unknown icon '{name}'; a placeholder is drawn",
                "unknown_icon",
                _icon_suggestion(name) or "see https://lucide.dev/icons for names",
            )


_ICON_FIELDS = frozenset({"icon", "name", "items", "actions", "prefix", "suffix"})
"""The fields `check_icons` reads icon names from."""


@functools.lru_cache(maxsize=4096)
def _icon_suggestion(name: str) -> str | None:
    """A did-you-mean for the name without another set's prefix or suffix (`mdi:acount` ->
    'account'): a name of the same words first (`arrow-circle-left` -> 'circle-arrow-left'), then
    the closest spelling. Kept per name: a document names the same unknown icon again and again."""
    known = known_icon_names()
    spellings = list(dict.fromkeys(reversed(icon_spellings(name))))  # each once
    worded = next(  # Lucide's own name before an older one of the same words (`arrow-left-circle`)
        (found for pool in (icon_names(), known) for spelling in spellings
         if (found := same_words(spelling, pool))),
        None,
    )  # fmt: skip
    if worded is not None:
        return f"did you mean '{worded}'?"
    return next((hint for spelling in spellings if (hint := did_you_mean(spelling, known))), None)


@functools.cache
def known_icon_names() -> frozenset[str]:
    """Lucide names plus the compiler's friendly aliases, made once."""
    return icon_names() | frozenset(ALIASES)


def default_icon_exists(name: str) -> bool:
    """The compiler's resolver (aliases and brand logos included)."""
    return icon_exists(name)
