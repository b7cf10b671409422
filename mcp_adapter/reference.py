"""What agents are told about the DSL: each element type's fields and the values they take, and the
document's own fields, derived from the model and the catalogue so that they cannot drift apart."""

from __future__ import annotations

import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from kernel.dsl.catalog import (
    COLOR_TYPES,
    CONTAINER_TYPES,
    CONTENT_FIELDS,
    DEVICES,
    DRAWN_FIELDS,
    ICON_POSITION_TYPES,
    UNDRAWN_FIELDS,
)
from kernel.dsl.compiler.html import ALIGNED_TEXT_TYPES
from kernel.dsl.limits import MAX_PIXELS
from kernel.dsl.model import Document, Element, Layout
from kernel.dsl.model.earlier_format import EARLIER_FORMAT_FIELDS
from kernel.dsl.semantic.variants import CHART_VARIANTS, KNOWN_VARIANTS
from kernel.dsl.sizes import AVATAR_SIZES, CONTROL_SIZES, SIZED_TYPES

COMMON_FIELDS = ("type", "id", "className", "style", "layout")
"""Fields every element takes, told once rather than with each type."""
UNLISTED_ELEMENT_FIELDS = frozenset(EARLIER_FORMAT_FIELDS)
"""Fields the model accepts that no type draws (documents of other tools carry them; a warning says
they are ignored): never listed."""

NAMED_SIZES: dict[str, list[str]] = {
    "avatar": list(AVATAR_SIZES),
    "button": list(CONTROL_SIZES),
}
"""The words for `size` on sized types the size tables of `kernel.dsl.sizes` do not hold, as the
compiler reads them."""

CHOICE_FIELDS = ("align", "justify", "direction", "iconPosition", "orientation")
"""Fields whose values are the model's own words, listed from its annotations."""


def element_fields(kind: str) -> list[str]:
    """The fields an element of type `kind` draws, in the model's order: the content fields it
    does not leave undrawn, `variant`, `size`, `color` and `iconPosition` where it draws them, its
    own fields (`DRAWN_FIELDS`) and, for a container, `children`."""
    wanted = {name for name in CONTENT_FIELDS if name not in UNDRAWN_FIELDS[kind]} | DRAWN_FIELDS[kind]
    if kind in KNOWN_VARIANTS or kind == "chart":
        wanted.add("variant")
    if kind in SIZED_TYPES:
        wanted.add("size")
    if kind in COLOR_TYPES:
        wanted.add("color")
    if kind in ICON_POSITION_TYPES:
        wanted.add("iconPosition")
    if kind in CONTAINER_TYPES:
        wanted.add("children")
    return [name for name in Element.model_fields if name in wanted]


def element_choices(kind: str) -> dict[str, list[str]]:
    """The values of the fields of `kind` that take one of a few words: its variants, its named
    sizes, and the model's words for alignment (a text's: start, center, end), direction and the
    icon's side, how a chart stacks and turns its bars and writes its values."""
    fields = element_fields(kind)
    choices: dict[str, list[str]] = {}
    if "variant" in fields:
        choices["variant"] = list(CHART_VARIANTS) if kind == "chart" else sorted(KNOWN_VARIANTS[kind])
    if "size" in fields and kind in SIZED_TYPES:
        choices["size"] = list(SIZED_TYPES[kind])
    elif "size" in fields and kind in NAMED_SIZES:
        choices["size"] = NAMED_SIZES[kind]
    if "stacked" in fields:
        choices["stacked"] = ["true", "false", "percent"]
    if "format" in fields:
        choices["format"] = ["compact", "full", "percent"]
    for name in CHOICE_FIELDS:
        if name in fields:
            choices[name] = literal_values(Element.model_fields[name].annotation)
    if kind in ALIGNED_TEXT_TYPES and "align" in choices:
        choices["align"] = [word for word in choices["align"] if word in ("start", "center", "end")]
    return choices


def literal_values(annotation: Any) -> list[str]:
    """The string values of the `Literal`s in a type annotation (through unions and `Annotated`)."""
    origin = get_origin(annotation)
    if origin is Literal:
        return [value for value in get_args(annotation) if isinstance(value, str)]
    if origin is Annotated:
        return literal_values(get_args(annotation)[0])
    if origin is Union or origin is types.UnionType:
        return [value for arg in get_args(annotation) for value in literal_values(arg)]
    return []


def _models(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models in a type annotation (through unions, `Annotated` and lists)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in get_args(annotation) for model in _models(arg)]


def _is_list(annotation: Any) -> bool:
    """Whether a type annotation is a list (through unions and `Annotated`)."""
    return get_origin(annotation) is list or any(_is_list(arg) for arg in get_args(annotation))


def _bounds(annotation: Any) -> tuple[Any, Any]:
    """The `ge`/`le` bounds in a type annotation's `Annotated` metadata, else None."""
    low = high = None
    for arg in get_args(annotation):
        if get_origin(arg) is Annotated:
            for meta in arg.__metadata__:
                for constraint in getattr(meta, "metadata", [meta]):
                    low = getattr(constraint, "ge", low)
                    high = getattr(constraint, "le", high)
    return low, high


def shape(annotation: Any) -> str:
    """A value's shape in a few characters: `light|dark or {base: light|dark, primary, ...}`,
    `1-8000`, `1-8000 or auto`, `[{target, text, label, color}]`.

    A number's bounds are told beside its words, so `height` reads `1-8000 or auto`, never `auto`
    alone, which an agent would take for the only value."""
    words = "|".join(literal_values(annotation))
    objects = [
        "{" + ", ".join(
            f"{name}: {values}" if (values := "|".join(literal_values(field.annotation))) else name
            for name, field in model.model_fields.items()
        ) + "}"
        for model in _models(annotation)
    ]  # fmt: skip
    if objects and _is_list(annotation):
        objects = [f"[{text}]" for text in objects]
    low, high = _bounds(annotation)
    span = f"{low:g}-{high:g}" if low is not None and high is not None else ""
    return " or ".join(part for part in (span, words, *objects) if part)


_DEVICE_SIZES = ", ".join(
    f"{name} {w}x{h}" + (f"@{s:g}x" if s != 1 else "") for name, (w, h, s) in DEVICES.items()
)
DOCUMENT_NOTES: dict[str, str] = {
    "version": "the DSL version (1); not drawn",
    "title": "the screen's name (shown in a browser or window frame's bar)",
    "description": "what the screen shows; not drawn",
    "width": "canvas width in CSS px (default 800, or the device's); content past it is cut off",
    "height": (
        "canvas height in CSS px, or auto (as tall as the content); default 600, or the "
        "device's; content below a fixed height is cut off"
    ),
    "device": f"{_DEVICE_SIZES} - sets width, height and scale",
    "scale": (
        f"pixel density (default 1, or the device's); width x height x scale² is at most "
        f"{MAX_PIXELS // 1_000_000} megapixels"
    ),
    "theme": 'colours and shape; unset tokens come from base. E.g. theme: {primary: "#7c3aed"}',
    "background": (
        "page background (CSS colour or gradient); a dark one draws the page in the dark palette "
        "(light text, dark cards), a light one the light palette"
    ),
    "lang": "language tag (en, ar, ja, zh-Hant): the right glyphs, right to left for ar/he/fa/ur",
    "dir": "text direction (default from lang)",
    "elements": "[{type, ...}] - the screen's elements, drawn in order",
    "padding": "px around the flowed content, instead of the default margins (24, 16 on phones)",
    "frame": "drawn around the screen (the image grows)",
    "annotations": "numbered pins on the elements with those ids, the notes listed beside the screen",
    "css": "extra CSS rules (for elements' className)",
}
"""What each document field is for, told with its shape (`shape`)."""
_TOLD_IN_NOTES = frozenset({"elements", "device", "version", "description"})
"""Fields whose note tells their shape better than `shape` does."""
UNLISTED_DOCUMENT_FIELDS = frozenset({"metadata", "responsiveBreakpoints", "schema_pointer"})
"""Document fields accepted but not worth an agent's attention: neither is drawn, nor written in
the examples (`version` and `description` are, so agents are told what they are); nor `$schema`,
an editor's pointer to the JSON Schema, ignored."""


def document_fields() -> dict[str, str]:
    """Each document field an agent may set, as `shape: what it is for`, in the model's order."""
    out: dict[str, str] = {}
    for name, field in Document.model_fields.items():
        if name in UNLISTED_DOCUMENT_FIELDS:
            continue
        what = "" if name in _TOLD_IN_NOTES else shape(field.annotation)
        out[name] = f"{what} - {DOCUMENT_NOTES[name]}" if what else DOCUMENT_NOTES[name]
    return out


def common_fields_line() -> str:
    """What every element takes, in one line."""
    layout = ", ".join(Layout.model_fields)
    return (
        "Every element takes type, id, className, style (CSS properties, camelCase or kebab-case; "
        f'numbers are px) and layout {{{layout}}} (px numbers or lengths like "50%"; x/y place it '
        "absolutely; without them elements flow). Containers draw `children`: lay out with row, "
        "column, grid and stack (gap, align, justify) rather than coordinates."
    )
