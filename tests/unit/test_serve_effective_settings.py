"""The start-up line with the settings an operator checks: mode, where the state is, TTL, auth; no secrets."""

from __future__ import annotations

from pathlib import Path

from dsl2png.serve import effective_settings
from dsl2png.settings import ServeSettings


def test_deployed_settings_name_schema_stream_ttl_and_auth_without_the_password() -> None:
    settings = ServeSettings(
        database_url="postgresql://app:s3cret@db:5432/dsl2png", nats_url="nats://nats:4222",
        database_schema="t_upgrader", png_ttl_s=30,
    )  # fmt: skip
    line = effective_settings(settings)
    assert "s3cret" not in line
    for part in (
        "deployed mode",
        "schema t_upgrader",
        "stream DSL2PNG_JOBS",
        "images 30s after last use",
        "auth on",
    ):
        assert part in line, line


def test_embedded_settings_name_the_data_dir() -> None:
    line = effective_settings(ServeSettings(database_url=None, nats_url=None, data_dir=Path("/srv/d")))
    assert line == "embedded mode, data dir /srv/d, images kept, auth off"
