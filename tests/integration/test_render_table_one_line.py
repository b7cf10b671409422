"""On real Chromium: a column kept to one line (`truncate: true`, or a `whiteSpace: nowrap` table's
column with a width) is as wide as its `width` and as tall as a line, its text cut before its
edge; a field's short suffix in a cell stays whole; a render names what it cuts in a cell at the
cell's element (an add-on at its `suffix`); a cut compact table is not told to use `size: sm`."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    box_where,
    colour_box,
    is_red,
    painted,
    render_dsl,
    rgb,
)

pytestmark = pytest.mark.integration

LONG_NAME = "Organic Cotton Crewneck Sweatshirt – Heather Oatmeal / XL (Limited Edition Autumn Drop)"
ROWS = [
    {"Order": "#1042", "product": LONG_NAME, "customer": "Ana Ruiz", "total": "$1,240.00"},
    {
        "Order": "#1043",
        "product": "Mug",
        "customer": "Konstantinos Papadopoulos-Whitfield",
        "total": "$12.00",
    },
]
FIRST_PRODUCT = ".dsl-table tbody tr:first-child td:nth-child(2)"
SECOND_PRODUCT = ".dsl-table tbody tr:last-child td:nth-child(2)"
RED_LINE = ".dsl-table tbody tr:first-child .dsl-table-line{color:#ff0000}"
"""The first product's drawn line in a colour of its own: where its text ends is found by it."""


def _orders(product: dict[str, Any], **table: Any) -> dict[str, Any]:
    columns = ["Order", product, {"key": "customer", "label": "Customer"}, {"key": "total", "label": "Total"}]
    return {"type": "table", "columns": columns, "rows": ROWS, **table}


async def _product_cells(pool: ChromiumPool, table: dict[str, Any]) -> tuple[Any, Any, Any, Any]:
    """The first and second rows' product cells (painted blue and green), the first one's text
    (red), and the render's warnings."""
    css = painted(FIRST_PRODUCT, "#0000ff") + painted(SECOND_PRODUCT, "#00ff00") + RED_LINE
    document = {"width": 900, "height": 240, "scale": 1, "css": css, "elements": [table]}
    prepared, image = await render_dsl(pool, document)
    text = box_where(rgb(image.data), is_red)
    return (
        colour_box(image.data, BLUE),
        colour_box(image.data, GREEN),
        text,
        [*prepared.warnings, *image.measured_warnings],
    )


@pytest.mark.parametrize(
    "table",
    [
        _orders({"key": "product", "label": "Product", "width": 220, "truncate": True}),
        _orders(
            {"key": "product", "label": "Product", "width": 220},
            style={"whiteSpace": "nowrap", "textOverflow": "ellipsis"},
        ),
    ],
    ids=["truncate", "nowrap-table"],
)
async def test_a_column_kept_to_one_line_holds_its_width_and_a_lines_height(
    pool: ChromiumPool, table: dict[str, Any]
) -> None:
    """The long name is cut at the 220 px column's padding, its row as tall as the row of "Mug"
    (one line): with the table's nowrap it made the column ~600 px wide, and the Customer and
    Total columns were cut off at the table's edge."""
    first, second, text, warnings = await _product_cells(pool, table)
    assert first is not None and second is not None and text is not None
    assert first[2] - first[0] == 220, first
    assert first[3] - first[1] == second[3] - second[1], (first, second)
    assert first[2] - 16 - text[2] >= 0, (first, text)  # the line ends inside the cell's padding
    assert text[2] - text[0] > 150, text  # and fills the cell: cut there, not wrapped short
    assert warnings == [], warnings


async def test_a_truncated_column_without_a_width_takes_a_share_of_the_room(pool: ChromiumPool) -> None:
    """Without a width the column is as wide as the table lets a column of text be, its name on
    one line: wider than its header, and the table within its box."""
    table = _orders({"key": "product", "label": "Product", "truncate": True})
    first, second, text, warnings = await _product_cells(pool, table)
    assert first is not None and second is not None and text is not None
    assert first[2] - first[0] > 300, first
    assert text[3] - text[1] < 24, text  # one line of 14 px text (two would be some 40 px tall)
    assert warnings == [], warnings


VARIANTS = {
    "type": "table",
    "columns": [
        {"key": "img", "label": ""}, {"key": "v", "label": "Variant"}, {"key": "price", "label": "Price"},
        {"key": "cmp", "label": "Compare at"}, {"key": "qty", "label": "Available"}, {"key": "track", "label": "Track"},
        {"key": "loc", "label": "Location"},
    ],
    "rows": [
        {"img": {"type": "avatar", "name": "S O", "variant": "square"}, "v": "S / Heather Oatmeal",
         "price": {"type": "input", "value": "89.00", "prefix": "$", "suffix": "USD"},
         "cmp": {"type": "input", "value": "119.00", "prefix": "€"}, "qty": {"type": "input", "value": "42", "suffix": "pcs"},
         "track": {"type": "toggle", "checked": True},
         "loc": {"type": "select", "options": ["Warehouse Lisbon", "Store Porto"], "value": "Warehouse Lisbon"}},
        {"img": {"type": "avatar", "name": "XL T", "variant": "square"},
         "v": "XL Tall / Heather Oatmeal / Extended length with reinforced cuffs",
         "price": {"type": "input", "value": "1,094.00", "prefix": "$", "suffix": "USD"},
         "cmp": {"type": "input", "value": "", "placeholder": "0.00", "prefix": "€"}, "qty": {"type": "input", "value": "0"},
         "track": {"type": "toggle", "checked": False},
         "loc": {"type": "select", "options": ["Warehouse Lisbon", "Store Porto"], "value": "Store Porto"}},
    ],
}  # fmt: skip
SUFFIX = ".dsl-control-addon.is-after"


async def test_a_short_suffix_in_a_crowded_table_stays_whole(pool: ChromiumPool) -> None:
    """ "pcs" beside "42" was drawn "p…": the value kept less room than its add-on leaves it, and
    the column was sized for the value and the add-on alone. It is as wide as the same suffix
    beside a long value in a table of its own (drawn whole there: the value gives way first)."""
    css = painted(f"#variants tr:first-child>td:nth-child(5) {SUFFIX}", "#0000ff") + painted(
        f"#reference {SUFFIX}", "#00ff00"
    )
    reference = {
        "type": "table", "id": "reference", "columns": ["Available"],
        "rows": [[{"type": "input", "value": "1,234,567", "suffix": "pcs"}]],
    }  # fmt: skip
    card = {"type": "card", "title": "Variants", "children": [{**VARIANTS, "id": "variants"}]}
    document = {"width": 1000, "height": "auto", "scale": 1, "css": css, "elements": [card, reference]}
    _, image = await render_dsl(pool, document)
    assert not [w for w in image.measured_warnings if w.code == "text_truncated"], image.measured_warnings
    found = rgb(image.data)
    blue = box_where(found, lambda c: c == BLUE)
    green = box_where(found, lambda c: c == GREEN)
    assert blue is not None and green is not None
    assert blue[2] - blue[0] == green[2] - green[0], (blue, green)


async def test_a_text_cut_in_a_cell_is_named_at_the_cells_element(pool: ChromiumPool) -> None:
    """A button's label cut in a cell of several controls is told at `rows/1/1/0`, not the table."""
    button = {"type": "button", "label": "Confirm the shipment now please", "style": {"maxWidth": 80}}
    table = {"type": "table", "columns": ["SKU", "Actions"], "rows": [["A-1", "—"], ["B-2", [button]]]}
    _, image = await render_dsl(pool, {"width": 600, "height": 200, "elements": [table]})
    cut = [w for w in image.measured_warnings if w.code == "text_truncated"]
    assert [w.path for w in cut] == ["/elements/0/rows/1/1/0"], image.measured_warnings


async def test_a_cut_add_on_is_named_at_its_prefix_or_suffix(pool: ChromiumPool) -> None:
    fields = [
        {"type": "input", "value": "42", "suffix": "pieces in the warehouse", "layout": {"width": 120}},
        {"type": "input", "value": "42", "prefix": "+358 and long words", "layout": {"width": 120}},
    ]
    document = {"width": 400, "height": 200, "elements": [{"type": "row", "children": fields}]}
    _, image = await render_dsl(pool, document)
    # The two cut add-ons of one row may be told in one warning: its `paths` name each.
    cut = [w for w in image.measured_warnings if w.code == "text_truncated"]
    paths = sorted(path for w in cut for path in (w.paths or (w.path,)))
    assert paths == ["/elements/0/children/0/suffix", "/elements/0/children/1/prefix"], cut


ORDERS = {
    "type": "table",
    "size": "sm",
    "selectable": True,
    "columns": ["Order ID", "Order date", "SKU", {"key": "product", "label": "Product name"}, "Buyer", "Qty",
                "Ship by", "Payment", "Status", "Order total"],
    "rows": [
        ["114-3941689-8772232", "2025-07-21", "NW-CRW-OAT-XL", LONG_NAME, "Ana Ruiz", 1, "Jul 23", "Paid",
         "Unshipped", "$89.00"],
        ["114-7712093-1123456", "2025-07-21", "NW-MUG-01", "Ceramic Mug", "Konstantinos Papadopoulos-Whitfield",
         12, "Jul 24", "Pending", "Pending", "$1,240.00"],
    ],
}  # fmt: skip


async def test_a_cut_compact_table_is_offered_what_would_help(pool: ChromiumPool) -> None:
    """A table at `size: sm` was told to use `size: sm`: it is offered its most wrapped column of
    texts kept to one line instead, with fewer columns and more room."""
    _, image = await render_dsl(pool, {"width": 800, "height": 400, "elements": [ORDERS]})
    cut = [w for w in image.measured_warnings if w.code == "content_cut"]
    assert len(cut) == 1, image.measured_warnings
    advice = cut[0].suggestion or ""
    assert "size: sm" not in advice, advice
    assert "keep column 'Product name' (wrapped to" in advice and "truncate: true" in advice, advice
    assert "fewer columns" in advice and "wider canvas" in advice, advice
