"""Boxes too small for what they hold: content out of their height, words broken, content cut at a side."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from kernel.dsl.measured.canvas_cut import CONTENT_CUT
from kernel.errors import Issue


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
