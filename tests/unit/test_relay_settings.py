"""RelaySettings: how often the position is written, checked against the duplicate window."""

from __future__ import annotations

import os

import pytest
from pydantic import ValidationError

from command_api.relay_main import RelaySettings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("DSL2PNG_") or key in ("DATABASE_URL", "NATS_URL"):
            monkeypatch.delenv(key)


def test_the_position_is_written_every_second_by_default() -> None:
    assert RelaySettings().track_every_s == 1.0


def test_a_position_written_less_often_than_the_duplicate_window_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DSL2PNG_DEDUP_WINDOW_S", "30")
    monkeypatch.setenv("DSL2PNG_TRACK_EVERY_S", "45")
    with pytest.raises(ValidationError, match="must be below dedup_window_s"):
        RelaySettings()
