"""FastAPI dependencies shared by the APIs: the gateway, limits and caller set by the composition root.

They are `async def` although they only read attributes: FastAPI runs a plain `def` dependency
in its thread pool, which cost three thread hand-offs per request."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from kernel.ports import RenderGateway


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = 2 * 1024 * 1024
    max_wait_s: float = 60.0


async def get_gateway(request: Request) -> RenderGateway:
    gateway: RenderGateway = request.app.state.gateway
    return gateway


async def get_limits(request: Request) -> Limits:
    limits: Limits = request.app.state.limits
    return limits


async def get_owner(request: Request) -> str | None:
    """The API key id that authenticated the request (None when auth is off)."""
    owner: str | None = getattr(request.state, "api_key_id", None)
    return owner


Gateway = Annotated[RenderGateway, Depends(get_gateway)]
ServiceLimits = Annotated[Limits, Depends(get_limits)]
Owner = Annotated[str | None, Depends(get_owner)]
