"""A quiz's marked answers on real Chromium: a radio option's or a checkbox's `variant: success`
or `danger` draws the answer in that tone, with a check or a cross at its end, in the light and
dark themes, from the end the text runs to."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.prepare import prepare_render
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, Box, box_where, render_dsl, rgb
from tests.support.page_boxes import page_boxes

pytestmark = pytest.mark.integration

QUIZ: dict[str, Any] = {
    "width": 520,
    "height": 360,
    "elements": [
        {"type": "radio", "label": "Which mechanism depends on the missing value?", "variant": "cards",
         "value": "mar", "options": [
             {"label": "MCAR", "value": "mcar"},
             {"label": "MAR", "value": "mar", "variant": "danger", "description": "Your answer"},
             {"label": "MNAR", "value": "mnar", "variant": "success", "description": "Correct answer"}]},
        {"type": "checkbox", "label": "Deleting every patient", "checked": True, "variant": "danger"},
        {"type": "checkbox", "label": "Multiple imputation", "checked": True, "variant": "success"},
    ],
}  # fmt: skip


def is_red(colour: RGB) -> bool:
    red, green, blue = colour
    return red > 150 and red - max(green, blue) > 80


def is_green(colour: RGB) -> bool:
    red, green, blue = colour
    return green > 110 and green - max(red, blue) > 50


def _inside(box: tuple[float, float, float, float]) -> Box:
    """A page box in the picture's pixels (the render is at scale 1)."""
    left, top, right, bottom = (round(side) for side in box)
    return (left, top, right, bottom)


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_marked_answers_are_drawn_in_their_tone_with_a_check_or_a_cross(
    pool: ChromiumPool, theme: str
) -> None:
    prepared, image = await render_dsl(pool, {**QUIZ, "theme": theme})
    found = await page_boxes(
        prepared.html,
        prepared.viewport,
        {
            "cards": ".dsl-choice.is-card",
            "marks": ".dsl-checkbox>.dsl-checkmark",
            "verdicts": ".dsl-choice-verdict",
        },
    )
    pixels = rgb(image.data)
    plain, wrong, right = (_inside(card) for card in found["cards"])
    assert box_where(pixels, is_red, plain) is None and box_where(pixels, is_green, plain) is None
    for card, toned in ((wrong, is_red), (right, is_green)):  # its outline, down its start side
        assert box_where(pixels, toned, (card[0], card[1] + 8, card[0] + 3, card[3] - 8)) is not None, (
            theme,
            card,
        )
    ticked_wrong, ticked_right = (_inside(mark) for mark in found["marks"])
    assert box_where(pixels, is_red, ticked_wrong) is not None
    assert box_where(pixels, is_green, ticked_right) is not None
    cross, check, *checkbox_verdicts = (_inside(verdict) for verdict in found["verdicts"])
    assert wrong[2] - 24 <= cross[2] <= wrong[2] and right[2] - 24 <= check[2] <= right[2], (cross, check)
    assert box_where(pixels, is_red, cross) is not None and box_where(pixels, is_green, check) is not None
    assert len(checkbox_verdicts) == 2  # a ticked checkbox's too, after its label


async def test_in_right_to_left_the_check_sits_at_the_cards_left_end() -> None:
    prepared = prepare_render({**QUIZ, "lang": "ar"})
    found = await page_boxes(
        prepared.html, prepared.viewport, {"cards": ".dsl-choice.is-card", "verdicts": ".dsl-choice-verdict"}
    )
    _, wrong, right = found["cards"]
    cross, check, *_ = found["verdicts"]
    assert wrong[0] <= cross[0] <= wrong[0] + 24 and right[0] <= check[0] <= right[0] + 24, (cross, check)
