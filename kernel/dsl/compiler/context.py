"""What an element renderer may consult while it writes HTML: theme, viewport, its children."""

from __future__ import annotations

from dataclasses import dataclass, field

from kernel.dsl.model import Element
from kernel.dsl.options import Viewport


@dataclass
class RenderContext:
    """Passed to every element renderer; `render_children` recurses through the registry."""

    viewport: Viewport
    dark: bool = False
    depth: int = 0
    counter: dict[str, int] = field(default_factory=dict)

    def render(self, element: Element) -> str:
        from kernel.dsl.compiler.registry import RENDERERS

        self.depth += 1
        try:
            return RENDERERS[element.type](element, self)
        finally:
            self.depth -= 1

    def render_children(self, element: Element) -> str:
        return "".join(self.render(child) for child in element.children)

    def next_id(self, prefix: str) -> str:
        """A document-unique id (for SVG gradients and the like), stable for the same input."""
        self.counter[prefix] = self.counter.get(prefix, 0) + 1
        return f"{prefix}-{self.counter[prefix]}"
