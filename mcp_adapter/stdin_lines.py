"""The client's lines on stdin for the MCP stdio transport, read so that a signal can stop the server."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from typing import BinaryIO


class StdinLines:
    """An async iterator over the lines of `stream`, read by a daemon thread.

    mcp's own stdin reads each line in an anyio worker thread that cannot be cancelled and that
    exit waits for: Ctrl+C or SIGTERM then waited forever for the client's next line. A daemon
    thread left blocked on a read does not hold up the cancellation nor the exit."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._lines: asyncio.Queue[str | None] | None = None

    def __aiter__(self) -> StdinLines:
        return self

    async def __anext__(self) -> str:
        if self._lines is None:
            self._lines = asyncio.Queue()
            loop = asyncio.get_running_loop()
            threading.Thread(target=self._read, args=(loop, self._lines), name="stdin", daemon=True).start()
        line = await self._lines.get()
        if line is None:
            raise StopAsyncIteration
        return line

    def _read(self, loop: asyncio.AbstractEventLoop, lines: asyncio.Queue[str | None]) -> None:
        with contextlib.suppress(RuntimeError):  # the loop closed: nobody reads any more
            try:
                for raw in iter(self._stream.readline, b""):
                    loop.call_soon_threadsafe(lines.put_nowait, raw.decode("utf-8", errors="replace"))
            except (OSError, ValueError):
                pass  # stdin closed under the reader: the same as its end
            loop.call_soon_threadsafe(lines.put_nowait, None)


@contextlib.contextmanager
def claimed_stdin() -> Iterator[BinaryIO]:
    """Stdin as a private descriptor, fd 0 pointing at the null device meanwhile (as mcp's
    transport does): a child or a handler that reads stdin gets EOF, not the client's messages."""
    private = os.dup(sys.stdin.fileno())
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    try:
        # closefd=False: the reading thread may still block on it after the server stops
        yield os.fdopen(private, "rb", closefd=False)
    finally:
        os.dup2(private, 0)
