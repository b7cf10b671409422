"""An uploaded file's long name on real Chromium: cut in its middle, so its end and extension
("-v3.pdf") stay drawn, where it was cut at its end ("quarterly-report-final-v3-…")."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, Box, box_where, render_dsl, rgb

pytestmark = pytest.mark.integration

NAME = "quarterly-report-final-v3.pdf"
COLOURS_CSS = ".dsl-upload-name{color:#ff0000!important}.dsl-upload-name-tail{color:#00ff00!important}"
"""The name red, and the part of it that is never cut green."""


def is_red(colour: RGB) -> bool:
    red, green, blue = colour
    return red - max(green, blue) > 60


def is_green(colour: RGB) -> bool:
    red, green, blue = colour
    return green - max(red, blue) > 60


async def _inks(
    pool: ChromiumPool, name: str, width: int, css: str = COLOURS_CSS
) -> tuple[Box | None, Box | None]:
    """The boxes of the name's red and green ink in an upload `width` px wide."""
    upload = {"type": "upload", "label": "Attachments", "items": [{"label": name, "description": "2.4 MB"}]}
    document = {"width": width, "height": 320, "scale": 1, "css": css, "elements": [upload]}
    _, image = await render_dsl(pool, document)
    pixels = rgb(image.data)
    return box_where(pixels, is_red), box_where(pixels, is_green)


async def _inks_in_card(pool: ChromiumPool, name: str, card_width: int) -> tuple[Box, Box]:
    """The boxes of the name's red ink (its head and the ellipsis the head draws) and green ink
    (its tail) in an upload in a card `card_width` px wide, at twice the scale to see each pixel."""
    upload = {"type": "upload", "label": "Attachments", "items": [{"label": name, "description": "2.4 MB"}]}
    card = {"type": "card", "layout": {"width": card_width}, "children": [upload]}
    document = {"width": card_width + 40, "height": 320, "scale": 2, "css": COLOURS_CSS, "elements": [card]}
    _, image = await render_dsl(pool, document)
    pixels = rgb(image.data)
    head, tail = box_where(pixels, is_red), box_where(pixels, is_green)
    assert head is not None and tail is not None, (name, card_width, head, tail)
    return head, tail


async def test_a_cut_file_names_ellipsis_meets_its_tail_with_no_gap(pool: ChromiumPool) -> None:
    """The head was cut by text-overflow, which leaves the rest of its box empty after the
    ellipsis: "Quarterly_fin…" then up to a character's width of nothing before "_v3.pdf" (9 px at
    some widths), so the name looked broken in two. Now the ellipsis is as far from the tail as it
    is in "…_v3.pdf" drawn whole, in a card of any width, and the tail is whole."""
    name = "Quarterly_financial_statement_2026_final_v3.pdf"
    ellipsis, whole_tail = await _inks_in_card(pool, "…_v3.pdf", 320)  # nothing cut: the head is "…"
    spacing = whole_tail[0] - ellipsis[2]
    uncut, _ = await _inks_in_card(pool, name, 600)
    for card_width in range(296, 345, 7):  # the room left after the last whole character differs
        head, tail = await _inks_in_card(pool, name, card_width)
        assert head[2] - head[0] < uncut[2] - uncut[0] - 100, (card_width, head, uncut)  # it was cut
        assert abs((tail[0] - head[2]) - spacing) <= 1, (card_width, head, tail, spacing)
        assert abs((tail[2] - tail[0]) - (whole_tail[2] - whole_tail[0])) <= 2, (card_width, tail, whole_tail)


async def test_a_long_file_name_keeps_its_end_and_extension(pool: ChromiumPool) -> None:
    head, tail = await _inks(pool, NAME, 240)
    assert head is not None and tail is not None, (head, tail)
    assert head[2] <= tail[0] + 1, (head, tail)  # the cut head, then the tail after its ellipsis
    whole, _ = await _inks(pool, NAME, 600)
    assert whole is not None and (head[2] - head[0]) < (whole[2] - whole[0]) - 60  # it was cut
    _, alone = await _inks(pool, "-v3.pdf", 600, ".dsl-upload-name{color:#00ff00!important}")
    assert alone is not None
    assert abs((tail[2] - tail[0]) - (alone[2] - alone[0])) <= 2, (tail, alone)  # "-v3.pdf" whole


@pytest.mark.parametrize(
    ("name", "tail"),
    [("Camila_Conceicao_de_Souza_Curriculo_2026_final_v3.pdf", "…_v3.pdf"),
     ("Annual report of the board of directors appendices.docx", "… appendices.docx")],
)  # fmt: skip
async def test_a_cut_file_names_warning_quotes_the_whole_name_and_what_is_drawn(
    pool: ChromiumPool, name: str, tail: str
) -> None:
    """The warning quoted the head alone ("Camila_..._final", drawn as "Camila_Conceicao_de_So…"):
    now the whole name, and the head's drawn part with the tail after its ellipsis."""
    upload = {
        "type": "upload",
        "label": "Currículo",
        "items": [{"label": name, "description": "1,2 MB", "value": 70}],
    }
    _, image = await render_dsl(pool, {"width": 390, "height": 260, "elements": [upload]})
    [warning] = [w for w in image.measured_warnings if w.code == "text_truncated"]
    quoted = warning.message.split("'")
    assert quoted[1] == name, warning.message
    drawn = quoted[3]
    assert drawn.endswith(tail) and name.startswith(drawn.removesuffix(tail).rstrip()), warning.message
