"""On real Chromium: a table column's `width` takes its room from the other columns first, and
where it cannot hold (they are all at their narrowest) the render says so, naming the column at
its `width`; a table that overflows its box only by the end of its last column's padding cuts
nothing off and says nothing, and a cut column without a header is named by its place."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.errors import Issue
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import BLUE, colour_box, painted, render_dsl

pytestmark = pytest.mark.integration

ACTIONS = [
    {"type": "button", "icon": "eye", "variant": "ghost"},
    {"type": "button", "icon": "ellipsis", "variant": "ghost"},
]
SHIPMENTS = {
    "type": "table",
    "selectable": True,
    "columns": [
        {"key": "tracking", "label": "Tracking number"},
        {"key": "consignee", "label": "Consignee"},
        {"key": "address", "label": "Delivery address", "width": 300},
        {"key": "carrier", "label": "Carrier"},
        {"key": "eta", "label": "ETA"},
        {"key": "weight", "label": "Weight"},
        {"key": "cod", "label": "COD amount"},
        {"key": "status", "label": "Status"},
        {"key": "actions", "label": ""},
    ],
    "rows": [
        {"tracking": "1Z999AA10123456784", "consignee": "Van der Berg Logistiek B.V.",
         "address": "Waalhaven Zuidzijde 21, Haven 2235, 3089 JH Rotterdam, Netherlands", "carrier": "UPS",
         "eta": "Today 14:30", "weight": "24,000 kg", "cod": "€1,234,567.00", "status": "In transit", "actions": ACTIONS},
        {"tracking": "JJD0002249834712345", "consignee": "Müller & Söhne Spedition GmbH",
         "address": "Industriestraße 144a, Hinterhaus, 3. OG, 47059 Duisburg-Ruhrort, Deutschland", "carrier": "DHL",
         "eta": "Tomorrow 09:00–12:00", "weight": "12.5 kg", "cod": "€0.00", "status": "Delayed", "actions": ACTIONS},
        {"tracking": "CZ123456789PL", "consignee": "Przedsiębiorstwo Handlowo-Usługowe „Kowalski i Wspólnicy” Sp. z o.o.",
         "address": "ul. Grzybowska 62, lok. 1104, 00-844 Warszawa, Polska", "carrier": "InPost", "eta": "—",
         "weight": "1,204.75 kg", "cod": "€12,480.50", "status": "Out for delivery", "actions": ACTIONS},
        {"tracking": "FF-2025-000123", "consignee": "ACME Corp", "address": "1 Infinite Loop, Cupertino, CA 95014, USA",
         "carrier": "Own fleet", "eta": "Jun 24", "weight": "88 kg", "cod": "€310.00", "status": "Awaiting pickup",
         "actions": ACTIONS},
    ],
}  # fmt: skip


async def warnings_at(pool: ChromiumPool, width: int, table: dict[str, Any]) -> list[Issue]:
    _, image = await render_dsl(pool, {"width": width, "height": 700, "elements": [table]})
    return [w for w in image.measured_warnings if w.code in ("content_squeezed", "content_cut")]


async def test_a_width_takes_its_room_from_the_columns_beside_it_first(pool: ChromiumPool) -> None:
    """Three columns on an 800 px canvas: the address keeps its 400 px, the tracking numbers and
    the statuses give up their slack; nothing is told."""
    table = {
        "type": "table",
        "columns": [
            {"key": "t", "label": "Tracking"},
            {"key": "a", "label": "Delivery address", "width": 400},
            {"key": "s", "label": "Status"},
        ],
        "rows": [{"t": "JJD0002249834712345", "a": SHIPMENTS["rows"][1]["address"], "s": "Delayed"}],
    }
    document = {
        "width": 800,
        "height": 300,
        "css": painted(".dsl-table td:nth-child(2)", "#0000ff"),
        "elements": [table],
    }
    _, image = await render_dsl(pool, document)
    address = colour_box(image.data, BLUE)
    assert address is not None and address[2] - address[0] == 400, address
    assert not [w for w in image.measured_warnings if w.code == "content_squeezed"], image.measured_warnings


async def test_a_width_that_cannot_hold_is_told_at_that_width(pool: ChromiumPool) -> None:
    """Nine columns in 1,150 px: the address is drawn ~140 px, its words one or two a line, and
    nothing said why its 300 px did not hold. The table is a few px wider than its box, all in
    the actions column's end padding: the buttons are whole, so no column is said to be cut."""
    (warning,) = await warnings_at(pool, 1198, SHIPMENTS)
    assert (warning.code, warning.path) == ("content_squeezed", "/elements/0/columns/2/width")
    assert warning.message.startswith("column 'Delivery address' is drawn 1"), warning.message
    assert "not its width of 300 px" in warning.message


async def test_a_cut_column_without_a_header_is_named_by_its_place(pool: ChromiumPool) -> None:
    """The actions column, cut at 1,100 px, was "(unnamed)"; its place counts the document's
    columns, not the rows' checkboxes."""
    cut = [w for w in await warnings_at(pool, 1100, SHIPMENTS) if w.code == "content_cut"]
    assert [w.path for w in cut] == ["/elements/0"], cut
    assert "column 9 (no header) is cut off at its edge" in cut[0].message, cut[0].message
