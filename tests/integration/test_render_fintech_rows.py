"""On real Chromium, a fintech designer's phone rows: four quick actions side by side, flexed
buttons that share a row which says `wrap: false` instead of running off the screen, OTP digit
boxes at their author's 48 px, centred, and an amount in riyals on an English page with its minus
before its digits."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    box_where,
    boxes,
    column_runs,
    is_ink,
    is_red,
    painted,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

PHONE_WIDTH, MARGIN = 390, 16


def quick_action(icon: str, caption: str) -> dict[str, Any]:
    button = {"type": "button", "icon": icon, "variant": "secondary", "className": "action"}
    return {"type": "column", "align": "center", "gap": 4,
            "children": [button, {"type": "text", "text": caption, "size": "xs"}]}  # fmt: skip


async def test_four_quick_actions_stand_side_by_side_on_a_phone(pool: ChromiumPool) -> None:
    actions = [quick_action("arrow-up-right", "Send"), quick_action("arrow-down-left", "Request"),
               quick_action("plus", "Top up"), quick_action("receipt", "Pay bills")]  # fmt: skip
    document = {
        "device": "mobile", "height": "auto", "css": painted(".action", "#ff0000"),
        "elements": [{"type": "row", "justify": "between", "children": actions}],
    }  # fmt: skip
    _, image = await render_dsl(pool, document, scale=1)
    buttons = boxes(rgb(image.data), is_red)
    assert len(buttons) == 4, buttons  # side by side, not one under another
    assert len({(top, bottom) for _, top, _, bottom in buttons}) == 1, buttons
    assert buttons[0][0] >= MARGIN and buttons[-1][2] <= PHONE_WIDTH - MARGIN, buttons
    assert image.height < 150  # a row's height, not the 332 px of four stacked columns


async def test_flexed_buttons_in_a_row_that_does_not_wrap_share_the_phone_instead_of_running_off(
    pool: ChromiumPool,
) -> None:
    labels = [("Buy", "plus"), ("Send", "arrow-up"), ("Receive", "arrow-down"), ("Swap", "repeat")]
    row = {
        "type": "row", "gap": 8, "wrap": False,
        "children": [{"type": "button", "label": label, "icon": icon, "style": {"flex": 1}, "className": "act"}
                     for label, icon in labels],
    }  # fmt: skip
    document = {"device": "mobile", "height": 120, "css": painted(".act", "#ff0000"), "elements": [row]}
    _, image = await render_dsl(pool, document, scale=1)
    buttons = boxes(rgb(image.data), is_red)
    assert len(buttons) == 4, buttons
    assert buttons[-1][2] <= PHONE_WIDTH - MARGIN, buttons  # the last is whole, inside the margin
    widths = {right - left for left, _, right, _ in buttons}
    assert max(widths) - min(widths) <= 1, buttons  # flex: 1 each: equal shares
    # what the shrinking costs is told: the labels no longer fit beside their icons
    assert any("button label" in warning.message for warning in image.measured_warnings)


async def test_otp_digit_boxes_keep_their_authors_width_and_are_centred(pool: ChromiumPool) -> None:
    def digits(sizing: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "row", "gap": 8, "justify": "center",
            "children": [{"type": "input", "value": v, "className": "digit", **sizing} for v in "482100"],
        }  # fmt: skip

    for sizing in ({"style": {"width": 48}}, {"layout": {"width": 48}}):
        document = {"device": "mobile", "height": 120, "css": painted(".digit", "#ff0000"),
                    "elements": [digits(sizing)]}  # fmt: skip
        _, image = await render_dsl(pool, document, scale=1)
        found = boxes(rgb(image.data), is_red)
        assert [right - left for left, _, right, _ in found] == [48] * 6, (sizing, found)
        left_room, right_room = found[0][0], PHONE_WIDTH - found[-1][2]
        assert abs(left_room - right_room) <= 1, (sizing, found)  # justify: center is followed
        assert not image.measured_warnings, image.measured_warnings


async def test_an_amount_in_riyals_on_an_english_page_keeps_its_minus_before_its_digits(
    pool: ChromiumPool,
) -> None:
    """The amount starts as the bare figure does, glyph for glyph: the minus, then the digits, as
    written (by its Arabic letters the amount ran right to left and drew "ر.س 18.50-")."""
    text = {"type": "text", "style": {"fontSize": 40}}
    document = {
        "width": 400, "height": 200, "padding": 20,
        "elements": [{**text, "text": "-18.50 ر.س"}, {**text, "text": "-18.50"}],
    }  # fmt: skip
    _, image = await render_dsl(pool, document, scale=1)
    picture = rgb(image.data)
    amount_line, figure_line = row_runs(picture, is_ink, (0, 0, 400, 200))
    figure = box_where(picture, is_ink, (0, figure_line[0], 400, figure_line[1]))
    assert figure is not None
    glyphs = column_runs(picture, is_ink, (figure[0], figure_line[0], figure[2], figure_line[1]))
    amount = column_runs(picture, is_ink, (figure[0], amount_line[0], figure[2], amount_line[1]))
    assert len(glyphs) == 6, glyphs  # "-", "1", "8", ".", "5", "0"
    assert amount == glyphs, (amount, glyphs)
