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
from tests.support.theme_colours import computed
from tests.support.theme_colours import contrast as channels_contrast

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
        if text.startswith("# ") and text.split("\n", 1)[0].endswith("a theme file"):
            data = {"theme": data}  # what `--theme FILE` reads: a document's theme
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


TONES_AS_TEXT = re.compile(r"style: \{[^}]*color: \"var\(--(success|warning|danger|info)\)\"")
"""A style's text in a tone's fill colour (an icon's `color` in a tone is a mark: 3:1 is its due)."""
PAINTS = ("background", "backgroundColor", "backgroundImage")


def _texts_on_the_page(node: Any, painted: bool = False) -> list[tuple[str, dict[str, Any]]]:
    """Each (type, style) of an element whose style sets a plain `#hex` colour and that nothing
    under it paints (no background of its own or of an element around it)."""
    if isinstance(node, list):
        return [found for item in node for found in _texts_on_the_page(item, painted)]
    if not isinstance(node, dict):
        return []
    style = node.get("style") if isinstance(node.get("style"), dict) else {}
    painted = painted or any(key in style for key in PAINTS) or node.get("type") in ("image", "stack")
    found = []
    colour = style.get("color")
    if not painted and isinstance(colour, str) and re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
        found.append((str(node.get("type")), style))
    for key in ("children", "elements"):
        found += _texts_on_the_page(node.get(key, []), painted)
    return found


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda path: path.stem)
def test_an_examples_own_text_colours_read_on_its_light_page(path: Path) -> None:
    """An example's own grey (a store's old price #9ca3af, 2.54:1; a landing page's logo words
    #94a3b8, 2.56:1) reads at 4.5:1 on its white or near-white page (3:1 for large text), and text
    in a tone is drawn in the tone's text colour (`var(--success-text)`, not the fill's green)."""
    source = path.read_text(encoding="utf-8")
    assert not TONES_AS_TEXT.search(source), TONES_AS_TEXT.search(source)
    document = yaml.safe_load(source)
    page = document.get("background", "#ffffff")
    if document.get("theme") == "dark" or not (
        isinstance(page, str) and page.lower() in ("#ffffff", "#f8fafc")
    ):
        return
    for kind, style in _texts_on_the_page(document.get("elements", [])):
        size = float(style.get("fontSize", 14))
        large = size >= 24 or (size >= 18.66 and int(style.get("fontWeight", 400)) >= 700)
        ratio = channels_contrast(computed(style["color"], {}), computed(page, {}))
        assert ratio >= (3.0 if large else 4.5), (kind, style, ratio)
