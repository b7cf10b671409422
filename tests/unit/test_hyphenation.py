"""Soft hyphens in long words, in the document's language."""

from __future__ import annotations

from kernel.dsl.compiler.hyphenation import SOFT_HYPHEN, hyphenated


def test_a_long_german_compound_may_break_between_its_syllables() -> None:
    marked = hyphenated("Zahlungsinformationen", "de")
    assert marked.replace(SOFT_HYPHEN, "") == "Zahlungsinformationen"
    assert marked.split(SOFT_HYPHEN)[0] == "Zah"


def test_short_words_and_languages_without_a_dictionary_are_left_alone() -> None:
    assert hyphenated("Zur Kasse gehen", "de") == "Zur Kasse gehen"
    assert hyphenated("Pay now", "en") == "Pay now"
    assert hyphenated("お支払い情報の確認と変更", "ja") == "お支払い情報の確認と変更"
    assert SOFT_HYPHEN in hyphenated("internationalization", None)  # English by default
