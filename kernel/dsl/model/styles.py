"""An element's `style`: its values, and CSS declarations text read as the object it means."""

from __future__ import annotations

from typing import Any

from kernel.dsl.style_rules import STYLE_PROPERTIES, canonical_style, to_camel

StyleValue = str | int | float


def css_declarations(text: str) -> dict[str, str] | None:
    """A style written as CSS declarations, as in HTML's style attribute (`"color: red;
    padding: 4px"`), as the style object it means: each property in camelCase when the allow-list
    has it (else as written, for the validator to name), each value as written; the last of a
    property written twice wins, as in CSS. None when the text is not declarations (a piece
    without a `name: value`), so it is reported as it is. A `;` inside brackets or quotes
    (`url(data:image/png;base64,...)`) ends nothing."""
    declarations: dict[str, str] = {}
    for piece in _declaration_pieces(text):
        name, colon, value = piece.partition(":")
        name, value = name.strip(), value.strip()
        if not piece.strip():
            continue
        if not colon or not name or not value or any(char.isspace() for char in name):
            return None
        camel = to_camel(name.lower())
        declarations[camel if camel in STYLE_PROPERTIES else name] = value
    return declarations


def _declaration_pieces(text: str) -> list[str]:
    """`text` cut at each `;` outside brackets and quotes."""
    pieces, start, depth, quote = [], 0, 0, ""
    for index, char in enumerate(text):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == ";" and depth == 0:
            pieces.append(text[start:index])
            start = index + 1
    pieces.append(text[start:])
    return pieces


def style_object(style: Any) -> Any:
    """`style` as the object the compiler reads: CSS declarations text read as one (see
    `css_declarations`), CSS-spelled keys renamed to camelCase."""
    if isinstance(style, str):
        parsed = css_declarations(style)
        style = parsed if parsed is not None else style
    return canonical_style(style)
