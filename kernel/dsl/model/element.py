"""`Element`, one node of the screen with every type's fields, and `TableCell`, which holds elements."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, ValidatorFunctionWrapHandler, field_validator, model_validator

from kernel.dsl.catalog import ElementType
from kernel.dsl.chart_shapes import native_chart_data
from kernel.dsl.entities import references_read
from kernel.dsl.lengths import Padding, Size
from kernel.dsl.model.calendars import CalendarEvent, DateRange
from kernel.dsl.model.charts import ChartData
from kernel.dsl.model.earlier_format import attribute_fields
from kernel.dsl.model.entries import Action, AddOn, BadgeTag, Item, Option
from kernel.dsl.model.layout import Layout
from kernel.dsl.model.maps import MapMarker
from kernel.dsl.model.reference_lines import ReferenceLines
from kernel.dsl.model.spellings import (
    ICON_SIDES,
    OrientationWord,
    ValueFormatWord,
    VariantWord,
    css_words,
    orientation_word,
    stacking_word,
    value_format_word,
)
from kernel.dsl.model.strict import StrictModel
from kernel.dsl.model.styles import StyleValue, style_object
from kernel.dsl.model.tables import Column, TextCell, cells_as_written, row_read
from kernel.dsl.model.words import IconName, Scalar, Text, Words
from kernel.dsl.sizes import SIZE_ALIASES


def _size_alias(value: Any) -> Any:
    """Another library's word for a named size (`large`, `Small`, `medium`) as the DSL's (`lg`,
    `sm`, `md`), as a button reads it, so that an avatar, a rating or a spinner draws it too
    instead of its default; anything else (`lg`, `48`, `"48px"`) as written."""
    if isinstance(value, str):
        return SIZE_ALIASES.get(value.strip().lower(), value)
    return value


_CSS_START_END = {
    "flex-start": "start", "flex-end": "end", "left": "start", "right": "end", "top": "start",
    "bottom": "end", "middle": "center",
}  # fmt: skip
_CSS_SPACING = {"space-between": "between", "space-around": "around", "space-evenly": "evenly"}


_FIT_WORDS = {"scale-down": "contain", "stretch": "fill", "crop": "cover"}
"""CSS's `scale-down` and other tools' words for how a picture fits its box, as the DSL's."""


class Element(StrictModel):
    """One node of the screen. Fields a type does not use are ignored by that type."""

    type: ElementType
    id: str | None = None
    className: str | None = None
    children: list[Element] = Field(default_factory=list)
    layout: Layout | None = None
    style: Annotated[dict[str, StyleValue] | None, BeforeValidator(style_object)] = None
    """camelCase CSS properties; keys written as in CSS (`font-size`) are read as camelCase, and
    CSS declarations text (`"color: red; padding: 4px"`) as the object it means."""

    text: Text | None = None
    label: Text | None = None
    title: Text | None = None
    description: Text | None = None
    placeholder: Text | None = None
    name: Text | None = None
    icon: IconName = None
    iconPosition: Annotated[Literal["start", "end"] | None, css_words(ICON_SIDES)] = None
    """Which side of its label a button's, a link's or a chip's icon is drawn on (`end`: "Next ->")."""
    badge: str | int | BadgeTag | None = None
    """A count or short tag on the element: a red count on a button's corner, a pill by a card's
    title (`{text: LIVE, variant: danger}` picks the pill's tone)."""
    src: str | None = None
    alt: Text | None = None
    fit: Annotated[Literal["cover", "contain", "fill", "none"] | None, css_words(_FIT_WORDS)] = Field(
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
        Literal["start", "center", "end", "stretch", "baseline"] | None, css_words(_CSS_START_END)
    ] = None
    justify: Annotated[
        Literal["start", "center", "end", "between", "around", "evenly"] | None,
        css_words(_CSS_START_END | _CSS_SPACING),
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
        "(its chosen options, drawn as chips: `multiple`) and on a slider (a range's two ends, "
        "`[200000, 850000]`: two thumbs, the track filled between them).",
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
        "hyphenated icon name (`dollar-sign`, `credit-card`). On a chart, words before every figure "
        "it writes (its value axis' ticks, a donut's total): `$`.",
    )
    suffix: Text | AddOn | None = Field(
        default=None,
        description="An input's add-on after its text, drawn as a segment inside its border: words "
        "(`USD`, `%`, `.com`, `months`, `users`: a plain word is text), or an icon: `{icon: users}`, "
        "or a hyphenated icon name (`circle-help`). On a chart, words after every figure it writes "
        "(its value axis' ticks, a donut's total): `%`, `\" ms\"` (a space is kept).",
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
    stacked: Annotated[bool | Literal["percent"] | None, BeforeValidator(stacking_word)] = Field(
        default=None,
        description="A bar chart's several series stacked into one bar per label instead of side by side "
        "(volume by carrier, tickets by status): `true` stacks the values, the bar's height being their "
        "total (values below zero stack downward from it); `percent` stacks each label's shares of its "
        "total, every bar as tall as 100%. Series are stacked in their order, the first at the base. An "
        "area chart's series stack alike, as bands each filled from the one below it to its running total.",
    )
    format: Annotated[ValueFormatWord | None, BeforeValidator(value_format_word)] = Field(
        default=None,
        description="How a chart writes its values (value axis, a donut's total): `compact` in short units "
        "(12.4M, the total too), `full` in full with thousands groups (12,400,000), `percent` as "
        "percentages of values that are fractions (0.042 is 4.2%); in the document's `lang`. Without it "
        "the axis is short and a donut's total exact below a million.",
    )
    referenceLines: ReferenceLines | None = Field(
        default=None,
        description="Values marked across a bar, line or area chart (a target, an SLA, a budget): each "
        "`{value, label, variant}` or a bare number, drawn as a dashed line at its value with its label "
        "(by default the value, as `format`, `prefix` and `suffix` write it) at the end, above it; the "
        "value axis reaches every line. On a `stacked: percent` chart the value is a percentage (0-100).",
    )
    orientation: Annotated[OrientationWord | None, BeforeValidator(orientation_word)] = Field(
        default=None,
        description="A bar chart's bars: `vertical` (the default) upright over their labels, `horizontal` "
        "across, each growing right from its category's name on the left (a top-10 list, tickets per team: "
        "long names read whole), the value axis at the bottom; mirrored on a right-to-left page.",
    )
    valueLabels: bool | None = Field(
        default=None,
        description="A bar chart's values written at each bar's end (inside it where there is no room "
        "beyond), as its value axis writes them (`format`, `prefix`, `suffix`, the document's `lang`); a "
        "stack (`stacked: true`) writes its total.",
    )
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
    header: bool | None = Field(
        default=None,
        description="A calendar's month title and its previous and next arrows, drawn above every view: "
        "`false` hides them (a page that draws its own toolbar above a week).",
    )
    pin: bool | None = Field(
        default=None,
        description="A map's pin at its middle: `false` leaves it out (`icon: none` says the same), for a "
        "map whose `markers` are the points that matter.",
    )
    markers: list[MapMarker] | None = Field(
        default=None,
        description="Points drawn on a map, over its streets and under its zoom controls: {x, y, label, "
        "variant}, x and y in percent of its width and height (0-100); one with a label is a price-tag "
        "pill pointing at the point, one without a pin.",
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
        return cells_as_written(rows)

    @field_validator("rows", mode="after")
    @classmethod
    def _cells_read(cls, rows: Any) -> Any:
        """A table's text cells read their character references as any words (see `Words`):
        once per table, not a call per cell (a table may have 10,000)."""
        if not isinstance(rows, list):
            return rows
        return [row_read(row) for row in rows]

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


TableCell = Scalar | Element | TextCell | list[Element | TextCell | Text]
"""A table cell: text, a number, true or false, null; a text as an object (`TextCell`: in a
tone, with a muted second line); or a control drawn in the row (a checkbox, a toggle, a
button...), or several side by side (an actions column's icon buttons), with texts among them
(`[{type: avatar, name: Ana Ruiz}, Ana Ruiz]`: the face, then the name beside it; a number there
is its text; `[{type: icon, name: package}, {text: Linen shirt, description: SKU 2231}]`: an
icon beside two lines). Which element types a cell draws is the validator's
(`catalog.CELL_TYPES`)."""
Element.model_rebuild()  # `rows` names TableCell, which needs Element itself
