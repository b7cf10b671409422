"""Tooltips whose bubble fits on neither side of their target and is cut at the screen's edge."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kernel.dsl.measured.canvas_cut import CONTENT_CUT
from kernel.errors import Issue

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
