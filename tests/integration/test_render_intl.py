"""Languages and long labels on real Chromium: rows of action buttons that stack instead of running
off a phone, Japanese phrases that break in a narrow table, texts that keep their own direction
on a right-to-left page, Finnish and German words hyphenated, Urdu in Nastaliq, Tibetan in a pill."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image, ImageChops

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    Box,
    box_where,
    close_to,
    column_runs,
    is_ink,
    is_text,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

PRIMARY: RGB = (79, 70, 229)
"""The light theme's primary fill: a primary button."""


def is_primary(colour: RGB) -> bool:
    return close_to(colour, PRIMARY, 6)


def phone(*elements: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A phone's screen (390 px, touch density) drawn at scale 1."""
    return {"device": "mobile", "scale": 1, "height": 520, **fields, "elements": list(elements)}


async def drawn(pool: ChromiumPool, document: dict[str, Any]) -> tuple[Image.Image, tuple[Any, ...]]:
    """The picture and what the render measured as cut off or overflowing."""
    _, image = await render_dsl(pool, {"version": 1, **document})
    return rgb(image.data), image.measured_warnings


# -- 1. rows of action buttons ----------------------------------------------------------------------

SUBSCRIPTION = {
    "type": "card",
    "title": "Subscription",
    "actions": ["Cancel your subscription", "Update payment method"],
}


async def test_a_cards_buttons_that_cannot_stand_side_by_side_stack_full_width_the_primary_on_top(
    pool: ChromiumPool,
) -> None:
    """On a phone the two buttons ran past the card and the screen's left edge ("…cel your
    subscription"); stacked, each is as wide as the card's inside, the decision above."""
    picture, warnings = await drawn(pool, phone(SUBSCRIPTION))
    assert warnings == ()
    primary = box_where(picture, is_primary)
    assert primary is not None
    assert primary[0] >= 16 and primary[2] <= 390 - 16 and primary[2] - primary[0] > 280, primary
    below = box_where(picture, is_text, (0, primary[3], 390, 520))
    assert below is not None and primary[0] < below[0] and below[2] < primary[2], below  # Cancel, under it


async def test_buttons_that_fit_keep_their_row_at_the_cards_end(pool: ChromiumPool) -> None:
    card = {"type": "card", "title": "Subscription", "actions": ["Cancel", "Save"]}
    picture, warnings = await drawn(pool, phone(card))
    assert warnings == ()
    save = box_where(picture, is_primary)
    assert save is not None and save[2] - save[0] < 100, save
    cancel = box_where(picture, is_text, (0, save[1], save[0], save[3]))
    assert cancel is not None, "Cancel stands on Save's line, before it"


async def test_every_action_row_of_the_testers_screen_stays_on_it(pool: ChromiumPool) -> None:
    """An alert, a card, an empty state and a placed dialog with German labels on a phone: each
    row of buttons ran out of its box and off the screen; nothing is cut now."""
    labels = ["Benachrichtigungseinstellungen öffnen", "Aktualisieren"]
    document = phone(
        {"type": "alert", "variant": "danger", "title": "Zahlung fehlgeschlagen",
         "actions": ["Zahlungsinformationen aktualisieren", "Später"]},
        {"type": "card", "title": "Abonnement", "actions": ["Abonnement kündigen", "Zahlungsmethode ändern"]},
        {"type": "empty", "title": "Keine Daten", "actions": labels},
        {"type": "modal", "title": "Änderungen verwerfen?", "actions": ["Weiter bearbeiten", "Änderungen verwerfen"],
         "layout": {"x": 10, "y": 560, "width": 370}},
        lang="de", height=900,
    )  # fmt: skip
    _, warnings = await drawn(pool, document)
    assert warnings == ()


async def test_an_alerts_actions_stack_its_first_on_top(pool: ChromiumPool) -> None:
    """An alert's first action is its outlined one: stacked, it comes first, the ghost after."""
    alert = {
        "type": "alert",
        "title": "Payment failed",
        "actions": ["Update your payment information", "Later"],
    }
    picture, warnings = await drawn(pool, phone(alert, height=300))
    assert warnings == ()
    alert_box = box_where(picture, lambda c: c != (255, 255, 255) and luminance_above(c, 200))
    assert alert_box is not None
    lines = row_runs(picture, is_text, alert_box)  # the labels (the title is in the tone's blue)
    assert len(lines) == 2, lines  # one button a line


def luminance_above(colour: RGB, level: int) -> bool:
    return 0.299 * colour[0] + 0.587 * colour[1] + 0.114 * colour[2] > level


async def test_a_label_longer_than_its_row_wraps_inside_its_button(pool: ChromiumPool) -> None:
    """On a phone a card's actions are 44 px buttons with 16 px labels: this one takes two lines."""
    label = "Update the payment method of every subscription you have"
    card = {"type": "card", "title": "Billing", "actions": [{"label": label, "icon": "credit-card"}]}
    picture, warnings = await drawn(pool, phone(card))
    assert warnings == ()
    button = box_where(picture, is_primary)
    assert button is not None and button[2] <= 390 - 16, button
    label = (button[0] + 40, button[1] + 2, button[2] - 2, button[3] - 2)  # right of the icon
    lines = merged(row_runs(picture, lambda c: min(c) > 200, label))
    assert len(lines) == 2, lines


def merged(bands: list[tuple[int, int]], gap: int = 2) -> list[tuple[int, int]]:
    """`bands` with those at most `gap` px apart joined: a line's descenders are one line with it."""
    joined: list[tuple[int, int]] = []
    for top, bottom in bands:
        if joined and top - joined[-1][1] <= gap:
            joined[-1] = (joined[-1][0], bottom)
        else:
            joined.append((top, bottom))
    return joined


async def test_a_flow_element_pushed_past_the_start_side_is_not_told_to_move_its_x(
    pool: ChromiumPool,
) -> None:
    """The advice to move a placed element's layout.x does not fit an element in the flow. (Ended
    by the author's CSS: the DSL's `justify: end` places safely, past the end side.)"""
    wide = {
        "type": "button",
        "label": "A very long button label that is wider than the canvas",
        "style": {"maxWidth": "none"},
    }
    document = {
        "width": 300,
        "height": 100,
        "elements": [{"type": "row", "style": {"justifyContent": "flex-end"}, "children": [wide]}],
    }
    _, warnings = await drawn(pool, document)
    (warning,) = warnings
    assert "past the left side" in warning.message, warning
    assert "layout.x" not in (warning.suggestion or "") and "wrap: true" in (warning.suggestion or ""), (
        warning
    )


# -- 2. Japanese phrases in narrow boxes ------------------------------------------------------------


async def test_a_long_katakana_phrase_breaks_in_a_narrow_japanese_table(pool: ChromiumPool) -> None:
    """`auto-phrase` keeps a katakana run whole: its cell could not break, and the table cut off
    its price column on a 390 px screen."""
    table = {"type": "table", "columns": ["商品名", "数量", "金額"],
             "rows": [["ワイヤレスノイズキャンセリングヘッドホン", "1", "¥39,800"]]}  # fmt: skip
    picture, warnings = await drawn(
        pool, {"lang": "ja", "width": 390, "height": 200, "padding": 16, "elements": [table]}
    )
    assert warnings == ()
    frame = (16, 16, 374, 190)
    assert len(row_runs(picture, is_text, (20, 60, 200, 190))) >= 2  # the name wraps in its cell
    price = box_where(picture, is_text, (300, 60, 374, 190))
    assert price is not None and price[2] <= frame[2] - 8, price  # ¥39,800 inside the table


async def test_a_japanese_text_in_a_row_wraps_instead_of_running_off(pool: ChromiumPool) -> None:
    row = {"type": "row", "children": [{"type": "container", "layout": {"width": 120, "height": 20}},
                                       {"type": "text", "text": "ワイヤレスノイズキャンセリングヘッドホン"}]}  # fmt: skip
    _, warnings = await drawn(
        pool, {"lang": "ja", "width": 390, "height": 120, "padding": 16, "elements": [row]}
    )
    assert warnings == ()


# -- 3. texts in their own direction on a right-to-left page ----------------------------------------


async def ink_of(pool: ChromiumPool, element: dict[str, Any], **document: Any) -> Image.Image:
    """The inked part of a placed element's render, cropped to its ink."""
    page = {"width": 320, "height": 90, "background": "#ffffff", "elements": [element], **document}
    picture, _ = await drawn(pool, page)
    ink = box_where(picture, is_ink)
    assert ink is not None
    return picture.crop(ink)


def same(first: Image.Image, second: Image.Image, tolerance: int = 0) -> bool:
    if first.size != second.size:
        return False
    return max(high for _, high in ImageChops.difference(first, second).getextrema()) <= tolerance


def reads_alike(first: Image.Image, second: Image.Image) -> bool:
    """Whether two crops of one text hold the same glyphs in the same order: as wide within a
    pixel, and their columns of ink (letters, groups of letters) starting at the same places
    within a pixel. A text placed at another fraction of a pixel (right-aligned in a cell) is
    drawn with other edge pixels, never with its words in another order."""
    if abs(first.width - second.width) > 1 or first.height != second.height:
        return False
    whole = (0, 0, min(first.width, second.width), first.height)
    starts = [[start for start, _ in column_runs(crop, is_ink, whole)] for crop in (first, second)]
    return len(starts[0]) == len(starts[1]) and all(abs(a - b) <= 1 for a, b in zip(*starts, strict=True))


AT = {"x": 20, "y": 20}


@pytest.mark.parametrize(
    "element",
    [
        {"type": "text", "text": "10 Jul, 09:15", "layout": AT},
        {"type": "text", "text": "3 pages · 1.2 MB", "layout": AT},
        {"type": "text", "text": "Tracking: 1Z 999 AA1 0123 4567 84", "layout": AT},
        {"type": "text", "text": "⌘E", "layout": AT},
        {"type": "heading", "level": 4, "text": "Umsatz (€)", "layout": AT},
        {"type": "badge", "text": "3 new", "layout": AT},
        {"type": "button", "label": "2 items", "variant": "outline", "layout": AT},
        {"type": "table", "columns": [""], "rows": [["10 Jul, 09:15"]], "layout": {**AT, "width": 200}},
    ],
)
async def test_a_latin_text_reads_on_a_right_to_left_page_as_on_a_left_to_right_one(
    pool: ChromiumPool, element: dict[str, Any]
) -> None:
    """Arabic's direction put a leading number after the words ("Jul, 09:15 10", "new 3") and a
    shortcut's key before its symbol ("E⌘"): each text now takes its direction from its first
    letter. (The table's cell keeps a date whole in a span of its own: one text with it.)"""
    assert reads_alike(await ink_of(pool, element, lang="ar"), await ink_of(pool, element))


async def test_a_latin_date_inside_arabic_text_keeps_its_order(pool: ChromiumPool) -> None:
    """In "آخر مزامنة: 10 Jul, 09:15" the date showed as "Jul, 09:15 10"; it reads as in English."""
    date = {"type": "text", "text": "10 Jul, 09:15", "layout": AT}
    sentence = {**date, "text": "آخر مزامنة: 10 Jul, 09:15"}
    english, inside = await ink_of(pool, date), await ink_of(pool, sentence, lang="ar")
    # The date is the sentence's left end (its last words, read right to left).
    left_end = inside.crop(box_at_ink(inside, english.width))
    assert reads_alike(left_end, english)


def box_at_ink(picture: Image.Image, width: int) -> Box:
    """The ink of `picture`'s first `width` columns."""
    ink = box_where(picture, is_ink, (0, 0, width, picture.height))
    assert ink is not None
    return ink


async def test_a_code_block_reads_left_to_right_from_the_left_on_a_right_to_left_page(
    pool: ChromiumPool,
) -> None:
    code = {
        "type": "code",
        "variant": "block",
        "text": "npm install @acme/sdk",
        "layout": {"x": 20, "y": 20, "width": 280},
    }
    picture, _ = await drawn(pool, {"lang": "ar", "width": 320, "height": 90, "elements": [code]})
    ink = box_where(picture, is_ink, (20, 20, 300, 70))
    assert ink is not None and ink[0] < 50 and ink[2] < 250, ink  # from the block's left padding


async def test_arabic_initials_are_two_letters(pool: ChromiumPool) -> None:
    """سارة محمد's initials joined into the word سم; apart, each letter is drawn on its own."""
    face = {"type": "avatar", "name": "سارة محمد", "size": "lg", "layout": AT}
    picture, _ = await drawn(pool, {"lang": "ar", "width": 120, "height": 100, "elements": [face]})
    letters = box_where(picture, lambda c: luminance_above(c, -1) and min(c) < 170, (20, 20, 80, 80))
    assert letters is not None
    assert len(column_runs(picture, lambda c: min(c) < 170, letters)) >= 2


# -- 4. hyphenated Finnish and German -----------------------------------------------------------------


async def test_a_finnish_heading_breaks_between_syllables_in_a_narrow_column(pool: ChromiumPool) -> None:
    """Pyphen has no Finnish: a level-3 heading ran off the canvas; Voikko hyphenates it."""
    grid = {"type": "grid", "columns": 3, "children": [
        {"type": "card", "title": "Kansainvälistymisstrategia", "text": "Luonnos."},
        {"type": "card", "title": "Tietosuojaseloste", "text": "Voimassa."},
        {"type": "heading", "level": 3, "text": "Asiakaspalvelukeskus"}]}  # fmt: skip
    picture, warnings = await drawn(pool, {"lang": "fi", "width": 600, "height": 300, "elements": [grid]})
    assert warnings == ()
    heading = (400, 0, 600, 300)
    lines = row_runs(picture, is_text, heading)
    assert len(lines) == 2, lines
    for top, bottom in lines:
        line = box_where(picture, is_text, (400, top, 600, bottom))
        assert line is not None and line[2] - line[0] > 40, line  # no letter alone on a line


async def test_a_finnish_stepper_shows_every_label(pool: ChromiumPool) -> None:
    """Without hyphenation the long labels hid every label but the current one."""
    stepper = {"type": "stepper", "current": 2,
               "items": ["Henkilötiedot", "Toimitusosoitetiedot", "Maksutapavalinta", "Tilausvahvistus", "Valmis"]}  # fmt: skip
    picture, _ = await drawn(pool, {"lang": "fi", "width": 600, "height": 140, "elements": [stepper]})
    markers = box_where(picture, is_primary)
    assert markers is not None
    labels = (0, markers[3] + 8, 600, 140)
    inked = [
        box_where(picture, lambda c: min(c) < 200, (x, labels[1], x + 120, labels[3]))
        for x in range(0, 600, 120)
    ]
    assert all(inked), inked


async def test_a_german_compound_in_a_table_cell_breaks_between_syllables(pool: ChromiumPool) -> None:
    """ "Rechtsschutzversicherungsgesellschafte" / "n": the cell broke at its last letter."""
    table = {"type": "table", "columns": ["Tuote", "Versicherungsnehmer"],
             "rows": [["Ilmanvaihtokoneenhuoltopaketti", "Rechtsschutzversicherungsgesellschaften"]]}  # fmt: skip
    picture, warnings = await drawn(pool, {"lang": "de", "width": 600, "height": 200, "elements": [table]})
    assert warnings == ()
    cell = (280, 66, 575, 140)
    lines = row_runs(picture, is_text, cell)
    assert len(lines) == 2, lines
    last = box_where(picture, is_text, (cell[0], lines[-1][0], cell[2], lines[-1][1]))
    assert last is not None and last[2] - last[0] >= 16, last  # "ten", not "n"


# -- 6. Urdu in Nastaliq, Tibetan in a pill ----------------------------------------------------------


URDU = "آگے بڑھیں"


async def test_urdu_is_drawn_in_nastaliq(pool: ChromiumPool) -> None:
    """Urdu drew in Naskh, the Arabic style, though Noto Nastaliq Urdu is installed."""
    heading = {"type": "heading", "level": 3, "text": URDU, "layout": AT}
    nastaliq = {**heading, "style": {"fontFamily": "Noto Nastaliq Urdu"}}
    urdu = await ink_of(pool, heading, lang="ur")
    assert reads_alike(urdu, await ink_of(pool, nastaliq, lang="fa"))
    assert not reads_alike(urdu, await ink_of(pool, heading, lang="fa"))


async def test_an_urdu_buttons_label_keeps_its_strokes(pool: ChromiumPool) -> None:
    """Nastaliq's strokes reach far above and below its line: a button's label, which clips to
    its line, keeps them all (as tall as the same words drawn as a text)."""
    button = {"type": "button", "label": URDU, "layout": {"x": 20, "y": 20, "width": 160}}
    picture, _ = await drawn(pool, {"lang": "ur", "width": 200, "height": 80, "elements": [button]})
    fill = box_where(picture, is_primary)
    assert fill is not None
    label = box_where(picture, lambda c: min(c) > 200, (fill[0] + 10, fill[1], fill[2] - 10, fill[3]))
    text = await ink_of(pool, {"type": "text", "text": URDU, "layout": AT}, lang="ur")
    assert label is not None and label[1] > fill[1] + 1 and label[3] < fill[3] - 1, (fill, label)
    assert abs((label[3] - label[1]) - text.height) <= 2, (label, text.size)


async def test_a_tibetan_badge_holds_its_stacks(pool: ChromiumPool) -> None:
    badge = {"type": "badge", "text": "སྒྲུབ་པ", "variant": "primary", "size": "sm", "layout": AT}
    picture, _ = await drawn(pool, {"width": 120, "height": 80, "background": "#ffffff", "elements": [badge]})
    fill = box_where(picture, lambda c: close_to(c, (238, 240, 255), 14) or close_to(c, (238, 242, 255), 14))
    ink = box_where(picture, lambda c: min(c) < 170)
    assert fill is not None and ink is not None
    assert ink[3] <= fill[3] - 2, (fill, ink)
