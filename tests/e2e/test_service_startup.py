"""Start-up of the deployed processes when something they need is missing: each says so in one
line and exits 1 (or stops at once on SIGTERM), instead of looking healthy, hanging or printing
a traceback. Real commands as subprocesses, against the real Postgres and a NATS port where
nothing listens."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from dsl2png.outage_exit import DATABASE_COMMANDS, DATABASE_UNAVAILABLE_EXIT
from dsl2png.startup_checks import database_location
from tests.e2e.chromium_gate import ChromiumGate
from tests.e2e.conftest import DATABASE_URL, NATS_URL
from tests.e2e.processes import ROOT, ServiceProcesses, base_env, free_port, wait_until
from tests.integration.pg_schemas import create_schema, drop_schema

NO_NATS = f"nats://127.0.0.1:{free_port()}"
DATABASE_LOCATION = database_location(DATABASE_URL)


@pytest.fixture(scope="module")
def empty_schema() -> Iterator[str]:
    """A schema that exists but was never migrated (a typo, or `migrate` forgotten)."""
    schema = create_schema(DATABASE_URL)
    yield schema
    drop_schema(DATABASE_URL, schema)


@pytest.fixture(scope="module")
def migrated_schema() -> Iterator[str]:
    schema = f"e2e_start_{uuid.uuid4().hex[:8]}"
    env = base_env(DATABASE_URL=DATABASE_URL, DSL2PNG_DATABASE_SCHEMA=schema)
    subprocess.run([sys.executable, "-m", "dsl2png", "migrate"], cwd=ROOT, env=env, check=True)
    yield schema
    drop_schema(DATABASE_URL, schema)


def run(*args: str, timeout_s: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
    settings = {"DATABASE_URL": DATABASE_URL, "NATS_URL": NATS_URL, "DSL2PNG_LOG_JSON": "false", **env}
    return subprocess.run(
        [sys.executable, "-m", "dsl2png", *args], cwd=ROOT, env=base_env(**settings),
        capture_output=True, text=True, timeout=timeout_s,
    )  # fmt: skip


def command_name(command: tuple[str, ...]) -> str:
    return " ".join(command[:2]) if command[0] == "keys" else command[0]


COMMANDS = [("worker",), ("relay",), ("projector",), ("replay",), ("keys", "list"), ("serve", "--port", "0")]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_tables_missing_in_the_schema_is_one_line_and_exit_1(
    empty_schema: str, command: tuple[str, ...]
) -> None:
    if command[0] == "serve":
        command = ("serve", "--port", str(free_port()))
    done = run(*command, DSL2PNG_DATABASE_SCHEMA=empty_schema)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == (
        f"dsl2png {command_name(command)}: tables missing in schema {empty_schema} of {DATABASE_LOCATION} (all of them): "
        "run `dsl2png migrate` first, with the same DATABASE_URL and DSL2PNG_DATABASE_SCHEMA"
    )
    assert "Traceback" not in done.stderr + done.stdout
    assert "taking jobs" not in done.stderr


@pytest.mark.parametrize("command", [*COMMANDS, ("migrate",)], ids=lambda c: " ".join(c[:2]))
def test_a_database_that_does_not_exist_is_named_at_once(command: tuple[str, ...]) -> None:
    if command[0] == "serve":
        command = ("serve", "--port", str(free_port()))
    url = DATABASE_URL.rsplit("/", 1)[0] + "/nosuchdb"
    # Not retried as an unreachable server is: the answer comes long before the start-up deadline
    # (10 minutes here), whatever the machine's load; `run`'s timeout fails a process that waits.
    done = run(*command, DATABASE_URL=url, DSL2PNG_STARTUP_TIMEOUT_S="600")
    # The operator commands tell a database they cannot connect to by their own code (their --help).
    assert done.returncode == (DATABASE_UNAVAILABLE_EXIT if command[0] in DATABASE_COMMANDS else 1), (
        done.stderr
    )
    line = done.stderr.strip()
    assert len(line.splitlines()) == 1, line
    assert line.startswith(
        f"dsl2png {command_name(command)}: cannot connect to the database at {database_location(url)}: "
    )
    assert 'database "nosuchdb" does not exist' in line


def test_serve_gives_up_on_an_unreachable_nats_after_its_start_up_deadline(migrated_schema: str) -> None:
    done = run(
        "serve", "--port", str(free_port()),
        NATS_URL=NO_NATS, DSL2PNG_DATABASE_SCHEMA=migrated_schema, DSL2PNG_STARTUP_TIMEOUT_S="3",
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines[-1].startswith(f"dsl2png serve: cannot reach NATS at {NO_NATS}: ")
    assert "DSL2PNG_STARTUP_TIMEOUT_S" in lines[-1]
    assert all("(retrying)" in line for line in lines[:-1]) and lines[:-1]
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("command", ["serve", "worker", "relay"])
def test_sigterm_while_waiting_for_nats_stops_at_once(
    migrated_schema: str, command: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    env = base_env(
        DATABASE_URL=DATABASE_URL, NATS_URL=NO_NATS, DSL2PNG_DATABASE_SCHEMA=migrated_schema,
        DSL2PNG_LOG_JSON="false", DSL2PNG_BROWSERS="1", DSL2PNG_PAGES_PER_BROWSER="1",
    )  # fmt: skip
    procs = ServiceProcesses(env=env, log_dir=tmp_path_factory.mktemp("logs"))
    args = ("serve", "--port", str(free_port())) if command == "serve" else (command,)
    procs.start(command, *args)
    wait_until(lambda: "cannot reach NATS" in procs.log(command), 30, "a NATS retry line")
    assert procs.stop(command, signal.SIGTERM, timeout_s=10) == 0  # exits 0 while retrying, not killed
    assert "Traceback" not in procs.log(command)


def test_a_worker_whose_metrics_port_is_taken_stops_before_taking_jobs(migrated_schema: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run(
            "worker", DSL2PNG_DATABASE_SCHEMA=migrated_schema, DSL2PNG_METRICS_PORT=str(port),
            DSL2PNG_HEALTH_HOST="127.0.0.1", DSL2PNG_NATS_STREAM=f"E2E_START_{uuid.uuid4().hex[:8].upper()}",
        )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert (
        done.stderr.strip()
        .splitlines()[-1]
        .startswith(f"dsl2png worker: cannot listen on 127.0.0.1:{port} (DSL2PNG_METRICS_PORT): ")
    )
    assert "taking jobs" not in done.stderr and "Traceback" not in done.stderr
    # its log says it failed, not "stopped" as after a SIGTERM
    assert f"failed at start-up: cannot listen on 127.0.0.1:{port}" in done.stderr
    assert " stopped" not in done.stderr


def test_an_unreachable_nats_is_named_without_its_password(migrated_schema: str) -> None:
    with_password = NO_NATS.replace("nats://", "nats://user:NatsPassw0rd@")
    done = run(
        "serve", "--port", str(free_port()),
        NATS_URL=with_password, DSL2PNG_DATABASE_SCHEMA=migrated_schema, DSL2PNG_STARTUP_TIMEOUT_S="3",
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert any(f"cannot reach NATS at {NO_NATS}: " in line and "(retrying)" in line for line in lines), lines
    assert lines[-1].startswith(f"dsl2png serve: cannot reach NATS at {NO_NATS}: ")
    assert "NatsPassw0rd" not in done.stderr + done.stdout


@pytest.mark.parametrize(
    ("variable", "url", "reason"),
    [
        (
            "DATABASE_URL",
            "postgresq://postgres:S3cretPassw0rd@127.0.0.1:5432/test",
            "must be a postgresql:// URL",
        ),
        ("NATS_URL", "http://user:S3cretPassw0rd@127.0.0.1:4222", "must be a nats:// URL"),
        ("DATABASE_URL", "postgresql://postgres:S3cretPassw0rd@127.0.0.1:99999/test", "port out of range"),
    ],
    ids=["database scheme", "nats scheme", "database port"],
)
def test_a_bad_url_setting_is_shown_without_its_password(variable: str, url: str, reason: str) -> None:
    done = run("serve", "--port", str(free_port()), **{variable: url})
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert f"{variable}: " in done.stderr and reason in done.stderr
    assert "127.0.0.1" in done.stderr  # where it points is still shown
    assert "S3cretPassw0rd" not in done.stderr + done.stdout


def test_a_password_libpq_cannot_parse_is_not_quoted_back() -> None:
    parts = urlsplit(DATABASE_URL)
    url = f"postgresql://postgres:S3cret Passw0rd@{parts.hostname}:{parts.port or 5432}{parts.path}"
    done = run("serve", "--port", str(free_port()), DATABASE_URL=url)
    assert done.returncode == 1, done.stderr
    line = done.stderr.strip()
    assert len(line.splitlines()) == 1, line
    assert line.startswith("dsl2png serve: cannot connect to the database at "), line
    assert "Passw0rd" not in line and "S3cret" not in line


@pytest.fixture(scope="module")
def schema_behind() -> Iterator[str]:
    """A schema one release behind the code: migrated, then `migrate --down 0004`."""
    schema = f"e2e_behind_{uuid.uuid4().hex[:8]}"
    env = base_env(DATABASE_URL=DATABASE_URL, DSL2PNG_DATABASE_SCHEMA=schema)
    subprocess.run([sys.executable, "-m", "dsl2png", "migrate"], cwd=ROOT, env=env, check=True)
    subprocess.run(
        [sys.executable, "-m", "dsl2png", "migrate", "--down", "0004"], cwd=ROOT, env=env, check=True
    )
    yield schema
    drop_schema(DATABASE_URL, schema)


@pytest.mark.parametrize("command", [("worker",), ("relay",), ("serve", "--port", "0")], ids=lambda c: c[0])
def test_a_schema_older_than_the_code_is_refused_in_one_line(
    schema_behind: str, command: tuple[str, ...]
) -> None:
    """Not a service that says ready and answers every POST with a 500 on a missing column."""
    from dsl2png.schema_revision import code_head

    if command[0] == "serve":
        command = ("serve", "--port", str(free_port()))
    done = run(*command, DSL2PNG_DATABASE_SCHEMA=schema_behind)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == (
        f"dsl2png {command[0]}: schema {schema_behind} of {DATABASE_LOCATION} is at 0004, "
        f"this release needs {code_head()}: run `dsl2png migrate`"
    )


def test_a_schema_newer_than_the_code_is_refused_in_one_line(migrated_schema: str) -> None:
    """The code rolled back, the schema not: a revision this release does not know."""
    import psycopg

    with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
        table = psycopg.sql.Identifier(migrated_schema, "alembic_version")
        (was,) = conn.execute(psycopg.sql.SQL("SELECT version_num FROM {}").format(table)).fetchone()  # type: ignore[misc]
        conn.execute(psycopg.sql.SQL("UPDATE {} SET version_num = '9999'").format(table))
        try:
            done = run("relay", DSL2PNG_DATABASE_SCHEMA=migrated_schema)
        finally:
            conn.execute(psycopg.sql.SQL("UPDATE {} SET version_num = %s").format(table), [was])
    assert done.returncode == 1, done.stderr
    line = done.stderr.strip()
    assert line.startswith(
        f"dsl2png relay: schema {migrated_schema} of {DATABASE_LOCATION} is at 9999, newer than this release"
    ), line
    assert f"migrate --down {was}" in line and "\n" not in line


FAILING_CHROMIUM = "#!/bin/sh\necho 'cannot open display' >&2\nexit 1\n"


@pytest.mark.parametrize(
    ("setting", "value", "told"),
    [
        ("DSL2PNG_DATA_DIR", "/proc/nope", "DSL2PNG_DATA_DIR /proc/nope cannot be used: "),
        ("DSL2PNG_CHROMIUM_PATH", "/nonexistent/chrome", "DSL2PNG_CHROMIUM_PATH is /nonexistent/chrome, which does not exist"),
        ("DSL2PNG_CHROMIUM_PATH", "{failing}", "Chromium did not start ({failing}): "),
    ],
    ids=["data dir", "chromium missing", "chromium failing"],
)  # fmt: skip
def test_an_embedded_serve_that_cannot_start_says_why_in_one_line(
    tmp_path: Path, setting: str, value: str, told: str
) -> None:
    """Its store and Chromium opened in uvicorn's start-up hook, which logged a traceback and
    exited 3; then they were told in one line, but after uvicorn's "Started server process" and
    "Waiting for application startup". Now they open before uvicorn: the line is all there is."""
    failing = tmp_path / "failing-chromium"
    failing.write_text(FAILING_CHROMIUM)
    failing.chmod(0o755)
    value, told = value.format(failing=failing), told.format(failing=failing)
    env = base_env(
        **{"DSL2PNG_LOG_JSON": "false", "DSL2PNG_DATA_DIR": str(tmp_path / "data"), "DSL2PNG_BROWSERS": "1", setting: value}
    )  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "dsl2png", "serve", "--port", str(free_port())], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith(f"dsl2png serve: {told}"), done.stderr
    assert "Started server process" not in done.stderr and "Traceback" not in done.stderr
    if "failing" not in value:  # a launch that failed goes on with Playwright's log of it
        assert len(done.stderr.splitlines()) == 1, done.stderr
    else:
        assert "cannot open display" in done.stderr
    assert done.stdout == ""


def test_an_embedded_serve_stopped_while_chromium_launches_exits_0_and_leaves_no_browser(
    tmp_path: Path,
) -> None:
    """uvicorn starts once Chromium is up: until then SIGTERM stops the start itself (the launch
    cancelled, its process ended) and uvicorn never said it started."""
    gate = ChromiumGate(tmp_path, "exec sleep 600")
    env = base_env(DSL2PNG_LOG_JSON="false", DSL2PNG_DATA_DIR=str(tmp_path / "data"), **gate.env())
    procs = ServiceProcesses(env=env, log_dir=tmp_path)
    procs.start("serve", "serve", "--port", str(free_port()))
    try:
        wait_until(gate.waited_at, 120, "the launch of Chromium")
        assert "Started server process" not in procs.log("serve")
        assert procs.stop("serve", signal.SIGTERM, timeout_s=60) == 0, procs.log("serve")
    finally:
        procs.stop_all()
    wait_until(lambda: not gate.waited_at(), 60, "the held Chromium to end")
    assert "Traceback" not in procs.log("serve") and "Started server process" not in procs.log("serve")


UNREACHABLE_DATABASE = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/test"


@pytest.mark.parametrize(
    ("package", "command"),
    [("command_api", "serve"), ("query_api", "serve"), ("render_worker", "worker"), ("projector", "projector"),
     ("mcp_adapter", "mcp")],
)  # fmt: skip
def test_python_m_of_each_service_tells_a_misspelt_setting_by_name(package: str, command: str) -> None:
    """`python -m render_worker`, `projector` and `mcp_adapter` printed pydantic's traceback:
    they now go through the command line as `python -m command_api` did."""
    env = base_env(
        DATABASE_URL=DATABASE_URL, NATS_URL=NATS_URL, DSL2PNG_LOG_JSON="false", DSL2PNG_BROWSRS="2"
    )
    done = subprocess.run(
        [sys.executable, "-m", package], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    heading, named = done.stderr.strip().splitlines()
    assert heading.startswith("dsl2png: invalid configuration (")
    assert named.strip() == "DSL2PNG_BROWSRS is not a dsl2png setting: did you mean DSL2PNG_BROWSERS?"


@pytest.mark.parametrize(
    ("package", "command"),
    [
        ("command_api", "serve"),
        ("query_api", "serve"),
        ("render_worker", "worker"),
        ("projector", "projector"),
    ],
)
def test_python_m_of_each_deployed_service_names_an_unreachable_database(package: str, command: str) -> None:
    env = base_env(DATABASE_URL=UNREACHABLE_DATABASE, NATS_URL=NATS_URL, DSL2PNG_LOG_JSON="false")
    done = subprocess.run(
        [sys.executable, "-m", package, *(["--port", str(free_port())] if command == "serve" else [])],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    line = done.stderr.strip()
    assert len(line.splitlines()) == 1, line
    assert line.startswith(
        f"dsl2png {command}: cannot connect to the database at {database_location(UNREACHABLE_DATABASE)}: "
    ), line
