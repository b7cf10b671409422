"""What to write instead of a field the DSL does not have, when it is another vocabulary's word.

Agents and people bring habits from HTML, React and other mockup tools: `url` for `src`,
`content` for `text`, `width` on the element instead of in `layout`, `backgroundColor` beside
`style`. Spelling distance cannot connect those, so an unknown field gets one of these hints
first, and only then a did-you-mean.
"""

from __future__ import annotations

from typing import Any

from kernel.dsl.style_rules import STYLE_PROPERTIES, to_camel

_ELEMENT_RENAMES = {
    "url": "src",
    "image": "src",
    "imageurl": "src",
    "imagesrc": "src",
    "source": "src",
    "link": "href",
    "to": "href",
    "class": "className",
    "classes": "className",
    "headers": "columns",
    "choices": "options",
    "subtitle": "description",
    "subtext": "description",
    "kind": "variant",
    "appearance": "variant",
    "tone": "variant",
    "key": "id",
}
_TEXT_WORDS = frozenset(
    {"content", "body", "message", "caption", "textcontent", "innertext", "copy", "string"}
)
_LAYOUT_WORDS = {
    "width": "width",
    "height": "height",
    "minwidth": "minWidth",
    "maxwidth": "maxWidth",
    "minheight": "minHeight",
    "maxheight": "maxHeight",
    "x": "x",
    "y": "y",
    "left": "x",
    "top": "y",
}
_FULL_WIDTH_WORDS = frozenset({"fullwidth", "block", "stretch", "expand", "fill"})
_KEPT_HANDLERS = "onClick, onChange and onHover are accepted for compatibility, and ignored"

_DOCUMENT_RENAMES = {
    "components": "elements",
    "widgets": "elements",
    "children": "elements",
    "content": "elements",
    "body": "elements",
    "items": "elements",
    "screen": "elements",
    "name": "title",
    "screenname": "title",
    "backgroundcolor": "background",
    "bg": "background",
    "styles": "css",
    "stylesheet": "css",
    "style": "css",
    "mode": "theme",
    "colorscheme": "theme",
    "appearance": "theme",
}
_DOCUMENT_SIZE_WORDS = frozenset({"size", "viewport", "resolution", "dimensions", "canvas"})


def element_field_hint(field: str, value: Any) -> str | None:
    """What to write instead of `field` on an element, or None when there is no known equivalent."""
    key = field.lower()
    if key in _TEXT_WORDS:
        if isinstance(value, list):
            return "child elements go in 'children'"
        return "did you mean 'text'?"
    if key in _ELEMENT_RENAMES:
        return f"did you mean '{_ELEMENT_RENAMES[key]}'?"
    if key in _LAYOUT_WORDS:
        return f"sizes and positions go in layout: {{{_LAYOUT_WORDS[key]}: {_shown(value, 240)}}}"
    if key in _FULL_WIDTH_WORDS:
        return 'to fill the row or column, give it layout: {width: "100%"}'
    if key.startswith("on") and len(field) > 2 and field[2:3].isupper():
        return f"mockups run no code: remove it; {_KEPT_HANDLERS}"
    camel = to_camel(field)
    if camel in STYLE_PROPERTIES:
        return f"CSS goes in style: {{{camel}: {_shown(value, '...')}}}"
    return None


def document_field_hint(field: str) -> str | None:
    """What to write instead of `field` at the top of a document, or None."""
    key = field.lower()
    if key in _DOCUMENT_RENAMES:
        return f"did you mean '{_DOCUMENT_RENAMES[key]}'?"
    if key in _DOCUMENT_SIZE_WORDS:
        return "give 'width' and 'height' in px, or a 'device': desktop, laptop, tablet or mobile"
    return None


def _shown(value: Any, fallback: Any) -> str:
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return str(fallback)
    if isinstance(value, int | float):
        return f"{value:g}"
    text = str(value)
    return f'"{text}"' if len(text) <= 30 else str(fallback)
