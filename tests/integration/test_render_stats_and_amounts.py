"""Stats side by side, a list row's skeleton, amounts in local currencies and a password set the
earlier format's way, on real Chromium: where their pixels land."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    Box,
    box_where,
    close_to,
    is_text,
    luminance,
    render_dsl,
    rgb,
    right_half_line_ends,
    row_runs,
)

pytestmark = pytest.mark.integration

FRAMES = ("#0000ff", "#00ff00", "#ff0000")
"""Each stat's border colour, so that its pixels say where its box is."""


def _colour(hex_colour: str) -> RGB:
    return int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16)


async def _picture(pool: ChromiumPool, document: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


def _frames(picture: Image.Image, count: int = 3) -> list[Box]:
    """Where the first `count` framed stats are."""
    boxes = [box_where(picture, lambda c, f=frame: close_to(c, _colour(f), 40)) for frame in FRAMES[:count]]
    assert all(boxes), boxes
    return [box for box in boxes if box is not None]


def _stats(*stats: dict[str, Any]) -> list[dict[str, Any]]:
    """The stats, each framed in its colour of `FRAMES` (no shadow to blur the frame)."""
    return [
        {"type": "stat", **stat, "style": {"borderColor": frame, "boxShadow": "none"}}
        for stat, frame in zip(stats, FRAMES, strict=False)
    ]


def black(colour: RGB) -> bool:
    """The value's ink (the label is a lighter grey)."""
    return luminance(colour) < 80 and max(colour) - min(colour) < 40


def grey(colour: RGB) -> bool:
    """The label's ink: text lighter than the value's black."""
    return is_text(colour) and not black(colour)


def _inside(frame: Box) -> Box:
    return frame[0] + 4, frame[1] + 4, frame[2] - 4, frame[3] - 4


def _value_lines(picture: Image.Image, frame: Box) -> list[tuple[int, int]]:
    """The lines of a stat's value: the bands of black ink in its frame."""
    return row_runs(picture, black, _inside(frame))


def _label_lines(picture: Image.Image, frame: Box) -> list[tuple[int, int]]:
    """The lines of a stat's label: the bands of grey ink above its value (clear of its soft edge)."""
    left, top, right, _ = _inside(frame)
    return row_runs(picture, grey, (left, top, right, _value_lines(picture, frame)[0][0] - 4))


# -- stats side by side ---------------------------------------------------------------------------


async def test_stats_in_a_row_share_its_width_and_height_with_their_tops_aligned(pool: ChromiumPool) -> None:
    """Stats in a row were as tall as their own words and centred, so their tops did not line up,
    and as wide as their words: "NPS" broke into "NP/S". They share the row's width and height."""
    stats = _stats(
        {"label": "Trials started", "value": "12,884"},
        {"label": "Active paying customers across every region", "value": "48,210"},
        {"label": "NPS", "value": "61"},
    )
    picture = await _picture(pool, {"width": 600, "height": 300, "scale": 2,
                                    "elements": [{"type": "row", "children": stats}]})  # fmt: skip
    boxes = _frames(picture)
    tops, bottoms = {box[1] for box in boxes}, {box[3] for box in boxes}
    widths = [box[2] - box[0] for box in boxes]
    assert max(tops) - min(tops) <= 1 and max(bottoms) - min(bottoms) <= 1, boxes
    assert max(widths) - min(widths) <= 2, widths
    assert len(_label_lines(picture, boxes[2])) == 1, _label_lines(picture, boxes[2])  # "NPS" whole


async def test_a_row_that_aligns_its_stats_keeps_its_alignment(pool: ChromiumPool) -> None:
    stats = _stats({"label": "Trials", "value": "12"}, {"label": "Users", "value": "4", "change": "+3%"})
    picture = await _picture(pool, {"width": 420, "height": 300, "scale": 2,
                                    "elements": [{"type": "row", "align": "start", "children": stats}]})  # fmt: skip
    first, second = _frames(picture, 2)
    assert abs(first[1] - second[1]) <= 1 and second[3] - first[3] > 20, (first, second)


@pytest.mark.parametrize("box", [{"type": "grid", "columns": 3}, {"type": "row"}])
async def test_stats_side_by_side_line_up_their_figures_when_a_label_wraps(
    pool: ChromiumPool, box: dict[str, Any]
) -> None:
    """A label of two lines pushed its figure 20 px below its neighbours' in a grid or a row of
    stats; now the figures share one line and each label keeps its top, as labelled fields do."""
    stats = _stats(
        {"label": "Teams on Flowbase", "value": "4,000+"},
        {"label": "Average time saved per person each week", "value": "6.5 hrs", "change": "+12%"},
        {"label": "Uptime", "value": "99.99%", "icon": "activity"},
    )
    picture = await _picture(pool, {"width": 700, "height": 260, "scale": 2,
                                    "elements": [{**box, "children": stats}]})  # fmt: skip
    boxes = _frames(picture)
    assert [len(_label_lines(picture, frame)) for frame in boxes] == [1, 2, 1]
    figures = [_value_lines(picture, frame)[0] for frame in boxes]
    assert max(top for top, _ in figures) - min(top for top, _ in figures) <= 2, figures
    labels = [_label_lines(picture, frame)[0] for frame in boxes]
    assert max(top for top, _ in labels) - min(top for top, _ in labels) <= 2, labels
    assert {frame[3] for frame in boxes} == {boxes[0][3]}, boxes  # still as tall as each other


async def test_a_stats_words_and_figures_are_never_broken_inside(pool: ChromiumPool) -> None:
    """At 320 px "12,408" broke into "12,40/8" and "Active minutes" into "Active/minut/es": the
    figure stays on one line and the label on two, its long word ending in an ellipsis."""
    stats = _stats(
        {"label": "Steps", "value": "12,408", "change": "+8%"},
        {"label": "Calories burned", "value": "2,914 kcal", "change": "+3%"},
        {"label": "Active minutes", "value": "94 min", "change": "-2%"},
    )
    picture = await _picture(pool, {"width": 320, "height": 200, "scale": 2,
                                    "elements": [{"type": "row", "gap": 8, "children": stats}]})  # fmt: skip
    steps, _, active = _frames(picture)
    assert len(_value_lines(picture, steps)) == 1, _value_lines(picture, steps)
    assert len(_label_lines(picture, active)) == 2, _label_lines(picture, active)
    value = box_where(picture, black, _inside(active))
    assert value is not None and value[2] <= active[2] - 8, (value, active)


async def test_a_narrow_row_of_stats_draws_its_figures_at_one_size_and_its_icons_and_changes_alike(
    pool: ChromiumPool,
) -> None:
    """The dashboard's four stats in 540 px: "$284,120" shrank to 14 px beside figures of 26,
    three stats dropped their icons and one kept it, and "+12.4%" was drawn "+12.…". Now every
    figure has the size the widest needs, no stat keeps an icon its neighbours lost, and the
    change figures are whole (no text ends in an ellipsis)."""
    stats = [
        {"type": "stat", "label": "Revenue", "value": "$284,120", "change": "+12.4%", "icon": "dollar-sign"},
        {"type": "stat", "label": "Orders", "value": "3,482", "change": "+8.1%", "icon": "shopping-cart"},
        {"type": "stat", "label": "Conversion rate", "value": "3.27%", "change": "-0.4%", "icon": "percent"},
        {
            "type": "stat",
            "label": "Avg. order value",
            "value": "$81.60",
            "change": "+3.9%",
            "icon": "receipt",
        },
    ]
    for width, icons in ((540, False), (800, True)):
        document = {"width": width, "height": 220, "scale": 2, "theme": {"primary": "#0000ff"},
                    "elements": [{"type": "grid", "columns": 4, "gap": 16, "children": stats}]}  # fmt: skip
        _, image = await render_dsl(pool, document)
        assert image.measured_warnings == (), image.measured_warnings
        picture = rgb(image.data)
        quarter = picture.width // 4
        figures, tiles = [], []
        for index in range(4):
            column = (index * quarter, 0, (index + 1) * quarter, picture.height)
            ink = box_where(picture, black, column)
            assert ink is not None, column
            # Its last third (120, 82, 7%, 60): digits from the baseline to the cap height.
            end = box_where(picture, black, (ink[2] - (ink[2] - ink[0]) // 3, ink[1], ink[2], ink[3]))
            assert end is not None
            figures.append(end[3] - end[1])
            tiles.append(box_where(picture, lambda c: close_to(c, (0, 0, 255), 90) and c[2] > 150, column))
        assert max(figures) - min(figures) <= 2, (width, figures)
        assert all((tile is not None) is icons for tile in tiles), (width, tiles)


# -- a list row's skeleton ------------------------------------------------------------------------


def _shape(colour: RGB) -> bool:
    """A skeleton's grey fill (not the white page)."""
    return min(colour) < 246


async def test_a_row_skeleton_is_a_list_rows_height_and_a_card_is_much_taller(pool: ChromiumPool) -> None:
    """`variant: card` draws a framed card about 260 px tall, too large for a list row's place:
    `variant: row` draws a 40 px face beside two lines."""
    document = {"width": 400, "height": 400, "scale": 2, "elements": [{"type": "skeleton", "variant": "row"}]}
    picture = await _picture(pool, document)
    row = box_where(picture, _shape)
    assert row is not None and 78 <= row[3] - row[1] <= 82, row  # the 40 px face
    text_side = (row[0] + 100, row[1], row[2], row[3])
    assert len(row_runs(picture, _shape, text_side)) == 2, row_runs(picture, _shape, text_side)
    card = await _picture(pool, {**document, "elements": [{"type": "skeleton", "variant": "card"}]})
    framed = box_where(card, _shape)
    assert framed is not None and framed[3] - framed[1] > 4 * (row[3] - row[1]), (framed, row)


# -- amounts in local currencies ------------------------------------------------------------------


async def test_a_column_of_local_amounts_is_right_aligned(pool: ChromiumPool) -> None:
    """One "26,000원" made the whole Price column align left: the header and every amount end at
    the table's right, as other amounts do."""
    amounts = ["26,000원", "5,998元", "1,234.56 TL", "Rs 1,200", "1 234 грн", "%2,35"]
    table = {"type": "table", "columns": ["Item", "Price"], "style": {"borderColor": "#00ff00"},
             "rows": [[f"Item {i}", amount] for i, amount in enumerate(amounts)]}  # fmt: skip
    picture = await _picture(pool, {"width": 420, "height": 400, "scale": 2, "elements": [table]})
    frame = box_where(picture, lambda c: close_to(c, (0, 255, 0)))
    assert frame is not None
    ends = right_half_line_ends(picture, is_text, frame)
    assert len(ends) == 7, ends  # PRICE and the six amounts
    assert max(ends) - min(ends) <= 3 and frame[2] - 40 * 2 < min(ends), (ends, frame)


async def test_figures_of_several_decimals_line_up_their_points_without_false_zeros(
    pool: ChromiumPool,
) -> None:
    """Amounts at several tick sizes were all padded to four decimals (`15012.9200`), and `4.986`
    was left as written, its point out of line. Now each keeps its decimals (two at least) and
    blank room lines the points up: the two-decimal amounts end two digits before `0.5248`,
    `4.986` one digit before it."""
    amounts = ["0.5248", "15012.92", "4.986", "739.33"]
    table = {"type": "table", "columns": ["Asset", "Amount"], "style": {"borderColor": "#00ff00"},
             "rows": [[f"Coin {i}", amount] for i, amount in enumerate(amounts)]}  # fmt: skip
    picture = await _picture(pool, {"width": 420, "height": 320, "scale": 2, "elements": [table]})
    frame = box_where(picture, lambda c: close_to(c, (0, 255, 0)))
    assert frame is not None
    ends = right_half_line_ends(picture, is_text, frame)
    assert len(ends) == 5, ends  # AMOUNT and the four amounts
    four, two, three, other_two = ends[1:]
    digit = four - three
    assert 12 <= digit <= 20, ends  # a digit of 14 px text, at scale 2
    assert abs((four - two) - 2 * digit) <= 2 and abs((four - other_two) - 2 * digit) <= 2, ends


# -- a password set the earlier format's way ------------------------------------------------------


async def test_a_password_typed_in_custom_attributes_is_masked(pool: ChromiumPool) -> None:
    def field(**more: Any) -> dict[str, Any]:
        return {"width": 300, "height": 100, "elements": [{"type": "input", "value": "hunter2", **more}]}

    _, earlier = await render_dsl(
        pool, field(customAttributes={"type": "password", "aria-label": "Password"})
    )
    _, own = await render_dsl(pool, field(inputType="password"))
    _, plain = await render_dsl(pool, field())
    assert earlier.data == own.data
    assert earlier.data != plain.data
