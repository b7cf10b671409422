"""Render options from a request's query or its body's `options`, each error naming the option."""

from __future__ import annotations

import re
from typing import Any

from fastapi import Request
from pydantic import ValidationError

from dsl2png.http_errors import (
    InvalidBodyError,
    InvalidOptionsError,
    unknown_query_parameter,
    worded,
)
from kernel.dsl.hints.document import device_hint
from kernel.dsl.hints.suggest import did_you_mean
from kernel.dsl.options import RenderOptions
from kernel.errors import Issue
from kernel.json_kinds import kind_of

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
"""The render options, in the query as in the body's `options`."""
SUBMISSION_QUERY_KEYS = (*OPTION_QUERY_KEYS, "wait")
"""Every query parameter `POST /v1/renders` understands; any other is refused, not ignored."""
VALIDATION_QUERY_KEYS = (*OPTION_QUERY_KEYS, "strict")
"""`POST /v1/validate` reads the render options too, so a request it calls valid renders."""


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
        raise options_error(exc, "/query") from None


def options_from_body(value: object) -> RenderOptions:
    """A wrapped body's `options`: an object of render options (null, or left out, is none). An
    unknown one (`widht`) is named with the one meant, as in the query."""
    if value is None:
        return RenderOptions()
    if not isinstance(value, dict):
        raise InvalidBodyError(
            [
                Issue(
                    path="/options",
                    message=f"options must be an object of render options, not {kind_of(value)}",
                    code="invalid_value",
                    suggestion='e.g. "options": {"width": 390, "format": "jpeg"}; options takes '
                    + ", ".join(OPTION_QUERY_KEYS),
                )
            ]
        )
    unknown = [str(key) for key in value if key not in OPTION_QUERY_KEYS]
    if unknown:
        raise InvalidOptionsError([_unknown_body_option(key) for key in unknown])
    try:
        return RenderOptions.model_validate(value)
    except ValidationError as exc:
        raise options_error(exc, "/options") from None


def _unknown_body_option(key: str) -> Issue:
    return Issue(
        path=f"/options/{key}",
        message=f"unknown option '{key}'",
        code="invalid_option",
        suggestion=did_you_mean(key, OPTION_QUERY_KEYS) or "options takes " + ", ".join(OPTION_QUERY_KEYS),
    )


def with_query_options(
    request: Request, body_options: RenderOptions, known: tuple[str, ...] = SUBMISSION_QUERY_KEYS
) -> tuple[RenderOptions, frozenset[str]]:
    """A wrapped body's options over the query's: both are read (the query's were ignored, so
    `?format=webp` drew a PNG and `?fromat=` passed), and the body's win where both say. With
    the names of the options the query set and the body did not."""
    query = options_from_query(request, known).model_dump(exclude_unset=True)
    body = body_options.model_dump(exclude_unset=True)
    try:
        merged = RenderOptions.model_validate({**query, **body})
    except ValidationError as exc:  # each part is fine, not together (crop in one, a frame in the other)
        raise options_error(exc, "/options") from None
    return merged, frozenset(query) - frozenset(body)


def query_option_names(request: Request) -> frozenset[str]:
    """The render options the query sets."""
    return frozenset(key for key in OPTION_QUERY_KEYS if key in request.query_params)


def options_error(exc: ValidationError, prefix: str) -> InvalidOptionsError:
    """One issue per option, at the option's path, worded as a query parameter's error is
    ("query option 'width': input should be greater than or equal to 1 (got '0')"): pydantic's
    union branches (`ThemeTokens`, `literal[...]`) are its own bookkeeping, not places in the request."""
    where = "query option" if prefix == "/query" else "option"
    issues: dict[str, Issue] = {}
    for err in exc.errors():
        names = [str(p) for p in err["loc"] if isinstance(p, int) or _FIELD_NAME.fullmatch(str(p))]
        names = names or [name for name in [RULE_OPTIONS.get(err["type"])] if name]
        path = "/".join([prefix, *names])
        if path not in issues:
            suggestion = _option_hint(names[-1] if names else "", err.get("input"))
            message = worded(f"{where} '{names[-1]}'", err["msg"], _input(err)) if names else err["msg"]
            issues[path] = Issue(path=path, message=message, code="invalid_option", suggestion=suggestion)
    return InvalidOptionsError(list(issues.values()))


_FIELD_NAME = re.compile(r"[a-z_][A-Za-z0-9_]*")
RULE_OPTIONS = {"crop_with_frame": "crop"}
"""The option a rule over several options is told at (pydantic places it at none)."""


def _input(err: Any) -> Any:
    """The value the option was sent with (a rule's error holds every option: none to quote)."""
    return None if err["type"] in RULE_OPTIONS else err.get("input")


def _option_hint(option: str, value: Any) -> str | None:
    """What to write for a device that is not a preset ("phone": `mobile`, or a phone's frame)."""
    if option == "device" and isinstance(value, str):
        preset = device_hint(value)
        frame = "; a phone drawn around the screen is frame=phone" if "phone" in value.lower() else ""
        return (preset or "use desktop, laptop, tablet or mobile") + frame
    return None
