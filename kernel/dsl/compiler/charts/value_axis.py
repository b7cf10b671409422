"""The value axis of a bar, line or area chart: nice ticks, the values' range on the plot's
height, the gridlines and their labels."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from kernel.dsl.compiler.charts.formatting import fmt_pct
from kernel.dsl.compiler.charts.spec import ChartSpec
from kernel.dsl.compiler.html import esc


def nice_ticks(low: float, high: float, count: int = 5, most: int | None = None) -> list[float]:
    """Round tick values (1, 2, 2.5, 5 x 10^n steps) covering [low, high], about `count` of them;
    an axis through zero may take up to `most` (by default two more than `count`) where a finer
    step wastes less of the plot (see `_hugging_step`)."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return [0.0, 1.0]
    if high < low:
        low, high = high, low
    if high == low:  # one value (or all alike): an axis from zero to it, as a bar of it gets
        low, high = min(low, 0.0), max(high, 0.0) if low else 1.0
    raw_step = (high - low) / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw_step)
    if low < 0 < high:
        finer = [m * magnitude for m in (0.5, 1, 2, 2.5, 5) if m * magnitude < step]
        step = _hugging_step(low, high, step, finer, count + 2, max(most or 0, count + 2))
    start = math.floor(low / step + 1e-9) * step
    stop = math.ceil(high / step - 1e-9) * step
    ticks: list[float] = []
    value = start
    while value <= stop + step * 1e-6 and len(ticks) < 50:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _hugging_step(
    low: float, high: float, step: float, finer: Sequence[float], fewest: int, most: int
) -> float:
    """A step for an axis through zero that wastes less room than `step`: ticks that cross zero
    fall on both sides of it, so a step fitted to the whole span pads the smaller side up to a
    whole step (-20M gets an axis down to -100M with steps of 100M). A `finer` nice step is
    taken when it covers less, the smallest span with at most `fewest` ticks; up to `most`
    where `step` leaves more than `MOST_WASTED` of the plot empty (a -40k dip under 510k got
    -200k..600k, a quarter of the plot empty below zero: -100k..600k in steps of 100k)."""

    def covered(candidate: float) -> tuple[float, int]:
        ticks = math.ceil(high / candidate - 1e-9) - math.floor(low / candidate + 1e-9) + 1
        return (ticks - 1) * candidate, ticks

    wasteful = 1 - (high - low) / covered(step)[0] > MOST_WASTED
    limit = most if wasteful else fewest
    fitting = [candidate for candidate in finer if covered(candidate)[1] <= limit]
    best = min([step, *fitting], key=covered)
    return best if covered(best)[0] < covered(step)[0] else step


MOST_WASTED = 0.2
"""The share of an axis through zero that may lie beyond its values before it takes more ticks
(as many as the plot has room for) for a finer step: -50M..150M over -20M..150M (15% empty)
keeps its five ticks, rather than eight of 25M with two decimals each."""


@dataclass(frozen=True, slots=True)
class Frame:
    """The plot's value range mapped onto its pixel height (x is in percent of the width)."""

    height: float
    low: float
    high: float

    def y(self, value: float) -> float:
        span = (self.high - self.low) or 1.0
        return self.height - (value - self.low) / span * self.height

    def pct(self, value: float) -> str:
        """Where `value` lies down the plot, in percent of its height (as SVG and CSS take it):
        the plot's height follows its box, which its labels and legend share (see `cartesian_plot`).
        It is the px `y` (to a hundredth) over the nominal height, so that a plot of that height
        puts its gridlines on the very device pixels it always did."""
        return fmt_pct(round(self.y(value), 2) / self.height * 100 if self.height else 0.0)


def value_frame(
    spec: ChartSpec, height: float, *, include_zero: bool, room: float | None = None
) -> tuple[Frame, list[float]]:
    """The frame and ticks of the values of every series of `spec` (see `frame_over`)."""
    return frame_over(
        [v for s in spec.series for v in s.values if v is not None],
        height,
        include_zero=include_zero,
        room=room,
    )


def frame_over(
    values: Sequence[float], height: float, *, include_zero: bool, room: float | None = None
) -> tuple[Frame, list[float]]:
    """Nice ticks over `values` (from zero where `include_zero`, or where they are not in a
    narrow band far from it) and the frame they span on a plot `height` px tall; a stacked bar
    chart gives its stacks' ends. An axis through zero takes as many ticks as the plot has room
    for (`GRIDLINE_ROOM` apart, 7 at least) where a finer step spends less of it on nothing.
    Given the px the plot is drawn in (`room`: less than `height` where the x labels turn), the
    axis takes no more ticks than fit in it `TICK_ROOM` apart (a coarser step, down to two)."""
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    if include_zero or not _far_from_zero(low, high):
        low, high = min(low, 0.0), max(high, 0.0)
    most = max(7, int(height // GRIDLINE_ROOM) + 1)
    ticks = nice_ticks(low, high, most=most)
    if room is not None:
        fits = max(2, int(room // TICK_ROOM) + 1)
        for count in range(4, 1, -1):
            if len(ticks) <= fits:
                break
            ticks = nice_ticks(low, high, count, most=min(most, fits))
    return Frame(height=height, low=ticks[0], high=ticks[-1]), ticks


TICK_ROOM = 18.0
"""The least px between two ticks of a value axis: their labels are 12 px tall, and closer ones
read as one block (six ticks in the 55 px a 140 px chart leaves its plot under turned names)."""


GRIDLINE_ROOM = 28.0
"""The least px between two gridlines of an axis through zero that takes more ticks to waste
less of its plot: two tick labels (12 px) with room between them."""


NARROW_SPREAD = 0.2
"""A line's or an area's values whose range is less than this share of their distance from zero
(uptime at 99.5-99.9%, a price at 66-68k, a portfolio at 220-252k) get an axis fitted to them
instead of one from zero, where they would lie flat in a thin band at the top. The distance is the
nearest value's, so the rule is the same whatever the values' size; 0.2 is the spreadsheets' rule
(the axis leaves zero when the smallest value is above 5/6 of the largest): 18-24 keeps zero."""


def _far_from_zero(low: float, high: float) -> bool:
    """Whether values between `low` and `high` sit in a narrow band, all on one side of zero:
    their range is small beside their distance from zero."""
    if low > 0:
        return high - low < NARROW_SPREAD * low
    if high < 0:
        return high - low < NARROW_SPREAD * -high
    return False


BETWEEN = "dsl-chart-between"
"""The class of every other tick (gridline and label), left out where the plot is too short."""


def gridlines(
    frame: Frame, ticks: Sequence[float], labels: Sequence[str], *, between: bool = False
) -> tuple[str, str]:
    """Horizontal gridlines (SVG) and their value labels (HTML, in the left gutter). With
    `between`, every other tick counted from zero (or the foot) is marked `BETWEEN`, for the
    chart's rules to leave out where the plot is short."""
    lines, spans = [], []
    kept = ticks.index(0) if 0 in ticks else 0
    for index, (tick, label) in enumerate(zip(ticks, labels, strict=True)):
        y = frame.pct(tick)
        zero = " dsl-chart-zero" if tick == 0 and frame.low < 0 else ""
        odd = f" {BETWEEN}" if between and (index - kept) % 2 else ""
        lines.append(f'<line class="dsl-chart-gridline{zero}{odd}" x1="0" x2="100%" y1="{y}" y2="{y}"/>')
        spans.append(f'<span class="dsl-chart-y{odd}" style="top:{y}">{esc(label)}</span>')
    return "".join(lines), "".join(spans)
