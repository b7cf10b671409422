"""How much of a long list of issues a reader is told: the first few of each kind in full, the
rest of each kind as one line that counts them and says where, and `paths` lists kept short.

A document can hold up to MAX_ISSUES problems (`limits.MAX_ISSUES`, where the passes stop and say
so, `limit_issues`); an agent handed 300 unknown fields, each with the fields its type draws, read
54 KB (some 13,000 tokens) to learn one mistake. The caps here are what a reader is told (the MCP
tools' text and data, the CLI's lines); `validate_document` itself keeps every issue and every
path, for a program (`validate --json`, the HTTP API) that mends them all.
"""

from __future__ import annotations

from dataclasses import replace

from kernel.errors import Issue

TOLD_PER_CODE = 10
"""Issues of one code told in full (each may already stand for a group of alike ones): enough to
show the mistake and its fix, few enough that 300 unknown fields are some 2 KB, not 54."""

PATHS_KEPT = 20
"""At most this many paths in an issue's `paths`; `path_count` says how many it stands for."""


def kept_paths(paths: tuple[str, ...]) -> tuple[tuple[str, ...], int | None]:
    """`paths` cut to PATHS_KEPT, and how many there were when that cut some (else None)."""
    if len(paths) <= PATHS_KEPT:
        return paths, None
    return paths[:PATHS_KEPT], len(paths)


def told_in_full(issues: list[Issue], per_code: int = TOLD_PER_CODE) -> list[Issue]:
    """`issues` with at most `per_code` of each code as they are; the rest of a code are one
    issue at the first of them, counting them (with the issues each stood for) and naming their
    places, in their place in the order. A code whose issues all fit is left whole. Every
    issue's `paths` is cut to PATHS_KEPT, `path_count` counting them all (`with_kept_paths`)."""
    by_code: dict[str, list[Issue]] = {}
    for issue in issues:
        by_code.setdefault(issue.code, []).append(issue)
    told: list[Issue] = []
    summarised: set[str] = set()
    for issue in issues:
        members = by_code[issue.code]
        if len(members) <= per_code or members.index(issue) < per_code:
            told.append(issue)
        elif issue.code not in summarised:
            summarised.add(issue.code)
            told.append(_rest_of(members[per_code:], told_count=per_code))
    return [with_kept_paths(issue) for issue in told]


def with_kept_paths(issue: Issue) -> Issue:
    """`issue` with its `paths` cut to PATHS_KEPT and `path_count` counting them all (400
    misspelt `colour`s listed 400 paths, 19 KB for four issues), or as it is."""
    if issue.paths is None or len(issue.paths) <= PATHS_KEPT:
        return issue
    kept, count = kept_paths(issue.paths)
    return replace(issue, paths=kept, path_count=count)


def _rest_of(rest: list[Issue], *, told_count: int) -> Issue:
    """One issue for `rest`, the issues of a code past the first `told_count`."""
    first = rest[0]
    paths = tuple(path for issue in rest for path in issue.paths or (issue.path,))
    counted = sum(issue.path_count or len(issue.paths or (issue.path,)) for issue in rest)
    kept, _ = kept_paths(paths)
    places = ", ".join(kept[:3]) + (f" and {counted - 3:,} more" if counted > 3 else "")
    return replace(
        first,
        message=(
            f"and {counted:,} more '{first.code}' problems like the {told_count} above, not told one by one, "
            f"at {places}"
        ),
        suggestion="mend the ones told (often one mistake repeated), then check again to see what is left",
        line=first.line,
        column=first.column,
        paths=kept,
        path_count=counted if counted > len(kept) else None,
    )
