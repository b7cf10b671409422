"""Builds the command API's FastAPI app from a gateway (composition happens in the caller)."""

from __future__ import annotations

from functools import partial

from fastapi import FastAPI

from command_api import compat_routes, routes
from command_api.openapi_docs import document_limits
from dsl2png.api_docs import amend_openapi, documented_app
from dsl2png.http_deps import Limits
from dsl2png.http_errors import install_error_handlers
from dsl2png.telemetry import fastapi_telemetry
from kernel.ports import RenderGateway


def include_command_routes(app: FastAPI) -> None:
    """The /v1 command routes and the earlier project's routes."""
    app.include_router(routes.router)
    app.include_router(compat_routes.router)


def create_app(gateway: RenderGateway, *, limits: Limits | None = None) -> FastAPI:
    app = documented_app(title="dsl2png command API", version="1", telemetry=fastapi_telemetry())
    app.state.gateway = gateway
    app.state.limits = limits or Limits()
    amend_openapi(app, partial(document_limits, limits=app.state.limits))
    install_error_handlers(app)
    include_command_routes(app)
    return app
