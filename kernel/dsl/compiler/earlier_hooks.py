"""The earlier renderer's markup hooks (`dsl-element` class, `data-type`, `element-N` ids, the
`dsl-canvas`, `data-*` attributes) on the page, when the document's own `css` selects by them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kernel.dsl.compiler.html import esc
from kernel.dsl.model import Element

_ELEMENT_CLASS = re.compile(r"\.dsl-element(?![\w-])")
_TYPE_ATTRIBUTE = re.compile(r"\[\s*data-type(?![\w-])", re.IGNORECASE)
_INDEX_ID = re.compile(r"#element-\d")
_CANVAS_CLASS = re.compile(r"\.dsl-canvas(?![\w-])")
_SELECTED_ATTRIBUTE = re.compile(r"\[\s*((?:data|aria)-[\w.-]+)", re.IGNORECASE)
_SAFE_ATTRIBUTE = re.compile(r"(?:data|aria)-[a-z0-9][a-z0-9_.-]*")
_OWN_ATTRIBUTES = frozenset({"data-path", "data-type"})
"""Attributes the page writes itself, which an element's `customAttributes` never replaces."""


@dataclass(frozen=True, slots=True)
class EarlierHooks:
    """What of the earlier renderer's markup a document's `css` selects by. That renderer put
    `class="dsl-element dsl-<type>"`, `data-type="<type>"` and `id="element-<index among its
    siblings>"` (when the element had none) on every element, emitted its `customAttributes`,
    and drew them in a `div.dsl-canvas`; its documents' css uses them (`.dsl-element`,
    `[data-type='text']`). The page carries each hook only when the css names it: other pages
    stay as lean as they were, byte for byte. (`dsl-<type>` every element has anyway.)"""

    element_class: bool = False
    type_attribute: bool = False
    index_ids: bool = False
    canvas_class: bool = False
    attributes: frozenset[str] = frozenset()
    """The `data-*` and `aria-*` attribute names the css selects by, in lower case."""

    @property
    def marks_elements(self) -> bool:
        """Whether any hook goes on the elements (the canvas's class goes on the page's root)."""
        return self.element_class or self.type_attribute or self.index_ids or bool(self.attributes)


NO_HOOKS = EarlierHooks()


def hooks_selected(css: str | None) -> EarlierHooks:
    """The hooks that `css` (a document's own) selects by."""
    if not css or not ("dsl-" in css or "[" in css or "#element-" in css):
        return NO_HOOKS  # most documents: none named, nothing to search
    return EarlierHooks(
        element_class=_ELEMENT_CLASS.search(css) is not None,
        type_attribute=_TYPE_ATTRIBUTE.search(css) is not None,
        index_ids=_INDEX_ID.search(css) is not None,
        canvas_class=_CANVAS_CLASS.search(css) is not None,
        attributes=frozenset(name.lower() for name in _SELECTED_ATTRIBUTE.findall(css)) - _OWN_ATTRIBUTES,
    )


def with_hooks(html: str, element: Element, path: str, hooks: EarlierHooks) -> str:
    """`html` (an element's markup) with the earlier renderer's hooks that `hooks` asks for on
    its outermost tag; `path` is the element's JSON path, whose last step is its index among
    its siblings (the earlier default id)."""
    end = html.find(">")
    if not html.startswith("<") or end < 0:
        return html
    if html[end - 1] == "/":
        end -= 1
    tag = html[:end]
    added = ""
    if hooks.type_attribute:
        added += f' data-type="{esc(element.type)}"'
    if hooks.index_ids and element.id is None and ' id="' not in tag:
        added += f' id="element-{path.rsplit("/", 1)[-1]}"'
    added += _selected_attributes(element, hooks.attributes)
    if hooks.element_class:
        tag = (
            tag.replace(' class="', ' class="dsl-element ', 1)
            if ' class="' in tag
            else tag + ' class="dsl-element"'
        )
    return f"{tag}{added}{html[end:]}"


def _selected_attributes(element: Element, selected: frozenset[str]) -> str:
    """The element's `customAttributes` that the css selects by, as attributes: only `data-*`
    and `aria-*` names of plain characters, values escaped (nothing else of them is emitted);
    as the earlier renderer wrote them, an empty or false value is left out."""
    if not selected or not element.customAttributes:
        return ""
    emitted = ""
    for name, value in element.customAttributes.items():
        lowered = str(name).lower()
        if (
            lowered in selected
            and _SAFE_ATTRIBUTE.fullmatch(lowered)
            and value
            and isinstance(value, str | int | float)
        ):
            emitted += f' {lowered}="{esc(value)}"'
    return emitted
