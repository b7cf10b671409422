"""Icon names no icon has, with the name probably meant."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from kernel.dsl.compiler.icons import ALIASES, icon_exists, icon_names, icon_spellings
from kernel.dsl.hints.suggest import closest, did_you_mean, same_words
from kernel.dsl.no_icon import is_no_icon_word
from kernel.dsl.semantic.findings import Findings, Key


def check_icons(
    element: Mapping[str, Any],
    path: tuple[Key, ...],
    findings: Findings,
    icon_exists: Callable[[str], bool],
) -> None:
    """Icon names that no icon has (the element's `icon`, an icon's `name`, an add-on's and its
    entries' `icon`s) draw a placeholder: say so, with the name probably meant. An element's or
    an entry's `icon: none` asks for no icon (`kernel.dsl.no_icon`)."""
    if _ICON_FIELDS.isdisjoint(element):  # most elements name no icon
        return
    names: list[tuple[tuple[Key, ...], str]] = []  # the icons named, each where it is
    icon = element.get("icon")
    if isinstance(icon, str) and icon and not is_no_icon_word(icon):
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
            if isinstance(icon, str) and icon and not is_no_icon_word(icon):
                names.append(((*path, list_field, index, "icon"), icon))
    for where, name in names:
        if not icon_exists(name):
            findings.warn(
                where,
                f"unknown icon '{name}'; a placeholder is drawn",
                "unknown_icon",
                _budgeted_suggestion(name, findings) or "see https://lucide.dev/icons for names",
            )


ICON_HINTS = 100
"""Distinct unknown icon names of one document given a did-you-mean: each costs about a
millisecond over the 2,468 names (more for a long one), and a sidebar of 30,000 made-up names
fits the size limit; past a few, the warnings are one naming a few of them (issue_groups)."""
_HINTED_NAME = 64
"""Characters of the longest name given a did-you-mean: Lucide's longest has some 30."""


def _budgeted_suggestion(name: str, findings: Findings) -> str | None:
    """`_icon_suggestion` for the document's first ICON_HINTS distinct names, if not too long."""
    if len(name) > _HINTED_NAME:
        return None
    if name not in findings.suggested_icons:
        if len(findings.suggested_icons) >= ICON_HINTS:
            return None
        findings.suggested_icons.add(name)
    return _icon_suggestion(name)


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
    # A word for the thing (`cogwheel`), then a name one letter or two off (`arow-right`, whose
    # word `right` is a chevron), then a name it begins or ends with (`usericon`: `user`), before
    # the closest spelling, which reads `usericon` as `user-cog`.
    bare = spellings[-1] if spellings else name
    word = _ICON_WORDS.get(bare.lower())
    if word is None:
        near = (closest(spelling, known, cutoff=NEAR) for spelling in spellings)
        word = next((matches[0] for matches in near if matches), None)
    within = [found for found in (word, *_names_within(bare, known)) if found in known]
    if within:
        return "did you mean " + " or ".join(f"'{found}'" for found in dict.fromkeys(within)) + "?"
    return next((hint for spelling in spellings if (hint := did_you_mean(spelling, known))), None)


NEAR = 0.88
"""How alike (difflib's ratio) a misspelt name and an icon's are to be taken for a slip of the
keys (`arow-right`, `user-setings`, `flames`) before the names inside it are."""

_ICON_WORDS = {
    "cogwheel": "settings", "gearwheel": "settings", "preferences": "settings", "magnifier": "search",
    "magnifying-glass": "search", "magnifyingglass": "search", "dustbin": "trash-2", "bin": "trash-2",
    "garbage": "trash-2", "rubbish": "trash-2", "wastebasket": "trash-2", "hamburger": "menu",
    "kebab": "ellipsis-vertical", "meatballs": "ellipsis", "achievement": "trophy", "prize": "trophy",
    "winner": "trophy", "premium": "crown", "rank": "podium", "ranking": "podium", "flames": "flame",
}  # fmt: skip
"""Words for a thing an icon draws that no icon name is spelt like (`cogwheel` is no `cog` typo):
Lucide's name for it."""


def _names_within(name: str, known: frozenset[str]) -> list[str]:
    """The icon names `name` begins or ends with, three letters at least, longest first (two at
    most): `cogwheel` is a `cog`, `usericon` a `user`, `notification-bell` a `bell`; else a word
    of it that is one (`local-fire-station` is a `fire`, not the `local-fire-department` its
    spelling is closest to)."""
    lowered = name.lower()
    found = [
        icon for icon in known
        if len(icon) >= 3 and icon != lowered and (lowered.startswith(icon) or lowered.endswith(icon))
    ]  # fmt: skip
    if not found:
        found = [word for word in lowered.split("-") if len(word) >= 3 and word in known]
    return sorted(found, key=lambda icon: (-len(icon), icon))[:2]


@functools.cache
def known_icon_names() -> frozenset[str]:
    """Lucide names plus the compiler's friendly aliases, made once."""
    return icon_names() | frozenset(ALIASES)


def default_icon_exists(name: str) -> bool:
    """The compiler's resolver (aliases and brand logos included)."""
    return icon_exists(name)
