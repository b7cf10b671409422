"""Fixtures that run dsl2png as separate processes against real Postgres, NATS and Chromium."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import psycopg
import pytest
import pytest_asyncio
from playwright.async_api import Browser, async_playwright

from render_worker.pool_settings import PoolSettings
from tests.e2e.cli_support import BAD
from tests.e2e.cli_support import RED_BUTTON as CLI_RED_BUTTON
from tests.e2e.processes import ROOT, STARTUP_WAIT_S, ServiceProcesses, base_env, free_port, wait_until

DATABASE_URL = os.environ.get("DSL2PNG_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
NATS_URL = os.environ.get("DSL2PNG_TEST_NATS_URL", "nats://127.0.0.1:4222")


def _ready(url: str) -> bool:
    try:
        return httpx.get(f"{url}/readyz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


async def _delete_stream(name: str) -> None:
    import nats

    nc = await nats.connect(NATS_URL)
    try:
        await nc.jetstream().delete_stream(name)
    except Exception:
        pass
    finally:
        await nc.close()


@contextlib.contextmanager
def running_distributed(
    tmp_path_factory: pytest.TempPathFactory,
    extra_env: dict[str, str] | None = None,
    workers: int = 2,
    process_env: dict[str, dict[str, str]] | None = None,
) -> Iterator[tuple[str, ServiceProcesses]]:
    """API, relay, projector and workers, each its own process, on a fresh schema and stream;
    `process_env` adds settings to one process by name (`relay`, `worker-1`: its own port)."""
    own = process_env or {}
    tag = uuid.uuid4().hex[:8]
    schema = f"e2e_{tag}"
    with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    port = free_port()
    settings = dict(
        DATABASE_URL=DATABASE_URL,
        NATS_URL=NATS_URL,
        DSL2PNG_DATABASE_SCHEMA=schema,
        DSL2PNG_NATS_STREAM=f"E2E_{tag.upper()}",
        DSL2PNG_NATS_SUBJECT=f"e2e.{tag}.jobs",
        DSL2PNG_NATS_DURABLE=f"workers-{tag}",
        DSL2PNG_ACK_WAIT_S="4",
        DSL2PNG_DATA_DIR=str(tmp_path_factory.mktemp("data")),
        DSL2PNG_AUTH="off",
        DSL2PNG_BROWSERS="1",
        DSL2PNG_PAGES_PER_BROWSER="2",
    )
    env = base_env(**{**settings, **(extra_env or {})})
    subprocess.run([sys.executable, "-m", "dsl2png", "migrate"], cwd=ROOT, env=env, check=True)
    procs = ServiceProcesses(env=env, log_dir=tmp_path_factory.mktemp("logs"))
    url = f"http://127.0.0.1:{port}"
    procs.start("api", "serve", "--port", str(port), extra_env=own.get("api"))
    procs.start("relay", "relay", extra_env=own.get("relay"))
    procs.start("projector", "projector", extra_env=own.get("projector"))
    for n in range(1, workers + 1):
        worker_env = {"DSL2PNG_WORKER_ID": f"worker-{n}", **own.get(f"worker-{n}", {})}
        procs.start(f"worker-{n}", "worker", extra_env=worker_env)
    try:
        wait_until(lambda: _ready(url), STARTUP_WAIT_S, "the API's /readyz")
        yield url, procs
    finally:
        names = list(procs.procs)
        procs.stop_all()
        for name in names:
            print(f"---- {name} ----\n{procs.log(name)[-2000:]}")
        with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
        asyncio.run(_delete_stream(env["DSL2PNG_NATS_STREAM"]))


@pytest.fixture(scope="module")
def distributed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, ServiceProcesses]]:
    """The distributed service with authentication off."""
    with running_distributed(tmp_path_factory) as service:
        yield service


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, ServiceProcesses]]:
    """`dsl2png serve` with no DATABASE_URL/NATS_URL: everything in one process on SQLite."""
    port = free_port()
    env = base_env(DSL2PNG_DATA_DIR=str(tmp_path_factory.mktemp("embedded")))
    procs = ServiceProcesses(env=env, log_dir=tmp_path_factory.mktemp("logs"))
    url = f"http://127.0.0.1:{port}"
    procs.start("serve", "serve", "--port", str(port))
    try:
        wait_until(lambda: _ready(url), STARTUP_WAIT_S, "the embedded service's /readyz")
        yield url, procs
    finally:
        procs.stop_all()
        print(procs.log("serve")[-3000:])


@pytest_asyncio.fixture
async def browser() -> AsyncIterator[Browser]:
    """Debian's Chromium with JavaScript on, for the service's own pages."""
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=PoolSettings().resolve_chromium())
        try:
            yield launched
        finally:
            await launched.close()


def schema_of(env: dict[str, str]) -> str:
    return env["DSL2PNG_DATABASE_SCHEMA"]


EXAMPLES = ROOT / "examples"
RED_BUTTON = {
    "width": 400,
    "height": 300,
    "elements": [
        {
            "type": "button",
            "label": "Go",
            "layout": {"x": 100, "y": 80, "width": 120, "height": 50},
            # its label is drawn transparent (no ink), not red on red: a label in its
            # background's colour is a WCAG failure the validator warns of (low_contrast)
            "style": {"background": "#ff0000", "color": "transparent", "border": "none", "borderRadius": 0},
        }
    ],
}


def example_path(name: str) -> Path:
    return EXAMPLES / f"{name}.yaml"


@pytest.fixture
def red_button(tmp_path: Path) -> Path:
    """The command-line tests' red button (cli_support.RED_BUTTON) as a JSON file."""
    path = tmp_path / "button.json"
    path.write_text(json.dumps(CLI_RED_BUTTON))
    return path


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    """A document with two unknown types (cli_support.BAD) as a JSON file."""
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(BAD))
    return path
