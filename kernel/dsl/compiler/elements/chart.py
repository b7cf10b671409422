"""The chart element: its box, title and height around the plot `compiler.charts.draw` draws."""

from __future__ import annotations

from kernel.dsl.compiler.charts.across import across_height
from kernel.dsl.compiler.charts.draw import chart_html, chart_stacking
from kernel.dsl.compiler.charts.sparkline import SPARKLINE_HEIGHT
from kernel.dsl.compiler.charts.spec import normalize
from kernel.dsl.compiler.charts.value_format import ValueFormat
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.html import box, esc
from kernel.dsl.compiler.items import size_px
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.styles import px
from kernel.dsl.compiler.ui_strings import ui_string
from kernel.dsl.model import AddOn, Element


def chart_header_height(element: Element) -> float:
    """The px a chart's `title` and `description` take above it."""
    return (38 if element.title else 0) + (20 if element.description else 0)


def chart_plot_height(element: Element) -> float:
    """The px a chart's plot (or pie and its legend) is tall: its `layout.height` less its title
    and description and a legend of series below it, else `size`, else 240 (a pie 200; a bar chart
    across a row per category, `across_height`)."""
    pie = (element.variant or "").lower() in ("pie", "donut", "doughnut", "ring")
    fixed_height = px(element.layout.height) if element.layout else None
    if fixed_height:
        legend_h = SERIES_LEGEND_HEIGHT if chart_series_legend(element) else 0.0
        return fixed_height - chart_header_height(element) - legend_h
    bars = (element.variant or "bar").lower() in ("bar", "bars", "column")
    if bars and element.orientation == "horizontal" and element.size is None:
        return across_height(*chart_rows(element))
    return size_px(element, 200.0 if pie else 240.0)


def chart_rows(element: Element) -> tuple[int, int]:
    """A chart's categories and the bars each draws side by side (a chart across of no set height
    grows with them): a bar per series, or one where the series stack into a bar."""
    spec = normalize(element.data)
    stacking = chart_stacking("bar", element.stacked, len(spec.series))
    return len(spec.labels), 1 if stacking else len(spec.series)


SERIES_LEGEND_HEIGHT = 34.0
"""The px the legend of several series takes under a bar, line or area chart."""


def chart_series_legend(element: Element) -> bool:
    """Whether a bar, line or area chart draws the legend of its several series: always, but in
    a box of set `layout.height` only when its plot keeps `SPARKLINE_HEIGHT` with the legend
    under it. A box less tall is a sparkline (no axes, no legend) only under `SPARKLINE_HEIGHT`,
    as one series' is; between the two the axes stay and the legend is left out (the validator
    warns: `chart_legend_dropped`)."""
    pie = (element.variant or "").lower() in ("pie", "donut", "doughnut", "ring")
    multi = bool(element.data and element.data.series and len(element.data.series) > 1)
    if pie or not multi:
        return False
    fixed_height = px(element.layout.height) if element.layout else None
    if not fixed_height:
        return True
    return fixed_height - chart_header_height(element) - SERIES_LEGEND_HEIGHT >= SPARKLINE_HEIGHT


@renders("chart")
def render_chart(element: Element, ctx: RenderContext) -> str:
    """A chart with optional `title`/`description`; its height follows `layout.height` or `size`
    (a pie's legend that goes under it adds its rows to a `size`, not to a `layout.height`).
    `label` captions a donut's total (default "Total") or, on a donut of shares, names the share
    shown in its centre; `placeholder` fills an empty chart; `stacked` stacks a bar chart's series;
    `format`, `prefix` and `suffix` write its figures (`chart_value_format`); `referenceLines`
    mark values across it."""
    layout = element.layout
    # A relative width ("50%") is only known to Chromium: the chart fills it, sized for the default.
    width = (px(layout.width) if layout else None) or 560.0
    height = chart_plot_height(element)
    header = ""
    if element.title or element.description:
        desc = f'<p class="dsl-chart-desc">{esc(element.description)}</p>' if element.description else ""
        header = f'<div class="dsl-chart-head"><h3>{esc(element.title or "")}</h3>{desc}</div>'
    body = chart_html(
        element.variant,
        element.data,
        width=width,
        height=height,
        uid=ctx.next_id("chart"),
        center_label=element.label,
        total_label=ui_string("chart_total", ctx.lang),
        other_label=ui_string("chart_other", ctx.lang),
        more_label=ui_string("calendar_more", ctx.lang),
        lang=ctx.lang,
        typeface=ctx.typeface,
        grows=not (element.layout and px(element.layout.height)),
        legend=chart_series_legend(element),
        stacked=element.stacked,
        value_format=chart_value_format(element, ctx.lang),
        reference_lines=element.referenceLines or (),
        orientation=element.orientation,
        value_labels=bool(element.valueLabels),
        empty_text=element.placeholder
        if element.placeholder is not None
        else ui_string("chart_empty", ctx.lang),
    )
    return box(element, header + body)


def chart_value_format(element: Element, lang: str | None) -> ValueFormat:
    """How `element` writes its figures: its `format`, and the words of its `prefix` and `suffix`
    around each (an add-on's icon is an input's: a chart draws its words alone)."""
    return ValueFormat(element.format, _words(element.prefix), _words(element.suffix), lang)


def _words(addon: str | AddOn | None) -> str:
    """The words of a `prefix` or `suffix`: as written, or an add-on object's `text`."""
    if isinstance(addon, AddOn):
        return str(addon.text or "")
    return "" if addon is None else str(addon)


CHART_BOX_CSS = """
.dsl-chart{display:flex;flex-direction:column;min-width:0}
.dsl-chart-head{margin-bottom:14px}
.dsl-chart-head h3{margin:0;font-size:15px;font-weight:600;color:var(--foreground)}
.dsl-chart-desc{margin:3px 0 0;font-size:13px;color:var(--muted-foreground)}
/* A chart has no width of its own: in a row, charts without a width share it (a `layout.height`
   alone made one keep its natural width, flex-shrink:0, and a donut's legend ran off the row) */
.dsl-hflow>.dsl-chart:not(.has-width):not([style*="flex:"],[style*="flex-grow"],[style*="flex-basis"]){flex:1 1 0%!important;min-width:0}
.dsl-hflow.is-wrapping>.dsl-chart:not(.has-width):not([style*="flex:"],[style*="flex-grow"],[style*="flex-basis"]){flex-basis:280px!important}
/* Beside cards (`grows-cards`) a chart starts from a card's frame, its padding and border, as each
   card does from its own: from 0 it came out 42 px narrower than the card it shared the row with */
.dsl-hflow.grows-cards:not(.is-wrapping,.stacks-panes)>.dsl-chart:not(.has-width):not([style*="flex:"],[style*="flex-grow"],[style*="flex-basis"]){flex-basis:calc(2 * var(--pad) + 2px)!important}
"""
"""The rules of a chart's box and head (`compiler.charts` has the plot's)."""
