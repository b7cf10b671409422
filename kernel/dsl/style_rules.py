"""The `style` allow-list, CSS value checks and the safety rules shared by validator and compiler."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import unquote_plus

from kernel.dsl.css_property_names import CHROMIUM_CSS_PROPERTIES
from kernel.dsl.hints.suggest import did_you_mean
from kernel.dsl.number_text import shown_number
from kernel.dsl.style_values import dropped_value_problem
from kernel.dsl.vendor_properties import css_under_an_id, vendor_prefixed_hint

STYLE_PROPERTIES: frozenset[str] = frozenset(
    [
        "display",
        "position",
        "top",
        "right",
        "bottom",
        "left",
        "inset",
        "zIndex",
        "float",
        "clear",
        "overflow",
        "overflowX",
        "overflowY",
        "boxSizing",
        "visibility",
        "isolation",
        "width",
        "height",
        "minWidth",
        "maxWidth",
        "minHeight",
        "maxHeight",
        "aspectRatio",
        "margin",
        "marginTop",
        "marginRight",
        "marginBottom",
        "marginLeft",
        "marginInline",
        "marginBlock",
        "padding",
        "paddingTop",
        "paddingRight",
        "paddingBottom",
        "paddingLeft",
        "paddingInline",
        "paddingBlock",
        "flex",
        "flexDirection",
        "flexWrap",
        "flexFlow",
        "flexGrow",
        "flexShrink",
        "flexBasis",
        "order",
        "justifyContent",
        "justifyItems",
        "justifySelf",
        "alignItems",
        "alignContent",
        "alignSelf",
        "placeItems",
        "placeContent",
        "placeSelf",
        "gap",
        "rowGap",
        "columnGap",
        "grid",
        "gridTemplateColumns",
        "gridTemplateRows",
        "gridTemplateAreas",
        "gridColumn",
        "gridRow",
        "gridArea",
        "gridColumnStart",
        "gridColumnEnd",
        "gridRowStart",
        "gridRowEnd",
        "gridAutoFlow",
        "gridAutoColumns",
        "gridAutoRows",
        "color",
        "background",
        "backgroundColor",
        "backgroundImage",
        "backgroundSize",
        "backgroundPosition",
        "backgroundRepeat",
        "backgroundClip",
        "backgroundOrigin",
        "backgroundBlendMode",
        "opacity",
        "mixBlendMode",
        "border",
        "borderTop",
        "borderRight",
        "borderBottom",
        "borderLeft",
        "borderWidth",
        "borderStyle",
        "borderColor",
        "borderTopWidth",
        "borderRightWidth",
        "borderBottomWidth",
        "borderLeftWidth",
        "borderTopColor",
        "borderRightColor",
        "borderBottomColor",
        "borderLeftColor",
        "borderTopStyle",
        "borderRightStyle",
        "borderBottomStyle",
        "borderLeftStyle",
        "borderRadius",
        "borderTopLeftRadius",
        "borderTopRightRadius",
        "borderBottomLeftRadius",
        "borderBottomRightRadius",
        "borderCollapse",
        "borderSpacing",
        "outline",
        "outlineWidth",
        "outlineStyle",
        "outlineColor",
        "outlineOffset",
        "boxShadow",
        "textShadow",
        "filter",
        "backdropFilter",
        "transform",
        "transformOrigin",
        "translate",
        "rotate",
        "scale",
        "clipPath",
        "font",
        "fontFamily",
        "fontSize",
        "fontWeight",
        "fontStyle",
        "fontVariant",
        "fontVariantNumeric",
        "fontStretch",
        "lineHeight",
        "letterSpacing",
        "wordSpacing",
        "textAlign",
        "textDecoration",
        "textDecorationColor",
        "textDecorationLine",
        "textDecorationStyle",
        "textDecorationThickness",
        "textUnderlineOffset",
        "textTransform",
        "textIndent",
        "textOverflow",
        "whiteSpace",
        "textWrap",
        "textWrapMode",
        "textWrapStyle",
        "wordBreak",
        "overflowWrap",
        "hyphens",
        "verticalAlign",
        "direction",
        "writingMode",
        "lineClamp",
        "WebkitLineClamp",
        "WebkitBoxOrient",
        "listStyle",
        "listStyleType",
        "listStylePosition",
        "objectFit",
        "objectPosition",
        "cursor",
        "pointerEvents",
        "userSelect",
        "resize",
        "transition",
        "transitionProperty",
        "transitionDuration",
        "transitionTimingFunction",
        "transitionDelay",
        "animation",
        "animationName",
        "animationDuration",
        "animationDelay",
        "animationIterationCount",
        "willChange",
        "caretColor",
        "accentColor",
        "fill",
        "stroke",
        "strokeWidth",
        "tableLayout",
        "columnCount",
        "columnWidth",
    ]
)
"""camelCase CSS properties an element's `style` may set; anything else is an error."""

UNITLESS_PROPERTIES: frozenset[str] = frozenset(
    [
        "opacity",
        "zIndex",
        "fontWeight",
        "lineHeight",
        "flex",
        "flexGrow",
        "flexShrink",
        "order",
        "lineClamp",
        "WebkitLineClamp",
        "columnCount",
        "animationIterationCount",
        "aspectRatio",
        "gridColumn",
        "gridColumnStart",
        "gridColumnEnd",
        "gridRow",
        "gridRowStart",
        "gridRowEnd",
        "gridArea",
        "strokeWidth",
        "scale",
    ]
)
"""Properties whose numbers are written as is; every other number means px (but `rotate`'s
mean degrees, see DEGREE_PROPERTIES)."""

DEGREE_PROPERTIES: frozenset[str] = frozenset(["rotate"])
"""Properties whose bare numbers are degrees (`rotate: 3` is `rotate: 3deg`): a length there
would be dropped by Chromium."""

NON_NEGATIVE_PROPERTIES: frozenset[str] = frozenset(
    [
        "width",
        "height",
        "minWidth",
        "maxWidth",
        "minHeight",
        "maxHeight",
        "fontSize",
        "padding",
        "paddingTop",
        "paddingRight",
        "paddingBottom",
        "paddingLeft",
        "paddingInline",
        "paddingBlock",
        "gap",
        "rowGap",
        "columnGap",
        "borderWidth",
        "borderRadius",
        "lineHeight",
        "flexGrow",
        "flexShrink",
        "outlineWidth",
        "strokeWidth",
    ]
)
"""Properties where a negative number is never valid CSS."""

_CSS_LENGTH = re.compile(
    r"^-?(\d+(\.\d*)?|\.\d+)(px|em|rem|%|pt|pc|cm|mm|in|vw|vh|vmin|vmax|ch|ex|lh|rlh|svh|dvh|lvh|cqw|cqh)$"
)
_CSS_NUMBER = re.compile(r"^-?(\d+(\.\d*)?|\.\d+)$")
_FONT_SIZE_KEYWORDS = frozenset(
    [
        "xx-small",
        "x-small",
        "small",
        "medium",
        "large",
        "x-large",
        "xx-large",
        "xxx-large",
        "smaller",
        "larger",
        "inherit",
        "initial",
        "unset",
        "revert",
    ]
)
_CSS_FUNCTION = re.compile(r"^(calc|clamp|min|max|var)\(.*\)$", re.DOTALL)
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)", re.DOTALL)
_CSS_COMMENT = re.compile(r"/\*.*?(\*/|$)", re.DOTALL)
_URL_CALL = re.compile(r"\burl\(\s*(['\"]?)\s*([^)'\"]*)", re.IGNORECASE)
_DATA_URL = re.compile(r"url\(\s*(['\"]?)\s*data:[^)]*(?:\)|\Z)", re.IGNORECASE)
"""A `url()` of a data: URI, up to its `)`; one never closed runs to the end, as Chromium reads it
(and a search from each of many `url(data:` no longer reads the rest of the stylesheet)."""
_OTHER_FETCHING_FUNCTION = re.compile(
    r"(?<![\w-])(image-set|-webkit-image-set|image|cross-fade|-webkit-cross-fade|element|src)\s*\("
)
_DECLARATION_BLOCK = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True, slots=True)
class StyleProblem:
    """What is wrong with one style entry: an issue code, a message and maybe a suggestion."""

    code: str
    message: str
    suggestion: str | None = None


def to_kebab(name: str) -> str:
    """camelCase -> kebab-case (`fontSize` -> `font-size`, `WebkitLineClamp` -> `-webkit-line-clamp`)."""
    kebab = re.sub(r"([A-Z])", r"-\1", name).lower()
    return kebab if name[:1].isupper() else kebab.removeprefix("-")


def to_camel(name: str) -> str:
    """kebab-case -> camelCase (`font-size` -> `fontSize`)."""
    head, *rest = name.strip().split("-")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


_DESCRIPTORS = frozenset(
    {"src", "font-display", "unicode-range", "size-adjust", "ascent-override", "descent-override",
     "line-gap-override", "syntax", "inherits", "initial-value"}
)  # fmt: skip
"""The descriptors of an @font-face and an @property, written in `css` as properties are."""

CSS_PROPERTIES: frozenset[str] = (
    frozenset(to_kebab(name) for name in STYLE_PROPERTIES) | CHROMIUM_CSS_PROPERTIES | _DESCRIPTORS
)
"""kebab-case properties known in the document's `css`: every one Chromium parses, the style's
own and the descriptors of @font-face and @property (any other name warns: Chromium ignores it)."""


def css_value(name: str, value: str | int | float) -> str:
    """The CSS text of a style value: numbers mean px unless the property is unitless."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        if name in DEGREE_PROPERTIES:
            return f"{value:g}deg"
        return f"{value:g}" if name in UNITLESS_PROPERTIES else f"{value:g}px"
    return value


def normalize_css(text: str) -> str:
    """Lower-cased CSS with comments removed and escapes decoded, so checks see what Chromium sees."""
    return decoded_css(text).lower()


def decoded_css(text: str) -> str:
    """CSS with comments removed and escapes decoded, in its own case (to quote it back)."""

    def unescape(match: re.Match[str]) -> str:
        if match.group(1):
            code = int(match.group(1), 16)
            return chr(code) if 0 < code <= 0x10FFFF else "\ufffd"
        return match.group(2)

    return _CSS_ESCAPE.sub(unescape, _CSS_COMMENT.sub(" ", text))


def unsafe_css_reason(text: str, *, urls_dropped: bool = False, imports_dropped: bool = False) -> str | None:
    """Why `text` (a style value or a stylesheet) could load or run something, or None if safe.

    Only `data:` URLs may appear; `@import`, `expression(`, `javascript:`, the other fetching
    functions (`image-set(`, `image(`, `cross-fade(`, `element(`, `src(`), `behavior`,
    `-moz-binding` and a closing `</style` are refused. With `urls_dropped` (a `style` value,
    the document's `css`), `url()` of anything else is no reason: the compiler draws `none` in
    its place, and `fetched_url_warning` says so; with `imports_dropped` (the `css`), neither is
    `@import`: the compiler removes the rule, and `check_stylesheet` warns of it.
    """
    if "</style" in text.lower():
        return "'</style' would end the style sheet"
    css = normalize_css(text)
    if "</style" in css:
        return "'</style' would end the style sheet"
    if "@import" in css and not imports_dropped:
        return "@import is not allowed"
    if "expression(" in css:
        return "expression() is not allowed"
    if "javascript:" in css or "vbscript:" in css:
        return "script URLs are not allowed"
    fetching = _OTHER_FETCHING_FUNCTION.search(css)
    if fetching:
        return f"{fetching.group(1)}() is not allowed; use url(data:...)"
    if re.search(r"\bbehavior\s*:|-moz-binding", css):
        return "behavior/binding properties are not allowed"
    if urls_dropped:
        return None
    for match in _URL_CALL.finditer(css):
        if not match.group(2).strip().startswith("data:"):
            target = match.group(2).strip()[:60]
            return f"url({target}) is not allowed: only data: URLs"
    return None


def style_problems(name: str, value: object) -> list[StyleProblem]:
    """Every problem with one `style` entry (unknown property, bad value, unsafe value)."""
    if name not in STYLE_PROPERTIES:
        return [_unknown_property(name)]
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return [
            StyleProblem(
                "invalid_style_value",
                f"{name} must be a string or a number, not {type(value).__name__}",
            )
        ]
    problems: list[StyleProblem] = []
    if isinstance(value, str):
        reason = unsafe_css_reason(value, urls_dropped=True)
        if reason is not None:
            problems.append(StyleProblem("unsafe_css", f"{name}: {reason}"))
        elif value.strip().lower().startswith("data:"):
            problems.append(bare_data_uri_problem(name, value))
        elif re.search(r"[;{}<>]", _DATA_URL.sub("", value)):
            problems.append(
                StyleProblem(
                    "invalid_style_value",
                    f"{name} value must be a single CSS value (no ';', braces or angle brackets)",
                    "put each property in its own style key",
                )
            )
    problem = _value_problem(name, value)
    if problem is not None:
        problems.append(problem)
    return problems


def fetched_urls(text: str) -> list[str]:
    """The sources of `text`'s `url()`s that are not `data:` URIs, as written (escapes decoded)."""
    sources = (match.group(2).strip() for match in _URL_CALL.finditer(decoded_css(text)))
    return [source for source in sources if not source.lower().startswith("data:")]


def fetched_url_warning(name: str, value: object) -> StyleProblem | None:
    """A `style` value's `url()` of a picture to fetch (`url(hero.jpg)`, as the earlier format's
    documents write a background): never fetched, that layer is drawn as `none` and the rest of
    the value (position, size, a colour) as written, as an image's `src` draws a placeholder.
    None when there is none, or when the value is unsafe anyway (`style_problems` says why)."""
    if not isinstance(value, str) or name not in STYLE_PROPERTIES:
        return None
    if unsafe_css_reason(value, urls_dropped=True) is not None:
        return None
    sources = fetched_urls(value)
    if not sources:
        return None
    shown = sources[0] if len(sources[0]) <= 60 else sources[0][:57] + "..."
    more = f" (and {len(sources) - 1} more)" if len(sources) > 1 else ""
    return StyleProblem(
        "external_src",
        f"{name}: url({shown}){more} is not a data: image, so its picture is left out (nothing is "
        "ever fetched) and the rest of the value is drawn",
        "embed the picture as url(data:image/png;base64,...), which may be as large as the document allows",
    )


@dataclass(frozen=True, slots=True)
class StyleEntry:
    """What the validator says of one `style` entry: its problems (`style_problems`) and what is
    drawn otherwise than written (`fetched_url_warning`, else `dropped_value_warning`), both of
    the key's allow-listed name."""

    problems: tuple[StyleProblem, ...]
    warning: StyleProblem | None


REMEMBERED_LENGTH = 256
"""The longest style key and value whose judgement is remembered (colours, lengths, gradients);
longer ones (a data: URI) are judged afresh each time, so the memory held stays bounded."""


def judged_style_entry(name: str, value: object) -> StyleEntry:
    """`style_problems` and the warning (see `StyleEntry`) of the entry `name: value` (the key as written),
    remembered for short keys and scalar values: documents repeat their colours and sizes, and
    the service validates the same ones on every request."""
    if len(name) <= REMEMBERED_LENGTH and (
        type(value) in (int, float, bool) or (type(value) is str and len(value) <= REMEMBERED_LENGTH)
    ):
        return _remembered_style_entry(name, value)
    return _style_entry(name, value)


def _style_entry(name: str, value: object) -> StyleEntry:
    key = style_key(name)
    problems = tuple(style_problems(key, value))
    warning = fetched_url_warning(key, value)
    if warning is None and not problems:
        warning = dropped_value_warning(key, value)
    return StyleEntry(problems, warning)


def dropped_value_warning(name: str, value: object) -> StyleProblem | None:
    """A value Chromium would drop as invalid (`textAlign: middle`, `fontWeight: heavy`), which
    would otherwise vanish without a word: see `style_values`."""
    if not isinstance(value, str | int | float):
        return None
    problem = dropped_value_problem(name, value)
    if problem is None:
        return None
    return StyleProblem("invalid_style_value", problem.message, problem.suggestion)


# typed: `1` and `True` are one key to a dict but say different things (a length, no style value).
_remembered_style_entry = lru_cache(maxsize=4096, typed=True)(_style_entry)


def bare_data_uri_problem(name: str, value: str) -> StyleProblem:
    """A `data:` URI written without `url(...)`: CSS takes a picture only inside url()."""
    text = value.strip()
    shown = text if len(text) <= 30 else text[:30] + "..."
    return StyleProblem(
        "invalid_style_value",
        f"{name}: a data: URI on its own is not a CSS value, so it is not drawn",
        f'wrap it in url(): "url({shown})"',
    )


_SHORTHAND_PROPERTIES = {
    "bg": "background", "bgcolor": "backgroundColor", "bgColor": "backgroundColor", "bgImage": "backgroundImage",
    "p": "padding", "px": "paddingInline", "py": "paddingBlock", "pt": "paddingTop", "pb": "paddingBottom",
    "pl": "paddingLeft", "pr": "paddingRight", "m": "margin", "mx": "marginInline", "my": "marginBlock",
    "mt": "marginTop", "mb": "marginBottom", "ml": "marginLeft", "mr": "marginRight", "w": "width",
    "h": "height", "minW": "minWidth", "maxW": "maxWidth", "minH": "minHeight", "maxH": "maxHeight",
    "rounded": "borderRadius", "radius": "borderRadius", "cornerRadius": "borderRadius", "shadow": "boxShadow",
    "elevation": "boxShadow", "textColor": "color", "fontColor": "color", "foreground": "color",
    "size": "fontSize", "weight": "fontWeight", "spacing": "gap", "align": "textAlign",
    "tintColor": "color", "paddingHorizontal": "paddingInline", "paddingVertical": "paddingBlock",
    "marginHorizontal": "marginInline", "marginVertical": "marginBlock",
}  # fmt: skip
"""Style keys of style systems (Chakra's `bg`, MUI's `bgcolor` and `p`, React Native's
`paddingHorizontal`) and the CSS property each one is."""


def _unknown_property(name: str) -> StyleProblem:
    camel = to_camel(name) if "-" in name.strip("-") else name
    if camel != name and camel in STYLE_PROPERTIES:
        suggestion: str | None = f"write it in camelCase: '{camel}'"
    elif name in _SHORTHAND_PROPERTIES:
        suggestion = f"did you mean '{_SHORTHAND_PROPERTIES[name]}'? A style takes CSS's own names"
    elif name.startswith("--"):
        suggestion = (
            f'a custom property is set in the document\'s css (css: ":root {{ {name}: ... }}") and used '
            f"in a style as var({name})"
        )
    elif (vendor := vendor_prefixed_hint(camel, STYLE_PROPERTIES)) is not None:
        suggestion = vendor
    elif to_kebab(camel) in CHROMIUM_CSS_PROPERTIES:
        suggestion = css_under_an_id(to_kebab(camel))
    else:
        suggestion = did_you_mean(name, STYLE_PROPERTIES)
    return StyleProblem("unknown_style_property", f"unknown style property '{name}'", suggestion)


def _value_problem(name: str, value: str | int | float) -> StyleProblem | None:
    """Type-specific value checks: sizes, opacity, non-negative lengths, a writing direction."""
    if name == "opacity":
        return _opacity_problem(value)
    if name == "direction" and not css_takes(name, value):
        return StyleProblem(
            "invalid_style_value",
            f"direction '{value}' is not a CSS direction: CSS's direction is the writing direction, ltr or rtl",
            "to draw the children side by side, write direction: row on the element itself (not in style), "
            "or make it a row: {type: row}",
        )
    if name == "fontSize" and isinstance(value, str) and not _is_length(value, _FONT_SIZE_KEYWORDS):
        return StyleProblem(
            "invalid_style_value",
            f"fontSize '{value}' is not a number or a CSS length",
            "use a number of px (16) or a length such as '1.25rem'",
        )
    if name in NON_NEGATIVE_PROPERTIES and isinstance(value, int | float) and value < 0:
        return StyleProblem("invalid_style_value", f"{name} must not be negative (got {shown_number(value)})")
    return None


_CSS_KEYWORD_VALUES: dict[str, frozenset[str]] = {
    "direction": frozenset({"ltr", "rtl"}),
    "flexDirection": frozenset({"row", "row-reverse", "column", "column-reverse"}),
    "flexWrap": frozenset({"nowrap", "wrap", "wrap-reverse"}),
    "textAlign": frozenset({"left", "right", "center", "justify", "start", "end", "match-parent"}),
    "position": frozenset({"static", "relative", "absolute", "fixed", "sticky"}),
}
"""CSS properties that take only keywords, and their keywords (beside the global ones)."""
_CSS_GLOBAL_WORDS = frozenset({"inherit", "initial", "unset", "revert", "revert-layer"})


def css_takes(camel: str, value: Any) -> bool:
    """Whether the CSS property `camel` takes `value` as far as can be told: a keyword-only
    property (`direction`, `flexDirection`) its own keywords only; other properties anything."""
    words = _CSS_KEYWORD_VALUES.get(camel)
    if words is None:
        return True
    return isinstance(value, str) and value.strip().lower() in words | _CSS_GLOBAL_WORDS


def _opacity_problem(value: str | int | float) -> StyleProblem | None:
    text = str(value).strip()
    number: float | None
    if isinstance(value, int | float):
        number = value  # not float(): an integer of hundreds of digits fits none
    elif _CSS_NUMBER.match(text):
        number = float(text)
    elif text.endswith("%") and _CSS_NUMBER.match(text[:-1]):
        number = float(text[:-1]) / 100
    elif _CSS_FUNCTION.match(text) or text in {"inherit", "initial", "unset", "revert"}:
        return None
    else:
        return StyleProblem("invalid_style_value", f"opacity '{value}' is not a number", "use 0..1")
    if not 0 <= number <= 1:
        return StyleProblem(
            "invalid_style_value",
            f"opacity {shown_number(number) if number is value else value} is out of range: it must be between 0 and 1",
            "use a value such as 0.5",
        )
    return None


def _is_length(text: str, keywords: frozenset[str] = frozenset()) -> bool:
    stripped = text.strip().lower()
    return bool(
        _CSS_LENGTH.match(stripped)
        or _CSS_NUMBER.match(stripped)
        or stripped in keywords
        or _CSS_FUNCTION.match(stripped)
    )


def check_stylesheet(css: str) -> tuple[list[StyleProblem], list[StyleProblem]]:
    """(errors, warnings) for the document's `css`.

    What could run or fetch and cannot simply be dropped is an error (`expression(`,
    `javascript:`, `image-set(`, `</style`...). A `url()` that is no `data:` URI and an `@import`
    warn, as a `url()` in a `style` does: the compiler drops them (the picture is drawn as `none`,
    the rule removed), nothing is fetched, and the rest of each rule is drawn (`url(bg.jpg) #eee`
    still paints #eee). Unknown properties and values Chromium drops warn too.
    """
    errors: list[StyleProblem] = []
    reason = unsafe_css_reason(css, urls_dropped=True, imports_dropped=True)
    if reason is not None:
        errors.append(StyleProblem("unsafe_css", reason))
    warnings = (
        [*dropped_import_warnings(css), *fetched_css_url_warnings(css), *broken_url_string_warnings(css)]
        if reason is None
        else []
    )
    seen: set[str] = set()
    judged: set[tuple[str, str]] = set()
    text = normalize_css(_DATA_URL.sub("url()", css))
    delimiters = _LastDelimiters(text)
    for block in _DECLARATION_BLOCK.finditer(text):
        prelude = _prelude(text, block.start(), delimiters)
        descriptors = prelude.startswith(_DESCRIPTOR_RULES)
        # Named in the message: the path is the whole `css` field, the rule says where.
        where = f"in css, rule '{_shortened(prelude, 60)}'" if prelude else "in css"
        for declaration in block.group(1).split(";"):
            prop, colon, value = declaration.partition(":")
            prop, value = prop.strip(), value.strip()
            if not colon or not prop or prop.startswith("--"):
                continue
            if prop not in seen:
                seen.add(prop)
                if prop not in CSS_PROPERTIES and not _is_vendor_prefixed(prop):
                    warnings.append(
                        StyleProblem(
                            "unknown_css_property",
                            f"unknown CSS property '{prop}' {where} (Chromium will ignore it)",
                            did_you_mean(prop, CSS_PROPERTIES),
                        )
                    )
            if not descriptors and (prop, value) not in judged:
                judged.add((prop, value))
                problem = (
                    dropped_value_problem(to_camel(prop), value, in_css=True) if prop[0] != "-" else None
                )
                if problem is not None:
                    message = problem.message.replace(to_camel(prop), prop, 1)
                    warnings.append(
                        StyleProblem("invalid_style_value", f"{message} ({where})", problem.suggestion)
                    )
    return errors, warnings


def _prelude(text: str, start: int, delimiters: _LastDelimiters) -> str:
    """The selector or at-rule before the block that opens at `start` (lower case, stripped)."""
    return text[max(delimiters.before(start).values()) + 1 : start].strip().lower()


class _LastDelimiters:
    """Where the last `{`, `}` and `;` of `text` before a position are, for positions asked in
    increasing order: each stretch of text is searched once, where searching back from each rule
    (or `url()`) to the start of the stylesheet took time growing with the square of its length."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._searched = 0
        self._last = {"{": -1, "}": -1, ";": -1}

    def before(self, position: int) -> dict[str, int]:
        if position > self._searched:
            for char in self._last:
                found = self._text.rfind(char, self._searched, position)
                if found >= 0:
                    self._last[char] = found
            self._searched = position
        return self._last


_DESCRIPTOR_RULES = ("@font-face", "@page", "@property", "@counter-style", "@font-palette-values")
"""At-rules whose block holds descriptors, not properties: `font-weight: 100 900` is a range there."""

EMBED_PICTURE = (
    "embed the picture as url(data:image/png;base64,...), which may be as large as the document allows"
)
LOCAL_FONTS = (
    "leave it out and name a face the renderer has: theme: {font: Noto Serif} or a font-family in css or "
    "a style. Installed: Noto Sans, Noto Serif, Noto Sans Mono and DejaVu; Inter, Roboto, Open Sans, "
    "Georgia, Menlo... are drawn in the matching Noto face"
)
"""What to do instead of loading a web font: pages fetch none, and the installed faces are these."""

_IMPORT_RULE = re.compile(
    r"@import\s*(?:url\(\s*(['\"]?)(?P<url>[^'\"()]*)\1\s*\)|(['\"])(?P<string>[^'\"]*)\3)?", re.IGNORECASE
)
_FAMILY_PARAMETER = re.compile(r"family=([^&;'\")]+)", re.IGNORECASE)


def dropped_import_warnings(css: str) -> list[StyleProblem]:
    """One warning per `@import` of the `css`: the compiler removes it and nothing is fetched. A
    web font's (Google Fonts, a `.woff`) says which installed face draws its families."""
    out: list[StyleProblem] = []
    for match in _IMPORT_RULE.finditer(decoded_css(css)):
        target = (match.group("url") or match.group("string") or "").strip()
        shown = _shortened(target, 70)
        written = f"@import url({shown})" if target else "@import"
        if _is_font_source(target):
            out.append(
                StyleProblem(
                    "external_src",
                    f"{written} in css is left out: renders never fetch, and fonts are local"
                    f"{_families_drawn(target)}",
                    LOCAL_FONTS,
                )
            )
        else:
            out.append(
                StyleProblem(
                    "external_src",
                    f"{written} in css is left out: renders never fetch, so the rules it would load are not applied",
                    "write those rules in css itself",
                )
            )
    return out


def fetched_css_url_warnings(css: str) -> list[StyleProblem]:
    """The `css`' `url()`s that are no `data:` URI (an @import's aside): a picture's (drawn as
    `none`, the rest of its declaration as written) and an `@font-face`'s (the font is not loaded),
    one warning for each kind, naming the first and counting the others."""
    text = _DATA_URL.sub("url(data:)", decoded_css(css))
    pictures: list[tuple[str, str]] = []
    fonts: list[str] = []
    delimiters, rule_delimiters = _LastDelimiters(text), _LastDelimiters(text)
    declared = _DeclaredProperty(text)
    for match in _URL_CALL.finditer(text):
        source = match.group(2).strip()
        start = match.start()
        if source.lower().startswith("data:") or _IMPORT_BEFORE.search(text[max(0, start - 40) : start]):
            continue
        last = delimiters.before(start)
        rule_start, rule_end = last["{"], last["}"]
        if rule_start > rule_end and _prelude(text, rule_start, rule_delimiters).startswith("@font-face"):
            fonts.append(source)
            continue
        pictures.append((declared.at(max(last.values()) + 1, start), source))
    out: list[StyleProblem] = []
    if pictures:
        prop, source = pictures[0]
        where = f"{prop}: " if prop else ""
        out.append(
            StyleProblem(
                "external_src",
                f"{where}url({_shortened(source, 60)}){_more(len(pictures))} in css is not a data: image, so its "
                "picture is left out (nothing is ever fetched) and the rest of the rule is drawn",
                EMBED_PICTURE,
            )
        )
    if fonts:
        out.append(
            StyleProblem(
                "external_src",
                f"@font-face src: url({_shortened(fonts[0], 60)}){_more(len(fonts))} in css is not loaded: renders "
                "never fetch, and fonts are local",
                LOCAL_FONTS,
            )
        )
    return out


class _DeclaredProperty:
    """The property (lower case; empty when none) of the declaration that starts at a position
    and holds a later one, for positions asked in increasing order: each declaration's text is
    read once however many `url()`s it holds."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._start, self._searched, self._colon = -1, -1, -1

    def at(self, start: int, position: int) -> str:
        if start != self._start:
            self._start, self._searched, self._colon = start, start, -1
        if self._colon < 0 and position > self._searched:
            self._colon = self._text.find(":", self._searched, position)
            self._searched = position
        return self._text[start : self._colon].strip().lower() if self._colon >= 0 else ""


_BROKEN_URL_STRING = re.compile(
    r"""url\([ \t\n\r\f]*(["'])(?:\\(?:\r\n|[\s\S])|(?!\1)[^\\\n\r\f])*[\n\r\f]""", re.IGNORECASE
)
"""A quoted `url()` argument that a line break ends before its closing quote."""


def broken_url_string_warnings(css: str) -> list[StyleProblem]:
    """One warning when a `url("...")` of the `css` holds a line break (not escaped) inside its
    quotes: CSS ends the string there, so the compiler draws `none` for it (as Chromium drops it)
    and what follows the line break is read as CSS, rules and `url()`s alike."""
    found = _BROKEN_URL_STRING.search(_CSS_COMMENT.sub(" ", css))
    if found is None:
        return []
    return [
        StyleProblem(
            "invalid_style_value",
            f"{_shortened(found.group(0).strip(), 40)} in css: a line break inside its quotes ends the string, "
            "so its picture is not drawn and what follows the line break is read as CSS",
            "write the URI on one line; a line break in a data: URI is %0A",
        )
    ]


_IMPORT_BEFORE = re.compile(r"@import\s*(url\(\s*['\"]?\s*)?\Z", re.IGNORECASE)
"""An `@import url(` right before a `url()`'s source: the import's warning tells of it."""
_FONT_FILE = re.compile(r"\.(woff2?|ttf|otf|eot)(\?|#|$)", re.IGNORECASE)


def _is_font_source(target: str) -> bool:
    """Whether an @import loads a web font: a font service's URL (Google Fonts' `family=`, a
    font host's name) or a font file."""
    lowered = target.lower()
    return "font" in lowered or "family=" in lowered or bool(_FONT_FILE.search(lowered))


def _families_drawn(target: str) -> str:
    """Each family a Google-Fonts-style URL names and the installed face that draws it, as
    `" (Inter is drawn in Noto Sans)"`; empty when the URL names none."""
    # here, not at the top: the compiler's package imports the model, which imports this module
    from kernel.dsl.compiler.fonts import drawn_instead

    families: list[str] = []
    for parameter in _FAMILY_PARAMETER.findall(target):
        for family in unquote_plus(parameter).split("|"):
            name = family.partition(":")[0].strip()
            if name and name not in families:
                families.append(name)
    said = []
    for name in families[:3]:
        instead = drawn_instead(name)
        said.append(f"{name} is installed" if instead is None else f"{name} is drawn in {instead}")
    return f" ({', '.join(said)})" if said else ""


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _more(count: int) -> str:
    return f" (and {count - 1} more)" if count > 1 else ""


def _is_vendor_prefixed(prop: str) -> bool:
    return prop.startswith(("-webkit-", "-moz-", "-ms-", "-o-"))


def style_key(name: str) -> str:
    """The allow-listed camelCase name for a key written as in CSS (`font-size` -> `fontSize`);
    any other key unchanged. Both spellings are accepted in `style`."""
    if "-" not in name:
        return name
    camel = to_camel(name)
    return camel if camel in STYLE_PROPERTIES else name


def canonical_style(style: Any) -> Any:
    """`style` with CSS-spelled keys renamed to their camelCase names (what the compiler reads)."""
    if not isinstance(style, Mapping) or not any("-" in str(key) for key in style):
        return style
    return {style_key(key) if isinstance(key, str) else key: value for key, value in style.items()}
