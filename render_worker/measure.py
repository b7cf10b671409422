"""What a render measures on the page once it is drawn: how large the content turned out, and
what of it the image leaves out (below the canvas, past its side, a table's last columns, the
end of a text cut with an ellipsis).

The page's own JavaScript is off; the measuring script (measure.js, beside this module) runs in
an isolated world (see PageSlot._evaluate), reads layout that the frame has already computed,
and walks the elements only when something is cut, so a page that fits pays for one small
evaluation (the texts that may end in an ellipsis are found by their class and given one size
read each).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any, Literal, cast, get_args

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.chart_density import DrawnBars, dense_chart_warnings
from kernel.dsl.chart_value_labels import left_out_value_warnings
from kernel.dsl.compiler.bidi import without_isolation_marks
from kernel.dsl.issue_caps import PATHS_KEPT
from kernel.dsl.measured.canvas_sides import Placement, Pusher, SideOverflow, StartOverflow
from kernel.dsl.measured.chart_labels import CutChartLabels
from kernel.dsl.measured.collect import measured_cut_warnings
from kernel.dsl.measured.column_widths import NarrowedColumn
from kernel.dsl.measured.folded_bars import FoldedBar, FoldedPart
from kernel.dsl.measured.hidden import Hidden, HiddenKind
from kernel.dsl.measured.hidden_pins import PlacedPin, hidden_pin_warnings
from kernel.dsl.measured.overflow import Clipped, Overflowing, Squeezed
from kernel.dsl.measured.tabs_and_tables import CutTable, CutTabs, WrappingColumn
from kernel.dsl.measured.tooltips import CutTooltip, TooltipSide
from kernel.dsl.measured.truncated_texts import CutText, TruncatedTexts, TruncatingRole
from kernel.errors import Issue, RenderError

MAX_NAMED = 3
"""At most this many elements (or tables) are named per render: the outermost ones."""
LEGIBLE_TITLE = 6
"""A week or day view's event whose title shows fewer characters than this (cut to its block,
or hidden under the events cascading over it) is told of: "E…" names no one."""
MAX_COUNTED = 60
"""Boxes whose content runs out of their height read per render, so alike ones (a row of
time slots) are told in one warning with their count, not three lines and silence."""

TRUNCATING_TEXTS: tuple[tuple[str, str, TruncatingRole, bool], ...] = (
    ("dsl-button-label", "", "button", False),
    ("dsl-actions", ":scope>.dsl-button>.dsl-button-label", "button", True),
    ("dsl-tab", ":scope>span", "tab", False),
    ("dsl-badge-text", "", "badge", False),
    ("dsl-select-chip", ":scope>span", "badge", False),
    ("dsl-control-value", "", "field", False),
    ("dsl-control-placeholder", "", "placeholder", False),
    ("dsl-control-addon", ":scope>span", "addon", False),
    ("dsl-menu-label", "", "item", False),
    ("dsl-list-label", "", "item", False),
    ("dsl-list--divided", ".dsl-list-label", "item", True),
    ("dsl-list-value", "", "row_value", False),
    ("dsl-sidebar-item-label", "", "item", False),
    ("dsl-sidebar-group", "", "item", False),
    ("dsl-crumb", ":scope>span", "text", False),
    ("dsl-navbar-brand", ":scope>span:last-child", "title", False),
    ("dsl-stat-label", "", "text", False),
    ("dsl-stat-value", ":scope>span", "text", False),
    ("dsl-stat-change-text", "", "badge", False),
    ("dsl-stat-change-text is-figure", "", "badge", True),
    ("dsl-upload-name", "", "text", False),
    ("dsl-upload-name-head", "", "text", False),
    ("dsl-code-title", ":scope>span", "text", False),
    ("dsl-code", "", "text", False),
    ("dsl-pagination-summary", "", "text", False),
    ("dsl-cal-title", "", "text", False),
    ("dsl-cal-agenda", "li>span", "text", False),
    ("dsl-video-title", "", "text", False),
    ("dsl-chart-key", ":scope>span", "text", False),
    ("dsl-hb-word", "", "text", False),
    ("dsl-map-label", "", "text", False),
)
"""The design system's texts that end in an ellipsis when their box is too narrow for them: the
class of the box that cuts the text, or of the one holding it (and the selector of the text's
box inside), what kind of text it is, and whether it is kept to a few lines (a button in a
form's actions, a divided list's label) rather than to one. A render names those it cut. Only these are
looked at, found by their class (a quarter of the cost of one selector query for all of them)
and checked by their size; the sheets' other truncating rules are in TRUNCATED_BY_DESIGN, and a
unit test keeps the two in step with the sheets."""

TRUNCATED_BY_DESIGN: dict[str, str] = {
    "dsl-textarea": "a textarea given `rows` keeps to them and ends in an ellipsis (docs/dsl.md)",
    "dsl-list-desc": "a list item's description keeps to one line, as a mail list's preview (docs/dsl.md)",
    "dsl-image-alt": "an image placeholder's caption: it stands for a picture",
    "dsl-image-src": "an image placeholder's source, a path or URL shortened on purpose",
    "dsl-wordmark": "a logo strip's placeholder wordmark: it stands for a picture",
    "dsl-cal-event": "a month's day cell cuts its events' titles, as a calendar app does",
    "dsl-cal-more": "a day cell's '+N more' line",
    "dsl-tg-event": (
        "a week or day view's event cuts its title and times to its block, as a calendar app does "
        "(a title left with fewer than LEGIBLE_TITLE characters is told of all the same)"
    ),
    "dsl-chart-center": "a donut's centre text, sized by the chart (charts are told of by their own checks)",
    "dsl-chart-more": "a pie legend's 'Other' line",
    "dsl-table-line": "a table column's text kept to one line by `truncate: true` (docs/dsl.md)",
}
"""Classes of the truncating rules whose ellipsis is the design's choice, not a text that did not
fit: a render says nothing of them (why, for each)."""


def _wrapping_column(wraps: Any) -> WrappingColumn | None:
    """A cut table's column of texts that wraps to the most lines, as measure.js gives it
    ([header or '', place among the document's columns, lines]), or None."""
    if not wraps:
        return None
    header, place, lines = wraps
    return WrappingColumn(without_isolation_marks(str(header)), int(place), int(lines))


@functools.cache
def content_extent_script() -> str:
    """The expression that measures the drawn page: measure.js called with the constants it needs
    (MAX_NAMED, MAX_COUNTED, TRUNCATING_TEXTS, LEGIBLE_TITLE, as JSON). Read once, on the first render.

    It answers [page width and height, content height (the page's, or the canvas's when only a margin
    below the last element runs past it), px cut at the side, [[path, px, whether it is the
    element's own parts that run past, [path, px wide, type] of the wider element beside it in its
    row that pushes it out, or null, [x, width, path of the box it is placed in ('' for the canvas),
    the x that ends it at the side, whether that x is its layout.x] when it is placed by coordinates,
    or null] of the outermost elements past the side], [[path, px cut (0 for
    none), [[header or '', place among the document's columns] of the columns whose cells' content
    is cut at the table's edge], [[header or '', place, width, px drawn] of the columns drawn
    narrower than their px width], whether it scrolls sideways (a phone's), how many columns it
    has, how many of the cut ones show in part, whether it is compact (`size: sm`), [header or
    '', place, lines] of the column of texts that wraps to the most lines (two or more) or
    null] of tables with either], [[path, px, how many of them above its top]
    of boxes given a height that their content runs out of], [[path, px, 'top', 'left' or 'right',
    whether it or a box it is in is placed by coordinates, [path, "property: value"] of the element
    whose own style moved it there (a negative margin, a transform) or null] of the outermost elements cut off above
    the canvas or past its start side], [[path, [labels
    of the tabs past the strip's end], how many tabs, [paths of their words (see truncated)]] of tab
    strips too long for their box], [[path,
    width] of the outermost boxes squeezed narrower than their words], [[path, px, how it hides
    (hidden.HiddenKind), 'bottom' or 'top'] of boxes that scroll, by the px of content they hide and the edge
    they hide it at], [[path, px] of the outermost boxes that cut off what runs past their side],
    [[path, [names ending in an ellipsis], [names left out], how many names, 'axis'] of charts whose
    category names are not all drawn whole, and [path, [], [slices left out], how many slices,
    'legend'] of pies whose legend counts slices it has no row for], [[role, lines kept to (0: one),
    whether the first has an icon, how many, [[path, text, what is drawn ('' for a label not drawn)] of
    the first few], how many more are cut beyond these groups (on the last), whether they are buttons'
    labels with no room beside their icons, drawn as the icons alone] of texts ended in an ellipsis or
    left out, alike ones together, [the paths of all of them, the first PATHS_KEPT: an entry of a
    menu, sidebar or tab strip by its words', `/items/2/label`]], [[path, px, 'top', 'left' or 'right', the tooltip's side] of
    tooltips whose bubble is cut off at the screen's edge], [[path, [['search' or 'button', its words,
    its path or ''] of the parts folded to an icon button]] of navbars too narrow for all they hold],
    the bottom of the notes panel (0 without one), [[path, how many bars, the plot's px wide, a bar's px
    wide, whether the values over its upright bars are left out] of bar charts], [[note number, its pin's centre y (CSS px from the page's top)] of
    annotations' pins]]."""
    source = files("render_worker").joinpath("measure.js").read_text(encoding="utf-8")
    constants = {
        "named": MAX_NAMED,
        "counted": MAX_COUNTED,
        "kept": PATHS_KEPT,
        "truncating": TRUNCATING_TEXTS,
        "legible": LEGIBLE_TITLE,
    }
    return f"({source.strip()})({json.dumps(constants)})"


def cut_below_script(bottom: float) -> str:
    """A script naming what a capture ending at `bottom` (CSS px from the page's top) leaves out:
    [path of the first element cut (the innermost running across that edge, or the first wholly
    below it), [paths of the outermost elements running across it], [paths of the outermost
    elements wholly below it and in none of those, the first MAX_NAMED], how many of these].
    Run only when a full page is longer than a capture."""
    return f"""(() => {{
  const bottom = {bottom:.2f};
  const root = document.querySelector('main.dsl-root') ?? document.documentElement;
  const across = [];
  const below = [];
  for (const element of root.querySelectorAll('[data-path]')) {{
    const box = element.getBoundingClientRect();
    const [top, end] = [box.top + scrollY, box.bottom + scrollY];
    // In the page's order an element's own follow it: only the last one below can hold it.
    if (end <= bottom || box.height === 0 || below.at(-1)?.contains(element)) continue;
    if (top >= bottom) below.push(element);
    else across.push(element);
  }}
  const holds = (outer, inner) => outer !== inner && outer.contains(inner);
  const first = across.find((element) => !across.some((inner) => holds(element, inner))) ?? below[0];
  const outer = across.filter((element) => !across.some((holder) => holds(holder, element)));
  const loose = below.filter((element) => !outer.some((holder) => holder.contains(element)));
  const paths = (elements) => elements.slice(0, {MAX_NAMED}).map((element) => element.dataset.path);
  return [first?.dataset.path ?? '', paths(outer), paths(loose), loose.length];
}})()"""


_EXTENT_PARTS = 19
"""How many parts measure.js answers (`ContentExtent.from_answer` unpacks them)."""


@dataclass(frozen=True)
class ContentExtent:
    """The page's content size in CSS px (the canvas, or more), and what runs past the sides:
    of the compiled page's root, which clips it, and of tables, which cut their last columns."""

    width: int
    height: int
    content_height: int
    cut_width: int = 0
    past_side: tuple[SideOverflow, ...] = field(default=())
    cut_tables: tuple[CutTable, ...] = field(default=())
    overflowing: tuple[Overflowing, ...] = field(default=())
    before_start: tuple[StartOverflow, ...] = field(default=())
    cut_tabs: tuple[CutTabs, ...] = field(default=())
    squeezed: tuple[Squeezed, ...] = field(default=())
    hidden: tuple[Hidden, ...] = field(default=())
    clipped: tuple[Clipped, ...] = field(default=())
    cut_charts: tuple[CutChartLabels, ...] = field(default=())
    truncated: tuple[TruncatedTexts, ...] = field(default=())
    cut_tooltips: tuple[CutTooltip, ...] = field(default=())
    folded: tuple[FoldedBar, ...] = field(default=())
    notes_height: int = 0
    """Where the annotations' notes panel ends (CSS px from the page's top; 0 without one)."""
    drawn_bars: tuple[DrawnBars, ...] = field(default=())
    narrowed_columns: tuple[NarrowedColumn, ...] = field(default=())
    pins: tuple[PlacedPin, ...] = field(default=())
    """Where each annotation's pin is (see PlacedPin)."""

    @classmethod
    def from_answer(cls, answer: list[Any] | None) -> ContentExtent:
        """Read measure.js's answer (see content_extent_script)."""
        if not isinstance(answer, list) or len(answer) != _EXTENT_PARTS:
            raise RenderError(
                f"the page's measuring script answered {type(answer).__name__}, not its {_EXTENT_PARTS} parts",
                retryable=False,
            )
        (
            width,
            height,
            content_height,
            cut_width,
            past,
            tables,
            overflowing,
            before,
            strips,
            squeezed,
            hidden,
            clipped,
            charts,
            truncated,
            tips,
            folded,
            notes_height,
            bars,
            pins,
        ) = answer
        return cls(
            width=int(width),
            height=int(height),
            content_height=int(content_height),
            cut_width=max(0, int(cut_width)),
            past_side=tuple(
                SideOverflow(
                    path=str(path),
                    px=int(px),
                    inside=bool(inside),
                    pushed_by=_pusher(pushed),
                    placed=_placement(placed),
                )
                for path, px, inside, pushed, placed in past
            ),
            cut_tables=tuple(
                CutTable(
                    path=str(path),
                    px=int(px),
                    columns=tuple(without_isolation_marks(str(name)) for name, _ in columns),
                    positions=tuple(int(place) for _, place in columns),
                    scrolls=bool(scrolls),
                    total=int(total),
                    in_part=int(in_part),
                    compact=bool(compact),
                    wrapping=_wrapping_column(wraps),
                )
                for path, px, columns, _, scrolls, total, in_part, compact, wraps in tables
                if columns
            ),
            narrowed_columns=tuple(
                NarrowedColumn(
                    path=str(path),
                    header=without_isolation_marks(str(header)),
                    position=int(place),
                    width=float(width),
                    drawn=int(drawn),
                    compact=bool(compact),
                )
                for path, _, _, narrowed, _, _, _, compact, _ in tables
                for header, place, width, drawn in narrowed
            ),
            overflowing=tuple(
                Overflowing(path=str(path), px=int(px), above=int(above)) for path, px, above in overflowing
            ),
            cut_tabs=tuple(
                CutTabs(
                    path=str(path),
                    hidden=tuple(str(n) for n in hidden),
                    total=int(total),
                    paths=tuple(str(where) for where in paths),
                )
                for path, hidden, total, paths in strips
            ),
            before_start=tuple(
                StartOverflow(
                    path=str(path),
                    px=int(px),
                    edge=_edge(edge),
                    placed=bool(placed),
                    moved_by=None if moved is None else (str(moved[0]), str(moved[1])),
                )
                for path, px, edge, placed, moved in before
            ),
            squeezed=tuple(Squeezed(path=str(path), width=int(width)) for path, width in squeezed),
            hidden=tuple(
                Hidden(path=str(path), px=int(px), kind=_kind(kind), edge=_hidden_edge(edge))
                for path, px, kind, edge in hidden
            ),
            clipped=tuple(Clipped(path=str(path), px=int(px)) for path, px in clipped),
            cut_charts=tuple(
                CutChartLabels(
                    path=str(path),
                    cut=tuple(without_isolation_marks(str(name)) for name in cut),
                    left_out=tuple(without_isolation_marks(str(name)) for name in left),
                    total=int(total),
                    legend=kind == "legend",
                )
                for path, cut, left, total, kind in charts
            ),
            truncated=tuple(_truncated(group) for group in truncated),
            cut_tooltips=tuple(
                CutTooltip(path=str(path), px=int(px), edge=_edge(edge), side=_side(side))
                for path, px, edge, side in tips
            ),
            folded=tuple(
                FoldedBar(path=str(path), parts=tuple(_folded_part(part) for part in parts))
                for path, parts in folded
            ),
            notes_height=int(notes_height),
            drawn_bars=tuple(
                DrawnBars(
                    path=str(path),
                    bars=int(count),
                    plot_px=float(plot),
                    bar_px=float(bar),
                    values_left_out=bool(left_out),
                )
                for path, count, plot, bar, left_out in bars
            ),
            pins=tuple(PlacedPin(note=int(note), centre_y=float(y)) for note, y in pins),
        )

    def measured_warnings(self, visible_bottom: float | None = None) -> tuple[Issue, ...]:
        """What the image leaves out besides content below the canvas (see measured_cut_warnings),
        bar charts whose bars are too thin to read (see dense_chart_warnings) or too narrow for the
        values asked over them (see left_out_value_warnings), and, given where
        the image's screen ends (`visible_bottom`, CSS px from the page's top), the annotations
        whose pin lies below it (see hidden_pin_warnings)."""
        hidden_pins = hidden_pin_warnings(self.pins, visible_bottom) if visible_bottom is not None else []
        return tuple(
            measured_cut_warnings(
                self.cut_width,
                self.past_side,
                self.cut_tables,
                self.overflowing,
                self.before_start,
                self.cut_tabs,
                self.squeezed,
                self.hidden,
                self.clipped,
                self.cut_charts,
                self.truncated,
                self.cut_tooltips,
                self.folded,
                self.narrowed_columns,
            )
            + dense_chart_warnings(self.drawn_bars)
            + left_out_value_warnings(self.drawn_bars)
            + hidden_pins
        )


def _pusher(answer: list[Any] | None) -> Pusher | None:
    """measure.js's answer for the element that pushes another past the side (see Pusher)."""
    if not answer:
        return None
    path, width, kind = answer
    return Pusher(path=str(path), px=int(width), type=str(kind) if kind in ELEMENT_TYPES else "")


def _placement(answer: list[Any] | None) -> Placement | None:
    """measure.js's answer for where an element placed by coordinates is (see Placement)."""
    if not answer:
        return None
    x, width, within, fit_x, by_x = answer
    return Placement(x=int(x), width=int(width), within=str(within), fit_x=int(fit_x), by_x=bool(by_x))


def _folded_part(answer: list[Any]) -> FoldedPart:
    """measure.js's answer for a part of a navbar folded to an icon button (see FoldedPart)."""
    kind, words, path = answer
    return FoldedPart(
        kind=kind if kind in ("search", "link") else "button",
        words=without_isolation_marks(str(words)),
        path=str(path),
    )


def _truncated(group: list[Any]) -> TruncatedTexts:
    """measure.js's answer for texts ended in an ellipsis alike (see TruncatedTexts)."""
    role, lines, icon, count, texts, elsewhere, alone, paths = group
    return TruncatedTexts(
        role=_role(role),
        texts=tuple(
            CutText(
                path=str(path),
                text=without_isolation_marks(str(text)),
                shown=without_isolation_marks(str(shown)),
            )
            for path, text, shown in texts
        ),
        count=int(count),
        lines=int(lines),
        icon=bool(icon),
        elsewhere=int(elsewhere),
        icon_alone=bool(alone),
        paths=tuple(str(path) for path in paths),
    )


def _role(name: object) -> TruncatingRole:
    """measure.js's name for a kind of truncated text (see TRUNCATING_TEXTS; `event` is an
    event's title in a week or day view)."""
    for role in get_args(TruncatingRole):
        if name == role:
            return cast(TruncatingRole, role)
    return "text"


def _kind(name: object) -> HiddenKind:
    """measure.js's name for how content is hidden (see hidden.Hidden)."""
    for kind in get_args(HiddenKind):
        if name == kind:
            return cast(HiddenKind, kind)
    return "scroll"


def _hidden_edge(name: object) -> Literal["bottom", "top"]:
    """measure.js's name for the edge a scrolling box hides content at (see hidden.Hidden)."""
    return "top" if name == "top" else "bottom"


def _edge(name: object) -> Literal["top", "left", "right"]:
    """measure.js's name for the edge an element is cut off at."""
    return "top" if name == "top" else "right" if name == "right" else "left"


def _side(name: object) -> TooltipSide:
    """measure.js's name for the side a tooltip asks for (see tooltips.CutTooltip)."""
    for side in get_args(TooltipSide):
        if name == side:
            return cast(TooltipSide, side)
    return "top"
