"""Entry points of `dsl2png projector` and `dsl2png replay` (settings from the environment)."""

from __future__ import annotations

import contextlib
import json
import logging
import signal
import sys
import threading
from typing import TYPE_CHECKING, Any

from pydantic import Field

from dsl2png.addresses import database_address
from dsl2png.logs import configure_logging
from dsl2png.probe_port import probes_in_thread
from dsl2png.redact import without_credentials
from dsl2png.settings import ProbedSettings
from dsl2png.startup_checks import check_database
from dsl2png.stop_lines import log_stopped
from dsl2png.telemetry import setup_tracing
from projector.image_check import ImageCheck, verify_images
from projector.rebuild import READ_MODEL_TABLES
from projector.replay import BEHIND_HINT, REPAIR_HINT, ReplayReport

REPLAY_BEHIND = 3
"""`dsl2png replay`'s exit code when the live projector was behind: not everything was compared."""

if TYPE_CHECKING:
    from projector.health import ProjectorHealth

log = logging.getLogger(__name__)


class ProjectorSettings(ProbedSettings):
    """DSL2PNG_* environment (DATABASE_URL also without the prefix); DSL2PNG_METRICS_PORT serves
    its probes (/healthz fails when its passes have stopped for good) and /metrics."""

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
    """Follow the event store and keep the read model current until SIGTERM/SIGINT.

    Needs DATABASE_URL: the embedded `dsl2png serve` projects its own events in its process (its
    commits wake its projector), so a projector of its own on that SQLite file would add nothing."""
    from projector.health import ProjectorHealth

    settings = ProjectorSettings()
    if settings.embedded:
        raise SystemExit(
            "dsl2png projector needs DATABASE_URL; without it `dsl2png serve` runs its projector "
            "in its own process"
        )
    configure_logging(settings.log_level, json_lines=settings.log_json)
    setup_tracing("dsl2png-projector")
    assert settings.database_url is not None
    if not settings.create_tables:
        check_database(
            settings.database_url, settings.database_schema, connect_timeout_s=settings.connect_timeout_s
        )
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    health = ProjectorHealth()
    failure: BaseException | None = None
    log.info("projector reading the %s", database_address(settings))
    try:
        follow_with_probes(settings, stop, health)
    except BaseException as exc:
        failure = exc
        raise
    finally:
        log_stopped(log, "projector", failure)


def follow_with_probes(settings: ProjectorSettings, stop: threading.Event, health: ProjectorHealth) -> None:
    """Follow the event store until `stop` is set, with the probes and the projector's metrics on
    DSL2PNG_METRICS_PORT (when set)."""
    from projector.metrics import export_projector_metrics
    from projector.runner import run_projector

    assert settings.database_url is not None
    with probes_in_thread(settings, health.status, health.alive), contextlib.ExitStack() as exported:
        exported.callback(export_projector_metrics(health))
        run_projector(
            settings.database_url,
            settings.data_dir,
            schema=settings.database_schema,
            create_tables=settings.create_tables,
            stop=stop,
            interval_s=settings.projection_interval_s,
            health=health,
            limits=settings.session_limits,
        )


def replay_main(*, verify_images: bool = False) -> int:
    """Rebuild the read model into fresh tables, print the comparison as JSON, with the store it
    read (`store`); 0 when equal. Without DATABASE_URL it reads the embedded store that `dsl2png
    serve` keeps in the data folder (checking a local service's read model), and stops with 1
    when there is none there: an empty store would compare equal and prove nothing.
    `verify_images`: also re-hash every stored image a completed job names (`images` in the
    JSON); one that does not match its recorded sha256 makes it 1 too."""
    from dsl2png.event_store import SQLITE_FILE
    from projector.replay import replay

    settings = ProjectorSettings()
    if settings.embedded:
        path = settings.data_dir / SQLITE_FILE
        if not path.is_file():
            raise SystemExit(
                f"dsl2png replay: no event store to read: DATABASE_URL is not set and {path} does not "
                "exist (`dsl2png serve` keeps its events there; DSL2PNG_DATA_DIR names its folder)"
            )
        store, where = f"sqlite://{path}", f"the embedded store {path}"
    else:
        assert settings.database_url is not None
        check_database(
            settings.database_url, settings.database_schema, connect_timeout_s=settings.connect_timeout_s
        )
        store = without_credentials(settings.database_url)
        where = f"the Postgres store {store}" + (
            f" (schema {settings.database_schema})" if settings.database_schema else ""
        )
    report = replay(
        settings.database_url,
        settings.data_dir,
        schema=settings.database_schema,
        live_timeout_s=settings.replay_live_timeout_s,
    )
    answer: dict[str, Any] = {"store": store, **report.as_dict()}
    images = _verify_images(settings) if verify_images else None
    if images is not None:
        answer["images"] = images.as_dict()
    print(json.dumps(answer, indent=2))
    print(f"dsl2png replay: {report.events} events of {where}", file=sys.stderr)
    if report.behind:
        print(
            f"dsl2png replay: not compared: the projector is behind by {report.behind} events (the live "
            f"read models are at {report.position} of {report.store_position}); {BEHIND_HINT}",
            file=sys.stderr,
        )
    if report.differences:
        print(f"dsl2png replay: {REPAIR_HINT}", file=sys.stderr)
    if images is not None:
        print(
            f"dsl2png replay: {images.checked} images re-hashed, {len(images.mismatched)} do not match "
            f"their recorded sha256, {images.missing} not stored",
            file=sys.stderr,
        )
    return replay_exit_code(report, images)


def replay_exit_code(report: ReplayReport, images: ImageCheck | None = None) -> int:
    """0: every event compared and equal (and every image re-hashed matches); 1: a difference (or
    a damaged image); REPLAY_BEHIND (3): what could be compared matched, but the live projector
    had not reached the last events, which were not compared: not "equal", not a difference."""
    if report.differences or (images is not None and not images.ok):
        return 1
    return REPLAY_BEHIND if report.behind else 0


def rebuild_main() -> int:
    """`dsl2png rebuild`: empty the live read models of the configured store (`projector.rebuild`)
    so that the projector, started next, projects every event again; 1, said, when a projector
    is running on the schema or there is no store."""
    from projector.rebuild import ProjectorRunningError, empty_read_models

    settings = ProjectorSettings()
    if settings.database_url is not None:
        check_database(
            settings.database_url, settings.database_schema, connect_timeout_s=settings.connect_timeout_s,
            tables=READ_MODEL_TABLES,
        )  # fmt: skip
    try:
        emptied = empty_read_models(settings.database_url, settings.database_schema, settings.data_dir)
    except (ProjectorRunningError, FileNotFoundError) as exc:
        print(f"dsl2png rebuild: {exc}", file=sys.stderr)
        return 1
    tables = ", ".join(READ_MODEL_TABLES)
    start = (
        "start `dsl2png projector`"
        if settings.database_url is not None
        else f"start `dsl2png serve` with DSL2PNG_DATA_DIR={settings.data_dir} (it projects its own)"
    )
    print(
        f"dsl2png rebuild: emptied the read models ({tables}; {emptied.jobs} jobs) in {emptied.where}; now {start}: it projects every event "
        "from the first (status reads answer 404 for older renders until it has caught up: "
        f"dsl2png_projector_lag_events), then run `dsl2png replay`",
        file=sys.stderr,
    )
    return 0


def _verify_images(settings: ProjectorSettings) -> ImageCheck:
    """`verify_images` over the live read model and the image store of `settings`."""
    from dsl2png.blobs import make_blob_store
    from projector.views import close_view, make_read_model

    view = make_read_model(settings.database_url, settings.data_dir, schema=settings.database_schema)
    blobs = make_blob_store(settings.database_url, settings.data_dir, schema=settings.database_schema)
    try:
        return verify_images(view.rows(), blobs)
    finally:
        blobs.close()
        close_view(view)
