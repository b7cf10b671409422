"""Log lines are JSON objects carrying the active trace and any render id given with `extra`."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys

from opentelemetry.sdk.trace import TracerProvider

from dsl2png.logs import JsonFormatter


def test_json_line_has_trace_ids_and_extra_fields() -> None:
    tracer = TracerProvider().get_tracer("test")
    record = logging.makeLogRecord(
        {
            "name": "worker",
            "levelname": "INFO",
            "msg": "render %s: %s",
            "args": ("abc", "completed"),
            "render_id": "abc",
        }
    )
    with tracer.start_as_current_span("job") as span:
        line = json.loads(JsonFormatter().format(record))
        trace_id = format(span.get_span_context().trace_id, "032x")
    assert line["message"] == "render abc: completed"
    assert line["render_id"] == "abc"
    assert line["level"] == "info" and line["logger"] == "worker"
    assert line["trace_id"] == trace_id and len(line["span_id"]) == 16


def test_json_line_without_a_span_has_no_trace_ids() -> None:
    record = logging.makeLogRecord({"name": "api", "levelname": "WARNING", "msg": "plain"})
    line = json.loads(JsonFormatter().format(record))
    assert "trace_id" not in line and line["message"] == "plain"


def test_uvicorns_coloured_copy_of_its_message_is_left_out() -> None:
    record = logging.makeLogRecord(
        {
            "name": "uvicorn.error",
            "levelname": "INFO",
            "msg": "Finished server process [%d]",
            "args": (7,),
            "color_message": "Finished server process [\x1b[36m%d\x1b[0m]",
        }
    )
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "Finished server process [7]" and "color_message" not in line


def test_text_and_json_lines_carry_utc_times_with_their_zone_in_any_local_zone() -> None:
    # a real process whose local zone is +05:30: both formats still say UTC, with `Z`
    script = (
        "import logging, time; from dsl2png.logs import configure_logging\n"
        "time.time = lambda: 1796029200.5\n"  # 2026-11-30T09:00:00.500Z, whatever the local zone
        "configure_logging('info', json_lines={json})\n"
        "logging.getLogger('probe').info('hello')\n"
    )
    lines = {}
    for json_lines in (False, True):
        result = subprocess.run(
            [sys.executable, "-c", script.format(json=json_lines)],
            env={**os.environ, "TZ": "Asia/Kolkata"}, capture_output=True, text=True, check=True,
        )  # fmt: skip
        lines[json_lines] = result.stderr.strip()
    assert lines[False] == "2026-11-30T09:00:00.500Z INFO probe: hello"
    assert json.loads(lines[True])["time"] == "2026-11-30T09:00:00.500Z"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", json.loads(lines[True])["time"])
