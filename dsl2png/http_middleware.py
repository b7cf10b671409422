"""HTTP middleware shared by the APIs: metrics per request and security headers.

Server spans come from FastAPI's own OpenTelemetry support (it continues an incoming
traceparent); the spans this service adds inside a request become their children."""

from __future__ import annotations

import time

from fastapi import FastAPI, Response
from fastapi.routing import iter_route_contexts
from starlette.datastructures import MutableHeaders
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dsl2png import metrics

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}
API_CSP = "default-src 'none'; frame-ancestors 'none'"
DOCS_PATHS = ("/docs", "/redoc", "/openapi.json")


def _route_name(scope: Scope) -> str:
    """The route template of the request: the one the router chose, else (a request refused
    before routing, as 401 and 429 are, or one served by a plain Starlette route such as
    /docs) the first of the app's routes that fully matches; "unmatched" when none does.
    The routes of included routers are looked at one by one: FastAPI keeps each included router
    as one route without a path, so a 401 on `POST /v1/renders` was counted as "unmatched"."""
    path: str | None = getattr(scope.get("route"), "path", None)
    if path:
        return path
    router = getattr(scope.get("app"), "router", None)
    for route in iter_route_contexts(getattr(router, "routes", ())):
        match, _ = route.matches(scope)
        if match is Match.FULL:
            return route.path or "unmatched"
    return "unmatched"


class ObserveRequests:
    """Counts and times every HTTP request by route template (not raw path, to keep label
    cardinality bounded) and adds the security headers to its response.

    Plain ASGI rather than `@app.middleware("http")`: Starlette's BaseHTTPMiddleware re-streams
    every response body through an extra task and memory stream, a measurable cost on 400 KB
    PNG responses. As before, a request is measured when its response headers go out (time to
    headers), so a long MCP event stream counts when it opens. A request that raises before
    answering is counted as the 500 the error middleware outside answers it with: uncounted,
    the 5xx-ratio alert could never see a server fault."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        csp = not scope["path"].startswith(DOCS_PATHS)

        answered = False

        def count(status: int) -> None:
            route, method = _route_name(scope), scope["method"]
            metrics.HTTP_REQUESTS.labels(route, method, str(status)).inc()
            metrics.HTTP_LATENCY.labels(route, method).observe(time.perf_counter() - started)

        async def observed_send(message: Message) -> None:
            nonlocal answered
            if message["type"] == "http.response.start":
                answered = True
                count(message["status"])
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                if csp:
                    headers.setdefault("Content-Security-Policy", API_CSP)
            await send(message)

        try:
            await self.app(scope, receive, observed_send)
        except Exception:
            if not answered:
                count(500)
            raise


def install_http_middleware(app: FastAPI) -> None:
    """Request metrics and security headers on every response, and the /metrics route."""
    app.add_middleware(ObserveRequests)

    @app.get("/metrics", include_in_schema=False)
    async def prometheus_metrics() -> Response:
        body, content_type = await metrics.exposition()
        return Response(body, media_type=content_type)
