"""Network stand-ins: an HTTP server that counts connections (proof that a render fetched nothing)
and a TCP proxy to a real server that can be cut (an outage as the clients see it)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Callable, Coroutine
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar

T = TypeVar("T")


class CountingServer:
    """A local HTTP server that counts every TCP connection it accepts."""

    def __init__(self) -> None:
        self.connections = 0
        self.paths: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.paths.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                return

        class Server(ThreadingHTTPServer):
            def get_request(self) -> tuple[socket.socket, object]:
                request = super().get_request()
                outer.connections += 1
                return request

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)


class TcpProxy:
    """An asyncio TCP proxy to a real server that can be cut: `cut()` closes every connection and
    refuses new ones (the server's outage, as the clients see it), `restore()` forwards again.
    `forward_first`: forward that many connections, then cut (the server gone right after a
    client's first connection, whenever its next one comes)."""

    def __init__(self, target_host: str, target_port: int, *, forward_first: int | None = None) -> None:
        self.target = (target_host, target_port)
        self.port = 0
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._cut = False
        self._left = forward_first

    async def start(self) -> TcpProxy:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self._left is not None:
            self._cut, self._left = self._left <= 0, self._left - 1
        if self._cut:
            writer.close()
            return
        up_reader, up_writer = await asyncio.open_connection(*self.target)
        self._writers |= {writer, up_writer}

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(ConnectionError, OSError):
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    def cut(self) -> None:
        self._cut = True
        for writer in self._writers:
            writer.close()
        self._writers.clear()

    def restore(self) -> None:
        self._cut = False

    async def close(self) -> None:
        self.cut()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()


class ThreadedTcpProxy:
    """A `TcpProxy` on an event loop of its own thread, for a test whose code under test blocks
    its loop on the database now and then (a service's start-up opens its pools there): on the
    test's loop the proxy would wait for the very call it has to forward."""

    def __init__(self, target_host: str, target_port: int, *, forward_first: int | None = None) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self.proxy = self._run(TcpProxy(target_host, target_port, forward_first=forward_first).start())
        self.port = self.proxy.port

    def _run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(30)

    def cut(self) -> None:
        """Cut, and return once it is cut: a request sent next meets the outage."""
        self._run(self._call(self.proxy.cut))

    def restore(self) -> None:
        self._run(self._call(self.proxy.restore))

    @staticmethod
    async def _call(action: Callable[[], None]) -> None:
        action()

    def close(self) -> None:
        self._run(self.proxy.close())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(30)
        self._loop.close()
