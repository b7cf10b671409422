"""Each API key's renders queued or rendering, counted for admission without the read model's lag."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable, Collection
from dataclasses import dataclass, field
from typing import Protocol

from kernel.errors import TooManyRendersError
from kernel.schemas import RenderPublic

Recorded = Callable[[RenderPublic], None]
"""Told the job a POST recorded, while the key's turn is still held."""


def ignore_recorded(job: RenderPublic) -> None:
    """`Recorded` where nothing keeps count (no admission, or no API key)."""


class UnfinishedCounts(Protocol):
    """The read model's side of the count (projector.views implements it)."""

    def count_unfinished(self, owner: str, recent_ids: Collection[str] = ()) -> tuple[int, set[str]]: ...


StillUnfinished = Callable[[Collection[str]], set[str]]
"""Which of these job ids are queued or rendering as the event store says now (RenderJobs.unfinished)."""
RECHECK_AFTER_S = 5.0
"""How long a recorded render may stay out of the read model before the event store is asked about it."""


@dataclass
class _KeyTurn:
    """One key's lock, the requests holding or awaiting it, and the ids of the renders this
    process recorded for it that the read model did not show at the last count."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0
    unprojected: dict[str, float] = field(default_factory=dict)
    """Render id -> when it was last known unfinished (recorded, or checked in the event store)."""


class UnfinishedQuota:
    """Refuses a key's render (429 `too_many_renders`) once it has `limit` renders queued or
    rendering, counting those the read model does not show yet.

    The read model trails the event store by the projector's lag, so POSTs sent one after another
    got ahead of its count ("51 renders queued (the limit is 50)"). This process keeps the ids of
    the unfinished renders it recorded, per key, until the read model shows them (in any status;
    from then on its own count covers them), and adds those it does not show yet. Checking and
    recording hold the key's lock, so two requests of one key cannot both pass at `limit - 1`;
    other keys do not wait. It costs one read-model statement per POST, as before.

    Each API process knows only the renders it recorded itself: with several processes, the
    renders another process recorded within the projector's lag (it reads the log every 50 ms)
    are not counted here until the read model shows them, so a key's burst spread over N
    processes faster than that can pass the limit by what the other processes recorded
    meanwhile (each stops at the limit by its own count). The read model covers the rest.

    Some renders never show in the read model: one erased before the projector reached it (its
    row is made and removed in one batch), one whose events are gone (a database restored from a
    backup, a schema migrated down and up). Counted until the read model showed them, they were
    counted for good: a key was refused at 49 of 50 for over ten minutes by one API process while
    the others admitted it. So a render the read model has not shown for `recheck_after_s` is
    looked up in the event store (`still_unfinished`), and forgotten unless it is queued or
    rendering there; one still unfinished (the projector is stopped or far behind) is asked about
    again after as long."""

    def __init__(
        self,
        read_model: UnfinishedCounts,
        limit: int,
        still_unfinished: StillUnfinished | None = None,
        *,
        recheck_after_s: float = RECHECK_AFTER_S,
    ) -> None:
        self.read_model = read_model
        self.limit = limit
        self.still_unfinished = still_unfinished
        self.recheck_after_s = recheck_after_s
        self._turns: dict[str, _KeyTurn] = {}

    @contextlib.asynccontextmanager
    async def reserve(self, owner: str) -> AsyncIterator[Recorded]:
        """Hold `owner`'s turn: raise TooManyRendersError at the limit, else yield the callback
        to tell the job once recorded. The key's next request is checked after this one is
        recorded (or given up)."""
        turn = self._turns.setdefault(owner, _KeyTurn())
        turn.users += 1
        try:
            async with turn.lock:
                unfinished = await self._count(owner, turn)
                if unfinished >= self.limit:
                    raise TooManyRendersError(
                        f"this API key has {unfinished} renders queued or rendering (the limit is "
                        f"{self.limit}); wait for some to finish",
                        retry_after_s=2,
                    )

                def recorded(job: RenderPublic) -> None:
                    if not job.terminal:  # a cache hit is recorded finished: nothing to count
                        turn.unprojected[job.id] = time.monotonic()

                yield recorded
        finally:
            turn.users -= 1
            if turn.users == 0 and not turn.unprojected:
                del self._turns[owner]  # memory stays bounded by the keys with renders in flight

    async def _count(self, owner: str, turn: _KeyTurn) -> int:
        """The read model's count plus this process's recent renders it does not show yet;
        those it shows are forgotten (its count has them now, finished or not)."""
        recent = tuple(turn.unprojected)
        unfinished, projected = await asyncio.to_thread(self.read_model.count_unfinished, owner, recent)
        for job_id in projected:
            del turn.unprojected[job_id]
        await self._forget_finished(turn)
        return unfinished + len(turn.unprojected)

    async def _forget_finished(self, turn: _KeyTurn) -> None:
        """Ask the event store about the renders the read model has not shown for
        `recheck_after_s`; forget those it does not have queued or rendering."""
        now = time.monotonic()
        overdue = [job_id for job_id, seen in turn.unprojected.items() if now - seen >= self.recheck_after_s]
        if not overdue or self.still_unfinished is None:
            return
        unfinished = await asyncio.to_thread(self.still_unfinished, overdue)
        for job_id in overdue:
            if job_id in unfinished:
                turn.unprojected[job_id] = now
            else:
                del turn.unprojected[job_id]
