"""Turns raw JSON or YAML source into plain data, safely; parse_errors.py words its syntax errors
with line and column."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kernel.dsl.expanded_size import check_expanded_size
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
from kernel.dsl.parse_errors import json_issue, too_deep_issue, yaml_issue
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
    """`load_text`, with the keys repeated within one object found on the way (see `RepeatedKey`).
    The data is held to MAX_EXPANDED_BYTES (its aliases expanded) before anything else reads it."""
    loaded = _load_json(text) if is_json(text, filename) else _load_yaml(text)
    too_large = check_expanded_size(loaded.data)
    if too_large:
        raise InvalidDocumentError(too_large)
    return loaded


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
    return opens_with_brace(text)


_LEADING_COMMENTS = re.compile(r"\s*(?:(?://[^\n]*|/\*.*?\*/)\s*)*", re.S)
"""Blank space and JSONC comments (`// note`, `/* note */`) before a document's first character."""


def opens_with_brace(text: str) -> bool:
    """Whether `text` opens with `{`, after any blank space and `//` or `/* */` comments: JSON,
    perhaps with a note above it (`// login screen`), which YAML cannot read (its comments are `#`)."""
    opening = _LEADING_COMMENTS.match(text)
    return text.startswith("{", opening.end() if opening else 0)


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
            raise InvalidDocumentError([json_issue(exc)]) from None
    repeats.clear()
    try:  # JSONC: the comments and trailing commas blanked out; a mistake left is at its place
        return _json_loaded(text, _parsed_json(relaxed, noting_repeats), repeats)
    except json.JSONDecodeError as exc:
        raise InvalidDocumentError([json_issue(exc)]) from None


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
            raise InvalidDocumentError([too_deep_issue()]) from None
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
        raise InvalidDocumentError([yaml_issue(exc, text)]) from None
    except yaml.YAMLError as exc:
        raise InvalidDocumentError(
            [Issue(path="", message=f"invalid YAML: {exc}", code="parse_error")]
        ) from None
    except (RecursionError, _TooDeep):
        raise InvalidDocumentError([too_deep_issue()]) from None


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


_UNRESOLVED = "?"
"""The tag of every node composed for its place only (see `compose_for_positions`)."""


def _unresolved(_kind: Any, _value: Any, _implicit: Any) -> str:
    return _UNRESOLVED


class _PlacesLoader(_BoundedSafeLoader):
    """`_BoundedSafeLoader` that leaves tags unresolved: the same tree and marks, for places only."""

    resolve = staticmethod(_unresolved)  # type: ignore[assignment]


def _places_loader() -> Any:
    """`_FastLoader` that leaves tags unresolved, or None without libyaml."""
    if _FastLoader is None:
        return None
    return type("_FastPlacesLoader", (_FastLoader,), {"resolve": staticmethod(_unresolved)})


_FastPlacesLoader: Any = _places_loader()
"""libyaml's composer with tags left unresolved, or None when PyYAML was built without libyaml."""


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


LOCATE_PURE_PYTHON_MAX = 64 * 1024
"""Without libyaml, positions are looked up only in sources up to this size (pure Python is slow)."""


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


def compose_for_positions(text: str) -> Node | None:
    """The node tree of `text` (JSON or YAML) for the places of its nodes only: each mapping's
    keys as written, each node's start mark; no scalar's tag is resolved (a call into Python and
    regular expressions per scalar, a tenth to a quarter of composing a large document). None
    when the text cannot be composed (JSONC: composed with its comments and trailing commas
    blanked out)."""
    return _compose_json_or_yaml(text, tagged=False)


def _compose_for_positions(text: str) -> Node | None:
    """`compose_for_positions` with the tags resolved (a repeated key is named by its tag too)."""
    return _compose_json_or_yaml(text, tagged=True)


def _compose_json_or_yaml(text: str, *, tagged: bool) -> Node | None:
    node = _compose(text, tagged=tagged)
    if node is None and opens_with_brace(text):
        # JSONC: same positions, minus what YAML refuses
        node = _compose(without_jsonc_extras(text), tagged=tagged)
    return node


def _compose(text: str, *, tagged: bool = True) -> Node | None:
    fast, pure = (_FastLoader, _BoundedSafeLoader) if tagged else (_FastPlacesLoader, _PlacesLoader)
    loaders: list[Any] = [fast] if fast is not None else []
    if len(text) <= LOCATE_PURE_PYTHON_MAX:
        loaders.append(pure)
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
