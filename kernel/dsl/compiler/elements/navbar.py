"""The navbar element: a top bar of brand, links and actions; links that do not fit fold into "more"."""

from __future__ import annotations

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.bar_parts import bar_brand, is_active_item, item_count
from kernel.dsl.compiler.fields import action_buttons, action_elements
from kernel.dsl.compiler.html import box, esc, icon, with_class
from kernel.dsl.compiler.items import entries, label_beside_icon
from kernel.dsl.compiler.navbar_fold import FOLDS_CLASS, BarMetrics, bar_folds, fold_css, fold_of
from kernel.dsl.compiler.navbar_format import is_bare_bar
from kernel.dsl.compiler.navbar_start import nav_glyph, navbar_start
from kernel.dsl.compiler.page import built_in
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.styles import flow_style, is_absolute, style_declarations
from kernel.dsl.model import Element

NAVBAR_MORE = f'<span class="dsl-navbar-more" hidden>{icon("ellipsis", 16)}{icon("chevron-down", 14)}</span>'
"""The "more" item that ends a links strip too narrow for all its links: the links that do not
fit leave whole, and this item (an ellipsis and a chevron: no words to translate) takes the
strip's end. Hidden unless the stylesheet sees links left out."""


@renders("navbar")
def render_navbar(element: Element, ctx: RenderContext) -> str:
    """A top bar: brand, links (the active one underlined), then the children and `actions`
    (buttons, the last one primary) on the right. The brand and the right side keep their
    size; links that do not fit between them give way to a "more" item. A `spacer` among the
    children splits them: those before it sit next to the brand and links (a calendar's Today,
    arrows and month), those after it on the right.

    A phone screen's bar: `back` (or an `icon` that is a navigation glyph: `chevron-left`,
    `arrow-left`, `menu`, `x`) starts it with a back or icon button (see `navbar_start`), and on
    a bar without links `align: center` centres the title between that start and the actions,
    as iOS does."""
    start = navbar_start(element)
    bare = not (element.title or element.icon or element.items or start) and is_bare_bar(element)
    if bare:  # the earlier format: a styled bar
        children = ctx.render_children(element) + action_buttons(ctx, element.actions, size="sm")
        return box(element, children, tag="nav", classes="is-bare", style=flow_style(element))
    links = []
    for index, item in enumerate(entries(element.items)):
        state = " is-active" if is_active_item(element, index, item) else ""
        state += " is-disabled" if item.disabled else ""
        links.append(
            f'<span class="dsl-navbar-link{state}">{icon(item.icon, 16)}{esc(label_beside_icon(item))}{item_count(item)}</span>'
        )
    brand = bar_brand(
        element, "dsl-navbar-brand", "dsl-navbar-logo", logo=not (start and nav_glyph(element.icon))
    )
    links_html = f'<div class="dsl-navbar-links">{"".join(links)}{NAVBAR_MORE}</div>' if links else ""
    parts = [*element.children, *action_elements(element.actions, size="sm")]
    centered = not links and element.align == "center"
    folds = bar_folds(element, parts, _bar_metrics(ctx), links=bool(links), centered=centered)
    children = _navbar_parts(element.children, parts[len(element.children) :], ctx)
    spread = " has-spacer" if any(_is_growing_spacer(child) for child in element.children) else ""
    end = f'<div class="dsl-navbar-end{spread}">{children}</div>' if children else ""
    style = {**flow_style(element), **_navbar_fill(element)} if links else flow_style(element)
    classes = ["is-centered"] if centered else []
    fold_style = ""
    if folds:
        classes.append(folds.classes)
        style["contain-intrinsic-inline-size"] = f"{folds.whole_px}px"
        fold_style = f"<style>{built_in(fold_css(folds, _bar_metrics(ctx)))}</style>"
    if centered:  # the title in the middle: three columns
        end = end or '<div class="dsl-navbar-end"></div>'
        inner = f'<div class="dsl-navbar-start">{start}</div>{brand}{end}'
    else:
        inner = start + brand + links_html + end
    return box(element, inner + fold_style, tag="nav", classes=" ".join(classes), style=style)


def _bar_metrics(ctx: RenderContext) -> BarMetrics:
    """What the page makes of a bar's parts (see `navbar_fold`)."""
    return BarMetrics(ctx.density, ctx.typeface, ctx.viewport.width, ctx.viewport.screen_width)


def _navbar_parts(children: list[Element], actions: list[Element], ctx: RenderContext) -> str:
    """A bar's children and action buttons, those that fold to an icon button (`fold_of`) marked
    so; children all placed by coordinates share one layer (see `render_all`)."""

    def drawn(part: Element) -> str:
        return with_class(ctx.render(part), FOLDS_CLASS) if fold_of(part) else ctx.render(part)

    placed = bool(children) and all(is_absolute(child) for child in children)
    own = ctx.render_all(children) if placed else "".join(drawn(child) for child in children)
    return own + "".join(drawn(button) for button in actions)


def _is_growing_spacer(element: Element) -> bool:
    """A `spacer` that takes the free room (one with a `size` is a fixed gap)."""
    return element.type == "spacer" and element.size in (None, "")


def _navbar_fill(element: Element) -> dict[str, str]:
    """The author's bar colour (`style.background`) as `--navbar-fill`: the "more" item paints it
    under itself, hiding in the bar's own colour the part of a link it covers (the theme's
    surface when the author gave none)."""
    style = element.style or {}
    declared = style_declarations(
        {name: style[name] for name in ("background", "backgroundColor") if name in style}
    )
    fill = declared.get("background-color") or declared.get("background")
    return {"--navbar-fill": fill} if fill else {}


NAVBAR_CSS = """/* A spacer among a navbar's children takes the bar's free room: the children before it sit
   next to the brand and links, those after it at the end. The children keep their size and
   their one line; links that do not fit give way first. A search or text field among them is
   as wide as a usual control (its placeholder alone made it a stub), 240 px, narrower on a
   narrower screen (140 px on a phone), where the brand and the rest need the room. */
.dsl-navbar-end.has-spacer{flex:1 1 auto}
.dsl-navbar-end>:not(.dsl-spacer){flex-shrink:0}
.dsl-navbar-end>:is(.dsl-heading,.dsl-text){white-space:nowrap}
.dsl-navbar-end>:is(.dsl-control:not(.is-select),.dsl-field):not(.has-width){width:clamp(140px,100vw - 520px,240px)}
/* A select there is as wide as its chosen option, as in a toolbar (between 160 and 240 px; a
   longer option ends in an ellipsis): 100% of the bar's end pushed what follows it out. */
.dsl-navbar-end>.dsl-control.is-select:not(.has-width){width:auto;min-width:160px;max-width:240px}
"""
"""The navbar's rules for the children at its end (in the basic elements' sheet)."""
