"""Small HTML-writing helpers: escaping, attributes, and the wrapper every element uses."""

from __future__ import annotations

from html import escape

from kernel.dsl.model import Element


def esc(text: object) -> str:
    """Escape any value for HTML text or a double-quoted attribute."""
    return escape("" if text is None else str(text), quote=True)


def attrs(**values: object) -> str:
    """Render attributes; None/False are left out, True is a bare attribute, `_` maps to `-`."""
    parts: list[str] = []
    for name, value in values.items():
        if value is None or value is False:
            continue
        name = name.rstrip("_").replace("_", "-")
        parts.append(f" {name}" if value is True else f' {name}="{esc(value)}"')
    return "".join(parts)


def box(
    element: Element,
    inner: str,
    *,
    tag: str = "div",
    classes: str = "",
    style: dict[str, str] | None = None,
    extra_attrs: dict[str, object] | None = None,
) -> str:
    """Wrap `inner` in the element's own tag with class `dsl-<type>`, id, className, style and layout.

    Every renderer goes through here so that ids, `className`, `style` (sanitized) and
    absolute `layout` placement behave the same for every type.
    """
    from kernel.dsl.compiler.styles import element_style

    class_list = f"dsl-{element.type}" + (f" {classes}" if classes else "")
    if element.className:
        class_list += f" {element.className}"
    css = element_style(element, style or {})
    return (
        f"<{tag}{attrs(id=element.id, class_=class_list, style=css or None, **(extra_attrs or {}))}>"
        f"{inner}</{tag}>"
    )


def icon(name: str | None, size: int = 16, *, classes: str = "dsl-i") -> str:
    """An inline SVG icon from the icon set wrapped in a span, or nothing when `name` is empty."""
    if not name:
        return ""
    from kernel.dsl.compiler.icons import icon_svg

    return f'<span class="{classes}" aria-hidden="true">{icon_svg(name, size)}</span>'


def text_or(element: Element, *fields: str) -> str:
    """The first non-empty of the element's `fields` (e.g. `label`, `text`), escaped."""
    for name in fields:
        value = getattr(element, name, None)
        if value not in (None, ""):
            return esc(value)
    return ""
