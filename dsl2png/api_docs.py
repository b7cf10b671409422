"""The FastAPI app every API starts from, with API reference pages that work offline.

FastAPI's own /docs and /redoc load Swagger UI and ReDoc from a CDN, so on a machine without
internet (or behind a strict proxy) they are blank pages. fastapi-offline serves the same pages
from files installed with the package instead."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

DOCS_ASSETS = "/docs-assets"
"""Where Swagger UI's and ReDoc's scripts and styles are served."""


def documented_app(**settings: Any) -> FastAPI:
    """A FastAPI app (same settings) whose /docs and /redoc need no network."""
    return FastAPIOffline(static_url=DOCS_ASSETS, **settings)
