"""A long word of letters in a table cell breaks where it is joined, or between syllables with a
hyphen: never at any letter, as a URL or an ID of the same length may."""

from __future__ import annotations

from kernel.dsl.compiler.elements.table_cells import cell_text
from kernel.dsl.compiler.hyphenation import SOFT_HYPHEN, is_plain_word


def test_a_double_barrelled_name_breaks_at_its_hyphen_its_pieces_whole() -> None:
    """A tester's gradebook drew "Konstantinopo" / "ulou-Ramírez": 25 characters without a space
    counted as a URL, free to break anywhere."""
    html = cell_text("Alexandra Konstantinopoulou-Ramírez")
    assert html == "Alexandra Konstantinopoulou-Ramírez"  # plain text: the browser breaks after "-"
    assert "dsl-table-long" not in html and SOFT_HYPHEN not in html


def test_a_piece_too_long_to_keep_whole_is_hyphenated_in_the_pages_language() -> None:
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis"
    html = cell_text(f"{word}-Smith")
    assert html.replace(SOFT_HYPHEN, "") == f"{word}-Smith" and html.count(SOFT_HYPHEN) >= 5
    assert html.endswith("-Smith")  # the short piece is whole
    german = cell_text("Donaudampfschifffahrtsgesellschaftskapitän", "de")
    assert german.split(SOFT_HYPHEN)[:3] == ["Do", "nau", "dampf"]


def test_urls_addresses_and_codes_of_that_length_still_break_anywhere() -> None:
    for token in (
        "https://example.com/a/very/long/path",
        "ORDER-2025-000000000000042",
        "getElementByIdAndName",
    ):
        assert not is_plain_word(token), token
    assert 'class="dsl-table-long"' in cell_text("https://example.com/a/very/long/path")
    assert is_plain_word("O'Sullivan-Whitcombe,") and is_plain_word("Konstantinopoulou-Ramírez")
