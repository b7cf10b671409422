"""End to end, deployed mode on a database whose sessions are not in UTC: every time the API sends
is UTC `...Z` in one format, and an image reused from the cache stays its whole retention period."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest

from tests.e2e.conftest import running_distributed
from tests.e2e.processes import ServiceProcesses, wait_until

pytestmark = pytest.mark.e2e

UTC_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")
TTL_S = 6


@pytest.fixture(scope="module")
def kolkata(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, ServiceProcesses]]:
    """Every service process's Postgres sessions in Asia/Kolkata (+05:30), the process's own
    zone too, and a short image retention."""
    extra = {"PGTZ": "Asia/Kolkata", "TZ": "Asia/Kolkata", "DSL2PNG_PNG_TTL_S": str(TTL_S)}
    with running_distributed(tmp_path_factory, extra_env=extra, workers=1) as running:
        yield running


def heading(text: str) -> dict[str, object]:
    return {"elements": [{"type": "heading", "text": text}]}


def times_in(value: object, key: str = "") -> list[tuple[str, str]]:
    """(field, text) of every `*_at` / `timestamp` field, however deep."""
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in times_in(v, k)]
    if isinstance(value, list):
        return [pair for item in value for pair in times_in(item, key)]
    if isinstance(value, str) and (key.endswith("_at") or key == "timestamp"):
        return [(key, value)]
    return []


def test_every_route_sends_utc_times_in_one_format(kolkata: tuple[str, ServiceProcesses]) -> None:
    url, _ = kolkata
    with httpx.Client(base_url=url, timeout=60) as client:
        posted = client.post("/v1/renders?wait=30", json=heading(f"tz {uuid.uuid4()}"),
                             headers={"Accept": "application/json"})  # fmt: skip
        assert posted.status_code == 200, posted.text
        job_id = posted.json()["id"]
        answers = {
            "post": posted.json(),
            "get": client.get(f"/v1/renders/{job_id}").json(),
            "list": client.get("/v1/renders?limit=5").json(),
            "events": client.get(f"/v1/renders/{job_id}/events").json(),
            "legacy": client.get(f"/status/{job_id}").json(),
        }
    for route, body in answers.items():
        found = times_in(body)
        assert found, f"{route} has no times: {body}"
        wrong = [(field, text) for field, text in found if not UTC_TIME.match(text)]
        assert not wrong, f"{route} sends times not as UTC ...000000Z: {wrong}"
    assert answers["get"]["created_at"] == answers["list"]["items"][0]["created_at"]


def test_an_image_reused_from_the_cache_stays_a_period_after_that_job(
    kolkata: tuple[str, ServiceProcesses],
) -> None:
    url, _ = kolkata
    document = heading(f"retention {uuid.uuid4()}")
    with httpx.Client(base_url=url, timeout=60) as client:
        first = client.post("/v1/renders?wait=30", json=document, headers={"Accept": "application/json"})
        assert first.json()["status"] == "completed", first.text
        time.sleep(TTL_S * 0.7)  # the stored copy ages; the sweep runs every second
        second = client.post("/v1/renders?wait=30", json=document, headers={"Accept": "application/json"})
        assert second.json()["cache_hit"] is True, second.text
        time.sleep(TTL_S * 0.7)  # past the first copy's period, within the second job's
        image = client.get(f"/v1/renders/{second.json()['id']}.png")
    assert image.status_code == 200, image.text
    assert image.content.startswith(b"\x89PNG")


def listed(client: httpx.Client, job_id: str) -> dict[str, object]:
    """The job as the listing of completed renders shows it (it is among the newest)."""
    items = client.get("/v1/renders", params={"status": "completed", "limit": 50}).json()["items"]
    return next(item for item in items if item["id"] == job_id)


def test_the_status_of_a_render_whose_image_expired_says_so(kolkata: tuple[str, ServiceProcesses]) -> None:
    """An expired image's job stays `completed` with its bytes and sha256: `image_available`
    tells a client whether fetching the image will work, before it gets a 410, in the job's own
    GET and in the listing alike."""
    url, _ = kolkata
    with httpx.Client(base_url=url, timeout=60) as client:
        done = client.post(
            "/v1/renders?wait=30",
            json=heading(f"expiring {uuid.uuid4()}"),
            headers={"Accept": "application/json"},
        ).json()
        assert done["status"] == "completed"
        status = client.get(f"/v1/renders/{done['id']}").json()
        assert status["image_available"] is True and status["sha256"] == done["sha256"]
        assert listed(client, done["id"])["image_available"] is True

        def expired() -> bool:
            return client.get(f"/v1/renders/{done['id']}").json()["image_available"] is False

        wait_until(expired, TTL_S * 4, what="the image to expire", interval_s=0.5)
        status = client.get(f"/v1/renders/{done['id']}").json()
        assert status["status"] == "completed" and status["sha256"] == done["sha256"]
        assert listed(client, done["id"])["image_available"] is False
        gone = client.get(f"/v1/renders/{done['id']}.png")
        assert gone.status_code == 410 and gone.json()["error"]["code"] == "image_expired"
