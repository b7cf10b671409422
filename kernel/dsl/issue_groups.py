"""Issues alike at sibling paths told once: the same words row after row, or the same slip each
quoting its own value (1,500 colours that are not colours), so a document's problems stay readable."""

from __future__ import annotations

import re
from dataclasses import replace

from kernel.errors import Issue

APART_AT_MOST = 3
"""A few issues that say one thing of different values (an unknown type 'buton' and one 'heding')
are each told in full, with their own suggestion; more than this are one issue naming the values:
1,500 invalid colours were 1,501 lines (303 KB)."""

NAMED_VALUES = 5
"""At most this many of a group's other values are quoted; the rest are counted."""

NAMED_PLACES = 4
"""At most this many of a group's places (paths with index ranges) are written; the rest are counted.
`paths` keeps every one for machines."""


def grouped_issues(issues: list[Issue]) -> list[Issue]:
    """Issues that say the same thing at sibling paths (an element in a table cell, row after row)
    as one: the first, in its place and in full, says how many more there are and where (`and 11
    more like it at /elements/2/rows/1..11/3`). Alike is the same code and message at the same
    path but for its indexes, with a suggestion that differs at most in what it quotes (`write
    "Active"`, `write "Invited"`). Issues whose messages differ only in what they quote (an
    unknown icon each) are told apart while they are few (`APART_AT_MOST`), and as one naming
    their values when more (`and 1,499 more like it at /elements/1..1499/style/color: '#zz0001',
    ...`). `paths` has every issue's path. An issue said again in the same words at the same place
    (12,400 `@import`s in one `css`) is told once."""
    families: dict[tuple[str, ...], list[tuple[int, Issue]]] = {}
    for index, issue in enumerate(dict.fromkeys(issues)):
        families.setdefault(_likeness(issue, index, values=False), []).append((index, issue))
    told: list[tuple[int, Issue]] = []
    for members in families.values():
        alike: dict[tuple[str, ...], list[tuple[int, Issue]]] = {}
        for index, issue in members:
            alike.setdefault(_likeness(issue, index), []).append((index, issue))
        if len(alike) > APART_AT_MOST:
            told.append((members[0][0], _with_values([issue for _, issue in members])))
            continue
        for group in alike.values():
            first, *more = [issue for _, issue in group]
            told.append((group[0][0], _with_more(first, more) if more else first))
    return [issue for _, issue in sorted(told, key=lambda entry: entry[0])]


_INDEX = re.compile(r"(?<=/)\d+(?=/|$)")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_GOT = re.compile(r", got .*$")
"""The value a wrong kind of value quotes (`expected an object, got 'Ana'`)."""


def _likeness(issue: Issue, index: int, *, values: bool = True) -> tuple[str, ...]:
    """What issues alike share: code, message, the path with its indexes left out and the
    suggestion with its quotes left out; without `values`, the message's quotes are left out
    too. A wrong kind of value (`invalid_type`) is alike whatever value it quotes: a text where
    an element belongs, row after row, is one mistake (its long suggestion was told four times).
    A path without indexes has no siblings: its own."""
    shape = _INDEX.sub("#", issue.path)
    if shape == issue.path:
        return (str(index),)
    message = _GOT.sub("", issue.message) if issue.code == "invalid_type" else issue.message
    if not values:
        message = _QUOTED.sub("''", message)
    return (issue.code, message, shape, _QUOTED.sub('""', issue.suggestion or ""))


def _all_paths(issues: list[Issue]) -> tuple[str, ...]:
    return tuple(path for issue in issues for path in (issue.paths or (issue.path,)))


def _with_more(first: Issue, more: list[Issue]) -> Issue:
    """`first` telling of the issues like it at other paths."""
    message = f"{first.message}; and {len(more):,} more like it at {_places(more)}"
    return replace(first, message=message, paths=_all_paths([first, *more]))


def _with_values(members: list[Issue]) -> Issue:
    """The first of `members` (alike but for the values their messages quote) telling of the
    others: where they are and the first few of their values (what each quotes where the
    messages differ). When their suggestions differ (`did you mean 'outline'?` for 'outlined',
    `'primary'` for 'contained'), each value is named with its own fix (`'contained' ->
    'primary'`) and so is the first one's, in its suggestion: the group loses none of them."""
    first, more = members[0], members[1:]
    quotes = [_QUOTED.findall(issue.message) for issue in members]
    varying = [i for i, own in enumerate(quotes[0]) if any(q[i : i + 1] != [own] for q in quotes[1:])]
    own_fixes = len({issue.suggestion for issue in members}) > 1

    def value(quoted: list[str], issue: Issue) -> str:
        named = " ".join(quoted[i] for i in varying if i < len(quoted)) or " ".join(quoted)
        return f"{named} -> {_fix(issue.suggestion)}" if own_fixes and issue.suggestion else named

    own = value(quotes[0], first)
    values = list(
        dict.fromkeys(v for q, issue in zip(quotes[1:], more, strict=True) if (v := value(q, issue)) != own)
    )
    named = ", ".join(values[:NAMED_VALUES])
    if len(values) > NAMED_VALUES:
        named += f" and {len(values) - NAMED_VALUES:,} more"
    message = f"{first.message}; and {len(more):,} more like it at {_places(more)}" + (
        f": {named}" if named else ""
    )
    suggestion = own if own_fixes and first.suggestion else first.suggestion
    return replace(first, message=message, suggestion=suggestion, paths=_all_paths(members))


_DID_YOU_MEAN = re.compile(r"did you mean (.+)\?", re.IGNORECASE)


def _fix(suggestion: str) -> str:
    """A suggestion as short as a list of values can hold it: `did you mean 'primary'?` is
    `'primary'`; any other is as written."""
    short = _DID_YOU_MEAN.fullmatch(suggestion.strip())
    return short.group(1) if short else suggestion


def _places(issues: list[Issue]) -> str:
    """The paths of `issues` as few as can say them (`_compact_paths`), the first
    `NAMED_PLACES` written and the rest counted."""
    places = _compact_paths([issue.path for issue in issues])
    shown = ", ".join(places[:NAMED_PLACES])
    return shown + (f" and {len(places) - NAMED_PLACES:,} more places" if len(places) > NAMED_PLACES else "")


def _compact_paths(paths: list[str]) -> list[str]:
    """Paths that differ in their indexes, as few as can say them: one index position written as
    ranges (`/elements/2/rows/1..4,6..11/3`), the position chosen that leaves fewest paths."""
    split = [path.split("/") for path in paths]
    positions = {i for parts in split for i, part in enumerate(parts) if part.isdigit()}
    best: list[str] = paths
    for position in sorted(positions):
        runs: dict[tuple[str, ...], list[int]] = {}
        for parts in split:
            if position >= len(parts) or not parts[position].isdigit():
                break
            runs.setdefault((*parts[:position], "", *parts[position + 1 :]), []).append(int(parts[position]))
        else:
            if len(runs) < len(best):
                best = [
                    "/".join((*template[:position], _ranges(indexes), *template[position + 1 :]))
                    for template, indexes in runs.items()
                ]
    return best


def _ranges(indexes: list[int]) -> str:
    """`1..4,6,8..11` for the indexes 1, 2, 3, 4, 6, 8, 9, 10, 11."""
    spans: list[list[int]] = []
    for index in sorted(set(indexes)):
        if spans and index == spans[-1][1] + 1:
            spans[-1][1] = index
        else:
            spans.append([index, index])
    return ",".join(f"{low}..{high}" if high > low else str(low) for low, high in spans)
