"""On real Chromium: a paragraph's `lineClamp: 2` shows two lines (Chromium ignores the standard
`line-clamp` the style used to emit, and drew all five)."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import is_text, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration

TEXT = (
    "Astronomers using the James Webb Space Telescope say they have detected water vapour in the "
    "atmosphere of a rocky exoplanet for the first time, a finding that could reshape the search."
)


@pytest.mark.parametrize(("style", "lines"), [({}, 5), ({"lineClamp": 2}, 2)])
async def test_line_clamp_shows_that_many_lines(
    pool: ChromiumPool, style: dict[str, int], lines: int
) -> None:
    paragraph = {"type": "paragraph", "text": TEXT, "style": style}
    document = {"width": 320, "height": 200, "background": "#ffffff", "elements": [paragraph]}
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    drawn = row_runs(picture, is_text, (0, 0, picture.width, picture.height))
    assert len(drawn) == lines, drawn
