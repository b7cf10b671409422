"""Structured JSON logs: one object per line, with the trace and span ids of the active span."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

from opentelemetry import trace

# Attributes every LogRecord has; anything else a caller passed with `extra=` goes into the line,
# but for uvicorn's `color_message` (its message again, with ANSI colour escapes for a terminal).
_STANDARD = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName", "color_message"}


def log_time(record: logging.LogRecord) -> str:
    """`2026-11-30T09:00:38.877Z`: UTC with its zone, so lines from hosts and containers in
    different zones line up, and match the API's times (which are UTC `...Z` too)."""
    stamp = datetime.fromtimestamp(record.created, UTC)
    return f"{stamp:%Y-%m-%dT%H:%M:%S}.{stamp.microsecond // 1000:03d}Z"


class TextFormatter(logging.Formatter):
    """`TIME LEVEL logger: message` for a person at a terminal, the time as `log_time` gives it."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return log_time(record)


class JsonFormatter(logging.Formatter):
    """`{"time", "level", "logger", "message", "trace_id", "span_id", ...extra}` per record, so a
    render's log lines can be found by its render id or followed into its trace."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": log_time(record),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        context = trace.get_current_span().get_span_context()
        if context.is_valid:
            line["trace_id"] = format(context.trace_id, "032x")
            line["span_id"] = format(context.span_id, "016x")
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                line[key] = value
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, default=str, ensure_ascii=False)


def configure_logging(level: str = "info", *, json_lines: bool | None = None) -> None:
    """Log to stderr (stdout may carry a protocol, as with MCP over stdio): JSON lines for log
    collectors, plain text when a person watches a terminal (unless `json_lines` says)."""
    handler = logging.StreamHandler(sys.stderr)
    if json_lines if json_lines is not None else not sys.stderr.isatty():
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # The MCP SDK logs "Terminating session: None" at info once per stateless request: a quarter
    # of a busy service's log, saying nothing. Its warnings still show; `debug` shows it all.
    quieter = logging.NOTSET if level.lower() == "debug" else logging.WARNING
    logging.getLogger("mcp.server.streamable_http").setLevel(quieter)
