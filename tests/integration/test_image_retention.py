"""Image retention is one decision for the deployment (real Postgres and NATS, the API's runtime
in-process): a third API started with DSL2PNG_PNG_TTL_S=5 removed every image of a deployment
whose other APIs kept them. Now the first API records its retention; one set otherwise refuses to
start, naming both values and `dsl2png retention set`, and removes nothing; the operator changes
it on purpose with that command, and running APIs set otherwise stop sweeping."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from dsl2png.blobs import make_blob_store
from dsl2png.event_store import make_render_jobs
from dsl2png.migrate import upgrade
from dsl2png.retention import RetentionMismatchError, agree_on_retention, sweep_refusal
from dsl2png.runtime import open_runtime
from dsl2png.settings import ServeSettings

pytestmark = pytest.mark.integration
pytest_plugins = ["nats_fixtures"]


@pytest.fixture
async def deployment(
    database_url: str, pg_schema: str, tmp_path: Path, nats_url: str, jetstream_names: dict[str, str]
) -> dict[str, str]:
    """A migrated schema and a stream of its own: what `open_runtime` of a deployed API needs."""
    await asyncio.to_thread(upgrade, database_url, schema=pg_schema)
    return {
        "DATABASE_URL": database_url, "NATS_URL": nats_url, "DSL2PNG_DATABASE_SCHEMA": pg_schema,
        "DSL2PNG_NATS_STREAM": jetstream_names["stream"], "DSL2PNG_NATS_SUBJECT": jetstream_names["subject"],
        "DSL2PNG_DATA_DIR": str(tmp_path),
    }  # fmt: skip


def api_settings(env: dict[str, str], ttl_s: float | None) -> ServeSettings:
    return ServeSettings(
        database_url=env["DATABASE_URL"], nats_url=env["NATS_URL"], database_schema=env["DSL2PNG_DATABASE_SCHEMA"],
        nats_stream=env["DSL2PNG_NATS_STREAM"], nats_subject=env["DSL2PNG_NATS_SUBJECT"],
        data_dir=Path(env["DSL2PNG_DATA_DIR"]), auth="off", png_ttl_s=ttl_s,
    )  # fmt: skip


def dsl2png(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("DSL2PNG_", "DATABASE_URL", "NATS_URL"))
    }
    command = [sys.executable, "-m", "dsl2png", *args]
    return subprocess.run(command, env=clean | env, capture_output=True, text=True, timeout=120)


def stored_image_hour_old(env: dict[str, str]) -> str:
    """An image in the deployment's store, last used an hour ago: what a 5 s retention removes."""
    url, schema = env["DATABASE_URL"], env["DSL2PNG_DATABASE_SCHEMA"]
    blobs = make_blob_store(url, Path(env["DSL2PNG_DATA_DIR"]), schema=schema)
    try:
        sha256 = str(
            blobs.store(
                b"an image", media_type="image/png", cache_key="k", meta={"width": 1, "height": 1, "bytes": 8}
            )
        )
    finally:
        blobs.close()
    with psycopg.connect(url) as conn:
        conn.execute(
            f"UPDATE \"{schema}\".png_blobs SET created_at = now() - interval '1 hour' WHERE sha256 = %s",
            (sha256,),
        )  # type: ignore[arg-type]
    return sha256


def image_count(env: dict[str, str]) -> int:
    with psycopg.connect(env["DATABASE_URL"]) as conn:
        row = conn.execute(f'SELECT count(*) FROM "{env["DSL2PNG_DATABASE_SCHEMA"]}".png_blobs').fetchone()  # type: ignore[arg-type]
    assert row is not None
    return int(row[0])


async def test_an_api_set_otherwise_refuses_to_start_and_removes_nothing(deployment: dict[str, str]) -> None:
    async with open_runtime(api_settings(deployment, None)):  # the first API: images kept, recorded
        stored_image_hour_old(deployment)
        with pytest.raises(RetentionMismatchError) as refused:
            async with open_runtime(api_settings(deployment, 5)):
                pass
    message = str(refused.value)
    assert "\n" not in message
    assert "DSL2PNG_PNG_TTL_S is 5 (5s after last use) in this process" in message, message
    assert "the deployment's image retention is images kept (no retention) (decided by api:" in message
    assert "leave DSL2PNG_PNG_TTL_S unset here" in message and "`dsl2png retention set 5`" in message
    assert image_count(deployment) == 1  # nothing swept
    async with open_runtime(api_settings(deployment, None)):  # one set like the first starts
        pass


async def test_retention_set_changes_it_on_purpose_and_apis_set_otherwise_stop_sweeping(
    deployment: dict[str, str],
) -> None:
    async with open_runtime(api_settings(deployment, None)):
        pass
    changed = await asyncio.to_thread(
        dsl2png, deployment, "retention", "set", "5", "--by", "ops", "--reason", "disk full"
    )
    assert changed.returncode == 0, changed.stderr
    assert "image retention is now 5s after last use (was images kept (no retention)" in changed.stderr
    assert "DSL2PNG_PNG_TTL_S=5" in changed.stderr

    url, schema, data_dir = deployment["DATABASE_URL"], deployment["DSL2PNG_DATABASE_SCHEMA"], Path(deployment["DSL2PNG_DATA_DIR"])  # fmt: skip
    jobs = make_render_jobs(url, data_dir, create_tables=False, schema=schema)
    try:
        # an API started before the change with another value does not sweep, and says why
        refusal = sweep_refusal(jobs, 3600)
        assert refusal is not None and "not removing images" in refusal and "5s after last use" in refusal
        assert sweep_refusal(jobs, 5) is None
        with pytest.raises(RetentionMismatchError, match="set DSL2PNG_PNG_TTL_S=5 here"):
            agree_on_retention(jobs, None)  # the old value no longer starts
    finally:
        jobs.close()

    shown = await asyncio.to_thread(dsl2png, deployment, "retention", "show")
    assert shown.returncode == 0, shown.stderr
    answer = json.loads(shown.stdout)
    assert answer["ttl_s"] == 5.0 and answer["decided_by"] == "operator:ops"
    decisions = [e["data"] for e in answer["history"] if e["name"] == "RetentionDecided"]
    assert decisions[0]["ttl_s"] is None and decisions[0]["decided_by"].startswith("api:")
    assert decisions[1] == {"ttl_s": 5.0, "decided_by": "operator:ops", "reason": "disk full"}

    stored_image_hour_old(deployment)
    async with open_runtime(api_settings(deployment, 5)):  # an API set so starts, and sweeps
        await wait_for_images(deployment, 0)


async def wait_for_images(env: dict[str, str], count: int, timeout_s: float = 30) -> None:
    from tests.support.polling import wait_until

    await wait_until(lambda: image_count(env) == count, timeout_s, in_thread=True)
