"""The legend of a pie: how many slices it has rows for beside the pie, and where it goes
under the pie instead, with the keys that fit there (container queries)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from kernel.dsl.compiler.charts.colours import SERIES_COLORS
from kernel.dsl.compiler.charts.formatting import fmt_num
from kernel.dsl.compiler.charts.x_axis import text_px
from kernel.dsl.compiler.html import esc
from kernel.dsl.compiler.typefaces import Typeface

_LEGEND_ROW = 20.0
_LEGEND_GAP = 10.0
"""The height of a row of the legend beside a pie, and the gap between rows (the defaults of
`--legend-line` and `--legend-gap` in CHART_CSS)."""


LEGEND_ROW_PITCH = _LEGEND_ROW + _LEGEND_GAP
"""The px each more row of the legend beside a pie takes."""


def legend_room(size: float) -> int:
    """How many slices a pie `size` px tall shows: as many as its legend beside it has rows
    for, and no more than there are distinct colours."""
    rows = int((size + _LEGEND_GAP) // (_LEGEND_ROW + _LEGEND_GAP))
    return min(rows, len(SERIES_COLORS))


PIE_GAP = 24.0
_PIE_MIN_BESIDE = 120.0
_LEGEND_MIN_BESIDE = 150.0
"""Beside a pie the legend may narrow to this (px, its names ending in an ellipsis) before it
goes below the pie."""
_FOLD_STEP = 20
_FOLD_WIDTHS = range(160, 301, _FOLD_STEP)


def column_legend_width(entries: Sequence[tuple[str, str, str]], typeface: Typeface) -> float:
    """Estimated width of the pie's column legend: swatch, longest name, share (13px text)."""
    return max((_key_width(entry, 13.0, typeface) for entry in entries), default=0.0)


def _key_width(entry: tuple[str, str, str], font: float, typeface: Typeface) -> float:
    """A legend key's width at `font` px in `typeface`: swatch, gap, name, and the bold share
    after a gap."""
    name, share, _ = entry
    share_px = 10 + text_px(share, font, typeface) * 1.08 if share else 0.0
    return 17 + text_px(name, font, typeface) + share_px


def pie_fold_width(size: float, legend_width: float) -> int:
    """Below this container width the legend moves under the pie (a `dsl-fold-<n>` class).

    Beside it, the pie may shrink to `_PIE_MIN_BESIDE` (or its own size, if smaller) and the
    legend to `_LEGEND_MIN_BESIDE`; the width is rounded up to a step of the stylesheet's
    container queries.
    """
    needed = min(size, _PIE_MIN_BESIDE) + PIE_GAP + min(legend_width, _LEGEND_MIN_BESIDE)
    steps = math.ceil(needed / _FOLD_STEP) * _FOLD_STEP
    return min(max(steps, _FOLD_WIDTHS.start), _FOLD_WIDTHS[-1])


_FOLD_ROW = 18.0
_FOLD_ROW_GAP = 2.0
_FOLD_KEY_GAP = 14.0
_FOLD_PIE_GAP = 12.0
_FOLD_PIE_MIN = 88.0
_FOLD_FONT = 12.5
"""A legend under its pie: row height, gaps, the pie's least height and the font (px); the
values of the `dsl-fold-<n>` rules in PIE_FOLD_CSS."""
_FOLD_MARGIN = 1.06  # key widths are estimated: a little more, so that a row is never cut
_LEGEND_STEPS = range(100, _FOLD_WIDTHS[-1] + 1, _FOLD_STEP)
"""Container widths (px) at which a legend under its pie may show fewer keys."""
_LEGEND_MOST_KEYS = len(SERIES_COLORS)  # `legend_room`


@dataclass(frozen=True, slots=True)
class _Folded:
    """A legend's keys under its pie, as classes for the container queries of LEGEND_FOLD_CSS."""

    classes: str
    more: str
    """The "+N more" keys, each shown at the widths where that many keys are hidden."""
    pie_min: float
    """The least height (px) left to the pie above its legend."""


def folded_legend(
    entries: Sequence[tuple[str, str, str]],
    size: float,
    fold: int,
    more_label: str,
    typeface: Typeface,
    *,
    every_key: bool = False,
) -> _Folded:
    """Which keys a legend under a pie `size` px tall shows, at each container width below `fold`
    (all of them, in as many rows as they take, with `every_key`: the chart grows to hold them).

    The keys flow in rows from one left edge, whole names first; the pie keeps at least
    `pie_min` px and the legend the rows left, which are never cut: when the keys do not all
    fit, the last key says how many are left out ("+3 more"). Where the rows fall is estimated
    here for each step of `_LEGEND_STEPS`, and set by classes: below w px, `dsl-lk<k>-<w>`
    shows the first k keys and `dsl-l1-<w>` stacks them in one centred column (where each has
    a row to itself anyway); `dsl-lt-<w>` and `dsl-ge-<w>` bound the widths where a "+N more"
    shows."""
    count = len(entries)
    pie_min = min(max(_FOLD_PIE_MIN, size * 0.4), size - _FOLD_PIE_GAP - _FOLD_ROW)
    rows = max(1, int((size - _FOLD_PIE_GAP - pie_min + _FOLD_ROW_GAP) // (_FOLD_ROW + _FOLD_ROW_GAP)))
    if every_key:
        rows = count
    widths = [_key_width(entry, _FOLD_FONT, typeface) * _FOLD_MARGIN for entry in entries]
    states: list[tuple[int, int, int]] = []  # (from, below, keys shown), widths in px
    start = 0
    for below in (step for step in _LEGEND_STEPS if step <= fold):
        states.append((start, below, _keys_that_fit(widths, rows, max(start, 80), more_label, typeface)))
        start = below
    # a rule for a wider step holds below it too: a narrower step never shows more keys
    for index in range(len(states) - 2, -1, -1):
        start, below, shown = states[index]
        states[index] = (start, below, min(shown, states[index + 1][2]))
    classes = [f"dsl-lk{shown}-{below}" for _, below, shown in states if shown < count]
    # where every key has a row to itself, the legend is one column as wide as its widest key,
    # centred under the pie (rows from the container's left edge looked off-centre)
    column_below = 0
    for start, below, shown in states:
        more_width = _more_width(more_label, count - shown, typeface) if shown < count else None
        keys = [*widths[:shown], *([more_width] if more_width else [])]
        if _rows(keys, max(start, 80)) < len(keys):
            break
        column_below = below
    if column_below:
        classes.append(f"dsl-l1-{column_below}")
    more = []
    for hidden in sorted({count - shown for _, _, shown in states if shown < count}):
        spans = [(start, below) for start, below, shown in states if count - shown == hidden]
        bounds = ([f"dsl-lt-{spans[0][0]}"] if spans[0][0] else []) + [f"dsl-ge-{spans[-1][1]}"]
        text = more_label.format(count=hidden)
        more.append(f'<span class="dsl-chart-more {" ".join(bounds)}">{esc(text)}</span>')
    return _Folded(" ".join(classes), "".join(more), pie_min)


def _keys_that_fit(
    widths: Sequence[float], rows: int, width: float, more_label: str, typeface: Typeface
) -> int:
    """How many keys (of `widths` px) fit in `rows` rows `width` px wide, with a "+N more" key
    after them when some are left out."""
    if _rows(widths, width) <= rows:
        return len(widths)
    for shown in range(len(widths) - 1, -1, -1):
        if _rows([*widths[:shown], _more_width(more_label, len(widths) - shown, typeface)], width) <= rows:
            return shown
    return 0


def _more_width(more_label: str, hidden: int, typeface: Typeface) -> float:
    """The width (px) of the "+N more" key under a pie, its text indented like the names."""
    return text_px(more_label.format(count=hidden), _FOLD_FONT, typeface) * _FOLD_MARGIN + 17


def _rows(widths: Sequence[float], width: float) -> int:
    """The rows keys of `widths` px take, flowing in a line `width` px wide."""
    rows, line = 1, 0.0
    for key in widths:
        key = min(key, width)
        if line and line + _FOLD_KEY_GAP + key > width:
            rows, line = rows + 1, key
        else:
            line = line + _FOLD_KEY_GAP + key if line else key
    return rows


LEGEND_FOLD_CSS = "".join(
    f"@container (width < {w}px){{.dsl-lk{k}-{w}>.dsl-chart-key:nth-child(n+{k + 1}){{display:none}}}}"
    for w in _LEGEND_STEPS
    for k in range(_LEGEND_MOST_KEYS)
) + "".join(
    f"@container (width < {w}px){{.dsl-chart-more.dsl-lt-{w}{{display:none}}}}"
    f"@container (width >= {w}px){{.dsl-chart-more.dsl-ge-{w}{{display:none}}}}"
    f"@container (width < {w}px){{.dsl-l1-{w}{{--legend-dir:column;--legend-wrap:nowrap}}}}"
    for w in _LEGEND_STEPS
)
"""The container queries behind `folded_legend`'s classes."""


PIE_FOLD_CSS = "".join(
    f"@container (width < {width}px){{.dsl-fold-{width}{{--pie-dir:column;--pie-gap:{fmt_num(_FOLD_PIE_GAP)}px;"
    "--pie-flex:1 1 0;--pie-min-h:var(--pie-fold-min);--pie-min-w:0px;--legend-flex:0 1 auto;"
    "--legend-dir:row;--legend-wrap:wrap;--legend-justify:flex-start;"
    f"--legend-max:100%;--legend-gap:{fmt_num(_FOLD_ROW_GAP)}px {fmt_num(_FOLD_KEY_GAP)}px;"
    f"--legend-size:{fmt_num(_FOLD_FONT)}px;--legend-line:{fmt_num(_FOLD_ROW)}px}}}}"
    for width in _FOLD_WIDTHS
)
"""Too narrow for the legend beside the pie: it goes below, and the pie shrinks to the rest (a
pie that grows, `is-growing`, down to its least height, the chart then growing: PIE_GROWING_CSS)."""

GROWING_CLASS = "is-growing"

PIE_GROWING_CSS = "".join(
    f"@container (width < {width}px){{.dsl-fold-{width}.{GROWING_CLASS}{{height:auto;min-height:var(--pie-h)}}}}"
    for width in _FOLD_WIDTHS
)
"""The legend under a pie that grows: its rows take the height the pie can give (down to
`--pie-fold-min`), then the chart grows past `--pie-h` to hold the rest."""
