"""The base of every DSL model: unknown fields are errors, null is absent, no boolean for a number."""

from __future__ import annotations

from collections.abc import Mapping
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError


class StrictModel(BaseModel):
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
