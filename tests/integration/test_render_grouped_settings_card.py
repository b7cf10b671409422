"""A grouped settings card on real Chromium (a card without padding holding a divided list, switches
and a select, as iOS's Settings groups them): a mobile designer found the select after the
switches with no hairline above it and its label and box 4 px off the switches' rows. A field
among such rows is a row of the group: the rows' inset and a hairline between them."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    box_in,
    box_where,
    close_to,
    is_blue,
    is_green,
    is_text,
    painted,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

SCALE = 2

GROUP = {
    "type": "card",
    "padding": 0,
    "children": [
        {"type": "list", "variant": "divided", "items": [{"label": "Notifications", "icon": "bell", "shortcut": ">"}]},
        {"type": "toggle", "label": "Do Not Disturb", "variant": "end", "checked": True},
        {"type": "toggle", "label": "Focus filters", "variant": "end"},
        {"type": "select", "label": "Auto-Lock", "options": ["30 seconds", "1 minute", "Never"], "value": "1 minute"},
    ],
}  # fmt: skip
"""The tester's group (d06), its list cut to one row."""


def is_red(colour: tuple[int, int, int]) -> bool:
    return close_to(colour, (255, 0, 0), 8)


async def test_a_select_among_switches_has_their_inset_and_a_hairline_above_it(pool: ChromiumPool) -> None:
    css = (
        painted(".dsl-toggle:nth-child(3) .dsl-choice-text", "#0000ff")
        + painted(".dsl-field-label", "#00ff00")
        + ".dsl-card>.dsl-field{border-color:#ff0000!important}"
    )
    document = {"device": "mobile", "scale": SCALE, "background": "#ffffff", "css": css, "elements": [GROUP]}
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    toggle_label, field_label = box_where(picture, is_blue), box_where(picture, is_green)
    assert toggle_label is not None and field_label is not None
    assert field_label[0] == toggle_label[0], (toggle_label, field_label)  # one inset for the rows
    rule = box_where(picture, is_red)
    assert rule is not None, "no hairline between the switches and the select"
    assert toggle_label[3] < rule[1] and rule[3] < field_label[1], (toggle_label, rule, field_label)
    assert rule[3] - rule[1] == SCALE, rule  # a 1 px line
    card = box_where(picture, lambda colour: colour != (255, 255, 255) and not is_red(colour), None)
    assert card is not None and rule[2] - rule[0] >= (card[2] - card[0]) - 8 * SCALE, (rule, card)


async def test_a_flush_card_without_rows_keeps_its_fields_inset(pool: ChromiumPool) -> None:
    """A field in a card without padding and without switches or a list keeps the card's inset
    (as its text does) and draws no hairline, as before."""
    card = {"type": "card", "padding": 0, "children": [{"type": "text", "text": "Hi"}, GROUP["children"][-1]]}
    css = (
        ".dsl-card>.dsl-field{border-color:#ff0000!important}"
        + painted(".dsl-field-label", "#0000ff")
        + painted(".dsl-text", "#00ff00")
    )
    _, image = await render_dsl(pool, {"device": "mobile", "scale": SCALE, "css": css, "elements": [card]})
    picture = rgb(image.data)
    assert box_where(picture, is_red) is None
    label, text = box_where(picture, is_blue), box_where(picture, is_green)
    assert label is not None and text is not None and label[0] == text[0], (label, text)


LIGHT_GROUP = {
    "type": "card",
    "padding": 0,
    "style": {"borderColor": "#ff00ff", "boxShadow": "none"},
    "children": [
        {
            "type": "list",
            "items": [
                {"label": "General", "icon": "settings", "shortcut": "›"},
                {"label": "Privacy & Security", "icon": "hand", "shortcut": "›"},
                {"label": "Sign out"},
            ],
        }
    ],
}
"""The tester's iOS settings group as light rows (icons and chevrons, no `variant`), the last
row without an icon."""


async def test_light_rows_in_a_flush_card_are_rows_of_the_group(pool: ChromiumPool) -> None:
    """The rows sat against the card's border with nothing between them, their chevrons 3 px
    above the labels' middle and "Sign out" under the icons: now they have a divided list's inset
    (16 px), a hairline between them, chevrons on the labels' middle and one column of labels."""
    css = (
        painted(".dsl-list-label", "#0000ff")
        + ".dsl-list-end{color:#00ff00!important}"
        + ".dsl-list-item{border-color:#ff0000!important}"
    )
    document = {
        "device": "mobile",
        "scale": SCALE,
        "background": "#ffffff",
        "css": css,
        "elements": [LIGHT_GROUP],
    }
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    card = box_where(picture, lambda colour: close_to(colour, (255, 0, 255), 8))
    assert card is not None
    inner = (card[0] + 2 * SCALE, card[1] + 2 * SCALE, card[2] - 2 * SCALE, card[3] - 2 * SCALE)
    labels = [
        box_in(picture, is_blue, (inner[0], top, inner[2], bottom))
        for top, bottom in row_runs(picture, is_blue, inner)
    ]
    assert len(labels) == 3, labels
    assert len({label[0] for label in labels}) == 1, labels  # one column of labels
    icon = box_in(picture, is_text, (inner[0], labels[0][1], labels[0][0], labels[0][3]))
    assert icon[0] - card[0] >= 16 * SCALE, (card, icon)  # the rows' inset (it was 1 px)
    chevrons = [
        box_in(picture, is_green, (inner[0], top, inner[2], bottom))
        for top, bottom in row_runs(picture, is_green, inner)
    ]
    assert len(chevrons) == 2, chevrons
    for chevron, label in zip(chevrons, labels, strict=False):
        middles = (chevron[1] + chevron[3]) / 2, (label[1] + label[3]) / 2
        assert abs(middles[0] - middles[1]) <= SCALE / 2, (chevron, label)  # within half a px
        assert card[2] - chevron[2] >= 16 * SCALE, (card, chevron)
    rules = row_runs(picture, is_red, inner)
    assert len(rules) == 2, rules  # a hairline between each two rows, none under the last
    assert all(bottom - top == SCALE for top, bottom in rules), rules
    between = [labels[0][3] < rules[0][0] < labels[1][1], labels[1][3] < rules[1][0] < labels[2][1]]
    assert all(between), (labels, rules)


def _greenish(colour: tuple[int, int, int]) -> bool:
    """A label's green, its antialiased edges too (a run of pure green left gaps in a "C")."""
    red, green, blue = colour
    return green > 150 and red < 120 and blue < 120


@pytest.mark.parametrize("title", ["Details", None])
async def test_a_cards_detail_list_draws_its_rows_as_the_cards_without_a_second_frame(
    pool: ChromiumPool, title: str | None
) -> None:
    """A key/value list as a padded card's content drew its own bordered box inside the card's
    border: now its rows run out to the card's border (one frame, one hairline at each side), and
    its labels start at the card's inset, under the title."""
    card: dict[str, object] = {
        "type": "card",
        "children": [{"type": "list", "items": [{"label": "Date", "value": "Jul 2, 2025"},
                                                 {"label": "Card", "value": "Visa 4821"}]}],
    }  # fmt: skip
    if title:
        card["title"] = title
    document = {
        "width": 390,
        "height": 260,
        "scale": 1,
        "css": ".dsl-list-label{color:#00ff00!important}.dsl-card-title{color:#0000ff!important}",
        "elements": [card],
    }
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    bands = row_runs(picture, _greenish, (0, 0, picture.width, picture.height))
    assert len(bands) == 2, bands
    top, bottom = bands[-1]
    label = box_in(picture, _greenish, (0, top, picture.width, bottom))
    middle = (top + bottom) // 2
    frames = [x for x in range(label[0] - 3) if picture.getpixel((x, middle)) != (255, 255, 255)]
    assert len(frames) <= 2 and max(frames) - min(frames) <= 1, frames  # the card's border alone
    if title:
        heading = box_in(picture, is_blue, (0, 0, picture.width, bands[0][0]))
        assert abs(heading[0] - label[0]) <= 1, (heading, label)
