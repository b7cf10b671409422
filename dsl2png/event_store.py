"""The RenderJobs event-sourced application: command handlers over the RenderJob aggregate."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.persistence import InfrastructureFactory, IntegrityError, Recording
from eventsourcing.postgres import PostgresDatastore, PostgresFactory
from eventsourcing.utils import Environment, EnvType, get_topic
from psycopg.conninfo import conninfo_to_dict
from pydantic import ValidationError

from dsl2png.event_redaction import redact_request
from dsl2png.metrics import EVENTS_APPENDED
from dsl2png.pg_event_recorder import OneTripPostgresRecorder
from dsl2png.pg_outage_gate import DEFAULT_WAIT_S, guard_pool
from dsl2png.pg_pool_check import check_idle_connections
from dsl2png.pg_session_limits import SessionLimits, limit_sessions
from kernel.api_keys import EVENT_CLASSES as API_KEY_EVENTS
from kernel.dsl.shown import shown_json
from kernel.errors import (
    IdempotencyConflictError,
    InvalidDocumentError,
    JobErasedError,
    JobNotFoundError,
)
from kernel.image_retention import EVENT_CLASSES as RETENTION_EVENTS
from kernel.render_job import EVENT_CLASSES, RenderJob
from kernel.schemas import RenderErrorPublic, RenderPublic
from kernel.times import utc_iso

CONNECT_OPTIONS_KEY = "DSL2PNG_POSTGRES_CONNECT_OPTIONS"
"""Env key (JSON object) of libpq options from the URL's query that the library has no setting for."""
POOL_WAIT_KEY = "DSL2PNG_POOL_WAIT_S"
"""Env key of the longest wait for a pooled connection (dsl2png.pg_outage_gate)."""
STATEMENT_TIMEOUT_KEY = "DSL2PNG_DATABASE_STATEMENT_TIMEOUT_S"
KEEPALIVE_KEY = "DSL2PNG_DATABASE_KEEPALIVE_S"
"""Env keys of the connections' `SessionLimits` (dsl2png.pg_session_limits), as the settings name them."""
SQLITE_FILE = "events.sqlite"
BASE_FIELDS = frozenset({"originator_id", "originator_version", "timestamp", "originator_topic"})
CONFLICT_RETRIES = 5


def render_requested_topics() -> list[str]:
    """Topic of RenderRequested, to follow only new requests in the notification log (the relay)."""
    return [get_topic(RenderJob.RenderRequested)]


def render_job_topics() -> list[str]:
    """Topics of every RenderJob event."""
    return [get_topic(cls) for cls in EVENT_CLASSES]


def projected_topics() -> list[str]:
    """Topics the projector follows: every RenderJob event, and those of the API key ring and the
    image retention, which it writes nothing for but tracks, so that its position reaches the
    store's last event (its lag, replay's comparison and tests' waits measure against that) when
    that event is one of theirs."""
    return [*render_job_topics(), *(get_topic(cls) for cls in (*API_KEY_EVENTS, *RETENTION_EVENTS))]


# -- configuration ------------------------------------------------------------------------------


def postgres_env(database_url: str, schema: str | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """Library settings (POSTGRES_*) from a postgresql:// URL, plus the URL's other libpq options."""
    url = database_url.replace("postgresql+psycopg://", "postgresql://", 1)
    params = {k: str(v) for k, v in conninfo_to_dict(url).items()}
    env = {
        "PERSISTENCE_MODULE": "eventsourcing.postgres",
        "POSTGRES_DBNAME": params.pop("dbname", None) or params.get("user", "postgres"),
        "POSTGRES_HOST": params.pop("host", None) or "localhost",
        "POSTGRES_PORT": params.pop("port", None) or "5432",
        "POSTGRES_USER": params.pop("user", None) or "postgres",
        "POSTGRES_PASSWORD": params.pop("password", None) or "",
        # No ping before every checkout: it cost a round trip per database call (6-9% of API and
        # worker CPU in the service bench). Only connections idle for a second are pinged
        # (dsl2png.pg_pool_check, applied where the pools are made); all are recycled after 5 min.
        "POSTGRES_PRE_PING": "n",
        "POSTGRES_CONN_MAX_AGE": "300",
    }
    if schema:
        env["POSTGRES_SCHEMA"] = schema
    return env, params


def apply_connect_options(datastore: PostgresDatastore, options: dict[str, str]) -> None:
    """Pass URL options (sslmode, application_name, ...) to every connection the pool opens.
    Must run before the pool's first connection; the pool reads `kwargs` on each connect."""
    if options and isinstance(datastore.pool.kwargs, dict):
        datastore.pool.kwargs.update(options)


def postgres_datastore(
    database_url: str,
    schema: str | None = None,
    *,
    pool_size: int = 2,
    wait_s: float = DEFAULT_WAIT_S,
    limits: SessionLimits | None = None,
) -> PostgresDatastore:
    """A library datastore (psycopg 3 pool) for the same database as the event store; a checkout
    waits `wait_s` at most, and none while Postgres is unreachable (dsl2png.pg_outage_gate);
    its connections have `limits` (dsl2png.pg_session_limits)."""
    env, options = postgres_env(database_url, schema)
    datastore = PostgresDatastore(
        dbname=env["POSTGRES_DBNAME"],
        host=env["POSTGRES_HOST"],
        port=env["POSTGRES_PORT"],
        user=env["POSTGRES_USER"],
        password=env["POSTGRES_PASSWORD"],
        schema=schema or "",
        pool_size=pool_size,
        max_overflow=pool_size * 2,
        pre_ping=False,
        conn_max_age=300.0,
    )
    apply_connect_options(datastore, options)
    limit_sessions(datastore.pool, limits)
    check_idle_connections(datastore.pool)
    guard_pool(datastore.pool, wait_s)
    return datastore


def render_jobs_env(
    database_url: str | None,
    data_dir: Path,
    *,
    create_tables: bool,
    schema: str | None = None,
    wait_s: float = DEFAULT_WAIT_S,
    limits: SessionLimits | None = None,
) -> dict[str, str]:
    """The complete library environment for RenderJobs (also used to build it in other processes);
    `wait_s`: a checkout's longest wait for a connection (dsl2png.pg_outage_gate); `limits`: its
    connections' statement timeout and keepalives (dsl2png.pg_session_limits)."""
    if database_url is None:
        data_dir.mkdir(parents=True, exist_ok=True)
        return {
            "PERSISTENCE_MODULE": "eventsourcing.sqlite",
            "SQLITE_DBNAME": str(data_dir / SQLITE_FILE),
            "SQLITE_LOCK_TIMEOUT": "30",
            "CREATE_TABLE": "y",
        }
    env, options = postgres_env(database_url, schema)
    env["APPLICATION_RECORDER_TOPIC"] = get_topic(OneTripPostgresRecorder)
    env["CREATE_TABLE"] = "y" if create_tables else "n"
    env[POOL_WAIT_KEY] = repr(float(wait_s))
    limits = limits or SessionLimits()
    env[STATEMENT_TIMEOUT_KEY] = repr(float(limits.statement_timeout_s))
    env[KEEPALIVE_KEY] = repr(float(limits.keepalive_s))
    if options:
        env[CONNECT_OPTIONS_KEY] = json.dumps(options)
    return env


def upcast_options(options: dict[str, Any]) -> dict[str, Any]:
    """Recorded render options as this code would record them: an option added since (e.g. `crop`)
    filled in with its default, so an older job's options compare with a new request's. Options
    this code no longer accepts are returned as recorded."""
    from kernel.dsl.options import RenderOptions  # the DSL model: the relay and projector need none

    try:
        return RenderOptions.model_validate(options).model_dump(mode="json", exclude_none=True)
    except ValidationError:
        return dict(options)


def fingerprint_now(job: RenderJob) -> str | None:
    """The job's request fingerprint as this code computes it (options upcast, the document read
    by the current model), or None when its document is erased or no longer reads. A job recorded
    before an option or a field with a default existed has another stored `body_hash` for the very
    same request; this is what an idempotent retry across the upgrade compares instead."""
    if job.erased:
        return None
    from kernel.dsl.options import RenderOptions
    from kernel.dsl.prepare import plan_render, request_fingerprint  # the compiler: only here

    try:
        options = RenderOptions.model_validate(job.options)
        return request_fingerprint(plan_render(job.source, options).document, options)
    except (ValidationError, InvalidDocumentError):
        return None


def same_request(first: RenderJob, again: RenderJob) -> bool:
    """Whether `again` repeats the request `first` recorded: the same stored fingerprint, or the
    same one once the first job's request is read by this code (it may predate an option)."""
    return first.body_hash == again.body_hash or fingerprint_now(first) == again.body_hash


def idempotency_conflict(first: RenderJob, again: RenderJob) -> str:
    """What differs between the render an Idempotency-Key recorded and a request reusing it: the
    document, the render options (each one named, then and now), or both. "A different request
    body" sent a client looking at its body when only `?format=` had changed. Both sides' options
    are compared with their defaults applied: an option added since the first request is no
    difference ("crop was unset, now false")."""
    then, now = upcast_options(first.options), upcast_options(again.options)
    names = sorted(name for name in {*then, *now} if then.get(name) != now.get(name))
    options = "; ".join(
        f"{name} was {shown_json(then.get(name), none='unset')}, now {shown_json(now.get(name), none='unset')}"
        for name in names
    )
    differs = [
        *(["another document"] if first.source != again.source else []),
        *([f"other render options ({options})"] if names else []),
    ]
    said = " and ".join(differs) or "another request"
    return f"this Idempotency-Key was already used with {said}: send a new key for another render"


# -- the application ----------------------------------------------------------------------------


class RenderJobs(Application[UUID]):
    """Records render jobs as events. Every handler loads the job, asks the aggregate to decide,
    and saves; a concurrent writer (a worker completing while a client cancels) makes the save
    conflict, so the handler reloads and decides again: the first terminal event wins."""

    name = "RenderJobs"

    def __init__(self, env: EnvType | None = None) -> None:
        self._listeners: list[Callable[[], None]] = []
        self._listeners_lock = threading.Lock()
        super().__init__(env)

    def construct_env(self, name: str, env: EnvType | None = None) -> Environment:
        """Only what the caller passes: configuration is explicit, never read from os.environ.
        The unnamed environment keeps the library's default table name, `stored_events`."""
        return Environment("", {**type(self).env, **(env or {})})

    def construct_factory(self, env: Environment) -> InfrastructureFactory[Any]:
        factory = super().construct_factory(env)
        options = env.get(CONNECT_OPTIONS_KEY)
        if isinstance(factory, PostgresFactory):
            if options:
                apply_connect_options(factory.datastore, json.loads(options))
            limits = SessionLimits(
                float(env.get(STATEMENT_TIMEOUT_KEY) or SessionLimits.statement_timeout_s),
                float(env.get(KEEPALIVE_KEY) or SessionLimits.keepalive_s),
            )
            limit_sessions(factory.datastore.pool, limits)
            check_idle_connections(factory.datastore.pool)
            guard_pool(factory.datastore.pool, float(env.get(POOL_WAIT_KEY) or DEFAULT_WAIT_S))
        return factory

    # -- listeners (embedded mode wakes its relay and projector with these) --------------------

    def add_listener(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback()` after every commit made through this instance; returns a remover."""
        with self._listeners_lock:
            self._listeners.append(callback)

        def remove() -> None:
            with self._listeners_lock:
                if callback in self._listeners:
                    self._listeners.remove(callback)

        return remove

    def _notify(self, recordings: list[Recording[UUID]]) -> None:
        """After each commit: count the events (dsl2png_events_appended_total), wake listeners."""
        for recording in recordings:
            EVENTS_APPENDED.labels(type(recording.domain_event).__name__).inc()
        with self._listeners_lock:
            listeners = list(self._listeners)
        for callback in listeners:
            callback()

    # -- commands -------------------------------------------------------------------------------

    def request(
        self,
        *,
        job_id: UUID,
        source: str,
        options: dict[str, Any],
        cache_key: str,
        body_hash: str,
        owner: str | None,
        warnings: list[dict[str, Any]],
        trace_context: dict[str, str] | None = None,
        submitted_sha256: str | None = None,
    ) -> RenderJob:
        """Record RenderRequested. The same id again returns the existing job when the body hash
        matches (an idempotent retry) and raises IdempotencyConflictError when it does not."""
        job = RenderJob.request(
            job_id, source=source, options=options, cache_key=cache_key, body_hash=body_hash,
            owner=owner, warnings=warnings, trace_context=trace_context, submitted_sha256=submitted_sha256,
        )  # fmt: skip
        return self._save_new(job)

    def request_completed_from_cache(
        self,
        *,
        job_id: UUID,
        source: str,
        options: dict[str, Any],
        cache_key: str,
        body_hash: str,
        owner: str | None,
        warnings: list[dict[str, Any]],
        sha256: str,
        bytes: int,
        width: int,
        height: int,
        format: str,
        trace_context: dict[str, str] | None = None,
        cut_px: int = 0,
        measured_warnings: list[dict[str, Any]] | None = None,
        submitted_sha256: str | None = None,
        drawn_by: Mapping[str, str | None] | None = None,
    ) -> RenderJob:
        """Record RenderRequested and RenderCompleted(cache_hit=True) in one atomic save;
        `drawn_by`: what drew the stored image (its cache entry's)."""
        job = RenderJob.request(
            job_id, source=source, options=options, cache_key=cache_key, body_hash=body_hash,
            owner=owner, warnings=warnings, trace_context=trace_context, submitted_sha256=submitted_sha256,
        )  # fmt: skip
        job.complete(
            sha256=sha256,
            bytes=bytes,
            width=width,
            height=height,
            render_ms=0.0,
            format=format,
            cache_hit=True,
            cut_px=cut_px,
            measured_warnings=measured_warnings,
            drawn_by=drawn_by,
        )
        return self._save_new(job)

    def start(self, job_id: UUID, worker_id: str, attempt: int) -> RenderJob:
        """Record RenderStarted (ignored when the job is already terminal)."""
        return self._decide(job_id, lambda job: job.start(worker_id, attempt))

    def complete(self, job_id: UUID, *, held: RenderJob | None = None, **result: Any) -> RenderJob:
        """Record RenderCompleted with sha256, bytes, width, height, render_ms, format, cache_hit.
        `held`: the job as the caller last saved or loaded it (see `_decide`)."""
        return self._decide(job_id, lambda job: job.complete(**result), held=held)

    def fail(
        self,
        job_id: UUID,
        code: str,
        message: str,
        retryable: bool,
        attempt: int,
        *,
        held: RenderJob | None = None,
        drawn_by: Mapping[str, str | None] | None = None,
    ) -> RenderJob:
        """Record RenderFailed (ignored when the job is already terminal); `drawn_by`: what
        tried to draw it (kernel.render_job.DRAWN_BY_FIELDS)."""
        return self._decide(
            job_id, lambda job: job.fail(code, message, retryable, attempt, drawn_by), held=held
        )

    def fail_attempt(
        self, job_id: UUID, code: str, message: str, attempt: int, *, held: RenderJob | None = None
    ) -> RenderJob:
        """Record RenderAttemptFailed: the attempt failed and the job waits for another (ignored
        when the job is already terminal: the returned job says so, and there is nothing to retry)."""
        return self._decide(job_id, lambda job: job.fail_attempt(code, message, attempt), held=held)

    def cancel(self, job_id: UUID, reason: str, cancelled_by: str | None = None) -> RenderJob:
        """Record RenderCancelled, with why and which API key (ignored when the job is already terminal)."""
        return self._decide(job_id, lambda job: job.cancel(reason, cancelled_by))

    def erase(self, job_id: UUID, erased_by: str | None, reason: str | None = None) -> RenderJob:
        """Record RenderErased (once, with who asked and why) and redact the job's stored
        RenderRequested (dsl2png.event_redaction); run again, it redacts what a failed run left."""
        job = self._decide(job_id, lambda job: job.erase(erased_by, reason))
        redact_request(self, job_id)
        return job

    def expire_image(self, job_id: UUID, sha256: str, ttl_s: float) -> bool:
        """Record ImageExpired: retention removed the job's image `sha256` (ignored unless the
        job completed with it and it is not gone already); True if this call recorded it."""
        recorded = False

        def expire(job: RenderJob) -> bool:
            nonlocal recorded
            recorded = job.expire_image(sha256, ttl_s)
            return recorded

        self._decide(job_id, expire)
        return recorded

    # -- queries --------------------------------------------------------------------------------

    def get(self, job_id: UUID) -> RenderJob:
        """The job as its events say now; raises JobNotFoundError."""
        try:
            job: Any = self.repository.get(job_id)
        except AggregateNotFoundError:
            raise JobNotFoundError(f"no render job {job_id}") from None
        if not isinstance(job, RenderJob):  # the API key ring shares the store: not a job
            raise JobNotFoundError(f"no render job {job_id}")
        return job

    def unfinished(self, job_ids: Collection[str]) -> set[str]:
        """Which of `job_ids` are queued or rendering as their events say now (an erased job, or
        one not in the store, is not): the quota's check of renders the read model never shows."""
        found = set()
        for job_id in job_ids:
            try:
                job = self.get(UUID(job_id))
            except JobNotFoundError:
                continue
            if not job.terminal and not job.erased:
                found.add(job_id)
        return found

    def history(self, job_id: UUID) -> list[dict[str, Any]]:
        """The audit trail: each event's name, schema version, position in the job's stream,
        time and fields, read from the event store in order."""
        events = list(self.events.get(job_id))
        # Only a job's trail: the API key ring's stream (names, hashes) is no caller's to read.
        if not events or not isinstance(events[0], RenderJob.RenderRequested):
            raise JobNotFoundError(f"no render job {job_id}")
        return [event_record(event) for event in events]

    @staticmethod
    def job_view(job: RenderJob) -> RenderPublic:
        """The public shape of a job (the same the projector writes to the read model)."""
        return job_view(job)

    # -- helpers --------------------------------------------------------------------------------

    def _save_new(self, job: RenderJob) -> RenderJob:
        """Save a new job; its id taken already (an Idempotency-Key used before) answers the job
        that id names when it is the same request, IdempotencyConflictError when it is not, and
        JobErasedError when that job was erased: the key stays bound to it, and its outcome (an
        image, a hash) must not be read again through the key."""
        try:
            self.save(job)
        except IntegrityError:
            existing = self.get(job.id)
            if existing.erased:
                raise JobErasedError(
                    f"this Idempotency-Key names render job {job.id}, which was erased on request: "
                    "its document and image are gone; send a new key to render again"
                ) from None
            if not same_request(existing, job):
                raise IdempotencyConflictError(idempotency_conflict(existing, job)) from None
            return existing
        return job

    def _decide(
        self, job_id: UUID, command: Callable[[RenderJob], bool], *, held: RenderJob | None = None
    ) -> RenderJob:
        """Apply `command` to the job and save what it recorded. A `held` job (e.g. the worker's,
        from `start`) is decided on as it is, sparing a read; if someone wrote since, the save
        conflicts and the job is reloaded and decided again, like any concurrent write. The held
        copy is used up either way: keep the returned job instead."""
        if held is not None and held.id != job_id:
            # Saving it would record the decision on another job's stream, and report it as this one's.
            raise ValueError(f"held job {held.id} is not render job {job_id}")
        for attempt in range(CONFLICT_RETRIES):
            job = held if attempt == 0 and held is not None else self.get(job_id)
            if not command(job):
                return job
            try:
                self.save(job)
            except IntegrityError:
                continue  # someone else recorded an event first: decide again on the new state
            return job
        raise IntegrityError(f"render job {job_id} kept changing under concurrent writers")


def event_record(event: Any) -> dict[str, Any]:
    """One stored event as a plain dict for the audit trail."""
    return {
        "name": type(event).__name__,
        "version": getattr(type(event), "class_version", 1),
        "position": event.originator_version,
        "timestamp": utc_iso(event.timestamp),
        "data": {k: v for k, v in vars(event).items() if k not in BASE_FIELDS},
    }


def job_view(job: RenderJob) -> RenderPublic:
    """RenderPublic from the aggregate's state."""
    error: RenderErrorPublic | None = None
    if job.error_code is not None:
        error = RenderErrorPublic(
            code=job.error_code, message=job.error_message or "", retryable=job.error_retryable
        )
    elif job.cancel_reason is not None:
        error = RenderErrorPublic(code="cancelled", message=job.cancel_reason, retryable=False)
    return RenderPublic(
        id=str(job.id),
        status=job.status,  # type: ignore[arg-type]
        created_at=job.created_on,
        started_at=job.started_at,
        first_started_at=job.first_started_at,
        finished_at=job.finished_at,
        attempt=job.attempt,
        format=job.format,
        width=job.width,
        height=job.height,
        bytes=job.bytes,
        sha256=job.sha256,
        render_ms=job.render_ms,
        cache_hit=job.cache_hit,
        warnings=list(job.warnings),
        error=error,
        submitted_sha256=job.submitted_sha256,
        worker_id=job.worker_id,
        dsl2png_version=job.versions["dsl2png_version"],
        renderer_version=job.versions["renderer_version"],
        chromium_version=job.versions["chromium_version"],
        image_expired_at=job.image_expired_at,
    )


def make_render_jobs(
    database_url: str | None,
    data_dir: Path,
    *,
    create_tables: bool,
    schema: str | None = None,
    wait_s: float = DEFAULT_WAIT_S,
    limits: SessionLimits | None = None,
) -> RenderJobs:
    """Postgres (eventsourcing.postgres, psycopg 3 pool) when a URL is given, tables created only
    when `create_tables` (deployments run the migrations); otherwise SQLite at
    data_dir/events.sqlite, tables always created (embedded mode has no migrations). `wait_s`:
    a checkout's longest wait for a connection (dsl2png.pg_outage_gate); `limits`: its connections'
    statement timeout and keepalives (dsl2png.pg_session_limits)."""
    env = render_jobs_env(
        database_url, data_dir, create_tables=create_tables, schema=schema, wait_s=wait_s, limits=limits
    )
    return RenderJobs(env=env)


@contextmanager
def render_jobs(
    database_url: str | None, data_dir: Path, *, create_tables: bool, schema: str | None = None
) -> Iterator[RenderJobs]:
    """`make_render_jobs` as a context manager that closes the connection pool."""
    app = make_render_jobs(database_url, data_dir, create_tables=create_tables, schema=schema)
    try:
        yield app
    finally:
        app.close()
