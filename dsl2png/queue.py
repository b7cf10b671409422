"""The job queue port: how the relay hands render jobs to workers, whatever carries them."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class JobMessage(Protocol):
    """One delivery of one job. Settle it exactly once with ack, nak or term; until then a
    worker that works long calls `in_progress()` so the queue does not hand it to someone else."""

    @property
    def job_id(self) -> str: ...

    @property
    def event_id(self) -> str:
        """Id of the RenderRequested event that put the job on the queue (the de-duplication key)."""
        ...

    @property
    def delivery(self) -> int:
        """Which attempt this is, 1-based: 1 on first delivery, 2 after one redelivery, ..."""
        ...

    @property
    def headers(self) -> dict[str, str]:
        """Headers from the publisher (trace context among them)."""
        ...

    async def ack(self) -> None:
        """Done for good: the result is stored; never deliver this again."""
        ...

    async def nak(self, delay_s: float = 0.0) -> None:
        """Failed for now: deliver again after `delay_s` seconds (counts as an attempt)."""
        ...

    async def term(self) -> None:
        """Poison: never deliver again (the job was marked failed)."""
        ...

    async def in_progress(self) -> None:
        """Still working: restart the ack-wait clock."""
        ...


class JobQueue(Protocol):
    """A work queue shared by every worker: each job goes to one worker at a time, and comes back
    when the worker naks it or dies without settling it, up to the queue's max_deliver."""

    max_deliver: int
    """How many deliveries a job gets; a worker seeing `delivery >= max_deliver` must give up."""

    async def publish(self, job_id: str, event_id: str, headers: dict[str, str] | None = None) -> bool:
        """Enqueue a job; returns False when a message with this event id was already
        published within the de-duplication window (then nothing new is enqueued)."""
        ...

    async def fetch(self, batch: int, timeout_s: float) -> list[JobMessage]:
        """Up to `batch` messages; waits at most `timeout_s` for the first; [] when none came."""
        ...

    async def pending(self) -> int:
        """Jobs enqueued and not yet settled (acked or terminated): the queue depth."""
        ...

    async def close(self) -> None:
        """Release connections; unsettled messages are redelivered to other workers later."""
        ...
