"""Soft hyphens in long words, in the document's language (Finnish through Voikko)."""

from __future__ import annotations

from kernel.dsl.compiler.hyphenation import (
    SOFT_HYPHEN,
    VOIKKO_MAX_WORD_BYTES,
    FinnishSyllables,
    VoikkoHyphenator,
    compound_hyphenated,
    finnish_hyphenator,
    hyphenated,
)
from kernel.dsl.prepare import prepare_render


def test_a_long_german_compound_may_break_between_its_syllables() -> None:
    marked = hyphenated("Zahlungsinformationen", "de")
    assert marked.replace(SOFT_HYPHEN, "") == "Zahlungsinformationen"
    assert marked.split(SOFT_HYPHEN)[0] == "Zah"


def test_short_words_and_languages_without_a_dictionary_are_left_alone() -> None:
    assert hyphenated("Zur Kasse gehen", "de") == "Zur Kasse gehen"
    assert hyphenated("Pay now", "en") == "Pay now"
    assert hyphenated("お支払い情報の確認と変更", "ja") == "お支払い情報の確認と変更"
    assert SOFT_HYPHEN in hyphenated("internationalization", None)  # English by default


# -- Finnish --------------------------------------------------------------------------------------


def _breaks(marked: str) -> list[str]:
    return marked.split(SOFT_HYPHEN)


def test_finnish_is_hyphenated_by_voikko_where_its_compounds_join() -> None:
    """Pyphen has no Finnish; Voikko (installed by setup.sh) knows the compounds: the loanword
    'strategia' keeps its 'str', and no letter is left alone at either end."""
    assert isinstance(finnish_hyphenator(), VoikkoHyphenator)
    assert _breaks(compound_hyphenated("Kansainvälistymisstrategia", "fi")) == [
        "Kan", "sain", "vä", "lis", "ty", "mis", "stra", "te", "gia",
    ]  # fmt: skip
    assert _breaks(compound_hyphenated("Asiakaspalvelukeskus", "fi-FI"))[0] == "Asia"
    assert _breaks(hyphenated("Toimitusosoitetiedot", "fi")) == [
        "Toi",
        "mi",
        "tus",
        "osoi",
        "te",
        "tie",
        "dot",
    ]


def test_without_voikko_finnish_breaks_by_the_school_rule_never_leaving_one_letter() -> None:
    """Before a consonant followed by a vowel; at least two letters on either side of a break."""
    rule = FinnishSyllables()
    assert rule.inserted("Henkilötiedot") == "Hen-ki-lö-tie-dot"
    assert rule.inserted("Asiakaspalvelukeskus") == "Asia-kas-pal-ve-lu-kes-kus"
    assert rule.inserted("talo") == "ta-lo"
    for word in ("Ilmanvaihtokoneenhuoltopaketti", "Kansainvälistymisstrategia", "aamu"):
        pieces = rule.inserted(word).split("-")
        assert "".join(pieces) == word and len(pieces[0]) >= 2 and len(pieces[-1]) >= 2


def test_a_finnish_word_longer_than_voikko_takes_never_reaches_voikko() -> None:
    """libvoikko's binding reads a null pointer (a segfault, the whole process lost) for a word
    over 255 UTF-8 bytes: such a word breaks by the school rule, and the document compiles.
    In-process on purpose: were Voikko handed the word, pytest itself would die."""
    hyphenator = finnish_hyphenator()
    assert isinstance(hyphenator, VoikkoHyphenator)
    for word in ("a" * 256, "ä" * 128, "kissa" * 60, "a" * 100_000):
        assert len(word.encode()) > VOIKKO_MAX_WORD_BYTES
        marked = hyphenator.inserted(word, SOFT_HYPHEN)
        assert marked == FinnishSyllables().inserted(word, SOFT_HYPHEN)
    assert _breaks(hyphenator.inserted("kissa" * 60, SOFT_HYPHEN))[:2] == ["kis", "sa"]
    edge = "a" * VOIKKO_MAX_WORD_BYTES  # the longest Voikko takes still goes to Voikko
    assert hyphenator.inserted(edge, SOFT_HYPHEN).replace(SOFT_HYPHEN, "") == edge
    for lang in ("fi", "fi-FI"):
        html = prepare_render(f"lang: {lang}\nelements:\n  - {{type: text, text: {'a' * 300}}}\n").html
        assert "a" * 300 in html
