"""The renderer's isolation from the DSL side: no field a user controls makes Chromium connect anywhere.

Every case puts the address of a local listener (that counts accepted TCP connections) into a
field, renders it on real Chromium, and checks the listener saw nothing. Documents the validator
refuses are also compiled by going around it, since the compiler must be safe on its own.
(Raw HTML given straight to the pool is covered by tests/integration/test_pool.py.)
"""

from __future__ import annotations

import asyncio
import re
import socket
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from html.parser import HTMLParser
from typing import Any

import pytest
import pytest_asyncio

from kernel.dsl.compiler import compile_html
from kernel.dsl.model import Document
from kernel.dsl.options import RenderOptions, resolve_viewport
from kernel.dsl.validate import validate_document
from render_worker.pool import ChromiumPool
from render_worker.pool_settings import PoolSettings
from tests.integration.render_fixtures import render_dsl

pytestmark = pytest.mark.integration

LINK_LOCAL = "http://169.254.169.254/latest/meta-data/"
STRAGGLER_WAIT_S = 0.3


class CountingListener:
    """A loopback TCP listener whose thread accepts (and closes) connections, counting each one."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.05)
        self.port: int = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()


@pytest.fixture
def listeners() -> Iterator[tuple[CountingListener, CountingListener]]:
    first, second = CountingListener(), CountingListener()
    yield first, second
    first.close()
    second.close()


@pytest_asyncio.fixture(scope="module")
async def pool() -> AsyncIterator[ChromiumPool]:
    async with ChromiumPool(PoolSettings(browsers=1, pages_per_browser=2)) as warm:
        yield warm


# -- what may fetch in an HTML page ---------------------------------------------------------------

_URL_ATTRIBUTES = frozenset(
    {"src", "href", "srcset", "poster", "data", "action", "formaction", "background", "ping",
     "xlink:href", "manifest", "codebase", "cite", "longdesc", "lowsrc", "dynsrc", "icon"}
)  # fmt: skip
_FETCHING_TAGS = frozenset(
    {"script", "iframe", "frame", "object", "embed", "link", "base", "applet", "portal"}
)
_CSS_FETCH = re.compile(
    r"(url|image-set|image|cross-fade|element|src)\s*\(\s*(?!['\"]?\s*data:)|@import", re.I
)


class FetchFinder(HTMLParser):
    """Collects everything in a page that could make a browser fetch something other than `data:`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _FETCHING_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            value = (value or "").strip()
            if name in _URL_ATTRIBUTES and value and not value.lower().startswith(("data:", "#")):
                self.found.append(f"<{tag} {name}={value!r}>")
            if name == "style" and _CSS_FETCH.search(value):
                self.found.append(f"<{tag} style={value!r}>")
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
        if tag == "meta" and any(n == "http-equiv" and (v or "").lower() == "refresh" for n, v in attrs):
            self.found.append("<meta refresh>")
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style and _CSS_FETCH.search(data):
            self.found.append(f"<style> {_CSS_FETCH.search(data)!r} in ...{data[:200]}")


def fetchable_references(html: str) -> list[str]:
    finder = FetchFinder()
    finder.feed(html)
    finder.close()
    return finder.found


async def render_and_count(
    pool: ChromiumPool, html: str, document: Document, listeners: tuple[CountingListener, CountingListener]
) -> int:
    viewport = resolve_viewport(document, RenderOptions())
    await pool.render(html, viewport)
    await pool.render(html, viewport, full_page=True)
    # The one wait allowed here: a fetch the page started would reach the listener a few ms after
    # the screenshot, and "nothing arrived" has no event to wait on. Bounded, and only for stragglers.
    await asyncio.sleep(STRAGGLER_WAIT_S)
    return sum(listener.connections for listener in listeners)


# -- the cases ------------------------------------------------------------------------------------

Case = Callable[[str, str], dict[str, Any]]


def doc(*elements: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"width": 400, "height": 300, "elements": list(elements), **fields}


TEXT_PAYLOADS: dict[str, Callable[[str], str]] = {
    "script": lambda u: f"<script>fetch('{u}/script');new Image().src='{u}/img'</script>",
    "img": lambda u: f'<img src="{u}/img.png" srcset="{u}/2x.png 2x">',
    "svg_image": lambda u: f'<svg><image href="{u}/svg.png" xlink:href="{u}/x.png"/></svg>',
    "meta_refresh": lambda u: f'<meta http-equiv="refresh" content="0; url={u}/refresh">',
    "iframe": lambda u: f'<iframe src="{u}/frame"></iframe><object data="{u}/obj"></object>',
    "link_css": lambda u: f'<link rel="stylesheet" href="{u}/x.css"><style>@import url({u}/i.css)</style>',
    "attribute_breakout": lambda u: f'"><img src="{u}/out.png"><x a="',
    "raw_text_breakout": lambda u: f'</title></style></textarea><img src="{u}/raw.png">',
}


def text_case(payload: Callable[[str], str]) -> Case:
    """A document with `payload` in every text field: it must stay text, never become markup."""

    def build(u: str, v: str) -> dict[str, Any]:
        return doc(
            {"type": "text", "text": payload(u)},
            {"type": "heading", "text": payload(v)},
            {"type": "paragraph", "text": payload(u)},
            {"type": "code", "text": payload(u)},
            {"type": "button", "label": payload(u)},
            {"type": "input", "label": payload(u), "placeholder": payload(u), "value": payload(v)},
            {"type": "textarea", "value": payload(u)},
            {"type": "image", "src": "x", "alt": payload(u)},
            {"type": "table", "columns": [payload(u)], "rows": [[payload(v)]]},
            {"type": "list", "items": [payload(u), {"label": payload(v), "description": payload(u)}]},
            title=payload(u),
            description=payload(u),
        )

    return build


ACCEPTED_CASES: dict[str, Case] = {
    "image_src": lambda u, v: doc({"type": "image", "src": f"{u}/image.png", "alt": "a"}),
    "protocol_relative_src": lambda u, v: doc(
        {"type": "image", "src": f"//127.0.0.1:{v.rsplit(':', 1)[1]}/p.png"}
    ),
    "avatar_src": lambda u, v: doc({"type": "avatar", "src": f"{u}/avatar.png", "name": "Ada Lovelace"}),
    "video_and_map_src": lambda u, v: doc(
        {"type": "video", "src": f"{u}/v.mp4"}, {"type": "map", "src": f"{v}/m"}
    ),
    "file_src": lambda u, v: doc(
        {"type": "image", "src": "file:///etc/passwd"}, {"type": "avatar", "src": "file:///etc/passwd"}
    ),
    "link_local_src": lambda u, v: doc(
        {"type": "image", "src": LINK_LOCAL}, {"type": "link", "text": "meta", "href": LINK_LOCAL}
    ),
    "hrefs": lambda u, v: doc(
        {
            "type": "navbar",
            "title": "Brand",
            "items": [{"label": "Home", "href": f"{u}/nav"}, {"label": "L", "href": f"{v}/localhost"}],
        },
        {"type": "sidebar", "items": [{"label": "Side", "href": f"{u}/side"}]},
        {"type": "link", "text": "link", "href": f"{u}/link"},
        {"type": "breadcrumb", "items": [{"label": "Crumb", "href": f"{u}/crumb"}, "Here"]},
        {"type": "menu", "items": [{"label": "Menu", "href": f"{u}/menu"}]},
        {"type": "footer", "text": "f", "items": [{"label": "Foot", "href": f"{u}/foot"}]},
        {"type": "button", "label": "b", "href": f"{u}/button"},
    ),
    "javascript_hrefs": lambda u, v: doc(
        {"type": "link", "text": "js", "href": f"javascript:fetch('{u}/js')"},
        {"type": "navbar", "items": [{"label": "js", "href": f"javascript:location='{v}/loc'"}]},
    ),
    "event_handlers_and_custom_attributes": lambda u, v: doc(
        {
            "type": "button",
            "label": "x",
            "onClick": f"fetch('{u}/click')",
            "onHover": f"fetch('{u}/hover')",
            "customAttributes": {
                "src": f"{u}/custom",
                "style": f"background:url({u}/custom.png)",
                "onload": f"fetch('{u}')",
            },
        }
    ),
    "class_and_id_breakout": lambda u, v: doc(
        {
            "type": "button",
            "label": "x",
            "className": f'" style="background:url({u}/cls)',
            "id": f'"><img src="{u}/id">',
        }
    ),
    "colors_and_sizes_as_urls": lambda u, v: doc(
        {"type": "icon", "name": "star", "color": f"url({u}/icon)"},
        {"type": "badge", "text": "b", "color": f"url({u}/badge)"},
        {"type": "avatar", "name": "A", "size": f"url({u}/size)"},
        {"type": "table", "columns": [{"key": "a", "width": f"url({u}/col)"}], "rows": [{"a": 1}]},
        {
            "type": "chart",
            "variant": "bar",
            "data": {"labels": ["a"], "series": [{"name": "s", "values": [1], "color": f"url({u}/series)"}]},
        },
        {
            "type": "calendar",
            "month": "2024-05",
            "events": [{"date": "2024-05-02", "label": "e", "color": f"url({v}/event)"}],
        },
    ),
    "icon_name_as_url": lambda u, v: doc({"type": "icon", "name": f"{u}/icon.svg"}),
    # A style url() of anything but data: is drawn as none, with a warning (the earlier format
    # wrote `background: url(image.jpg)`): accepted, and never fetched.
    "style_background_image": lambda u, v: doc(
        {
            "type": "container",
            "style": {"backgroundImage": f"url({u}/style.png)", "width": 100, "height": 100},
        }
    ),
    "style_background": lambda u, v: doc(
        {"type": "container", "style": {"background": f"url('{v}/style2.png')", "width": 100, "height": 100}}
    ),
    "document_background": lambda u, v: doc(background=f"url({u}/page.png) #eef2ff"),
    "style_escaped_url": lambda u, v: doc(
        {"type": "container", "style": {"background": f"\\75 rl({u}/esc)", "width": 100, "height": 100}}
    ),
    **{f"text_{name}": text_case(payload) for name, payload in TEXT_PAYLOADS.items()},
    # So is one in the document's css, and an @import (a Google Fonts one in the earlier format's
    # documents): dropped by the compiler with a warning, the rest of the css drawn.
    "css_url": lambda u, v: doc(
        css=f"body {{ background: url({u}/bg.png) }} .dsl-root {{ background-image: url('{v}/q') }}"
    ),
    "css_import": lambda u, v: doc(css=f"@import url({u}/import.css); @import '{v}/plain.css';"),
    "css_font_face": lambda u, v: doc(
        {"type": "text", "text": "font"},
        css=f"@font-face {{ font-family: Remote; src: url({u}/font.woff2) }} body {{ font-family: Remote }}",
    ),
    "css_escaped_url": lambda u, v: doc(css=f"body {{ background: \\75 rl({u}/esc.png) }}"),
}

REJECTED_CASES: dict[str, Case] = {
    "css_image_set": lambda u, v: doc(css=f"body {{ background-image: image-set('{u}/set.png' 1x) }}"),
    "css_closes_style": lambda u, v: doc(css=f'</style><img src="{u}/closed.png"><style>'),
    "style_cursor_and_list": lambda u, v: doc(
        {
            "type": "list",
            "items": ["a"],
            "style": {"cursor": f"url({u}/cur), auto", "listStyleImage": f"url({u}/li)"},
        }
    ),
    "style_font_family": lambda u, v: doc(
        {"type": "text", "text": "t", "style": {"fontFamily": f"x;src:url({u}/ff)"}}
    ),
    "style_closes_style": lambda u, v: doc(
        {"type": "container", "style": {"color": f'red;}}</style><img src="{u}/br.png">'}}
    ),
    "theme_tokens": lambda u, v: doc(
        {"type": "button", "label": "b"},
        theme={"font": f"X;src:url({u}/font)", "primary": f"url({u}/primary)", "background": f"url({v}/tb)"},
    ),
}


def urls(listeners: tuple[CountingListener, CountingListener]) -> tuple[str, str]:
    first, second = listeners
    return f"http://127.0.0.1:{first.port}", f"http://localhost:{second.port}"


def test_the_listeners_do_count_connections(listeners: tuple[CountingListener, CountingListener]) -> None:
    """So that the zero counts below mean something."""
    for listener in listeners:
        with socket.create_connection(("127.0.0.1", listener.port), timeout=5):
            pass
    deadline = threading.Event()
    for _ in range(100):
        if all(listener.connections == 1 for listener in listeners):
            break
        deadline.wait(0.02)
    assert [listener.connections for listener in listeners] == [1, 1]


def test_the_fetch_finder_sees_fetches() -> None:
    """The HTML check is not vacuous: it flags each kind of fetch the cases try to smuggle in."""
    page = (
        '<link rel="icon" href="http://x/i"><style>@import "x"; a{background:url(http://x)}</style>'
        '<img src="http://x/a"><div style="background:url(//x)"></div><meta http-equiv="refresh" content="0">'
        '<svg><image href="http://x"/></svg><a href="http://x">a</a><img src="data:image/png;base64,AA">'
    )
    found = fetchable_references(page)
    assert len(found) == 8, found


@pytest.mark.parametrize("case", ACCEPTED_CASES, ids=str)
async def test_accepted_documents_make_no_connection(
    pool: ChromiumPool, listeners: tuple[CountingListener, CountingListener], case: str
) -> None:
    first, second = urls(listeners)
    source = ACCEPTED_CASES[case](first, second)
    prepared, _ = await render_dsl(pool, source)
    # No src/href/url()/@import/tag that could fetch (169.254... included): at most inert text.
    assert fetchable_references(prepared.html) == []
    assert await render_and_count(pool, prepared.html, prepared.document, listeners) == 0


@pytest.mark.parametrize("case", REJECTED_CASES, ids=str)
async def test_rejected_documents_are_refused_and_still_harmless_when_compiled_anyway(
    pool: ChromiumPool, listeners: tuple[CountingListener, CountingListener], case: str
) -> None:
    first, second = urls(listeners)
    raw = REJECTED_CASES[case](first, second)
    result = validate_document(raw)
    assert not result.ok and result.errors, f"the validator accepted {case}"
    # Around the validator: the compiler alone must keep the page from fetching.
    document = Document.model_validate(raw)
    html = compile_html(document, resolve_viewport(document, RenderOptions()), theme=document.theme)
    assert fetchable_references(html) == []
    assert await render_and_count(pool, html, document, listeners) == 0
