"""End to end on the embedded service: errors that name what is wrong (options, parameters, body
types), 405s that list every method, HEAD on GET resources and Retry-After on a 202."""

from __future__ import annotations

import hashlib
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from command_api.request_options import SUBMISSION_QUERY_KEYS
from tests.e2e.conftest import EXAMPLES, RED_BUTTON
from tests.e2e.processes import ServiceProcesses, wait_until


@pytest.fixture(scope="module")
def client(embedded: tuple[str, ServiceProcesses]) -> httpx.Client:
    url, _ = embedded
    return httpx.Client(base_url=url, timeout=60)


def _document(label: str) -> dict[str, object]:
    """The red button with another label: a document of its own, not one already in the cache."""
    elements: list[dict[str, object]] = RED_BUTTON["elements"]  # type: ignore[assignment]
    return {**RED_BUTTON, "elements": [{**elements[0], "label": label}]}


def _completed_render(client: httpx.Client) -> str:
    job_id: str = client.post("/v1/renders?wait=60", json={"dsl": _document("done")}).headers["x-render-id"]
    return job_id


def test_a_bad_option_is_an_options_error_naming_it(client: httpx.Client) -> None:
    response = client.post("/v1/renders?format=gif", json=RED_BUTTON)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_options"
    assert error["message"] == "1 option is invalid: format"
    assert error["errors"][0]["path"] == "/query/format"
    assert error["errors"][0]["message"] == (
        "query option 'format': input should be 'png', 'jpeg' or 'webp' (got 'gif')"
    )

    width = client.post("/v1/renders?width=0", json=RED_BUTTON).json()["error"]
    assert width["code"] == "invalid_options" and width["message"] == "1 option is invalid: width"
    assert width["errors"][0]["message"] == (
        "query option 'width': input should be greater than or equal to 1 (got '0')"
    )


def test_the_document_stays_a_document_error(client: httpx.Client) -> None:
    error = client.post("/v1/renders", json={"elements": [{"type": "buton"}]}).json()["error"]
    assert error["code"] == "invalid_dsl" and "document" in error["message"]


@pytest.mark.parametrize(
    ("query", "headers", "name", "words"),
    [
        ("wait=abc", {}, "wait", "query parameter 'wait'"),
        ("", {"idempotency-key": "k" * 300}, "idempotency-key", "header 'idempotency-key'"),
    ],
)
def test_a_bad_parameter_is_named_in_words(
    client: httpx.Client, query: str, headers: dict[str, str], name: str, words: str
) -> None:
    response = client.post(f"/v1/renders?{query}", json=RED_BUTTON, headers=headers)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert error["message"] == f"1 parameter is invalid: {name}"
    assert error["errors"][0]["message"].startswith(words)
    assert error["errors"][0]["code"] == "invalid_parameter"
    assert "k" * 100 not in error["errors"][0]["message"]  # a long value is not echoed back


@pytest.mark.parametrize("key", [b"a\x01b", b"a\tb", b"caf\xe9"])
def test_an_idempotency_key_of_other_than_printable_ascii_is_refused_naming_the_header(
    client: httpx.Client, key: bytes
) -> None:
    response = client.post("/v1/renders", json=RED_BUTTON, headers={"idempotency-key": key})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "bad_request" and "Idempotency-Key" in error["message"], error
    assert "printable ASCII" in error["message"]


def test_a_404_repeats_no_more_than_the_start_of_a_long_id(client: httpx.Client) -> None:
    job_id = "x" * 50_000
    for path in (f"/v1/renders/{job_id}", f"/v1/renders/{job_id}.png"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert len(response.content) < 1_000 and "x" * 81 not in response.text, response.text[:200]
        assert "x" * 80 + "…" in response.json()["error"]["message"]


def test_the_listing_names_a_bad_limit_and_refuses_an_unknown_parameter(client: httpx.Client) -> None:
    limit = client.get("/v1/renders?limit=0").json()["error"]
    assert limit["message"] == "1 parameter is invalid: limit"
    assert limit["errors"][0]["message"].startswith("query parameter 'limit': input should be greater")
    typo = client.get("/v1/renders?statsu=failed")
    assert typo.status_code == 422
    issue = typo.json()["error"]["errors"][0]
    assert issue["path"] == "/query/statsu" and issue["suggestion"] == "did you mean 'status'?"
    assert client.get("/v1/renders?status=failed&limit=5").status_code == 200


def test_a_parameter_like_no_known_one_is_answered_with_the_parameters_taken(client: httpx.Client) -> None:
    """`sort` is as alike to `cursor` as difflib's default cutoff asks (0.6): it was answered "did
    you mean 'cursor'?". Only a near spelling gets a did-you-mean; the others, the list."""
    listed = "the query takes status, since, until, limit, cursor"
    for query in ("sort=asc", "order=desc", "page=2", "from=2025-01-01"):
        response = client.get(f"/v1/renders?{query}")
        assert response.status_code == 422, query
        (issue,) = response.json()["error"]["errors"]
        assert issue["suggestion"] == listed, query
    state = client.get("/v1/renders?state=failed").json()["error"]["errors"][0]
    assert state["suggestion"] == "did you mean 'status'?"
    posted = client.post("/v1/renders?crpo=1,2,3,4&sort=x", json=RED_BUTTON).json()["error"]["errors"]
    assert [issue["suggestion"] for issue in posted] == [
        "did you mean 'crop'?",
        "the query takes " + ", ".join(SUBMISSION_QUERY_KEYS),
    ]


@pytest.mark.parametrize("cursor", ["abc", ""])
def test_a_cursor_the_api_did_not_return_is_an_invalid_parameter_like_a_bad_limit(
    client: httpx.Client, cursor: str
) -> None:
    response = client.get("/v1/renders", params={"cursor": cursor})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_request" and error["message"] == "1 parameter is invalid: cursor"
    assert error["errors"][0]["path"] == "/query/cursor"
    assert error["errors"][0]["message"].startswith("query parameter 'cursor': not a cursor")


@pytest.mark.parametrize(
    "content_type",
    [
        "application/xml",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "image/png",
        "text/html",
        "application/pdf",
        "text/csv",
        "application/javascript",
        "application/octet-stream",
        "foo",
    ],
)
def test_a_body_of_another_type_is_415_naming_the_accepted_ones(
    client: httpx.Client, content_type: str
) -> None:
    for route in ("/v1/renders", "/v1/validate"):
        response = client.post(
            route, content=b"elements: [{type: heading, text: ct}]", headers={"content-type": content_type}
        )
        assert response.status_code == 415, (route, response.text)
        error = response.json()["error"]
        assert error["code"] == "unsupported_media_type"
        assert error["message"].startswith(f"a body of type {content_type.split(';')[0]} cannot be read")
        assert "application/yaml" in error["message"] and "application/json" in error["message"]


def test_a_body_in_another_charset_than_utf8_is_415(client: httpx.Client) -> None:
    text = "elements: [{type: heading, text: é}]"
    for route in ("/v1/renders", "/v1/validate"):
        response = client.post(
            route, content=text.encode("utf-16"), headers={"content-type": "application/yaml; charset=utf-16"}
        )
        assert response.status_code == 415, (route, response.text)
        assert response.json()["error"]["message"] == (
            "a body in charset utf-16 cannot be read: send the document as UTF-8 (charset=utf-8, or no charset)"
        )


def test_plain_text_and_yaml_types_are_still_read(client: httpx.Client) -> None:
    for content_type in (
        "text/plain",
        "text/yaml",
        "text/x-yaml",
        "application/x-yaml",
        "application/yaml; charset=UTF-8",
        "text/plain; charset=us-ascii",
    ):
        response = client.post(
            "/v1/validate", content=b"elements: []\n", headers={"content-type": content_type}
        )
        assert response.status_code == 200 and response.json()["valid"] is True, content_type


def test_a_405_lists_every_method_of_the_path(client: httpx.Client) -> None:
    job_id = _completed_render(client)
    listing = client.delete("/v1/renders")
    assert listing.status_code == 405
    assert set(listing.headers["allow"].split(", ")) == {"GET", "HEAD", "POST"}
    assert listing.json()["error"]["code"] == "method_not_allowed"
    image = client.post(f"/v1/renders/{job_id}.png")
    assert image.status_code == 405 and set(image.headers["allow"].split(", ")) == {"GET", "HEAD"}


def test_get_resources_answer_head_without_a_body(client: httpx.Client) -> None:
    job_id = _completed_render(client)
    for path in ("/v1/renders", f"/v1/renders/{job_id}", f"/v1/renders/{job_id}/events"):
        head = client.head(path)
        assert head.status_code == 200, path
        assert head.content == b"" and head.headers["content-type"] == "application/json"
    missing = client.head(f"/v1/renders/{uuid.uuid4()}")
    assert missing.status_code == 404 and missing.content == b""
    for path in ("/", "/playground", "/metrics", "/docs", "/redoc", "/openapi.json", f"/status/{job_id}"):
        get, head = client.get(path), client.head(path)
        assert head.status_code == get.status_code == 200, path
        assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"], path
    unknown = client.head(f"/status/{uuid.uuid4()}")
    assert unknown.status_code == 404 and unknown.content == b""


def test_a_queued_render_says_when_to_ask_again(client: httpx.Client) -> None:
    queued = client.post("/v1/renders", json={"dsl": _document(f"queued {uuid.uuid4().hex[:6]}")})
    assert queued.status_code == 202
    assert queued.headers["retry-after"] == "1"
    job_id = queued.json()["id"]
    wait_until(lambda: client.get(f"/v1/renders/{job_id}").json()["status"] == "completed", 60, "the render")
    again = client.post(
        "/v1/renders", content=queued.request.content, headers={"content-type": "application/json"}
    )
    assert again.status_code == 200 and again.json()["status"] == "completed"  # done: the job, as documented
    assert "retry-after" not in again.headers


def _slow_document() -> bytes:
    """The kitchen sink under a title of its own: a render long enough to cancel while it runs."""
    text = (EXAMPLES / "kitchen-sink.yaml").read_text()
    return text.replace("title: Components gallery", f"title: cancel {uuid.uuid4().hex}", 1).encode()


def test_a_wait_for_a_render_cancelled_meanwhile_is_409_with_the_job_not_a_200(client: httpx.Client) -> None:
    """A client of `?wait` takes a 200 for the image: a cancelled render must not be one."""
    yaml = {"content-type": "application/yaml"}
    for _ in range(5):  # the render may finish before the cancel reaches it: then again, anew
        document, key = _slow_document(), f"wait-cancel-{uuid.uuid4()}"
        headers = {**yaml, "idempotency-key": key}
        job_id = client.post("/v1/renders?full_page=true", content=document, headers=headers).json()["id"]
        with ThreadPoolExecutor(1) as pool:
            waiting = pool.submit(
                client.post, "/v1/renders?full_page=true&wait=60", content=document, headers=headers
            )
            cancelled = client.post(f"/v1/renders/{job_id}/cancel")
            waited = waiting.result()
        if cancelled.status_code == 200:
            break
    else:
        pytest.fail("every render finished before its cancel")
    assert waited.status_code == 409, waited.text
    assert waited.headers["content-type"] == "application/json"
    assert waited.json()["id"] == job_id and waited.json()["status"] == "cancelled"


def test_a_wait_that_accepts_json_gets_the_job_not_the_image(client: httpx.Client) -> None:
    body = {"dsl": _document(f"accept {uuid.uuid4().hex[:6]}")}
    job = client.post("/v1/renders?wait=60", json=body, headers={"accept": "application/json"})
    assert job.status_code == 200 and job.headers["content-type"] == "application/json"
    assert job.json()["status"] == "completed" and job.json()["sha256"]
    for accept in ("*/*", "image/png, application/json;q=0.5", "application/json;q=0.5, image/*"):
        image = client.post("/v1/renders?wait=60", json=body, headers={"accept": accept})
        assert image.status_code == 200 and image.headers["content-type"] == "image/png", accept


def test_if_none_match_compares_weakly_and_star_matches_the_image(client: httpx.Client) -> None:
    job_id = _completed_render(client)
    etag = client.head(f"/v1/renders/{job_id}.png").headers["etag"]  # at once: the projector may lag
    assert etag == f'"{hashlib.sha256(client.get(f"/v1/renders/{job_id}.png").content).hexdigest()}"'
    for header in (etag, f"W/{etag}", "*", f'"other", W/{etag}'):
        for method in ("GET", "HEAD"):
            response = client.request(method, f"/v1/renders/{job_id}.png", headers={"if-none-match": header})
            assert response.status_code == 304, (method, header)
            assert response.content == b"" and response.headers["etag"] == etag
    changed = client.get(f"/v1/renders/{job_id}.png", headers={"if-none-match": 'W/"other"'})
    assert changed.status_code == 200 and changed.content.startswith(b"\x89PNG")
    # saved under the job's name, shown inline (a browser's "save image" named it after the URL)
    assert changed.headers["content-disposition"] == f'inline; filename="{job_id}.png"'


def test_an_idempotency_conflict_says_whether_the_document_or_the_options_differ(
    client: httpx.Client,
) -> None:
    key, document = f"conflict-{uuid.uuid4()}", {"dsl": _document(f"idem {uuid.uuid4().hex[:6]}")}
    assert client.post("/v1/renders", json=document, headers={"idempotency-key": key}).status_code in (
        200,
        202,
    )
    options = client.post("/v1/renders?format=jpeg", json=document, headers={"idempotency-key": key})
    assert options.status_code == 409
    assert options.json()["error"] == {
        "code": "idempotency_conflict",
        "message": 'this Idempotency-Key was already used with other render options (format was "png", '
        'now "jpeg"): send a new key for another render',
    }
    other = client.post("/v1/renders", json={"dsl": _document("another")}, headers={"idempotency-key": key})
    assert other.status_code == 409
    assert other.json()["error"]["message"].startswith(
        "this Idempotency-Key was already used with another document:"
    )


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        (b'{"dsl_content": ', 422, {"code": "invalid_dsl", "message": "the document has 1 error(s)", "warnings": [],
          "errors": [{"path": "", "message": "invalid JSON: Expecting value", "code": "parse_error", "line": 1,
                      "column": 17, "suggestion": "the document ends early at line 1: it may have been cut off; "
                      "close every { and [ it opens"}]}),
        (b"\xc3\x28", 400, {"code": "bad_request", "message": "the request body is not UTF-8 text"}),
    ],
)  # fmt: skip
def test_the_earlier_projects_routes_answer_a_broken_body_as_v1_does(
    client: httpx.Client, body: bytes, status: int, error: dict[str, object]
) -> None:
    """They answered "1 parameter is invalid: 8" at /body/8, or a 400 "There was an error parsing the body"."""
    for route in ("/v1/renders", "/render", "/render/async", "/validate"):
        response = client.post(route, content=body, headers={"content-type": "application/json"})
        assert (response.status_code, response.json()["error"]) == (status, error), route


def test_the_earlier_projects_routes_name_a_wrong_field(client: httpx.Client) -> None:
    response = client.post("/render/async", json={"dsl_content": {"elements": []}, "options": {"width": 0}})
    assert response.status_code == 422
    [issue] = response.json()["error"]["errors"]
    assert issue["path"] == "/body/options/width" and issue["code"] == "invalid_parameter"


def test_the_earlier_projects_render_routes_refuse_a_bad_document_each_its_own_way_with_the_same_issues(
    client: httpx.Client,
) -> None:
    """`/render` answers as the earlier project did, 200 and `success: false` (its clients read
    `success`), `/render/async` with an HTTP error as there (no task is made); both list the issues."""
    body = {"dsl_content": {"elements": [{"type": "buton"}]}}
    queued = client.post("/render/async", json=body)
    rendered = client.post("/render", json=body)
    assert queued.status_code == 422 and rendered.status_code == 200
    assert rendered.json()["success"] is False and "buton" in rendered.json()["error"]
    assert rendered.json()["errors"] == queued.json()["error"]["errors"]
    assert rendered.json()["errors"][0]["path"] == "/elements/0/type"
