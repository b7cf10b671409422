"""Small HTML-writing helpers: attributes, icons, and the wrapper every element uses (`esc`, from
`escape`, is imported from here too)."""

from __future__ import annotations

from kernel.dsl.compiler.author_rules import author_classes_now, class_names
from kernel.dsl.compiler.escape import esc
from kernel.dsl.compiler.gradients import smooth_gradient
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.local_palette import NO_OWN_PALETTE, OwnPalette, own_palette, surroundings_inside
from kernel.dsl.compiler.own_padding import PADS_ITSELF_CLASS, pads_itself
from kernel.dsl.compiler.stack_ground import ground_palette
from kernel.dsl.compiler.styles import (
    CENTRED_CLASS,
    element_declarations,
    inline_style,
    sets_own_height,
    sets_own_width,
)
from kernel.dsl.compiler.text_wrap import wrap_class
from kernel.dsl.compiler.theme_variables import Surroundings, drawing_now
from kernel.dsl.model import Element


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
    absolute `layout` placement behave the same for every type. A linear-gradient background
    is drawn by a layer inside the element, without Chromium's dithering (see `gradients`).
    """
    class_list = f"dsl-{element.type}" + (f" {classes}" if classes else "")
    if element.className:
        class_list += f" {element.className}"
    decls = element_declarations(element, style or {})
    authored = author_classes_now()
    own = class_names(element.className)
    if sets_own_width(decls) or own & authored.sized_width:
        class_list += " has-width"
    if sets_own_height(decls) or own & authored.sized_height:
        class_list += " has-height"
    if decls.get("margin-inline") == "auto" and "width" not in decls:
        class_list += f" {CENTRED_CLASS}"  # the whole row wide up to its max-width, centred
    if pads_itself(element.type, decls):
        class_list += f" {PADS_ITSELF_CLASS}"
    if "color" in decls:  # its texts (headings, labels, a progress bar's words) follow that colour
        class_list += " has-color"
    if element.type in ALIGNED_TEXT_TYPES and element.align in ("start", "center", "end"):
        class_list += f" is-text-{element.align}" + f" {wrap_class(element, element.align)}".rstrip()
    palette = _own_palette(element, decls)
    class_list += "".join(f" {name}" for name in palette.classes)
    decls.update(palette.variables)
    decls.update(palette.backgrounds)
    layer = _smooth_gradient(decls, element.type, tag)
    if layer is not None:
        class_list += " dsl-smooth-host"
        inner = layer + inner
    css = inline_style(decls)
    return (
        f"<{tag}{attrs(id=element.id, class_=class_list, style=css or None, **(extra_attrs or {}))}>"
        f"{inner}</{tag}>"
    )


def _own_palette(element: Element, decls: dict[str, str]) -> OwnPalette:
    """The palette for a background the author's `style` paints (see `local_palette`): what is
    inside a dark box on a light page reads as on the dark theme, and the reverse. A theme
    colour it names (`var(--primary)`) counts as that colour where the element is drawn (see
    `theme_variables`). Read before a gradient becomes a ramp image. A stack whose layers are
    laid over a ground of the other tone (a dark gradient under a headline) takes that ground's
    palette instead, for all its layers (see `stack_ground`)."""
    if element.type == "stack" and element.children:
        ground = ground_palette(element, drawing_now().own.variables)
        if ground.classes:
            return ground
    if not element.style or not _STYLED_BACKGROUNDS.intersection(element.style):
        return NO_OWN_PALETTE
    return own_palette(decls, drawing_now().own.variables)


def children_surroundings(element: Element) -> Surroundings | None:
    """What the children of `element` are drawn in, when the background its `style` paints (or,
    for a stack, its ground layer's) may turn the palette (see `surroundings_inside`); None for
    an element that paints none (its children are drawn in what it is drawn in)."""
    around = drawing_now().inside
    if element.type == "stack" and element.children:
        ground = ground_palette(element, around.variables)
        if ground.classes:
            return surroundings_inside(ground, around)
    if not element.style or not _STYLED_BACKGROUNDS.intersection(element.style):
        return None
    palette = own_palette(element_declarations(element, {}), around.variables)
    return surroundings_inside(palette, around)


_STYLED_BACKGROUNDS = frozenset({"background", "backgroundColor", "backgroundImage"})

ALIGNED_TEXT_TYPES = frozenset({"heading", "paragraph", "text", "label"})
"""Types whose `align` lines up their text (start, center, end), as an author writing
`{type: heading, align: center}` means; on containers `align` places the children."""

_CANNOT_HOLD_LAYER = frozenset(
    {"a", "code", "img", "input", "select", "textarea", "hr", "table", "tr", "video"}
)
"""Tags that cannot hold a gradient layer (void, replaced, table parts) or would split it
across lines (inline text)."""

_BORDERLESS_TYPES = frozenset({"container", "row", "column", "flex", "grid", "stack", "section", "form"})
"""Types drawn with no border: a layer there covers all that the gradient would."""

_BACKGROUND_LONGHANDS = frozenset(
    {"background-size", "background-position", "background-repeat", "background-origin",
     "background-clip", "background-attachment", "background-blend-mode"}
)  # fmt: skip


def _may_show_border(element_type: str, decls: dict[str, str]) -> bool:
    """Whether the element may have a border: its type draws one, or its style sets one.
    (Keeping the gradient under a layer with no border would blend its rounded corners twice.)"""
    borders = [key for key in decls if key.startswith("border") and "radius" not in key]
    if borders == ["border"] and decls["border"].strip().lower() in ("none", "0", "0px", "0 none", "none 0"):
        return False
    return bool(borders) or element_type not in _BORDERLESS_TYPES


def _smooth_gradient(decls: dict[str, str], element_type: str, tag: str) -> str | None:
    """Draw a `background`/`background-image` that is one linear gradient without Chromium's
    dithering (see `gradients`): along an axis the declaration becomes a ramp image; otherwise
    the returned layer goes inside the element. None when the gradient stays CSS, or is gone.

    The layer covers the padding box, where CSS paints the gradient under the border too. So
    where a border may show (a transparent button border, a card's rounded corner), an opaque
    gradient is kept under the layer for the border's few pixels; elsewhere it is cleared (as
    the gradient would have, the shorthand also clears the background colour).
    """
    painted = [name for name in ("background", "background-image") if "gradient(" in decls.get(name, "")]
    if len(painted) != 1:
        return None  # none, or two that the cascade settles by their order: left to Chromium
    name = painted[0]
    smooth = smooth_gradient(decls[name])
    if smooth is None:
        return None
    if smooth.image is not None:
        if name == "background":
            decls[name] = f"{smooth.image} 0 0/100% 100%"
        else:
            decls[name] = smooth.image
            decls.setdefault("background-size", "100% 100%")
        return None
    if tag in _CANNOT_HOLD_LAYER or _BACKGROUND_LONGHANDS.intersection(decls):
        return None
    if not (smooth.opaque and _may_show_border(element_type, decls)):
        decls[name] = "transparent" if name == "background" else "none"
    return smooth.layer


def icon(name: str | None, size: int = 16, *, classes: str = "dsl-i") -> str:
    """An inline SVG icon from the icon set wrapped in a span, or nothing when `name` is empty."""
    if not name:
        return ""
    return f'<span class="{classes}" aria-hidden="true">{icon_svg(name, size)}</span>'


def with_class(html: str, name: str) -> str:
    """`html` with class `name` added to its first tag: the element's own box (see `box`)."""
    start = html.find(' class="', 0, html.find(">"))
    if start < 0:
        return html
    end = html.index('"', start + len(' class="'))
    return f"{html[:end]} {name}{html[end:]}"


def text_or(element: Element, *fields: str) -> str:
    """The first non-empty of the element's `fields` (e.g. `label`, `text`), escaped."""
    for name in fields:
        value = getattr(element, name, None)
        if value not in (None, ""):
            return esc(value)
    return ""
