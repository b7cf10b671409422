"""Settings of a render worker process (`dsl2png worker`), validated at start-up."""

from __future__ import annotations

import os
import socket

from pydantic import Field, model_validator

from dsl2png.settings import ProbedSettings


def default_worker_id() -> str:
    """hostname-pid: unique per process, and readable in RenderStarted events and logs."""
    return f"{socket.gethostname()}-{os.getpid()}"


class WorkerSettings(ProbedSettings):
    """DSL2PNG_* environment (DATABASE_URL and NATS_URL also without the prefix). The Chromium
    pool reads its own `PoolSettings` from the same environment."""

    worker_id: str = Field(
        default_factory=default_worker_id,
        min_length=1,
        max_length=200,
        description="names this worker in RenderStarted events and logs; default hostname-pid",
    )
    concurrency: int | None = Field(
        default=None,
        ge=1,
        le=256,
        description="jobs rendered at once; default one per warm page (browsers x pages per browser)",
    )
    nats_durable: str = Field(
        default="render-workers", description="the durable consumer every worker of a deployment shares"
    )
    max_deliver: int = Field(
        default=5,
        ge=1,
        le=100,
        description="deliveries of a job before it fails as max_deliver (shared consumer)",
    )
    ack_wait_s: float = Field(
        default=30.0,
        gt=0,
        description="a job whose worker died comes back after this long (shared consumer; see docs/runbook.md)",
    )
    dedup_window_s: float = Field(
        default=120.0, gt=0, description="JetStream drops a job published twice within this window"
    )
    heartbeat_s: float | None = Field(
        default=None, gt=0, description="in_progress() interval on long renders; default ack_wait/3"
    )
    retry_base_s: float = Field(default=1.0, gt=0, description="first nak delay after a transient failure")
    retry_max_s: float = Field(
        default=60.0, gt=0, description="longest nak delay (the delay doubles up to it)"
    )
    fetch_timeout_s: float = Field(
        default=1.0, gt=0, description="longest wait per fetch; bounds drain latency"
    )
    breaker_failures: int = Field(
        default=5, ge=1, description="consecutive Chromium failures that open the breaker"
    )
    breaker_cooldown_s: float = Field(
        default=30.0, gt=0, description="how long an open breaker waits before it tries Chromium again"
    )
    drain_timeout_s: float = Field(
        default=60.0,
        gt=0,
        description="longest wait for in-flight jobs on SIGTERM; those still running are handed back",
    )
    create_tables: bool = Field(default=False, description="create event-store tables at start (tests, dev)")

    @model_validator(mode="after")
    def _check(self) -> WorkerSettings:
        self.check_mode()
        if self.retry_max_s < self.retry_base_s:
            raise ValueError("retry_max_s must not be smaller than retry_base_s")
        return self

    @property
    def jobs_at_once(self) -> int:
        """`concurrency`, or one job per page of the pool the same environment configures."""
        if self.concurrency is not None:
            return self.concurrency
        from render_worker.pool_settings import PoolSettings

        pool = PoolSettings()
        return pool.browsers * pool.pages_per_browser

    @property
    def heartbeat_interval_s(self) -> float:
        return self.heartbeat_s if self.heartbeat_s is not None else self.ack_wait_s / 3
