"""The deployed service's telemetry, each part its own process: one trace per render across the
API, the relay, the worker and the projector (spans sent to a real OTLP/HTTP receiver), and each
process's /metrics exporting only what that process measures."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

from tests.e2e.conftest import RED_BUTTON, running_distributed
from tests.e2e.processes import ServiceProcesses, free_port, wait_until

pytestmark = pytest.mark.e2e


@dataclass(frozen=True)
class ReceivedSpan:
    service: str
    name: str
    trace_id: str
    attributes: dict[str, str]


class OtlpReceiver:
    """An OTLP/HTTP trace receiver (protobuf, as the services' exporter sends) keeping every span."""

    def __init__(self) -> None:
        self.spans: list[ReceivedSpan] = []
        received = self.spans

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                request = ExportTraceServiceRequest()
                request.ParseFromString(self.rfile.read(int(self.headers.get("content-length", 0))))
                for resource_spans in request.resource_spans:
                    resource = {a.key: a.value.string_value for a in resource_spans.resource.attributes}
                    for scope_spans in resource_spans.scope_spans:
                        for span in scope_spans.spans:
                            attributes = {a.key: a.value.string_value for a in span.attributes}
                            received.append(
                                ReceivedSpan(
                                    resource["service.name"], span.name, span.trace_id.hex(), attributes
                                )
                            )
                self.send_response(200)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class Observed:
    url: str
    procs: ServiceProcesses
    receiver: OtlpReceiver
    relay_metrics: str
    worker_metrics: str


@pytest.fixture(scope="module")
def observed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Observed]:
    """The distributed service exporting spans to `OtlpReceiver`, with the relay's and the
    worker's probes on ports of their own."""
    receiver = OtlpReceiver()
    relay_port, worker_port = free_port(), free_port()
    # Spans are sent in batches; a short delay keeps the test from waiting 5 s for each.
    telemetry = {"DSL2PNG_OTLP_ENDPOINT": receiver.url, "OTEL_BSP_SCHEDULE_DELAY": "100"}
    try:
        with running_distributed(
            tmp_path_factory, telemetry, workers=1,
            process_env={
                "relay": {"DSL2PNG_METRICS_PORT": str(relay_port)},
                "worker-1": {"DSL2PNG_METRICS_PORT": str(worker_port)},
            },
        ) as (url, procs):  # fmt: skip
            yield Observed(
                url, procs, receiver,
                f"http://127.0.0.1:{relay_port}/metrics", f"http://127.0.0.1:{worker_port}/metrics",
            )  # fmt: skip
    finally:
        receiver.close()


def test_one_render_is_one_trace_across_the_api_relay_worker_and_projector(observed: Observed) -> None:
    response = httpx.post(f"{observed.url}/v1/renders?wait=30", json={"dsl": dict(RED_BUTTON, title="traced")},
                          timeout=60)  # fmt: skip
    assert response.status_code == 200, response.text
    job_id = response.headers["x-render-id"]
    spans = observed.receiver.spans

    def recorded(name: str) -> ReceivedSpan | None:
        return next(
            (s for s in spans if s.name == name and s.attributes.get("dsl2png.job_id") == job_id), None
        )

    wait_until(lambda: recorded("command.record_render_requested") is not None, 30, "the API's span")
    request = recorded("command.record_render_requested")
    assert request is not None and request.service == "dsl2png-api"
    expected = {
        ("dsl2png-api", "command.record_render_requested"),
        ("dsl2png-relay", "relay.publish"),
        ("dsl2png-worker", "render_worker.job"),
        ("dsl2png-projector", "projector.RenderRequested"),
        ("dsl2png-projector", "projector.RenderCompleted"),
        # The trace starts at the HTTP request: its span ends after the answer is sent, so it is
        # exported last (after the projector's), and is waited for with the others.
        ("dsl2png-api", "POST /v1/renders"),
    }

    def in_the_trace() -> set[tuple[str, str]]:
        return {(s.service, s.name) for s in list(spans) if s.trace_id == request.trace_id}

    wait_until(
        lambda: expected <= in_the_trace(), 30, f"spans of every service in the render's trace: {expected}"
    )


def samples(text: str) -> dict[str, float]:
    found: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            found[name] = float(value)
    return found


API_VIEW = ("dsl2png_relay_lag_events", "dsl2png_relay_stalled_seconds", "dsl2png_projector_lag_events",
            "dsl2png_queue_depth")  # fmt: skip


def test_each_process_exports_what_it_measures_and_the_relay_its_own_numbers(observed: Observed) -> None:
    posted = httpx.post(f"{observed.url}/v1/renders?wait=30", json={"dsl": dict(RED_BUTTON, title="counted")},
                        timeout=60)  # fmt: skip
    assert posted.status_code == 200, posted.text

    api = samples(httpx.get(f"{observed.url}/metrics", timeout=10).text)
    for name in API_VIEW:  # the API's view of the others, read from the event store and JetStream
        assert name in api, name

    worker = samples(httpx.get(observed.worker_metrics, timeout=10).text)
    relay = samples(httpx.get(observed.relay_metrics, timeout=10).text)
    for name in API_VIEW:  # they exported these as a constant 0, never sampled there
        assert name not in worker and name not in relay, name
    assert worker['dsl2png_pool_pages{state="total"}'] >= 1

    assert relay["dsl2png_relay_published_total"] >= 1
    assert relay["dsl2png_relay_position"] >= 1
    assert relay["dsl2png_relay_failing"] == 0
    assert "dsl2png_relay_errors_total" in relay and "dsl2png_relay_duplicates_total" in relay
