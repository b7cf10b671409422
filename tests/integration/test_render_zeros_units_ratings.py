"""Values told apart on real Chromium: a bar of 0 is a stub on the zero line while a missing value
(null) leaves its slot empty (both were empty), a column of weights with their units ends at the
right as amounts do (it was left-aligned), and a rating of 0 beside "No ratings yet" draws no "0",
while one written 4.0 draws its zero."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.charts.bars import ZERO_STUB_PX
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import boxes, is_red, is_text, render_dsl, rgb, right_half_line_ends

pytestmark = pytest.mark.integration


async def test_a_zero_bar_is_a_stub_on_the_zero_line_and_a_missing_one_nothing(pool: ChromiumPool) -> None:
    chart = {"type": "chart", "variant": "bar", "layout": {"height": 240},
             "data": {"labels": ["Mon", "Tue", "Wed", "Thu"],
                      "series": [{"name": "Stops", "values": [5, 0, None, 3], "color": "#ff0000"}]}}  # fmt: skip
    _, image = await render_dsl(pool, {"width": 600, "height": 300, "padding": 20, "elements": [chart]})
    monday, tuesday, thursday = boxes(rgb(image.data), is_red)  # Wednesday (null) draws nothing
    assert tuesday[3] - tuesday[1] == ZERO_STUB_PX and monday[3] - monday[1] > 100
    assert tuesday[3] == monday[3] == thursday[3]  # on the zero line, where the bars stand
    assert abs((tuesday[2] - tuesday[0]) - (monday[2] - monday[0])) <= 1  # as wide as a bar
    slot = (thursday[0] - monday[0]) / 3
    assert tuesday[0] - monday[0] == pytest.approx(slot, abs=1)  # in Tuesday's slot, not Wednesday's


async def test_a_column_of_weights_ends_at_the_right_as_figures_do(pool: ChromiumPool) -> None:
    weights = ["24,000 kg", "1.2 t", "320 m³", "12 pcs"]
    table: dict[str, Any] = {"type": "table", "columns": ["Tracking", "Weight"],
                             "rows": [[f"A{index}", weight] for index, weight in enumerate(weights)]}  # fmt: skip
    _, image = await render_dsl(pool, {"width": 500, "height": "auto", "padding": 20, "elements": [table]})
    picture = rgb(image.data)
    ends = right_half_line_ends(picture, is_text, (0, 0, picture.width, picture.height))
    cells = ends[-len(weights) :]
    assert max(cells) - min(cells) <= 1, ends  # they ended 30-60 px apart, each where its text did


async def test_a_rating_of_nought_beside_its_label_is_drawn_as_one_that_hides_its_score(
    pool: ChromiumPool,
) -> None:
    def page(rating: dict[str, Any]) -> dict[str, Any]:
        return {"width": 320, "height": 80, "elements": [{"type": "rating", "size": "sm", **rating}]}

    _, unrated = await render_dsl(pool, page({"value": 0, "label": "No ratings yet"}))
    _, hidden = await render_dsl(pool, page({"value": 0, "label": "No ratings yet", "text": ""}))
    _, zero = await render_dsl(pool, page({"value": 0, "label": "No ratings yet", "text": "0"}))
    assert rgb(unrated.data).tobytes() == rgb(hidden.data).tobytes()
    assert rgb(unrated.data).tobytes() != rgb(zero.data).tobytes()  # as it was: a "0" drawn


async def test_a_rating_written_four_point_nought_draws_its_zero(pool: ChromiumPool) -> None:
    """`value: 4.0` (a YAML float) and `"4.0"` drew "4" beside a "4.5": each now draws what
    `text: "4.0"` draws, not what `text: "4"` does."""

    def page(rating: str) -> str:
        return f"width: 320\nheight: 60\nelements:\n  - {{type: rating, label: (2031), {rating}}}\n"

    pictures = [
        rgb((await render_dsl(pool, page(rating)))[1].data).tobytes()
        for rating in ("value: 4.0", 'value: "4.0"', 'value: 4, text: "4.0"', 'value: 4, text: "4"')
    ]
    floated, quoted, written, whole = pictures
    assert floated == quoted == written and written != whole
