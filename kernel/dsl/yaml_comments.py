"""Finds text that YAML cut short at a `#`: `title: Issue #42 is fixed` is the title "Issue".

In YAML a space followed by `#` starts a comment, so unquoted values such as `Issue #42`,
`#general` or a colour `#f3f4f6` lose everything from the `#` on (a colour becomes null). This is
the most common way an agent's YAML says something other than what it meant, and YAML itself
never complains. A comment right after a plain text value (or in place of a value) whose `#` is
followed by a character other than a space is almost always such a cut; deliberate comments
are written `# like this`, after a space, or follow numbers and other non-text values.

The same goes for a comma inside YAML's `[...]` form: it ends an entry, so a table row
`[Heparin, 5,000 units, Pending]` is four cells, "5" and "000 units" among them, and the last is
not drawn. `comma_splits` finds such rows in the source and gives them back quoted.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from kernel.dsl.hints import comma_cells_hint, comma_split_hint

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


_THOUSANDS = re.compile(r"[-+]?[$€£¥]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s|%|$)")


def comma_splits(text: str, rows: Mapping[str, int]) -> dict[str, str]:
    """What to write for each table row (JSON path -> its number of columns) that `text` writes
    as a `[...]` list with more cells than columns: inside `[...]` a comma ends a cell, so
    `[Heparin, 5,000 units, Pending]` is four cells, "5" and "000 units" among them. A comma with
    no space after it between two plain cells is such a cut; when the cuts account for every
    extra cell, the row is given back with those cells quoted, else the cells as YAML read them.
    Rows written otherwise (a block list, JSON) get nothing."""
    found: dict[str, str] = {}
    try:
        for path, cells in _flow_lists(text, set(rows)):
            hint = _cut_cells_hint(text, cells, rows[path])
            if hint is not None:
                found[path] = hint
    except yaml.YAMLError:
        return {}
    return found


def _cut_cells_hint(text: str, cells: list[Any], columns: int) -> str | None:
    """See `comma_splits`: `cells` are the row's scalar events."""
    if len(cells) <= columns:
        return None
    runs: list[list[int]] = [[0]]
    for index in range(1, len(cells)):
        before, cell = cells[index - 1], cells[index]
        between = text[before.end_mark.index : cell.start_mark.index]
        if between == "," and not before.style and not cell.style:
            runs[-1].append(index)  # "5,000": no space after the comma, neither cell quoted
        else:
            runs.append([index])
    written = [text[cell.start_mark.index : cell.end_mark.index] for cell in cells]
    cuts = [run for run in runs if len(run) > 1]
    if not cuts or len(runs) < columns:
        return comma_cells_hint([cell.value for cell in cells], _first_pair(text, cells))
    joined = [",".join(written[i] for i in run) for run in runs]
    quoted = [
        json.dumps(whole, ensure_ascii=False) if len(run) > 1 else whole
        for run, whole in zip(runs, joined, strict=True)
    ]
    whole = ",".join(cells[i].value for i in cuts[0])
    row = "[" + ", ".join(quoted) + "]"
    if len(row) > 100:
        row = ", ".join(q for run, q in zip(runs, quoted, strict=True) if len(run) > 1)
    what = "the number" if _THOUSANDS.match(whole) else "the text"
    hint = comma_split_hint(f'{what} "{whole}"', [cells[i].value for i in cuts[0]], row)
    return (
        hint if len(runs) == columns else f"{hint}; that still leaves {len(runs)} cells for {columns} columns"
    )


def _first_pair(text: str, cells: list[Any]) -> str | None:
    """The first two plain cells of a row with only ", " between them, as one: what a text with
    a comma (`Smith, Jane`) would have been."""
    for before, cell in itertools.pairwise(cells):
        if (
            not before.style
            and not cell.style
            and text[before.end_mark.index : cell.start_mark.index] == ", "
        ):
            return f"{before.value}, {cell.value}"
    return None


def _flow_lists(text: str, wanted: set[str]) -> Iterator[tuple[str, list[Any]]]:
    """(JSON path, scalar events) of each `[...]` list at a path in `wanted` whose entries are
    all scalars (a row of cells)."""
    stack: list[list[Any]] = []  # as in _value_scalars
    row: _Row | None = None
    starts = yaml.ScalarEvent | yaml.AliasEvent | yaml.MappingStartEvent | yaml.SequenceStartEvent
    remaining = len(wanted)
    for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        if isinstance(event, starts):
            top = stack[-1] if stack else None
            is_key = top is not None and top[0] and top[2]
            if top is not None and top[0]:
                if is_key:
                    top[1] = event.value if isinstance(event, yaml.ScalarEvent) else "?"
                top[2] = not is_key
            elif top is not None:
                top[1] += 1
            if row is not None and len(stack) == row.depth:
                row.cells.append(event)
                row.scalars = row.scalars and isinstance(event, yaml.ScalarEvent)
            if isinstance(event, yaml.SequenceStartEvent):
                if row is None and event.flow_style and not is_key and _path(stack) in wanted:
                    row = _Row(_path(stack), len(stack) + 1)
                stack.append([False, -1, False])
            elif isinstance(event, yaml.MappingStartEvent):
                stack.append([True, None, True])
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            stack.pop()
            if row is not None and len(stack) < row.depth:
                if row.scalars:
                    yield row.path, row.cells
                row = None
                remaining -= 1
                if remaining == 0:
                    return


@dataclass(slots=True)
class _Row:
    """A `[...]` list being read: its path, the depth of its entries, its entries so far, and
    whether they are all scalars."""

    path: str
    depth: int
    cells: list[Any] = field(default_factory=list)
    scalars: bool = True
