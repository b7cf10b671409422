"""A card's head on real Chromium: the icon beside a title of one long word and level with its first
line, a badge at the end of the title's line with the description running under it, and a
calendar that a card frames drawn with no frame of its own."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    Box,
    box_where,
    close_to,
    column_runs,
    is_text,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

MARKED_PARTS = ".dsl-card-icon{background:#0000ff}.dsl-card-badge{background:#0000ff;color:#0000ff}"
"""Document CSS painting the icon's tile and the badge one flat blue (its words too), so their
pixels give their place."""


def card(**fields: Any) -> dict[str, Any]:
    """A card outlined in green: its frame's pixels give its box."""
    return {"type": "card", "style": {"borderColor": "#00ff00", "boxShadow": "none"}, **fields}


async def picture(pool: ChromiumPool, document: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, {"version": 1, "css": MARKED_PARTS, **document})
    return rgb(image.data)


def frames(image: Image.Image) -> list[Box]:
    """The green frames of the cards, left to right (one row of cards)."""
    whole = box_where(image, lambda c: close_to(c, GREEN))
    assert whole is not None
    middle = (whole[1] + whole[3]) // 2
    borders = column_runs(image, lambda c: close_to(c, GREEN), (0, middle, image.width, middle + 1))
    lefts, rights = borders[0::2], borders[1::2]  # each card crosses the middle line at its two sides
    return [(left[0], whole[1], right[1], whole[3]) for left, right in zip(lefts, rights, strict=True)]


def inside(frame: Box) -> Box:
    return frame[0] + 2, frame[1] + 2, frame[2] - 2, frame[3] - 2


def blue_in(image: Image.Image, region: Box) -> Box | None:
    return box_where(image, lambda c: close_to(c, BLUE, 30), region)


def text_lines(image: Image.Image, region: Box) -> list[tuple[int, int]]:
    """The lines of text in `region`, top to bottom: the bands of rows holding text, an
    underscore's stroke a pixel or two below its line counted with it."""
    lines: list[tuple[int, int]] = []
    for top, bottom in row_runs(image, is_text, region):
        if lines and top - lines[-1][1] <= 2:
            lines[-1] = (lines[-1][0], bottom)
        else:
            lines.append((top, bottom))
    return lines


# -- the icon --------------------------------------------------------------------------------------


async def test_a_cards_icon_stays_beside_a_title_of_one_long_word(pool: ChromiumPool) -> None:
    """A file name as the title sent the icon to a line of its own under the description; now
    the icon stays on the title's left and the name breaks inside the card (after an underscore)."""
    files = [card(icon="film", title="demo_recording_2025_07_12.mov", description="56 MB"),
             card(icon="file-text", title="Spec.pdf", description="480 KB"),
             card(icon="film", title="walkthrough.mp4", description="12 MB")]  # fmt: skip
    image = await picture(pool, {"width": 900, "height": 200, "elements": [
        {"type": "grid", "columns": 3, "children": files}]})  # fmt: skip
    for frame in frames(image):
        tile = blue_in(image, inside(frame))
        text = box_where(image, is_text, inside(frame))
        assert tile is not None and text is not None, (frame, tile, text)
        assert tile[2] <= text[0] - 8, (tile, text)  # the text starts right of the icon
        assert tile[1] < text[1] + 24, (tile, text)  # level with the title, not under the description
        assert text[2] < frame[2] - 8, (text, frame)  # the long name stays inside the card
    first = frames(image)[0]
    lines = text_lines(image, inside(first))
    assert len(lines) == 3, lines  # the name over two lines, then the size


async def test_the_icons_of_one_row_of_cards_sit_level_with_their_titles_first_line(
    pool: ChromiumPool,
) -> None:
    """Icons were centred on their text blocks (at y 80, 67 and 98 in one row when titles wrapped):
    now each is level with its title's first line, all at one height."""
    row = [card(icon="film", title="Walkthrough", description="12 MB"),
           card(icon="file-text", title="Quarterly planning notes and retrospective",
                description="Shared with the whole product team last week"),
           card(icon="users", title="Team")]  # fmt: skip
    image = await picture(pool, {"width": 700, "height": 280, "elements": [
        {"type": "grid", "columns": 3, "children": row}]})  # fmt: skip
    tiles, titles = [], []
    for frame in frames(image):
        tile = blue_in(image, inside(frame))
        assert tile is not None
        first_line = text_lines(image, (tile[2], frame[1] + 2, frame[2] - 2, frame[3] - 2))[0]
        tiles.append(tile)
        titles.append(first_line)
        assert abs((tile[1] + tile[3]) / 2 - (first_line[0] + first_line[1]) / 2) <= 3, (tile, first_line)
    assert max(tile[1] for tile in tiles) - min(tile[1] for tile in tiles) <= 1, tiles
    assert max(line[0] for line in titles) - min(line[0] for line in titles) <= 2, titles


# -- the badge -------------------------------------------------------------------------------------


async def test_a_cards_badge_takes_the_titles_line_only_and_the_description_runs_under_it(
    pool: ChromiumPool,
) -> None:
    """The badge narrowed the whole head: the description wrapped to two lines beside the badge's
    empty column and the price sat 20 px lower than in the same card without a badge."""
    plan = {"title": "Growth", "description": "Growing companies, multi-currency", "text": "$59 / month"}
    image = await picture(pool, {"width": 640, "height": 220, "elements": [
        {"type": "grid", "columns": 2, "gap": 20, "children": [card(badge="Most popular", **plan), card(**plan)]}]})  # fmt: skip
    badged, plain = frames(image)
    badge = blue_in(image, inside(badged))
    assert badge is not None
    lines = text_lines(image, inside(badged))
    assert lines == text_lines(image, inside(plain)), lines  # the same three lines, at the same heights
    assert len(lines) == 3, lines
    assert lines[0][0] <= (badge[1] + badge[3]) / 2 <= lines[0][1], (badge, lines)  # on the title's line
    assert badged[2] - 40 <= badge[2] < badged[2], (badge, badged)  # at its end
    description = box_where(image, is_text, (badged[0] + 2, lines[1][0], badged[2] - 2, lines[1][1]))
    assert description is not None and description[2] > badge[0], (description, badge)  # under the badge


async def test_a_badge_beside_a_title_of_several_lines_is_level_with_its_first_line(
    pool: ChromiumPool,
) -> None:
    """Beside a title that wraps, the badge stood at the end of its last line, under the title's
    start; now it is level with the first line, as the icon's tile is, its foot on that line's."""
    post = card(badge="Product", description="Mar 12, 2025 · 6 min read",
                title="Introducing Flowbase AI: summaries, drafts and smart triage for every project")  # fmt: skip
    for document in ({"width": 420, "height": 240}, {"device": "mobile", "height": 400}):
        image = await picture(pool, {**document, "elements": [post]})
        (frame,) = frames(image)
        badge = blue_in(image, inside(frame))
        assert badge is not None
        title_lines = text_lines(image, (frame[0] + 2, frame[1] + 2, badge[0] - 4, frame[3] - 2))
        assert len(title_lines) >= 3, title_lines  # the title wraps (and the description follows)
        first = title_lines[0]
        assert first[0] <= (badge[1] + badge[3]) / 2 <= first[1], (badge, first)  # on the first line
        assert badge[3] < title_lines[1][0], (badge, title_lines)  # above the second


# -- a feature card --------------------------------------------------------------------------------


@pytest.mark.parametrize("centring", [{"align": "center"}, {"style": {"textAlign": "center"}}])
async def test_a_centred_card_puts_its_icon_above_its_titles_and_centres_all_of_them(
    pool: ChromiumPool, centring: dict[str, Any]
) -> None:
    """`align: center` left the icon's tile at the card's start beside a title and description
    drawn at their start; now the tile is centred above them and each of their lines is centred,
    as a feature card is drawn."""
    feature = {
        "icon": "zap",
        "title": "Automations",
        "description": "Trigger actions when work changes state.",
    }
    style = {**card()["style"], **centring.get("style", {})}
    image = await picture(pool, {"width": 900, "height": 300, "elements": [
        {"type": "grid", "columns": 3, "children": [{**card(**feature), **centring, "style": style}]}]})  # fmt: skip
    (frame,) = frames(image)
    middle = (frame[0] + frame[2]) / 2
    tile = blue_in(image, inside(frame))
    assert tile is not None and abs((tile[0] + tile[2]) / 2 - middle) <= 1.5, (tile, frame)
    lines = text_lines(image, (frame[0] + 2, tile[3] + 1, frame[2] - 2, frame[3] - 2))
    assert len(lines) == 3, lines  # the title, then the description on two lines, all under the tile
    for top, bottom in lines:
        ink = box_where(image, is_text, (frame[0] + 2, top, frame[2] - 2, bottom))
        assert ink is not None and abs((ink[0] + ink[2]) / 2 - middle) <= 4, (ink, middle)


# -- a calendar in a card --------------------------------------------------------------------------


async def test_a_calendar_in_a_card_draws_no_frame_of_its_own(pool: ChromiumPool) -> None:
    """A calendar in a titled card drew its own bordered box inside the card's; now the month line
    starts where the card's title does and no second frame runs across the card."""
    calendar = {"type": "calendar", "month": "2025-07", "value": "2025-07-15"}
    document = {"width": 420, "height": 480, "css": ".dsl-cal-nav{border-color:#0000ff}",
                "elements": [card(title="Schedule", children=[calendar])]}  # fmt: skip
    _, rendered = await render_dsl(pool, {"version": 1, **document})
    image = rgb(rendered.data)
    (frame,) = frames(image)
    title = box_where(image, is_text, (frame[0] + 2, frame[1] + 2, frame[2] - 2, frame[1] + 60))
    arrows = blue_in(image, inside(frame))
    assert title is not None and arrows is not None
    assert (
        abs(arrows[0] - title[0]) <= 3 and abs(arrows[2] - (frame[2] - 1 - (title[0] - frame[0] - 1))) <= 3
    ), (
        arrows,
        title,
        frame,
    )  # the arrows span the card's content box: the calendar has no inset of its own
    left, top, right, bottom = inside(frame)
    for y in range(top, bottom):  # no hairline of a second box runs across the card
        drawn = column_runs(image, lambda c: c != (255, 255, 255), (left, y, right, y + 1))
        assert sum(end - start for start, end in drawn) < 0.6 * (right - left), y


# -- the badge's tone --------------------------------------------------------------------------------


def _is_danger_red(colour: tuple[int, int, int]) -> bool:
    r, g, b = colour
    return r > 150 and g < 90 and b < 90


def _is_success_green(colour: tuple[int, int, int]) -> bool:
    r, g, b = colour
    return g > 90 and g > r + 40 and g > b + 20


async def test_a_cards_live_badge_is_red_and_its_variant_picks_another_tone(pool: ChromiumPool) -> None:
    """A card's LIVE was drawn green (a status column's "Live" is a site up and running) and its
    tone could not be chosen: LIVE is now red, as a match under way is marked, and `badge: {text,
    variant}` draws the tone asked for."""

    def document(badge: Any) -> dict[str, Any]:
        return {
            "width": 420,
            "height": 120,
            "elements": [{"type": "card", "title": "T1 vs Gen.G", "badge": badge}],
        }

    live = rgb((await render_dsl(pool, document("LIVE")))[1].data)
    chosen = rgb((await render_dsl(pool, document({"text": "LIVE", "variant": "success"})))[1].data)
    plain = rgb((await render_dsl(pool, document("Upcoming")))[1].data)
    red = box_where(live, _is_danger_red)
    assert red is not None and red[0] > live.width // 2, "LIVE's words are red, at the title line's end"
    assert box_where(chosen, _is_danger_red) is None, "variant: success draws no red"
    green = box_where(chosen, _is_success_green)
    assert green is not None and green[0] > chosen.width // 2, "its words are green where the badge is"
    assert box_where(plain, _is_danger_red) is None, "Upcoming keeps its own (info) tone"
