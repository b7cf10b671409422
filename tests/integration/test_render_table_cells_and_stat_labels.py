"""Tables, stats, rings and lists on real Chromium, where a designer looks first: a long URL that
pushed every column away, bracketed negatives, a totals row, columns that share a narrow table,
widths without a header, a stat label cut beside its icon, an empty ring, list rows' ends."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    GREEN,
    RGB,
    Box,
    box_where,
    close_to,
    column_runs,
    luminance,
    render_dsl,
    rgb,
    right_half_line_ends,
    row_runs,
)
from tests.support.theme_colours import pixel_contrast as contrast

pytestmark = pytest.mark.integration

FRAMED = {"borderColor": "#00ff00"}
"""A green border: where the element's box is."""
RED, BLUE = (255, 0, 0), (0, 0, 255)


def is_grey(colour: RGB) -> bool:
    """Grey or black text (a header's muted capitals too)."""
    return luminance(colour) < 200 and max(colour) - min(colour) < 40


def is_coloured(colour: RGB) -> bool:
    return max(colour) - min(colour) > 60


def near(target: RGB, tolerance: int = 60) -> Any:
    return lambda colour: close_to(colour, target, tolerance)


async def _render(pool: ChromiumPool, document: dict[str, Any]) -> tuple[Image.Image, Any]:
    _, image = await render_dsl(pool, document)
    return rgb(image.data), image


def _frame(picture: Image.Image, region: Box | None = None) -> Box:
    frame = box_where(picture, lambda c: close_to(c, GREEN), region)
    assert frame is not None
    return frame


def _inside(frame: Box) -> Box:
    return frame[0] + 2, frame[1] + 2, frame[2] - 2, frame[3] - 2


# -- a long URL in a cell ---------------------------------------------------------------------------


async def test_a_long_url_in_a_cell_leaves_every_column_in_view(pool: ChromiumPool) -> None:
    """One URL made the Page column 1,100 px wide: Views, Bounce and Status were cut off at the
    table's edge. The URL now wraps; every status badge is inside the table, nothing is cut."""
    url = "https://shop.example.com/collections/womens-outerwear-and-jackets/products/alpine-down-parka-2025?utm_source=newsletter"
    table = {"type": "table", "columns": ["Page", "Views", "Bounce", "Status"], "style": FRAMED,
             "rows": [[url, "12,400", "41.2%", "Active"], ["/checkout", "8,210", "12.0%", "Failed"]]}  # fmt: skip
    picture, image = await _render(pool, {"width": 800, "height": 300, "scale": 2, "elements": [table]})
    frame = _frame(picture)
    assert image.measured_warnings == ()
    badges = [box_where(picture, near(tone, 50), _inside(frame)) for tone in ((22, 163, 74), (220, 38, 38))]
    for badge in badges:  # the dots of Active and Failed
        assert badge is not None and badge[2] <= frame[2] - 16 * 2, (badges, frame)
    ends = right_half_line_ends(picture, is_grey, frame)
    assert min(ends) > (frame[0] + frame[2]) / 2, ends  # figures and headers drawn in the right half


# -- bracketed negatives ----------------------------------------------------------------------------


async def test_bracketed_negatives_line_up_with_the_other_figures(pool: ChromiumPool) -> None:
    """ "($412,300)" made its column a column of words, aligned left."""
    amounts = ["($412,300)", "$1,240,000", "(300)", "$827,700"]
    table = {"type": "table", "columns": ["Item", "Net"], "style": FRAMED,
             "rows": [[f"Item {i}", amount] for i, amount in enumerate(amounts)]}  # fmt: skip
    picture, _ = await _render(pool, {"width": 400, "height": 300, "scale": 2, "elements": [table]})
    frame = _frame(picture)
    ends = right_half_line_ends(picture, is_grey, frame)
    assert len(ends) == 5, ends  # NET and the four amounts
    assert max(ends) - min(ends) <= 3 and frame[2] - 40 * 2 < min(ends), (ends, frame)


# -- a totals row -----------------------------------------------------------------------------------


async def test_a_totals_row_is_bold_under_a_stronger_line_and_its_blank_stays_blank(
    pool: ChromiumPool,
) -> None:
    """The "" of a totals row drew a dash; the row looked like any other."""
    table = {"type": "table", "columns": ["Item", "Qty", "Amount"], "style": FRAMED,
             "rows": [["Widgets", "4", "$40.00"], ["Total", "", "$40.00"]]}  # fmt: skip
    picture, _ = await _render(pool, {"width": 600, "height": 220, "scale": 2, "elements": [table]})
    frame = _frame(picture)
    inner = _inside(frame)
    amounts = [
        box_where(picture, is_grey, (frame[2] - 120 * 2, top, inner[2], bottom))
        for top, bottom in row_runs(picture, is_grey, (frame[2] - 120 * 2, inner[1], inner[2], inner[3]))
    ]
    assert len(amounts) == 3, amounts  # AMOUNT, $40.00, $40.00
    plain, total = amounts[1], amounts[2]
    assert plain is not None and total is not None
    assert total[2] - total[0] > plain[2] - plain[0], amounts  # the total is bold: wider
    qty = (frame[0] + (frame[2] - frame[0]) // 2, total[1], frame[2] - 130 * 2, total[3])
    assert box_where(picture, is_grey, qty) is None  # no dash in the blank Qty cell
    strip = (frame[0] + 30 * 2, plain[3] + 4, frame[0] + 31 * 2, total[1] - 4)
    (line,) = row_runs(picture, lambda c: luminance(c) < 235, strip)
    assert line[1] - line[0] >= 4, line  # 2 px at scale 2, where a row's line is 1 px


# -- columns sharing a narrow table ---------------------------------------------------------------


async def test_a_long_text_takes_the_room_of_figures_and_short_words_stay_on_one_line(
    pool: ChromiumPool,
) -> None:
    """Eight columns at 800 px: the campaign wrapped to six lines while the figures kept 32 px
    of padding each, and "Paid social" broke in two. The campaign takes three lines now, each
    channel one."""
    columns = [{"label": "Campaign", "color": "#ff0000"}, {"label": "Channel", "color": "#0000ff"}, "Status",
               "Spend", "Clicks", "CTR", "Sign-ups", "CAC"]  # fmt: skip
    rows = [["Back-to-school 2025 — retargeting lookalike audiences (EU + UK)", "Paid social", "Active", "$48,200",
             "61,020", "1.72%", "3,120", "$15.45"],
            ["Brand search", "Search", "Active", "$22,900", "44,810", "6.10%", "2,480", "$9.23"],
            ["Influencer wave 2", "Paid social", "Draft", "$0", "0", "0.00%", "0", "—"]]  # fmt: skip
    table = {"type": "table", "columns": columns, "rows": rows, "style": FRAMED}
    picture, image = await _render(pool, {"width": 800, "height": 400, "scale": 2, "elements": [table]})
    frame = _frame(picture)
    assert image.measured_warnings == ()
    campaign_lines = row_runs(picture, near(RED, 90), _inside(frame))
    channel_lines = row_runs(picture, near(BLUE, 90), _inside(frame))
    assert len(campaign_lines) <= 3 + 2, campaign_lines  # three for the long one, one for each other
    assert len(channel_lines) == 3, channel_lines


# -- widths without a header ------------------------------------------------------------------------


async def test_tables_without_headers_keep_their_column_widths_and_line_up(pool: ChromiumPool) -> None:
    """With empty labels the widths were dropped: a 32 px column was drawn 70 px wide, and two
    tables of the same columns did not line up. Now both third columns start 132 px in."""
    columns = [{"key": "p", "label": "", "width": 32}, {"key": "id", "label": "", "width": 100},
               {"key": "t", "label": ""}, {"key": "l", "label": ""}]  # fmt: skip
    tables = [
        {"type": "table", "columns": columns, "style": FRAMED,
         "rows": [{"p": "!!!", "id": "ENG-412", "t": "Checkout crashes when Apple Pay is cancelled", "l": "Bug"}]},
        {"type": "table", "columns": columns, "style": FRAMED,
         "rows": [{"p": "!!", "id": "ENG-421", "t": "Rate-limit password reset emails", "l": "Security"}]},
    ]  # fmt: skip
    picture, _ = await _render(pool, {"width": 900, "height": 200, "scale": 2, "elements": tables})
    green_rows = row_runs(picture, lambda c: close_to(c, GREEN), (0, 0, 60, picture.height))
    frames = [_frame(picture, (0, top, picture.width, bottom)) for top, bottom in green_rows]
    assert len(frames) == 2, green_rows
    starts = []
    for frame in frames:
        runs = column_runs(picture, is_grey, (frame[0] + 2, frame[1] + 2, frame[2] - 2, frame[3] - 2))
        words = [start for start, _ in runs if start > frame[0] + 132 * 2]
        starts.append(words[0] - frame[0])
    assert abs(starts[0] - starts[1]) <= 1, starts
    assert abs(starts[0] - (1 + 132 + 16) * 2) <= 4, starts  # border, 32 + 100 px, the cell's padding


# -- a stat's label beside its icon ---------------------------------------------------------------

PRIMARY_SOFT = (234, 233, 252)
"""The icon tile's fill: 12 % of the indigo primary on white."""


def _label_lines(picture: Image.Image, card: Box) -> list[Box]:
    """The ink of each line of the label, the grey text at the top of a stat card."""
    inner = (card[0] + 2, card[1] + 2, card[2] - 2, card[1] + 70 * 2)

    def muted(colour: RGB) -> bool:  # the label's grey, not the black value
        return is_grey(colour) and luminance(colour) > 70

    lines = []
    for top, bottom in row_runs(picture, muted, inner):
        if bottom - top > 16 * 2:  # the value's big figures below, their soft edges grey too
            continue
        ink = box_where(picture, muted, (inner[0], top, inner[2], bottom))
        assert ink is not None
        lines.append(ink)
    return lines


@pytest.mark.parametrize("width", [112, 121, 130])
async def test_a_stats_label_wraps_beside_its_icon_and_is_never_cut(pool: ChromiumPool, width: int) -> None:
    """At 800 px "Logo churn" was cut to "Logo chu…" beside the icon's tile, which kept all its
    room. The label now wraps, and when its longest word does not fit beside the tile, the tile
    shrinks or goes: "churn" is drawn whole, and never under the tile."""
    stat = {"type": "stat", "label": "Logo churn", "value": "1.8%", "icon": "user-minus",
            "style": {**FRAMED, "width": width}}  # fmt: skip
    word = {"type": "stat", "label": "churn", "value": "1.8%", "style": {**FRAMED, "width": 300}}
    picture, _ = await _render(
        pool,
        {
            "width": 600,
            "height": 180,
            "scale": 2,
            "elements": [{"type": "row", "gap": 40, "children": [stat, word]}],
        },
    )
    cards = [
        _frame(picture, (0, 0, 140 * 2, picture.height)),
        _frame(picture, (140 * 2, 0, picture.width, picture.height)),
    ]
    narrow, reference = (_label_lines(picture, card) for card in cards)
    assert len(narrow) == 2 and len(reference) == 1, (narrow, reference)  # "Logo" / "churn"
    churn, whole = narrow[1], reference[0]
    assert abs((churn[2] - churn[0]) - (whole[2] - whole[0])) <= 2, (churn, whole)
    tile = box_where(picture, lambda c: close_to(c, PRIMARY_SOFT, 4), cards[0])
    if tile is not None:
        assert all(line[2] <= tile[0] for line in narrow if line[1] < tile[3]), (narrow, tile)


# -- an empty ring, and the tracks ------------------------------------------------------------------


async def test_an_empty_ring_is_all_track_and_tracks_show_on_white(pool: ChromiumPool) -> None:
    """A ring at 0 % drew a dot of colour at 12 o'clock; the tracks of rings and bars were a
    1.1:1 grey on white."""
    document = {"width": 300, "height": 200, "scale": 2, "theme": {"primary": "#ff0000"},
                "elements": [{"type": "progress", "variant": "circle", "value": 0},
                             {"type": "progress", "value": 0}]}  # fmt: skip
    picture, _ = await _render(pool, document)
    assert box_where(picture, lambda c: c[0] > 150 and c[1] < 120 and c[2] < 120) is None  # no red at all
    bar = picture.crop((0, picture.height // 2, picture.width, picture.height))  # the bar, under the ring
    colours: list[tuple[int, RGB]] = bar.getcolors(bar.width * bar.height) or []  # type: ignore[assignment]
    light_greys = [
        (count, colour)
        for count, colour in colours
        if 150 < luminance(colour) < 250 and max(colour) - min(colour) < 8
    ]
    _, track = max(light_greys)  # the track's fill, the commonest light grey
    assert contrast(track, (255, 255, 255)) >= 1.3, track


# -- list rows --------------------------------------------------------------------------------------


async def test_a_list_items_tone_colours_its_icon_and_an_end_icon_sits_at_the_end(pool: ChromiumPool) -> None:
    """A success item's icon stayed grey; `iconPosition: end` drew the icon on the left."""
    items = [{"label": "CI / build", "icon": "circle-check", "variant": "success"},
             {"label": "Privacy", "icon": "chevron-right", "iconPosition": "end"}]  # fmt: skip
    document = {"width": 320, "height": 140, "scale": 2,
                "elements": [{"type": "list", "variant": "plain", "items": items, "style": {"border": "1px solid #00ff00"}}]}  # fmt: skip
    picture, _ = await _render(pool, document)
    frame = _frame(picture)
    lines = row_runs(picture, lambda c: luminance(c) < 200, _inside(frame))
    assert len(lines) == 2, lines
    first, second = ((frame[0] + 2, top, frame[2] - 2, bottom) for top, bottom in lines)
    green = box_where(picture, lambda c: c[1] > c[0] + 40 and c[1] > c[2] + 20, first)
    assert green is not None and green[0] < frame[0] + 30 * 2, green  # the toned check, at the start
    ink = column_runs(picture, lambda c: luminance(c) < 200, second)
    # the label in the labels' column (past the other row's icon), the chevron last
    assert green[2] < ink[0][0] < frame[0] + 48 * 2 and ink[-1][1] > frame[2] - 24 * 2, (green, ink)
