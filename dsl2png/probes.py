"""A tiny HTTP endpoint for a background process (a render worker, the relay): /healthz,
/readyz (its own status) and /metrics."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable

from dsl2png.metrics import exposition

StatusFn = Callable[[], tuple[bool, dict[str, object]]]


async def _respond(writer: asyncio.StreamWriter, status: int, body: bytes, content_type: str) -> None:
    reason = {200: "OK", 404: "Not Found", 503: "Service Unavailable"}.get(status, "OK")
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    writer.write(head.encode() + body)
    await writer.drain()


AliveFn = Callable[[], bool]


def _handler(
    status: StatusFn, alive: AliveFn | None = None
) -> Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request_line = await asyncio.wait_for(reader.readline(), 5)
            while (await asyncio.wait_for(reader.readline(), 5)) not in (b"\r\n", b"\n", b""):
                pass  # headers are not needed
            parts = request_line.decode("latin-1").split()
            path = parts[1].split("?")[0] if len(parts) > 1 else "/"
            if path == "/healthz" and alive is not None and not alive():
                await _respond(writer, 503, b'{"status":"stalled"}', "application/json")
            elif path == "/healthz":
                await _respond(writer, 200, b'{"status":"ok"}', "application/json")
            elif path == "/readyz":
                ready, detail = status()
                body = json.dumps({"status": "ready" if ready else "not ready", **detail}).encode()
                await _respond(writer, 200 if ready else 503, body, "application/json")
            elif path == "/metrics":
                text, content_type = await exposition()
                await _respond(writer, 200, text, content_type)
            else:
                await _respond(writer, 404, b'{"detail":"not found"}', "application/json")
        except (TimeoutError, ConnectionError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    return handle


@contextlib.asynccontextmanager
async def health_server(
    host: str, port: int, status: StatusFn, alive: AliveFn | None = None
) -> AsyncIterator[asyncio.Server]:
    """Serve the process's probes while the context is open; `status()` says (ready, details),
    `alive()` (if given) whether /healthz answers 200 or 503 (a process stuck for good)."""
    server = await asyncio.start_server(_handler(status, alive), host, port)
    try:
        yield server
    finally:
        server.close()
        await server.wait_closed()
