"""Replay: rebuild the read model from the event store into fresh tables and compare with the live one."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from dsl2png.event_store import RenderJobs, make_render_jobs
from kernel.times import utc_iso
from projector.projections import COLUMNS, RenderJobsProjection, Row
from projector.runner import catch_up
from projector.views import LIVE, REPLAY, JobsView, view_for

MAX_DIFFERENCES = 100
LIVE_STALL_S = 3.0
"""Stop waiting for the live projector once its position has not moved for this long (stopped)."""
REPAIR_HINT = (
    "if they differ while the projector is caught up, rebuild them: stop the projector, run "
    "`dsl2png rebuild`, and start it again (it projects every event from the start)"
)
BEHIND_HINT = (
    "start `dsl2png projector` (or wait for the running one: dsl2png_projector_lag_events falls to 0, "
    "or its /readyz), then run `dsl2png replay` again; DSL2PNG_REPLAY_LIVE_TIMEOUT_S is how long "
    "replay waits for a projector that is moving"
)


@dataclass
class ReplayReport:
    """What a replay found. `equal`: every event of the store was compared, and every row and
    every count matched. `behind` > 0 (the live projector stopped or slow): the last `behind`
    events were not compared, so `equal` is false even when what was compared matched
    (`differences` empty): a check of the exit code must not read "all matches" then."""

    equal: bool
    rows: int
    events: int
    position: int
    store_position: int
    differences: list[str] = field(default_factory=list)
    behind: int = 0
    """Events in the store the live read models do not include yet (not compared)."""
    note: str = ""
    live_counts: dict[str, int] = field(default_factory=dict)
    replayed_counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def compare(live: JobsView, replayed: JobsView) -> tuple[int, list[str]]:
    """(rows compared, differences) between two copies of the read model."""
    live_rows = {r["id"]: r for r in live.rows()}
    new_rows = {r["id"]: r for r in replayed.rows()}
    differences: list[str] = []
    for job_id in sorted(live_rows.keys() | new_rows.keys()):
        differences += _row_differences(job_id, live_rows.get(job_id), new_rows.get(job_id))
    live_counts, new_counts = live.counts(), replayed.counts()
    for status in sorted(live_counts.keys() | new_counts.keys()):
        a, b = live_counts.get(status, 0), new_counts.get(status, 0)
        if a != b:
            differences.append(f"count of {status}: live {a}, replayed {b}")
    return max(len(live_rows), len(new_rows)), differences


def _row_differences(job_id: str, live: Row | None, replayed: Row | None) -> list[str]:
    if live is None:
        return [f"job {job_id}: missing from the live read model"]
    if replayed is None:
        return [f"job {job_id}: in the live read model but not in the event store's replay"]
    return [
        f"job {job_id}: {column} live {shown(live[column])}, replayed {shown(replayed[column])}"
        for column in COLUMNS
        if live[column] != replayed[column]
    ]


def shown(value: Any) -> str:
    """A read-model value as a person reads it: times as the API gives them (UTC `...Z`), the
    rest as JSON (`null`, `true`, `"completed"`, `[{...}]`), not as Python reprs."""
    if isinstance(value, datetime):
        return utc_iso(value)
    return json.dumps(value, default=str, ensure_ascii=False, sort_keys=True)


def replay(
    database_url: str | None,
    data_dir: Path,
    *,
    schema: str | None = None,
    app: RenderJobs | None = None,
    keep: bool = False,
    live_timeout_s: float = 30.0,
) -> ReplayReport:
    """Project the whole event store into the replay_* tables and compare with the live tables.

    Only reads events and writes the replay tables: nothing is published, nothing renders. It
    first gives the live projector `live_timeout_s` to reach the end of the log, then replays up
    to the live projector's position so both copies describe the same events (if new events
    arrive meanwhile, it follows the live position a few more times)."""
    owns_app = app is None
    app = app or make_render_jobs(database_url, data_dir, create_tables=False, schema=schema)
    try:
        live = view_for(app, tables=LIVE, create_tables=False)
        fresh = view_for(app, tables=REPLAY, create_tables=False)
        fresh.drop_tables()
        fresh.create_table()
        projection = RenderJobsProjection(fresh)
        store_position = app.recorder.max_notification_id() or 0
        if store_position:
            # the live projector may lag or be stopped: then compare at the position it reached
            _wait_for_live(live, app.name, store_position, live_timeout_s)
        events, rows, position = 0, 0, 0
        differences: list[str] = []
        for _ in range(3):
            position = live.max_tracking_id(app.name) or 0
            events += catch_up(app, projection, until=position).events
            rows, differences = compare(live, fresh)
            if not differences or (live.max_tracking_id(app.name) or 0) == position:
                break
        behind = max(0, store_position - position)
        notes = []
        if behind:
            notes.append(
                f"not compared: the projector is behind by {behind} events (the live read models are "
                f"projected up to {position} of {store_position}; it is stopped or slow); only the first "
                f"{position} events were compared; {BEHIND_HINT}"
            )
        if differences:
            notes.append(REPAIR_HINT)
        report = ReplayReport(
            equal=not differences and not behind,
            rows=rows,
            events=events,
            position=position,
            store_position=store_position,
            differences=differences[:MAX_DIFFERENCES],
            behind=behind,
            note="; ".join(notes),
            live_counts=live.counts(),
            replayed_counts=fresh.counts(),
        )
        if not keep:
            fresh.drop_tables()
        return report
    finally:
        if owns_app:
            app.close()


def _wait_for_live(live: JobsView, name: str, position: int, timeout_s: float) -> None:
    """Give the live projector up to `timeout_s` to reach `position`, but stop as soon as its
    position has not moved for `LIVE_STALL_S` (a stopped projector will not get there)."""
    deadline = time.monotonic() + timeout_s
    last, moved_at = live.max_tracking_id(name) or 0, time.monotonic()
    while last < position and time.monotonic() < deadline:
        if time.monotonic() - moved_at >= LIVE_STALL_S:
            return
        time.sleep(0.1)
        now = live.max_tracking_id(name) or 0
        if now != last:
            last, moved_at = now, time.monotonic()
