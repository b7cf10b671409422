"""The OpenAPI document says what the service answers, and request errors name what is wrong."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient

from dsl2png.http_errors import (
    HTTP_ERROR_CODES,
    STATUS_BY_ERROR,
    InvalidOptionsError,
    InvalidRequestError,
    error_body,
    parameter_issues,
)
from dsl2png.serve import build_app
from dsl2png.settings import ServeSettings
from kernel.errors import Issue


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return build_app(ServeSettings()).openapi()


def _refs(response: dict[str, Any]) -> str:
    return str(response["content"]["application/json"]["schema"])


def test_submitting_documents_a_finished_job_a_failed_render_and_retry_after(
    document: dict[str, Any],
) -> None:
    responses = document["paths"]["/v1/renders"]["post"]["responses"]
    image = responses["200"]
    assert list(image["content"]) == ["image/png", "image/jpeg", "image/webp", "application/json"]
    for media in ("image/png", "image/jpeg", "image/webp"):  # bytes, not a JSON document
        assert image["content"][media]["schema"] == {"type": "string", "format": "binary"}
    assert {"Location", "ETag", "X-Render-Id", "X-Render-Warnings"} <= set(image["headers"])
    assert "Accept: application/json" in image["description"]
    assert _refs(image) == "{'$ref': '#/components/schemas/RenderPublic'}"
    assert _refs(responses["202"]) == "{'$ref': '#/components/schemas/RenderPublic'}"
    assert "Retry-After" in responses["202"]["headers"]
    # an error, or with ?wait the failed or cancelled render itself: each in a schema of its own
    for status, render in (
        ("409", "CancelledRenderPublic"),
        ("422", "FailedRenderPublic"),
        ("503", "FailedRenderPublic"),
    ):
        refs = responses[status]["content"]["application/json"]["schema"]["anyOf"]
        assert refs == [
            {"$ref": "#/components/schemas/ErrorResponse"},
            {"$ref": f"#/components/schemas/{render}"},
        ]
    failed = document["components"]["schemas"]["FailedRenderPublic"]
    assert {"id", "status", "error"} <= set(failed["required"]) and failed["properties"]["status"][
        "const"
    ] == "failed"
    assert {"415", "429"} <= set(responses)
    assert "Retry-After" in responses["429"]["headers"] and "Retry-After" in responses["503"]["headers"]


@pytest.mark.parametrize("path", ["/v1/renders/{job_id}", "/v1/renders/{job_id}/events"])
def test_reading_a_render_documents_404_and_no_head_operation(document: dict[str, Any], path: str) -> None:
    operations = document["paths"][path]
    assert set(operations) == {"get"}  # HEAD is answered, not an operation of its own
    assert "404" in operations["get"]["responses"]


def test_the_image_route_documents_only_images_and_its_other_answers(document: dict[str, Any]) -> None:
    responses = document["paths"]["/v1/renders/{job_id}.{extension}"]["get"]["responses"]
    assert set(responses["200"]["content"]) == {"image/png", "image/jpeg", "image/webp"}
    assert {"304", "404", "409", "410"} <= set(responses)


def test_no_operation_documents_fastapis_own_422_shape(document: dict[str, Any]) -> None:
    assert "HTTPValidationError" not in str(document["paths"])


def test_an_options_error_counts_and_names_options_not_document_errors() -> None:
    issues = [
        Issue("/query/format", "format: bad", "invalid_option"),
        Issue("/options/width", "x", "invalid_option"),
    ]
    body = error_body(InvalidOptionsError(issues))["error"]
    assert body["code"] == "invalid_options"  # type: ignore[index]
    assert body["message"] == "2 options are invalid: format, width"  # type: ignore[index]


def test_a_parameter_error_is_worded_with_its_name_and_short_value() -> None:
    errors = [
        {"loc": ("query", "wait"), "msg": "Input should be a valid number", "type": "float_parsing", "input": "abc"},
        {"loc": ("header", "idempotency-key"), "msg": "String should have at most 200 characters",
         "type": "string_too_long", "input": "k" * 300},
    ]  # fmt: skip
    first, second = parameter_issues(errors)
    assert first.message == "query parameter 'wait': input should be a valid number (got 'abc')"
    assert first.path == "/query/wait" and first.code == "invalid_parameter"
    assert second.message == "header 'idempotency-key': string should have at most 200 characters"
    assert InvalidRequestError([first]).summary() == "1 parameter is invalid: wait"


def test_405_and_head_without_a_server() -> None:
    with TestClient(build_app(ServeSettings()), base_url="http://localhost") as client:  # Host checked
        refused = client.put("/v1/renders")
        assert refused.status_code == 405 and refused.headers["allow"] == "GET, HEAD, POST"
        assert client.head("/healthz").status_code == 200


def test_every_get_route_answers_head_too() -> None:
    methods: dict[str, set[str]] = {}
    for route in iter_route_contexts(build_app(ServeSettings()).router.routes):
        methods.setdefault(route.path, set()).update(route.methods or ())
    assert {"/", "/docs", "/redoc", "/metrics", "/status/{task_id}", "/v1/renders/{job_id}"} <= set(methods)
    assert [path for path, named in methods.items() if "GET" in named and "HEAD" not in named] == []


def test_the_earlier_projects_routes_still_document_their_bodies(document: dict[str, Any]) -> None:
    """They read their bodies themselves (to keep the body limit), so FastAPI does not see them."""
    for path, field in (("/render", "options"), ("/render/async", "options"), ("/validate", "strict")):
        body = document["paths"][path]["post"]["requestBody"]
        schema = body["content"]["application/json"]["schema"]
        assert body["required"] is True and {"dsl_content", field} <= set(schema["properties"])
        assert "$defs" not in str(schema) and schema["required"] == ["dsl_content"]
    options = document["paths"]["/render"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert "device_scale_factor" in options["properties"]["options"]["properties"]


def test_every_error_code_the_service_sends_is_listed_in_the_document(document: dict[str, Any]) -> None:
    listed = document["components"]["schemas"]["ErrorDetail"]["properties"]["code"]["description"]
    sent = {error.code for error in STATUS_BY_ERROR} | set(HTTP_ERROR_CODES.values())
    sent |= {"unauthorized", "rate_limited", "database_unavailable", "internal_error"}
    assert {code for code in sent if f"`{code}`" not in listed} == set()


@pytest.mark.parametrize(
    ("path", "method", "schema"),
    [
        ("/v1/renders", "get", "RenderList"),
        ("/v1/renders/{job_id}/events", "get", "RenderEvents"),
        ("/v1/validate", "post", "ValidationResult"),
        ("/render", "post", "LegacyRenderResponse"),
        ("/render/async", "post", "LegacyAsyncResponse"),
        ("/validate", "post", "LegacyValidateResponse"),
        ("/status/{task_id}", "get", "LegacyStatusResponse"),
        ("/readyz", "get", "Readiness"),
    ],
)
def test_every_json_answer_is_typed(document: dict[str, Any], path: str, method: str, schema: str) -> None:
    responses = document["paths"][path][method]["responses"]
    assert _refs(responses["200"]) == f"{{'$ref': '#/components/schemas/{schema}'}}"
    if path == "/readyz":
        assert _refs(responses["503"]) == "{'$ref': '#/components/schemas/Readiness'}"
    if "{" in path:
        assert "ErrorResponse" in _refs(responses["404"])


def test_image_answers_document_their_headers(document: dict[str, Any]) -> None:
    responses = document["paths"]["/v1/renders/{job_id}.{extension}"]["get"]["responses"]
    assert "ETag" in responses["200"]["headers"] and "ETag" in responses["304"]["headers"]
    assert "Retry-After" in responses["409"]["headers"]
