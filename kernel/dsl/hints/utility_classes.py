"""Tailwind's and Bootstrap's utility classes, and the `style` they mean."""

from __future__ import annotations

import re

from kernel.dsl.hints.component_props import BOX_SPACING, RADII, SHADOW
from kernel.dsl.hints.element_fields import font_weight

_SPACING_CLASS = re.compile(
    r"(p|px|py|pt|pb|pl|pr|ps|pe|m|mx|my|mt|mb|ml|mr|ms|me|gap)-(\d+(?:\.5)?|px|auto)"
)
_TEXT_SIZES = {"xs": 12, "sm": 14, "base": 16, "lg": 18, "xl": 20, "2xl": 24, "3xl": 30, "4xl": 36, "5xl": 48,
               "6xl": 60}  # fmt: skip
_WHOLE_CLASSES: dict[str, tuple[tuple[str, str], ...]] = {
    "flex": (("display", "flex"),), "inline-flex": (("display", "inline-flex"),), "d-flex": (("display", "flex"),),
    "grid": (("display", "grid"),), "hidden": (("display", "none"),), "d-none": (("display", "none"),),
    "flex-col": (("flexDirection", "column"),), "flex-column": (("flexDirection", "column"),),
    "flex-row": (("flexDirection", "row"),), "flex-wrap": (("flexWrap", "wrap"),), "flex-1": (("flex", "1"),),
    "items-center": (("alignItems", "center"),), "items-start": (("alignItems", "flex-start"),),
    "items-end": (("alignItems", "flex-end"),), "align-items-center": (("alignItems", "center"),),
    "justify-between": (("justifyContent", "space-between"),), "justify-center": (("justifyContent", "center"),),
    "justify-end": (("justifyContent", "flex-end"),), "justify-content-between": (("justifyContent", "space-between"),),
    "justify-content-center": (("justifyContent", "center"),), "w-full": (("width", '"100%"'),),
    "w-100": (("width", '"100%"'),), "h-full": (("height", '"100%"'),), "h-100": (("height", '"100%"'),),
    "h-screen": (("height", '"100%"'),), "min-h-screen": (("height", '"100%"'),),
    "uppercase": (("textTransform", "uppercase"),), "text-uppercase": (("textTransform", "uppercase"),),
    "lowercase": (("textTransform", "lowercase"),), "capitalize": (("textTransform", "capitalize"),),
    "italic": (("fontStyle", "italic"),), "underline": (("textDecoration", "underline"),),
    "truncate": (("whiteSpace", "nowrap"), ("overflow", "hidden"), ("textOverflow", "ellipsis")),
    "border": (("border", '"1px solid var(--border)"'),), "text-white": (("color", "white"),),
    "text-black": (("color", "black"),), "bg-white": (("background", "white"),),
    "bg-black": (("background", "black"),), "bg-transparent": (("background", "transparent"),),
    "text-muted": (("color", '"var(--muted-foreground)"'),), "text-left": (("textAlign", "left"),),
    "text-center": (("textAlign", "center"),), "text-right": (("textAlign", "right"),),
    "text-start": (("textAlign", "start"),), "text-end": (("textAlign", "end"),),
    "mx-auto": (("marginInline", "auto"),), "overflow-hidden": (("overflow", "hidden"),),
}  # fmt: skip
"""Tailwind's and Bootstrap's utility classes that are one or a few CSS declarations. A screen's
height (`h-screen`) is `height: "100%"`: on a top-level element, the canvas's height (less the
page's margins), so a column centred in it is centred on the screen."""
_UTILITY_PREFIXES = (
    "p|px|py|pt|pb|pl|pr|ps|pe|m|mx|my|mt|mb|ml|mr|ms|me|gap|space|w|h|min-w|max-w|min-h|max-h|size|text|bg|"
    "border|rounded|shadow|font|fw|fs|leading|tracking|ring|opacity|z|inset|top|left|right|bottom|grid-cols|"
    "grid-rows|col-span|row-span|items|justify|align|content|self|place|flex|basis|grow|shrink|order|overflow|"
    "object|aspect|d|divide|from|to|via|blur|transition|duration|ease|cursor|select|whitespace|line-clamp|"
    "decoration|list|float|outline|lh|backdrop-blur|drop-shadow"
)
_UTILITY_VALUES = (
    r"-?\d+(?:\.\d+)?%?|\d+/\d+|px|auto|full|screen|min|max|fit|none|xs|sm|md|lg|xl|[2-9]xl|base|center|"
    r"start|end|between|around|evenly|stretch|baseline|left|right|top|bottom|col|row|wrap|nowrap|hidden|"
    r"visible|scroll|thin|extralight|light|normal|medium|semibold|bold|extrabold|black|white|transparent|"
    r"current|muted|primary|secondary|success|danger|warning|info|dark|inner|outline|pill|circle|uppercase|"
    r"lowercase|italic|underline|ellipsis|clip|cover|contain|square|video|pointer|flex|block|inline|grid|x|y|"
    r"tight|tighter|snug|relaxed|loose|wide|wider|widest|[a-z]+-\d{2,3}(?:/\d+)?|\[[^\]]+\]"
)
_UTILITY_WORDS = (
    "flex|grid|hidden|block|inline|inline-block|inline-flex|truncate|uppercase|lowercase|capitalize|italic|"
    "underline|rounded|shadow|border|container|container-fluid|btn|relative|absolute|sticky|fixed|grow|shrink|"
    "antialiased|transition|visible|invisible|backdrop-blur|blur|drop-shadow|border-[trblxyse]|"
    "rounded-[trblse]|rounded-[trbl][lr]"
)
_UTILITY_CLASS = re.compile(
    rf"(?:[a-z0-9-]+:)*!?-?(?:(?:{_UTILITY_PREFIXES})(?:-[a-z]+)*?-(?:{_UTILITY_VALUES})(?:/\d+)?|"
    rf"btn(?:-outline)?-[a-z]+|col(?:-(?:sm|md|lg|xl|xxl))?-\d+|{_UTILITY_WORDS})"
)
"""What Tailwind's and Bootstrap's utility classes look like (`px-4`, `md:flex`, `btn-primary`),
as against an author's own class name (`hero-title`)."""


def utility_classes(class_name: str) -> list[str]:
    """The classes of a `className` that are Tailwind's or Bootstrap's utilities."""
    return [name for name in class_name.split() if _UTILITY_CLASS.fullmatch(name)]


def _utility_css(name: str) -> tuple[tuple[str, str], ...]:
    """The CSS declarations (camelCase, as `style` takes them) a utility class is, or () when it
    is not known here (a colour of Tailwind's palette, a breakpoint's or a hover's class)."""
    if ":" in name:
        return ()  # md:flex, hover:bg-...: a breakpoint or a state, which one picture does not show
    if name in _WHOLE_CLASSES:
        return _WHOLE_CLASSES[name]
    spacing = _SPACING_CLASS.fullmatch(name)
    if spacing:
        prop = "gap" if spacing.group(1) == "gap" else BOX_SPACING[spacing.group(1)]
        step = spacing.group(2)
        px = step if step == "auto" else "1" if step == "px" else f"{float(step) * 4:g}"
        return ((prop, px),)
    rounded = re.fullmatch(r"rounded(?:-(none|sm|md|lg|xl|2xl|3xl|full|pill|circle))?", name)
    if rounded:
        return (("borderRadius", str(RADII.get(rounded.group(1) or "sm", 4))),)
    shadow = re.fullmatch(r"shadow(?:-(sm|md|lg|xl|2xl|none))?", name)
    if shadow:
        return (("boxShadow", "none" if shadow.group(1) == "none" else SHADOW),)
    weight = re.fullmatch(
        r"(?:font|fw)-(thin|extralight|light|normal|medium|semibold|bold|extrabold|black)", name
    )
    if weight:
        return (("fontWeight", font_weight(weight.group(1))),)
    size = re.fullmatch(r"text-(xs|sm|base|lg|xl|[2-6]xl)", name)
    if size:
        return (("fontSize", str(_TEXT_SIZES[size.group(1)])),)
    columns = re.fullmatch(r"grid-cols-(\d+)", name)
    if columns:
        return (("gridTemplateColumns", f'"repeat({columns.group(1)}, minmax(0, 1fr))"'),)
    span = re.fullmatch(r"col-span-(\d+)", name)
    if span:
        return (("gridColumn", f'"span {span.group(1)}"'),)
    return ()


def utility_class_hint(classes: list[str], kind: str | None = None) -> str:
    """How to write Tailwind's or Bootstrap's classes as the `style` they mean, as far as they
    translate (a palette colour does not: it is written as a CSS colour); Bootstrap's
    `btn-primary` on a button is its variant."""
    button = next((m for name in classes if (m := re.fullmatch(r"btn-(outline-)?([a-z]+)", name))), None)
    if kind == "button" and button is not None:
        variant = "outline" if button.group(1) else button.group(2)
        if variant in ("primary", "secondary", "outline", "ghost", "danger", "link", "success"):
            return f"a button's look is its variant: variant: {variant}"
    pairs: dict[str, str] = {}
    for name in classes:
        for prop, value in _utility_css(name):
            pairs.setdefault(prop, value)
    untranslated = [name for name in classes if not _utility_css(name)]
    colours = any(re.match(r"(?:[a-z-]+:)*(?:bg|text|border)-[a-z]+-\d{2,3}$", name) for name in untranslated)
    tail = ', and colours as CSS colours ("#2563eb")' if colours else ""
    if pairs:
        shown = ", ".join(f"{prop}: {value}" for prop, value in list(pairs.items())[:6])
        return f"write the look in style: {{{shown}}}{tail}"
    return (
        "write the look in style, in CSS's camelCase names (backgroundColor, padding, borderRadius...)"
        f"{tail}, or define the classes in the document's css"
    )
