"""What a render measured about the canvas: content that ran below its bottom edge, or past its
side, was cut off; a full page longer than a capture; texts ended in an ellipsis.

Only the renderer knows how large flowed content turns out (text wraps, tables grow, a row of
fixed-width cards does not fit), so this is a warning given after the render, not by the
validator. Agents and people otherwise get a picture
whose last buttons are missing and no word about it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from kernel.dsl.limits import MAX_PIXELS, MAX_SIDE
from kernel.errors import Issue
from kernel.warning_kinds import warning_kind

CONTENT_CUT = "content_cut"


AUTO_HEIGHT_WORDS = "or height: auto, as tall as the content"
"""The document's own way to a canvas as tall as its content (see `options.grows_with_content`)."""


def content_cut_warning(
    cut_px: int,
    *,
    height_option: str | None = None,
    height: int | None = None,
    pdf: bool = False,
    image: tuple[int, int] | None = None,
) -> Issue:
    """The warning for `cut_px` CSS px of content below the canvas (a positive number).

    `height_option`: the command-line option that set the canvas's height (`--height`, or
    `--device` with its preset), when one did: the document's own height is not what to change.
    `height`: the canvas's height in CSS px, when known: a canvas `cut_px` taller would pass
    MAX_SIDE, so the advice is then the full page, not an impossible height. `pdf`: the render is
    a PDF, whose full page stops at the tallest page Chromium prints, not at an image's limit.
    `image`: the image's width and height in image px, when known: a full page is not suggested
    where it would be cut no lower than the image already ends (a 390 x 8000 canvas at scale 3 is
    a 24,000 px image; a full page stops at 16,384, see `full_page_reach`)."""
    larger = f"make 'height' at least {cut_px} px larger ({AUTO_HEIGHT_WORDS})"
    if height is not None and height + cut_px > MAX_SIDE:
        larger = (
            f"no larger height can hold it (a canvas {height + cut_px:,} px tall is past the {MAX_SIDE:,} px "
            "a canvas may be)"
        )
    elif height_option is not None:
        larger = (
            f"the height comes from {height_option}, not the document: ask for {cut_px} px more with --height"
        )
    full_page_limit = (
        f"a full-page PDF is itself cut at {MAX_PDF_PAGE_PX:,} px (200 inches, the tallest page Chromium prints)"
        if pdf
        else f"a full page is itself cut at {MAX_CAPTURE_PX:,} image px (its CSS px times the scale)"
    )
    reach = full_page_reach(image[0]) if image is not None and not pdf else None
    if reach is not None and image is not None and reach <= image[1]:
        advice = (
            f"{larger}; a full page cannot show more: it is cut at {reach:,} image px, no lower than this "
            f"image's {image[1]:,}: shorten the content, or split the screen into several documents"
        )
    else:
        advice = (
            f"{larger}, shorten the content, or render the full page "
            f"(--full-page on the command line, full_page in the API's and MCP's options); {full_page_limit}: "
            "split a longer screen into several documents"
        )
    return Issue(
        path="/height",
        message=f"the content runs {cut_px} px below the bottom of the image and is cut off",
        code=CONTENT_CUT,
        suggestion=advice,
    )


MAX_CAPTURE_PX = 16_384
"""Chromium captures at most this many image px a side: a taller full page (or cropped content)
is cut there, at this very row (at scale 3, 5,461 1/3 CSS px: the clip need not end on a CSS px)."""


def full_page_reach(image_width: int) -> int:
    """How many image px tall a full page `image_width` image px wide may be: what Chromium
    captures (MAX_CAPTURE_PX) and no more than MAX_PIXELS (see `capture_height_limit`, in CSS px)."""
    return min(MAX_CAPTURE_PX, MAX_PIXELS // max(1, image_width))


def capture_limit(scale: float, side: int = MAX_CAPTURE_PX) -> float:
    """The most CSS px a side that Chromium captures at `scale`: MAX_CAPTURE_PX image px (or
    `side`, less: MAX_WEBP_SIDE for a WebP image), a fraction of a CSS px included (at scale 3,
    5,461 1/3): a clip cut at the last whole CSS px left the image a row short of the limit."""
    return side / scale


def capture_height_limit(width: float, scale: float, side: int = MAX_CAPTURE_PX) -> float:
    """The most CSS px tall a full-page (or cropped) image `width` CSS px wide may be at `scale`:
    what Chromium captures, and no more than the MAX_PIXELS a canvas may have. A page as wide as
    the widest canvas (8,000 px) would otherwise make a 131-megapixel image, 17 MB and gigabytes
    of a renderer's memory, from a document the canvas limits let through."""
    image_width = max(1, math.ceil(width * scale))
    return min(capture_limit(scale, side), MAX_PIXELS / image_width / scale)


@dataclass(frozen=True)
class CaptureCut:
    """What a full-page (or cropped) image leaves out past what it may hold: `px` CSS px of the
    content, from the element `first` cut on (the innermost running across the image's bottom
    edge); the end of the outermost elements running across it (`across`), and all of the
    outermost ones below them (`below`: the first few of `below_count`). `width` is the image's
    width in CSS px, which decides whether Chromium's side limit or the pixel limit stopped it."""

    px: int
    first: str = ""
    across: tuple[str, ...] = ()
    below: tuple[str, ...] = ()
    below_count: int = 0
    width: float = 0


def capture_cut_warning(
    cut: CaptureCut, scale: float, *, crop: bool = False, side: int = MAX_CAPTURE_PX
) -> Issue:
    """The warning for a full-page (or `crop`) image that stops at what it may hold: where it
    stops, how much is left out and which elements. That is MAX_CAPTURE_PX image px (what
    Chromium captures) or, for a wide page, MAX_PIXELS in all (`capture_height_limit`).

    The page's length and the limit are said in one unit: at a scale other than 1 the page's CSS
    px are also given as image px (8,602 px at scale 3 are 25,806 image px, past the 16,384),
    not CSS px beside image px. The canvas's height is not the cause (the page grew to hold the
    content): the page itself is too long for one image, so the advice is to make it shorter,
    not the canvas larger. `side`: the image's side limit, MAX_WEBP_SIDE for a WebP image (which
    holds one px less than Chromium captures)."""
    by_pixels = cut.width > 0 and capture_height_limit(cut.width, scale, side) < capture_limit(scale, side)
    kept = math.floor(
        capture_height_limit(cut.width, scale, side) if by_pixels else capture_limit(scale, side)
    )
    total = kept + cut.px
    what = "the content" if crop else "the full page"
    lower = ", or render it at a lower scale" if scale != 1 else ""
    if by_pixels:
        image_width = math.ceil(cut.width * scale)
        return Issue(
            path="",
            message=(
                f"{what} is {total:,} px tall and {image_width:,} image px wide, but an image holds at most "
                f"{MAX_PIXELS // 1_000_000} megapixels: the image stops at {kept:,} px and the last "
                f"{cut.px:,} px are cut off{_cut_elements(cut)}"
            ),
            code=CONTENT_CUT,
            suggestion=(
                "make the page narrower or shorter, or split the screen into several documents "
                f"(one per section){lower}"
            ),
        )
    if scale == 1:
        length, limit, stop = f"{total:,} px tall", f"{side:,} px", f"{kept:,} px"
    else:
        length = f"{total:,} px tall, {round(total * scale):,} image px at scale {scale:g},"
        limit = f"{side:,} image px"
        stop = f"{kept:,} px ({side:,} image px)"
    holds = "Chromium captures at most" if side == MAX_CAPTURE_PX else "a WebP image holds at most"
    return Issue(
        path="",
        message=(
            f"{what} is {length} but {holds} {limit}: the image stops at {stop} and "
            f"the last {cut.px:,} px are cut off{_cut_elements(cut)}"
        ),
        code=CONTENT_CUT,
        suggestion=(
            "a larger 'height' cannot help, the image itself is at its limit: split the screen into "
            f"several documents (one per section), or make it shorter (fewer rows, less text){lower}"
        ),
    )


MAX_PDF_PAGE_PX = 19_200
"""Chromium prints a page at most 200 inches (19,200 CSS px) tall: a taller full-page PDF is cut
there (printing a taller page, or the rest on more pages, does not finish)."""


def pdf_cut_warning(cut: CaptureCut) -> Issue:
    """The warning for a full-page PDF longer than the tallest page Chromium prints: where the
    page stops, how much is left out and which elements (as a full-page image's warning does)."""
    total = MAX_PDF_PAGE_PX + cut.px
    return Issue(
        path="",
        message=(
            f"the full page is {total:,} px tall but Chromium prints a PDF page at most {MAX_PDF_PAGE_PX:,} px "
            f"(200 inches) tall: the page stops there and the last {cut.px:,} px are cut off{_cut_elements(cut)}"
        ),
        code=CONTENT_CUT,
        suggestion=(
            "a larger 'height' cannot help, the page itself is at its limit: split the screen into several "
            "documents (one per section), or make it shorter (fewer rows, less text)"
        ),
    )


def _cut_elements(cut: CaptureCut) -> str:
    """Which elements a capture cut leaves out, for its warning: " (from /elements/0/children/494
    on: the end of /elements/0 and all of /elements/1)"."""
    parts = []
    if cut.across:
        parts.append(f"the end of {', '.join(cut.across)}")
    if cut.below:
        more = cut.below_count - len(cut.below)
        parts.append(f"all of {', '.join(cut.below)}{f' and {more} more' if more > 0 else ''}")
    if not parts:
        return ""
    start = f"from {cut.first} on: " if cut.first and cut.first not in (*cut.across, *cut.below) else ""
    return f" ({start}{' and '.join(parts)})"


@dataclass(frozen=True)
class Pusher:
    """The element (by JSON path, `px` CSS px wide, of `type`, "" when not known) beside another
    in a row, wider than it, that pushes it past the canvas's side: the one to make narrower."""

    path: str
    px: int
    type: str = ""


@dataclass(frozen=True)
class Placement:
    """Where an element placed by coordinates is: `x` CSS px from the start of the box it is
    placed in (`within`, its JSON path; "" for the canvas), `width` px wide. `fit_x`: the x at
    which it would end at the canvas's side (negative when it is wider than the room from its box's
    start to that side). `by_x`: that x is its layout.x (not its own style's left or right)."""

    x: int
    width: int
    within: str = ""
    fit_x: int = 0
    by_x: bool = True


@dataclass(frozen=True)
class SideOverflow:
    """An element (by JSON path) that runs `px` CSS px past the canvas's side, or whose own
    parts do (`inside`: a navbar's links, a long word in its text); `pushed_by`: the widest
    element beside it in its row, when that one is wider than it; `placed`: where it is, when it
    is placed by coordinates (it is then out of any row's flow: its own x and width put it there)."""

    path: str
    px: int
    inside: bool = False
    pushed_by: Pusher | None = None
    placed: Placement | None = None


@dataclass(frozen=True)
class StartOverflow:
    """An element (by JSON path) that runs `px` CSS px out above the canvas's top or past its
    start side (left; right on a right-to-left page), where no taller page can show it."""

    path: str
    px: int
    edge: Literal["top", "left", "right"]
    placed: bool = True
    """Whether it, or a box it is in, is placed by coordinates (`layout.x`): moving it is then
    the fix. In the flow it was pushed out by content wider than its room (a row of buttons
    ending at a card's right edge runs out at the screen's left)."""
    moved_by: tuple[str, str] | None = None
    """(path, "property: value") of the element, it or a box it is in, whose own style moved it
    out (`margin-top: -80px`, `transform: ...`): that style is then the cause to name."""


def start_cut_warning(element: StartOverflow) -> Issue:
    """The warning for an element cut off at the canvas's top or start side."""
    if element.moved_by is not None and not element.placed:
        mover, declaration = element.moved_by
        whose = "its style" if mover == element.path else f"the style of {mover}"
        side = (
            "above the top of the image"
            if element.edge == "top"
            else f"past the {element.edge} side of the image"
        )
        where, suggestion = (
            side,
            f"{whose} moves it out ({declaration}): make that smaller or leave it out to keep it inside the canvas",
        )
    elif element.edge == "top" and element.placed:
        where, suggestion = (
            "above the top of the image",
            "move it down inside the canvas (a placed element's layout.y, or that of the box it is in)",
        )
    elif element.edge == "top":
        where, suggestion = (
            "above the top of the image",
            (
                "it is pushed up out of the box it is in (content centred or ended in a box too short "
                "for it): give that box more height or leave its height out, or align its content to "
                "its start"
            ),
        )
    elif element.placed:
        where, suggestion = (
            f"past the {element.edge} side of the image",
            (
                "move it further in from the side (a placed element's layout.x inside the canvas), or "
                "give it less width"
            ),
        )
    else:
        where, suggestion = f"past the {element.edge} side of the image", _FLOW_FITTING
    return Issue(
        path=element.path,
        message=f"this element runs {element.px} px {where} and is cut off there",
        code=CONTENT_CUT,
        suggestion=suggestion,
    )


@dataclass(frozen=True)
class CutTabs:
    """A tab strip (by the tabs' JSON path) too long for its box: the tabs past its end."""

    path: str
    hidden: tuple[str, ...]
    total: int


def cut_tabs_warning(strip: CutTabs) -> Issue:
    """The warning for tabs past the end of their strip, which fades out there."""
    names = ", ".join(f"'{name}'" for name in strip.hidden)
    count = len(strip.hidden)
    return Issue(
        path=strip.path,
        message=f"{count} of {strip.total} tabs run past the strip's end and are cut off ({names})",
        code=CONTENT_CUT,
        suggestion="shorten the labels, use fewer tabs, give the tabs more width, or variant: segmented",
    )


@dataclass(frozen=True)
class CutTable:
    """A table (by JSON path) `px` CSS px wider than its box, whose `columns` are cut off."""

    path: str
    px: int
    columns: tuple[str, ...]


def side_cut_warnings(cut_width_px: int, past_side: Sequence[SideOverflow]) -> list[Issue]:
    """The warnings for content `cut_width_px` CSS px past the canvas's side: one per element
    named as running past it, or one for the document when none could be named. The width to
    add is the most that anything runs past (the two are measured apart and can differ by a
    rounded pixel: "runs 91 px past ... at least 90 px larger")."""
    widest = max([cut_width_px, *(element.px for element in past_side)])
    larger = f"make the document's 'width' at least {widest} px larger"
    if not past_side:
        return [
            Issue(
                path="/width",
                message=f"the content is {cut_width_px} px wider than the image and the rest is cut off at its side",
                code=CONTENT_CUT,
                suggestion=f"{larger}, or let the content fit: {_FITTING}",
            )
        ]
    return [_side_cut_warning(element, larger) for element in past_side]


def _side_cut_warning(element: SideOverflow, larger: str) -> Issue:
    """The warning for one element past the canvas's side; one pushed there by a wider element
    beside it names that one, the one to make narrower."""
    message = (
        f"{'its content' if element.inside else 'this element'} runs {element.px} px past the "
        "side of the image and is cut off there"
    )
    if element.placed is not None and not element.inside:
        return _placed_side_cut_warning(element, element.placed, message, larger)
    pusher = element.pushed_by
    if pusher is None:
        return Issue(
            path=element.path,
            message=message,
            code=CONTENT_CUT,
            suggestion=f"let it fit: {_FITTING}; or {larger}",
        )
    what = f"the {pusher.type}" if pusher.type else "the element"
    return Issue(
        path=element.path,
        message=(
            f"{message}: {what} at {pusher.path} beside it, {pusher.px} px wide, is the widest in their "
            "row and pushes it there"
        ),
        code=CONTENT_CUT,
        suggestion=(
            f"give {pusher.path} less width (a smaller layout.width or maxWidth, a shorter text), or leave "
            f"fewer elements beside it; or {larger}"
        ),
    )


def _placed_side_cut_warning(element: SideOverflow, placed: Placement, message: str, larger: str) -> Issue:
    """The warning for an element placed by coordinates past the canvas's side: its own x and
    width put it there (nothing beside it in a row does), so the advice is the x that fits."""
    where = f"the box it is placed in ({placed.within})" if placed.within else "the canvas"
    x = "its layout.x" if placed.by_x else "its x (set by its style)"
    cause = (
        f"it is placed by coordinates: {x}, {placed.x} px from the left of {where}, plus its width, "
        f"{placed.width} px, take it past the image's side"
    )
    field = "layout.x" if placed.by_x else "its x"
    if placed.fit_x >= 0:
        fit = f"move it in to {field}: {placed.fit_x} (or less), or give it less width"
    else:
        most = max(0, placed.width + placed.fit_x)
        fit = (
            f"it is wider than the room from {where}'s left to the image's side: give it {field}: 0 and "
            f"at most {most} px of width (layout.width)"
        )
    return Issue(
        path=element.path, message=f"{message}: {cause}", code=CONTENT_CUT, suggestion=f"{fit}; or {larger}"
    )


_FLOW_FITTING = (
    "its content is wider than the room it has: shorten what is widest in it (a long label, an "
    "unbroken word), give a fixed-width child less width, set 'wrap: true' on a row, use fewer grid "
    "columns, or give it more room (fewer boxes beside it, a wider canvas)"
)
"""Advice for an element in the flow pushed past the canvas's start side: nothing placed it there."""

_FITTING = (
    "give a fixed-width box a smaller width or maxWidth, set 'wrap: true' on a row, use fewer grid "
    "columns, move a placed element (layout.x) inside the canvas, or break up long unbroken text"
)


NAMED_COLUMNS = 10
"""At most this many of a table's cut columns are named; the rest are counted (a table of 200
columns named 177 of them in one 2,157-character line)."""


def cut_table_warning(table: CutTable) -> Issue:
    """The warning for a table too wide for its box, which cuts its last columns off."""
    if table.columns:
        names = ", ".join(f"'{name}'" if name else "(unnamed)" for name in table.columns[:NAMED_COLUMNS])
        if len(table.columns) > NAMED_COLUMNS:
            names += f" and {len(table.columns) - NAMED_COLUMNS:,} more"
        what = f"column{'s' * (len(table.columns) > 1)} {names} {'are' if len(table.columns) > 1 else 'is'}"
    else:
        what = "its last columns are"
    return Issue(
        path=table.path,
        message=f"the table is {table.px} px wider than its box: {what} cut off at its edge",
        code=CONTENT_CUT,
        suggestion=(
            "show fewer columns, shorten headers and cells, use size: sm, or give the table more "
            "room (a wider box, fewer columns beside it, or a wider canvas)"
        ),
    )


@dataclass(frozen=True)
class Overflowing:
    """An element (by JSON path) given a height whose content needs `px` CSS px more, `above`
    of them running out of its top (content centred or ended in it)."""

    path: str
    px: int
    above: int = 0


CONTENT_OVERFLOW = "content_overflow"


OVERFLOW_GROUPS_NAMED = 3
"""Kinds of overflowing boxes told per render (alike ones are one kind: see `overflow_warnings`)."""


def overflow_warnings(boxes: Sequence[Overflowing]) -> list[Issue]:
    """One warning per kind of box whose content runs out of its height, outermost first: boxes
    side by side in one parent that run over by as much are one kind, told once with where the
    others are (a row of five time slots made three alike lines and left two unsaid). Past
    OVERFLOW_GROUPS_NAMED kinds, the last warning counts the rest."""
    groups: dict[tuple[str, int, int], list[Overflowing]] = {}
    for box in boxes:
        groups.setdefault((box.path.rsplit("/", 1)[0], box.px, box.above), []).append(box)
    kinds = list(groups.values())
    warnings = [overflow_warning(first, [other.path for other in others]) for first, *others in kinds]
    shown, rest = warnings[:OVERFLOW_GROUPS_NAMED], kinds[OVERFLOW_GROUPS_NAMED:]
    if rest:
        more = sum(len(kind) for kind in rest)
        last = shown[-1]
        shown[-1] = replace(
            last,
            message=f"{last.message}; {more} other box{'es' if more > 1 else ''} run over their height too",
        )
    return shown


def overflow_warning(element: Overflowing, alike: Sequence[str] = ()) -> Issue:
    """The warning for content running out of the bottom of the box it was given; `alike`: the
    paths of its siblings that run over by as much."""
    also = ""
    if alike:
        listed = ", ".join(alike[:NAMED_ALIKE])
        more = len(alike) - NAMED_ALIKE
        also = f" (so do {listed}{f' and {more} more' if more > 0 else ''})"
    return Issue(
        path=element.path,
        message=(
            f"its content needs {element.px} px more than the height it was given and runs out of "
            f"it {element.above} px above its top and {element.px - element.above} px below{also}"
            if element.above
            else f"its content needs {element.px} px more than the height it was given and runs over "
            f"what is below it{also}"
        ),
        code=CONTENT_OVERFLOW,
        suggestion=(
            f"make {'their heights' if alike else 'its height'} at least {element.px} px larger, shorten "
            f"{'their' if alike else 'its'} text, or leave the height out so that "
            f"{'they grow' if alike else 'it grows'} with {'their' if alike else 'its'} content"
        ),
    )


NAMED_ALIKE = 3
"""Siblings named in an overflow warning before the rest are counted."""


@dataclass(frozen=True)
class Squeezed:
    """An element (by JSON path) squeezed to `width` CSS px, narrower than the words of its text,
    which break inside them (one syllable or letter a line)."""

    path: str
    width: int


CONTENT_SQUEEZED = "content_squeezed"


def squeezed_warnings(squeezed: Sequence[Squeezed]) -> list[Issue]:
    """The warnings for boxes too narrow for their words (a column crushed by a wider sibling, a
    grid of too many columns on a phone): one for siblings squeezed alike, the cells of one grid
    named together."""
    groups: dict[str, list[Squeezed]] = {}
    for element in squeezed:
        groups.setdefault(element.path.rsplit("/", 1)[0], []).append(element)
    return [squeezed_warning(first, [other.path for other in rest]) for first, *rest in groups.values()]


def squeezed_warning(element: Squeezed, siblings: Sequence[str] = ()) -> Issue:
    """The warning for one squeezed box, with the paths of its `siblings` squeezed alike."""
    also = f" (so are {', '.join(siblings)} beside it)" if siblings else ""
    return Issue(
        path=element.path,
        message=(
            f"this element is squeezed to {element.width} px, narrower than the words of its text "
            f"(they break inside or run out of its side){also}"
        ),
        code=CONTENT_SQUEEZED,
        suggestion=(
            "give it room: fewer columns in its grid, wrap: true on its row, a narrower box beside "
            "it, or a wider canvas"
        ),
    )


@dataclass(frozen=True)
class Clipped:
    """A box that clips what it holds (a card), by JSON path, whose content runs `px` CSS px past
    its side: a child wider than the box."""

    path: str
    px: int


def clipped_warning(element: Clipped) -> Issue:
    """The warning for content a box cuts off at its own side."""
    return Issue(
        path=element.path,
        message=f"its content runs {element.px} px past its side and is cut off there",
        code=CONTENT_CUT,
        suggestion=(
            "give what it holds less width (a child's fixed width, a row too full: wrap: true), or "
            "give the box more"
        ),
    )


@dataclass(frozen=True)
class CutChartLabels:
    """A chart (by JSON path) whose category names, turned under bars too narrow for them, end in
    an ellipsis (`cut`: longer than the room under the plot) or are left out (`left_out`: bands
    too narrow for even small turned text), of its `total` names; or, a `legend`, a pie in a box
    of set height whose legend under it has no row for the slices `left_out` (a "+N more")."""

    path: str
    cut: tuple[str, ...]
    left_out: tuple[str, ...]
    total: int
    legend: bool = False


NAMED_LABELS = 6
"""At most this many of a chart's names are quoted in a warning; the rest are counted."""


def chart_labels_warning(chart: CutChartLabels) -> Issue:
    """The warning for a chart's category names that are not drawn whole, or for the slices a
    pie's legend has no row for."""
    if chart.legend:
        return Issue(
            path=chart.path,
            message=(
                f"the legend under the pie has no row for {len(chart.left_out)} of its {chart.total} slices "
                f"({_quoted(chart.left_out)}): a '+{len(chart.left_out)} more' stands for them, so their "
                "slices are not named"
            ),
            code=CONTENT_CUT,
            suggestion=(
                "give the chart more height (layout.height), or leave out layout.height (the chart then "
                "grows to hold its legend), or more width (the legend goes beside the pie)"
            ),
        )
    parts = []
    if chart.cut:
        parts.append(
            f"{len(chart.cut)} end in an ellipsis, turned under its narrow bars ({_quoted(chart.cut)})"
        )
    if chart.left_out:
        parts.append(
            f"{len(chart.left_out)} are left out, its bars too narrow to name each ({_quoted(chart.left_out)})"
        )
    taller = " or more height (turned names may take 45% of it)" if chart.cut else ""
    return Issue(
        path=chart.path,
        message=f"of the chart's {chart.total} category names, {'; '.join(parts)}",
        code=CONTENT_CUT,
        suggestion=(
            f"give the chart more width (fewer grid columns, a wider card or canvas){taller}, shorten the "
            "names, or show fewer categories"
        ),
    )


def _quoted(names: Sequence[str]) -> str:
    """The first `NAMED_LABELS` names quoted, and how many more there are."""
    quoted = ", ".join(f"'{name}'" for name in names[:NAMED_LABELS])
    return quoted + (f" and {len(names) - NAMED_LABELS} more" if len(names) > NAMED_LABELS else "")


HiddenKind = Literal["scroll", "fixed", "bar", "sheet", "dialog", "boxed_dialog"]
"""How content is hidden inside the screen (see Hidden)."""


@dataclass(frozen=True)
class Hidden:
    """Content hidden inside the screen, by the JSON path of what hides it and how many CSS px:
    `scroll`, a box that clips what it holds as a scrolled screen does (the screen above a bottom
    tab bar, a chat's messages taking a column's free room), which a full page grows; `fixed`, such
    a box in a box of set height, which a full page cannot grow; `bar`, a bottom tab bar pinned to
    the screen's bottom edge over the content that runs under it; `sheet`, a bottom sheet's body,
    which scrolls between its head and its actions once the sheet reaches its cap below the
    screen's top (a full page does not grow it either); `dialog`, a dialog's body, which scrolls
    between its head and its actions once the dialog is as tall as the screen less its margins
    (a full page draws it whole), and `boxed_dialog`, such a dialog kept to a box a full page does
    not grow (a device's frame, a card it is placed in). `edge`: where the content is
    hidden, below the box's bottom or, in a box that keeps its end in view (a conversation's
    messages just above its composer), above its top: the earlier messages."""

    path: str
    px: int
    kind: HiddenKind = "scroll"
    edge: Literal["bottom", "top"] = "bottom"


_FULL_PAGE_OPTION = "--full-page on the command line, full_page in the API's and MCP's options"
_TO_SEE_ALL = f"render the full page ({_FULL_PAGE_OPTION})"


def hidden_warning(element: Hidden) -> Issue:
    """The warning for content hidden inside the screen (see Hidden)."""
    if element.kind == "bar":
        return Issue(
            path=element.path,
            message=f"{element.px} px of the content above this bottom tab bar run under it and are hidden",
            code=CONTENT_CUT,
            suggestion=(
                "leave room for the bar: shorten the content above it, or make the screen's height "
                f"{element.px} px larger"
            ),
        )
    if element.kind == "sheet":
        return sheet_hidden_warning(element)
    if element.kind in ("dialog", "boxed_dialog"):
        return dialog_hidden_warning(element)
    if element.kind == "fixed":
        see_all = f"give the box that holds it {element.px} px more height"
    else:
        see_all = _TO_SEE_ALL
    if element.edge == "top":
        return Issue(
            path=element.path,
            message=(
                f"its first {element.px} px run above the top of its box and are hidden there, as a "
                "chat scrolled to its newest messages hides the earlier ones"
            ),
            code=CONTENT_CUT,
            suggestion=(
                "nothing to change for a chat, which shows its newest messages just above the "
                "composer; justify: start on the box shows its start instead; to see all of it, "
                f"shorten the content or {see_all}"
            ),
        )
    return Issue(
        path=element.path,
        message=(
            f"its content runs {element.px} px past the bottom of its box and is hidden there, as "
            "a scrolled screen hides it"
        ),
        code=CONTENT_CUT,
        suggestion=(
            "leave it so if the screen is meant to scroll; to see all of it, shorten the content or "
            f"{see_all}"
        ),
    )


TEXT_TRUNCATED = "text_truncated"

TruncatingRole = Literal[
    "button", "tab", "badge", "field", "placeholder", "addon", "item", "row_value", "title", "text"
]
"""What kind of text the page ended in an ellipsis: a button's label, a tab's, a badge's or chip's
text, a field's value, a field's placeholder, a field's prefix or suffix add-on, a menu's, list's
or sidebar's item, a list row's value (beside its label), a navbar's title, any other text."""


@dataclass(frozen=True)
class CutText:
    """One text (by its element's JSON path) that the page ends in an ellipsis: all of it, and
    what is drawn (`shown`, ending in "…"; empty when its box has no room for any of it)."""

    path: str
    text: str
    shown: str


@dataclass(frozen=True)
class TruncatedTexts:
    """Texts of one kind that the page ends in an ellipsis, alike (the buttons of one grid, a
    menu's items): `count` of them, the first few quoted in `texts`. `lines`: how many lines a
    text is kept to (a button in a form's actions: 2), 0 for one line. `icon`: whether the first
    one's element (a button) has an icon that could stand alone. `icon_alone`: the labels had no
    room for even a few letters beside their icons, so their buttons show the icons alone (their
    `shown` is empty). `elsewhere`: on the last group a render names, how many more texts it cut
    that are not named (in other groups)."""

    role: TruncatingRole
    texts: tuple[CutText, ...]
    count: int
    lines: int = 0
    icon: bool = False
    elsewhere: int = 0
    icon_alone: bool = False


QUOTED_TEXT = 60
"""At most this many characters of a cut text are quoted; a longer one is shortened ("[...]")."""

NAMED_ALIKE = 3
"""At most this many of the texts cut alike with the first are named; the rest are counted."""

_TRUNCATED_NOUNS: dict[str, str] = {
    "button": "button label",
    "tab": "tab label",
    "badge": "text",
    "field": "value",
    "placeholder": "placeholder",
    "addon": "add-on",
    "item": "item",
    "row_value": "row's value",
    "title": "title",
    "text": "text",
}

_TRUNCATED_ROOM: dict[str, str] = {"row_value": "the room its label leaves"}
"""Where a text of a kind did not fit, when that is not its own box."""

_TRUNCATED_ADVICE: dict[str, str] = {
    "button": (
        "give the buttons more width (fewer grid columns, fewer buttons in a row, a wider box or "
        "canvas) or shorten the label"
    ),
    "tab": "shorten the labels, use fewer tabs, or give the tabs more width",
    "badge": "shorten the text, or give it more room (a wider box, fewer things beside it)",
    "field": "give the field more width (a wider column or box, fewer fields in a row), or shorten the value",
    "placeholder": "give the field more width (a wider column or box, fewer fields in a row), or shorten it",
    "addon": (
        "the field's add-ons give way to its value, which keeps room for a few characters: give the field "
        "more width (a wider column or box, fewer fields in a row), or shorten or leave out the prefix or suffix"
    ),
    "item": (
        "shorten the item, or give the list, menu or sidebar more width (a larger layout.width, a "
        "wider column)"
    ),
    "row_value": (
        "the label keeps its line and the value beside it gives way, as a settings row's does: leave it "
        "so, or shorten the value, or give the list more width (a larger layout.width, a wider column)"
    ),
    "title": (
        "a bar's title gives way to its links, search and actions, which stay whole: leave it so, or "
        "shorten it, or give the bar room (fewer links, actions or children, a wider canvas)"
    ),
    "text": "give it more room (a wider box, fewer columns beside it, a wider canvas), or shorten it",
}


def truncated_warning(group: TruncatedTexts) -> Issue:
    """The warning for texts the page ends in an ellipsis: the first quoted whole and as drawn,
    the others cut alike named by path (with their own texts when these differ)."""
    first, *rest = group.texts
    noun = _TRUNCATED_NOUNS[group.role]
    if group.icon_alone:
        what = "has no room for a few letters beside its icon, so the button shows its icon alone"
    elif group.lines:
        lines = f"{group.lines} line{'s' * (group.lines > 1)}"
        what = f"does not fit in {lines} and is drawn ending '{_tail(first.shown)}'"
    elif not first.shown:
        what = f"has no room in {_TRUNCATED_ROOM.get(group.role, 'its box')}: none of it is drawn"
    else:
        room = _TRUNCATED_ROOM.get(group.role, "its box")
        what = f"does not fit {room} and is drawn as '{_quoted_text(first.shown)}'"
    message = f"the {noun} '{_quoted_text(first.text)}' {what}"
    if group.count > 1:
        verb = ("does", "do") if group.icon_alone else ("is", "are")
        message += f"; so {verb[group.count > 2]} {_alike(first, rest, group.count - 1)}"
    if group.elsewhere:
        more = f"{group.elsewhere} more text{'s' * (group.elsewhere > 1)}"
        message += (
            f"; {more} elsewhere end{'s' * (group.elsewhere == 1)} in an ellipsis too (named once these fit)"
        )
    advice = _TRUNCATED_ADVICE[group.role]
    if group.icon_alone:
        advice += ", or leave out the label to make it an icon-only button on purpose"
    elif group.role == "button" and group.icon:
        advice += ", or show the icon alone (an icon-only button: leave out the label)"
    return Issue(path=first.path, message=message, code=TEXT_TRUNCATED, suggestion=advice)


def _alike(first: CutText, rest: Sequence[CutText], others: int) -> str:
    """The texts cut like `first`: `others` of them, the first NAMED_ALIKE of `rest` named (a
    text of the same element by its words, one of another element by its path too)."""
    named = []
    for text in rest[:NAMED_ALIKE]:
        same = (text.text, text.shown) == (first.text, first.shown)
        drawn = f" as '{_quoted_text(text.shown)}'" if text.shown else ""  # not drawn: an icon alone
        words = "" if same else f"'{_quoted_text(text.text)}'{drawn}"
        where = "" if text.path == first.path else text.path
        named.append(f"{words} at {where}" if words and where else words or where)
    more = others - len(named)
    listed = ", ".join(part for part in named if part)
    count = f"{others} more like it"
    if not listed:
        return count
    return f"{count} ({listed}{f' and {more} more' if more > 0 else ''})"


def _quoted_text(text: str) -> str:
    """`text` as quoted in a warning: whole, or its first QUOTED_TEXT characters and "[...]"."""
    return text if len(text) <= QUOTED_TEXT else f"{text[:QUOTED_TEXT].rstrip()} [...]"


TAIL_CHARACTERS = 30
"""About this many of the last characters drawn of a text kept to a few lines are quoted."""


def _tail(shown: str) -> str:
    """The end of what is drawn of a text kept to a few lines: its last whole words within
    TAIL_CHARACTERS (the ellipsis follows them)."""
    if len(shown) <= TAIL_CHARACTERS:
        return shown
    tail = shown[-TAIL_CHARACTERS:]
    if not shown[-TAIL_CHARACTERS - 1].isspace() and " " in tail:
        tail = tail.split(" ", 1)[1]  # not the end of a word cut in two
    return f"[...] {tail.lstrip()}"


CONTENT_FOLDED = "content_folded"


@dataclass(frozen=True)
class FoldedPart:
    """A part of a navbar left out for want of room: a link gone to the links' "more" item, its
    search field drawn as an icon button or a button with an icon whose label is left out; its
    words (label, placeholder) and its JSON path ("" for one of the bar's `actions`)."""

    kind: Literal["link", "search", "button"]
    words: str
    path: str = ""


@dataclass(frozen=True)
class FoldedBar:
    """A navbar (by JSON path) too narrow for all it holds, and the parts it left out or drew as icon buttons."""

    path: str
    parts: tuple[FoldedPart, ...]


def folded_warning(bar: FoldedBar) -> Issue:
    """The warning for a navbar that folded links into its "more" item, or drew its search or
    buttons' labels as icon buttons: each named with its words and path."""
    folded = []
    links = [part for part in bar.parts if part.kind == "link"]
    if links:
        folded.append(_folded_links(links))
    for part in bar.parts:
        where = f" ({part.path})" if part.path else ""
        if part.kind == "search":
            folded.append(f"its search{where} is drawn as a search icon button")
        elif part.kind == "button":
            folded.append(f"the button '{_quoted_text(part.words)}'{where} shows its icon alone")
    return Issue(
        path=bar.path,
        message=f"the bar is too narrow for all it holds: {', '.join(folded)}",
        code=CONTENT_FOLDED,
        suggestion=(
            "leave it so (a phone's top bar shows its search and actions as icons, its links in a menu), or "
            "give the bar room to show them whole: a shorter title, fewer or shorter links, actions or "
            "children, a wider canvas"
        ),
    )


FOLDED_LINKS_NAMED = 5
"""Links gone to the "more" item named one by one; past them the rest are counted."""


def _folded_links(links: Sequence[FoldedPart]) -> str:
    """The links gone to the "more" item, each by its words and path (the first FOLDED_LINKS_NAMED)."""
    named = [
        f"'{_quoted_text(link.words)}' ({link.path})" if link.words else link.path
        for link in links[:FOLDED_LINKS_NAMED]
    ]
    if len(links) > FOLDED_LINKS_NAMED:
        named.append(f"{len(links) - FOLDED_LINKS_NAMED} more")
    if len(named) == 1:
        return f'its link {named[0]} is folded into its "more" item (… ⌄)'
    return f'{len(links)} of its links, {", ".join(named[:-1])} and {named[-1]}, are folded into its "more" item (… ⌄)'


def sheet_hidden_warning(element: Hidden) -> Issue:
    """The warning for a bottom sheet whose children run past its body: the sheet stops short of
    the screen's top, so its head and actions stay in view and its children scroll between them."""
    return Issue(
        path=element.path,
        message=(
            f"{element.px} px of its children run past the bottom of the sheet's body and are hidden "
            "there: a sheet stops 48 px below the top of the screen and its children scroll between "
            "its title and its actions"
        ),
        code=CONTENT_CUT,
        suggestion=(
            "leave it so if the sheet is meant to scroll; to see all of them, shorten the content "
            f"(fewer fields, or short ones side by side in a row) or make the screen {element.px} px taller "
            "(the document's height)"
        ),
    )


def dialog_hidden_warning(element: Hidden) -> Issue:
    """The warning for a dialog whose children run past its body: a dialog taller than the screen
    is kept to it, 24 px from its edges, so its title and actions stay in view and its children
    scroll between them. A full page draws it whole, unless it is kept to a box a full page does
    not grow (`boxed_dialog`: a device's frame, a card)."""
    see_all = (
        f"give the screen (or the box the dialog is placed in) {element.px} px more height"
        if element.kind == "boxed_dialog"
        else f"make the screen {element.px} px taller (the document's height)"
    )
    whole = (
        ""
        if element.kind == "boxed_dialog"
        else f"render the full page ({_FULL_PAGE_OPTION}), which draws the dialog whole, "
    )
    return Issue(
        path=element.path,
        message=(
            f"{element.px} px of its children run past the bottom of the dialog's body and are hidden "
            "there: a dialog taller than the screen is kept 24 px from its edges, its title and actions "
            "in view, and its children scroll between them"
        ),
        code=CONTENT_CUT,
        suggestion=(
            f"leave it so if the dialog is meant to scroll; to see all of them, {whole}shorten the "
            "content (fewer fields, fewer rows in a textarea, short fields side by side in a row), or "
            f"{see_all}"
        ),
    )


TooltipSide = Literal["top", "bottom", "left", "right"]
"""The side of its target a tooltip's bubble is drawn on (its `variant`)."""


@dataclass(frozen=True)
class CutTooltip:
    """A tooltip (by JSON path) whose bubble runs `px` CSS px out above the screen's top or past
    its side (`edge`), although it was shifted along the edge and tried on the other side of its
    target: there was room on neither. `side`: the side it asks for (its `variant`)."""

    path: str
    px: int
    edge: Literal["top", "left", "right"]
    side: TooltipSide = "top"


def tooltip_cut_warning(tooltip: CutTooltip) -> Issue:
    """The warning for a tooltip whose bubble fits on neither side of its target, with the
    variants across that axis (above or below for one drawn beside its target, and the other
    way round); a bubble cut across its own axis is larger than the screen leaves it."""
    where = (
        "above the top of the image"
        if tooltip.edge == "top"
        else f"past the {tooltip.edge} side of the image"
    )
    across = tooltip.edge in ("left", "right") and tooltip.side in ("left", "right")
    along = tooltip.edge == "top" and tooltip.side in ("top", "bottom")
    if along:
        why, advice = (
            "there is no room for it above or below what it points at",
            "give it variant: left or variant: right (a side with room), shorten its text, or move what it "
            "points at further from the screen's top and bottom",
        )
    elif across:
        why, advice = (
            "there is no room for it on either side of what it points at",
            "give it variant: top or variant: bottom (a side with room), shorten its text, or move what it "
            "points at further from the screen's sides",
        )
    else:
        why, advice = (
            "it is larger than the screen leaves it, even shifted along the edge",
            "shorten its text (the bubble wraps at 260 px), or give the canvas more room",
        )
    return Issue(
        path=tooltip.path,
        message=f"the tooltip's bubble runs {tooltip.px} px {where} and is cut off there: {why}",
        code=CONTENT_CUT,
        suggestion=advice,
    )


def measured_cut_warnings(
    cut_width_px: int,
    past_side: Sequence[SideOverflow],
    cut_tables: Sequence[CutTable],
    overflowing: Sequence[Overflowing] = (),
    before_start: Sequence[StartOverflow] = (),
    cut_tabs: Sequence[CutTabs] = (),
    squeezed: Sequence[Squeezed] = (),
    hidden: Sequence[Hidden] = (),
    clipped: Sequence[Clipped] = (),
    cut_charts: Sequence[CutChartLabels] = (),
    truncated: Sequence[TruncatedTexts] = (),
    cut_tooltips: Sequence[CutTooltip] = (),
    folded: Sequence[FoldedBar] = (),
) -> list[Issue]:
    """What a render measured besides the content below the canvas: content past the canvas's
    side, tables cut at their own edge, boxes whose content runs out of their height, boxes too
    narrow for their words, content a scrolling box hides, content a box cuts at its side, a
    chart's category names not drawn whole, texts ended in an ellipsis, tooltips whose bubble
    fits nowhere on the screen, navbars' parts drawn as icon buttons."""
    side = side_cut_warnings(cut_width_px, past_side) if cut_width_px > 0 else []
    return (
        side
        + [cut_table_warning(table) for table in cut_tables]
        + overflow_warnings(overflowing)
        + [start_cut_warning(element) for element in before_start]
        + [tooltip_cut_warning(tooltip) for tooltip in cut_tooltips]
        + [cut_tabs_warning(strip) for strip in cut_tabs]
        + [hidden_warning(box) for box in hidden]
        + [clipped_warning(box) for box in clipped]
        + [chart_labels_warning(chart) for chart in cut_charts]
        + squeezed_warnings(squeezed)
        + [truncated_warning(group) for group in truncated]
        + [folded_warning(bar) for bar in folded]
    )


def with_content_cut(
    warnings: list[dict[str, Any]],
    cut_px: int,
    measured_warnings: Sequence[dict[str, Any]] = (),
    image: tuple[int, int] | None = None,
) -> list[dict[str, Any]]:
    """A job's warnings once its image is made: the validator's, then content cut off below the
    canvas, then what else the render measured (`measured_warnings`, as dicts), each measured one
    with its kind (see `kernel.warning_kinds`)."""
    below = [content_cut_warning(cut_px, image=image).as_dict()] if cut_px > 0 else []
    measured = [
        {**warning, "kind": warning_kind(str(warning.get("code")))}
        for warning in [*below, *measured_warnings]
    ]
    return [*warnings, *measured]
