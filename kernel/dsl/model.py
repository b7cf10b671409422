"""The DSL v1 document model (pydantic); the published JSON Schema is generated from it."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from kernel.dsl.catalog import ElementType
from kernel.dsl.chart_shapes import native_chart_data
from kernel.dsl.lengths import Offset, Padding, Size
from kernel.dsl.style_rules import STYLE_PROPERTIES, canonical_style, to_camel

Scalar = str | int | float | bool | None
LANGUAGE_TAG = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"
"""A BCP 47 language tag such as en, ar, zh-Hant or pt-BR (its shape only)."""
StyleValue = str | int | float


class _Strict(BaseModel):
    """Unknown fields are errors (with a did-you-mean suggestion), never silently dropped."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


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


class ThemeTokens(_Strict):
    """Design tokens; unset tokens come from `base` (light or dark)."""

    base: Literal["light", "dark"] = "light"
    primary: str | None = None
    background: str | None = None
    surface: str | None = None
    text: str | None = None
    font: str | None = None
    radius: Annotated[float, Field(ge=0, le=64)] | None = None
    density: Literal["compact", "comfortable", "spacious"] | None = None


class Item(_Strict):
    """An entry of a nav bar, sidebar, menu, tabs, breadcrumb, list, stepper or an action button."""

    type: Literal["button", "link"] | None = Field(
        default=None,
        description="What the item is drawn as anyway; accepted so that an action written as a "
        "button element (`{type: button, text: Save}`) reads as one. Changes nothing.",
    )
    label: str | None = None
    text: str | None = None
    description: str | None = None
    icon: str | None = None
    href: str | None = None
    badge: str | int | None = None
    value: Scalar = None
    variant: str | None = None
    shortcut: str | None = None
    iconPosition: Annotated[Literal["start", "end"] | None, _css_words(_ICON_SIDES)] = Field(
        default=None, description="An action button's icon side: start (the default) or end ('See all ->')."
    )
    active: bool = False
    disabled: bool = False


class Option(_Strict):
    """A choice in a select or radio group."""

    label: str
    value: Scalar = None
    disabled: bool = False
    description: str | None = None
    """A line under a radio option's label (a delivery option's "3-5 business days")."""


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
            if theirs in renamed and ours not in renamed and isinstance(renamed[theirs], str):
                renamed[ours] = renamed.pop(theirs)
        return renamed

    key: str | None = None
    label: str | None = None
    align: Literal["left", "center", "right"] | None = None
    width: float | str | None = None
    color: str | None = Field(
        default=None,
        description="The text colour of the column's cells (a CSS colour or a tone: danger, success); "
        "the header keeps its own.",
    )


class Series(_Strict):
    """One named series of a chart."""

    name: str | None = None
    values: list[float | None]
    """One value per label; null leaves a gap (no bar, a break in the line)."""
    color: str | None = None


class ChartData(_Strict):
    """Chart data: `labels` with either one `values` list or several `series`."""

    labels: list[str] = Field(default_factory=list)
    values: list[float | None] | None = None
    series: list[Series] | None = None


class CalendarEvent(_Strict):
    """A labelled day on a calendar."""

    date: str
    label: str
    time: str | None = Field(
        default=None, description='A time of day drawn before the label ("08:00 Anna Berg"), as written.'
    )
    color: str | None = None


_CSS_START_END = {
    "flex-start": "start", "flex-end": "end", "left": "start", "right": "end", "top": "start",
    "bottom": "end", "middle": "center",
}  # fmt: skip
_CSS_SPACING = {"space-between": "between", "space-around": "around", "space-evenly": "evenly"}
_ICON_SIDES = {"left": "start", "right": "end", "leading": "start", "trailing": "end", "before": "start",
               "after": "end"}  # fmt: skip


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

    text: str | None = None
    label: str | None = None
    title: str | None = None
    description: str | None = None
    placeholder: str | None = None
    name: str | None = None
    icon: str | None = None
    iconPosition: Annotated[Literal["start", "end"] | None, _css_words(_ICON_SIDES)] = None
    """Which side of its label a button's or a link's icon is drawn on (`end`: "Next ->")."""
    badge: str | int | None = None
    """A count or short tag on the element: a red count on a button's corner, a pill by a card's title."""
    src: str | None = None
    alt: str | None = None
    href: str | None = None
    variant: str | None = None
    size: str | float | None = None
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
    items: list[str | Item] | None = None
    actions: list[str | Item] | None = None
    options: list[str | Option] | None = None
    columns: Annotated[int, Field(ge=1, le=24)] | list[str | Column] | None = None
    rows: Annotated[int, Field(ge=1, le=1000)] | list[list[Scalar] | dict[str, Scalar]] | None = None
    value: Scalar = None
    checked: bool | None = None
    required: bool = False
    error: str | None = None
    hint: str | None = None
    inputType: str | None = None
    min: float | None = None
    max: float | None = None
    step: float | None = None
    active: int | str | None = None
    current: int | None = None
    total: Annotated[int, Field(ge=0)] | None = None
    change: str | None = None
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
    lines: Annotated[int, Field(ge=1, le=50)] | None = None
    duration: str | None = None
    status: str | None = None
    striped: bool | None = None
    ordered: bool | None = None
    removable: bool | None = None

    # accepted from the earlier format, never emitted (a warning says so)
    onClick: str | None = None
    onChange: str | None = None
    onHover: str | None = None
    customAttributes: dict[str, Any] | None = None


class Frame(_Strict):
    """A device drawn around the screen: a browser window (with `url` in its address bar) or a
    phone (status bar, rounded body, home indicator). The screen keeps its size; the image grows."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    type: Literal["none", "browser", "phone"] = "browser"
    """Which frame: browser, phone or none."""
    url: str | None = None
    """What the browser's address bar shows (default: the document's title)."""


class Annotation(_Strict):
    """A numbered note pinned to an element, drawn over the screen: for reviews, specs and
    walkthroughs. The pin sits on the element's top-right corner, the note beside it (on
    whichever side keeps it on the canvas)."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    target: str
    """The `id` of the element the note points at."""
    text: str | None = None
    """The note; without it only the pin is drawn."""
    label: Annotated[str, Field(max_length=12)] | None = None
    """What the pin shows (default: the note's number: 1, 2, ...)."""
    color: str | None = None
    """The pin's and the note's accent colour (default a magenta that stands out from most designs)."""


class Document(_Strict):
    """A whole mockup: canvas, theme and the elements drawn on it."""

    version: str | int | None = None
    title: str | None = None
    description: str | None = None
    width: Annotated[int, Field(ge=1, le=8000)] | None = None
    height: Annotated[int, Field(ge=1, le=8000)] | None = None
    device: Literal["desktop", "laptop", "tablet", "mobile"] | None = None
    scale: Annotated[float, Field(ge=1, le=4)] | None = None
    theme: Literal["light", "dark"] | ThemeTokens | None = None
    background: str | None = None
    lang: Annotated[str, Field(pattern=LANGUAGE_TAG)] | None = None
    dir: Literal["ltr", "rtl"] | None = None
    elements: list[Element] = Field(default_factory=list)
    padding: Annotated[float, Field(ge=0, le=400)] | None = None
    """The screen's padding in px around all flowed content, instead of the default margins (24 px,
    16 on a phone, kept by each top-level element that is content rather than page chrome)."""
    frame: Literal["none", "browser", "phone"] | Frame | None = None
    """A browser window or a phone drawn around the screen."""
    annotations: Annotated[list[Annotation], Field(max_length=100)] | None = None
    """Numbered notes pinned to elements by `id`, drawn over the screen."""
    css: str | None = None
    metadata: dict[str, Any] | None = None
    responsiveBreakpoints: dict[str, int] | None = None


EVENT_HANDLER_FIELDS = ("onClick", "onChange", "onHover", "customAttributes")
