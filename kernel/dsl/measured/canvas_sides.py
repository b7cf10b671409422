"""Content a render cuts off past the canvas's side, or out above its top or past its start side."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from kernel.dsl.measured.canvas_cut import CONTENT_CUT
from kernel.errors import Issue


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
