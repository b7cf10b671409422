"""An element `type` that is no text (an object, a list, a number, a boolean, null), written in
any place of a real screen: the document gets its schema error at that type, never an exception
from a check that looked the type up in a set (`TypeError: unhashable type`)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.parse import load_text
from kernel.dsl.validate import validate_document

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.yaml"))
HOSTILE = [{"a": 1}, [1], 5, True, None]
NOTE = {"target": "nowhere", "text": "a note"}
"""An annotation, so the checks of annotation targets walk the elements too."""


def _typed(node: Any, depth: int = 0) -> Iterator[tuple[dict[str, Any], int]]:
    """Every object with a `type` below the document, with how deep it is (in objects)."""
    if isinstance(node, dict):
        if "type" in node and depth:
            yield node, depth
        for value in node.values():
            yield from _typed(value, depth + 1)
    elif isinstance(node, list):
        for value in node:
            yield from _typed(value, depth)


def _type_errors(result: Any) -> list[str]:
    return [issue.path for issue in result.errors if issue.path.endswith("/type")]


@pytest.mark.parametrize("example", EXAMPLES, ids=[path.stem for path in EXAMPLES])
@pytest.mark.parametrize("hostile", HOSTILE, ids=["object", "list", "number", "boolean", "null"])
def test_a_hostile_type_anywhere_in_an_example_is_a_schema_error(example: Path, hostile: Any) -> None:
    """Every type at once, then those at odd depths and those at even depths (so each kind of
    parent holds a hostile child, and each hostile parent real children)."""
    data = load_text(example.read_text(encoding="utf-8"), filename=example.name)
    data.setdefault("annotations", [NOTE])
    for keep in (None, 0, 1):
        spoilt = copy.deepcopy(data)
        changed = 0
        for element, depth in _typed(spoilt):
            if keep is None or depth % 2 != keep:
                element["type"] = copy.deepcopy(hostile)
                changed += 1
        result = validate_document(spoilt)
        assert not result.ok
        assert changed and _type_errors(result), (example.name, keep)


@pytest.mark.parametrize("hostile", HOSTILE, ids=["object", "list", "number", "boolean", "null"])
def test_a_hostile_type_inside_every_kind_of_element_is_a_schema_error(hostile: Any) -> None:
    """Every type holding an element of a hostile type wherever elements may be written (or are
    written by mistake): its children, its entries, its cells, its actions, its options."""
    elements = []
    for kind in ELEMENT_TYPES:
        for field in ("children", "items", "rows", "actions", "options"):
            inner = [{"type": copy.deepcopy(hostile), "text": "x", "id": "x"}]
            elements.append({"type": kind, field: [inner] if field == "rows" else inner})
    result = validate_document({"elements": elements, "annotations": [NOTE]})
    assert not result.ok
    assert _type_errors(result)
