"""Pictures' `src` that is not an embedded picture: a URL or a path to fetch, a broken data: URI."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kernel.dsl.data_uris import IMAGE_SOURCE_TYPES, bare_base64_image, read_image_uri
from kernel.dsl.semantic.findings import Findings, Key

_FETCHED = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:(?!image/)|//)", re.I)
"""A URL with a scheme (but not a data: image) or a scheme-relative one: something to fetch."""


_INSTEAD_OF_A_FETCH = {
    "image": "a labelled placeholder is drawn",
    "avatar": "the initials are drawn",
    "video": "a plain poster is drawn",
    "card": "a labelled placeholder is drawn as its cover",
}


def check_image_source(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """Pictures are only ever embedded: a `src` that is a URL to fetch (http, https, file...) or
    a file's path (`photos/a.jpg`) says what is drawn instead; so does a data: URI that holds no
    picture (`data:image/png;base64,...`) and a picture's base64 without its `data:` prefix. A
    bare name (`hero.png`) is a placeholder's caption, as authors use it."""
    src = element.get("src")
    if kind in IMAGE_SOURCE_TYPES and isinstance(src, str) and src.strip():
        problem = _source_problem(src.strip(), _INSTEAD_OF_A_FETCH[kind])
        if problem is not None:
            findings.warn((*path, "src"), *problem)


_EMBED = "embed the picture as data:image/png;base64,..., which may be as large as the document allows"


def _source_problem(src: str, instead: str) -> tuple[str, str, str] | None:
    """What is wrong with a picture's `src` (message, code, suggestion), `instead` saying what
    is drawn in its place; None for an embedded picture or a bare name."""
    embedded = src.lower().startswith("data:")
    bare = None if embedded else bare_base64_image(src)
    if bare is not None:
        message = f"'src' is a picture's base64 without its data: prefix, so {instead}"
        return message, "invalid_data_uri", f"prefix it: data:image/{bare};base64,{src[:12]}..."
    if _FETCHED.match(src):
        return f"'src' is not a data: image, so {instead} (nothing is ever fetched)", "external_src", _EMBED
    problem = read_image_uri(src).problem if src.lower().startswith("data:image/") else None
    if problem is not None:
        fix = (
            "close every tag and quote every attribute, or embed the file base64-encoded: "
            "data:image/svg+xml;base64,PHN2Zy..."
            if problem.startswith(("holds an SVG", "holds an <svg>"))
            else "embed the whole file, base64-encoded: data:image/png;base64,iVBORw0KGgo..."
        )
        return f"'src' is a data: URI that {problem}, so {instead}", "invalid_data_uri", fix
    if not embedded and re.search(r"[/\\]", src):
        return (
            f"'src' is a file's path, not a data: image, so {instead} (no file is ever read)",
            "external_src",
            _EMBED,
        )
    return None
