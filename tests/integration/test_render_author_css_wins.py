"""The document's `css` on real Chromium: a class there wins over the built-in styles as the
same values in `style` do (the built-ins sit in a cascade layer), and decides what `style`
decides (a table's own maximum height, a backdrop out of the page's flow)."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import BLUE, colour_box, render_dsl

pytestmark = pytest.mark.integration


async def test_a_class_font_size_beats_the_built_in_heading_rule(pool: ChromiumPool) -> None:
    heights = []
    for own in ({"className": "big"}, {"style": {"fontSize": 56, "lineHeight": 1.1}}):
        heading = {"type": "heading", "level": 1, "text": "HHHH", "style": {"color": "#0000ff"}, **own}
        if "style" in own:
            heading["style"] = {**own["style"], "color": "#0000ff"}
        document = {
            "width": 400,
            "height": 200,
            "css": ".big{font-size:56px;line-height:1.1}",
            "elements": [heading],
        }
        _, image = await render_dsl(pool, document)
        box = colour_box(image.data, BLUE)
        assert box is not None
        heights.append(box[3] - box[1])
    assert heights[0] == heights[1] and heights[0] >= 38, heights  # 56 px caps, not 30 px


@pytest.mark.parametrize("own", [{"className": "tw"}, {"style": {"maxHeight": 200, "overflowY": "auto"}}])
async def test_a_tables_max_height_in_css_clips_it_as_in_style(
    pool: ChromiumPool, own: dict[str, object]
) -> None:
    table = {"type": "table", "columns": ["A"], "rows": [[f"r{i}"] for i in range(14)], **own}
    css = ".tw{max-height:200px;overflow-y:auto} .dsl-table{border:0;box-shadow:none;background:#0000ff}"
    css += " .dsl-table *{background:#0000ff!important;color:#0000ff;border-color:#0000ff}"
    _, image = await render_dsl(
        pool, {"width": 400, "height": 700, "padding": 0, "css": css, "elements": [table]}
    )
    box = colour_box(image.data, BLUE)
    assert box is not None
    assert abs((box[3] - box[1]) - 200) <= 1, box


@pytest.mark.parametrize(
    "backdrop",
    [
        {"type": "container", "className": "backdrop"},
        {"type": "container", "style": {"position": "absolute", "inset": 0, "background": "#0000ff"}},
    ],
)
async def test_a_backdrop_at_inset_0_covers_the_canvas_from_css_as_from_style(
    pool: ChromiumPool, backdrop: dict[str, object]
) -> None:
    css = ".backdrop{position:absolute;inset:0;background:#0000ff}"
    elements = [{"type": "heading", "text": "Under a backdrop"}, backdrop]
    _, image = await render_dsl(pool, {"width": 600, "height": 300, "css": css, "elements": elements})
    assert colour_box(image.data, BLUE) == (0, 0, 600, 300)


@pytest.mark.parametrize(("theme", "expected"), [("light", BLUE), ("dark", (255, 0, 0))])
async def test_prefers_color_scheme_in_css_follows_the_theme(
    pool: ChromiumPool, theme: str, expected: tuple[int, int, int]
) -> None:
    css = (
        ".swatch{height:40px;background:#0000ff}"
        "@media (prefers-color-scheme: dark){.swatch{background:#ff0000}}"
    )
    swatch = {"type": "container", "className": "swatch"}
    _, image = await render_dsl(
        pool, {"width": 200, "height": 100, "theme": theme, "css": css, "elements": [swatch]}
    )
    assert colour_box(image.data, expected) is not None
