"""The query API's routes, which dsl2png.serve (the one HTTP app, its composition root) includes."""

from __future__ import annotations

from fastapi import FastAPI

from query_api import health, routes


def include_query_routes(app: FastAPI) -> None:
    """The read routes (/v1/renders...) and the health routes (/healthz, /readyz)."""
    app.include_router(routes.router)
    app.include_router(health.router)
