"""A chart too small for axes (a trend in a stat card): its marks alone, filling the box."""

from __future__ import annotations

from kernel.dsl.compiler.charts.bars import bar_layer
from kernel.dsl.compiler.charts.formatting import fmt_num
from kernel.dsl.compiler.charts.lines import line_layer
from kernel.dsl.compiler.charts.spec import ChartSpec
from kernel.dsl.compiler.charts.stacked_areas import stacked_area_frame, stacked_area_layer
from kernel.dsl.compiler.charts.stacked_bars import stacked_bar_layer
from kernel.dsl.compiler.charts.stacks import Stacking, stacked_frame
from kernel.dsl.compiler.charts.value_axis import Frame, value_frame

SPARKLINE_HEIGHT = 80.0
"""A chart less tall than this (a trend in a stat card, `layout: {height: 40}`) is a sparkline:
its marks fill the box, without axes, labels or legend, which would spill out of it."""
SPARKLINE_WIDTH = 140.0
"""The same for a chart whose given width is less than this."""
_SPARK_PAD = 3.0  # room for a line's stroke at the top and bottom of a sparkline


def sparkline(
    spec: ChartSpec, kind: str, width_hint: float, height: float, uid: str, stacking: Stacking | None = None
) -> str:
    """A chart too small for axes: its bars (stacked with `stacking`), or its line (and fill)
    fitted to the values' own range, or its stacked area's bands, filling the box; no
    gridlines, labels or legend."""
    plot_height = max(height - 2 * _SPARK_PAD, 8.0)
    if kind == "bar" and stacking is not None:
        segments, frame, _ = stacked_frame(spec, stacking, plot_height)
        layer = stacked_bar_layer(spec, segments, frame, max(width_hint, 60.0))
    elif kind == "bar":
        frame, _ = value_frame(spec, plot_height, include_zero=True)
        layer = bar_layer(spec, frame, max(width_hint, 60.0))
    elif kind == "area" and stacking is not None:
        bands, frame, _ = stacked_area_frame(spec, stacking, plot_height)
        fills, lines = stacked_area_layer(spec, bands, frame, uid, dots=False)
        layer = fills + lines
    else:
        values = [v for s in spec.series for v in s.values if v is not None]
        low, high = min(values), max(values)
        if high == low:
            low, high = low - 1, high + 1
        frame = Frame(height=plot_height, low=low, high=high)
        fills, lines = line_layer(spec, frame, area=kind == "area", uid=uid, dots=False)
        layer = fills + lines
    return (
        f'<div class="dsl-chart-spark" style="padding:{fmt_num(_SPARK_PAD)}px 0">'
        f'<svg xmlns="http://www.w3.org/2000/svg" class="dsl-chart-svg" width="100%" height="{fmt_num(plot_height)}"'
        f' overflow="visible" role="img">{layer}</svg></div>'
    )
