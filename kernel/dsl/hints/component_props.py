"""What to write instead of a component library's prop (MUI, Chakra, Ant Design, Bootstrap, Tailwind)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kernel.dsl.catalog import COLOR_TYPES, DRAWN_FIELDS, ICON_POSITION_TYPES
from kernel.dsl.hints.type_names import HEADINGS
from kernel.dsl.hints.variants import TEXT_TYPES, heading_size_hint, variant_synonym
from kernel.dsl.hints.wording import flow_item, shown_or
from kernel.dsl.number_text import shown_number
from kernel.dsl.style_rules import STYLE_PROPERTIES, to_camel

PAGINATION = "a pagination is an element of its own below it: {type: pagination, current: 1, total: 10}"


_SPACING_WORDS = frozenset(
    {"spacing", "gutter", "gutters", "space", "itemspacing", "gridgap", "spacingx", "spacingy", "rowspacing",
     "columnspacing"}
)  # fmt: skip
BOX_SPACING = {
    "p": "padding", "px": "paddingInline", "py": "paddingBlock", "pt": "paddingTop", "pb": "paddingBottom",
    "pl": "paddingLeft", "pr": "paddingRight", "ps": "paddingLeft", "pe": "paddingRight",
    "paddingx": "paddingInline", "paddingy": "paddingBlock", "m": "margin", "mx": "marginInline",
    "my": "marginBlock", "mt": "marginTop", "mb": "marginBottom", "ml": "marginLeft", "mr": "marginRight",
    "ms": "marginLeft", "me": "marginRight", "marginx": "marginInline", "marginy": "marginBlock",
    "gutterbottom": "marginBottom",
}  # fmt: skip
"""Style-system shorthands (Chakra, MUI's Box, Tailwind's p-4) and the CSS property each one is."""
_BACKGROUND_PROPS = {"bg": "background", "bgcolor": "background", "bgcolour": "background",
                     "backgroundcolour": "background", "bgimage": "backgroundImage", "bgimg": "backgroundImage"}  # fmt: skip
_RADIUS_WORDS = frozenset(
    {"rounded", "radius", "cornerradius", "corners", "roundedcorners", "isrounded", "round", "pill"}
)
RADII = {"none": 0, "xs": 2, "sm": 4, "md": 6, "lg": 8, "xl": 12, "2xl": 16, "3xl": 24, "full": 9999,
          "pill": 9999, "circle": 9999, "round": 9999}  # fmt: skip
"""Tailwind's and Chakra's radius words in px (`rounded: lg` is 8 px)."""
_SHADOW_WORDS = frozenset(
    {"shadow", "elevation", "raised", "hasshadow", "withshadow", "dropshadow", "shadowed", "shadows"}
)
SHADOW = '"0 4px 12px rgb(0 0 0 / 0.12)"'
_BORDER_WORDS = frozenset({"bordered", "outlined", "withborder", "hasborder", "showborder", "isbordered"})
HOVER_WORDS = frozenset(
    {"hoverable", "hover", "clickable", "interactive", "pressable", "ishoverable", "isclickable",
     "ispressable", "actionarea", "ripple", "disableripple", "focusable", "hovereffect", "draggable",
     "tappable", "touchable", "isdraggable"}
)  # fmt: skip
CLOSE_WORDS = frozenset(
    {"dismissible", "dismissable", "isdismissible", "closable", "closeable", "isclosable", "withclosebutton",
     "showclose", "closebutton", "showclosebutton", "hasclose", "hasclosebutton", "closeicon", "canclose",
     "withclose", "deletable", "isdeletable", "showdismiss"}
)  # fmt: skip
_REMOVABLE_TYPES = frozenset({"alert", "chip"})
_ALWAYS_CLOSABLE = frozenset({"toast", "modal"})
_SCHEME_WORDS = frozenset(
    {"colorscheme", "colorpalette", "intent", "severity", "tint", "palette", "colortheme", "colorvariant",
     "themecolor", "scheme"}
)  # fmt: skip
_INVALID_WORDS = frozenset(
    {"isinvalid", "invalid", "haserror", "iserror", "errored", "validatestatus", "validationstate",
     "validationstatus", "showerror"}
)  # fmt: skip
_BEFORE_WORDS = frozenset(
    {"prefix", "addonbefore", "startadornment", "leftelement", "leftaddon", "leftsection", "startcontent",
     "inputleftelement", "inputleftaddon", "prepend", "leadingtext", "prefixtext", "currency", "before"}
)  # fmt: skip
_AFTER_WORDS = frozenset(
    {"suffix", "addonafter", "endadornment", "rightelement", "rightaddon", "rightsection", "endcontent",
     "inputrightelement", "inputrightaddon", "append", "trailingtext", "suffixtext", "unit", "units", "after"}
)  # fmt: skip
_TRUNCATE_WORDS = frozenset({"truncate", "istruncated", "nowrap", "ellipsis", "singleline", "oneline"})
_CLAMP_WORDS = frozenset({"numberoflines", "nooflines", "lineclamp", "maxlines", "clamp", "linelimit"})
_MUTED_WORDS = frozenset({"muted", "dimmed", "subdued", "faded", "dimmer", "dim", "secondary", "subtle"})
_AS_WORDS = frozenset({"as", "component", "htmltag", "tagname", "renderas", "element"})
_CENTER_WORDS = frozenset(
    {"centered", "center", "iscentered", "centercontent", "centertext", "textcenter", "centred", "centeralign",
     "aligncenter", "centeritems"}
)  # fmt: skip
_LINK_WORDS = frozenset(
    {"target", "isexternal", "external", "rel", "newtab", "opennewtab", "openinnewtab", "download",
     "targetblank", "externallink"}
)  # fmt: skip
_BREAKPOINTS = frozenset({"xs", "sm", "md", "lg", "xl", "xxl", "2xl", "base"})
_SPAN_WORDS = frozenset({"span", "colspan", "columnspan", "gridspan", "spancolumns", "colsspan"})
_SIZE_FLAGS = {"xs": "sm", "sm": "sm", "small": "sm", "mini": "sm", "tiny": "sm", "md": "md", "medium": "md",
               "lg": "lg", "large": "lg", "big": "lg", "xl": "lg", "huge": "lg"}  # fmt: skip
"""Bootstrap's and Semantic UI's size switches (`<Button small>`) and the size each one is."""
_SPACED_TYPES = frozenset(kind for kind, fields in DRAWN_FIELDS.items() if "padding" in fields)
_ALIGNED_TYPES = frozenset(kind for kind, fields in DRAWN_FIELDS.items() if "align" in fields)


def component_prop_hint(
    key: str, value: Any, kind: str, variants: frozenset[str], *, sized: bool = True
) -> str | None:
    """What to write instead of a component library's prop (`key`, in lower case) on an element
    of type `kind` that draws `variants` (and a `size` when `sized`): MUI's `elevation`, Chakra's
    `colorScheme` and `px`,
    Ant Design's `closable` and `gutter`, Bootstrap's `<Button outline>`, React Native's
    `numberOfLines`, Tailwind's `rounded`; None when `key` is none of them."""
    flag = (key if key in variants else variant_synonym(key, variants)) if value is True else None
    if flag is not None:  # `<Button danger>`, `<Card outlined>`: a variant written as a switch
        return f"did you mean variant: {flag}?"
    if value is True and key in _SIZE_FLAGS:
        if kind == "heading":
            return heading_size_hint(_SIZE_FLAGS[key])
        if not sized:
            return f"'{kind}' draws no size: remove it"
        return f"did you mean size: {_SIZE_FLAGS[key]}?"
    if key in _SPACING_WORDS:
        return f"did you mean 'gap'? It is in px: gap: {_gap_px(value)}"
    if key in BOX_SPACING:
        return _box_spacing_hint(key, value, kind)
    if key in _BACKGROUND_PROPS:
        prop = _BACKGROUND_PROPS[key]
        if isinstance(value, str) and re.fullmatch(r"[a-z]+\.\d+", value.strip()):  # Chakra's gray.50
            return (
                f'CSS goes in style: {{{prop}: "#f8fafc"}}, a CSS colour ({value.strip()} is a design token)'
            )
        return f"CSS goes in style: {{{prop}: {shown_or(value, '...')}}}"
    if key in _RADIUS_WORDS:
        return f"CSS goes in style: {{borderRadius: {_radius_px(value)}}}"
    if key in _SHADOW_WORDS:
        if kind == "card":
            return f"did you mean variant: {'flat' if _is_off(value) else 'elevated'}?"
        return "remove it" if _is_off(value) else f"CSS goes in style: {{boxShadow: {SHADOW}}}"
    if key in _BORDER_WORDS:
        bordered = "outline" if "outline" in variants else "bordered" if "bordered" in variants else None
        if bordered is not None:
            return f"did you mean variant: {bordered}?"
        return 'CSS goes in style: {border: "1px solid var(--border)"}'
    if key in HOVER_WORDS:
        return "a picture shows no hover, press or drag: remove it"
    if key in CLOSE_WORDS:
        return _close_hint(kind, value)
    if key in _SCHEME_WORDS:
        return _scheme_hint(kind, value, variants)
    if key in _INVALID_WORDS:
        if kind not in FIELD_TYPES:
            return "only fields draw an error state: remove it"
        return 'a field is drawn invalid by its message, in red under it: error: "Enter a valid value"'
    if key in _BEFORE_WORDS or key in _AFTER_WORDS:
        return adornment_hint(kind, value, before=key in _BEFORE_WORDS)
    if key in _TRUNCATE_WORDS:
        if _is_off(value):
            return "text wraps by default: remove it"
        return "CSS goes in style: {whiteSpace: nowrap, overflow: hidden, textOverflow: ellipsis}"
    if key in _CLAMP_WORDS:
        lines = shown_or(value, 2) if isinstance(value, int) and not isinstance(value, bool) else "2"
        return (
            f"CSS goes in style: {{display: -webkit-box, WebkitLineClamp: {lines}, WebkitBoxOrient: "
            "vertical, overflow: hidden}"
        )
    if key in _MUTED_WORDS and value is True:
        return 'a muted text takes style: {color: "var(--muted-foreground)"}'
    if key == "lead" and kind in TEXT_TYPES:
        return "a lead paragraph is larger text: size: lg"
    if key in _AS_WORDS:
        return _as_hint(kind, value)
    if key in _CENTER_WORDS:
        return _center_hint(kind, value)
    if key in _LINK_WORDS:
        if kind in ICON_POSITION_TYPES:
            return (
                "a picture follows no link: remove it; icon: external-link, iconPosition: end draws the arrow"
            )
        return "a picture follows no link: remove it"
    if key in _SPAN_WORDS and isinstance(value, int) and not isinstance(value, bool):
        return f'CSS goes in style: {{gridColumn: "span {value}"}}'
    if key in _BREAKPOINTS or key in _SPAN_WORDS:
        return (
            "one screen width is drawn, so there are no breakpoints: the grid's 'columns' sets the count; "
            'a child wider than one column takes style: {gridColumn: "span 2"}'
        )
    if key == "sx":
        return _sx_hint(value)
    if key in _INPUT_TYPE_WORDS or (kind and key.strip("_") == "type"):  # no type: `type_` is `type`
        return _input_type_hint(kind, value, renamed=key.strip("_") != "type")
    if key in ("buttontype", "formaction", "submit", "formtarget"):
        return "a picture submits nothing: remove it; a button's look is its variant"
    if key in ("readonly", "isreadonly"):
        if kind in READONLY_TYPES:
            return "did you mean 'readonly'? readonly: true draws the field read-only"
        return "a picture is read-only anyway: remove it"
    if key in ("defaultvalue", "initialvalue", "defaultinputvalue"):
        return f"did you mean 'value'? value: {shown_or(value, '...')}"
    if key in ("pagination", "paginated", "showpagination"):
        return PAGINATION
    if key == "badgecontent":
        return f"did you mean 'badge'? badge: {shown_or(value, 3)}"
    if key in ("objectfit", "resizemode", "contentmode", "scaletype"):
        if kind == "image":
            return f"did you mean 'fit'? fit: {shown_or(value, 'contain')} (cover, contain, fill or none)"
        return f"CSS goes in style: {{objectFit: {shown_or(value, 'cover')}}}"
    return None


_INPUT_TYPE_WORDS = frozenset(
    {"htmltype", "nativetype", "fieldtype", "keyboardtype", "texttype", "inputmode"}
)
"""Other libraries' names for an HTML input's `type` (Ant Design's `htmlType`, React Native's
`keyboardType`), and `type_`, `_type`: the DSL's is `inputType`, as `type` is the element's."""


def _input_type_hint(kind: str, value: Any, *, renamed: bool) -> str:
    """An input's HTML type under another name (`htmlType: password`, `type_: email`): it is
    `inputType` on an input; on a button (`renamed`: not `type_` on another element) the submit
    type draws nothing. Never `type`, which names the element's own type."""
    written = flow_item(value.strip()) if isinstance(value, str) and value.strip() else "password"
    if kind == "input":
        return f"did you mean 'inputType'? inputType: {written} ('type' is the element's type)"
    if kind in ("search", "textarea", "select"):
        return f"only an input takes an inputType: {{type: input, inputType: {written}}}"
    if renamed or kind == "button" or not kind:  # `htmlType: submit`
        return "a picture submits nothing: remove it; a button's look is its variant"
    return f"'type' is the element's type ({kind}): remove it"


def _is_off(value: Any) -> bool:
    """`false`, `0` or `none`: a switch written off."""
    return value is False or value == 0 or (isinstance(value, str) and value.strip().lower() in ("none", "0"))


def _gap_px(value: Any) -> str:
    """A gap as px: a number as written; MUI's and Chakra's spacing steps (2, 4) as 16."""
    if isinstance(value, list) and value:
        value = value[0]  # Ant Design's [horizontal, vertical]
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 12:
        return f"{shown_number(value)}"
    if isinstance(value, str) and re.search(r"\d", value) and not value.strip().isdigit():
        return shown_or(value, 16)
    return "16"


def _box_spacing_hint(key: str, value: Any, kind: str) -> str:
    """A style-system shorthand (`p`, `px`, `mt`, `gutterBottom`) as the DSL's `padding` on a
    flow container, else as CSS in `style`; a number is a spacing step of 4 px (`px: 4` is 16 px)."""
    prop = BOX_SPACING[key]
    if isinstance(value, bool):
        px = "8" if value else "0"
    elif isinstance(value, int | float):
        px = f"{value * 4:g}"
    elif isinstance(value, str) and value.strip().replace(".", "", 1).isdigit():
        px = f"{float(value) * 4:g}"
    else:
        px = shown_or(value, 16)
    if kind in _SPACED_TYPES and px.replace(".", "", 1).isdigit():
        if prop == "padding":
            return f"did you mean 'padding'? It is in px: padding: {px}"
        if prop == "paddingInline":
            return f"did you mean 'padding'? It is in px, or CSS's shorthand: padding: \"0 {px}px\""
        if prop == "paddingBlock":
            return f"did you mean 'padding'? It is in px, or CSS's shorthand: padding: \"{px}px 0\""
    return f"CSS goes in style: {{{prop}: {px}}}"


def _radius_px(value: Any) -> str:
    if value is True:
        return "8"
    if value is False:
        return "0"
    if isinstance(value, int | float):
        return f"{shown_number(value)}"
    word = str(value).strip().lower()
    if word in RADII:
        return str(RADII[word])
    return shown_or(value, 8) if re.search(r"\d", word) else "8"


def _close_hint(kind: str, value: Any) -> str:
    """Alerts and chips draw a close cross with `removable`; toasts and modals always draw one."""
    if kind in _ALWAYS_CLOSABLE:
        return f"a {'titled ' * (kind == 'modal')}{kind} always draws its close ×: remove it"
    if kind in _REMOVABLE_TYPES:
        if _is_off(value):
            return "no close × is drawn by default: remove it"
        return "did you mean 'removable'? removable: true draws the close ×"
    return "only alerts and chips draw a close ×, with removable: true"


def _scheme_hint(kind: str, value: Any, variants: frozenset[str]) -> str:
    """A colour scheme (`colorScheme: green`, `severity: error`, `intent: danger`) as the variant
    of that colour, the element's `color`, or the theme's primary colour."""
    word = value.strip().lower() if isinstance(value, str) else ""
    variant = (word if word in variants else variant_synonym(word, variants)) if word else None
    if variant is not None:
        return f"did you mean variant: {variant}?"
    shown = shown_or(value, "...")
    if kind in COLOR_TYPES:
        return f"did you mean 'color'? color: {shown}"
    theme = f"the accent colour of every element is the theme's: theme: {{primary: {shown}}}"
    if variants:
        return f"a {kind}'s colour is its variant: {', '.join(sorted(variants))}; {theme}"
    return theme


def adornment_hint(kind: str, value: Any, *, before: bool) -> str:
    """Words before or after an input's text (`prefix: $`, `suffix: USD`) or a stat's figure."""
    words = value.strip() if isinstance(value, str) and 0 < len(value.strip()) <= 12 else None
    if words and before and words[-1].isalpha():
        words += " "  # a currency's code before its figure: EUR 12,400, not EUR12,400
    if kind == "stat":
        figure = (f"{words}12,400" if before else f"12,400 {words}") if words else "$12,400"
        return f'write it in the value: value: "{figure}"'
    side = "prefix" if before else "suffix"
    if kind in ADDON_TYPES:
        return f"did you mean '{side}'? {side}: {shown_or(value, '$' if before else 'USD')}"
    if kind in TYPED_FIELDS:
        return f"only an input or a search draws add-ons: {{type: input, {side}: {shown_or(words or value, '...')}}}"
    if kind in ("slider", "progress", "rating"):
        return 'write it in the label: label: "Volume (%)"'
    if kind == "chart":
        return f'a chart\'s values are numbers alone: write it in the title: title: "Revenue ({(words or "USD").strip()})"'
    if kind == "table":
        figure = f"{words}1,200.50" if before else f"1,200.50 {words}"
        return f'write it in the cells themselves: "{figure if words else "$1,200.50"}"'
    return "write it in the text itself"


TYPED_FIELDS = frozenset({"input", "search", "textarea", "select"})
READONLY_TYPES = TYPED_FIELDS
"""Types drawn read-only with `readonly: true`."""
ADDON_TYPES = frozenset({"input", "search"})
"""Types that draw `prefix` and `suffix` add-ons."""


def _as_hint(kind: str, value: Any) -> str:
    """MUI's `component: h1` and Chakra's `as: h2`: a heading's level, else nothing to draw."""
    word = value.strip().lower() if isinstance(value, str) else ""
    if word in HEADINGS:
        if kind == "heading":
            return f"did you mean level: {HEADINGS[word]}?"
        if kind in TEXT_TYPES:
            return f"a heading is {{type: heading, level: {HEADINGS[word]}}}"
    return "the element's 'type' says what is drawn: remove it"


def _center_hint(kind: str, value: Any) -> str:
    if _is_off(value):
        return "remove it"
    if kind in TEXT_TYPES:
        return "did you mean align: center?"
    if kind == "modal":
        return "a modal is drawn centred: remove it"
    if kind in _ALIGNED_TYPES:
        return "to centre the children: align: center, justify: center"
    return "to centre it, give its parent align: center"


_SX_NAMES = {**BOX_SPACING, "bgcolor": "backgroundColor", "bg": "background", "w": "width", "h": "height",
             "minw": "minWidth", "maxw": "maxWidth", "minh": "minHeight", "maxh": "maxHeight"}  # fmt: skip
"""MUI's `sx` shorthands and the CSS each one is (`p` and `m` in steps of 8 px)."""


_MUI_COLORS = {"primary": "primary", "error": "danger", "warning": "warning", "info": "info",
               "success": "success", "divider": "border", "secondary": "muted-foreground"}  # fmt: skip
"""MUI's palette names (`primary.main`) and the DSL's palette variable each one is."""


def _sx_hint(value: Any) -> str:
    """MUI's `sx` is CSS with shorthands: the `style` it means, as far as its entries translate."""
    pairs: list[str] = []
    for name, written in value.items() if isinstance(value, Mapping) else []:
        key = str(name)
        prop = _SX_NAMES.get(key.lower()) or (to_camel(key) if to_camel(key) in STYLE_PROPERTIES else None)
        if prop is None or isinstance(written, Mapping | list | bool) or written is None:
            continue
        number = isinstance(written, int | float)
        if number and key.lower() in BOX_SPACING:
            shown = f"{written * 8:g}"  # MUI's spacing step
        elif number and prop == "borderRadius":
            shown = f"{written * 4:g}"  # MUI's shape step
        else:
            token = _MUI_COLORS.get(str(written).split(".")[0]) if isinstance(written, str) else None
            shown = f'"var(--{token})"' if token else flow_item(written)
        pairs.append(f"{prop}: {shown}")
    example = ", ".join(pairs[:4]) or "backgroundColor: white, padding: 16"
    return f"CSS goes in style, with CSS's names: style: {{{example}}}"


FIELD_TYPES = frozenset(
    {"input", "textarea", "select", "search", "checkbox", "radio", "toggle", "slider", "upload"}
)
