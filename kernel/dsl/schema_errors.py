"""Turns pydantic validation errors into Issues: JSON-pointer paths, plain messages, suggestions."""

from __future__ import annotations

import json
import re
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from kernel.dsl.catalog import CELL_TYPES, ELEMENT_TYPES, ENTRY_FIELDS
from kernel.dsl.hints.chart_fields import (
    CHART_OPTIONS,
    chart_field_hint,
    chart_format_hint,
    chart_options_hint,
    reference_line_field_hint,
)
from kernel.dsl.hints.charts import (
    STACKED,
    chart_data_field_hint,
    chart_gap_hint,
    series_field_hint,
    series_fields_hint,
)
from kernel.dsl.hints.document import device_hint, document_field_hint, layout_field_hint, theme_field_hint
from kernel.dsl.hints.element_fields import element_field_hint
from kernel.dsl.hints.entries import (
    ENTRY_END_WORDS,
    action_field_hint,
    entry_fields_hint,
    item_field_hint,
    item_type_hint,
    option_field_hint,
)
from kernel.dsl.hints.languages import LANGUAGE_TAGS, language_tag_hint
from kernel.dsl.hints.message_fields import message_field, message_field_hint
from kernel.dsl.hints.nesting import nested_document_hint, nested_fields_hint
from kernel.dsl.hints.ranges import range_elsewhere_issue
from kernel.dsl.hints.schema_shapes import (
    ELEMENTS_AS_LIST,
    badge_object_hint,
    badge_tag_field_hint,
    element_text_hint,
    field_shape_hint,
    number_text_hint,
    style_state_hint,
    words_written,
)
from kernel.dsl.hints.shorthands import type_as_field_hint
from kernel.dsl.hints.suggest import budgeted, did_you_mean, field_did_you_mean, nearby_or_all, one_slip
from kernel.dsl.hints.syntax import comma_cut
from kernel.dsl.hints.tables import (
    TABLE_DATA,
    TEXT_CELL_LOOK_HINT,
    column_field_hint,
    table_cell_hint,
    table_data_hint,
    text_cell_field_hint,
    text_cell_look,
    text_cell_look_message,
)
from kernel.dsl.hints.type_guess import missing_type_hint
from kernel.dsl.hints.type_names import element_type_hint, group_type_hint, replacement_type
from kernel.dsl.hints.undrawn import value_shape_hint
from kernel.dsl.hints.wording import a
from kernel.dsl.lengths import LENGTH_SUGGESTION, PADDING_SUGGESTION
from kernel.dsl.limits import MAX_ISSUES, pointer, too_many_issues
from kernel.dsl.model import (
    AddOn,
    Annotation,
    BadgeTag,
    ChartData,
    Column,
    Document,
    Element,
    Item,
    Layout,
    Option,
    ReferenceLine,
    Series,
    ThemeTokens,
)
from kernel.dsl.number_text import shown_number
from kernel.dsl.semantic.fields import (
    EVERY_ELEMENT_FIELDS,
    elements_in_items,
    fields_drawn_by,
    undrawn_field_hint,
)
from kernel.dsl.semantic.looks import SIZE_TYPES
from kernel.dsl.semantic.variants import CHART_KINDS, KNOWN_VARIANTS, VARIANT_ALIASES
from kernel.errors import Issue

Key = str | int

_TYPE_ERRORS: dict[str, str] = {
    "string_type": "a string",
    "int_type": "an integer",
    "int_parsing": "an integer",
    "int_from_float": "an integer",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "a boolean",
    "bool_parsing": "a boolean",
    "list_type": "a list",
    "tuple_type": "a list",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
    "none_required": "null",
    "string_unicode": "a string",
}
"""pydantic error types that mean "wrong kind of value", and the kind that was expected."""


@dataclass
class _Located:
    """One pydantic error with its loc split into data keys and union-branch tags."""

    parts: list[tuple[bool, Key]]  # (is_tag, value)
    error: ErrorDetails

    def keys(self) -> list[Key]:
        return [value for is_tag, value in self.parts if not is_tag]

    def first_tag(self) -> int | None:
        return next((i for i, (is_tag, _) in enumerate(self.parts) if is_tag), None)


def told_issues(errors: Sequence[ErrorDetails], data: Any) -> list[Issue]:
    """`issues_from_pydantic` for the first MAX_ISSUES of `errors` (pydantic gives them in the
    data's order), and for a document with more, the `limit_issues` error at the first left:
    each costs some 0.1 ms to explain, and 100,000 of them fit in the size limits. The cut is
    moved back to the start of a union's errors it would split (their branch is chosen from
    them all), unless they began within the first half."""
    if len(errors) <= MAX_ISSUES:
        return issues_from_pydantic(errors, data)
    cut = MAX_ISSUES
    union = _union_place(errors[cut], data)
    if union is not None:
        start = cut
        while start > MAX_ISSUES // 2 and _union_place(errors[start - 1], data) == union:
            start -= 1
        cut = start if start > MAX_ISSUES // 2 else cut
    left = _locate(errors[cut], data)
    return [*issues_from_pydantic(errors[:cut], data), too_many_issues(pointer(left.keys()))]


def _union_place(error: ErrorDetails, data: Any) -> tuple[Key, ...] | None:
    """Where the union an error is of stands in the data (its keys before the first tag), or
    None for an error outside any union."""
    located = _locate(error, data)
    tag = located.first_tag()
    return None if tag is None else tuple(value for _, value in located.parts[:tag])


def issues_from_pydantic(errors: Sequence[ErrorDetails], data: Any) -> list[Issue]:
    """Every pydantic error as an Issue, union branches resolved to the most relevant message.
    Elements written in the `items` of a container that draws `children` are judged as the
    elements they are (the semantic pass says to move them), not as items."""
    located = _resolve_unions([_locate(error, data) for error in errors])
    misplaced = _misplaced_items(located)
    moved = _elements_in_items(data)
    issues: list[Issue] = []
    seen: set[tuple[str, str]] = set()
    for item in located:
        keys = item.keys()
        if _follows_from_a_misplaced_item(keys, misplaced) or any(_within(keys, entry) for entry in moved):
            continue
        issue = _to_issue(item, data)
        if (issue.path, issue.message) not in seen:
            seen.add((issue.path, issue.message))
            issues.append(issue)
    for entry in moved:
        issues.extend(_element_issues(entry, _value_at(data, entry)))
    return _renames_told_once(issues, data)


_RENAME = re.compile(r"did you mean '(\w+)'\?")
_SERIES_PATH = re.compile(r".*/data/series/\d+")


def _renames_told_once(issues: list[Issue], data: Any) -> list[Issue]:
    """`issues` with a renamed field told once: an option written `{text: Medium}` was told both
    "missing label" and "unknown text (did you mean 'label'?)", the repair of one being the
    other; the missing field goes. A chart series written as Chart.js's `{label, data}` (three
    errors) is one error at the series, saying the series' shape with its own values."""
    renamed: dict[str, dict[str, str]] = {}
    for issue in issues:
        match = _RENAME.match(issue.suggestion or "") if issue.code == "unknown_field" else None
        if match is not None:
            parent, _, theirs = issue.path.rpartition("/")
            renamed.setdefault(parent, {})[theirs] = match.group(1)
    told: list[Issue] = []
    series_told: set[str] = set()
    for issue in issues:
        parent, _, field = issue.path.rpartition("/")
        renames = renamed.get(parent, {})
        if issue.code == "missing_field" and field in renames.values():
            continue
        if _SERIES_PATH.fullmatch(parent) and len(renames) >= 2 and parent in renamed:
            if issue.code == "unknown_field" and field in renames and parent not in series_told:
                series_told.add(parent)
                told.append(_series_issue(parent, renames, data))
            if field in renames:
                continue
        told.append(issue)
    return told


def _series_issue(path: str, renames: dict[str, str], data: Any) -> Issue:
    """One error for a chart series written in another library's words, with its repair."""
    keys: list[Key] = [int(part) if part.isdigit() else part for part in path.split("/")[1:]]
    series = _value_at(data, keys)
    fields = {renames.get(str(name), str(name)): value for name, value in dict(series).items()}
    shown = ", ".join(f"{name}: {json.dumps(value, ensure_ascii=False)}" for name, value in fields.items())
    written = ", ".join(renames)
    return Issue(
        path,
        f"a chart series is written {{name, values}}, not with {written}",
        "unknown_field",
        f"write {{{shown}}}" if len(shown) <= 120 else "write {name: ..., values: [...]}",
    )


def _elements_in_items(data: Any) -> list[list[Key]]:
    """The keys of every element written in the `items` of a container that draws `children`
    (see `semantic.fields.elements_in_items`), outside such elements (their own are found when they are
    judged)."""
    found: list[list[Key]] = []
    elements = data.get("elements") if isinstance(data, Mapping) else None
    pending: list[tuple[list[Key], Any]] = [
        (["elements", index], element)
        for index, element in enumerate(elements if isinstance(elements, list) else [])
    ]
    while pending:
        keys, element = pending.pop()
        if not isinstance(element, Mapping):
            continue
        found += [[*keys, "items", index] for index in elements_in_items(element.get("type"), element)]
        children = element.get("children")
        pending += [
            ([*keys, "children", index], child)
            for index, child in enumerate(children if isinstance(children, list) else [])
        ]
    return sorted(
        found, key=lambda keys: [(0, key, "") if isinstance(key, int) else (1, 0, key) for key in keys]
    )


def _within(keys: list[Key], entry: list[Key]) -> bool:
    """Whether `keys` lead into (or to) the entry at `entry`."""
    return len(keys) >= len(entry) and keys[: len(entry)] == entry


def _element_issues(entry: list[Key], element: Any) -> list[Issue]:
    """The schema's errors for an element written among items, judged as an element, at its path."""
    try:
        Element.model_validate(element)
    except ValidationError as exc:
        errors: list[ErrorDetails] = [
            {**error, "loc": ("elements", 0, *error["loc"])} for error in exc.errors(include_url=False)
        ]
        found = issues_from_pydantic(errors, {"elements": [element]})
        there = pointer(entry)
        return [replace(issue, path=there + issue.path.removeprefix("/elements/0")) for issue in found]
    return []


def _misplaced_items(located: list[_Located]) -> set[tuple[Key, ...]]:
    """The items (an action, a nav entry) whose `type` is no button or link: an element put
    among them (`actions: [{type: avatar, name: ...}]`)."""
    return {
        tuple(keys[:-1])
        for keys in (item.keys() for item in located if item.error["type"] == "literal_error")
        if keys and keys[-1] == "type" and _is_item_keys(keys[:-1])
    }


def _follows_from_a_misplaced_item(keys: list[Key], misplaced: set[tuple[Key, ...]]) -> bool:
    """Whether an error is one of a misplaced item's other fields (an avatar's `name`, `size`):
    they follow from its type, which is reported alone, as moving the element mends them all."""
    return any(
        len(keys) > len(item) and tuple(keys[: len(item)]) == item and keys[len(item)] != "type"
        for item in misplaced
    )


def _locate(error: ErrorDetails, data: Any) -> _Located:
    """Walk the loc alongside the data: parts that are not keys of the data are union tags."""
    parts: list[tuple[bool, Key]] = []
    current: Any = data
    loc = list(error["loc"])
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        if isinstance(current, Mapping) and (
            part in current or (last and error["type"] in {"missing", "extra_forbidden", "invalid_key"})
        ):  # an invalid key is a number, named as text in `loc` when a float (`250.0`)
            parts.append((False, part))
            current = current.get(part)
        elif isinstance(current, list | tuple) and isinstance(part, int) and 0 <= part < len(current):
            parts.append((False, part))
            current = current[part]
        else:
            parts.append((True, part))
    return _Located(parts, error)


def _depth_after_tag(item: _Located, tag_index: int) -> int:
    return sum(1 for is_tag, _ in item.parts[tag_index + 1 :] if not is_tag)


def _resolve_unions(items: list[_Located]) -> list[_Located]:
    """Keep, for each union, only the errors of its most relevant branch (recursively).

    The branch that got deepest into the data wins (it matched the shape best); on a tie a branch
    with a value error (range, literal, unknown field) beats one with only "wrong kind" errors.
    When every branch failed on the kind of value alone, one merged error lists the kinds.
    """
    plain = [item for item in items if item.first_tag() is None]
    tagged = [item for item in items if item.first_tag() is not None]
    groups: dict[tuple[Key, ...], list[_Located]] = {}
    for item in tagged:
        tag_index = item.first_tag()
        assert tag_index is not None
        prefix = tuple(value for _, value in item.parts[:tag_index])
        groups.setdefault(prefix, []).append(item)
    out = list(plain)
    for group in groups.values():
        out.extend(_pick_branch(group))
    return out


def _pick_branch(group: list[_Located]) -> list[_Located]:
    branches: dict[Key, list[_Located]] = {}
    for item in group:
        tag_index = item.first_tag()
        assert tag_index is not None
        branches.setdefault(item.parts[tag_index][1], []).append(item)

    def score(members: list[_Located]) -> tuple[int, int, int]:
        depth = max(_depth_after_tag(m, m.first_tag() or 0) for m in members)
        has_value_error = any(m.error["type"] not in _TYPE_ERRORS for m in members)
        return (depth, int(has_value_error), -len(members))

    ranked = sorted(branches.values(), key=score, reverse=True)
    best = next((members for members in ranked if _number_meant(members)), ranked[0])
    if score(best)[:2] == (0, 0):
        return [_merge_kind_errors(group)]
    stripped = [_strip_first_tag(item) for item in best]
    return _resolve_unions(stripped)


def _number_meant(members: list[_Located]) -> bool:
    """A union branch that wants a number, given text that is one with a unit (`height: "800px"`,
    the int of `int | "auto"`): it is the one told (to write the number, see
    `_number_in_union_hint`), where the other branch would say `use 'auto'`."""
    return (
        len(members) == 1
        and members[0].error["type"] in _NUMBER_PARSING
        and number_text_hint(members[0].error.get("input")) is not None
    )


def _strip_first_tag(item: _Located) -> _Located:
    tag_index = item.first_tag()
    assert tag_index is not None
    return _Located(item.parts[:tag_index] + item.parts[tag_index + 1 :], item.error)


def _merge_kind_errors(group: list[_Located]) -> _Located:
    """One "expected a string or a number" error for a value no branch of a union accepts."""
    kinds: list[str] = []
    for item in group:
        kind = _TYPE_ERRORS.get(item.error["type"], "")
        if kind and kind not in kinds:
            kinds.append(kind)
    first = group[0]
    tag_index = first.first_tag()
    assert tag_index is not None
    merged: ErrorDetails = {
        "type": "union_kind",
        "loc": first.error["loc"],
        "msg": "expected " + _join_or(kinds),
        "input": first.error["input"],
    }
    return _Located(first.parts[:tag_index], merged)


def _join_or(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"'{shown}'"
    if isinstance(value, int | float):
        return f"{shown_number(value)}"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    return type(value).__name__


def _to_issue(item: _Located, data: Any) -> Issue:
    keys = item.keys()
    at_table_data = _table_data_keys(keys, data)
    if at_table_data is not None:  # the same error as the semantic pass's, so reported once
        table_data = _value_at(data, at_table_data)
        return Issue(pointer(at_table_data), TABLE_DATA, "unknown_field", table_data_hint(table_data))
    path = pointer(keys)
    error = item.error
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    field = keys[-1] if keys else None
    if tuple(error["loc"][-1:]) == ("[key]",):  # a number as a row's key: `{when: Mar 2, 2025}`
        return Issue(
            path, f"a key must be text, got {_describe(value)}", "invalid_type", _comma_cut_hint(keys, data)
        )
    if kind == "union_kind":
        hint = (
            _cell_hint(keys, value)
            or _item_badge_hint(keys, value)
            or _value_hint(keys, value, data)
            or _field_shape_hint(keys, value, data)
            or _style_state_hint(keys)
            or _number_in_union_hint(error, value)
        )
        return Issue(path, f"{error['msg']}, got {_describe(value)}", "invalid_type", hint)
    if kind == "extra_forbidden":
        return _unknown_field_issue(path, keys[:-1], str(field), value, data)
    if kind == "invalid_key":  # a number as a key: `value: 1,234` in YAML's {...} form gives key 234
        message = f"a field name must be text, got {_describe(value)}"
        return Issue(path, message, "invalid_value", _comma_cut_hint(keys, data))
    if kind == "missing":
        in_cell = field == "type" and _is_cell_keys(keys[:-1])
        look = text_cell_look(_value_at(data, keys[:-1])) if in_cell else None
        if look is not None:  # `{text, style}`: a text cell given a look, not an element
            where = pointer([*keys[:-1], look])
            return Issue(where, text_cell_look_message(look), "unknown_field", TEXT_CELL_LOOK_HINT)
        hint = table_cell_hint(_value_at(data, keys[:-1])) if in_cell else None
        if hint is None and field == "type" and _is_element_keys(keys[:-1]):
            hint = missing_type_hint(_value_at(data, keys[:-1]))
        return Issue(path, f"missing required field '{field}'", "missing_field", hint)
    if kind == "literal_error":
        return _literal_issue(path, keys, value, str(ctx.get("expected", "")), data)
    if field == "options" and isinstance(value, Mapping) and _is_chart(_type_at(data, keys[:-1])):
        return Issue(path, CHART_OPTIONS, "invalid_type", chart_options_hint(value))
    if kind in _TYPE_ERRORS:
        message = f"expected {_TYPE_ERRORS[kind]}, got {_describe(value)}"
        hint = (
            _cell_hint(keys, value)
            or _element_shape_hint(keys, value)
            or _field_shape_hint(keys, value, data)
            or _item_badge_hint(keys, value)
            or chart_gap_hint(keys, value)
            or _number_text_hint(kind, value)
            or _style_state_hint(keys)
        )
        return Issue(path, message, "invalid_type", hint)
    bounds = {
        "greater_than_equal": ("at least", "ge"),
        "greater_than": ("greater than", "gt"),
        "less_than_equal": ("at most", "le"),
        "less_than": ("less than", "lt"),
    }
    if kind in bounds:
        words, key = bounds[kind]
        limit = ctx.get(key)
        shown = f"{shown_number(limit)}" if isinstance(limit, int | float) else str(limit)
        return Issue(path, f"must be {words} {shown}, got {_describe(value)}", "out_of_range")
    if kind == "invalid_length":
        suggestion = PADDING_SUGGESTION if field == "padding" else LENGTH_SUGGESTION
        if isinstance(value, str) and _CSS_FUNCTION.match(value) and "layout" in keys:
            suggestion += f"; a CSS expression such as {value.strip()[:40]!r} goes in 'style' ({field}: ...)"
        return Issue(path, error["msg"], "invalid_type", suggestion)
    if kind == "out_of_range":  # raised by our own validators, message already written
        return Issue(path, error["msg"], "out_of_range")
    if kind == "string_pattern_mismatch" and keys == ["lang"]:
        return Issue(
            path,
            f"{_describe(value)} is not a language tag",
            "invalid_value",
            language_tag_hint(value) if isinstance(value, str) else LANGUAGE_TAGS,
        )
    # A text field that also reads numbers (model.Text) reports its limit as a general too_long.
    if kind in {"string_too_long", "too_long"} and isinstance(value, str):
        limit = ctx.get("max_length")
        return Issue(path, f"must be at most {limit} characters, got {len(value)}", "out_of_range")
    if kind in {"too_short", "too_long"}:
        return Issue(path, error["msg"].replace("List", "list").replace("Value", "value"), "out_of_range")
    if kind == "invalid_range" and field == "range" and _is_element_keys(keys[:-1]):
        elsewhere = range_elsewhere_issue(path, _value_at(data, keys[:-1]))
        if elsewhere is not None:
            return elsewhere
    return Issue(path, error["msg"], "invalid_value")


def _unknown_field_issue(path: str, parent: list[Key], field: str, value: Any, data: Any) -> Issue:
    """An unknown field, with what to write instead: the rest of a text YAML cut at a comma when
    it plainly is one, another vocabulary's word, the closest field name, else a cut text after
    all, else the fields an element's type draws. An action's also says which fields an action
    takes, and a chart series' which fields a series takes; an entry of `items` says which fields
    its type's entries draw, unless a hint names the one meant (a misspelt `lable`, a `selected`
    that is `active`), but for a word of what an entry shows at its end (`trailing`: a list's
    `value`, a menu's `shortcut`)."""
    if _is_cell_keys(parent) and text_cell_look(_value_at(data, parent)) is not None:
        return Issue(path, text_cell_look_message(field), "unknown_field", TEXT_CELL_LOOK_HINT)
    second_line = text_cell_field_hint(_value_at(data, parent), field) if _is_cell_keys(parent) else None
    if second_line is not None:  # `{text, subtitle}`: the cell's `description`
        return Issue(path, f"unknown field '{field}'", "unknown_field", second_line)
    cut = comma_cut(_value_at(data, parent), field)
    hint = type_as_field_hint(field, _value_at(data, parent)) if _is_element_keys(parent) else None
    if hint is None:
        hint = (
            cut.hint()
            if cut is not None and cut.is_plainly_text()
            else _field_hint(parent, field, value, data)
        )
    if hint is None and cut is not None and cut.continues_words():
        hint = cut.hint()
    if hint is None and " " in field.strip():
        hint = _CUT_AT_A_COMMA
    if hint is None:
        hint = _closest_field(parent, field, data)
    if hint is None and cut is not None:
        hint = cut.hint()
    if hint is None and _is_annotation_keys(parent):
        hint = _annotation_fields_hint(field)
    if hint is None:
        hint = _fields_of_type(parent, data)
    if cut is None and _is_action_keys(parent):
        hint = action_field_hint(hint)
    elif cut is None and _model_at(parent) is Series:
        hint = series_fields_hint(hint)
    elif cut is None and _is_entry_keys(parent) and (hint is None or field.lower() in ENTRY_END_WORDS):
        hint = entry_fields_hint(hint, _type_at(data, parent[:-2]))
    return Issue(path, f"unknown field '{field}'", "unknown_field", hint)


def _closest_field(parent: list[Key], field: str, data: Any) -> str | None:
    """A did-you-mean for a misspelt field: on an element of a known type, one of the fields that
    type draws (a calendar's `range` is no stat's `change`), else a field it does not draw only
    when it is one slip away from it (`colr`), saying where that goes. On an entry of `items`, the
    closest field its type's entries draw first. Elsewhere the closest field of the model holding it."""
    kind = _meant_type_at(data, parent) if _is_element_keys(parent) else None
    if kind not in ELEMENT_TYPES:
        fields = _fields_at(parent)
        holder = _type_at(data, parent[:-2]) if _is_entry_keys(parent) else None
        entry = field_did_you_mean(field, ENTRY_FIELDS[holder]) if holder in ENTRY_FIELDS else None
        return entry or (field_did_you_mean(field, fields) if fields else None)
    drawn = fields_drawn_by(kind)
    same = field_did_you_mean(field, drawn)
    if same is not None:
        return same
    # a document of 20,000 unknown fields: a reader acts on a few (the same one told alike)
    other = budgeted(
        ("one_slip", field),
        lambda: next((name for name in Element.model_fields if one_slip(field, name)), None),
        None,
    )
    if other is not None:
        instead = undrawn_field_hint(kind, other, _value_at(data, [*parent, field]))
        told = f"did you mean '{other}'? {a(kind).capitalize()} does not draw it"
        return told + (f": {instead}" if instead else "")
    return None


def _fields_of_type(parent: list[Key], data: Any) -> str | None:
    """The fields an element of a known type draws, for a field like none of them; None
    elsewhere."""
    kind = _meant_type_at(data, parent) if _is_element_keys(parent) else None
    if kind not in ELEMENT_TYPES:
        return None
    own = [name for name in fields_drawn_by(kind) if name not in EVERY_ELEMENT_FIELDS]
    every = _join_and(list(EVERY_ELEMENT_FIELDS[1:]))
    return (
        f"{a(kind)} draws {_join_and(own)}, and any element {every}" if own else f"an element takes {every}"
    )


def _join_and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _comma_cut_hint(keys: list[Key], data: Any) -> str | None:
    """How to quote the text YAML's {...} form cut at a comma, when the key at `keys` is a part of it."""
    cut = comma_cut(_value_at(data, keys[:-1]), keys[-1]) if keys else None
    return cut.hint() if cut is not None else None


def _is_annotation_keys(keys: list[Key]) -> bool:
    """Whether `keys` lead to an entry of the document's `annotations`."""
    return len(keys) == 2 and keys[0] == "annotations" and isinstance(keys[1], int)


_PLACEMENT_WORDS = frozenset({"position", "placement", "side", "anchor", "direction", "align", "x", "y"})


def _annotation_fields_hint(field: str) -> str:
    """The fields an annotation takes (and, for a word that places it, that it places itself)."""
    fields = ", ".join(Annotation.model_fields)
    placed = (
        "the note goes beside its pin on whichever side keeps it on the canvas; "
        if field.strip().lower() in _PLACEMENT_WORDS
        else ""
    )
    return f"{placed}an annotation's fields are {fields}"


def _is_action_keys(keys: list[Key]) -> bool:
    """Whether `keys` lead to an entry of an element's `actions`."""
    return len(keys) >= 4 and keys[-2] == "actions" and _is_element_keys(keys[:-2])


def _is_entry_keys(keys: list[Key]) -> bool:
    """Whether `keys` lead to an entry of an element's `items`."""
    return len(keys) >= 4 and keys[-2] == "items" and _is_element_keys(keys[:-2])


def _field_hint(parent: list[Key], field: str, value: Any, data: Any) -> str | None:
    """The hint for `field` that the kind of object holding it knows (document, element of a
    type, item, layout, chart series, option, theme), or None."""
    if not parent:
        device = data.get("device") if isinstance(data, Mapping) else None
        canvas = (data.get("width"), data.get("height")) if isinstance(data, Mapping) else (None, None)
        return nested_document_hint(field, value) or document_field_hint(field, value, device, canvas)
    if _is_element_keys(parent):
        kind = _meant_type_at(data, parent)
        if message_field(field) is not None:
            return _message_field_hint(field, value, kind)
        return (
            _chart_field_hint(field, value, kind)
            or _nested_fields_hint(field, value, kind)
            or _element_field_hint(field, value, kind)
        )
    model = _model_at(parent)
    if model is ReferenceLine:
        return reference_line_field_hint(field, value)
    if model is Column:
        return column_field_hint(field, value)
    if model is not None and issubclass(model, Item):
        actions = KNOWN_VARIANTS["button"] if len(parent) >= 2 and parent[-2] == "actions" else ()
        return item_field_hint(field, value, _type_at(data, parent[:-2]), actions)
    if model is ThemeTokens:
        return theme_field_hint(field, ThemeTokens.model_fields)
    if model is Layout:
        return layout_field_hint(field, value, _type_at(data, parent[:-1]))
    if model is Series:
        return series_field_hint(field)
    if model is ChartData:
        return chart_data_field_hint(field, value)
    if model is BadgeTag:
        return badge_tag_field_hint(field)
    if model is AddOn:
        return did_you_mean(field, AddOn.model_fields) or (
            "an add-on object takes 'icon' (an icon's name) and 'text' (words): {icon: globe}"
        )
    if model is Option:
        option = _value_at(data, parent)
        label = option.get("label") if isinstance(option, Mapping) else None
        return option_field_hint(field, _type_at(data, parent[:-2]), label, value)
    return None


def _chart_field_hint(field: str, value: Any, kind: str | None) -> str | None:
    """Another chart library's word on a chart (an axis title, a target, a colour list), told
    before the fields it holds are read as the element's own (`xAxis: {title: Month}`)."""
    return chart_field_hint(field, value) if _is_chart(kind) else None


def _is_chart(kind: str | None) -> bool:
    return kind is not None and (kind == "chart" or kind.strip().lower() in CHART_KINDS)


def _element_field_hint(field: str, value: Any, kind: str | None) -> str | None:
    """What another vocabulary's `field` is on an element of type `kind` (see element_field_hint)."""
    kind = "chart" if kind is not None and kind.strip().lower() in CHART_KINDS else kind
    variants = KNOWN_VARIANTS.get(kind or "", frozenset()) - VARIANT_ALIASES.get(kind or "", {}).keys()
    return element_field_hint(field, value, kind, variants, sized=kind in SIZE_TYPES)


def _message_field_hint(field: str, value: Any, kind: str | None) -> str | None:
    """GOV.UK's `hintText` or `errorMessage: {text: ...}` on an element: its `hint` or `error`
    (see message_field_hint), not fields one level too deep (`{text: ...}` would become the
    question's words). On a type that draws no such line, what its type says of the word first
    (a stat's `helpText` is its `description`), else where the words go instead (a button's)."""
    own = message_field(field)
    if own is None or kind not in ELEMENT_TYPES or own in fields_drawn_by(kind):
        return message_field_hint(field, value)
    typed = _element_field_hint(field, value, kind)
    if typed is not None:
        return typed
    instead = undrawn_field_hint(kind, own, words_written(value) or "...")
    return f"did you mean '{own}'? {a(kind).capitalize()} does not draw it" + (
        f": {instead}" if instead else ""
    )


def _nested_fields_hint(field: str, value: Any, kind: str | None) -> str | None:
    """For React's `props: {title: ...}` on an element whose type is known or plainly meant
    (`Card`): the fields go on the element itself, written with the type meant; the fields of
    them its type does not draw are named (a column's `title`)."""
    meant = kind if kind in ELEMENT_TYPES or kind is None else replacement_type(kind)
    if meant is None:
        return None
    drawn = fields_drawn_by(meant)
    nested = nested_fields_hint(field, value, meant, drawn)
    if nested is not None:
        return nested
    nested = nested_fields_hint(field, value, meant, Element.model_fields)
    if nested is None or not isinstance(value, Mapping):
        return None
    undrawn = [f"'{key}'" for key in value if key != "type" and key not in drawn]
    return f"{nested}; {a(meant)} does not draw {_join_and(undrawn)}"


def _table_data_keys(keys: list[Key], data: Any) -> list[Key] | None:
    """The keys of a table's `data` when `keys` lead into it, else None: a table has no `data`
    (its rows are `rows`), whatever shape the chart data's errors say it lacks."""
    for index, key in enumerate(keys):
        if key == "data" and _is_element_keys(keys[:index]) and _type_at(data, keys[:index]) == "table":
            return keys[: index + 1]
    return None


def _value_at(data: Any, keys: list[Key]) -> Any:
    """The value at `keys` in the raw data, or None when the path leads nowhere."""
    current = data
    for key in keys:
        if isinstance(current, Mapping):
            current = current.get(key)
        elif isinstance(current, list | tuple) and isinstance(key, int) and 0 <= key < len(current):
            current = current[key]
        else:
            return None
    return current


def _type_at(data: Any, keys: list[Key]) -> str | None:
    """The `type` of the element at `keys`, when it is a string."""
    element = _value_at(data, keys)
    kind = element.get("type") if isinstance(element, Mapping) else None
    return kind if isinstance(kind, str) else None


def _meant_type_at(data: Any, keys: list[Key]) -> str | None:
    """The `type` of the element at `keys`, an unknown one read as the type its error names
    (`dropdown` a select, `scoreboard` a table), so its fields are told as that type's: a
    dropdown's `selected` is a select's `value`, not a table's `selectedRows`."""
    kind = _type_at(data, keys)
    if kind is None or kind in ELEMENT_TYPES:
        return kind
    return replacement_type(kind, _value_at(data, keys)) or kind


def _cell_hint(keys: list[Key], value: Any) -> str | None:
    """What a table cell can hold, when a cell (`rows/<row>/<column>`), or an entry of a cell's
    list, is of another shape."""
    return table_cell_hint(value) if _is_cell_keys(keys) else None


def _value_hint(keys: list[Key], value: Any, data: Any) -> str | None:
    """What an element's `value` of the wrong shape should be for its type (a slider's range)."""
    is_value = len(keys) >= 3 and keys[-1] == "value" and _is_element_keys(keys[:-1])
    return value_shape_hint(_type_at(data, keys[:-1]), value) if is_value else None


_CSS_FUNCTION = re.compile(r"\s*(calc|min|max|clamp)\(", re.IGNORECASE)
"""A CSS expression as a length: `style` takes one, `layout` does not."""

_CUT_AT_A_COMMA = (
    "this looks like the rest of a text cut at a comma: inside YAML's {...} form a comma ends "
    'the value, so quote text that holds one: text: "Hello, world"'
)


def _element_shape_hint(keys: list[Key], value: Any) -> str | None:
    """How to write elements where another shape was given: one element object where a list
    of them belongs, or a bare string where an element belongs."""
    holds_elements = keys == ["elements"] or (
        bool(keys) and keys[-1] == "children" and _is_element_keys(keys[:-1])
    )
    if holds_elements and isinstance(value, dict):
        return ELEMENTS_AS_LIST
    if isinstance(value, str) and keys and isinstance(keys[-1], int) and _is_element_keys(keys):
        return element_text_hint(value)
    return None


def _item_badge_hint(keys: list[Key], value: Any) -> str | None:
    """An entry's `badge` written as an object (see badge_object_hint)."""
    if len(keys) < 3 or keys[-1] != "badge" or keys[-3] != "items":
        return None
    return badge_object_hint(value)


def _field_shape_hint(keys: list[Key], value: Any, data: Any) -> str | None:
    """An element's field given in another shape (see field_shape_hint)."""
    if len(keys) < 3 or not _is_element_keys(keys[:-1]):
        return None
    return field_shape_hint(_type_at(data, keys[:-1]), keys[-1], value)


def _style_state_hint(keys: list[Key]) -> str | None:
    """A key of a `style` that is a CSS state (see style_state_hint)."""
    if len(keys) < 2 or keys[-2] != "style" or not isinstance(keys[-1], str):
        return None
    return style_state_hint(keys[-1])


def _number_text_hint(kind: str, value: Any) -> str | None:
    """A number written as text where a number goes (see number_text_hint)."""
    return number_text_hint(value) if kind in _NUMBER_PARSING else None


def _number_in_union_hint(error: ErrorDetails, value: Any) -> str | None:
    """A number written as text (`"800px"`) for a field that takes a number or a word (`height`:
    a number or `auto`): write the number, as for a field that takes a number alone (not `use
    'auto'`, which the word's branch would say)."""
    takes_number = any(_TYPE_ERRORS[kind] in error["msg"] for kind in _NUMBER_PARSING)
    return number_text_hint(value) if takes_number else None


_NUMBER_PARSING = frozenset({"float_parsing", "int_parsing"})
"""pydantic's error types for a text where a number goes."""


def _literal_issue(path: str, keys: list[Key], value: Any, expected: str, data: Any) -> Issue:
    choices = [part.strip().strip("'") for part in expected.replace(" or ", ", ").split(",") if part.strip()]
    if keys in (["theme"], ["theme", "base"]):
        return _theme_issue(path, keys, value)
    if keys and keys[-1] == "type" and _is_element_keys(keys[:-1]):
        if isinstance(value, str):
            return Issue(
                path,
                f"unknown element type '{value}'",
                "unknown_type",
                _chart_type_hint(value, _value_at(data, keys[:-1]))
                or group_type_hint(value, _value_at(data, keys[:-1]))
                or element_type_hint(value)
                or nearby_or_all(
                    value, CELL_TYPES if _is_cell_keys(keys[:-1]) else ELEMENT_TYPES, what="types"
                ),
            )
        return Issue(path, f"element type must be a string, got {_describe(value)}", "unknown_type")
    if keys and keys[-1] == "stacked" and _is_element_keys(keys[:-1]):
        return Issue(
            path, f"stacked is true, false or 'percent', not {_describe(value)}", "invalid_value", STACKED
        )
    if keys and keys[-1] == "align" and _is_element_keys(keys[:-1]) and _spaces_children(value):
        spread = str(value).strip().lower().removeprefix("space-")
        return Issue(
            path,
            f"{_describe(value)} is not one of {expected}",
            "invalid_value",
            f"spacing the children out is 'justify': justify: {spread}; 'align' places them across: "
            "start, center, end, stretch or baseline",
        )
    suggestion = did_you_mean(value, choices) if isinstance(value, str) else None
    if suggestion is None and keys[-1:] == ["format"] and _is_chart(_type_at(data, keys[:-1])):
        suggestion = chart_format_hint(value)
    if suggestion is None and keys == ["device"] and isinstance(value, str):
        # the presets are in the message already: say what draws another screen
        suggestion = device_hint(value) or (
            "for another screen give its size in px: width and height (and scale), "
            "a 454 x 454 watch is {width: 227, height: 227, scale: 2}"
        )
    if suggestion is None and keys and keys[-1] == "type" and _is_item_keys(keys[:-1]):
        suggestion = item_type_hint(value, _value_at(data, keys[:-1]))
    if suggestion is None:
        suggestion = "use " + _join_or([f"'{c}'" for c in choices])
    return Issue(path, f"{_describe(value)} is not one of {expected}", "invalid_value", suggestion)


def _theme_issue(path: str, keys: list[Key], value: Any) -> Issue:
    """A `theme` (or its `base`) that is neither a name nor tokens (`theme: 123`): say what it
    takes. Any name is read (another than light or dark draws light), so "one of 'light' or
    'dark'", pydantic's words for the union, would tell less than the truth."""
    if keys == ["theme"]:
        return Issue(
            path,
            f"theme must be a theme name such as light or dark, or an object of tokens, not {_describe(value)}",
            "invalid_value",
            'write theme: dark, or tokens: theme: {base: dark, primary: "#7c3aed"}',
        )
    return Issue(
        path,
        f"theme.base must be a theme name such as light or dark, not {_describe(value)}",
        "invalid_value",
        "write base: light or base: dark",
    )


_CHART_FIELDS = frozenset({"data", "series", "labels", "values", "datasets"})


def _chart_type_hint(written: str, element: Any) -> str | None:
    """A chart's variant written as the type of an element that holds chart data (`{type: line,
    data: ...}`): the chart it is, rather than the closest spelling (`divider`)."""
    word = written.strip().lower()
    if word in CHART_KINDS and isinstance(element, Mapping) and element.keys() & _CHART_FIELDS:
        return f"use type: chart with variant: {word}"
    return None


_SPREAD_WORDS = frozenset({"space-between", "space-around", "space-evenly", "between", "around", "evenly"})


def _spaces_children(value: Any) -> bool:
    """Whether an `align` is CSS's word for spreading children along the main axis, which is
    `justify-content`'s (`space-between`) and so the DSL's `justify`."""
    return isinstance(value, str) and value.strip().lower() in _SPREAD_WORDS


def _is_element_keys(keys: list[Key]) -> bool:
    """Whether `keys` lead to an element: one of `elements`, a child (`children/N`), or one drawn
    in a table's cell (`rows/R/C`, or `rows/R/C/N` for one of several side by side)."""
    if len(keys) < 2 or keys[0] != "elements":
        return False
    index = 2
    while index < len(keys):
        if keys[index] == "children" and index + 1 < len(keys):
            index += 2
        elif keys[index] == "rows" and index + 2 < len(keys):
            index += 4 if index + 3 < len(keys) and isinstance(keys[index + 3], int) else 3
        else:
            return False
    return True


def _is_cell_keys(keys: list[Key]) -> bool:
    """Whether `keys` lead to a table's cell (`rows/R/C` of an element), or to one entry of a
    cell's list (`rows/R/C/N`)."""
    for tail in (3, 4):
        if len(keys) > tail and keys[-tail] == "rows" and _is_element_keys(keys[:-tail]):
            return tail == 3 or isinstance(keys[-1], int)
    return False


def _fields_at(keys: list[Key]) -> list[str]:
    """Field names of the model that holds data at `keys` (walking the model's annotations)."""
    model = _model_at(keys)
    if model is None:
        return []
    # not `$schema` (an editor's pointer, ignored): `scheme` means `theme`
    return [name for name, field in model.model_fields.items() if not (field.alias or "").startswith("$")]


def _is_item_keys(keys: list[Key]) -> bool:
    model = _model_at(keys)
    return model is not None and issubclass(model, Item)


def _model_at(keys: list[Key]) -> type[BaseModel] | None:
    """The model that holds data at `keys`, walking the document model's annotations."""
    model: type[BaseModel] | None = Document
    for key in keys:
        if model is None:
            return None
        if isinstance(key, int):
            continue
        info = model.model_fields.get(str(key))
        if info is None:
            return None
        found = _models_in(info.annotation)
        model = found[0] if found else None
    return model


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """BaseModel classes reachable through Optional/Union/list/dict/Annotated in an annotation."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    out: list[type[BaseModel]] = []
    origin = typing.get_origin(annotation)
    if origin is None and not isinstance(annotation, types.UnionType):
        return out
    for arg in typing.get_args(annotation):
        out.extend(_models_in(arg))
    return out
