"""Fields an element's type does not draw (its own, its entries', the earlier format's), and those it does."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from kernel.dsl.catalog import (
    COLOR_TYPES,
    CONTAINER_TYPES,
    CONTENT_FIELDS,
    DRAWN_FIELDS,
    ELEMENT_TYPES,
    ENTRY_ERROR_VARIANTS,
    ENTRY_FIELDS_DRAWN,
    FIELD_ALTERNATIVES,
    ICON_POSITION_TYPES,
    ITEM_FIELD_ALTERNATIVES,
    TEXT_ALTERNATIVES,
    TYPE_FIELD_ALTERNATIVES,
    UNDRAWN_FIELDS,
)
from kernel.dsl.hints.document import responsive_hint
from kernel.dsl.hints.element_fields import CODE_ACTIONS
from kernel.dsl.hints.entries import children_of, entry_field_hint, item_field_hint
from kernel.dsl.hints.html_inputs import ignored_attribute
from kernel.dsl.hints.type_names import on_off_group_hint
from kernel.dsl.hints.undrawn import own_field_hint, shadowed_hint, status_hint, value_field_hint
from kernel.dsl.hints.wording import a, filled
from kernel.dsl.limits import pointer
from kernel.dsl.model import Element, Item
from kernel.dsl.model.earlier_format import EARLIER_FORMAT_FIELDS, EVENT_HANDLERS, attribute_fields
from kernel.dsl.no_icon import is_no_icon_word
from kernel.dsl.semantic.controls import input_type_of, inputs_drawn_as
from kernel.dsl.semantic.findings import Findings, Key, is_blank
from kernel.dsl.semantic.looks import SIZE_TYPES, check_look_fields
from kernel.dsl.semantic.page import Page
from kernel.dsl.semantic.variants import DONUT_VARIANTS, KNOWN_VARIANTS


def check_fields_drawn(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """A field the type does not draw would vanish without a word: say where it goes instead."""
    undrawn = UNDRAWN_FIELDS.get(kind, frozenset())
    for name in sorted(name for name in element if name in undrawn):  # most elements have none
        if element.get(name) in (None, "", [], {}):
            continue
        donut = str(element.get("variant")).strip().lower() in DONUT_VARIANTS
        if kind == "chart" and name == "label" and donut:
            continue  # a donut draws its label in its hole
        if kind == "map" and name == "icon" and is_no_icon_word(element[name]):
            continue  # `icon: none` takes a map's pin away, as it takes a type's own icon away
        alternative: str | None
        if (kind, name) in TYPE_FIELD_ALTERNATIVES:
            named = element.get("name") or element.get("icon")  # an icon's name, in either field
            alternative = filled(TYPE_FIELD_ALTERNATIVES[kind, name], element[name], named)
        elif kind == "code" and name == "actions":
            alternative = CODE_ACTIONS
        elif name == "text":
            alternative = TEXT_ALTERNATIVES.get(kind)
        elif "items" not in UNDRAWN_FIELDS[kind] and name in ITEM_FIELD_ALTERNATIVES:
            alternative = ITEM_FIELD_ALTERNATIVES[name]
        else:
            alternative = FIELD_ALTERNATIVES.get(name)
        findings.warn((*path, name), f"'{kind}' does not draw '{name}'", "field_ignored", alternative)


CHILDREN_NOT_ITEMS = frozenset(kind for kind in CONTAINER_TYPES if "items" in UNDRAWN_FIELDS[kind])
"""Containers that draw `children` and no `items` (a row, a card, a form): an element written in
their `items` is not drawn at all."""


def elements_in_items(kind: Any, element: Mapping[str, Any]) -> list[int]:
    """The indexes of the elements (objects with a `type`) written in the `items` of a container
    that draws `children` instead (`{type: row, items: [{type: button, text: Save}]}`): none of
    them is drawn, whatever their type. Empty for any other element."""
    items = element.get("items")
    if not isinstance(kind, str) or kind not in CHILDREN_NOT_ITEMS or not isinstance(items, list):
        return []
    return [index for index, entry in enumerate(items) if isinstance(entry, Mapping) and "type" in entry]


def report_elements_in_items(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """An error for elements written in a container's `items` (it draws `children`): they are
    lost from the picture, so the document is not drawn until they are moved; the suggestion
    gives them back as children (a text entry among them as a text element)."""
    items = element["items"]
    if len(items) == 1:
        named = items[0]["type"]
        what = f"'{named}'" if named in ELEMENT_TYPES else "element"
        written, them = f"the {what} written there is", "it"
    else:
        written, them = f"the {len(items)} entries written there are", "them"
    message = f"'{kind}' draws 'children', not 'items': {written} not drawn"
    hint = f"move {them} to 'children': {children_of(items)}"
    findings.error((*path, "items"), message, "elements_in_items", hint)


_CHECKED_APART = frozenset(
    {"type", "id", "className", "style", "layout", "children", "variant", "size", "color", "iconPosition",
     "value", "status", "orientation", *CONTENT_FIELDS, *EARLIER_FORMAT_FIELDS}
)  # fmt: skip
"""Fields not judged by `check_own_fields_drawn`: those every element takes, the content fields
(`check_fields_drawn`) and those with checks of their own."""


OWN_FIELDS = frozenset(Element.model_fields) - _CHECKED_APART
"""The fields of the element model that only some types draw (`DRAWN_FIELDS`)."""


UNWARNED_FIELDS = frozenset(
    {("chip", "active"), ("stepper", "active"), ("textarea", "inputType"), ("search", "inputType"),
     ("slider", "step")}
)  # fmt: skip
"""Fields `DRAWN_FIELDS` does not list for a type that are never warned of: drawn though agents
are not told of them (another field says the same: a chip's `checked`, a stepper's `current`);
and a slider's `step`, how its thumb moves, which no picture shows but every real slider is given."""


DRAWN_BESIDE = {("avatar", "max"): "items", ("card", "alt"): "src", ("video", "alt"): "src"}
"""Fields a type draws only beside another (whatever `DRAWN_FIELDS` says, which is probed without
some of them): the faces an avatar group shows before its "+N", a picture's alt text (a
placeholder's caption)."""


def check_own_fields_drawn(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """A field of the model that the type does not draw (`gap` on a button, `change` on a card,
    `copyable` on a paragraph) would vanish without a word: say so, and where it goes. `false`
    and empty values draw nothing anywhere, and a value of the wrong kind is the schema pass's:
    they pass."""
    for name in [name for name in element if name in OWN_FIELDS]:
        if is_blank(element[name]) or _checked_elsewhere(kind, name):
            continue
        beside = DRAWN_BESIDE.get((kind, name))
        if beside is not None:
            if is_blank(element.get(beside)) and _accepted(name, element[name]):
                message = f"'{kind}' draws '{name}' only beside '{beside}'"
                findings.warn((*path, name), message, "field_ignored", f"give it '{beside}', or remove it")
        elif (
            name not in _drawn_fields(kind, element)
            and (kind, name) not in UNWARNED_FIELDS
            and _accepted(name, element[name])
        ):
            drawn_by = [other for other, fields in DRAWN_FIELDS.items() if name in fields]
            if name == "options" and kind in ("checkbox", "toggle"):
                hint = on_off_group_hint(kind, element)
            else:
                hint = own_field_hint(name, element[name], drawn_by, kind)
            findings.warn((*path, name), f"'{kind}' does not draw '{name}'", "field_ignored", hint)


def _drawn_fields(kind: str, element: Mapping[str, Any]) -> frozenset[str]:
    """The fields `kind` draws; an input drawn as another control (`inputType: checkbox` as a
    checkbox, `range` as a slider) draws that control's too (`checked`, `min`, `max`, `step`)."""
    drawn = DRAWN_FIELDS[kind]
    if kind != "input":
        return drawn
    written, _ = input_type_of(element)
    other = inputs_drawn_as().get(written.strip().lower()) if isinstance(written, str) else None
    return drawn | DRAWN_FIELDS[other] | {"step"} if other else drawn


def _checked_elsewhere(kind: str, name: str) -> bool:
    """A text's `href` (`check_href`) and a table's `data` (`check_table`) are told of apart."""
    return (name == "href" and kind in _PLAIN_TEXT_TYPES) or (name == "data" and kind == "table")


def _accepted(name: str, value: Any) -> bool:
    """Whether the schema takes `value` for the element field `name` (else it reports it)."""
    try:
        Element.model_validate({"type": "text", name: value})
    except ValidationError:
        return False
    return True


_SHADOWED = {
    **dict.fromkeys(("text", "paragraph", "link", "label", "chip"), "label<text"),
    **dict.fromkeys(("input", "textarea", "search"), "text<value"),
    **dict.fromkeys(("button", "divider", "spinner"), "text<label"),
    "radio": "text<label",
    "avatar": "name<items alt<items",
    **dict.fromkeys(("checkbox", "toggle"), "text<label description<hint"),
    **dict.fromkeys(("alert", "toast"), "description<text label<text label<description"),
    **dict.fromkeys(("heading", "tooltip"), "label<text title<text title<label"),
    "image": "label<alt title<alt title<label",
    "modal": "text<description label<title",
    "empty": "description<text label<title",
    "header": "text<title",
    "code": "value<text",
    "badge": "label<text value<text value<label",
    "upload": "placeholder<text",
    "menu": "label<title",
    "stat": "title<label text<description+value",
    "video": "text<title text<label label<title",
    "map": "title<label text<label text<title",
}  # fmt: skip


SHADOWED_FIELDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    kind: tuple(
        (hidden, tuple(shown.split("+"))) for hidden, shown in (rule.split("<") for rule in rules.split())
    )
    for kind, rules in _SHADOWED.items()
}
"""Fields drawn in one place, so that one hides the other: `hidden<shown` (`text<label`: a
button with both draws its label); `shown+also` when it is hidden only beside a third field too (a
stat's `text` is the line under its figure unless it has a `description`, and its figure without
a `value`). A field's hint and error hide neither: both are drawn (`field_notes_above`; a radio
group its hint under the question and its error under the options, a lone radio both under its
label). A field's
placeholder under a value is no such case: a filled field shows its value, as a real one does."""


def check_shadowed_fields(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """Two fields given for the one place a type draws either in (a button's `label` and `text`,
    a map's `label` and `title`): the one not drawn would vanish without a word. The same words
    twice lose nothing."""
    for hidden, (shown, *beside) in SHADOWED_FIELDS.get(kind, ()):
        value = element.get(hidden)
        if is_blank(value) or any(is_blank(element.get(name)) for name in (shown, *beside)):
            continue
        if element.get(shown) == value:
            continue
        message = f"'{kind}' draws '{shown}' where '{hidden}' would go: '{hidden}' is not drawn"
        findings.warn((*path, hidden), message, "field_ignored", shadowed_hint(kind, hidden, shown))


VALUE_TYPES = frozenset(
    {"input", "textarea", "select", "search", "checkbox", "radio", "toggle", "slider", "code", "badge", "stat",
     "progress", "calendar", "rating", "video"}
)  # fmt: skip
"""Types that draw `value` (a field's text, a checked state, a figure, a chosen day; a code's or a
badge's words when they have no `text`). A unit test renders the others and keeps this true."""


EVERY_ELEMENT_FIELDS = ("type", "id", "className", "style", "layout")
"""The fields every element takes, whatever its type."""


def fields_drawn_by(kind: str) -> list[str]:
    """The fields an element of type `kind` draws (what the shared model takes, less what the
    checks here warn of on that type): its content fields, its own (`DRAWN_FIELDS`), `children`
    on a container, and `variant`, `size`, `color`, `iconPosition`, `value` and `status` where
    drawn; then the fields every element takes. Unknown-field suggestions offer these first."""
    fields = [name for name in CONTENT_FIELDS if name not in UNDRAWN_FIELDS.get(kind, ())]
    fields += sorted(DRAWN_FIELDS.get(kind, ()))
    looks = {
        "children": kind in CONTAINER_TYPES,
        "variant": kind in KNOWN_VARIANTS or kind == "chart",
        "size": kind in SIZE_TYPES and kind not in ("heading", "skeleton"),  # a skeleton's by its variant
        "color": kind in COLOR_TYPES,
        "iconPosition": kind in ICON_POSITION_TYPES,
        "value": kind in VALUE_TYPES,
        "status": kind == "avatar",
    }
    fields += [name for name, drawn in looks.items() if drawn and name not in fields]
    return [*dict.fromkeys(fields), *EVERY_ELEMENT_FIELDS]


def undrawn_field_hint(kind: str, name: str, value: Any) -> str | None:
    """Where the field `name` goes on an element of type `kind` that does not draw it, as the
    checks here say it (`color` on a text: its style's colour); None when it is drawn."""
    findings = Findings()
    element = {"type": kind, name: value}
    for check in (check_fields_drawn, check_own_fields_drawn, check_look_fields, check_value_drawn,
                  check_status, check_href):  # fmt: skip
        check(kind, element, (), findings)
    return next((issue.suggestion for issue in findings.warnings if issue.path == pointer((name,))), None)


def check_value_drawn(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """A `value` on a type that draws none (`{type: text, value: hi}` draws an empty text): say
    where it goes, the words of a text in `text`."""
    value = element.get("value")
    if kind in VALUE_TYPES or value is None or value == "" or isinstance(value, list | dict):
        return
    hint = value_field_hint(kind, value, element)
    findings.warn((*path, "value"), f"'{kind}' does not draw 'value'", "field_ignored", hint)


def check_status(kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """A `status` on a type other than an avatar (whose dot it is) would vanish without a word:
    Ant Design's `status: error` on an input is its `error` message, a badge's its variant."""
    status = element.get("status")
    if kind == "avatar" or not isinstance(status, str) or not status.strip():
        return
    hint = status_hint(kind, status, KNOWN_VARIANTS.get(kind, ()))
    findings.warn((*path, "status"), f"'{kind}' does not draw 'status'", "field_ignored", hint)


_PLAIN_TEXT_TYPES = frozenset({"text", "paragraph", "label", "heading"})


def check_href(kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """An `href` on a text is drawn as plain text: a link that looks like one is a link element."""
    href = element.get("href")
    if kind not in _PLAIN_TEXT_TYPES or not isinstance(href, str) or not href.strip():
        return
    words = element.get("text")
    shown = json.dumps(words, ensure_ascii=False) if isinstance(words, str) and len(words) <= 30 else "..."
    hint = f"a link is an element of its own: {{type: link, text: {shown}, href: {json.dumps(href[:40])}}}"
    findings.warn((*path, "href"), f"'{kind}' does not draw 'href'", "field_ignored", hint)


def check_entry_fields(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """A field of a step, a tab, a breadcrumb's item or an accordion's section that is not drawn
    (a step's badge, a tab's description, a crumb's badge, a section's shortcut, a variant other
    than a step's or a tab's danger) would vanish without a word: say so, and what to write. A
    stepper drawn as dots draws no entry's fields, only their count."""
    items = element.get("items")
    dots = kind == "stepper" and str(element.get("variant")).strip().lower() in _DOTS_VARIANTS
    if kind not in ENTRY_FIELDS_DRAWN or not isinstance(items, list) or dots:
        return
    what = _ENTRY_NAMES[kind]
    for index, item in enumerate(items):
        for name, value in _undrawn_entry_fields(kind, item):
            if name == "variant" and name in ENTRY_FIELDS_DRAWN[kind]:
                message = f"{what}'s variant '{str(value).strip()}' is not drawn"
            else:
                message = f"{what} does not draw '{name}'"
            hint = entry_field_hint(kind, name, value)
            findings.warn((*path, "items", index, name), message, "field_ignored", hint)


def check_entry_avatars(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """An entry's `avatar` is drawn by a list's rows only: on a menu's, a nav bar's, a sidebar's
    or a timeline's entry, or on an action, it would vanish without a word (a step's, a tab's, a
    crumb's and a section's are `check_entry_fields`'). Say so, and where faces are drawn."""
    for field in ("items", "actions"):
        entries = element.get(field)
        if (field == "items" and (kind == "list" or kind in ENTRY_FIELDS_DRAWN)) or not isinstance(
            entries, list
        ):
            continue
        for index, entry in enumerate(entries):
            if isinstance(entry, Mapping) and not is_blank(entry.get("avatar")):
                hint = item_field_hint("avatar", entry["avatar"], kind)
                where = (*path, field, index, "avatar")
                findings.warn(
                    where,
                    f"{'an action' if field == 'actions' else a(kind) + ' entry'} does not draw 'avatar'",
                    "field_ignored",
                    hint,
                )


_ENTRY_NAMES = {
    "stepper": "a step",
    "tabs": "a tab",
    "breadcrumb": "a breadcrumb item",
    "accordion": "an accordion section",
}
"""What an entry of `items` is called, by the type holding it (for `ENTRY_FIELDS_DRAWN`'s types)."""


_DOTS_VARIANTS = frozenset({"dots", "dot", "indicator"})
"""A stepper's variants drawn as a page indicator (as the compiler reads them)."""


def _undrawn_entry_fields(kind: str, item: Any) -> list[tuple[str, Any]]:
    """The fields of the entry `item` of a type of `ENTRY_FIELDS_DRAWN` that the type does not
    draw: known entry fields (an unknown one is the schema pass's) not blank, and for a step or
    a tab, which draw a variant of danger or error only, another variant."""
    if not isinstance(item, Mapping):
        return []
    drawn = ENTRY_FIELDS_DRAWN[kind]
    undrawn = []
    for name, value in item.items():
        if is_blank(value) or name not in Item.model_fields:
            continue
        if name == "variant" and name in drawn:
            if isinstance(value, str) and value.strip().lower() not in ENTRY_ERROR_VARIANTS:
                undrawn.append((name, value))
        elif name not in drawn:
            undrawn.append((name, value))
    return undrawn


def check_earlier_format_fields(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings, page: Page
) -> None:
    """The earlier format's fields that no type draws: its event handlers (mockups run no code),
    its HTML attributes (see `_check_custom_attributes`) and its overrides per breakpoint (one
    screen width is drawn)."""
    if _EARLIER_FORMAT_NAMES.isdisjoint(element):  # most documents are of the current format
        return
    for handler in EVENT_HANDLERS:
        if handler in element:
            findings.warn(
                (*path, handler),
                f"'{handler}' is accepted for compatibility but never emitted (mockups run no code)",
                "ignored_event_handler",
            )
    if "customAttributes" in element:
        _check_custom_attributes(kind, element, path, findings)
    if "responsive" in element:
        findings.warn(
            (*path, "responsive"),
            "'responsive' is accepted for compatibility but not drawn: one screen width is drawn, "
            "so no breakpoint's overrides apply",
            "field_ignored",
            responsive_hint(element["responsive"], page.width, page.breakpoints),
        )


_EARLIER_FORMAT_NAMES = frozenset(EARLIER_FORMAT_FIELDS)


def _check_custom_attributes(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """Warn of each of the earlier format's HTML attributes that is not drawn, at its own path:
    an event handler (mockups run no code), one the DSL reads as its own field but that field
    is given too (the field wins), and any other attribute a browser would draw that the DSL
    does not emit (`style`, `class`, an unknown name). Those read as the DSL's own fields (an
    input's `type`, `value`, `disabled`...) and those that draw nothing in any browser
    (`aria-*`, `data-*`, `autocomplete`) are drawn as the earlier renderer drew them: no word."""
    attributes = element.get("customAttributes")
    if not isinstance(attributes, Mapping):
        return  # the schema pass reports it
    read = attribute_fields(kind, attributes, element)
    for name in attributes:
        if name in read:
            continue
        ignored = ignored_attribute(kind, str(name), element)
        if ignored is not None:
            message, code, hint = ignored
            findings.warn((*path, "customAttributes", str(name)), message, code, hint)
