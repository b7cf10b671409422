"""Other vocabularies' names for a form field's help line and error message (GOV.UK's `hintText`
and `errorMessage: {text: ...}`, MUI's `helperText`, Bootstrap's `invalidFeedback`): the DSL's
`hint` and `error`.

Spelling alone would offer the wrong field (`hintText` is closest to `text`, the question's own
words), and an `errorMessage: {text: ...}` reads as fields written one level too deep (its `text`
would become the question's words): both are told the field meant, with the author's words in it.
"""

from __future__ import annotations

from typing import Any

from kernel.dsl.hints.schema_shapes import quoted_text, words_written

_HINT_WORDS = (
    "hinttext", "hintmessage", "helpertext", "helper", "helptext", "helpmessage", "help", "assistivetext",
    "supportingtext",
)  # fmt: skip
_ERROR_WORDS = (
    "errormessage", "errortext", "errormsg", "errorlabel", "errorhelpertext", "validationmessage",
    "validationerror", "validationtext", "validationmsg", "invalidmessage", "invalidtext", "invalidfeedback",
)  # fmt: skip
_MESSAGE_FIELDS = {**dict.fromkeys(_HINT_WORDS, "hint"), **dict.fromkeys(_ERROR_WORDS, "error")}

_WHAT_IT_IS = {
    "hint": "It is the help line drawn under the field",
    "error": "It is the message drawn in red under the field",
}
_EXAMPLES = {"hint": '"As shown on your passport"', "error": '"Enter your full name"'}


def message_field(field: str) -> str | None:
    """`hint` or `error` when `field` is another vocabulary's name for it (any case, with or
    without `_` and `-`: `hint_text`, `error-message`), else None."""
    return _MESSAGE_FIELDS.get(field.lower().replace("_", "").replace("-", ""))


def message_field_hint(field: str, value: Any) -> str | None:
    """ "did you mean 'error'? ..., error: "Select yes if ..."" for a field `message_field`
    knows, its value written as the DSL's field takes it (the words alone, out of a `{text:
    ...}` object too); None for any other field."""
    own = message_field(field)
    if own is None:
        return None
    words = words_written(value)
    example = quoted_text(words) if words is not None else _EXAMPLES[own]
    return f"did you mean '{own}'? {_WHAT_IT_IS[own]}, the words themselves: {own}: {example}"
