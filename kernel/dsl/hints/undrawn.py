"""Where a field goes that an element's type does not draw: its value, size, status and other fields."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kernel.dsl.hints.component_props import FIELD_TYPES, adornment_hint
from kernel.dsl.hints.variants import variant_synonym
from kernel.dsl.hints.wording import a, as_text, shown_or
from kernel.dsl.number_text import shown_number


def value_shape_hint(kind: str | None, value: Any) -> str | None:
    """What to write instead of an object as a slider's `value`, or None: a range's two ends
    are a list (`{min: 20, max: 150}` is `value: [20, 150]`)."""
    if kind != "slider" or not isinstance(value, Mapping):
        return None
    ends = [
        shown_or(end, None)
        for end in value.values()
        if isinstance(end, int | float) and not isinstance(end, bool)
    ]
    low, high = ends if len(ends) == 2 else ["20", "80"]
    return f"a slider's value is one number, or a range's two ends as a list: value: [{low}, {high}]"


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
        return f"its words go in '{words}': {words}: {as_text(value)}"
    shown = shown_or(value, "...")
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
        return f"put it in a text element in 'children': {{type: text, text: {as_text(value)}}}"
    return f"put it in a text element next to it: {{type: text, text: {as_text(value)}}}"


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


def size_ignored_hint(kind: str, size: Any) -> str:
    """Where a `size` goes on a type that draws none: a box's size is its `layout`, a text size
    is CSS; a skeleton draws one only as a circle or a block."""
    number = size if isinstance(size, int | float) and not isinstance(size, bool) else None
    if kind == "skeleton":
        return "only variant: circle or rect draws 'size'; text bars follow 'lines'"
    if kind in FIELD_TYPES:
        width = f"{shown_number(number)}" if number is not None and number > 40 else "240"
        where = f"; its width goes in layout: {{width: {width}}}" if kind in _WIDE_FIELDS else ""
        return (
            f"{a(kind)} draws one size; inputs, selects, searches, text areas and buttons take sm, md, "
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


def status_hint(kind: str, status: str, variants: Iterable[str]) -> str:
    """Where the `status` of a type that draws none goes (Ant Design's `status: error` on an
    input, a badge's `status: success`): a field's error message, the variant of that tone, or
    a badge beside it. Only an avatar draws a status (its dot)."""
    word = status.strip().lower()
    if kind in FIELD_TYPES:
        if word in ("error", "danger", "invalid", "failed"):
            return 'a field is drawn invalid by its message, in red under it: error: "Enter a valid value"'
        return 'a field draws only an error (error: "...") or a note under it (hint: "...")'
    choices = set(variants)
    variant = word if word in choices else variant_synonym(word, choices)
    if variant is not None:
        return f"did you mean variant: {variant}?"
    return f"a status is a badge next to it: {{type: badge, text: {as_text(status)}}}"


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
    "header": "only a calendar hides its month title with header: false; a card's or section's heading is its 'title'",
    "readonly": "a picture is read-only anyway: remove it (inputs, text areas, selects and searches draw a read-only look)",
}
"""What to write instead of a field the type does not draw, beyond which types draw it."""


def own_field_hint(field: str, value: Any, drawn_by: Iterable[str], kind: str | None = None) -> str:
    """Where a field goes that the element's type (`kind`) does not draw (`{type: button, gap:
    8}`): the advice of `_OWN_FIELD_ADVICE` when there is one (a stat's prefix goes in its value),
    else which types draw it."""
    if field in ("prefix", "suffix") and kind is not None:
        return adornment_hint(kind, value, before=field == "prefix")
    advice = _OWN_FIELD_ADVICE.get(field)
    if advice is not None:
        return advice.replace("{value}", shown_or(value, "..."))
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
    ("checkbox", "description"): "a hint and a description are the one line under it: keep one",
    ("toggle", "description"): "a hint and a description are the one line under it: keep one",
    **dict.fromkeys((("avatar", "name"), ("avatar", "alt")),
                    "a group of faces ('items') draws no name of its own: one face is an avatar without items"),
}  # fmt: skip
"""What to write when one field hides another on a type in particular (see `shadowed_hint`)."""


def shadowed_hint(kind: str, hidden: str, shown: str) -> str:
    """What to write when `shown` is drawn where `hidden` would be (a button's `label` over its
    `text`, a hint over a checkbox's description): one place, one text."""
    advice = _SHADOWED_ADVICE.get((kind, hidden))
    if advice is not None:
        return advice
    return f"both go in one place: keep '{shown}', or put the other in a text element next to it"
