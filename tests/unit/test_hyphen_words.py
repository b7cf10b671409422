"""Short hyphenated words kept whole (U+2011 for their hyphens) in table cells and headers."""

from __future__ import annotations

import pytest

from kernel.dsl.compiler.elements import table_cells
from kernel.dsl.compiler.hyphen_words import NON_BREAKING_HYPHEN, fonts_draw, kept_whole
from kernel.dsl.compiler.text_metrics import label_em
from tests.support.elements import render_element

NB = NON_BREAKING_HYPHEN


@pytest.mark.parametrize(
    ("text", "drawn"),
    [
        ("Full-time", f"Full{NB}time"),
        ("Self-employed, on-site", f"Self{NB}employed, on{NB}site"),
        ("e-mail", f"e{NB}mail"),
        ("state-of-the-art", f"state{NB}of{NB}the{NB}art"),
        ("Teil\u2010zeit", f"Teil{NB}zeit"),  # U+2010 HYPHEN breaks too
        ("Полный-день", f"Полный{NB}день"),
        ("very-long-hyphenated-compound", "very-long-hyphenated-compound"),  # 29 > 20: may break
        ("-1.50", "-1.50"),  # a sign, not a hyphen
        ("COVID-19", "COVID-19"),  # letters and figures: a code (a cell keeps it in its own span)
        ("pre- and post-war", f"pre- and post{NB}war"),
        ("Full - time", "Full - time"),
        ("セブン-イレブン渋谷店", f"セブン{NB}イレブン渋谷店"),  # CJK: a word is a run of one script
        ("ご利用 セブン-イレブンで", f"ご利用 セブン{NB}イレブンで"),
        ("東京-大阪", f"東京{NB}大阪"),
        ("서울-부산", f"서울{NB}부산"),
        ("ワイヤレスノイズ-キャンセリング", "ワイヤレスノイズ-キャンセリング"),  # 15 CJK letters: 31 > 20
        ("セブン-11", "セブン-11"),  # letters and figures: a code
        ("ア-B", "ア-B"),  # two scripts: no word of one
        ("no hyphen", "no hyphen"),
    ],
)
def test_a_short_hyphenated_word_keeps_its_hyphens_from_breaking(text: str, drawn: str) -> None:
    assert kept_whole(text) == drawn


def test_the_installed_fonts_draw_the_non_breaking_hyphen_as_wide_as_a_hyphen() -> None:
    assert fonts_draw(NB) and not fonts_draw("\u20c1")
    assert label_em(f"Full{NB}time") == label_em("Full-time")


def test_a_table_cell_draws_full_time_whole() -> None:
    """In a narrow cell "Full-time" was drawn "Full-" over "time"."""
    assert table_cells.cell_text("Full-time") == f"Full{NB}time"
    assert table_cells.cell_text("Full-time &amp; co") == f"Full{NB}time &amp;amp; co"
    assert table_cells.cell_text("BRG-6204-2RS") == '<span class="dsl-table-code">BRG-6204-2RS</span>'


def test_a_table_header_keeps_its_short_hyphenated_words_whole() -> None:
    html = render_element(type="table", columns=["Name", "Full-time staff"], rows=[["Ada", 3]])
    assert f">Full{NB}time staff</th>" in html
    assert 'class="dsl-table' in html  # class names keep their hyphens


def test_a_table_cell_holds_a_short_hyphenated_cjk_word_in_a_keep_all_span() -> None:
    """A Japanese page breaks between phrases, after a U+2011 too: the word is held in a span."""
    held = f'<span class="dsl-whole-word">セブン{NB}イレブン</span>'
    assert table_cells.cell_text("セブン-イレブン渋谷店", "ja") == f"{held}渋谷店"
    assert table_cells.cell_text("Full-time", "ja") == f"Full{NB}time"  # Latin: no span needed
    assert table_cells.cell_text("ワイヤレスノイズ-キャンセリング", "ja") == "ワイヤレスノイズ-キャンセリング"
