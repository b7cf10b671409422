"""What an operator meets running the deployed processes: a worker whose consumer settings differ
from the shared consumer's, a shutdown that cuts renders short, a misspelt setting, NATS going
away and coming back, and the lines each process logs when it starts and stops. Real `dsl2png`
processes on the real Postgres and NATS (and a NATS server of the test's own where it is stopped)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
import signal
import socket
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from dsl2png.event_store import make_render_jobs
from dsl2png.queue_nats import JetStreamQueue, delete_stream
from tests.e2e.conftest import DATABASE_URL, NATS_URL
from tests.e2e.processes import ROOT, STARTUP_WAIT_S, ServiceProcesses, base_env, free_port, wait_until
from tests.integration.job_helpers import record_request
from tests.integration.pg_schemas import drop_schema

DATABASE_SHOWN = "postgresql://127.0.0.1:5432/test"
"""DATABASE_URL as the processes print it (no user)."""


@pytest.fixture(scope="module")
def schema() -> Iterator[str]:
    name = f"e2e_ops_{uuid.uuid4().hex[:8]}"
    env = base_env(DATABASE_URL=DATABASE_URL, DSL2PNG_DATABASE_SCHEMA=name)
    subprocess.run([sys.executable, "-m", "dsl2png", "migrate"], cwd=ROOT, env=env, check=True)
    yield name
    drop_schema(DATABASE_URL, name)


@pytest.fixture
def names() -> Iterator[dict[str, str]]:
    """This test's own stream, subject and durable; the stream is deleted afterwards."""
    tag = uuid.uuid4().hex[:8]
    found = {"stream": f"E2E_OPS_{tag.upper()}", "subject": f"e2e.ops.{tag}.jobs", "durable": f"w-{tag}"}
    yield found
    asyncio.run(delete_stream(NATS_URL, found["stream"]))


@pytest.fixture
def procs(schema: str, names: dict[str, str], tmp_path: Path) -> Iterator[ServiceProcesses]:
    env = base_env(
        DATABASE_URL=DATABASE_URL, NATS_URL=NATS_URL, DSL2PNG_DATABASE_SCHEMA=schema,
        DSL2PNG_NATS_STREAM=names["stream"], DSL2PNG_NATS_SUBJECT=names["subject"],
        DSL2PNG_NATS_DURABLE=names["durable"], DSL2PNG_LOG_JSON="true", DSL2PNG_DATA_DIR=str(tmp_path),
        DSL2PNG_BROWSERS="1", DSL2PNG_PAGES_PER_BROWSER="2",
    )  # fmt: skip
    running = ServiceProcesses(env=env, log_dir=tmp_path)
    yield running
    running.stop_all()


def log_lines(procs: ServiceProcesses, name: str) -> list[dict[str, Any]]:
    """The process's JSON log lines (anything else it printed left out)."""
    lines = []
    for line in procs.log(name).splitlines():
        with contextlib.suppress(ValueError):
            if line.startswith("{"):
                lines.append(json.loads(line))
    return lines


def messages(procs: ServiceProcesses, name: str, logger: str | None = None) -> list[str]:
    return [line["message"] for line in log_lines(procs, name) if logger in (None, line["logger"])]


def logged(procs: ServiceProcesses, name: str, text: str) -> bool:
    return any(text in message for message in messages(procs, name))


async def make_consumer(names: dict[str, str]) -> None:
    """The test's stream and the workers' consumer, as a worker with the default settings makes them."""
    await (await JetStreamQueue.connect(NATS_URL, **names)).close()


async def publish(names: dict[str, str], job_ids: list[uuid.UUID]) -> None:
    """Publish each job as the relay does."""
    publisher = await JetStreamQueue.connect(NATS_URL, **names, consume=False)
    try:
        for job_id in job_ids:
            await publisher.publish(str(job_id), f"{job_id}:1")
    finally:
        await publisher.close()


# -- 1. the shared consumer's settings -----------------------------------------------------------


def consumer_settings(names: dict[str, str]) -> tuple[float, int]:
    async def read() -> tuple[float, int]:
        import nats

        nc = await nats.connect(NATS_URL)
        try:
            info = await nc.jetstream().consumer_info(names["stream"], names["durable"])
            return float(info.config.ack_wait or 0), int(info.config.max_deliver or 0)
        finally:
            await nc.close()

    return asyncio.run(read())


def test_a_worker_whose_consumer_settings_differ_refuses_to_start_and_changes_nothing(
    procs: ServiceProcesses, names: dict[str, str]
) -> None:
    """It used to rewrite the consumer every worker shares (30 s / 5 to 10 s / 3), without a word."""
    asyncio.run(make_consumer(names))  # the consumer as the running workers made it: 30 s, 5
    worker = procs.start(
        "worker", "worker", extra_env={"DSL2PNG_ACK_WAIT_S": "10", "DSL2PNG_MAX_DELIVER": "3"}
    )
    assert worker.wait(STARTUP_WAIT_S) == 1
    refusal = procs.log("worker").strip().splitlines()[-1]
    assert refusal == (
        f"dsl2png worker: the workers' consumer {names['durable']} on stream {names['stream']} has "
        "ack_wait 30s, max_deliver 5, but this worker is set to ack_wait 10s (DSL2PNG_ACK_WAIT_S), "
        "max_deliver 3 (DSL2PNG_MAX_DELIVER); every worker shares that consumer, so start this one with "
        "the same settings, or change the consumer for all of them first (`nats consumer edit "
        f"{names['stream']} {names['durable']} --wait 10s --max-deliver 3`, see docs/runbook.md#consumer-settings)"
    )
    assert consumer_settings(names) == (30.0, 5)
    assert any(m.startswith("worker ") and " failed at start-up: the workers' consumer" in m
               for m in messages(procs, "worker", "render_worker.main"))  # fmt: skip
    assert not any(m.endswith(" stopped") for m in messages(procs, "worker"))


# -- 2. a drain that runs out of time ------------------------------------------------------------


@contextlib.contextmanager
def image_store_locked(schema: str) -> Iterator[None]:
    """Hold the image table so no worker can store an image: its renders stay in flight."""
    with psycopg.connect(DATABASE_URL) as conn:
        conn.execute(f'LOCK TABLE "{schema}".png_blobs IN EXCLUSIVE MODE')
        try:
            yield
        finally:
            conn.rollback()


def waiting_on_the_lock(schema: str) -> int:
    with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE %s",
            [f"%{schema}%"],
        ).fetchone()
    return int(row[0]) if row else 0


def test_renders_a_drain_cuts_short_are_handed_back_at_once_and_logged(
    procs: ServiceProcesses, names: dict[str, str], schema: str, tmp_path: Path
) -> None:
    """They used to wait out the 30 s ack wait and come back as `attempt_lost`, the log saying
    only "draining 2 in-flight job(s)" and "stopped"."""
    jobs = make_render_jobs(DATABASE_URL, tmp_path, create_tables=False, schema=schema)
    try:
        doc = {"width": 300, "height": 200, "elements": [{"type": "heading", "text": "held"}]}
        ids = [record_request(jobs, {**doc, "title": f"drain {i} {uuid.uuid4()}"}) for i in range(2)]
        asyncio.run(publish(names, ids))
        with image_store_locked(schema):
            worker = procs.start("worker", "worker", extra_env={
                "DSL2PNG_DRAIN_TIMEOUT_S": "0.5", "DSL2PNG_WORKER_ID": "w-drain"})  # fmt: skip
            wait_until(
                lambda: waiting_on_the_lock(schema) == 2,
                STARTUP_WAIT_S,
                "two renders held at the image store",
            )
            worker.send_signal(signal.SIGTERM)
            wait_until(lambda: logged(procs, "worker", "handing back"), 30, "the drain timeout line")
            handed_back = asyncio.run(fetch_all(names, 2, within_s=10))  # the ack wait is 30 s
        assert worker.wait(30) == 0
        assert sorted(job_id for job_id, _ in handed_back) == sorted(map(str, ids))
        assert {delivery for _, delivery in handed_back} == {2}
        for job_id in ids:
            failed = [e for e in jobs.history(job_id) if e["name"] == "RenderAttemptFailed"]
            assert [e["data"]["code"] for e in failed] == ["drain_timeout"], failed
    finally:
        jobs.close()
    (warning,) = [line for line in log_lines(procs, "worker") if "handing back" in line["message"]]
    assert warning["level"] == "warning"
    assert warning["message"].startswith(
        "drain timeout (0.5s, DSL2PNG_DRAIN_TIMEOUT_S): handing back 2 unfinished job(s) for immediate redelivery: "
    )
    assert all(str(job_id) in warning["message"] for job_id in ids)
    started = messages(procs, "worker", "render_worker.main")
    assert started[0] == (
        f"worker w-drain taking jobs from NATS {NATS_URL} stream {names['stream']} subject {names['subject']}, "
        f"consumer {names['durable']} (ack wait 30s, at most 5 deliveries); database {DATABASE_SHOWN} "
        f"schema {schema} (concurrency 2)"
    )
    assert started[-1] == "worker w-drain stopped"


async def fetch_all(names: dict[str, str], count: int, within_s: float) -> list[tuple[str, int]]:
    """`count` deliveries from the workers' consumer within `within_s`, each terminated (so no
    worker renders them), as (job id, delivery)."""
    taker = await JetStreamQueue.connect(NATS_URL, **names)
    taken: list[tuple[str, int]] = []
    try:
        async with asyncio.timeout(within_s):
            while len(taken) < count:
                for message in await taker.fetch(count - len(taken), 1.0):
                    taken.append((message.job_id, message.delivery))
                    await message.term()
    finally:
        await taker.close()
    return taken


# -- 5. a setting's name a word short ------------------------------------------------------------


@pytest.mark.parametrize("command", ["worker", "relay", "projector"])
def test_a_setting_name_missing_a_word_is_refused_with_the_name_it_meant(
    procs: ServiceProcesses, command: str
) -> None:
    """DSL2PNG_SCHEMA was ignored with a warning, and the process went on in schema public."""
    process = procs.start(command, command, extra_env={"DSL2PNG_SCHEMA": "t_sre"})
    assert process.wait(60) == 1
    assert "DSL2PNG_SCHEMA is not a dsl2png setting: did you mean DSL2PNG_DATABASE_SCHEMA?" in procs.log(
        command
    )


# -- 6. what the processes log -------------------------------------------------------------------


@contextlib.contextmanager
def own_nats(port: int, store: Path) -> Iterator[subprocess.Popen[bytes]]:
    server = shutil.which("nats-server")
    if server is None:
        pytest.skip("nats-server is not installed")
    process = subprocess.Popen(
        [server, "-js", "-sd", str(store), "-a", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_until(lambda: port_open(port), 30, f"nats-server on port {port}")
        yield process
    finally:
        process.terminate()
        process.wait(10)


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


@contextlib.contextmanager
def refusing_listener(port: int) -> Iterator[list[int]]:
    """Accepts each connection on `port` and closes it at once, counting them: a NATS that is
    down, where the client's reconnect attempts can be counted instead of waited for."""
    attempts = [0]
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen()
    sock.settimeout(0.1)
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError, OSError):
                conn, _ = sock.accept()
                conn.close()
                attempts[0] += 1

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield attempts
    finally:
        stop.set()
        thread.join()
        sock.close()


def test_nats_lost_while_running_is_one_line_and_its_return_another(
    procs: ServiceProcesses, names: dict[str, str], schema: str, tmp_path: Path
) -> None:
    """It was a warning every 2 s from `dsl2png.startup_checks`, and nothing said it was back."""
    port = free_port()
    url = f"nats://127.0.0.1:{port}"
    with own_nats(port, tmp_path / "nats") as first:
        procs.start("relay", "relay", extra_env={"NATS_URL": url})
        wait_until(
            lambda: logged(procs, "relay", "relay publishing to"), STARTUP_WAIT_S, "the relay to start"
        )
        first.terminate()
        first.wait(10)
    with refusing_listener(port) as attempts:
        wait_until(lambda: attempts[0] >= 3, 30, "three reconnect attempts")  # 2 s apart: 4 s and more
    with own_nats(port, tmp_path / "nats"):
        wait_until(lambda: logged(procs, "relay", "reconnected after"), 30, "the relay to reconnect")
        assert procs.stop("relay") == 0
    said = messages(procs, "relay", "dsl2png.nats")
    assert said[0] == f"NATS at {url}: connection lost (nats: unexpected EOF); reconnecting every 2s", said
    assert len(said) == 2 and said[1].startswith(f"NATS at {url}: reconnected after "), said
    assert float(said[1].split("after ")[1].rstrip("s")) >= 4
    assert messages(procs, "relay", "dsl2png.startup_checks") == []
    relay = messages(procs, "relay", "command_api.relay_main")
    assert relay[0] == (
        f"relay publishing to NATS {url} stream {names['stream']} subject {names['subject']} from the start "
        f"of the database {DATABASE_SHOWN} schema {schema}"
    )
    assert relay[-1] == "relay stopped"


def test_the_projector_serves_probes_and_metrics_and_says_when_it_stops(
    procs: ServiceProcesses, schema: str
) -> None:
    port = free_port()
    procs.start("projector", "projector", extra_env={"DSL2PNG_METRICS_PORT": str(port)})
    base = f"http://127.0.0.1:{port}"

    def ready() -> bool:
        with contextlib.suppress(httpx.HTTPError):
            return httpx.get(f"{base}/readyz", timeout=2).status_code == 200
        return False

    wait_until(ready, STARTUP_WAIT_S, "the projector's /readyz")
    assert httpx.get(f"{base}/readyz").json()["following"] is True
    assert httpx.get(f"{base}/healthz").json() == {"status": "ok"}
    metrics = httpx.get(f"{base}/metrics").text
    assert "# TYPE dsl2png_" in metrics  # its own series; lag gauges are the API's (sampled there)
    assert "dsl2png_projector_lag_events" not in metrics
    for own in ("dsl2png_projector_position", "dsl2png_projector_events_projected_total",
                "dsl2png_projector_behind_events", "dsl2png_projector_following 1.0"):  # fmt: skip
        assert own in metrics, own
    assert procs.stop("projector") == 0
    said = messages(procs, "projector")
    assert said[0] == f"projector reading the database {DATABASE_SHOWN} schema {schema}"
    assert said[-1] == "projector stopped"
