"""Where elements are placed: the canvas, elements off it, stack layers on one edge, a navbar child's flex."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kernel.dsl.catalog import DEVICES
from kernel.dsl.lengths import px_or_none
from kernel.dsl.limits import pointer
from kernel.dsl.number_text import shown_number
from kernel.dsl.semantic.findings import Findings, Key, is_number
from kernel.dsl.stack_layers import edge_plan, paints_own_ground, written_layer
from kernel.warning_kinds import HEIGHT_PAST_SCREEN


def canvas_size(data: Mapping[str, Any]) -> tuple[float, float] | None:
    """The document's own canvas in CSS px when it can be known from the document alone."""
    device = data.get("device")
    preset = DEVICES.get(device) if isinstance(device, str) else None
    width = data.get("width", preset[0] if preset else 800)
    height = data.get("height", preset[1] if preset else 600)
    if not (is_number(width) and is_number(height)):
        return None
    try:
        return float(width), float(height)
    except OverflowError:  # a side of hundreds of digits (the schema's error says so)
        return None


_GROWING = ("flex", "flexGrow")


def check_navbar_flex(children: list[Any], path: tuple[Key, ...], findings: Findings) -> None:
    """A navbar's children sit at its end, each at its own width: a `flex` in a child's style
    has no free room to grow into (a store header's search stayed 240 px). Say so, and that
    `layout.width` sizes it."""
    for index, child in enumerate(children):
        style = child.get("style") if isinstance(child, Mapping) else None
        if not isinstance(style, Mapping):
            continue
        for name in _GROWING:
            if name in style and style[name] not in (0, "0", "none", None):
                kind = child.get("type", "element")
                findings.warn(
                    (*path, "children", index, "style", name),
                    f"a navbar's children sit at its end at their own width, so {name} does not widen this {kind}",
                    "field_ignored",
                    "size it with layout.width instead: layout: {width: 600}",
                )
                break


def check_stack_edges(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """A stack with no `align` or `justify` lays a small control or a row over its base along
    the top edge and the next along the bottom (`edge_plan`); one more lands on an edge already
    taken and hides what is there (a badge over a menu button): name both layers."""
    children = element.get("children")
    if (
        element.get("align") is not None
        or element.get("justify") is not None
        or not isinstance(children, list)
    ):
        return
    layers = [written_layer(child) for child in children]
    for first, other in edge_plan(layers, own_ground=paints_own_ground(element.get("style"))).clashes:
        findings.warn(
            (*path, "children", other),
            f"this layer and {pointer((*path, 'children', first))} are both laid at the top of the stack"
            " and overlap",
            "stack_layers_overlap",
            "place the layers: give the stack `align`/`justify`, wrap the small layers in one row,"
            " or give a layer `style: {alignSelf: end, justifySelf: end}`",
        )


def check_placement(
    element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings, canvas: tuple[float, float]
) -> None:
    layout = element.get("layout")
    if not isinstance(layout, Mapping):
        return
    width, height = canvas
    # Relative lengths ("50%") depend on the parent: only px placements are judged.
    x, y = px_or_none(layout.get("x")), px_or_none(layout.get("y"))
    w = px_or_none(layout.get("width")) or 0.0
    h = px_or_none(layout.get("height")) or 0.0
    outside = (x is not None and (x >= width or x + w <= 0 < w)) or (
        y is not None and (y >= height or y + h <= 0 < h)
    )
    if outside:
        findings.warn(
            (*path, "layout"),
            f"element at ({_fmt(x)}, {_fmt(y)}) is outside the {shown_number(width)}x{shown_number(height)} canvas and will not be visible",
            "off_canvas",
            "move it inside the canvas or enlarge width/height",
        )


def _fmt(value: Any) -> str:
    return f"{shown_number(value)}" if is_number(value) else "0"


_OUT_OF_FLOW = frozenset({"absolute", "fixed"})


def check_screen_shares(data: Mapping[str, Any], findings: Findings) -> None:
    """Top-level elements whose heights in % of the screen add up to all of it (a column of
    `height: "100%"`) while other elements flow with them (a navbar above): a top-level % is of
    the whole screen, not of the room the others leave, so the last of them runs below the
    screen and its bottom (a pinned call to action) is cut. `style: {flex: 1}` takes the room
    left, which is what such a height means. A canvas of `height: auto` has no screen to share
    (its % heights are drawn as tall as their content), so it is left alone."""
    elements = data.get("elements")
    if data.get("height") == "auto" or not isinstance(elements, list):
        return
    flowing = [(index, element) for index, element in enumerate(elements) if _flows(element)]
    shares = [(index, where, share) for index, element in flowing for where, share in _screen_share(element)]
    total = sum(share for *_, share in shares)
    sharing = {index for index, *_ in shares}
    others = [(at, element) for at, element in flowing if at not in sharing]
    if not shares or total < 100 or (total == 100 and not others):
        return
    index, where, share = max(shares, key=lambda found: found[2])
    kind = str(elements[index].get("type", "element"))
    beside = (
        _named(others, index) if others else f"the top-level heights in % add up to {shown_number(total)}%"
    )
    findings.warn(
        ("elements", index, *where),
        f"a top-level height of {shown_number(share)}% is that share of the whole screen, and {beside}: "
        f"the {kind} runs below the screen and what is at its bottom is cut",
        HEIGHT_PAST_SCREEN,
        f"to fill the room the others leave, give the {kind} style: {{flex: 1}} in place of this height",
    )


def _flows(element: Any) -> bool:
    """A top-level element that takes room in the page's flow (not placed, not an overlay)."""
    if not isinstance(element, Mapping) or element.get("type") == "modal":
        return False
    layout, style = element.get("layout"), element.get("style")
    if isinstance(layout, Mapping) and (layout.get("x") is not None or layout.get("y") is not None):
        return False
    position = style.get("position") if isinstance(style, Mapping) else None
    return not (isinstance(position, str) and position.strip().lower() in _OUT_OF_FLOW)


def _screen_share(element: Mapping[str, Any]) -> list[tuple[tuple[str, str], float]]:
    """Where the element's height in % is written (`layout`, else `style`) and the %."""
    for holder in ("style", "layout"):  # a style's height wins over the layout's
        fields = element.get(holder)
        height = fields.get("height") if isinstance(fields, Mapping) else None
        if isinstance(height, str) and height.strip().endswith("%"):
            try:
                return [((holder, "height"), float(height.strip()[:-1]))]
            except ValueError:
                return []
    return []


def _named(others: list[tuple[int, Any]], index: int) -> str:
    """The other flowing elements in words: "the navbar above it", "2 other elements"."""
    if len(others) == 1:
        at, element = others[0]
        return f"the {element.get('type', 'element')} {'above' if at < index else 'below'} it takes room too"
    return f"{len(others)} other elements take room too"
