"""End to end on the embedded service: render options, in the query or in `{dsl, options}`, are
read, checked and warned about alike by `POST /v1/renders` and `POST /v1/validate`."""

from __future__ import annotations

import io
import uuid

import httpx
import pytest
from PIL import Image

from tests.e2e.processes import ServiceProcesses

LAPTOP = "device: laptop\nelements: [{type: heading, text: Hi}]\n"
YAML = {"content-type": "application/yaml"}


@pytest.fixture(scope="module")
def client(embedded: tuple[str, ServiceProcesses]) -> httpx.Client:
    url, _ = embedded
    return httpx.Client(base_url=url, timeout=60)


def _laptop(label: str) -> str:
    """The laptop document with a heading of its own (not one already rendered)."""
    return LAPTOP.replace("text: Hi", f"text: Hi {label} {uuid.uuid4().hex[:6]}")


@pytest.mark.parametrize(
    ("query", "option"),
    [("width=300", "width"), ("transparent=true&format=jpeg", "transparent"), ("quality=50", "quality")],
)
def test_validate_warns_of_an_option_the_image_would_not_follow_as_a_render_does(
    client: httpx.Client, query: str, option: str
) -> None:
    document = _laptop(option)
    rendered = client.post(f"/v1/renders?{query}", content=document, headers=YAML).json()["warnings"]
    validated = client.post(f"/v1/validate?{query}", content=document, headers=YAML).json()
    assert validated["valid"] is True
    assert [w for w in validated["warnings"] if w["code"] == "option_ignored"] == [
        w for w in rendered if w["code"] == "option_ignored"
    ]
    (warning,) = [w for w in validated["warnings"] if w["code"] == "option_ignored"]
    assert warning["path"] == f"/query/{option}"
    assert warning["kind"] == "option_ignored"
    # The picture is the document's as written: strict passes it, the warning kept.
    strict = client.post(f"/v1/validate?{query}&strict=true", content=document, headers=YAML).json()
    assert strict["valid"] is True and [
        w["path"] for w in strict["warnings"] if w["code"] == "option_ignored"
    ] == [f"/query/{option}"]


def test_an_option_warning_in_the_body_is_at_the_bodys_option(client: httpx.Client) -> None:
    body = {"dsl": {"elements": [{"type": "heading", "text": "q"}]}, "options": {"quality": 40}}
    for route in ("/v1/renders", "/v1/validate"):
        warnings = client.post(f"{route}?format=png", json=body).json()["warnings"]
        assert [(w["code"], w["path"]) for w in warnings] == [("option_ignored", "/options/quality")], route


def test_the_documents_frame_on_a_cropped_image_is_warned_of_at_frame(client: httpx.Client) -> None:
    body = {
        "dsl": {"frame": "phone", "elements": [{"type": "heading", "text": "framed"}]},
        "options": {"crop": True},
    }
    for route in ("/v1/renders", "/v1/validate"):
        warnings = client.post(route, json=body).json()["warnings"]
        assert [(w["code"], w["path"]) for w in warnings] == [("option_ignored", "/frame")], route


HEADING = {"elements": [{"type": "heading", "text": "E"}]}


@pytest.mark.parametrize("route", ["/v1/renders", "/v1/validate"])
def test_a_misspelt_option_in_the_body_is_named_with_the_one_meant_as_in_the_query(
    client: httpx.Client, route: str
) -> None:
    body = client.post(route, json={"dsl": HEADING, "options": {"widht": 300}})
    query = client.post(f"{route}?widht=300", json={"dsl": HEADING})
    assert body.status_code == query.status_code == 422
    (in_body,), (in_query,) = body.json()["error"]["errors"], query.json()["error"]["errors"]
    assert in_body == {
        "path": "/options/widht",
        "message": "unknown option 'widht'",
        "code": "invalid_option",
        "suggestion": "did you mean 'width'?",
    }
    assert in_query["suggestion"] == "did you mean 'width'?" and in_query["path"] == "/query/widht"


def test_a_bad_option_value_is_worded_as_a_parameters_with_the_value_sent(client: httpx.Client) -> None:
    error = client.post("/v1/renders", json={"dsl": HEADING, "options": {"width": 0, "format": "gif"}})
    assert error.status_code == 422
    assert [(e["path"], e["message"]) for e in error.json()["error"]["errors"]] == [
        ("/options/width", "option 'width': input should be greater than or equal to 1 (got 0)"),
        ("/options/format", "option 'format': input should be 'png', 'jpeg' or 'webp' (got 'gif')"),
    ]
    together = client.post("/v1/renders?crop=true", json={"dsl": HEADING, "options": {"frame": "phone"}})
    assert together.status_code == 422  # each fine alone, not together: an error, not a fault
    assert together.json()["error"]["errors"][0]["path"] == "/options/crop"


@pytest.mark.parametrize(
    ("dsl", "kind"), [(None, "null"), (5, "a number"), ([{"type": "heading"}], "a list")]
)
def test_a_dsl_that_is_no_document_says_what_dsl_must_be(
    client: httpx.Client, dsl: object, kind: str
) -> None:
    for route in ("/v1/renders", "/v1/validate"):
        response = client.post(route, json={"dsl": dsl})
        assert response.status_code == 422
        error = response.json()["error"]
        assert (error["code"], error["message"]) == ("invalid_request", "1 field is invalid: dsl")
        (issue,) = error["errors"]
        assert issue["path"] == "/dsl"
        assert issue["message"] == (
            f"dsl must be the document, as an object or as its JSON or YAML text, not {kind}"
        )


def test_options_null_is_no_options_and_another_kind_is_named_without_class_names(
    client: httpx.Client,
) -> None:
    assert client.post("/v1/validate", json={"dsl": HEADING, "options": None}).json()["valid"] is True
    response = client.post("/v1/renders", json={"dsl": HEADING, "options": [1]})
    assert response.status_code == 422
    (issue,) = response.json()["error"]["errors"]
    assert issue["path"] == "/options"
    assert issue["message"] == "options must be an object of render options, not a list"
    assert "RenderOptions" not in response.text


def test_options_without_dsl_say_where_the_document_goes(client: httpx.Client) -> None:
    response = client.post("/v1/renders", json={"options": {"width": 300}})
    assert response.status_code == 422
    (issue,) = response.json()["error"]["errors"]
    assert issue["path"] == "/dsl" and "no dsl" in issue["message"]
    assert "annotations" not in response.text


def test_the_envelope_sent_as_yaml_is_read_as_the_envelope(client: httpx.Client) -> None:
    document = f"{{elements: [{{type: heading, text: Y {uuid.uuid4().hex[:6]}}}]}}"
    image = client.post(
        "/v1/renders?wait=60", content=f"dsl: {document}\noptions: {{width: 333}}\n", headers=YAML
    )
    assert image.status_code == 200 and image.headers["content-type"] == "image/png"
    assert Image.open(io.BytesIO(image.content)).size == (333, 600)
    validated = client.post(
        "/v1/validate", content=f"dsl: {document}\noptions: {{quality: 40}}\nstrict: true\n", headers=YAML
    )
    assert validated.json()["valid"] is True  # strict passes a quality a PNG does not use, and says so
    assert [w["path"] for w in validated.json()["warnings"]] == ["/options/quality"]


@pytest.mark.parametrize(
    ("spelt", "format"), [("jpg", "jpeg"), ("JPEG", "jpeg"), ("PNG", "png"), ("WebP", "webp")]
)
def test_a_format_is_taken_as_the_command_line_takes_it(
    client: httpx.Client, spelt: str, format: str
) -> None:
    document = {"elements": [{"type": "heading", "text": f"format {uuid.uuid4().hex[:6]}"}]}
    in_query = client.post(f"/v1/renders?format={spelt}", json={"dsl": document})
    in_body = client.post("/v1/renders", json={"dsl": document, "options": {"format": spelt}})
    assert in_query.status_code in (200, 202) and in_query.json()["format"] == format
    assert in_body.json()["format"] == format
    assert client.post(f"/v1/validate?format={spelt}", json={"dsl": document}).json()["valid"] is True


def test_validate_gives_a_grouped_errors_every_path(client: httpx.Client) -> None:
    """A grouped error names the paths it stands for as a list, not only inside its message."""
    stats = "elements:\n" + "".join(
        f"  - {{type: stat, label: {n}, value: 1, delta: '+5%'}}\n" for n in "ABC"
    )
    answer = client.post("/v1/validate", content=stats, headers=YAML).json()
    (error,) = answer["errors"]
    assert error["paths"] == ["/elements/0/delta", "/elements/1/delta", "/elements/2/delta"]


def test_the_requests_theme_tokens_are_warned_of_at_the_option_as_the_documents_are(
    client: httpx.Client,
) -> None:
    """They were drawn otherwise (the default primary, Noto Sans) without a word."""
    theme = {"primary": "purple-ish", "font": "Inter"}
    document = {
        "elements": [{"type": "button", "label": f"Save {uuid.uuid4().hex[:6]}", "variant": "primary"}]
    }
    own = client.post("/v1/validate", json={"dsl": {**document, "theme": theme}}).json()["warnings"]
    told = {(w["path"].removeprefix("/theme/"), w["code"], w["message"]) for w in own}
    for route in ("/v1/validate", "/v1/renders"):
        warnings = client.post(route, json={"dsl": document, "options": {"theme": theme}}).json()["warnings"]
        assert {
            (w["path"].removeprefix("/options/theme/"), w["code"], w["message"]) for w in warnings
        } == told
        assert {w["path"] for w in warnings} == {"/options/theme/primary", "/options/theme/font"}, route
