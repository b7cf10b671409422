"""The accordion: a stack of collapsible sections, the open ones showing their text (FAQs, settings groups)."""

from __future__ import annotations

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.html import box, esc
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.items import entries, item_label
from kernel.dsl.compiler.registry import renders
from kernel.dsl.model import Element, Item


def _is_open(element: Element, index: int, item: Item) -> bool:
    """The items marked `active: true` when any item says `active` at all (`active: false` on
    each closes them all), else the one the accordion's `active` names (index or label; -1 for
    none), else the first."""
    if any("active" in entry.model_fields_set for entry in entries(element.items)):
        return item.active
    active = element.active
    if active is None:
        return index == 0
    if isinstance(active, int):
        return index == active
    return item_label(item) == active


def _answer(item: Item) -> str | None:
    """What an open item shows under its header: its `description`, else its `text` (an FAQ
    written `{label: Question?, text: Answer.}`); a `text` with no `label` is the header itself."""
    if item.description:
        return item.description
    return item.text if item.label else None


@renders("accordion")
def render_accordion(element: Element, ctx: RenderContext) -> str:
    """Each item a header row (`label`, optional `icon`, its `badge` as a count before the
    chevron, as settings groups show how many entries a section holds, and a chevron); an open
    item shows its `description` or `text` (or, for the first open item, the element's
    `children`) below. An
    item with nothing to show is drawn closed, whatever opens it: a questions-only FAQ is a list
    of closed questions, not a first one turned open over an empty body."""
    items = entries(element.items)
    children = ctx.render_children(element)
    rows = []
    body_used = False
    for index, item in enumerate(items):
        content = ""
        if _is_open(element, index, item):
            answer = _answer(item)
            content = f"<p>{esc(answer)}</p>" if answer else ""
            if children and not body_used:
                content += children
                body_used = True
        state = " is-open" if content else ""
        state += " is-disabled" if item.disabled else ""
        glyph = icon_svg(item.icon, 18) if item.icon else ""
        count = f'<span class="dsl-count">{esc(item.badge)}</span>' if item.badge not in (None, "") else ""
        head = (
            f'<div class="dsl-accordion-head">{glyph}<span class="dsl-accordion-title">'
            f'{esc(item_label(item))}</span>{count}<span class="dsl-accordion-chevron">'
            f"{icon_svg('chevron-down', 18)}</span></div>"
        )
        body = f'<div class="dsl-accordion-body">{content}</div>' if content else ""
        rows.append(f'<div class="dsl-accordion-item{state}">{head}{body}</div>')
    title = f'<h3 class="dsl-accordion-heading">{esc(element.title)}</h3>' if element.title else ""
    variant = " dsl-accordion--plain" if element.variant in ("plain", "flush", "ghost") else ""
    return box(element, title + "".join(rows), classes=variant.strip())


CSS = """
.dsl-accordion{display:flex;flex-direction:column;min-width:0;background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);overflow:hidden}
.dsl-accordion-heading{margin:0;padding:calc(var(--control-h) / 2 - 4px) calc(var(--control-h) / 2);font-size:16px;font-weight:600;border-bottom:1px solid var(--border)}
.dsl-accordion-item+.dsl-accordion-item{border-top:1px solid var(--border)}
.dsl-accordion-head{display:flex;align-items:center;gap:10px;padding:calc(var(--control-h) / 2 - 4px) calc(var(--control-h) / 2);font-size:15px;font-weight:500;color:var(--foreground)}
.dsl-accordion-head>svg{flex:none;color:var(--muted-foreground)}
.dsl-accordion-title{flex:1;min-width:0}
.dsl-accordion-chevron{display:inline-flex;flex:none;color:var(--muted-foreground)}
.dsl-accordion-head>.dsl-count{flex:none}
.dsl-accordion-item.is-open .dsl-accordion-chevron{transform:rotate(180deg)}
.dsl-accordion-item.is-disabled{opacity:var(--disabled-opacity)}
.dsl-accordion-body{display:flex;flex-direction:column;gap:12px;padding:0 calc(var(--control-h) / 2) calc(var(--control-h) / 2 - 2px);color:var(--muted-foreground);font-size:14px;line-height:1.6}
.dsl-accordion-body>p{margin:0;white-space:pre-line}
.dsl-accordion--plain{background:transparent;border:0;border-radius:0}
.dsl-accordion--plain .dsl-accordion-head,.dsl-accordion--plain .dsl-accordion-body{padding-inline:0}
/* Accordions side by side in a row share its width (each shrank to its titles' width). */
.dsl-hflow>.dsl-accordion:not(.has-width){flex:1 1 0%}
"""
