"""Turns raw JSON or YAML source into plain data, safely, with line and column on parse errors."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kernel.dsl.limits import MAX_DATA_DEPTH, MAX_DOCUMENT_BYTES, MAX_YAML_NODES, check_source_size
from kernel.errors import InvalidDocumentError, Issue

JSON_EXTENSIONS = (".json",)
YAML_EXTENSIONS = (".yaml", ".yml")


def load_source(source: str | bytes | Mapping[str, Any], *, filename: str | None = None) -> Any:
    """Parse `source` into plain Python data (dicts, lists, scalars).

    A Mapping is returned as is. Text is JSON when `filename` ends in .json, YAML when it ends in
    .yaml/.yml; without a telling extension it is JSON if it starts with `{`, else YAML.
    Raises InvalidDocumentError (with line and column where known) on oversize or malformed input.
    """
    if isinstance(source, Mapping):
        return source
    return load_text(decode_source(source), filename=filename)


def load_text(text: str, *, filename: str | None = None) -> Any:
    """Parse already-decoded text (see `load_source`); does not re-check the size limit."""
    if is_json(text, filename):
        return _load_json(text)
    return _load_yaml(text)


def decode_source(source: str | bytes) -> str:
    """Check the size limit on the UTF-8 bytes before anything else, then decode."""
    if isinstance(source, str):
        # A str can only be over the limit in bytes if it has at least MAX/4 characters.
        size = len(source.encode("utf-8", "surrogatepass")) if len(source) > MAX_DOCUMENT_BYTES // 4 else 0
        issues = check_source_size(size)
        text = source
    else:
        issues = check_source_size(len(source))
        if not issues:
            try:
                text = bytes(source).decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InvalidDocumentError(
                    [
                        Issue(
                            path="",
                            message=f"document is not valid UTF-8 (byte {exc.start})",
                            code="parse_error",
                            suggestion="save the file as UTF-8",
                        )
                    ]
                ) from None
    if issues:
        raise InvalidDocumentError(issues)
    return unfenced(text.removeprefix("\ufeff"))


_FENCE = re.compile(r"(```|~~~)[ \t]*(json|jsonc|yaml|yml)?[ \t]*\r?", re.IGNORECASE)


def unfenced(text: str) -> str:
    """The document inside one Markdown code fence, when the text is a reply that wraps it so.

    Agents (and people pasting from chat) send "```yaml ... ```", often after a line of prose. A
    fence must start its line: no JSON or YAML document can hold such a line, so a valid document
    is never changed. The lines outside the fence are blanked, not removed, so line numbers in
    errors still point into the text as sent. Anything but exactly one fence is left as it is.
    """
    if "```" not in text and "~~~" not in text:
        return text
    lines = text.split("\n")
    fences = [(index, match) for index, line in enumerate(lines) if (match := _FENCE.fullmatch(line))]
    if len(fences) != 2:
        return text
    (start, opening), (end, closing) = fences
    if opening.group(1) != closing.group(1) or closing.group(2):  # a closing fence names no language
        return text
    return "\n".join(line if start < index < end else "" for index, line in enumerate(lines))


def is_json(text: str, filename: str | None) -> bool:
    """Whether `text` is read as JSON (its file name says so, or it opens with `{`), not YAML."""
    if filename:
        lowered = filename.lower()
        if lowered.endswith(JSON_EXTENSIONS):
            return True
        if lowered.endswith(YAML_EXTENSIONS):
            return False
    return text.lstrip().startswith("{")


_JSONC_EXTRAS = re.compile(
    r'"[^"\\]*(?:\\.[^"\\]*)*"'  # a string, kept as it is
    r"|(//[^\n]*|/\*.*?\*/)"  # a comment
    r"|(,)(?=(?:\s|//[^\n]*|/\*.*?\*/)*[\]}])",  # a trailing comma
    re.S,
)


def without_jsonc_extras(text: str) -> str:
    """`text` with JSONC's comments and trailing commas blanked out, every other character
    (newlines included) where it was, so positions in it are positions in `text`.

    Agents and editors write JSON with `// comments` and a comma after the last entry (JSONC, as
    in VS Code's settings); plain JSON refuses both. Only used when `text` is not valid JSON."""

    def blank(match: re.Match[str]) -> str:
        if match.group(1):
            return re.sub(r"[^\n]", " ", match.group(1))
        return " " if match.group(2) else match.group(0)

    return _JSONC_EXTRAS.sub(blank, text)


def _load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        relaxed = without_jsonc_extras(text)
        if relaxed == text:
            raise _json_error(exc) from None
    except RecursionError:
        raise InvalidDocumentError([_too_deep()]) from None
    try:  # JSONC: the comments and trailing commas blanked out; a mistake left is at its place
        return json.loads(relaxed)
    except json.JSONDecodeError as exc:
        raise _json_error(exc) from None
    except RecursionError:
        raise InvalidDocumentError([_too_deep()]) from None


def _json_error(exc: json.JSONDecodeError) -> InvalidDocumentError:
    issue = Issue(
        path="", message=f"invalid JSON: {exc.msg}", code="parse_error", line=exc.lineno, column=exc.colno
    )
    return InvalidDocumentError([issue])


def _load_yaml(text: str) -> Any:
    """Safe constructors only; nesting and alias expansion are bounded before any object is built.

    libyaml (when PyYAML has it) does the parsing for speed; its depth is checked first on the flat
    event stream. Any libyaml error is re-checked with the pure-Python loader, which gives the
    canonical message and accepts the few things libyaml refuses (e.g. surrogate-pair escapes).
    """
    if _FastLoader is not None:
        try:
            return _load_yaml_with(_FastLoader, text, prescan=True)
        except InvalidDocumentError as exc:
            if exc.issues and exc.issues[0].code != "parse_error":
                raise
    return _load_yaml_with(_BoundedSafeLoader, text, prescan=False)


def _load_yaml_with(loader_class: Any, text: str, *, prescan: bool) -> Any:
    try:
        needs_expansion_check = _prescan(loader_class, text) if prescan else True
        loader = loader_class(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            if needs_expansion_check:
                _check_expansion(node)
            return loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        raise InvalidDocumentError([_yaml_issue(exc, text)]) from None
    except yaml.YAMLError as exc:
        raise InvalidDocumentError(
            [Issue(path="", message=f"invalid YAML: {exc}", code="parse_error")]
        ) from None
    except (RecursionError, _TooDeep):
        raise InvalidDocumentError([_too_deep()]) from None


def _prescan(loader_class: Any, text: str) -> bool:
    """Walk the flat event stream (no recursion) and stop past MAX_DATA_DEPTH. Returns whether
    the composed tree still needs `_check_expansion`: only aliases can make it expand beyond its
    events, so a document without any, and within MAX_YAML_NODES events, is done here (the tree
    walk costs as much as parsing a typical screen)."""
    depth = 0
    nodes = 0
    aliases = False
    for event in yaml.parse(text, Loader=loader_class):
        if isinstance(event, yaml.ScalarEvent):
            nodes += 1
        elif isinstance(event, yaml.CollectionStartEvent):
            nodes += 1
            depth += 1
            if depth > MAX_DATA_DEPTH:
                raise _TooDeep
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases = True
    return aliases or nodes > MAX_YAML_NODES


def _check_expansion(node: Node) -> None:
    total = expanded_node_count(node, MAX_YAML_NODES)
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    if total < 0:
        raise InvalidDocumentError(
            [
                Issue(
                    path="",
                    message="YAML alias refers to its own anchor (a recursive structure)",
                    code="parse_error",
                    line=line,
                    column=column,
                )
            ]
        )
    if total > MAX_YAML_NODES:
        raise InvalidDocumentError(
            [
                Issue(
                    path="",
                    message=f"YAML expands to more than {MAX_YAML_NODES} nodes (aliases included), the limit",
                    code="limit_yaml_nodes",
                    suggestion="write the data out instead of repeating it through anchors and aliases",
                    line=line,
                    column=column,
                )
            ]
        )


class _TooDeep(Exception):
    """Raised by the composer past MAX_DATA_DEPTH, long before Python's recursion limit."""


def _timestamp_as_text(loader: yaml.SafeLoader, node: ScalarNode) -> str:
    """An unquoted date (`date: 2025-07-01`) stays the text the author wrote, not a date object.

    The DSL's date fields are strings; authors should not have to quote them.
    """
    return str(loader.construct_scalar(node))


class _BoundedSafeLoader(yaml.SafeLoader):
    """SafeLoader whose composer refuses to nest deeper than MAX_DATA_DEPTH; dates load as text."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        self._depth += 1
        try:
            if self._depth > MAX_DATA_DEPTH:
                raise _TooDeep
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        finally:
            self._depth -= 1


_CORE_SCHEMA: list[tuple[str, re.Pattern[str], str]] = [
    ("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), "~nN"),
    ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF"),
    ("tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
        "-+0123456789.",
    ),
    ("tag:yaml.org,2002:merge", re.compile(r"^(?:<<)$"), "<"),  # `<<: *defaults`, kept from 1.1
]
"""YAML 1.2's core schema: which plain scalars are null, booleans and numbers; all else is text.

PyYAML resolves YAML 1.1, where `yes`, `no`, `on` and `off` are booleans, `10:42` is the number
642 (base 60) and `1_000` is 1000: a chat timestamp or a "No" option would silently become
something else. Boolean fields still take yes/no/on/off (the schema reads them as booleans).
Merge keys (`<<: *defaults`) are kept from YAML 1.1."""


def _core_schema_int(loader: Any, node: ScalarNode) -> int:
    """`0o17` octal, `0x1f` hex, anything else decimal (YAML 1.1 read `012` as octal)."""
    text = str(loader.construct_scalar(node))
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)


def _use_yaml_core_schema(loader: Any) -> None:
    """Make `loader` resolve plain scalars by YAML 1.2's core schema; dates stay text."""
    loader.yaml_implicit_resolvers = {}
    for tag, pattern, first in _CORE_SCHEMA:
        loader.add_implicit_resolver(tag, pattern, list(first) + ([""] if "null" in tag else []))
    loader.add_constructor("tag:yaml.org,2002:int", _core_schema_int)
    loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


_use_yaml_core_schema(_BoundedSafeLoader)


def _fast_loader() -> Any:
    """libyaml's parser with the safe constructor (YAML 1.2 scalars), or None without libyaml."""
    base = getattr(yaml, "CSafeLoader", None) if yaml.__with_libyaml__ else None
    if base is None:
        return None
    loader: Any = type("_FastSafeLoader", (base,), {})
    _use_yaml_core_schema(loader)
    return loader


_FastLoader: Any = _fast_loader()
"""libyaml's parser with the safe constructor, or None when PyYAML was built without libyaml."""


def expanded_node_count(root: Node, limit: int) -> int:
    """Nodes in the tree the graph would expand to, counting each alias use in full.

    Aliases share node objects, so sizes are memoized by node identity: time and memory stay linear
    in the source even for a "billion laughs" document. Counting stops once past `limit` (returns
    limit + 1); a cyclic (self-referencing) anchor returns -1.
    """
    sizes: dict[int, int] = {}
    in_progress: set[int] = set()
    # Iterative post-order walk: (node, children already pushed?)
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, expanded = stack.pop()
        key = id(node)
        if key in sizes:
            continue
        children = _children(node)
        if not expanded:
            if key in in_progress:
                return -1
            in_progress.add(key)
            stack.append((node, True))
            for child in children:
                if id(child) in in_progress and id(child) not in sizes:
                    return -1  # a cycle through an anchor
                if id(child) not in sizes:
                    stack.append((child, False))
            continue
        total = 1 + sum(sizes[id(child)] for child in children)
        sizes[key] = min(total, limit + 1)
        in_progress.discard(key)
        if sizes[key] > limit:
            return limit + 1
    return sizes[id(root)]


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


_QUOTED = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\n]|\'\')*\'')
_HASH_VALUE = re.compile(r"[ \t]#[^\s#]")
"""A `#` after a space and before a character: a comment to YAML, a colour or `#42` to the author."""


def _comment_hint(text: str, mark: Any) -> str | None:
    """Why a YAML text may fail to parse around `mark`: an unquoted `#ff0000` or `#42` earlier
    on that line or the lines before made the rest of its line a comment (in `{...}` the
    closing brackets go with it)."""
    if mark is None:
        return None
    lines = text.splitlines()[max(0, mark.line - 3) : mark.line + 1]
    for offset, line in enumerate(reversed(lines)):
        found = _HASH_VALUE.search(_QUOTED.sub(lambda q: " " * len(q.group()), line))
        if found:
            number = mark.line + 1 - offset
            return (
                f"on line {number}, ' #' starts a comment that hides the rest of the line: "
                f'quote values holding a #, such as "#ff0000" or "Issue #42"'
            )
    return None


def _yaml_issue(exc: yaml.MarkedYAMLError, text: str = "") -> Issue:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "malformed YAML"
    if isinstance(exc, yaml.constructor.ConstructorError) and "constructor for the tag" in problem:
        found = re.search(r"'([^']*)'", problem)
        tag = (found.group(1) if found else "").replace("tag:yaml.org,2002:", "!!")
        problem = f"the tag {tag} is not allowed (only maps, lists, strings, numbers, booleans, null)"
    message = f"invalid YAML: {problem}"
    start = exc.context_mark
    if exc.context:
        where = f" that starts at line {start.line + 1}, column {start.column + 1}" if start else ""
        message += f" ({exc.context}{where})"
    return Issue(
        path="",
        message=message,
        code="parse_error",
        suggestion=_comment_hint(text, mark) or _unclosed_hint(exc.context, start),
        line=mark.line + 1 if mark else None,
        column=mark.column + 1 if mark else None,
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


def _too_deep() -> Issue:
    return Issue(
        path="",
        message=f"document nesting exceeds the limit of {MAX_DATA_DEPTH} levels",
        code="limit_depth",
        suggestion="flatten the document",
    )


LOCATE_PURE_PYTHON_MAX = 64 * 1024
"""Without libyaml, positions are looked up only in sources up to this size (pure Python is slow)."""


def locate_paths(text: str, paths: Iterable[str]) -> dict[str, tuple[int, int]]:
    """1-based (line, column) in `text` for each JSON pointer, or of its nearest existing ancestor.

    Used after a successful parse to point editors at the offending value (at the key, for a
    mapping entry). Best effort: a source that cannot be composed again yields no positions.
    """
    root = _compose_for_positions(text)
    if root is None:
        return {}
    return {path: _position(root, path) for path in paths}


def _compose_for_positions(text: str) -> Node | None:
    node = _compose(text)
    if node is None and text.lstrip().startswith("{"):
        node = _compose(without_jsonc_extras(text))  # JSONC: same positions, minus what YAML refuses
    return node


def _compose(text: str) -> Node | None:
    loaders: list[Any] = [_FastLoader] if _FastLoader is not None else []
    if len(text) <= LOCATE_PURE_PYTHON_MAX:
        loaders.append(_BoundedSafeLoader)
    for loader_class in loaders:
        try:
            loader = loader_class(text)
            try:
                node: Node | None = loader.get_single_node()
                return node
            finally:
                loader.dispose()
        except (yaml.YAMLError, RecursionError, _TooDeep):
            continue
    return None


def _position(root: Node, path: str) -> tuple[int, int]:
    node, mark = root, root.start_mark
    parts = [p.replace("~1", "/").replace("~0", "~") for p in path.split("/")[1:]] if path else []
    for part in parts:
        if isinstance(node, MappingNode):
            entry = next(
                ((k, v) for k, v in node.value if isinstance(k, ScalarNode) and k.value == part),
                None,
            )
            if entry is None:
                break
            mark, node = entry[0].start_mark, entry[1]
        elif isinstance(node, SequenceNode) and part.isdigit() and int(part) < len(node.value):
            node = node.value[int(part)]
            mark = node.start_mark
        else:
            break
    return mark.line + 1, mark.column + 1
