"""Misspelt DSL2PNG_* variables are refused at start-up; every variable dsl2png reads is accepted."""

from __future__ import annotations

import os

import pytest
from pydantic import ValidationError
from pydantic_settings import BaseSettings

from command_api.relay_main import RelaySettings
from dsl2png.cli import settings_error_message
from dsl2png.env_names import KNOWN_VARIABLES, SETTINGS_VARIABLES
from dsl2png.settings import CommonSettings, ServeSettings
from projector.main import ProjectorSettings
from render_worker.pool_settings import PoolSettings
from render_worker.settings import WorkerSettings

SETTINGS_CLASSES: list[type[BaseSettings]] = [
    ServeSettings, WorkerSettings, RelaySettings, ProjectorSettings, PoolSettings, CommonSettings,
]  # fmt: skip


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("DSL2PNG_") or key in ("DATABASE_URL", "NATS_URL"):
            monkeypatch.delenv(key)


def variables_read(cls: type[BaseSettings]) -> set[str]:
    names: set[str] = set()
    for name, field in cls.model_fields.items():
        choices = getattr(field.validation_alias, "choices", None)
        names |= {str(c) for c in choices} if choices else {f"DSL2PNG_{name.upper()}"}
    return {n for n in names if n.startswith("DSL2PNG_")}


def test_the_known_names_are_exactly_the_settings_fields() -> None:
    read = set().union(*(variables_read(cls) for cls in SETTINGS_CLASSES))
    assert read == SETTINGS_VARIABLES


def test_a_misspelt_variable_is_refused_with_the_name_it_meant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DSL2PNG_DATABSE_SCHEMA", "t_upgrader")
    for cls in (ServeSettings, WorkerSettings, RelaySettings, ProjectorSettings, PoolSettings):
        with pytest.raises(ValidationError) as refused:
            cls()
        assert "did you mean DSL2PNG_DATABASE_SCHEMA?" in str(refused.value)
    with pytest.raises(ValidationError) as refused:
        ServeSettings()
    message = settings_error_message(refused.value)
    assert "DSL2PNG_DATABSE_SCHEMA is not a dsl2png setting: did you mean DSL2PNG_DATABASE_SCHEMA?" in message


def test_an_unknown_name_far_from_any_is_a_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("DSL2PNG_SOMETHING_ELSE_ENTIRELY", "1")
    assert ServeSettings().port == 8000
    assert "ignoring DSL2PNG_SOMETHING_ELSE_ENTIRELY" in caplog.text


def test_every_known_variable_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in KNOWN_VARIABLES - SETTINGS_VARIABLES:
        monkeypatch.setenv(name, "x")
    monkeypatch.setenv("DSL2PNG_WORKER_ID", "w-1")
    monkeypatch.setenv("DSL2PNG_TEST_DATABASE_URL", "postgresql://127.0.0.1/test")
    assert WorkerSettings().worker_id == "w-1"
    ServeSettings()
    PoolSettings()


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("DSL2PNG_SCHEMA", "DSL2PNG_DATABASE_SCHEMA"),  # a leading word left out
        ("DSL2PNG_DB_SCHEMA", "DSL2PNG_DATABASE_SCHEMA"),
        ("DSL2PNG_STREAM", "DSL2PNG_NATS_STREAM"),
        ("DSL2PNG_DURABLE", "DSL2PNG_NATS_DURABLE"),
        ("DSL2PNG_DRAIN_TIMEOUT", "DSL2PNG_DRAIN_TIMEOUT_S"),  # a trailing one
        ("DSL2PNG_URL", "DSL2PNG_DATABASE_URL or DSL2PNG_NATS_URL"),  # two it could mean: both named
    ],
)
def test_a_name_missing_a_word_is_refused_with_the_names_it_may_mean(
    monkeypatch: pytest.MonkeyPatch, written: str, meant: str
) -> None:
    monkeypatch.setenv(written, "t_sre")
    with pytest.raises(ValidationError) as refused:
        WorkerSettings()
    assert f"{written} is not a dsl2png setting: did you mean {meant}?" in str(refused.value)


def test_a_word_that_many_names_end_with_is_only_ignored(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("DSL2PNG_SECONDS", "1")
    assert WorkerSettings().max_deliver == 5
    assert "ignoring DSL2PNG_SECONDS" in caplog.text
