"""Points an issue about a render option at where the request gave the option: query or body."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from dsl2png.http_errors import InvalidOptionsError
from kernel.dsl.limits import only_options_to_blame
from kernel.dsl.options import OPTIONS_PATH
from kernel.errors import InvalidDocumentError, Issue


def located(issues: Iterable[dict[str, Any]], from_query: frozenset[str]) -> list[dict[str, Any]]:
    """`issues` with each one at `/options/<name>` (where the kernel puts an option's warning)
    moved to `/query/<name>` when the query set that option: the path then names the place to
    change, as an option's error does."""
    return [{**issue, "path": _path(str(issue.get("path", "")), from_query)} for issue in issues]


def placed(exc: InvalidDocumentError, from_query: frozenset[str]) -> InvalidDocumentError:
    """`exc` with each issue at a render option placed as `located` places it: an
    InvalidOptionsError when only options are to blame (the document alone renders), as for an
    option's bad value; `exc` itself when no option is to blame."""
    issues = [_placed(issue, from_query) for issue in exc.issues]
    warnings = [_placed(warning, from_query) for warning in exc.warnings]
    if only_options_to_blame(exc.issues):
        return InvalidOptionsError(issues, warnings)
    if (issues, warnings) == (exc.issues, exc.warnings):
        return exc
    return InvalidDocumentError(issues, warnings)


def _placed(issue: Issue, from_query: frozenset[str]) -> Issue:
    path = _path(issue.path, from_query)
    return issue if path == issue.path else replace(issue, path=path)


def _path(path: str, from_query: frozenset[str]) -> str:
    parent, _, name = path.rpartition("/")
    return f"/query/{name}" if parent == OPTIONS_PATH and name in from_query else path
