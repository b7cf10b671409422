"""Maps each element type to the function that turns it into HTML."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kernel.dsl.compiler.context import RenderContext
    from kernel.dsl.model import Element

ElementRenderer = Callable[["Element", "RenderContext"], str]

RENDERERS: dict[str, ElementRenderer] = {}


def renders(*types: str) -> Callable[[ElementRenderer], ElementRenderer]:
    """Register the decorated function as the HTML renderer of the given element types."""

    def register(func: ElementRenderer) -> ElementRenderer:
        for element_type in types:
            RENDERERS[element_type] = func
        return func

    return register
