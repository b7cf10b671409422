"""On real Chromium: a label that is an acronym ("WC", "IBAN") is drawn as the label beside it
("Hall"), at its size and in its ink; a real overline ("DETAILS") stays small, spaced and grey."""

from __future__ import annotations

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import Box, box_where, is_text, luminance, render_dsl, rgb

pytestmark = pytest.mark.integration

SLOT = 100
"""Each label's column: the row's labels stand 100 px apart."""


def _darkest(picture: Image.Image, region: Box) -> float:
    return min(luminance(colour) for _, colour in picture.crop(region).getcolors(1 << 16) or [])


async def test_an_acronym_label_matches_a_word_label_and_an_overline_does_not(pool: ChromiumPool) -> None:
    texts = ["Hall", "WC", "IBAN", "DETAILS"]
    labels = [{"type": "label", "text": text, "layout": {"width": SLOT}} for text in texts]
    document = {
        "width": 400,
        "height": 60,
        "padding": 0,
        "elements": [{"type": "row", "gap": 0, "children": labels}],
    }
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    inks = []
    for index in range(len(texts)):
        ink = box_where(picture, is_text, (index * SLOT, 0, index * SLOT + SLOT, picture.height))
        assert ink is not None, texts[index]
        inks.append(ink)
    hall, wc, iban, details = inks
    # The capitals of "WC" and "IBAN" stand as tall as the "H" of "Hall" (an overline's are 11.5 px
    # type, shorter), and are as dark.
    capital = hall[3] - hall[1]
    for acronym in (wc, iban):
        assert abs((acronym[3] - acronym[1]) - capital) <= 1, (acronym, hall)
        assert abs(_darkest(picture, acronym) - _darkest(picture, hall)) <= 30
    assert capital - (details[3] - details[1]) >= 1, (details, hall)
    assert _darkest(picture, details) > _darkest(picture, hall) + 40  # the overline's grey
