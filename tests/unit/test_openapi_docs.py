"""The OpenAPI document describes the command routes that read their own body: the body's forms,
every render option the query takes, and the error shape of a 4xx."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from command_api import routes
from command_api.request_options import OPTION_QUERY_KEYS
from dsl2png.serve import build_app
from dsl2png.settings import ServeSettings


def openapi() -> dict[str, Any]:
    app = FastAPI()
    app.include_router(routes.router)
    return app.openapi()


def test_submitting_a_render_documents_its_body_its_query_options_and_its_errors() -> None:
    document = openapi()
    operation = document["paths"]["/v1/renders"]["post"]
    assert set(operation["requestBody"]["content"]) == {"application/json", "application/yaml"}
    names = {parameter["name"] for parameter in operation["parameters"]}
    assert set(OPTION_QUERY_KEYS) | {"wait"} <= names  # every option the route reads is documented
    for status in ("400", "413", "415"):
        schema = operation["responses"][status]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ErrorResponse"}, status
    # a 422 is an error, or with ?wait the render that failed (tests/unit/test_api_errors_and_openapi.py)
    assert {"$ref": "#/components/schemas/ErrorResponse"} in (
        operation["responses"]["422"]["content"]["application/json"]["schema"]["anyOf"]
    )
    assert "HTTPValidationError" not in str(operation["responses"])
    error = document["components"]["schemas"]["ErrorResponse"]
    assert error["required"] == ["error"]


def test_validating_documents_its_body_and_the_render_options_it_checks() -> None:
    operation = openapi()["paths"]["/v1/validate"]["post"]
    assert set(operation["requestBody"]["content"]) == {"application/json", "application/yaml"}
    responses = operation["responses"]
    assert responses["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ValidationResult"
    }
    assert "`valid: false`" in responses["200"]["description"]  # an invalid document is no error
    assert "never the document" in responses["422"]["description"]
    assert "empty body" in responses["400"]["description"]
    names = [parameter["name"] for parameter in operation["parameters"]]
    assert sorted(names) == sorted([*OPTION_QUERY_KEYS, "strict"])  # each once


def test_every_operation_of_the_whole_service_has_its_own_stable_id() -> None:
    document = build_app(ServeSettings()).openapi()
    ids = {
        f"{method.upper()} {path}": operation["operationId"]
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
    }
    assert ids == {
        "POST /v1/renders": "createRender",
        "GET /v1/renders": "listRenders",
        "GET /v1/renders/{job_id}": "getRender",
        "GET /v1/renders/{job_id}.{extension}": "getRenderImage",
        "GET /v1/renders/{job_id}/events": "getRenderEvents",
        "POST /v1/renders/{job_id}/cancel": "cancelRender",
        "POST /v1/renders/{job_id}/erase": "eraseRender",
        "POST /v1/validate": "validateDocument",
        "POST /render": "legacyRender",
        "POST /render/async": "legacyRenderAsync",
        "POST /validate": "legacyValidate",
        "GET /status/{task_id}": "legacyGetStatus",
        "GET /healthz": "getHealth",
        "GET /readyz": "getReadiness",
    }  # HEAD is answered (tests/e2e) but is no operation of its own: a client has the GET


DEPLOYED = ServeSettings(database_url="postgresql://nobody@127.0.0.1:1/none", nats_url="nats://127.0.0.1:1")


def test_the_deployed_service_declares_its_api_keys_and_their_401_on_every_guarded_route() -> None:
    document = build_app(DEPLOYED).openapi()  # builds without connecting to either
    schemes = document["components"]["securitySchemes"]
    assert schemes["bearerAuth"] == {**schemes["bearerAuth"], "type": "http", "scheme": "bearer"}
    assert schemes["apiKeyHeader"] == {**schemes["apiKeyHeader"], "in": "header", "name": "X-API-Key"}
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            if path in ("/healthz", "/readyz"):
                assert "security" not in operation and "401" not in operation["responses"], path
                continue
            assert operation["security"] == [{"bearerAuth": []}, {"apiKeyHeader": []}], (method, path)
            unauthorized = operation["responses"]["401"]
            assert unauthorized["content"]["application/json"]["schema"] == {
                "$ref": "#/components/schemas/ErrorResponse"
            }
            assert "WWW-Authenticate" in unauthorized["headers"]
            assert "Retry-After" in operation["responses"]["429"]["headers"], (method, path)
    limited = document["paths"]["/v1/renders"]["post"]["responses"]["429"]["description"]
    assert "rate_limited" in limited and "too_many_renders" in limited
    assert "embedded mode" in document["info"]["description"]


def test_the_embedded_service_asks_for_no_key_and_documents_none() -> None:
    document = build_app(ServeSettings()).openapi()
    assert "securitySchemes" not in document["components"]
    assert not any(
        "security" in operation or "401" in operation["responses"]
        for operations in document["paths"].values()
        for operation in operations.values()
    )


def test_the_document_states_this_servers_wait_cap_and_body_limit() -> None:
    document = build_app(ServeSettings(max_wait_s=45, max_body_bytes=4096)).openapi()
    operation = document["paths"]["/v1/renders"]["post"]
    (wait,) = [parameter for parameter in operation["parameters"] if parameter["name"] == "wait"]
    assert {"type": "number", "minimum": 0, "maximum": 45} in wait["schema"]["anyOf"]  # not 300
    assert "at most 45 on this service" in wait["description"]
    for path in ("/v1/renders", "/v1/validate"):
        assert "4096 bytes" in document["paths"][path]["post"]["responses"]["413"]["description"]
