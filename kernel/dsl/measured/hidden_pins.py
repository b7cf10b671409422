"""Annotations whose pin lands below the visible screen: the note is listed, its pin not seen."""

from __future__ import annotations

from dataclasses import dataclass

from kernel.dsl.measured.canvas_cut import CONTENT_CUT
from kernel.errors import Issue


@dataclass(frozen=True)
class PlacedPin:
    """Where annotation `note` (its number: 1 for the document's first annotation) put its pin:
    the pin's centre, `centre_y` CSS px from the page's top."""

    note: int
    centre_y: float


def pins_below(pins: tuple[PlacedPin, ...], bottom: float) -> tuple[PlacedPin, ...]:
    """The pins whose centre lies below `bottom` (the visible screen's bottom edge, CSS px from
    the page's top): on a part of their element that the image cuts off."""
    return tuple(pin for pin in pins if pin.centre_y > bottom)


def hidden_pin_warnings(pins: tuple[PlacedPin, ...], bottom: float) -> list[Issue]:
    """One warning per annotation whose pin lies below `bottom` and so is not seen, though its
    note is listed beside the screen (at the annotation's own path)."""
    return [
        Issue(
            path=f"/annotations/{pin.note - 1}",
            message=(
                f"note {pin.note}'s pin lies {round(pin.centre_y - bottom)} px below the bottom of the "
                "visible screen, on a part of its element that is cut off: the notes list it, but "
                "the image shows no pin for it"
            ),
            code=CONTENT_CUT,
            suggestion=(
                "make 'height' larger (or height: auto, as tall as the content), point the note at "
                "an element on the screen, or render the full page (--full-page on the command "
                "line, full_page in the API's and MCP's options)"
            ),
        )
        for pin in pins_below(pins, bottom)
    ]
