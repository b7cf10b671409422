"""The earlier format's `css` on real Chromium: a picture `url()` and an `@import` are dropped with a
warning, not refused; the rest of each rule is drawn, and nothing is fetched."""

from __future__ import annotations

import pytest

from kernel.dsl.validate import validate_document
from render_worker.pool import ChromiumPool
from tests.integration.network_fixtures import CountingServer
from tests.integration.render_fixtures import render_dsl, rgb_at

pytestmark = pytest.mark.integration


async def test_a_css_background_url_draws_its_colour_and_fetches_nothing(
    pool: ChromiumPool, counting_server: CountingServer
) -> None:
    base = f"http://127.0.0.1:{counting_server.port}"
    document = {
        "width": 300,
        "height": 200,
        "elements": [{"type": "text", "text": "Hi"}],
        "css": f"@import url({base}/fonts.css); body {{ background: url({base}/bg.jpg) #eeeeee; }}",
    }
    result = validate_document(document)
    assert result.ok and [w.code for w in result.warnings] == ["external_src", "external_src"]
    _, image = await render_dsl(pool, document)
    assert rgb_at(image.data, 250, 150) == (0xEE, 0xEE, 0xEE)  # `url(bg.jpg) #eee` still paints #eee
    assert counting_server.connections == 0 and counting_server.paths == []


async def test_a_rule_after_a_font_import_whose_url_holds_a_semicolon_is_drawn(pool: ChromiumPool) -> None:
    """`wght@400;700`: the import was cut at that `;`, and the quote left behind opened a string
    that swallowed the page's own rules."""
    document = {
        "width": 300,
        "height": 200,
        "elements": [{"type": "text", "text": "Hi"}],
        "css": (
            "@import url('https://fonts.googleapis.com/css2?family=Inter:wght@400;700&display=swap');"
            " body { background: #123456; }"
        ),
    }
    _, image = await render_dsl(pool, document)
    assert rgb_at(image.data, 250, 150) == (0x12, 0x34, 0x56)
