"""What to write instead of a field an element does not have: another vocabulary's word, by type."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kernel.dsl.catalog import DRAWN_FIELDS, ICON_POSITION_TYPES
from kernel.dsl.hints.charts import CHART_STACK_WORDS
from kernel.dsl.hints.component_props import PAGINATION, READONLY_TYPES, TYPED_FIELDS, component_prop_hint
from kernel.dsl.hints.wording import as_text, length_shown, shown_or
from kernel.dsl.number_text import shown_number
from kernel.dsl.style_rules import STYLE_PROPERTIES, css_takes, to_camel

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
TEXT_WORDS = frozenset(
    {"content", "body", "message", "caption", "textcontent", "innertext", "copy", "string"}
)
LAYOUT_WORDS = {
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


_LEGEND = "a legend is drawn by itself for a pie or donut and for several series: remove it"
_CHART_DATA = (
    "a chart's labels and values go in 'data': data: {labels: [Jan, Feb, Mar], values: [3, 5, 4]}, or "
    "several lines or bars as data: {labels: [...], series: [{name: Sales, values: [3, 5, 4]}, ...]}"
)
_CHART_DATA_WORDS = ("labels", "series", "values", "datasets", "dataset", "categories", "points", "xaxis",
                     "chartdata", "dataseries")  # fmt: skip
_ACROSS = "did you mean orientation: horizontal? It draws the bars across, each from its category's name"
_ACROSS_WORDS = ("indexaxis", "horizontal", "ishorizontal", "horizontalbars", "inverted", "swapaxes", "flipaxes",
                 "barorientation", "bardirection")  # fmt: skip
"""Chart.js' `indexAxis: y`, ApexCharts' `horizontal: true`, Highcharts' `inverted` for bars across."""
_VALUE_LABELS = "did you mean valueLabels: true? It writes each bar's value at its end"
_VALUE_LABEL_WORDS = ("showvalues", "showvalue", "datalabels", "showdatalabels", "valuelabel", "barlabels",
                      "labelsonbars", "showbarvalues", "displayvalues", "showlabels", "labelvalues")  # fmt: skip
"""Chart.js' datalabels plugin, ApexCharts' `dataLabels`, Recharts' `<LabelList>` written as a switch."""
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
_BADGE_TONE_WORDS = ("badgevariant", "badgetone", "badgecolor", "badgecolour", "badgetype", "badgestatus",
                     "badgeintent", "badgeseverity", "badgeappearance", "badgestyle")  # fmt: skip
_CARD_BADGE_TONE = (
    "a card's badge takes its tone with its words: badge: {text: LIVE, variant: danger} (neutral, "
    "primary, success, warning, danger, info, outline or solid); the card's own variant tones the whole card"
)
_TYPE_FIELD_HINTS: dict[str, dict[str, str]] = {
    "stat": {**dict.fromkeys(("delta", "diff", "difference", "percentchange", "changepercent"), "did you mean 'change'?"),
             **dict.fromkeys(("helptext", "helpertext", "footnote", "caption", "period", "comparison",
                              "sublabel", "footer", "note"), _STAT_NOTE)},
    "chart": {"legend": _LEGEND, "showlegend": _LEGEND, **dict.fromkeys(_CHART_DATA_WORDS, _CHART_DATA),
              **dict.fromkeys(_ACROSS_WORDS, _ACROSS), **dict.fromkeys(_VALUE_LABEL_WORDS, _VALUE_LABELS)},
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
    "card": {"tag": "did you mean 'badge'? A card draws it as a pill beside its title",
             **dict.fromkeys(_BADGE_TONE_WORDS, _CARD_BADGE_TONE)},
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
for _kind in ("sidebar", "navbar", "menu", "tabs", "breadcrumb", "list", "accordion", "timeline", "stepper"):
    _TYPE_FIELD_HINTS.setdefault(_kind, {}).update(  # a sidebar's `menu`: its entries are its items
        dict.fromkeys(("menu", "nav", "navigation", "navigationitems"), "did you mean 'items'?")
    )
_TYPE_FIELD_HINTS["tooltip"] = dict.fromkeys(
    _SIDE_WORDS, "did you mean 'variant'? variant: {value} (top, bottom, left or right)"
)
_TYPE_FIELD_HINTS["table"].update(
    {**dict.fromkeys(("datasource", "rowdata", "records", "tabledata", "dataset", "entries"), _TABLE_ROWS),
     **dict.fromkeys(("pagination", "paginated", "showpagination", "pagesize", "paginator"), PAGINATION),
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


_TYPE_FIELD_HINTS["chart"].update(
    {**dict.fromkeys(("stack", "isstacked", "stackedbars", "stackseries", "stacking", "stackmode", "barmode"),
                     CHART_STACK_WORDS),
     "grouped": "several series are drawn side by side unless the chart is stacked: remove it"}
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
    typed = _TYPE_FIELD_HINTS.get(kind or "", {})
    by_type = typed.get(key) or typed.get(key.replace("_", "").replace("-", ""))  # `badge_tone`, `badge-tone`
    if by_type is not None:
        shown = by_type.replace("{value}", shown_or(value, "<an option's label>"))
        return shown.replace("{reviews}", _review_label(value)).replace("{text}", as_text(value))
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
        return f"CSS goes in style: {{fontWeight: {font_weight(value)}}}"
    if key in TEXT_WORDS:
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
    if key in LAYOUT_WORDS:
        name = LAYOUT_WORDS[key]
        return f"sizes and positions go in layout: {{{name}: {length_shown(value, 1200 if name == 'maxWidth' else 240)}}}"
    if key in _FULL_WIDTH_WORDS:
        return 'to fill the row or column, give it layout: {width: "100%"}'
    if key.startswith("on") and len(field) > 2 and field[2:3].isupper():
        return f"mockups run no code: remove it; {_KEPT_HANDLERS}"
    if key.startswith("aria") or key in _MARKUP_ONLY:
        return "a picture has no markup for assistive tech or tests: remove it; 'label' is text that shows"
    camel = to_camel(field)
    if camel in ("background", "backgroundImage") and isinstance(value, str) and value.startswith("data:"):
        return f'CSS goes in style: {{{camel}: "url(data:...)"}}, the data: URI wrapped in url()'
    own = _own_field_for_css(camel, value, kind)
    if own is not None:
        return own
    if camel in STYLE_PROPERTIES and css_takes(camel, value):
        return f"CSS goes in style: {{{camel}: {shown_or(value, '...')}}}"
    return None


_OWN_FIELDS_FOR_CSS = {
    "alignItems": "align", "justifyContent": "justify", "textAlign": "align", "flexDirection": "direction",
    "flexWrap": "wrap",
}  # fmt: skip
"""CSS properties an element of a type that draws the field says with a field of its own: a row's
`align` and `justify` (its flex box's), a heading's `align` (its text's)."""

_CSS_WORDS = {
    "flex-start": "start", "flex-end": "end", "left": "start", "right": "end", "space-between": "between",
    "space-around": "around", "space-evenly": "evenly", "justify": "start", "nowrap": "false", "wrap": "true",
    "row-reverse": "row", "column-reverse": "column",
}  # fmt: skip


def _own_field_for_css(camel: str, value: Any, kind: str | None) -> str | None:
    """For a CSS property written as a field (`alignItems: center` on a row), the element's own
    field that says it (`align: center`), when its type draws that field; else None (the CSS
    then goes in `style`)."""
    own = _OWN_FIELDS_FOR_CSS.get(camel)
    if own is None or kind is None or own not in DRAWN_FIELDS.get(kind, ()):
        return None
    written = value.strip().lower() if isinstance(value, str) else None
    shown = _CSS_WORDS.get(written, written) if written else "..."
    return f"did you mean '{own}'? A {kind} has its own: {own}: {shown}"


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
    return FIELD_FOCUS_RING if kind in TYPED_FIELDS else FOCUS_RING


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


def font_weight(value: Any) -> str:
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


def _review_label(value: Any) -> str:
    """A rating's review count as the caption it is drawn as: 212 -> "212 reviews"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'"{value:,g} reviews"'
    if isinstance(value, str) and value.strip() and len(value) <= 30:
        text = value.strip()
        return f'"{text} reviews"' if text.replace(",", "").isdigit() else f'"{text}"'
    return '"128 reviews"'
