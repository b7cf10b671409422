"""On real Chromium: on a phone (`device: mobile`) a small modal, a title, a message and one or two
actions, is drawn as a phone's alert: a narrow card centred on the screen, no × in its corner,
its buttons sharing its width equally (stacked full width when a label is too wide for half of it,
by its letters' widths: twelve characters were thought to fit, and "Überspringen" broke in two
beside "Abbrechen", "設定を保存する" and "Save changes" wrapped). It was a web dialog: a × at the
top right, the buttons at the end of a footer, as wide as their labels."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, is_ink, render_dsl, rgb, white_box

pytestmark = pytest.mark.integration

BLUE = (0x25, 0x63, 0xEB)


def alert(actions: list[Any], **page: Any) -> dict[str, Any]:
    modal = {
        "type": "modal",
        "title": "Delete 3 photos?",
        "children": [{"type": "paragraph", "text": "These photos will be deleted from all your devices."}],
        "actions": actions,
    }
    return {
        "theme": {"primary": "#2563eb"},
        "elements": [{"type": "paragraph", "text": "Photos"}, modal],
        **page,
    }


def is_blue(colour: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 6 for a, b in zip(colour, BLUE, strict=True))


async def test_a_phone_draws_a_small_modal_as_an_alert(pool: ChromiumPool) -> None:
    _, image = await pool_render(pool, alert(["Cancel", "Delete"], device="mobile"))
    card = white_box(image)
    left, top, right, _ = card
    assert abs((left + right) / 2 - 195) <= 1 and right - left <= 304, card  # narrow, centred
    corner = box_where(image, is_ink, (right - 48, top + 4, right - 4, top + 48))
    assert corner is None, corner  # no × in its corner
    primary = box_where(image, is_blue, card)
    assert primary is not None
    # The decision takes the right half of the card, as wide as the Cancel beside it.
    assert abs((primary[2] - primary[0]) - ((right - left) / 2 - 20)) <= 8, (primary, card)
    assert primary[2] >= right - 24 and primary[0] > (left + right) / 2, (primary, card)


async def test_long_labels_stack_full_width_the_decision_on_top(pool: ChromiumPool) -> None:
    _, image = await pool_render(
        pool, alert(["Keep editing the draft", "Discard the changes"], device="mobile")
    )
    left, top, right, bottom = white_box(image)
    primary = box_where(image, is_blue, (left, top, right, bottom))
    assert primary is not None and primary[2] - primary[0] >= right - left - 40, primary
    below = box_where(image, is_ink, (left + 8, primary[3] + 4, right - 8, bottom - 4))
    assert below is not None, "the other button is below the decision"


@pytest.mark.parametrize(
    ("labels", "lang"),
    [
        (["Abbrechen", "Überspringen"], "de"),
        (["キャンセル", "設定を保存する"], "ja"),
        (["Cancel", "Save changes"], "en"),
    ],
)
async def test_labels_too_wide_for_half_the_alert_stack_each_on_one_line(
    pool: ChromiumPool, labels: list[str], lang: str
) -> None:
    _, image = await pool_render(pool, alert(labels, device="mobile", lang=lang))
    left, top, right, bottom = white_box(image)
    primary = box_where(image, is_blue, (left, top, right, bottom))
    assert primary is not None and primary[2] - primary[0] >= right - left - 40, primary  # full width
    assert primary[3] - primary[1] <= 46, primary  # its label on one line: a 44 px button


@pytest.mark.parametrize(("labels", "lang"), [(["Abbrechen", "Löschen"], "de"), (["取消", "删除所有"], "zh")])
async def test_labels_that_fit_half_the_alert_stand_side_by_side(
    pool: ChromiumPool, labels: list[str], lang: str
) -> None:
    _, image = await pool_render(pool, alert(labels, device="mobile", lang=lang))
    left, top, right, bottom = white_box(image)
    primary = box_where(image, is_blue, (left, top, right, bottom))
    assert primary is not None and primary[0] > (left + right) / 2, primary  # the right half
    assert primary[3] - primary[1] <= 46, primary  # one line


async def test_a_desktop_dialog_keeps_its_close_button(pool: ChromiumPool) -> None:
    _, image = await pool_render(pool, alert(["Cancel", "Delete"], width=390, height=844))
    _, top, right, _ = white_box(image)
    assert box_where(image, is_ink, (right - 48, top + 4, right - 4, top + 48)) is not None


async def pool_render(pool: ChromiumPool, page: dict[str, Any]) -> Any:
    """The prepared render and its image, at scale 1, as RGB."""
    prepared, rendered = await render_dsl(pool, page, scale=1)
    return prepared, rgb(rendered.data)
