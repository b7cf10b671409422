"""On real Chromium: stats too narrow for their figures (five in a phone's row, six on a tablet)
keep them inside their cards: the figure shrinks, then ends in an ellipsis, a change figure
breaks onto two lines at most, then ends in one, and the render's warnings name what it cut as
it is drawn."""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest
from PIL import Image

from kernel.errors import Issue
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, column_runs, render_dsl, rgb

pytestmark = pytest.mark.integration

PAGE: RGB = (255, 255, 255)


def _row(device: str, stats: list[dict[str, Any]]) -> dict[str, Any]:
    return {"device": device, "height": "auto", "elements": [{"type": "row", "gap": 16, "children": stats}]}


PHONE_ROW = _row(
    "mobile",
    [
        {"type": "stat", "label": "Users", "value": "42", "change": "0%", "icon": "users"},
        {"type": "stat", "label": "Tokens", "value": "1000000000000000.0", "change": "0%", "icon": "users"},
        {"type": "stat", "label": "Revenue", "value": "$1e15", "change": "-3.5%", "icon": "users"},
        {"type": "stat", "label": "Cost", "value": "$1e15", "change": "-3.5%", "icon": "users"},
        {"type": "stat", "label": "Growth", "value": "-1", "change": "+999999999999%", "icon": "users"},
    ],
)


async def _render(pool: ChromiumPool, document: dict[str, Any]) -> tuple[Image.Image, tuple[Issue, ...]]:
    _, image = await render_dsl(pool, document, scale=1)
    return rgb(image.data), image.measured_warnings


def _cards(picture: Image.Image) -> list[tuple[int, int]]:
    """The columns each card covers: runs of columns holding anything but the page's white (a
    figure running into the next card joins the two)."""
    return column_runs(picture, lambda colour: colour != PAGE, (0, 0, picture.width, picture.height))


async def test_five_stats_on_a_phone_keep_their_figures_inside_their_cards(pool: ChromiumPool) -> None:
    picture, warnings = await _render(pool, PHONE_ROW)
    cards = _cards(picture)
    # Five cards apart, with the row's gap between them: no figure or pill crosses it.
    assert len(cards) == 5, cards
    assert all(next_left - right >= 12 for (_, right), (next_left, _) in itertools.pairwise(cards)), cards
    # Each figure or pill that does not fit ends in an ellipsis, and the render says so, quoting
    # what is drawn: the long figure, and the change too wide for two lines.
    (texts, pill) = [warning for warning in warnings if warning.code == "text_truncated"]
    assert "'1000000000000000.0' as '" in texts.message and "…' at /elements/0/children/1" in texts.message
    assert (
        pill.path == "/elements/0/children/4" and "'+999999999999%' does not fit in 2 lines" in pill.message
    )
    # Not a box squeezed: the figure's break onto its second line is the design's.
    assert not [warning for warning in warnings if warning.code == "content_squeezed"], warnings


async def test_a_change_too_wide_for_two_lines_is_told_as_drawn(pool: ChromiumPool) -> None:
    _, warnings = await _render(pool, PHONE_ROW)
    (pill,) = [warning for warning in warnings if warning.path == "/elements/0/children/4"]
    shown = pill.message.split("drawn ending '")[1].split("'")[0]
    # Characters the ellipsis stands in for are not counted as drawn (it read one digit more).
    assert shown.startswith("+9") and shown.endswith("9…") and len(shown) <= 8, pill.message


async def test_a_long_figure_among_six_stats_ends_in_an_ellipsis_inside_its_card(pool: ChromiumPool) -> None:
    stats = [
        {"type": "stat", "label": "Total tokens processed", "value": "123456789012345678", "icon": "users"}
    ]
    stats += [{"type": "stat", "label": name, "value": "$1e15", "icon": "users"} for name in "BCDEF"]
    picture, warnings = await _render(pool, _row("tablet", stats))
    assert len(_cards(picture)) == 6
    (warning,) = [
        warning for warning in warnings if warning.code == "text_truncated" and "123456" in warning.message
    ]
    # One warning for the stat's cut texts, quoting each as drawn: its figure, and its label, whose
    # last word is cut too ("Total tokens process…"; told since texts are measured to the fraction
    # of a pixel, not by whole-pixel widths, which were equal).
    assert warning.path == "/elements/0/children/0", warning
    figure = r"'123456789012345678' (does not fit its box and is drawn )?as '123\d*…'"
    assert re.search(figure, warning.message), warning.message
    assert "'Total tokens processed'" in warning.message and "'Total tokens process…'" in warning.message


async def test_a_negative_figure_on_a_right_to_left_page_keeps_its_sign_before_its_digits(
    pool: ChromiumPool,
) -> None:
    document = {
        "width": 400,
        "height": 140,
        "lang": "ar",
        "elements": [{"type": "stat", "label": "العملاء", "value": -42}],
    }
    picture, _ = await _render(pool, document)
    ink = [
        (x, y)
        for x in range(picture.width)
        for y in range(60, picture.height - 20)
        if sum(picture.getpixel((x, y))) < 3 * 100
    ]
    columns = sorted({x for x, _ in ink})
    height = {x: len({y for column, y in ink if column == x}) for x in columns}
    # Read left to right the figure is "-42": its leftmost ink is the minus, a short dash, and
    # its rightmost the 2, a full-height digit ("42-" put the dash last).
    assert height[columns[0]] <= 4 < height[columns[-1]], (columns[0], columns[-1], height)
