"""Device frames drawn around the screen: which one a render gets, and the room each takes.

A frame adds to the image, never takes from the screen: the document's width and height (or
its device preset) stay the screen's own size, and the frame's insets are added around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kernel.dsl.catalog import DEVICES
from kernel.errors import Issue

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


PHONE_SCREEN_MAX_WIDTH = 480
"""The widest screen a phone frame suits, in CSS px: phones are 360-440 px wide (the mobile
preset 390); wider, or landscape, the frame draws a phone no one makes."""

FRAME_MISMATCH = "frame_mismatch"


def frame_fit_warning(
    frame: str, screen_width: int, screen_height: int, *, path: str = "/frame"
) -> Issue | None:
    """A warning when a phone frame goes around a screen no phone has (a laptop's 1280x800):
    the frame is drawn as wide as the screen, a huge landscape phone. None when it fits.

    `path` is where the frame was asked for: the document's `/frame`, or "" for a render
    option (the caller's message names it)."""
    if frame != "phone" or (screen_width <= PHONE_SCREEN_MAX_WIDTH and screen_width <= screen_height):
        return None
    mobile_width, mobile_height, _ = DEVICES["mobile"]
    return Issue(
        path=path,
        message=(
            f"a phone frame around a {screen_width}x{screen_height} screen draws a phone "
            f"{screen_width} px wide{' on its side' if screen_width > screen_height else ''}"
        ),
        code=FRAME_MISMATCH,
        suggestion=(
            f"for a phone screen add device: mobile ({mobile_width}x{mobile_height}) and lay it out "
            "for that width; to present a desktop screen use frame: browser"
        ),
    )
