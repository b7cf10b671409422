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


def _is_success_green(colour: RGB) -> bool:
    r, g, b = colour
    return g > r + 40 and g > b + 30 and g < 160


def _listing_table(align: str | None) -> dict[str, object]:
    new = {"key": "new", "label": "New", **({"align": align} if align else {})}
    return {
        "width": 1000,
        "height": 200,
        "scale": 2,
        "elements": [
            {
                "type": "table",
                "columns": ["Search", "Filters", new, "Alerts"],
                "rows": [
                    [
                        "Islington, London",
                        "£500k–£2.5m · 3+ beds · Garden",
                        {"type": "badge", "text": "8 new", "variant": "success"},
                        {"type": "toggle", "checked": True, "label": "Instant"},
                    ],
                    [
                        "Chamberí, Madrid",
                        "€ 300.000 – € 700.000 · 3+ hab. · Terraza · Ascensor · Garaje · Piscina comunitaria",
                        {"type": "badge", "text": "21 new"},
                        {"type": "toggle", "checked": False, "label": "Daily"},
                    ],
                ],
            }
        ],
    }


async def test_a_badge_ending_a_right_aligned_column_keeps_its_whole_text(pool: ChromiumPool) -> None:
    """A property search's "8 new" in a right-aligned column was drawn "8 n…": the column is as
    wide as the badge less its reach into the cell's padding, and the badge was kept to the
    column's width. Its text is as wide as in a column without align."""
    prepared, image = await render_dsl(pool, _listing_table("right"))
    assert prepared.warnings == [] and not image.measured_warnings, image.measured_warnings
    _, left_image = await render_dsl(pool, _listing_table(None))
    assert not left_image.measured_warnings
    right_text = box_where(rgb(image.data), _is_success_green)
    left_text = box_where(rgb(left_image.data), _is_success_green)
    assert right_text is not None and left_text is not None
    assert abs((right_text[2] - right_text[0]) - (left_text[2] - left_text[0])) <= 1, (right_text, left_text)
