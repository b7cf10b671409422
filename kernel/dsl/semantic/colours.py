"""Colours written in a document that are no CSS colour: a style's, an element's, a theme token's."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import tinycss2.color4

from kernel.dsl.catalog import COLOR_TYPES
from kernel.dsl.hints.colours import color_value_hint
from kernel.dsl.hints.suggest import did_you_mean
from kernel.dsl.memo import remembered_up_to
from kernel.dsl.semantic.findings import Findings, Key, shown_value
from kernel.dsl.style_rules import REMEMBERED_LENGTH


@remembered_up_to(REMEMBERED_LENGTH, entries=4096)
def plain_colour(value: str) -> str | None:
    """`value` when it is one opaque sRGB or HSL colour (`#fff`, `rgb(0 0 0)`, `navy`), else None.
    Remembered for short values: every element's background and text colour is asked for."""
    text = value.strip()
    if _is_color(text) is not True or text.lower() in _CSS_WIDE or text.lower() in _SYSTEM_COLORS:
        return None
    parsed = tinycss2.color4.parse_color(text)
    if parsed is None or isinstance(parsed, str) or parsed.space not in ("srgb", "hsl") or parsed.alpha < 1:
        return None
    return text


THEME_COLORS = frozenset({"primary", "background", "surface", "text"})
"""The theme tokens that are colours."""


_STYLE_COLORS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("color", "backgroundColor", "borderTopColor", "borderRightColor", "borderBottomColor",
         "borderLeftColor", "outlineColor", "textDecorationColor"), frozenset()
    ),
    **dict.fromkeys(("caretColor", "accentColor"), frozenset({"auto"})),
    **dict.fromkeys(("fill", "stroke"), frozenset({"none", "context-fill", "context-stroke"})),
}  # fmt: skip
"""Style properties that take one colour, each with the other words it takes."""


_TONE_WORDS = frozenset(
    {"primary", "neutral", "muted", "secondary", "success", "warning", "danger", "error", "info"}
)
"""Tone names the compiler draws as the theme's colour where an element's `color` is read."""


_CSS_WIDE = frozenset(
    {"inherit", "initial", "unset", "revert", "revert-layer", "currentcolor", "transparent"}
)


_SYSTEM_COLOR_WORDS = (
    "accentcolor accentcolortext activetext buttonborder buttonface buttontext canvas canvastext field "
    "fieldtext graytext highlight highlighttext linktext mark marktext selecteditem selecteditemtext "
    "visitedtext"
)


_SYSTEM_COLORS = frozenset(_SYSTEM_COLOR_WORDS.split())


_COLOR_FUNCTIONS = frozenset({"rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color"})


_SHORTHAND_WORDS = (
    "none no-repeat repeat repeat-x repeat-y space round center top bottom left right cover contain auto "
    "fixed scroll local border-box padding-box content-box text /"
)


_BACKGROUND_WORDS = frozenset(_SHORTHAND_WORDS.split())
"""Words of the `background` shorthand besides a colour and an image."""


@remembered_up_to(REMEMBERED_LENGTH, entries=4096)
def _is_color(token: str) -> bool | None:
    """True for a CSS colour, False for a value that surely is none, None when it cannot be
    judged here: a function other than a colour's (`var()`, `color-mix()`, `light-dark()`), a
    colour computed from others (`rgb(from ...)`, `rgb(var(--x) ...)`). Remembered for short
    tokens (a document repeats its colours, and so do the renders of a service); a long one (a
    background's `url(data:...)`, up to a megabyte) is judged afresh, so memory stays bounded."""
    text = token.strip()
    lowered = text.lower()
    if lowered in _CSS_WIDE or lowered in _SYSTEM_COLORS:
        return True
    if "(" in text:
        name = lowered.split("(", 1)[0].strip()
        if name not in _COLOR_FUNCTIONS or lowered.count("(") > 1 or re.search(r"\bfrom\b", lowered):
            return None
    return tinycss2.color4.parse_color(text) is not None


def _css_tokens(text: str) -> list[str]:
    """`text` cut at whitespace outside brackets (`#fff url(a b) no-repeat` is three tokens)."""
    tokens: list[str] = []
    current, depth = "", 0
    for char in text:
        depth += (char == "(") - (char == ")")
        if char.isspace() and depth <= 0:
            tokens, current = ([*tokens, current] if current else tokens), ""
        else:
            current += char
    return [*tokens, current] if current else tokens


def _not_a_background(text: str) -> bool:
    """Whether a `background` (which takes a colour, an image, a gradient or the shorthand of
    them) surely draws nothing: a token that is no colour, no image and no word of the shorthand
    (`purpel`, `#zzz`, `dark blue`)."""
    if text.lower().startswith("data:"):
        return False
    tokens = _css_tokens(text)
    if len(tokens) == 1:
        return tokens[0].lower() not in _BACKGROUND_WORDS and _is_color(tokens[0]) is False
    return any(
        (token.startswith("#") or re.fullmatch(r"[a-zA-Z-]+", token))
        and token.lower() not in _BACKGROUND_WORDS
        and _is_color(token) is False
        for token in tokens
    )


def check_color(
    value: Any,
    path: tuple[Key, ...],
    findings: Findings,
    *,
    images: bool = False,
    theme: bool = False,
    tones: bool = False,
) -> None:
    """A colour that is no CSS colour is not drawn: warn, with the colour probably meant.
    `images`: the value may also be an image, a gradient or a background shorthand; `tones`: a
    tone name (`success`) is drawn as the theme's colour; `theme`: the value is a theme token."""
    if not isinstance(value, str) or not value.strip():
        return
    text = re.sub(r"\s*!important\s*$", "", value.strip(), flags=re.IGNORECASE)
    if tones and text.lower() in _TONE_WORDS:
        return
    if images and text.lower().startswith("data:"):
        message = "a data: URI on its own is not drawn as a background"
        findings.warn(path, message, "invalid_value", f'wrap it in url(): "url({text[:30]}...)"')
        return
    if images:
        if not _not_a_background(text):
            return
        message = f"'{shown_value(text)}' is not a CSS colour or image, so no background is drawn"
    elif _is_color(text) is False:
        shown = shown_value(text)
        message = (
            f"'{shown}' is not a CSS colour, so the theme's own {path[-1]} is drawn instead"
            if theme
            else f"'{shown}' is not a CSS colour, so it is not drawn"
        )
    else:
        return
    tone = did_you_mean(text, _TONE_WORDS, cutoff=0.75) if tones else None
    findings.warn(path, message, "invalid_color", tone or color_value_hint(text, variables=not theme))


def check_style_color(name: str, value: str, where: tuple[Key, ...], findings: Findings) -> None:
    """A colour property of `style` (`color`, `backgroundColor`, `borderColor`, `fill`...) whose
    value is no colour; `background` may be an image or a gradient too."""
    if len(name) <= REMEMBERED_LENGTH and len(value) <= REMEMBERED_LENGTH:
        problem = _remembered_style_color_problem(name, value)
    else:
        problem = _style_color_problem(name, value)
    if problem is not None:
        findings.warn(where, *problem)


def _style_color_problem(name: str, value: str) -> tuple[str, str, str | None] | None:
    """The warning (message, code, suggestion) for a style colour property's value that is no
    colour (see `check_style_color`), or None."""
    text = re.sub(r"\s*!important\s*$", "", value.strip(), flags=re.IGNORECASE)
    if not text:
        return None
    if name == "background":
        bad = [text] if _not_a_background(text) else []
        what = "a CSS colour or image"
    elif name == "borderColor":
        bad = [token for token in _css_tokens(text) if _is_color(token) is False]
        what = "a CSS colour"
    elif name in _STYLE_COLORS:
        bad = [text] if text.lower() not in _STYLE_COLORS[name] and _is_color(text) is False else []
        what = "a CSS colour"
    else:
        return None
    if not bad:
        return None
    message = f"{name} '{shown_value(bad[0])}' is not {what}, so it is not drawn"
    return message, "invalid_color", color_value_hint(bad[0])


_remembered_style_color_problem = lru_cache(maxsize=4096)(_style_color_problem)


def check_colors(kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """The colour fields an element draws: its `color` (on the types that draw one; a tone name
    such as `success` is the theme's), a chart series' and a calendar event's."""
    if kind in COLOR_TYPES:
        check_color(element.get("color"), (*path, "color"), findings, tones=True)
    data = element.get("data") if kind == "chart" else None
    series = data.get("series") if isinstance(data, Mapping) else None
    for index, entry in enumerate(series if isinstance(series, list) else []):
        if isinstance(entry, Mapping):
            check_color(entry.get("color"), (*path, "data", "series", index, "color"), findings, tones=True)
    events = element.get("events") if kind == "calendar" else None
    for index, event in enumerate(events if isinstance(events, list) else []):
        if isinstance(event, Mapping):
            check_color(event.get("color"), (*path, "events", index, "color"), findings, tones=True)
