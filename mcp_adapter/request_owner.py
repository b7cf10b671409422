"""Who asks: the API key a tool call came with over HTTP."""

from __future__ import annotations

from mcp.server.mcpserver import Context


def request_owner(ctx: Context) -> str | None:
    """The API key id the HTTP auth middleware stored on the request (None over stdio)."""
    request = ctx.request_context.request
    state = getattr(request, "state", None)
    owner = getattr(state, "api_key_id", None) if state is not None else None
    return owner if isinstance(owner, str) else None
