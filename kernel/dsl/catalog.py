"""The element types the DSL knows, each with a one-line description for docs, errors and agents."""

from __future__ import annotations

from typing import Literal, get_args

ElementType = Literal[
    # basic
    "button", "text", "input", "image", "container", "grid", "flex", "card", "modal", "navbar",
    "sidebar",
    # layout
    "row", "column", "stack", "section", "header", "footer", "spacer", "divider",
    # text
    "heading", "paragraph", "link", "label", "code", "badge", "chip",
    # forms
    "form", "textarea", "select", "checkbox", "radio", "toggle", "slider", "search", "upload",
    # navigation
    "tabs", "breadcrumb", "pagination", "menu", "stepper", "accordion",
    # data
    "table", "list", "avatar", "icon", "stat", "progress", "chart", "calendar", "timeline", "rating",
    # feedback and media
    "alert", "toast", "tooltip", "skeleton", "spinner", "empty", "video", "map",
]  # fmt: skip

ELEMENT_TYPES: tuple[str, ...] = get_args(ElementType)

CATEGORIES: dict[str, tuple[str, ...]] = {
    "basic": (
        "button", "text", "input", "image", "container", "grid", "flex", "card", "modal", "navbar",
        "sidebar",
    ),
    "layout": ("row", "column", "stack", "section", "header", "footer", "spacer", "divider"),
    "text": ("heading", "paragraph", "link", "label", "code", "badge", "chip"),
    "forms": (
        "form", "textarea", "select", "checkbox", "radio", "toggle", "slider", "search", "upload",
    ),
    "navigation": ("tabs", "breadcrumb", "pagination", "menu", "stepper", "accordion"),
    "data": (
        "table", "list", "avatar", "icon", "stat", "progress", "chart", "calendar", "timeline",
        "rating",
    ),
    "feedback and media": (
        "alert", "toast", "tooltip", "skeleton", "spinner", "empty", "video", "map",
    ),
}  # fmt: skip
"""The reference's groups of element types (docs/dsl.md's `### Basic` ... sections, the agents'
list_element_types), each type named in its group. A new type is added to `ElementType` and to one
group here; tests/unit/test_catalog_groups.py checks that every type is in exactly one group."""

CELL_TYPES = (
    "checkbox", "toggle", "radio", "button", "link", "badge", "chip", "avatar", "icon", "progress",
    "rating", "spinner", "input", "select",
)  # fmt: skip
"""The element types a table cell draws, alone or several side by side (`[{type: button, ...},
...]`): the controls and marks that fit in a row (a permissions matrix's checkboxes, an actions
column's icon buttons, an invoice line's quantity field), drawn compact. Any other type is refused
in a cell, and the validator says which these are."""
_CELL_WORDS = ", ".join(CELL_TYPES[:-1]) + " or " + CELL_TYPES[-1]

DESCRIPTIONS: dict[str, str] = {
    "button": "A clickable button; `label` (or `text`), `variant` primary|secondary|outline|ghost|danger|success|link, `size` sm|md|lg, optional `icon` (`iconPosition: end` puts it after the label), `badge` (a red count on its corner).",
    "text": "A run of text (`text`); `size` xs|sm|md|lg|xl|2xl (12-22 px, md the 14 px body) or px sets its font size; styled with `style`.",
    "input": "A single-line text field with optional `label`, `placeholder`, `value`, `inputType` and `icon`; `prefix`/`suffix` add-ons inside its border (words: `https://`, `USD`, `users`; an icon: `{icon: globe}` or a hyphenated name, `credit-card`); `readonly`; `size` sm|md|lg (a button's height).",
    "image": "An image from a `data:` URI `src`; any other src draws a labelled placeholder box. `fit` cover|contain|fill|none places the picture in its box: a photo covers it (cropped), a logo (`variant: logo`, `alt` saying logo or wordmark, or a row of three or more low, wide images) is shown whole, with no rounded corners.",
    "container": "A plain box that holds `children`.",
    "grid": "Lays out `children` in a grid of `columns` (a count; without it, as many columns of at least 160 px as fit) with `gap`.",
    "flex": "Lays out `children` in a flex row (or `direction: column`) with `gap`, `align`, `justify`, `wrap`.",
    "card": "A raised surface with optional cover picture `src` (and `alt`) at its top, `title`, `description`, `icon`, `badge` (a pill beside the title; `{text: LIVE, variant: danger}` picks its tone) and `children`.",
    "modal": "A dialog over a dimmed backdrop, with `title`, `children` and `actions` (button labels); `size` sm|md|lg|xl (360-840 px) or px sets its width. `variant: sheet` draws a bottom sheet (a phone's share, filter or picker sheet): full width on the bottom edge, a grab handle, actions stacked full width. `variant: drawer` draws a full-height side panel on the right (a bottom sheet on a phone), `side` a side panel everywhere, `left` one on the left.",
    "navbar": "A top navigation bar: `title` (brand), `items` (links, one `active`), then on the right `children` and, last, `actions` (buttons: {label, variant, size, icon, badge}). The user's avatar is an element, so it goes in `children`: it ends the bar when there are no `actions` (write the buttons as button elements in `children`, before it); else it is drawn before them. A user menu as a button ends the bar as the last action: {label: Ada, icon: chevron-down, iconPosition: end, variant: ghost}. A phone screen's bar: `back: true` (or a label, `back: Settings`) starts it with a back chevron; an `icon` chevron-left, arrow-left, menu or x is a plain icon button there; `align: center` centres the title on a bar without links.",
    "sidebar": "A vertical navigation panel: `title`, `items` with icons and badges, `children` below.",
    "row": "Lays out `children` left to right with `gap`, `align`, `justify`, `wrap`.",
    "column": "Lays out `children` top to bottom with `gap`, `align`.",
    "stack": "Stacks `children` on top of each other (layers), aligned by `align`/`justify`.",
    "section": "A titled region of the page (`title`, `description`, `children`).",
    "header": "A page header: `title`, `description`, `children` on the right, then `actions` (buttons: {label, variant, size, icon, badge}).",
    "footer": "A page footer with `text` and link `items`.",
    "spacer": "Empty space: fills free room in a row/column, or `size` px.",
    "divider": "A horizontal (or `direction: vertical`) rule, optional `label`.",
    "heading": "A heading, `text` at `level` 1-6.",
    "paragraph": "A paragraph of body `text`; `size` sets its font size, as on text.",
    "link": "A hyperlink-styled `text` (`href` is shown, never followed); `size` sets its font size, as on text.",
    "label": "A small form label `text`; `size` sets its font size, as on text.",
    "code": "Monospace code `text`; multi-line text becomes a code block, coloured by `language`, headed by a `title`, with a copy button if `copyable`.",
    "badge": "A small status pill `text` with `variant` neutral|primary|success|warning|danger|info (tinted; secondary is neutral), outline (bordered) or solid (filled), `size` sm|md|lg.",
    "chip": "A rounded tag `text`, optional `icon` (`iconPosition: end` puts it after the text: a filter chip's chevron-down), removable look with `removable: true`.",
    "form": "A vertical form that holds fields as `children`, with `title` and `actions`.",
    "textarea": "A multi-line text field: `label`, `placeholder`, `value`, `rows`, `readonly`, `size` sm|md|lg.",
    "select": "A drop-down: `label`, `options`, `value` (the selected option; a list of them with `multiple`, drawn as chips), `readonly`, `size` sm|md|lg (a button's height).",
    "checkbox": "A checkbox with `label`, `checked`, `indeterminate` (a dash: some of a group ticked), `required` (a red star); `variant: success` or `danger` marks a quiz's answer.",
    "radio": "A radio group: `label`, `options`, `value` selected; an option's `variant` (success, danger) marks a quiz's answer.",
    "toggle": "An on/off switch with `label`, `checked`; the switch is drawn before the label, or at the row's far right with `variant: end` (a settings list).",
    "slider": "A range slider: `label`, `min`, `max`, `value`; a labelled one draws its min and max under the track (`marks: false` hides them); a range across 0 (-3 to 3) fills from 0.",
    "search": "A search field with a magnifier icon and `placeholder`; `readonly`, `prefix`/`suffix` add-ons as an input's; `size` sm|md|lg (a button's height).",
    "upload": "A file drop zone: `label`, `text`, `hint`, `icon`; `items` are files added {label, description (size), value (percent uploaded), variant: error}.",
    "tabs": "A tab strip: `items` ({label, icon, badge, disabled, variant: danger}), `active` (index or label), optional `children` as the panel; `size` sm|md|lg (a field's height); `variant: bottom` is a phone's bottom tab bar.",
    "breadcrumb": "A breadcrumb trail of `items`; the last is current.",
    "pagination": "Page links: `current` page, 1-based (1 is the first page; a stepper's `current` is 0-based), of `total` pages.",
    "menu": "A vertical menu of `items` (icons, shortcuts, dividers as '-').",
    "stepper": "Progress through steps: `items` (step names, or {label, description, icon (drawn in the circle), variant: danger (a step in error, red), disabled}), `current` step, 0-based (0 is the first step; a pagination's `current` is 1-based; the number of steps marks all done).",
    "accordion": "Collapsible sections: `items` {label, description, icon}; the `active` ones (or index/label in `active`; default the first) are open; `children` fill the first open one.",
    "table": f"A data table: `columns` (a list: names or {{key,label,align}}), `rows` (lists or objects; true or ✓ draws a check, false a dash, ✗ a cross; a cell may be a {_CELL_WORDS} element, or a list of them and texts side by side: [{{type: avatar, name: Ada Lovelace}}, Ada Lovelace] draws the face with the name beside it), `striped`, `selectable` with `selectedRows` (a checkbox column; `selectable: false` with `selectedRows` tints the rows without checkboxes).",
    "list": "A list of `items` (text, or {label, description, icon, avatar, badge, value, variant, shortcut}: `avatar` is a face at the row's start (a name's initials, a data: image, or {name, src, status}: a chat list), `value` is drawn at the row's right end (an amount '-$6.40', a time '10:42'), `shortcut: ›` a chevron, `variant` success|danger|warning|info|primary|muted tones it (the label of a row with no value nor badge: a red 'Sign out'), `href` draws its label as a link), `ordered` for numbers, `variant` bullet|plain|checklist|divided.",
    "avatar": "A round avatar: `src` (data: URI) or initials from `name`; `name` alone draws only the circle: `description` (a role, an email) draws the name beside it with that line under it. `size` xs|sm|md|lg|xl|2xl (24-80 px, md 40 the default) or px, `status` online|away|busy|offline. `items` draws an overlapping group of faces: names, as text or {label} ({name} reads the same), at most `max` (default 5) then +N.",
    "icon": "An icon by `name` from the Lucide set, `size`, `color`.",
    "stat": "A key figure: `label`, `value`, `change` (e.g. '+12%'), `icon`; `variant` (success, danger, warning, neutral) colours only the `change` pill (by default its sign picks the colour).",
    "progress": "A progress bar (or `variant: circle`): `value` of `max`, `label`.",
    "chart": "An SVG chart: `variant` bar|line|area|pie|donut, `data` {labels, values} or {labels, series:[{name, values}]}, `title`; `stacked: true` stacks a bar chart's series into one bar per label (`percent`: their shares of it), an area chart's into bands; `format` compact|full|percent (values as fractions: 0.042 is 4.2%) and `prefix`/`suffix` (`$`, `\" ms\"`) write its value axis and a donut's total; a bar chart's `orientation: horizontal` draws its bars across from its categories' names, `valueLabels: true` writes each bar's value at its end; `referenceLines` [{value, label, variant}] (or bare numbers) draw dashed lines across a bar, line or area chart at a target or limit, variant neutral|success|warning|danger.",
    "calendar": "A month calendar: `month` (YYYY-MM), `value` selected day, `range` [start, end]: two dates YYYY-MM-DD, the selected days (a leave request, a stay), `events` [{date, label, time}]; `variant: week` (`days: 5` a work week) or `day`: hours `[8, 18]`, events placed by `start`/`end` HH:MM, all-day without; `header: false` hides the month title and arrows.",
    "timeline": "Events on a vertical line (activity, tracking): `items` {label, description, value (the time), icon, variant (tone), active}.",
    "rating": "Stars filled to `value` of `max` (default 5, the last star filled to its share: 4.8 fills 80% of it), the score (or `text`) and a `label` such as '128 reviews'.",
    "alert": "An inline message: `variant` info|success|warning|danger|neutral, `title`, `text`, `children` under the text (an error summary's list of links), `actions` (buttons: {label, variant, size, icon}), `icon: none` for no icon.",
    "toast": "A floating notification: `variant`, `title`, `text`.",
    "tooltip": "A tooltip bubble with `text`, pointing at its `children` (or standing alone).",
    "skeleton": "A loading placeholder: `variant` text|circle|rect|row (a list row: a face and two lines)|card (avatar is circle), `lines`.",
    "spinner": "A loading spinner with optional `label`.",
    "empty": "An empty state: `icon`, `title`, `text`, `actions`.",
    "video": "A video placeholder with a play button, `title` and `duration`.",
    "map": "A map placeholder with a pin and `label` (`pin: false` or `icon: none` leaves the pin out), and `markers` [{x, y, label, variant}]: x and y in percent of the map (0-100), a label drawn as a price-tag pill pointing at the point, none as a pin; variant primary|neutral|success|warning|danger|info.",
}

CONTAINER_TYPES = frozenset(
    {"container", "grid", "flex", "card", "modal", "navbar", "sidebar", "row", "column", "stack",
     "section", "header", "footer", "form", "tabs", "tooltip", "accordion", "alert"}
)  # fmt: skip
"""Types whose `children` are rendered; other types warn when given children."""

_UNDRAWN = {
    "accordion": "text description label placeholder actions icon src badge",
    "alert": "placeholder items src badge",
    "avatar": "text title label placeholder actions icon badge",
    "badge": "title description placeholder actions items src badge",
    "breadcrumb": "text title description label placeholder actions icon src badge",
    "button": "title description placeholder actions items src",
    "calendar": "text title description label placeholder actions items icon src badge",
    "card": "label placeholder items",
    "chart": "text label actions items icon src badge",
    "checkbox": "title placeholder actions items icon src badge",
    "chip": "title description placeholder actions items src badge",
    "code": "description label placeholder actions items icon src badge",
    "column": "text title description label placeholder actions items icon src badge",
    "container": "text title description label placeholder actions items icon src badge",
    "divider": "title description placeholder actions items icon src badge",
    "empty": "placeholder items src badge",
    "flex": "text title description label placeholder actions items icon src badge",
    "footer": "title description label placeholder actions icon src badge",
    "form": "text label placeholder items icon src badge",
    "grid": "text title description label placeholder actions items icon src badge",
    "header": "label placeholder items icon src badge",
    "heading": "description placeholder actions items icon src badge",
    "icon": "text title description label placeholder actions items src badge",
    "image": "text description placeholder actions items icon badge",
    "input": "title description actions items src badge",
    "label": "title description placeholder actions items icon src badge",
    "link": "title description placeholder actions items src badge",
    "list": "text title description label placeholder actions icon src badge",
    "map": "description placeholder actions items icon src badge",
    "menu": "text description placeholder actions icon src badge",
    "modal": "placeholder items src badge",
    "navbar": "text description label placeholder src badge",
    "pagination": "title description label placeholder items icon src badge",
    "paragraph": "title description placeholder actions items icon src badge",
    "progress": "title description placeholder actions items icon src badge",
    "radio": "title description placeholder actions items icon src badge",
    "rating": "title description placeholder actions items icon src badge",
    "row": "text title description label placeholder actions items icon src badge",
    "search": "title description actions items src badge",
    "section": "text label placeholder items icon src badge",
    "select": "text title description actions items src badge",
    "sidebar": "text description label placeholder actions src badge",
    "skeleton": "text title description label placeholder actions items icon src badge",
    "slider": "text title description placeholder actions items icon src badge",
    "spacer": "text title description label placeholder actions items icon src badge",
    "spinner": "title description placeholder actions items icon src badge",
    "stack": "text title description label placeholder actions items icon src badge",
    "stat": "placeholder actions items src badge",
    "stepper": "text title description label placeholder actions icon src badge",
    "table": "text description label actions items icon src badge",
    "tabs": "text title description label placeholder actions icon src badge",
    "text": "title description placeholder actions items icon src badge",
    "textarea": "title description actions items icon src badge",
    "timeline": "text description label placeholder actions icon src badge",
    "toast": "placeholder items src badge",
    "toggle": "title placeholder actions items icon src badge",
    "tooltip": "description placeholder actions items icon src badge",
    "upload": "title description actions src badge",
    "video": "description placeholder actions items icon badge",
}  # fmt: skip
UNDRAWN_FIELDS: dict[str, frozenset[str]] = {
    kind: frozenset(names.split()) for kind, names in _UNDRAWN.items()
}
"""The content fields each type accepts (the element model is shared) but does not draw: given
one, the validator warns (`field_ignored`) instead of letting it vanish. A unit test renders
every type with each field and keeps this table true."""

CONTENT_FIELDS = ("text", "title", "description", "label", "placeholder", "actions", "items", "icon", "src", "badge")  # fmt: skip
"""The content fields `UNDRAWN_FIELDS` speaks of: a type draws each one not listed there."""

_FLOW = "direction gap padding align justify wrap"
_FIELD_STATE = "value required disabled error hint"
_DRAWN = {
    "accordion": "active",
    "alert": "removable",
    "avatar": "name alt size status",
    "button": "size disabled",
    "calendar": "value month events range days hours header",
    "card": _FLOW,
    "chart": "data stacked size prefix suffix format referenceLines orientation valueLabels",
    "checkbox": "checked indeterminate required disabled error hint",
    "chip": "checked disabled removable",
    "code": "language copyable",
    "column": _FLOW,
    "container": _FLOW,
    "divider": "direction",
    "flex": _FLOW,
    "footer": _FLOW,
    "form": _FLOW,
    "grid": "columns gap padding align justify wrap",
    "header": f"level size {_FLOW}",
    "heading": "level align",
    "icon": "name size",
    "image": "alt fit",
    "input": f"inputType size readonly prefix suffix {_FIELD_STATE}",
    "label": "align",
    "link": "href",
    "list": "ordered",
    "navbar": f"active back {_FLOW}",
    "pagination": "current total",
    "paragraph": "align",
    "progress": "value min max size",
    "radio": f"options checked direction {_FIELD_STATE}",
    "rating": "value max size",
    "row": _FLOW,
    "search": f"size readonly prefix suffix {_FIELD_STATE}",
    "section": f"level size {_FLOW}",
    "select": f"options size readonly multiple {_FIELD_STATE}",
    "sidebar": f"active {_FLOW}",
    "skeleton": "lines",
    "slider": f"min max marks {_FIELD_STATE}",
    "spacer": "size",
    "spinner": "size",
    "stack": "padding align justify",
    "stat": "value change",
    "stepper": "current direction",
    "table": "columns rows striped selectable selectedRows",
    "tabs": "active gap padding size",
    "text": "align",
    "textarea": f"rows size readonly {_FIELD_STATE}",
    "toggle": "checked disabled error hint",
    "upload": "required disabled error hint",
    "video": "value duration",
    "map": "pin markers",
}  # fmt: skip
DRAWN_FIELDS: dict[str, frozenset[str]] = {
    kind: frozenset(_DRAWN.get(kind, "").split()) for kind in ELEMENT_TYPES
}
"""The fields beyond its content (`CONTENT_FIELDS`) each type draws, other than `variant` (the
types with variants), `size` on the sized types, `color` (`COLOR_TYPES`) and `iconPosition`
(`ICON_POSITION_TYPES`), which their own tables hold. What agents are told a type takes; a unit
test renders every type with every field of the model and keeps this table true."""

_IN_CHILDREN = "put it in a text or paragraph element in 'children'"
_BESIDE = "put it in a text or paragraph element next to it"
TEXT_ALTERNATIVES: dict[str, str] = {
    **dict.fromkeys(("container", "row", "column", "flex", "grid", "stack", "section", "form"), _IN_CHILDREN),
    **dict.fromkeys(("accordion", "breadcrumb", "list", "menu", "stepper", "tabs", "timeline"), "its entries go in 'items'"),
    **dict.fromkeys(("navbar", "sidebar"), "its name goes in 'title', its entries in 'items'"),
    **dict.fromkeys(("chart", "table", "calendar"), "a heading goes in 'title'"),
    **dict.fromkeys(("select", "slider"), "its caption goes in 'label'"),
    **dict.fromkeys(("icon", "skeleton", "spacer"), _BESIDE),
    "avatar": "the initials come from 'name'",
    "image": "describe the picture in 'alt'; a caption is a text element next to it",
}  # fmt: skip
"""Where a `text` goes on the types that do not draw it."""

FIELD_ALTERNATIVES: dict[str, str] = {
    "title": "a heading element shows it",
    "description": "a paragraph element shows it",
    "label": "a label or text element next to it shows it",
    "placeholder": "only inputs, text areas, selects and searches show a placeholder",
    "actions": "button elements show them, in 'children' or next to it",
    "items": "lists, menus, tabs, steppers and nav bars draw 'items'; other content goes in 'children'",
    "icon": "an icon element next to it shows it",
    "src": "an image element shows a picture: {type: image, src: ...}",
    "badge": "a badge element next to it shows it: {type: badge, text: ...}",
}
"""Where an undrawn field's content goes instead, whatever the type (but see `ITEM_FIELD_ALTERNATIVES`)."""

ITEM_FIELD_ALTERNATIVES: dict[str, str] = {
    "icon": "each entry takes its own: items: [{label: ..., icon: check}]",
}
"""Where a field goes instead on types that draw `items`: on each entry."""

_ENTRY_BADGE = "each entry takes its own: items: [{label: ..., badge: 3}]"
TYPE_FIELD_ALTERNATIVES: dict[tuple[str, str], str] = {
    ("select", "items"): "the choices go in 'options': options: [A, B], and the chosen one in 'value'",
    ("radio", "items"): "the choices go in 'options': options: [A, B], and the chosen one in 'value'",
    **{(kind, "badge"): _ENTRY_BADGE for kind in ("navbar", "sidebar", "tabs", "menu", "list")},
    ("badge", "badge"): "a badge's words go in 'text': {type: badge, text: ...}",
    ("divider", "title"): "a divider shows its words as 'label': label: {value}",
    ("avatar", "label"): (
        "the caption beside the face, under the name, is 'description': description: {value}; a status "
        "dot is status: online, away, busy or offline"
    ),
    ("icon", "badge"): (
        "a button draws a count on its icon's corner: {type: button, icon: {name}, variant: ghost, badge: {value}}"
    ),
    **{
        (kind, "description"): "did you mean 'hint'? It is the help line drawn under the field: hint: {value}"
        for kind in ELEMENT_TYPES
        if "hint" in DRAWN_FIELDS[kind] and "description" in UNDRAWN_FIELDS.get(kind, ())
    },
}
"""Where an undrawn field goes on one type in particular (before `FIELD_ALTERNATIVES`); `{value}`
stands for the field's value, `{name}` for the element's name."""

ENTRY_ERROR_VARIANTS = frozenset({"danger", "error", "destructive"})
"""An entry's variant for a step in error or a tab of a dangerous area: drawn red."""
ENTRY_FIELDS: dict[str, tuple[str, ...]] = {
    "navbar": ("label", "icon", "badge", "active", "disabled"),
    "sidebar": ("label", "icon", "badge", "variant", "indent", "active", "disabled"),
    "menu": ("label", "description", "icon", "iconPosition", "badge", "shortcut", "variant", "active",
             "disabled"),
    "tabs": ("label", "icon", "badge", "variant", "active", "disabled"),
    "breadcrumb": ("label", "icon", "active"),
    "list": ("label", "description", "icon", "avatar", "iconPosition", "badge", "value", "shortcut", "variant",
             "active", "disabled", "indent", "href"),
    "stepper": ("label", "description", "icon", "variant", "active", "disabled"),
    "timeline": ("label", "description", "value", "icon", "badge", "variant", "active"),
    "footer": ("label",),
    "accordion": ("label", "description", "icon", "badge", "active", "disabled"),
    "upload": ("label", "description", "icon", "value", "variant"),
    "avatar": ("label",),
}  # fmt: skip
"""The fields an entry of `items` draws, by the type holding it (`text` is `label`'s other name):
told to agents with the type, and with an entry's unknown field. An entry may be text alone, its
label. A unit test renders an entry with each field of the model and keeps this true."""
ENTRY_FIELDS_DRAWN: dict[str, frozenset[str]] = {
    kind: frozenset({"type", "text", *ENTRY_FIELDS[kind]})
    for kind in ("stepper", "tabs", "breadcrumb", "accordion")
}
"""The entry fields a stepper's steps, a tab strip's tabs, a breadcrumb's items and an accordion's
sections draw (a step's or a tab's variant of `ENTRY_ERROR_VARIANTS` only); given another, the
validator warns (`field_ignored`) instead of letting it vanish (the other types' entries draw most
of theirs: not warned of)."""

ICON_POSITION_TYPES = frozenset({"button", "link", "chip"})
"""Types that draw `iconPosition` (the icon after the label with `end`); on any other type it is
ignored, and the validator says so. A unit test keeps this true."""

ACTION_FIELDS = ("label", "variant", "size", "icon", "iconPosition", "badge", "disabled", "id")
"""The fields an entry of `actions` is drawn with (as a button: `text` reads as `label`); it
takes no others, and an element that is no button goes in `children`. A unit test renders an
action with each and keeps this true."""

COLOR_TYPES = frozenset({"icon", "progress", "rating", "timeline"})
"""Types that draw `color` (the icon's stroke, the bar's fill, the stars, the line); on any other
type it is ignored, and the validator says what to write instead. A unit test keeps this true."""


DEVICES: dict[str, tuple[int, int, float]] = {
    "desktop": (1440, 900, 1.0),
    "laptop": (1280, 800, 1.0),
    "tablet": (768, 1024, 2.0),
    "mobile": (390, 844, 3.0),
}
"""Device presets: width, height (CSS px) and device scale factor."""

DEFAULT_WIDTH = 800
DEFAULT_HEIGHT = 600
