"""The icon element: a Lucide icon, bare or on a tinted tile."""

from __future__ import annotations

from kernel.dsl.compiler.colors import safe_color
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.html import box
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.items import size_px
from kernel.dsl.compiler.registry import renders
from kernel.dsl.model import Element


@renders("icon")
def render_icon(element: Element, ctx: RenderContext) -> str:
    """A Lucide icon by `name` (or `icon`); `variant: soft|solid|circle` puts it on a tinted tile."""
    name = element.name or element.icon or element.text
    size = size_px(element, 20)
    color = safe_color(element.color)
    variant = element.variant if element.variant in ("soft", "solid", "circle") else None
    style = {"color": color} if color else {}
    svg = icon_svg(name, size)
    if variant:
        tile = size * 2
        if color and element.color and element.color.strip().lower() != "primary":
            style.update(_tile_in(element.color.strip().lower(), color, solid=variant == "solid"))
        style.update(width=f"{tile:g}px", height=f"{tile:g}px")
        return box(element, svg, tag="span", classes=f"dsl-icon--{variant}", style=style)
    return box(element, svg, tag="span", style=style)


ICON_TILE_TONES = {
    "success": "success",
    "warning": "warning",
    "danger": "danger",
    "error": "danger",
    "info": "info",
}
"""The tones whose tint, fill and text colours the theme holds (`--success-soft`, ...)."""


def _tile_in(name: str, color: str, *, solid: bool) -> dict[str, str]:
    """An icon's tile in the icon's own `color` (a tone's name, or any colour as `color`), not in
    the brand colour: a green check sat on a purple tile. Soft and circle tiles are a tint with
    the glyph in the colour; a solid tile is filled with it and the glyph is white."""
    tone = ICON_TILE_TONES.get(name)
    if solid:
        return {"background": f"var(--{tone}-solid)" if tone else color, "color": "#fff"}
    if tone:
        return {"background": f"var(--{tone}-soft)", "color": f"var(--{tone}-text)"}
    return {"background": f"color-mix(in srgb,{color} 14%,var(--surface))"}


ICON_CSS = """
.dsl-icon{display:inline-flex;align-items:center;justify-content:center;flex:none;color:inherit;vertical-align:middle}
.dsl-icon--soft,.dsl-icon--circle{border-radius:var(--radius);background:var(--primary-soft);color:var(--primary-text)}
.dsl-icon--circle{border-radius:50%}
.dsl-icon--solid{border-radius:var(--radius);background:var(--primary);color:var(--primary-foreground)}
"""
"""The icon's rules."""
