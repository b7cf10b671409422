"""The tools' document argument: text or an object; why any other JSON value is no document."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Annotated, Any

from pydantic import Field, WithJsonSchema

from kernel.dsl.hints.nesting import looks_like_elements
from kernel.dsl.validate import validate_data
from kernel.errors import InvalidDocumentError

DslContent = Annotated[
    str | dict[str, Any] | list[Any] | float | bool | None,
    WithJsonSchema({"anyOf": [{"type": "string"}, {"additionalProperties": True, "type": "object"}]}),
    Field(description="The mockup document: a JSON object, or JSON/YAML text."),
]
"""Text or an object, as the schema says; but the SDK parses JSON text before the tool sees it
(`"[1, 2]"` arrives as a list, `"null"` as None), so any JSON value is taken and `as_source`
tells why it is no document."""
DocumentSource = str | Mapping[str, Any]
WRAP_ELEMENTS = (
    'a document is an object holding the list as its elements: wrap it: {"elements": [...]} '
    "(in YAML, a line `elements:` above the list, indented)"
)


def as_source(dsl_content: DslContent) -> DocumentSource:
    """The document as text or an object; raises InvalidDocumentError for any other JSON value
    (a list, a number, null: what the SDK parsed out of the text an agent sent), saying that a
    document is an object with `elements`, and how to wrap a bare list of elements."""
    if isinstance(dsl_content, str | Mapping):
        return dsl_content
    issues = list(validate_data(dsl_content).errors)
    if isinstance(dsl_content, list) and looks_like_elements(dsl_content):  # in JSON, as it was sent
        issues = [replace(issue, suggestion=WRAP_ELEMENTS) for issue in issues]
    raise InvalidDocumentError(issues)
