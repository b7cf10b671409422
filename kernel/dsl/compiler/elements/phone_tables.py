"""A table on a phone-wide screen: drawn tighter so that its columns fit, else scrolled sideways.

A phone (a screen narrower than `NARROW_CANVAS_WIDTH`, as rows judge it) had tables of four
ordinary columns (Customer name, Email, Amount, Status) cut through their third column at the
screen's edge, nothing in the picture saying that the table went on. A phone's table is drawn as
a mobile designer draws one: headers may wrap between their words, an address or a path breaks
at its joints (`table_cells.PHONE_TOKEN_CHARS`) while figures, dates and badges stay whole, and
a table of `CROWDED_COLUMNS` or more columns at the default size sets its text a step smaller,
as `size: sm` does. What still does not fit scrolls sideways as a phone's scroller does: its
end (the left in right to left) fades out as a `wrap: false` row's does, and the render tells
the author with a note (`measured.tabs_and_tables`, `table_scrolls`).
"""

from __future__ import annotations

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.narrow_rows import NARROW_CANVAS_WIDTH

PHONE_CLASS = "is-on-phone"
"""A table on a phone-wide screen: its headers may wrap, and it fades out where it is cut."""
CROWDED_CLASS = "is-crowded"
"""A phone's table of `CROWDED_COLUMNS` or more columns: its text a step smaller (as `sm`'s)."""
CROWDED_COLUMNS = 4
"""From this many columns (a selectable table's checkboxes count) a phone's table is crowded: the
existing compact paddings start there too (`TABLE_CSS`'s `--cell-x` under 420 px)."""


def on_phone(ctx: RenderContext) -> bool:
    """Whether the screen is a phone's: narrower than `NARROW_CANVAS_WIDTH`, as rows judge it."""
    return ctx.viewport.screen_width < NARROW_CANVAS_WIDTH


PHONE_TABLE_CSS = f"""
/* A phone's table: a header wraps between its words rather than widen its column (a column of
   figures or badges under "Customer name" kept on one line had no room); a column as wide as its
   content (an index, an actions column) keeps its header on one line. */
.dsl-table.{PHONE_CLASS} th:not(.is-fit,.dsl-table-select){{white-space:normal}}
/* Four columns or more at the default size: text a step smaller, headers too, and the badges of
   a status column as small as a compact table's. */
.dsl-table.{CROWDED_CLASS}:not(.is-sm,.is-lg,.has-font-size) table{{font-size:calc(13em / 14)}}
.dsl-table.{CROWDED_CLASS}:not(.is-sm,.is-lg,.has-font-size) th{{font-size:calc(12em / 13)}}
.dsl-table.{CROWDED_CLASS}:not(.is-sm,.is-lg) .dsl-pill{{height:20px;padding:0 7px;gap:4px;font-size:11px;vertical-align:middle}}
.dsl-table.{CROWDED_CLASS}:not(.is-sm,.is-lg) .dsl-pill i{{width:5px;height:5px}}
/* Columns that still do not fit scroll sideways: the table's end fades out over the last
   --scroller-fade px (24 px), as a `wrap: false` row's does, so the cut reads as "scroll for
   more" (at the left in right to left). The fade runs on the table's own scroll timeline, which
   exists only while its columns overflow it: a table that fits draws none. The frame around it
   stays whole. */
.dsl-table.{PHONE_CLASS} .dsl-table-scroll{{animation:dsl-table-more linear both;animation-timeline:scroll(self inline)}}
.dsl-table.{PHONE_CLASS} .dsl-table-scroll:dir(rtl){{animation-name:dsl-table-more-rtl}}
@keyframes dsl-table-more{{from,to{{mask-image:linear-gradient(to left,transparent,#000 var(--scroller-fade,24px))}}}}
@keyframes dsl-table-more-rtl{{from,to{{mask-image:linear-gradient(to right,transparent,#000 var(--scroller-fade,24px))}}}}
"""
"""The rules of a phone's table (`PHONE_CLASS`, `CROWDED_CLASS`), after the table's own."""
