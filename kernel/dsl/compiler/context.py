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
    lang: str | None = None
    """The document's language (calendars name months and days in it)."""
    depth: int = 0
    counter: dict[str, int] = field(default_factory=dict)
    rendered_types: set[str] = field(default_factory=set)
    """Every type drawn so far (also those a renderer draws for itself), to pick the CSS needed."""

    def render(self, element: Element) -> str:
        from kernel.dsl.compiler.registry import RENDERERS

        self.depth += 1
        self.rendered_types.add(element.type)
        try:
            return RENDERERS[element.type](element, self)
        finally:
            self.depth -= 1

    def render_children(self, element: Element) -> str:
        """The children's HTML; when every child is placed by coordinates they share one layer.

        The layer is a positioned box filling the parent's content box, so coordinates count
        from inside the parent's padding (the earlier format's authors sized children that
        way) and win over any flex or grid display the parent has.
        """
        return self.render_all(element.children)

    def render_all(self, elements: list[Element]) -> str:
        """Render a list of siblings, wrapping them in the coordinate layer when all are placed."""
        from kernel.dsl.compiler.styles import is_absolute

        html = "".join(self.render(child) for child in elements)
        if elements and all(is_absolute(child) for child in elements):
            return f'<div class="dsl-abs-layer">{html}</div>'
        return html

    def next_id(self, prefix: str) -> str:
        """A document-unique id (for SVG gradients and the like), stable for the same input."""
        self.counter[prefix] = self.counter.get(prefix, 0) + 1
        return f"{prefix}-{self.counter[prefix]}"
