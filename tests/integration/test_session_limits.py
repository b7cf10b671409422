"""Every pool's connections carry the statement timeout and TCP keepalives (dsl2png.pg_session_limits),
on the real Postgres: a statement that runs past the timeout is cancelled with Postgres' own
error, instead of holding a worker, the projector or an API thread for ever."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest
from pg_schemas import DATABASE_URL

from dsl2png.blobs import PostgresBlobStore
from dsl2png.event_store import make_render_jobs, postgres_datastore
from dsl2png.pg_session_limits import SessionLimits

pytestmark = pytest.mark.integration

SHORT = SessionLimits(statement_timeout_s=1, keepalive_s=12)

PoolConnection = Callable[[str, SessionLimits | None], AbstractContextManager[Any]]


@contextmanager
def event_store_connection(url: str, limits: SessionLimits | None) -> Iterator[Any]:
    """A connection of the event store's pool (the API's, the workers', the relay's)."""
    jobs = make_render_jobs(url, Path("."), create_tables=False, limits=limits)
    try:
        with jobs.recorder.datastore.get_connection() as conn:  # type: ignore[attr-defined]
            yield conn
    finally:
        jobs.close()


@contextmanager
def read_model_connection(url: str, limits: SessionLimits | None) -> Iterator[Any]:
    """A connection of a read model's pool (the query API's, the projector's)."""
    datastore = postgres_datastore(url, limits=limits)
    try:
        with datastore.get_connection() as conn:
            yield conn
    finally:
        datastore.close()


@contextmanager
def blob_store_connection(url: str, limits: SessionLimits | None) -> Iterator[Any]:
    """A connection of the image store's pool."""
    blobs = PostgresBlobStore(url, limits=limits)
    try:
        with blobs.pool.connection() as conn:
            yield conn
    finally:
        blobs.close()


POOLS = [event_store_connection, read_model_connection, blob_store_connection]


@pytest.mark.parametrize("connection", POOLS, ids=lambda pool: pool.__name__)
def test_a_statement_longer_than_the_timeout_is_cancelled_with_postgres_own_error(
    connection: PoolConnection,
) -> None:
    with connection(DATABASE_URL, SHORT) as conn:
        with pytest.raises(
            psycopg.errors.QueryCanceled, match="canceling statement due to statement timeout"
        ):
            conn.execute("SELECT pg_sleep(600)")
        assert conn.execute("SELECT 1 AS one").fetchone() is not None  # the connection still serves


@pytest.mark.parametrize("connection", POOLS, ids=lambda pool: pool.__name__)
def test_each_connection_has_the_keepalives_and_the_statement_timeout(connection: PoolConnection) -> None:
    with connection(DATABASE_URL, SHORT) as conn:
        parameters = conn.info.get_parameters()
        timeout = conn.execute("SELECT current_setting('statement_timeout') AS value").fetchone()
    assert {key: parameters.get(key) for key in ("keepalives", "keepalives_idle", "keepalives_interval",
                                                  "keepalives_count", "tcp_user_timeout")} == {
        "keepalives": "1", "keepalives_idle": "12", "keepalives_interval": "4", "keepalives_count": "3",
        "tcp_user_timeout": "24000",
    }  # fmt: skip
    assert _value(timeout) == "1s"


def test_without_limits_given_the_defaults_apply() -> None:
    with event_store_connection(DATABASE_URL, None) as conn:
        timeout = conn.execute("SELECT current_setting('statement_timeout') AS value").fetchone()
        assert conn.info.get_parameters().get("keepalives_idle") == "30"
    assert _value(timeout) == "1min"


def test_the_url_s_own_options_win() -> None:
    url = f"{DATABASE_URL}?keepalives_idle=7&options=-c%20statement_timeout%3D2500"
    with read_model_connection(url, SHORT) as conn:
        timeout = conn.execute("SELECT current_setting('statement_timeout') AS value").fetchone()
        assert conn.info.get_parameters().get("keepalives_idle") == "7"
    assert _value(timeout) == "2500ms"


def test_zero_turns_both_off() -> None:
    with blob_store_connection(DATABASE_URL, SessionLimits(statement_timeout_s=0, keepalive_s=0)) as conn:
        timeout = conn.execute("SELECT current_setting('statement_timeout') AS value").fetchone()
        assert "keepalives_idle" not in conn.info.get_parameters()
    assert _value(timeout) == "0"


def _value(row: Any) -> str:
    """The one column of a row, whichever row factory the pool uses (the library's: dicts)."""
    return str(row["value"] if isinstance(row, dict) else row[0])
