"""What to write instead of a field an entry of `items`, an action or an option does not take."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kernel.dsl.catalog import ACTION_FIELDS, ELEMENT_TYPES, ENTRY_FIELDS
from kernel.dsl.hints.component_props import CLOSE_WORDS, HOVER_WORDS
from kernel.dsl.hints.element_fields import TEXT_WORDS
from kernel.dsl.hints.suggest import did_you_mean
from kernel.dsl.hints.variants import variant_synonym
from kernel.dsl.hints.wording import a, flow, flow_item, shown_or


def item_type_hint(kind: Any = None, item: Any = None) -> str:
    """Why an item (a nav entry, an action...) cannot be another kind of element; for an element
    written with its fields (`{type: avatar, name: Priya Shah}` among a navbar's actions), the
    element to move where it goes instead."""
    why = "items are drawn as buttons or links"
    if kind not in ELEMENT_TYPES or not isinstance(item, Mapping) or len(item) < 2:
        return f"{why}; other elements go in the parent's 'children'"
    return f"{why}; put the {kind} in the parent's 'children': children: [{flow(item)}]"


def children_of(entries: list[Any]) -> str:
    """The entries of an `items` list as the `children` they are meant to be, in YAML's flow form
    (the first three): an element as written, a text (or an entry without a type) as a text
    element."""
    shown = [_as_child(entry) for entry in entries[:3]]
    return "children: [" + ", ".join(shown) + (", ...]" if len(entries) > 3 else "]")


def _as_child(entry: Any) -> str:
    if isinstance(entry, Mapping) and "type" in entry:
        return flow(entry)
    words = entry.get("label") or entry.get("text") if isinstance(entry, Mapping) else entry
    return f"{{type: text, text: {flow_item(words if words is not None else '...')}}}"


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
     "after", "accessory", "accessorytype", "rightdetail", "detailtext"}
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


CHEVRON_WORDS = frozenset(
    {"chevron", "showchevron", "haschevron", "withchevron", "disclosure", "disclosureindicator",
     "showdisclosure", "arrow", "showarrow", "hasarrow", "drilldown", "navigable", "chevronright"}
)  # fmt: skip
"""Other libraries' fields for a row's "more" chevron (iOS's disclosure indicator)."""
_CHEVRON_VALUES = frozenset(
    {"disclosureindicator", "disclosure", "chevron", "chevronright", "arrow", "arrowright", "navigate",
     "navigation", "more", "drilldown", "", "true"}
)  # fmt: skip
"""Values of an accessory (`accessory: disclosureIndicator`) that are the chevron, lower-cased
without their punctuation; an arrow's character (`›`, `>`) too."""
_CHECK_VALUES = frozenset({"checkmark", "check", "checked", "tick", "selected"})
_DETAIL_VALUES = frozenset({"detailbutton", "detaildisclosurebutton", "info", "detail", "infobutton"})
_CHEVRON_HINT = (
    "a row's chevron is its shortcut, an arrow drawn as the chevron at the row's end: shortcut: \"›\""
)


def _list_accessory_hint(key: str, value: Any) -> str | None:
    """What to write for an iOS accessory or a chevron flag on a list row: the chevron is an
    arrow `shortcut` (`accessory: disclosureIndicator`, `chevron: true`), a checkmark or an info
    button an icon at the row's end; None for another accessory (its words are the row's value)."""
    if value is False:
        return "a row draws no chevron unless its shortcut is an arrow: remove it"
    word = "".join(c for c in str(value).lower() if c.isalnum()) if value is not None else ""
    if value is True or word in _CHEVRON_VALUES or str(value).strip() in ("›", ">", "❯", "→", "->"):
        return _CHEVRON_HINT
    if word in _CHECK_VALUES:
        return "a row's checkmark is an icon at its end: icon: check, iconPosition: end"
    if word in _DETAIL_VALUES:
        return "a row's info button is an icon at its end: icon: info, iconPosition: end"
    return _CHEVRON_HINT if key in CHEVRON_WORDS else None


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
        entry = _ENTRY_NAMES.get(kind or "") or f"{a(kind or '')} entry"
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
    if key in CLOSE_WORDS or key in HOVER_WORDS:
        return "a picture shows no hover, press or close: remove it"
    if key in _TIME_WORDS:
        time = shown_or(value, '"10:42"')
        if kind == "timeline":
            return f"a timeline entry's time is its 'value', drawn on the right: value: {time}"
        if kind == "list":
            return f"an entry's 'value' is drawn on its right: value: {time}"
        return "an entry draws no time of its own: write it in the label or the description"
    if key in _ITEM_COUNT_WORDS:
        return f"did you mean 'badge'? badge: {shown_or(value, 3)}"
    if kind == "list" and (key in CHEVRON_WORDS or key in ENTRY_END_WORDS):
        accessory = _list_accessory_hint(key, value)
        if accessory is not None:
            return accessory
    if key in ENTRY_END_WORDS and kind in _ENTRY_END_FIELDS:
        return _ENTRY_END_FIELDS[kind].format(value=shown_or(value, '"$4.20"'))
    if key in _AMOUNT_WORDS and kind == "list":
        return f"an entry's 'value' is drawn on its right: value: {shown_or(value, 3)}"
    if key in _SECOND_LINE_WORDS:
        return "did you mean 'description'?"
    if key in _AVATAR_WORDS:
        name = (
            shown_or(value, '"Priya Raman"')
            if isinstance(value, str) and "/" not in value
            else '"Priya Raman"'
        )
        if kind == "list":
            src = isinstance(value, str) and value.strip().lower().startswith(("data:", "http", "/"))
            face = "{src: data:image/png;base64,...}" if src or key.endswith(("url", "src")) else name
            return f"did you mean 'avatar'? avatar: {face} draws a face at the row's start"
        return (
            "only a list's rows draw an avatar: icon: user draws a person in its place; for faces, use a "
            f"list (items: [{{label: ..., avatar: {name}}}]) or avatar elements: {{type: avatar, name: "
            f"{name}, description: ...}} draws the initials with the name and a line beside them"
        )
    if key in _PICTURE_WORDS:
        return "an entry draws no picture: icon: image draws one in its place; for pictures, use rows of an image and text"
    if key in _UNREAD_WORDS:
        return "active: true draws the entry highlighted; a count of new messages goes in badge: 3"
    if key in TEXT_WORDS or key in ("title", "name", "caption", "primary", "primarytext", "heading"):
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
    "avatar": "only a list's rows draw an avatar: remove it",
}


def entry_field_hint(kind: str, field: str, value: Any) -> str:
    """What to write instead of a field a stepper's step, a tab, a breadcrumb's item or an
    accordion's section does not draw: a tone other than a step's or a tab's danger, a step's
    badge, a tab's description, a crumb's badge or description, a section's value, a link, a
    shortcut."""
    if field == "variant" and kind in ("stepper", "tabs"):
        return f"a {'step' if kind == 'stepper' else 'tab'} draws variant danger (or error) only, in red: remove it"
    if field == "badge" and kind == "stepper":
        return f"write it in the step's description: description: {shown_or(value, '2 errors')}"
    if field == "description" and kind == "tabs":
        return "a tab draws its label (icon, badge); the selected tab's panel is the tabs' 'children'"
    if kind == "breadcrumb" and field in ("badge", "description", "variant"):
        return "a breadcrumb item draws its label and icon, the last one as the current page: remove it"
    if kind == "accordion" and field == "value":
        return (
            "a section is opened by its label or index, the accordion's active: 'Billing'; a figure "
            f"on its header goes in its badge: badge: {shown_or(value, '3')}"
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


_OPTION_FIELDS = "an option has only label, value, description, disabled and variant (its review tone)"


_TONE_WORDS = frozenset(
    {"tone", "status", "state", "result", "correct", "iscorrect", "incorrect", "wrong", "color", "colour"}
)
"""What an option's review tone (`variant`) is written as in other vocabularies."""


def option_field_hint(field: str, kind: str | None, label: Any, value: Any = None) -> str | None:
    """What to write instead of `field` on an option of a select or radio group, or None: the
    chosen one is named by the parent's `value`, not marked on the option; an option draws its
    label and a line under it, so an icon, a price or a tag goes in those words."""
    key = field.lower()
    parent = kind or "select"
    if key in ("selected", "checked", "default", "active", "isselected"):
        shown = shown_or(label, "<its label>")
        return f"the chosen option is the {parent}'s 'value': put value: {shown} on the {parent}"
    if key in TEXT_WORDS or key in ("text", "title", "name"):
        if label is None:  # the option's words, under another name
            return "did you mean 'label'?"
        return "did you mean 'description'? It is a line under the option's label"
    if key in _SECOND_LINE_WORDS or key in ("hint", "helptext", "caption"):
        return "did you mean 'description'? It is a line under the option's label"
    if key in ("id", "key", "val", "code", "optionvalue", "slug"):
        return f"did you mean 'value'? value: {shown_or(value, '...')}"
    if key in ("isdisabled", "readonly"):
        return "did you mean 'disabled'?"
    if key in _TONE_WORDS:
        return "did you mean 'variant'? variant: success marks the right answer, variant: danger a wrong one"
    if key == "icon" or key in _PICTURE_WORDS or key in _AVATAR_WORDS:
        return "an option draws no icon: it has only label, value, description, disabled and variant (its review tone)"
    if did_you_mean(field, ("label", "value", "description", "disabled", "variant")):
        return None  # a misspelt field: the spelling match says which
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        shown = shown_or(value, "it")
        return f"{_OPTION_FIELDS}: put {shown} in its description, a line under the label"
    return _OPTION_FIELDS
