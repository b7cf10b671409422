"""One issue for each text YAML's `{...}` form cut at its commas, not one for each piece.

`{type: card, description: Fast, safe, simple, cheap, open, loved}` is a description "Fast" and
five keys without a value, each an error of its own ("unknown field 'safe'", "'simple'"...), all
with the same fix. The pieces of one cut text are told as one issue: at the first piece (its path
and place, where the comma cut it), naming the others, with every piece's path in `paths` for a
program that repairs them all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from kernel.dsl.hints.syntax import COMMA_CUT_HINT
from kernel.dsl.yaml_commas import CutValue
from kernel.errors import Issue


def one_issue_per_cut(issues: list[Issue], cuts: Mapping[str, CutValue]) -> list[Issue]:
    """`issues` with those at the pieces of one cut text (`cuts`: the path of each piece -> the
    text it was cut from) told once, at the first piece; the rest as they were, in order."""
    pieces: dict[tuple[str, str, str], list[Issue]] = {}
    for issue in issues:
        cut = cuts.get(issue.path)
        if cut is not None and (issue.suggestion or "").startswith(COMMA_CUT_HINT):
            pieces.setdefault((_parent(issue.path), cut.field, cut.written), []).append(issue)
    told: dict[int, Issue] = {}
    dropped: set[int] = set()
    for (_, field, _), alike in pieces.items():
        if len(alike) < 2:
            continue
        first, *rest = sorted(alike, key=lambda issue: (issue.line or 0, issue.column or 0))
        message = f"{first.message} (the rest of '{field}', cut at its commas, as are {_named(rest)})"
        told[id(first)] = replace(first, message=message, paths=tuple(issue.path for issue in (first, *rest)))
        dropped.update(id(issue) for issue in rest)
    return [told.get(id(issue), issue) for issue in issues if id(issue) not in dropped]


def _parent(path: str) -> str:
    return path.rsplit("/", 1)[0]


def _named(issues: list[Issue]) -> str:
    """The keys the pieces became, quoted: `'simple', 'cheap' and 'loved and more'`."""
    keys = [
        "'" + issue.path.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~") + "'" for issue in issues
    ]
    return keys[0] if len(keys) == 1 else f"{', '.join(keys[:-1])} and {keys[-1]}"
