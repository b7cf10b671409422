"""Stats side by side (in a grid, or a row of stats) line up their figures when a label wraps."""

from __future__ import annotations

ONE_SIZE = (
    ":not(:has(>.dsl-stat.is-sm):has(>.dsl-stat:not(.is-sm)))"
    ":not(:has(>.dsl-stat.is-lg):has(>.dsl-stat:not(.is-lg)))"
)
"""A box whose stats are all of one `size`: figures of different sizes have no line to share."""

STAT_GRID = (
    ".dsl-grid:not([style*=align-items],[style*=grid-template-rows]):has(>.dsl-stat)"
    f":not(:has(>.dsl-field>.dsl-field-label)){ONE_SIZE}"
)
"""A grid holding stats of one size, whose rows and alignment the author left to the theme and
that lines up no labelled fields (those lay their own two tracks a row, see `forms`)."""

STAT_ROW = (
    ":is(.dsl-row,.dsl-flex).dsl-hflow:not(.is-spread,.has-flexed-child,.is-wrapping)"
    ":not([style*=align-items],[style*=flex-wrap],[style*=display])"
    f":has(>.dsl-stat):not(:has(>:not(.dsl-stat:not(.has-width)))){ONE_SIZE}"
)
"""A row of stats and nothing else, none given a width, that shares its width out equally (see
the stat's CSS): the same as a grid of equal columns, drawn as one so its stats line up."""

TRACKS = "minmax(min-content,0px) minmax(min-content,0px) auto"
"""The three tracks of a row of stats: the labels', the figures' and the rest's. The first two
are as tall as their tallest item and never taller (minmax(min-content, 0px): the room a taller
neighbour needs goes to the third), so one-line labels lay the stats out exactly as before."""

STAT_LINES_CSS = f"""
/* Stats side by side line up their figures when a label wraps to two lines, as labelled fields
   do: each row of the grid is three tracks (see TRACKS) and a stat lays its head, figure and foot
   on them (a subgrid, its own gap between them); a figure with no foot under it takes the last
   two, so the stat's padding stays under it. The rest of the grid spans the three tracks. A row
   of stats alone is drawn as a grid of equal columns, the share each had. */
{STAT_ROW}{{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(0,1fr);grid-template-rows:{TRACKS}}}
{STAT_GRID}{{grid-auto-rows:{TRACKS}}}
{STAT_GRID}>:not(.dsl-abs-layer),{STAT_ROW}>.dsl-stat{{grid-row-end:span 3}}
:is({STAT_GRID},{STAT_ROW})>.dsl-stat{{display:grid;grid-template-rows:subgrid;grid-template-columns:minmax(0,1fr);align-content:start}}
:is({STAT_GRID},{STAT_ROW})>.dsl-stat>*{{grid-column:1;align-self:start}}
:is({STAT_GRID},{STAT_ROW})>.dsl-stat>.dsl-stat-head{{grid-row:1}}
:is({STAT_GRID},{STAT_ROW})>.dsl-stat>.dsl-stat-value{{grid-row:2}}
:is({STAT_GRID},{STAT_ROW})>.dsl-stat>.dsl-stat-value:last-child{{grid-row:2/span 2}}
:is({STAT_GRID},{STAT_ROW})>.dsl-stat>.dsl-stat-foot{{grid-row:3}}
/* The stats of a row are drawn alike (`stat_rows`: the row's variables): every figure at the size
   the widest needs, every change figure at the size the widest change needs, and the icons all
   kept or all gone: a stat keeps its icon's tile only while the row's longest label word fits
   beside it (the slot is the tile or nothing; an empty slot hides its icon). */
:is({STAT_GRID},{STAT_ROW})[style*="--row-ems"]>.dsl-stat>.dsl-stat-value>span{{font-size:clamp(.5em,100cqi / var(--row-ems),1em)}}
:is({STAT_GRID},{STAT_ROW})[style*="--row-word"]>.dsl-stat>.dsl-stat-head>.dsl-stat-icon-slot{{flex:none;width:clamp(0px,(100% - var(--row-word) - var(--tile) - 8px) * 999,var(--tile) + 8px)}}
:is({STAT_GRID},{STAT_ROW})[style*="--row-change-ems"]>.dsl-stat>.dsl-stat-foot>.dsl-stat-change{{--pill-ems:var(--row-change-ems)}}
"""
"""The rules (see the comment in them); the data elements' one sheet (`elements.data_sheet`) includes them."""
