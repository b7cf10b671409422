"""What to write instead of a field or element type the DSL does not have, when it is another
vocabulary's word.

Agents and people bring habits from HTML, React and other mockup tools: `url` for `src`,
`content` for `text`, `width` on the element instead of in `layout`, `dropdown` for `select`,
`h1` for a heading. Spelling distance cannot connect those (it offered 'divider' for `div` and
'paragraph' for `graph`), so an unknown name gets one of these hints first, and only then a
did-you-mean.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kernel.dsl.catalog import DEVICES, ELEMENT_TYPES, ICON_POSITION_TYPES
from kernel.dsl.style_rules import STYLE_PROPERTIES, to_camel
from kernel.dsl.suggest import did_you_mean

_ELEMENT_RENAMES = {
    "url": "src",
    "image": "src",
    "imageurl": "src",
    "imagesrc": "src",
    "source": "src",
    "link": "href",
    "to": "href",
    "class": "className",
    "classes": "className",
    "headers": "columns",
    "choices": "options",
    "subtitle": "description",
    "subtext": "description",
    "kind": "variant",
    "appearance": "variant",
    "tone": "variant",
    "key": "id",
    "links": "items",
    "navitems": "items",
    "navlinks": "items",
    "menuitems": "items",
    "entries": "items",
    "steps": "items",
    "tabs": "items",
    "helpertext": "hint",
    "helper": "hint",
    "helptext": "hint",
    "footer": "actions",
    "buttons": "actions",
    "footeractions": "actions",
    "brand": "title",
    "brandname": "title",
    "appname": "title",
    "sitename": "title",
    "starticon": "icon",
    "lefticon": "icon",
    "leadingicon": "icon",
    "prefixicon": "icon",
    "syntax": "language",
    "codelanguage": "language",
    "filename": "title",
    "page": "current",
    "currentpage": "current",
    "activepage": "current",
    "pagecount": "total",
    "totalpages": "total",
}
_CHART_KIND = "a chart's kind is its 'variant': bar, line, area, pie or donut"
_EXPLAINED = {
    "initials": "initials are drawn from 'name': Jane Doe gives JD",
    "trend": "the sign of 'change' sets the trend: '+3%' is up, '-2%' is down",
    "deltatype": "the sign of 'change' sets the arrow; variant: success or danger sets its colour",
    "changetype": "the sign of 'change' sets the arrow; variant: success or danger sets its colour",
    "inverse": "variant: success or danger sets the colour of 'change' (a fall in latency is good news)",
    "invert": "variant: success or danger sets the colour of 'change' (a fall in latency is good news)",
    "sentiment": "variant: success or danger sets the colour of 'change'",
    "logo": "the brand's name goes in 'title'; a logo picture is an image (data: src) in 'children'",
    "tag": "a badge is an element: {type: badge, text: ...} in 'children'",
    "lang": "a code element's language is 'language' (python, ts, bash...); the screen's language is the document's 'lang'",
    "linenumbers": "line numbers are not drawn: remove it",
    "showlinenumbers": "line numbers are not drawn: remove it",
    "charttype": _CHART_KIND,
    "graphtype": _CHART_KIND,
}
_TEXT_WORDS = frozenset(
    {"content", "body", "message", "caption", "textcontent", "innertext", "copy", "string"}
)
_LAYOUT_WORDS = {
    "width": "width",
    "height": "height",
    "minwidth": "minWidth",
    "maxwidth": "maxWidth",
    "minheight": "minHeight",
    "maxheight": "maxHeight",
    "x": "x",
    "y": "y",
    "left": "x",
    "top": "y",
}
_MARKUP_ONLY = frozenset({"role", "tabindex", "testid", "datatestid", "data-testid", "autofocus"})
"""HTML attributes for assistive tech, focus and tests: nothing a picture can show."""
_FULL_WIDTH_WORDS = frozenset({"fullwidth", "block", "stretch", "expand", "fill"})
_KEPT_HANDLERS = "onClick, onChange and onHover are accepted for compatibility, and ignored"

_DOCUMENT_RENAMES = {
    "components": "elements",
    "widgets": "elements",
    "children": "elements",
    "content": "elements",
    "body": "elements",
    "items": "elements",
    "screen": "elements",
    "name": "title",
    "screenname": "title",
    "backgroundcolor": "background",
    "bg": "background",
    "styles": "css",
    "stylesheet": "css",
    "style": "css",
    "mode": "theme",
    "colorscheme": "theme",
    "appearance": "theme",
}
_DOCUMENT_SIZE_WORDS = frozenset({"size", "viewport", "resolution", "dimensions", "canvas"})


_LEGEND = "a legend is drawn by itself for a pie or donut and for several series: remove it"
_CHOSEN_OPTION = "the chosen option is 'value': value: {value}"
_PROGRESS_FIGURE = (
    "the percentage is drawn beside a 'label' (unless the label holds a '%' itself) and inside a "
    "circle; a bar without a label draws no figure: remove it"
)
_SLIDER_FIGURE = (
    "the value is drawn beside a 'label', with min and max below the track; a slider without a "
    "label draws the track alone: remove it"
)
_SHOW_VALUE_WORDS = ("showvalue", "showpercentage", "showpercent", "displayvalue")
_REVIEW_COUNT = "the review count goes in 'label': label: {reviews}"
_REVIEW_WORDS = ("count", "reviews", "reviewcount", "numreviews", "totalreviews", "ratingcount", "votes")
_OPEN_SECTION = (
    "the open entry is named by 'active', its index or label; or write active: true on the entry itself"
)
_OPEN_WORDS = ("open", "expanded", "defaultopen", "defaultexpanded", "openitems", "defaultvalue")
_COUNT_BADGE = "did you mean 'badge'? A button draws it as a count on its corner"
_TABLE_TOTALS = (
    'a table has no footer row: make the totals its last row ([Total, "", "$1,215.50"]), '
    "or put a row of text below the table"
)
_TABLE_DENSITY = "rows follow the theme's density: theme: {density: compact}"
_ALL_CLOSED = "active: -1 closes every section; by default the first is open"
_BADGE_NUMBER = "a badge's number is its 'text': text: {text}"
_COUNT_WORDS = ("count", "counter", "number", "num", "amount", "quantity", "qty", "notifications")
_TABLE_FRAME = (
    "a table always has a border and a line between rows: remove it; striped: true shades every other row"
)
_TABLE_FRAME_WORDS = ("bordered", "borders", "outlined", "gridlines", "celled", "divided", "showborders")
_SHAPE_WORDS = ("shape", "rounded", "round", "circle", "circular", "square")
_ALWAYS_OPEN = "a modal is always drawn open: remove it"
_SHOWN_WORDS = ("open", "isopen", "opened", "visible", "isvisible", "show", "shown", "defaultopen")
_TYPE_FIELD_HINTS: dict[str, dict[str, str]] = {
    "stat": dict.fromkeys(("delta", "diff", "difference", "percentchange", "changepercent"), "did you mean 'change'?"),
    "chart": {"legend": _LEGEND, "showlegend": _LEGEND},
    **{kind: {"selected": "did you mean 'active'?"} for kind in ("chip", "tabs", "accordion")},
    "select": dict.fromkeys(("selected", "selectedvalue", "selectedoption", "defaultvalue"), _CHOSEN_OPTION),
    "radio": dict.fromkeys(("selected", "selectedvalue", "selectedoption", "defaultvalue"), _CHOSEN_OPTION),
    "checkbox": {"selected": "did you mean 'checked'?"},
    "toggle": {"selected": "did you mean 'checked'?", "on": "did you mean 'checked'?"},
    "progress": dict.fromkeys(_SHOW_VALUE_WORDS, _PROGRESS_FIGURE),
    "slider": dict.fromkeys(_SHOW_VALUE_WORDS, _SLIDER_FIGURE),
    "rating": dict.fromkeys(_REVIEW_WORDS, _REVIEW_COUNT),
    "button": dict.fromkeys(("count", "counter", "tag", "notification", "notifications"), _COUNT_BADGE),
    "card": {"tag": "did you mean 'badge'? A card draws it as a pill beside its title"},
    "badge": dict.fromkeys(_COUNT_WORDS, _BADGE_NUMBER),
    "modal": dict.fromkeys(_SHOWN_WORDS, _ALWAYS_OPEN),
    "link": {"underline": "did you mean variant: underline?"},
    "table": {
        **dict.fromkeys(("footer", "footerrow", "totals", "totalrow", "summary", "summaryrow"), _TABLE_TOTALS),
        **dict.fromkeys(("dense", "compact", "condensed", "rowheight"), _TABLE_DENSITY),
        **dict.fromkeys(_TABLE_FRAME_WORDS, _TABLE_FRAME),
    },
    "accordion": {"selected": "did you mean 'active'?", **dict.fromkeys(_OPEN_WORDS, _OPEN_SECTION),
                  **dict.fromkeys(("collapsed", "allcollapsed", "closed"), _ALL_CLOSED)},
}  # fmt: skip
"""Words whose meaning depends on the element's type: `delta` is a stat's `change`, `selected`
is a chip's `active` but a select's `value`. Spelling would offer 'data' and 'value' instead."""


def element_field_hint(field: str, value: Any, kind: str | None = None) -> str | None:
    """What to write instead of `field` on an element of type `kind`, or None when there is no
    known equivalent."""
    key = field.lower()
    by_type = _TYPE_FIELD_HINTS.get(kind or "", {}).get(key)
    if by_type is not None:
        shown = by_type.replace("{value}", _shown(value, "<an option's label>"))
        return shown.replace("{reviews}", _review_label(value)).replace("{text}", _as_text(value))
    if kind in _SHAPE_VARIANTS and key in _SHAPE_WORDS:
        return _shape_hint(kind, key, value)
    if key in _DIRECTION_WORDS:
        written = value.lower() if isinstance(value, str) else ""
        return f"did you mean 'direction'? direction: {written if written in _DIRECTIONS else 'vertical'}"
    if key in _LOADING_WORDS:
        return _LOADING_BUTTON if kind in ("button", "link") else _LOADING_STATE
    if key in _WEIGHT_WORDS:
        return f"CSS goes in style: {{fontWeight: {_font_weight(value)}}}"
    if key in _TEXT_WORDS:
        if isinstance(value, list):
            return "child elements go in 'children'"
        return "did you mean 'text'?"
    if key in _ELEMENT_RENAMES:
        return f"did you mean '{_ELEMENT_RENAMES[key]}'?"
    if key in _EXPLAINED:
        return _EXPLAINED[key]
    if key in _TRAILING_ICON_WORDS:
        return _trailing_icon_hint(value, kind)
    if key in _TEXT_LOOKS:
        prop, on, off = _TEXT_LOOKS[key]
        weight = isinstance(value, int) and not isinstance(value, bool) and key == "bold"
        return f"CSS goes in style: {{{prop}: {value if weight else (off if value is False else on)}}}"
    if key in _LAYOUT_WORDS:
        return f"sizes and positions go in layout: {{{_LAYOUT_WORDS[key]}: {_shown(value, 240)}}}"
    if key in _FULL_WIDTH_WORDS:
        return 'to fill the row or column, give it layout: {width: "100%"}'
    if key.startswith("on") and len(field) > 2 and field[2:3].isupper():
        return f"mockups run no code: remove it; {_KEPT_HANDLERS}"
    if key.startswith("aria") or key in _MARKUP_ONLY:
        return "a picture has no markup for assistive tech or tests: remove it; 'label' is text that shows"
    camel = to_camel(field)
    if camel in STYLE_PROPERTIES:
        return f"CSS goes in style: {{{camel}: {_shown(value, '...')}}}"
    return None


_DIRECTION_WORDS = frozenset({"orientation", "layoutdirection", "axis"})
_DIRECTIONS = frozenset({"row", "column", "horizontal", "vertical"})
_LOADING_WORDS = frozenset(
    {"loading", "isloading", "busy", "isbusy", "spinning", "showspinner", "inprogress"}
)
_LOADING_BUTTON = (
    "a button draws no loading state by itself: icon: loader-circle with disabled: true shows one"
)
_LOADING_STATE = (
    "a loading state is an element of its own: a {type: spinner} or {type: skeleton} in its place"
)
_WEIGHT_WORDS = frozenset({"weight", "textweight", "fontweight"})
_FONT_WEIGHTS = {
    "thin": 100, "hairline": 100, "extralight": 200, "ultralight": 200, "light": 300, "normal": 400,
    "regular": 400, "book": 400, "medium": 500, "semibold": 600, "demibold": 600, "bold": 600,
    "extrabold": 800, "ultrabold": 800, "heavy": 900, "black": 900,
}  # fmt: skip
"""A weight word as the number the DSL draws it with (`bold` is 600, as `bold: true` says)."""


def _font_weight(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:g}"
    word = str(value).lower().replace("-", "").replace("_", "").replace(" ", "")
    return str(_FONT_WEIGHTS.get(word, 600))


_SHAPE_VARIANTS = {"avatar": ("square", "a face is round"), "skeleton": ("rect", "text bars are drawn")}
"""Types whose shape is a variant: the variant for a square (or rounded square) shape, and what is
drawn without one."""


def _shape_hint(kind: str, key: str, value: Any) -> str:
    """An avatar's or a skeleton's `shape: square` (or `rounded: true`) is its `variant`."""
    square, default = _SHAPE_VARIANTS[kind]
    word = (value if isinstance(value, str) else key).lower()
    if kind == "skeleton" and word in ("circle", "circular", "round"):
        return "did you mean variant: circle?"
    if word in ("circle", "circular", "round") or value is False:
        return f"{default} by default: remove it"
    return f"did you mean variant: {square}?"


_TRAILING_ICON_WORDS = frozenset(
    {
        "iconposition",
        "endicon",
        "trailingicon",
        "righticon",
        "iconright",
        "suffixicon",
        "iconend",
        "iconafter",
        "aftericon",
        "appendicon",
        "icontrailing",
    }
)
_LINE_THROUGH = ("textDecoration", "line-through", "none")
_TEXT_LOOKS: dict[str, tuple[str, str, str]] = {
    "bold": ("fontWeight", "600", "400"),
    "italic": ("fontStyle", "italic", "normal"),
    "underline": ("textDecoration", "underline", "none"),
    "underlined": ("textDecoration", "underline", "none"),
    **dict.fromkeys(("strikethrough", "linethrough", "strike", "strikeout", "struck", "crossedout"), _LINE_THROUGH),
}  # fmt: skip
"""HTML's and rich-text editors' switches for a text's look, and the CSS (`style`) each one is:
the property, its value when on, and when written `false`."""


def _trailing_icon_hint(value: Any, kind: str | None) -> str:
    """Buttons and links draw their icon after the label with `iconPosition: end`; other types
    draw it before, whatever the field says."""
    if kind not in ICON_POSITION_TYPES:
        return "the icon is drawn before the label: use 'icon'; only buttons and links take iconPosition: end"
    named = (
        isinstance(value, str)
        and value.strip()
        and value.lower() not in ("right", "end", "trailing", "after")
    )
    icon = f"icon: {value}, " if named else ""
    return f"the icon goes after the label with {icon}iconPosition: end"


def _review_label(value: Any) -> str:
    """A rating's review count as the caption it is drawn as: 212 -> "212 reviews"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'"{value:,g} reviews"'
    if isinstance(value, str) and value.strip() and len(value) <= 30:
        text = value.strip()
        return f'"{text} reviews"' if text.replace(",", "").isdigit() else f'"{text}"'
    return '"128 reviews"'


def value_shape_hint(kind: str | None, value: Any) -> str | None:
    """What to write instead of a list as an element's `value`, or None: a slider draws one
    thumb, so a range (`value: [20, 150]`) has no drawing of its own."""
    if kind != "slider" or not isinstance(value, list):
        return None
    ends = [
        _shown(end, None) for end in value[:2] if isinstance(end, int | float) and not isinstance(end, bool)
    ]
    low, high = ends if len(ends) == 2 else ["20", "150"]
    return (
        f"a slider draws one thumb: write the low end as value: {low} and the range in the label, "
        f'label: "Price: {low}-{high}"; or draw two sliders, From and To'
    )


def item_type_hint() -> str:
    """Why an item (a nav entry, an action...) cannot be another kind of element."""
    return "items are drawn as buttons or links; other elements go in the parent's 'children'"


_AVATAR_WORDS = frozenset({"avatar", "avatarurl", "avatarsrc", "user", "person"})
_PICTURE_WORDS = frozenset({"image", "imageurl", "img", "photo", "picture", "thumbnail", "src", "cover"})
_UNREAD_WORDS = frozenset({"unread", "isunread", "unseen", "new", "isnew", "highlight", "highlighted"})


_TIME_WORDS = frozenset(
    {"time", "date", "datetime", "timestamp", "when", "at", "ago", "createdat", "updatedat", "timeago",
     "day", "hour"}
)  # fmt: skip
_ITEM_COUNT_WORDS = frozenset(
    {"count", "counter", "notifications", "badgecount", "unreadcount", "notificationcount", "num"}
)
_AMOUNT_WORDS = frozenset({"amount", "price", "total", "cost", "quantity", "qty", "number", "sum"})
_SECOND_LINE_WORDS = frozenset(
    {"subtitle", "subtext", "sublabel", "subheading", "secondary", "secondarytext", "details", "detail",
     "summary", "meta", "note"}
)  # fmt: skip


def item_field_hint(field: str, value: Any = None, kind: str | None = None) -> str | None:
    """What to write instead of `field` on an item (a nav entry, an action...) of an element of
    type `kind`, or None. An entry draws a label, a description, an icon, a badge, a value and its
    `active` state, nothing else: a picture's nearest is an icon, an unread mark's the highlighted
    active entry, a tab's count its badge."""
    key = field.lower()
    if key in _TIME_WORDS:
        time = _shown(value, '"10:42"')
        if kind == "timeline":
            return f"a timeline entry's time is its 'value', drawn on the right: value: {time}"
        if kind == "list":
            return f"an entry's 'value' is drawn on its right: value: {time}"
        return "an entry draws no time of its own: write it in the label or the description"
    if key in _ITEM_COUNT_WORDS:
        return f"did you mean 'badge'? badge: {_shown(value, 3)}"
    if key in _AMOUNT_WORDS and kind == "list":
        return f"an entry's 'value' is drawn on its right: value: {_shown(value, 3)}"
    if key in _SECOND_LINE_WORDS:
        return "did you mean 'description'?"
    if key in _AVATAR_WORDS:
        name = (
            _shown(value, '"Priya Raman"') if isinstance(value, str) and "/" not in value else '"Priya Raman"'
        )
        return (
            "an entry draws no avatar: icon: user draws a person in its place; for faces, use a column "
            f"of avatar elements: {{type: avatar, name: {name}, description: ...}} draws the initials "
            "with the name and a line beside them"
        )
    if key in _PICTURE_WORDS:
        return "an entry draws no picture: icon: image draws one in its place; for pictures, use rows of an image and text"
    if key in _UNREAD_WORDS:
        return "active: true draws the entry highlighted; a count of new messages goes in badge: 3"
    if key in _TEXT_WORDS or key in ("title", "name", "caption"):
        return "did you mean 'label'?"
    if key in ("selected", "current", "isactive"):
        return "did you mean 'active'?"
    if key in ("open", "expanded", "isopen", "isexpanded", "defaultopen"):
        return "did you mean 'active'? An open accordion entry says active: true"
    if key in ("items", "children", "subitems", "level", "indent", "depth", "nested"):
        return (
            "entries are one level deep ('-' draws a separator); for a tree, use a list of items with icons"
        )
    return None


_THEME_RENAMES = {
    "foreground": "text", "textcolor": "text", "color": "text", "fontfamily": "font", "typeface": "font",
    "borderradius": "radius", "rounded": "radius", "corner": "radius", "backgroundcolor": "background",
    "bg": "background", "card": "surface", "cardbackground": "surface", "panel": "surface",
    "mode": "base", "colorscheme": "base", "scheme": "base", "spacing": "density", "brand": "primary",
    "primarycolor": "primary", "brandcolor": "primary",
}  # fmt: skip
_ON_PRIMARY_WORDS = frozenset(
    {"primaryforeground", "primaryfg", "onprimary", "primarytext", "primarytextcolor", "primarycontrast",
     "textonprimary", "buttontext", "buttontextcolor", "primarybuttontext"}
)  # fmt: skip
_PALETTE_VARIABLES = {
    "success": "success", "warning": "warning", "danger": "danger", "error": "danger", "info": "info",
    "border": "border", "muted": "muted", "mutedforeground": "muted-foreground", "input": "input",
    "placeholder": "placeholder", "overlay": "overlay",
}  # fmt: skip
"""Colours of the palette that are no token but a CSS variable, which the document's css may set."""


def theme_field_hint(field: str, tokens: Iterable[str]) -> str:
    """What to write instead of an unknown theme token (`primaryForeground`, `accent`): a
    misspelt token's right spelling; else the token another vocabulary's word means, if any, and
    the tokens there are."""
    names = list(tokens)
    joined = ", ".join(names[:-1]) + " and " + names[-1]
    listed = f"the theme's tokens are {joined}"
    key = field.lower().replace("-", "").replace("_", "")
    if key in _ON_PRIMARY_WORDS:
        return (
            "the text on 'primary' is picked for contrast with it (white, or dark on a light primary): "
            f"remove it; {listed}"
        )
    variable = _PALETTE_VARIABLES.get(key)
    if variable is not None:
        return f'{listed}; the {variable} colour is a CSS variable, set in css: ":root{{--{variable}: ...}}"'
    renamed = _THEME_RENAMES.get(key)
    if renamed is not None:
        return f"did you mean '{renamed}'? The theme's tokens are {joined}"
    return did_you_mean(field, names) or listed


_OPTION_FIELDS = "an option has only label, value, description and disabled"


def option_field_hint(field: str, kind: str | None, label: Any, value: Any = None) -> str | None:
    """What to write instead of `field` on an option of a select or radio group, or None: the
    chosen one is named by the parent's `value`, not marked on the option; an option draws its
    label and a line under it, so an icon, a price or a tag goes in those words."""
    key = field.lower()
    parent = kind or "select"
    if key in ("selected", "checked", "default", "active", "isselected"):
        shown = _shown(label, "<its label>")
        return f"the chosen option is the {parent}'s 'value': put value: {shown} on the {parent}"
    if key in _TEXT_WORDS or key in ("text", "title", "name"):
        if label is None:  # the option's words, under another name
            return "did you mean 'label'?"
        return "did you mean 'description'? It is a line under the option's label"
    if key in _SECOND_LINE_WORDS or key in ("hint", "helptext", "caption"):
        return "did you mean 'description'? It is a line under the option's label"
    if key == "icon" or key in _PICTURE_WORDS or key in _AVATAR_WORDS:
        return "an option draws no icon: it has only label, value, description and disabled"
    if did_you_mean(field, ("label", "value", "description", "disabled")):
        return None  # a misspelt field: the spelling match says which
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        shown = _shown(value, "it")
        return f"{_OPTION_FIELDS}: put {shown} in its description, a line under the label"
    return _OPTION_FIELDS


_SERIES_RENAMES = {"label": "name", "title": "name", "data": "values", "bordercolor": "color",
                   "backgroundcolor": "color", "fill": "color", "stroke": "color"}  # fmt: skip
"""A chart series written as a Chart.js dataset (`{label, data, borderColor}`)."""


def series_field_hint(field: str) -> str | None:
    """What to write instead of `field` on a chart series, or None."""
    renamed = _SERIES_RENAMES.get(field.lower())
    return f"did you mean '{renamed}'?" if renamed else None


def layout_field_hint(field: str, value: Any) -> str | None:
    """What to write instead of `field` in an element's `layout` (placement and size bounds), or
    None: `left` is `x` there, and other CSS (`flex`, `padding`, `gap`...) goes in `style`."""
    renamed = _LAYOUT_WORDS.get(field.lower())
    if renamed is not None and renamed != field:
        return f"did you mean '{renamed}'?"
    camel = to_camel(field)
    if camel in STYLE_PROPERTIES:
        return f"layout holds x, y and sizes; other CSS goes in style: {{{camel}: {_shown(value, '...')}}}"
    return None


_VARIANT_SYNONYMS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("destructive", "error", "critical", "negative", "red", "failure", "failed"), ("danger",)),
    **dict.fromkeys(("warn", "caution", "attention", "yellow", "orange", "amber"), ("warning",)),
    **dict.fromkeys(("positive", "ok", "done", "green", "valid"), ("success",)),
    **dict.fromkeys(("information", "informative", "notice", "note", "blue"), ("info", "primary")),
    "default": ("neutral", "primary"),
    **dict.fromkeys(("gray", "grey", "subtle", "muted", "light"), ("neutral", "secondary", "muted")),
    **dict.fromkeys(("outlined", "bordered", "border"), ("outline", "bordered")),
    **dict.fromkeys(("filled", "fill"), ("solid", "primary")),
    **dict.fromkeys(("round", "circular", "radial", "ring"), ("circle",)),
}  # fmt: skip
"""Other libraries' variant names (shadcn's `destructive`, Chakra's `subtle`) and colour words,
each with the variants it may mean, best first."""


def variant_synonym(variant: str, known: Iterable[str]) -> str | None:
    """The variant among `known` that `variant` means in another library's words, or None."""
    choices = set(known)
    return next((v for v in _VARIANT_SYNONYMS.get(variant.lower(), ()) if v in choices), None)


_TONES = ("primary", "success", "warning", "danger", "info")
_QUIET_WORDS = frozenset(
    {"muted", "secondary", "subtle", "subdued", "caption", "hint", "gray", "grey", "light"}
)
_TEXT_TYPES = frozenset({"text", "heading", "paragraph", "label"})


def no_variant_hint(kind: str, variant: str) -> str:
    """What to write instead of a `variant` on a type that has none: its look is CSS in `style`
    (a muted or coloured text), or a heading's `level`."""
    word = variant.lower()
    if word in _HEADINGS:
        level = _HEADINGS[word]
        if kind == "heading":
            return f"a heading's size is its 'level': level: {level}"
        if kind in _TEXT_TYPES:
            return f"a heading is {{type: heading, level: {level}}}"
    if kind == "heading" and word in ("title", "display", "subtitle", "subheading"):
        return "a heading's size is its 'level': 1 (the largest) to 6"
    tone = word if word in _TONES else variant_synonym(word, _TONES)
    if kind in _TEXT_TYPES and tone is not None:
        return f'a coloured text takes style: {{color: "var(--{tone})"}}'
    if kind in _TEXT_TYPES and word in _QUIET_WORDS:
        return 'a muted text takes style: {color: "var(--muted-foreground)"}'
    return "remove it; the look is set with style (color, background, fontSize...)"


def color_hint(kind: str, color: str, variants: Iterable[str]) -> str:
    """What to write instead of `color` on a type that does not draw it: the variant of that
    colour when the type has one, else the CSS colour in `style`."""
    if kind == "chart":
        return "each series takes its own: series: [{name: ..., values: [...], color: ...}]"
    css = f"style: {{color: {_shown(color, '...')}}}"
    choices = set(variants)
    variant = color if color in choices else variant_synonym(color, choices)
    if variant is not None:
        return f"use variant: {variant} (or {css} for the text colour alone)"
    return f"the text colour goes in {css}"


_HEADING_LEVELS = {"2xl": 1, "xxl": 1, "xl": 1, "large": 2, "lg": 2, "medium": 3, "md": 3, "small": 4,
                   "sm": 4, "xs": 5}  # fmt: skip


def heading_size_hint(size: Any) -> str:
    """A heading's size is its level (h1 is 30 px ... h6 13 px): which level a `size` means."""
    word = str(size).strip().lower()
    level = _HEADING_LEVELS.get(word) or _HEADINGS.get(word) or _HEADINGS.get(f"h{word}")  # 1..6: a level
    if level is not None:
        return f"a heading's size is its 'level': level: {level} (1 is the largest, 6 the smallest)"
    length = isinstance(size, int | float) and not isinstance(size, bool) and size > 0
    length = length or bool(isinstance(size, str) and _FONT_LENGTH.fullmatch(word))
    return (
        "a heading's size is its 'level': 1 (30 px) to 6 (13 px); another size goes in "
        f"style: {{fontSize: {_shown(size, 28) if length else 28}}}"
    )


_FONT_LENGTH = re.compile(r"(?:\d+(?:\.\d*)?|\.\d+)(?:px|rem|em|pt|%|vw|vh)?")


_TINTS = ("success", "warning", "danger", "info", "primary")


def repeated_key_hint(key: str, written: list[str | None], kind: str | None) -> str:
    """What to write instead of a key written more than once in one object (`written`: each
    value as written, None for a list or an object); `kind` is the element's type when the
    object is an element. Two values of one field are often two fields meant: an input's kind
    is `inputType`, a progress ring's colour is `color`."""
    values = [value for value in written if value is not None]
    others = " or ".join(f"'{value}'" for value in dict.fromkeys(values))
    if key == "type" and kind is not None:
        inputs = [value for value in values if value.lower() in _INPUT_KINDS]
        if inputs and "input" in values:
            input_type = "tel" if inputs[0].lower() == "phone" else inputs[0].lower()
            return f"an input's kind is its inputType: type: input, inputType: {input_type}"
        types = [value for value in values if value in ELEMENT_TYPES]
        hinted = next(
            (hint for value in values if value not in types and (hint := element_type_hint(value))), None
        )
        if len(types) == 1 and hinted and hinted.startswith("use type: "):
            return f"an element has one type: {hinted}"
        return f"an element has one type: keep {others}"
    if key == "variant" and kind == "progress":
        ring = next((value for value in values if value in ("circle", "ring", "radial")), None)
        tint = next((value for value in values if value in _TINTS), None)
        if ring and tint:
            return f'one variant is drawn: variant: {ring}, color: "var(--{tint})" draws a {tint} ring'
    if key == "variant" and kind is not None and others:
        return f"a {kind} has one variant: keep {others}"
    return f"keep one '{key}' and remove the other" if len(written) == 2 else f"keep one '{key}'"


TABLE_DATA = "a table takes its rows in 'rows', not 'data'"
"""The error for a table's `data` (TanStack's and Ant Design's word for its rows)."""


def table_data_hint(data: Any) -> str:
    """How to write a table's `data` as `rows`: the same rows, under the DSL's name."""
    objects = isinstance(data, list) and bool(data) and all(isinstance(row, Mapping) for row in data)
    written = "an object keyed by column key, as here," if objects else "an object keyed by column key"
    return f"rename 'data' to 'rows': each row {written} or a list of cells in column order"


TABLE_DATA_AND_ROWS = "the rows are drawn from 'rows': remove 'data'"


def extra_cells_message(cells: list[Any], columns: int) -> str:
    """What a table row with more cells than columns loses: its last cells are not drawn."""
    dropped = cells[columns:]
    shown = ", ".join(_shown(cell, "...") if cell is not None else "null" for cell in dropped[:3])
    shown += ", ..." if len(dropped) > 3 else ""
    lost = f"the last, {shown}, is" if len(dropped) == 1 else f"the last {len(dropped)} ({shown}) are"
    return f"{len(cells)} cells for {columns} columns: {lost} not drawn"


EXTRA_CELLS = "give one cell per column, in column order, or add a column"


def comma_split_hint(whole: str, parts: list[str], quoted: str) -> str:
    """What to write instead of a table row that YAML's `[...]` cut at a comma inside a cell:
    `whole` names the cell as meant (`the number "5,000 units"`), `parts` are the cells it
    became, `quoted` the row (or the cell) with it quoted."""
    pieces = " and ".join(f'"{part}"' for part in parts)
    return f"inside [...] a comma ends a cell, so {whole} became {pieces}: quote it, {quoted}"


def comma_cut_row_hint(before: str, value: Any, rest: str) -> str:
    """What to write for an object row that YAML's `{...}` cut at a comma: `{dose: 5,000 units}`
    is dose 5 and a key "000 units" without a value."""
    glue = "," if rest[:3].isdigit() else ", "
    whole = json.dumps(f"{_shown(value, '')}{glue}{rest}".replace('"', ""), ensure_ascii=False)
    return f"inside {{...}} a comma ends a value, so quote text that holds one: {before}: {whole}"


def comma_cells_hint(cells: list[str], pair: str | None) -> str:
    """What to say of a `[...]` row with more cells than columns when no cell was plainly cut:
    the cells as YAML read them, and how a cell with a comma is written (`pair`: two of them as
    one text, for the example)."""
    shown = " | ".join(cells[:8]) + (" | ..." if len(cells) > 8 else "")
    example = json.dumps(pair if pair and len(pair) <= 40 else "Smith, Jane", ensure_ascii=False)
    return (
        f"give one cell per column; YAML read the cells {shown}: inside [...] a comma ends a cell, "
        f"so quote a cell that holds one, e.g. {example}"
    )


_CELL_KINDS = (
    "a table cell holds text, a number, true or false (a check or a minus mark) or null (a dash); "
    "status words such as Done, In progress, Blocked or Paid become coloured badges by themselves"
)


def table_cell_hint(cell: Any) -> str:
    """What a table cell can hold, for a cell written as an element or another object: what it
    would show, as text."""
    shown = _cell_text(cell) if isinstance(cell, Mapping) else None
    instead = f"write {shown}" if shown else "write what it shows as text"
    return f"{_CELL_KINDS}; an element cannot go in a cell: {instead}"


def _cell_text(cell: Mapping[str, Any]) -> str | None:
    """The text an element in a cell stands for: its text or label, a progress bar's percentage."""
    names = ("text", "label", "title") if cell.get("type") == "icon" else ("text", "label", "title", "name")
    for key in names:  # an icon's `name` is a drawing, not words
        if isinstance(cell.get(key), str) and cell[key].strip():
            return _shown(cell[key], None) if len(cell[key]) <= 30 else None
    value = cell.get("value")
    if isinstance(value, int | float) and not isinstance(value, bool):
        percent = cell.get("type") == "progress" and cell.get("max") in (None, 100)
        return f'"{value:g}%"' if percent else f"{value:g}"
    return None


def document_field_hint(field: str, value: Any = None, device: Any = None) -> str | None:
    """What to write instead of `field` at the top of a document, or None; `value` is the
    field's, `device` the document's (a landscape tablet is the tablet's size turned)."""
    key = field.lower()
    if key in ("orientation", "landscape", "portrait", "rotate", "rotated"):
        return _orientation_hint(key if key in ("landscape", "portrait") else value, device)
    if key in _DOCUMENT_RENAMES:
        return f"did you mean '{_DOCUMENT_RENAMES[key]}'?"
    if key == "type":
        return "a document is not an element: put the element in elements: [{type: ...}]"
    if key in _DOCUMENT_SIZE_WORDS:
        return "give 'width' and 'height' in px, or a 'device': desktop, laptop, tablet or mobile"
    return None


def _orientation_hint(value: Any, device: Any) -> str:
    """There is no orientation: the canvas is as wide and as tall as `width` and `height` say, so
    a turned device is its preset's size swapped (a landscape tablet is 1024 x 768)."""
    named = isinstance(device, str) and device in DEVICES
    preset = device if named else "tablet"
    wide, tall = DEVICES[preset][:2]
    look = "portrait" if isinstance(value, str) and value.lower() == "portrait" else "landscape"
    if (look == "portrait") == (tall > wide):  # the preset is drawn that way already
        return (
            f"there is no orientation: a {preset} is {wide} x {tall} already; width and height set the canvas"
        )
    where = f"device: {preset}, " if named else ""
    return f"there is no orientation: swap width and height, {where}width: {tall}, height: {wide} for a {look} {preset}"


def filled(template: str, value: Any, name: Any = None) -> str:
    """An alternative written with the author's own words in it: `{value}` is the ignored field's
    value, `{name}` the element's name (`bell`)."""
    text = template.replace("{value}", _shown(value, "..."))
    return text.replace("{name}", name.strip() if isinstance(name, str) and name.strip() else "...")


def _as_text(value: Any) -> str:
    """A value as the quoted text a text field takes: a number is no text there (3 -> "3")."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'"{value:g}"'
    return _shown(value, '"3"') if isinstance(value, str) else '"3"'


def _shown(value: Any, fallback: Any) -> str:
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return str(fallback)
    if isinstance(value, int | float):
        return f"{value:g}"
    text = str(value)
    return f'"{text}"' if len(text) <= 30 else str(fallback)


TYPE_RENAMES = {
    # forms
    "textbox": "input", "textfield": "input", "textinput": "input", "field": "input",
    "dropdown": "select", "combobox": "select",
    "picker": "select", "switch": "toggle", "radiogroup": "radio", "range": "slider",
    "searchbar": "search", "searchbox": "search", "multiline": "textarea",
    # text
    "title": "heading", "p": "paragraph", "span": "text", "a": "link",
    "anchor": "link", "pre": "code", "tag": "chip", "pill": "badge",
    # layout
    "div": "container", "box": "container", "view": "container", "panel": "card",
    "hstack": "row", "vstack": "column", "hbox": "row", "vbox": "column", "hr": "divider",
    "separator": "divider", "nav": "navbar", "appbar": "navbar", "topbar": "navbar",
    "toolbar": "navbar", "drawer": "sidebar", "sidenav": "sidebar", "dialog": "modal",
    "popup": "modal", "section-header": "header",
    # navigation and data
    "tab": "tabs", "breadcrumbs": "breadcrumb", "steps": "stepper",
    "wizard": "stepper", "dropdownmenu": "menu", "ul": "list", "ol": "list", "img": "image",
    "picture": "image", "photo": "image", "graph": "chart", "kpi": "stat", "metric": "stat",
    "progressbar": "progress", "datepicker": "calendar", "grid-layout": "grid",
    # feedback and media
    "banner": "alert", "callout": "alert", "notification": "toast", "snackbar": "toast",
    "loader": "spinner", "loading": "spinner", "placeholder": "skeleton", "emptystate": "empty",
    "iframe": "video", "player": "video",
    # the newer types under other names
    "collapse": "accordion", "collapsible": "accordion", "faq": "accordion", "expander": "accordion",
    "disclosure": "accordion", "details": "accordion", "expansionpanel": "accordion",
    "activity": "timeline", "activityfeed": "timeline", "feed": "timeline", "history": "timeline",
    "stars": "rating", "starrating": "rating", "review": "rating",
    "fileupload": "upload", "dropzone": "upload", "fileinput": "upload", "filepicker": "upload",
    "attachment": "upload", "attachments": "upload", "uploader": "upload",
    # near relatives
    "fab": "button", "iconbutton": "button",
    "sheet": "modal", "bottomsheet": "modal", "autocomplete": "search", "typeahead": "search",
    "contextmenu": "menu", "commandpalette": "menu", "kbd": "code", "hotkey": "code",
    # words a close spelling sends to another concept (`pager` -> spacer, `chat` -> chart)
    "navigationbar": "navbar", "topnav": "navbar", "topnavigation": "navbar", "navlinks": "navbar",
    "menubar": "navbar", "titlebar": "navbar", "appheader": "navbar", "sidenavigation": "sidebar",
    "sidemenu": "sidebar", "leftnav": "sidebar", "sidepanel": "sidebar", "pager": "pagination",
    "pagenumbers": "pagination", "progresssteps": "stepper", "modaldialog": "modal", "alertdialog": "modal",
    "confirm": "modal", "confirmdialog": "modal", "actionsheet": "modal", "combo": "select",
    "selectbox": "select", "tags": "chip", "taglist": "chip", "user": "avatar", "profile": "avatar",
    "profilepic": "avatar", "profilepicture": "avatar", "userpic": "avatar", "layout": "container",
    "page": "container", "wrapper": "container", "caption": "text", "subtitle": "text", "kicker": "text",
    "eyebrow": "text", "overline": "text", "textblock": "paragraph", "richtext": "paragraph",
    "lead": "paragraph", "headline": "heading", "subheading": "heading", "subhead": "heading",
    "cta": "button", "submit": "button", "btn": "button", "iconbtn": "button", "radiobutton": "radio",
    "metriccard": "stat", "kpicard": "stat", "statcard": "stat", "stats": "stat", "datagrid": "table",
    "datatable": "table", "notificationbadge": "badge", "counter": "badge", "badgecount": "badge",
    "thumbnail": "image", "figure": "image", "cover": "image", "bannerimage": "image",
    "imageplaceholder": "image", "videoplayer": "video", "mapview": "map", "tablist": "tabs",
    "tabpanel": "tabs", "line": "divider", "rule": "divider", "horizontalrule": "divider", "tile": "card",
    "collapsepanel": "accordion", "activitylog": "timeline", "log": "timeline", "textlink": "link",
    "anchorlink": "link", "hyperlink": "link", "href": "link", "file": "upload", "filedrop": "upload",
    "loadingbar": "progress", "shimmer": "skeleton", "nodata": "empty", "zerostate": "empty",
    "errorstate": "empty", "404": "empty", "alertbanner": "alert", "infobox": "alert", "notice": "alert",
    "calloutbox": "alert", "toastmessage": "toast", "popovermenu": "menu", "gap": "spacer",
    "codeblock": "code", "snippet": "code", "terminal": "code", "console": "code",
}  # fmt: skip
_COLUMNS_OF_CARDS = "use a row of column elements holding card elements (see `dsl2png examples kanban`)"
_CHAT_ROW = "use a row with an avatar and a card or paragraph (see `dsl2png examples chat`)"
_HERO = "use a section with a heading, a paragraph and buttons (see `dsl2png examples landing`)"
_LOGO = "use the navbar's title and icon, an icon, or an image"
_DIGITS = "use a row of input elements, one per digit"
_TREE = "use a list (or a sidebar with group items)"
_SLIDES = "use an image, or a row of cards"
_NAVIGATION = "use type: navbar (a bar across the top), sidebar (a panel at the side) or tabs"
_GALLERY = "use a grid of image elements: {type: grid, columns: 3, children: [{type: image}, ...]}"
_FLOATING_PANEL = "use a card (or a menu) placed with layout: {x, y}; a tooltip is only a small text bubble"
_TYPE_RECIPES = {
    "segmented": "use type: tabs with variant: segmented",
    "segmentedcontrol": "use type: tabs with variant: segmented",
    "gauge": "use type: progress with variant: circle",
    "donut": "use type: chart with variant: donut", "doughnut": "use type: chart with variant: donut",
    "piechart": "use type: chart with variant: pie", "barchart": "use type: chart with variant: bar",
    "linechart": "use type: chart with variant: line", "areachart": "use type: chart with variant: area",
    "sparkline": "use type: chart with variant: line (a small layout height)",
    "numberinput": "use type: input with inputType: number",
    "timepicker": "use type: input with inputType: time",
    "colorpicker": "use type: input with inputType: color",
    "otp": _DIGITS, "pininput": _DIGITS, "kanban": _COLUMNS_OF_CARDS, "board": _COLUMNS_OF_CARDS,
    "comment": _CHAT_ROW, "message": _CHAT_ROW, "chatbubble": _CHAT_ROW,
    "testimonial": "use a card with a paragraph and an avatar",
    "quote": "use a card with a paragraph and an avatar", "blockquote": "use a paragraph (or a card)",
    "logo": _LOGO, "brand": _LOGO, "hero": _HERO, "jumbotron": _HERO,
    "heatmap": "use a grid of coloured containers, or type: chart", "funnel": "use type: chart with variant: bar",
    "carousel": _SLIDES, "slideshow": _SLIDES, "tree": _TREE, "treeview": _TREE,
    "popover": _FLOATING_PANEL, "hovercard": _FLOATING_PANEL,
    "navigation": _NAVIGATION, "navmenu": _NAVIGATION, "menunav": _NAVIGATION,
    "hamburger": "use a button with the menu icon: {type: button, icon: menu, variant: ghost}",
    "statusbar": "a phone's status bar is drawn by the document's frame: phone",
    "gallery": _GALLERY, "imagegrid": _GALLERY, "chat": _CHAT_ROW, "chatmessage": _CHAT_ROW,
    "messages": _CHAT_ROW, "linkbutton": "use type: button with variant: link",
    "progressring": "use type: progress with variant: circle",
    "progresscircle": "use type: progress with variant: circle",
    "buttongroup": "use a row of buttons (type: row with button children)",
    "togglegroup": "use type: tabs with variant: segmented",
    "numeric": "use type: input with inputType: number", "quantity": "use type: input with inputType: number",
    "spinbutton": "use type: input with inputType: number",
    "counterinput": "use type: input with inputType: number",
    "stepperinput": "use type: input with inputType: number",
    "datetime": "use type: input with inputType: date, or a calendar",
    "daterange": "use two inputs with inputType: date, or a calendar",
    "markdown": "text is drawn as written: use heading, paragraph, list, link and code elements",
    "html": "use elements: heading, paragraph, list, link, image...; text is drawn as written",
    **{word: f"use type: alert with variant: {tone}" for word, tone in (("warning", "warning"),
       ("info", "info"), ("success", "success"), ("error", "danger"), ("danger", "danger"))},
}  # fmt: skip
"""Unknown types that are one of ours with a variant or an input type, or a small recipe."""
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_BOTTOM_BARS = frozenset(
    {"tabbar", "bottomnav", "bottomnavigation", "bottombar", "bottomtabs", "navbarbottom"}
)
_INPUT_KINDS = frozenset({"password", "email", "number", "tel", "phone", "url", "date", "time"})


def element_type_hint(name: str) -> str | None:
    """What to write instead of an unknown element type, or None when nothing is known for it."""
    key = name.lower().replace("_", "-")
    if key in _HEADINGS:
        return f"use type: heading with level: {_HEADINGS[key]}"
    if key.replace("-", "") in _BOTTOM_BARS:
        return "use type: tabs with variant: bottom"
    kind_of_input = re.sub(r"-?(input|field|box)$", "", key) if key not in _INPUT_KINDS else key
    if kind_of_input in _INPUT_KINDS:
        return f"use type: input with inputType: {'tel' if kind_of_input == 'phone' else kind_of_input}"
    recipe = _TYPE_RECIPES.get(key.replace("-", ""))
    if recipe:
        return recipe
    renamed = TYPE_RENAMES.get(key) or TYPE_RENAMES.get(key.replace("-", ""))
    if renamed is None and key.replace("-", "").replace(" ", "") in ELEMENT_TYPES:
        renamed = key.replace("-", "").replace(" ", "")  # `nav-bar` is navbar, not avatar
    return f"did you mean '{renamed}'?" if renamed else None


_DEVICE_WORDS = {
    "mobile": ("phone", "iphone", "android", "smartphone", "pixel", "galaxy", "handset", "cellphone"),
    "tablet": ("ipad", "tab", "galaxy-tab", "surface"),
    "laptop": ("macbook", "notebook", "chromebook"),
    "desktop": ("pc", "monitor", "web", "browser", "imac", "workstation", "wide"),
}
_DEVICE_HINTS = {word: device for device, words in _DEVICE_WORDS.items() for word in words}


def device_hint(name: str) -> str | None:
    """The preset an unknown `device` most likely means (`iphone-15` -> mobile), or None."""
    key = name.lower().replace("_", "-").replace(" ", "-")
    for word in (key, key.split("-")[0], key.rstrip("0123456789").rstrip("-")):
        if word in _DEVICE_HINTS:
            preset = _DEVICE_HINTS[word]
            return f"use '{preset}', or give 'width' and 'height'"
    return None


_VALUE_AS_WORDS = {
    **dict.fromkeys(
        ("text", "heading", "paragraph", "label", "link", "chip", "alert", "toast", "tooltip", "empty"),
        "text",
    ),
    **dict.fromkeys(("button", "divider", "spinner", "map"), "label"),
}
"""Types that draw no `value` whose words go in another field: an agent's `{type: text, value: hi}`."""
_VALUE_IS_ACTIVE = frozenset({"tabs", "accordion", "navbar", "sidebar"})
_VALUE_IS_CURRENT = frozenset({"pagination", "stepper"})
_VALUE_CONTAINERS = frozenset(
    {"container", "grid", "flex", "row", "column", "stack", "section", "header", "footer", "form", "card",
     "modal"}
)  # fmt: skip


def value_field_hint(kind: str, value: Any, element: Mapping[str, Any]) -> str:
    """Where the `value` of a type that draws none goes: a text's words are its `text`, a
    button's its `label`, the open tab is `active`, a page `current`."""
    words = _VALUE_AS_WORDS.get(kind)
    if words is not None:
        written = [
            name for name in (words, "text", "label") if isinstance(element.get(name), str) and element[name]
        ]
        if written:
            return f"its words are its '{written[0]}': remove it"
        return f"its words go in '{words}': {words}: {_as_text(value)}"
    shown = _shown(value, "...")
    if kind in _VALUE_IS_ACTIVE:
        which = "open" if kind == "accordion" else "selected"
        return f"the {which} entry is 'active' (its index or label): active: {shown}"
    if kind in _VALUE_IS_CURRENT:
        return f"did you mean 'current'? current: {shown}"
    if kind == "chart":
        return "a chart's numbers go in data: {labels: [...], values: [...]}"
    if kind in ("list", "timeline"):
        return "each entry takes its own, drawn on its right: items: [{label: ..., value: ...}]"
    if kind == "icon":
        return f"an icon is picked by 'name': name: {shown}"
    if kind == "avatar":
        return f"the initials come from 'name': name: {shown}"
    if kind == "image":
        return "describe the picture in 'alt'; a caption is a text element next to it"
    if kind in _VALUE_CONTAINERS:
        return f"put it in a text element in 'children': {{type: text, text: {_as_text(value)}}}"
    return f"put it in a text element next to it: {{type: text, text: {_as_text(value)}}}"


_FIELD_TYPES = frozenset(
    {"input", "textarea", "select", "search", "checkbox", "radio", "toggle", "slider", "upload"}
)
_BOX_TYPES = frozenset(
    {"image", "video", "map", "card", "container", "grid", "flex", "row", "column", "stack", "form", "calendar",
     "empty", "divider", "navbar", "sidebar", "footer"}
)  # fmt: skip
_TEXT_PX = {
    "xs": 12,
    "sm": 13,
    "md": 14,
    "lg": 16,
    "xl": 18,
    "2xl": 22,
    "small": 13,
    "medium": 14,
    "large": 16,
}


def size_ignored_hint(kind: str, size: Any, variant: Any = None) -> str:
    """Where a `size` goes on a type that draws none: a box's size is its `layout`, a text size
    is CSS; a skeleton draws one only as a circle or a block."""
    number = size if isinstance(size, int | float) and not isinstance(size, bool) else None
    if kind == "skeleton":
        return "only variant: circle or rect draws 'size'; text bars follow 'lines'"
    if kind in _FIELD_TYPES:
        width = f"{number:g}" if number is not None and number > 40 else "240"
        return f"a field is drawn at one height: remove it; its width goes in layout: {{width: {width}}}"
    if kind in _BOX_TYPES:
        shown = f"{number:g}" if number is not None else "320"
        return f"its size goes in layout: {{width: {shown}}} (and height)"
    word = str(size).strip().lower() if isinstance(size, str) else ""
    px = f"{number:g}" if number is not None else str(_TEXT_PX.get(word, 16))
    return f"remove it; a text size goes in style: {{fontSize: {px}}}"


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
    joined = "".join(ch for ch in lowered if ch.isalpha())
    if joined in CSS_COLOR_NAMES:
        return f"did you mean '{joined}'?"
    for part in lowered.replace("_", "-").replace(" ", "-").split("-"):
        if part in CSS_COLOR_NAMES:
            return f"did you mean '{part}'?"
    return did_you_mean(joined or lowered, CSS_COLOR_NAMES, cutoff=0.75) or _COLOR_EXAMPLE


_MARK_WORDS = {
    "bold": ("bold", "style: {fontWeight: 600}"),
    "italic": ("italic", "style: {fontStyle: italic}"),
    "underline": ("underlined", "style: {textDecoration: underline}"),
    "strike": ("struck through", "style: {textDecoration: line-through}"),
}
_TAG_MARKS = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline", "s": "strike",
    "strike": "strike", "del": "strike", "a": "link", "code": "code", "kbd": "code",
}  # fmt: skip
_HTML_TAG = re.compile(
    r"<(/?)(b|strong|i|em|u|s|strike|del|ins|mark|small|big|sub|sup|code|kbd|a|br|hr|span|div|p|font|"
    r"h[1-6]|ul|ol|li|img|center|blockquote|pre)(?=[\s/>])([^<>]*)>",
    re.IGNORECASE,
)
_VOID_TAGS = frozenset({"br", "hr", "img"})
_MARKDOWN = (
    ("bold", re.compile(r"(?<![*\w])\*\*(?=[^\s*])([^*\n]*?[^\s*])\*\*(?![*\w])")),
    ("italic", re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![*\w])")),
    ("strike", re.compile(r"(?<![~\w])~~(?=\S)([^~\n]*?\S)~~(?![~\w])")),
    ("link", re.compile(r"(?<![\w\]!])\[([^\[\]\n]{1,200})\]\(([^()\s]{1,2000})\)")),
    ("code", re.compile(r"`([^`\n]+)`")),
    ("heading", re.compile(r"^(#{2,6}) +(\S[^\n]*)$", re.MULTILINE)),
)
_LINK_TARGET = re.compile(r"^(?:url|link|href)$|[/.:#@]", re.IGNORECASE)
"""What a Markdown link's target has: a URL's or a path's punctuation, or a placeholder's name
(`[a](b)` in a formula is no link)."""
_HASH_HEADING = re.compile(r"^(#{1,6}) +(\S[^\n]*)$", re.MULTILINE)
_ENTITY = re.compile(
    r"&(nbsp|amp|lt|gt|quot|apos|mdash|ndash|hellip|copy|reg|trade|bull|middot|rarr|larr|uarr|darr|harr|"
    r"times|divide|euro|pound|yen|cent|deg|plusmn|laquo|raquo|lsquo|rsquo|ldquo|rdquo|check|star|"
    r"#\d{2,7}|#x[0-9a-fA-F]{2,6});",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Markup:
    """HTML or Markdown found in a text, which is drawn as written: what it is (`HTML tags
    (<b>)`), and what to write instead."""

    found: str
    suggestion: str


def markup_in_text(text: str, kind: str | None = None) -> Markup | None:
    """The first HTML tag, Markdown mark or HTML entity in `text` that is clearly meant as
    markup, or None. Prose that merely holds `<`, `*` or `[` (`a < b`, `5 * 3`, `C++`, `<3`,
    `*Terms apply`) is none: a tag counts only when it is closed, a void tag (`<br>`) or an
    `<a href=...>`; a mark only when it wraps words, as Markdown writes it."""
    found: list[tuple[int, int, str, str, str]] = []  # start, end, mark, inner, target
    closed = {match.group(2).lower() for match in _HTML_TAG.finditer(text) if match.group(1)}
    for match in _HTML_TAG.finditer(text):
        name = match.group(2).lower()
        if match.group(1) or not (name in closed or name in _VOID_TAGS or "=" in match.group(3)):
            continue
        close = re.search(rf"</{name}\s*>", text[match.end() :], re.IGNORECASE)
        inner = text[match.end() : match.end() + close.start()] if close else ""
        end = match.end() + close.end() if close else match.end()
        href = re.search(r"""href\s*=\s*["']?([^"'\s>]+)""", match.group(3), re.IGNORECASE)
        found.append((match.start(), end, f"tag:{name}", inner, href.group(1) if href else ""))
        break
    for mark, pattern in _MARKDOWN:
        if mark == "heading" and kind == "heading":
            pattern = _HASH_HEADING
        hit = next(
            (hit for hit in pattern.finditer(text) if mark != "link" or _LINK_TARGET.search(hit.group(2))),
            None,
        )
        if hit:
            target = hit.group(2) if mark == "link" else hit.group(1) if mark == "heading" else ""
            inner = hit.group(2) if mark == "heading" else hit.group(1)
            found.append((hit.start(), hit.end(), mark, inner, target))
    entity = _ENTITY.search(text)
    if entity:
        found.append((entity.start(), entity.end(), "entity", entity.group(0), ""))
    if not found:
        return None
    start, end, mark, inner, target = min(found)
    before, after = text[:start].strip(), text[end:].strip()
    if mark == "entity":
        return _entity_markup(inner)
    if mark.startswith("tag:"):
        name = mark[4:]
        shown = f"<{name}>"
        if name == "br":
            return Markup(
                f"HTML tags ({shown})", 'a line break is a new line in the text: "first line\\nsecond line"'
            )
        what = f"HTML tags ({shown})"
        if name[0] == "h" and name[1:].isdigit():
            return Markup(
                what, _markup_suggestion("heading", before, inner.strip(), after, "#" * int(name[1]), kind)
            )
        mark = _TAG_MARKS.get(name, "tag")
    else:
        what = f"Markdown ({_MARKDOWN_SHOWN[mark]})"
    return Markup(what, _markup_suggestion(mark, before, inner.strip(), after, target, kind))


_MARKDOWN_SHOWN = {
    "bold": "**...**", "italic": "*...*", "strike": "~~...~~", "link": "[...](...)", "code": "`...`",
    "heading": "#",
}  # fmt: skip


def _entity_markup(entity: str) -> Markup:
    character = html.unescape(entity)
    if character == "\xa0":
        return Markup(f"an HTML entity ({entity})", "write a space")
    return Markup(f"an HTML entity ({entity})", f"write the character itself: {character}")


def _markup_suggestion(mark: str, before: str, inner: str, after: str, target: str, kind: str | None) -> str:
    """What to write for a text with one marked part: the whole text's look as `style`, or a
    row of elements, the marked words in one of their own."""
    if mark == "heading":
        level = len(target) if kind == "heading" else min(len(target), 6)
        if kind == "heading":
            return f"remove the #s: the size is the level: text: {_quoted(inner)}, level: {level}"
        return (
            f"a heading is an element of its own: {{type: heading, level: {level}, text: {_quoted(inner)}}}"
        )
    if mark == "tag":
        return "remove the tags: a text's look is set with style (fontWeight, color, fontSize...)"
    words = _quoted(inner)
    tail = ""
    if mark == "link":
        href = f", href: {_quoted(target)}" if target and len(target) <= 40 else ""
        part = f"{{type: link, text: {words}{href}}}"
        whole = "a link is an element of its own"
    elif mark == "code":
        part = f"{{type: code, text: {words}}}"
        whole = "code is an element of its own"
    else:
        look, css = _MARK_WORDS[mark]
        if not before and not after:
            return f"remove the marks; a {look} text takes {css}"
        part = f"{{type: text, text: {words}, {css}}}"
        whole = ""
        if mark == "bold" and before:
            tail = f"; a link is {{type: link, text: {words}}}"
    if not before and not after:
        return f"{whole}: {part}"
    pieces = [f"{{type: text, text: {_quoted(before)}}}"] if before else []
    pieces.append(part)
    pieces += [f"{{type: text, text: {_quoted(after)}}}"] if after else []
    return f"split it into a row: {{type: row, gap: 4, children: [{', '.join(pieces)}]}}{tail}"


def _quoted(text: str) -> str:
    shown = text if len(text) <= 40 else text[:37] + "..."
    return json.dumps(shown, ensure_ascii=False)


_CHART_LABEL_WORDS = frozenset(
    {"x", "xaxis", "xvalues", "xlabels", "categories", "category", "keys", "names", "label", "columns",
     "months", "days", "dates", "periods", "ticks", "domain"}
)  # fmt: skip
_CHART_VALUE_WORDS = frozenset(
    {"y", "yaxis", "yvalues", "data", "points", "counts", "value", "numbers", "amounts", "totals", "scores",
     "dataset", "range"}
)  # fmt: skip


def chart_data_field_hint(field: str, value: Any) -> str | None:
    """What to write instead of `field` in a chart's `data`: its x axis is `labels`, its numbers
    `values` (`{x: [...], y: [...]}` is `{labels: [...], values: [...]}`)."""
    key = field.lower().replace("_", "").replace("-", "")
    if key in _CHART_LABEL_WORDS:
        labels = [str(item) for item in value] if isinstance(value, list) else None
        return f"the x axis is 'labels': labels: {_flow_list(labels)}"
    if key in _CHART_VALUE_WORDS:
        return f"the numbers are 'values': values: {_flow_list(value)}"
    if key in ("datasets", "lines", "bars", "groups"):
        return "several lines or bars are 'series': series: [{name: ..., values: [...]}]"
    return None


def chart_data_shape_hint(data: Any) -> str | None:
    """How to write a chart's `data` given as a bare list: `[3, 5, 2]` is its values, and
    `[[Jan, 3], [Feb, 5]]` its label and value pairs."""
    if not isinstance(data, list) or not data:
        return None
    if all(isinstance(item, int | float) and not isinstance(item, bool) for item in data):
        return f"data is an object: data: {{labels: [...], values: {_flow_list(data)}}}, one label per value"
    pairs = all(isinstance(item, list) and len(item) == 2 for item in data)
    if pairs and all(isinstance(b, int | float) and not isinstance(b, bool) for _, b in data):
        labels = [str(a) for a, _ in data]
        values = [b for _, b in data]
        return f"data is an object: data: {{labels: {_flow_list(labels)}, values: {_flow_list(values)}}}"
    if all(isinstance(item, str) for item in data):
        return f"data is an object: data: {{labels: {_flow_list(data)}, values: [...]}}, one value per label"
    return "data is an object: data: {labels: [...], values: [...]}"


def _flow_list(items: Any) -> str:
    """A short list as YAML's [...] form writes it (text quoted where YAML would misread it)."""
    if not isinstance(items, list):
        return "[...]"
    shown = [_flow_item(item) for item in items[:6]]
    return "[" + ", ".join(shown) + (", ...]" if len(items) > 6 else "]")


def _flow_item(item: Any) -> str:
    if isinstance(item, bool) or item is None:
        return json.dumps(item)
    if isinstance(item, int | float):
        return f"{item:g}"
    text = str(item)
    plain = re.fullmatch(r"[A-Za-z][\w .'-]{0,24}", text) and not text.endswith(" ")
    return text if plain else json.dumps(text[:28], ensure_ascii=False)
