"""A short hyphenated Japanese word in a phone table's cell on real Chromium: kept on one line."""

from __future__ import annotations

import pytest

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


async def test_a_katakana_word_with_a_hyphen_is_not_broken_after_it(pool: ChromiumPool) -> None:
    """ "ご利用 セブン-イレブン" in a column too narrow for it on one line was drawn "ご利用 セブン-" /
    "イレブン" (Chromium's phrase breaking breaks after a hyphen between katakana): now the line
    breaks at the space, "ご利用" over "セブン-イレブン", the longer line under the shorter."""
    table = {"type": "table", "size": "sm",
             "columns": [{"label": "内容", "width": 130}, "ステータス", {"key": "a", "label": "金額", "align": "right"}],
             "rows": [["ご利用 セブン-イレブン", "処理中", "-¥648"]]}  # fmt: skip
    _, image = await render_dsl(pool, {"lang": "ja", "device": "mobile", "scale": 1, "elements": [table]})
    picture = rgb(image.data)
    frame = box_where(picture, lambda c: luminance(c) < 240, (0, 0, picture.width, 200))
    assert frame is not None
    cell = (frame[0] + 2, frame[1] + 2, frame[0] + 128, frame[3] - 2)  # the 130 px column, no borders
    lines = row_runs(picture, is_text, cell)
    assert len(lines) == 3, lines  # the header, then the cell's two lines
    widths = []
    for top, bottom in lines[1:]:
        words = column_runs(picture, is_text, (cell[0], top, cell[2], bottom))
        widths.append(words[-1][1] - words[0][0])
    assert widths[0] < widths[1], widths  # "ご利用" (3 letters) over "セブン-イレブン" (8)
