"""A table cell's description on real Chromium: a second line under the cell's text, lighter
than it, the row grown to hold both and the row's one-line cell centred beside them."""

from __future__ import annotations

import numpy as np
import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_in, is_ink, luminance, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration

HIDDEN_HEADER = ".dsl-table thead{visibility:hidden}"
"""The header's words hidden: the only ink left is the row's."""


async def test_a_description_is_a_lighter_line_under_the_text(pool: ChromiumPool) -> None:
    row = [{"text": "Linen shirt", "description": "SKU 2231 · Linen"}, "$12.00"]
    table = {"type": "table", "columns": ["Product", "Total"], "rows": [row]}
    document = {"width": 400, "height": 140, "scale": 1, "css": HIDDEN_HEADER, "elements": [table]}
    prepared, image = await render_dsl(pool, document)
    assert [*prepared.warnings, *image.measured_warnings] == []
    picture = rgb(image.data)
    product = (0, 0, picture.width // 2, picture.height)
    lines = row_runs(picture, is_ink, product)
    assert len(lines) == 2, lines  # the name, then its SKU under it
    (text_top, text_bottom), (desc_top, desc_bottom) = lines
    assert desc_top > text_bottom, lines

    def darkest(top: int, bottom: int) -> float:
        left, _, right, _ = product
        pixels = np.asarray(picture.crop((left, top, right, bottom))).reshape(-1, 3)
        return min(luminance(pixel) for pixel in np.unique(pixels, axis=0).tolist())

    assert darkest(text_top, text_bottom) < 40, "the name is drawn in the text colour"
    assert darkest(desc_top, desc_bottom) > darkest(text_top, text_bottom) + 50, "its SKU is muted"
    total = box_in(picture, is_ink, (picture.width // 2, 0, picture.width, picture.height))
    middle, total_middle = (text_top + desc_bottom) / 2, (total[1] + total[3]) / 2
    assert abs(total_middle - middle) <= 3, (lines, total)  # the row's other cell centred beside both lines


async def test_a_cut_table_does_not_count_a_description_as_a_wrapped_line(pool: ChromiumPool) -> None:
    """A cut table is offered its most wrapped column of texts kept to one line: "Mug" over its
    description was told "keep column 'Product' (wrapped to 3 lines)"; its text is one line."""
    row = [
        "114-7712093-1123456", "2025-07-21", "NW-MUG-01", {"text": "Mug", "description": "Ceramic, white"},
        {"text": "Ana Ruiz", "description": "ana@acme.io"}, 12, "Jul 24", "Pending", "Pending", "$1,240.00",
        [{"type": "button", "text": "Refund"}, {"type": "button", "text": "Invoice"}],
    ]  # fmt: skip
    columns = [
        "Order",
        "Date",
        "SKU",
        "Product",
        "Customer",
        "Qty",
        "Ship by",
        "Payment",
        "Fulfilment",
        "Total",
        "",
    ]
    table = {"type": "table", "size": "sm", "columns": columns, "rows": [row]}
    _, image = await render_dsl(pool, {"width": 800, "height": 300, "elements": [table]})
    cut = [w for w in image.measured_warnings if w.code == "content_cut"]
    assert len(cut) == 1, image.measured_warnings
    assert "keep column" not in (cut[0].suggestion or ""), cut[0].suggestion
