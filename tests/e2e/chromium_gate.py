"""A Chromium held at its launch until a test lets it through, so a test can see what a
process does while its pool is surely still starting, without timing it."""

from __future__ import annotations

import contextlib
import errno
import os
import time
from pathlib import Path


class ChromiumGate:
    """A Chromium the server launches through a script that first waits on a FIFO the test opens:
    until `open()`, the pool is surely still starting, however fast the machine. `then` is what
    the script runs once let through (the real Chromium, or a failing one)."""

    def __init__(self, folder: Path, then: str) -> None:
        self.fifo = folder / "gate"
        os.mkfifo(self.fifo)
        self.script = folder / "gated-chromium"
        self.script.write_text(f'#!/bin/sh\nread _ < "{self.fifo}"\n{then}\n')
        self.script.chmod(0o755)

    def env(self) -> dict[str, str]:
        # One browser: one launch waits at the gate. A long launch timeout: it includes the wait.
        return {
            "DSL2PNG_CHROMIUM_PATH": str(self.script),
            "DSL2PNG_BROWSERS": "1",
            "DSL2PNG_LAUNCH_TIMEOUT_S": "300",
        }

    def waited_at(self) -> bool:
        """True once the server is launching Chromium: the script runs (waiting at the gate).
        Looked for among the processes: opening the FIFO to see would let it through."""
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            with contextlib.suppress(OSError):
                if str(self.script).encode() in cmdline.read_bytes():
                    return True
        return False

    def open(self, timeout_s: float = 60) -> None:
        """Let the launch through. The script's process shows before its shell opens the FIFO to
        read (`waited_at`), and a FIFO with no reader refuses a writer (ENXIO): retried until the
        reader is there."""
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fd = os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK)
                break
            except OSError as exc:
                if exc.errno != errno.ENXIO or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)
        try:
            os.write(fd, b"go\n")
        finally:
            os.close(fd)
