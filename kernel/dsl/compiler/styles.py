"""Turns an element's `style` and `layout` into a sanitized inline CSS declaration list."""

from __future__ import annotations

import re

from kernel.dsl.model import Element

_CAMEL = re.compile(r"(?<!^)([A-Z])")


def css_property(name: str) -> str:
    """camelCase -> kebab-case (`fontSize` -> `font-size`)."""
    return _CAMEL.sub(r"-\1", name).lower()


def element_style(element: Element, base: dict[str, str]) -> str:
    """Declarations from the renderer (`base`), then layout placement, then the author's style."""
    decls = dict(base)
    layout = element.layout
    if layout is not None:
        if layout.x is not None or layout.y is not None:
            decls["position"] = "absolute"
            decls["left"] = f"{layout.x or 0:g}px"
            decls["top"] = f"{layout.y or 0:g}px"
        for field in ("width", "height", "minWidth", "maxWidth", "minHeight", "maxHeight"):
            value = getattr(layout, field)
            if value is not None:
                decls[css_property(field)] = f"{value:g}px"
    for key, value in (element.style or {}).items():
        decls[css_property(key)] = f"{value:g}px" if isinstance(value, int | float) else str(value)
    return ";".join(f"{k}:{v}" for k, v in decls.items())
