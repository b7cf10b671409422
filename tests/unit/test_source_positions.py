"""Positions of issues in the source: composed only when an issue needs one, once per document,
with the same lines and columns as a tree composed with its tags resolved."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from yaml.nodes import MappingNode, Node, SequenceNode

from kernel.dsl import parse
from kernel.dsl.source_positions import SourcePositions, locate_paths
from kernel.dsl.validate import validate_document

_INVALID_WITH_WARNING = """\
elements:
  - {type: stat, label: Balance, value: 1200, trend: up, prefix: "$"}
  - type: txt
"""


@pytest.fixture
def compositions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts composed for positions, each time one is (the real composition runs)."""
    composed: list[str] = []
    real = parse.compose_for_positions

    def counted(text: str) -> Node | None:
        composed.append(text)
        return real(text)

    monkeypatch.setattr(parse, "compose_for_positions", counted)
    return composed


@pytest.mark.parametrize(
    "source",
    [
        "elements:\n  - type: text\n    text: Hello\n",
        '{"elements": [{"type": "text", "text": "Hello"}]}',
    ],
)
def test_a_valid_document_never_composes_its_text_for_positions(source: str, compositions: list[str]) -> None:
    result = validate_document(source)
    assert result.ok and not result.warnings
    assert compositions == []


def test_errors_and_warnings_share_one_composition(compositions: list[str]) -> None:
    result = validate_document(_INVALID_WITH_WARNING)
    assert [(issue.path, issue.line, issue.column) for issue in result.errors] == [
        ("/elements/0/trend", 2, 47),
        ("/elements/1/type", 3, 5),
    ]
    assert [(issue.path, issue.line, issue.column) for issue in result.warnings] == [
        ("/elements/0/prefix", 2, 58)
    ]
    assert compositions == [_INVALID_WITH_WARNING]


def test_positions_compose_once_for_every_look_up_and_not_for_none(compositions: list[str]) -> None:
    positions = SourcePositions('{"a": {"b": [1, {"c": 2}]},\n "d": 3}')
    assert positions.locate([]) == {}
    assert positions.composed == 0
    assert positions.locate(["/a/b/1/c", "/a/x"]) == {"/a/b/1/c": (1, 18), "/a/x": (1, 2)}
    assert positions.locate(["/d", "/a/b/7"]) == {"/d": (2, 2), "/a/b/7": (1, 8)}
    assert positions.composed == 1
    assert len(compositions) == 1


def test_text_that_cannot_be_composed_has_no_positions() -> None:
    assert locate_paths("a: [1, 2\nb: 3\n", ["/a"]) == {}


_MARKED = """\
base: &base {size: 12, weight: bold, on: yes, at: 10:42, when: 2025-07-01}
elements:
  - <<: *base
    type: text
    text: "quoted, with 'marks'"
    n: [0x1f, 0o17, 1_000, .inf, ~, null, 1.10]
  - *base
  - ? complex
    : key
  - |
    block
    text
"""


def _marks(node: Node) -> Iterator[tuple[str, int, int, int, int]]:
    """Each node's kind and start and end marks, in document order."""
    yield (
        type(node).__name__,
        node.start_mark.line,
        node.start_mark.column,
        node.end_mark.line,
        node.end_mark.column,
    )
    if isinstance(node, MappingNode):
        for key, value in node.value:
            yield from _marks(key)
            yield from _marks(value)
    elif isinstance(node, SequenceNode):
        for entry in node.value:
            yield from _marks(entry)


@pytest.mark.parametrize(
    "text",
    [
        _MARKED,
        '{"a": [1, 2.5e3, true, null, "x"],\r\n "b\\u00e9": {"c": "\u2028"}, "😀": "d"}',
        '// note\n{"a": 1, /* c */ "b": [1,],}',
        'a: "\\ud83d\\ude00"\nb: [1, {c: 2}]\n',  # surrogate escapes: libyaml refuses, pure Python reads
    ],
)
def test_composing_for_positions_keeps_every_mark_of_the_tagged_tree(text: str) -> None:
    tagged = parse._compose_for_positions(text)
    untagged = parse.compose_for_positions(text)
    assert tagged is not None and untagged is not None
    assert list(_marks(untagged)) == list(_marks(tagged))
    assert [key.value for key, _ in untagged.value] == [key.value for key, _ in tagged.value]
