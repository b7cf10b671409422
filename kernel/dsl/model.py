"""The DSL v1 document model (pydantic); the published JSON Schema is generated from it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from kernel.dsl.calendar_dates import CalendarDate, DateProblem, read_date
from kernel.dsl.catalog import ElementType
from kernel.dsl.chart_shapes import native_chart_data
from kernel.dsl.deprecated_language_codes import current_code
from kernel.dsl.entities import read_words, references_read
from kernel.dsl.lengths import Offset, Padding, Size
from kernel.dsl.number_text import WrittenFloat, WrittenInt, written_text
from kernel.dsl.sizes import SIZE_ALIASES, size_word
from kernel.dsl.style_rules import STYLE_PROPERTIES, canonical_style, to_camel

Scalar = str | int | float | bool | None
LANGUAGE_TAG = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"
"""A BCP 47 language tag such as en, ar, zh-Hant or pt-BR (its shape only)."""
StyleValue = str | int | float


def _number_as_text(value: Any) -> Any:
    """A number written where words belong (a series named 2025, a column headed 2024, an option
    labelled 10) as the text it reads as; anything else as it is, for the schema to judge."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return written_text(value) or str(value)  # `1.10` and ZIP `02134` as written, not 1.1, 2134
    return value


def _words(value: Any) -> Any:
    """Words as they are drawn: a number as its text (see `_number_as_text`), HTML's character
    references as their characters in a document's words (`&mdash;` is "—", see `read_words`)."""
    if isinstance(value, str):
        return read_words(value)
    return _number_as_text(value)


def _read_scalar(value: Any) -> Any:
    """A value drawn as words (a table's cell, a field's value) with its character references
    read; a number or a boolean as it is."""
    return read_words(value) if isinstance(value, str) else written_text(value) or value


def _cells_as_written(rows: Any) -> Any:
    """A table's number cells that the document wrote otherwise than Python writes them (a
    version `1.10`, a ZIP code `02134`) as the text written (see `number_text.remembering`);
    every other cell as it is."""
    if not isinstance(rows, list):
        return rows
    out = []
    for row in rows:
        if isinstance(row, list) and any(isinstance(cell, WrittenInt | WrittenFloat) for cell in row):
            row = [written_text(cell) or cell for cell in row]
        elif isinstance(row, dict) and any(
            isinstance(cell, WrittenInt | WrittenFloat) for cell in row.values()
        ):
            row = {key: written_text(cell) or cell for key, cell in row.items()}
        out.append(row)
    return out


def _row_read(row: Any) -> Any:
    """A table row with the character references of its text cells read (see `read_words`); a
    row without an `&` as it is."""
    if isinstance(row, list):
        if any(type(cell) is str and "&" in cell for cell in row):
            return [read_words(cell) if type(cell) is str else cell for cell in row]
        return row
    if isinstance(row, dict) and any(type(cell) is str and "&" in cell for cell in row.values()):
        return {key: read_words(cell) if type(cell) is str else cell for key, cell in row.items()}
    return row


Text = Annotated[str, BeforeValidator(_words)]
"""Words drawn as written: a label, a name, a title. A number is read as its text (YAML and JSON
make `2025` a number, though the author meant the year's name), and an HTML character reference
as its character (`&mdash;`, as in a page's text), but in a code element's code."""
Words = Annotated[Scalar, BeforeValidator(_read_scalar)]
"""A value that may be drawn as words (a field's `value`, an option's): its text's character
references are read, as `Text`'s (a table's cells are read per table, see `_row_read`)."""


class _Strict(BaseModel):
    """Unknown fields are errors (with a did-you-mean suggestion), never silently dropped; null
    in an optional field means the field is absent, as it does for those whose default is null."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @model_validator(mode="before")
    @classmethod
    def _nulls_as_absent(cls, data: Any) -> Any:
        """`disabled: null`, `required: null`, `children: null` read as not written: an optional
        field takes its default (`icon: null` already was one), rather than an "expected a
        boolean, got null" error for what a generator writes for "not set"."""
        if not isinstance(data, Mapping):
            return data
        defaulted = _defaulted_fields(cls)
        if not any(data.get(name, ...) is None for name in defaulted):
            return data
        return {key: value for key, value in data.items() if not (value is None and key in defaulted)}

    @field_validator("*", mode="before")
    @classmethod
    def _no_boolean_for_a_number(cls, value: Any, info: ValidationInfo) -> Any:
        """`true` where a number goes (`level: true`, `columns: true`, `min: true`) is an invalid_type error, as `"true"` is: pydantic would read it as 1 (a
        progress at 1%, one grid column) and say nothing."""
        if info.field_name is None or not isinstance(value, bool) or info.field_name in _BOOLEAN_TOO:
            return value
        number = _number_fields(cls).get(info.field_name)
        if number is not None:
            kind = "float_type" if number == "a number" else "int_type"
            raise PydanticCustomError(kind, "Input should be {number}", {"number": number})
        return value


def _numbers_only(annotation: Any) -> str | None:
    """ "a number" or "an integer" when a value of `annotation` is a number that no boolean may
    stand for (`int`, `float | None`, a bounded int), else None (`bool`, `Scalar`, text...)."""
    kinds = _plain_types(annotation)
    if bool in kinds or not kinds & {int, float}:
        return None
    return "an integer" if float not in kinds else "a number"


def _plain_types(annotation: Any) -> set[Any]:
    """The types a value of `annotation` may be, through Annotated, unions and Optional."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _plain_types(get_args(annotation)[0])
    if origin in (Union, UnionType):
        return {kind for arg in get_args(annotation) for kind in _plain_types(arg)}
    if (
        isinstance(annotation, type)
        and issubclass(annotation, bool | int | float)
        and annotation not in (bool,)
    ):
        return {float if issubclass(annotation, float) else int}
    return {annotation}


def _number_fields(model: type[BaseModel]) -> dict[str, str | None]:
    """For each field of `model`: the number it must be (`_numbers_only`), if only a number."""
    found = _NUMBER_FIELDS.get(model)
    if found is None:
        found = {name: _numbers_only(info.annotation) for name, info in model.model_fields.items()}
        _NUMBER_FIELDS[model] = found
    return found


_NUMBER_FIELDS: dict[type[BaseModel], dict[str, str | None]] = {}
_BOOLEAN_TOO = frozenset({"active"})
"""Number fields a boolean means something in too: a chip's or a list row's `active: true` (it is
selected) shares the element's `active` with a tab list's index."""


def _defaulted_fields(model: type[BaseModel]) -> frozenset[str]:
    """The names (and aliases) of `model`'s optional fields whose default is not null."""
    found = _DEFAULTED.get(model)
    if found is None:
        found = frozenset(
            name
            for field_name, info in model.model_fields.items()
            if not info.is_required() and info.default is not None
            for name in (field_name, info.alias)
            if name is not None
        )
        _DEFAULTED[model] = found
    return found


_DEFAULTED: dict[type[BaseModel], frozenset[str]] = {}


class Layout(_Strict):
    """Absolute placement inside the parent (the earlier format's model) and size bounds: a number
    is px ("240px" is read as 240), other units are strings ("50%", "12rem", "100vw")."""

    x: Offset | None = None
    y: Offset | None = None
    width: Size | None = None
    height: Size | None = None
    minWidth: Size | None = None
    maxWidth: Size | None = None
    minHeight: Size | None = None
    maxHeight: Size | None = None


BASE_NAMES = ("light", "dark")
"""The palettes design tokens are drawn on (`base`)."""
THEME_NAMES = (*BASE_NAMES, "wireframe")
"""The built-in themes: the two palettes, and `wireframe`, the light one in greyscale."""


def _theme_name(value: Any) -> Any:
    """A theme named in words: `light`, `dark` or `wireframe` in any case; any other name the light
    theme (the earlier format took any name, `default`, `modern`; the validator warns of it).
    Tokens as they are."""
    if isinstance(value, str):
        word = value.strip().lower()
        return word if word in THEME_NAMES else "light"
    return value


def _base_name(value: Any) -> Any:
    """A base palette: `light` or `dark` in any case, any other name the light one."""
    if isinstance(value, str):
        word = value.strip().lower()
        return word if word in BASE_NAMES else "light"
    return value


BaseName = Annotated[
    Literal["light", "dark"],
    BeforeValidator(_base_name),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "enum": list(BASE_NAMES)},
                {
                    "type": "string",
                    "description": "Any other name draws the light palette (a warning says so).",
                },
            ]
        }
    ),
]
"""`light` or `dark`; another name is read as light (see `_base_name`)."""


ThemeName = Annotated[
    Literal["light", "dark", "wireframe"],
    BeforeValidator(_theme_name),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "enum": list(THEME_NAMES)},
                {
                    "type": "string",
                    "description": "Any other name draws the light theme (a warning says so).",
                },
            ]
        }
    ),
]
"""`light`, `dark` or `wireframe`; another name is read as light (see `_theme_name`)."""


REM_PX = 16.0
"""The px of a rem: the browser's root font size, which the page keeps."""
_RADIUS_TEXT = re.compile(r"(\d+(?:\.\d*)?|\.\d+)\s*(px|rem)?")


def _radius_px(value: Any) -> Any:
    """A theme radius written as CSS writes it (`"8px"`, shadcn's `"0.5rem"`, `"8"`) as its
    number of px; a number as it is. Any other text is an error that says what to write."""
    if not isinstance(value, str):
        return value
    match = _RADIUS_TEXT.fullmatch(value.strip().lower())
    if match is None:
        raise PydanticCustomError(
            "invalid_radius",
            "expected a radius in px, 0-64 (write 8, or '8px'), got '{value}'",
            {"value": value if len(value) <= 40 else value[:37] + "..."},
        )
    amount = float(match.group(1))
    return amount * REM_PX if match.group(2) == "rem" else amount


Radius = Annotated[
    float,
    BeforeValidator(_radius_px),
    Field(ge=0, le=64),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "number", "minimum": 0, "maximum": 64},
                {
                    "type": "string",
                    "pattern": r"^\s*(\d+(\.\d*)?|\.\d+)\s*(px|rem)?\s*$",
                    "description": "px as CSS writes them ('8px'), or rem ('0.5rem' is 8 px)",
                },
            ]
        }
    ),
]
"""A theme's corner radius in px, 0-64: a number, or a px or rem string (`"8px"`, `"0.5rem"`)."""


class ThemeTokens(_Strict):
    """Design tokens; unset tokens come from `base` (light or dark)."""

    base: BaseName = "light"
    """`light` or `dark`; another name draws the light theme, as `theme: <name>` does (a warning says so)."""
    primary: str | None = None
    background: str | None = None
    surface: str | None = None
    text: str | None = None
    font: str | None = None
    radius: Radius | None = None
    density: Literal["compact", "comfortable", "spacious", "touch"] | None = None
    _written_base: str | None = PrivateAttr(default=None)

    @model_validator(mode="wrap")
    @classmethod
    def _remember_written_base(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        """A `base` that names no palette (`midnight`) is drawn light; what was written is kept
        for the checks of a render's own theme to quote (`written_base`), as a document's
        theme, checked as written, is."""
        tokens = handler(data)
        base = data.get("base") if isinstance(data, Mapping) else None
        if isinstance(base, str) and base.strip().lower() not in BASE_NAMES:
            tokens._written_base = base
        return tokens

    @property
    def written_base(self) -> str | None:
        """`base` as written when it names no palette; None when it names one or is not written."""
        return self._written_base


def _size_as_word(value: Any) -> Any:
    """A size written in other libraries' words or case (`Small`, `large`) as the DSL's (`sm`,
    `lg`); anything else as it is, for the schema to judge."""
    word = size_word(value)
    return word if word is not None else value


def _item_schema(schema: dict[str, Any]) -> None:
    """The published schema of an entry, with the `name` an avatar group's face is written with
    (read as its `label`: see `Element._avatar_names_as_labels`)."""
    schema.setdefault("properties", {})["name"] = {
        "type": "string",
        "description": "An avatar group's face: the person's name, read as its label (other entries: label).",
    }


class Item(_Strict):
    """An entry of a nav bar, sidebar, menu, tabs, breadcrumb, list, stepper or an action button."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, json_schema_extra=_item_schema)

    type: Literal["button", "link"] | None = Field(
        default=None,
        description="What the item is drawn as anyway; accepted so that an action written as a "
        "button element (`{type: button, text: Save}`) reads as one. Changes nothing.",
    )
    label: Text | None = None
    text: Text | None = None
    description: Text | None = None
    icon: str | None = None
    href: str | None = None
    badge: str | int | None = None
    value: Words = None
    variant: VariantWord = None
    shortcut: Text | None = None
    iconPosition: Annotated[Literal["start", "end"] | None, _css_words(_ICON_SIDES)] = Field(
        default=None,
        description="The icon's side: start (the default) or end (an action's 'See all ->', a list row's chevron).",
    )
    indent: Annotated[int, Field(ge=0, le=4)] | None = Field(
        default=None,
        description="A sidebar item's depth in a tree (0-4), each level 20 px in: a page under its parent in a "
        "page tree. Two leading spaces in the label say the same. In a bullet or numbered list, the item's "
        "nesting level: a sub-list under the item above it, its own bullets and numbering.",
    )
    size: Annotated[Literal["sm", "md", "lg"] | None, BeforeValidator(_size_as_word)] = Field(
        default=None,
        description="An action button's size: sm, md or lg (default the size its element draws actions at).",
    )
    active: bool = False
    disabled: bool = False


class Action(Item):
    """An entry of `actions`: an item drawn as a button, which may carry the button's `id`."""

    id: str | None = Field(
        default=None,
        description="The button's id in the page: an annotation's `target` can name it, as a '#id' rule in css can.",
    )


class Option(_Strict):
    """A choice in a select or radio group."""

    label: Text
    value: Words = None
    disabled: bool = False
    description: Text | None = None
    """A line under a radio option's label (a delivery option's "3-5 business days")."""


class AddOn(_Strict):
    """An input's add-on written as an object: an icon asked for by name (`{icon: users}`, which a
    plain `users` is not: a word is drawn as the word), words, or both."""

    icon: str | None = Field(default=None, description="An icon's name drawn in the add-on: `{icon: users}`.")
    text: Text | None = Field(
        default=None, description="Words drawn in the add-on, after its icon when both are given."
    )

    @model_validator(mode="after")
    def _draws_something(self) -> AddOn:
        if not (self.icon or self.text):
            raise PydanticCustomError(
                "empty_addon",
                "an add-on object draws its 'icon' or its 'text' and has neither: write {icon: globe} "
                "for an icon, or the words themselves for words",
            )
        return self


_COLUMN_SIDES = {"start": "left", "end": "right", "middle": "center"}
"""The words elements align by (`start`, `end`), for a table column's side."""

COLUMN_FIELD_NAMES = {
    "header": "label", "title": "label", "headerName": "label", "name": "label", "Header": "label",
    "text": "label", "accessor": "key", "accessorKey": "key", "dataIndex": "key", "field": "key",
    "dataKey": "key", "dataField": "key",
}  # fmt: skip
"""Column fields as data-grid libraries name them (TanStack, react-table's `Header`, Ant Design,
MUI, Recharts' `dataKey`, react-bootstrap-table's `dataField` and `text`) -> the DSL's."""


class Column(_Strict):
    """A table column: the `key` that picks a value from object rows, a header `label`, alignment.
    Columns written for TanStack Table, Ant Design or MUI (`header`, `dataIndex`, ...) read the same."""

    @model_validator(mode="before")
    @classmethod
    def _rename_grid_fields(cls, data: Any) -> Any:
        if not isinstance(data, dict) or not data.keys() & COLUMN_FIELD_NAMES.keys():
            return data
        renamed = dict(data)
        for theirs, ours in COLUMN_FIELD_NAMES.items():
            written = _number_as_text(renamed.get(theirs))
            if theirs in renamed and ours not in renamed and isinstance(written, str):
                del renamed[theirs]
                renamed[ours] = written
        return renamed

    key: Annotated[str, BeforeValidator(_number_as_text)] | None = None
    """The name that picks a value from object rows, as the rows' keys write it."""
    label: Text | None = None
    align: Annotated[Literal["left", "center", "right"] | None, _css_words(_COLUMN_SIDES)] = Field(
        default=None,
        description="left, center or right; start and end (the words elements align by) are read as left and right.",
    )
    width: float | str | None = None
    color: str | None = Field(
        default=None,
        description="The text colour of the column's cells (a CSS colour or a tone: danger, success); "
        "the header keeps its own.",
    )


class Series(_Strict):
    """One named series of a chart."""

    name: Text | None = None
    values: list[float | None]
    """One value per label; null leaves a gap (no bar, a break in the line, but for a line series
    with no two values side by side, which is joined across its gaps)."""
    color: str | None = None
    fill: bool = Field(
        default=True,
        description="In an area chart, whether the series is filled down to the axis; false draws "
        "its line alone (a moving average over a price).",
    )


class ChartData(_Strict):
    """Chart data: `labels` with either one `values` list or several `series`."""

    labels: list[Text] = Field(default_factory=list)
    values: list[float | None] | None = None
    series: list[Series] | None = None


class CalendarEvent(_Strict):
    """A labelled day on a calendar."""

    date: str
    label: Text
    time: Text | None = Field(
        default=None, description='A time of day drawn before the label ("08:00 Anna Berg"), as written.'
    )
    start: Text | None = Field(
        default=None,
        description="When the event starts in a week or day view: HH:MM on a 24-hour clock (09:30); "
        "an event without a start is all-day, drawn in the strip under the days.",
    )
    end: Text | None = Field(
        default=None,
        description="When the event ends in a week or day view: HH:MM, after its start (an hour after it without one).",
    )
    color: str | None = None


def _size_alias(value: Any) -> Any:
    """Another library's word for a named size (`large`, `Small`, `medium`) as the DSL's (`lg`,
    `sm`, `md`), as a button reads it, so that an avatar, a rating or a spinner draws it too
    instead of its default; anything else (`lg`, `48`, `"48px"`) as written."""
    if isinstance(value, str):
        return SIZE_ALIASES.get(value.strip().lower(), value)
    return value


def _lower_word(value: Any) -> Any:
    """A word of a closed set (a variant, the text's direction, a device or frame preset) in the lower case every renderer
    compares it in (`Danger`, ` Outline `, `RTL`, `Mobile` are danger, outline, rtl and mobile), so that what the
    validator accepts is what is drawn."""
    return value.strip().lower() if isinstance(value, str) else value


VariantWord = Annotated[str | None, BeforeValidator(_lower_word)]


RANGE_FORM = "write it as [start, end], two dates YYYY-MM-DD: range: [{example}]"
RANGE_EXAMPLE = "'2025-08-11', '2025-08-15'"
"""The range of a message's example when the author's own dates cannot be read."""
_RANGE_KEYS = {"start": ("start", "from"), "end": ("end", "to")}
"""The names of a range's ends in an object: the DSL's, and react-day-picker's `{from, to}`."""


class DateSpan(_Strict):
    """Days selected from `start` to `end` (both drawn, ISO dates, start first)."""

    start: str
    end: str


def _range_error(message: str, *, example: str = RANGE_EXAMPLE, **context: Any) -> PydanticCustomError:
    return PydanticCustomError("invalid_range", f"{message}; {RANGE_FORM}", {**context, "example": example})


def _range_end(value: Any, end: str, *, year: int | None = None) -> date | DateProblem:
    """One end of a range as a day (a date YAML read as one too), or what is wrong with the text
    (read in `year` when it gives none); an error naming `end` for a value that is no text: a
    number (a slider's bounds written here) says where those go."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        read = read_date(value, year=year)
        return read.day if isinstance(read, CalendarDate) else read
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise PydanticCustomError(
            "invalid_range",
            "the range's {end} {value} is no date: 'range' is the days a calendar selects, two dates "
            "YYYY-MM-DD; a slider's or a chart's bounds are 'min' and 'max'",
            {"end": end, "value": f"{value:g}"},
        )
    raise _range_error(
        "the range's {end} {shown} is not a date", end=end, shown="null" if value is None else "not text"
    )


def _range_days(first: Any, last: Any) -> tuple[date, date]:
    """A range's two ends as days; else an error naming the first end that is none (a date
    without a year, `Aug 15`, is read in the other end's year for the example)."""
    known = next(
        (day.year for day in (_range_end(first, "start"), _range_end(last, "end")) if isinstance(day, date)),
        None,
    )
    start, end = _range_end(first, "start", year=known), _range_end(last, "end", year=known)
    if isinstance(start, date) and isinstance(end, date):
        return start, end
    name, written, problem = ("start", first, start) if isinstance(start, DateProblem) else ("end", last, end)
    assert isinstance(problem, DateProblem)
    raise _range_error(
        "the range's {end} '{written}' {reason}", end=name, written=str(written)[:40], reason=problem.reason,
        example=_range_example(start, end),
    )  # fmt: skip


def _range_example(start: date | DateProblem, end: date | DateProblem) -> str:
    """The author's own range for an error's example, with the day probably meant in place of
    the end that is none: when the other end is a day and one reading keeps them in order (of
    `12/09/2025`'s two readings, the one before an end in October); else RANGE_EXAMPLE."""
    if isinstance(start, DateProblem) and isinstance(end, date):
        pairs = [(day, end) for day in start.readings if day <= end]
    elif isinstance(end, DateProblem) and isinstance(start, date):
        pairs = [(start, day) for day in end.readings if start <= day]
    else:
        pairs = []
    return ", ".join(f"'{day.isoformat()}'" for day in pairs[0]) if len(pairs) == 1 else RANGE_EXAMPLE


def date_span(value: Any) -> Any:
    """A calendar's `range` as a DateSpan: `[start, end]` or `{start, end}` (or `{from, to}`),
    each a date YYYY-MM-DD, the start on or before the end; a clear error otherwise (a
    ValueError: the semantic checks may read a raw range with it too)."""
    if value is None or isinstance(value, DateSpan):
        return value
    if isinstance(value, list | tuple):
        if len(value) != 2:
            raise _range_error("a range is two dates, got {count} values", count=len(value))
        first, last = value
    elif isinstance(value, dict):
        ends = {
            name: next((value[key] for key in keys if key in value), None)
            for name, keys in _RANGE_KEYS.items()
        }
        known = {key for keys in _RANGE_KEYS.values() for key in keys}
        if not value.keys() <= known or None in ends.values():
            raise _range_error(
                "a range's object holds 'start' and 'end', got {keys}",
                keys=", ".join(map(str, value)) or "none",
            )
        first, last = ends["start"], ends["end"]
    else:
        shown = f"the text '{value[:40]}'" if isinstance(value, str) else f"the value {value!r:.40}"
        raise _range_error("a range is a list of two dates, got {shown}", shown=shown)
    start_day, end_day = _range_days(first, last)
    start, end = start_day.isoformat(), end_day.isoformat()
    if end < start:
        raise PydanticCustomError(
            "invalid_range",
            "the range ends on {end}, before it starts on {start}: write the earlier date first, "
            "range: ['{end}', '{start}']",
            {"start": start, "end": end},
        )
    return DateSpan(start=start, end=end)


DateRange = Annotated[
    DateSpan,
    BeforeValidator(date_span),
    WithJsonSchema(
        {
            "anyOf": [
                {
                    "type": "array",
                    "items": {"type": "string", "format": "date"},
                    "minItems": 2,
                    "maxItems": 2,
                },
                {
                    "type": "object",
                    "properties": {
                        "start": {"type": "string", "format": "date"},
                        "end": {"type": "string", "format": "date"},
                    },
                    "required": ["start", "end"],
                    "additionalProperties": False,
                },
            ]
        }
    ),
]
"""A calendar's selected span of days: `[start, end]` or `{start, end}`, dates YYYY-MM-DD."""


_CSS_START_END = {
    "flex-start": "start", "flex-end": "end", "left": "start", "right": "end", "top": "start",
    "bottom": "end", "middle": "center",
}  # fmt: skip
_CSS_SPACING = {"space-between": "between", "space-around": "around", "space-evenly": "evenly"}
_ICON_SIDES = {"left": "start", "right": "end", "leading": "start", "trailing": "end", "before": "start",
               "after": "end"}  # fmt: skip


_FIT_WORDS = {"scale-down": "contain", "stretch": "fill", "crop": "cover"}
"""CSS's `scale-down` and other tools' words for how a picture fits its box, as the DSL's."""


def _css_words(words: dict[str, str]) -> BeforeValidator:
    """Reads CSS's own word for a flex alignment as the DSL's (`space-between` is `between`,
    `flex-start` is `start`), and a side for its end (`left` is `start`, `bottom` is `end`, as
    `align: right` on a paragraph means), as agents write `justify` and `align` from habit; the
    same for the side of an icon (`iconPosition: right` is `end`)."""
    return BeforeValidator(lambda value: words.get(value, value) if isinstance(value, str) else value)


def css_declarations(text: str) -> dict[str, str] | None:
    """A style written as CSS declarations, as in HTML's style attribute (`"color: red;
    padding: 4px"`), as the style object it means: each property in camelCase when the allow-list
    has it (else as written, for the validator to name), each value as written; the last of a
    property written twice wins, as in CSS. None when the text is not declarations (a piece
    without a `name: value`), so it is reported as it is. A `;` inside brackets or quotes
    (`url(data:image/png;base64,...)`) ends nothing."""
    declarations: dict[str, str] = {}
    for piece in _declaration_pieces(text):
        name, colon, value = piece.partition(":")
        name, value = name.strip(), value.strip()
        if not piece.strip():
            continue
        if not colon or not name or not value or any(char.isspace() for char in name):
            return None
        camel = to_camel(name.lower())
        declarations[camel if camel in STYLE_PROPERTIES else name] = value
    return declarations


def _declaration_pieces(text: str) -> list[str]:
    """`text` cut at each `;` outside brackets and quotes."""
    pieces, start, depth, quote = [], 0, 0, ""
    for index, char in enumerate(text):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == ";" and depth == 0:
            pieces.append(text[start:index])
            start = index + 1
    pieces.append(text[start:])
    return pieces


def _style_object(style: Any) -> Any:
    """`style` as the object the compiler reads: CSS declarations text read as one (see
    `css_declarations`), CSS-spelled keys renamed to camelCase."""
    if isinstance(style, str):
        parsed = css_declarations(style)
        style = parsed if parsed is not None else style
    return canonical_style(style)


_FIELD_ATTRIBUTES = ("value", "placeholder", "disabled", "required", "readonly")
_FIELD_TYPES = ("input", "textarea", "select", "search")
_CHOICE_TYPES = ("checkbox", "radio", "toggle")
ATTRIBUTE_FIELDS: dict[tuple[str, str], str] = {
    ("input", "type"): "inputType",
    **{(kind, name): name for kind in _FIELD_TYPES for name in _FIELD_ATTRIBUTES},
    **{("input", name): name for name in ("checked", "min", "max", "step")},
    **{(kind, name): name for kind in _CHOICE_TYPES for name in ("checked", "disabled", "required")},
    **{("slider", name): name for name in ("value", "min", "max", "step", "disabled")},
    ("button", "disabled"): "disabled",
}
"""HTML attributes of the earlier format's `customAttributes` that the DSL reads as a field of its
own, by element type: its docs set an input's type so (`{type: password}`), and its renderer
emitted them all, so a field's `value`, `placeholder` or `disabled` showed as such."""

_ATTRIBUTE_SWITCHES = frozenset({"disabled", "required", "checked", "readonly"})
_ATTRIBUTE_NUMBERS = frozenset({"min", "max", "step"})


def attribute_fields(
    kind: str, attributes: Mapping[str, Any] | None, fields: Mapping[str, Any]
) -> dict[str, tuple[str, Any]]:
    """The attributes of `attributes` read as a field of an element of type `kind` (see
    `ATTRIBUTE_FIELDS`): attribute -> (field, value). Only for a field the element's own
    `fields` (name -> value as written) do not give (the DSL's own words win), and a value that
    field can hold; HTML's attribute names and type words know no case. A checkbox's or a
    radio's `value` is what a form sends, not its state: not read."""
    read: dict[str, tuple[str, Any]] = {}
    for attribute, value in (attributes or {}).items():
        field = ATTRIBUTE_FIELDS.get((kind, str(attribute).lower()))
        if field is None or fields.get(field) is not None:
            continue
        converted = _attribute_value(field, value)
        if converted is not None:
            read[attribute] = (field, converted)
    if kind == "input":
        input_type = fields.get("inputType") or next(
            (value for field, value in read.values() if field == "inputType"), None
        )
        if isinstance(input_type, str) and input_type.strip().lower() in ("checkbox", "radio"):
            read = {name: (field, value) for name, (field, value) in read.items() if field != "value"}
    return read


def _attribute_value(field: str, value: Any) -> Any:
    """An attribute's value as the DSL's `field` holds it, or None when it holds none: a boolean
    attribute is on unless it plainly says off (`false`, as JSON authors write it), a bound is a
    number, a type is a lower-case word, a value or a placeholder is its text."""
    if value is None:
        return None
    if field in _ATTRIBUTE_SWITCHES:
        return attribute_is_on(value)
    if isinstance(value, bool):
        return None
    if field in _ATTRIBUTE_NUMBERS:
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
    if field == "inputType":
        return value.strip().lower() if isinstance(value, str) and value.strip() else None
    if isinstance(value, int | float):
        return value if field == "value" else str(value)
    return read_words(value) if isinstance(value, str) else None  # as a browser reads an attribute's


def attribute_is_on(value: object) -> bool:
    """A boolean HTML attribute's state: on when present (`checked`, `""`, `true`), unless its
    value plainly says off (`false`, as JSON authors write it)."""
    return value is not False and str(value).strip().lower() not in ("false", "0", "off", "no")


class Element(_Strict):
    """One node of the screen. Fields a type does not use are ignored by that type."""

    type: ElementType
    id: str | None = None
    className: str | None = None
    children: list[Element] = Field(default_factory=list)
    layout: Layout | None = None
    style: Annotated[dict[str, StyleValue] | None, BeforeValidator(_style_object)] = None
    """camelCase CSS properties; keys written as in CSS (`font-size`) are read as camelCase, and
    CSS declarations text (`"color: red; padding: 4px"`) as the object it means."""

    text: Text | None = None
    label: Text | None = None
    title: Text | None = None
    description: Text | None = None
    placeholder: Text | None = None
    name: Text | None = None
    icon: str | None = None
    iconPosition: Annotated[Literal["start", "end"] | None, _css_words(_ICON_SIDES)] = None
    """Which side of its label a button's, a link's or a chip's icon is drawn on (`end`: "Next ->")."""
    badge: str | int | None = None
    """A count or short tag on the element: a red count on a button's corner, a pill by a card's title."""
    src: str | None = None
    alt: Text | None = None
    fit: Annotated[Literal["cover", "contain", "fill", "none"] | None, _css_words(_FIT_WORDS)] = Field(
        default=None,
        description="How an image's picture fits its box: `cover` fills it, cropping what overflows (a "
        "photo's default); `contain` shows the whole picture inside it (a logo's default); `fill` "
        "stretches it; `none` keeps its own size. `style: {objectFit: ...}` says the same.",
    )
    href: str | None = None
    back: bool | Text | None = Field(
        default=None,
        description="A navbar's back button at its start, as a phone screen's top bar draws it: `true` draws "
        "the back chevron, a label (`Settings`) the chevron and the label, in the link colour.",
    )
    variant: VariantWord = None
    size: Annotated[str | float | None, BeforeValidator(_size_alias)] = None
    """A named size (xs, sm, md, lg, xl, 2xl; `small`, `medium`, `large` read as sm, md, lg) or px."""
    color: str | None = None
    disabled: bool = False

    # flow layout (row, column, flex, grid, stack and the other containers)
    direction: Literal["row", "column", "horizontal", "vertical"] | None = None
    gap: Size | None = None
    padding: Padding | None = None
    align: Annotated[
        Literal["start", "center", "end", "stretch", "baseline"] | None, _css_words(_CSS_START_END)
    ] = None
    justify: Annotated[
        Literal["start", "center", "end", "between", "around", "evenly"] | None,
        _css_words(_CSS_START_END | _CSS_SPACING),
    ] = None
    wrap: bool | None = None

    # type-specific content
    level: Annotated[int, Field(ge=1, le=6)] | None = None
    items: list[Text | Item] | None = None
    actions: list[Text | Action] | None = None
    options: list[Text | Option] | None = None
    columns: Annotated[int, Field(ge=1, le=24)] | list[Text | Column] | None = None
    rows: Annotated[int, Field(ge=1, le=1000)] | list[list[TableCell] | dict[str, TableCell]] | None = None
    value: Words | list[Words] = Field(
        default=None,
        description="A field's text, a chosen option, a figure, a checked state; a list only on a select "
        "(its chosen options, drawn as chips: `multiple`).",
    )
    checked: bool | None = None
    required: bool = False
    error: Text | None = None
    hint: Text | None = None
    inputType: str | None = None
    readonly: bool = Field(
        default=False,
        description="An input, textarea, select or search shown read-only: a muted fill, no shadow, its "
        "text kept (a generated ID, a locked setting); `disabled` greys it out instead.",
    )
    prefix: Text | AddOn | None = Field(
        default=None,
        description="An input's add-on before its text, drawn as a segment inside its border: words "
        "(`https://`, `$`, `users`: a plain word is text), or an icon: `{icon: globe}`, or a "
        "hyphenated icon name (`dollar-sign`, `credit-card`).",
    )
    suffix: Text | AddOn | None = Field(
        default=None,
        description="An input's add-on after its text, drawn as a segment inside its border: words "
        "(`USD`, `%`, `.com`, `months`, `users`: a plain word is text), or an icon: `{icon: users}`, "
        "or a hyphenated icon name (`circle-help`).",
    )
    indeterminate: bool | None = Field(
        default=None,
        description="A checkbox's mixed state (some of its group ticked): a dash in a filled box.",
    )
    multiple: bool | None = Field(
        default=None,
        description="A select of several chosen options: `value` is a list, drawn as chips in the field.",
    )
    min: float | None = None
    max: float | None = None
    step: float | None = None
    marks: bool | None = Field(
        default=None,
        description="A slider's min and max under its track: drawn when it has a `label`; `false` hides "
        "them (a dense inspector), `true` draws them under an unlabelled one.",
    )
    active: int | str | None = None
    current: int | None = None
    total: Annotated[int, Field(ge=0)] | None = None
    change: Text | None = None
    data: Annotated[ChartData | None, BeforeValidator(native_chart_data)] = None
    """A chart's data; Chart.js datasets, a list of points and a label->value mapping are read too."""
    language: Annotated[str, Field(max_length=40)] | None = None
    """A code element's language (`python`, `ts`, `bash`...), which colours its tokens."""
    copyable: bool | None = Field(
        default=None,
        description="A code element's copy button, in its top-right corner (an API key, an install command).",
    )
    month: str | None = None
    events: list[CalendarEvent] | None = None
    range: DateRange | None = Field(
        default=None,
        description="A calendar's selected span of days (a leave request, a hotel stay): [start, end] "
        "or {start, end}, dates YYYY-MM-DD, start first; drawn as filled ends joined by a band.",
    )
    days: Annotated[int, Field(ge=1, le=7)] | None = Field(
        default=None,
        description="A calendar's week view's number of days (`days: 5`: a work week, Monday to Friday).",
    )
    hours: list[Annotated[int, Field(ge=0, le=24)]] | None = Field(
        default=None,
        description="A calendar's week or day view's hours, [first, last] (`[8, 18]`: 08:00 to 18:00); "
        "without it a working day, 08:00 to 18:00, widened to hold the events.",
    )
    lines: Annotated[int, Field(ge=1, le=50)] | None = None
    duration: Text | None = None
    status: str | None = None
    striped: bool | None = None
    selectable: bool | None = None
    """A table's checkbox column: a checkbox before each row and in the header, for bulk actions."""
    selectedRows: list[Annotated[int, Field(ge=0)]] | bool | None = None
    """The rows (indexes from 0) ticked in a table's checkbox column, or true for all; given alone
    it draws the column."""
    ordered: bool | None = None
    removable: bool | None = None

    # accepted from the earlier format, never emitted (a warning says so)
    onClick: str | None = None
    onChange: str | None = None
    onHover: str | None = None
    customAttributes: dict[str, Any] | None = Field(
        default=None,
        description="HTML attributes: an input's `type` is read as `inputType` (`password` masks its "
        "value); a field's `value`, `placeholder`, `disabled`, `required` and `readonly`, a choice's `checked` and "
        "a range's `min`, `max` and `step` as those fields, unless the field is given. Attributes that "
        "draw nothing (`aria-*`, `data-*`, `autocomplete`, `name`...) are accepted; the others are "
        "never emitted (a warning names them).",
    )
    responsive: dict[str, Any] | None = Field(
        default=None,
        description="Overrides per breakpoint (`{sm: {style: {fontSize: 12}}}`): accepted and not drawn, "
        "since one screen width is drawn (a warning says so).",
    )

    @model_validator(mode="before")
    @classmethod
    def _avatar_names_as_labels(cls, data: Any) -> Any:
        """An avatar group's faces written as a single avatar is (`items: [{name: Ana Ruiz}]`),
        read as the `label` every entry has: a lone avatar takes `name`, so its group's entries
        take it too. An entry with a label (or text) of its own keeps its `name`, for the schema
        to name."""
        if not isinstance(data, Mapping) or data.get("type") != "avatar":
            return data
        items = data.get("items")
        if not isinstance(items, list) or not any(_named_face(entry) for entry in items):
            return data
        faces = [
            {("label" if key == "name" else key): value for key, value in entry.items()}
            if _named_face(entry)
            else entry
            for entry in items
        ]
        return {**data, "items": faces}

    @model_validator(mode="wrap")
    @classmethod
    def _code_as_written(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Element:
        """A code element shows its code as written: `&amp;` in an HTML snippet stays `&amp;`;
        the words of every other element read their character references."""
        if isinstance(data, Mapping) and data.get("type") == "code":
            with references_read(False):
                return handler(data)  # type: ignore[no-any-return]
        return handler(data)  # type: ignore[no-any-return]

    @field_validator("rows", mode="before")
    @classmethod
    def _cells_written(cls, rows: Any) -> Any:
        return _cells_as_written(rows)

    @field_validator("rows", mode="after")
    @classmethod
    def _cells_read(cls, rows: Any) -> Any:
        """A table's text cells read their character references as any words (see `Words`):
        once per table, not a call per cell (a table may have 10,000)."""
        if not isinstance(rows, list):
            return rows
        return [_row_read(row) for row in rows]

    @model_validator(mode="after")
    def _fields_from_attributes(self) -> Element:
        """The earlier format set an input's type in `customAttributes` (`{type: password}`), as
        its docs said, and its renderer emitted every attribute (a prefilled `value`, a
        `disabled` field): read those the DSL has a field for as that field, so a password is
        masked and a disabled field greyed as with `inputType` and `disabled`. A field given in
        the DSL's own words wins."""
        if not self.customAttributes:
            return self
        given = {name: getattr(self, name) for name in self.model_fields_set}
        for name, value in attribute_fields(self.type, self.customAttributes, given).values():
            setattr(self, name, value)
        return self


def _named_face(entry: Any) -> bool:
    """Whether an avatar group's entry is written with the `name` a lone avatar takes, and no
    label (nor text) of its own."""
    return isinstance(entry, Mapping) and "name" in entry and not entry.keys() & {"label", "text"}


CELL_TONES = ("success", "warning", "danger", "info", "neutral")
"""The tones a table cell's text takes, as badges, alerts and stats name them."""


class ToneCell(_Strict):
    """A table cell's text (or number) drawn in a tone: an abnormal lab value in `danger`, a
    target met in `success`; it stays a figure in a column of figures."""

    text: Words
    """The cell's text or number, drawn as any cell's."""
    tone: Literal["success", "warning", "danger", "info", "neutral"] = Field(
        description="success, warning, danger, info or neutral: the text's colour (semibold but neutral's muted grey)."
    )


TableCell = Scalar | Element | ToneCell | list[Element | Text]
"""A table cell: text, a number, true or false, null; or a control drawn in the row (a checkbox,
a toggle, a button...), or several side by side (an actions column's icon buttons), with texts
among them (`[{type: avatar, name: Ana Ruiz}, Ana Ruiz]`: the face, then the name beside it; a
number there is its text). Which element types a cell draws is the validator's
(`catalog.CELL_TYPES`)."""
Element.model_rebuild()  # `rows` names TableCell, which needs Element itself


class Frame(_Strict):
    """A device drawn around the screen: a browser window (with `url` in its address bar), a
    desktop app's window (a title bar with the document's `title`, in a mac or windows `style`), a
    phone (status bar, rounded body, home indicator) or a tablet (an even bezel, a slim status
    bar). The screen keeps its size; the image grows."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    type: Literal["none", "browser", "window", "phone", "tablet"] = "browser"
    """Which frame: browser, window, phone, tablet or none."""
    url: str | None = None
    """What the browser's address bar shows (default: the document's title)."""
    style: Annotated[Literal["mac", "windows"], BeforeValidator(_lower_word)] = "mac"
    """A window frame's look: mac (traffic lights, the title centred) or windows (the title at the
    start; minimise, maximise and close at the end)."""


class Annotation(_Strict):
    """A numbered note pinned to an element, drawn over the screen: for reviews, specs and
    walkthroughs. The pin sits on the element's top-right corner (a labelled field's box's, just
    inside it; after a checkbox's or toggle's label; on an empty state's icon), the note in a
    panel beside the screen."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    target: str
    """The `id` of the element the note points at."""
    text: Text | None = None
    """The note; without it only the pin is drawn."""
    label: Annotated[Text, Field(max_length=12)] | None = None
    """What the pin shows (default: the note's number: 1, 2, ...)."""
    color: str | None = None
    """The pin's and the note's accent colour (default a magenta that stands out from most designs,
    a teal where the theme's primary is near it)."""


class Document(_Strict):
    """A whole mockup: canvas, theme and the elements drawn on it."""

    @model_validator(mode="wrap")
    @classmethod
    def _references_read(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Document:
        """A document's words read HTML's character references as a browser reads a page's text
        (`&mdash;` is "—"; see `entities`), once: the models the compiler makes of them do not."""
        with references_read():
            return handler(data)  # type: ignore[no-any-return]

    schema_pointer: str | None = Field(
        default=None,
        alias="$schema",
        description="A pointer to a JSON Schema for editors (this one: docs/dsl.schema.json); ignored.",
    )
    version: str | int | None = None
    title: Text | None = None
    description: Text | None = None
    width: Annotated[int, Field(ge=1, le=8000)] | None = None
    height: Annotated[
        Annotated[int, Field(ge=1, le=8000)] | Literal["auto"] | None, BeforeValidator(_lower_word)
    ] = None
    """The canvas's height in px, or `auto`: as tall as the content (at least `AUTO_HEIGHT_MIN`,
    the full-page capture's limits apply), the width staying as given or as the device's."""
    device: Annotated[
        Literal["desktop", "laptop", "tablet", "mobile"] | None, BeforeValidator(_lower_word)
    ] = None
    scale: Annotated[float, Field(ge=1, le=4)] | None = None
    theme: ThemeName | ThemeTokens | None = None
    background: str | None = None
    lang: Annotated[str, Field(pattern=LANGUAGE_TAG), AfterValidator(current_code)] | None = None
    dir: Annotated[Literal["ltr", "rtl"] | None, BeforeValidator(_lower_word)] = None
    elements: list[Element] = Field(default_factory=list)
    padding: Annotated[float, Field(ge=0, le=400)] | None = None
    """The screen's padding in px around all flowed content, instead of the default margins (24 px,
    16 on a phone, kept by each top-level element that is content rather than page chrome)."""
    frame: Annotated[
        Literal["none", "browser", "window", "phone", "tablet"] | Frame | None, BeforeValidator(_lower_word)
    ] = None
    """A browser window, a desktop app's window, a phone or a tablet drawn around the screen."""
    annotations: Annotated[list[Annotation], Field(max_length=100)] | None = None
    """Numbered notes pinned to elements by `id`, drawn over the screen."""
    css: str | None = None
    metadata: dict[str, Any] | None = None
    responsiveBreakpoints: dict[str, int] | None = None


EVENT_HANDLERS = ("onClick", "onChange", "onHover")
"""The earlier format's event handlers: mockups run no code."""
EARLIER_FORMAT_FIELDS = (*EVENT_HANDLERS, "customAttributes", "responsive")
"""Element fields of the earlier format that no type draws: accepted, each with a warning."""
