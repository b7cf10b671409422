"""A table cell's text in a tone on real Chromium: `{text, tone: danger}` draws its digits red,
the plain cells beside it stay grey or black."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, box_where, is_text, render_dsl, rgb

pytestmark = pytest.mark.integration


def _is_danger_red(colour: RGB) -> bool:
    r, g, b = colour
    return r > 150 and g < 90 and b < 90


async def test_a_danger_cell_is_drawn_red_and_only_it(pool: ChromiumPool) -> None:
    document = {
        "width": 400,
        "height": 160,
        "elements": [
            {
                "type": "table",
                "size": "sm",
                "columns": ["Time", {"label": "HR (bpm)", "align": "right"}],
                "rows": [["08:00", {"text": "112", "tone": "danger"}], ["04:00", "96"]],
            }
        ],
    }
    prepared, image = await render_dsl(pool, document)
    assert prepared.warnings == [], prepared.warnings
    picture = rgb(image.data)
    red = box_where(picture, _is_danger_red)
    assert red is not None, "the toned cell is drawn in the danger colour"
    plain = box_where(picture, is_text, (0, red[3] + 4, picture.width, picture.height))
    assert plain is not None and plain[0] < red[0], "the next row's cells are drawn plain, below the red one"
    assert red[0] > picture.width // 2, "the red digits sit in the right-aligned column"


async def test_a_list_rows_danger_variant_draws_its_badge_red(pool: ChromiumPool) -> None:
    def document(variant: str | None) -> dict[str, object]:
        item = {"label": "CKD stage 3a", "badge": "Worsening", **({"variant": variant} if variant else {})}
        return {"width": 400, "height": 120, "elements": [{"type": "list", "items": [item]}]}

    _, toned = await render_dsl(pool, document("danger"))
    _, plain = await render_dsl(pool, document(None))
    assert box_where(rgb(toned.data), _is_danger_red) is not None, "the badge's words are drawn red"
    assert box_where(rgb(plain.data), _is_danger_red) is None, "without the variant the badge is neutral"
