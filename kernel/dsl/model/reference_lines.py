"""A chart's reference lines: a target, an SLA or a budget drawn across the plot at its value."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError

from kernel.dsl.model.spellings import VariantWord
from kernel.dsl.model.strict import StrictModel
from kernel.dsl.model.words import Text

REFERENCE_VARIANTS = ("neutral", "success", "warning", "danger")
"""The tones a reference line is drawn in; `neutral`, a muted grey, is the default."""


class ReferenceLine(StrictModel):
    """One value marked across a bar, line or area chart: a dashed line and its label."""

    value: float = Field(
        allow_inf_nan=False,
        description="Where the line is drawn, in the chart's values (a fraction with `format: percent`, "
        "0.95 for 95%); the value axis reaches it, so a target above every bar still shows.",
    )
    label: Text | None = Field(
        default=None,
        description="Words at the line's end, above it (`Target`, `SLA 200 ms`); without them its value, "
        "written as the chart writes its figures (`format`, `prefix`, `suffix`).",
    )
    variant: VariantWord = Field(
        default=None,
        description="The line's tone: neutral (the default, a muted grey), success, warning or danger.",
    )


def _entry(value: Any) -> Any:
    """A bare number (`95`, or `"95"` as a number field reads it) is a line at that value:
    `{value: 95}`; other words are no number (`"95%"`), told as such rather than as no object."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return {"value": value}
    if isinstance(value, str):
        try:
            return {"value": float(value)}
        except ValueError:
            raise PydanticCustomError("float_parsing", "Input should be a number") from None
    return value


def _entries(value: Any) -> Any:
    """One line written alone (`referenceLines: 95`, `{value: 95}`) is a list of one."""
    if isinstance(value, Mapping) or (isinstance(value, int | float) and not isinstance(value, bool)):
        return [value]
    return value


ReferenceLineEntry = Annotated[
    ReferenceLine, BeforeValidator(_entry, json_schema_input_type=float | ReferenceLine)
]
ReferenceLines = Annotated[
    list[ReferenceLineEntry],
    BeforeValidator(_entries, json_schema_input_type=list[float | ReferenceLine]),
]
"""A chart's `referenceLines`: each a `{value, label, variant}` or a bare number."""
