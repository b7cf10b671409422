"""Reads the earlier project's JSON request bodies as the v1 routes read theirs, and documents them."""

from __future__ import annotations

from typing import Any, TypeVar

from fastapi import Request
from pydantic import BaseModel, ValidationError

from command_api.body import read_body, utf8_text
from dsl2png.http_errors import InvalidRequestError, parameter_issues
from kernel.dsl.parse import load_text

Body = TypeVar("Body", bound=BaseModel)


async def read_compat_body(request: Request, model: type[Body], limit: int) -> Body:
    """The body as `model`, read as `POST /v1/renders` reads one: more than `limit` bytes is a 413
    before the rest is read, bytes that are not UTF-8 a 400, text that does not parse a 422
    `parse_error` at its line and column, and a wrong field a 422 naming it. FastAPI's own body
    reading took 60 MB whole, and answered "1 parameter is invalid: 8" for JSON cut short."""
    data = load_text(utf8_text(await read_body(request, limit)))
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = [{**error, "loc": ("body", *error["loc"])} for error in exc.errors()]
        raise InvalidRequestError(parameter_issues(errors)) from None


def compat_request_body(model: type[BaseModel]) -> dict[str, Any]:
    """`openapi_extra` documenting `model` as the route's JSON body, as a declared body parameter
    did: the route reads the body itself (`read_compat_body`), so FastAPI no longer sees it."""
    schema = model.model_json_schema()
    definitions = schema.pop("$defs", {})
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": _inlined(schema, definitions)}},
        }
    }


def _inlined(schema: Any, definitions: dict[str, Any]) -> Any:
    """`schema` with each `#/$defs/...` reference replaced by its definition: in an OpenAPI
    document `#` is the document, where `$defs` is not."""
    if isinstance(schema, dict):
        ref = schema.get("$ref", "")
        if ref.startswith("#/$defs/"):
            return _inlined(definitions[ref.removeprefix("#/$defs/")], definitions)
        return {key: _inlined(value, definitions) for key, value in schema.items()}
    if isinstance(schema, list):
        return [_inlined(item, definitions) for item in schema]
    return schema
