"""Remove and close crosses on a phone on real Chromium: each is a 44 px target (a chip's was
14 x 14, a toast's, an alert's and an upload's 16 x 16, a modal's 18 x 24; WCAG 2.5.8 asks 24),
its glyph as small as before and nothing around it moved.

Document CSS paints each cross's box green, so its size is what is measured."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import render_dsl, rgb, runs

pytestmark = pytest.mark.integration

CROSSES = ".dsl-chip-remove,.dsl-toast-close,.dsl-alert-close,.dsl-upload-remove,.dsl-modal-close"
PAINTED = f":is({CROSSES}){{background:#00ff00!important}}"

ELEMENTS: list[dict[str, Any]] = [
    {"type": "chip", "text": "Design", "removable": True},
    {"type": "toast", "variant": "info", "title": "Saved", "text": "Your changes are live."},
    {"type": "upload", "items": [{"label": "brief.pdf", "description": "248 KB"}]},
    {"type": "alert", "variant": "warning", "title": "Heads up", "text": "Dismiss me", "removable": True},
    {"type": "container", "layout": {"height": 260}, "style": {"position": "relative", "overflow": "hidden"},
     "children": [{"type": "modal", "title": "Rename", "actions": [{"label": "Save"}],
                   "children": [{"type": "input", "value": "Q3 report"}]}]},  # a form: no alert
]  # fmt: skip


async def _green_boxes(pool: ChromiumPool, element: dict[str, Any], css: str) -> list[tuple[int, int]]:
    """The (width, height) in CSS px of each green box the page draws."""
    document = {
        "device": "mobile",
        "css": css,
        "elements": [{"type": "column", "padding": 16, "children": [element]}],
    }
    _, image = await render_dsl(pool, document)
    picture = np.asarray(rgb(image.data)).astype(int)
    scale = picture.shape[1] / 390
    green = (
        (picture[:, :, 1] > 220) & (picture[:, :, 0] < 120) & (picture[:, :, 2] < 120)
    )  # a chip's cross is at .7
    boxes = []
    for top, bottom in runs(green.any(axis=1).tolist()):
        for left, right in runs(green[top:bottom].any(axis=0).tolist()):
            boxes.append((round((right - left) / scale), round((bottom - top) / scale)))
    return boxes


@pytest.mark.parametrize("element", ELEMENTS, ids=[element["type"] for element in ELEMENTS])
async def test_a_cross_on_a_phone_is_a_44_px_target_around_its_small_glyph(
    pool: ChromiumPool, element: dict[str, Any]
) -> None:
    (target,) = await _green_boxes(pool, element, PAINTED)
    assert target == (44, 44), target
    glyph = f":is({CROSSES}) svg{{background:#00ff00!important}}"
    (drawn,) = await _green_boxes(pool, element, glyph)
    assert max(drawn) <= 18, drawn  # the glyph keeps its 14-18 px
