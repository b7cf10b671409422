"""Turns raw JSON or YAML source into plain data, safely, with line and column on parse errors."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kernel.dsl.hints.json_syntax import json_syntax_hint
from kernel.dsl.json_depth import first_too_deep
from kernel.dsl.limits import (
    MAX_DATA_DEPTH,
    MAX_DOCUMENT_BYTES,
    MAX_YAML_NODES,
    check_source_size,
    data_depth_issue,
    long_number_issue,
)
from kernel.dsl.long_numbers import LongNumber, long_number_issues, read_integer
from kernel.dsl.number_text import remembering
from kernel.dsl.surrogates import joined_pairs
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
    return load_checked(text, filename=filename).data


@dataclass(frozen=True, slots=True)
class RepeatedKey:
    """A key written more than once in one object (JSON and YAML keep the last value, silently):
    the JSON path of the key, each place it is written (1-based line and column; none when the
    text could not be read for positions) and each value as written there (None for a list or an
    object)."""

    path: str
    key: str
    places: tuple[tuple[int, int], ...]
    written: tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class Loaded:
    """Parsed data, and the keys the text repeats (the data holds the last value of each)."""

    data: Any
    repeated: list[RepeatedKey] = field(default_factory=list)


def load_checked(text: str, *, filename: str | None = None) -> Loaded:
    """`load_text`, with the keys repeated within one object found on the way (see `RepeatedKey`)."""
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


def _load_json(text: str) -> Loaded:
    repeats: list[tuple[str, list[Any]]] = []

    def noting_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        data = dict(pairs)
        if len(data) < len(pairs):
            repeats.extend(_repeats_among(pairs))
        return data

    try:
        return _json_loaded(text, _parsed_json(text, noting_repeats), repeats)
    except json.JSONDecodeError as exc:
        relaxed = without_jsonc_extras(text)
        if relaxed == text:
            raise _json_error(exc) from None
    repeats.clear()
    try:  # JSONC: the comments and trailing commas blanked out; a mistake left is at its place
        return _json_loaded(text, _parsed_json(relaxed, noting_repeats), repeats)
    except json.JSONDecodeError as exc:
        raise _json_error(exc) from None


def _parsed_json(text: str, pairs_hook: Any) -> Any:
    """`json.loads`, with what Python's parser cannot hold told as the document's error at its
    path: nesting past MAX_DATA_DEPTH, where the parser's recursion gave up (with the line and
    column of its bracket), and an integer too long to read. Raises json.JSONDecodeError for
    malformed JSON."""
    try:
        return json.loads(text, object_pairs_hook=pairs_hook, parse_float=_json_float)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        deepest = first_too_deep(text, MAX_DATA_DEPTH)
        if deepest is None:
            raise InvalidDocumentError([_too_deep()]) from None
        issue = replace(data_depth_issue(deepest.path), line=deepest.line, column=deepest.column)
        raise InvalidDocumentError([issue]) from None
    except ValueError:  # an integer past Python's limit on digits
        pass
    issues = long_number_issues(json.loads(text, parse_int=read_integer))
    raise InvalidDocumentError(issues or [long_number_issue("")])


def _json_float(text: str) -> float:
    """A JSON float that remembers how it was written where Python writes it otherwise (`1.10`)."""
    return remembering(float(text), text)


def _repeats_among(pairs: list[tuple[str, Any]]) -> list[tuple[str, list[Any]]]:
    values: dict[str, list[Any]] = {}
    for key, value in pairs:
        values.setdefault(key, []).append(value)
    return [(key, written) for key, written in values.items() if len(written) > 1]


def _json_loaded(text: str, data: Any, repeats: list[tuple[str, list[Any]]]) -> Loaded:
    """The JSON's data with its repeated keys. The parser sees a repeat but not where it is: only
    then is the text composed again (as YAML, which JSON is) for the paths and lines."""
    if not repeats:
        return Loaded(data)
    root = _compose_for_positions(text)
    found = repeated_keys(root, _every_mapping(root)) if root is not None else []
    if found:
        return Loaded(data, found)
    # The text could not be composed again: the keys and values alone, the path unknown.
    return Loaded(
        data, [RepeatedKey("", key, (), tuple(map(_as_written, written))) for key, written in repeats]
    )


def _as_written(value: Any) -> str | None:
    """A JSON value as RepeatedKey.written shows it: text as it is, None for a list or an object."""
    if isinstance(value, dict | list):
        return None
    return value if isinstance(value, str) else json.dumps(value)


def _json_error(exc: json.JSONDecodeError) -> InvalidDocumentError:
    issue = Issue(
        path="",
        message=f"invalid JSON: {exc.msg}",
        code="parse_error",
        suggestion=json_syntax_hint(exc),
        line=exc.lineno,
        column=exc.colno,
    )
    return InvalidDocumentError([issue])


def _load_yaml(text: str) -> Loaded:
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
        except UnicodeEncodeError:  # a lone surrogate in the text (a str from a caller): libyaml
            pass  # takes UTF-8 only; the pure-Python reader says which character, and where
    return _load_yaml_with(_BoundedSafeLoader, text, prescan=False)


def _load_yaml_with(loader_class: Any, text: str, *, prescan: bool) -> Loaded:
    try:
        needs_expansion_check = _prescan(loader_class, text) if prescan else True
        loader = loader_class(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return Loaded(None)
            if needs_expansion_check:
                _check_expansion(node)
            data = loader.construct_document(node)
            if getattr(loader, "read_long_number", False):
                raise InvalidDocumentError(long_number_issues(data))
            if not loader.repeating:
                return Loaded(data)
            return Loaded(data, repeated_keys(node, loader.repeating))
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
                    message=f"YAML expands to more than {MAX_YAML_NODES:,} nodes (aliases included), the limit",
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


class _NotingRepeats:
    """A constructor mixin that notes each mapping which repeats a key, as it was written: before
    its merge keys (`<<: *defaults`) are folded in, after which a key that overrides a merged one
    would look repeated. Costs one set per mapping, and nothing more when no key repeats."""

    repeating: dict[int, tuple[MappingNode, list[tuple[str, list[tuple[Node, Node]]]]]]

    def __init__(self, stream: str) -> None:
        super().__init__(stream)  # type: ignore[call-arg]
        self.repeating = {}
        self._looked_at: set[int] = set()

    def flatten_mapping(self, node: MappingNode) -> None:
        # Called on every mapping before it is built, and again on each one merged into another.
        if id(node) not in self._looked_at:
            self._looked_at.add(id(node))
            repeats = _repeats_in(node)
            if repeats:
                self.repeating[id(node)] = (node, repeats)
        super().flatten_mapping(node)  # type: ignore[misc]


class _BoundedSafeLoader(_NotingRepeats, yaml.SafeLoader):
    """SafeLoader whose composer refuses to nest deeper than MAX_DATA_DEPTH; dates load as text;
    repeated keys are noted (see `_NotingRepeats`); a pair of surrogate escapes is the character
    it stands for, as in JSON (`"\\ud83d\\ude00"` is 😀; libyaml refuses the escapes, so only
    this loader reads them)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def construct_scalar(self, node: Node) -> Any:
        value = super().construct_scalar(node)  # type: ignore[arg-type]
        return joined_pairs(value) if isinstance(value, str) else value

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


def _core_schema_int(loader: Any, node: ScalarNode) -> int | LongNumber:
    """`0o17` octal, `0x1f` hex, anything else decimal (YAML 1.1 read `012` as octal). A decimal
    too long to read is a LongNumber where it is written, noted on the loader (`read_long_number`)."""
    text = str(loader.construct_scalar(node))
    if text.startswith("0o"):
        return remembering(int(text[2:], 8), text)
    if text.startswith("0x"):
        return remembering(int(text[2:], 16), text)
    number = read_integer(text)
    if isinstance(number, LongNumber):
        loader.read_long_number = True
        return number
    return remembering(number, text)


def _float_as_written(loader: Any, node: ScalarNode) -> float:
    """A float that remembers how it was written where Python writes it otherwise (`1.10`,
    `2.0`), for a version or a price drawn as words (see `number_text.remembering`)."""
    return remembering(loader.construct_yaml_float(node), str(node.value))


def _use_yaml_core_schema(loader: Any) -> None:
    """Make `loader` resolve plain scalars by YAML 1.2's core schema; dates stay text."""
    loader.yaml_implicit_resolvers = {}
    for tag, pattern, first in _CORE_SCHEMA:
        loader.add_implicit_resolver(tag, pattern, list(first) + ([""] if "null" in tag else []))
    loader.add_constructor("tag:yaml.org,2002:int", _core_schema_int)
    loader.add_constructor("tag:yaml.org,2002:float", _float_as_written)
    loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


_use_yaml_core_schema(_BoundedSafeLoader)


def _fast_loader() -> Any:
    """libyaml's parser with the safe constructor (YAML 1.2 scalars), or None without libyaml."""
    base = getattr(yaml, "CSafeLoader", None) if yaml.__with_libyaml__ else None
    if base is None:
        return None
    loader: Any = type("_FastSafeLoader", (_NotingRepeats, base), {})
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


_MERGE_TAG = "tag:yaml.org,2002:merge"


def _repeats_in(node: MappingNode) -> list[tuple[str, list[tuple[Node, Node]]]]:
    """The keys `node` repeats (text, numbers, booleans: any scalar key but a merge key), each
    with its (key, value) pairs in order; empty when every key is written once."""
    seen: set[tuple[str, str]] = set()
    repeated: set[tuple[str, str]] = set()
    for key, _ in node.value:
        if isinstance(key, ScalarNode) and key.tag != _MERGE_TAG:
            name = (key.tag, key.value)
            if name in seen:
                repeated.add(name)
            seen.add(name)
    if not repeated:
        return []
    pairs: dict[tuple[str, str], list[tuple[Node, Node]]] = {}
    for key, value in node.value:
        if isinstance(key, ScalarNode) and (key.tag, key.value) in repeated:
            pairs.setdefault((key.tag, key.value), []).append((key, value))
    return [(name[1], found) for name, found in pairs.items()]


def _every_mapping(root: Node) -> dict[int, tuple[MappingNode, list[tuple[str, list[tuple[Node, Node]]]]]]:
    """`_repeats_in` for each mapping of a tree without merge keys (JSON composed as YAML)."""
    found: dict[int, tuple[MappingNode, list[tuple[str, list[tuple[Node, Node]]]]]] = {}
    stack, seen = [root], {id(root)}
    while stack:
        node = stack.pop()
        if isinstance(node, MappingNode) and (repeats := _repeats_in(node)):
            found[id(node)] = (node, repeats)
        for child in _children(node):
            if id(child) not in seen:
                seen.add(id(child))
                stack.append(child)
    return found


def repeated_keys(
    root: Node, repeating: Mapping[int, tuple[MappingNode, list[tuple[str, list[tuple[Node, Node]]]]]]
) -> list[RepeatedKey]:
    """Each repeat noted in `repeating` (by the id of its mapping node) as a RepeatedKey, its path
    found by walking the tree from `root` (each node once, so aliases cost nothing more)."""
    paths: dict[int, str] = {}
    stack: list[tuple[Node, str]] = [(root, "")]
    seen = {id(root)}
    while stack and len(paths) < len(repeating):
        node, path = stack.pop()
        if id(node) in repeating:
            paths[id(node)] = path
        if isinstance(node, MappingNode):
            steps = [(value, key.value if isinstance(key, ScalarNode) else "?") for key, value in node.value]
        elif isinstance(node, SequenceNode):
            steps = [(value, str(index)) for index, value in enumerate(node.value)]
        else:
            continue
        for child, step in reversed(steps):
            if id(child) not in seen:
                seen.add(id(child))
                stack.append((child, f"{path}/{_escaped(str(step))}"))
    found = []
    for key, (_node, repeats) in repeating.items():
        for name, pairs in repeats:
            found.append(
                RepeatedKey(
                    f"{paths.get(key, '')}/{_escaped(name)}",
                    name,
                    tuple((k.start_mark.line + 1, k.start_mark.column + 1) for k, _ in pairs),
                    tuple(v.value if isinstance(v, ScalarNode) else None for _, v in pairs),
                )
            )
    return sorted(found, key=lambda repeat: repeat.places)


def _escaped(step: str) -> str:
    return step.replace("~", "~0").replace("/", "~1")


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


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


def _yaml_issue(exc: yaml.MarkedYAMLError, text: str = "") -> Issue:
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
        suggestion=tab
        or _comment_hint(hashed)
        or _unclosed_hint(exc.context, start)
        or _misindented_key_hint(misindented, text)
        or _indent_hint(problem, mark)
        or _mapping_value_hint(problem, mark, text),
        line=line,
        column=column,
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


def compose_yaml(text: str) -> Node | None:
    """The node tree of YAML `text`, each node with its place in the text and its scalars' tags
    resolved as `load_checked` resolves them; None when the text cannot be composed."""
    return _compose(text)


def scalar_as_loaded(node: ScalarNode) -> Any:
    """The value `load_checked` makes of a scalar node (`000` is 0, `250.00` is 250.0, `Jan` is
    "Jan"): a JSON path names a key by it."""
    if node.tag not in _BUILT_SCALARS:
        return node.value
    loader = _BoundedSafeLoader("")
    try:
        return loader.construct_object(node)
    finally:
        loader.dispose()


_BUILT_SCALARS = frozenset(f"tag:yaml.org,2002:{kind}" for kind in ("null", "bool", "int", "float"))
"""The tags whose scalars load as other than their text."""


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
        except (yaml.YAMLError, RecursionError, _TooDeep, UnicodeEncodeError):
            continue  # UnicodeEncodeError: libyaml cannot take in a lone surrogate
    return None


def _position(root: Node, path: str) -> tuple[int, int]:
    node, mark = root, root.start_mark
    parts = [p.replace("~1", "/").replace("~0", "~") for p in path.split("/")[1:]] if path else []
    for part in parts:
        if isinstance(node, MappingNode):
            entry = next(  # the last of a repeated key: its value is the one read
                ((k, v) for k, v in reversed(node.value) if isinstance(k, ScalarNode) and k.value == part),
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
