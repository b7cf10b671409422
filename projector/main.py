"""Entry points of `dsl2png projector` and `dsl2png replay` (settings from the environment)."""

from __future__ import annotations

import json
import signal
import threading

from pydantic import Field

from dsl2png.logs import configure_logging
from dsl2png.settings import CommonSettings


class ProjectorSettings(CommonSettings):
    """DSL2PNG_* environment (DATABASE_URL also without the prefix)."""

    create_tables: bool = Field(
        default=False, description="create tables at start (tests, dev); else migrations"
    )
    replay_live_timeout_s: float = Field(default=30.0, ge=0)
    projection_interval_s: float = Field(
        default=0.05,
        ge=0,
        le=5,
        description="the live projector reads the event store at most this often, so that events"
        " committed meanwhile share one transaction; the read model trails by up to this much more",
    )


def main() -> None:
    """Follow the event store and keep the read model current until SIGTERM/SIGINT."""
    from projector.runner import run_projector

    settings = ProjectorSettings()
    configure_logging(settings.log_level, json_lines=settings.log_json)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    run_projector(
        settings.database_url,
        settings.data_dir,
        schema=settings.database_schema,
        create_tables=settings.create_tables,
        stop=stop,
        interval_s=settings.projection_interval_s,
    )


def replay_main() -> int:
    """Rebuild the read model into fresh tables, print the comparison as JSON; 0 when equal."""
    from projector.replay import replay

    settings = ProjectorSettings()
    report = replay(
        settings.database_url,
        settings.data_dir,
        schema=settings.database_schema,
        live_timeout_s=settings.replay_live_timeout_s,
    )
    print(json.dumps(report.as_dict(), indent=2))
    return 0 if report.equal else 1
