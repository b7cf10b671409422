"""A slider's `value` written as text is judged by the figure its thumb is placed by."""

from __future__ import annotations

from typing import Any

from kernel.dsl.compiler.numbers_local import value_figure
from kernel.dsl.validate import validate_document


def _slider(value: Any, **fields: Any) -> dict[str, Any]:
    element = {"type": "slider", "label": "Max price", "min": 0, "max": 2000000, "value": value}
    return {"width": 400, "height": 200, **fields, "elements": [{**element}]}


def test_a_formatted_price_above_max_is_out_of_range_like_a_number() -> None:
    (warning,) = validate_document(_slider("£2,500,000")).warnings
    assert (warning.path, warning.code) == ("/elements/0/value", "out_of_range")
    assert warning.message == (
        "value '£2,500,000' reads 2,500,000, outside 0..2,000,000 (the thumb is drawn at the end)"
    )
    assert warning.suggestion == "write a value within 0..2,000,000, or make the max 2,500,000 or more"


def test_a_figure_below_min_names_the_start_and_min() -> None:
    document = _slider("£50,000")
    document["elements"][0]["min"] = 100000
    (warning,) = validate_document(document).warnings
    assert "(the thumb is drawn at the start)" in warning.message
    assert warning.suggestion is not None and "make the min 50,000 or less" in warning.suggestion


def test_a_text_within_the_range_or_without_a_figure_is_quiet() -> None:
    for value in ("£1,250,000", "Any", "2000000", "£2,000,000"):
        assert validate_document(_slider(value)).warnings == [], value


def test_the_figure_is_read_with_the_documents_signs() -> None:
    """ "1.500.000 €" is one and a half million in German, over a max of 1,000,000; in English the
    same text reads 1.5 and is within."""
    german = _slider("1.500.000 €", lang="de")
    german["elements"][0]["max"] = 1000000
    (warning,) = validate_document(german).warnings
    assert "reads 1,500,000" in warning.message
    assert value_figure("1.500.000 €", None) == 1.5
    assert value_figure("1.500.000 €", "de") == 1500000


def test_value_figure_reads_numbers_numeric_texts_and_prices() -> None:
    assert [value_figure(value, None) for value in (220, "220", "€220", "1,200 km", "Any", "", True, None)] == [
        220, 220, 220, 1200, None, None, None, None,
    ]  # fmt: skip
