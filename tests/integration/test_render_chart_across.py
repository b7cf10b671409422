"""A bar chart across (`orientation: horizontal`) on real Chromium: the bars start together at
zero on the names' side and end in the order of their values, a right-to-left page mirrors it
(names on the right, bars growing left), and the longest bar, which has no room beyond its end,
holds its value label inside."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    box_in,
    box_where,
    close_to,
    is_text,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

BAR = (0, 80, 255)
VALUES = [30, 100, 60]


def is_bar(colour: RGB) -> bool:
    return close_to(colour, BAR, 10)


def document(direction: str) -> dict[str, Any]:
    chart = {
        "type": "chart",
        "orientation": "horizontal",
        "valueLabels": True,
        "data": {
            "labels": ["North", "South", "East"],
            "series": [{"name": "Sales", "values": VALUES, "color": "#0050ff"}],
        },
        "layout": {"x": 20, "y": 20, "width": 560},
    }
    return {"width": 600, "height": 220, "background": "#ffffff", "dir": direction, "elements": [chart]}


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
async def test_bars_across_grow_from_the_names_in_the_order_of_their_values(
    pool: ChromiumPool, direction: str
) -> None:
    prepared, image = await render_dsl(pool, document(direction))
    assert list(prepared.warnings) == [] and list(image.measured_warnings) == []
    picture = rgb(image.data)
    whole = (0, 0, picture.width, picture.height)
    bars = [
        box_in(picture, is_bar, (0, top, picture.width, bottom))
        for top, bottom in row_runs(picture, is_bar, whole)
    ]
    assert len(bars) == 3  # one a category, top to bottom in the data's order
    lengths = [right - left for left, _, right, _ in bars]
    assert lengths[0] < lengths[2] < lengths[1]  # 30 < 60 < 100
    assert lengths[1] > 2.5 * lengths[0]
    ltr = direction == "ltr"
    starts = [left if ltr else right for left, _, right, _ in bars]  # the zero line, on the names' side
    assert max(starts) - min(starts) <= 1
    for left, top, right, bottom in bars:
        names_side = (0, top, left, bottom) if ltr else (right, top, picture.width, bottom)
        assert box_where(picture, is_text, names_side) is not None  # the category's name beside its bar
    longest = bars[1]
    inner = (longest[0] + 2, longest[1] + 2, longest[2] - 2, longest[3] - 2)
    label = box_where(picture, lambda colour: min(colour) > 230, inner)
    assert label is not None  # "100" in white inside its bar, at the end away from the names
    assert (label[0] > (longest[0] + longest[2]) / 2) == ltr
