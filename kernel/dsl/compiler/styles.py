"""Turns an element's `style`, `layout` and flow fields into a sanitized inline CSS declaration list."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from kernel.dsl.compiler.sanitize import finished_animation_delay, safe_property, sanitize_value
from kernel.dsl.lengths import px_or_none
from kernel.dsl.line_heights import line_height_is_px
from kernel.dsl.model import Element
from kernel.dsl.number_text import css_number
from kernel.dsl.style_rules import DEGREE_PROPERTIES, STYLE_PROPERTIES, UNITLESS_PROPERTIES
from kernel.dsl.style_values import SHADOW_TOKENS

_CAMEL = re.compile(r"(?<!^)([A-Z])")
_BARE_NUMBER = re.compile(r"\d+(?:\.\d*)?|\.\d+")
_SIGNED_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")

_ALIGN = {"start": "flex-start", "center": "safe center", "end": "safe flex-end", "stretch": "stretch",
          "baseline": "baseline"}  # fmt: skip
_JUSTIFY = {"start": "flex-start", "center": "safe center", "end": "safe flex-end", "between": "space-between",
            "around": "space-around", "evenly": "space-evenly"}  # fmt: skip
"""`align` and `justify` as CSS. Centred and ended boxes are placed safely: content wider than
its box (a 560 px card in a phone's centred column) runs past the end side only, where it can
be seen to run out, instead of past both (its start, a title's first words, lost at the left)."""


@functools.lru_cache(maxsize=1024)
def css_property(name: str) -> str:
    """camelCase -> kebab-case (`fontSize` -> `font-size`, `WebkitLineClamp` -> `-webkit-line-clamp`).
    Cached: callers pass allow-listed property names only, a few hundred at most."""
    kebab = _CAMEL.sub(r"-\1", name).lower()
    return f"-{kebab}" if name[:1].isupper() else kebab


def css_value(name: str, value: object) -> str | None:
    """A style value as CSS: numbers (and numbers written as strings) are px unless the property
    is unitless; other strings sanitized.

    The unitless list is the validator's (`style_rules.UNITLESS_PROPERTIES`), so both agree.
    """
    if isinstance(value, bool):
        return None
    if name in DEGREE_PROPERTIES and isinstance(value, str) and _SIGNED_NUMBER.fullmatch(value.strip()):
        return f"{css_number(float(value))}deg"  # "-3" (quoted YAML) is -3 degrees, as -3 is
    if isinstance(value, str) and name not in UNITLESS_PROPERTIES:
        # "16" is a number too (quoted YAML or JSON); bare, CSS would drop it. "16px" stays 16px.
        value = px_or_none(value) or value
    elif name == "lineHeight" and isinstance(value, str) and _BARE_NUMBER.fullmatch(value.strip()):
        value = float(value)  # "24" as 24: px above 4 (see line_heights); "24px" stays as written
    if name == "boxShadow" and isinstance(value, str) and value.strip().lower() in SHADOW_TOKENS:
        return SHADOW_TOKENS[value.strip().lower()]
    if isinstance(value, int | float):
        number = css_number(value)
        if number is None:  # an integer of hundreds of digits (the validator warns): not applied
            return None
        if name == "lineHeight":  # a multiple of the font size up to 4, px above (see line_heights)
            return f"{number}px" if line_height_is_px(value) else number
        if name in DEGREE_PROPERTIES:
            return f"{number}deg"
        return number if name in UNITLESS_PROPERTIES else f"{number}px"
    return sanitize_value(str(value))


def length(value: float | str | None) -> str | None:
    """A length (`layout`, `gap`, `padding`, `size`): numbers (and "16") are px, strings sanitized."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        value = px_or_none(value) or value
    if isinstance(value, int | float):
        number = css_number(value)
        return None if number is None else f"{number}px"
    return sanitize_value(value)


def is_absolute(element: Element) -> bool:
    """True when the element is placed by coordinates (the earlier format's model)."""
    layout = element.layout
    return layout is not None and (layout.x is not None or layout.y is not None)


def explicit_size(element: Element, prop: str) -> float | str | None:
    """The `width`/`height`/`maxHeight`... the author set: `layout` first, then `style`.

    A number means px; a string is the CSS length as written. None when neither sets it.
    """
    value = getattr(element.layout, prop, None) if element.layout is not None else None
    if value is None and element.style:
        styled = element.style.get(prop)
        value = styled if isinstance(styled, int | float | str) and not isinstance(styled, bool) else None
    return value


def px(value: float | str | None) -> float | None:
    """A length in px when it is one (`56`, `"56px"`), else None (`"50%"`, `"auto"`)."""
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        text = value.strip().lower().removesuffix("px")
        try:
            return float(text)
        except ValueError:
            return None
    return None


def styled_direction(element: Element) -> str | None:
    """`row` or `column` when the author's `style` says which way the children flow, else None.

    `flexDirection` (the earlier format's way; a `-reverse` direction keeps its axis) or the
    direction in `flexFlow` says it; without either, a style that makes the box a flex box
    (`display: flex`, see `flows_by_style`) means a row, as it does in CSS.
    """
    style = element.style or {}
    for name in ("flexDirection", "flexFlow"):
        value = style.get(name)
        for word in value.strip().lower().split() if isinstance(value, str) else ():
            for direction in ("column", "row"):
                if word.startswith(direction):
                    return direction
    return "row" if flows_by_style(element) else None


STYLE_FLOW_TYPES = frozenset({"container", "flex", "grid", "card", "modal", "navbar", "sidebar"})
"""The earlier format's boxes of children: a `display: flex` in their style lays the author's
children out as CSS would. (Other types draw their own inside, or name their direction.)"""

_OWN_PARTS = {
    "navbar": ("title", "icon", "items"),
    "sidebar": ("title", "icon", "items"),
    "modal": ("title", "label", "description", "text", "icon", "actions"),
    "card": ("title", "description", "icon", "badge", "text", "actions", "src"),
}
"""The fields that make a navbar, sidebar, modal or card draw parts of its own (a brand, links,
a head, a cover, action buttons) around or above the author's children: its layout is then the
DSL's, which a `display: flex` meant for the children alone must not turn into a row."""


def flows_by_style(element: Element) -> bool:
    """Whether the author's `style` makes the element a flex box of its children (`display:
    flex` or `inline-flex` on a box of children that draws nothing of its own around them).

    There the style, not the theme, defines the layout: as in CSS the children run in a row
    unless the style says otherwise, with no gap unless one is given (see `style_defaults`).
    """
    display = (element.style or {}).get("display")
    if not isinstance(display, str) or display.strip().lower() not in ("flex", "inline-flex"):
        return False
    if element.type not in STYLE_FLOW_TYPES:
        return False
    parts = (getattr(element, name, None) for name in _OWN_PARTS.get(element.type, ()))
    return all(part in (None, "", []) for part in parts)  # a badge of 0 is drawn


_ZERO_ALPHA = r"\s*(0+\.?0*|\.0+)%?\s*"  # 0, 0.0, .0 or 0%
_CLEAR_COLOUR = re.compile(
    r"transparent|none|#[0-9a-f]{3}0|#[0-9a-f]{6}00"
    rf"|(rgb|hsl)a?\(([^,/]*,){{3}}{_ZERO_ALPHA}\)|(rgb|hsl)a?\([^,/]*/{_ZERO_ALPHA}\)"
)


def is_see_through(value: object) -> bool:
    """Whether a `background` (or `backgroundColor`) paints nothing: `transparent`, `none`, or
    a colour whose alpha is 0 (`rgba(0,0,0,0)`, `#ffffff00`)."""
    return isinstance(value, str) and _CLEAR_COLOUR.fullmatch(value.strip().lower()) is not None


def flow_style(element: Element, *, direction: str | None = None) -> dict[str, str]:
    """Flex declarations from `direction`, `gap`, `padding`, `align`, `justify` and `wrap`."""
    decls: dict[str, str] = {}
    wanted = element.direction or direction
    if wanted is not None:
        decls["flex-direction"] = "column" if wanted in ("column", "vertical") else "row"
    gap = length(element.gap)
    if gap:
        decls["gap"] = gap
    padding = length(element.padding)
    if padding:
        decls["padding"] = padding
    if element.align:
        decls["align-items"] = _ALIGN[element.align]
    if element.justify:
        decls["justify-content"] = _JUSTIFY[element.justify]
    if element.wrap:
        decls["flex-wrap"] = "wrap"
    return decls


def element_style(element: Element, base: dict[str, str]) -> str:
    """Declarations from the renderer (`base`), then layout placement, then the author's style."""
    return inline_style(element_declarations(element, base))


def inline_style(decls: Mapping[str, str]) -> str:
    """Declarations as the text of a `style` attribute."""
    return ";".join(f"{k}:{v}" for k, v in decls.items())


def element_declarations(element: Element, base: dict[str, str]) -> dict[str, str]:
    """`element_style`'s declarations, by property, before they are joined."""
    decls = dict(base)
    layout = element.layout
    if layout is not None:
        if is_absolute(element):
            decls["position"] = "absolute"
            decls["left"] = length(layout.x) or "0"
            decls["top"] = length(layout.y) or "0"
            decls["margin"] = "0"
        for field in ("width", "height", "minWidth", "maxWidth", "minHeight", "maxHeight"):
            value = length(getattr(layout, field))
            if value is not None:
                decls[css_property(field)] = value
        # An explicit size is meant, even inside a crowded row; but a slider's height is across
        # a row, and holding its 240 px basis let one slider of a centred row take all of it.
        if layout.width is not None or (layout.height is not None and element.type != "slider"):
            decls["flex-shrink"] = "0"
    decls.update(style_defaults(element))
    decls.update(style_declarations(element.style or {}))
    if not element.children and element.title is None and element.type != "table":  # one run of text
        decls = _line_clamp(decls)
    delay = finished_animation_delay(decls)
    if delay is not None:
        decls["animation-delay"] = delay  # after the `animation` shorthand, which sets one too
    return decls


def style_defaults(element: Element) -> dict[str, str]:
    """What the author's `style` implies where the theme's own look would say otherwise; the
    style's own declarations come after these, so anything it says outright still wins.

    A box the style makes a flex box (`flows_by_style`) is a row with no gap, as in CSS (the
    theme's containers are columns with a gap), unless the DSL's `direction` or `gap` says
    otherwise. A control whose style takes away its border or paints its own background is
    flat: the theme's shadow would draw a line under a field that has no edge.
    """
    defaults: dict[str, str] = {}
    if flows_by_style(element):
        if element.direction is None:
            defaults["flex-direction"] = "row"
        if element.gap is None:
            defaults["gap"] = "0"
    if element.type in CONTROL_TYPES and is_flat_control(element.style or {}):
        defaults["box-shadow"] = "none"
    return defaults


CONTROL_TYPES = frozenset({"input", "select", "search", "textarea"})
"""Types drawn as a form control box, which has the theme's border and shadow."""

_NO_BORDER = frozenset({"none", "0", "0px", "hidden"})


def is_flat_control(style: Mapping[str, object]) -> bool:
    """Whether a control's style removes its border (`border: none`, `borderWidth: 0`,
    `borderStyle: none`) or gives it a background of its own: a filled, flat field."""
    if style.get("background") is not None or style.get("backgroundColor") is not None:
        return True
    if any(word in _NO_BORDER for word in str(style.get("border", "")).lower().split()):
        return True
    width = str(style.get("borderWidth", "")).strip().lower()
    line = str(style.get("borderStyle", "")).strip().lower()
    return width in _NO_BORDER or line in ("none", "hidden")


def sets_own_width(decls: Mapping[str, str]) -> bool:
    """Whether declarations give a width and nothing about flex sizing: the width is meant,
    also where the flow would otherwise stretch the element (a field in a row)."""
    return "width" in decls and not decls.keys() & _FLEX_SIZING


_FLEX_SIZING = frozenset({"flex", "flex-grow", "flex-basis"})


def sets_own_height(decls: Mapping[str, str]) -> bool:
    """Whether declarations give a height (or a maximum): the box is meant to be that tall and
    to clip what does not fit."""
    return "height" in decls or "max-height" in decls


def style_declarations(style: Mapping[str, object]) -> dict[str, str]:
    """An author's `style` mapping as kebab-case declarations, sanitized.

    Keys outside the validator's allow-list are dropped: validation rejects them already, and
    the compiler must stay safe for input that skipped validation (defense in depth).
    """
    decls: dict[str, str] = {}
    for key, value in style.items():
        if key not in STYLE_PROPERTIES:
            continue
        name = css_property(key)
        css = css_value(key, value)
        if css is not None and safe_property(name):
            decls[name] = css
    return _centring_margin(decls)


def _line_clamp(decls: dict[str, str]) -> dict[str, str]:
    """`lineClamp: 2` as Chromium draws it: it ignores the standard `line-clamp` and clamps only
        with `-webkit-line-clamp` on a `-webkit-box` laid out vertically that hides its overflow
        (the author's `lineClamp` did nothing; the whole text showed). Only on an element that is
    one run of text: on a titled card the box would clamp its title and text together, cut mid-line."""
    lines = decls.pop("line-clamp", None) or decls.get("-webkit-line-clamp")
    if lines is None or lines.strip().lower() == "none":
        return decls
    return {**decls, "display": "-webkit-box", "-webkit-box-orient": "vertical",
            "-webkit-line-clamp": lines, "overflow": "hidden"}  # fmt: skip


_CENTRING_MARGIN = re.compile(r"(?:0(?:px)?\s+)?auto")
CENTRED_CLASS = "is-centred"
"""The class of a box whose style centres it by `margin: "0 auto"` (see `_centring_margin`)."""


def _centring_margin(decls: dict[str, str]) -> dict[str, str]:
    """`margin: "0 auto"` (or `auto`), the web's idiom for "centred, as wide as it may be up to
    its max-width", as the author means it: auto side margins only. The 0 above and below is
    the idiom's filler, so the page's own margin above a top-level box stays (a card at the
    canvas top otherwise); the width is the whole row (`CENTRED_CLASS`), as a block's is in
    CSS, instead of a flex item's shrunk one (a 130 px sign-in card under a 480 px max-width)."""
    margin = decls.get("margin")
    if margin is None or not _CENTRING_MARGIN.fullmatch(margin.strip().lower()):
        return decls
    return {("margin-inline" if name == "margin" else name): ("auto" if name == "margin" else value)
            for name, value in decls.items()}  # fmt: skip
