"""From raw source and options to everything a render needs: the pure front half of the pipeline."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kernel.dsl.compiler import compile_html
from kernel.dsl.limits import check_canvas
from kernel.dsl.model import Document
from kernel.dsl.options import RENDERER_VERSION, RenderOptions, Viewport, resolve_viewport
from kernel.dsl.validate import validate_document
from kernel.errors import InvalidDocumentError, Issue


@dataclass(frozen=True, slots=True)
class PreparedRender:
    """A validated document compiled to HTML, with its viewport and cache key."""

    document: Document
    options: RenderOptions
    viewport: Viewport
    html: str
    warnings: list[Issue]
    cache_key: str


def cache_key_for(document: Document, options: RenderOptions, viewport: Viewport) -> str:
    """Same canonical document + options + renderer version -> same key, so it renders once."""
    canonical = json.dumps(
        {
            "document": document.model_dump(mode="json", exclude_none=True),
            "options": options.model_dump(mode="json", exclude_none=True),
            "viewport": [viewport.width, viewport.height, viewport.scale],
            "renderer": RENDERER_VERSION,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def prepare_render(
    source: str | bytes | Mapping[str, Any], options: RenderOptions | None = None
) -> PreparedRender:
    """Validate `source`, resolve the viewport, compile HTML. Raises InvalidDocumentError."""
    options = options or RenderOptions()
    result = validate_document(source)
    if result.document is None or result.errors:
        raise InvalidDocumentError(result.errors, result.warnings)
    document = result.document
    viewport = resolve_viewport(document, options)
    canvas_issues = check_canvas(viewport)
    if canvas_issues:
        raise InvalidDocumentError(canvas_issues, result.warnings)
    theme = options.theme if options.theme is not None else document.theme
    html = compile_html(document, viewport, theme=theme, transparent=options.transparent)
    return PreparedRender(
        document=document,
        options=options,
        viewport=viewport,
        html=html,
        warnings=result.warnings,
        cache_key=cache_key_for(document, options, viewport),
    )
