"""Where page chrome puts its content, on real Chromium: a phone's footer inset as its content is."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import BLUE, box_where, colour_box, is_text, render_dsl, rgb

pytestmark = pytest.mark.integration

FLAT = {"border": "none", "borderRadius": 0, "boxShadow": "none"}


def flat(colour: str, **more: Any) -> dict[str, Any]:
    """Style that leaves a box one flat colour, so its pixels give its exact place and size."""
    return {"style": {"background": colour, **FLAT}, **more}


@pytest.mark.parametrize(
    "footer",
    [
        {"text": "© 2025 Flowbase Inc."},
        {"text": "© 2025", "children": [{"type": "paragraph", "text": "Content"}]},
    ],
    ids=["small", "large"],
)
async def test_a_phones_footer_keeps_the_inset_its_content_keeps(
    pool: ChromiumPool, footer: dict[str, Any]
) -> None:
    """On a phone the page's content keeps 16 px from the screen's sides but a footer's text started
    24 px in; now it starts where the content does."""
    document = {"width": 390, "height": 300, "background": "#ffffff", "elements": [
        {"type": "card", **flat("#0000ff"), "layout": {"height": 20}}, {"type": "footer", **footer}]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    content = colour_box(image.data, BLUE)
    assert content is not None and content[0] == 16, content
    text = box_where(rgb(image.data), is_text, (0, content[3] + 8, 390, 300))
    assert text is not None and 16 <= text[0] <= 18, text
