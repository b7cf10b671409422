"""Every GET route of the service answers HEAD too (its headers alone), as the README says."""

from __future__ import annotations

from fastapi import FastAPI


def answer_head_too(app: FastAPI) -> None:
    """Add HEAD to each GET route the OpenAPI document leaves out (/, /docs, /redoc, /metrics):
    a HEAD to them was a 405. The documented routes declare their HEAD route themselves
    (`@router.head(..., include_in_schema=False)`): adding HEAD to a documented GET route would
    make it a second operation of the OpenAPI document, with the GET's operation id. Call it
    once every route is added."""
    for route in app.routes:
        methods = getattr(route, "methods", None)
        if methods and "GET" in methods and not getattr(route, "include_in_schema", True):
            methods.add("HEAD")
