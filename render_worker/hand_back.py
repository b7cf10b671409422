"""What a worker does with a job its shutdown cut short: record why, and put it back on the queue now.

A worker stopping (SIGTERM) waits DSL2PNG_DRAIN_TIMEOUT_S for its renders; one still running
then used to be dropped unsettled, so it sat out the consumer's whole ack wait (30 s) before
another worker took it, and its trail said only `attempt_lost`. Handed back, it is delivered
again at once and its trail says `drain_timeout`."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from dsl2png.queue import JobMessage
from kernel.errors import first_line

log = logging.getLogger("render_worker.consumer")

DRAIN_TIMEOUT = "drain_timeout"
"""The code of the RenderAttemptFailed recorded for an attempt a worker's shutdown stopped."""

RECORD_TIMEOUT_S = 5.0
"""Longest wait to record it: the store may be what held the render up; the nak goes out anyway."""


async def hand_back(
    message: JobMessage, *, jobs: Any, worker_id: str, run: Callable[..., Awaitable[Any]]
) -> None:
    """Record RenderAttemptFailed(`drain_timeout`) for `message`'s attempt, then nak it with no
    delay. `run` runs a synchronous store call off the event loop (the worker's executor)."""
    text = (
        f"attempt {message.delivery} on {worker_id} was stopped when its worker shut down "
        "(DSL2PNG_DRAIN_TIMEOUT_S ran out); the job was handed back to the queue"
    )
    try:
        await asyncio.wait_for(run(_record, jobs, message, text), RECORD_TIMEOUT_S)
    except Exception as exc:  # the nak below matters more than the record
        log.warning(
            "job %s: could not record that it was handed back (%s)", message.job_id, first_line(exc),
            extra={"render_id": message.job_id},
        )  # fmt: skip
    try:
        await message.nak()
    except Exception as exc:  # the queue is gone: the ack wait brings it back
        log.warning(
            "job %s: could not hand it back (%s); it is delivered again after the ack wait",
            message.job_id, first_line(exc), extra={"render_id": message.job_id},
        )  # fmt: skip


def _record(jobs: Any, message: JobMessage, text: str) -> None:
    job_id = uuid.UUID(message.job_id)
    job = jobs.get(job_id)
    attempt = max(message.delivery, int(getattr(job, "attempt", 0) or 0))
    jobs.fail_attempt(job_id, DRAIN_TIMEOUT, text, attempt, held=job)
