"""Binds `dsl2png serve`'s listening socket before anything starts, with a clear word if it cannot."""

from __future__ import annotations

import errno
import socket

USAGE = 2
"""Exit code of a bad `--host`, as of every usage error."""
UNAVAILABLE = 1
"""Exit code of an address the machine cannot give now (a port in use, one that needs privileges)."""


class CannotListenError(Exception):
    """The address cannot be listened on: `exit_code` USAGE for a host that is no address of
    this machine, UNAVAILABLE for a port another process holds."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to `host`:`port`, as uvicorn would bind it (IPv6 for an address with a
    colon), for uvicorn to serve on. Bound first, before Chromium and the event store start: a
    port in use failed only after all of that, with exit code 3 and the cause in a log line."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise CannotListenError(*_reason(exc, host, port)) from None
    return sock


def _reason(exc: OSError, host: str, port: int) -> tuple[str, int]:
    where = f"cannot listen on {host}:{port}"
    if isinstance(exc, socket.gaierror):
        return f"{where}: --host {host} is no host name or address known here", USAGE
    if exc.errno == errno.EADDRNOTAVAIL:
        return f"{where}: --host {host} is no address of this machine", USAGE
    if exc.errno == errno.EADDRINUSE:
        return (
            f"{where}: the port is in use (another process listens there): stop it, or pick another --port",
            UNAVAILABLE,
        )
    if exc.errno == errno.EACCES:
        return (
            f"{where}: permission denied (a port below 1024 needs privileges): pick another --port",
            UNAVAILABLE,
        )
    return f"{where}: {exc.strerror or exc}", UNAVAILABLE
