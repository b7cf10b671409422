"""The start-up line with the settings an operator checks: mode, where the state is, the NATS
subject, TTL, auth and where traces go; no secrets."""

from __future__ import annotations

from pathlib import Path

import pytest

from dsl2png.serve import effective_settings
from dsl2png.settings import ServeSettings


@pytest.fixture(autouse=True)
def _no_trace_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DSL2PNG_OTLP_ENDPOINT", raising=False)
    monkeypatch.delenv("OTEL_EXPORTER_OTLP_ENDPOINT", raising=False)


def test_deployed_settings_name_schema_stream_subject_ttl_auth_and_traces_without_secrets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DSL2PNG_OTLP_ENDPOINT", "http://tracer:t0ken@collector:4318")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_HEADERS", "authorization=Bearer h3ader")
    settings = ServeSettings(
        database_url="postgresql://app:s3cret@db:5432/dsl2png", nats_url="nats://nats:4222",
        database_schema="t_upgrader", nats_subject="ops.jobs", png_ttl_s=30,
    )  # fmt: skip
    line = effective_settings(settings)
    for secret in ("s3cret", "t0ken", "h3ader"):
        assert secret not in line, line
    for part in (
        "deployed mode",
        "schema t_upgrader",
        "stream DSL2PNG_JOBS subject ops.jobs",
        "images 30s after last use",
        "auth on",
        "traces to http://collector:4318",
    ):
        assert part in line, line


def test_embedded_settings_name_the_data_dir_and_say_traces_go_nowhere() -> None:
    line = effective_settings(ServeSettings(database_url=None, nats_url=None, data_dir=Path("/srv/d")))
    assert line == "embedded mode, data dir /srv/d, images kept, auth off, traces not exported"
