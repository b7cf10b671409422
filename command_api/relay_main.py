"""Composition of the relay process (`dsl2png relay`): event store + JetStream, until SIGTERM."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from pydantic import Field, model_validator

from command_api.relay import Relay, describe_position, tracking_recorder_for
from command_api.relay_metrics import export_relay_metrics
from dsl2png.addresses import database_address, queue_address
from dsl2png.logs import configure_logging
from dsl2png.probe_port import probes_on
from dsl2png.probes import StatusFn
from dsl2png.queue_nats import JetStreamQueue
from dsl2png.settings import ProbedSettings
from dsl2png.startup_checks import check_database, until_stopped
from dsl2png.stop_lines import log_stopped
from dsl2png.telemetry import setup_tracing

log = logging.getLogger(__name__)


class RelaySettings(ProbedSettings):
    """DSL2PNG_* environment (DATABASE_URL and NATS_URL also without the prefix)."""

    dedup_window_s: float = Field(default=120.0, gt=0)
    batch_size: int = Field(default=500, ge=1, le=10_000)
    track_every_s: float = Field(
        default=1.0,
        ge=0,
        le=60,
        description="write the relay's position at most this often; a crash republishes at most "
        "this much, which JetStream drops as duplicates (so it must stay below dedup_window_s)",
    )
    create_tables: bool = Field(
        default=False, description="create tables at start (tests, dev); else migrations"
    )

    @model_validator(mode="after")
    def _check(self) -> RelaySettings:
        self.check_mode()
        if self.track_every_s >= self.dedup_window_s:
            raise ValueError(
                f"track_every_s ({self.track_every_s}) must be below dedup_window_s ({self.dedup_window_s}): "
                "events republished after a crash would not be recognised as duplicates"
            )
        return self


def relay_status(relay: Relay, queue: JetStreamQueue) -> StatusFn:
    """Ready = NATS is connected now and the relay's last pass read the event store and published
    without error. The connection is asked at each probe: a relay that lost NATS was "ready"
    until its next publish failed (~10 s, or never while no render came)."""

    def status() -> tuple[bool, dict[str, object]]:
        connected = queue.connected
        detail: dict[str, object] = {
            "position": relay.position,
            "published": relay.published,
            "nats": {"connected": connected},
        }
        if relay.last_error is not None:
            detail["error"] = relay.last_error
        return connected and relay.last_error is None, detail

    return status


async def run_relay(settings: RelaySettings, *, stop: asyncio.Event | None = None) -> None:
    """Relay recorded RenderRequested events to JetStream until SIGTERM/SIGINT (or `stop`)."""
    if settings.embedded or settings.nats_url is None:
        raise SystemExit(
            "dsl2png relay needs DATABASE_URL and NATS_URL; without them `dsl2png serve` relays in-process"
        )
    from dsl2png.event_store import make_render_jobs

    assert settings.database_url is not None
    stop = stop or asyncio.Event()
    if not settings.create_tables:
        await asyncio.to_thread(
            check_database, settings.database_url, settings.database_schema,
            connect_timeout_s=settings.connect_timeout_s,
        )  # fmt: skip
    jobs = make_render_jobs(
        settings.database_url,
        settings.data_dir,
        create_tables=settings.create_tables,
        schema=settings.database_schema,
        limits=settings.session_limits,
    )
    queue: JetStreamQueue | None = None
    failure: BaseException | None = None
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    try:
        connecting = asyncio.ensure_future(JetStreamQueue.connect(
            settings.nats_url, stream=settings.nats_stream, subject=settings.nats_subject,
            dedup_window_s=settings.dedup_window_s, name="dsl2png-relay", consume=False,
            connect_deadline_s=settings.startup_timeout_s,
        ))  # fmt: skip
        if not await until_stopped(connecting, stop):
            return  # SIGTERM while NATS was still out of reach
        queue = connecting.result()
        tracking = tracking_recorder_for(jobs, create_table=settings.create_tables)
        relay = Relay(
            jobs, queue, tracking, batch_size=settings.batch_size, track_every_s=settings.track_every_s
        )
        log.info(
            "relay publishing to %s from %s of the %s",
            queue_address(settings),
            describe_position(await relay.load_position()),
            database_address(settings),
        )
        async with contextlib.AsyncExitStack() as probes:
            probes.callback(export_relay_metrics(relay))
            await probes.enter_async_context(probes_on(settings, relay_status(relay, queue)))
            await relay.run(stop)
    except BaseException as exc:
        failure = exc
        raise
    finally:
        if queue is not None:
            await queue.close()
        jobs.close()
        log_stopped(log, "relay", failure)


def main() -> None:
    """Entry point of `dsl2png relay`."""
    settings = RelaySettings()
    configure_logging(settings.log_level, json_lines=settings.log_json)
    setup_tracing("dsl2png-relay")
    asyncio.run(run_relay(settings))
