"""Navigation elements: tabs, breadcrumb, pagination, menu and stepper."""

from __future__ import annotations

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.html import attrs, box, esc
from kernel.dsl.compiler.hyphenation import hyphenated
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.items import entries, is_divider, item_label
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.styles import element_declarations, inline_style, length
from kernel.dsl.compiler.ui_strings import ui_string
from kernel.dsl.model import Element, Item


def _active_index(element: Element, items: list[Item]) -> int:
    """`active` as an index or a label; else the first item flagged `active`; else 0."""
    active = element.active
    if isinstance(active, int) and 0 <= active < len(items):
        return active
    if isinstance(active, str):
        for index, item in enumerate(items):
            if item_label(item).lower() == active.strip().lower():
                return index
        if active.isdigit() and int(active) < len(items):
            return int(active)
    for index, item in enumerate(items):
        if item.active:
            return index
    return 0


def _badge(item: Item) -> str:
    return f'<span class="dsl-nav-count">{esc(item.badge)}</span>' if item.badge is not None else ""


TAB_VARIANTS = ("underline", "pills", "segmented", "bottom")


@renders("tabs")
def render_tabs(element: Element, ctx: RenderContext) -> str:
    """A tab strip (`variant` underline, pills or segmented) and the active panel's children, or a
    mobile bottom tab bar (`variant: bottom`: icons over labels, below its panel, at the bottom)."""
    items = entries(element.items)
    active = _active_index(element, items)
    variant = element.variant if element.variant in TAB_VARIANTS else "underline"
    bottom = variant == "bottom"
    tabs = "".join(_tab(item, index == active, bottom=bottom) for index, item in enumerate(items))
    strip = f'<div class="dsl-tabs-list" role="tablist">{tabs}</div>'
    if bottom:
        return _bottom_tabs(element, ctx, strip)
    classes = f"dsl-tabs--{variant}"
    if variant in ("segmented", "pills") and "width" in element_declarations(element, {}):
        classes += " is-stretched"  # a Buy/Sell toggle across a form: the tabs share the width
    return box(element, strip + _panel(element, ctx), classes=classes)


def _panel(element: Element, ctx: RenderContext) -> str:
    """The active tab's panel: the children flowing top to bottom as in a column, apart by the
    theme's gap or the tabs' own `gap` (and inset by their `padding`); nothing without children."""
    panel = ctx.render_children(element)
    if not panel:
        return ""
    spacing = {"gap": length(element.gap), "padding": length(element.padding)}
    style = inline_style({name: value for name, value in spacing.items() if value is not None})
    panel_attrs = attrs(class_="dsl-tabs-panel dsl-vflow", role="tabpanel", style=style or None)
    return f"<div{panel_attrs}>{panel}</div>"


def _tab(item: Item, active: bool, *, bottom: bool) -> str:
    """One tab: icon, label and count. On a bottom bar the count is a badge on the icon's corner
    (or the label's, without an icon): it takes no room, so its tab stays in line with the rest."""
    state = " is-active" if active else ""
    state += " is-disabled" if item.disabled else ""
    icon = icon_svg(item.icon, 15) if item.icon else ""
    label = f"<span>{esc(item_label(item))}</span>"
    if not bottom:
        return f'<div class="dsl-tab{state}" role="tab">{icon}{label}{_badge(item)}</div>'
    if item.badge is not None:
        badge = f'<span class="dsl-tab-badge">{esc(item.badge)}</span>'
        if icon:
            icon = f'<span class="dsl-tab-anchor">{icon}{badge}</span>'
        else:
            label = f'<span class="dsl-tab-anchor is-text">{esc(item_label(item))}{badge}</span>'
    return f'<div class="dsl-tab{state}" role="tab">{icon}{label}</div>'


def _bottom_tabs(element: Element, ctx: RenderContext, strip: str) -> str:
    """The bar under its panel. The panel flows its children like a phone screen: a 16 px margin
    unless the tabs give their own `padding` (the bar runs edge to edge)."""
    panel = _panel(element, ctx)
    if not panel:
        return box(element, strip, classes="dsl-tabs--bottom")
    return box(element, panel + strip, classes="dsl-tabs--bottom has-panel")


@renders("breadcrumb")
def render_breadcrumb(element: Element, ctx: RenderContext) -> str:
    """A trail of links separated by chevrons (or `variant: slash`); the last entry is current."""
    items = entries(element.items)
    separator = (
        '<li class="dsl-crumb-sep" aria-hidden="true">/</li>'
        if element.variant == "slash"
        else f'<li class="dsl-crumb-sep" aria-hidden="true">{icon_svg("chevron-right", 14)}</li>'
    )
    crumbs = []
    for index, item in enumerate(items):
        current = index == len(items) - 1 or item.active
        icon = icon_svg(item.icon, 14) if item.icon else ""
        cls = "dsl-crumb is-current" if current else "dsl-crumb"
        aria = ' aria-current="page"' if current else ""
        crumbs.append(f'<li class="{cls}"{aria}>{icon}<span>{esc(item_label(item))}</span></li>')
    inner = f"<ol>{separator.join(crumbs)}</ol>"
    return box(element, inner, tag="nav", extra_attrs={"aria_label": "Breadcrumb"})


def page_window(current: int, total: int, width: int = 7) -> list[int | None]:
    """Page numbers to show around `current` (1-based), None standing for an ellipsis.

    Always shows the first and last pages; `width` slots in all (e.g. 1 … 4 5 6 … 20).
    """
    if total <= width:
        return list(range(1, total + 1))
    inner = width - 4  # slots between "1 …" and "… N"
    if current <= inner + 1:
        return [*range(1, width - 1), None, total]
    if current >= total - inner:
        return [1, None, *range(total - (width - 3), total + 1)]
    half = inner // 2
    return [1, None, *range(current - half, current - half + inner), None, total]


@renders("pagination")
def render_pagination(element: Element, ctx: RenderContext) -> str:
    """Previous/next and page numbers with ellipses; `text` (e.g. 'Showing 1-10 of 97') on the left.
    `actions` renames the two steps (e.g. another language's words; "" leaves only the chevron)."""
    total = max(element.total or 1, 1)
    current = min(max(element.current or 1, 1), total)
    if (element.variant or "").lower() in DOTS_VARIANTS:
        return box(element, page_dots(total, current - 1), classes="is-dots")
    pages = []
    for page in page_window(current, total):
        if page is None:
            pages.append('<span class="dsl-page dsl-page-gap" aria-hidden="true">…</span>')
        else:
            cls = "dsl-page is-active" if page == current else "dsl-page"
            pages.append(f'<span class="{cls}">{page}</span>')
    prev_cls = "dsl-page dsl-page-step" + (" is-disabled" if current == 1 else "")
    next_cls = "dsl-page dsl-page-step" + (" is-disabled" if current == total else "")
    words = [item_label(item) for item in entries(element.actions)][:2]
    steps = [ui_string("pagination_previous", ctx.lang), ui_string("pagination_next", ctx.lang)]
    before, after = words + steps[len(words) :]
    prev_text = f"<span>{esc(before)}</span>" if before else ""
    next_text = f"<span>{esc(after)}</span>" if after else ""
    prev = f'<span class="{prev_cls}">{icon_svg("chevron-left", 16)}{prev_text}</span>'
    nxt = f'<span class="{next_cls}">{next_text}{icon_svg("chevron-right", 16)}</span>'
    summary = f'<span class="dsl-pagination-summary">{esc(element.text)}</span>' if element.text else ""
    inner = f'{summary}<div class="dsl-pagination-pages">{prev}{"".join(pages)}{nxt}</div>'
    return box(element, inner, tag="nav", extra_attrs={"aria_label": "Pagination"})


@renders("menu")
def render_menu(element: Element, ctx: RenderContext) -> str:
    """A dropdown-style menu: optional `title`, items with icons, shortcuts, badges, '-' dividers."""
    rows = []
    heading = element.title or element.label
    if heading:
        rows.append(f'<div class="dsl-menu-title">{esc(heading)}</div>')
    for item in entries(element.items):
        if is_divider(item):
            rows.append('<div class="dsl-menu-sep" role="separator"></div>')
            continue
        cls = "dsl-menu-item"
        cls += " is-active" if item.active else ""
        cls += " is-disabled" if item.disabled else ""
        cls += " is-danger" if item.variant in ("danger", "destructive") else ""
        icon = f'<span class="dsl-menu-icon">{icon_svg(item.icon, 16)}</span>' if item.icon else ""
        text = f'<span class="dsl-menu-label">{esc(item_label(item))}</span>'
        if item.description:
            text = (
                f'<span class="dsl-menu-text">{text}'
                f'<span class="dsl-menu-desc">{esc(item.description)}</span></span>'
            )
        shortcut = f'<kbd class="dsl-menu-kbd">{esc(item.shortcut)}</kbd>' if item.shortcut else ""
        check = icon_svg("check", 15) if item.active and not item.icon else ""
        rows.append(f'<div class="{cls}" role="menuitem">{icon}{text}{_badge(item)}{shortcut}{check}</div>')
    return box(element, "".join(rows), extra_attrs={"role": "menu"})


MAX_DOTS = 12
DOTS_VARIANTS = frozenset({"dots", "dot", "indicator"})
"""A stepper's and a pagination's variant for a page indicator (`dot` and `indicator` read the same)."""


def page_dots(count: int, current: int) -> str:
    """A carousel's or an onboarding screen's page indicator: a dot per page (at most MAX_DOTS), the
    current one a wider pill in the primary colour; `current` counts from 0."""
    count = min(max(count, 1), MAX_DOTS)
    dots = "".join(
        f'<span class="dsl-dot{" is-current" if index == current else ""}"></span>' for index in range(count)
    )
    return f'<span class="dsl-dots" aria-hidden="true">{dots}</span>'


@renders("stepper")
def render_stepper(element: Element, ctx: RenderContext) -> str:
    """Numbered steps joined by lines: done (check), current (ring), upcoming; vertical by `direction`.
    Across, the steps share the width equally, each label centred under its marker and wrapped
    within its share. The current step is `current`, else `active` (as tabs name theirs)."""
    items = entries(element.items)
    current = element.current
    if current is None:  # `active: 4` of four steps marks them all done, as `current: 4` does
        active = element.active
        current = (
            active if isinstance(active, int) and active >= len(items) else _active_index(element, items)
        )
    if (element.variant or "").lower() in DOTS_VARIANTS:
        return box(element, page_dots(len(items), current), classes="is-dots")
    vertical = element.direction in ("column", "vertical")
    steps = []
    for index, item in enumerate(items):
        if index < current:
            state, marker = "is-done", icon_svg("check", 14, stroke_width=3)
        elif index == current:
            state, marker = "is-current", str(index + 1)
        else:
            state, marker = "is-upcoming", str(index + 1)
        desc = f'<span class="dsl-step-desc">{esc(item.description)}</span>' if item.description else ""
        line = '<span class="dsl-step-line" aria-hidden="true"></span>' if index < len(items) - 1 else ""
        steps.append(
            f'<li class="dsl-step {state}"><span class="dsl-step-head"><span class="dsl-step-marker">{marker}</span>'
            f'{line}</span><span class="dsl-step-body"><span class="dsl-step-label">{esc(hyphenated(item_label(item), ctx.lang))}</span>'
            f"{desc}</span></li>"
        )
    classes = "dsl-stepper--vertical" if vertical else "dsl-stepper--horizontal"
    return box(element, f"<ol>{''.join(steps)}</ol>", classes=classes)


CSS = """
.dsl-stepper.is-dots,.dsl-pagination.is-dots{display:flex;justify-content:center;padding:4px 0}
.dsl-dots{display:inline-flex;align-items:center;gap:6px}
.dsl-dot{width:8px;height:8px;border-radius:var(--radius-full);background:var(--border)}
.dsl-dot.is-current{width:22px;background:var(--primary)}
.dsl-tabs{display:flex;flex-direction:column;gap:16px;min-width:0}
.dsl-hflow>:is(.dsl-tabs--segmented,.dsl-tabs--pills){flex:none}
.dsl-tabs-list{display:flex;align-items:center;gap:4px;min-width:0}
.dsl-tabs-panel{display:flex;flex-direction:column;gap:var(--gap);min-width:0}
.dsl-tabs-panel>*{flex-shrink:0}
.dsl-tab{display:inline-flex;align-items:center;gap:7px;white-space:nowrap;font-size:14px;font-weight:500;color:var(--muted-foreground);cursor:default;line-height:20px}
.dsl-tab svg{flex:none}
.dsl-tab.is-disabled{opacity:.45}
.dsl-tabs--underline .dsl-tabs-list{gap:22px;border-bottom:1px solid var(--border)}
/* More tabs than fit run under the strip's edge as a scrolled tab bar does, cut at the strip's box
   rather than past its underline and the canvas. */
:is(.dsl-tabs--underline,.dsl-tabs--pills):not(.is-stretched)>.dsl-tabs-list{overflow:clip;overflow-clip-margin:4px}
.dsl-tabs--underline .dsl-tab{padding:calc(var(--control-h) / 2 - 8px) 2px;margin-bottom:-1px;border-bottom:2px solid transparent}
.dsl-tabs--underline .dsl-tab.is-active{color:var(--foreground);border-bottom-color:var(--primary)}
.dsl-tabs--pills .dsl-tab{padding:calc(var(--control-h) / 2 - 11px) calc(var(--control-h) / 2 - 4px);border-radius:var(--radius-full)}
.dsl-tabs--pills .dsl-tab.is-active{background:var(--primary-soft);color:var(--primary-text)}
.dsl-tabs--segmented .dsl-tabs-list{display:inline-flex;align-self:flex-start;max-width:100%;overflow-x:clip;padding:4px;gap:2px;background:var(--muted);border-radius:var(--radius)}
/* In a box narrower than the control (a column beside a gauge in a small card) the strip keeps
   to the box and its segments shrink: their labels, centred, spread over their side padding first
   (keeping 2 px a side) and only then end in an ellipsis (clipped a little outside their box so
   that whole labels paint exactly as unclipped text). Segments that cannot shrink further (to
   their padding) are cut at the strip's side, as an underline or pill strip cuts its tabs. */
.dsl-tabs--segmented .dsl-tab{display:inline-flex;align-items:center;justify-content:center;min-width:0;height:calc(var(--control-h) - 8px);padding:0 calc(var(--control-h) / 2 - 4px);border-radius:var(--radius-sm)}
.dsl-tabs--segmented .dsl-tab>span:not(.dsl-nav-count){max-width:calc(100% + var(--control-h) - 12px);overflow:clip;overflow-clip-margin:4px;text-overflow:ellipsis}
/* Given a width (`layout` or `style`), a segmented control or a pill strip spans it and its tabs
   share it equally, their labels centred; without one it keeps its content's width. */
:is(.dsl-tabs--segmented,.dsl-tabs--pills).is-stretched>.dsl-tabs-list{display:flex;align-self:stretch}
:is(.dsl-tabs--segmented,.dsl-tabs--pills).is-stretched .dsl-tab{flex:1 1 0;justify-content:center;min-width:0}
.dsl-tabs--segmented .dsl-tab.is-active{background:var(--surface);color:var(--foreground);box-shadow:var(--shadow-sm)}
.dsl-tabs--bottom{gap:0;margin-top:auto}
.dsl-tabs--bottom.has-panel{flex:1 1 auto;margin-top:0}
.dsl-tabs--bottom.has-panel>.dsl-tabs-panel{flex:1 1 auto;padding:16px}
/* Filling a screen (the root, or a box of set height), the panel takes the room the bar leaves and
   cuts what does not fit, as a scrolled app does: the bar stays on the screen's bottom edge. In a
   box of no set height, it keeps its content's height (a basis of 0 would shrink it to nothing). */
:is(.dsl-root,.has-height)>.dsl-tabs--bottom.has-panel>.dsl-tabs-panel,.dsl-tabs--bottom.has-panel.has-height>.dsl-tabs-panel{flex:1 1 0;min-height:0;overflow:hidden}
.dsl-tabs--bottom .dsl-tabs-list{justify-content:space-around;padding:8px 8px 10px;background:var(--surface);border-top:1px solid var(--border)}
.dsl-tabs--bottom .dsl-tab{flex:1 1 0;flex-direction:column;justify-content:center;gap:3px;min-width:0;padding-inline:2px;font-size:11px;line-height:14px}
/* A label longer than its tab's equal share (Portuguese "Transferências" on a phone) ends in an
   ellipsis inside its tab, clipped a little outside its box as segmented tabs are, so that the
   tabs keep visible room between their labels instead of running into one line of text. */
.dsl-tabs--bottom .dsl-tab>span:not(.dsl-tab-anchor){max-width:100%;overflow:clip;overflow-clip-margin:4px;text-overflow:ellipsis}
.dsl-tabs--bottom .dsl-tab svg{width:22px;height:22px}
.dsl-tabs--bottom .dsl-tab.is-active{color:var(--primary-text);font-weight:600}
.dsl-tab-anchor{position:relative;display:inline-flex}
.dsl-tab-badge{position:absolute;top:-6px;inset-inline-start:calc(100% - 3px);display:inline-flex;align-items:center;justify-content:center;min-width:16px;height:16px;padding:0 4px;box-sizing:border-box;border-radius:var(--radius-full);background:var(--danger-solid);color:#fff;box-shadow:0 0 0 2px var(--surface);font-size:10px;font-weight:700;line-height:1;font-variant-numeric:tabular-nums;white-space:nowrap}
.dsl-tab-anchor.is-text>.dsl-tab-badge{top:-8px;inset-inline-start:calc(100% + 1px)}
.dsl-nav-count{display:inline-flex;align-items:center;justify-content:center;min-width:20px;height:20px;padding:0 6px;border-radius:var(--radius-full);background:var(--muted);color:var(--muted-foreground);font-size:11.5px;font-weight:600;font-variant-numeric:tabular-nums;box-sizing:border-box}
.dsl-tab.is-active .dsl-nav-count{background:var(--primary-solid);color:var(--primary-foreground)}

.dsl-breadcrumb ol{display:flex;align-items:center;flex-wrap:wrap;gap:6px;margin:0;padding:0;list-style:none;font-size:14px}
.dsl-crumb{display:inline-flex;align-items:center;gap:6px;color:var(--muted-foreground)}
.dsl-crumb.is-current{color:var(--foreground);font-weight:500}
.dsl-crumb-sep{display:inline-flex;align-items:center;color:var(--placeholder)}
[dir=rtl] .dsl-crumb-sep svg,[dir=rtl] .dsl-page-step svg{transform:scaleX(-1)}

.dsl-pagination{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px 16px;font-size:14px}
.dsl-pagination-summary{color:var(--muted-foreground);white-space:nowrap}
.dsl-pagination-pages{display:flex;flex-wrap:wrap;align-items:center;gap:4px;margin-inline-start:auto}
.dsl-page{display:inline-flex;align-items:center;justify-content:center;gap:4px;min-width:var(--control-h);height:var(--control-h);padding:0 calc(var(--control-h) / 2 - 8px);box-sizing:border-box;border-radius:var(--radius-sm);color:var(--foreground);font-weight:500;font-variant-numeric:tabular-nums}
.dsl-page.is-active{border:1px solid var(--border);background:var(--surface);box-shadow:var(--shadow-sm)}
.dsl-page-gap{color:var(--muted-foreground);min-width:24px;padding:0}
.dsl-page-step{padding:0 calc(var(--control-h) / 2 - 6px)}
.dsl-page.is-disabled{color:var(--placeholder)}

.dsl-menu{display:flex;flex-direction:column;width:fit-content;min-width:220px;max-width:100%;padding:5px;background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);box-shadow:var(--shadow-lg);font-size:14px;box-sizing:border-box}
.dsl-menu-title{padding:calc(var(--control-h) / 2 - 11px) calc(var(--control-h) / 2 - 9px) calc(var(--control-h) / 2 - 13px);font-size:12px;font-weight:600;color:var(--muted-foreground)}
.dsl-menu-item{display:flex;align-items:center;gap:10px;padding:calc(var(--control-h) / 2 - 11px) calc(var(--control-h) / 2 - 9px);border-radius:var(--radius-sm);color:var(--foreground);line-height:20px}
.dsl-menu-item.is-active{background:var(--muted)}
.dsl-menu-item.is-disabled{opacity:.45}
.dsl-menu-item.is-danger,.dsl-menu-item.is-danger .dsl-menu-icon{color:var(--danger)}
.dsl-menu-icon{display:inline-flex;color:var(--muted-foreground)}
.dsl-menu-label{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.dsl-menu-text{flex:1;display:flex;flex-direction:column;min-width:0}
.dsl-menu-desc{font-size:12.5px;color:var(--muted-foreground);line-height:17px}
.dsl-menu-kbd{margin-inline-start:auto;font-family:var(--font);font-size:12px;letter-spacing:.06em;color:var(--muted-foreground)}
.dsl-menu-sep{height:1px;margin:5px -5px;background:var(--border)}

.dsl-stepper ol{display:flex;margin:0;padding:0;list-style:none}
.dsl-step{display:flex;flex:1;min-width:0}
.dsl-step-head{display:flex;align-items:center}
.dsl-step-marker{flex:none;display:inline-flex;align-items:center;justify-content:center;width:32px;height:32px;box-sizing:border-box;border-radius:50%;font-size:13px;font-weight:600;border:2px solid var(--border);color:var(--muted-foreground);background:var(--surface)}
.dsl-step.is-done .dsl-step-marker{background:var(--primary-solid);border-color:var(--primary-solid);color:var(--primary-foreground)}
.dsl-step.is-current .dsl-step-marker{border-color:var(--primary);color:var(--primary-text);box-shadow:0 0 0 4px var(--primary-soft)}
.dsl-step-line{flex:1;background:var(--border)}
.dsl-step.is-done .dsl-step-line{background:var(--primary)}
.dsl-step-body{display:flex;flex-direction:column;gap:2px;min-width:0}
.dsl-step-label{font-size:14px;font-weight:500;color:var(--foreground)}
.dsl-step.is-upcoming .dsl-step-label{color:var(--muted-foreground)}
.dsl-step-desc{font-size:12.5px;color:var(--muted-foreground)}
/* Across, every step takes an equal share (a basis of 0: long labels take no more), its marker
   centred over its label; the line runs from this marker to the next one, a share further. */
.dsl-stepper--horizontal .dsl-step{flex:1 1 0;flex-direction:column;align-items:center;gap:10px;text-align:center}
.dsl-stepper--horizontal .dsl-step-head{position:relative;align-self:stretch;justify-content:center}
.dsl-stepper--horizontal .dsl-step-line{position:absolute;top:15px;height:2px;inset-inline-start:calc(50% + 24px);inset-inline-end:calc(24px - 50%)}
.dsl-stepper--horizontal .dsl-step-body{align-items:center;max-width:100%;box-sizing:border-box;padding:0 6px;overflow-wrap:break-word}
/* A label longer than its share wraps, at the soft hyphens its long words carry (hyphenation.py),
   broken anywhere only when a syllable still does not fit. */
.dsl-stepper--horizontal :is(.dsl-step-label,.dsl-step-desc){max-width:100%;overflow-wrap:anywhere}
.dsl-stepper--vertical ol{flex-direction:column}
.dsl-stepper--vertical .dsl-step{gap:14px}
.dsl-stepper--vertical .dsl-step-head{flex-direction:column;align-self:stretch}
.dsl-stepper--vertical .dsl-step-line{width:2px;min-height:22px;margin:6px 0}
.dsl-stepper--vertical .dsl-step-body{padding:5px 0 18px}
"""
