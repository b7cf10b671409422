"""A table's header on real Chromium: drawn in the case the author wrote, so that a unit keeps its
meaning ("mg/dL" is not "MG/DL", "mmHg" not "MMHG")."""

from __future__ import annotations

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    box_where,
    column_runs,
    is_text,
    luminance,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration


async def _header_ink_width(pool: ChromiumPool, label: str, style: dict[str, str] | None = None) -> int:
    """How wide the header's words are drawn, in px, in a one-column table headed `label` (with
    the table's `style`)."""
    table = {
        "type": "table",
        "size": "sm",
        "columns": [label],
        "rows": [["1.9"], ["2.4"]],
        "style": style or {},
    }
    document = {"width": 400, "height": 160, "elements": [table]}
    prepared, image = await render_dsl(pool, document)
    assert prepared.warnings == [], prepared.warnings
    picture: Image.Image = rgb(image.data)
    frame = box_where(picture, lambda colour: luminance(colour) < 245)
    assert frame is not None
    inside = (frame[0] + 2, frame[1] + 2, frame[2] - 2, frame[3] - 2)
    header = row_runs(picture, is_text, inside)[0]
    ink = column_runs(picture, is_text, (inside[0], header[0], inside[2], header[1]))
    return ink[-1][1] - ink[0][0]


async def test_a_header_is_drawn_in_the_written_case(pool: ChromiumPool) -> None:
    written = await _header_ink_width(pool, "Creatinine (mg/dL)")
    capitals = await _header_ink_width(pool, "CREATININE (MG/DL)")
    # Upper-cased by CSS both were drawn alike; in the written case the small letters are narrower.
    assert written < capitals * 0.95, (written, capitals)


async def test_a_tables_text_transform_reaches_its_header(pool: ChromiumPool) -> None:
    """The table's own `textTransform` is drawn (the header set its own before, so `none` did
    nothing and `uppercase` was the only look)."""
    capitals = await _header_ink_width(pool, "CREATININE (MG/DL)")
    upper = await _header_ink_width(pool, "Creatinine (mg/dL)", {"textTransform": "uppercase"})
    kept = await _header_ink_width(pool, "Creatinine (mg/dL)", {"textTransform": "none"})
    assert abs(upper - capitals) <= 1 and kept < capitals * 0.95, (upper, capitals, kept)
