"""WorkerSettings: environment names, defaults and start-up validation."""

from __future__ import annotations

import os

import pytest
from pydantic import ValidationError

from render_worker.settings import WorkerSettings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("DSL2PNG_") or key in ("DATABASE_URL", "NATS_URL"):
            monkeypatch.delenv(key)


def test_urls_are_accepted_with_and_without_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://u@db/x")
    monkeypatch.setenv("DSL2PNG_NATS_URL", "nats://nats:4222")
    monkeypatch.setenv("DSL2PNG_CONCURRENCY", "8")
    settings = WorkerSettings()
    assert (settings.database_url, settings.nats_url, settings.concurrency) == (
        "postgresql://u@db/x", "nats://nats:4222", 8,
    )  # fmt: skip
    assert not settings.embedded


def test_jobs_at_once_default_to_one_per_warm_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DSL2PNG_BROWSERS", "3")
    monkeypatch.setenv("DSL2PNG_PAGES_PER_BROWSER", "2")
    assert WorkerSettings().jobs_at_once == 6
    monkeypatch.setenv("DSL2PNG_CONCURRENCY", "8")
    assert WorkerSettings().jobs_at_once == 8


def test_worker_id_defaults_to_host_and_pid() -> None:
    assert WorkerSettings().worker_id.endswith(f"-{os.getpid()}")


def test_heartbeat_defaults_to_a_third_of_ack_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DSL2PNG_ACK_WAIT_S", "12")
    assert WorkerSettings().heartbeat_interval_s == 4


def test_database_without_nats_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://u@db/x")
    with pytest.raises(ValidationError, match="NATS_URL"):
        WorkerSettings()


def test_bad_values_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DSL2PNG_CONCURRENCY", "0")
    with pytest.raises(ValidationError, match="concurrency"):
        WorkerSettings()


def test_probe_port_is_read_from_either_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DSL2PNG_METRICS_PORT", "9100")
    assert WorkerSettings().health_port == 9100
