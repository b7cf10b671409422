"""The plain ASGI request middleware: security headers, request metrics, API-key auth, rate limits."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from fastapi import APIRouter, FastAPI, Request, WebSocket
from fastapi.responses import StreamingResponse
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY
from starlette.types import Message

from dsl2png.api_docs import DOCS_ASSETS, documented_app
from dsl2png.auth import install_auth
from dsl2png.http_errors import install_error_handlers
from dsl2png.http_middleware import API_CSP, SECURITY_HEADERS, install_http_middleware
from dsl2png.playground import install_playground
from dsl2png.ratelimit import RateLimiter


def _app(verify: dict[str, str] | None = None, limiter: RateLimiter | None = None) -> FastAPI:
    app = documented_app()
    app.state.counted_mid_body = []

    @app.get("/items/{item_id}")
    async def item(item_id: str, request: Request) -> dict[str, str | None]:
        return {"item": item_id, "owner": getattr(request.state, "api_key_id", None)}

    @app.get("/stream")
    async def stream() -> StreamingResponse:
        return StreamingResponse(iter([b"a" * 100_000, b"b"]), headers={"X-Frame-Options": "SAMEORIGIN"})

    @app.get("/events")
    async def events() -> StreamingResponse:
        async def body() -> AsyncIterator[bytes]:
            yield b"opened"
            app.state.counted_mid_body.append(_count("/events", "200"))
            yield b"closed"

        return StreamingResponse(body())

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("unhandled")

    @app.websocket("/ws")
    async def echo(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_text(await websocket.receive_text())
        await websocket.close()

    things = APIRouter()  # the API's routes are all in included routers

    @things.post("/things")
    async def make_thing(request: Request) -> dict[str, int]:
        return {"bytes": len(await request.body())}

    app.include_router(things)
    install_error_handlers(app)
    install_auth(app, verify.get if verify is not None else None, limiter)
    install_http_middleware(app)
    return app


def _count(route: str, status: str, method: str = "GET") -> float:
    labels = {"route": route, "method": method, "status": status}
    return REGISTRY.get_sample_value("dsl2png_http_requests_total", labels) or 0.0


def test_security_headers_keep_what_the_route_set_and_leave_csp_off_the_docs() -> None:
    client = TestClient(_app())
    response = client.get("/items/1")
    assert all(response.headers[name] == value for name, value in SECURITY_HEADERS.items())
    assert response.headers["Content-Security-Policy"] == API_CSP
    streamed = client.get("/stream")
    assert len(streamed.content) == 100_001 and streamed.headers["X-Frame-Options"] == "SAMEORIGIN"
    docs = client.get("/docs")
    assert docs.headers["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" not in docs.headers


def test_requests_are_counted_by_route_template_and_an_unhandled_error_as_its_500() -> None:
    client = TestClient(_app(), raise_server_exceptions=False)
    before = _count("/items/{item_id}", "200"), _count("unmatched", "404"), _count("/boom", "500")
    client.get("/items/1"), client.get("/items/2"), client.get("/nowhere"), client.get("/boom")
    after = _count("/items/{item_id}", "200"), _count("unmatched", "404"), _count("/boom", "500")
    assert [b - a for a, b in zip(before, after, strict=True)] == [2, 1, 1]


def test_refused_and_docs_requests_are_counted_under_their_route_not_unmatched() -> None:
    client = TestClient(_app(verify={"good-secret": "key-1"}))
    before = _count("/items/{item_id}", "401"), _count("/docs", "200"), _count("unmatched", "401")
    assert client.get("/items/7").status_code == 401  # refused by auth, before routing
    assert client.get("/docs").status_code == 200  # a plain Starlette route
    assert client.get("/nowhere").status_code == 401
    assert client.get(DOCS_ASSETS + "/swagger-ui-bundle.js").status_code == 200  # the docs page's own code
    after = _count("/items/{item_id}", "401"), _count("/docs", "200"), _count("unmatched", "401")
    assert [b - a for a, b in zip(before, after, strict=True)] == [1, 1, 1]


def test_a_refused_request_to_an_included_routers_route_is_counted_under_that_route() -> None:
    """FastAPI keeps an included router as one route without a path: a 401 on `POST /v1/renders`
    was counted as route="unmatched"."""
    client = TestClient(_app(verify={"good-secret": "key-1"}))
    before = _count("/things", "401", "POST"), _count("unmatched", "401", "POST")
    assert client.post("/things", content=b"{}").status_code == 401
    after = _count("/things", "401", "POST"), _count("unmatched", "401", "POST")
    assert [b - a for a, b in zip(before, after, strict=True)] == [1, 0]


async def test_a_client_that_hangs_up_before_its_body_is_read_is_no_server_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The app is driven as uvicorn drives it, the client gone before the body came: the request
    ends without an exception (uvicorn logged one as an ERROR "Exception in ASGI application",
    with a traceback), logged at info and counted as 499."""
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": "/things", "raw_path": b"/things", "root_path": "", "query_string": b"",
        "headers": [(b"host", b"localhost"), (b"content-length", b"10")],
        "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000),
    }  # fmt: skip
    before = _count("/things", "499", "POST")
    with caplog.at_level(logging.DEBUG):
        await _app()(scope, receive, send)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("client closed the connection" in r.getMessage() for r in caplog.records)
    assert _count("/things", "499", "POST") == before + 1


def test_a_request_is_counted_when_its_headers_go_out_not_when_its_body_ends() -> None:
    """As under BaseHTTPMiddleware: a long event stream counts (and is timed) when it opens."""
    app = _app()
    before = _count("/events", "200")
    assert TestClient(app).get("/events").content == b"openedclosed"
    assert app.state.counted_mid_body == [before + 1]


def test_api_key_required_except_on_open_paths_and_preflight() -> None:
    client = TestClient(_app(verify={"good-secret": "key-1"}))
    refused = client.get("/items/1")
    assert refused.status_code == 401 and refused.headers["WWW-Authenticate"] == "Bearer"
    assert refused.json()["error"]["code"] == "unauthorized"
    assert refused.headers["X-Content-Type-Options"] == "nosniff"
    wrong = client.get("/items/1", headers={"Authorization": "Bearer wrong"})
    assert wrong.status_code == 401  # a key was sent: say it is not known, not that none was sent
    assert "unknown or was revoked" in wrong.json()["error"]["message"], wrong.text
    assert "send 'Authorization" not in wrong.json()["error"]["message"]
    assert client.get("/items/1", headers={"Authorization": "Bearer good-secret"}).json()["owner"] == "key-1"
    assert client.get("/items/1", headers={"X-API-Key": "good-secret"}).json()["owner"] == "key-1"
    assert client.get("/metrics").status_code == 200
    assert client.options("/items/1").status_code != 401


def test_rate_limited_per_key_with_retry_after() -> None:
    client = TestClient(_app(verify={"a": "key-a", "b": "key-b"}, limiter=RateLimiter(0.001, 2)))
    statuses = [client.get("/items/1", headers={"X-API-Key": "a"}).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    limited = client.get("/items/1", headers={"X-API-Key": "a"})
    assert limited.json()["error"]["code"] == "rate_limited" and int(limited.headers["Retry-After"]) >= 1
    assert client.get("/items/1", headers={"X-API-Key": "b"}).status_code == 200


def test_websockets_pass_through_untouched() -> None:
    with TestClient(_app(verify={}, limiter=RateLimiter(0.001, 1))).websocket_connect("/ws") as websocket:
        websocket.send_text("hello")
        assert websocket.receive_text() == "hello"


def test_the_playground_page_is_open_but_only_as_a_whole_path(tmp_path: Path) -> None:
    """Every path starts with "/": opening the page must not open the API behind it."""
    (tmp_path / "tiny.yaml").write_text("elements: []\n")
    app = _app(verify={"good-secret": "key-1"})
    install_playground(app, tmp_path)
    client = TestClient(app)
    page = client.get("/")
    assert page.status_code == 200 and '"tiny": "elements: []\\n"' in page.text
    assert page.headers["Content-Security-Policy"].startswith("default-src 'none'; script-src 'sha256-")
    assert client.get("/playground").status_code == 200
    assert client.get("/items/1").status_code == 401
    assert client.get("/playground/x").status_code == 401
