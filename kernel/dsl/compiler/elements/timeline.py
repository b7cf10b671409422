"""The timeline: dated events on a vertical line (activity feeds, order tracking, changelogs)."""

from __future__ import annotations

from kernel.dsl.compiler.colors import safe_color
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.html import box, esc
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.items import entries, item_label
from kernel.dsl.compiler.registry import renders
from kernel.dsl.model import Element, Item

TONES = frozenset({"primary", "success", "warning", "danger", "info", "neutral"})


def _marker(item: Item) -> str:
    """An icon in a ring when the item has one, else a dot; `variant` gives its tone."""
    tone = item.variant if item.variant in TONES else ("primary" if item.active else "neutral")
    inner = icon_svg(item.icon, 14) if item.icon else ""
    kind = "has-icon" if item.icon else "is-dot"
    return f'<span class="dsl-timeline-marker {kind} dsl-tone-{tone}" aria-hidden="true">{inner}</span>'


@renders("timeline")
def render_timeline(element: Element, ctx: RenderContext) -> str:
    """Each item: a marker on the line, its `label`, the time (`value` or `badge`) and `description`."""
    rows = []
    for item in entries(element.items):
        when = item.value if item.value not in (None, "") else item.badge
        time = f'<span class="dsl-timeline-time">{esc(when)}</span>' if when not in (None, "") else ""
        desc = f'<p class="dsl-timeline-desc">{esc(item.description)}</p>' if item.description else ""
        state = " is-active" if item.active else ""
        rows.append(
            f'<li class="dsl-timeline-item{state}">{_marker(item)}<div class="dsl-timeline-body">'
            f'<div class="dsl-timeline-head"><span class="dsl-timeline-title">{esc(item_label(item))}</span>'
            f"{time}</div>{desc}</div></li>"
        )
    title = f'<h3 class="dsl-timeline-heading">{esc(element.title)}</h3>' if element.title else ""
    line = safe_color(element.color)
    style = {"--timeline-line": line} if line else None
    return box(element, f"{title}<ol>{''.join(rows)}</ol>", style=style)


CSS = """
.dsl-timeline{display:flex;flex-direction:column;gap:12px;min-width:0}
.dsl-timeline-heading{margin:0;font-size:16px;font-weight:600}
.dsl-timeline ol{list-style:none;margin:0;padding:0;display:flex;flex-direction:column}
.dsl-timeline-item{position:relative;display:flex;gap:14px;padding-bottom:calc(var(--gap) + 8px)}
.dsl-timeline-item:last-child{padding-bottom:0}
.dsl-timeline-item:not(:last-child)::before{content:"";position:absolute;inset-inline-start:13px;top:32px;bottom:4px;width:2px;border-radius:1px;background:var(--timeline-line,var(--border))}
.dsl-timeline-marker{position:relative;flex:none;display:inline-flex;align-items:center;justify-content:center;width:28px;height:28px;border-radius:50%}
.dsl-timeline-marker.has-icon{background:var(--muted);color:var(--muted-foreground)}
.dsl-timeline-marker.is-dot::after{content:"";width:10px;height:10px;border-radius:50%;background:var(--muted-foreground)}
.dsl-timeline-marker.dsl-tone-primary.has-icon{background:var(--primary-soft);color:var(--primary-text)}
.dsl-timeline-marker.dsl-tone-primary.is-dot::after{background:var(--primary)}
.dsl-timeline-marker.dsl-tone-success.has-icon{background:var(--success-soft);color:var(--success)}
.dsl-timeline-marker.dsl-tone-success.is-dot::after{background:var(--success)}
.dsl-timeline-marker.dsl-tone-warning.has-icon{background:var(--warning-soft);color:var(--warning)}
.dsl-timeline-marker.dsl-tone-warning.is-dot::after{background:var(--warning)}
.dsl-timeline-marker.dsl-tone-danger.has-icon{background:var(--danger-soft);color:var(--danger)}
.dsl-timeline-marker.dsl-tone-danger.is-dot::after{background:var(--danger)}
.dsl-timeline-marker.dsl-tone-info.has-icon{background:var(--info-soft);color:var(--info)}
.dsl-timeline-marker.dsl-tone-info.is-dot::after{background:var(--info)}
.dsl-timeline-body{flex:1;min-width:0;padding-top:3px}
.dsl-timeline-head{display:flex;align-items:baseline;justify-content:space-between;gap:12px}
.dsl-timeline-title{font-size:14px;font-weight:600;color:var(--foreground)}
.dsl-timeline-time{flex:none;font-size:12px;color:var(--muted-foreground);font-variant-numeric:tabular-nums}
.dsl-timeline-desc{margin:4px 0 0;font-size:14px;line-height:1.5;color:var(--muted-foreground);white-space:pre-line}
"""
