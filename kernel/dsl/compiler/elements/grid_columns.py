"""A grid's columns: as many as fit when it names none, fewer than named on a narrow canvas."""

from __future__ import annotations

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.grid_fit import GridFit, grid_fit
from kernel.dsl.model import Element

AUTO_GRID_COLUMNS = "repeat(auto-fit, minmax(min(160px, 100%), 1fr))"
"""The columns of a grid that names none: as many of at least 160 px (or the grid's width, if
less) as fit, sharing the width; one column on a narrow box, four stats across a desktop page."""


def places_by_grid_style(element: Element) -> bool:
    """Whether the grid's or a child's `style` sets grid placement (`gridTemplateColumns`,
    `gridTemplateAreas`, a child's `gridColumn`...): the author's CSS lays it out, as before."""
    styles = [element.style or {}, *(child.style or {} for child in element.children or [])]
    return any(name.startswith("grid") for style in styles for name in style)


def drawn_columns(element: Element, ctx: RenderContext) -> int:
    """The grid's `columns`, or fewer where the canvas is too narrow for them (`grid_fit`)."""
    assert isinstance(element.columns, int)
    fit = model_grid_fit(element, ctx.viewport.screen_width)
    return fit.drawn if fit else element.columns


def model_grid_fit(element: Element, screen_width: float) -> GridFit | None:
    """`grid_fit` of a grid element (the model's fields) on a screen `screen_width` px wide."""
    children = [
        {
            "type": child.type,
            "label": child.label,
            "text": child.text,
            "icon": child.icon,
            "style": child.style,
        }
        for child in element.children or []
    ]
    return grid_fit(
        element.columns, children, element.gap, element.style, canvas_width=screen_width, wrap=element.wrap
    )
