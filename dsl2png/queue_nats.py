"""JetStream job queue: a work-queue stream and one durable pull consumer shared by every worker."""

from __future__ import annotations

import contextlib
import json
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

import nats
import nats.errors
import nats.js.errors
from nats.aio.client import Client as NatsClient
from nats.aio.msg import Msg
from nats.js import JetStreamContext
from nats.js.api import (
    AckPolicy,
    ConsumerConfig,
    DeliverPolicy,
    RetentionPolicy,
    StorageType,
    StreamConfig,
)

from dsl2png.consumer_config import differences, mismatch_error
from dsl2png.queue import JobMessage
from dsl2png.startup_checks import connect_nats

log = logging.getLogger(__name__)

MSG_ID_HEADER = "Nats-Msg-Id"
WORKQUEUE_CONSUMER_NOT_UNIQUE = 10100
CONSUMER_CHECK_S = 10.0
"""How often at most an idle worker asks whether its durable consumer still exists."""
"""JetStream error: a second consumer on a work-queue stream's subject."""


@dataclass
class NatsJobMessage:
    """One JetStream delivery (implements `JobMessage`)."""

    job_id: str
    event_id: str
    delivery: int
    headers: dict[str, str]
    _msg: Msg = field(repr=False)

    @classmethod
    def from_msg(cls, msg: Msg) -> NatsJobMessage:
        body = json.loads(msg.data)
        headers = {k: v for k, v in (msg.headers or {}).items() if not k.startswith("Nats-")}
        return cls(
            job_id=str(body["job_id"]),
            event_id=str(body["event_id"]),
            delivery=msg.metadata.num_delivered,
            headers=headers,
            _msg=msg,
        )

    async def ack(self) -> None:
        await self._msg.ack()

    async def nak(self, delay_s: float = 0.0) -> None:
        await self._msg.nak(delay=delay_s if delay_s > 0 else None)

    async def term(self) -> None:
        await self._msg.term()

    async def in_progress(self) -> None:
        await self._msg.in_progress()


class JetStreamQueue:
    """`JobQueue` on NATS JetStream. The stream keeps each job until a worker acks or terminates
    it (work-queue retention, file storage); `Nats-Msg-Id` = event id drops republished events
    within `dedup_window_s`; all workers pull from one durable consumer with explicit acks, so a
    job taken by a worker that dies comes back after the ack wait, at most `max_deliver` times."""

    def __init__(
        self,
        nc: NatsClient,
        js: JetStreamContext,
        sub: JetStreamContext.PullSubscription | None,
        *,
        stream: str,
        subject: str,
        max_deliver: int,
        owns_connection: bool,
        dedup_window_s: float = 120,
        consumer: ConsumerConfig | None = None,
    ) -> None:
        self._nc = nc
        self._dedup_window_s = dedup_window_s
        self._consumer = consumer
        """The durable consumer's configuration, to make it again if it disappears."""
        self._consumer_checked_at = time.monotonic()
        self._js = js
        self._sub = sub
        self.stream = stream
        self.subject = subject
        self.max_deliver = max_deliver
        self._owns_connection = owns_connection

    @classmethod
    async def connect(
        cls,
        url: str | NatsClient,
        *,
        stream: str = "DSL2PNG_JOBS",
        subject: str = "dsl2png.jobs",
        durable: str = "render-workers",
        max_deliver: int = 5,
        ack_wait_s: float = 30,
        dedup_window_s: float = 120,
        backoff_s: Sequence[float] | None = None,
        # Redelivery delays after the ack wait expires (worker gone); they also delay every nak
        # by backoff[n] - ack_wait, so a worker that naks with its own delays must leave this out.
        max_ack_pending: int = 1000,
        name: str = "dsl2png",
        consume: bool = True,
        connect_deadline_s: float = 60.0,
    ) -> JetStreamQueue:
        """Connect (or reuse a connected client), make sure the stream and the durable consumer
        exist with this configuration, and bind a pull subscription to the consumer. A publisher
        only (the relay) passes `consume=False`: it makes sure of the stream and nothing else
        (a work-queue stream allows one consumer per subject, and that one is the workers').
        An unreachable NATS is retried for `connect_deadline_s`, then a `StartupError`."""
        owns = isinstance(url, str)
        nc = (
            await connect_nats(url, name=name, deadline_s=connect_deadline_s) if isinstance(url, str) else url
        )
        try:
            js = nc.jetstream()
            await ensure_stream(js, stream=stream, subject=subject, dedup_window_s=dedup_window_s)
            config = ConsumerConfig(
                durable_name=durable,
                deliver_policy=DeliverPolicy.ALL,
                ack_policy=AckPolicy.EXPLICIT,
                ack_wait=ack_wait_s,
                max_deliver=max_deliver,
                # No backoff list by default: JetStream (2.9) measures a nak's delay from the
                # ack wait but the redelivery from backoff[n], so each retry came
                # backoff[n] - ack_wait later than the worker's DSL2PNG_RETRY_* asked. A job
                # whose worker vanished comes back after the ack wait.
                backoff=list(backoff_s) if backoff_s else None,
                filter_subject=subject,
                max_ack_pending=max_ack_pending,
            )
            sub: JetStreamContext.PullSubscription | None = None
            if consume:
                await ensure_consumer(js, stream=stream, config=config)
                sub = await js.pull_subscribe_bind(durable=durable, stream=stream)
        except BaseException:
            if owns:
                await nc.close()
            raise
        return cls(
            nc, js, sub, stream=stream, subject=subject, max_deliver=max_deliver, owns_connection=owns,
            dedup_window_s=dedup_window_s, consumer=config if consume else None,
        )  # fmt: skip

    @property
    def connected(self) -> bool:
        """Whether the NATS connection is up now (not while the client reconnects)."""
        return bool(self._nc.is_connected)

    async def publish(self, job_id: str, event_id: str, headers: dict[str, str] | None = None) -> bool:
        hdrs = {k: v for k, v in (headers or {}).items() if not k.startswith("Nats-")}
        hdrs[MSG_ID_HEADER] = event_id
        body = json.dumps({"job_id": job_id, "event_id": event_id}).encode()
        try:
            ack = await self._js.publish(self.subject, body, stream=self.stream, headers=hdrs)
        except nats.js.errors.NoStreamResponseError:
            # The stream was deleted under us: make it again, as at start-up, instead of failing
            # every pass until a restart ("no response from stream" every 5 s).
            log.warning("stream %s does not answer (deleted?); creating it again", self.stream)
            await ensure_stream(
                self._js, stream=self.stream, subject=self.subject, dedup_window_s=self._dedup_window_s
            )
            ack = await self._js.publish(self.subject, body, stream=self.stream, headers=hdrs)
        return not ack.duplicate

    async def fetch(self, batch: int, timeout_s: float) -> list[JobMessage]:
        if self._sub is None:
            raise RuntimeError("this JetStreamQueue was connected with consume=False (publish only)")
        try:
            msgs = await self._sub.fetch(batch=batch, timeout=timeout_s)
        except (TimeoutError, nats.errors.TimeoutError, nats.js.errors.NotFoundError):
            await self._check_consumer()
            return []
        return [NatsJobMessage.from_msg(m) for m in msgs]

    async def _check_consumer(self) -> None:
        """After a fetch that got nothing, at most every CONSUMER_CHECK_S: make sure the durable
        consumer (and its stream) still exist, and make them again if not. A deleted stream takes
        its consumer along, and a pull on a consumer that is gone just times out: the worker sat
        idle and "ready" while jobs piled up in the recreated stream."""
        if self._consumer is None or time.monotonic() - self._consumer_checked_at < CONSUMER_CHECK_S:
            return
        self._consumer_checked_at = time.monotonic()
        durable = self._consumer.durable_name
        assert durable is not None
        try:
            await self._js.consumer_info(self.stream, durable)
            return
        except nats.js.errors.NotFoundError:
            log.warning(
                "consumer %s on stream %s is gone (stream deleted?); creating them again",
                durable,
                self.stream,
            )
        await ensure_stream(
            self._js, stream=self.stream, subject=self.subject, dedup_window_s=self._dedup_window_s
        )
        await ensure_consumer(self._js, stream=self.stream, config=self._consumer)
        old, self._sub = self._sub, await self._js.pull_subscribe_bind(durable=durable, stream=self.stream)
        if old is not None:
            with contextlib.suppress(nats.errors.Error, ValueError):
                await old.unsubscribe()

    async def pending(self) -> int:
        info = await self._js.stream_info(self.stream)
        return info.state.messages

    async def on_exhausted(self, durable: str, handle: Callable[[str, int], Awaitable[None]]) -> None:
        """Call `handle(job_id, deliveries)` for each job the server gave up on after max_deliver
        deliveries (JetStream's advisory), then remove it from the stream. A worker that died on
        a job's last delivery never settles it, so without this the job would stay "rendering"
        and keep a place in the queue forever. Every worker listens; `handle` must be idempotent."""
        subject = f"$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.{self.stream}.{durable}"

        async def advisory(msg: Msg) -> None:
            try:
                notice = json.loads(msg.data)
                seq, deliveries = int(notice["stream_seq"]), int(notice.get("deliveries", self.max_deliver))
                stored = await self._js.get_msg(self.stream, seq)
                job_id = str(json.loads(stored.data or b"{}")["job_id"])
            except (nats.errors.Error, ValueError, KeyError, TypeError):
                return  # already removed by another worker, or not one of ours
            await handle(job_id, deliveries)
            with contextlib.suppress(nats.errors.Error):
                await self._js.delete_msg(self.stream, seq)

        await self._nc.subscribe(subject, cb=advisory)

    async def close(self) -> None:
        """Flush outstanding acks and close (only a connection this queue opened)."""
        if self._sub is not None:
            with contextlib.suppress(nats.errors.Error, ValueError):
                await self._sub.unsubscribe()
        if not self._owns_connection or self._nc.is_closed:
            return
        try:
            await self._nc.drain()
        except (nats.errors.Error, TimeoutError):
            await self._nc.close()


async def ensure_stream(js: JetStreamContext, *, stream: str, subject: str, dedup_window_s: float) -> None:
    """Create the work-queue stream, or update one that exists with other settings."""
    config = StreamConfig(
        name=stream,
        subjects=[subject],
        retention=RetentionPolicy.WORK_QUEUE,
        storage=StorageType.FILE,
        duplicate_window=dedup_window_s,
    )
    try:
        await js.add_stream(config)
    except nats.js.errors.BadRequestError:
        log.info("stream %s exists with other settings; updating it", stream)
        await js.update_stream(config)


async def ensure_consumer(js: JetStreamContext, *, stream: str, config: ConsumerConfig) -> None:
    """Create the durable consumer, or use the one that exists when it has this worker's
    settings; refuse (`ConsumerMismatchError`) when it has others, rather than let JetStream
    update it for every worker running on it (see `dsl2png.consumer_config`)."""
    assert config.durable_name is not None
    try:
        existing = (await js.consumer_info(stream, config.durable_name)).config
    except nats.js.errors.NotFoundError:
        try:
            existing = (await js.add_consumer(stream, config)).config
        except nats.js.errors.BadRequestError as exc:
            if exc.err_code == WORKQUEUE_CONSUMER_NOT_UNIQUE:
                raise RuntimeError(
                    f"stream {stream} already has another consumer for {config.filter_subject}; a work-queue "
                    f"stream allows one, so every worker must use the same durable name (not {config.durable_name!r})"
                ) from exc
            raise
    if differences(existing, config):
        raise mismatch_error(stream, existing, config)


async def delete_stream(url: str, stream: str) -> None:
    """Remove a stream and its consumers (tests and `dsl2png` admin use)."""
    nc = await nats.connect(url)
    try:
        await nc.jetstream().delete_stream(stream)
    except nats.js.errors.NotFoundError:
        pass
    finally:
        await nc.close()
