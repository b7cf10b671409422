"""Text fitted to its box in the theme's font, on real Chromium: a stat's figure, a stepper's labels
and a row of action buttons in a monospaced or a serif theme keep to their room, as in the sans
(their widths were estimated in Noto Sans: a monospaced figure ran 16 px past its card)."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    Box,
    box_where,
    close_to,
    column_runs,
    is_ink,
    luminance,
    painted,
    render_dsl,
    rgb,
)

pytestmark = pytest.mark.integration

FONTS = ("monospace", "serif", "Menlo", "sans-serif")
BLUE, GREEN = (0, 0, 255), (0, 255, 0)


async def _picture(pool: ChromiumPool, document: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


def _black(colour: RGB) -> bool:
    """A stat's figure (its label is a lighter grey)."""
    return luminance(colour) < 80 and max(colour) - min(colour) < 40


def _framed(colour: RGB) -> Any:
    return lambda pixel: close_to(pixel, colour, 40)


@pytest.mark.parametrize("font", FONTS)
async def test_a_stats_figure_shrinks_into_its_card_in_the_themes_font(pool: ChromiumPool, font: str) -> None:
    """Two stats side by side in a 420 px row: "$1,284,120" in a monospaced theme stayed at 28 px
    and ran 16 px past its card's content edge. Each figure now ends inside its card, clear of
    its 20 px padding, on one line."""
    stats = [
        {"type": "stat", "label": "MRR", "value": "$1,284,120", "style": {"borderColor": "#0000ff"}},
        {
            "type": "stat",
            "label": "Subscriptions",
            "value": "12,345,678",
            "style": {"borderColor": "#00ff00"},
        },
    ]
    document = {
        "width": 420,
        "height": 160,
        "theme": {"font": font},
        "elements": [{"type": "row", "children": stats}],
    }
    picture = await _picture(pool, document)
    for colour in (BLUE, GREEN):
        frame = box_where(picture, _framed(colour))
        assert frame is not None
        inside = (frame[0] + 3, frame[1] + 3, frame[2] - 3, frame[3] - 3)
        figure = box_where(picture, _black, inside)
        assert figure is not None, (font, colour)
        assert figure[2] <= frame[2] - 16, (font, figure, frame)  # inside the padding (20 px)
        assert figure[3] - figure[1] <= 34, (font, figure)  # one line


def _label_inks(picture: Image.Image, region: Box) -> list[tuple[int, int]]:
    """The runs of columns holding label ink below the markers, merged across letter gaps under
    6 px: one run a label."""
    runs = column_runs(picture, is_ink, region)
    merged: list[tuple[int, int]] = []
    for start, end in runs:
        if merged and start - merged[-1][1] < 6:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


@pytest.mark.parametrize("font", ("monospace", "serif", "Georgia"))
async def test_stepper_labels_keep_to_their_shares_in_the_themes_font(pool: ChromiumPool, font: str) -> None:
    """Four steps 280 px wide: in a monospaced theme "Shipping" ran past its share's padding
    towards "Payment" and the two read as one phrase. Each label is now drawn whole inside its
    own share (a quarter of the stepper, less 6 px padding each side), 12 px or more from the
    next one."""
    stepper = {"type": "stepper", "items": ["Cart", "Shipping", "Payment", "Done"], "current": 2}
    document = {"width": 320, "height": 120, "padding": 20, "background": "#ffffff", "theme": {"font": font},
                "elements": [stepper]}  # fmt: skip
    picture = await _picture(pool, document)
    labels = _label_inks(picture, (0, 52, 320, 100))
    assert len(labels) == 4, (font, labels)
    share = 280 / 4
    for index, (start, end) in enumerate(labels):
        assert 20 + share * index + 5 <= start and end <= 20 + share * (index + 1) - 5, (font, index, labels)
    gaps = [after[0] - before[1] for before, after in itertools.pairwise(labels)]
    assert min(gaps) >= 12, (font, gaps)


async def test_action_buttons_stack_whole_when_their_monospaced_labels_do_not_fit(pool: ChromiumPool) -> None:
    """A card's two actions need 202 px side by side in a monospaced theme (185 px in the sans):
    in a card 195 px wide inside they wrapped as if they fitted, "Cancel" left alone at its own
    width under "Keep my plan". Now they stack as a row of buttons does, each as wide as the card
    inside, one above the other."""
    actions = [{"label": "Cancel", "variant": "outline"}, {"label": "Keep my plan"}]
    card = {"type": "card", "title": "Plan", "actions": actions, "layout": {"width": 235}}
    css = painted(".dsl-card-actions>.dsl-button:first-child", "#0000ff") + painted(
        ".dsl-card-actions>.dsl-button:last-child", "#00ff00"
    )
    document = {"width": 320, "height": 260, "padding": 20, "theme": {"font": "monospace"}, "css": css,
                "elements": [card]}  # fmt: skip
    picture = await _picture(pool, document)
    first, second = box_where(picture, _framed(BLUE)), box_where(picture, _framed(GREEN))
    assert first is not None and second is not None
    assert first[1] >= second[3] or second[1] >= first[3], (first, second)  # one above the other
    for button in (first, second):
        assert abs((button[2] - button[0]) - 195) <= 2, (first, second)  # as wide as the card inside
