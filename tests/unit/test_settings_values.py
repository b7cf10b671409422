"""Settings as operators write them in the environment: empty URLs, upper-case levels, origin
lists without JSON, and errors named by the variable actually set."""

from __future__ import annotations

import os

import pytest
from pydantic import ValidationError

from command_api.relay_main import RelaySettings
from dsl2png.cli import settings_error_message
from dsl2png.settings import ServeSettings
from render_worker.settings import WorkerSettings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("DSL2PNG_") or key in ("DATABASE_URL", "NATS_URL"):
            monkeypatch.delenv(key)


def test_empty_urls_mean_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NATS_URL", "")
    monkeypatch.setenv("DATABASE_URL", " ")
    settings = ServeSettings()
    assert settings.nats_url is None and settings.database_url is None and settings.embedded


def test_log_level_in_any_case(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DSL2PNG_LOG_LEVEL", "INFO")
    assert ServeSettings().log_level == "info"


@pytest.mark.parametrize(
    "value",
    [
        "https://app.example.com, https://b.example.com",
        '["https://app.example.com", "https://b.example.com"]',
    ],
)
def test_cors_origins_comma_separated_or_json(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("DSL2PNG_CORS_ORIGINS", value)
    assert ServeSettings().cors_origins == ["https://app.example.com", "https://b.example.com"]


def test_one_origin_and_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DSL2PNG_MCP_ALLOWED_ORIGINS", "https://app.example.com")
    monkeypatch.setenv("DSL2PNG_CORS_ORIGINS", "")
    settings = ServeSettings()
    assert settings.mcp_allowed_origins == ["https://app.example.com"] and settings.cors_origins == []


def test_a_bad_value_is_named_by_the_variable_that_was_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DSL2PNG_METRICS_PORT", "abc")
    with pytest.raises(ValidationError) as caught:
        WorkerSettings()
    message = settings_error_message(caught.value)
    assert "DSL2PNG_METRICS_PORT:" in message and "HEALTH_PORT" not in message


@pytest.mark.parametrize(("given", "missing"), [("DATABASE_URL", "NATS_URL"), ("NATS_URL", "DATABASE_URL")])
def test_one_url_without_the_other_names_the_missing_one(
    monkeypatch: pytest.MonkeyPatch, given: str, missing: str
) -> None:
    """`set both ... or neither` left the reader to find which one it lacked."""
    urls = {"DATABASE_URL": "postgresql://db/dsl2png", "NATS_URL": "nats://nats:4222"}
    monkeypatch.setenv(given, urls[given])
    for settings in (RelaySettings, WorkerSettings, ServeSettings):
        with pytest.raises(ValidationError) as caught:
            settings()
        message = settings_error_message(caught.value)
        assert f"{given} is set but {missing} is not" in message, message
        # only serve has an embedded mode to offer; the relay and a worker have none
        assert ("embedded" in message) == (settings is ServeSettings), message


def test_a_bad_nats_url_does_not_offer_the_relay_an_embedded_queue(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://db/dsl2png")
    monkeypatch.setenv("NATS_URL", "http://nats:4222")
    with pytest.raises(ValidationError) as caught:
        RelaySettings()
    message = settings_error_message(caught.value)
    assert "NATS_URL must be a nats:// URL" in message and "http://nats:4222" in message
    assert "in-process" not in message and "unset" not in message, message
