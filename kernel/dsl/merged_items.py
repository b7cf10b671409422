"""Two list items YAML read as one because a `- ` was left out: told as that, not as keys to delete.

```yaml
- type: input
  label: First name
  type: input        # the `- ` before this line is missing
  label: Last name
```

YAML reads the four lines as one mapping with `type` and `label` each written twice. Told key by
key ("keep one 'type' and remove the other"), an author deletes a field they meant; the cause is
one missing `- `, and one issue says where it goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.parse import RepeatedKey
from kernel.dsl.synonyms import TYPE_SYNONYMS
from kernel.errors import Issue

_IN_A_LIST = re.compile(r"(?P<item>.*/\d+)/[^/]+")
"""A repeated key's path whose mapping is a list's item (`/elements/0/type`)."""


@dataclass(frozen=True, slots=True)
class MergedItem:
    """List items read as one mapping: the keys written more than once in it, in order of their
    places, and the place of each item after the first (where a `- ` is missing)."""

    repeats: tuple[RepeatedKey, ...]
    starts: tuple[RepeatedKey, ...]
    """For each item after the first, the repeated key that begins it (its later place)."""
    occurrence: tuple[int, ...]
    """For each of `starts`, which of its key's places begins the item (1: the second)."""

    def issue(self) -> Issue:
        """One error at the key that begins the second item: the missing `- `, its line and the
        line written with it."""
        first, index = self.starts[0], self.occurrence[0]
        line, column = first.places[index]
        lines = _and(
            [str(start.places[at][0]) for start, at in zip(self.starts, self.occurrence, strict=True)]
        )
        keys = _and([f"'{repeat.key}'" for repeat in self.repeats])
        times = "twice" if all(len(repeat.places) == 2 for repeat in self.repeats) else "more than once"
        each = "are each" if len(self.repeats) > 1 else "is"
        items = "two items were" if len(self.starts) == 1 else f"{len(self.starts) + 1} items were"
        plural = "s" if len(self.starts) > 1 else ""
        message = (
            f"{keys} {each} written {times} in one list item: a '- ' is likely missing before "
            f"line{plural} {lines}, so {items} read as one"
        )
        written = first.written[index]
        indent = " " * max(column - 3, 0)  # the key after a `- ` is two columns right of it
        fixed = f"{indent}- {first.key}: {written if written is not None and len(written) <= 40 else '...'}"
        hint = (
            f"start the next item with '- ', lined up with the '- ' of the item above: write line "
            f"{line} as '{fixed}', the lines under it indented as before"
        )
        return Issue(first.path, message, "duplicate_key", hint, line, column)


def merged_items(repeated: Iterable[RepeatedKey]) -> list[MergedItem]:
    """The list items among the mappings with `repeated` keys that read as several items run
    together: a block mapping (each key on a line of its own, at one column) in a list, that
    repeats several keys, or its `type` with element types each time (`{type: input, type:
    email}` is an input's kind, told by its own hint)."""
    by_item: dict[str, list[RepeatedKey]] = {}
    for repeat in repeated:
        match = _IN_A_LIST.fullmatch(repeat.path)
        if match is not None and repeat.places:
            by_item.setdefault(match.group("item"), []).append(repeat)
    return [merged for repeats in by_item.values() if (merged := _merged(repeats)) is not None]


def _merged(repeats: list[RepeatedKey]) -> MergedItem | None:
    places = [place for repeat in repeats for place in repeat.places]
    block = len({line for line, _ in places}) == len(places) and len({column for _, column in places}) == 1
    types = next((repeat for repeat in repeats if repeat.key == "type"), None)
    typed = types is not None and all(_is_type(written) for written in types.written)
    if not block or not (len(repeats) > 1 or typed):
        return None
    ordered = tuple(sorted(repeats, key=lambda repeat: repeat.places[0]))
    starts: list[RepeatedKey] = []
    occurrence: list[int] = []
    for index in range(1, max(len(repeat.places) for repeat in repeats)):
        # the item after each missing `- ` begins at the earliest key written once more there
        start = min(
            (repeat for repeat in repeats if len(repeat.places) > index), key=lambda r: r.places[index]
        )
        starts.append(start)
        occurrence.append(index)
    return MergedItem(ordered, tuple(starts), tuple(occurrence))


def _is_type(written: str | None) -> bool:
    """Whether a written `type` names an element type (or another library's name for one)."""
    return written is not None and (written in ELEMENT_TYPES or written.strip().lower() in TYPE_SYNONYMS)


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
