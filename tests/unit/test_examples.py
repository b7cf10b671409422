"""The shipped example screens: each is a valid DSL v1 document, and together they use every type."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.model import Document, Element
from kernel.dsl.options import RenderOptions
from kernel.dsl.validate import validate_document

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples"
EXAMPLE_FILES = sorted(EXAMPLES_DIR.glob("*.yaml"))
DSL_REFERENCE = EXAMPLES_DIR.parent / "docs" / "dsl.md"
SNIPPET = re.compile(r"```(?:yaml|json)\n(.*?)```", re.DOTALL)


def load_example(path: Path) -> Document:
    """Validate one example like `dsl2png validate` does; fail listing every error."""
    result = validate_document(path.read_text(encoding="utf-8"), filename=path.name)
    assert result.errors == [], "\n".join(str(issue) for issue in result.errors)
    assert result.document is not None
    return result.document


def element_types(elements: list[Element]) -> set[str]:
    """Every element type used in `elements`, nested children included."""
    found: set[str] = set()
    stack = list(elements)
    while stack:
        element = stack.pop()
        found.add(element.type)
        stack.extend(element.children)
    return found


def test_there_are_enough_examples() -> None:
    assert len(EXAMPLE_FILES) >= 16


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_example_is_a_valid_document(path: Path) -> None:
    document = load_example(path)
    assert document.title and document.description, "each example has a title and a description"
    assert document.elements


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_example_has_no_warnings(path: Path) -> None:
    """Examples are models to copy: no ignored fields, unknown icons or off-canvas elements."""
    result = validate_document(path.read_text(encoding="utf-8"), filename=path.name)
    allowed = {"external_src"}  # product and checkout show the placeholder for remote images on purpose
    assert [str(w) for w in result.warnings if w.code not in allowed] == []


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_example_follows_either_theme(path: Path, theme: str) -> None:
    """No box keeps the example's own tone when drawn in the other (a kanban's slate columns
    stayed four pale bands on a black page): its backgrounds are theme colours or tints."""
    result = validate_document(path.read_text(encoding="utf-8"), options=RenderOptions(theme=theme))
    assert [str(w) for w in result.warnings if w.code == "background_tone"] == []


def test_examples_together_use_every_element_type() -> None:
    used: set[str] = set()
    for path in EXAMPLE_FILES:
        used |= element_types(load_example(path).elements)
    assert set(ELEMENT_TYPES) - used == set()


def test_kitchen_sink_alone_uses_every_element_type() -> None:
    document = load_example(EXAMPLES_DIR / "kitchen-sink.yaml")
    assert set(ELEMENT_TYPES) - element_types(document.elements) == set()


def reference_snippets() -> list[Any]:
    """Every YAML/JSON snippet of docs/dsl.md that shows DSL (not a validation issue)."""
    snippets: list[Any] = []
    for text in SNIPPET.findall(DSL_REFERENCE.read_text(encoding="utf-8")):
        data = yaml.safe_load(text)
        if isinstance(data, dict) and "path" in data:
            continue  # an example of an error report, not a document
        snippets.append({"elements": data} if isinstance(data, list) else data)
    return snippets


def test_every_snippet_of_the_reference_validates() -> None:
    """docs/dsl.md stays accurate to the model: each example in it is a valid document or fragment."""
    snippets = reference_snippets()
    assert len(snippets) > 50
    for data in snippets:
        result = validate_document(data)
        assert result.errors == [], f"{data}: {[str(issue) for issue in result.errors]}"


def test_the_reference_counts_the_element_types_it_describes() -> None:
    text = DSL_REFERENCE.read_text(encoding="utf-8")
    assert f"{len(ELEMENT_TYPES)} types in seven groups" in text
    described = set(re.findall(r"^#### `([a-z]+)`$", text, flags=re.MULTILINE))
    assert described == set(ELEMENT_TYPES)
