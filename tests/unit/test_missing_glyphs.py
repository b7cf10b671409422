"""`missing_glyph`: a character no installed font draws (a new currency sign) is named with its path."""

from __future__ import annotations

from typing import Any

from kernel.dsl.semantic.glyphs import MAX_REPORTED, missing_glyphs
from kernel.dsl.validate import validate_document

RIYAL, SOM = "\u20c1", "\u20c0"


def glyph_warnings(document: dict[str, Any]) -> list[Any]:
    result = validate_document({"version": 1, **document})
    return [issue for issue in result.warnings if issue.code == "missing_glyph"]


def test_the_riyal_and_som_signs_are_named_where_they_are_written() -> None:
    warnings = glyph_warnings(
        {
            "lang": "ar",
            "elements": [
                {"type": "stat", "label": "السعر", "value": f"{RIYAL} 1,250"},
                {"type": "table", "columns": ["a"], "rows": [[f"1 200 {SOM}"]]},
            ],
        }
    )
    assert [issue.path for issue in warnings] == ["/elements/0/value", "/elements/1/rows/0/0"]
    assert "U+20C1" in warnings[0].message and "empty box" in warnings[0].message
    assert "'SAR'" in (warnings[0].suggestion or "")
    assert "U+20C0 SOM SIGN" in warnings[1].message and "'KGS'" in (warnings[1].suggestion or "")


def test_strict_all_fails_on_a_missing_glyph() -> None:
    result = validate_document(
        {"version": 1, "elements": [{"type": "text", "text": f"{RIYAL}5"}]}, strict="all"
    )
    assert [issue.code for issue in result.errors] == ["missing_glyph"]


def test_the_scripts_symbols_and_emoji_the_fonts_have_are_not_reported() -> None:
    text = "‰ — “x” … € ₹ ₺ ₽ ₪ ₸ 日本語 한국어 ไทย हिन्दी ქართული አማርኛ 𝔸 👨‍👩‍👧 🇸🇦 ≠ ★"
    assert missing_glyphs(text) == []
    assert missing_glyphs("tab\tline\nzero\u200dwidth\u200f\ufe0f soft\u00adhyphen") == []


def test_private_use_and_too_new_emoji_are_reported_once_each() -> None:
    assert missing_glyphs("\ue000 \ue000 \U0001fae9 a") == ["\ue000", "\U0001fae9"]


def test_addresses_and_ids_are_not_texts() -> None:
    element = {"type": "image", "src": f"https://example.com/{RIYAL}.png", "id": f"x{RIYAL}"}
    assert glyph_warnings({"elements": [element]}) == []


def test_past_the_first_texts_one_warning_names_the_rest() -> None:
    elements = [{"type": "text", "text": f"{index} \ue000{chr(0xE001 + index)}"} for index in range(30)]
    warnings = glyph_warnings({"elements": elements})
    assert len(warnings) == MAX_REPORTED + 1
    (rest,) = [issue for issue in warnings if "more texts" in issue.message]
    assert "U+E015" in rest.message and "U+E001" not in rest.message
