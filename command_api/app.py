"""The command API's routes, which dsl2png.serve (the one HTTP app, its composition root) includes."""

from __future__ import annotations

from fastapi import FastAPI

from command_api import compat_routes, routes


def include_command_routes(app: FastAPI) -> None:
    """The /v1 command routes and the earlier project's routes."""
    app.include_router(routes.router)
    app.include_router(compat_routes.router)
