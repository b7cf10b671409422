"""The operator commands when Postgres cannot be reached, at their start or once they run: one
line naming the database (host:port/name, never the password) and what to check, and exit 4, as
their --help says; never the pool's traceback. Real commands as subprocesses, on the real
Postgres through a proxy that forwards only the start-up check's connection."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from network_fixtures import ThreadedTcpProxy

from dsl2png import migrate
from dsl2png.outage_exit import DATABASE_UNAVAILABLE_EXIT
from tests.e2e.processes import base_env, free_port

pytestmark = pytest.mark.integration

COMMANDS = [("replay",), ("rebuild",), ("keys", "list"), ("migrate",), ("retention", "show")]
PASSWORD = "never-shown"


def command_name(command: tuple[str, ...]) -> str:
    return " ".join(command[:2]) if command[0] in ("keys", "retention") else command[0]


def run(command: tuple[str, ...], url: str, schema: str) -> subprocess.CompletedProcess[str]:
    env = base_env(DATABASE_URL=url, DSL2PNG_DATABASE_SCHEMA=schema, DSL2PNG_LOG_JSON="false")
    return subprocess.run(
        [sys.executable, "-m", "dsl2png", *command], env=env, capture_output=True, text=True, timeout=120,
        cwd=os.getcwd(),
    )  # fmt: skip


def with_password_at(database_url: str, port: int) -> str:
    """`database_url` with a password, at 127.0.0.1:`port` (Postgres trusts the test's user)."""
    parts = urlsplit(database_url)
    return parts._replace(netloc=f"{parts.username}:{PASSWORD}@127.0.0.1:{port}").geturl()


@pytest.fixture
def migrated_schema(database_url: str, pg_schema: str) -> str:
    migrate.upgrade(database_url, schema=pg_schema)
    return pg_schema


@pytest.fixture
def lost_after_the_check(database_url: str) -> Iterator[ThreadedTcpProxy]:
    """Postgres as seen through a proxy that forwards one connection (the command's start-up
    check), then closes every later one: the database gone once the command has started."""
    target = urlsplit(database_url)
    proxy = ThreadedTcpProxy(target.hostname or "127.0.0.1", target.port or 5432, forward_first=1)
    yield proxy
    proxy.close()


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_database_lost_after_the_start_up_check_is_one_line_and_exit_4(
    database_url: str, migrated_schema: str, lost_after_the_check: ThreadedTcpProxy, command: tuple[str, ...]
) -> None:
    done = run(command, with_password_at(database_url, lost_after_the_check.port), migrated_schema)
    assert done.returncode == DATABASE_UNAVAILABLE_EXIT, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    [line] = done.stderr.strip().splitlines()
    database = urlsplit(database_url).path
    assert line.startswith(
        f"dsl2png {command_name(command)}: lost the database at 127.0.0.1:{lost_after_the_check.port}{database} mid-way: "
    ), line
    assert line.endswith(
        "check that Postgres is up, reachable from this host and has connections to spare (max_connections), then run it again"
    )
    assert PASSWORD not in line


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_database_that_refuses_at_the_start_is_one_line_and_exit_4(
    database_url: str, pg_schema: str, command: tuple[str, ...]
) -> None:
    port = free_port()  # nothing listens there: Postgres refuses, as when it is down
    done = run(command, with_password_at(database_url, port), pg_schema)
    assert done.returncode == DATABASE_UNAVAILABLE_EXIT, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(
        f"dsl2png {command_name(command)}: cannot connect to the database at 127.0.0.1:{port}{urlsplit(database_url).path}: "
    ), line
    assert "Connection refused" in line and "check that Postgres runs there" in line
    assert PASSWORD not in line


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_each_operator_command_documents_exit_4_in_its_help(command: tuple[str, ...]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "dsl2png", *command, "--help"], env=base_env(COLUMNS="400"),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    said = " ".join(done.stdout.split())
    assert "4 when the database could not be reached" in said or (
        f"Exit code {DATABASE_UNAVAILABLE_EXIT}: the database could not be reached" in said
    ), said
