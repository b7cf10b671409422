"""The container element: a plain box for children, a column unless its flow fields or style say otherwise."""

from __future__ import annotations

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.column_fill import column_children
from kernel.dsl.compiler.elements.flow_classes import flow_classes
from kernel.dsl.compiler.framed_panes import pane_classes
from kernel.dsl.compiler.html import box
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.styles import flow_style
from kernel.dsl.model import Element


@renders("container")
def render_container(element: Element, ctx: RenderContext) -> str:
    """A plain box for children: a column by default, any flow with the flow fields (or the
    style's `flexDirection`)."""
    classes = flow_classes(element)
    panes = pane_classes(element) if "dsl-vflow" in classes else ""
    return box(element, column_children(element, ctx), classes=classes + panes, style=flow_style(element))
