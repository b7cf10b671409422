"""Other spellings of the DSL's closed-set words (any case, CSS's, other libraries') read as its own."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator


def lower_word(value: Any) -> Any:
    """A word of a closed set (a variant, the text's direction, a device or frame preset) in the lower case every renderer
    compares it in (`Danger`, ` Outline `, `RTL`, `Mobile` are danger, outline, rtl and mobile), so that what the
    validator accepts is what is drawn."""
    return value.strip().lower() if isinstance(value, str) else value


VariantWord = Annotated[str | None, BeforeValidator(lower_word)]


ICON_SIDES = {"left": "start", "right": "end", "leading": "start", "trailing": "end", "before": "start",
              "after": "end"}  # fmt: skip
"""Other words for the side of an icon (`left`, `trailing`...), as the DSL's `start` and `end`."""


def css_words(words: dict[str, str]) -> BeforeValidator:
    """Reads CSS's own word for a flex alignment as the DSL's (`space-between` is `between`,
    `flex-start` is `start`), and a side for its end (`left` is `start`, `bottom` is `end`, as
    `align: right` on a paragraph means), as agents write `justify` and `align` from habit; the
    same for the side of an icon (`iconPosition: right` is `end`)."""
    return BeforeValidator(lambda value: words.get(value, value) if isinstance(value, str) else value)


STACKING_WORDS = {"percent": "percent", "percentage": "percent", "100%": "percent", "normal": True,
                  "expand": "percent", "normalize": "percent"}  # fmt: skip
"""Other libraries' words for how a chart stacks, read as the DSL's: Highcharts' `normal` and
`percent`, Vega-Lite's `normalize`, d3's `expand` (offset); any case."""


def stacking_word(value: Any) -> Any:
    """A chart's `stacked` written as a word (`Percent`, `100%`, `normal`) as the DSL's `percent`
    or `true`; anything else as written, so that the schema tells what it takes."""
    if isinstance(value, str):
        return STACKING_WORDS.get(value.strip().lower(), value)
    return value


ValueFormatWord = Literal["compact", "full", "percent"]
"""A chart's `format`: how it writes its values (`compiler.charts.value_format`)."""
VALUE_FORMAT_WORDS = {"percentage": "percent", "%": "percent", "short": "compact", "standard": "full",
                      "long": "full"}  # fmt: skip
"""Other libraries' words for a chart's `format`, read as the DSL's: Intl.NumberFormat's
`compact` and `standard` notations, `short` and `long` figures, `percentage`; any case."""


def value_format_word(value: Any) -> Any:
    """A chart's `format` in any case or another library's word (`Percent`, `short`) as the
    DSL's; anything else as written, so that the schema tells what it takes."""
    if isinstance(value, str):
        word = value.strip().lower()
        return VALUE_FORMAT_WORDS.get(word, word)
    return value


OrientationWord = Literal["vertical", "horizontal"]
"""A bar chart's `orientation`: upright bars (the default) or bars across from their categories."""
ORIENTATION_WORDS = {"h": "horizontal", "v": "vertical"}
"""Plotly's words for a bar chart's orientation (`h`, `v`), read as the DSL's; any case."""


def orientation_word(value: Any) -> Any:
    """A chart's `orientation` in any case or another library's word (`H`, `v`) as the DSL's;
    anything else as written, so that the schema tells what it takes (with the word meant)."""
    if isinstance(value, str):
        word = value.strip().lower()
        return ORIENTATION_WORDS.get(word, word)
    return value
