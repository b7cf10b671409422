"""A form's look where it is on real Chromium: a disabled field is told from an enabled one on a
light and on a dark theme (on dark its fill sank back to the enabled surface's), and a form's
title in a footer is the size of the footer's headings, in a sidebar a small one, not the 22 px
of a form on a page."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    Box,
    box_where,
    is_ink,
    luminance,
    render_dsl,
    rgb,
    row_runs,
)
from tests.support.theme_colours import pixel_contrast as contrast

pytestmark = pytest.mark.integration


async def render(pool: ChromiumPool, elements: list[dict[str, Any]], **document: Any) -> Image.Image:
    source: dict[str, Any] = {"width": 400, "height": 200, "padding": 20, "elements": elements, **document}
    _, image = await render_dsl(pool, source)
    return rgb(image.data)


def pixel(image: Image.Image, x: int, y: int) -> RGB:
    red, green, blue = image.getpixel((x, y))  # type: ignore[misc]
    return red, green, blue


def strongest(image: Image.Image, region: Box, fill: RGB) -> RGB:
    """The pixel of `region` that stands out most from `fill`: the core of the words on it."""
    left, top, right, bottom = region
    return max(
        (pixel(image, x, y) for y in range(top, bottom) for x in range(left, right)),
        key=lambda colour: abs(luminance(colour) - luminance(fill)),
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_a_disabled_field_is_told_from_an_enabled_one(pool: ChromiumPool, theme: str) -> None:
    """On the dark theme a disabled input was filled rgb(28,28,31) beside the enabled
    rgb(24,24,27): only its grey words told them apart. Now its fill is the muted grey, as far
    from the enabled field's as on the light theme at least, and its words are fainter."""
    fields = [
        {"type": "input", "label": "Team", "value": "Analytics", "disabled": disabled}
        for disabled in (True, False)
    ]
    image = await render(pool, fields, theme=theme)
    # Each field: a 20 px label and 6 px, then its 36 px box; the second 12 px below the first.
    boxes = {"disabled": 20 + 26, "enabled": 20 + 26 + 36 + 12 + 26}
    fills = {name: pixel(image, 360, top + 18) for name, top in boxes.items()}
    assert abs(luminance(fills["disabled"]) - luminance(fills["enabled"])) >= 10, fills
    words = {name: strongest(image, (32, top + 8, 110, top + 28), fills[name]) for name, top in boxes.items()}
    assert (
        contrast(words["disabled"], fills["disabled"]) < contrast(words["enabled"], fills["enabled"]) / 1.5
    ), words


def ink_height(image: Image.Image, region: Box) -> int:
    """The height of the first line of ink in `region`."""
    lines = row_runs(image, is_ink, region)
    assert lines, region
    return lines[0][1] - lines[0][0]


FORM = {
    "type": "form",
    "title": "Newsletter",
    "children": [{"type": "input", "placeholder": "you@company.com"}],
}
"""A title without descenders: its ink is its capitals' and ascenders' height."""


async def test_a_forms_title_in_a_footer_is_the_size_of_its_headings(pool: ChromiumPool) -> None:
    """Beside link columns headed by 13 px headings, a newsletter form's title was 22 px bold."""
    columns = [{"type": "column", "children": [{"type": "heading", "level": 6, "text": "Product"},
                                                {"type": "link", "text": "Features", "variant": "muted"}]}, FORM]  # fmt: skip
    footer = {
        "type": "footer",
        "text": "© 2025 Fieldnote Inc.",
        "children": [{"type": "grid", "columns": 2, "children": columns}],
    }
    image = await render(pool, [footer], width=600, height=260, padding=0)
    heading = box_where(image, is_ink, (0, 0, 300, 60))
    title = box_where(image, is_ink, (300, 0, 600, 60))
    assert heading is not None and title is not None
    assert abs(title[1] - heading[1]) <= 2, (heading, title)  # on the headings' line
    ratio = (title[3] - title[1]) / (heading[3] - heading[1])
    assert 1.0 <= ratio <= 1.2, (heading, title)  # 14 px beside 13 px, not 22
    on_page = await render(pool, [FORM], width=600, height=260)
    assert ink_height(on_page, (0, 0, 600, 60)) >= 1.4 * (title[3] - title[1])  # elsewhere it keeps its 22 px


async def test_a_forms_title_in_a_sidebar_is_small(pool: ChromiumPool) -> None:
    sidebar = {"type": "sidebar", "children": [FORM]}
    image = await render(pool, [sidebar], height=300, padding=0)
    on_page = await render(pool, [FORM], height=300)
    in_sidebar, alone = ink_height(image, (0, 0, 240, 80)), ink_height(on_page, (0, 0, 400, 60))
    assert in_sidebar / alone == pytest.approx(15 / 22, abs=0.08), (in_sidebar, alone)
