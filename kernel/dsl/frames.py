"""Device frames drawn around the screen: which one a render gets, and the room each takes.

A frame adds to the image, never takes from the screen: the document's width and height (or
its device preset) stay the screen's own size, and the frame's insets are added around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kernel.dsl.catalog import DEVICES
from kernel.errors import Issue

FrameType = Literal["none", "browser", "window", "phone", "tablet"]
"""The frames there are: none, a browser window, a desktop app's window, a phone, a tablet."""
WindowStyle = Literal["mac", "windows"]
"""The looks of a desktop app's window: macOS (traffic lights, centred title) or Windows
(title at the start, minimise, maximise and close at the end)."""


@dataclass(frozen=True, slots=True)
class Insets:
    """CSS px added on each side of the screen."""

    top: int = 0
    right: int = 0
    bottom: int = 0
    left: int = 0


BROWSER_BAR = 44
"""Height of the browser window's title and address bar above the page."""
WINDOW_BAR = 36
"""Height of a desktop app window's title bar above its content (either look)."""
PHONE_MARGIN = 40
"""Backdrop around the phone, so its rounded body and shadow show whole."""
PHONE_BEZEL = 12
PHONE_STATUS_BAR = 44
"""The phone's status bar (time, signal, battery) sits above the screen, never over it."""
PHONE_HOME_BAR = 28
PHONE_LANDSCAPE_SIDE = 44
"""A phone on its side: the strip on each short side beside the screen (the island's on the
left, an even one on the right), as iOS keeps its landscape safe area; no status bar on top."""
PHONE_LANDSCAPE_HOME_BAR = 20
TABLET_BEZEL = 18
"""A tablet's bezel: even on every side (no notch, no island), wider than a phone's."""
TABLET_STATUS_BAR = 24
"""A tablet's status bar (time and date at the start, signal and battery at the end)."""
TABLET_HOME_BAR = 20

FRAME_INSETS: dict[str, Insets] = {
    "none": Insets(),
    "browser": Insets(top=BROWSER_BAR),
    "window": Insets(top=WINDOW_BAR),
    "phone": Insets(
        top=PHONE_MARGIN + PHONE_BEZEL + PHONE_STATUS_BAR,
        right=PHONE_MARGIN + PHONE_BEZEL,
        bottom=PHONE_HOME_BAR + PHONE_BEZEL + PHONE_MARGIN,
        left=PHONE_MARGIN + PHONE_BEZEL,
    ),
    "phone-landscape": Insets(
        top=PHONE_MARGIN + PHONE_BEZEL,
        right=PHONE_MARGIN + PHONE_BEZEL + PHONE_LANDSCAPE_SIDE,
        bottom=PHONE_LANDSCAPE_HOME_BAR + PHONE_BEZEL + PHONE_MARGIN,
        left=PHONE_MARGIN + PHONE_BEZEL + PHONE_LANDSCAPE_SIDE,
    ),
    "tablet": Insets(
        top=PHONE_MARGIN + TABLET_BEZEL + TABLET_STATUS_BAR,
        right=PHONE_MARGIN + TABLET_BEZEL,
        bottom=TABLET_HOME_BAR + TABLET_BEZEL + PHONE_MARGIN,
        left=PHONE_MARGIN + TABLET_BEZEL,
    ),
}


@dataclass(frozen=True, slots=True)
class FrameChoice:
    """The frame a render gets, what its browser bar shows and a window's look. `landscape`: a
    phone on its side (see `is_landscape_phone`), its island on the left."""

    type: FrameType = "none"
    url: str | None = None
    style: WindowStyle = "mac"
    landscape: bool = False

    @property
    def insets(self) -> Insets:
        return FRAME_INSETS["phone-landscape" if self.landscape and self.type == "phone" else self.type]

    @property
    def is_device(self) -> bool:
        """A phone or a tablet: a device whose screen keeps its shape and has status strips."""
        return self.type in ("phone", "tablet")


NO_FRAME = FrameChoice()


PHONE_SCREEN_MAX_WIDTH = 480
"""The widest screen a phone frame suits, in CSS px: phones are 360-440 px wide (the mobile
preset 390); wider, or landscape, the frame draws a phone no one makes."""
PHONE_SCREEN_MIN_WIDTH = 320
"""The narrowest screen a phone frame suits, in CSS px (the smallest phones in use are 320 px
wide): a watch's 198 px under a phone's status bar and notch cut its clock to "9:"."""
TABLET_SCREEN_WIDTHS = (600, 1400)
"""The narrowest and widest screen side a tablet frame suits, in CSS px: tablets are 744-1032
px on their short side (the tablet preset 768x1024) and up to 1366 on their long side, either
way up."""

PHONE_SCREEN_MAX_LENGTH = 1000
"""The longest side a phone's screen has, in CSS px (the largest phones are 440x956)."""
PHONE_SCREEN_MIN_RATIO = 1.7
"""How many times longer than wide a phone's screen is at least (568x320 the squarest, 844x390
today's): a 600x400 screen on its side is a small tablet's or a window's, not a phone's."""

FRAME_MISMATCH = "frame_mismatch"


def is_landscape_phone(screen_width: int, screen_height: int) -> bool:
    """Whether a screen is a phone's on its side (the mobile preset turned, 844x390): as much
    wider than tall as a phone is longer than wide, its height a phone's width, its width no
    longer than a phone. A phone frame draws it as a phone turned: the island on the left, no
    status bar, the home indicator below."""
    return (
        screen_width >= PHONE_SCREEN_MIN_RATIO * screen_height
        and PHONE_SCREEN_MIN_WIDTH <= screen_height <= PHONE_SCREEN_MAX_WIDTH
        and screen_width <= PHONE_SCREEN_MAX_LENGTH
    )


def frame_fit_warning(
    frame: str, screen_width: int, screen_height: int | None, *, path: str = "/frame"
) -> Issue | None:
    """A warning when a device frame goes around a screen that device does not have: a phone
    around a laptop's 1280x800 (the frame is drawn as wide as the screen, a huge landscape
    phone), a tablet around a phone's 390 px or a desktop's 1440. None when it fits.

    `screen_height` is None when the screen is as tall as its content (`height: auto`): the
    canvas's height is then a stand-in (100 px) the frame is not drawn around, and only the
    width is judged (a 1280 px wide page was told it made a tablet "1280x100", "narrower than
    any tablet"). `path` is where the frame was asked for: the document's `/frame`, or "" for a
    render option (the caller's message names it)."""
    if frame == "phone":
        return _phone_misfit(screen_width, screen_height, path)
    if frame == "tablet":
        return _tablet_misfit(screen_width, screen_height, path)
    return None


def _screen(screen_width: int, screen_height: int | None) -> str:
    """The screen as a frame's warning names it: "a 1280x800 screen", or its width alone when
    it is as tall as its content."""
    if screen_height is None:
        return f"a screen {screen_width} px wide (height: auto, as tall as its content)"
    return f"a {screen_width}x{screen_height} screen"


def _phone_misfit(screen_width: int, screen_height: int | None, path: str) -> Issue | None:
    height = screen_width if screen_height is None else screen_height  # a page grows downwards
    if PHONE_SCREEN_MIN_WIDTH <= screen_width <= PHONE_SCREEN_MAX_WIDTH and screen_width <= height:
        return None
    if screen_height is not None and is_landscape_phone(screen_width, screen_height):
        return None
    mobile_width, mobile_height, _ = DEVICES["mobile"]
    screen = _screen(screen_width, screen_height)
    if screen_width < PHONE_SCREEN_MIN_WIDTH:
        return Issue(
            path=path,
            message=(
                f"a phone frame around {screen} draws a phone narrower than any "
                f"phone ({PHONE_SCREEN_MIN_WIDTH} px at least), its status bar and notch over the content"
            ),
            code=FRAME_MISMATCH,
            suggestion=(
                "for a watch or another small screen leave the frame out (frame: none); for a phone screen add "
                f"device: mobile ({mobile_width}x{mobile_height})"
            ),
        )
    tablet = _fits_tablet(screen_width, screen_height)
    return Issue(
        path=path,
        message=(
            f"a phone frame around {screen} draws a phone "
            f"{screen_width} px wide{' on its side' if screen_width > height else ''}"
        ),
        code=FRAME_MISMATCH,
        suggestion=(
            ("a screen this size is a tablet's: frame: tablet; " if tablet else "")
            + f"for a phone screen give it a phone's size, device: mobile ({mobile_width}x{mobile_height}) "
            f"or {mobile_height}x{mobile_width} for a phone on its side, and lay it out for that width; to "
            "present a desktop screen use frame: browser"
        ),
    )


def _tablet_misfit(screen_width: int, screen_height: int | None, path: str) -> Issue | None:
    if _fits_tablet(screen_width, screen_height):
        return None
    tablet_width, tablet_height, _ = DEVICES["tablet"]
    low, high = TABLET_SCREEN_WIDTHS
    sides = (screen_width,) if screen_height is None else (screen_width, screen_height)
    narrow = min(sides) < low
    if screen_height is None:
        what = f"narrower than any tablet ({low:,} px at least)" if narrow else (
            f"wider than any tablet ({high:,} px at most)"
        )  # fmt: skip
    elif narrow:
        what = f"whose short side, {min(sides):,} px, is shorter than any tablet's ({low:,} px at least)"
    else:
        what = f"whose long side, {max(sides):,} px, is longer than any tablet's ({high:,} px at most)"
    return Issue(
        path=path,
        message=f"a tablet frame around {_screen(screen_width, screen_height)} draws a tablet {what}",
        code=FRAME_MISMATCH,
        suggestion=(
            (
                "a screen this narrow is a phone's: frame: phone"
                if narrow and screen_width <= PHONE_SCREEN_MAX_WIDTH
                else "to present a desktop screen use frame: browser"
            )
            + f"; for a tablet screen add device: tablet ({tablet_width}x{tablet_height})"
        ),
    )


def _fits_tablet(screen_width: int, screen_height: int | None) -> bool:
    """Whether a screen of this size is a tablet's, either way up (its width alone when its
    height is the content's, None)."""
    low, high = TABLET_SCREEN_WIDTHS
    sides = (screen_width,) if screen_height is None else (screen_width, screen_height)
    return low <= min(sides) and max(sides) <= high
