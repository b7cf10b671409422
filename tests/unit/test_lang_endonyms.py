"""A language written in its own name (`Deutsch`, `日本語`, `العربية`) is told its tag, as `German` is."""

from __future__ import annotations

import pytest
from babel import Locale

from kernel.dsl.hints.language_endonyms import ENDONYMS
from kernel.dsl.validate import validate_document


@pytest.mark.parametrize(
    ("written", "tag"),
    [("Deutsch", "de"), ("日本語", "ja"), ("العربية", "ar"), ("Español", "es"), ("espanol", "es"),
     ("Русский", "ru"), ("עברית", "he"), ("Français", "fr"), ("German", "de")],
)  # fmt: skip
def test_a_language_written_in_its_own_name_is_told_its_tag(written: str, tag: str) -> None:
    result = validate_document({"version": 1, "lang": written, "elements": [{"type": "text", "text": "x"}]})
    (error,) = result.errors
    assert (error.path, error.code) == ("/lang", "invalid_value")
    assert error.suggestion == f"did you mean '{tag}'?"


@pytest.mark.parametrize("code", ["de", "ja", "ar", "es", "ru", "he", "hi", "th", "fi", "zh", "ko", "sw"])
def test_the_table_is_babels_names(code: str) -> None:
    """The kept table matches Babel's own names (regenerate it when Babel's CLDR changes them)."""
    own = Locale.parse(code).get_display_name(code)
    assert own is not None and ENDONYMS[own.casefold()] == code
