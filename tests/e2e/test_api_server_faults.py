"""End to end on the embedded service: a fault of the server's own (here a broken image store) is
a JSON 500 error, and /metrics counts it, so the 5xx-ratio alert can fire."""

from __future__ import annotations

import re
import shutil
import uuid
from pathlib import Path

import httpx

from tests.e2e.conftest import RED_BUTTON
from tests.e2e.processes import ServiceProcesses

IMAGE_ROUTE = "/v1/renders/{job_id}.{extension}"


def _served_500s(client: httpx.Client, route: str) -> float:
    """dsl2png_http_requests_total{route, method="GET", status="500"} as /metrics shows it."""
    wanted = {"route": route, "method": "GET", "status": "500"}
    for line in client.get("/metrics").text.splitlines():
        name, _, rest = line.partition("{")
        if name == "dsl2png_http_requests_total":
            labels, _, value = rest.rpartition("} ")
            if dict(re.findall(r'(\w+)="([^"]*)"', labels)) == wanted:
                return float(value)
    return 0.0


def test_a_server_fault_is_a_json_500_and_counted_in_metrics(embedded: tuple[str, ServiceProcesses]) -> None:
    url, procs = embedded
    client = httpx.Client(base_url=url, timeout=60)
    elements: list[dict[str, object]] = RED_BUTTON["elements"]  # type: ignore[assignment]
    document = {**RED_BUTTON, "elements": [{**elements[0], "label": uuid.uuid4().hex[:6]}]}
    rendered = client.post("/v1/renders?wait=60", json={"dsl": document})
    assert rendered.status_code == 200, rendered.text
    job_id, sha256 = rendered.headers["x-render-id"], rendered.headers["etag"].strip('"')
    # The image's file turns into a folder: reading it fails as a broken disk would.
    blob = Path(procs.env["DSL2PNG_DATA_DIR"]) / "images" / "blobs" / sha256[:2] / sha256
    assert blob.is_file()
    blob.unlink()
    blob.mkdir()
    try:
        before = _served_500s(client, IMAGE_ROUTE)
        for _ in range(3):
            broken = client.get(f"/v1/renders/{job_id}.png")
            assert broken.status_code == 500
            assert broken.headers["content-type"] == "application/json"
            assert broken.json()["error"]["code"] == "internal_error"
            assert "not the request's fault" in broken.json()["error"]["message"]
        assert _served_500s(client, IMAGE_ROUTE) == before + 3
    finally:
        shutil.rmtree(blob)
