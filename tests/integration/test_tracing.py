"""One render is one trace: HTTP request -> event append -> relay -> queue -> worker -> projector."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from dsl2png.serve import build_app
from dsl2png.settings import ServeSettings
from dsl2png.telemetry import setup_tracing

DOC = {"width": 320, "height": 200, "elements": [{"type": "heading", "text": "Traced"}]}


def test_a_render_is_followed_across_the_pipeline_in_one_trace(tmp_path: Path) -> None:
    exporter = InMemorySpanExporter()
    setup_tracing("dsl2png-test", extra_processor=SimpleSpanProcessor(exporter))
    app = build_app(ServeSettings(data_dir=tmp_path, database_url=None, nats_url=None))
    with TestClient(app, base_url="http://localhost") as client:  # a Host a loopback serve answers to
        response = client.post("/v1/renders?wait=30", json={"dsl": DOC})
        assert response.status_code == 200, response.text
        job_id = response.headers["x-render-id"]
        client.get(f"/v1/renders/{job_id}")

    spans = exporter.get_finished_spans()
    by_name = {span.name: span for span in spans}
    expected = ["POST /v1/renders", "command.record_render_requested", "relay.publish", "render_worker.job"]
    for name in expected:
        assert name in by_name, f"missing span {name!r}; got {sorted(by_name)}"
    trace_ids = {by_name[name].context.trace_id for name in expected}
    assert len(trace_ids) == 1, "the spans belong to different traces"
    for name in ("projector.RenderRequested", "projector.RenderCompleted"):
        assert name in by_name, f"missing span {name!r}; got {sorted(by_name)}"
        assert by_name[name].context.trace_id in trace_ids, f"{name} is not in the render's trace"
