"""Layout elements: the flow containers (row, column, flex, grid, stack) and page structure pieces."""

from __future__ import annotations

from kernel.dsl.compiler.action_emphasis import LINKS
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.column_fill import column_children
from kernel.dsl.compiler.elements.flow_classes import flow_classes, holds_fields, runs_in_column
from kernel.dsl.compiler.elements.grid_columns import AUTO_GRID_COLUMNS, drawn_columns, places_by_grid_style
from kernel.dsl.compiler.elements.narrow_rows import narrow_canvas_classes
from kernel.dsl.compiler.elements.stack_backdrops import edge_layers, stack_layers, stretched_backdrop
from kernel.dsl.compiler.fields import action_buttons
from kernel.dsl.compiler.framed_panes import pane_classes
from kernel.dsl.compiler.html import box, esc, with_class
from kernel.dsl.compiler.items import entries, item_label
from kernel.dsl.compiler.picture_fit import STRIP_CLASS, is_logo_strip
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.stat_rows import shared_stat_figures
from kernel.dsl.compiler.styles import flow_style, is_absolute, length
from kernel.dsl.compiler.wrapping import is_short_text, keeps_words, row_roles
from kernel.dsl.model import Element
from kernel.dsl.sizes import HEADER_SIZES, size_word
from kernel.dsl.stack_layers import paints_own_ground

SCROLLER_CLASS = "is-scroller"
"""A touch screen's row (a `row`, or a `flex` running as one) with an explicit `wrap: false`: it
scrolls sideways, as a phone's row of filter chips does; what runs past the screen's edge is meant
to (the render does not warn)."""


def _scroller_class(element: Element, ctx: RenderContext, classes: str) -> str:
    """` is-scroller` for a touch screen's row (`classes`: its flow classes) that says `wrap: false`,
    else nothing. A `flex` row is one as a `row` is: the same chips in either scroll alike."""
    scrolls = element.wrap is False and ctx.viewport.touch and "dsl-hflow" in classes.split()
    return f" {SCROLLER_CLASS}" if scrolls else ""


@renders("row")
def render_row(element: Element, ctx: RenderContext) -> str:
    """Children left to right, vertically centred unless `align` says otherwise; a row of logos
    (`is_logo_strip`) shows each whole, with square corners, and a placeholder there as a wordmark."""
    style = flow_style(element, direction="row") | shared_stat_figures(element.children, ctx.typeface)
    classes = flow_classes(element, default="row") + narrow_canvas_classes(element, ctx.viewport.screen_width)
    if " is-wrapping" in classes:
        style["flex-wrap"] = "wrap"
    else:
        classes += _scroller_class(element, ctx, classes)  # a phone's row said not to wrap scrolls sideways
    logos = is_logo_strip(element.children)
    outer, ctx.logo_strip = ctx.logo_strip, logos
    try:
        children = _row_children(element, ctx, classes)
    finally:
        ctx.logo_strip = outer
    return box(element, children, classes=classes + (f" {STRIP_CLASS}" if logos else ""), style=style)


def _row_children(element: Element, ctx: RenderContext, classes: str) -> str:
    """The children of a row (`classes`: its flow classes). In a row that holds a short text (a
    timestamp, a price) beside children that can wrap, the short text is marked `keeps-line` and
    the others `gives-way`: they narrow first, so the short text stays on one line while there is
    room to give (see the module's CSS)."""
    roles = row_roles(element.children) if "dsl-hflow" in classes else []
    if not any(roles):
        return ctx.render_children(element)
    return "".join(
        with_class(ctx.render(child), role) if role else ctx.render(child)
        for child, role in zip(element.children, roles, strict=True)
    )


@renders("column")
def render_column(element: Element, ctx: RenderContext) -> str:
    """Children top to bottom, each as wide as the column (buttons and pills keep their width)."""
    style = flow_style(element, direction="column")
    classes = (
        flow_classes(element) if element.align is None else ("keeps-words" if keeps_words(element) else "")
    )
    return box(element, column_children(element, ctx), classes=classes + pane_classes(element), style=style)


@renders("flex")
def render_flex(element: Element, ctx: RenderContext) -> str:
    """A flex row, or a column with `direction: column` (or the earlier format's
    `style: {flexDirection: column}`)."""
    style = flow_style(element, direction=element.direction or "row")
    classes = flow_classes(element, default="row")
    if "dsl-vflow" in classes:
        return box(
            element,
            column_children(element, ctx, default="row"),
            classes=classes + pane_classes(element),
            style=style,
        )
    if "dsl-hflow" in classes:
        style.update(shared_stat_figures(element.children, ctx.typeface))
        classes += _scroller_class(element, ctx, classes)
    return box(element, _row_children(element, ctx, classes), classes=classes, style=style)


@renders("grid")
def render_grid(element: Element, ctx: RenderContext) -> str:
    """Children in `columns` equal columns; without `columns` as many columns of at least 160 px
    as fit (`AUTO_GRID_COLUMNS`: four stats side by side, not one under another), unless the
    author's style lays the grid out (see `places_by_grid_style`); a grid whose columns come
    from its style (`gridTemplateColumns`, the earlier format's way) has no gap unless one is
    given, as in CSS: cells built as a table meet with no seams."""
    style = flow_style(element)
    style.pop("flex-direction", None)
    if isinstance(element.columns, int):
        style["grid-template-columns"] = f"repeat({drawn_columns(element, ctx)}, minmax(0, 1fr))"
        style.update(shared_stat_figures(element.children, ctx.typeface))  # equal columns alone
    elif "gridTemplateColumns" in (element.style or {}) and element.gap is None:
        style["gap"] = "0"  # a gap in the style still wins: it comes after
    elif element.columns is None and not places_by_grid_style(element):
        style["grid-template-columns"] = AUTO_GRID_COLUMNS
    if element.align:
        style["align-items"] = style["align-items"].replace("flex-", "")
    return box(element, _grid_children(element, ctx), style=style)


LINE_CONTROL_TYPES = frozenset({"button", "chip", "badge", "avatar", "toggle", "checkbox"})
"""Controls one line tall: a short text in a grid of them lines up with them (`LINES_UP_CLASS`)."""
LINES_UP_CLASS = "lines-up"


def _grid_children(element: Element, ctx: RenderContext) -> str:
    """The children of a grid. In a grid of one-line controls (`LINE_CONTROL_TYPES`: a seat map's
    buttons) with no `align` and no fields, a short text (the seat row's number) is marked
    `LINES_UP_CLASS`: centred in its row with them, as in a row, where stretched to the row's
    height its line sat at the top of its cell (see the module's CSS)."""
    children = element.children or []
    lines_up = (
        element.align is None
        and not holds_fields(element)
        and not any(map(is_absolute, children))
        and any(child.type in LINE_CONTROL_TYPES for child in children)
    )
    if not lines_up:
        return ctx.render_children(element)
    return "".join(
        with_class(ctx.render(child), LINES_UP_CLASS) if is_short_text(child) else ctx.render(child)
        for child in children
    )


@renders("stack")
def render_stack(element: Element, ctx: RenderContext) -> str:
    """Children layered in one grid cell; `align` places them vertically, `justify` horizontally."""
    style: dict[str, str] = {}
    padding = length(element.padding)
    if padding:
        style["padding"] = padding
    places = {"start": "start", "center": "center", "end": "end", "stretch": "stretch", "baseline": "baseline",
              "between": "start", "around": "center", "evenly": "center"}  # fmt: skip
    if element.align:
        style["align-items"] = places[element.align]
    if element.justify:
        style["justify-items"] = places[element.justify]
    if element.align is None and element.justify is None:
        own_ground = paints_own_ground(element.style)
        layers = edge_layers(element.children, own_ground=own_ground)
        classes = "is-auto has-own-ground" if own_ground else "is-auto"
        return box(element, stack_layers(layers, ctx), classes=classes, style=style)
    layers = [stretched_backdrop(child) for child in element.children]
    return box(element, stack_layers(layers, ctx, align=element.align), style=style)


@renders("section")
def render_section(element: Element, ctx: RenderContext) -> str:
    """A titled region: heading and description (and `actions` on their right: small ghost
    buttons in the link colour unless they name a variant, as a "View all" or "Edit" beside a
    section's title is drawn; `action_emphasis`'s `LINKS`) above the flowing children. The title is 16 px unless `size` (sm md lg xl) or `level`
    (1-6) picks a larger one: xl (level 1) is a landing page's section title, 40 px, with its
    description a step larger; a `level` is also the title's heading tag (h3 without one). With an `align` the children
    are placed as a column's are: buttons and badges too, not only text; centred or at the end,
    the title and description line up their text that way too (a landing page's centred section
    head: a short description under a long title was left at the title's start)."""
    head = ""
    if element.title or element.description:
        size = f" is-{header_size(element)}" if element.size or element.level else ""
        tag = f"h{element.level or 3}"  # an h1-level section (a landing page's) is the page's h1
        title = (
            f'<{tag} class="dsl-section-title{size}">{esc(element.title)}</{tag}>' if element.title else ""
        )
        desc = f'<p class="dsl-section-desc">{esc(element.description)}</p>' if element.description else ""
        aligned = f" is-text-{element.align}" if element.align in ("center", "end") else ""
        head = f'<div class="dsl-section-head{aligned}">{title}{desc}</div>'
    action_size = "md" if ctx.touch else "sm"  # a finger's 44 px at the touch density
    actions = action_buttons(ctx, element.actions, size=action_size, looks=LINKS)
    if actions:
        head = f'<div class="dsl-section-bar">{head}<div class="dsl-section-actions">{actions}</div></div>'
    style = flow_style(element, direction="column")
    # `dsl-vflow` holds buttons and pills at the start: only where the author chose no alignment.
    classes = "dsl-vflow" if element.align is None else ""
    return box(element, head + column_children(element, ctx), tag="section", classes=classes, style=style)


_LEVEL_SIZES = {1: "xl", 2: "lg", 3: "md", 4: "sm", 5: "sm", 6: "sm"}


def header_size(element: Element) -> str:
    """The title size: `size` (sm 16px, md 18px, lg 24px, xl 30px), else `level` (1 = xl ...
    4-6 = sm), else lg for a page header with a description and md for a bare top bar title."""
    word = size_word(element.size)
    if word is not None and word in HEADER_SIZES:  # read as the validator reads it: " Large" is lg
        return word
    if element.level is not None:
        return _LEVEL_SIZES[element.level]
    return "lg" if element.description else "md"


@renders("header")
def render_header(element: Element, ctx: RenderContext) -> str:
    """A page header: title and description left; the children, then `actions` as buttons, on
    the right. Badges among the children follow the title ("Order #10482 [Paid]"), as a
    status is shown beside what it qualifies."""
    title = element.title or element.text
    size = header_size(element)
    beside_title = [
        bool(title) and child.type == "badge" and not is_absolute(child) for child in element.children
    ]
    badges = [child for child, beside in zip(element.children, beside_title, strict=True) if beside]
    others = [child for child, beside in zip(element.children, beside_title, strict=True) if not beside]
    parts = f'<h1 class="dsl-header-title is-{size}">{esc(title)}</h1>' if title else ""
    if parts and badges:
        parts = f'<div class="dsl-header-titleline">{parts}{ctx.render_all(badges)}</div>'
    if element.description:
        parts += f'<p class="dsl-header-desc">{esc(element.description)}</p>'
    text = f'<div class="dsl-header-text">{parts}</div>' if parts else ""
    children = ctx.render_all(others) + action_buttons(ctx, element.actions)
    if not text:
        flow = "dsl-hflow has-fields" if holds_fields(element) else "dsl-hflow"
        return box(element, children, tag="header", classes=flow, style=flow_style(element))
    actions = f'<div class="dsl-header-actions">{children}</div>' if children else ""
    return box(element, text + actions, tag="header", style=flow_style(element))


@renders("footer")
def render_footer(element: Element, ctx: RenderContext) -> str:
    """A page footer: small print on the left, link items on the right. With children (a brand
    blurb, columns of links, a newsletter form) it is a site's large footer: the children side by
    side across the top (`dsl-footer-main`, going on to the next line where they do not fit, as on
    a phone), the small print and links in a bar below them."""
    text = f"<span>{esc(element.text)}</span>" if element.text else ""
    links = "".join(f"<span>{esc(item_label(item))}</span>" for item in entries(element.items))
    links_html = f'<nav class="dsl-footer-links">{links}</nav>' if links else ""
    if not element.children:
        return box(element, text + links_html, tag="footer", style=flow_style(element))
    bar = f'<div class="dsl-footer-bar">{text}{links_html}</div>' if text or links_html else ""
    children = ctx.render_children(element)
    placed = all(map(is_absolute, element.children))  # they count from the footer's padding box
    main = children if placed else f'<div class="dsl-footer-main">{children}</div>'
    return box(
        element,
        main + bar,
        tag="footer",
        classes="is-large",
        style=flow_style(element),
    )


@renders("spacer")
def render_spacer(element: Element, ctx: RenderContext) -> str:
    """Free room: grows to fill its row or column, or exactly `size` px along the flow."""
    size = length(element.size) if element.size not in (None, "") else None
    if size is None:
        return box(element, "")
    return box(element, "", classes="is-sized", style={"--s": size})


@renders("divider")
def render_divider(element: Element, ctx: RenderContext) -> str:
    """A hairline rule, vertical with `direction: vertical`, or with a `label` in the middle."""
    if runs_in_column(element, default="row") and element.direction is not None:
        return box(element, "", classes="is-vertical", extra_attrs={"role": "separator"})
    label = element.label or element.text
    if label:
        return box(
            element, f"<span>{esc(label)}</span>", classes="has-label", extra_attrs={"role": "separator"}
        )
    return box(element, "", extra_attrs={"role": "separator"})


CSS = """
/* A placeholder picture under other layers of a stack is their backdrop: its hatching stays, its
   icon and file name go, and its alt text is a small caption in the bottom end corner, out of the
   way of the headline or the caption drawn over it. */
.dsl-stack>.dsl-image.is-placeholder.is-backdrop{justify-content:flex-end;align-items:flex-end}
.dsl-stack>.dsl-image.is-placeholder.is-backdrop>:not(.dsl-image-alt){display:none}
.dsl-stack>.dsl-image.is-placeholder.is-backdrop>.dsl-image-alt{max-width:50%;font-size:11px;font-weight:400;color:var(--muted-foreground)}
/* A row laid over a stack's backdrop (a back button and a "3 min away" badge over a map) keeps the
   12 px from the stack's edges that a single control over it keeps, and its buttons the shadow that
   lifts them off the picture; a row with its own padding or fill is left as it was drawn. In a
   stack that places nothing (no `align` or `justify`) such a row runs along the top, as a lone
   button there sits in the top corner (an app's back and share buttons over a cover photo): as tall
   as the stack, it centred them on the picture. A row the author aligned or filled keeps its height. */
.dsl-stack.is-auto>.dsl-hflow:not(:first-child):not([style*="align-items"],[style*="background"]){align-self:start}
.dsl-stack>.dsl-hflow:not(:first-child):not([style*="padding"],[style*="background"]){margin:12px}
.dsl-stack>.dsl-hflow:not(:first-child):not([style*="background"])>.dsl-button{box-shadow:var(--shadow)}
/* A card laid over a stack's backdrop (a shop's info card over a map) floats over it: 12 px from
   the stack's edges, as a small layer keeps, lifted by a shadow unless its variant says how it is
   drawn; in a stack with no `align` it sits at the top at its own height. It filled the
   stack's whole height, flush with its edges, its actions at the map's bottom. */
.dsl-stack>.dsl-card:not(:first-child){margin:12px}
.dsl-stack>.dsl-card:not(:first-child):not([class*="dsl-card--"]){box-shadow:var(--shadow)}
.dsl-stack:not([style*="align-items"])>.dsl-card:not(:first-child):not([style*="align-self"]){align-self:start}
/* In a row that holds a short text (a timestamp, a price) the children that can wrap (gives-way)
   shrink a million times as readily: they wrap down to their longest word before the short text
   gives up a pixel. A short text still takes at most 60% of the row, so in a row too narrow for
   both it wraps too and its neighbour keeps a share; nothing runs past the row (flex-shrink:0 on
   the short text would push it past the edge of a row too narrow for it). */
:is(.dsl-row,.dsl-flex).dsl-hflow>.gives-way:not(.has-width){flex-shrink:1000000}
:is(.dsl-row,.dsl-flex).dsl-hflow>.keeps-line:not(.has-width){max-width:60%}
/* In a row that wraps where a child the author flexed takes the free room (a filter bar's search),
   the other fields and controls keep their natural width (a select its value's, a field its
   label's or its control's): the row breaks only where they do not fit at that width, and a
   control alone on the next line keeps it. In a wrapping row with no such child (a form's row of
   fields) they keep their 240 px basis and share the line (see the base sheet): shrunk to their
   values, a form's fields were 80 px boxes with ragged ends. */
.dsl-hflow.is-wrapping.has-flexed-child>:is(.dsl-field,.dsl-control,.dsl-progress:not(.dsl-progress--circle),.dsl-slider,.dsl-skeleton--text):not(.has-width){flex-grow:0}
.dsl-hflow.is-wrapping.has-flexed-child>:is(.dsl-field,.dsl-control):not(.has-width){flex-basis:auto}
/* A header's controls (a site and a time range picker) are as wide as their values: as wide as
   their box (width:100%), two in a header were squeezed into equal halves of their sum. */
.dsl-header-actions>.dsl-control:not(.has-width){width:auto}
/* A header's title and description keep at least 200 px (less only when they need less, or the
   header is narrower): where the actions leave them less, the actions go under them, as on a
   phone, instead of squeezing the description to a word a line. (Without calc-size() the text
   only fills the room the actions leave, as before.) */
.dsl-header:has(>.dsl-header-text){flex-wrap:wrap;row-gap:12px}
.dsl-header>.dsl-header-text{flex:1 1 0%;min-width:calc-size(max-content, min(size, 200px, 100%))}
/* A button in a grid of labelled fields lines up with their boxes, as one in a row does (see the
   field rows in forms): at the foot of its cell, where the fields' one-line controls end; below
   the labels' line when a field there has a hint or an error under its control. */
.dsl-grid:not([style*=align-items]):has(>.dsl-field>.dsl-field-label)>.dsl-button{align-self:end}
.dsl-grid:not([style*=align-items]):has(>.dsl-field>.dsl-field-label):has(>.dsl-field>:is(.dsl-field-hint,.dsl-field-error))>.dsl-button{align-self:start;margin-top:26px}
/* A short text in a grid of one-line controls (a seat map's row number between its seat buttons,
   `LINES_UP_CLASS`) is centred in its row with them, as in a row: stretched to the row's height
   its line sat at the top of the cell. An `alignItems` in the grid's style still places it. */
.dsl-grid:not([style*=align-items])>.lines-up{align-self:center}
"""
