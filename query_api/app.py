"""Builds the query API's FastAPI app from the read side's parts (composition happens in the caller)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI

from dsl2png.api_docs import documented_app
from dsl2png.http_errors import install_error_handlers
from dsl2png.telemetry import fastapi_telemetry
from kernel.ports import RenderGateway
from query_api import health, routes
from query_api.health import Check


def include_query_routes(app: FastAPI) -> None:
    app.include_router(routes.router)
    app.include_router(health.router)


def create_app(
    gateway: RenderGateway, *, read_model: Any, jobs: Any, readiness: Mapping[str, Check]
) -> FastAPI:
    app = documented_app(title="dsl2png query API", version="1", telemetry=fastapi_telemetry())
    app.state.gateway = gateway
    app.state.read_model = read_model
    app.state.jobs = jobs
    app.state.readiness = dict(readiness)
    install_error_handlers(app)
    include_query_routes(app)
    return app
