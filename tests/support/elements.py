"""Compiling one element in unit tests, without a browser or a document."""

from __future__ import annotations

import re
from typing import Any

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport


def render_element(**fields: Any) -> str:
    """One element's HTML on an 800x600 canvas."""
    return RenderContext(viewport=Viewport(800, 600, 1.0)).render(Element.model_validate(fields))


def classes_of(html: str) -> list[str]:
    """The classes of the outermost tag."""
    match = re.match(r'<\w+[^>]*?class="([^"]*)"', html)
    assert match, html
    return match.group(1).split()
