"""A bar, line or area chart's x axis: the labels under its plot, laid out for whatever width the
chart turns out to have, which only Chromium knows (a grid column, a card, a phone).

Two kinds of axis, as Chart.js and Excel treat them:

- a *sequence* (dates, months, weeks, quarters, years, times, numbers: `is_sequence`) reads on
  from a few labels, so a crowded one shows every n-th label, whole, at a regular step;
- *categories* (channels, products, funnel stages) each need their name: a label that does not
  fit its band wraps onto two lines, then all turn 40 degrees (the text ending under its bar),
  then the rotated text gets a little smaller; only a name longer than the room under the plot
  allows ends in an ellipsis, and only bands too narrow for even small rotated text thin out.

Every choice is a threshold on the plot's width, written as container queries in a stylesheet of
the chart's own (`XAxis.css`): the plot's frame is a size container, its labels follow the rules.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import get_args

from babel.dates import get_day_names, get_month_names

from kernel.dsl.compiler.html import esc
from kernel.dsl.compiler.text_metrics import in_typeface
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.compiler.ui_strings import cldr_locale
from kernel.dsl.memo import remembered_up_to

# --- text widths -----------------------------------------------------------------------------------

_EMS: dict[str, float] = {
    **dict.fromkeys("0123456789$€£#", 0.57), **dict.fromkeys(".,:;'!|iljI", 0.27), " ": 0.26,
    **dict.fromkeys("ftr-()[]/", 0.35), "%": 0.83, **dict.fromkeys("mwMW", 0.86),
}  # fmt: skip
"""Advance of characters in the theme's sans-serif, in em (others: `_em`)."""


def text_px(text: str, font: float, typeface: Typeface = "sans") -> float:
    """About how wide `text` is at `font` px (regular weight) in the theme's `typeface`, to size
    slots without measuring."""
    return _TEXT_EMS[typeface](text) * font


def _ems_in(typeface: Typeface) -> Callable[[str], float]:
    """The advance of a text in em in `typeface` (the sum of its characters'), remembered: an
    axis measures its labels again and again."""

    @remembered_up_to(64, entries=4096)
    def text_ems(text: str) -> float:
        return sum(in_typeface(c, _EMS.get(c) or _em(c), typeface) for c in text)

    return text_ems


_TEXT_EMS = {typeface: _ems_in(typeface) for typeface in get_args(Typeface)}


def _em(character: str) -> float:
    """The advance (em) of a character `_EMS` does not list."""
    if character.islower():
        return 0.55
    if character.isupper():
        return 0.65
    return 1.0 if ord(character) >= 0x2E80 else 0.6  # CJK and emoji take a full em


# --- sequences and categories ----------------------------------------------------------------------

_ENGLISH_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)  # fmt: skip
_ENGLISH_DAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)  # fmt: skip
_NUMBER = re.compile(r"^[-+−]?[$€£¥]?\d[\d,.\s\u00a0\u202f]*%?$")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=64)
def _calendar_words(lang: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """Month and weekday names (whole and abbreviated, lower case, no final dot): English ones,
    and those of `lang` from the Unicode CLDR (Babel) when it is another language."""
    months, days = set(_ENGLISH_MONTHS), set(_ENGLISH_DAYS)
    locale = cldr_locale(lang)
    if locale is not None:
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                months |= {n.casefold().rstrip(".") for n in get_month_names(width, context, locale).values()}
                days |= {n.casefold().rstrip(".") for n in get_day_names(width, context, locale).values()}
    return frozenset(months), frozenset(days)


def _skeleton(label: str, months: frozenset[str], days: frozenset[str]) -> str:
    """A label with its figures as `#`, its month names as `<m>` and its weekday names as `<d>`:
    "September 2024" and "Jan 2025" are both "<m> #", "2025-06-01" is "#-#-#", "W12" is "w#"."""

    def word(match: re.Match[str]) -> str:
        text = match.group(0)
        return "<m>" if text in months else "<d>" if text in days else text

    text = re.sub(r"(?<=[^\W\d_])\.", "", label.strip().casefold())  # "janv." is "janv"
    return _WORD.sub(word, re.sub(r"\d+", "#", text))


def is_sequence(labels: Sequence[str], lang: str | None = None) -> bool:
    """Whether the labels run in an order, so that a few of them stand for the rest: all
    numbers (2021, 2022; 0.5, 1), or all written alike around figures, month or weekday names
    (2025-06-01, W1..W52, Q1 2024, 10:00, Jan..Dec, September 2024, Mon..Sun, in English or in
    `lang`). Anything else is categories (Organic search, Paid social), each of which is named."""
    texts = [label.strip() for label in labels if label.strip()]
    if len(texts) < 2:
        return False
    if all(_NUMBER.match(text) for text in texts):
        return True
    months, days = _calendar_words(lang)
    shapes = {_skeleton(text, months, days) for text in texts}
    if len(shapes) != 1:
        return False
    shape = shapes.pop()
    return "#" in shape or "<m>" in shape or "<d>" in shape


# --- layout ----------------------------------------------------------------------------------------

X_FONT = 11.5
X_LINE = 14.0
X_TOP = 8.0
"""The space (px) between the plot's bottom and its labels."""
X_BOTTOM = 4.0
FLAT_ROOM = X_TOP + X_LINE + X_BOTTOM
"""The px under the plot that one line of labels takes."""
X_GAP = 8.0
"""The clear space kept between two labels side by side, in px."""
X_MARGIN = 1.06  # text widths are estimated: a little more, so that labels never touch
ROTATION = 40.0
"""Degrees a category's name turns (anticlockwise, ending under its bar) when its band is too
narrow for it on two lines."""
SMALL_FONT = 10.0
SMALL_LINE = 12.0
"""The smaller text rotated names take when their bands are too narrow for them at `X_FONT`."""
ROTATED_CLEARANCE = 3.0
"""The px kept between two rotated names, across them."""
ROTATED_SHARE = 0.45
"""The largest share of the plot's height rotated names may take below it; a name longer than
that allows (but never less than `ROTATED_LEAST` px) ends in an ellipsis."""
ROTATED_LEAST = 48.0
ROTATED_MOST = 160.0

_SIN = math.sin(math.radians(ROTATION))
_COS = math.cos(math.radians(ROTATION))


@dataclass(frozen=True, slots=True)
class XAxis:
    """The labels' HTML (`html`, to follow the plot's canvas), the chart's own rules for them
    (`css`, container queries on the frame marked with the scope class), the most room (px)
    they may take under the plot at any width (`most_room`), and the room they take below each
    plot width (`rooms`: pairs of a width and the px, the widest first; `FLAT_ROOM` above them)."""

    html: str
    css: str
    most_room: float
    rooms: tuple[tuple[float, float], ...] = ()


@dataclass(frozen=True, slots=True)
class Band:
    """A band's width (px) as a function of the plot's width W: the least of `(W - k) / d` over
    its `(k, d)` pieces, each a case of which padding is at work (see `_sequence_band`)."""

    pieces: tuple[tuple[float, float], ...]

    def at(self, width: float) -> float:
        """The band's width in a plot `width` px wide."""
        return min((width - k) / d for k, d in self.pieces)

    def width_for(self, band: float) -> float:
        """The least plot width (px) at which a band is at least `band` px wide."""
        return max(band * d + k for k, d in self.pieces)

    def padding(self, floor: float, reach: float) -> str:
        """CSS for a padding that is `floor` px, or more where a label reaching `reach` px
        sideways from the middle of the first (or last) band would stick out past the plot:
        `reach - band / 2`, which is `(2 * d * reach + k - W) / (2 * d)` for each piece."""
        terms = [_px(floor)] + [
            f"calc(({_px(2 * d * reach + k)} - 100cqw) / {_num(2 * d)})"
            for k, d in self.pieces
            if 2 * d * reach + k
            > floor  # a piece that can be the largest only at a negative width is left out
        ]
        return terms[0] if len(terms) == 1 else f"max({','.join(terms)})"


@dataclass(frozen=True, slots=True)
class Layout:
    """How the labels are drawn in a range of plot widths: on `lines` lines (a sequence's name
    on two), turned (`rotated`), in the smaller text (`small`), every `stride`-th shown."""

    lines: int = 1
    rotated: bool = False
    small: bool = False
    stride: int = 1


WIDEST = Layout()
"""The layout of a plot wide enough for every label side by side (a category's name may still
wrap onto its own lines under its bar)."""


def stride_chain(count: int) -> list[int]:
    """The steps at which a crowded axis shows every n-th label, each a multiple of the one
    before (so a label shown at a coarse step is shown at every finer one), preferring steps
    that divide the span from the first label to the last, so that both ends stay labelled:
    13 weeks -> 1, 2, 4, 12; 7 days -> 1, 2, 6; 12 months -> 1, 2, 4, 8, 16."""
    span = count - 1
    chain = [1]
    while chain[-1] < span:
        step = chain[-1]
        dividing = [step * m for m in (2, 3, 4, 5) if span % (step * m) == 0]
        chain.append(dividing[0] if dividing else step * 2)
    return chain


def stride_levels(count: int) -> list[int | None]:
    """For each label, the index in `stride_chain` of the coarsest step that shows it (None
    for the first label, which every step shows)."""
    chain = stride_chain(count)
    return [None] + [max(k for k, step in enumerate(chain) if index % step == 0) for index in range(1, count)]


def finest_stride(chain: Sequence[int], band: float, least: float, count: int) -> int:
    """The finest step of `chain` at which labels `band` px apart are at least `least` px apart;
    `count` (the first label alone) when none is."""
    return next((step for step in chain if step * band >= least), count)


WRAPPED_LINES = 3
"""The most lines a category's name wraps onto under its bar before the names turn instead."""


def wrapped_width(label: str, typeface: Typeface = "sans") -> float:
    """The least width (px, at `X_FONT` in the theme's `typeface`) in which `label` fits on at
    most `WRAPPED_LINES` lines broken between its words: its widest word at least, its whole
    width at most. A name of more than a dozen words is judged by its first twelve (it turns
    anyway)."""
    return _WRAPPED_WIDTHS[typeface](label)


def _wrapped_width_in(typeface: Typeface) -> Callable[[str], float]:
    """`wrapped_width` in `typeface`, remembered: an axis asks for the same names again and again."""

    @remembered_up_to(64, entries=4096)
    def wrapped(label: str) -> float:
        words = label.split()[:12]
        best = text_px(" ".join(words), X_FONT, typeface)
        for cuts in range(1, min(WRAPPED_LINES, len(words))):
            for points in itertools.combinations(range(1, len(words)), cuts):
                bounds = (0, *points, len(words))
                lines = (" ".join(words[a:b]) for a, b in itertools.pairwise(bounds))
                best = min(best, max(text_px(line, X_FONT, typeface) for line in lines))
        return best

    return wrapped


_WRAPPED_WIDTHS = {typeface: _wrapped_width_in(typeface) for typeface in get_args(Typeface)}


_DAY_NUMBER = re.compile(r"^\d{1,2}[.,]?$")


def two_lines(label: str, typeface: Typeface = "sans") -> tuple[str, str] | None:
    """A name of several words as the two lines that take the least width (in the theme's
    `typeface`), or None for one word. A day's number stays with the word before it: "Jun 1"
    is one date, not "Jun" over "1", and so is "1. Juni" ("January 2024" may still take two lines)."""
    words = label.split()
    cuts = [
        cut
        for cut in range(1, len(words))
        if not _DAY_NUMBER.match(words[cut]) and not (cut == 1 and _DAY_NUMBER.match(words[0]))
    ]
    if not cuts:
        return None
    splits = [(" ".join(words[:cut]), " ".join(words[cut:])) for cut in cuts]
    return min(splits, key=lambda lines: max(text_px(line, X_FONT, typeface) for line in lines))


def x_axis(
    labels: Sequence[str],
    *,
    gutter: float,
    plot_height: float,
    scope: str,
    lang: str | None = None,
    typeface: Typeface = "sans",
) -> XAxis:
    """The x axis under a plot `plot_height` px tall (labels included) whose value labels take
    `gutter` px on its left; `scope` is the class of the plot's frame that the rules are for;
    the labels' widths are estimated in the theme's `typeface`."""
    if not labels or not any(label.strip() for label in labels):
        rules = f".{scope}>.dsl-chart-inner{{padding-left:{_px(gutter)}}}"
        return XAxis('<div class="dsl-chart-xs is-empty"></div>', rules, FLAT_ROOM)
    if is_sequence(labels, lang):
        return _SequenceAxis(labels, gutter, typeface).axis(scope)
    return _CategoryAxis(labels, gutter, plot_height, typeface).axis(scope)


class _SequenceAxis:
    """Labels read in order (`is_sequence`): every n-th shown, at a regular step from the
    first (`stride_chain`), each whole and centred under its bar; the first and the last may
    stick out past the plot into its padding, which grows as much as they need. Where they do
    not all fit side by side, labels of several words ("January 2024") take two lines."""

    def __init__(self, labels: Sequence[str], gutter: float, typeface: Typeface = "sans") -> None:
        self.labels = labels
        self.gutter = gutter
        self.count = len(labels)
        self.chain = stride_chain(self.count)
        self.splits = [two_lines(label, typeface) for label in labels]
        one = [text_px(label, X_FONT, typeface) * X_MARGIN for label in labels]
        two = [
            max(text_px(line, X_FONT, typeface) for line in split) * X_MARGIN if split else width
            for split, width in zip(self.splits, one, strict=True)
        ]
        self.widths = {1: one, 2: two}
        self.crowded = 2 if any(self.splits) else 1
        """The lines a label takes where they do not all fit side by side."""
        self.bands = {
            lines: _sequence_band(self.count, gutter, widths[0] / 2, widths[-1] / 2)
            for lines, widths in self.widths.items()
        }
        self.all_fit = self.bands[1].width_for(max(one) + X_GAP)
        """The least plot width at which every label shows, on one line."""

    def shows_every(self, step: int) -> float:
        """The least plot width at which every `step`-th label shows."""
        lines = self.crowded
        return min(self.all_fit, self.bands[lines].width_for((max(self.widths[lines]) + X_GAP) / step))

    def layout(self, width: float) -> Layout:
        """How the labels are drawn in a plot `width` px wide."""
        if width >= self.all_fit:
            return WIDEST
        lines = self.crowded
        band = self.bands[lines].at(width)
        return Layout(
            lines=lines, stride=finest_stride(self.chain, band, max(self.widths[lines]) + X_GAP, self.count)
        )

    def padding(self, lines: int) -> str:
        """The plot's paddings when its labels take `lines` lines (see `_sequence_band`)."""
        widths, band = self.widths[lines], self.bands[lines]
        left, right = band.padding(self.gutter, widths[0] / 2), band.padding(0, widths[-1] / 2)
        return f"padding-left:{left};padding-right:{right}"

    def axis(self, scope: str) -> XAxis:
        cells = []
        levels = stride_levels(self.count)
        for label, split, level in zip(self.labels, self.splits, levels, strict=True):
            text = f"<span>{esc(split[0])}</span> <span>{esc(split[1])}</span>" if split else esc(label)
            cells.append(_cell(text, level))
        css = f".{scope}>.dsl-chart-inner{{{self.padding(1)}}}"
        if self.crowded == 2:
            crowded = (
                f".{scope}>.dsl-chart-inner{{{self.padding(2)}}}.{scope} .dsl-chart-xt>span{{display:block}}"
            )
            css += _query(self.all_fit, crowded)
        css += _thinning(scope, levels, [self.shows_every(step) for step in self.chain])
        crowded_room = FLAT_ROOM + (self.crowded - 1) * X_LINE
        return XAxis(_row(cells, "is-sequence"), css, crowded_room, ((self.all_fit, crowded_room),))


def _sequence_band(count: int, gutter: float, first: float, last: float) -> Band:
    """The band of a sequence's labels: the plot's width less the paddings, shared by `count`.

    The left padding is the gutter, or half the first label less half a band where that is
    more; the right one half the last label less half a band, or nothing. Each case is a piece
    `(W - k) / d`; the band is the least of them (the paddings are the largest)."""
    pieces = [(gutter, float(count)), (gutter + last, count - 0.5), (first, count - 0.5)]
    if count > 1:
        pieces.append((first + last, count - 1.0))
    return Band(tuple(pieces))


class _CategoryAxis:
    """Categories, each named under its bar: on one line, wrapped (balanced) onto up to
    `WRAPPED_LINES`, then all turned by `ROTATION` (the text ending under its bar), then turned
    and smaller (where bands are too narrow for the text, or a name too long for the room under
    the plot); thinned only where even that cannot keep them apart. A name longer than the room
    under the plot allows (`rotated_most`) even in the smaller text ends in an ellipsis."""

    def __init__(
        self, labels: Sequence[str], gutter: float, plot_height: float, typeface: Typeface = "sans"
    ) -> None:
        self.labels = labels
        self.gutter = gutter
        self.count = len(labels)
        self.chain = stride_chain(self.count)
        wrapped = max(wrapped_width(label, typeface) for label in labels) * X_MARGIN
        self.rotate_below = Band(((gutter, float(self.count)),)).width_for(wrapped + X_GAP)
        """Below this plot width the names turn."""
        one_line = max(text_px(label, X_FONT, typeface) for label in labels) * X_MARGIN
        self.wrap_below = Band(((gutter, float(self.count)),)).width_for(one_line + X_GAP)
        """Below this plot width a name may wrap onto more lines."""
        self.longest = rotated_most(plot_height)
        turned = [min(text_px(label, X_FONT, typeface) * X_MARGIN, self.longest) for label in labels]
        # how far the turned names reach left of their bar's middle (a later one from further right)
        self.reach = max(
            length * _COS + X_LINE / 2 * _SIN - index * _pitch(SMALL_LINE)
            for index, length in enumerate(turned)
        )
        self.rotated = Band(((gutter, float(self.count)), (self.reach, self.count - 0.5)))
        # a name too long for the room turned is drawn smaller before it is cut: so are all, then
        too_long = any(text_px(label, X_FONT, typeface) > self.longest for label in labels)
        self.small_below = (
            self.rotate_below if too_long else min(self.rotate_below, self.rotated.width_for(_pitch(X_LINE)))
        )
        """Below this plot width the turned names take the smaller text."""
        self.room = _rotated_room(max(turned), X_LINE)
        small = min(max(text_px(label, SMALL_FONT, typeface) for label in labels) * X_MARGIN, self.longest)
        self.small_room = _rotated_room(small, SMALL_LINE)

    def shows_every(self, step: int) -> float:
        """The least plot width at which every `step`-th name shows."""
        return min(self.small_below, self.rotated.width_for(_pitch(SMALL_LINE) / step))

    def layout(self, width: float) -> Layout:
        """How the names are drawn in a plot `width` px wide."""
        if width >= self.rotate_below:
            return WIDEST
        if width >= self.small_below:
            return Layout(rotated=True)
        band = self.rotated.at(width)
        return Layout(
            rotated=True, small=True, stride=finest_stride(self.chain, band, _pitch(SMALL_LINE), self.count)
        )

    def axis(self, scope: str) -> XAxis:
        levels = stride_levels(self.count)
        cells = [_cell(esc(label), level) for label, level in zip(self.labels, levels, strict=True)]
        turned = (
            f".{scope}>.dsl-chart-inner{{padding-left:{self.rotated.padding(self.gutter, self.reach)}}}"
            f".{scope} .dsl-chart-x{{width:0;height:{_px(self.room - X_TOP - X_BOTTOM)};position:relative}}"
            f".{scope} .dsl-chart-xt{{position:absolute;top:0;right:0;max-width:{_px(self.longest)};"
            "white-space:nowrap;overflow:hidden;text-overflow:ellipsis;"
            f"transform-origin:100% 50%;transform:rotate(-{_num(ROTATION)}deg)}}"
        )
        smaller = (
            f".{scope} .dsl-chart-x{{font-size:{_px(SMALL_FONT)};line-height:{_px(SMALL_LINE)};"
            f"height:{_px(self.small_room - X_TOP - X_BOTTOM)}}}"
        )
        css = (
            f".{scope}>.dsl-chart-inner{{padding-left:{_px(self.gutter)}}}"
            + _query(self.rotate_below, turned)
            + _query(self.small_below, smaller)
            + _thinning(scope, levels, [self.shows_every(step) for step in self.chain])
        )
        wrapped = FLAT_ROOM + (WRAPPED_LINES - 1) * X_LINE
        rooms = (
            (self.wrap_below, wrapped),
            (self.rotate_below, self.room),
            (self.small_below, self.small_room),
        )
        return XAxis(_row(cells, "is-categories"), css, max(self.room, wrapped), rooms)


def _thinning(scope: str, levels: Sequence[int | None], least_widths: Sequence[float]) -> str:
    """Rules hiding the labels of each level of `stride_chain` while the plot is narrower than
    the least width at which their step shows (`least_widths[level]`)."""
    used = sorted({level for level in levels if level is not None})
    return "".join(_query(least_widths[level], f".{scope} .dsl-xl-{level}{{display:none}}") for level in used)


def _query(below: float, body: str) -> str:
    """`body` while the plot is narrower than `below` px."""
    return f"@container (width < {_num(below)}px){{{body}}}"


def _pitch(line: float) -> float:
    """The least band (px) in which names `line` px tall, turned by `ROTATION`, keep
    `ROTATED_CLEARANCE` px between them."""
    return (line + ROTATED_CLEARANCE) / _SIN


def rotated_most(plot_height: float) -> float:
    """The longest a rotated name may be (px) under a plot `plot_height` px tall."""
    room = ROTATED_SHARE * plot_height - X_TOP - X_BOTTOM - X_LINE * _COS
    return min(max(room / _SIN, ROTATED_LEAST), ROTATED_MOST)


def _rotated_room(length: float, line: float) -> float:
    """The px under the plot that names up to `length` px long, on lines `line` px tall, take
    when rotated: the turned text hangs from its line's middle, half a line below the labels' top."""
    return math.ceil(X_TOP + line / 2 + length * _SIN + line / 2 * _COS + X_BOTTOM)


def _cell(text: str, level: int | None) -> str:
    """One label's band under the plot (empty for an empty label)."""
    if not text:
        return '<span class="dsl-chart-xc"></span>'
    thinned = f" dsl-xl-{level}" if level is not None else ""
    return (
        f'<span class="dsl-chart-xc"><span class="dsl-chart-x{thinned}">'
        f'<span class="dsl-chart-xt">{text}</span></span></span>'
    )


def _row(cells: Sequence[str], kind: str) -> str:
    return f'<div class="dsl-chart-xs {kind}">{"".join(cells)}</div>'


def _num(value: float) -> str:
    """A number for CSS with at most three decimals."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _px(value: float) -> str:
    return f"{_num(value)}px"
