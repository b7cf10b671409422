"""A document's `theme`: the built-in themes' names and the design tokens (`ThemeTokens`)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    Field,
    PrivateAttr,
    ValidatorFunctionWrapHandler,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from kernel.dsl.model.strict import StrictModel

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


class ThemeTokens(StrictModel):
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
