"""Device frames drawn around the screen: which one a render gets, and the room each takes.

A frame adds to the image, never takes from the screen: the document's width and height (or
its device preset) stay the screen's own size, and the frame's insets are added around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FrameType = Literal["none", "browser", "phone"]


@dataclass(frozen=True, slots=True)
class Insets:
    """CSS px added on each side of the screen."""

    top: int = 0
    right: int = 0
    bottom: int = 0
    left: int = 0


BROWSER_BAR = 44
"""Height of the browser window's title and address bar above the page."""
PHONE_MARGIN = 40
"""Backdrop around the phone, so its rounded body and shadow show whole."""
PHONE_BEZEL = 12
PHONE_STATUS_BAR = 44
"""The phone's status bar (time, signal, battery) sits above the screen, never over it."""
PHONE_HOME_BAR = 28

FRAME_INSETS: dict[str, Insets] = {
    "none": Insets(),
    "browser": Insets(top=BROWSER_BAR),
    "phone": Insets(
        top=PHONE_MARGIN + PHONE_BEZEL + PHONE_STATUS_BAR,
        right=PHONE_MARGIN + PHONE_BEZEL,
        bottom=PHONE_HOME_BAR + PHONE_BEZEL + PHONE_MARGIN,
        left=PHONE_MARGIN + PHONE_BEZEL,
    ),
}


@dataclass(frozen=True, slots=True)
class FrameChoice:
    """The frame a render gets and what its browser bar shows."""

    type: FrameType = "none"
    url: str | None = None

    @property
    def insets(self) -> Insets:
        return FRAME_INSETS[self.type]


NO_FRAME = FrameChoice()
