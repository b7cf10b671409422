"""What to write for a slip of the source's syntax: a text YAML cut at a comma, a key written twice."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.hints.suggest import did_you_mean
from kernel.dsl.hints.type_names import INPUT_KINDS, element_type_hint
from kernel.dsl.number_text import shown_number

_TINTS = ("success", "warning", "danger", "info", "primary")


def repeated_key_hint(
    key: str, written: list[str | None], kind: str | None, chart_variants: Collection[str] = ()
) -> str:
    """What to write instead of a key written more than once in one object (`written`: each
    value as written, None for a list or an object); `kind` is the element's type when the
    object is an element. Two values of one field are often two fields meant: an input's kind
    is `inputType`, a chart's is its variant (one of `chart_variants`), a progress ring's
    colour is `color`."""
    values = [value for value in written if value is not None]
    others = " or ".join(f"'{value}'" for value in dict.fromkeys(values))
    if key == "type" and kind is not None:
        inputs = [value for value in values if value.lower() in INPUT_KINDS]
        if inputs and "input" in values:
            input_type = "tel" if inputs[0].lower() == "phone" else inputs[0].lower()
            return f"an input's kind is its inputType: type: input, inputType: {input_type}"
        charts = [value for value in values if value.strip().lower() in chart_variants]
        if charts and "chart" in values:
            return f"a chart's kind is its variant: type: chart, variant: {charts[0].strip().lower()}"
        types = [value for value in values if value in ELEMENT_TYPES]
        hinted = next(
            (hint for value in values if value not in types and (hint := element_type_hint(value))), None
        )
        if len(types) == 1 and hinted and hinted.startswith("use type: "):
            return f"an element has one type: {hinted}"
        unknown = next((value for value in values if value not in ELEMENT_TYPES), None) if types else None
        told = (element_type_hint(unknown) or did_you_mean(unknown, ELEMENT_TYPES)) if unknown else None
        return f"an element has one type: keep {others}" + (
            f" ('{unknown}' is no type: {told})" if told else ""
        )
    if key == "variant" and kind == "progress":
        ring = next((value for value in values if value in ("circle", "ring", "radial")), None)
        tint = next((value for value in values if value in _TINTS), None)
        if ring and tint:
            return f'one variant is drawn: variant: {ring}, color: "var(--{tint})" draws a {tint} ring'
    if key == "variant" and kind is not None and others:
        return f"a {kind} has one variant: keep {others}"
    return f"keep one '{key}' and remove the other" if len(written) == 2 else f"keep one '{key}'"


def comma_split_hint(whole: str, parts: list[str], quoted: str) -> str:
    """What to write instead of a table row that YAML's `[...]` cut at a comma inside a cell:
    `whole` names the cell as meant (`the number "5,000 units"`), `parts` are the cells it
    became, `quoted` the row (or the cell) with it quoted."""
    pieces = " and ".join(f'"{part}"' for part in parts)
    return f"inside [...] a comma ends a cell, so {whole} became {pieces}: quote it, {quoted}"


COMMA_CUT_HINT = "inside {...} a comma ends a value, so quote text that holds one: "
"""How the hint for a text YAML's `{...}` form cut at a comma starts (see `comma_cut_hint`)."""


def comma_cut_hint(field: str, whole: str) -> str:
    """Quote `whole`, the text written for `field` that YAML's `{...}` form cut at its commas."""
    return f"{COMMA_CUT_HINT}{field}: {yaml_quoted(whole)}"


def yaml_quoted(text: str) -> str:
    """`text` quoted for YAML: in double quotes, or in single quotes when it holds a double quote
    (`'Say "hi", Ana'` reads better than escapes)."""
    if '"' in text and "\n" not in text:
        return "'" + text.replace("'", "''") + "'"
    return json.dumps(text, ensure_ascii=False)


@dataclass(frozen=True)
class CommaCut:
    """A text that YAML's `{...}` form cut at its commas: `{placeholder: Delivery instructions,
    packaging, contacts...}` is a placeholder "Delivery instructions" and two keys without a
    value, `packaging` and `contacts...`. `field` is where the text was written, `kept` the part
    it kept, `rest` the keys the other parts became."""

    field: str
    kept: str | int | float
    rest: tuple[str, ...]

    def hint(self) -> str:
        """Quote the text as it was meant: `placeholder: "Delivery instructions, packaging, ..."`,
        joined again from what YAML read (the validator, which has the source, gives the text as
        written instead: YAML read `$10,000` as "$10" and the number 0)."""
        whole = self.kept if isinstance(self.kept, str) else f"{shown_number(self.kept)}"
        for part in self.rest:
            whole += ("," if _THOUSANDS.match(part) and whole[-1:].isdigit() else ", ") + part
        return comma_cut_hint(self.field, whole)

    def is_plainly_text(self) -> bool:
        """Whether the rest cannot be a misspelt field: several parts (a list in words), a part
        with a space, an ellipsis or a sentence's punctuation, or digits (`Mar 2, 2025`,
        `1,234`)."""
        return len(self.rest) > 1 or any(_PROSE_PART.search(part) for part in self.rest)

    def continues_words(self) -> bool:
        """Whether the rest reads on from text of several words in lower case (`Enter the
        address, street`): likelier the text's next word than a field written without a value."""
        return isinstance(self.kept, str) and len(self.kept.split()) > 1 and self.rest[0][:1].islower()


_THOUSANDS = re.compile(r"\d{3}(?!\d)")
"""A group of three digits after a thousands comma (`1,234`; `Mar 2, 2025` has none)."""
_PROSE_PART = re.compile(r"\s|\.\.\.|…|[.!?;:)]$|^\d")
"""What a part of a text has and a field's name has not: a space, an ellipsis, a sentence's end,
a leading digit."""


def comma_cut(holder: Any, key: Any) -> CommaCut | None:
    """The text YAML's `{...}` form cut at a comma, when `key` of `holder` is one of the parts it
    became: a key without a value that follows, directly or after other such keys, a field whose
    value is a text or a number (not the `type`: `{type: divider, vertical}` is a flag). None
    otherwise."""
    if not isinstance(holder, Mapping):
        return None
    if key in holder and holder[key] is not None:
        return None  # a field with a value: no part of a cut text (and no scan of every key)
    names = list(holder)
    index = next((i for i, name in enumerate(names) if str(name) == str(key)), None)
    if index is None or holder[names[index]] is not None:
        return None
    start, end = index, index
    while start > 0 and holder[names[start - 1]] is None:
        start -= 1
    while end + 1 < len(names) and holder[names[end + 1]] is None:
        end += 1
    kept = holder[names[start - 1]] if start > 0 else None
    if start == 0 or names[start - 1] == "type" or isinstance(kept, bool):
        return None
    if not isinstance(kept, str | int | float):
        return None
    return CommaCut(str(names[start - 1]), kept, tuple(str(name) for name in names[start : end + 1]))


def comma_cells_hint(cells: list[str], pair: str | None) -> str | None:
    """What to say of a `[...]` row with more cells than columns when no cell was plainly cut:
    the cells as YAML read them, and how a cell with a comma is written (`pair`: two of them as
    one text, for the example). None without a pair: no comma can have split a cell."""
    if pair is None:
        return None
    shown = " | ".join(cells[:8]) + (" | ..." if len(cells) > 8 else "")
    example = json.dumps(pair if len(pair) <= 40 else "Smith, Jane", ensure_ascii=False)
    return (
        f"give one cell per column; YAML read the cells {shown}: inside [...] a comma ends a cell, "
        f"so quote a cell that holds one, e.g. {example}"
    )
