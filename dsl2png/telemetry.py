"""OpenTelemetry tracing: one provider per process, OTLP export when configured, W3C propagation.

A render is followed across processes by carrying the trace context in the RenderRequested event
(command API -> relay) and in the NATS message headers (relay -> worker).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING

from opentelemetry import context as otel_context
from opentelemetry import propagate, trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.sdk.trace.sampling import ALWAYS_OFF

if TYPE_CHECKING:
    # Only the HTTP services use it; importing it at run time loads all of FastAPI (~200 ms of
    # CPU) into the worker, relay, projector and CLI, which serve no HTTP.
    from fastapi.telemetry import TelemetryConfig

TRACER_NAME = "dsl2png"


def setup_tracing(service_name: str, *, extra_processor: SpanProcessor | None = None) -> TracerProvider:
    """Install `tracer_provider(...)` for this process (once)."""
    provider = tracer_provider(service_name, extra_processor=extra_processor)
    trace.set_tracer_provider(provider)
    return provider


def otlp_endpoint() -> str | None:
    """Where spans are exported (OTLP/HTTP), if anywhere."""
    return os.environ.get("DSL2PNG_OTLP_ENDPOINT") or os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT")


def fastapi_telemetry() -> TelemetryConfig:
    """What FastAPI's own OpenTelemetry layer records: the request span of each HTTP request (it
    starts the render's trace); spans for each dependency, endpoint and serialization only when
    spans are exported; no OpenTelemetry metrics or logs (the service's metrics are Prometheus',
    its logs its own, and no meter or logger provider is installed: ~0.1 ms per request saved)."""
    return {"tracing": True, "operation_spans": otlp_endpoint() is not None, "metrics": False, "logs": False}


def tracer_provider(service_name: str, *, extra_processor: SpanProcessor | None = None) -> TracerProvider:
    """A tracer provider whose spans go to OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT (or
    DSL2PNG_OTLP_ENDPOINT) is set (a collector that does not answer is one warning, and one line
    when it does again: `trace_export`), and to `extra_processor` (tests).

    With neither, spans are not recorded (nothing would receive them, and they cost the API ~8%
    of its CPU per request, measured), but each still gets a trace id that logs carry and that
    travels on to the relay and the worker in the event and the message headers."""
    endpoint = otlp_endpoint()
    sampler = None if endpoint or extra_processor is not None else ALWAYS_OFF
    provider = TracerProvider(resource=Resource.create({"service.name": service_name}), sampler=sampler)
    if endpoint:
        from dsl2png.trace_export import otlp_exporter

        url = endpoint if endpoint.endswith("/v1/traces") else endpoint.rstrip("/") + "/v1/traces"
        provider.add_span_processor(BatchSpanProcessor(otlp_exporter(url)))
    if extra_processor is not None:
        provider.add_span_processor(extra_processor)
    return provider


_tracer_of: tuple[object, trace.Tracer] | None = None


def tracer() -> trace.Tracer:
    """The dsl2png tracer of the installed provider. `trace.get_tracer` builds a new Tracer on
    every call (~3% of the API's CPU per request when called per span), so the tracer is kept
    for as long as the same provider is installed."""
    global _tracer_of
    provider = trace.get_tracer_provider()
    if _tracer_of is None or _tracer_of[0] is not provider:
        _tracer_of = (provider, provider.get_tracer(TRACER_NAME))
    return _tracer_of[1]


def current_context_carrier() -> dict[str, str]:
    """The active trace context as W3C headers (traceparent, tracestate), to store or send."""
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    return carrier


@contextmanager
def continued_from(carrier: Mapping[str, str] | None) -> Iterator[None]:
    """Make the trace context in `carrier` current, so new spans continue that trace."""
    if not carrier:
        yield
        return
    token = otel_context.attach(propagate.extract(dict(carrier)))
    try:
        yield
    finally:
        otel_context.detach(token)
