"""Span export to an OTLP collector that reports its outages in two lines: lost, and back.

The OTLP client logs each retry of each batch (a warning per retry, an error per batch it gives up
on): with the collector down, five renders made four lines in 7 s, and a busy API a stream of
them. Those lines are held back here; the first failure is one warning with its reason, and the
first export that succeeds again one line with how long it failed and how many spans were lost."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Sequence

from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult

from kernel.errors import first_line

log = logging.getLogger("dsl2png.traces")

OTLP_CLIENT_LOGGER = "opentelemetry.exporter.otlp.proto.http.trace_exporter"
"""The logger the OTLP/HTTP span exporter and its HTTP client write their retry lines to."""


class _HeldLines(logging.Filter):
    """Keeps the OTLP client's lines out of the log, remembering the first of each export (the
    one that names the cause: "Transient error ... Connection refused ... retrying in 1.00s")."""

    def __init__(self) -> None:
        super().__init__()
        self.first: str | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        if self.first is None:
            self.first = _RETRY_TAIL.sub("", record.getMessage())  # no retry is coming from here
        return False


_RETRY_TAIL = re.compile(r",? retrying in [0-9.]+s\.?$")


class ReportedExporter(SpanExporter):
    """Wraps a span exporter: one warning when export starts failing, one line when it works again."""

    def __init__(
        self, inner: SpanExporter, shown_endpoint: str, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.inner = inner
        self.shown_endpoint = shown_endpoint
        self._clock = clock
        self._held = _HeldLines()
        self._lock = threading.Lock()  # a flush may export beside the batch processor's thread
        self._shut = False
        self.failing_since: float | None = None
        self.spans_lost = 0
        """Spans not exported since the failure began (0 while export works)."""
        logging.getLogger(OTLP_CLIENT_LOGGER).addFilter(self._held)

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        with self._lock:
            self._held.first = None
            try:
                result = self.inner.export(spans)
                reason = self._held.first
            except Exception as exc:  # the batch processor would log its traceback for each batch
                result, reason = SpanExportResult.FAILURE, first_line(exc)
            if result is SpanExportResult.SUCCESS:
                self._recovered()
            else:
                self._failed(len(spans), reason)
            return result

    def _failed(self, spans: int, reason: str | None) -> None:
        self.spans_lost += spans
        if self.failing_since is not None:
            return
        self.failing_since = self._clock()
        log.warning(
            "traces: cannot export spans to %s (%s); spans are dropped until it answers, "
            "which will be logged once",
            self.shown_endpoint,
            reason or "export failed",
        )

    def _recovered(self) -> None:
        if self.failing_since is None:
            return
        log.info(
            "traces: exporting spans to %s again after %.0fs (%d spans were dropped)",
            self.shown_endpoint,
            self._clock() - self.failing_since,
            self.spans_lost,
        )
        self.failing_since, self.spans_lost = None, 0

    def shutdown(self) -> None:
        """Once (the provider's atexit hook may call it again): the OTLP client would log each time."""
        if self._shut:
            return
        self._shut = True
        logging.getLogger(OTLP_CLIENT_LOGGER).removeFilter(self._held)
        self.inner.shutdown()

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return self.inner.force_flush(timeout_millis)


def otlp_exporter(traces_url: str, *, timeout_s: float | None = None) -> ReportedExporter:
    """The OTLP/HTTP span exporter for `traces_url` (…/v1/traces), reporting outages in two lines."""
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    from dsl2png.redact import without_credentials

    return ReportedExporter(
        OTLPSpanExporter(endpoint=traces_url, timeout=timeout_s), without_credentials(traces_url)
    )
