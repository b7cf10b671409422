"""The chart markup's stylesheet, with the container queries that fold a pie's legend."""

from __future__ import annotations

from kernel.dsl.compiler.charts.across import ACROSS_CSS
from kernel.dsl.compiler.charts.pie_legend import LEGEND_FOLD_CSS, PIE_FOLD_CSS, PIE_GROWING_CSS
from kernel.dsl.compiler.charts.reference_labels import REFERENCE_LABELS_CSS
from kernel.dsl.compiler.charts.reference_lines import REFERENCE_LINES_CSS
from kernel.dsl.compiler.charts.value_labels import VALUE_LABEL_CSS

CHART_CSS = """
.dsl-chart-body{min-width:0}
.dsl-chart-plot{position:relative;box-sizing:border-box}
.dsl-chart-sizer{display:block}
.dsl-chart-frame{position:absolute;inset:0;container-type:inline-size}
.dsl-chart-inner{display:flex;flex-direction:column;height:100%;box-sizing:border-box;padding-top:8px}
.dsl-chart-canvas{position:relative;flex:1 1 0;min-height:0}
.dsl-chart-svg{display:block;overflow:visible}
.dsl-chart-y{position:absolute;right:calc(100% + 10px);transform:translateY(-50%);font-size:11.5px;line-height:14px;color:var(--muted-foreground);font-variant-numeric:tabular-nums;white-space:nowrap}
.dsl-chart-xs{display:flex;flex:none;padding:8px 0 4px;direction:ltr}
.dsl-chart-xs.is-empty{height:14px}
.dsl-chart-xc{flex:1 1 0;min-width:0;display:flex;justify-content:center}
.dsl-chart-x{flex:none;font-size:11.5px;line-height:14px;color:var(--muted-foreground);font-variant-numeric:tabular-nums;text-align:center;white-space:nowrap}
.dsl-chart-xt{display:block;direction:ltr;unicode-bidi:plaintext}
.dsl-chart-xs.is-categories .dsl-chart-x{white-space:normal;max-width:calc(100% - 8px);text-wrap:balance}
.dsl-chart.has-height>.dsl-chart-body:is(.is-bar,.is-line,.is-area):not(.is-spark){flex:1 1 auto;min-height:0;display:flex;flex-direction:column}
.dsl-chart.has-height>.dsl-chart-body>.dsl-chart-plot{flex:0 1 auto;min-height:60px}
.dsl-chart.has-height>.dsl-chart-body>.dsl-chart-legend{flex:none}
/* A chart stretched by its row (`align: stretch`) with no height of its own: its plot grows from
   its own height into the box's (the box grew, the plot stayed 240 px over an empty strip). */
.dsl-hflow[style*="align-items:stretch"]>.dsl-chart:not(.has-height)>.dsl-chart-body:is(.is-bar,.is-line,.is-area):not(.is-spark){flex:1 1 auto;display:flex;flex-direction:column}
.dsl-hflow[style*="align-items:stretch"]>.dsl-chart:not(.has-height)>.dsl-chart-body>.dsl-chart-plot{flex:1 0 auto}
.dsl-hflow[style*="align-items:stretch"]>.dsl-chart:not(.has-height)>.dsl-chart-body>.dsl-chart-legend{flex:none}
.dsl-chart-gridline{stroke:color-mix(in srgb,var(--foreground) 12%,transparent);stroke-width:1;shape-rendering:crispEdges}
.dsl-chart-gridline.dsl-chart-zero{stroke:var(--muted-foreground);stroke-opacity:.55}
.dsl-chart-line{fill:none;stroke-width:2.25;stroke-linecap:round;stroke-linejoin:round}
.dsl-chart-dot{fill:var(--surface);stroke-width:2}
.dsl-chart-body.is-pie,.dsl-chart-body.is-donut{container-type:inline-size}
.dsl-chart-pie{display:flex;flex-direction:var(--pie-dir,row);align-items:center;justify-content:center;gap:var(--pie-gap,24px);height:var(--pie-h)}
.dsl-chart-pie-figure{position:relative;container-type:inline-size;flex:var(--pie-flex,0 1 var(--pie-h));min-width:var(--pie-min-w,min(var(--pie-h),120px));min-height:var(--pie-min-h,0);max-width:100%;max-height:100%;aspect-ratio:1/1}
.dsl-chart-pie-figure svg{width:100%;height:100%}
.dsl-chart-center{position:absolute;inset:0;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:2px;font-size:12px;color:var(--muted-foreground)}
.dsl-chart-center span{max-width:48%;overflow:hidden;text-overflow:ellipsis;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;text-wrap:balance;text-align:center;line-height:1.25;font-size:var(--caption-size,12px)}
.dsl-chart-center.is-caption span{font-size:var(--caption-size,14px);font-weight:600;color:var(--foreground)}
.dsl-chart-center b{font-size:var(--center-size,24px);font-weight:700;letter-spacing:-.02em;color:var(--foreground);line-height:1.1}
.dsl-chart-pie .dsl-chart-legend{flex-direction:var(--legend-dir,column);flex-wrap:var(--legend-wrap,nowrap);justify-content:var(--legend-justify,safe center);align-items:stretch;align-content:flex-start;flex:var(--legend-flex,0 0 auto);min-width:0;min-height:0;max-height:100%;overflow:hidden;max-width:var(--legend-max,calc(100% - min(var(--pie-h),120px) - 24px));margin:0;gap:var(--legend-gap,10px);font-size:var(--legend-size,13px);line-height:var(--legend-line,20px)}
.dsl-chart-pie .dsl-chart-key{justify-content:space-between;gap:10px;min-width:0}
.dsl-chart-pie .dsl-chart-key>span{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis}
.dsl-chart-more{display:block;padding-inline-start:17px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;color:var(--muted-foreground)}
.dsl-chart-empty{display:flex;align-items:center;justify-content:center;border:1.5px dashed var(--border);border-radius:var(--radius);color:var(--muted-foreground);font-size:13px;box-sizing:border-box;overflow:hidden}
.dsl-chart-legend{display:flex;flex-wrap:wrap;gap:6px 18px;justify-content:center;margin-top:12px;font-size:12.5px;color:var(--muted-foreground)}
.dsl-chart-key{display:inline-flex;align-items:center;gap:7px;white-space:nowrap}
.dsl-chart-key i{width:10px;height:10px;border-radius:3px;display:inline-block;flex:none}
.dsl-chart-legend.is-lines .dsl-chart-key i{width:18px;height:3px;border-radius:0}
.dsl-chart-key b{color:var(--foreground);font-weight:600;font-variant-numeric:tabular-nums}
"""


CHART_CSS += (
    PIE_FOLD_CSS
    + PIE_GROWING_CSS
    + LEGEND_FOLD_CSS
    + REFERENCE_LINES_CSS
    + REFERENCE_LABELS_CSS
    + "\n"
    + ACROSS_CSS
    + "\n"
    + VALUE_LABEL_CSS
    + "\n"
)
"""Styles for the chart markup; the data elements module includes it in its CSS."""
