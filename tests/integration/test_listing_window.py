"""`GET /v1/renders?since=&until=` on the real service, embedded (SQLite, renders drawn by
Chromium) and deployed (Postgres, API keys, its projector): a window on when each render was
requested, `since` inclusive and `until` exclusive, together with `status`, the cursor and each
key's own renders; a time without a zone, an unreadable one or an empty window is a 422."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from httpx import ASGITransport, AsyncClient

from dsl2png import migrate
from dsl2png.event_store import make_render_jobs
from dsl2png.keys import ApiKeyStore
from dsl2png.serve import build_app
from dsl2png.settings import ServeSettings
from projector.runner import start_projector
from tests.support.polling import wait_until

pytestmark = pytest.mark.integration
pytest_plugins = ["nats_fixtures"]


@dataclass
class Service:
    """The service's HTTP client, the headers of two API keys (empty when embedded: no keys) and
    what a render becomes once posted (`completed` drawn at once, or `queued` with no worker)."""

    client: AsyncClient
    alice: dict[str, str]
    bob: dict[str, str]
    settled: str

    @property
    def deployed(self) -> bool:
        return bool(self.alice)

    async def post(self, title: str, headers: dict[str, str]) -> dict[str, Any]:
        document = {"width": 200, "height": 80, "elements": [{"type": "heading", "text": title}]}
        query = "" if self.deployed else "?wait=30"
        answer = await self.client.post(
            f"/v1/renders{query}", json={"dsl": document}, headers=headers | {"accept": "application/json"}
        )
        assert answer.status_code in (200, 202), answer.text
        assert answer.json()["status"] == self.settled, answer.text
        return dict(answer.json())

    async def listing(self, headers: dict[str, str], **query: Any) -> dict[str, Any]:
        answer = await self.client.get("/v1/renders", params=query, headers=headers)
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    async def ids(self, headers: dict[str, str], **query: Any) -> list[str]:
        return [item["id"] for item in (await self.listing(headers, **query))["items"]]


@dataclass
class Setup:
    """A service to start in the test's own task (the lifespan's task groups must be left by the
    task that entered them, which an async fixture's teardown is not)."""

    settings: ServeSettings
    alice: dict[str, str]
    bob: dict[str, str]
    settled: str


@contextlib.asynccontextmanager
async def running(setup: Setup) -> AsyncIterator[Service]:
    app = build_app(setup.settings)
    async with (
        app.router.lifespan_context(app),
        AsyncClient(transport=ASGITransport(app=app), base_url="http://localhost", timeout=60) as client,
    ):
        yield Service(client, setup.alice, setup.bob, setup.settled)


@pytest.fixture(params=["sqlite", "postgres"])
def setup(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Setup]:
    if request.param == "sqlite":
        yield Setup(ServeSettings(data_dir=tmp_path, database_url=None, nats_url=None), {}, {}, "completed")
        return
    url: str = request.getfixturevalue("database_url")
    schema: str = request.getfixturevalue("pg_schema")
    names: dict[str, str] = request.getfixturevalue("jetstream_names")
    migrate.upgrade(url, schema=schema)
    events = make_render_jobs(url, tmp_path, create_tables=False, schema=schema)
    try:
        keys = ApiKeyStore(events)
        alice, bob = (keys.create(name)[1] for name in ("alice", "bob"))
    finally:
        events.close()
    settings = ServeSettings(
        database_url=url, nats_url=request.getfixturevalue("nats_url"), database_schema=schema,
        nats_stream=names["stream"], nats_subject=names["subject"], data_dir=tmp_path, auth="on",
    )  # fmt: skip
    # the deployed API runs no projector (nor relay, nor worker: its renders stay queued)
    with start_projector(url, tmp_path, schema=schema, create_tables=False, interval_s=0.05):
        yield Setup(
            settings, {"Authorization": f"Bearer {alice}"}, {"Authorization": f"Bearer {bob}"}, "queued"
        )


def utc(job: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(job["created_at"])


def z(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


async def shown(service: Service, headers: dict[str, str], jobs: Sequence[dict[str, Any]]) -> None:
    """Wait until the read model lists every one of `jobs` as its own GET says it is."""
    want = {
        job["id"]: (await service.client.get(f"/v1/renders/{job['id']}", headers=headers)).json()
        for job in jobs
    }

    async def listed() -> bool:
        items = {item["id"]: item["status"] for item in (await service.listing(headers, limit=500))["items"]}
        return all(items.get(job_id) == job["status"] for job_id, job in want.items())

    await wait_until(listed, 30)


async def test_a_window_on_the_request_time_with_status_cursor_and_keys_and_its_refusals(
    setup: Setup,
) -> None:
    """One service for both (the embedded one starts Chromium)."""
    async with running(setup) as service:
        await window_with_status_cursor_and_keys(service)
        await refusals(service)


async def window_with_status_cursor_and_keys(service: Service) -> None:
    alice, bob = service.alice, service.bob
    jobs = [await service.post(f"window {i}", alice) for i in range(2)]
    theirs = await service.post("bob's", bob) if service.deployed else None
    jobs += [await service.post(f"window {i}", alice) for i in range(2, 4)]
    times = [utc(job) for job in jobs]
    assert times == sorted(set(times)), "each render is requested after the one before"
    j0, j1, j2, j3 = (job["id"] for job in jobs)
    if theirs is not None:
        assert times[1] < utc(theirs) < times[2]
    if service.deployed:  # a second status in the window: cancelled
        cancelled = await service.client.post(f"/v1/renders/{j1}/cancel", json={}, headers=alice)
        assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled", cancelled.text
    await shown(service, alice, jobs)

    window = {"since": z(times[1]), "until": z(times[3])}
    assert await service.ids(alice, **window) == [j2, j1]  # since inclusive, until exclusive
    plus_two = timezone(timedelta(hours=2))
    shifted = {
        key: datetime.fromisoformat(value).astimezone(plus_two).isoformat() for key, value in window.items()
    }
    assert shifted["since"].endswith("+02:00")
    assert await service.ids(alice, **shifted) == [j2, j1]  # the same instants, in another zone
    assert await service.ids(alice, since=z(times[2])) == [j3, j2]
    assert await service.ids(alice, until=z(times[1])) == [j0]
    assert await service.ids(alice, since=z(times[3] + timedelta(microseconds=1))) == []
    # a year before 1000 compares as a time, not as shorter text (SQLite keeps times as text)
    assert await service.ids(alice, since="0999-01-01T00:00:00Z") == [j3, j2, j1, j0]

    # status narrows the window, and the window the status
    states = {}
    for job_id in (j0, j1, j2, j3):
        states[job_id] = (await service.client.get(f"/v1/renders/{job_id}", headers=alice)).json()["status"]
    assert len({states[j1], states[j2]}) == (2 if service.deployed else 1)
    for status in ("queued", "completed", "cancelled"):
        assert await service.ids(alice, status=status, **window) == [
            j for j in (j2, j1) if states[j] == status
        ]

    # one render a page, through the window: the cursor keeps to it
    seen, cursor = [], None
    for _ in range(5):
        more = {"cursor": cursor} if cursor else {}
        page = await service.listing(alice, limit=1, since=z(times[0]), until=z(times[3]), **more)
        seen += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [j2, j1, j0]

    # a cursor marks a place in the order, not a query: with other filters the page holds the
    # renders after that place that match them
    first = await service.listing(alice, limit=1, **window)
    after_j2 = first["next_cursor"]
    assert first["items"][0]["id"] == j2 and after_j2
    assert await service.ids(alice, cursor=after_j2) == [j1, j0]
    assert await service.ids(alice, cursor=after_j2, until=z(times[1])) == [j0]
    assert await service.ids(alice, cursor=after_j2, since=z(times[2])) == []
    assert await service.ids(alice, cursor=after_j2, status=states[j0]) == [
        j for j in (j1, j0) if states[j] == states[j0]
    ]

    if theirs is not None:  # each key lists its own renders only, in any window
        whole = {"since": z(times[0]), "until": z(times[3] + timedelta(seconds=1))}
        assert await service.ids(bob, **whole) == [theirs["id"]]
        assert theirs["id"] not in await service.ids(alice, **whole)
        assert await service.ids(bob, **window) == [theirs["id"]]  # requested between j1 and j2
        assert await service.ids(bob, cursor=after_j2) == [theirs["id"]]  # alice's place, bob's renders
        assert await service.ids(bob, since=z(times[2])) == []


REFUSED: list[tuple[dict[str, str], list[str], str]] = [
    ({"since": "2026-11-30T09:00:00"}, ["since"], "has no time zone"),
    ({"until": "2026-11-30"}, ["until"], "has no time zone"),
    ({"since": "yesterday"}, ["since"], "not an ISO 8601 date and time"),
    ({"since": "1732957200"}, ["since"], "not an ISO 8601 date and time"),
    (
        {"since": "2026-11-30T09:00:00Z", "until": "2026-11-30T09:00:00Z"},
        ["until"],
        "must be later than 'since'",
    ),
    ({"since": "2026-11-30T10:00:00+01:00", "until": "2026-11-30T08:59:59Z"}, ["until"], "must be later"),
    ({"since": "soon", "until": "2026-11-30T09:00:00"}, ["since", "until"], "query parameter 'since'"),
    ({"since": "0001-01-01T00:00:00+01:00"}, ["since"], "out of range"),
]
"""Query, the parameters the 422 names (in order), and what its first issue says."""


async def refusals(service: Service) -> None:
    """A time without a zone, an unreadable one or an empty window is a 422 naming each."""
    for query, named, says in REFUSED:
        answer = await service.client.get("/v1/renders", params=query, headers=service.alice)
        assert answer.status_code == 422, (query, answer.text)
        error = answer.json()["error"]
        noun = "parameter is" if len(named) == 1 else "parameters are"
        assert error["code"] == "invalid_request"
        assert error["message"] == f"{len(named)} {noun} invalid: " + ", ".join(named)
        assert [issue["path"] for issue in error["errors"]] == [f"/query/{name}" for name in named]
        assert says in error["errors"][0]["message"], error

    # an offset's `+` sent unescaped in the URL arrives as a space
    answer = await service.client.get("/v1/renders?since=2026-11-30T09:00:00+02:00", headers=service.alice)
    assert answer.status_code == 422, answer.text
    [issue] = answer.json()["error"]["errors"]
    assert issue["path"] == "/query/since" and issue["suggestion"] == "send '+' as %2B in a URL"
    escaped = "/v1/renders?since=2026-11-30T09:00:00%2B02:00&until=9999-12-31T23:59:59Z"
    assert (await service.client.get(escaped, headers=service.alice)).status_code == 200
