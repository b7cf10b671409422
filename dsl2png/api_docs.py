"""The FastAPI app every API starts from, with API reference pages that work offline.

FastAPI's own /docs and /redoc load Swagger UI and ReDoc from a CDN, so on a machine without
internet (or behind a strict proxy) they are blank pages. fastapi-offline serves the same pages
from files installed with the package instead."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

DOCS_ASSETS = "/docs-assets"
"""Where Swagger UI's and ReDoc's scripts and styles are served."""


def documented_app(**settings: Any) -> FastAPI:
    """A FastAPI app (same settings) whose /docs and /redoc need no network."""
    return FastAPIOffline(static_url=DOCS_ASSETS, **settings)


def amend_openapi(app: FastAPI, amend: Callable[[dict[str, Any]], None]) -> None:
    """Have `app.openapi()` pass its document through `amend` once, when it is first built: for
    what FastAPI cannot see in the routes (a middleware's API keys, limits set at start-up).
    Amendments chain, each applied once."""
    build: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            amend(build())  # FastAPI keeps the document it built in `app.openapi_schema`
        return app.openapi_schema or build()

    app.openapi = openapi  # type: ignore[method-assign]
