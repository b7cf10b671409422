"""End to end on `dsl2png serve`: a page on another site cannot drive the service (a cross-site
`text/plain` POST needs no preflight), nor read it under DNS rebinding (its own name as Host);
clients that are no browser, the service's own pages and configured names and origins pass."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import _ready
from tests.e2e.processes import STARTUP_WAIT_S, ServiceProcesses, base_env, free_port, wait_until

pytestmark = pytest.mark.e2e

DOCUMENT = '{"width":200,"height":100,"elements":[{"type":"text","text":"csrf"}]}'
TEXT = {"content-type": "text/plain"}
MCP_LIST = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
MCP_ACCEPT = {"Accept": "application/json, text/event-stream"}


def _refused(response: httpx.Response, code: str) -> None:
    assert response.status_code == 403, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"]["code"] == code, response.text


def _listed(url: str) -> int:
    return len(httpx.get(f"{url}/v1/renders?limit=100", timeout=30).json()["items"])


def test_a_cross_site_post_is_refused_and_records_nothing(embedded: tuple[str, ServiceProcesses]) -> None:
    url, _ = embedded
    before = _listed(url)
    forged = httpx.post(
        f"{url}/v1/renders", content=DOCUMENT, headers={**TEXT, "Origin": "https://evil.example"}, timeout=30
    )
    _refused(forged, "origin_not_allowed")
    assert "DSL2PNG_CORS_ORIGINS" in forged.json()["error"]["message"]
    assert forged.headers["x-content-type-options"] == "nosniff"  # answered inside the usual headers
    for path in ("/render", "/v1/validate", "/mcp"):  # the earlier routes and /mcp: the same policy
        body = MCP_LIST if path == "/mcp" else {"elements": []}
        answer = httpx.post(
            f"{url}{path}", json=body, headers={**MCP_ACCEPT, "Origin": "http://attacker.example"}, timeout=30
        )
        _refused(answer, "origin_not_allowed")
    assert _listed(url) == before


def test_clients_without_origin_and_the_services_own_pages_pass(
    embedded: tuple[str, ServiceProcesses],
) -> None:
    url, _ = embedded
    port = url.rsplit(":", 1)[1]
    assert httpx.post(f"{url}/v1/renders", content=DOCUMENT, headers=TEXT, timeout=30).status_code == 202
    for origin in (url, f"http://localhost:{port}", "http://localhost:5173"):  # own page, local tools
        answer = httpx.post(
            f"{url}/v1/renders", content=DOCUMENT, headers={**TEXT, "Origin": origin}, timeout=30
        )
        assert answer.is_success, (origin, answer.text)  # 202, or 200 from the cache
    for host in (f"localhost:{port}", "localhost", f"127.0.0.1:{port}"):
        assert httpx.get(f"{url}/v1/renders?limit=1", headers={"Host": host}, timeout=30).status_code == 200


def test_a_dns_rebound_name_reads_nothing(embedded: tuple[str, ServiceProcesses]) -> None:
    url, _ = embedded
    port = url.rsplit(":", 1)[1]
    job = httpx.post(f"{url}/v1/renders", content=DOCUMENT, headers=TEXT, timeout=30).json()
    rebound: dict[str, Any] = {
        "Host": f"attacker.example:{port}",
        "Origin": f"http://attacker.example:{port}",
    }
    for path in ("/v1/renders?limit=1", f"/v1/renders/{job['id']}/events", f"/v1/renders/{job['id']}"):
        answer = httpx.get(f"{url}{path}", headers=rebound, timeout=30)
        _refused(answer, "host_not_allowed")
        assert "DSL2PNG_ALLOWED_HOSTS" in answer.json()["error"]["message"]
        assert "csrf" not in answer.text
    same_site = {"Host": f"attacker.example:{port}"}  # the page's own origin matches its Host: still refused
    _refused(httpx.get(f"{url}/v1/renders?limit=1", headers=same_site, timeout=30), "host_not_allowed")
    _refused(
        httpx.post(f"{url}/mcp", json=MCP_LIST, headers={**MCP_ACCEPT, **same_site}, timeout=30),
        "host_not_allowed",
    )
    assert (
        httpx.get(f"{url}/healthz", headers=same_site, timeout=30).status_code == 200
    )  # probes need no name


@pytest.fixture(scope="module")
def behind_proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, ServiceProcesses]]:
    """An embedded serve bound to all addresses, told its public name and its front end's origin."""
    port = free_port()
    env = base_env(
        DSL2PNG_DATA_DIR=str(tmp_path_factory.mktemp("proxied")),
        DSL2PNG_ALLOWED_HOSTS="render.example, 127.0.0.1",
        DSL2PNG_CORS_ORIGINS="https://app.example",
        DSL2PNG_LOG_JSON="false",
    )
    procs = ServiceProcesses(env=env, log_dir=tmp_path_factory.mktemp("logs"))
    url = f"http://127.0.0.1:{port}"
    procs.start("serve", "serve", "--host", "0.0.0.0", "--port", str(port))
    try:
        wait_until(lambda: _ready(url), STARTUP_WAIT_S, "the service's /readyz")
        yield url, procs
    finally:
        procs.stop_all()


def test_configured_hosts_and_origins_pass(behind_proxy: tuple[str, ServiceProcesses]) -> None:
    url, _ = behind_proxy
    public = {"Host": "render.example", "Origin": "https://app.example"}
    answer = httpx.post(f"{url}/v1/renders", content=DOCUMENT, headers={**TEXT, **public}, timeout=30)
    assert answer.is_success, answer.text
    assert answer.headers["access-control-allow-origin"] == "https://app.example"
    _refused(
        httpx.get(f"{url}/v1/renders", headers={"Host": "other.example"}, timeout=30), "host_not_allowed"
    )
    forged = {"Host": "render.example", "Origin": "https://evil.example"}
    _refused(
        httpx.post(f"{url}/v1/renders", content=DOCUMENT, headers={**TEXT, **forged}, timeout=30),
        "origin_not_allowed",
    )


def test_bound_to_the_network_without_keys_it_warns_at_start_up(
    behind_proxy: tuple[str, ServiceProcesses],
) -> None:
    _, procs = behind_proxy
    warnings = [line for line in procs.log("serve").splitlines() if " WARNING dsl2png.serve: " in line]
    assert len(warnings) == 1, procs.log("serve")
    for words in (
        "0.0.0.0",
        "WITHOUT AUTHENTICATION",
        "/v1/renders/{id}/events",
        "/mcp",
        "127.0.0.1",
        "DSL2PNG_AUTH",
    ):
        assert words in warnings[0]


def test_bound_to_loopback_it_does_not_warn(embedded: tuple[str, ServiceProcesses]) -> None:
    _, procs = embedded
    assert "WITHOUT AUTHENTICATION" not in procs.log("serve")
