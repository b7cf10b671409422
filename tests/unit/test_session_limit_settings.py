"""The database connections' statement timeout and keepalives, as the settings give them."""

from __future__ import annotations

import pytest

from dsl2png.pg_session_limits import SessionLimits
from dsl2png.settings import CommonSettings


def test_the_settings_give_every_process_its_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DSL2PNG_DATABASE_STATEMENT_TIMEOUT_S", "15")
    monkeypatch.setenv("DSL2PNG_DATABASE_KEEPALIVE_S", "0")
    assert CommonSettings().session_limits == SessionLimits(statement_timeout_s=15, keepalive_s=0)


def test_a_keepalive_gives_up_on_a_silent_connection_after_three_probes_a_third_apart() -> None:
    assert SessionLimits(keepalive_s=30).connect_options() == {
        "keepalives": "1",
        "keepalives_idle": "30",
        "keepalives_interval": "10",
        "keepalives_count": "3",
        "tcp_user_timeout": "60000",
    }
    assert SessionLimits(keepalive_s=0).connect_options() == {}


def test_a_negative_value_is_a_setting_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DSL2PNG_DATABASE_STATEMENT_TIMEOUT_S", "-1")
    with pytest.raises(ValueError, match="greater than or equal to 0"):
        CommonSettings()
