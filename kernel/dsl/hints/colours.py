"""What to write for a colour that is no CSS colour, or on a type that draws none."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kernel.dsl.hints.suggest import did_you_mean
from kernel.dsl.hints.variants import variant_synonym
from kernel.dsl.hints.wording import shown_or


def color_hint(kind: str, color: str, variants: Iterable[str]) -> str:
    """What to write instead of `color` on a type that does not draw it: the variant of that
    colour when the type has one, else the CSS colour in `style`."""
    if kind == "chart":
        return "each series takes its own: series: [{name: ..., values: [...], color: ...}]"
    tone = THEME_COLOR_VARIABLES.get(color.strip().lower()) if isinstance(color, str) else None
    css = f'style: {{color: "var(--{tone})"}}' if tone else f"style: {{color: {shown_or(color, '...')}}}"
    choices = set(variants)
    variant = color if color in choices else variant_synonym(color, choices)
    if variant is not None:
        return f"use variant: {variant} (or {css} for the text colour alone)"
    return f"the text colour goes in {css}"


_CSS_COLOR_WORDS = """aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet
    brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue
    darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange
    darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise
    darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia
    gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo
    ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan
    lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue
    lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon
    mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue
    mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin
    navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen
    paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red
    rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue
    slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white
    whitesmoke yellow yellowgreen transparent"""
CSS_COLOR_NAMES = frozenset(_CSS_COLOR_WORDS.split())
"""CSS's named colours (and `transparent`), for did-you-mean on a colour that is none."""

THEME_COLOR_VARIABLES = {
    "primary": "primary", "success": "success", "warning": "warning", "danger": "danger", "error": "danger",
    "info": "info", "muted": "muted-foreground", "secondary": "muted-foreground", "neutral": "muted-foreground",
    "foreground": "foreground", "background": "background", "surface": "surface", "border": "border",
    "accent": "primary", "brand": "primary",
}  # fmt: skip
"""Theme words written where a CSS colour belongs, and the palette variable each one is."""

_HEX_DIGITS = frozenset("0123456789abcdef")
_HEX_LENGTHS = (3, 4, 6, 8)
_COLOR_EXAMPLE = 'write a hex colour such as "#7c3aed" or a CSS colour name such as purple'


_PALETTE_SHADE = re.compile(r"(?:(?:bg|text|border|ring|fill|stroke|from|to)-)?[a-z]+[-.](?:50|[1-9]00|950)")
"""A design system's palette name, a hue and a shade (`indigo-600`, Chakra's `gray.50`, the class
`bg-indigo-600`): no CSS colour, and the CSS keyword of its hue (`indigo`, #4b0082) is another
colour than the shade, so it is not offered."""


def color_value_hint(value: str, *, variables: bool = True) -> str:
    """What to write instead of `value`, which is no CSS colour: the named colour it misspells
    (`purpel`, `purple-ish`, `dark blue`), the hex colour it lacks a `#` or a digit for, or the
    palette variable a theme word stands for (`primary` is `var(--primary)`; not in the theme
    itself, whose tokens those variables are: `variables` false)."""
    text = value.strip().removesuffix("!important").strip()
    lowered = text.lower()
    if lowered.startswith("#"):
        digits = lowered[1:]
        if set(digits) <= _HEX_DIGITS:
            return f'a hex colour has 3, 4, 6 or 8 digits, not {len(digits)}: "#7c3aed"'
        return 'a hex colour is # and 3, 4, 6 or 8 digits 0-9 or a-f: "#7c3aed"'
    if set(lowered) <= _HEX_DIGITS and len(lowered) in _HEX_LENGTHS and any(c.isdigit() for c in lowered):
        return f'did you mean "#{lowered}"? (quoted: in YAML a bare # starts a comment)'
    variable = THEME_COLOR_VARIABLES.get(lowered.removeprefix("--")) if variables else None
    if variable is not None:
        return f'the theme\'s {lowered.removeprefix("--")} colour is a CSS variable: "var(--{variable})"'
    if _PALETTE_SHADE.fullmatch(lowered):
        return (
            f"'{text}' names a shade of a design system's palette (as Tailwind does), not a colour here: "
            'write the shade\'s own hex colour, "#rrggbb", as the palette gives it'
        )
    joined = "".join(ch for ch in lowered if ch.isalpha())
    if joined in CSS_COLOR_NAMES:
        return f"did you mean '{joined}'?"
    for part in lowered.replace("_", "-").replace(" ", "-").split("-"):
        if part in CSS_COLOR_NAMES:
            return f"did you mean '{part}'?"
    return did_you_mean(joined or lowered, CSS_COLOR_NAMES, cutoff=0.75) or _COLOR_EXAMPLE
