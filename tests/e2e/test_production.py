"""The deployed service's guards: API keys, per-key scoping, rate limits, body limit, queue bound,
image retention and security headers, each answering a clear 4xx/5xx and changing nothing."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import psycopg
import pytest

from tests.e2e.conftest import DATABASE_URL, RED_BUTTON, running_distributed
from tests.e2e.processes import ROOT, ServiceProcesses, wait_until

LIMITS = {
    "DSL2PNG_AUTH": "on",
    "DSL2PNG_RATE_LIMIT_PER_S": "5",
    "DSL2PNG_RATE_LIMIT_BURST": "30",
    "DSL2PNG_MAX_BODY_BYTES": "8192",
    "DSL2PNG_PNG_TTL_S": "3",
    "DSL2PNG_MAX_UNFINISHED_PER_KEY": "4",
    "DSL2PNG_MAX_QUEUE_DEPTH": "6",
}


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, ServiceProcesses]]:
    with running_distributed(tmp_path_factory, LIMITS, workers=1) as service:
        yield service


def create_key(procs: ServiceProcesses, name: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "dsl2png", "keys", "create", name],
        cwd=ROOT, env=procs.env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return result.stdout.strip()


def list_keys(procs: ServiceProcesses) -> str:
    """`dsl2png keys list` as printed: one key a line, its id first and its name last."""
    return subprocess.run(
        [sys.executable, "-m", "dsl2png", "keys", "list"],
        cwd=ROOT, env=procs.env, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip


def key_id(listed: str, name: str) -> str:
    return next(line.split()[0] for line in listed.splitlines() if line.endswith(name))


def event_count(procs: ServiceProcesses) -> int:
    with psycopg.connect(DATABASE_URL) as conn:
        row = conn.execute(
            f'SELECT count(*) FROM "{procs.env["DSL2PNG_DATABASE_SCHEMA"]}".stored_events'
        ).fetchone()
    assert row is not None
    return int(row[0])


def test_requests_without_a_valid_key_are_401_and_record_nothing(
    guarded: tuple[str, ServiceProcesses],
) -> None:
    url, procs = guarded
    before = event_count(procs)
    for headers in ({}, {"Authorization": "Bearer d2p_nope_nope"}, {"X-API-Key": "wrong"}):
        response = httpx.post(f"{url}/v1/renders", json={"dsl": RED_BUTTON}, headers=headers)
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "unauthorized"
        # RFC 6750: a key that was sent but is not valid is an invalid_token
        assert response.headers["www-authenticate"] == (
            'Bearer error="invalid_token"' if headers else "Bearer"
        )
    assert httpx.get(f"{url}/healthz").status_code == 200
    assert event_count(procs) == before


def test_a_key_sees_only_its_own_jobs_and_revoked_keys_stop_working(
    guarded: tuple[str, ServiceProcesses],
) -> None:
    url, procs = guarded
    alice, bob = create_key(procs, "alice"), create_key(procs, "bob")
    as_alice = {"Authorization": f"Bearer {alice}"}
    posted = httpx.post(f"{url}/v1/renders?wait=30", json={"dsl": RED_BUTTON}, headers=as_alice, timeout=60)
    assert posted.status_code == 200, posted.text
    job_id = posted.headers["x-render-id"]
    assert httpx.get(f"{url}/v1/renders/{job_id}", headers={"X-API-Key": alice}).status_code == 200
    as_bob = {"Authorization": f"Bearer {bob}"}
    assert httpx.get(f"{url}/v1/renders/{job_id}", headers=as_bob).status_code == 404
    assert httpx.get(f"{url}/v1/renders/{job_id}.png", headers=as_bob).status_code == 404
    assert httpx.get(f"{url}/v1/renders/{job_id}/events", headers=as_bob).status_code == 404
    assert job_id not in [j["id"] for j in httpx.get(f"{url}/v1/renders", headers=as_bob).json()["items"]]
    assert job_id in [j["id"] for j in httpx.get(f"{url}/v1/renders", headers=as_alice).json()["items"]]

    listed = list_keys(procs)
    bob_id = key_id(listed, "bob")
    assert bob not in listed, "a key's secret must never be shown again"
    subprocess.run(
        [sys.executable, "-m", "dsl2png", "keys", "revoke", bob_id], cwd=ROOT, env=procs.env, check=True
    )
    wait_until(lambda: httpx.get(f"{url}/v1/renders", headers=as_bob).status_code == 401, 15, "revocation")
    refused = httpx.get(f"{url}/v1/renders", headers=as_bob).json()["error"]["message"]
    assert "unknown or was revoked" in refused, refused  # not "send a key": one was sent


def test_a_key_without_a_name_is_refused(guarded: tuple[str, ServiceProcesses]) -> None:
    _, procs = guarded
    for name in ("", "  "):
        result = subprocess.run(
            [sys.executable, "-m", "dsl2png", "keys", "create", name],
            cwd=ROOT, env=procs.env, capture_output=True, text=True,
        )  # fmt: skip
        assert result.returncode == 2 and result.stdout == "", result.stderr
        assert "a key needs a name" in result.stderr


def test_rate_limit_answers_429_with_retry_after(guarded: tuple[str, ServiceProcesses]) -> None:
    url, procs = guarded
    headers = {"Authorization": f"Bearer {create_key(procs, 'burst')}"}
    with httpx.Client(base_url=url, headers=headers) as client:
        codes = [client.get("/v1/renders?limit=1") for _ in range(60)]
    limited = [r for r in codes if r.status_code == 429]
    assert limited, "60 requests at once should exceed a burst of 30"
    assert int(limited[0].headers["retry-after"]) >= 1
    assert limited[0].json()["error"]["code"] == "rate_limited"


@pytest.mark.parametrize(
    ("route", "field"),
    [("/v1/renders", "dsl"), ("/v1/validate", "dsl"), ("/render", "dsl_content"),
     ("/render/async", "dsl_content"), ("/validate", "dsl_content")],
)  # fmt: skip
def test_body_over_the_limit_is_413_and_records_nothing(
    guarded: tuple[str, ServiceProcesses], route: str, field: str
) -> None:
    """On every route, the earlier project's too (they read a 60 MB body whole and rendered it),
    whether the body declares its length or comes in chunks without one."""
    url, procs = guarded
    headers = {"Authorization": f"Bearer {create_key(procs, 'big')}", "content-type": "application/json"}
    before = event_count(procs)
    body = json.dumps({field: {"elements": [{"type": "paragraph", "text": "x" * 9000}]}}).encode()
    chunked = (body[i : i + 1024] for i in range(0, len(body), 1024))
    for content in (body, chunked):
        response = httpx.post(f"{url}{route}", content=content, headers=headers)
        assert response.status_code == 413, (route, response.text)
        assert response.json()["error"]["code"] == "request_too_large"
    assert event_count(procs) == before


def test_security_headers_and_no_cors_by_default(guarded: tuple[str, ServiceProcesses]) -> None:
    url, _ = guarded
    response = httpx.get(f"{url}/healthz", headers={"Origin": "https://evil.example"})
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "access-control-allow-origin" not in response.headers


def test_expired_image_is_410_with_a_way_to_render_again(guarded: tuple[str, ServiceProcesses]) -> None:
    url, procs = guarded
    headers = {"Authorization": f"Bearer {create_key(procs, 'ttl')}"}
    doc = dict(RED_BUTTON, title=f"ttl {time.time_ns()}")
    posted = httpx.post(f"{url}/v1/renders?wait=30", json={"dsl": doc}, headers=headers, timeout=60)
    job_id = posted.headers["x-render-id"]

    def expired() -> bool:
        return httpx.get(f"{url}/v1/renders/{job_id}.png", headers=headers).status_code == 410

    wait_until(expired, 30, "the image to pass its 3 s retention", interval_s=0.5)  # within the rate limit
    body = httpx.get(f"{url}/v1/renders/{job_id}.png", headers=headers).json()
    assert body["error"]["code"] == "image_expired" and "POST" in body["error"]["message"]

    def names() -> list[str]:
        events = httpx.get(f"{url}/v1/renders/{job_id}/events", headers=headers).json()["events"]
        return [e["name"] for e in events]

    # The sweeper records the removal after it deletes the image: the trail then ends with it.
    wait_until(lambda: names()[-1:] == ["ImageExpired"], 15, "the ImageExpired event", interval_s=0.5)
    assert names()[-2] == "RenderCompleted", "events stay after the image goes"
    again = httpx.post(f"{url}/v1/renders?wait=30", json={"dsl": doc}, headers=headers, timeout=60)
    assert again.status_code == 200 and again.headers["content-type"] == "image/png"


def test_quota_per_key_429_and_bounded_queue_503(guarded: tuple[str, ServiceProcesses]) -> None:
    url, procs = guarded
    procs.stop("worker-1")  # nothing drains the queue while the limits are reached
    alice = {"Authorization": f"Bearer {create_key(procs, 'quota-a')}"}
    bob = {"Authorization": f"Bearer {create_key(procs, 'quota-b')}"}

    def post(headers: dict[str, str], n: int) -> httpx.Response:
        doc = dict(RED_BUTTON, title=f"queued {n} {time.time_ns()}")
        return httpx.post(f"{url}/v1/renders", json={"dsl": doc}, headers=headers)

    first = [post(alice, n) for n in range(4)]
    assert [r.status_code for r in first] == [202] * 4

    def projected() -> bool:
        listing = httpx.get(f"{url}/v1/renders?status=queued", headers=alice).json()["items"]
        return len(listing) == 4

    wait_until(projected, 15, "the queued jobs in the read model", interval_s=0.3)
    over = post(alice, 5)
    assert over.status_code == 429 and over.json()["error"]["code"] == "too_many_renders"
    assert int(over.headers["retry-after"]) >= 1

    assert [post(bob, n).status_code for n in range(2)] == [202, 202]
    wait_until(
        lambda: httpx.get(f"{url}/metrics").text.count("dsl2png_queue_depth 6") == 1, 15, "queue depth 6"
    )
    full = post(bob, 3)
    assert full.status_code == 503 and full.json()["error"]["code"] == "queue_full"
    assert int(full.headers["retry-after"]) >= 1

    procs.start("worker-1", "worker", extra_env={"DSL2PNG_WORKER_ID": "worker-1"})
    ids = [r.json()["id"] for r in first]
    for job_id in ids:
        wait_until(
            lambda job_id=job_id: httpx.get(f"{url}/v1/renders/{job_id}", headers=alice).json()["status"] == "completed",
            60, "the queued jobs to complete once a worker is back", interval_s=0.3,
        )  # fmt: skip


def test_quota_counts_renders_the_read_model_does_not_show_yet(
    guarded: tuple[str, ServiceProcesses],
) -> None:
    url, procs = guarded
    procs.stop("projector")  # the read model shows none of the renders below until it is back
    carol = {"Authorization": f"Bearer {create_key(procs, 'quota-c')}"}

    def post(n: int) -> httpx.Response:
        doc = dict(RED_BUTTON, title=f"unprojected {n} {time.time_ns()}")
        return httpx.post(f"{url}/v1/renders", json={"dsl": doc}, headers=carol)

    try:
        assert [post(n).status_code for n in range(4)] == [202] * 4
        over = post(4)  # sent right after: no waiting for the projector, which is stopped
        assert over.status_code == 429 and over.json()["error"]["code"] == "too_many_renders"
    finally:
        procs.start("projector", "projector")

    def listed_done() -> bool:
        items = httpx.get(f"{url}/v1/renders", headers=carol).json()["items"]
        return len(items) == 4 and all(item["status"] == "completed" for item in items)

    wait_until(listed_done, 60, "the four renders completed in the read model", interval_s=0.3)
    assert post(5).status_code == 202  # finished renders no longer count


def test_a_cancel_records_the_reason_and_the_key_that_cancelled(
    guarded: tuple[str, ServiceProcesses],
) -> None:
    url, procs = guarded
    carol = create_key(procs, "carol")
    carol_id = key_id(list_keys(procs), "carol")
    as_carol = {"Authorization": f"Bearer {carol}"}
    # The relay is paused so the job stays queued: a cancel then always meets an unfinished render
    # (racing a running one, the render sometimes finished first on a slow machine).
    procs.procs["relay"].send_signal(signal.SIGSTOP)
    try:
        document = dict(RED_BUTTON, title=f"cancel by key {time.time()}")
        for _ in range(30):  # an earlier test may still fill the queue (503) for a moment
            posted = httpx.post(f"{url}/v1/renders", json={"dsl": document}, headers=as_carol)
            if posted.status_code != 503:
                break
            time.sleep(float(posted.headers.get("retry-after", "1")))
        assert posted.status_code == 202, posted.text
        job_id = posted.json()["id"]
        cancelled = httpx.post(
            f"{url}/v1/renders/{job_id}/cancel", json={"reason": "customer asked"}, headers=as_carol
        )
        assert cancelled.status_code == 200, cancelled.text
    finally:
        procs.procs["relay"].send_signal(signal.SIGCONT)
    events = httpx.get(f"{url}/v1/renders/{job_id}/events", headers=as_carol).json()["events"]
    found = [e for e in events if e["name"] == "RenderCancelled"]
    assert len(found) == 1, (cancelled.json(), events)
    recorded = found[0]
    assert recorded["data"] == {"reason": "customer asked", "cancelled_by": carol_id}


def test_a_key_erases_its_render_and_an_operator_erases_any_with_the_cli(
    guarded: tuple[str, ServiceProcesses],
) -> None:
    """GDPR: the document leaves the event store and read models, the image the blob store; every
    query of the render is then a 410 `job_erased`, and replay still equals live."""
    url, procs = guarded
    dave, erin = create_key(procs, "dave"), create_key(procs, "erin")
    as_dave, as_erin = {"Authorization": f"Bearer {dave}"}, {"Authorization": f"Bearer {erin}"}
    secret = f"dave.{time.time()}@example.org"
    document = {"title": secret, "elements": [{"type": "heading", "text": secret}]}  # an image of its own
    posted = httpx.post(f"{url}/v1/renders?wait=30", json={"dsl": document}, headers=as_dave, timeout=60)
    assert posted.status_code == 200, posted.text
    job_id = posted.headers["x-render-id"]
    assert httpx.post(f"{url}/v1/renders/{job_id}/erase", headers=as_erin).status_code == 404  # not erin's
    erased = httpx.post(f"{url}/v1/renders/{job_id}/erase", headers=as_dave)
    assert erased.status_code == 200, erased.text
    # image_removed is False when retention (DSL2PNG_PNG_TTL_S=3 here) removed the image first
    assert erased.json() == {"id": job_id, "erased": True, "image_removed": erased.json()["image_removed"]}
    schema = procs.env["DSL2PNG_DATABASE_SCHEMA"]
    sha256 = posted.headers["etag"].strip('"')
    with psycopg.connect(DATABASE_URL) as conn:
        assert conn.execute(
            f'SELECT count(*) FROM "{schema}".png_blobs WHERE sha256 = %s', (sha256,)
        ).fetchone() == (0,)
        left = conn.execute(
            f"SELECT count(*) FROM \"{schema}\".stored_events WHERE position(%s in convert_from(state, 'UTF8')) > 0",
            (secret,),
        ).fetchone()
    assert left == (0,)
    for path in ("", ".png"):
        answer = {}

        def erased_answer(path: str = path) -> bool:
            nonlocal answer
            response = httpx.get(f"{url}/v1/renders/{job_id}{path}", headers=as_dave)
            answer = response.json() if response.status_code == 410 else {}
            return response.status_code == 410

        wait_until(erased_answer, 15, f"410 at {path or 'the status'}")  # once the projector has it
        assert answer["error"]["code"] == "job_erased"
    trail = httpx.get(f"{url}/v1/renders/{job_id}/events", headers=as_dave)  # metadata only
    assert trail.status_code == 200 and trail.json()["erased"] is True, trail.text
    assert secret not in trail.text and trail.json()["events"][-1]["data"]["erased_by"] is not None

    other = httpx.post(
        f"{url}/v1/renders?wait=30",
        json={"dsl": dict(RED_BUTTON, title="operator")},
        headers=as_erin,
        timeout=60,
    )
    other_id = other.headers["x-render-id"]
    cli = [sys.executable, "-m", "dsl2png", "erase"]
    refused = subprocess.run(
        [*cli, other_id, "not-an-id"], cwd=ROOT, env=procs.env, capture_output=True, text=True
    )
    assert refused.returncode == 1 and "JOB_ID[1]" in refused.stderr
    assert httpx.get(f"{url}/v1/renders/{other_id}", headers=as_erin).status_code == 200  # nothing erased
    done = subprocess.run(
        [*cli, other_id, "--reason", "erasure request 12", "--by", "Ops Oncall"],
        cwd=ROOT, env=procs.env, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == other_id
    wait_until(
        lambda: httpx.get(f"{url}/v1/renders/{other_id}", headers=as_erin).status_code == 410, 15, "410"
    )
    replayed = subprocess.run(
        [sys.executable, "-m", "dsl2png", "replay"], cwd=ROOT, env=procs.env, capture_output=True, text=True
    )
    assert replayed.returncode == 0, replayed.stdout + replayed.stderr
