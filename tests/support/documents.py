"""Documents several test suites share, each with the facts the tests check about it."""

from __future__ import annotations

from typing import Any

TALL: dict[str, Any] = {
    "width": 400,
    "height": 300,
    "elements": [
        {"type": "card", "title": "A", "layout": {"height": 200}},
        {"type": "card", "title": "B", "layout": {"height": 200}},
    ],
}
"""Content taller than its canvas: a 16 px margin, two 200 px cards 12 px apart and 16 px below
them make 444 px on a 300 px canvas, so 144 px run below it."""
TALL_CUT_PX = 144
TALL_CONTENT_HEIGHT = 444

WIDE: dict[str, Any] = {
    "width": 800,
    "height": 300,
    "padding": 0,
    "elements": [
        {
            "type": "row",
            "gap": 20,
            "children": [{"type": "card", "title": "A", "style": {"minWidth": 450}}] * 2,
        }
    ],
}
"""Content wider than its canvas: two 450 px cards 20 px apart make 920 px on an 800 px canvas. (On
a canvas under 600 px, a phone's, panes that do not fit side by side stack instead.)"""
WIDE_CUT_PX = 120

COUNTRIES = {
    "labels": [
        "United States", "United Kingdom", "Germany", "France", "India", "Brazil", "Canada", "Australia",
        "Japan", "Netherlands", "Spain", "Italy", "Sweden", "Poland", "Mexico", "South Korea", "Other",
    ],
    "values": [31, 12, 9, 7, 6, 5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 1, 4],
}  # fmt: skip
"""A chart's shares of 17 countries, more than a pie's legend has rows for (the last is Other)."""
