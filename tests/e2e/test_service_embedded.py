"""End to end: `dsl2png serve` with no servers configured (SQLite, in-process queue, one worker)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import httpx
from PIL import Image

from tests.e2e.conftest import RED_BUTTON, example_path
from tests.e2e.processes import ROOT, ServiceProcesses, wait_until
from tests.support.documents import TALL


def test_embedded_post_wait_status_png_events(embedded: tuple[str, ServiceProcesses]) -> None:
    url, _ = embedded
    with httpx.Client(base_url=url, timeout=60) as client:
        posted = client.post("/v1/renders", json={"dsl": RED_BUTTON})
        assert posted.status_code == 202, posted.text
        job_id = posted.json()["id"]

        def completed() -> bool:
            return client.get(f"/v1/renders/{job_id}").json()["status"] == "completed"

        wait_until(completed, 60, "the embedded render")
        png = client.get(f"/v1/renders/{job_id}.png")
        image = Image.open(io.BytesIO(png.content)).convert("RGB")
        assert image.size == (400, 300)
        assert image.getpixel((160, 105)) == (255, 0, 0)
        events = client.get(f"/v1/renders/{job_id}/events").json()["events"]
        assert [e["name"] for e in events] == ["RenderRequested", "RenderStarted", "RenderCompleted"]

        listing = client.get("/v1/renders", params={"status": "completed"}).json()
        listed = {item["id"]: item for item in listing["items"]}
        # the listing says what the job's own GET says (it said null)
        assert listed[job_id]["image_available"] is True
        assert client.get(f"/v1/renders/{job_id}").json()["image_available"] is True


def test_embedded_raw_yaml_body_and_wait(embedded: tuple[str, ServiceProcesses]) -> None:
    url, _ = embedded
    body = example_path("login").read_bytes()
    response = httpx.post(
        f"{url}/v1/renders?wait=60&width=640&height=480",
        content=body,
        headers={"content-type": "application/yaml"},
        timeout=90,
    )
    assert response.status_code == 200, response.text
    assert Image.open(io.BytesIO(response.content)).size[0] == 640


def test_embedded_invalid_yaml_reports_line(embedded: tuple[str, ServiceProcesses]) -> None:
    url, _ = embedded
    response = httpx.post(
        f"{url}/v1/renders",
        content=b"elements:\n  - type: [unclosed\n",
        headers={"content-type": "application/yaml"},
    )
    assert response.status_code == 422
    error = response.json()["error"]["errors"][0]
    assert error["line"] >= 2


def test_embedded_compat_routes(embedded: tuple[str, ServiceProcesses]) -> None:
    url, _ = embedded
    dsl_content = (Path(__file__).resolve().parents[1] / "data" / "compat" / "simple_button.json").read_text()
    with httpx.Client(base_url=url, timeout=60) as client:
        validated = client.post("/validate", json={"dsl_content": dsl_content}).json()
        assert validated["valid"] is True
        rendered = client.post(
            "/render", json={"dsl_content": dsl_content, "options": {"width": 400, "height": 200}}
        ).json()
        assert rendered["success"] is True and rendered["png_result"]["width"] == 400
        task = client.post("/render/async", json={"dsl_content": dsl_content}).json()
        wait_until(
            lambda: client.get(f"/status/{task['task_id']}").json()["status"] == "completed", 60, "async task"
        )


def test_embedded_metrics_cover_requests_renders_queue_pool_lag_and_cache(
    embedded: tuple[str, ServiceProcesses],
) -> None:
    url, _ = embedded
    doc = dict(RED_BUTTON, title="metrics")
    for _ in range(2):  # the second is answered from the cache
        assert httpx.post(f"{url}/v1/renders?wait=30", json={"dsl": doc}, timeout=60).status_code == 200
    text = httpx.get(f"{url}/metrics").text
    for name in (
        'dsl2png_http_requests_total{method="POST",route="/v1/renders",status="200"}',
        'dsl2png_renders_total{outcome="completed"}',
        "dsl2png_render_seconds_bucket",
        "dsl2png_queue_depth",
        'dsl2png_pool_pages{state="available"}',
        "dsl2png_projector_lag_events",
        "dsl2png_cache_hits_total",
    ):
        assert name in text, f"{name} missing from /metrics"
    cache_hits = next(line for line in text.splitlines() if line.startswith("dsl2png_cache_hits_total "))
    assert float(cache_hits.split()[1]) >= 1


def test_embedded_refuses_what_it_cannot_honour_before_recording_anything(
    embedded: tuple[str, ServiceProcesses],
) -> None:
    """A bare JSON document over 1 MiB, a misspelt query option: 422 at once, no job recorded."""
    url, _ = embedded
    with httpx.Client(base_url=url, timeout=60) as client:
        before = len(client.get("/v1/renders", params={"limit": 100}).json()["items"])
        big = {"elements": [{"type": "paragraph", "text": "x" * 9000} for _ in range(130)]}
        oversized = client.post("/v1/renders", json=big)
        assert oversized.status_code == 422, oversized.text
        assert oversized.json()["error"]["errors"][0]["code"] == "limit_document_size"

        typo = client.post("/v1/renders?fromat=webp", json=RED_BUTTON)
        assert typo.status_code == 422, typo.text
        (issue,) = typo.json()["error"]["errors"]
        assert issue["path"] == "/query/fromat" and "format" in issue["suggestion"]

        positioned = client.post("/v1/renders", content=b'{"elements": [{"type": "buton"}]}',
                                 headers={"content-type": "application/json"})  # fmt: skip
        assert positioned.status_code == 422
        assert positioned.json()["error"]["errors"][0]["line"] == 1  # a bare JSON body keeps its positions

        # The wrapped form reads the query too: a slip in it is refused as for a bare document.
        wrapped_typo = client.post("/v1/renders?fromat=webp", json={"dsl": RED_BUTTON})
        assert wrapped_typo.status_code == 422, wrapped_typo.text
        assert wrapped_typo.json()["error"]["errors"][0]["path"] == "/query/fromat"
        # A slip in the wrapped body's own field names says which field was meant.
        misspelt = client.post("/v1/renders", json={"dsl": RED_BUTTON, "optoins": {"format": "webp"}})
        assert misspelt.status_code == 422, misspelt.text
        (issue,) = misspelt.json()["error"]["errors"]
        assert (issue["path"], issue["code"]) == ("/optoins", "unknown_field")
        assert issue["suggestion"] == "did you mean 'options'?"
        stray = client.post("/v1/validate", json={"dsl": RED_BUTTON, "strcit": True})
        assert stray.status_code == 422 and stray.json()["error"]["errors"][0]["path"] == "/strcit"
        empty_key = client.post("/v1/renders", json=RED_BUTTON, headers={"Idempotency-Key": ""})
        assert empty_key.status_code == 400 and "Idempotency-Key" in empty_key.text
        assert len(client.get("/v1/renders", params={"limit": 100}).json()["items"]) == before

        # What validate calls valid, render accepts: it checks the options as render does.
        bad_option = client.post("/v1/validate", json={"dsl": RED_BUTTON, "options": {"format": "gif"}})
        assert bad_option.status_code == 422, bad_option.text
        assert client.post("/v1/validate?fromat=png", json=RED_BUTTON).status_code == 422
        lenient = client.post("/v1/validate", json={"dsl": {**RED_BUTTON, "elements": [
            {**RED_BUTTON["elements"][0], "onClick": "go()"}]}, "strict": "false"})  # fmt: skip
        assert lenient.json()["valid"] is True and lenient.json()["warnings"], lenient.text


def test_embedded_wrapped_body_takes_its_query_options(embedded: tuple[str, ServiceProcesses]) -> None:
    url, _ = embedded
    with httpx.Client(base_url=url, timeout=90) as client:
        webp = client.post("/v1/renders?wait=60&format=webp", json={"dsl": dict(RED_BUTTON, title="webp q")})
        assert webp.status_code == 200 and webp.headers["content-type"] == "image/webp", webp.text
        body_wins = client.post(
            "/v1/renders?wait=60&format=webp",
            json={"dsl": dict(RED_BUTTON, title="jpeg"), "options": {"format": "jpeg"}},
        )
        assert body_wins.headers["content-type"] == "image/jpeg"


def test_embedded_query_frame_and_warnings_with_the_image(embedded: tuple[str, ServiceProcesses]) -> None:
    url, _ = embedded
    with httpx.Client(base_url=url, timeout=90) as client:
        phone_screen = dict(RED_BUTTON, width=390, height=700)
        framed = client.post("/v1/renders?wait=60&frame=phone", json=phone_screen)
        assert framed.status_code == 200, framed.text
        width, height = Image.open(io.BytesIO(framed.content)).size
        assert width > 390 and height > 700  # the phone drawn around the 390x700 screen
        assert "X-Render-Warnings" not in framed.headers
        sideways = client.post("/v1/renders?wait=60&frame=phone", json=RED_BUTTON)  # a 400x300 screen
        assert sideways.headers["X-Render-Warnings"] == "frame_mismatch"

        tall = client.post("/v1/renders?wait=60", json=TALL)
        assert tall.status_code == 200, tall.text
        assert tall.headers["X-Render-Warnings"] == "content_cut"
        wait_until(  # the read model follows the events a moment after the image is answered
            lambda: client.get(tall.headers["Location"]).json()["status"] == "completed", 10, "the read model"
        )
        status = client.get(tall.headers["Location"]).json()
        assert [w["code"] for w in status["warnings"]] == ["content_cut"]

        # Cropped: the button and its margin, not the 400x300 canvas; with a frame, a clear 422.
        cropped = client.post("/v1/renders?wait=60&crop=true", json=dict(RED_BUTTON, title="cropped"))
        assert cropped.status_code == 200, cropped.text
        crop_width, crop_height = Image.open(io.BytesIO(cropped.content)).size
        assert crop_width < 400 and crop_height < 300
        both = client.post(
            "/v1/renders", json={"dsl": RED_BUTTON, "options": {"crop": True, "frame": "phone"}}
        )
        assert both.status_code == 422 and "draws no frame" in both.text, both.text


def test_embedded_image_route_answers_head_jpg_and_unknown_routes_in_its_error_shape(
    embedded: tuple[str, ServiceProcesses],
) -> None:
    url, _ = embedded
    with httpx.Client(base_url=url, timeout=90) as client:
        done = client.post("/v1/renders?wait=60&format=jpeg", json=dict(RED_BUTTON, title="jpg route"))
        assert done.status_code == 200, done.text
        job_id = done.headers["X-Render-Id"]
        assert done.headers["content-disposition"] == f'inline; filename="{job_id}.jpeg"'
        head = client.head(f"/v1/renders/{job_id}.jpeg")
        assert head.status_code == 200 and head.headers["content-type"] == "image/jpeg"
        assert int(head.headers["content-length"]) == len(done.content) and head.content == b""
        assert client.get(f"/v1/renders/{job_id}.jpg").content == done.content  # as the CLI names it
        missing = client.get("/v1/no-such-route")
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_embedded_a_finished_render_cannot_be_cancelled_and_keeps_its_events(
    embedded: tuple[str, ServiceProcesses],
) -> None:
    url, _ = embedded
    with httpx.Client(base_url=url, timeout=90) as client:
        done = client.post("/v1/renders?wait=60", json=dict(RED_BUTTON, title="too late to cancel"))
        assert done.status_code == 200, done.text
        job_id = done.headers["X-Render-Id"]
        refused = client.post(f"/v1/renders/{job_id}/cancel")
        assert refused.status_code == 409, refused.text
        error = refused.json()["error"]
        assert error["code"] == "render_finished" and "already completed" in error["message"]
        names = [e["name"] for e in client.get(f"/v1/renders/{job_id}/events").json()["events"]]
        assert "RenderCancelled" not in names and names[-1] == "RenderCompleted"  # the event store
        wait_until(  # the read model follows the events a moment later
            lambda: client.get(f"/v1/renders/{job_id}").json()["status"] == "completed", 10, "the read model"
        )
        assert client.post("/v1/renders/00000000-0000-4000-8000-000000000000/cancel").status_code == 404


def test_embedded_option_errors_name_the_option_and_what_to_write(
    embedded: tuple[str, ServiceProcesses],
) -> None:
    url, _ = embedded
    with httpx.Client(base_url=url, timeout=30) as client:
        theme = client.post("/v1/renders?theme=blue", json=RED_BUTTON)
        assert theme.status_code == 422
        (issue,) = theme.json()["error"]["errors"]  # one issue, not one per branch of a union
        assert issue["path"] == "/query/theme" and "'light', 'dark' or 'wireframe'" in issue["message"]
        device = client.post("/v1/renders", json={"dsl": RED_BUTTON, "options": {"device": "phone"}})
        (issue,) = device.json()["error"]["errors"]
        assert issue["path"] == "/options/device"
        assert "mobile" in issue["suggestion"] and "frame=phone" in issue["suggestion"]


def test_embedded_replay_reads_the_served_store_and_names_it(embedded: tuple[str, ServiceProcesses]) -> None:
    """`dsl2png replay` without DATABASE_URL checks the read model of the embedded store that
    `serve` keeps in its data folder (while it runs), and says which store it read."""
    url, procs = embedded
    rendered = httpx.post(
        f"{url}/v1/renders?wait=60", json={"dsl": dict(RED_BUTTON, title="replayed")}, timeout=90
    )
    assert rendered.status_code == 200, rendered.text
    result = subprocess.run(
        [sys.executable, "-m", "dsl2png", "replay"], cwd=ROOT, env=procs.env,
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    store = Path(procs.env["DSL2PNG_DATA_DIR"]) / "events.sqlite"
    assert report["store"] == f"sqlite://{store}" and report["equal"] is True
    assert report["rows"] >= 1 and report["events"] >= 3
    assert result.stderr == f"dsl2png replay: {report['events']} events of the embedded store {store}\n"
