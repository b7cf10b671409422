"""Tracing without a span exporter: nothing recorded, yet every span has a trace id to pass on."""

from __future__ import annotations

import pytest
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from dsl2png.telemetry import continued_from, current_context_carrier, fastapi_telemetry, tracer_provider


@pytest.fixture(autouse=True)
def _no_exporter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DSL2PNG_OTLP_ENDPOINT", raising=False)
    monkeypatch.delenv("OTEL_EXPORTER_OTLP_ENDPOINT", raising=False)


def test_spans_are_not_recorded_when_nothing_would_receive_them() -> None:
    tracer = tracer_provider("dsl2png-test").get_tracer("test")
    with tracer.start_as_current_span("unexported") as span:
        assert not span.is_recording()
        assert span.get_span_context().trace_id != 0


def test_spans_are_recorded_for_a_processor() -> None:
    exporter = InMemorySpanExporter()
    tracer = tracer_provider("dsl2png-test", extra_processor=SimpleSpanProcessor(exporter)).get_tracer("test")
    with tracer.start_as_current_span("exported") as span:
        assert span.is_recording()
    assert [s.name for s in exporter.get_finished_spans()] == ["exported"]


def test_an_unrecorded_trace_still_travels_in_the_carrier() -> None:
    tracer = tracer_provider("dsl2png-test").get_tracer("test")
    with tracer.start_as_current_span("api") as api_span:
        api_trace = api_span.get_span_context().trace_id
        carrier = current_context_carrier()
    assert carrier["traceparent"].split("-")[1] == format(api_trace, "032x")
    with continued_from(carrier), tracer.start_as_current_span("worker") as worker_span:
        assert worker_span.get_span_context().trace_id == api_trace


def test_fastapi_records_request_spans_and_operation_spans_only_when_exported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert fastapi_telemetry() == {"tracing": True, "operation_spans": False, "metrics": False, "logs": False}
    monkeypatch.setenv("DSL2PNG_OTLP_ENDPOINT", "http://collector:4318")
    assert fastapi_telemetry()["operation_spans"] is True
