"""Pins below the visible screen: each annotation named at its own path, none for pins on it."""

from __future__ import annotations

from typing import Any

from kernel.dsl.measured.canvas_cut import CONTENT_CUT
from kernel.dsl.measured.hidden_pins import PlacedPin, hidden_pin_warnings
from render_worker.measure import ContentExtent

PINS = (PlacedPin(1, 40.0), PlacedPin(2, 1188.0), PlacedPin(16, 1254.0), PlacedPin(17, 1332.4))


def test_each_pin_below_the_screen_is_named_at_its_annotations_path() -> None:
    warnings = hidden_pin_warnings(PINS, 1200)
    assert [w.path for w in warnings] == ["/annotations/15", "/annotations/16"]
    assert {w.code for w in warnings} == {CONTENT_CUT}
    assert "note 16's pin lies 54 px below the bottom of the visible screen" in warnings[0].message
    assert "full page" in (warnings[0].suggestion or "")


def test_pins_on_the_screen_warn_of_nothing() -> None:
    assert hidden_pin_warnings(PINS[:2], 1200) == []


def _answer(pins: list[list[float]]) -> list[Any]:
    """measure.js's answer for a 900x1200 page with nothing cut but the given pins."""
    return [900, 1200, 1200, 0, [], [], [], [], [], [], [], [], [], [], [], [], 0, [], pins]


def test_the_measured_pins_warn_only_where_the_render_says_the_screen_ends() -> None:
    extent = ContentExtent.from_answer(_answer([[1, 40], [2, 1300]]))
    assert extent.pins == (PlacedPin(1, 40.0), PlacedPin(2, 1300.0))
    assert extent.measured_warnings() == ()  # a crop holds every pin drawn
    assert [w.path for w in extent.measured_warnings(1200)] == ["/annotations/1"]
    assert extent.measured_warnings(1400) == ()  # a full page that holds it
