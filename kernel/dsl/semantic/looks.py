"""An element's look fields drawn or not: `color`, `size`, `iconPosition`, an avatar's caption."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kernel.dsl.catalog import COLOR_TYPES, ICON_POSITION_TYPES
from kernel.dsl.hints.colours import color_hint
from kernel.dsl.hints.undrawn import size_ignored_hint
from kernel.dsl.hints.variants import heading_size_hint
from kernel.dsl.number_text import shown_number
from kernel.dsl.semantic.findings import Findings, Key
from kernel.dsl.semantic.variants import KNOWN_VARIANTS
from kernel.dsl.sizes import (
    CONTROL_TYPES,
    SCALED_TYPES,
    SIZED_TYPES,
    TEXT_TYPES,
    control_size,
    knows_size,
    size_choices,
)


def check_look_fields(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """`color` on a type that draws none, a heading's `size` (its size is its level), a size word
    a sized type does not know, an icon's side on a type that draws none, and an avatar's caption
    without a name would vanish without a word: say what to write instead."""
    color = element.get("color")
    if isinstance(color, str) and color.strip() and kind not in COLOR_TYPES:
        findings.warn(
            (*path, "color"),
            f"'{kind}' does not draw 'color'",
            "field_ignored",
            color_hint(kind, color, KNOWN_VARIANTS.get(kind, ())),
        )
    if kind == "heading" and element.get("size") not in (None, ""):
        hint = heading_size_hint(element["size"])
        findings.warn((*path, "size"), "'heading' does not draw 'size'", "field_ignored", hint)
    if kind == "tabs" and element.get("size") not in (None, "") and _variant_word(element) == "bottom":
        findings.warn(
            (*path, "size"),
            "a bottom tab bar is drawn at its platform's size: 'size' is not drawn",
            "field_ignored",
            "remove it (size sm|md|lg sizes tabs drawn at the top of a page or a card)",
        )
    elif kind in SIZED_TYPES or kind in CONTROL_TYPES or kind in SCALED_TYPES or kind == "header":
        _check_size_word(kind, element.get("size"), (*path, "size"), findings)
    elif kind != "heading":
        _check_size_drawn(kind, element, path, findings)
    if kind == "avatar" and element.get("description") not in (None, ""):
        _check_avatar_caption(element, path, findings)
    if element.get("iconPosition") not in (None, "") and kind not in ICON_POSITION_TYPES:
        findings.warn(
            (*path, "iconPosition"),
            f"'{kind}' does not draw 'iconPosition'",
            "field_ignored",
            "only buttons, links and chips draw their icon after the label: remove it",
        )


def _variant_word(element: Mapping[str, Any]) -> str:
    """An element's variant as the renderers read it: lower case, without surrounding spaces."""
    variant = element.get("variant")
    return variant.strip().lower() if isinstance(variant, str) else ""


def _check_avatar_caption(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """An avatar draws its `description` beside the face, under the name: not without a name, nor
    beside a group of faces (`items`)."""
    where = (*path, "description")
    if element.get("items"):
        message, hint = "a group of avatars ('items') draws no caption", _BESIDE
    elif not any(
        isinstance(element.get(name), str) and element[name] for name in ("name", "text", "label", "alt")
    ):
        message, hint = "an avatar draws 'description' only beside a name", _NAME_FIRST
    else:
        return
    findings.warn(where, message, "field_ignored", hint)


def _check_size_word(kind: str, size: Any, where: tuple[Key, ...], findings: Findings) -> None:
    """A text's, badge's or modal's `size` that is no word (or px) it knows is drawn at the
    default size, a button's or a field's (`huge`, `xl`, `40`) at md: say which sizes there are."""
    if isinstance(size, bool) or size in (None, "") or knows_size(kind, size):
        return
    if isinstance(size, str):
        shown = f"'{size}'"
    elif isinstance(size, int | float):
        shown = f"{shown_number(size)}"
    else:
        return  # a list or an object: the schema pass reports it
    drawn = f"it is drawn {control_size(size)}" if kind in CONTROL_TYPES else "its default size is drawn"
    message = f"{shown} is not a size of '{kind}'; {drawn}"
    hint = size_choices(kind)
    if kind in TEXT_TYPES and isinstance(size, str) and re.fullmatch(r"[hH][1-6]", size.strip()):
        hint = f"a heading is {{type: heading, level: {size.strip()[1]}}}; {hint}"
    findings.warn(where, message, "invalid_value", hint)


SIZE_TYPES = frozenset(
    {*SIZED_TYPES, "button", "avatar", "icon", "progress", "chart", "spinner", "rating", "header", "section",
     "spacer", "heading", "skeleton", "table", "stat", "input", "select", "search", "textarea", "tabs"}
)  # fmt: skip
"""Types whose `size` is drawn (read from the compiler's renderers: a skeleton's only as a circle
or a block); a heading's `size` warns on its own. The table's and the stat's are being drawn
(sm/md/lg): they do not warn."""


def _check_size_drawn(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """A `size` on a type that draws none would vanish without a word: say where it goes."""
    size = element.get("size")
    if size in (None, "") or isinstance(size, bool | list | dict):
        return
    variant = element.get("variant")
    if kind in SIZE_TYPES and not (kind == "skeleton" and variant not in ("circle", "avatar", "rect")):
        return
    hint = size_ignored_hint(kind, size)
    findings.warn((*path, "size"), f"'{kind}' does not draw 'size'", "field_ignored", hint)


_BESIDE = "put it in a text or paragraph element next to it"


_NAME_FIRST = "give it a 'name': the initials and the caption's first line"
