"""Domain errors shared by every service; each API maps them to its own wire format."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import Protocol


def first_line(exc: BaseException) -> str:
    """The exception's message on one line (psycopg's and Playwright's often run to several), or
    its type's name when it has no message: what a log line or a CLI error line shows."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem found in a document: where it is, what is wrong and how to fix it."""

    path: str
    message: str
    code: str
    suggestion: str | None = None
    line: int | None = None
    column: int | None = None
    paths: tuple[str, ...] | None = None
    """Every path the issue stands for, its own first, when it tells of alike issues at other
    paths too (`; and 2 more like it at /elements/1..2/children`): JSON Pointers, one each, for
    a program that repairs them all. None for an issue at one path."""
    path_count: int | None = None
    """How many paths the issue stands for when `paths` lists only the first of them
    (`kernel.dsl.issue_caps.PATHS_KEPT`); None when `paths` lists them all."""
    kind: str | None = field(default=None, compare=False)
    """A warning's kind (`kernel.warning_kinds`: drawn_wrong or note); None on an error. Derived
    from `code`, so not compared: an issue is the same whichever step gave it its kind."""

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"path": self.path, "message": self.message, "code": self.code}
        if self.suggestion is not None:
            out["suggestion"] = self.suggestion
        if self.line is not None:
            out["line"] = self.line
            out["column"] = self.column
        if self.paths is not None:
            out["paths"] = list(self.paths)
        if self.path_count is not None:
            out["path_count"] = self.path_count
        if self.kind is not None:
            out["kind"] = self.kind
        return out

    def __str__(self) -> str:
        where = self.path or "/"
        if self.line is not None:
            where += f" (line {self.line}, column {self.column})"
        hint = f" ({self.suggestion})" if self.suggestion else ""
        return f"{where}: {self.message}{hint}"


class _AtPath(Protocol):
    @property
    def path(self) -> str: ...


def issue_order(issue: _AtPath) -> list[tuple[int, int, str]]:
    """The key that puts issues in document order: by path, an index compared as a number
    (`/elements/2` before `/elements/10`); `sorted` keeps the order of issues at one path. For
    an `Issue` and for any surface's copy of one that has its `path`."""
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in issue.path.split("/")[1:]]


class Dsl2PngError(Exception):
    """Base class of every error dsl2png raises on purpose."""

    code = "error"


@dataclass
class InvalidDocumentError(Dsl2PngError):
    """The document cannot be rendered; `issues` lists every error found (not only the first)."""

    issues: list[Issue]
    warnings: list[Issue] = field(default_factory=list)
    code = "invalid_dsl"

    def __str__(self) -> str:
        head = f"{len(self.issues)} error(s) in document"
        return head + "".join(f"\n  {issue}" for issue in self.issues)


class InvalidRenderOptionsError(InvalidDocumentError):
    """The render's options, not its document, make it impossible (a canvas they make too large):
    each issue's path names the option under `/options` (`/options/width`), for each surface to
    place where its options came from (the query, a body's `options`, the command line's flags)."""

    code = "invalid_options"


class CompileError(Dsl2PngError):
    """Preparing a document that validated (compiling it to HTML) failed inside dsl2png: a bug of
    dsl2png, not an error in the document. Trying again compiles it the same way, so it is never
    retried; the message names the exception and the function it came from, for a bug report."""

    code = "compile_error"

    @classmethod
    def of(cls, exc: Exception) -> CompileError:
        """The error that tells of the unexpected `exc` (raise it `from exc`, to keep the traceback)."""
        frames = [
            frame.name for frame in traceback.extract_tb(exc.__traceback__) if not frame.name.startswith("<")
        ]
        detail = first_line(exc)[:120] if str(exc).strip() else ""
        what = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
        where = f" in {frames[-1]}" if frames else ""
        return cls(
            f"compiling the document failed inside dsl2png ({what}{where}): this is a bug of dsl2png, "
            "not an error in the document, and rendering it again fails the same way"
        )


class RenderError(Dsl2PngError):
    """Chromium could not produce an image; `retryable` says whether trying again may help."""

    code = "render_failed"

    def __init__(self, message: str, *, retryable: bool = True, code: str | None = None) -> None:
        super().__init__(message)
        self.retryable = retryable
        if code is not None:
            self.code = code


class RenderTimeoutError(RenderError):
    """A render took longer than its deadline."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retryable=True, code="render_timeout")


class JobNotFoundError(Dsl2PngError):
    """No render job has the given id."""

    code = "not_found"


class ImageNotReadyError(Dsl2PngError):
    """The job exists but is still queued or rendering: its image comes later (ask again)."""

    code = "image_not_ready"
    retry_after_s = 1


class JobFinishedError(Dsl2PngError):
    """The job already completed or failed: it can no longer be cancelled."""

    code = "render_finished"


class IdempotencyConflictError(Dsl2PngError):
    """The Idempotency-Key was used before with a different request body."""

    code = "idempotency_conflict"


class QueueFullError(Dsl2PngError):
    """The render queue is at its bound: refuse fast instead of letting waits pile up."""

    code = "queue_full"

    def __init__(self, message: str, *, retry_after_s: int = 5) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class ImageExpiredError(Dsl2PngError):
    """The job completed, but its image is no longer in the image store: removed after the retention period, or missing (deleted, not restored); its events stay."""

    code = "image_expired"


class ImageCorruptError(Dsl2PngError):
    """The stored image's bytes do not hash to the sha256 its render recorded (changed or damaged
    in the store): it is not served, since its ETag would vouch for bytes that are not the image."""

    code = "image_corrupt"


class JobErasedError(Dsl2PngError):
    """The job's document and image were erased on request (GDPR): only the fact remains."""

    code = "job_erased"


class TooManyRendersError(QueueFullError):
    """One API key has reached its quota of unfinished renders."""

    code = "too_many_renders"
