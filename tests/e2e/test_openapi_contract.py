"""The served /openapi.json is a sound OpenAPI 3.1 document, and the embedded service's real answers
are the ones it documents: each status listed, each content type listed, each JSON body valid
against its schema (so a client generated from it reads them)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from tests.e2e.conftest import RED_BUTTON
from tests.e2e.processes import ServiceProcesses

METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


@pytest.fixture(scope="module")
def client(embedded: tuple[str, ServiceProcesses]) -> httpx.Client:
    url, _ = embedded
    return httpx.Client(base_url=url, timeout=90)


@pytest.fixture(scope="module")
def document(client: httpx.Client) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    spec: dict[str, Any] = response.json()
    return spec


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def test_the_served_document_is_sound_openapi_3_1(document: dict[str, Any]) -> None:
    # openapi-spec-validator is not a dependency: the structure it would check, checked directly.
    assert re.fullmatch(r"3\.1\.\d+", document["openapi"])
    assert document["info"]["title"] and document["info"]["version"]
    schemas = document["components"]["schemas"]
    for schema in schemas.values():
        Draft202012Validator.check_schema(schema)
    for ref in _refs(document):
        assert ref.startswith("#/components/schemas/") and ref.rsplit("/", 1)[1] in schemas, ref
    ids = []
    for path, operations in document["paths"].items():
        assert path.startswith("/")
        for method, operation in operations.items():
            assert method in METHODS and method != "head", (method, path)
            ids.append(operation["operationId"])
            assert operation["responses"], (method, path)
            for status, response in operation["responses"].items():
                assert re.fullmatch(r"[1-5]\d\d", status) and response["description"], (method, path, status)
            declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "path"}
            assert declared == set(re.findall(r"{(\w+)}", path)), (method, path)
    assert len(ids) == len(set(ids))
    assert "securitySchemes" not in document["components"]  # the embedded mode asks for no key


def conforms(document: dict[str, Any], response: httpx.Response, path: str, method: str) -> Any:
    """Check `response` against what the document says `method path` answers; its JSON body."""
    documented = document["paths"][path][method]["responses"]
    status = str(response.status_code)
    assert status in documented, f"{method} {path}: {status} is not documented ({list(documented)})"
    media = response.headers.get("content-type", "").split(";")[0].strip()
    content = documented[status].get("content", {})
    assert media in content, f"{method} {path} {status}: {media} is not documented ({list(content)})"
    sent = (
        {"ETag", "X-Render-Id", "Content-Disposition"} if media.startswith("image/") else set()
    )  # X-Render-Warnings: some
    sent |= {"Location", "Retry-After"} if status == "202" else set()
    for header in sent & set(documented[status].get("headers", {})):
        assert header.lower() in response.headers, f"{method} {path} {status}: no {header}"
    if media != "application/json":
        return None
    body = response.json()
    schema = {**content[media]["schema"], "components": document["components"]}
    errors = sorted(Draft202012Validator(schema).iter_errors(body), key=str)
    assert not errors, f"{method} {path} {status}: {errors[0].message} at {list(errors[0].absolute_path)}"
    return body


def _document(label: str) -> dict[str, object]:
    elements: list[dict[str, object]] = RED_BUTTON["elements"]  # type: ignore[assignment]
    return {**RED_BUTTON, "elements": [{**elements[0], "label": label}]}


def test_the_main_routes_answer_as_documented(client: httpx.Client, document: dict[str, Any]) -> None:
    check = lambda response, path, method="get": conforms(document, response, path, method)  # noqa: E731
    image = client.post("/v1/renders?wait=60", json={"dsl": _document(f"contract {uuid.uuid4().hex[:6]}")})
    check(image, "/v1/renders", "post")
    assert image.headers["content-type"] == "image/png" and image.content.startswith(b"\x89PNG")
    job_id = image.headers["x-render-id"]
    as_json = client.post(
        "/v1/renders?wait=60",
        json={"dsl": _document("contract json")},
        headers={"accept": "application/json"},
    )
    assert check(as_json, "/v1/renders", "post")["status"] == "completed"
    queued = client.post("/v1/renders", json={"dsl": _document(f"queued {uuid.uuid4().hex[:6]}")})
    assert check(queued, "/v1/renders", "post")["status"] in ("queued", "rendering", "completed")

    job = check(client.get(f"/v1/renders/{job_id}"), "/v1/renders/{job_id}")
    check(client.get(f"/v1/renders/{job_id}.png"), "/v1/renders/{job_id}.{extension}")
    check(client.get("/v1/renders?limit=2"), "/v1/renders")
    events = check(client.get(f"/v1/renders/{job_id}/events"), "/v1/renders/{job_id}/events")["events"]
    # one format of time everywhere: UTC as ...Z, as the job's own times
    assert job["created_at"].endswith("Z") and all(event["timestamp"].endswith("Z") for event in events)

    missing = f"/v1/renders/{uuid.uuid4()}"
    assert check(client.get(missing), "/v1/renders/{job_id}")["error"]["code"] == "not_found"
    check(client.get("/v1/renders?cursor=abc"), "/v1/renders")
    check(client.post(f"{missing}/cancel"), "/v1/renders/{job_id}/cancel", "post")
    check(client.post("/v1/renders", json={"elements": [{"type": "buton"}]}), "/v1/renders", "post")
    check(
        client.post("/v1/renders", content=b"", headers={"content-type": "application/json"}),
        "/v1/renders",
        "post",
    )

    assert check(client.post("/v1/validate", json=RED_BUTTON), "/v1/validate", "post")["valid"] is True
    invalid = {"elements": [{"type": "buton"}]}
    assert check(client.post("/v1/validate", json=invalid), "/v1/validate", "post")["valid"] is False
    for empty in (b"", b" \n"):  # no document at all: refused as POST /v1/renders refuses it
        refused = client.post("/v1/validate", content=empty, headers={"content-type": "application/json"})
        assert refused.status_code == 400
        assert check(refused, "/v1/validate", "post")["error"]["code"] == "bad_request"
    check(client.get("/readyz"), "/readyz")
    check(client.get("/healthz"), "/healthz")


def test_the_earlier_projects_routes_answer_as_documented(
    client: httpx.Client, document: dict[str, Any]
) -> None:
    check = lambda response, path, method="post": conforms(document, response, path, method)  # noqa: E731
    body = {"dsl_content": _document(f"legacy {uuid.uuid4().hex[:6]}")}
    assert check(client.post("/render", json=body), "/render")["success"] is True
    assert (
        check(client.post("/render", json={"dsl_content": "elements: [{type: buton}]"}), "/render")["success"]
        is False
    )
    task = check(client.post("/render/async", json=body), "/render/async")["task_id"]
    check(client.get(f"/status/{task}"), "/status/{task_id}", "get")
    check(client.get(f"/status/{uuid.uuid4()}"), "/status/{task_id}", "get")
    check(client.post("/validate", json=body), "/validate")
