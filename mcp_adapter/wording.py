"""The kernel's texts (written for every surface) told in this MCP surface's terms, at an agent's length."""

from __future__ import annotations

import re

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.hints.suggest import closest, did_you_mean, nearby_or_all
from kernel.dsl.hints.type_names import element_type_hint
from kernel.dsl.measured.canvas_cut import CONTENT_CUT
from mcp_adapter.results import IssueOut

_EXAMPLE_COMMAND = re.compile(r"`dsl2png examples ([A-Za-z0-9_-]+)`")
_COMMAND_LINE = (
    (_EXAMPLE_COMMAND, r'get_example {"name": "\1"}'),
    (re.compile(r"--strict\b"), "strict: true"),
)
"""A command line's words and what this surface's agent writes instead."""
FULL_PAGE_HINT = "render with options.full_page: true"
LIST_ALL_TYPES = f"list_element_types() lists all {len(ELEMENT_TYPES)}"
_ALL_TYPES = "valid types: " + ", ".join(sorted(ELEMENT_TYPES))
"""The validator's hint for a type nothing resembles: every type, some 500 characters."""
_QUOTED = re.compile(r"'([^']*)'")
_LARGER = re.compile(r"make 'height' at least (\d+) px larger(?: \(or height: auto[^)]*\))?")
"""The ask for a larger height, with the document's `height: auto` beside it (which a height
argument would override: left out where one set the height)."""
NEAR_CUTOFF = 0.3
"""How alike a type must be to be named among the nearest when none is a likely typo (0.6)."""


def mcp_words(text: str) -> str:
    """`text` with the command line's words in MCP terms: `dsl2png examples landing` becomes
    get_example {"name": "landing"}, `--strict` becomes strict: true."""
    for pattern, words in _COMMAND_LINE:
        text = pattern.sub(words, text)
    return text


def type_hint(name: str) -> str:
    """What to write instead of the unknown element type `name`: the type or recipe meant, the
    closest few types, and where the whole list is (rather than every name)."""
    hint = element_type_hint(name)
    if hint is not None:
        return mcp_words(hint)
    key = name.strip().lower()
    if did_you_mean(key, ELEMENT_TYPES) is not None:
        return nearby_or_all(key, ELEMENT_TYPES, what="types")
    nearest = closest(key, ELEMENT_TYPES, n=3, cutoff=NEAR_CUTOFF)
    if nearest:
        return f"nearest: {', '.join(nearest)}; {LIST_ALL_TYPES}"
    return f"no type is like it; {LIST_ALL_TYPES}"


def worded(issue: IssueOut, *, height_from: str | None = None) -> IssueOut:
    """An issue as this surface tells it: MCP's words for the command line's, a short hint for
    an unknown type, and where the canvas's height comes from when `content_cut` asks for more.

    `height_from`: the tool argument that set the canvas's height over the document's
    ("the height argument", "device mobile"), when one did."""
    message = mcp_words(issue.message)
    suggestion = mcp_words(issue.suggestion) if issue.suggestion else issue.suggestion
    if suggestion == _ALL_TYPES:
        named = _QUOTED.search(message)
        suggestion = type_hint(named.group(1)) if named else LIST_ALL_TYPES
    if issue.code == CONTENT_CUT and suggestion:
        suggestion = _full_page_words(suggestion, height_from)
    if (message, suggestion) == (issue.message, issue.suggestion):
        return issue
    return issue.model_copy(update={"message": message, "suggestion": suggestion})


def _full_page_words(suggestion: str, height_from: str | None) -> str:
    """`content_cut`'s suggestion with `options.full_page` for the command line's and the APIs'
    full-page switches, and the argument to raise when one set the height."""
    if "render the full page" not in suggestion:
        return suggestion
    head = suggestion.split("render the full page", 1)[0].rstrip(" ,").removesuffix(" or").rstrip(" ,")
    if height_from is not None:
        head = _LARGER.sub(
            lambda m: (
                f"the height comes from {height_from}, not the document: ask for {m[1]} px more "
                "with the height argument"
            ),
            head,
        )
    return f"{head}, or {FULL_PAGE_HINT}" if head else FULL_PAGE_HINT
