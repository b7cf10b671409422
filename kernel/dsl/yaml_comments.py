"""Finds text that YAML cut short at a `#`: `title: Issue #42 is fixed` is the title "Issue".

In YAML a space followed by `#` starts a comment, so unquoted values such as `Issue #42`,
`#general` or a colour `#f3f4f6` lose everything from the `#` on (a colour becomes null). This is
the most common way an agent's YAML says something other than what it meant, and YAML itself
never complains. A comment right after a plain text value (or in place of a value) whose `#` is
followed by a character other than a space is almost always such a cut; deliberate comments
are written `# like this`, after a space, or follow numbers and other non-text values.

A comma inside YAML's `{...}` and `[...]` forms cuts text the same way: see `yaml_commas`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

_CUT = re.compile(r"[ \t]+(#[^\s#][^\n]*)")
_NON_TEXT = re.compile(
    r"^(?:[-+]?(?:\d[\d_]*)?\.?\d+(?:[eE][-+]?\d+)?|true|false|yes|no|on|off|null|~)$", re.I
)


@dataclass(frozen=True, slots=True)
class CommentCut:
    """A value cut by a comment: its JSON path, the line and column of the `#` (1-based), the
    value YAML read and the text it left out."""

    path: str
    line: int
    column: int
    kept: str
    cut: str

    def hint(self) -> str:
        whole = f"{self.kept} {self.cut}".strip()
        return (
            f"in YAML ' #' starts a comment, which cut '{self.cut}' off: quote the whole value, \"{whole}\""
        )


def comment_cuts(text: str) -> list[CommentCut]:
    """Every value of `text` that a `#` comment cut short (see the module's docstring); empty
    for text without ` #` or that is not valid YAML (the parser reports that)."""
    if "#" not in text:
        return []
    lines = text.splitlines()
    cuts: list[CommentCut] = []
    try:
        for path, event in _value_scalars(text):
            if event.style or _NON_TEXT.match(event.value):  # quoted or block ("" or None: plain)
                continue
            mark = event.end_mark
            rest = lines[mark.line][mark.column :] if mark.line < len(lines) else ""
            found = _CUT.match(rest)
            if found:
                column = mark.column + found.start(1) + 1
                cuts.append(CommentCut(path, mark.line + 1, column, event.value, found.group(1).rstrip()))
    except yaml.YAMLError:
        return []
    return cuts


def _value_scalars(text: str) -> Iterator[tuple[str, Any]]:
    """(JSON path, event) of every scalar that is a value (not a mapping key) in `text`."""
    stack: list[list[Any]] = []  # per open container: [is_mapping, key or index, expecting a key]
    starts = yaml.ScalarEvent | yaml.AliasEvent | yaml.MappingStartEvent | yaml.SequenceStartEvent
    for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        if isinstance(event, starts):
            top = stack[-1] if stack else None
            is_key = top is not None and top[0] and top[2]
            if top is not None and top[0]:
                if is_key:  # a key; a complex one (a mapping or a list) is never a text to check
                    top[1] = event.value if isinstance(event, yaml.ScalarEvent) else "?"
                top[2] = not is_key
            elif top is not None:
                top[1] += 1
            if isinstance(event, yaml.ScalarEvent) and not is_key:
                yield _path(stack), event
            if isinstance(event, yaml.MappingStartEvent):
                stack.append([True, None, True])
            elif isinstance(event, yaml.SequenceStartEvent):
                stack.append([False, -1, False])
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            stack.pop()


def _path(stack: list[list[Any]]) -> str:
    parts = (str(entry[1]).replace("~", "~0").replace("/", "~1") for entry in stack)
    return "".join(f"/{part}" for part in parts)
