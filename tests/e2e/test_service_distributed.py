"""End to end: API, relay, projector and two workers as separate processes on Postgres + NATS."""

from __future__ import annotations

import io
import json
import signal
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import psycopg
from PIL import Image

from tests.e2e.conftest import DATABASE_URL, RED_BUTTON, schema_of
from tests.e2e.processes import ServiceProcesses, free_port, wait_until

SLOW = {
    "width": 1600,
    "height": 1200,
    "elements": [
        {
            "type": "chart",
            "variant": "line",
            "data": {"labels": [str(i) for i in range(200)], "values": list(range(200))},
        }
    ],
}


def stored_event_count(procs: ServiceProcesses) -> int:
    schema = schema_of(procs.env)
    with psycopg.connect(DATABASE_URL) as conn:
        row = conn.execute(f'SELECT count(*) FROM "{schema}".stored_events').fetchone()
    assert row is not None
    return int(row[0])


def wait_terminal(client: httpx.Client, job_id: str, timeout_s: float = 60) -> dict[str, object]:
    state: dict[str, object] = {}

    def done() -> bool:
        nonlocal state
        state = client.get(f"/v1/renders/{job_id}").json()
        return state.get("status") in ("completed", "failed", "cancelled")

    wait_until(done, timeout_s, f"render {job_id} to finish")
    return state


def test_post_wait_status_png_events(distributed: tuple[str, ServiceProcesses]) -> None:
    url, _ = distributed
    with httpx.Client(base_url=url, timeout=60) as client:
        posted = client.post("/v1/renders", json={"dsl": RED_BUTTON})
        assert posted.status_code == 202
        job_id = posted.json()["id"]
        assert posted.headers["location"] == f"/v1/renders/{job_id}"
        state = wait_terminal(client, job_id)
        assert state["status"] == "completed", state
        assert (state["width"], state["height"]) == (400, 300)

        png = client.get(f"/v1/renders/{job_id}.png")
        assert png.status_code == 200 and png.headers["content-type"] == "image/png"
        assert png.headers["etag"] == f'"{state["sha256"]}"'
        assert "immutable" in png.headers["cache-control"]
        image = Image.open(io.BytesIO(png.content)).convert("RGB")
        assert image.getpixel((160, 105))[0] > 240 and image.getpixel((160, 105))[1] < 20
        assert image.getpixel((20, 20)) != image.getpixel((160, 105))

        def projected_events() -> list[str]:
            events = client.get(f"/v1/renders/{job_id}/events").json()["events"]
            return [e["name"] for e in events]

        assert projected_events() == ["RenderRequested", "RenderStarted", "RenderCompleted"]


def test_wait_returns_the_png(distributed: tuple[str, ServiceProcesses]) -> None:
    url, _ = distributed
    doc = dict(RED_BUTTON, title="wait test")
    response = httpx.post(f"{url}/v1/renders?wait=30", json={"dsl": doc}, timeout=60)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "image/png"
    assert Image.open(io.BytesIO(response.content)).size == (400, 300)


def test_a_render_is_completed_at_its_location_as_soon_as_wait_returned_its_image(
    distributed: tuple[str, ServiceProcesses],
) -> None:
    """The projector lags the event store: 2-3 of 20 such GETs said "queued", with no hash."""
    url, _ = distributed
    with httpx.Client(base_url=url, timeout=60) as client:
        for i in range(20):
            doc = dict(RED_BUTTON, title=f"wait then get {time.time_ns()} {i}")
            image = client.post("/v1/renders?wait=30", json={"dsl": doc})
            assert image.headers["content-type"] == "image/png", image.text
            status = client.get(image.headers["location"]).json()
            assert (status["status"], status["sha256"]) == ("completed", image.headers["etag"].strip('"'))


def test_two_workers_render_each_job_exactly_once(distributed: tuple[str, ServiceProcesses]) -> None:
    url, procs = distributed
    for worker in ("worker-1", "worker-2"):  # both must be taking jobs before the burst
        wait_until(lambda name=worker: "taking jobs" in procs.log(name), 60, f"{worker} to take jobs")
    with httpx.Client(base_url=url, timeout=60) as client:

        def post(i: int) -> str:
            doc = {"width": 320, "height": 200, "elements": [{"type": "heading", "text": f"Job {i}"}]}
            response = client.post("/v1/renders", json={"dsl": doc})
            assert response.status_code == 202, response.text
            return str(response.json()["id"])

        # 60 jobs posted 8 at a time keep both workers' two pages busy at once (the race this is
        # about); throughput is bench/bench_service.py's, not this test's.
        with ThreadPoolExecutor(8) as pool:
            ids = list(pool.map(post, range(60)))
        assert len(set(ids)) == 60
        for job_id in ids:
            assert wait_terminal(client, job_id, 180)["status"] == "completed"
        workers = set()
        for job_id in ids:
            names = [e["name"] for e in client.get(f"/v1/renders/{job_id}/events").json()["events"]]
            terminal = [n for n in names if n in ("RenderCompleted", "RenderFailed", "RenderCancelled")]
            assert terminal == ["RenderCompleted"], (job_id, names)
            started = [
                e
                for e in client.get(f"/v1/renders/{job_id}/events").json()["events"]
                if e["name"] == "RenderStarted"
            ]
            workers.update(e["data"]["worker_id"] for e in started)
        assert workers == {"worker-1", "worker-2"}
    procs.assert_running()


def test_worker_killed_mid_render_job_is_redelivered(distributed: tuple[str, ServiceProcesses]) -> None:
    url, procs = distributed
    procs.stop("worker-2")
    with httpx.Client(base_url=url, timeout=60) as client:
        job_id = client.post("/v1/renders", json={"dsl": SLOW}).json()["id"]

        def started() -> bool:
            return client.get(f"/v1/renders/{job_id}").json()["status"] in ("rendering", "completed")

        wait_until(started, 30, "the render to start")
        procs.stop("worker-1", signal.SIGKILL)
        procs.start("worker-3", "worker", extra_env={"DSL2PNG_WORKER_ID": "worker-3"})
        state = wait_terminal(client, job_id, 90)
        assert state["status"] == "completed"
        events = client.get(f"/v1/renders/{job_id}/events").json()["events"]
        assert [e["name"] for e in events].count("RenderCompleted") == 1
    procs.start("worker-1", "worker", extra_env={"DSL2PNG_WORKER_ID": "worker-1"})


def test_relay_stopped_between_commit_and_publish(distributed: tuple[str, ServiceProcesses]) -> None:
    url, procs = distributed
    procs.stop("relay")
    with httpx.Client(base_url=url, timeout=60) as client:
        job_id = client.post("/v1/renders", json={"dsl": dict(RED_BUTTON, title="relay")}).json()["id"]
        # nothing can publish it, the relay is down: the request waits after the relay's position,
        # which /metrics shows (what an operator can see and alert on), and stays queued
        wait_until(
            lambda: metric(client, "dsl2png_relay_lag_events") >= 1, 15, "the API to see the relay's lag"
        )
        assert client.get(f"/v1/renders/{job_id}").json()["status"] == "queued"
        early = client.get(f"/v1/renders/{job_id}.png")  # asked before it exists: come back, not "no such"
        assert early.status_code == 409 and early.headers["Retry-After"] == "1", early.text
        assert early.json()["error"]["code"] == "image_not_ready"
        health = free_port()
        procs.start("relay", "relay", extra_env={"DSL2PNG_METRICS_PORT": str(health)})
        assert wait_terminal(client, job_id)["status"] == "completed"
        wait_until(lambda: metric(client, "dsl2png_relay_lag_events") == 0, 15, "the relay to catch up")
        assert metric(client, "dsl2png_relay_stalled_seconds") == 0  # set by the same reading as the lag
        ready = httpx.get(f"http://127.0.0.1:{health}/readyz", timeout=5)
        assert ready.status_code == 200 and ready.json()["status"] == "ready", ready.text


def metric(client: httpx.Client, name: str) -> float:
    """One unlabelled gauge from the API's /metrics, as last read: the API re-reads the relay's
    position at most once a second, so a test polls it (`wait_until`) for the value it expects."""
    for line in client.get("/metrics").text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError(f"{name} is not in /metrics")


def test_invalid_dsl_is_422_and_records_nothing(distributed: tuple[str, ServiceProcesses]) -> None:
    url, procs = distributed
    before = stored_event_count(procs)
    bad = {"elements": [{"type": "buton", "label": "x"}], "width": "wide"}
    response = httpx.post(f"{url}/v1/renders", json={"dsl": bad})
    assert response.status_code == 422
    errors = response.json()["error"]["errors"]
    paths = {e["path"] for e in errors}
    assert {"/elements/0/type", "/width"} <= paths
    assert any("button" in (e.get("suggestion") or "") for e in errors)
    assert stored_event_count(procs) == before


def test_idempotency_key_replay_and_conflict(distributed: tuple[str, ServiceProcesses]) -> None:
    url, _ = distributed
    key = {"Idempotency-Key": f"key-{time.time_ns()}"}
    body = {"dsl": dict(RED_BUTTON, title="idem")}
    first = httpx.post(f"{url}/v1/renders", json=body, headers=key)
    again = httpx.post(f"{url}/v1/renders", json=body, headers=key)
    assert first.status_code in (200, 202) and again.status_code in (200, 202)
    assert first.json()["id"] == again.json()["id"]
    other = httpx.post(f"{url}/v1/renders", json={"dsl": dict(RED_BUTTON, title="other")}, headers=key)
    assert other.status_code == 409
    assert other.json()["error"]["code"] == "idempotency_conflict"


def test_identical_render_is_served_from_cache(distributed: tuple[str, ServiceProcesses]) -> None:
    url, _ = distributed
    doc = dict(RED_BUTTON, title=f"cache {time.time_ns()}")
    first = httpx.post(f"{url}/v1/renders?wait=30", json={"dsl": doc}, timeout=60)
    assert first.status_code == 200
    second = httpx.post(f"{url}/v1/renders", json={"dsl": doc})
    state = second.json()
    assert state["status"] == "completed" and state["cache_hit"] is True
    assert second.status_code == 200


def test_replay_equals_live(distributed: tuple[str, ServiceProcesses]) -> None:
    import subprocess
    import sys

    from tests.e2e.processes import ROOT

    _, procs = distributed
    result = subprocess.run(
        [sys.executable, "-m", "dsl2png", "replay"], cwd=ROOT, env=procs.env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["equal"] is True and report["rows"] > 0


def test_cancel_a_queued_render_and_validate_records_nothing(
    distributed: tuple[str, ServiceProcesses],
) -> None:
    url, procs = distributed
    workers = [name for name in list(procs.procs) if name.startswith("worker")]
    for name in workers:
        procs.stop(name)
    with httpx.Client(base_url=url, timeout=60) as client:
        job_id = client.post("/v1/renders", json={"dsl": dict(RED_BUTTON, title="cancel me")}).json()["id"]
        before = stored_event_count(procs)
        for bad, path in (
            ({"reason": 5}, "/body/reason"),
            ({"reason": "x" * 501}, "/body/reason"),
            ({"reason": "   "}, "/body/reason"),
            ({"reasn": "typo"}, "/body/reasn"),
        ):
            refused = client.post(f"/v1/renders/{job_id}/cancel", json=bad)
            assert refused.status_code == 422, refused.text
            assert [e["path"] for e in refused.json()["error"]["errors"]] == [path]
        assert stored_event_count(procs) == before  # a refused cancel records nothing
        assert client.get(f"/v1/renders/{job_id}").json()["status"] == "queued"
        cancelled = client.post(f"/v1/renders/{job_id}/cancel", json={"reason": "  customer asked "})
        assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
        assert cancelled.json()["error"]["message"] == "customer asked"
        assert client.get(f"/v1/renders/{job_id}.png").status_code == 404  # it will never have one
        before = stored_event_count(procs)
        checked = client.post("/v1/validate", json={"dsl": {"elements": [{"type": "buton"}]}}).json()
        assert checked["valid"] is False and checked["errors"][0]["path"] == "/elements/0/type"
        assert stored_event_count(procs) == before
        for name in workers:
            procs.start(name, "worker", extra_env={"DSL2PNG_WORKER_ID": name})
        wait_until(lambda: client.get("/readyz").status_code == 200, 30, "readiness")
        again = client.post(f"/v1/renders/{job_id}/cancel").json()
        assert again["status"] == "cancelled"
        events = client.get(f"/v1/renders/{job_id}/events").json()["events"]
        assert [e["name"] for e in events] == ["RenderRequested", "RenderCancelled"]
        assert events[1]["version"] == 2
        assert events[1]["data"] == {"reason": "customer asked", "cancelled_by": None}  # no API keys here
