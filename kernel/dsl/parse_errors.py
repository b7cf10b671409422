"""Turns a JSON or YAML syntax error into an Issue: the line and column of its cause (a `#` that
hid the rest of a line, a key indented as its list's items), in words, with what to write instead."""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from kernel.dsl.hints.json_syntax import json_syntax_hint
from kernel.dsl.limits import MAX_DATA_DEPTH
from kernel.errors import Issue


def json_issue(exc: json.JSONDecodeError) -> Issue:
    """A JSON syntax error at its line and column, with what it most likely is (hints/json_syntax)."""
    return Issue(
        path="",
        message=f"invalid JSON: {exc.msg}",
        code="parse_error",
        suggestion=json_syntax_hint(exc),
        line=exc.lineno,
        column=exc.colno,
    )


_QUOTED = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\n]|\'\')*\'')
_HASH_VALUE = re.compile(r"[ \t]#[^\s#]")
"""A `#` after a space and before a character: a comment to YAML, a colour or `#42` to the author."""


def _comment_hash(text: str, mark: Any) -> tuple[int, int] | None:
    """The line and column (1-based) of an unquoted `#ff0000` or `#42` on the line of `mark` or
    the lines before, which made the rest of its line a comment (in `{...}` the closing brackets
    go with it): why a YAML text may fail to parse around `mark`."""
    if mark is None:
        return None
    lines = text.splitlines()[max(0, mark.line - 3) : mark.line + 1]
    last = min(mark.line, len(text.splitlines()) - 1)  # a mark at the stream's end is past the last line
    for offset, line in enumerate(reversed(lines)):
        found = _HASH_VALUE.search(_QUOTED.sub(lambda q: " " * len(q.group()), line))
        if found:
            return last + 1 - offset, found.start() + 2
    return None


def _comment_hint(at: tuple[int, int] | None) -> str | None:
    """What to do about the comment found by `_comment_hash`."""
    if at is None:
        return None
    return (
        f"on line {at[0]}, ' #' starts a comment that hides the rest of the line: "
        f'quote values holding a #, such as "#ff0000" or "Issue #42"'
    )


_ANOTHER_DOCUMENT = "but found another document"


def _stream_issue(mark: yaml.Mark) -> Issue:
    """A `---` starting a second document: one file is one screen, so a flow is a file a screen."""
    return Issue(
        path="",
        message=(
            f"a second document starts at line {mark.line + 1} ('---'): one file is one screen, "
            "and a file holds one document"
        ),
        code="parse_error",
        suggestion=(
            "split the file at each '---' into one file per screen (01-welcome.yaml, "
            "02-permissions.yaml, ...) and render their folder; definitions shared by the screens "
            "are repeated per file, or kept under a key of each (see docs/dsl.md, 'Reusing parts')"
        ),
        line=mark.line + 1,
        column=mark.column + 1,
    )


def yaml_issue(exc: yaml.MarkedYAMLError, text: str = "") -> Issue:
    """A YAML error told where its cause is in `text`, in words, with what to write instead."""
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "malformed YAML"
    if problem == _STRAY_COMMA and mark is not None:
        return _stray_comma_issue(text, mark)
    if isinstance(exc, yaml.constructor.ConstructorError) and "constructor for the tag" in problem:
        found = re.search(r"'([^']*)'", problem)
        tag = (found.group(1) if found else "").replace("tag:yaml.org,2002:", "!!")
        problem = f"the tag {tag} is not allowed (only maps, lists, strings, numbers, booleans, null)"
    if problem == _ANOTHER_DOCUMENT and mark is not None:
        return _stream_issue(mark)
    message = f"invalid YAML: {problem}"
    start = exc.context_mark
    if exc.context:
        # A start at the stream's end (an unclosed `{` whose `}` a comment hid) is past the last line.
        within = start is not None and start.line < len(text.splitlines())
        where = (
            f" that starts at line {start.line + 1}, column {start.column + 1}" if within and start else ""
        )
        message += f" ({exc.context}{where})"
    tab = _tab_hint(problem, mark)
    # The error is told where its cause is: the `#` that hid the rest of its line, or the key
    # indented as its list's items are (YAML fails on the line after either, or at the end).
    hashed = None if tab else _comment_hash(text, mark)
    misindented = None if tab or hashed else _misindented_key(problem, mark, text)
    cause = hashed or misindented
    line, column = cause if cause else (mark.line + 1, mark.column + 1) if mark else (None, None)
    return Issue(
        path="",
        message=message,
        code="parse_error",
        suggestion=_slash_comment_hint(text)
        or tab
        or _comment_hint(hashed)
        or _unclosed_hint(exc.context, start)
        or _misindented_key_hint(misindented, text)
        or _indent_hint(problem, mark)
        or _mapping_value_hint(problem, mark, text),
        line=line,
        column=column,
    )


_SLASH_COMMENT = re.compile(r"\s*(//|/\*)")


def _slash_comment_hint(text: str) -> str | None:
    """For YAML that opens with a `//` or `/* */` comment (JSONC's, which YAML reads as text, so
    it fails at the first key): what a YAML comment is. JSON after such a comment is read as
    JSON (parse.opens_with_brace); this is text that is not, or a file named .yaml."""
    opening = _SLASH_COMMENT.match(text)
    if opening is None:
        return None
    line = text.count("\n", 0, opening.start(1)) + 1
    return (
        f"the '{opening.group(1)}' comment on line {line} is JSON-with-comments syntax, which YAML reads "
        "as text: in YAML a comment starts with '#' (# note); a '//' or '/* */' comment is read only "
        "in JSON, before or inside its { }"
    )


_KEY_LINE = re.compile(r"( *)([^\s#'\"-][^:#]*):(?:\s|$)")


def _misindented_key(problem: str, mark: yaml.Mark | None, text: str) -> tuple[int, int] | None:
    """Where a key meant for a list's item is indented as the items are: `- type: text` then
    `text: Name` at the `-`'s column makes the key the mapping's above, so YAML fails at the next
    `- ` (the line after). The key's line and column, or None."""
    if mark is None or not problem.startswith("expected <block end>, but found '-'"):
        return None
    lines = text.splitlines()
    key_at = None
    for number in range(min(mark.line, len(lines)) - 1, -1, -1):
        line = lines[number]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" "))
        if indent < mark.column:
            return None
        if indent > mark.column:
            continue
        if line.lstrip().startswith("- "):
            return key_at
        if not _KEY_LINE.match(line):
            return None
        key_at = (number + 1, indent + 1)
    return None


def _misindented_key_hint(cause: tuple[int, int] | None, text: str) -> str | None:
    """What to do about the key found by `_misindented_key`."""
    if cause is None:
        return None
    key = text.splitlines()[cause[0] - 1].strip().split(":")[0]
    return (
        f"'{key}' on line {cause[0]} is indented as the list items before it are ('- '), so it ends "
        f"the list: indent it 2 more spaces to put it in the item above"
    )


def _tab_hint(problem: str, mark: yaml.Mark | None) -> str | None:
    """A tab where YAML wants spaces (what generated text often holds) says so, with its line."""
    if "'\\t'" not in problem:
        return None
    where = f" on line {mark.line + 1}" if mark is not None else ""
    return f"YAML indents with spaces, never tabs: replace the tab{where} with spaces"


def _indent_hint(problem: str, mark: yaml.Mark | None) -> str | None:
    """A key indented less or more than the keys before it (`variant:` at 3 spaces under
    `label:` at 4) ends their block where YAML expects none: say so in words, with its line."""
    if not problem.startswith("expected <block end>"):
        return None
    where = f" on line {mark.line + 1}" if mark is not None else ""
    return f"check the indentation{where}: the keys of one element line up in one column (spaces, not tabs)"


_MAPPING_VALUE = "mapping values are not allowed here"
"""PyYAML's words for a `: ` where no key can start: inside a plain value (`text: Note: read me`),
or on a key indented past the keys before it (read as more of the value above it)."""
_LINE_KEY = re.compile(r"(\s*(?:-\s+)*)[^\s#]")
"""A line's indentation and list dashes: what is before its first key."""


def _mapping_value_hint(problem: str, mark: yaml.Mark | None, text: str) -> str | None:
    """For a `: ` YAML cannot read as a key's: a text holding ": " after its key is to be quoted
    (given back quoted); a key indented more than the key above it is out of line (both columns
    named). None when the line shows neither."""
    if problem != _MAPPING_VALUE or mark is None:
        return None
    lines = text.splitlines()
    line = lines[mark.line] if mark.line < len(lines) else ""
    keyed = list(_KEY_BEFORE.finditer(line[: mark.column]))
    if keyed:  # a key before this colon on its line: the colon is inside the key's value
        key = keyed[-1]
        flow = "{" in line[: key.start()]
        end = _VALUE_END.search(line, mark.column) if flow else None
        written = line[key.end() : end.start() if end else len(line)].rstrip()
        return f"quote a text that holds a colon: {key.group(1)}: {json.dumps(written, ensure_ascii=False)}"
    above = next(
        (
            lines[i]
            for i in range(mark.line - 1, -1, -1)
            if lines[i].strip() and not lines[i].lstrip().startswith("#")
        ),
        None,
    )
    here, there = _LINE_KEY.match(line), _LINE_KEY.match(above or "")
    if here is None or there is None or len(here.group(1)) <= len(there.group(1)):
        return None
    name = line[len(here.group(1)) : mark.column].strip()
    return (
        f"check the indentation on line {mark.line + 1}: '{name}' is {len(here.group(1))} spaces in, the key "
        f"above it {len(there.group(1))}; the keys of one mapping line up"
    )


_STRAY_COMMA = "expected the node content, but found ','"
"""PyYAML's words for a comma where a value should start: inside `{...}` or `[...]`, a comma
after a comma (`text: Boa tarde,,`), or at the start."""
_KEY_BEFORE = re.compile(r"([\w-]+):\s+")
_VALUE_END = re.compile(r",\s*[\w-]+\s*:\s|[}\]]")
"""Where a text that YAML's flow form cut at a comma ends: at the next `key:` or bracket."""


def _stray_comma_issue(text: str, mark: yaml.Mark) -> Issue:
    """A readable error for a comma YAML's flow form cannot read: inside `{...}` and `[...]` a
    comma ends a value, so a text that holds commas must be quoted; the hint gives the text as
    written, quoted, when the line shows which key it belongs to."""
    lines = text.splitlines()
    line = lines[mark.line] if mark.line < len(lines) else ""
    keyed = list(_KEY_BEFORE.finditer(line[: mark.column]))
    end = _VALUE_END.search(line, mark.column)
    written = line[keyed[-1].end() : end.start() if end else len(line)].rstrip() if keyed else ""
    hint = (
        f"quote text that holds a comma: {keyed[-1].group(1)}: {json.dumps(written, ensure_ascii=False)}"
        if written and written[0] not in "[{"
        else 'quote text that holds a comma: text: "Hello, world", items: ["Red, green", Blue]'
    )
    return Issue(
        path="",
        message="invalid YAML: a comma where a value should be (inside {...} and [...] a comma ends each value)",
        code="parse_error",
        suggestion=hint,
        line=mark.line + 1,
        column=mark.column + 1,
    )


_BRACKETS = {"flow sequence": ("[", "]"), "flow mapping": ("{", "}")}


def _unclosed_hint(context: str | None, start: yaml.Mark | None) -> str | None:
    """For a `[` or `{` never closed: where it opened, and what closes it (the parser only
    notices at the end of the stream, or at the next line's key)."""
    for kind, (opening, closing) in _BRACKETS.items():
        if context and kind in context and start is not None:
            return (
                f"the '{opening}' at line {start.line + 1}, column {start.column + 1} needs its '{closing}', "
                "with a comma between entries"
            )
    return None


def too_deep_issue() -> Issue:
    """Nesting past MAX_DATA_DEPTH, where no path to it is known."""
    return Issue(
        path="",
        message=f"document nesting exceeds the limit of {MAX_DATA_DEPTH} levels",
        code="limit_depth",
        suggestion="flatten the document",
    )
