"""What to write instead of a field or element type the DSL does not have, when it is another
vocabulary's word.

Agents and people bring habits from HTML, React and other mockup tools: `url` for `src`,
`content` for `text`, `width` on the element instead of in `layout`, `dropdown` for `select`,
`h1` for a heading. Spelling distance cannot connect those (it offered 'divider' for `div` and
'paragraph' for `graph`), so an unknown name gets one of these hints first, and only then a
did-you-mean.
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kernel.dsl.catalog import (
    ACTION_FIELDS,
    CELL_TYPES,
    COLOR_TYPES,
    DEVICES,
    DRAWN_FIELDS,
    ELEMENT_TYPES,
    ENTRY_FIELDS,
    ICON_POSITION_TYPES,
)
from kernel.dsl.model import ATTRIBUTE_FIELDS, CELL_TONES, LANGUAGE_TAG
from kernel.dsl.number_text import shown_number
from kernel.dsl.shown import shown
from kernel.dsl.style_rules import STYLE_PROPERTIES, css_takes, to_camel
from kernel.dsl.suggest import closest, did_you_mean

_PICTURE_FIELDS = (
    "avatarurl", "avatarsrc", "avatarimage", "photo", "photourl", "picture", "pictureurl", "img", "imgsrc",
    "imgurl", "thumbnail", "thumbnailurl", "thumb", "cover", "coverimage", "coverurl", "media", "poster",
    "posterurl", "imagesource",
)  # fmt: skip
"""A picture's field in other libraries (MUI's `avatarUrl`, a card's `thumbnail`): its `src`."""
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
    **dict.fromkeys(_PICTURE_FIELDS, "src"),
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
    "w": "width",
    "h": "height",
    "minw": "minWidth",
    "maxw": "maxWidth",
    "minh": "minHeight",
    "maxh": "maxHeight",
}
_MARKUP_ONLY = frozenset({"role", "tabindex", "testid", "datatestid", "data-testid"})
"""HTML attributes for assistive tech, focus and tests: nothing a picture can show."""
_FULL_WIDTH_WORDS = frozenset({"fullwidth", "block", "stretch", "expand", "fill", "fluid", "isfullwidth"})
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
_RENDER_OPTIONS_WORDS = frozenset({"options", "renderoptions", "render_options"})
RENDER_OPTIONS_HINT = (
    "render options (full_page, crop, format, scale, ...) are not part of the document: give them "
    "beside it, as render_ui_mockup's options argument or the request's options (on the command "
    "line, --full-page, --crop, --scale); width, height, device, theme and frame may also be "
    "written at the top of the document"
)
"""Where a render's options go when written inside the document, as a request's are."""
_DOCUMENT_SIZE_WORDS = frozenset({"size", "viewport", "resolution", "dimensions", "canvas"})
_CONTENT_HEIGHT_WORDS = frozenset({"crop", "fullpage", "autoheight", "fitcontent", "fullheight"})
CONTENT_HEIGHT_HINT = (
    "for a canvas as tall as its content write height: auto in the document; --crop and "
    "--full-page on the command line (crop and full_page in the API's and MCP's options) cut the "
    "image to the content or capture the whole page"
)
"""What a document's `crop: true` or `fullPage: true` means, and where it is written."""


_LEGEND = "a legend is drawn by itself for a pie or donut and for several series: remove it"
_CHART_DATA = (
    "a chart's labels and values go in 'data': data: {labels: [Jan, Feb, Mar], values: [3, 5, 4]}, or "
    "several lines or bars as data: {labels: [...], series: [{name: Sales, values: [3, 5, 4]}, ...]}"
)
_CHART_DATA_WORDS = ("labels", "series", "values", "datasets", "dataset", "categories", "points", "xaxis",
                     "chartdata", "dataseries")  # fmt: skip
_CHOSEN_OPTION = "the chosen option is 'value': value: {value}"
_PROGRESS_FIGURE = (
    "the percentage is drawn beside a 'label' (unless the label holds a '%' itself) and inside a "
    "ring; 'text' draws your own figure in its place (text: \"9/24\"); a bar without a label draws "
    "no figure: remove it"
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
_ACTIVE_TAB_WORDS = (
    "defaultvalue", "defaultactivekey", "activekey", "selectedindex", "defaultindex", "activetab", "selectedtab",
    "selectedkey", "currenttab", "activeindex", "defaultselectedkey", "index", "currentindex",
)  # fmt: skip
_OK_WORDS = ("oktext", "confirmtext", "confirmlabel", "oklabel", "okbuttontext", "primaryaction",
             "primarybutton", "submittext", "submitlabel", "submitbuttontext", "confirmbuttontext")  # fmt: skip
_CANCEL_WORDS = ("canceltext", "cancellabel", "cancelbuttontext", "secondaryaction", "secondarybutton",
                 "dismisstext")  # fmt: skip
_OWN_ICON = "the tone's icon is drawn by itself: remove it (icon: ... picks another)"
_SIDE_WORDS = ("placement", "side", "position", "anchor", "align", "arrow")
_TABLE_ROWS = (
    "did you mean 'rows'? Each row an object keyed by column key, or a list of cells in column order"
)
_PAGINATION = "a pagination is an element of its own below it: {type: pagination, current: 1, total: 10}"
_STAT_NOTE = "did you mean 'description'? It is the line drawn under the figure"
_HALF_STARS = "a fractional value fills part of a star: value: 4.5"
CALENDAR_VIEWS = (
    "a calendar draws a month (variant: full for a large one with labelled events), a week (variant: "
    "week; days: 5 for a work week) or a day (variant: day), events placed by start and end; an agenda "
    'is a timeline, {type: timeline, items: [{label: ..., value: "08:00"}]}, or a table with a time column'
)
"""What to draw for a calendar view it has not (an agenda, FullCalendar's `timeGridWeek`)."""
CALENDAR_VIEW_WORDS = frozenset(
    {"workweek", "agenda", "schedule", "list", "timegrid", "timegridday", "timegridweek",
     "daygridweek", "daygridday", "listweek", "listday", "3day", "threeday", "resource", "timeline"}
)  # fmt: skip
"""Other calendars' view names (FullCalendar's `timeGridWeek`, react-big-calendar's `agenda`), in
lower case without spaces, hyphens or underscores."""
_CALENDAR_DAY = "the selected day is 'value': value: {value}; the month shown is 'month' (YYYY-MM)"
_CODE_COPY = "did you mean 'copyable'? copyable: true draws a copy button in the block's corner"
CODE_ACTIONS = "a code block draws one button of its own, a copy button: copyable: true; others are button elements next to it"
_MULTIPLE = "did you mean multiple: true? With value: [A, B] the chosen options are chips in the field"
_TYPE_FIELD_HINTS: dict[str, dict[str, str]] = {
    "stat": {**dict.fromkeys(("delta", "diff", "difference", "percentchange", "changepercent"), "did you mean 'change'?"),
             **dict.fromkeys(("helptext", "helpertext", "footnote", "caption", "period", "comparison",
                              "sublabel", "footer", "note"), _STAT_NOTE)},
    "chart": {"legend": _LEGEND, "showlegend": _LEGEND, **dict.fromkeys(_CHART_DATA_WORDS, _CHART_DATA)},
    **{kind: {"selected": "did you mean 'active'?"} for kind in ("chip", "tabs", "accordion")},
    "select": dict.fromkeys(("selected", "selectedvalue", "selectedoption", "defaultvalue"), _CHOSEN_OPTION),
    "radio": dict.fromkeys(("selected", "selectedvalue", "selectedoption", "defaultvalue"), _CHOSEN_OPTION),
    "checkbox": {"selected": "did you mean 'checked'?",
                 **dict.fromkeys(("mixed", "partial", "isindeterminate", "partiallychecked", "someselected"),
                                 "did you mean indeterminate: true? It draws a dash in the box")},
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
_TYPE_FIELD_HINTS["tabs"].update(dict.fromkeys(_ACTIVE_TAB_WORDS, "did you mean 'active'? active: {value}"))
_TYPE_FIELD_HINTS["progress"].update(
    dict.fromkeys(("percent", "percentage", "completed", "now", "progress", "pct", "val"),
                  "did you mean 'value'? value: {value} (of max, 100 by default)")
)  # fmt: skip
for _kind in ("modal", "form", "card", "empty", "alert", "toast"):
    _TYPE_FIELD_HINTS.setdefault(_kind, {}).update(
        {**dict.fromkeys(_OK_WORDS, "the buttons are 'actions': actions: [Cancel, {value}]"),
         **dict.fromkeys(_CANCEL_WORDS, "the buttons are 'actions': actions: [{value}, OK]")}
    )  # fmt: skip
for _kind in ("alert", "toast"):
    _TYPE_FIELD_HINTS[_kind].update(
        dict.fromkeys(("showicon", "hasicon", "withicon", "hideicon", "noicon"), _OWN_ICON)
    )
_TYPE_FIELD_HINTS["tooltip"] = dict.fromkeys(
    _SIDE_WORDS, "did you mean 'variant'? variant: {value} (top, bottom, left or right)"
)
_TYPE_FIELD_HINTS["table"].update(
    {**dict.fromkeys(("datasource", "rowdata", "records", "tabledata", "dataset", "entries"), _TABLE_ROWS),
     **dict.fromkeys(("pagination", "paginated", "showpagination", "pagesize", "paginator"), _PAGINATION),
     **dict.fromkeys(("rowkey", "rowid", "getrowid", "keyfield", "idfield", "keyexpr", "datakey"),
                     "rows are drawn in the order given: remove it"),
     "caption": "did you mean 'title'?", "columndefs": "did you mean 'columns'?", "coldefs": "did you mean 'columns'?"}
)  # fmt: skip
_TYPE_FIELD_HINTS["table"].update(
    dict.fromkeys(
        ("sortable", "sort", "sorting", "sortby", "sorted", "defaultsort", "sortcolumn", "sortdirection",
         "sortorder", "enablesorting", "multisort", "sortkey"),
        'a picture sorts nothing: remove it; a sort arrow goes in a column\'s label: columns: [{label: "Name ↓"}, ...]',
    )
)  # fmt: skip
_NO_STACKING = (
    "several series are drawn side by side (bars) or over one another (lines, areas); there is no "
    "stacked chart: remove it"
)
_TYPE_FIELD_HINTS["chart"].update(
    dict.fromkeys(("stacked", "stack", "isstacked", "stackedbars", "stackseries", "grouped"), _NO_STACKING)
)  # fmt: skip
_TYPE_FIELD_HINTS["rating"].update(
    {**dict.fromkeys(("allowhalf", "precision", "half", "halfstars", "allowhalfstars", "fractions"), _HALF_STARS),
     **dict.fromkeys(("readonly", "isreadonly", "editable"), "a picture is read-only anyway: remove it")}
)  # fmt: skip
_TYPE_FIELD_HINTS["avatar"] = dict.fromkeys(
    ("fallback", "fallbacksrc", "fallbacktext", "placeholder"),
    "the initials come from 'name': name: \"Ada Lovelace\" draws AL",
)
_TYPE_FIELD_HINTS["card"].update(
    {**dict.fromkeys(("header", "heading", "headertitle", "cardtitle", "headline"), "did you mean 'title'?"),
     **dict.fromkeys(("extra", "headerextra", "topright", "addon"),
                     "did you mean 'badge'? A card draws it as a pill beside its title; buttons go in 'actions'")}
)  # fmt: skip
_TYPE_FIELD_HINTS["select"].update(
    dict.fromkeys(("multiple", "ismulti", "multi", "multiselect", "mode"), _MULTIPLE)
)
_TYPE_FIELD_HINTS["badge"].update({"badgecontent": "did you mean 'text'?"})
_TYPE_FIELD_HINTS["calendar"] = {
    **dict.fromkeys(("date", "selected", "selecteddate", "selectedday", "day", "defaultvalue", "defaultdate",
                     "initialdate", "currentdate", "today"), _CALENDAR_DAY),
    **dict.fromkeys(("view", "mode", "defaultview", "initialview", "calendarview", "views"), CALENDAR_VIEWS),
}  # fmt: skip
_TYPE_FIELD_HINTS["code"] = dict.fromkeys(
    ("copy", "showcopy", "copybutton", "showcopybutton", "withcopy", "hascopy", "copytoclipboard", "clipboard",
     "copiable", "cancopy", "enablecopy", "allowcopy", "iscopyable", "oncopy"),
    _CODE_COPY,
)  # fmt: skip
del _kind
"""Words whose meaning depends on the element's type: `delta` is a stat's `change`, `selected`
is a chip's `active` but a select's `value`. Spelling would offer 'data' and 'value' instead."""


def element_field_hint(
    field: str, value: Any, kind: str | None = None, variants: Iterable[str] = (), *, sized: bool = True
) -> str | None:
    """What to write instead of `field` on an element of type `kind` (whose variants are
    `variants`, and which draws a `size` when `sized`), or None when there is no known equivalent."""
    key = field.lower()
    by_type = _TYPE_FIELD_HINTS.get(kind or "", {}).get(key)
    if by_type is not None:
        shown = by_type.replace("{value}", _shown_or(value, "<an option's label>"))
        return shown.replace("{reviews}", _review_label(value)).replace("{text}", _as_text(value))
    if kind in _SHAPE_VARIANTS and key in _SHAPE_WORDS:
        return _shape_hint(kind, key, value)
    library = component_prop_hint(key, value, kind or "", frozenset(variants), sized=sized)
    if library is not None:
        return library
    if key in _DIRECTION_WORDS:
        written = value.lower() if isinstance(value, str) else ""
        return f"did you mean 'direction'? direction: {written if written in _DIRECTIONS else 'vertical'}"
    if key in _FOCUS_WORDS:
        return _focus_hint(kind)
    if key in _STATE_WORDS:
        return _state_hint(kind, value, variants)
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
        name = _LAYOUT_WORDS[key]
        return f"sizes and positions go in layout: {{{name}: {_length_shown(value, 1200 if name == 'maxWidth' else 240)}}}"
    if key in _FULL_WIDTH_WORDS:
        return 'to fill the row or column, give it layout: {width: "100%"}'
    if key.startswith("on") and len(field) > 2 and field[2:3].isupper():
        return f"mockups run no code: remove it; {_KEPT_HANDLERS}"
    if key.startswith("aria") or key in _MARKUP_ONLY:
        return "a picture has no markup for assistive tech or tests: remove it; 'label' is text that shows"
    camel = to_camel(field)
    if camel in ("background", "backgroundImage") and isinstance(value, str) and value.startswith("data:"):
        return f'CSS goes in style: {{{camel}: "url(data:...)"}}, the data: URI wrapped in url()'
    if camel in STYLE_PROPERTIES and css_takes(camel, value):
        return f"CSS goes in style: {{{camel}: {_shown_or(value, '...')}}}"
    return None


_FOCUS_WORDS = frozenset(
    {"focused", "isfocused", "focus", "hasfocus", "focusvisible", "isfocusvisible", "showfocus", "focusring",
     "withfocus", "autofocus"}
)  # fmt: skip
FOCUS_RING_STYLE = {"outline": "2px solid var(--primary-indicator)", "outlineOffset": 2}
FIELD_FOCUS_RING_CSS = (
    "#email .dsl-control {outline: 2px solid var(--primary-indicator); outline-offset: 2px}"
)
FOCUS_RING = (
    "a focus state is not drawn by itself: draw its ring with style: "
    f'{{outline: "{FOCUS_RING_STYLE["outline"]}", outlineOffset: {FOCUS_RING_STYLE["outlineOffset"]}}}'
)
FIELD_FOCUS_RING = (
    "a focus state is not drawn by itself: give the field an id (id: email) and ring its box in css: "
    f'"{FIELD_FOCUS_RING_CSS}"'
)
"""What to write for a focused element (`focused: true`, `state: focus`): its ring, as a style;
a field's around its box (a style would ring its label too). The ring is in `--primary-indicator`,
the brand drawn to stand out at 3:1 from the page, so that a yellow or a lavender brand's ring
shows (the brand's pale tint, `--primary-soft`, vanished on white)."""


def _focus_hint(kind: str | None) -> str:
    return FIELD_FOCUS_RING if kind in _TYPED_FIELDS else FOCUS_RING


_STATE_WORDS = frozenset({"state", "uistate", "interactionstate", "visualstate"})
_HOVER_STATES = frozenset({"hover", "hovered", "pressed", "press", "active", "dragging", "drag", "dragged"})


def _state_hint(kind: str | None, value: Any, variants: Iterable[str]) -> str:
    """What to write for a UI state written as `state: focus` (`disabled`, `error`, `loading`...)."""
    word = value.strip().lower().replace("_", "-") if isinstance(value, str) else ""
    if word in ("focus", "focused", "focus-visible", "focusvisible"):
        return _focus_hint(kind)
    if word in ("active", "current") and kind == "chip":
        return "did you mean active: true?"
    if word in _HOVER_STATES:
        return "a picture shows no hover, press or drag: remove it"
    if word in ("readonly", "read-only") and kind in READONLY_TYPES:
        return "did you mean readonly: true?"
    if word in ("disabled", "inactive", "readonly"):
        return "did you mean disabled: true?"
    if word in ("error", "invalid", "danger"):
        return 'a field is drawn invalid by its message, in red under it: error: "Enter a valid value"'
    if word in ("loading", "busy", "pending"):
        return _LOADING_BUTTON if kind in ("button", "link") else _LOADING_STATE
    if word in ("checked", "on", "selected") and kind in ("checkbox", "toggle", "radio", "chip"):
        return "did you mean active: true?" if kind == "chip" else "did you mean checked: true?"
    if word and word in set(variants):
        return f"did you mean variant: {word}?"
    return "a state is drawn by the fields that show it (disabled, error, checked, active): remove it"


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
        return f"{shown_number(value)}"
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
    """Buttons, links and chips draw their icon after the label with `iconPosition: end`; other
    types draw it before, whatever the field says."""
    if kind not in ICON_POSITION_TYPES:
        return "the icon is drawn before the label: use 'icon'; only buttons, links and chips take iconPosition: end"
    named = (
        isinstance(value, str)
        and value.strip()
        and value.lower() not in ("right", "end", "trailing", "after")
    )
    icon = f"icon: {value}, " if named else ""
    return f"the icon goes after the label with {icon}iconPosition: end"


_SPACING_WORDS = frozenset(
    {"spacing", "gutter", "gutters", "space", "itemspacing", "gridgap", "spacingx", "spacingy", "rowspacing",
     "columnspacing"}
)  # fmt: skip
_BOX_SPACING = {
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
_RADII = {"none": 0, "xs": 2, "sm": 4, "md": 6, "lg": 8, "xl": 12, "2xl": 16, "3xl": 24, "full": 9999,
          "pill": 9999, "circle": 9999, "round": 9999}  # fmt: skip
"""Tailwind's and Chakra's radius words in px (`rounded: lg` is 8 px)."""
_SHADOW_WORDS = frozenset(
    {"shadow", "elevation", "raised", "hasshadow", "withshadow", "dropshadow", "shadowed", "shadows"}
)
_SHADOW = '"0 4px 12px rgb(0 0 0 / 0.12)"'
_BORDER_WORDS = frozenset({"bordered", "outlined", "withborder", "hasborder", "showborder", "isbordered"})
_HOVER_WORDS = frozenset(
    {"hoverable", "hover", "clickable", "interactive", "pressable", "ishoverable", "isclickable",
     "ispressable", "actionarea", "ripple", "disableripple", "focusable", "hovereffect", "draggable",
     "tappable", "touchable", "isdraggable"}
)  # fmt: skip
_CLOSE_WORDS = frozenset(
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
    if key in _BOX_SPACING:
        return _box_spacing_hint(key, value, kind)
    if key in _BACKGROUND_PROPS:
        prop = _BACKGROUND_PROPS[key]
        if isinstance(value, str) and re.fullmatch(r"[a-z]+\.\d+", value.strip()):  # Chakra's gray.50
            return (
                f'CSS goes in style: {{{prop}: "#f8fafc"}}, a CSS colour ({value.strip()} is a design token)'
            )
        return f"CSS goes in style: {{{prop}: {_shown_or(value, '...')}}}"
    if key in _RADIUS_WORDS:
        return f"CSS goes in style: {{borderRadius: {_radius_px(value)}}}"
    if key in _SHADOW_WORDS:
        if kind == "card":
            return f"did you mean variant: {'flat' if _is_off(value) else 'elevated'}?"
        return "remove it" if _is_off(value) else f"CSS goes in style: {{boxShadow: {_SHADOW}}}"
    if key in _BORDER_WORDS:
        bordered = "outline" if "outline" in variants else "bordered" if "bordered" in variants else None
        if bordered is not None:
            return f"did you mean variant: {bordered}?"
        return 'CSS goes in style: {border: "1px solid var(--border)"}'
    if key in _HOVER_WORDS:
        return "a picture shows no hover, press or drag: remove it"
    if key in _CLOSE_WORDS:
        return _close_hint(kind, value)
    if key in _SCHEME_WORDS:
        return _scheme_hint(kind, value, variants)
    if key in _INVALID_WORDS:
        if kind not in _FIELD_TYPES:
            return "only fields draw an error state: remove it"
        return 'a field is drawn invalid by its message, in red under it: error: "Enter a valid value"'
    if key in _BEFORE_WORDS or key in _AFTER_WORDS:
        return _adornment_hint(kind, value, before=key in _BEFORE_WORDS)
    if key in _TRUNCATE_WORDS:
        if _is_off(value):
            return "text wraps by default: remove it"
        return "CSS goes in style: {whiteSpace: nowrap, overflow: hidden, textOverflow: ellipsis}"
    if key in _CLAMP_WORDS:
        lines = _shown_or(value, 2) if isinstance(value, int) and not isinstance(value, bool) else "2"
        return (
            f"CSS goes in style: {{display: -webkit-box, WebkitLineClamp: {lines}, WebkitBoxOrient: "
            "vertical, overflow: hidden}"
        )
    if key in _MUTED_WORDS and value is True:
        return 'a muted text takes style: {color: "var(--muted-foreground)"}'
    if key == "lead" and kind in _TEXT_TYPES:
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
    if key in ("htmltype", "nativetype", "buttontype", "formaction", "submit", "formtarget"):
        return "a picture submits nothing: remove it; a button's look is its variant"
    if key in ("readonly", "isreadonly"):
        if kind in READONLY_TYPES:
            return "did you mean 'readonly'? readonly: true draws the field read-only"
        return "a picture is read-only anyway: remove it"
    if key in ("defaultvalue", "initialvalue", "defaultinputvalue"):
        return f"did you mean 'value'? value: {_shown_or(value, '...')}"
    if key in ("pagination", "paginated", "showpagination"):
        return _PAGINATION
    if key == "badgecontent":
        return f"did you mean 'badge'? badge: {_shown_or(value, 3)}"
    if key in ("objectfit", "resizemode", "contentmode", "scaletype"):
        if kind == "image":
            return f"did you mean 'fit'? fit: {_shown_or(value, 'contain')} (cover, contain, fill or none)"
        return f"CSS goes in style: {{objectFit: {_shown_or(value, 'cover')}}}"
    return None


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
        return _shown_or(value, 16)
    return "16"


def _box_spacing_hint(key: str, value: Any, kind: str) -> str:
    """A style-system shorthand (`p`, `px`, `mt`, `gutterBottom`) as the DSL's `padding` on a
    flow container, else as CSS in `style`; a number is a spacing step of 4 px (`px: 4` is 16 px)."""
    prop = _BOX_SPACING[key]
    if isinstance(value, bool):
        px = "8" if value else "0"
    elif isinstance(value, int | float):
        px = f"{value * 4:g}"
    elif isinstance(value, str) and value.strip().replace(".", "", 1).isdigit():
        px = f"{float(value) * 4:g}"
    else:
        px = _shown_or(value, 16)
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
    if word in _RADII:
        return str(_RADII[word])
    return _shown_or(value, 8) if re.search(r"\d", word) else "8"


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
    shown = _shown_or(value, "...")
    if kind in COLOR_TYPES:
        return f"did you mean 'color'? color: {shown}"
    theme = f"the accent colour of every element is the theme's: theme: {{primary: {shown}}}"
    if variants:
        return f"a {kind}'s colour is its variant: {', '.join(sorted(variants))}; {theme}"
    return theme


def _adornment_hint(kind: str, value: Any, *, before: bool) -> str:
    """Words before or after an input's text (`prefix: $`, `suffix: USD`) or a stat's figure."""
    words = value.strip() if isinstance(value, str) and 0 < len(value.strip()) <= 12 else None
    if kind == "stat":
        figure = (f"{words}12,400" if before else f"12,400 {words}") if words else "$12,400"
        return f'write it in the value: value: "{figure}"'
    side = "prefix" if before else "suffix"
    if kind in ADDON_TYPES:
        return f"did you mean '{side}'? {side}: {_shown_or(value, '$' if before else 'USD')}"
    if kind in _TYPED_FIELDS:
        return f"only an input or a search draws add-ons: {{type: input, {side}: {_shown_or(words or value, '...')}}}"
    if kind in ("slider", "progress", "rating"):
        return 'write it in the label: label: "Volume (%)"'
    return "write it in the text itself"


_TYPED_FIELDS = frozenset({"input", "search", "textarea", "select"})
READONLY_TYPES = _TYPED_FIELDS
"""Types drawn read-only with `readonly: true`."""
ADDON_TYPES = frozenset({"input", "search"})
"""Types that draw `prefix` and `suffix` add-ons."""


def _as_hint(kind: str, value: Any) -> str:
    """MUI's `component: h1` and Chakra's `as: h2`: a heading's level, else nothing to draw."""
    word = value.strip().lower() if isinstance(value, str) else ""
    if word in _HEADINGS:
        if kind == "heading":
            return f"did you mean level: {_HEADINGS[word]}?"
        if kind in _TEXT_TYPES:
            return f"a heading is {{type: heading, level: {_HEADINGS[word]}}}"
    return "the element's 'type' says what is drawn: remove it"


def _center_hint(kind: str, value: Any) -> str:
    if _is_off(value):
        return "remove it"
    if kind in _TEXT_TYPES:
        return "did you mean align: center?"
    if kind == "modal":
        return "a modal is drawn centred: remove it"
    if kind in _ALIGNED_TYPES:
        return "to centre the children: align: center, justify: center"
    return "to centre it, give its parent align: center"


_SX_NAMES = {**_BOX_SPACING, "bgcolor": "backgroundColor", "bg": "background", "w": "width", "h": "height",
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
        if number and key.lower() in _BOX_SPACING:
            shown = f"{written * 8:g}"  # MUI's spacing step
        elif number and prop == "borderRadius":
            shown = f"{written * 4:g}"  # MUI's shape step
        else:
            token = _MUI_COLORS.get(str(written).split(".")[0]) if isinstance(written, str) else None
            shown = f'"var(--{token})"' if token else _flow_item(written)
        pairs.append(f"{prop}: {shown}")
    example = ", ".join(pairs[:4]) or "backgroundColor: white, padding: 16"
    return f"CSS goes in style, with CSS's names: style: {{{example}}}"


def _length_shown(value: Any, fallback: Any) -> str:
    """A size as layout takes it: a number, or a text with a number in it ("50%"); a design
    token (`container.xl`) is none."""
    if isinstance(value, str) and not re.search(r"\d", value):
        return str(fallback)
    return _shown_or(value, fallback)


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
        _shown_or(end, None)
        for end in value[:2]
        if isinstance(end, int | float) and not isinstance(end, bool)
    ]
    low, high = ends if len(ends) == 2 else ["20", "150"]
    return (
        f"a slider draws one thumb: write the low end as value: {low} and the range in the label, "
        f'label: "Price: {low}-{high}"; or draw two sliders, From and To'
    )


def item_type_hint(kind: Any = None, item: Any = None) -> str:
    """Why an item (a nav entry, an action...) cannot be another kind of element; for an element
    written with its fields (`{type: avatar, name: Priya Shah}` among a navbar's actions), the
    element to move where it goes instead."""
    why = "items are drawn as buttons or links"
    if kind not in ELEMENT_TYPES or not isinstance(item, Mapping) or len(item) < 2:
        return f"{why}; other elements go in the parent's 'children'"
    return f"{why}; put the {kind} in the parent's 'children': children: [{_flow(item)}]"


def children_of(entries: list[Any]) -> str:
    """The entries of an `items` list as the `children` they are meant to be, in YAML's flow form
    (the first three): an element as written, a text (or an entry without a type) as a text
    element."""
    shown = [_as_child(entry) for entry in entries[:3]]
    return "children: [" + ", ".join(shown) + (", ...]" if len(entries) > 3 else "]")


def _as_child(entry: Any) -> str:
    if isinstance(entry, Mapping) and "type" in entry:
        return _flow(entry)
    words = entry.get("label") or entry.get("text") if isinstance(entry, Mapping) else entry
    return f"{{type: text, text: {_flow_item(words if words is not None else '...')}}}"


def action_field_hint(hint: str | None) -> str:
    """What to write instead of a field an action does not take: `hint` (a did-you-mean, another
    vocabulary's word) first, then the fields an action takes, and where other elements go."""
    takes = ", ".join(ACTION_FIELDS[:-1]) + " and " + ACTION_FIELDS[-1]
    fields = f"an action is a button and takes {takes}; other elements go in the parent's 'children'"
    return f"{hint}; {fields}" if hint else fields


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


_ENTRY_COLOR_WORDS = frozenset(
    {"color", "colour", "bg", "bgcolor", "background", "backgroundcolor", "textcolor", "tone", "colorscheme",
     "palette", "intent", "severity", "kind", "appearance"}
)  # fmt: skip
_ENTRY_TONES = {
    "menu": ["danger"],
    "tabs": ["danger"],
    "stepper": ["danger"],
    "sidebar": ["danger", "success", "warning", "info"],
    "list": ["success", "danger", "warning", "info", "primary", "muted"],
    "timeline": ["primary", "success", "warning", "danger", "info", "neutral"],
}
"""The tones an entry's `variant` draws, by type (read from the compiler's renderers): a menu's
red "Delete", a sidebar's label and icon, a list's value (+$4,250.00 in green), a timeline's dot."""


def _entry_color_hint(value: Any, kind: str | None, actions: Iterable[str]) -> str:
    """Where an entry's colour goes: an action is a button, coloured by its variant (one of
    `actions`, the button's); a menu's, sidebar's, list's or timeline's entry by its tone; other
    entries take their element's colours."""
    word = value.strip().lower() if isinstance(value, str) else ""
    if actions:
        looks = sorted(actions, key=lambda look: (look != "primary", look))
        chosen = word if word in looks else variant_synonym(word, looks)
        if chosen is None:
            return f"its colour is its variant, one of {_or(looks)}"
        return f"its colour is its variant: variant: {chosen} ({_or(looks)})"
    tones = _ENTRY_TONES.get(kind or "")
    if tones is not None:
        chosen = word if word in tones else variant_synonym(word, tones)
        drawn = (
            f"a {kind} entry's tones are {_or(tones)}"
            if len(tones) > 1
            else f"a {kind} entry draws {tones[0]}"
        )
        return (
            f"its colour is its tone: variant: {chosen} ({drawn})"
            if chosen
            else f"its colour is its tone: {drawn}"
        )
    return (
        "an entry is drawn in its element's colours, the active one in the brand's (active: true); "
        "another colour is the document's css"
    )


def _or(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


ENTRY_END_WORDS = frozenset(
    {"trailing", "trailingtext", "trailinglabel", "trailingcontent", "trail", "right", "righttext",
     "rightlabel", "rightcontent", "end", "endtext", "endlabel", "endcontent", "suffix", "aside", "extra",
     "after", "accessory", "rightdetail", "detailtext"}
)  # fmt: skip
"""Other libraries' words for what an entry shows at its right end (Material's `trailing`,
iOS's `accessory` and right detail)."""
_ENTRY_END_FIELDS = {
    "list": "did you mean 'value'? It is drawn at the entry's right end (an amount, a time): value: {value}",
    "timeline": "did you mean 'value'? It is drawn at the entry's right end (its time): value: {value}",
    "menu": "did you mean 'shortcut'? It is drawn at the entry's right end: shortcut: {value}",
    **dict.fromkeys(
        ("navbar", "sidebar", "tabs"), "did you mean 'badge'? It is drawn after the label: badge: {value}"
    ),
}
"""The field an entry of each type draws at its right end, for `ENTRY_END_WORDS`."""


_ENTRY_NAMES = {
    "tabs": "a tab",
    "stepper": "a step",
    "accordion": "an accordion section",
    "upload": "an upload's file",
}


def entry_fields_hint(hint: str | None, kind: str | None) -> str | None:
    """What to write instead of a field an entry of `items` does not take: `hint` (a
    did-you-mean, another vocabulary's word) first, then the fields an entry of a `kind` draws
    (`ENTRY_FIELDS`); `hint` alone for a type whose entries are not listed."""
    fields = ENTRY_FIELDS.get(kind or "")
    if fields is None:
        return hint
    if kind == "avatar":
        takes = "an avatar group's face is a name as text, or {label} ({name} reads the same)"
    else:
        entry = _ENTRY_NAMES.get(kind or "") or f"{_a(kind or '')} entry"
        takes = f"{entry} is text (its label), or {{{', '.join(fields)}}}"
    if not hint:
        return takes
    return f"{hint} {takes[0].upper()}{takes[1:]}" if hint.endswith("?") else f"{hint}; {takes}"


def item_field_hint(
    field: str, value: Any = None, kind: str | None = None, actions: Iterable[str] = ()
) -> str | None:
    """What to write instead of `field` on an item (a nav entry, an action...) of an element of
    type `kind`, or None; `actions` are a button's variants when the item is an action. An entry
    draws a label, a description, an icon, a badge, a value and its `active` state, nothing else:
    a picture's nearest is an icon, an unread mark's the highlighted active entry, a tab's count
    its badge, its colour its variant."""
    key = field.lower()
    panel = _panel_hint(key, kind)
    if panel is not None:
        return panel
    if key in _ENTRY_COLOR_WORDS:
        return _entry_color_hint(value, kind, actions)
    if key.startswith("on") and len(field) > 2 and field[2:3].isupper():
        return "mockups run no code: remove it; an entry that is a link takes href"
    if key in _CLOSE_WORDS or key in _HOVER_WORDS:
        return "a picture shows no hover, press or close: remove it"
    if key in _TIME_WORDS:
        time = _shown_or(value, '"10:42"')
        if kind == "timeline":
            return f"a timeline entry's time is its 'value', drawn on the right: value: {time}"
        if kind == "list":
            return f"an entry's 'value' is drawn on its right: value: {time}"
        return "an entry draws no time of its own: write it in the label or the description"
    if key in _ITEM_COUNT_WORDS:
        return f"did you mean 'badge'? badge: {_shown_or(value, 3)}"
    if key in ENTRY_END_WORDS and kind in _ENTRY_END_FIELDS:
        return _ENTRY_END_FIELDS[kind].format(value=_shown_or(value, '"$4.20"'))
    if key in _AMOUNT_WORDS and kind == "list":
        return f"an entry's 'value' is drawn on its right: value: {_shown_or(value, 3)}"
    if key in _SECOND_LINE_WORDS:
        return "did you mean 'description'?"
    if key in _AVATAR_WORDS:
        name = (
            _shown_or(value, '"Priya Raman"')
            if isinstance(value, str) and "/" not in value
            else '"Priya Raman"'
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
    if key in _TEXT_WORDS or key in ("title", "name", "caption", "primary", "primarytext", "heading"):
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


_ENTRY_FIELD_ADVICE: dict[str, str] = {
    "href": "a picture follows no link: remove it",
    "shortcut": "only a menu's entries draw a shortcut: remove it",
    "indent": "entries are one level deep: remove it",
    "size": "entries take their element's size: remove it",
    "value": "an entry draws its label: remove it",
    "iconPosition": "the icon is drawn in its place: remove it",
}


def entry_field_hint(kind: str, field: str, value: Any) -> str:
    """What to write instead of a field a stepper's step, a tab, a breadcrumb's item or an
    accordion's section does not draw: a tone other than a step's or a tab's danger, a step's
    badge, a tab's description, a crumb's badge or description, a section's value, a link, a
    shortcut."""
    if field == "variant" and kind in ("stepper", "tabs"):
        return f"a {'step' if kind == 'stepper' else 'tab'} draws variant danger (or error) only, in red: remove it"
    if field == "badge" and kind == "stepper":
        return f"write it in the step's description: description: {_shown_or(value, '2 errors')}"
    if field == "description" and kind == "tabs":
        return "a tab draws its label (icon, badge); the selected tab's panel is the tabs' 'children'"
    if kind == "breadcrumb" and field in ("badge", "description", "variant"):
        return "a breadcrumb item draws its label and icon, the last one as the current page: remove it"
    if kind == "accordion" and field == "value":
        return (
            "a section is opened by its label or index, the accordion's active: 'Billing'; a figure "
            f"on its header goes in its badge: badge: {_shown_or(value, '3')}"
        )
    if kind == "accordion" and field == "variant":
        return "a section draws no tone of its own: remove it"
    return _ENTRY_FIELD_ADVICE.get(field, "remove it")


_PANEL_WORDS = frozenset(
    {"content", "children", "panel", "body", "component", "render", "element", "tabpanel", "pane", "answer",
     "details", "contents", "elements"}
)  # fmt: skip


def _panel_hint(key: str, kind: str | None) -> str | None:
    """A tab's or an accordion section's own content (shadcn's and Ant Design's `content`,
    `children`): a tab draws its label, the open tab's panel is the tabs' `children`; a section
    draws a `description`, and the tabs' or accordion's `children` fill the first open one."""
    if key not in _PANEL_WORDS:
        return None
    if kind == "tabs":
        return (
            "a tab entry draws its label (icon, badge); the selected tab's panel is the tabs' 'children': "
            "children: [{type: text, text: ...}]"
        )
    if kind == "accordion":
        return (
            "did you mean 'description'? It is the open section's text; elements go in the accordion's "
            "'children', drawn in the first open section"
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
        shown = _shown_or(label, "<its label>")
        return f"the chosen option is the {parent}'s 'value': put value: {shown} on the {parent}"
    if key in _TEXT_WORDS or key in ("text", "title", "name"):
        if label is None:  # the option's words, under another name
            return "did you mean 'label'?"
        return "did you mean 'description'? It is a line under the option's label"
    if key in _SECOND_LINE_WORDS or key in ("hint", "helptext", "caption"):
        return "did you mean 'description'? It is a line under the option's label"
    if key in ("id", "key", "val", "code", "optionvalue", "slug"):
        return f"did you mean 'value'? value: {_shown_or(value, '...')}"
    if key in ("isdisabled", "readonly"):
        return "did you mean 'disabled'?"
    if key == "icon" or key in _PICTURE_WORDS or key in _AVATAR_WORDS:
        return "an option draws no icon: it has only label, value, description and disabled"
    if did_you_mean(field, ("label", "value", "description", "disabled")):
        return None  # a misspelt field: the spelling match says which
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        shown = _shown_or(value, "it")
        return f"{_OPTION_FIELDS}: put {shown} in its description, a line under the label"
    return _OPTION_FIELDS


_CELL_FUNCTIONS = frozenset(
    {"accessorfn", "cell", "render", "rendercell", "valuegetter", "valueformatter", "formatter", "format",
     "template", "celltemplate", "cellrenderer", "body", "component", "renderer", "customrender", "getvalue",
     "selector", "scopedslots"}
)  # fmt: skip
_SORT_WORDS = frozenset(
    {"sortable", "sorter", "sort", "sortdirection", "sortorder", "sorted", "issorted", "defaultsortorder",
     "sortdir", "enablesorting"}
)  # fmt: skip
_FILTER_WORDS = frozenset(
    {"filterable", "filter", "filters", "resizable", "editable", "enablefilter", "enablecolumnfilter",
     "searchable", "fixed", "pinned", "sticky", "frozen", "ellipsis", "enableresizing"}
)  # fmt: skip


def column_field_hint(field: str, value: Any) -> str | None:
    """What to write instead of `field` on a table column, or None: a data grid's cell function
    is not run (the rows hold what is shown), sorting and filtering draw nothing but a header's
    words, a number column is right-aligned with `align`."""
    key = field.lower()
    if key in _CELL_FUNCTIONS:
        return (
            "no function is run: a cell shows the row's value as written (status words become badges); "
            "give each row the text to show under the column's 'key'"
        )
    if key in _SORT_WORDS:
        return 'a picture sorts nothing: remove it; a sort arrow goes in the label: label: "Name ↓"'
    if key in _FILTER_WORDS:
        return "a picture filters, resizes and pins nothing: remove it"
    if key in ("numeric", "isnumeric") or (key in ("type", "datatype") and _is_number_type(value)):
        return "did you mean align: right? Numbers line up on the right"
    if key in ("type", "datatype"):
        return "a cell shows the row's value as written: remove it"
    if key in ("minwidth", "maxwidth", "flex", "size", "colwidth", "minsize", "maxsize"):
        return f"did you mean 'width'? width: {_length_shown(value, 120)}"
    if key in ("hidden", "hide", "visible", "show", "isvisible"):
        return "leave the column out of 'columns' instead"
    if key in ("id", "name", "prop", "property", "path", "datafield"):
        return "did you mean 'key'? It picks the cell from object rows"
    if key in ("headeralign", "textalign", "justify"):
        return "did you mean 'align'? left, center or right"
    return None


def _is_number_type(value: Any) -> bool:
    words = ("number", "numeric", "currency", "money", "int", "integer", "float", "decimal", "percent")
    return isinstance(value, str) and value.strip().lower() in words


_SERIES_RENAMES = {"label": "name", "title": "name", "data": "values", "bordercolor": "color",
                   "backgroundcolor": "color", "fill": "color", "stroke": "color"}  # fmt: skip
"""A chart series written as a Chart.js dataset (`{label, data, borderColor}`)."""


def series_field_hint(field: str) -> str | None:
    """What to write instead of `field` on a chart series, or None: Chart.js' and Recharts'
    `stack`/`stackId` group series into stacks, which the DSL does not draw; a unit goes in the
    series' name, as a legend shows it."""
    key = field.lower()
    if key in _SERIES_STACKING:
        return _NO_STACKING
    if key in _SERIES_UNIT_WORDS:
        return (
            'a series has no unit of its own: write it in its name, as its legend shows it: name: "HbA1c %"'
        )
    renamed = _SERIES_RENAMES.get(key)
    return f"did you mean '{renamed}'?" if renamed else None


SERIES_FIELDS = "a series takes 'name', 'values', 'color' and 'fill'"
"""The fields of a chart series (`model.Series`), told with any field it does not take."""


def series_fields_hint(hint: str | None) -> str:
    """What to write instead of a field a chart series does not take: `hint` (a did-you-mean,
    another library's word) first, then the fields a series takes."""
    return f"{hint}; {SERIES_FIELDS}" if hint else SERIES_FIELDS


_SERIES_UNIT_WORDS = frozenset({"unit", "units", "suffix", "valuesuffix", "unitlabel", "measure"})
"""A series' own words for the unit of its values (Highcharts' `valueSuffix`)."""


_SERIES_STACKING = frozenset({"stack", "stackid", "stacked", "stackgroup"})
"""A series' own words for its stack: Chart.js' `stack`, Recharts' `stackId`, Plotly's `stackgroup`."""


def layout_field_hint(field: str, value: Any, kind: str | None = None) -> str | None:
    """What to write instead of `field` in an element's `layout` (placement and size bounds), or
    None: `left` is `x` there; a flow field the element of type `kind` has (`direction`,
    `align`, `justify`, `wrap`) goes on the element itself, as `layout: {direction: row}` means
    it; other CSS (`flex`, `gap`...) goes in `style`, but only when that CSS property takes the value:
    CSS's `direction` is the writing direction (ltr, rtl), and `style: {direction: row}` draws
    the children stacked."""
    renamed = _LAYOUT_WORDS.get(field.lower())
    if renamed is not None and renamed != field:
        return f"did you mean '{renamed}'?"
    flow = _layout_flow_hint(field, value, kind)
    if flow is not None:
        return flow
    camel = to_camel(field)
    if camel in _EDGE_OFFSETS and css_takes(camel, value):
        # An offset does nothing on an element in the flow: it pins only with a position.
        return (
            "layout holds x, y and sizes; to pin it to the screen's edge (a toast in a corner) "
            f"give it a position in style: {{position: absolute, {camel}: {_shown_or(value, '...')}}}"
        )
    if camel in STYLE_PROPERTIES and css_takes(camel, value):
        return f"layout holds x, y and sizes; other CSS goes in style: {{{camel}: {_shown_or(value, '...')}}}"
    return None


_EDGE_OFFSETS = frozenset({"top", "right", "bottom", "inset", "insetInline", "insetBlock"})
"""CSS offsets that place an element only once it has a `position`."""

_FLOW_FIELDS = ("direction", "align", "justify", "wrap")
"""The element's own flow fields, which agents nest in `layout` as other tools do (Figma's auto
layout, a Flutter `Row`); `gap` and `padding` work in `style` too, which says so."""
_ROW_WORDS = frozenset({"row", "horizontal", "row-reverse"})


def _layout_flow_hint(field: str, value: Any, kind: str | None) -> str | None:
    """Where a flow field written in `layout` goes: on the element itself when its type draws it
    (`direction: "row"`), else for `direction: row` a row element around the children."""
    name = field if field in _FLOW_FIELDS else None
    if name is None:
        return None
    shown = _shown_or(value, "...")
    if kind is not None and name in DRAWN_FIELDS.get(kind, ()):
        extra = " (or type: row)" if name == "direction" and str(value).lower() in _ROW_WORDS else ""
        return f"'{name}' is the element's own field, not layout's: {name}: {shown}{extra}"
    if name == "direction" and str(value).lower() in _ROW_WORDS:
        return "to draw elements side by side, put them in a row: {type: row, children: [...]}"
    if name in ("align", "justify"):
        return (
            f"'{name}' is a container's own field (row, column, container, card...), not layout's: "
            f"{name}: {shown} on the element that holds the children"
        )
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
    # MUI's contained and text buttons, Ant Design's dashed, Material 3's tonal, Chakra's unstyled
    "contained": ("primary", "solid"),
    "text": ("ghost", "link", "plain"),
    **dict.fromkeys(("unstyled", "borderless", "naked", "bare", "minimal", "transparent", "clear", "quiet"),
                    ("ghost", "plain", "flat")),
    **dict.fromkeys(("tonal", "soft", "weak", "faded", "tinted"), ("secondary", "neutral", "muted")),
    **dict.fromkeys(("dashed", "dotted", "stroke", "stroked"), ("outline", "bordered")),
    **dict.fromkeys(("raised", "shadow", "elevation", "floating", "shadowed"), ("elevated",)),
    "tertiary": ("ghost", "outline"),
    **dict.fromkeys(("list-item", "listitem", "list", "item", "media", "listrow"), ("row",)),
}  # fmt: skip
"""Other libraries' variant names (shadcn's `destructive`, Chakra's `subtle`) and colour words,
each with the variants it may mean, best first."""


def variant_synonym(variant: str, known: Iterable[str]) -> str | None:
    """The variant among `known` that `variant` means in another library's words, or None."""
    choices = set(known)
    return next((v for v in _VARIANT_SYNONYMS.get(variant.lower(), ()) if v in choices), None)


_TONES = ("primary", "success", "warning", "danger", "info")
_TYPOGRAPHY = {
    **dict.fromkeys(("body1", "body", "bodymedium"), "did you mean size: md?"),
    **dict.fromkeys(("body2", "bodysmall", "small", "sm"), "did you mean size: sm?"),
    **dict.fromkeys(("subtitle1", "subtitle", "bodylarge", "lead", "large", "lg", "subheading"),
                    "did you mean size: lg?"),
    "subtitle2": "did you mean size: md? A bolder one takes style: {fontWeight: 600}",
    **dict.fromkeys(("caption", "footnote", "helper", "xs", "tiny", "fine"),
                    'a caption is small muted text: size: xs, style: {color: "var(--muted-foreground)"}'),
    "overline": 'an overline is size: xs, style: {textTransform: uppercase, letterSpacing: "0.08em"}',
}  # fmt: skip
"""MUI's Typography variants (and other text scales) as the size of a text (xs 12 px to 2xl 22 px)."""
_QUIET_WORDS = frozenset(
    {"muted", "secondary", "subtle", "subdued", "caption", "hint", "gray", "grey", "light"}
)
_TEXT_TYPES = frozenset({"text", "heading", "paragraph", "label"})


STEPPER_BAR_WORDS = frozenset({"progress", "bar", "linear", "line", "progressbar"})
STEPPER_AS_BAR = 'steps are drawn numbered; a bar is {type: progress, value: 50, label: "Step 2 of 4"}'
"""A stepper asked to look like a progress bar: the element that draws one."""


def no_variant_hint(kind: str, variant: str) -> str:
    """What to write instead of a `variant` on a type that has none: its look is CSS in `style`
    (a muted or coloured text), a heading's `level` or a `direction`."""
    word = variant.lower()
    if word in ("vertical", "horizontal") and "direction" in DRAWN_FIELDS.get(kind, ()):
        return f"did you mean direction: {word}?"
    if word in _HEADINGS:
        level = _HEADINGS[word]
        if kind == "heading":
            return f"a heading's size is its 'level': level: {level}"
        if kind in _TEXT_TYPES:
            return f"a heading is {{type: heading, level: {level}}}"
    if kind == "heading" and word in ("title", "display", "subtitle", "subheading", "subtitle1", "subtitle2"):
        return "a heading's size is its 'level': 1 (the largest) to 6"
    tone = word if word in _TONES else variant_synonym(word, _TONES)
    if kind in _TEXT_TYPES and tone is not None:
        return f'a coloured text takes style: {{color: "var(--{tone})"}}'
    if kind in _TEXT_TYPES and kind != "heading" and word in _TYPOGRAPHY:
        return _TYPOGRAPHY[word]
    if kind in _TEXT_TYPES and word in _QUIET_WORDS:
        return 'a muted text takes style: {color: "var(--muted-foreground)"}'
    return "remove it; the look is set with style (color, background, fontSize...)"


def color_hint(kind: str, color: str, variants: Iterable[str]) -> str:
    """What to write instead of `color` on a type that does not draw it: the variant of that
    colour when the type has one, else the CSS colour in `style`."""
    if kind == "chart":
        return "each series takes its own: series: [{name: ..., values: [...], color: ...}]"
    tone = THEME_COLOR_VARIABLES.get(color.strip().lower()) if isinstance(color, str) else None
    css = f'style: {{color: "var(--{tone})"}}' if tone else f"style: {{color: {_shown_or(color, '...')}}}"
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
        f"style: {{fontSize: {_shown_or(size, 28) if length else 28}}}"
    )


_FONT_LENGTH = re.compile(r"(?:\d+(?:\.\d*)?|\.\d+)(?:px|rem|em|pt|%|vw|vh)?")


_TINTS = ("success", "warning", "danger", "info", "primary")


def repeated_key_hint(
    key: str, written: list[str | None], kind: str | None, chart_variants: Collection[str] = ()
) -> str:
    """What to write instead of a key written more than once in one object (`written`: each
    value as written, None for a list or an object); `kind` is the element's type when the
    object is an element. Two values of one field are often two fields meant: an input's kind
    is `inputType`, a chart's is its variant (one of `chart_variants`), a progress ring's
    colour is `color`."""
    values = [value for value in written if value is not None]
    others = " or ".join(f"'{value}'" for value in dict.fromkeys(values))
    if key == "type" and kind is not None:
        inputs = [value for value in values if value.lower() in _INPUT_KINDS]
        if inputs and "input" in values:
            input_type = "tel" if inputs[0].lower() == "phone" else inputs[0].lower()
            return f"an input's kind is its inputType: type: input, inputType: {input_type}"
        charts = [value for value in values if value.strip().lower() in chart_variants]
        if charts and "chart" in values:
            return f"a chart's kind is its variant: type: chart, variant: {charts[0].strip().lower()}"
        types = [value for value in values if value in ELEMENT_TYPES]
        hinted = next(
            (hint for value in values if value not in types and (hint := element_type_hint(value))), None
        )
        if len(types) == 1 and hinted and hinted.startswith("use type: "):
            return f"an element has one type: {hinted}"
        unknown = next((value for value in values if value not in ELEMENT_TYPES), None) if types else None
        told = (element_type_hint(unknown) or did_you_mean(unknown, ELEMENT_TYPES)) if unknown else None
        return f"an element has one type: keep {others}" + (
            f" ('{unknown}' is no type: {told})" if told else ""
        )
    if key == "variant" and kind == "progress":
        ring = next((value for value in values if value in ("circle", "ring", "radial")), None)
        tint = next((value for value in values if value in _TINTS), None)
        if ring and tint:
            return f'one variant is drawn: variant: {ring}, color: "var(--{tint})" draws a {tint} ring'
    if key == "variant" and kind is not None and others:
        return f"a {kind} has one variant: keep {others}"
    return f"keep one '{key}' and remove the other" if len(written) == 2 else f"keep one '{key}'"


_ATTRIBUTES_AS_FIELDS = {
    "style": "style: {...}", "class": "className: ...", "id": "id: ...", "href": "href: ...",
    "src": "src: ...", "alt": "alt: ...", "hidden": "leave the element out",
}  # fmt: skip
"""HTML attributes of the earlier format's `customAttributes` that the DSL never reads, and what
says the same in its own words."""

UNSEEN_ATTRIBUTES = frozenset({
    "accesskey", "action", "autocapitalize", "autocomplete", "autocorrect", "autofocus", "download",
    "draggable", "enterkeyhint", "for", "form", "formaction", "formenctype", "formmethod",
    "formnovalidate", "formtarget", "inputmode", "itemid", "itemprop", "itemref", "itemscope",
    "itemtype", "list", "maxlength", "method", "minlength", "name", "nonce", "novalidate", "part",
    "pattern", "readonly", "rel", "role", "slot", "spellcheck", "tabindex", "target", "title",
    "translate", "type",
})  # fmt: skip
"""HTML attributes that draw nothing in a browser's still picture (what a form sends, how a
field is typed into, a hover's tooltip, a button's submit type): accepted without a word, the
picture being what the earlier renderer's was. `aria-*` and `data-*` are too."""

_EVENT_HANDLER = re.compile(r"on[a-z]+")


AttributeWarning = tuple[str, str, str | None]
"""A warning's message, code and hint."""


def ignored_attribute(kind: str, name: str, element: Mapping[str, Any]) -> AttributeWarning | None:
    """The warning for an HTML attribute of the earlier format's `customAttributes` on an
    element of type `kind` that the DSL does not read as a field of its own: its field is given
    too, its value is none the field holds, it is an event handler (mockups run no code), or
    one the DSL never emits. None for one that draws nothing anyway (see `UNSEEN_ATTRIBUTES`)."""
    lowered = name.lower()
    where = f"'customAttributes': '{name}'"
    field = ATTRIBUTE_FIELDS.get((kind, lowered))
    if field is not None:
        return _unread_attribute(where, field, element.get(field), element["customAttributes"][name])
    if lowered.startswith(("aria-", "data-")) or lowered in UNSEEN_ATTRIBUTES:
        return None
    if _EVENT_HANDLER.fullmatch(lowered):
        message = f"{where} is accepted for compatibility but never emitted (mockups run no code)"
        return message, "ignored_event_handler", None
    hint = _ATTRIBUTES_AS_FIELDS.get(lowered)
    said = f"the DSL's own field says it: {hint}" if hint and ":" in hint else hint
    return f"{where} is never emitted, so it is ignored", "field_ignored", said


def _unread_attribute(where: str, field: str, given: Any, value: Any) -> AttributeWarning:
    """The warning for an attribute the DSL reads as its `field` that was not read: the field
    is `given` in the DSL's own words (which win), or `value` is none the field holds."""
    if given is not None:
        return (
            f"{where} is not drawn: the element's own '{field}' is",
            "field_ignored",
            "remove it from customAttributes",
        )
    shown = f"'{value}'" if isinstance(value, str) else "null" if value is None else _flow(value)
    wanted = {"min": "a number", "max": "a number", "step": "a number", "inputType": "an input type"}
    return f"{where} is ignored: {shown} is not {wanted.get(field, 'a text')}", "invalid_value", None


HTML_INPUT_TYPES = (
    "text", "email", "password", "number", "tel", "url", "search", "date", "time", "datetime-local",
    "month", "week", "color", "file", "hidden", "checkbox", "radio", "range", "button", "submit", "reset",
    "image",
)  # fmt: skip
"""HTML's input types: what an input's `inputType` may be."""
_INPUT_TYPE_WORDS = {
    "phone": "tel", "telephone": "tel", "mobile": "tel", "mail": "email", "e-mail": "email",
    "string": "text", "integer": "number", "int": "number", "float": "number", "decimal": "number",
    "numeric": "number", "currency": "number", "money": "number", "uri": "url", "link": "url",
    "website": "url", "datetime": "datetime-local", "timestamp": "datetime-local", "secret": "password",
    "pass": "password", "pwd": "password", "colour": "color", "slider": "range",
}  # fmt: skip
"""Other words for an input type (`phone`, `integer`) -> HTML's."""
_INPUT_TYPE_ELEMENTS = {
    "textarea": "textarea", "multiline": "textarea", "select": "select", "dropdown": "select",
    "toggle": "toggle", "switch": "toggle", "upload": "upload", "rating": "rating",
}  # fmt: skip
"""Input types that are an element of their own (`inputType: switch` is a toggle)."""


def input_type_hint(written: str) -> str:
    """What to write for an `inputType` that is no HTML input type (`emial`, `phone`, `switch`)."""
    word = written.strip().lower()
    if word in _INPUT_TYPE_WORDS:
        return f"did you mean inputType: {_INPUT_TYPE_WORDS[word]}?"
    if word in _INPUT_TYPE_ELEMENTS:
        return f"it is an element of its own: type: {_INPUT_TYPE_ELEMENTS[word]}"
    return did_you_mean(word, HTML_INPUT_TYPES) or "the input types are " + ", ".join(HTML_INPUT_TYPES)


_DATE_FIELD = "icon: calendar draws a date picker's icon in the field; {type: calendar, value: %s} draws a month to pick the day in"
_PLAIN_INPUT_ADVICE = {
    "date": _DATE_FIELD,
    "month": _DATE_FIELD,
    "week": _DATE_FIELD,
    "datetime-local": _DATE_FIELD,
    "time": "icon: clock draws a time picker's icon in the field",
    "color": "a swatch is a box of its own beside it: {type: container, style: {background: %s}, "
    "layout: {width: 24, height: 24}}",
    "file": "a file picker is an element of its own: {type: upload, label: ...}",
    "hidden": "a hidden input shows nothing: remove it",
    "button": "a button is an element of its own: {type: button, label: %s}",
    "submit": "a button is an element of its own: {type: button, label: %s}",
    "reset": "a button is an element of its own: {type: button, label: %s}",
    "image": "a picture is an element of its own: {type: image, src: ...}",
    "checkbox": "a checkbox is an element of its own: {type: checkbox, checked: true}",
    "radio": "a radio is an element of its own: {type: radio, checked: true}",
    "range": "a slider is an element of its own: {type: slider, value: 50}",
}
"""What draws an input type that is drawn as a plain text field: an icon, another element."""


_PICKER_ICONS = {**dict.fromkeys(("date", "month", "week", "datetime-local"), "calendar"), "time": "clock"}
"""The icon that makes a text field look like a browser's picker field of each input type."""


def plain_input_hint(input_type: str, value: Any, icon: Any = None) -> str | None:
    """What draws an input of `input_type` as it looks in a browser, when the DSL draws it as a
    plain text field; None for the types a text field is (text, email, number...), and for a
    picker's field that already has its picker's icon (`icon: calendar` on a date): it is drawn
    as a closed picker looks, so nothing is left to add."""
    picker = _PICKER_ICONS.get(input_type)
    if picker is not None and isinstance(icon, str) and icon.strip().lower().startswith(picker):
        return None
    advice = _PLAIN_INPUT_ADVICE.get(input_type)
    if advice is None or "%s" not in advice:
        return advice
    if input_type in ("date", "month", "week", "datetime-local"):
        shown = _shown_or(str(value)[:10], '"2025-07-17"') if value not in (None, "") else '"2025-07-17"'
    elif input_type == "color":
        shown = _shown_or(value, '"#7c3aed"') if isinstance(value, str) and value.strip() else '"#7c3aed"'
    else:
        shown = _shown_or(value, "...")
    return advice % shown


BREAKPOINTS = {"xs": 0, "base": 0, "sm": 640, "md": 768, "lg": 1024, "xl": 1280, "2xl": 1536, "xxl": 1536}
"""The earlier format's breakpoints (Tailwind's): the least screen width each one's look applies
from, unless the document's `responsiveBreakpoints` says otherwise."""


def responsive_hint(
    overrides: Any, width: float | None = None, breakpoints: Mapping[str, Any] | None = None
) -> str:
    """What to write instead of the earlier format's `responsive` overrides: the look wanted at
    the one width drawn, on the element itself. With the canvas `width` known, only the
    breakpoints it reaches (`breakpoints` -> least width, BREAKPOINTS by default) are advised:
    an `sm` look from 640 px is none of a 390 px phone's."""
    looks = [
        (str(name), look)
        for name, look in (overrides.items() if isinstance(overrides, Mapping) else [])
        if isinstance(look, Mapping) and look
    ]
    if not looks:
        return "write the look wanted at the width drawn in the element's own style and layout"
    least = {**BREAKPOINTS, **{str(name): at for name, at in (breakpoints or {}).items() if _is_px(at)}}
    if width is None or any(name not in least for name, _ in looks):
        name, look = looks[0]
        return f"for the '{name}' look, write its fields on the element itself: {_fields_of(look)}"
    reached = sorted((least[name], name, look) for name, look in looks if least[name] <= width)
    if not reached:
        lowest = min(looks, key=lambda pair: least[pair[0]])[0]
        return (
            f"the canvas ({shown_number(width)} px) is narrower than every breakpoint given ('{lowest}' from "
            f"{shown_number(least[lowest])} px), so none of these looks would apply at it: remove it"
        )
    merged: dict[str, Any] = {}
    for _, _, look in reached:  # a wider breakpoint's look over a narrower one's, as CSS cascades them
        merged.update(look)
    if len(reached) == 1:
        return f"at the canvas' {shown_number(width)} px the '{reached[0][1]}' look applies: write its fields on the element itself: {_fields_of(merged)}"
    names = " and ".join(f"'{name}'" for _, name, _ in reached)
    return f"at the canvas' {shown_number(width)} px the {names} looks apply: write their fields on the element itself: {_fields_of(merged)}"


def _fields_of(look: Mapping[str, Any]) -> str:
    """The first two fields of a look, as YAML's flow form writes them."""
    return ", ".join(f"{key}: {_flow(value)}" for key, value in list(look.items())[:2])


def _is_px(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _flow(value: Any) -> str:
    """A value as YAML's flow form writes it, shortly: `{fontSize: 12}`; texts quoted when needed."""
    if isinstance(value, Mapping):
        inner = ", ".join(f"{key}: {_flow(item)}" for key, item in list(value.items())[:3])
        return "{" + inner + (", ..." if len(value) > 3 else "") + "}"
    if isinstance(value, str) and not re.fullmatch(r"[\w#.%-]+", value):
        return json.dumps(value if len(value) <= 30 else value[:27] + "...", ensure_ascii=False)
    return _shown_or(value, "...").strip('"')


_THEME_CHOICES = (
    "the themes are light, dark and wireframe (light in greyscale); design tokens make another: "
    'theme: {base: dark, primary: "#7c3aed"}'
)


def theme_name_hint(name: str) -> str:
    """What to write for a theme named other than light or dark: the name probably meant, else
    the two themes and the tokens that make another."""
    meant = did_you_mean(name.strip().lower(), ("light", "dark", "wireframe"))
    return meant or _THEME_CHOICES


LANGUAGE_TAGS = "write a BCP 47 tag such as en, ar, he, ja, pt-BR or zh-Hant"
_LOCALE_SUFFIX = re.compile(r"[.@].*$")
"""What a POSIX locale adds after its language and region (`en_US.UTF-8`, `de_DE@euro`)."""


def language_tag_hint(written: str) -> str:
    """The BCP 47 tag meant by a language written another way: its English name (`Spanish` ->
    es, `Brazilian Portuguese` -> pt-BR) or a locale written with an underscore (`pt_BR` -> pt-BR,
    `en_US.UTF-8` -> en-US); else how a tag is written."""
    word = written.strip()
    named = _language_names().get(word.lower())
    hyphenated = _LOCALE_SUFFIX.sub("", word).replace("_", "-")
    meant = named or (hyphenated if hyphenated != word and re.match(LANGUAGE_TAG, hyphenated) else None)
    return f"did you mean '{meant.replace('_', '-')}'?" if meant else LANGUAGE_TAGS


def is_language(tag: str) -> bool:
    """Whether the language subtag of a BCP 47 `tag` (`pt` of `pt-BR`) names a language CLDR
    knows (`und`, `mul` and the private-use qaa-qtz included), or a deprecated code still met
    (`iw` for Hebrew)."""
    primary = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()
    return primary in _language_codes() or primary in _OLD_CODES or "qaa" <= primary <= "qtz"


_OLD_CODES = frozenset({"iw", "in", "ji", "jw", "mo"})


@functools.cache
def _language_codes() -> frozenset[str]:
    """CLDR's language codes (through Babel), without regions: en, pt, zh, fil..."""
    from babel import Locale

    return frozenset(str(code).split("_")[0].lower() for code in Locale("en").languages)


@functools.cache
def _language_names() -> dict[str, str]:
    """Each language's English name in lower case (CLDR's, through Babel) -> its code (`spanish` ->
    es, `brazilian portuguese` -> pt_BR); the first code of a name shared by several."""
    from babel import Locale

    names: dict[str, str] = {}
    for code, name in Locale("en").languages.items():
        names.setdefault(name.lower(), code)
    return names


TABLE_DATA = "a table takes its rows in 'rows', not 'data'"
"""The error for a table's `data` (TanStack's and Ant Design's word for its rows)."""


def table_data_hint(data: Any) -> str:
    """How to write a table's `data` as `rows`: the same rows, under the DSL's name."""
    objects = isinstance(data, list) and bool(data) and all(isinstance(row, Mapping) for row in data)
    written = "an object keyed by column key, as here," if objects else "an object keyed by column key"
    return f"rename 'data' to 'rows': each row {written} or a list of cells in column order"


TABLE_DATA_AND_ROWS = "the rows are drawn from 'rows': remove 'data'"


def extra_cells_message(cells: list[Any], columns: int) -> str:
    """What a table row with more cells than columns loses: its last cells are not drawn, each
    named by its value (a long one shortened) so the author sees which it is."""
    dropped = cells[columns:]
    shown = ", ".join(_cell_shown(cell) for cell in dropped[:3])
    shown += ", ..." if len(dropped) > 3 else ""
    lost = f"the last, {shown}, is" if len(dropped) == 1 else f"the last {len(dropped)} ({shown}) are"
    return f"{counted(len(cells), 'cell')} for {counted(columns, 'column')}: {lost} not drawn"


def counted(number: int, word: str) -> str:
    """`number` and `word`, plural but for one: 1 column, 2 columns."""
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


EXTRA_CELLS = "give one cell per column, in column order, or add a column"


def comma_split_hint(whole: str, parts: list[str], quoted: str) -> str:
    """What to write instead of a table row that YAML's `[...]` cut at a comma inside a cell:
    `whole` names the cell as meant (`the number "5,000 units"`), `parts` are the cells it
    became, `quoted` the row (or the cell) with it quoted."""
    pieces = " and ".join(f'"{part}"' for part in parts)
    return f"inside [...] a comma ends a cell, so {whole} became {pieces}: quote it, {quoted}"


COMMA_CUT_HINT = "inside {...} a comma ends a value, so quote text that holds one: "
"""How the hint for a text YAML's `{...}` form cut at a comma starts (see `comma_cut_hint`)."""


def comma_cut_hint(field: str, whole: str) -> str:
    """Quote `whole`, the text written for `field` that YAML's `{...}` form cut at its commas."""
    return f"{COMMA_CUT_HINT}{field}: {yaml_quoted(whole)}"


def yaml_quoted(text: str) -> str:
    """`text` quoted for YAML: in double quotes, or in single quotes when it holds a double quote
    (`'Say "hi", Ana'` reads better than escapes)."""
    if '"' in text and "\n" not in text:
        return "'" + text.replace("'", "''") + "'"
    return json.dumps(text, ensure_ascii=False)


@dataclass(frozen=True)
class CommaCut:
    """A text that YAML's `{...}` form cut at its commas: `{placeholder: Delivery instructions,
    packaging, contacts...}` is a placeholder "Delivery instructions" and two keys without a
    value, `packaging` and `contacts...`. `field` is where the text was written, `kept` the part
    it kept, `rest` the keys the other parts became."""

    field: str
    kept: str | int | float
    rest: tuple[str, ...]

    def hint(self) -> str:
        """Quote the text as it was meant: `placeholder: "Delivery instructions, packaging, ..."`,
        joined again from what YAML read (the validator, which has the source, gives the text as
        written instead: YAML read `$10,000` as "$10" and the number 0)."""
        whole = self.kept if isinstance(self.kept, str) else f"{shown_number(self.kept)}"
        for part in self.rest:
            whole += ("," if _THOUSANDS.match(part) and whole[-1:].isdigit() else ", ") + part
        return comma_cut_hint(self.field, whole)

    def is_plainly_text(self) -> bool:
        """Whether the rest cannot be a misspelt field: several parts (a list in words), a part
        with a space, an ellipsis or a sentence's punctuation, or digits (`Mar 2, 2025`,
        `1,234`)."""
        return len(self.rest) > 1 or any(_PROSE_PART.search(part) for part in self.rest)

    def continues_words(self) -> bool:
        """Whether the rest reads on from text of several words in lower case (`Enter the
        address, street`): likelier the text's next word than a field written without a value."""
        return isinstance(self.kept, str) and len(self.kept.split()) > 1 and self.rest[0][:1].islower()


_THOUSANDS = re.compile(r"\d{3}(?!\d)")
"""A group of three digits after a thousands comma (`1,234`; `Mar 2, 2025` has none)."""
_PROSE_PART = re.compile(r"\s|\.\.\.|…|[.!?;:)]$|^\d")
"""What a part of a text has and a field's name has not: a space, an ellipsis, a sentence's end,
a leading digit."""


def comma_cut(holder: Any, key: Any) -> CommaCut | None:
    """The text YAML's `{...}` form cut at a comma, when `key` of `holder` is one of the parts it
    became: a key without a value that follows, directly or after other such keys, a field whose
    value is a text or a number (not the `type`: `{type: divider, vertical}` is a flag). None
    otherwise."""
    if not isinstance(holder, Mapping):
        return None
    names = list(holder)
    index = next((i for i, name in enumerate(names) if str(name) == str(key)), None)
    if index is None or holder[names[index]] is not None:
        return None
    start, end = index, index
    while start > 0 and holder[names[start - 1]] is None:
        start -= 1
    while end + 1 < len(names) and holder[names[end + 1]] is None:
        end += 1
    kept = holder[names[start - 1]] if start > 0 else None
    if start == 0 or names[start - 1] == "type" or isinstance(kept, bool):
        return None
    if not isinstance(kept, str | int | float):
        return None
    return CommaCut(str(names[start - 1]), kept, tuple(str(name) for name in names[start : end + 1]))


def comma_cells_hint(cells: list[str], pair: str | None) -> str | None:
    """What to say of a `[...]` row with more cells than columns when no cell was plainly cut:
    the cells as YAML read them, and how a cell with a comma is written (`pair`: two of them as
    one text, for the example). None without a pair: no comma can have split a cell."""
    if pair is None:
        return None
    shown = " | ".join(cells[:8]) + (" | ..." if len(cells) > 8 else "")
    example = json.dumps(pair if len(pair) <= 40 else "Smith, Jane", ensure_ascii=False)
    return (
        f"give one cell per column; YAML read the cells {shown}: inside [...] a comma ends a cell, "
        f"so quote a cell that holds one, e.g. {example}"
    )


CELL_TYPE_WORDS = ", ".join(CELL_TYPES[:-1]) + " or " + CELL_TYPES[-1]
"""The element types a table cell draws, as a list in words."""
_CELL_KINDS = (
    "a table cell holds text, a number, true or false (a check or a minus mark), null (a dash), or an "
    f"element of type {CELL_TYPE_WORDS} (several side by side in a list, texts among them: "
    "[{type: avatar, name: Ana Ruiz}, Ana Ruiz]), or a text in a tone ({text: 168/98, tone: danger}: success, "
    "warning, danger, info or neutral); status words such as Done, "
    "In progress, Blocked or Paid become coloured badges by themselves"
)

_TONE_KEYS = ("tone", "color", "colour", "variant", "status", "severity")
"""Keys an author colours a cell's text with, written beside its `text` without a type."""
_TONE_WORDS = {"red": "danger", "error": "danger", "green": "success", "amber": "warning", "orange": "warning",
               "yellow": "warning", "blue": "info", "grey": "neutral", "gray": "neutral", "muted": "neutral"}  # fmt: skip
"""Colours and synonyms written for a cell's tone -> the tone."""


def table_cell_hint(cell: Any) -> str:
    """What a table cell can hold, for a cell written as an object without a type, or as a list
    of other things than elements: what it would show, as text."""
    shown = _cell_text(cell) if isinstance(cell, Mapping) else None
    if shown and isinstance(cell, Mapping) and "type" not in cell:
        named = next((str(cell[key]) for key in _TONE_KEYS if isinstance(cell.get(key), str)), None)
        if named is not None:
            meant = closest(_TONE_WORDS.get(named.lower(), named.lower()), CELL_TONES)
            tone = meant[0] if meant else "danger"
            return f"{_CELL_KINDS}: for coloured text write {{text: {shown}, tone: {tone}}}"
    return f"{_CELL_KINDS}: write {shown}, or give the element its type" if shown else _CELL_KINDS


def words_cell_hint(cell: list[Any]) -> str:
    """What to write for a cell's list of texts alone (tags: `[urgent, web]`): chips, or one text."""
    words = [str(entry) for entry in cell]
    first, joined = _flow_item(words[0]), _flow_item(", ".join(words))
    return f"{_CELL_KINDS}; for tags write chips: [{{type: chip, text: {first}}}, ...], or one text: {joined}"


def cell_type_hint(kind: str, cell: Mapping[str, Any]) -> str:
    """What to write instead of an element of a type that no table cell draws (a chart, a card):
    its words as the cell's text, or the element beside the table."""
    shown = _cell_text(cell)
    instead = f"write {shown} as the cell's text" if shown else f"put the {kind} beside the table"
    if shown and kind == "text":
        instead += f" ({{text: {shown}, tone: danger}} colours it: success, warning, danger, info or neutral)"
    return f"a table cell draws {CELL_TYPE_WORDS} elements; {instead}"


def _cell_text(cell: Mapping[str, Any]) -> str | None:
    """The text an element in a cell stands for: its text or label, a progress bar's percentage."""
    names = ("text", "label", "title") if cell.get("type") == "icon" else ("text", "label", "title", "name")
    for key in names:  # an icon's `name` is a drawing, not words
        if isinstance(cell.get(key), str) and cell[key].strip():
            return _shown_or(cell[key], None) if len(cell[key]) <= 30 else None
    value = cell.get("value")
    if isinstance(value, int | float) and not isinstance(value, bool):
        percent = cell.get("type") == "progress" and cell.get("max") in (None, 100)
        return f'"{shown_number(value)}%"' if percent else f"{shown_number(value)}"
    return None


def document_field_hint(
    field: str, value: Any = None, device: Any = None, canvas: tuple[Any, Any] = (None, None)
) -> str | None:
    """What to write instead of `field` at the top of a document, or None; `value` is the
    field's, `device` the document's (a landscape tablet is the tablet's size turned), `canvas`
    its `width` and `height`."""
    key = field.lower()
    if key in ("orientation", "landscape", "portrait", "rotate", "rotated"):
        return _orientation_hint(key if key in ("landscape", "portrait") else value, device, canvas)
    if key in _DOCUMENT_RENAMES:
        return f"did you mean '{_DOCUMENT_RENAMES[key]}'?"
    if key in _RENDER_OPTIONS_WORDS:
        return RENDER_OPTIONS_HINT
    if key.replace("_", "").replace("-", "") in _CONTENT_HEIGHT_WORDS:
        return CONTENT_HEIGHT_HINT
    if key == "type":
        return "a document is not an element: put the element in elements: [{type: ...}]"
    if key in _DOCUMENT_SIZE_WORDS:
        return "give 'width' and 'height' in px, or a 'device': desktop, laptop, tablet or mobile"
    if key in _DOCUMENT_FONT_WORDS:
        return f"the page's font is the theme's: theme: {{font: {_shown_or(value, 'Inter')}}}"
    return None


_DOCUMENT_FONT_WORDS = frozenset({"fontfamily", "font-family", "font", "typeface", "fontface"})
"""The page's font written at the top of a document, as CSS names it on `body`."""


def _orientation_hint(value: Any, device: Any, canvas: tuple[Any, Any] = (None, None)) -> str:
    """There is no orientation: the canvas is as wide and as tall as `width` and `height` say, so
    a turned device is its preset's size swapped (a landscape tablet is 1024 x 768). A canvas
    whose width and height are given is spoken of as itself (a 1080 x 1920 kiosk was told "a
    tablet is 768 x 1024 already", though no tablet was involved)."""
    look = "portrait" if isinstance(value, str) and value.lower() == "portrait" else "landscape"
    width, height = canvas
    if all(isinstance(side, int | float) and not isinstance(side, bool) and side > 0 for side in canvas):
        if (look == "portrait") == (height > width):
            return f"there is no orientation: the canvas is {shown_number(width)} x {shown_number(height)} already; width and height set it"
        return f"there is no orientation: swap width and height, width: {shown_number(height)}, height: {shown_number(width)} for a {look} canvas"
    named = isinstance(device, str) and device in DEVICES
    preset = device if named else "tablet"
    wide, tall = DEVICES[preset][:2]
    if (look == "portrait") == (tall > wide):  # the preset is drawn that way already
        return (
            f"there is no orientation: a {preset} is {wide} x {tall} already; width and height set the canvas"
        )
    where = f"device: {preset}, " if named else ""
    return f"there is no orientation: swap width and height, {where}width: {tall}, height: {wide} for a {look} {preset}"


def filled(template: str, value: Any, name: Any = None) -> str:
    """An alternative written with the author's own words in it: `{value}` is the ignored field's
    value, `{name}` the element's name (`bell`)."""
    text = template.replace("{value}", _shown_or(value, "..."))
    return text.replace("{name}", name.strip() if isinstance(name, str) and name.strip() else "...")


def _as_text(value: Any) -> str:
    """A value as the quoted text a text field takes: a number is no text there (3 -> "3")."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'"{shown_number(value)}"'
    return _shown_or(value, '"3"') if isinstance(value, str) else '"3"'


CELL_SHOWN = 40
"""The characters of a cell's text a message quotes; a longer text is cut to fit, with "..."."""


def _cell_shown(cell: Any) -> str:
    """A table cell as a message names it: text quoted (a long one cut to `CELL_SHOWN` characters,
    ending in "..."), a number as written, true, false, null, a list or an object."""
    if cell is None or isinstance(cell, bool):
        return json.dumps(cell)
    if isinstance(cell, int | float):
        return f"{shown_number(cell)}"
    if isinstance(cell, Mapping):
        return "an object"
    if isinstance(cell, list):
        return "a list"
    text = str(cell)
    return json.dumps(text if len(text) <= CELL_SHOWN else text[: CELL_SHOWN - 3] + "...", ensure_ascii=False)


def _shown_or(value: Any, fallback: Any) -> str:
    """`value` as a message quotes it (`shown`, a text in double quotes) when it is a number or
    a short text, else `fallback` (what the hint writes in its place)."""
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return str(fallback)
    if isinstance(value, int | float):
        return shown(value)
    text = str(value)
    return shown(text, quote='"') if len(text) <= 30 else str(fallback)


TYPE_RENAMES = {
    # forms
    "textbox": "input", "textfield": "input", "textinput": "input", "field": "input",
    "combobox": "select",
    "picker": "select", "switch": "toggle", "radiogroup": "radio", "range": "slider",
    "searchbar": "search", "searchbox": "search", "multiline": "textarea",
    # text
    "title": "heading", "p": "paragraph", "span": "text", "a": "link",
    "anchor": "link", "pre": "code", "tag": "chip", "pill": "badge",
    # layout
    "div": "container", "box": "container", "view": "container", "panel": "card",
    "hstack": "row", "vstack": "column", "hbox": "row", "vbox": "column", "hr": "divider",
    "separator": "divider", "nav": "navbar", "appbar": "navbar", "topbar": "navbar",
    "toolbar": "navbar", "sidenav": "sidebar", "dialog": "modal",
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
    "autocomplete": "search", "typeahead": "search",
    "contextmenu": "menu", "commandpalette": "menu", "kbd": "code", "hotkey": "code",
    # words a close spelling sends to another concept (`pager` -> spacer, `chat` -> chart)
    "navigationbar": "navbar", "topnav": "navbar", "topnavigation": "navbar", "navlinks": "navbar",
    "menubar": "navbar", "titlebar": "navbar", "appheader": "navbar", "sidenavigation": "sidebar",
    "sidemenu": "sidebar", "leftnav": "sidebar", "sidepanel": "sidebar", "pager": "pagination",
    "pagenumbers": "pagination", "progresssteps": "stepper", "modaldialog": "modal", "alertdialog": "modal",
    "confirm": "modal", "confirmdialog": "modal", "combo": "select",
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
_SLIDES = (
    "use an image, or a row of cards, with a stepper below as the slide dots: "
    "{type: stepper, variant: dots, items: [One, Two, Three], current: 0}"
)
_DROPDOWN = (
    "use type: select for a form's choice, or type: menu for a list of actions or notifications "
    "opened from a button (an account's or a bell's dropdown)"
)
_NAVIGATION = "use type: navbar (a bar across the top), sidebar (a panel at the side) or tabs"
_GALLERY = "use a grid of image elements: {type: grid, columns: 3, children: [{type: image}, ...]}"
_FLOATING_PANEL = "use a card (or a menu) placed with layout: {x, y}; a tooltip is only a small text bubble"
_TYPE_RECIPES = {
    "segmented": "use type: tabs with variant: segmented",
    "segmentedcontrol": "use type: tabs with variant: segmented",
    "gauge": "use type: progress with variant: circle",
    "donut": "use type: chart with variant: donut", "doughnut": "use type: chart with variant: donut",
    "radar": "use type: chart: bar, line, area, pie and donut are drawn (a radar is not)",
    "radarchart": "use type: chart: bar, line, area, pie and donut are drawn (a radar is not)",
    "scatter": "use type: chart with variant: line (points joined; a scatter plot is not drawn)",
    "scatterplot": "use type: chart with variant: line (points joined; a scatter plot is not drawn)",
    "scatterchart": "use type: chart with variant: line (points joined; a scatter plot is not drawn)",
    "pie": "use type: chart with variant: pie", "spline": "use type: chart with variant: line",
    "polararea": "use type: chart with variant: pie", "columnchart": "use type: chart with variant: bar",
    "doughnutchart": "use type: chart with variant: donut", "donutchart": "use type: chart with variant: donut",
    "piechart": "use type: chart with variant: pie", "barchart": "use type: chart with variant: bar",
    "linechart": "use type: chart with variant: line", "areachart": "use type: chart with variant: area",
    "sparkline": "use type: chart with variant: line (a small layout height)",
    **dict.fromkeys(("sheet", "bottomsheet", "actionsheet"), "use type: modal with variant: sheet"),
    **dict.fromkeys(("drawer", "sidesheet", "offcanvas"), (
        "use type: modal with variant: drawer for a side panel (a bottom sheet on a phone), or "
        "type: sidebar for a page's navigation"
    )),
    "numberinput": "use type: input with inputType: number",
    "timepicker": "use type: input with inputType: time",
    "colorpicker": "use type: input with inputType: color",
    "otp": _DIGITS, "pininput": _DIGITS, "kanban": _COLUMNS_OF_CARDS, "board": _COLUMNS_OF_CARDS,
    "comment": _CHAT_ROW, "message": _CHAT_ROW, "chatbubble": _CHAT_ROW,
    "testimonial": "use a card with a paragraph and an avatar",
    "quote": "use a card with a paragraph and an avatar", "blockquote": "use a paragraph (or a card)",
    "logo": _LOGO, "brand": _LOGO, "hero": _HERO, "jumbotron": _HERO,
    "heatmap": "use a grid of coloured containers, or type: chart", "funnel": (
        "use a column of progress bars, one per step: {type: progress, label: Signed up, value: 8.2, "
        "text: '6,932 (8.2%)'}; or type: chart with variant: bar"
    ),
    "carousel": _SLIDES, "slideshow": _SLIDES, "dropdown": _DROPDOWN, "tree": _TREE, "treeview": _TREE,
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
    **dict.fromkeys(("note", "notes", "annotation", "stickynote", "postit", "sticky", "remark"), (
        "for a designer's note on the screen use the document's annotations: [{target: <element id>, "
        "text: ...}] (numbered pins and a notes panel); for a note that is part of the page use a card "
        "with a paragraph, or type: alert"
    )),
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


_GROUPS = {
    **dict.fromkeys(("checkboxgroup", "checkboxes", "checkboxlist", "checkgroup", "multicheckbox",
                     "checkboxset"), "checkbox"),
    **dict.fromkeys(("togglelist", "switchgroup", "switches", "switchlist", "togglegroupvertical"), "toggle"),
}  # fmt: skip
"""Other libraries' groups of on/off controls (Ant Design's `Checkbox.Group`, MUI's `FormGroup`):
the DSL draws each control alone, so a group is a column of them."""


def group_type_hint(name: str, element: Any) -> str | None:
    """How to write a group of checkboxes (or switches) given as one element (`{type:
    checkbox-group, label: Toppings, options: [Cheese, Ham]}`): a column of a label and one
    control per option, those in its `value` checked; None for any other type."""
    control = _GROUPS.get(re.sub(r"[\s_-]", "", name.lower()))
    return on_off_group_hint(control, element) if control is not None else None


def on_off_group_hint(control: str, element: Any) -> str:
    """A group of `control`s (checkbox, toggle) as the DSL writes it, from an element that gave
    its choices as `options` (or `items`), its caption as `label` or `title` and the ones on as
    `value`."""
    written = element if isinstance(element, Mapping) else {}
    caption = next((written[key] for key in ("label", "title") if isinstance(written.get(key), str)), None)
    options = written.get("options") or written.get("items")
    labels = [_option_label(option) for option in options] if isinstance(options, list) else []
    labels = [label for label in labels if label is not None] or ["Email", "SMS"]
    chosen = written.get("value")
    chosen = {str(one) for one in chosen} if isinstance(chosen, list) else {str(chosen)}
    children = [f"{{type: label, text: {_flow_item(caption)}}}"] if caption else []
    children += [
        f"{{type: {control}, label: {_flow_item(label)}{', checked: true' if label in chosen else ''}}}"
        for label in labels[:3]
    ]
    more = ", ..." if len(labels) > 3 else ""
    column = f"{{type: column, gap: 8, children: [{', '.join(children)}{more}]}}"
    return (
        f"a group is a column of {control}{'es' if control.endswith('x') else 's'}, one per choice: {column}"
        + ("; one choice of several is type: radio with options" if control == "checkbox" else "")
    )


def _option_label(option: Any) -> str | None:
    if isinstance(option, Mapping):
        option = option.get("label") or option.get("text") or option.get("value")
    return str(option) if isinstance(option, str | int | float) and not isinstance(option, bool) else None


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
    shown = _shown_or(value, "...")
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
_WIDE_FIELDS = frozenset({"slider", "upload"})
"""Fields whose box is as wide as its column: their width is what a size would change."""
_CONTAINERS = frozenset(
    {"card", "container", "grid", "flex", "row", "column", "stack", "form", "navbar", "sidebar", "footer"}
)
_BOX_TYPES = frozenset({*_CONTAINERS, "image", "video", "map", "calendar", "empty", "divider"})
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


def _a(kind: str) -> str:
    """A type's name with its article: "an upload", "a checkbox"."""
    return f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind}"


def size_ignored_hint(kind: str, size: Any, variant: Any = None) -> str:
    """Where a `size` goes on a type that draws none: a box's size is its `layout`, a text size
    is CSS; a skeleton draws one only as a circle or a block."""
    number = size if isinstance(size, int | float) and not isinstance(size, bool) else None
    if kind == "skeleton":
        return "only variant: circle or rect draws 'size'; text bars follow 'lines'"
    if kind in _FIELD_TYPES:
        width = f"{shown_number(number)}" if number is not None and number > 40 else "240"
        where = f"; its width goes in layout: {{width: {width}}}" if kind in _WIDE_FIELDS else ""
        return (
            f"{_a(kind)} draws one size; inputs, selects, searches, text areas and buttons take sm, md, "
            f"lg: remove it{where}"
        )
    if kind in _BOX_TYPES:
        shown = f"{shown_number(number)}" if number is not None else "320"
        box = f"its box's size goes in layout: {{width: {shown}}} (and height)"
        if kind in _CONTAINERS and number is None:
            return (
                f"{box}; for large controls set size: lg on each input, select and button in it, "
                "or theme: {density: spacious}"
            )
        return box
    word = str(size).strip().lower() if isinstance(size, str) else ""
    px = f"{shown_number(number)}" if number is not None else str(_TEXT_PX.get(word, 16))
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
    (<b>)`, or every kind found: `HTML tags (<b>), Markdown (**...**) and an HTML entity
    (&mdash;)`), and what to write instead."""

    found: str
    suggestion: str
    plural: bool = False
    """Whether `found` names several things (`HTML tags`, a list of kinds): "are drawn"."""

    @property
    def verb(self) -> str:
        return "are" if self.plural else "is"


@dataclass(frozen=True, slots=True)
class _Hit:
    """One piece of markup in a text: where it is, what mark (`bold`, `link`, `tag:b`,
    `entity`), the words it marks and a link's target (a heading's #s)."""

    start: int
    end: int
    mark: str
    inner: str
    target: str


_MARKUP_CHARS = re.compile(r"[<*_\[`#&~]")
"""The characters every HTML tag, Markdown mark and HTML entity holds one of."""


def markup_in_text(text: str, kind: str | None = None) -> Markup | None:
    """The HTML tags, Markdown marks and HTML entities in `text` that are clearly meant as
    markup, or None. Prose that merely holds `<`, `*` or `[` (`a < b`, `5 * 3`, `C++`, `<3`,
    `*Terms apply`) is none: a tag counts only when it is closed, a void tag (`<br>`) or an
    `<a href=...>`; a mark only when it wraps words, as Markdown writes it. One piece of markup
    gets what to write for it; several get every kind named and the words written plain."""
    if not _MARKUP_CHARS.search(text):  # most texts: nothing that could be markup
        return None
    hits = _markup_hits(text, kind)
    if not hits:
        return None
    if len(hits) > 1:
        return _several_markup(text, hits)
    hit = hits[0]
    before, after = text[: hit.start].strip(), text[hit.end :].strip()
    if hit.mark == "entity":
        return _entity_markup(hit.inner)
    if hit.mark.startswith("tag:"):
        name = hit.mark[4:]
        what = f"HTML tags (<{name}>)"
        if name == "br":
            return Markup(what, 'a line break is a new line in the text: "first line\\nsecond line"', True)
        if name[0] == "h" and name[1:].isdigit():
            heading = _markup_suggestion(
                "heading", before, hit.inner.strip(), after, "#" * int(name[1]), kind
            )
            return Markup(what, heading, True)
        suggestion = _markup_suggestion(
            _TAG_MARKS.get(name, "tag"), before, hit.inner.strip(), after, hit.target, kind
        )
        return Markup(what, suggestion, True)
    what = f"Markdown ({_MARKDOWN_SHOWN[hit.mark]})"
    return Markup(what, _markup_suggestion(hit.mark, before, hit.inner.strip(), after, hit.target, kind))


def _markup_hits(text: str, kind: str | None) -> list[_Hit]:
    """Every piece of markup in `text`, in order, none inside another (a mark inside a tag's
    words is that tag's)."""
    found = [*_tag_hits(text), *_markdown_hits(text, kind)]
    found += [_Hit(hit.start(), hit.end(), "entity", hit.group(0), "") for hit in _ENTITY.finditer(text)]
    kept: list[_Hit] = []
    for hit in sorted(found, key=lambda hit: (hit.start, -hit.end)):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def _tag_hits(text: str) -> list[_Hit]:
    """The HTML tags of `text` that are surely tags: closed ones (with the words up to their
    closing tag), void ones (`<br>`) and ones with attributes (`<a href=...>`)."""
    closed = {match.group(2).lower() for match in _HTML_TAG.finditer(text) if match.group(1)}
    hits = []
    for match in _HTML_TAG.finditer(text):
        name = match.group(2).lower()
        if match.group(1) or not (name in closed or name in _VOID_TAGS or "=" in match.group(3)):
            continue
        close = re.search(rf"</{name}\s*>", text[match.end() :], re.IGNORECASE)
        inner = text[match.end() : match.end() + close.start()] if close else ""
        end = match.end() + close.end() if close else match.end()
        href = re.search(r"""href\s*=\s*["']?([^"'\s>]+)""", match.group(3), re.IGNORECASE)
        hits.append(_Hit(match.start(), end, f"tag:{name}", inner, href.group(1) if href else ""))
    return hits


def _markdown_hits(text: str, kind: str | None) -> list[_Hit]:
    """The Markdown marks of `text` (a link only when its target looks like one)."""
    hits = []
    for mark, pattern in _MARKDOWN:
        if mark == "heading" and kind == "heading":
            pattern = _HASH_HEADING
        for hit in pattern.finditer(text):
            if mark == "link" and not _LINK_TARGET.search(hit.group(2)):
                continue
            target = hit.group(2) if mark == "link" else hit.group(1) if mark == "heading" else ""
            inner = hit.group(2) if mark == "heading" else hit.group(1)
            hits.append(_Hit(hit.start(), hit.end(), mark, inner, target))
    return hits


_MARKDOWN_SHOWN = {
    "bold": "**...**", "italic": "*...*", "strike": "~~...~~", "link": "[...](...)", "code": "`...`",
    "heading": "#",
}  # fmt: skip


def _several_markup(text: str, hits: list[_Hit]) -> Markup:
    """Every kind of markup among `hits` named, and the text written plain, every word kept."""
    tags = list(dict.fromkeys(f"<{hit.mark[4:]}>" for hit in hits if hit.mark.startswith("tag:")))
    marks = list(dict.fromkeys(_MARKDOWN_SHOWN[hit.mark] for hit in hits if hit.mark in _MARKDOWN_SHOWN))
    entities = list(dict.fromkeys(hit.inner for hit in hits if hit.mark == "entity"))
    kinds = []
    if tags:
        kinds.append(f"HTML tags ({', '.join(tags)})")
    if marks:
        kinds.append(f"Markdown ({', '.join(marks)})")
    if entities:
        kinds.append(f"{'HTML entities' if len(entities) > 1 else 'an HTML entity'} ({', '.join(entities)})")
    found = kinds[0] if len(kinds) == 1 else ", ".join(kinds[:-1]) + " and " + kinds[-1]
    plural = len(kinds) > 1 or bool(tags) or len(entities) > 1
    plain = _quoted_whole(_plain_text(text, hits))
    if not tags and not marks:
        return Markup(found, f"write the characters themselves: {plain}", plural)
    looks = list(dict.fromkeys(_LOOK_NAMES[look] for look in _looks(hits) if look in _LOOK_NAMES))
    apart = (
        f"; a part with a look of its own ({', '.join(looks)}) is an element of its own in a row: "
        "{type: row, gap: 4, children: [...]}"
        if looks
        else ""
    )
    return Markup(found, f"write the words plain: text: {plain}{apart}", plural)


_LOOK_NAMES = {
    "bold": "bold", "italic": "italic", "underline": "underlined", "strike": "struck through",
    "link": "a link", "code": "code", "heading": "a heading",
}  # fmt: skip


def _looks(hits: list[_Hit]) -> list[str]:
    """The look each hit gives its words (`bold` for `**` and `<b>`), in order."""
    looks = []
    for hit in hits:
        if hit.mark.startswith("tag:"):
            name = hit.mark[4:]
            looks.append("heading" if name[0] == "h" and name[1:].isdigit() else _TAG_MARKS.get(name, ""))
        elif hit.mark != "entity":
            looks.append(hit.mark)
    return looks


def _plain_text(text: str, hits: list[_Hit]) -> str:
    """`text` without its markup: each mark's words kept, a link's text, an entity's character,
    a `<br>` as a new line; spaces run together once."""
    pieces, at = [], 0
    for hit in hits:
        pieces.append(text[at : hit.start])
        if hit.mark == "entity":
            character = html.unescape(hit.inner)
            pieces.append(" " if character == "\xa0" else character)
        elif hit.mark == "tag:br":
            pieces.append("\n")
        else:
            inner = hit.inner
            pieces.append(
                _plain_text(inner, _markup_hits(inner, None)) if _MARKUP_CHARS.search(inner) else inner
            )
        at = hit.end
    pieces.append(text[at:])
    return re.sub(r"[ \t]{2,}", " ", "".join(pieces)).strip()


def _quoted_whole(text: str) -> str:
    """`text` as JSON quotes it, shortened only when it is long (80 characters)."""
    shown = text if len(text) <= 80 else text[:77] + "..."
    return json.dumps(shown, ensure_ascii=False)


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
        if len(before) + len(after) > _SHORT_LABEL:
            return _code_in_running_text(before, inner, after, part)
    else:
        look, css = _MARK_WORDS[mark]
        if not before and not after:
            return f"remove the marks; a {look} text takes {css}"
        part = f"{{type: text, text: {words}, {css}}}"
        whole = ""
        if mark == "bold" and before.endswith("?"):  # "New to Nebula? <b>Create an account</b>"
            tail = f"; a link is {{type: link, text: {words}}}"
    if not before and not after:
        return f"{whole}: {part}"
    pieces = [f"{{type: text, text: {_quoted(before)}}}"] if before else []
    pieces.append(part)
    pieces += [f"{{type: text, text: {_quoted(after)}}}"] if after else []
    return f"split it into a row: {{type: row, gap: 4, children: [{', '.join(pieces)}]}}{tail}"


_SHORT_LABEL = 40
"""Words around inline code short enough to stand beside it in a row ("Run" + a command): longer
ones are a sentence, which a row draws as side-by-side columns, not running text."""


def _code_in_running_text(before: str, inner: str, after: str, part: str) -> str:
    """What to write for code inside a sentence: no element draws code inline in running text,
    so the sentence keeps the words plain, or the code goes on its own line under it."""
    plain = _quoted(" ".join(piece for piece in (before, inner, after) if piece))
    return (
        "code cannot sit inside running text (a row of text, code and text draws three columns): "
        f"write it plain in the sentence, text: {plain}, or give it its own line, the sentence "
        f"then a code block under it: {part}"
    )


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
        return f"{shown_number(item)}"
    text = str(item)
    plain = re.fullmatch(r"[A-Za-z][\w .'-]{0,24}", text) and not text.endswith(" ")
    return text if plain else json.dumps(text[:28], ensure_ascii=False)


_HORIZONTAL_BARS = (
    "bars are drawn upright: use variant: bar; horizontal bars are a column of progress elements, "
    "{type: progress, label: ..., value: ...} each"
)
_CHART_OTHERS = "use variant: bar, line, area, pie or donut"
_UNDRAWN_CHARTS = {
    **dict.fromkeys(("polararea", "polar", "rose", "nightingale"), "use variant: pie (slices by share) or bar"),
    **dict.fromkeys(("radar", "spider", "web", "star"), "use variant: bar (one bar per axis) or line"),
    **dict.fromkeys(("scatter", "bubble", "point", "points", "dot", "dots", "xy"),
                    "use variant: line (the points joined, the x values as labels)"),
    **dict.fromkeys(("horizontalbar", "hbar", "barh", "horizontal", "barhorizontal", "barshorizontal"),
                    _HORIZONTAL_BARS),
    **dict.fromkeys(("stacked", "stackedbar", "stackedcolumn", "groupedbar", "grouped"),
                    "use variant: bar with several series (drawn side by side, not stacked)"),
    "stackedarea": "use variant: area with several series (drawn overlapping, not stacked)",
    **dict.fromkeys(("histogram", "waterfall"), "use variant: bar"),
    "funnel": (
        "a funnel's steps shrink too fast for bars: draw a column of progress bars, one per step, "
        "{type: progress, label: Signed up, value: 8.2, text: '6,932 (8.2%)'}, or use variant: bar"
    ),
    **dict.fromkeys(("combo", "mixed", "composed", "combined"),
                    "a chart draws one variant: bar or line (two charts side by side for both)"),
    **dict.fromkeys(("gauge", "meter", "radialbar", "radial", "semicircle"),
                    "use type: progress with variant: circle"),
    "sparkline": "use variant: line (with a small layout height)",
    "timeseries": "use variant: line", "trend": "use variant: line", "step": "use variant: line",
}  # fmt: skip
"""Chart kinds of Chart.js, Recharts and others that are not drawn, with the nearest that is."""


def undrawn_chart_hint(variant: str) -> str | None:
    """What to draw instead of a chart kind that is not drawn (`radar`, `polarArea`,
    `horizontalBar`), or None for a word that is no chart kind (a misspelling, say)."""
    key = re.sub(r"[\s_-]", "", variant.lower())
    key = key.removesuffix("chart") if key not in _UNDRAWN_CHARTS else key
    if key in _UNDRAWN_CHARTS:
        return _UNDRAWN_CHARTS[key]
    if key in ("heatmap", "treemap", "sankey", "candlestick", "ohlc", "boxplot", "sunburst", "network"):
        return _CHART_OTHERS
    return None


def status_hint(kind: str, status: str, variants: Iterable[str]) -> str:
    """Where the `status` of a type that draws none goes (Ant Design's `status: error` on an
    input, a badge's `status: success`): a field's error message, the variant of that tone, or
    a badge beside it. Only an avatar draws a status (its dot)."""
    word = status.strip().lower()
    if kind in _FIELD_TYPES:
        if word in ("error", "danger", "invalid", "failed"):
            return 'a field is drawn invalid by its message, in red under it: error: "Enter a valid value"'
        return 'a field draws only an error (error: "...") or a note under it (hint: "...")'
    choices = set(variants)
    variant = word if word in choices else variant_synonym(word, choices)
    if variant is not None:
        return f"did you mean variant: {variant}?"
    return f"a status is a badge next to it: {{type: badge, text: {_as_text(status)}}}"


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
"""Tailwind's and Bootstrap's utility classes that are one or a few CSS declarations."""
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
        prop = "gap" if spacing.group(1) == "gap" else _BOX_SPACING[spacing.group(1)]
        step = spacing.group(2)
        px = step if step == "auto" else "1" if step == "px" else f"{float(step) * 4:g}"
        return ((prop, px),)
    rounded = re.fullmatch(r"rounded(?:-(none|sm|md|lg|xl|2xl|3xl|full|pill|circle))?", name)
    if rounded:
        return (("borderRadius", str(_RADII.get(rounded.group(1) or "sm", 4))),)
    shadow = re.fullmatch(r"shadow(?:-(sm|md|lg|xl|2xl|none))?", name)
    if shadow:
        return (("boxShadow", "none" if shadow.group(1) == "none" else _SHADOW),)
    weight = re.fullmatch(
        r"(?:font|fw)-(thin|extralight|light|normal|medium|semibold|bold|extrabold|black)", name
    )
    if weight:
        return (("fontWeight", _font_weight(weight.group(1))),)
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


_OWN_FIELD_ADVICE: dict[str, str] = {
    "name": "its words go in 'text' or 'label'; a person's initials are an avatar's, an icon is 'icon'",
    "alt": "'alt' describes the picture in 'src': remove it",
    "disabled": "a greyed look is CSS: style: {opacity: 0.5}",
    "direction": "only a container (row, column, flex...) lays out children: wrap them in one",
    "gap": "space around it is CSS: style: {margin: {value}}",
    "padding": "space inside it is CSS: style: {padding: {value}}",
    "align": "its place is set by the row or column around it (align there), or style: {alignSelf: center}",
    "justify": "its place is set by the row or column around it (justify there)",
    "wrap": "only a container (row, flex, grid) wraps its children: remove it",
    "level": "a heading's size is its level: {type: heading, level: {value}, text: ...}",
    "error": 'a text element under it shows it: {type: text, text: {value}, style: {color: "var(--danger)"}}',
    "hint": "a text element under it shows it: {type: text, text: {value}, size: sm}",
    "step": "a step is how a slider moves, which a picture does not show: remove it",
    "href": "a picture follows no link: remove it (a link element looks like one: {type: link, text: ..., href: ...})",
    "change": "a change is a stat's: {type: stat, label: ..., value: ..., change: {value}}",
    "copyable": "only a code block draws a copy button: remove it",
    "readonly": "a picture is read-only anyway: remove it (inputs, text areas, selects and searches draw a read-only look)",
}
"""What to write instead of a field the type does not draw, beyond which types draw it."""


def own_field_hint(field: str, value: Any, drawn_by: Iterable[str], kind: str | None = None) -> str:
    """Where a field goes that the element's type (`kind`) does not draw (`{type: button, gap:
    8}`): the advice of `_OWN_FIELD_ADVICE` when there is one (a stat's prefix goes in its value),
    else which types draw it."""
    if field in ("prefix", "suffix") and kind is not None:
        return _adornment_hint(kind, value, before=field == "prefix")
    advice = _OWN_FIELD_ADVICE.get(field)
    if advice is not None:
        return advice.replace("{value}", _shown_or(value, "..."))
    kinds = sorted(drawn_by)
    if not kinds:
        return "no type draws it: remove it"
    shown = ", ".join(kinds[:6]) + (" and others" if len(kinds) > 6 else "")
    return f"it is drawn by {shown}: remove it"


_SHADOWED_ADVICE: dict[tuple[str, str], str] = {
    ("stat", "title"): "a stat has one caption, 'label': keep one",
    ("stat", "text"): "the line under the figure is 'description' (or 'text' without one): keep one",
    ("map", "title"): "the pin shows one text, 'label'; a title is a heading element above the map",
    ("map", "text"): "the pin shows one text (its label, else its title, else its text): keep one",
    ("checkbox", "description"): "an error or a hint replaces the line under it: keep one",
    ("toggle", "description"): "an error or a hint replaces the line under it: keep one",
    **dict.fromkeys((("avatar", "name"), ("avatar", "alt")),
                    "a group of faces ('items') draws no name of its own: one face is an avatar without items"),
}  # fmt: skip
"""What to write when one field hides another on a type in particular (see `shadowed_hint`)."""


def shadowed_hint(kind: str, hidden: str, shown: str) -> str:
    """What to write when `shown` is drawn where `hidden` would be (a button's `label` over its
    `text`, an error over a field's hint): one place, one text."""
    advice = _SHADOWED_ADVICE.get((kind, hidden))
    if advice is not None:
        return advice
    if hidden == "hint" and shown == "error":
        return "an error replaces the hint under a field: keep one"
    return f"both go in one place: keep '{shown}', or put the other in a text element next to it"
