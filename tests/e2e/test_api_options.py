"""End to end on the embedded service: render options, in the query or in `{dsl, options}`, are
read, checked and warned about alike by `POST /v1/renders` and `POST /v1/validate`."""

from __future__ import annotations

import uuid

import httpx
import pytest

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
    strict = client.post(f"/v1/validate?{query}&strict=true", content=document, headers=YAML).json()
    assert strict["valid"] is False and [e["path"] for e in strict["errors"]] == [f"/query/{option}"]


def test_an_option_warning_in_the_body_is_at_the_bodys_option(client: httpx.Client) -> None:
    body = {"dsl": {"elements": [{"type": "heading", "text": "q"}]}, "options": {"quality": 40}}
    for route in ("/v1/renders", "/v1/validate"):
        warnings = client.post(f"{route}?format=png", json=body).json()["warnings"]
        assert [(w["code"], w["path"]) for w in warnings] == [("option_ignored", "/options/quality")], route
