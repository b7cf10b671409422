"""Maps each element type to the function that turns it into HTML, and collects element CSS."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kernel.dsl.compiler.context import RenderContext
    from kernel.dsl.model import Element

ElementRenderer = Callable[["Element", "RenderContext"], str]

RENDERERS: dict[str, ElementRenderer] = {}

STYLESHEETS: dict[str, str] = {}
"""CSS contributed by element modules, keyed by a name (usually the module's `__name__`).

Emitted after the base design-system sheet and before the document's own `css`, in
registration order. Keyed so that registering the same module twice never duplicates it.
"""


def renders(*types: str) -> Callable[[ElementRenderer], ElementRenderer]:
    """Register the decorated function as the HTML renderer of the given element types."""

    def register(func: ElementRenderer) -> ElementRenderer:
        for element_type in types:
            RENDERERS[element_type] = func
        return func

    return register


def register_css(name: str, css: str) -> None:
    """Add (or replace) the stylesheet `name`; element modules call this with their own CSS.

    An elements module may instead define a module-level `CSS = \"\"\"...\"\"\"` string:
    `kernel.dsl.compiler.elements` registers it under the module's name when it imports it.
    """
    if css.strip():
        STYLESHEETS[name] = css.strip()


def element_css() -> str:
    """Every contributed stylesheet, in registration order."""
    return "\n".join(STYLESHEETS.values())
