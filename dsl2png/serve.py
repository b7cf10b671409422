"""`dsl2png serve`: the command and query APIs (and /mcp) on one port, composed from settings."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
from collections.abc import AsyncIterator, Iterator
from functools import partial

import uvicorn
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from command_api.app import include_command_routes
from command_api.openapi_docs import document_limits
from dsl2png.api_docs import amend_openapi, documented_app
from dsl2png.auth import install_auth
from dsl2png.bundled import examples_folder
from dsl2png.caller_checks import RefuseForeignCallers, is_loopback
from dsl2png.head_routes import answer_head_too
from dsl2png.http_deps import Limits
from dsl2png.http_errors import install_error_handlers
from dsl2png.http_middleware import install_http_middleware
from dsl2png.logs import configure_logging
from dsl2png.openapi_auth import document_api_keys
from dsl2png.playground import install_playground
from dsl2png.ratelimit import RateLimiter
from dsl2png.redact import without_credentials
from dsl2png.runtime import Runtime, open_runtime
from dsl2png.settings import ServeSettings
from dsl2png.startup_checks import check_database, connect_nats, until_stopped
from dsl2png.telemetry import fastapi_telemetry, otlp_endpoint, setup_tracing
from mcp_adapter.http import install_mcp
from query_api.app import include_query_routes

log = logging.getLogger(__name__)

DESCRIPTION = """Turn UI-mockup descriptions (JSON/YAML DSL) into images.

`POST /v1/renders` records a render request (an event) and answers 202 with the job; add
`?wait=SECONDS` to get the image back directly. `GET /v1/renders/{id}` follows it,
`GET /v1/renders/{id}.png` fetches the image, `GET /v1/renders/{id}/events` shows the audit trail.

**API keys.** The deployed service (with Postgres) needs an API key on every route but
`/healthz`, `/readyz`, `/metrics` and these pages: `Authorization: Bearer <key>` (or `X-API-Key:
<key>`), created with `dsl2png keys create`; without one it answers 401 `unauthorized`. The
embedded mode (no DATABASE_URL) needs no key, and its document declares none.
"""


def server_url(host: str, port: int) -> str:
    """Where the server answers (uvicorn says it only when it binds the socket itself)."""
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def exposure_warning(settings: ServeSettings) -> str | None:
    """What to say at start-up when the service is open to the network with nobody checked: the
    embedded mode has no API keys, and the Dockerfile binds 0.0.0.0, so `docker run -p` published
    every stored document's source and the MCP tools to whoever reached the port."""
    if settings.auth_enabled or is_loopback(settings.host):
        return None
    hosts = "any Host name" if "*" in settings.trusted_hosts else "the names in DSL2PNG_ALLOWED_HOSTS"
    return (
        f"serving on {server_url(settings.host, settings.port)} (reachable from other machines) WITHOUT "
        "AUTHENTICATION: anyone who reaches this port can submit renders (POST /v1/renders, /render), "
        "read every stored document's source and image (GET /v1/renders, /v1/renders/{id}/events) and "
        f"use the MCP tools (/mcp), under {hosts}. To protect it: bind to 127.0.0.1 (the default "
        "without --host), or put it behind a proxy that authenticates, or run the deployed mode "
        "(DATABASE_URL and NATS_URL) where API keys are required (DSL2PNG_AUTH=auto or on); "
        "set DSL2PNG_ALLOWED_HOSTS to the names clients use"
    )


def effective_settings(settings: ServeSettings) -> str:
    """The settings an operator checks first, in one line without secrets: where the state is
    (a misspelt schema variable once sent a migration to schema public), the NATS subject the
    relay and workers must share, image TTL, auth, and where traces go (the OTLP endpoint without
    credentials; its headers, which hold tokens, are never shown)."""
    if settings.embedded:
        where = f"data dir {settings.data_dir}"
    else:
        where = (
            f"database {without_credentials(settings.database_url or '')} schema "
            f"{settings.database_schema or 'public'}, NATS {without_credentials(settings.nats_url or '')} "
            f"stream {settings.nats_stream} subject {settings.nats_subject}"
        )
    ttl = f"{settings.png_ttl_s:g}s after last use" if settings.png_ttl_s else "kept"
    auth = "on" if settings.auth_enabled else "off"
    endpoint = otlp_endpoint()
    traces = f"to {without_credentials(endpoint)}" if endpoint else "not exported"
    return (
        f"{'embedded' if settings.embedded else 'deployed'} mode, {where}, images {ttl}, auth {auth}, "
        f"traces {traces}"
    )


def build_app(settings: ServeSettings) -> FastAPI:
    """The whole HTTP surface; building does no I/O. Its lifespan opens the runtime, unless one
    was opened already and set as `app.state.opened_runtime` (run_serve does, before uvicorn)."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with contextlib.AsyncExitStack() as stack:
            runtime: Runtime | None = getattr(app.state, "opened_runtime", None)  # see RuntimeFirstServer
            if runtime is None:
                runtime = await stack.enter_async_context(open_runtime(settings))
            app.state.gateway = runtime.gateway
            app.state.read_model = runtime.read_model
            app.state.jobs = runtime.jobs
            app.state.readiness = runtime.readiness
            async with mcp_lifespan(runtime.gateway):
                log.info(
                    "dsl2png serving on %s (%s mode)",
                    server_url(settings.host, settings.port),
                    "embedded" if settings.embedded else "deployed",
                )
                log.info("settings: %s", effective_settings(settings))
                yield

    app = documented_app(
        title="dsl2png",
        version="1",
        description=DESCRIPTION,
        lifespan=lifespan,
        telemetry=fastapi_telemetry(),
    )
    mcp_lifespan = install_mcp(
        app, examples_dir=examples_folder(), allowed_origins=settings.mcp_allowed_origins
    )
    app.state.limits = Limits(max_body_bytes=settings.max_body_bytes, max_wait_s=settings.max_wait_s)
    amend_openapi(app, partial(document_limits, limits=app.state.limits))
    install_error_handlers(app)
    include_command_routes(app)
    include_query_routes(app)
    install_playground(app, examples_folder())
    verify, limiter = None, None
    if settings.auth_enabled and settings.database_url is not None:
        from dsl2png.keys import ApiKeyStore

        # the runtime's event store (open once the lifespan has started: before any request)
        verify = ApiKeyStore(lambda: app.state.jobs).verify
        limiter = RateLimiter(settings.rate_limit_per_s, settings.rate_limit_burst)
    install_auth(app, verify, limiter)
    app.add_middleware(
        RefuseForeignCallers, allowed_hosts=settings.trusted_hosts, allowed_origins=settings.cors_origins,
        origins_under={"/mcp": settings.mcp_allowed_origins},
    )  # fmt: skip
    document_api_keys(app, keys_required=verify is not None, rate_limited=limiter is not None)
    install_http_middleware(app)
    answer_head_too(app)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "Idempotency-Key", "X-API-Key"],
            expose_headers=["Location", "ETag", "X-Render-Id"],
        )  # fmt: skip
    return app


class CleanExitServer(uvicorn.Server):
    """Uvicorn, but a shutdown on SIGTERM or Ctrl+C that completed exits 0. Uvicorn re-raises the
    signal once it has shut down, so the process died of it (exit 143 for SIGTERM), and process
    managers took a clean stop for a crash."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        with super().capture_signals():
            try:
                yield
            finally:
                self._captured_signals.clear()  # handled: the shutdown is done


async def dependencies_ready(settings: ServeSettings) -> bool:
    """Check the database (its tables included) and wait for NATS before uvicorn starts: its
    start-up hook ignores SIGTERM and turns a failure into a traceback and exit code 3. Here a
    failure is one line and exit 1 (`StartupError`), and SIGTERM/SIGINT stop the wait (False)."""
    assert settings.database_url is not None and settings.nats_url is not None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)

    async def check() -> None:
        assert settings.database_url is not None and settings.nats_url is not None
        await asyncio.to_thread(
            check_database, settings.database_url, settings.database_schema,
            connect_timeout_s=settings.connect_timeout_s,
        )  # fmt: skip
        client = await connect_nats(
            settings.nats_url, name="dsl2png-api", deadline_s=settings.startup_timeout_s
        )
        await client.close()

    try:
        return await until_stopped(check(), stop)
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)


def run_serve(settings: ServeSettings, sock: socket.socket) -> None:
    """Entry point of `dsl2png serve` once its settings are read and its socket is bound (see
    `dsl2png.listen`): logging, tracing, the runtime, then uvicorn on that socket."""
    configure_logging(settings.log_level, json_lines=settings.log_json)
    warning = exposure_warning(settings)
    if warning is not None:
        log.warning("%s", warning)
    if not settings.embedded and not asyncio.run(dependencies_ready(settings)):
        sock.close()
        return  # SIGTERM or Ctrl+C before the database and NATS answered
    setup_tracing("dsl2png-api")
    app = build_app(settings)
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level,
        access_log=False,
        log_config=None,
    )
    RuntimeFirstServer(config, app, settings).run(sockets=[sock])


class RuntimeFirstServer(CleanExitServer):
    """Uvicorn, started once the app's runtime is open (its store and Chromium, or the deployed
    mode's connections), not in uvicorn's start-up hook. A data folder that cannot be written,
    no Chromium or one that does not launch raise their StartupError before uvicorn has said
    anything, so `serve` prints that one line and exits 1 (the hook's failure was "Started server
    process", a traceback and exit 3). SIGTERM or Ctrl+C meanwhile stop the start (exit 0)."""

    def __init__(self, config: uvicorn.Config, app: FastAPI, settings: ServeSettings) -> None:
        super().__init__(config)
        self.app = app
        self.settings = settings

    async def serve(self, sockets: list[socket.socket] | None = None) -> None:
        async with contextlib.AsyncExitStack() as stack:
            runtime = await _opened_unless_stopped(stack, self.settings)
            if runtime is None:
                for sock in sockets or ():
                    sock.close()
                return
            self.app.state.opened_runtime = runtime  # the lifespan takes it (build_app)
            await super().serve(sockets=sockets)


async def _opened_unless_stopped(stack: contextlib.AsyncExitStack, settings: ServeSettings) -> Runtime | None:
    """The runtime, entered into `stack`; None when SIGTERM or SIGINT came first, which cancels
    the start (Chromium's launch and the store are closed as they were left)."""
    loop = asyncio.get_running_loop()
    opening = asyncio.current_task()
    assert opening is not None
    signalled: list[int] = []

    def stop(sig: int) -> None:
        signalled.append(sig)
        opening.cancel()

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop, sig)
    try:
        return await stack.enter_async_context(open_runtime(settings))
    except asyncio.CancelledError:
        if not signalled:
            raise
        opening.uncancel()
        return None
    finally:
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
