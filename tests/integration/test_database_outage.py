"""A short Postgres outage, as the API's connection pools see it: requests during it get 503 with
Retry-After (not a 500 "report it"), at once, with an API key too, and none fails on a dead
pooled connection once it is over;
the projector tells it in one line per retry and follows the store again after it; the API's
/metrics answers at once throughout."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient, Response
from network_fixtures import TcpProxy, ThreadedTcpProxy

from dsl2png.blobs import make_blob_store
from dsl2png.event_store import make_render_jobs
from dsl2png.http_errors import install_error_handlers
from dsl2png.keys import ApiKeyStore
from dsl2png.migrate import upgrade
from dsl2png.pg_pool_check import IDLE_CHECK_AFTER_S
from dsl2png.sampling import SCRAPE_WAIT_S
from dsl2png.serve import build_app
from dsl2png.settings import ServeSettings
from projector import runner
from projector.runner import run_projector
from projector.views import close_view, make_read_model
from tests.support.polling import wait_until

pytest_plugins = ["nats_fixtures"]


def through(url: str, proxy: TcpProxy | ThreadedTcpProxy) -> str:
    parsed = urlparse(url)
    return parsed._replace(netloc=f"{parsed.username or 'postgres'}@127.0.0.1:{proxy.port}").geturl()


async def test_pools_recover_after_an_outage_and_requests_during_it_get_503(
    database_url: str, pg_schema: str, tmp_path: Path
) -> None:
    parsed = urlparse(database_url)
    proxy = await TcpProxy(parsed.hostname or "127.0.0.1", parsed.port or 5432).start()
    url = through(database_url, proxy)
    # Every database call runs in a thread: the proxy runs on this event loop.
    read_model = await asyncio.to_thread(make_read_model, url, tmp_path, create_tables=True, schema=pg_schema)
    blobs = await asyncio.to_thread(make_blob_store, url, tmp_path, create_tables=True, schema=pg_schema)
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/jobs")
    async def jobs() -> dict[str, int]:
        items, _ = await asyncio.to_thread(read_model.list_jobs, None, 10, None, None)
        return {"jobs": len(items)}

    try:
        async with AsyncClient(
            transport=ASGITransport(app=app, raise_app_exceptions=False), base_url="http://api"
        ) as client:
            assert (await client.get("/jobs")).status_code == 200
            assert await asyncio.to_thread(blobs.lookup, "nothing-cached") is None

            proxy.cut()  # a blip: every pooled connection dies, and the pools do not know
            proxy.restore()
            # A wait that is what is tested, not one for an event: only a connection idle for
            # longer than IDLE_CHECK_AFTER_S (by the pool's own clock) is checked before reuse.
            await asyncio.sleep(IDLE_CHECK_AFTER_S + 0.2)
            # Each idle connection is checked before reuse (the read model keeps 4, the blob
            # store 1): no request meets a dead one.
            answers = [(await client.get("/jobs")).status_code for _ in range(8)]
            assert answers == [200] * 8
            for _ in range(4):
                assert await asyncio.to_thread(blobs.lookup, "nothing-cached") is None

            proxy.cut()  # a longer outage: the request gets 503 with Retry-After, not 500
            during = await client.get("/jobs")
            assert during.status_code == 503, during.text
            assert during.headers["Retry-After"] == "2"
            assert during.json()["error"]["code"] == "database_unavailable"
            assert "database is unreachable" in during.json()["error"]["message"]
    finally:
        await asyncio.to_thread(blobs.close)
        await asyncio.to_thread(close_view, read_model)
        await proxy.close()


async def _until(records: list[logging.LogRecord], predicate: str, count: int, timeout_s: float = 60) -> None:
    """Until `count` log lines hold `predicate`; failing with every line logged."""
    try:
        await wait_until(lambda: sum(predicate in r.getMessage() for r in records) >= count, timeout_s)
    except TimeoutError:
        raise AssertionError([r.getMessage() for r in records]) from None


async def test_the_projector_tells_an_outage_in_one_line_per_retry_and_resumes_after_it(
    database_url: str, pg_schema: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    parsed = urlparse(database_url)
    proxy = await TcpProxy(parsed.hostname or "127.0.0.1", parsed.port or 5432).start()
    url = through(database_url, proxy)
    await asyncio.to_thread(
        lambda: make_render_jobs(database_url, tmp_path, create_tables=True, schema=pg_schema).close()
    )
    caplog.set_level(logging.INFO, logger="projector")
    stop = threading.Event()
    projector = asyncio.create_task(
        asyncio.to_thread(
            run_projector, url, tmp_path, schema=pg_schema, create_tables=True, stop=stop, retry_max_s=0.5
        )
    )
    try:
        await _until(caplog.records, "projector following the event store", 1)
        proxy.cut()
        await _until(caplog.records, "starting again in", 1)
        proxy.restore()
        await _until(caplog.records, "projector following the event store", 2)
    finally:
        stop.set()
        await projector
        await proxy.close()
    warnings = [
        r
        for r in caplog.records
        if r.name in ("projector.runner", "dsl2png.commit_listener") and r.levelno >= logging.WARNING
    ]
    assert len(warnings) >= 3  # the listener's, the projector's and the runner's
    for record in warnings:  # the cause on one line, no traceback
        assert record.exc_info is None, record.getMessage()
        assert "\n" not in record.getMessage()


async def test_the_projector_starts_again_at_once_when_the_outage_finds_it_reading_the_log(
    database_url: str,
    pg_schema: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its listener tells the outage at once, but a projecting thread that asked its pool for a
    connection just after the cut waited out the pool's timeouts: 37 s before the projector said
    so and started again (over a loaded run's 60 s at times). The thread is held here at that
    point, its first read of the log, until the listener has told the cut."""
    told = threading.Event()
    reading = runner.catch_up

    def held_read(*args: Any, **kwargs: Any) -> Any:
        told.wait(30)
        return reading(*args, **kwargs)

    monkeypatch.setattr(runner, "catch_up", held_read)
    parsed = urlparse(database_url)
    proxy = await TcpProxy(parsed.hostname or "127.0.0.1", parsed.port or 5432).start()
    url = through(database_url, proxy)
    await asyncio.to_thread(
        lambda: make_render_jobs(database_url, tmp_path, create_tables=True, schema=pg_schema).close()
    )
    caplog.set_level(logging.INFO, logger="projector")
    stop = threading.Event()
    projector = asyncio.create_task(
        asyncio.to_thread(
            run_projector, url, tmp_path, schema=pg_schema, create_tables=True, stop=stop, retry_max_s=0.5
        )
    )
    try:
        await _until(caplog.records, "projector following the event store", 1)
        proxy.cut()
        await _until(caplog.records, "lost the database connection it listens", 1)
        told.set()
        await _until(caplog.records, "starting again in", 1, timeout_s=15)
    finally:
        told.set()
        stop.set()
        await projector
        await proxy.close()
    projector_lines = [r for r in caplog.records if r.getMessage().startswith("projector: ")]
    assert len(projector_lines) == 1, [r.getMessage() for r in projector_lines]  # told once


def gauges(text: str) -> dict[str, float]:
    """The samples of a /metrics text by name and labels as written (`name{label="v"}`)."""
    found: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            found[name] = float(value)
    return found


PROJECTOR_AGE = 'dsl2png_sample_age_seconds{sampler="projector_lag"}'


async def test_the_apis_metrics_answer_at_once_while_postgres_is_unreachable(
    database_url: str, pg_schema: str, tmp_path: Path, nats_url: str, jetstream_names: dict[str, str]
) -> None:
    """A scrape once waited 30 s per database query (minutes in all) while Postgres was down, so
    Prometheus saw nothing during the outage. It answers within `SCRAPE_WAIT_S` now, with the
    last values read and their age, and reads afresh once Postgres is back."""
    await asyncio.to_thread(upgrade, database_url, schema=pg_schema)
    parsed = urlparse(database_url)
    proxy = ThreadedTcpProxy(parsed.hostname or "127.0.0.1", parsed.port or 5432)
    settings = ServeSettings(
        database_url=through(database_url, proxy), nats_url=nats_url, database_schema=pg_schema,
        nats_stream=jetstream_names["stream"], nats_subject=jetstream_names["subject"],
        data_dir=tmp_path, auth="off",
    )  # fmt: skip
    app = build_app(settings)
    try:
        async with (
            app.router.lifespan_context(app),
            AsyncClient(transport=ASGITransport(app=app), base_url="http://localhost", timeout=60) as client,
        ):
            up = gauges((await client.get("/metrics")).text)
            # no projector or relay runs here: they lag by the image retention the API recorded
            # as it started (its two events), and by nothing else
            lag = up["dsl2png_projector_lag_events"]
            assert lag == up["dsl2png_relay_lag_events"] == 2
            assert up[PROJECTOR_AGE] < 1

            proxy.cut()
            for _ in range(3):  # each scrape at once, though the reading of the first still hangs
                started = time.monotonic()
                response = await client.get("/metrics")
                assert response.status_code == 200
                assert time.monotonic() - started < SCRAPE_WAIT_S + 1.5
                down = gauges(response.text)
                assert down["dsl2png_projector_lag_events"] == lag  # the last value read, kept

            async def aged() -> bool:  # and how old it is (the readings fail at once now)
                return gauges((await client.get("/metrics")).text)[PROJECTOR_AGE] >= SCRAPE_WAIT_S

            await wait_until(aged, 30, interval_s=0.2)

            proxy.restore()

            async def read_afresh() -> bool:
                return gauges((await client.get("/metrics")).text)[PROJECTOR_AGE] < SCRAPE_WAIT_S

            await wait_until(read_afresh, 90, interval_s=0.5)
    finally:
        proxy.close()


def answered_unavailable(response: Response) -> bool:
    return (
        response.status_code == 503
        and response.headers.get("Retry-After") == "2"
        and response.json()["error"]["code"] == "database_unavailable"
    )


@pytest.mark.timeout(60)
async def test_keyed_requests_answer_503_at_once_while_postgres_refuses_and_are_served_once_it_is_back(
    database_url: str, pg_schema: str, tmp_path: Path, nats_url: str, jetstream_names: dict[str, str]
) -> None:
    """Postgres refusing connections, requests with an API key waited 45 s to 5 min for their 503:
    each pool checkout waited out the pool's timeout (30 s) and the event store library tried ten
    times, holding the threads database calls run in; once Postgres was back the first requests
    still took 40-47 s (the pool's reconnection backing off). Each is answered at once now (the
    test's timeout is a fraction of one old wait), forty together as well (more than those
    threads), and requests are served again as soon as Postgres answers."""
    await asyncio.to_thread(upgrade, database_url, schema=pg_schema)
    keys = await asyncio.to_thread(
        make_render_jobs, database_url, tmp_path, create_tables=False, schema=pg_schema
    )
    _, secret = await asyncio.to_thread(ApiKeyStore(keys).create, "outage test")
    await asyncio.to_thread(keys.close)
    parsed = urlparse(database_url)
    proxy = ThreadedTcpProxy(parsed.hostname or "127.0.0.1", parsed.port or 5432)
    settings = ServeSettings(
        database_url=through(database_url, proxy), nats_url=nats_url, database_schema=pg_schema,
        nats_stream=jetstream_names["stream"], nats_subject=jetstream_names["subject"],
        data_dir=tmp_path, auth="on",
    )  # fmt: skip
    app = build_app(settings)
    key = {"Authorization": f"Bearer {secret}"}
    # A key the API has not seen is looked up in the key ring, in the event store.
    unknown = {"Authorization": "Bearer d2p_000000000000_not-a-key-the-api-has-seen"}
    document = {"width": 200, "elements": [{"type": "text", "text": "during the outage"}]}
    try:
        async with (
            app.router.lifespan_context(app),
            AsyncClient(
                transport=ASGITransport(app=app), base_url="http://localhost", timeout=None
            ) as client,
        ):
            assert (await client.get("/v1/renders?limit=1", headers=key)).status_code == 200

            proxy.cut()
            answers = await asyncio.gather(
                client.get("/v1/renders?limit=1", headers=key),
                client.post("/v1/renders", headers=key, json=document),
                client.get("/v1/renders?limit=1", headers=unknown),
                *(client.get("/v1/renders?limit=1", headers=key) for _ in range(40)),
            )
            assert all(answered_unavailable(answer) for answer in answers), [a.text for a in answers]
            for headers in (key, unknown):  # and one by one, the outage known
                assert answered_unavailable(await client.get("/v1/renders?limit=1", headers=headers))
            assert answered_unavailable(await client.post("/v1/renders", headers=key, json=document))

            proxy.restore()

            async def served() -> bool:
                return (await client.get("/v1/renders?limit=1", headers=key)).status_code == 200

            await wait_until(served, 10)
            assert (await client.post("/v1/renders", headers=key, json=document)).status_code == 202
    finally:
        proxy.close()
