"""Span export to a real OTLP/HTTP endpoint that is down, then up: two log lines, not a stream."""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExportResult

from dsl2png.trace_export import ReportedExporter, otlp_exporter

pytestmark = pytest.mark.integration


class _Collector(BaseHTTPRequestHandler):
    """Accepts every OTLP/HTTP batch (an empty protobuf answer is a full success)."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def unused_port() -> int:
    """A port nothing listens on (a collector that is down refuses the connection)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def collector_port() -> Iterator[tuple[int, list[ThreadingHTTPServer]]]:
    """A free port, and a list where the test's collector (started on it later) is kept to stop."""
    started: list[ThreadingHTTPServer] = []
    yield unused_port(), started
    for server in started:
        server.shutdown()
        server.server_close()


def export_spans(exporter: ReportedExporter, count: int) -> list[SpanExportResult]:
    """End `count` spans, each exported at once (as a render's spans are, batch by batch)."""
    results: list[SpanExportResult] = []

    class Recording(SimpleSpanProcessor):
        def on_end(self, span: object) -> None:
            results.append(exporter.export([span]))  # type: ignore[list-item]

    tracer = TracerProvider(shutdown_on_exit=False)
    tracer.add_span_processor(Recording(exporter))
    for i in range(count):
        with tracer.get_tracer("test").start_as_current_span(f"render {i}"):
            pass
    return results


def test_a_dead_collector_is_one_warning_and_its_return_one_line(
    collector_port: tuple[int, list[ThreadingHTTPServer]], caplog: pytest.LogCaptureFixture
) -> None:
    port, started = collector_port
    exporter = otlp_exporter(f"http://tracer:t0ken@127.0.0.1:{port}/v1/traces", timeout_s=1.5)
    caplog.set_level(logging.DEBUG)
    try:
        # 1.5 s per export: one retry after ~1 s (the client's first line names the cause), then
        # it gives up (its next retry would come after the timeout)
        assert export_spans(exporter, 3) == [SpanExportResult.FAILURE] * 3
        lines = [(r.name, r.levelno, r.getMessage()) for r in caplog.records if r.levelno >= logging.INFO]
        assert len(lines) == 1, lines
        name, level, message = lines[0]
        assert (name, level) == ("dsl2png.traces", logging.WARNING)
        assert f"cannot export spans to http://127.0.0.1:{port}/v1/traces" in message
        assert "t0ken" not in message
        assert "refused" in message.lower()  # the cause, from the client's first retry line

        caplog.clear()
        server = ThreadingHTTPServer(("127.0.0.1", port), _Collector)
        started.append(server)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        assert export_spans(exporter, 2) == [SpanExportResult.SUCCESS] * 2
        lines = [(r.name, r.levelno, r.getMessage()) for r in caplog.records if r.levelno >= logging.INFO]
        assert len(lines) == 1, lines
        assert lines[0][:2] == ("dsl2png.traces", logging.INFO)
        assert "exporting spans to" in lines[0][2] and "(3 spans were dropped)" in lines[0][2]
    finally:
        exporter.shutdown()
