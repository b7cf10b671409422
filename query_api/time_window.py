"""The listing's time window (`since`, `until`): ISO 8601 times with a zone, checked together."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from dsl2png.http_errors import InvalidRequestError
from kernel.errors import Issue

EXAMPLE = "2026-11-30T09:00:00Z"


@dataclass(frozen=True, slots=True)
class TimeWindow:
    """Renders requested at or after `since` and before `until` (UTC; None: unbounded)."""

    since: datetime | None = None
    until: datetime | None = None


def time_window(since: str | None, until: str | None) -> TimeWindow:
    """`since` and `until` as a window, or InvalidRequestError naming each wrong one: a time
    without a zone is refused rather than guessed (the server's zone, or UTC, would shift an
    audit's window by hours without a word), and so is an empty window (`since` not before `until`)."""
    issues: list[Issue] = []
    bounds: dict[str, datetime | None] = {}
    for name, value in (("since", since), ("until", until)):
        bounds[name] = None
        if value is not None:
            parsed = _instant(name, value)
            if isinstance(parsed, Issue):
                issues.append(parsed)
            else:
                bounds[name] = parsed
    start, end = bounds["since"], bounds["until"]
    if start is not None and end is not None and start >= end:
        issues.append(
            _issue(
                "until",
                f"must be later than 'since' ({since}): `until` is exclusive, so this window holds no render",
            )
        )
    if issues:
        raise InvalidRequestError(issues)
    return TimeWindow(start, end)


def _instant(name: str, value: str) -> datetime | Issue:
    """One bound in UTC, or the issue saying what is wrong with it."""
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        # `+02:00` sent unescaped in a URL arrives as ` 02:00`
        unescaped = " " in value.strip()
        return _issue(
            name,
            f"not an ISO 8601 date and time (got {value[:40]!r}); write it as {EXAMPLE}",
            suggestion="send '+' as %2B in a URL" if unescaped else None,
        )
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        return _issue(
            name,
            f"{value[:40]!r} has no time zone; add one: Z for UTC or an offset such as +02:00 ({EXAMPLE})",
        )
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00:00+01:00 is before the first representable time
        return _issue(name, f"{value[:40]!r} is out of range")


def _issue(name: str, message: str, suggestion: str | None = None) -> Issue:
    return Issue(
        path=f"/query/{name}",
        message=f"query parameter '{name}': {message}",
        code="invalid_parameter",
        suggestion=suggestion,
    )
