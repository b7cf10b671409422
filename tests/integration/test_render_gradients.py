"""Gradients on real Chromium: the compiler's smooth drawing looks like Chromium's own, minus the noise."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image, ImageChops

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import decode, render_dsl

pytestmark = pytest.mark.integration


BOXES: list[tuple[dict[str, Any], dict[str, str]]] = [
    # (the element without its background, the background as style)
    (
        {"type": "container", "layout": {"height": 160}},
        {"background": "linear-gradient(to right, #0ea5e9, #8b5cf6)"},
    ),
    (
        {"type": "container", "layout": {"height": 160}},
        {"background": "linear-gradient(to bottom left, #f97316, #ec4899 60%, #6366f1)"},
    ),
    (
        {"type": "container", "layout": {"height": 160}},
        {"background": "linear-gradient(0.3turn, hsl(160 80% 40%), #facc15 40%, rgb(239, 68, 68))"},
    ),
    (
        {"type": "container", "layout": {"height": 160}, "style": {"backgroundColor": "#1e293b"}},
        {"backgroundImage": "linear-gradient(200deg, rgba(255,255,255,.6), transparent)"},
    ),
    (
        {"type": "card", "title": "Card", "style": {"borderRadius": 24}},
        {"background": "linear-gradient(45deg, #fde68a, #fca5a5)"},
    ),
    ({"type": "button", "text": "Bordered"}, {"background": "linear-gradient(135deg, #4f46e5, #db2777)"}),
    (
        {"type": "button", "text": "Pill", "style": {"borderRadius": 26, "border": "none"}},
        {"background": "linear-gradient(135deg, #667eea 0%, #764ba2 100%)"},
    ),
]
PAGE = "linear-gradient(160deg, #eef2ff 0%, #fdf2f8 100%)"


def _documents(*, tall: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    """The same screen twice: gradients in `style` (drawn smooth) and in `css` (Chromium's own)."""
    smooth_children, css_children, rules = [], [], []
    for index, (element, background) in enumerate(BOXES):
        style = {**element.get("style", {}), **background}
        smooth_children.append({**element, "style": style})
        css_children.append({**element, "className": f"g{index}"})
        declarations = ";".join(
            f"{'background-image' if k == 'backgroundImage' else k}:{v}" for k, v in background.items()
        )
        rules.append(f".g{index}{{{declarations}}}")
    grid = {"type": "grid", "columns": 3, "gap": 16, "padding": 16}
    filler = [{"type": "container", "layout": {"height": 900}}] if tall else []
    smooth = {
        "width": 720,
        "height": 560,
        "background": PAGE,
        "elements": [{**grid, "children": smooth_children}, *filler],
    }
    css = {
        "width": 720,
        "height": 560,
        "css": f"body{{background:{PAGE}}}" + "".join(rules),
        "elements": [{**grid, "children": css_children}, *filler],
    }
    return smooth, css


def _largest_block_difference(a: Image.Image, b: Image.Image, block: int = 8) -> int:
    """The largest difference of any channel between the two pictures' `block` x `block` means."""
    assert a.size == b.size
    size = (a.width // block, a.height // block)
    means = [image.convert("RGB").resize(size, Image.Resampling.BOX) for image in (a, b)]
    extrema = ImageChops.difference(*means).getextrema()
    return max(high for _, high in extrema)  # type: ignore[misc]


@pytest.mark.parametrize("tall", [False, True], ids=["screen", "full-page"])
async def test_smooth_gradients_look_like_chromiums_own_and_make_smaller_images(
    pool: ChromiumPool, tall: bool
) -> None:
    smooth_doc, css_doc = _documents(tall=tall)
    prepared, smooth = await render_dsl(pool, smooth_doc, full_page=tall)
    # every box but the one along an axis (an image), and the page's
    assert prepared.html.count('<i class="dsl-smooth-bg"') == 7
    _, css = await render_dsl(pool, css_doc, full_page=tall)
    smooth_image, css_image = decode(smooth.data), decode(css.data)
    assert smooth_image.size == css_image.size
    assert smooth_image.width == 720 and (smooth_image.height > 1000 if tall else smooth_image.height == 560)
    # Chromium dithers its own gradients: pixels differ by a level or two, means hardly at all.
    assert _largest_block_difference(smooth_image, css_image) <= 2
    assert len(smooth.data) < 0.7 * len(css.data)


async def test_a_smooth_gradient_has_no_noise_and_the_scale_draws_it_sharp(pool: ChromiumPool) -> None:
    """Along the gradient every pixel of a row is the same colour; the colour climbs row by row."""
    document = {
        "width": 200,
        "height": 100,
        "elements": [
            {"type": "container", "layout": {"width": 200, "height": 100},
             "style": {"background": "linear-gradient(#000000, #ffffff)"}},
        ],
    }  # fmt: skip
    _, image = await render_dsl(pool, document, scale=2)
    picture = decode(image.data).convert("L")
    assert picture.size == (400, 200)
    rows = [picture.crop((0, y, 400, y + 1)).getextrema() for y in range(200)]
    assert all(low == high for low, high in rows)
    levels = [low for low, _ in rows]
    assert levels == sorted(levels) and levels[0] <= 2 and levels[-1] >= 253
    diagonal = {
        **document,
        "elements": [
            {
                **document["elements"][0],
                "style": {"background": "linear-gradient(to bottom right, #000, #fff)"},
            }
        ],
    }
    _, turned = await render_dsl(pool, diagonal)
    pixels = decode(turned.data).convert("L")
    # the 50% line runs through the two other corners; along it the colour holds still
    along = [pixels.getpixel((x, round(100 - x / 2))) for x in range(20, 180, 10)]
    assert max(along) - min(along) <= 2  # type: ignore[operator]
