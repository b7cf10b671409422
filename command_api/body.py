"""Reads a POST body as a DSL submission: `{dsl, options}` as JSON or YAML, or a bare JSON/YAML document."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from fastapi import Request

from command_api.request_options import (
    SUBMISSION_QUERY_KEYS,
    VALIDATION_QUERY_KEYS,
    options_from_body,
    options_from_query,
    query_option_names,
    with_query_options,
)
from dsl2png.http_errors import (
    BadRequestError,
    InvalidBodyError,
    InvalidRequestError,
    RequestTooLargeError,
    UnsupportedMediaTypeError,
)
from kernel.dsl.hints.suggest import did_you_mean
from kernel.dsl.options import RenderOptions
from kernel.dsl.parse import load_source
from kernel.errors import InvalidDocumentError, Issue
from kernel.json_kinds import kind_of


@dataclass(frozen=True)
class Submission:
    source: str | bytes | dict[str, Any]
    options: RenderOptions
    from_query: frozenset[str] = frozenset()
    """The options the query set and the body did not: an issue about one, a warning or an error
    it caused, is at `/query/<name>` (command_api.option_paths)."""
    received_sha256: str | None = None
    """The sha256 (hex) of the request body as received: what RenderRequested records as
    `submitted_sha256`, so a client can recompute it from the file it sent."""


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


ACCEPTED_CONTENT_TYPES = (
    "application/json",
    "application/yaml",
    "application/x-yaml",
    "text/yaml",
    "text/x-yaml",
    "text/plain",
)
"""The body types a document may come as (or none: JSON or YAML is told from the text)."""
ACCEPTED_CHARSETS = ("utf-8", "utf8", "us-ascii")
"""A document is UTF-8 (ASCII is UTF-8 too)."""


def require_document_content_type(request: Request) -> None:
    """Refuse, with 415 naming what is read, a body of another type (XML, a form, HTML, a PDF)
    or in another charset than UTF-8: read as a YAML document it gave a puzzling "mapping
    values" error, or was even rendered as one."""
    header = request.headers.get("content-type", "")
    media_type, *params = (part.strip().lower() for part in header.split(";"))
    if media_type and media_type not in ACCEPTED_CONTENT_TYPES:
        raise UnsupportedMediaTypeError(
            f"a body of type {media_type} cannot be read: send the document as "
            + ", ".join(ACCEPTED_CONTENT_TYPES)
            + " or with no content type"
        )
    for param in params:
        name, _, value = param.partition("=")
        charset = value.strip().strip('"')
        if name.strip() == "charset" and charset not in ACCEPTED_CHARSETS:
            raise UnsupportedMediaTypeError(
                f"a body in charset {charset} cannot be read: send the document as UTF-8 "
                "(charset=utf-8, or no charset)"
            )


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


def _document_field(value: object) -> str | dict[str, Any]:
    """The envelope's `dsl`: the document as an object or as its JSON/YAML text."""
    if isinstance(value, dict | str):
        return value
    shape = "a document is an object holding the list as its elements:" if isinstance(value, list) else "e.g."
    raise InvalidBodyError(
        [
            Issue(
                path="/dsl",
                message=f"dsl must be the document, as an object or as its JSON or YAML text, not {kind_of(value)}",
                code="invalid_value",
                suggestion=f'{shape} {{"dsl": {{"elements": [{{"type": "heading", "text": "Hello"}}]}}}}',
            )
        ]
    )


_YAML_ENVELOPE = re.compile(rb"^dsl[ \t]*:", re.MULTILINE)
"""A YAML body with a top-level `dsl:` (no document has that field): the envelope, as YAML."""


def _envelope(raw: bytes) -> dict[str, Any] | None:
    """The body's `{dsl, options}` object, sent as JSON or YAML; None for a bare document. An
    object with options but no `dsl` is a body error saying where the document goes: read as a
    document it was told "unknown field 'options', did you mean 'annotations'?"."""
    if raw.lstrip()[:1] == b"{":
        data = _json_or_none(raw)
        if data is None:
            return None
    elif _YAML_ENVELOPE.search(raw):
        try:
            data = load_source(raw)
        except InvalidDocumentError:
            return None  # read as the document, its errors carry their line and column
    else:
        return None
    if not isinstance(data, dict):
        return None
    if "dsl" in data:
        return data
    if isinstance(data.get("options"), dict) and "elements" not in data:
        raise InvalidBodyError(
            [
                Issue(
                    path="/dsl",
                    message="the body has options but no dsl: the document goes in dsl beside them",
                    code="missing_field",
                    suggestion='{"dsl": {"elements": [...]}, "options": {...}}, or the document alone '
                    "with its options in the query",
                )
            ]
        )
    return None


def read_envelope(
    request: Request, data: dict[str, Any], fields: tuple[str, ...], query_keys: tuple[str, ...]
) -> tuple[str | dict[str, Any], RenderOptions, frozenset[str]]:
    """The document of a `{dsl, options}` body, its options over the query's, and the options
    only the query set. Every field is checked as the query is: by name, with the one meant."""
    check_body_fields(data, fields)
    source = _document_field(data["dsl"])
    options, from_query = with_query_options(request, options_from_body(data.get("options")), query_keys)
    return source, options, from_query


async def read_submission(request: Request, limit: int) -> Submission:
    """Accept the wrapped form `{"dsl": ..., "options": {...}}` (JSON or YAML) or a bare document
    (options in the query)."""
    require_document_content_type(request)
    raw = require_content(await read_body(request, limit))
    wrapped = _envelope(raw)
    if wrapped is not None:
        return Submission(
            *read_envelope(request, wrapped, SUBMISSION_BODY_KEYS, SUBMISSION_QUERY_KEYS),
            received_sha256=hashlib.sha256(raw).hexdigest(),
        )
    # A bare document is validated (and stored) as the text it came as: its size is checked
    # on those bytes, and its errors carry their line and column.
    return Submission(
        utf8_text(raw), options_from_query(request), query_option_names(request),
        received_sha256=hashlib.sha256(raw).hexdigest(),
    )  # fmt: skip


def utf8_text(raw: bytes) -> str:
    """The body as text; bytes that are not UTF-8 are a 400 (a document is UTF-8)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequestError("the request body is not UTF-8 text") from None


def require_content(raw: bytes) -> bytes:
    """`raw`, unless it is empty (or blank): then no document was sent, a 400 for both routes
    that read one, not an invalid document (for `/v1/validate`, a 200 saying `valid: false`)."""
    if not raw.strip():
        raise BadRequestError("the request body is empty: send a DSL document")
    return raw


def _json_or_none(raw: bytes) -> Any:
    """The JSON value of `raw`, or None when Python's parser cannot read it: malformed, nested
    deeper than its recursion goes, or holding an integer too long. The body is then validated as
    a document's text, which says what is wrong and where (kernel.dsl.parse)."""
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):  # ValueError: json.JSONDecodeError, or too many digits
        return None


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
    raw = require_content(await read_body(request, limit))
    query_options = options_from_query(request, VALIDATION_QUERY_KEYS)
    wrapped = _envelope(raw)
    if wrapped is not None:
        source, options, from_query = read_envelope(
            request, wrapped, VALIDATION_BODY_KEYS, VALIDATION_QUERY_KEYS
        )
        return Validation(source, options, _flag(wrapped.get("strict", strict), "strict"), from_query)
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
