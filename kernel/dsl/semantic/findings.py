"""Findings, the errors and warnings a semantic check adds to, and the helpers checks word them with."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kernel.dsl.limits import pointer
from kernel.dsl.style_rules import StyleProblem
from kernel.errors import Issue

Key = str | int


@dataclass
class Findings:
    """Errors and warnings collected by one pass over a document."""

    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    suggested_icons: set[str] = field(default_factory=set)
    """Unknown icon names given a did-you-mean so far (see `semantic.icons.ICON_HINTS`)."""

    def error(self, path: tuple[Key, ...], message: str, code: str, suggestion: str | None = None) -> None:
        self.errors.append(Issue(pointer(path), message, code, suggestion))

    def warn(self, path: tuple[Key, ...], message: str, code: str, suggestion: str | None = None) -> None:
        self.warnings.append(Issue(pointer(path), message, code, suggestion))


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
