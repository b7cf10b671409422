"""The progress element: a bar or a ring filled to a value's share of its range."""

from __future__ import annotations

from kernel.dsl.compiler.colors import safe_color
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.stats import text_ems
from kernel.dsl.compiler.html import box, esc
from kernel.dsl.compiler.items import size_px
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.lengths import px_or_none
from kernel.dsl.model import Element
from kernel.dsl.progress_value import (
    may_be_fraction,
    small_value_reading,
    stated_percents,
    written_fraction,
    written_value,
)


def _tone_color(element: Element) -> str | None:
    if element.color:
        return safe_color(element.color)
    if element.variant in ("success", "warning", "danger", "info"):
        return f"var(--{element.variant})"
    return None


def _share(element: Element) -> float:
    """What share of its range a progress's value is, 1 for the whole range and more past it (a
    quota of 130 out of 100 is 1.3): `value` of `min`..`max` (0..100 by default). Without a
    `max` (nor a `min`), a value above 0 and at most 1 is a fraction (`0.65` fills 65 %, as
    `value: 65` does; `1` the whole bar) unless its `text` or `label` states it as a percentage
    and not as that fraction (`0.4` beside "338 (0.4%)" fills 0.4 %, `1` beside "1%" fills 1 %:
    `small_value_reading`), a value such as `"65%"` fills that share of the bar, and one such as
    `"780/1000"` that count out of its whole (as a rating reads "4/5")."""
    value = element.value
    number: float | None = None
    share: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    elif written := written_value(value):
        number, is_percent = written
        if is_percent:
            share = number / 100
    elif (fraction := written_fraction(value)) and fraction[1] > 0:
        return fraction[0] / fraction[1]
    if share is None and number is not None and _fraction_of_one(element, number):
        stated = stated_percents(element.text, element.label)
        share = number / 100 if small_value_reading(number, stated) == "percent" else number
    if share is not None:
        return share
    maximum = element.max if element.max and element.max > 0 else 100.0
    minimum = element.min or 0.0
    span = maximum - minimum if maximum > minimum else 1.0
    return ((number or 0.0) - minimum) / span


def _fraction_of_one(element: Element, number: float) -> bool:
    """Whether a progress's value may be a fraction of 1 (`0.65`, `1`) rather than a count out of
    100 (`0.65%`, `1%`): on the default range, above 0 and at most 1 (`may_be_fraction`)."""
    default_range = not (element.max and element.max > 0) and not element.min
    return default_range and may_be_fraction(number)


@renders("progress")
def render_progress(element: Element, ctx: RenderContext) -> str:
    """A bar (or `variant: circle` ring) filled to `value` of `max`, with `label` and the figure:
    the percentage, or the author's `text` in its place ("21.5°C", "9/24"). A bar without a
    `label` takes its `text` as the label. A value past the end (over quota) is labelled with
    its real percentage ("130%") and drawn full, in the warning tone unless it has its own."""
    share = _share(element)
    ratio = min(max(share, 0.0), 1.0)
    percent = f"{share * 100:.0f}%"
    color = _tone_color(element) or ("var(--warning)" if share > 1 else None)
    tone_style = f"--bar:{color};" if color else ""
    if element.variant in ("circle", "ring", "radial"):
        return _progress_ring(element, ratio, percent, color, ctx.typeface)
    if ctx.table_cell:
        return _cell_bar(element, ratio, percent, tone_style)
    head = ""
    caption = element.label or element.text
    if caption:
        figure = _bar_figure(element, caption, percent)
        head = f'<div class="dsl-progress-head"><span class="dsl-progress-label">{esc(caption)}</span>{figure}</div>'
    height = size_px(element, 8)
    track = (
        f'<div class="dsl-progress-track" style="height:{height:g}px">'
        f'<div class="dsl-progress-fill" style="{tone_style}width:{ratio * 100:.2f}%"></div></div>'
    )
    return box(element, head + track)


def _cell_bar(element: Element, ratio: float, percent: str, tone_style: str) -> str:
    """A bar in a table cell, its figure at its end on the bar's line, as the cell's value: the
    percentage, or the author's `text` in its place, after the `label` when there is one; a
    label that states a percentage ("58%") is the figure. A cell's bar showed no figure, and a
    `label` put a line above it that made its row taller than the others."""
    label, figure = element.label, element.text or percent
    if label and not element.text and "%" in label:
        figure, label = label, ""
    words = f'<span class="dsl-progress-label">{esc(label)}</span>' if label else ""
    track = (
        f'<div class="dsl-progress-track" style="height:{size_px(element, 8):g}px">'
        f'<div class="dsl-progress-fill" style="{tone_style}width:{ratio * 100:.2f}%"></div></div>'
    )
    end = (
        f'<span class="dsl-progress-end">{words}<span class="dsl-progress-value">{esc(figure)}</span></span>'
    )
    return box(element, track + end, classes="is-in-cell")


def _bar_figure(element: Element, caption: str, percent: str) -> str:
    """The figure at a bar's right end: its `text` beside a `label`, else the percentage, unless
    the caption already states one ("42% done" is not followed by it again)."""
    if element.label and element.text:
        return f'<span class="dsl-progress-value">{esc(element.text)}</span>'
    return "" if "%" in caption else f'<span class="dsl-progress-value">{esc(percent)}</span>'


def _progress_ring(
    element: Element, ratio: float, percent: str, color: str | None, typeface: Typeface
) -> str:
    """A ring filled to `ratio`, the percentage (or the author's `text`, sized by its width in the
    theme's `typeface`) in its centre, the `label` beside it."""
    size = size_px(element, 72) if element.size is not None else (_ring_side(element) or 72.0)
    stroke = max(size * 0.1, 3)
    radius = (size - stroke) / 2
    circumference = 2 * 3.141592653589793 * radius
    dash = f"{circumference * ratio:.2f} {circumference:.2f}"
    c = size / 2
    # An empty ring has no arc: a zero-length dash with round caps is still a dot at 12 o'clock.
    arc = (
        f'<circle class="dsl-ring-fill" cx="{c:g}" cy="{c:g}" r="{radius:.2f}" stroke-width="{stroke:.1f}"'
        f' stroke-dasharray="{dash}" transform="rotate(-90 {c:g} {c:g})"/>'
        if ratio > 0
        else ""
    )
    svg = (
        f'<svg width="{size:g}" height="{size:g}" viewBox="0 0 {size:g} {size:g}" aria-hidden="true">'
        f'<circle class="dsl-ring-track" cx="{c:g}" cy="{c:g}" r="{radius:.2f}" stroke-width="{stroke:.1f}"/>'
        f"{arc}</svg>"
    )
    font = max(size * 0.22, 10)
    if element.text:
        font = _ring_text_font(element.text, size - 2 * stroke, font, typeface)
        center = (
            f'<span class="dsl-ring-value is-text" style="font-size:{font:.1f}px">{esc(element.text)}</span>'
        )
    else:
        center = f'<span class="dsl-ring-value" style="font-size:{font:.1f}px">{percent}</span>'
    label = f'<span class="dsl-progress-label">{esc(element.label)}</span>' if element.label else ""
    return box(
        element,
        f'<span class="dsl-ring" style="width:{size:g}px;height:{size:g}px">{svg}{center}</span>{label}',
        classes="dsl-progress--circle",
        style={"--bar": color} if color else None,
    )


def _ring_side(element: Element) -> float | None:
    """How wide a ring without a `size` is drawn when its `layout` or `style` gives it a width or a
    height in px: the smaller of those given (a 200 x 200 box is a 200 px ring; it stayed 72)."""
    style = element.style or {}
    layout = element.layout
    given = [
        px_or_none(length)
        for length in (
            layout.width if layout else None,
            layout.height if layout else None,
            style.get("width"),
            style.get("height"),
        )
    ]
    sides = [side for side in given if side is not None and side > 0]
    return min(min(sides), 2000.0) if sides else None


RING_TEXT_WIDTH = 0.85
"""The share of a ring's hole that its centre text may take, across: clear of the ring."""
RING_TEXT_MIN = 9.0
"""The smallest font (px) of a ring's centre text."""


def _ring_text_font(text: str, hole: float, font: float, typeface: Typeface) -> float:
    """The font size of a ring's centre text: the percentage's `font`, smaller when the text's
    longest word in the theme's `typeface` would not fit across the hole (`9/24 lessons` breaks
    between its words)."""
    widest = max((text_ems(word, typeface) for word in text.split()), default=1.0)
    return max(min(font, hole * RING_TEXT_WIDTH / widest), RING_TEXT_MIN)


PROGRESS_CSS = """
.dsl-progress{display:flex;flex-direction:column;gap:8px;min-width:0;--track:color-mix(in srgb,var(--foreground) 15%,transparent)}
.dsl-progress-head{display:flex;justify-content:space-between;gap:12px;font-size:13.5px}
.dsl-progress-label{color:var(--foreground);font-weight:500}
.dsl-progress-value{color:var(--muted-foreground);font-variant-numeric:tabular-nums}
.dsl-progress-track{width:100%;border-radius:var(--radius-pill);background:var(--track);overflow:hidden}
/* A bar in a table cell (`_cell_bar`): one line, its figure in the cell's text colour at its
   end, as wide as "100%" at least, so that the bars of a column end together. */
.dsl-progress.is-in-cell{flex-direction:row;align-items:center;gap:10px}
.dsl-progress.is-in-cell>.dsl-progress-track{flex:1 1 auto;min-width:32px}
.dsl-progress-end{flex:none;display:inline-flex;gap:6px;justify-content:flex-end;min-width:2.6em;white-space:nowrap}
.dsl-progress-end>.dsl-progress-value{color:inherit}
.dsl-progress-end>.dsl-progress-label{color:var(--muted-foreground);font-weight:400}
.dsl-progress-fill{height:100%;border-radius:inherit;background:var(--bar,var(--primary-indicator))}
.dsl-progress--circle{flex-direction:row;flex-wrap:wrap;align-items:center;align-content:center;justify-content:center;gap:8px 14px;width:fit-content;max-width:100%}
/* Rings side by side share their row in equal slots, each centred in its own: evenly spread
   whether their labels sit beside them or under them (a slot shrunk from its one-line width
   kept the room of its label's line, so the gaps followed the labels' lengths). A ring's label
   wrapped under it stays under it in a stretched row (align-content, above): the two lines were
   spread over the row's height. (A card whose content runs in a row is a dsl-hflow too, its
   head beside the rings.) */
.dsl-hflow:not(:has(>:not(.dsl-progress--circle,.dsl-card-head)))>.dsl-progress--circle{flex:1 1 0%;width:auto}
/* Two rings or more side by side put every label under its ring: each slot decided alone, a row
   of five drew "Aggression" under its ring and "Vision" beside its own. */
.dsl-hflow:not(:has(>:not(.dsl-progress--circle,.dsl-card-head))):has(>.dsl-progress--circle~.dsl-progress--circle)>.dsl-progress--circle{flex-direction:column;flex-wrap:nowrap}
/* A ring given a width (or height) of its own is drawn that big (`_ring_side`) and keeps it: an
   equal slot narrower than the ring let its neighbour's ring overlap it. */
.dsl-hflow>.dsl-progress--circle:is(.has-width,.has-height){flex:none}
.dsl-progress--circle>.dsl-progress-label{min-width:0;text-align:center;overflow-wrap:anywhere}
.dsl-ring{position:relative;display:inline-flex;flex:none}
.dsl-ring svg{display:block}
.dsl-ring-track{fill:none;stroke:var(--track)}
.dsl-ring-fill{fill:none;stroke:var(--bar,var(--primary-indicator));stroke-linecap:round}
.dsl-ring-value{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;font-weight:650;color:var(--foreground);font-variant-numeric:tabular-nums}
.dsl-ring-value.is-text{padding:0 12%;text-align:center;line-height:1.1;overflow-wrap:anywhere}
"""
"""The progress bar's and ring's rules."""
