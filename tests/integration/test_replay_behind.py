"""`dsl2png replay` against a stopped projector: it said `"equal": true` and exit 0 with
`"behind": 90`, so a script checking the exit code was told everything matched when 90 events had
not been compared. Now such a replay is not equal and exits 3, naming how far behind and what to do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dsl2png.event_store import make_render_jobs
from projector.main import REPLAY_BEHIND
from projector.runner import start_projector
from tests.support.render_requests import record_request

pytestmark = pytest.mark.integration


def replay_command(data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DSL2PNG_", "DATABASE_URL", "NATS_URL"))}
    env |= {"DSL2PNG_DATA_DIR": str(data_dir), "DSL2PNG_REPLAY_LIVE_TIMEOUT_S": "0"}
    command = [sys.executable, "-m", "dsl2png", "replay"]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_a_replay_that_could_not_compare_every_event_is_not_equal_and_exits_3(tmp_path: Path) -> None:
    jobs = make_render_jobs(None, tmp_path, create_tables=True)
    try:
        with start_projector(None, tmp_path, app=jobs) as projector:
            record_request(jobs)
            projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
        caught_up = replay_command(tmp_path)
        assert caught_up.returncode == 0, caught_up.stderr
        assert json.loads(caught_up.stdout)["equal"] is True

        record_request(jobs), record_request(jobs)  # the projector is stopped: not in the read models
        behind = replay_command(tmp_path)
    finally:
        jobs.close()
    assert behind.returncode == REPLAY_BEHIND == 3, behind.stderr
    report = json.loads(behind.stdout)
    assert report["equal"] is False and report["differences"] == [] and report["behind"] == 2
    assert "not compared: the projector is behind by 2 events" in behind.stderr, behind.stderr
    assert "start `dsl2png projector`" in behind.stderr and "run `dsl2png replay` again" in behind.stderr
