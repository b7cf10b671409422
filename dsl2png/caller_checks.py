"""Which callers a browser may bring to the HTTP service: the Host and Origin checks that stop
cross-site requests (CSRF) and DNS rebinding, one policy for /v1, the earlier routes and /mcp.

A page on another site can POST a `text/plain` body to the service without a CORS preflight, and
under DNS rebinding (its own name re-pointed at 127.0.0.1) it can read the answers too. The browser
tells on both: a cross-site request carries the page's `Origin`, a rebound one the page's name in
`Host`. Clients that are no browser (curl, SDKs, agents) send no Origin and pass."""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
UNCHECKED_HOST_PATHS = ("/healthz", "/readyz")
"""Probes (Kubernetes sends the pod's address as Host) tell nothing a rebound page could use."""


def is_loopback(host: str) -> bool:
    """True for a bind address only this machine can reach (127.0.0.1, ::1, localhost)."""
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _hostname(host_header: str) -> str | None:
    """The name in a Host header, without its port (`[::1]:8000` -> `::1`), or None if malformed."""
    try:
        return urlsplit(f"//{host_header}").hostname
    except ValueError:
        return None


def host_allowed(host_header: str | None, allowed: Iterable[str]) -> bool:
    """Loopback names pass (a page cannot make its browser send them for its own site), and so do
    the `allowed` names ('*': any), whatever the port. Another name is a DNS-rebound page's, or a
    proxy's that `DSL2PNG_ALLOWED_HOSTS` should list."""
    allowed = {name.strip().lower().strip("[]") for name in allowed}
    if "*" in allowed:
        return True
    name = _hostname(host_header or "")
    return name is not None and (name in LOCAL_HOSTS or name in allowed)


def origin_allowed(origin: str | None, allowed: Iterable[str], *, own_host: str | None = None) -> bool:
    """No Origin (not a browser) passes; so do the service's own origin (its `own_host`, the
    request's Host header: the playground's own page), localhost origins and the configured ones
    ('*': any). A page on another site (or a DNS-rebound name) cannot drive the service from a browser."""
    if origin is None:
        return True
    allowed = [a.rstrip("/") for a in allowed]
    if "*" in allowed or origin.rstrip("/") in allowed:
        return True
    try:
        parts = urlsplit(origin)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme not in ("http", "https"):
        return False
    own = own_host is not None and parts.netloc.lower() == own_host.lower()
    return own or host in LOCAL_HOSTS


async def refuse(
    send: Send, status: int, code: str, message: str, headers: Mapping[str, str] | None = None
) -> None:
    """Answer with the JSON error shape every API answers in, from plain ASGI (before routing)."""
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class RefuseForeignCallers:
    """403 for a request whose Host is not one the service answers to (`host_not_allowed`) or
    whose Origin is another site's (`origin_not_allowed`), on every route and method.

    `allowed_origins` are the CORS origins; `origins_under` adds a list for a path prefix (the
    MCP endpoint's own `DSL2PNG_MCP_ALLOWED_ORIGINS` under /mcp). Plain ASGI, like the others."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        allowed_hosts: Iterable[str],
        allowed_origins: Iterable[str] = (),
        origins_under: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self.app = app
        self.allowed_hosts = list(allowed_hosts)
        self.allowed_origins = list(allowed_origins)
        self.origins_under = {prefix: list(origins) for prefix, origins in (origins_under or {}).items()}

    def _origins_for(self, path: str) -> list[str]:
        for prefix, origins in self.origins_under.items():
            if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
                return origins
        return self.allowed_origins

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        host = headers.get("host")
        if not scope["path"].startswith(UNCHECKED_HOST_PATHS) and not host_allowed(host, self.allowed_hosts):
            await refuse(
                send, 403, "host_not_allowed",
                f"this service does not answer to the Host {host!r}: list the name in DSL2PNG_ALLOWED_HOSTS "
                "(a name a proxy forwards; '*' for any) to serve it",
            )  # fmt: skip
            return
        if not origin_allowed(headers.get("origin"), self._origins_for(scope["path"]), own_host=host):
            await refuse(
                send, 403, "origin_not_allowed",
                f"requests from pages of {headers.get('origin')!r} are refused: list the origin in "
                "DSL2PNG_CORS_ORIGINS (DSL2PNG_MCP_ALLOWED_ORIGINS for /mcp) to let its pages call this service",
            )  # fmt: skip
            return
        await self.app(scope, receive, send)
