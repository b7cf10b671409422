"""`Document`, a whole mockup, with its device `Frame` and its `Annotation` notes."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidatorFunctionWrapHandler,
    model_validator,
)

from kernel.dsl.deprecated_language_codes import current_code
from kernel.dsl.entities import references_read
from kernel.dsl.model.element import Element
from kernel.dsl.model.spellings import lower_word
from kernel.dsl.model.strict import StrictModel
from kernel.dsl.model.theme import ThemeName, ThemeTokens
from kernel.dsl.model.words import Text

LANGUAGE_TAG = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"
"""A BCP 47 language tag such as en, ar, zh-Hant or pt-BR (its shape only)."""


class Frame(StrictModel):
    """A device drawn around the screen: a browser window (with `url` in its address bar), a
    desktop app's window (a title bar with the document's `title`, in a mac or windows `style`), a
    phone (status bar, rounded body, home indicator) or a tablet (an even bezel, a slim status
    bar). The screen keeps its size; the image grows."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    type: Literal["none", "browser", "window", "phone", "tablet"] = "browser"
    """Which frame: browser, window, phone, tablet or none."""
    url: str | None = None
    """What the browser's address bar shows (default: the document's title)."""
    style: Annotated[Literal["mac", "windows"], BeforeValidator(lower_word)] = "mac"
    """A window frame's look: mac (traffic lights, the title centred) or windows (the title at the
    start; minimise, maximise and close at the end)."""


class Annotation(StrictModel):
    """A numbered note pinned to an element, drawn over the screen: for reviews, specs and
    walkthroughs. The pin sits on the element's top-right corner (a labelled field's box's, just
    inside it; after a checkbox's or toggle's label; on an empty state's icon; after a header's,
    card's, form's or section's title; just above a badge, chip, avatar, icon or icon button), the
    note in a panel beside the screen."""

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


class Document(StrictModel):
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
        Annotated[int, Field(ge=1, le=8000)] | Literal["auto"] | None, BeforeValidator(lower_word)
    ] = None
    """The canvas's height in px, or `auto`: as tall as the content (at least `AUTO_HEIGHT_MIN`,
    the full-page capture's limits apply), the width staying as given or as the device's."""
    device: Annotated[
        Literal["desktop", "laptop", "tablet", "mobile"] | None, BeforeValidator(lower_word)
    ] = None
    scale: Annotated[float, Field(ge=1, le=4)] | None = None
    theme: ThemeName | ThemeTokens | None = None
    background: str | None = None
    lang: Annotated[str, Field(pattern=LANGUAGE_TAG), AfterValidator(current_code)] | None = None
    dir: Annotated[Literal["ltr", "rtl"] | None, BeforeValidator(lower_word)] = None
    elements: list[Element] = Field(default_factory=list)
    padding: Annotated[float, Field(ge=0, le=400)] | None = None
    """The screen's padding in px around all flowed content, instead of the default margins (24 px,
    16 on a phone, kept by each top-level element that is content rather than page chrome)."""
    frame: Annotated[
        Literal["none", "browser", "window", "phone", "tablet"] | Frame | None, BeforeValidator(lower_word)
    ] = None
    """A browser window, a desktop app's window, a phone or a tablet drawn around the screen."""
    annotations: Annotated[list[Annotation], Field(max_length=100)] | None = None
    """Numbered notes pinned to elements by `id`, drawn over the screen."""
    css: str | None = None
    metadata: dict[str, Any] | None = None
    responsiveBreakpoints: dict[str, int] | None = None
