"""Findings, the errors and warnings a semantic check adds to, and the helpers checks word them with."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kernel.dsl.limits import pointer
from kernel.dsl.style_rules import StyleProblem
from kernel.errors import Issue

Key = str | int


class FindingsFull(Exception):
    """Raised by `Findings.error` and `Findings.warn` for the finding past the findings' `room`:
    the pass stops there (see `kernel.dsl.limits.MAX_ISSUES`)."""

    def __init__(self, path: tuple[Key, ...]) -> None:
        super().__init__(pointer(path))
        self.path = pointer(path)


@dataclass
class Findings:
    """Errors and warnings collected by one pass over a document."""

    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    suggested_icons: set[str] = field(default_factory=set)
    """Unknown icon names given a did-you-mean so far (see `semantic.icons.ICON_HINTS`)."""
    room: int | None = None
    """How many errors and warnings together the pass may tell (None: any number); the next one
    raises FindingsFull at its path."""

    told: set[Issue] = field(default_factory=set)
    """What `error` and `warn` were given: the same words at the same place again (12,400
    `@import`s in one `css`) take no room, as they are told once (see `grouped_issues`)."""

    def error(self, path: tuple[Key, ...], message: str, code: str, suggestion: str | None = None) -> None:
        issue = Issue(pointer(path), message, code, suggestion)
        if self._take_room(issue, path):
            self.errors.append(issue)

    def warn(self, path: tuple[Key, ...], message: str, code: str, suggestion: str | None = None) -> None:
        issue = Issue(pointer(path), message, code, suggestion)
        if self._take_room(issue, path):
            self.warnings.append(issue)

    def room_left(self) -> int | None:
        """How many more findings fit (None: any number): a check that judges many entries before
        it reports them stops judging past it."""
        return None if self.room is None else max(self.room - len(self.errors) - len(self.warnings), 0)

    def _take_room(self, issue: Issue, path: tuple[Key, ...]) -> bool:
        """Whether `issue` is new (said again, it is not kept); raises FindingsFull when it is
        and no room is left."""
        if issue in self.told:
            return False
        if self.room is not None and len(self.errors) + len(self.warnings) >= self.room:
            raise FindingsFull(path)
        self.told.add(issue)
        return True


def report(
    findings: Findings,
    path: tuple[Key, ...],
    errors: Sequence[StyleProblem],
    warnings: Sequence[StyleProblem] = (),
) -> None:
    for problem in errors:
        findings.error(path, problem.message, problem.code, problem.suggestion)
    for problem in warnings:
        findings.warn(path, problem.message, problem.code, problem.suggestion)


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def is_blank(value: Any) -> bool:
    return value is None or value is False or value in ("", [], {})


def shown_value(value: str) -> str:
    return value if len(value) <= 40 else value[:37] + "..."


def number_or_none(value: Any) -> float | None:
    """`value` when it is a number, as written: an integer stays one, so a message quotes its
    digits (10000000000000000000, not 1e+19) and one too large for a float still compares."""
    return value if is_number(value) else None
