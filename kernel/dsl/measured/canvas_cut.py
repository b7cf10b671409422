"""Content cut off below the canvas, past what a full page captures or past the tallest PDF page."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kernel.dsl.canvas_limits import MAX_PIXELS, MAX_SIDE
from kernel.errors import Issue
from kernel.warning_kinds import HEIGHT_PAST_SCREEN

if TYPE_CHECKING:
    from kernel.dsl.model import Document

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
    path: str = "/height",
) -> Issue:
    """The warning for `cut_px` CSS px of content below the canvas (a positive number), at
    `path`: the field that set the canvas's height (see `cut_path`).

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
        path=path,
        message=f"the content runs {cut_px} px below the bottom of the image and is cut off",
        code=CONTENT_CUT,
        suggestion=advice,
    )


def screen_share_cause(warnings: Iterable[Issue | Mapping[str, Any]]) -> str | None:
    """The path of the `height_past_screen` warning among `warnings` (issues or their dicts),
    the likeliest cause of content cut below the canvas, or None. Where there is one, a render's
    cut is not told again as `content_cut` (`cut_told_by`): that warning already names the
    element, the cut and the fix (`flex: 1`), which a taller canvas would not be."""
    for warning in warnings:
        found = warning if isinstance(warning, Mapping) else warning.as_dict()
        if found.get("code") == HEIGHT_PAST_SCREEN:
            return str(found.get("path") or "")
    return None


def cut_told_by(warnings: Iterable[Issue | Mapping[str, Any]], *, height_option: bool = False) -> bool:
    """Whether content cut below the canvas is already told by a `height_past_screen` warning
    among `warnings` (see `screen_share_cause`), so that no `content_cut` repeats it at the same
    path with the same advice. Not when a height option set the canvas's height: then that
    option, not the document, is what the cut's warning points at."""
    return not height_option and screen_share_cause(warnings) is not None


def cut_path(document: Document, *, height_option: bool = False) -> str:
    """Where a warning of content cut below the canvas points: the document's `height`, else its
    `device` (whose preset set the height), else the document itself (the default height, or an
    option's: `height_option`). A device-only document was pointed at "/height", a field it does
    not have, placed at its first line."""
    if height_option:
        return ""
    if document.height is not None:
        return "/height"
    return "/device" if document.device is not None else ""


MAX_CAPTURE_PX = 16_384
"""Chromium captures at most this many image px tall: a taller full page (or cropped content)
is cut there, at this very row (at scale 3, 5,461 1/3 CSS px: the clip need not end on a CSS px).
Not its width: a page as wide as a canvas may be comes out whole (8,000 CSS px at scale 4, a
32,000 px wide image), see `capture_width_limit`."""


def full_page_reach(image_width: int) -> int:
    """How many image px tall a full page `image_width` image px wide may be: what Chromium
    captures (MAX_CAPTURE_PX) and no more than MAX_PIXELS (see `capture_height_limit`, in CSS px)."""
    return min(MAX_CAPTURE_PX, MAX_PIXELS // max(1, image_width))


def capture_limit(scale: float, side: int = MAX_CAPTURE_PX) -> float:
    """The most CSS px tall that Chromium captures at `scale`: MAX_CAPTURE_PX image px (or
    `side`, less: MAX_WEBP_SIDE for a WebP image, either side), a fraction of a CSS px included (at scale 3,
    5,461 1/3): a clip cut at the last whole CSS px left the image a row short of the limit."""
    return side / scale


def capture_width_limit(scale: float, side: int = MAX_CAPTURE_PX) -> float:
    """The most CSS px wide a full-page (or cropped) image may be at `scale`: as wide as the
    page, for a PNG or a JPEG (the canvas's limits already bound it, and the pixel limit then
    bounds the height, see `capture_height_limit`), but no wider than a WebP image holds (`side`
    less than MAX_CAPTURE_PX). A clip cut at MAX_CAPTURE_PX image px wide silently left out the
    right of a page wider than that (a 5,000 px landing page at scale 4: its sign-up button and
    its notes), though Chromium captures it whole."""
    return math.inf if side >= MAX_CAPTURE_PX else capture_limit(scale, side)


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
        if scale == 1:
            length, stop, rest = f"{total:,} px tall", f"{kept:,} px", "px"
        else:
            length = f"{total:,} CSS px tall ({round(total * scale):,} image px at scale {scale:g})"
            held = math.ceil(
                capture_height_limit(cut.width, scale, side) * scale - 1e-6
            )  # as Chromium rounds
            stop = f"{kept:,} CSS px ({held:,} image px)"
            rest = "CSS px"
        return Issue(
            path="",
            message=(
                f"{what} is {length} and {image_width:,} image px wide, but an image holds at most "
                f"{MAX_PIXELS // 1_000_000} megapixels: the image stops at {stop} and the last "
                f"{cut.px:,} {rest} are cut off{_cut_elements(cut)}"
            ),
            code=CONTENT_CUT,
            suggestion=(
                "make the page narrower or shorter, or split the screen into several documents "
                f"(one per section){lower}"
            ),
        )
    if scale == 1:
        length, limit, stop, rest = f"{total:,} px tall", f"{side:,} px", f"{kept:,} px", "px"
    else:
        length = f"{total:,} CSS px tall, {round(total * scale):,} image px at scale {scale:g},"
        limit = f"{side:,} image px"
        stop = f"{kept:,} CSS px ({side:,} image px)"
        rest = "CSS px"
    holds = "Chromium captures at most" if side == MAX_CAPTURE_PX else "a WebP image holds at most"
    return Issue(
        path="",
        message=(
            f"{what} is {length} but {holds} {limit}: the image stops at {stop} and "
            f"the last {cut.px:,} {rest} are cut off{_cut_elements(cut)}"
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
