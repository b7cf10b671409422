"""End to end on the embedded service: what no render can be made of (values no document holds,
a canvas its options make too large) is a clear 4xx at its path, on `/v1/renders` and
`/v1/validate` alike, and nothing is recorded for it (they were 500s, or accepted and failed)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from dsl2png.event_store import make_render_jobs
from tests.e2e.conftest import RED_BUTTON
from tests.e2e.processes import ServiceProcesses

pytestmark = pytest.mark.e2e

DEEP = "[" * 1000 + "]" * 1000
LONG = "9" * 5000
BIG_WEBP = "format=webp&width=4100&height=600&scale=4"
"""Within the 40 MP limit, but 16,400 px wide: more than a WebP holds."""
HEADING = "elements:\n  - {type: heading, text: big}\n"
JSON = {"content-type": "application/json"}
YAML = {"content-type": "application/yaml"}


@pytest.fixture(scope="module")
def client(embedded: tuple[str, ServiceProcesses]) -> Iterator[httpx.Client]:
    url, _ = embedded
    with httpx.Client(base_url=url, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def last_event(embedded: tuple[str, ServiceProcesses]) -> Iterator[Callable[[], int]]:
    """The position of the service's last event, read from its own SQLite event store."""
    _, processes = embedded
    jobs = make_render_jobs(None, Path(processes.env["DSL2PNG_DATA_DIR"]), create_tables=True)
    yield lambda: jobs.recorder.max_notification_id() or 0
    jobs.close()


@pytest.fixture
def nothing_recorded(last_event: Callable[[], int]) -> Iterator[None]:
    """Each test's requests record no event (nothing else renders meanwhile in this module)."""
    before = last_event()
    yield
    assert last_event() == before, "a refused request was recorded"


def _refused(response: httpx.Response, code: str) -> list[dict[str, Any]]:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/json"
    error = response.json()["error"]
    assert error["code"] == code, error
    errors: list[dict[str, Any]] = error["errors"]
    return errors


def _invalid(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    assert response.json()["valid"] is False
    errors: list[dict[str, Any]] = response.json()["errors"]
    return errors


@pytest.mark.parametrize(
    ("body", "code", "path"),
    [
        ('{"elements":' + DEEP + "}", "limit_depth", "/elements" + "/0" * 64),
        ('{"dsl": {"elements":' + DEEP + "}}", "limit_depth", "/dsl/elements" + "/0" * 63),
        ('{"elements":[{"type":"heading","text":"\\ud800"}]}', "invalid_text", "/elements/0/text"),
        ('{"dsl": {"elements":[{"type":"heading","text":"x\\udfff"}]}}', "invalid_text", "/elements/0/text"),
        ('{"width":' + LONG + ',"elements":[]}', "limit_number_length", "/width"),
        ('{"dsl": {"width":' + LONG + ',"elements":[]}}', "limit_number_length", "/dsl/width"),
    ],
    ids=[
        "nested 1000 deep",
        "nested 1000 deep in a wrapped body",
        "lone surrogate",
        "lone surrogate in a wrapped body",
        "integer of 5000 digits",
        "integer of 5000 digits in a wrapped body",
    ],
)
@pytest.mark.usefixtures("nothing_recorded")
def test_a_value_no_document_holds_is_refused_at_its_path_by_render_and_validate_alike(
    client: httpx.Client, body: str, code: str, path: str
) -> None:
    """A 500 "Internal Server Error" before (and for the surrogate, validate said valid)."""
    (rendered,) = _refused(client.post("/v1/renders", content=body, headers=JSON), "invalid_dsl")
    assert (rendered["code"], rendered["path"]) == (code, path)
    (validated,) = _invalid(client.post("/v1/validate", content=body, headers=JSON))
    assert validated == rendered


ALIASED = "metadata:\n  s: &s " + "C" * 9_999 + "\n  l: [" + ",".join(["*s"] * 99_000) + "]\n" + HEADING
"""300 KB of YAML, within the size and node limits, standing for 1 GB of JSON."""
WRAPPED = "dsl:\n" + "".join(f"  {line}\n" for line in ALIASED.splitlines())


@pytest.mark.parametrize(
    ("body", "path"), [(ALIASED, "/metadata/l/93"), (WRAPPED, "/dsl/metadata/l/93")], ids=["bare", "wrapped"]
)
@pytest.mark.usefixtures("nothing_recorded")
def test_yaml_aliases_standing_for_more_than_the_limit_are_refused_before_anything_else(
    client: httpx.Client, body: str, path: str
) -> None:
    """The service built the 1 GB (2.8 GB of memory, 59 s; /healthz stalled 26 s) and rendered
    it; wrapped in `dsl:`, it was refused only after building 2 GB, for its document size."""
    (rendered,) = _refused(client.post("/v1/renders?wait=30", content=body, headers=YAML), "invalid_dsl")
    assert (rendered["code"], rendered["path"]) == ("limit_expanded_size", path)
    assert "1,048,576 bytes (1 MiB)" in rendered["message"]
    (validated,) = _invalid(client.post("/v1/validate", content=body, headers=YAML))
    assert validated == rendered


@pytest.mark.usefixtures("nothing_recorded")
def test_a_webp_wider_than_the_format_holds_is_an_options_error_before_anything_is_queued(
    client: httpx.Client,
) -> None:
    """It passed validation, was queued, and failed `image_too_large` telling to lower the height."""
    for route in (f"/v1/validate?{BIG_WEBP}&strict=true", f"/v1/renders?{BIG_WEBP}&wait=30"):
        (issue,) = _refused(client.post(route, content=HEADING, headers=YAML), "invalid_options")
        assert (issue["path"], issue["code"]) == ("/query/width", "limit_webp_side")
        assert "at most 16,383 px a side" in issue["message"] and "16,400 px wide" in issue["message"]
        assert "make the width at most 4095 px" in issue["suggestion"] and "line" not in issue
    wrapped = {
        "dsl": {"elements": [{"type": "heading", "text": "big"}]},
        "options": {"width": 4100, "scale": 4},
    }
    for route in ("/v1/validate?format=webp", "/v1/renders?format=webp"):
        (issue,) = _refused(client.post(route, json=wrapped), "invalid_options")
        assert issue["path"] == "/options/width"


@pytest.mark.parametrize(
    ("query", "body", "path"),
    [
        ("width=8000&height=8000&scale=4", HEADING, "/query/scale"),
        ("", {"dsl": HEADING, "options": {"width": 8000, "height": 8000, "scale": 4}}, "/options/scale"),
        ("width=8000&height=8000", {"dsl": RED_BUTTON, "options": {"scale": 4}}, "/options/scale"),
    ],
    ids=["in the query", "in the body", "the body's over the query's"],
)
@pytest.mark.usefixtures("nothing_recorded")
def test_a_canvas_the_options_make_too_large_is_an_options_error_at_the_option(
    client: httpx.Client, query: str, body: str | dict[str, Any], path: str
) -> None:
    """It was `invalid_dsl` at `/width`, "line 1, column 1", of a document without a width."""
    send: dict[str, Any] = {"json": body} if isinstance(body, dict) else {"content": body}
    for route in ("/v1/renders", "/v1/validate"):
        response = client.post(f"{route}?{query}", **send)
        (issue,) = _refused(response, "invalid_options")
        assert (issue["path"], issue["code"]) == (path, "limit_canvas_pixels") and "line" not in issue
        assert response.json()["error"]["message"] == "1 option is invalid: scale"


def test_the_event_store_read_here_sees_a_render_recorded(
    client: httpx.Client, last_event: Callable[[], int]
) -> None:
    """The check above can fail: a render the service accepts moves the position."""
    before = last_event()
    response = client.post("/v1/renders?wait=60&format=webp", json={"dsl": RED_BUTTON})
    assert response.status_code == 200 and response.content.startswith(b"RIFF")
    assert last_event() > before


@pytest.mark.usefixtures("nothing_recorded")
def test_an_unsafe_token_of_the_requests_theme_is_refused_at_the_option_as_the_documents_would_be(
    client: httpx.Client,
) -> None:
    """The caller's theme was never checked: its url() primary was dropped without a word."""
    theme = {"primary": "url(https://evil.example/x.png)", "background": "#0b1120"}
    in_document = _invalid(client.post("/v1/validate", json={"dsl": {**RED_BUTTON, "theme": theme}}))
    for route in ("/v1/validate", "/v1/renders?wait=30"):
        response = client.post(route, json={"dsl": RED_BUTTON, "options": {"theme": theme}})
        (issue,) = _refused(response, "invalid_options")
        assert (issue["path"], issue["code"]) == ("/options/theme/primary", "unsafe_css")
        assert issue["message"] == next(e["message"] for e in in_document if e["path"] == "/theme/primary")
