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

PAYMENT_COLUMNS = ["Customer name", "Email", "Amount", "Status", "Date", "Region"]
PAYMENT_ROWS = [
    ["Olivia Martinez", "olivia.martinez@example.com", "$1,240.00", "Paid", "2025-07-10", "North America"],
    ["Liam Johnson", "liam.j@example.com", "$86.50", "Pending", "2025-07-12", "Europe"],
    ["Sophia Williams", "sophia.williams@acme.io", "$3,410.00", "Failed", "2025-07-14", "Asia Pacific"],
    ["Noah Brown", "noah@brown.dev", "$512.00", "Refunded", "2025-07-15", "Europe"],
]
"""A payments list as a tester wrote it for a phone: the first four columns (a name, an email, an
amount, a status) cut through Amount at a 390 px screen's edge before phones drew tables tight."""


def payments_on_phone(columns: int, *, in_card: bool = False, **table: Any) -> dict[str, Any]:
    """A phone's screen (`device: mobile`, 390 px) of a heading over the payments' first
    `columns` columns (in a card when `in_card`), the table's other fields `table`."""
    element = {
        "type": "table",
        "columns": PAYMENT_COLUMNS[:columns],
        "rows": [row[:columns] for row in PAYMENT_ROWS],
        **table,
    }
    content = {"type": "card", "title": "Recent", "children": [element]} if in_card else element
    return {"device": "mobile", "height": 700, "elements": [{"type": "heading", "text": "Payments"}, content]}
