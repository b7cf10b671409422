"""Why Chromium did not start, told in a line and the browser's own error lines, not Playwright's call log."""

from __future__ import annotations

import re

MAX_BROWSER_LINES = 6
"""The browser's error lines told at most (its last ones: why it exited comes last)."""
_API_PREFIX = re.compile(r"^\w+\.\w+: ")
"""Playwright's `BrowserType.launch: ` before its message."""
_BROWSER_ERROR = re.compile(r"^\s*(?:- )?\[pid=\d+\]\[err\] ?(.*)$")
"""A line the browser wrote to its stderr, as Playwright's logs quote it (`[pid=N][err] ...`)."""
_EXIT = re.compile(r"<process did exit: exitCode=(\w+), signal=(\w+)>")


def launch_failure(exc: BaseException) -> str:
    """The reason a launch failed: one line (the browser's exit code when it exited, else
    Playwright's first line without its API name), then the browser's stderr lines under it,
    indented, each once. Playwright's message goes on with the browser's log and its own call
    log (the whole command line, twice, and its attempts to kill the process): a page of noise
    around the one or two lines that say why (a missing library, a display it could not open)."""
    text = str(exc).strip()
    lines = text.splitlines()
    headline = _API_PREFIX.sub("", lines[0]) if lines else type(exc).__name__
    exited = _EXIT.search(text)
    if exited is not None and exited.group(1) != "null":
        headline = f"it exited with code {exited.group(1)}"
    elif exited is not None and exited.group(2) != "null":
        headline = f"it was ended by {exited.group(2)}"
    told = list(dict.fromkeys(_browser_errors(lines)))[-MAX_BROWSER_LINES:]
    return "\n".join([headline, *(f"  {line}" for line in told)])


def _browser_errors(lines: list[str]) -> list[str]:
    """The browser's stderr lines quoted in Playwright's logs, blank ones left out."""
    quoted = (_BROWSER_ERROR.match(line) for line in lines)
    return [match.group(1).strip() for match in quoted if match is not None and match.group(1).strip()]
