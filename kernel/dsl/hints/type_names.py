"""What to write instead of an unknown element type: another vocabulary's name, or a recipe."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.hints.wording import flow_item

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
    "iconbutton": "button",
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
    "eyebrow": "text", "overline": "text", "textblock": "paragraph",
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
    # what a thing is for, not how it is spelt (`scoreboard` is no sidebar, `richtext` no paragraph)
    "scoreboard": "table", "leaderboard": "table", "ranking": "table", "rankings": "table",
    "standings": "table", "scoretable": "table", "pricetable": "table", "comparisontable": "table",
    "spreadsheet": "table", "scorecard": "stat", "kpitile": "stat", "statistic": "stat",
    "statistics": "stat", "numbercard": "stat", "richtext": "textarea", "richtexteditor": "textarea",
    "editor": "textarea", "texteditor": "textarea", "wysiwyg": "textarea", "rte": "textarea",
    "markdowneditor": "textarea", "commentbox": "textarea", "composer": "textarea",
    "messagebox": "textarea", "dropdownlist": "select", "dropdownselect": "select",
    "selectmenu": "select", "listbox": "select", "picklist": "select", "toggleswitch": "toggle",
    "rangeslider": "slider", "statusbadge": "badge", "status": "badge", "lozenge": "badge",
    "countdown": "stat", "timer": "stat", "menuitem": "menu", "megamenu": "menu",
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
_ROWS = (
    'use type: list, a row per item: {type: list, items: [{label: Wi-Fi, value: Home, shortcut: "›"}]} '
    "(a description, an icon or an avatar, a badge too); type: table is a grid of data"
)
_ROW = (
    'a row is an item of a list: {type: list, items: [{label: Wi-Fi, value: Home, shortcut: "›"}]} '
    "(a description, an icon or an avatar, a badge too)"
)
_FAB = (
    "use a button with an icon: {type: button, icon: plus, variant: primary, size: lg}, placed over "
    "the screen's corner with layout: {x: 318, y: 740} (on a 390 x 844 phone)"
)
_GESTURE = (
    "a picture shows no gesture: draw the screen as it looks (a row's revealed actions as buttons "
    "beside it: a row of the row's text and {type: button, text: Delete, variant: danger})"
)
_TYPE_RECIPES = {
    **dict.fromkeys(("tableview", "uitableview", "listview", "recyclerview", "flatlist", "lazycolumn",
                     "sectionlist", "collectionview"), _ROWS),
    **dict.fromkeys(("cell", "tableviewcell", "uitableviewcell", "listcell", "listtile", "listrow",
                     "listitem", "rowitem"), _ROW),
    **dict.fromkeys(("floatingactionbutton", "fab", "extendedfab", "floatingbutton", "actionbutton"), _FAB),
    **dict.fromkeys(("swipe", "swipeactions", "swipeaction", "swipeable", "gesture"), _GESTURE),
    **dict.fromkeys(("keyboard", "softkeyboard", "onscreenkeyboard", "virtualkeyboard", "keypad"), (
        "a phone's on-screen keyboard is not drawn: leave it out (the screen above it is drawn, a "
        "focused input as an input element)"
    )),
    **dict.fromkeys(("largetitle", "largeheader", "bigtitle"), (
        "use type: heading with level: 1 under the navbar (iOS's large title; the bar keeps its "
        "small title, or none)"
    )),

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
HEADINGS = {f"h{level}": level for level in range(1, 7)}
_BOTTOM_BARS = frozenset(
    {"tabbar", "bottomnav", "bottomnavigation", "bottombar", "bottomtabs", "navbarbottom"}
)
INPUT_KINDS = frozenset({"password", "email", "number", "tel", "phone", "url", "date", "time"})


def element_type_hint(name: str) -> str | None:
    """What to write instead of an unknown element type, or None when nothing is known for it."""
    key = name.lower().replace("_", "-")
    if key in HEADINGS:
        return f"use type: heading with level: {HEADINGS[key]}"
    if key.replace("-", "") in _BOTTOM_BARS:
        return "use type: tabs with variant: bottom"
    kind_of_input = re.sub(r"-?(input|field|box)$", "", key) if key not in INPUT_KINDS else key
    if kind_of_input in INPUT_KINDS:
        return f"use type: input with inputType: {'tel' if kind_of_input == 'phone' else kind_of_input}"
    recipe = _TYPE_RECIPES.get(key.replace("-", ""))
    if recipe:
        return recipe
    renamed = _renamed(key)
    return f"did you mean '{renamed}'?" if renamed else None


def replacement_type(name: str, element: Any = None) -> str | None:
    """The element type an unknown type plainly is (`Card` a card, `img` an image, `h1` a heading,
    `password` an input, `scoreboard` a table, `donut` a chart), as `element_type_hint` names it,
    so what is written on the element can be checked as that type's before the type is fixed (a
    `dropdown`'s `selected` is told a select's `value`, not a table's `selectedRows`); None for a
    recipe of several elements, or nothing known. A `dropdown` is a select, or a menu when
    `element` lists `items` and no `options`."""
    key = name.lower().replace("_", "-")
    if key in HEADINGS:
        return "heading"
    if key.replace("-", "") in _BOTTOM_BARS:
        return "tabs"
    kind_of_input = re.sub(r"-?(input|field|box)$", "", key) if key not in INPUT_KINDS else key
    if kind_of_input in INPUT_KINDS:
        return "input"
    recipe = _TYPE_RECIPES.get(key.replace("-", ""))
    if recipe == _DROPDOWN:
        written = element if isinstance(element, Mapping) else {}
        return "menu" if "items" in written and "options" not in written else "select"
    if recipe is not None:
        return _recipe_type(recipe)
    return _renamed(key)


_ONE_TYPE_RECIPE = re.compile(r"use type: ([a-z]+)(?: with |: |, |$)")
"""A recipe that is one element of ours (`use type: chart with variant: donut`, `use type: list,
a row per item`), not several (`use a row of ...`) nor a choice (`type: select for ..., or`)."""


def _recipe_type(recipe: str) -> str | None:
    """The one element type a recipe starts with, else None."""
    found = _ONE_TYPE_RECIPE.match(recipe)
    return found.group(1) if found and found.group(1) in ELEMENT_TYPES else None


def _renamed(key: str) -> str | None:
    """The type another vocabulary's name (lower case, `-` for `_`) is, or the type it spells
    with other separators or case; None."""
    renamed = TYPE_RENAMES.get(key) or TYPE_RENAMES.get(key.replace("-", ""))
    if renamed is None and key.replace("-", "").replace(" ", "") in ELEMENT_TYPES:
        renamed = key.replace("-", "").replace(" ", "")  # `nav-bar` is navbar, not avatar
    return renamed


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
    children = [f"{{type: label, text: {flow_item(caption)}}}"] if caption else []
    children += [
        f"{{type: {control}, label: {flow_item(label)}{', checked: true' if label in chosen else ''}}}"
        for label in labels[:3]
    ]
    more = ", ..." if len(labels) > 3 else ""
    column = f"{{type: column, children: [{', '.join(children)}{more}]}}"
    return (
        f"a group is a column of {control}{'es' if control.endswith('x') else 's'}, one per choice: {column}"
        + ("; one choice of several is type: radio with options" if control == "checkbox" else "")
    )


def _option_label(option: Any) -> str | None:
    if isinstance(option, Mapping):
        option = option.get("label") or option.get("text") or option.get("value")
    return str(option) if isinstance(option, str | int | float) and not isinstance(option, bool) else None
