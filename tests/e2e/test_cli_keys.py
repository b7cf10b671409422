"""`dsl2png keys` against a real Postgres: a second active key under one name is created with a
warning (rotation), `keys list` shows UTC times whatever the session's zone, and `--json`;
`keys history` is the keys' event trail, with who made and revoked each key and why."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator

import psycopg
import pytest

from tests.e2e.conftest import DATABASE_URL, NATS_URL
from tests.e2e.processes import ROOT, base_env

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def env() -> Iterator[dict[str, str]]:
    """A migrated schema of its own, the CLI's Postgres sessions in Asia/Kolkata (+05:30)."""
    schema = f"e2e_keys_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    values = dict(DATABASE_URL=DATABASE_URL, NATS_URL=NATS_URL, DSL2PNG_DATABASE_SCHEMA=schema)
    environment = {**base_env(**values), "PGTZ": "Asia/Kolkata", "TZ": "Asia/Kolkata"}
    try:
        subprocess.run([sys.executable, "-m", "dsl2png", "migrate"], cwd=ROOT, env=environment, check=True)
        yield environment
    finally:
        with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def keys(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dsl2png", "keys", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_a_name_already_in_use_warns_and_still_creates_a_key(env: dict[str, str]) -> None:
    first = keys(env, "create", "ci-deploy")
    assert first.returncode == 0 and "warning" not in first.stderr, first.stderr
    second = keys(env, "create", "ci-deploy")
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip().startswith("d2p_") and second.stdout != first.stdout
    assert "warning" in second.stderr and "already named 'ci-deploy'" in second.stderr, second.stderr
    first_id = first.stdout.split("_")[1]
    assert f"dsl2png keys revoke {first_id}" in " ".join(second.stderr.split())
    assert keys(env, "revoke", first_id).returncode == 0
    third = keys(env, "create", "ci-deploy")
    assert "warning" in third.stderr and first_id not in third.stderr, "revoked keys are not namesakes"


def test_keys_list_shows_utc_times_and_json(env: dict[str, str]) -> None:
    assert keys(env, "create", "listed").returncode == 0
    text = keys(env, "list")
    assert text.returncode == 0, text.stderr
    line = next(line for line in text.stdout.splitlines() if line.endswith("listed"))
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", line), line
    listed = keys(env, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    row = next(row for row in rows if row["name"] == "listed")
    assert set(row) == {
        "id", "name", "created_at", "created_by", "revoked_at", "revoked_by", "revoke_reason",
        "imported", "active",
    }  # fmt: skip
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", row["created_at"]), row
    assert row["active"] is True and row["revoked_at"] is None
    assert row["created_by"] == "operator" and row["imported"] is False
    assert row["created_at"][:10] + " " + row["created_at"][11:16] + " UTC" in line, "text and JSON agree"
    assert "d2p_" not in listed.stdout, "never a secret"


def test_keys_history_says_who_made_and_revoked_a_key_and_why(env: dict[str, str]) -> None:
    made = keys(env, "create", "audited", "--by", "alice")
    assert made.returncode == 0, made.stderr
    key_id, secret = made.stdout.split("_")[1], made.stdout.strip()
    refused = keys(env, "revoke", key_id, "--reason", " ", "--by", "bob")
    assert refused.returncode == 1 and "--reason: is blank" in refused.stderr, refused.stderr
    revoked = keys(env, "revoke", key_id, "--reason", "left the team", "--by", "bob")
    assert revoked.returncode == 0, revoked.stderr
    trail = keys(env, "history")
    assert trail.returncode == 0, trail.stderr
    events = [json.loads(line) for line in trail.stdout.splitlines()]
    mine = [e for e in events if e["data"].get("key_id") == key_id]
    assert [e["name"] for e in mine] == ["ApiKeyIssued", "ApiKeyRevoked"]
    assert mine[0]["data"]["issued_by"] == "operator:alice" and mine[0]["data"]["name"] == "audited"
    assert mine[1]["data"]["revoked_by"] == "operator:bob"
    assert mine[1]["data"]["reason"] == "left the team"
    assert [e["position"] for e in events] == list(range(1, len(events) + 1)), "one stream, in order"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", mine[1]["timestamp"])
    assert secret not in trail.stdout and len(mine[0]["data"]["sha256"]) == 64
