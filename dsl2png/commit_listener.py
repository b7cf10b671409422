"""A thread that LISTENs on the channel the Postgres event store NOTIFYs after each commit.

It only says *that* something was committed; the follower (relay, projector, the API's
completion watcher) then reads the notification log from its own position. Under load one wake-up covers many commits, and
events committed together (a cache hit's RenderRequested + RenderCompleted) are always read
together, which a subscription that hands over one notification at a time cannot promise.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection
from typing import Any

from psycopg.sql import SQL, Identifier

from kernel.errors import first_line

log = logging.getLogger(__name__)


class CommitListener:
    """LISTEN on `recorder.channel_name` (an eventsourcing PostgresApplicationRecorder) and call
    `on_commit()` from this thread for every notification, or, given `topics`, only for those
    whose payload names one of them (`OneTripPostgresRecorder` puts the committed events' topics
    there; a notification without a payload, from any other writer, always counts).

    `listening` is set once LISTEN has run: a commit after that is seen, so a follower reads the
    log once after waiting for it. A lost connection ends the thread; `failure` holds the error
    and `on_commit()` is called once more so the follower wakes up and sees it."""

    def __init__(
        self,
        recorder: Any,
        on_commit: Callable[[], None],
        *,
        topics: Collection[str] | None = None,
        name: str = "commit-listener",
    ) -> None:
        self.recorder = recorder
        self.on_commit = on_commit
        self.topics = frozenset(topics) if topics is not None else None
        self.listening = threading.Event()
        self.failure: BaseException | None = None
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._listen, name=name, daemon=True)

    def start(self) -> CommitListener:
        self._thread.start()
        return self

    def _listen(self) -> None:
        try:
            with self.recorder.datastore.get_connection() as conn:
                conn.execute(SQL("LISTEN {0}").format(Identifier(self.recorder.channel_name)))
                self.listening.set()
                while not self._stopping.is_set():
                    # at most 0.1 s per wait, so a stop is seen promptly
                    for notify in conn.notifies(timeout=0.1, stop_after=1):
                        if self._wanted(notify.payload):
                            self.on_commit()
        except BaseException as exc:
            if not self._stopping.is_set():
                # Its follower listens again (the API's completions, the relay and the projector
                # all retry), so the line says so: "stopped listening" read as for good.
                log.warning(
                    "%s: lost the database connection it listens for commits on (%s); "
                    "listening again once the database answers", self._thread.name, first_line(exc),
                )  # fmt: skip
                self.failure = exc
                self.on_commit()

    @property
    def alive(self) -> bool:
        """True while the listening thread runs."""
        return self._thread.is_alive()

    def _wanted(self, payload: str) -> bool:
        return self.topics is None or not payload or not self.topics.isdisjoint(payload.split(" "))

    def wait_listening(self, stopping: threading.Event | None = None) -> bool:
        """Block until LISTEN has run (True), or the thread failed or `stopping` was set (False)."""
        while not self.listening.wait(0.1):
            if self.failure is not None or not self._thread.is_alive():
                return False
            if stopping is not None and stopping.is_set():
                return False
        return True

    def stop(self, timeout_s: float = 10.0) -> None:
        """Stop listening and wait for the thread (it returns its connection to the pool)."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout_s)
