"""Keyword and length checks of the style values authors write most, so a value Chromium drops is a warning.

Chromium ignores a declaration whose value it cannot parse (`textAlign: middle`, `display:
flexbox`, `fontWeight: heavy`), so without a warning the author sees nothing happen and does not
know why. No Python library validates CSS values against today's grammars (tinycss2 tokenizes;
cssutils' profiles stop at CSS 2.1 and would call `display: flex` invalid), so this is a compact
table of the keyword sets and length rules of the common properties. It only ever judges what
it knows: `var()` anywhere, an unknown function, the global keywords and anything on a property
not in the table pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import tinycss2.color4

from kernel.dsl.hints.suggest import closest
from kernel.dsl.number_text import shown_number
from kernel.dsl.shown import shown_text

GLOBAL_KEYWORDS = frozenset({"inherit", "initial", "unset", "revert", "revert-layer"})
"""CSS-wide keywords: valid for every property."""

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_LENGTH = re.compile(
    r"^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?"
    r"(px|em|rem|ex|rex|ch|rch|cap|rcap|ic|ric|lh|rlh|vw|vh|vi|vb|vmin|vmax|svw|svh|svi|svb|svmin|svmax"
    r"|lvw|lvh|lvi|lvb|lvmin|lvmax|dvw|dvh|dvi|dvb|dvmin|dvmax|cqw|cqh|cqi|cqb|cqmin|cqmax"
    r"|cm|mm|q|in|pt|pc)$"
)
_PERCENTAGE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%$")
_ANGLE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)(deg|grad|rad|turn)$")
_FUNCTION = re.compile(r"^-?[a-z][a-z0-9-]*\(.*\)$", re.DOTALL)
_IMPORTANT = re.compile(r"\s*!\s*important\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ValueRule:
    """What one property takes: keywords, and (for a size) lengths, percentages and numbers.

    `what` names the kind of value in a message ("a text alignment"); `use` lists the usual
    values; `aliases` map other vocabularies' words to the keyword meant (`middle` -> `center`).
    `parts`: how many space-separated values it takes at most. Numbers mean px in a style (the
    compiler adds the unit), so a size takes them. `colors` and `angles`: a part may be a colour
    (a decoration's `red`) or an angle (`oblique 10deg`); `unitless`: a number is CSS's own value
    (a line height's 1.5), not px."""

    what: str
    use: str
    keywords: frozenset[str] = frozenset()
    lengths: bool = False
    percent: bool = True
    negative: bool = True
    parts: int = 1
    colors: bool = False
    angles: bool = False
    unitless: bool = False
    aliases: dict[str, str] = field(default_factory=dict)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WIDTHS = "auto min-content max-content fit-content stretch -webkit-fill-available -moz-available"
_ALIGN_POSITIONS = "center start end flex-start flex-end self-start self-end left right"
_ALIGN_PLACE = {"middle": "center", "centre": "center", "top": "flex-start", "bottom": "flex-end"}
_SPREAD = {"between": "space-between", "around": "space-around", "evenly": "space-evenly",
           "middle": "center", "centre": "center"}  # fmt: skip
_OVERFLOWS = "visible hidden clip scroll auto overlay"
_BORDER_STYLES = "none hidden dotted dashed solid double groove ridge inset outset"
_CURSORS = (
    "auto default none context-menu help pointer progress wait cell crosshair text vertical-text alias "
    "copy move no-drop not-allowed grab grabbing all-scroll col-resize row-resize n-resize e-resize "
    "s-resize w-resize ne-resize nw-resize se-resize sw-resize ew-resize ns-resize nesw-resize "
    "nwse-resize zoom-in zoom-out -webkit-grab -webkit-grabbing -webkit-zoom-in -webkit-zoom-out"
)

_SIZE = ValueRule("a size", "a number of px, a length such as '50%' or '12rem', or auto",
                  _words(_WIDTHS), lengths=True, negative=False)  # fmt: skip
_MIN_SIZE = ValueRule("a size", "a number of px, a length such as '50%' or '12rem', or auto",
                      _words(_WIDTHS), lengths=True, negative=False)  # fmt: skip
_MAX_SIZE = ValueRule("a size", "a number of px, a length such as '50%' or '12rem', or none",
                      _words("none " + _WIDTHS), lengths=True, negative=False)  # fmt: skip
_OFFSET = ValueRule(
    "an offset", "a number of px, a length such as '50%', or auto", _words("auto"), lengths=True
)


def _margin(parts: int) -> ValueRule:
    return ValueRule("a margin length", "a number of px, a length such as '1rem', or auto", _words("auto"),
                     lengths=True, parts=parts)  # fmt: skip


def _padding(parts: int) -> ValueRule:
    return ValueRule("a padding length", "a number of px or a length such as '1rem' (not negative)",
                     lengths=True, negative=False, parts=parts)  # fmt: skip


def _gap(parts: int) -> ValueRule:
    return ValueRule("a gap length", "a number of px or a length such as '1rem'", _words("normal"),
                     lengths=True, negative=False, parts=parts)  # fmt: skip


_RADIUS = ValueRule("a corner radius", "a number of px or a length such as '8px' or '50%'",
                    lengths=True, negative=False, parts=2)  # fmt: skip
_BORDER_WIDTH = ValueRule("a border width", "a number of px, a length such as '2px', or thin, medium or thick",
                          _words("thin medium thick"), lengths=True, percent=False, negative=False)  # fmt: skip
_BORDER_STYLE = ValueRule("a border style", "solid, dashed, dotted, double or none", _words(_BORDER_STYLES))
_ALIGN_ITEMS = ValueRule(
    "an alignment", "stretch, flex-start, center, flex-end or baseline",
    _words(f"normal stretch baseline first last safe unsafe anchor-center {_ALIGN_POSITIONS}"),
    parts=2, aliases=_ALIGN_PLACE,
)  # fmt: skip
_DISTRIBUTION = "normal stretch space-between space-around space-evenly baseline first last safe unsafe"

RULES: dict[str, ValueRule] = {
    "display": ValueRule(
        "a display value", "block, inline, inline-block, flex, inline-flex, grid, inline-grid or none",
        _words("block inline run-in flow flow-root table flex grid ruby list-item contents none inline-block "
               "inline-table inline-flex inline-grid table-row-group table-header-group table-footer-group "
               "table-row table-cell table-column-group table-column table-caption ruby-base ruby-text "
               "ruby-base-container ruby-text-container math -webkit-box -webkit-inline-box"),
        parts=3, aliases={"flexbox": "flex", "hidden": "none", "inline-flexbox": "inline-flex"},
    ),
    "position": ValueRule("a position", "static, relative, absolute, fixed or sticky",
                          _words("static relative absolute fixed sticky -webkit-sticky")),
    "textAlign": ValueRule(
        "a text alignment", "left, center, right, justify, start or end",
        _words("left right center justify start end match-parent justify-all -webkit-center -webkit-left "
               "-webkit-right -webkit-match-parent"),
        aliases={"middle": "center", "centre": "center", "centered": "center"},
    ),
    "fontStyle": ValueRule("a font style", "normal, italic or oblique (oblique 10deg)",
                           _words("normal italic oblique"), parts=2, angles=True,
                           aliases={"italics": "italic", "bold": "fontWeight: bold"}),
    "textDecoration": ValueRule(
        "a text decoration", "none, underline, overline or line-through (with a style and colour: underline dotted red)",
        _words("none underline overline line-through blink solid double dotted dashed wavy auto from-font"),
        lengths=True, colors=True, parts=5, aliases={"strikethrough": "line-through", "strike": "line-through", "underlined": "underline"},
    ),
    "textDecorationLine": ValueRule("a decoration line", "none, underline, overline or line-through",
                                    _words("none underline overline line-through blink spelling-error grammar-error"),
                                    parts=3, aliases={"strikethrough": "line-through"}),
    "textTransform": ValueRule(
        "a text transform", "none, uppercase, lowercase or capitalize",
        _words("none capitalize uppercase lowercase full-width full-size-kana math-auto"), parts=2,
        aliases={"upper": "uppercase", "lower": "lowercase", "caps": "uppercase", "title": "capitalize"},
    ),
    "whiteSpace": ValueRule(
        "a white-space value", "normal, nowrap, pre, pre-wrap or pre-line",
        _words("normal nowrap pre pre-wrap pre-line break-spaces collapse preserve preserve-breaks "
               "preserve-spaces wrap discard"),
        parts=2, aliases={"no-wrap": "nowrap"},
    ),
    "textWrap": ValueRule(
        "a text wrap", "wrap, nowrap, balance (a heading's even lines) or pretty (no lone last word)",
        _words("wrap nowrap auto balance pretty stable"), parts=2, aliases={"no-wrap": "nowrap", "balanced": "balance"},
    ),
    "textWrapMode": ValueRule("a text wrap mode", "wrap or nowrap", _words("wrap nowrap"),
                              aliases={"no-wrap": "nowrap"}),
    "textWrapStyle": ValueRule("a text wrap style", "auto, balance, pretty or stable",
                               _words("auto balance pretty stable"), aliases={"balanced": "balance"}),
    "overflow": ValueRule("an overflow value", "visible, hidden, clip, scroll or auto",
                          _words(_OVERFLOWS), parts=2, aliases={"none": "hidden"}),
    "overflowX": ValueRule("an overflow value", "visible, hidden, clip, scroll or auto",
                           _words(_OVERFLOWS), aliases={"none": "hidden"}),
    "overflowY": ValueRule("an overflow value", "visible, hidden, clip, scroll or auto",
                           _words(_OVERFLOWS), aliases={"none": "hidden"}),
    "flexDirection": ValueRule(
        "a flex direction", "row, column, row-reverse or column-reverse",
        _words("row row-reverse column column-reverse"),
        aliases={"vertical": "column", "horizontal": "row", "col": "column", "columns": "column", "rows": "row"},
    ),
    "flexWrap": ValueRule("a flex wrap", "nowrap, wrap or wrap-reverse", _words("nowrap wrap wrap-reverse"),
                          aliases={"no-wrap": "nowrap"}),
    "justifyContent": ValueRule(
        "a justify-content value", "flex-start, center, flex-end, space-between, space-around or space-evenly",
        _words(f"{_DISTRIBUTION} {_ALIGN_POSITIONS}"), parts=2, aliases=_SPREAD,
    ),
    "alignContent": ValueRule(
        "an align-content value", "flex-start, center, flex-end, space-between, space-around or stretch",
        _words(f"{_DISTRIBUTION} {_ALIGN_POSITIONS}"), parts=2, aliases=_SPREAD,
    ),
    "alignItems": _ALIGN_ITEMS,
    "alignSelf": ValueRule("an alignment", "auto, stretch, flex-start, center, flex-end or baseline",
                           _ALIGN_ITEMS.keywords | {"auto"}, parts=2, aliases=_ALIGN_PLACE),
    "justifyItems": ValueRule("an alignment", "stretch, start, center or end",
                              _ALIGN_ITEMS.keywords | {"legacy"}, parts=2, aliases=_ALIGN_PLACE),
    "justifySelf": ValueRule("an alignment", "auto, stretch, start, center or end",
                             _ALIGN_ITEMS.keywords | {"auto"}, parts=2, aliases=_ALIGN_PLACE),
    "borderStyle": ValueRule("a border style", "solid, dashed, dotted, double or none",
                             _words(_BORDER_STYLES), parts=4),
    "borderTopStyle": _BORDER_STYLE,
    "borderRightStyle": _BORDER_STYLE,
    "borderBottomStyle": _BORDER_STYLE,
    "borderLeftStyle": _BORDER_STYLE,
    "outlineStyle": ValueRule("an outline style", "solid, dashed, dotted, double, auto or none",
                              _words(_BORDER_STYLES + " auto")),
    "cursor": ValueRule("a cursor", "pointer, default, text, move, not-allowed, grab...", _words(_CURSORS),
                        aliases={"hand": "pointer", "clickable": "pointer", "link": "pointer"}),
    "visibility": ValueRule("a visibility", "visible, hidden or collapse", _words("visible hidden collapse"),
                            aliases={"none": "hidden", "invisible": "hidden", "shown": "visible"}),
    "objectFit": ValueRule("an object fit", "cover, contain, fill, none or scale-down",
                           _words("fill contain cover none scale-down")),
    "boxSizing": ValueRule("a box sizing", "border-box or content-box", _words("content-box border-box"),
                           aliases={"border": "border-box", "content": "content-box"}),
    "float": ValueRule("a float", "left, right or none", _words("left right none inline-start inline-end")),
    "clear": ValueRule("a clear value", "left, right, both or none",
                       _words("none left right both inline-start inline-end")),
    "textOverflow": ValueRule("a text overflow", "ellipsis or clip", _words("clip ellipsis fade"), parts=2),
    "wordBreak": ValueRule("a word break", "normal, break-all, keep-all or break-word",
                           _words("normal break-all keep-all break-word auto-phrase")),
    "overflowWrap": ValueRule("an overflow wrap", "normal, break-word or anywhere",
                              _words("normal break-word anywhere")),
    "pointerEvents": ValueRule("a pointer-events value", "auto or none",
                               _words("auto none visiblepainted visiblefill visiblestroke visible painted fill "
                                      "stroke all bounding-box")),
    "userSelect": ValueRule("a user-select value", "auto, text, none or all", _words("auto text none contain all")),
    "verticalAlign": ValueRule("a vertical alignment", "baseline, middle, top, bottom, text-top or text-bottom",
                               _words("baseline sub super text-top text-bottom middle top bottom"),
                               lengths=True, aliases={"center": "middle", "centre": "middle"}),
    "width": _SIZE,
    "height": _SIZE,
    "minWidth": _MIN_SIZE,
    "minHeight": _MIN_SIZE,
    "maxWidth": _MAX_SIZE,
    "maxHeight": _MAX_SIZE,
    "flexBasis": ValueRule("a flex basis", "a number of px, a length such as '50%', auto or content",
                           _words("content " + _WIDTHS), lengths=True, negative=False),
    "top": _OFFSET,
    "right": _OFFSET,
    "bottom": _OFFSET,
    "left": _OFFSET,
    "inset": ValueRule("an inset", "a number of px, a length such as '10%', or auto", _words("auto"),
                       lengths=True, parts=4),
    "margin": _margin(4),
    "marginTop": _margin(1),
    "marginRight": _margin(1),
    "marginBottom": _margin(1),
    "marginLeft": _margin(1),
    "marginInline": _margin(2),
    "marginBlock": _margin(2),
    "padding": _padding(4),
    "paddingTop": _padding(1),
    "paddingRight": _padding(1),
    "paddingBottom": _padding(1),
    "paddingLeft": _padding(1),
    "paddingInline": _padding(2),
    "paddingBlock": _padding(2),
    "gap": _gap(2),
    "rowGap": _gap(1),
    "columnGap": _gap(1),
    "lineHeight": ValueRule("a line height", "a number such as 1.5, a length such as '24px', or normal",
                            _words("normal"), lengths=True, negative=False, unitless=True),
    "letterSpacing": ValueRule("a letter spacing", "a length such as '0.02em' or '1px', or normal",
                               _words("normal"), lengths=True),
    "wordSpacing": ValueRule("a word spacing", "a length such as '4px', or normal", _words("normal"), lengths=True),
    "textIndent": ValueRule("a text indent", "a length such as '2em'", _words("hanging each-line"),
                            lengths=True, parts=3),
    "borderRadius": ValueRule("a corner radius", "a number of px or a length such as '8px' or '50%'",
                              lengths=True, negative=False, parts=4),
    "borderTopLeftRadius": _RADIUS,
    "borderTopRightRadius": _RADIUS,
    "borderBottomLeftRadius": _RADIUS,
    "borderBottomRightRadius": _RADIUS,
    "borderWidth": ValueRule("a border width", "a number of px, a length such as '2px', or thin, medium or thick",
                             _words("thin medium thick"), lengths=True, percent=False, negative=False, parts=4),
    "borderTopWidth": _BORDER_WIDTH,
    "borderRightWidth": _BORDER_WIDTH,
    "borderBottomWidth": _BORDER_WIDTH,
    "borderLeftWidth": _BORDER_WIDTH,
    "outlineWidth": _BORDER_WIDTH,
    "outlineOffset": ValueRule("an outline offset", "a number of px or a length such as '2px'",
                               lengths=True, percent=False),
    "textUnderlineOffset": ValueRule("an underline offset", "a length such as '3px', or auto", _words("auto"),
                                     lengths=True),
    "columnWidth": ValueRule("a column width", "a length such as '200px', or auto", _words("auto"),
                             lengths=True, percent=False, negative=False),
}  # fmt: skip
"""The properties whose values are judged, camelCase as in `style`."""

SHADOW_TOKENS = {
    "sm": "var(--shadow-sm)", "small": "var(--shadow-sm)",
    "md": "var(--shadow)", "medium": "var(--shadow)", "base": "var(--shadow)", "default": "var(--shadow)",
    "lg": "var(--shadow-lg)", "large": "var(--shadow-lg)", "xl": "var(--shadow-lg)", "2xl": "var(--shadow-lg)",
}  # fmt: skip
"""`boxShadow` words (Tailwind's and design systems' sizes) and the theme's shadow each draws:
`--shadow-sm`, `--shadow` and `--shadow-lg` are all the theme has, so xl and 2xl are lg's."""
_SHADOW_USE = (
    "use sm, md or lg (the theme's shadows), none, or a CSS shadow such as '0 4px 12px rgb(0 0 0 / 0.12)'"
)

MIN_READABLE_FONT_PX = 6
"""A `fontSize` number under this many px draws text no one can read: `1.5` meant 1.5rem."""

FONT_WEIGHT_NAMES = {
    "thin": 100, "hairline": 100, "extralight": 200, "extra-light": 200, "ultralight": 200, "ultra-light": 200,
    "light": 300, "regular": 400, "book": 400, "medium": 500, "semibold": 600, "semi-bold": 600,
    "demibold": 600, "demi-bold": 600, "extrabold": 800, "extra-bold": 800, "ultrabold": 800,
    "ultra-bold": 800, "heavy": 900, "black": 900, "ultra": 900, "strong": 700,
}  # fmt: skip
"""Weight names of font families (a face's `SemiBold`, `Heavy`) and the number CSS takes for each."""
_FONT_WEIGHT_KEYWORDS = frozenset({"normal", "bold", "bolder", "lighter"})
_WEIGHT_USE = "use 100-900, normal or bold"


@dataclass(frozen=True, slots=True)
class ValueProblem:
    """Why a style value is dropped by Chromium: a message and maybe a suggestion."""

    message: str
    suggestion: str | None = None


def dropped_value_problem(
    name: str, value: str | int | float, *, in_css: bool = False
) -> ValueProblem | None:
    """Why Chromium would drop `name: value` (camelCase name, a value as `style` holds it), or
    None when it is valid CSS or not judged here (see the module's docstring).

    In a `style` a bare number (`16`, `"16"`) is px: the compiler adds the unit. In a value of
    several parts (`"8 16"`) or in the document's `css` (`in_css`) it is written as it is, and
    CSS drops a length without its unit."""
    if isinstance(value, bool):
        return None
    if name == "fontWeight":
        return _font_weight_problem(value)
    if name in ("zIndex", "order"):
        return _integer_problem(name, value)
    if name == "fontSize":
        return None if in_css else _tiny_font_problem(value)  # in css a bare 1.5 is dropped, not px
    if name == "boxShadow":
        return _shadow_problem(value)
    if name in ("flexGrow", "flexShrink"):
        return _factor_problem(name, value)
    rule = RULES.get(name)
    if rule is None:
        return None
    if isinstance(value, int | float):
        return _number_problem(name, value, rule)
    text = _IMPORTANT.sub("", value).strip().lower()
    if not text or text in GLOBAL_KEYWORDS or "var(" in text or "url(" in text:
        return None  # what a variable holds is not known; a url() is `fetched_url_warning`'s
    parts = top_level_parts(text.replace("/", " / ") if name.endswith("Radius") else text)
    px_numbers = not in_css and len(parts) == 1
    if name == "borderRadius":
        return _radius_problem(name, value, parts, rule, px_numbers)
    return _parts_problem(name, value, parts, rule, px_numbers)


def top_level_parts(text: str) -> list[str]:
    """`text` split at white space outside brackets (`calc(100% - 8px) 4px` is two parts)."""
    parts: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char.isspace() and depth == 0:
            if index > start:
                parts.append(text[start:index])
            start = index + 1
    if len(text) > start:
        parts.append(text[start:])
    return parts


def _parts_problem(
    name: str, value: str | int | float, parts: list[str], rule: ValueRule, px_numbers: bool
) -> ValueProblem | None:
    if len(parts) > rule.parts:
        most = "one value" if rule.parts == 1 else f"at most {rule.parts} values"
        return ValueProblem(
            f"{name} '{shown_text(value)}' has {len(parts)} values and {name} takes {most}, so it is not applied",
            f"use {rule.use}",
        )
    for part in parts:
        problem = _part_problem(name, value, part, rule)
        if problem is not None:
            return problem
    return None if px_numbers or rule.unitless else _unitless_problem(name, value, parts)


def _unitless_problem(name: str, value: str | int | float, parts: list[str]) -> ValueProblem | None:
    """A length written as a bare number where CSS reads it as written: only 0 may go without a unit."""
    bare = [part for part in parts if _NUMBER.match(part) and float(part) != 0]
    if not bare:
        return None
    with_units = " ".join(f"{part}px" if part in bare else part for part in parts)
    return ValueProblem(
        f"{name} '{shown_text(value)}' has a number without a unit ({bare[0]}), so it is not applied",
        f"write each length with its unit: '{with_units}'",
    )


def _radius_problem(
    name: str, value: str | int | float, parts: list[str], rule: ValueRule, px_numbers: bool
) -> ValueProblem | None:
    """`borderRadius` takes up to four radii, then maybe `/` and up to four more (elliptic corners)."""
    if parts.count("/") > 1:
        return ValueProblem(
            f"{name} '{shown_text(value)}' has more than one '/', so it is not applied", f"use {rule.use}"
        )
    if "/" in parts:
        cut = parts.index("/")
        halves = [parts[:cut], parts[cut + 1 :]]
        if any(not half for half in halves):
            return ValueProblem(
                f"{name} '{shown_text(value)}' needs radii on both sides of '/', so it is not applied"
            )
        found = next((p for half in halves if (p := _parts_problem(name, value, half, rule, True))), None)
        return found or _unitless_problem(name, value, parts)
    return _parts_problem(name, value, parts, rule, px_numbers)


def _part_problem(name: str, value: str | int | float, part: str, rule: ValueRule) -> ValueProblem | None:
    """Why one space-separated part of a value is not what `rule` takes, or None."""
    if part in rule.keywords or _FUNCTION.match(part):
        return None
    if (rule.angles and _ANGLE.match(part)) or (rule.colors and _is_colour(part)):
        return None
    if rule.lengths:
        measured = _NUMBER.match(part) or _LENGTH.match(part) or (rule.percent and _PERCENTAGE.match(part))
        if measured:
            if not rule.negative and part.startswith("-") and float(re.sub(r"[a-z%]+$", "", part)) != 0:
                return ValueProblem(
                    f"{name} '{shown_text(value)}' is negative, which {name} cannot be, so it is not applied",
                    f"use {rule.use}",
                )
            return None
        if rule.percent is False and _PERCENTAGE.match(part):
            return ValueProblem(
                f"{name} '{shown_text(value)}' is a percentage, which {name} does not take, so it is not applied",
                f"use {rule.use}",
            )
    meant = _meant(part, rule)
    what = (
        f"is not {rule.what}"
        if part == _IMPORTANT.sub("", str(value)).strip().lower()
        else f"has '{part}', which is not {rule.what}"
    )
    suggestion = f"did you mean '{meant}'? {name} takes {rule.use}" if meant else f"use {rule.use}"
    return ValueProblem(f"{name} '{shown_text(value)}' {what}, so it is not applied", suggestion)


def _is_colour(text: str) -> bool:
    """Whether `text` is one CSS colour (`red`, `#f00`, `currentcolor`)."""
    return text == "currentcolor" or tinycss2.color4.parse_color(text) is not None


def _meant(word: str, rule: ValueRule) -> str | None:
    """The keyword probably meant by `word`: another vocabulary's (`middle` -> center), or the
    closest spelling (`flexbox`, `colum`)."""
    if word in rule.aliases:
        return rule.aliases[word]
    found = closest(word, rule.keywords, n=1, cutoff=0.75)
    return found[0] if found else None


def _number_problem(name: str, value: int | float, rule: ValueRule) -> ValueProblem | None:
    """A number on a property: px for a size (negative where that cannot be), nothing for a keyword one."""
    if rule.lengths:
        return None  # numbers are px; a negative one is `style_rules`' error where it is one
    return ValueProblem(
        f"{name} {shown_number(value)} is not {rule.what}, so it is not applied", f"use {rule.use}"
    )


def _font_weight_problem(value: str | int | float) -> ValueProblem | None:
    """`fontWeight`: a number from 1 to 1000 (100-900 in steps of 100 are the usual), normal,
    bold, bolder or lighter. A face's weight name (`semibold`, `heavy`) gets its number."""
    if isinstance(value, int | float):
        number: float | None = value  # not float(): an integer of hundreds of digits fits none
        text = shown_number(value)
    else:
        text = _IMPORTANT.sub("", value).strip().lower()
        if not text or text in GLOBAL_KEYWORDS or text in _FONT_WEIGHT_KEYWORDS or "var(" in text:
            return None
        if _FUNCTION.match(text):
            return None
        number = float(text) if _NUMBER.match(text) else None
    if number is not None:
        if 1 <= number <= 1000:
            return None
        return ValueProblem(f"fontWeight {text} is out of range, so it is not applied", _WEIGHT_USE)
    known = FONT_WEIGHT_NAMES.get(text.replace(" ", ""))
    if known:
        suggestion = f"did you mean {known}? '{text}' names the {known} weight; {_WEIGHT_USE}"
    else:
        meant = closest(text, _FONT_WEIGHT_KEYWORDS | set(FONT_WEIGHT_NAMES), n=1, cutoff=0.75)
        weight = FONT_WEIGHT_NAMES.get(meant[0]) if meant else None
        suggestion = f"did you mean {weight or repr(meant[0])}? {_WEIGHT_USE}" if meant else _WEIGHT_USE
    return ValueProblem(
        f"fontWeight '{shown_text(value)}' is not a font weight, so it is not applied", suggestion
    )


def _tiny_font_problem(value: str | int | float) -> ValueProblem | None:
    """A `fontSize` number (or "1.5", "1.5px") under `MIN_READABLE_FONT_PX` but above 0: drawn
    that many px high, which is almost always a rem or em written without its unit."""
    number: int | float
    if isinstance(value, str):
        text = _IMPORTANT.sub("", value).strip().lower().removesuffix("px").strip()
        if not _NUMBER.match(text):
            return None
        number = float(text)
    else:
        number = value
    if not 0 < number < MIN_READABLE_FONT_PX:
        return None
    shown = shown_number(number)
    return ValueProblem(
        f"fontSize {shown_text(value)} draws {shown} px text, which no one can read",
        f"did you mean {shown}rem, i.e. {shown_number(number * 16)}?"
        + ("" if isinstance(value, str) else " A number in a style is px"),
    )


def _shadow_problem(value: str | int | float) -> ValueProblem | None:
    """`boxShadow` as one word: a size of the theme's shadows (`SHADOW_TOKENS`), none or a
    keyword every property takes; any other word is dropped by Chromium."""
    if not isinstance(value, str):
        return ValueProblem(
            f"boxShadow {shown_number(value)} is not a shadow, so it is not applied", _SHADOW_USE
        )
    text = _IMPORTANT.sub("", value).strip().lower()
    if not text or " " in text or "(" in text or text in GLOBAL_KEYWORDS or text == "none":
        return None
    if text in SHADOW_TOKENS:
        return None
    meant = closest(text, set(SHADOW_TOKENS) | {"none"}, n=1, cutoff=0.75)
    suggestion = f"did you mean '{meant[0]}'? {_SHADOW_USE}" if meant else _SHADOW_USE
    return ValueProblem(f"boxShadow '{shown_text(value)}' is not a shadow, so it is not applied", suggestion)


def _integer_problem(name: str, value: str | int | float) -> ValueProblem | None:
    """`zIndex` (or `auto`) and `order` take a whole number."""
    auto = " or auto" if name == "zIndex" else ""
    if isinstance(value, int | float):
        if float(value).is_integer():
            return None
        return ValueProblem(f"{name} {shown_number(value)} is not a whole number, so it is not applied",
                            f"use a whole number such as {round(value)}{auto}")  # fmt: skip
    text = _IMPORTANT.sub("", value).strip().lower()
    if not text or text in GLOBAL_KEYWORDS or _INTEGER.match(text) or _FUNCTION.match(text) or "var(" in text:
        return None
    if name == "zIndex" and text == "auto":
        return None
    return ValueProblem(f"{name} '{shown_text(value)}' is not a whole number, so it is not applied",
                        f"use a whole number such as 10{auto}")  # fmt: skip


def _factor_problem(name: str, value: str | int | float) -> ValueProblem | None:
    """`flexGrow` and `flexShrink` take a number that is not negative."""
    if isinstance(value, int | float):
        return None  # a negative one is `style_rules`' error
    text = _IMPORTANT.sub("", value).strip().lower()
    if not text or text in GLOBAL_KEYWORDS or _FUNCTION.match(text) or "var(" in text:
        return None
    if _NUMBER.match(text) and not text.startswith("-"):
        return None
    return ValueProblem(f"{name} '{shown_text(value)}' is not a number of 0 or more, so it is not applied",
                        "use a number such as 1 (0 keeps the size it has)")  # fmt: skip
