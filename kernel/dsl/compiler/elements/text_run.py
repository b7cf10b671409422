"""The text element: the earlier format's run of text, which may hold children."""

from __future__ import annotations

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.text import running_text
from kernel.dsl.compiler.html import box
from kernel.dsl.compiler.items import text_size_style
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.wrapping import text_classes
from kernel.dsl.model import Element


@renders("text")
def render_text(element: Element, ctx: RenderContext) -> str:
    """A run of text; line breaks in the text are kept; `size` sets its font size."""
    classes = text_classes(element, "text", "label")
    words = element.text if element.text not in (None, "") else element.label
    inner = running_text(words, ctx) + ctx.render_children(element)
    return box(element, inner, classes=classes, style=text_size_style(element))
