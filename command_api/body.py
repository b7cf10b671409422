"""Reads a POST body as a DSL submission: `{dsl, options}` JSON, or a raw JSON/YAML document."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from pydantic import ValidationError

from command_api.schemas import RenderCreate
from dsl2png.http_errors import (
    BadRequestError,
    InvalidBodyError,
    InvalidOptionsError,
    InvalidRequestError,
    RequestTooLargeError,
    UnsupportedMediaTypeError,
    unknown_query_parameter,
)
from kernel.dsl.hints import device_hint
from kernel.dsl.options import RenderOptions
from kernel.dsl.suggest import did_you_mean
from kernel.errors import Issue

OPTION_QUERY_KEYS = (
    "width",
    "height",
    "device",
    "scale",
    "theme",
    "format",
    "full_page",
    "transparent",
    "quality",
    "frame",
    "crop",
)
SUBMISSION_QUERY_KEYS = (*OPTION_QUERY_KEYS, "wait")
"""Every query parameter `POST /v1/renders` understands; any other is refused, not ignored."""


@dataclass(frozen=True)
class Submission:
    source: str | bytes | dict[str, Any]
    options: RenderOptions
    from_query: frozenset[str] = frozenset()
    """The options the query set and the body did not: an issue about one, a warning or an error
    it caused, is at `/query/<name>` (command_api.option_paths)."""


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refusing more than `limit` bytes before reading it all (413)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise RequestTooLargeError(f"request body is larger than {limit} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise RequestTooLargeError(f"request body is larger than {limit} bytes")
    return bytes(body)


ACCEPTED_CONTENT_TYPES = ("application/json", "application/yaml", "text/yaml", "text/x-yaml", "text/plain")
"""The body types a document may come as (or none: JSON or YAML is told from the text)."""
_REFUSED_CONTENT_TYPES = re.compile(
    r"(application|text)/([\w.+-]+\+)?xml|application/x-www-form-urlencoded|multipart/.*|image/.*|audio/.*|video/.*"
)


def require_document_content_type(request: Request) -> None:
    """Refuse a body that is clearly no JSON or YAML document (XML, a form, an upload, an image)
    with 415 naming the types read: read as YAML it gave a puzzling "mapping values" error."""
    content_type = _content_type(request)
    if _REFUSED_CONTENT_TYPES.fullmatch(content_type):
        raise UnsupportedMediaTypeError(
            f"a {content_type} body cannot be read: send the document as "
            + ", ".join(ACCEPTED_CONTENT_TYPES)
            + " or with no content type"
        )


def _content_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _options_error(exc: ValidationError, prefix: str) -> InvalidOptionsError:
    """One issue per option, at the option's path: pydantic's union branches (`ThemeTokens`,
    `literal[...]`) are its own bookkeeping, not places in the request."""
    issues: dict[str, Issue] = {}
    for err in exc.errors():
        names = [str(p) for p in err["loc"] if isinstance(p, int) or _FIELD_NAME.fullmatch(str(p))]
        path = prefix + "/" + "/".join(names)
        if path not in issues:
            suggestion = _option_hint(names[-1] if names else "", err.get("input"))
            message = f"{names[-1]}: {err['msg']}" if names else err["msg"]
            issues[path] = Issue(path=path, message=message, code="invalid_option", suggestion=suggestion)
    return InvalidOptionsError(list(issues.values()))


_FIELD_NAME = re.compile(r"[a-z_][A-Za-z0-9_]*")


FORMAT_ALIASES = {"jpg": "jpeg"}
"""Format names the image route's extensions take but the `format` option does not."""


def _option_hint(option: str, value: object) -> str | None:
    """What to write for a device that is not a preset ("phone": `mobile`, or a phone's frame),
    or a format by its file extension (`jpg`: `jpeg`)."""
    if option == "format" and isinstance(value, str) and value.lower() in FORMAT_ALIASES:
        return f"did you mean '{FORMAT_ALIASES[value.lower()]}'?"
    if option == "device" and isinstance(value, str):
        preset = device_hint(value)
        frame = "; a phone drawn around the screen is frame=phone" if "phone" in value.lower() else ""
        return (preset or "use desktop, laptop, tablet or mobile") + frame
    return None


SUBMISSION_BODY_KEYS = ("dsl", "options")
VALIDATION_BODY_KEYS = ("dsl", "options", "strict")


def check_body_fields(data: dict[str, Any], known: tuple[str, ...]) -> None:
    """A wrapped body's field that is not one of `known` (`optoins`) is a request error naming
    it and the field meant: it was reported as an invalid render option, or its options dropped."""
    issues = [
        Issue(
            path=f"/{key}",
            message=f"the request body has no field '{key}'",
            code="unknown_field",
            suggestion=did_you_mean(str(key), known) or "the body takes " + ", ".join(known),
        )
        for key in data
        if key not in known
    ]
    if issues:
        raise InvalidBodyError(issues)


def options_from_query(request: Request, known: tuple[str, ...] = SUBMISSION_QUERY_KEYS) -> RenderOptions:
    """Render options from the query; an unknown parameter (`fromat`) is an error with the name
    meant, not silently dropped."""
    unknown = [key for key in request.query_params if key not in known]
    if unknown:
        raise InvalidOptionsError([unknown_query_parameter(key, known, "option") for key in unknown])
    values = {k: request.query_params[k] for k in OPTION_QUERY_KEYS if k in request.query_params}
    try:
        return RenderOptions.model_validate(values)
    except ValidationError as exc:
        raise _options_error(exc, "/query") from None


def with_query_options(
    request: Request, body_options: RenderOptions, known: tuple[str, ...] = SUBMISSION_QUERY_KEYS
) -> tuple[RenderOptions, frozenset[str]]:
    """A wrapped body's options over the query's: both are read (the query's were ignored, so
    `?format=webp` drew a PNG and `?fromat=` passed), and the body's win where both say. With
    the names of the options the query set and the body did not."""
    query = options_from_query(request, known).model_dump(exclude_unset=True)
    body = body_options.model_dump(exclude_unset=True)
    return RenderOptions.model_validate({**query, **body}), frozenset(query) - frozenset(body)


def query_option_names(request: Request) -> frozenset[str]:
    """The render options the query sets."""
    return frozenset(key for key in OPTION_QUERY_KEYS if key in request.query_params)


async def read_submission(request: Request, limit: int) -> Submission:
    """Accept the wrapped form `{"dsl": ..., "options": {...}}` or a bare document (options in the query)."""
    require_document_content_type(request)
    raw = await read_body(request, limit)
    if not raw.strip():
        raise BadRequestError("the request body is empty: send a DSL document")
    content_type = _content_type(request)
    if content_type in ("application/json", "") and raw.lstrip()[:1] == b"{":
        data = _json_or_none(raw)
        if data is None:
            return Submission(
                raw.decode("utf-8", "replace"), options_from_query(request), query_option_names(request)
            )
        if isinstance(data, dict) and "dsl" in data:
            check_body_fields(data, SUBMISSION_BODY_KEYS)
            try:
                wrapped = RenderCreate.model_validate(data)
            except ValidationError as exc:
                raise _options_error(exc, "") from None
            options, from_query = with_query_options(request, wrapped.options)
            return Submission(wrapped.dsl, options, from_query)
        # A bare document is validated (and stored) as the text it came as: its size is checked
        # on those bytes, and its errors carry their line and column.
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequestError("the request body is not UTF-8 text") from None
    return Submission(text, options_from_query(request), query_option_names(request))


def _json_or_none(raw: bytes) -> Any:
    """The JSON value of `raw`, or None when Python's parser cannot read it: malformed, nested
    deeper than its recursion goes, or holding an integer too long. The body is then validated as
    a document's text, which says what is wrong and where (kernel.dsl.parse)."""
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):  # ValueError: json.JSONDecodeError, or too many digits
        return None


VALIDATION_QUERY_KEYS = (*OPTION_QUERY_KEYS, "strict")
"""`POST /v1/validate` reads the render options too, so a request it calls valid renders."""


@dataclass(frozen=True)
class Validation:
    """What `POST /v1/validate` checks: a document, as a render with `options` would take it."""

    source: Any
    options: RenderOptions
    strict: bool
    from_query: frozenset[str] = frozenset()


async def read_validation(request: Request, limit: int, strict: bool) -> Validation:
    """The document to validate, its render options and the strict flag: `{"dsl": ...,
    "options": ..., "strict": ...}` or a bare document (options in the query). Options are read
    and used as `POST /v1/renders` reads and uses them, so that what this calls valid is accepted
    there, and what that would warn of is said here."""
    require_document_content_type(request)
    raw = await read_body(request, limit)
    query_options = options_from_query(request, VALIDATION_QUERY_KEYS)
    if raw.lstrip()[:1] == b"{" and isinstance(data := _json_or_none(raw), dict) and "dsl" in data:
        check_body_fields(data, VALIDATION_BODY_KEYS)
        try:
            wrapped = RenderCreate.model_validate({"dsl": data["dsl"], "options": data.get("options") or {}})
        except ValidationError as exc:
            raise _options_error(exc, "") from None
        options, from_query = with_query_options(request, wrapped.options, VALIDATION_QUERY_KEYS)
        return Validation(wrapped.dsl, options, _flag(data.get("strict", strict), "strict"), from_query)
    return Validation(raw, query_options, strict, query_option_names(request))


def _flag(value: object, name: str) -> bool:
    """A yes/no field as JSON writes it, or as text ("false" was read as true)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0", "yes", "no"):
        return value.strip().lower() in ("true", "1", "yes")
    raise InvalidRequestError(
        [Issue(path=f"/{name}", message=f"'{name}' must be true or false", code="invalid_value")]
    )
