"""A badge in a table's column of figures on real Chromium: its digits end where the plain
figures above and below end (the pill reaches out by its padding)."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, box_where, is_text, render_dsl, rgb

pytestmark = pytest.mark.integration


def _is_danger_red(colour: RGB) -> bool:
    r, g, b = colour
    return r > 150 and g < 90 and b < 90


@pytest.mark.parametrize("size", [None, "sm", "lg"])
async def test_a_badge_in_a_column_of_figures_ends_its_digits_where_the_figures_end(
    pool: ChromiumPool, size: str | None
) -> None:
    badge = {"type": "badge", "text": "112", "variant": "danger", **({"size": size} if size else {})}
    document = {
        "width": 400,
        "height": 200,
        "scale": 2,
        "elements": [
            {
                "type": "table",
                "columns": ["Time", {"label": "HR (bpm)", "align": "right"}],
                "rows": [["08:00", badge], ["04:00", 96]],
            }
        ],
    }
    prepared, image = await render_dsl(pool, document)
    assert prepared.warnings == [], prepared.warnings
    picture = rgb(image.data)
    red = box_where(picture, _is_danger_red)
    assert red is not None, "the badge's digits are drawn in its danger text colour"
    figure = box_where(picture, is_text, (picture.width // 2, red[3] + 8, picture.width, picture.height))
    assert figure is not None
    # The pill's padding pushed its digits 18-26 image px (9-13 CSS px) left of the plain figure's.
    assert abs(red[2] - figure[2]) <= 3, (red, figure)
