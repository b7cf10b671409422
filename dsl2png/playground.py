"""The playground at `/`: write a document, see its errors as you type and the image it renders.

For people trying dsl2png in a browser (`dsl2png serve`, then open the address). The page only
calls the public API (`/v1/validate`, `/v1/renders?wait=`), with the API key typed into it when
the server asks for one, so it can do nothing a client could not. Its script and style are
inline and allowed by hash in the page's own Content-Security-Policy; nothing else may run.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from dsl2png.bundled import example_files, example_stem

PLAYGROUND_PATHS = ("/", "/playground")
_INLINE = re.compile(r"<(script|style)>(.*?)</\1>", re.S)


@dataclass(frozen=True)
class PlaygroundPage:
    html: str
    csp: str


def _sha256_source(text: str) -> str:
    digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
    return f"'sha256-{digest}'"


def playground_page(examples_dir: Traversable) -> PlaygroundPage:
    """The page with the bundled examples in it, and a policy that admits only its own code."""
    template = files("dsl2png").joinpath("playground.html").read_text(encoding="utf-8")
    examples = {
        example_stem(entry): entry.read_text(encoding="utf-8")
        for entry in example_files(examples_dir)
        if entry.name.endswith(".yaml")
    }
    # A JSON data block cannot be closed early: "<" never appears in it as such.
    data = json.dumps(examples, ensure_ascii=False).replace("<", "\\u003c")
    html = template.replace("__EXAMPLES__", data)
    hashes = {
        kind: [_sha256_source(body) for k, body in _INLINE.findall(html) if k == kind]
        for kind in ("script", "style")
    }
    csp = (
        f"default-src 'none'; script-src {' '.join(hashes['script'])}; style-src {' '.join(hashes['style'])}; "
        "img-src blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    return PlaygroundPage(html, csp)


def install_playground(app: FastAPI, examples_dir: Traversable) -> None:
    """GET / (and /playground): the playground page, built once, on the first request (building
    the app does no I/O)."""
    built_once = functools.cache(lambda: playground_page(examples_dir))

    async def page() -> HTMLResponse:
        built = built_once()
        return HTMLResponse(
            built.html, headers={"Content-Security-Policy": built.csp, "Cache-Control": "no-cache"}
        )

    for path in PLAYGROUND_PATHS:
        app.add_api_route(path, page, methods=["GET"], include_in_schema=False)
