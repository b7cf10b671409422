"""The least column width of a row of radio cards: its widest option's, 160 px at most."""

from __future__ import annotations

import re

from kernel.dsl.compiler.choice_cards import card_column_min
from kernel.dsl.model import Option
from kernel.dsl.prepare import prepare_render


def _text_px(css: str) -> int:
    found = re.search(r"calc\((\d+)px", css)
    assert found, css
    return int(found.group(1))


def test_short_options_need_their_words_and_long_ones_no_more_than_160_px() -> None:
    short = card_column_min([Option(label="1-10"), Option(label="200+")], touch=False, typeface="sans")
    assert short.startswith("min(160px, calc(") and 24 < _text_px(short) < 40, short
    described = [Option(label="Card", description="Visa, Mastercard, American Express and more")]
    assert _text_px(card_column_min(described, touch=False, typeface="sans")) > 160


def test_the_touch_densitys_larger_text_needs_more_room() -> None:
    options = [Option(label="51-200")]
    assert _text_px(card_column_min(options, touch=True, typeface="sans")) > _text_px(
        card_column_min(options, touch=False, typeface="sans")
    )


def test_only_radio_cards_in_a_row_say_their_least_width() -> None:
    def html(**radio: object) -> str:
        element = {"type": "radio", "options": ["1-10", "200+"], **radio}
        return prepare_render({"elements": [element]}).html

    said = 'style="--card-min:min(160px'
    assert said in html(variant="cards", direction="row")
    assert said not in html(variant="cards") and said not in html(direction="row")
