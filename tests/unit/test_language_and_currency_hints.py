"""What a document's `locale` and a `currency` field are told: the `lang` field, and that a
figure is drawn with the currency written in it (there is no currency setting)."""

from __future__ import annotations

from typing import Any

import pytest

import dsl2png


def _suggestion(document: dict[str, Any], path: str) -> str:
    """The suggestion of the one error at `path`."""
    result = dsl2png.validate(document)
    (issue,) = [issue for issue in result.errors if issue.path == path]
    assert issue.suggestion is not None
    return issue.suggestion


@pytest.mark.parametrize("field", ["locale", "language", "i18n", "languageCode", "locale_code"])
def test_a_documents_locale_is_its_lang(field: str) -> None:
    """`locale: de-DE` was told "did you mean 'scale'?" (the closest spelling among the fields)."""
    document = {field: "de-DE", "elements": [{"type": "stat", "label": "Kontostand", "value": 182406.55}]}
    assert _suggestion(document, f"/{field}") == "did you mean 'lang'? lang: de-DE"


def test_a_documents_currency_says_to_write_it_in_the_figures() -> None:
    """A document's `currency: EUR` had no hint at all."""
    suggestion = _suggestion({"currency": "EUR", "elements": []}, "/currency")
    assert suggestion.startswith("a document has no currency: write it in the figures themselves")
    assert "lang: de-DE" in suggestion


def test_a_currency_on_a_column_a_table_or_a_chart_says_where_it_goes() -> None:
    table = {
        "type": "table",
        "columns": [{"key": "a", "label": "Amount", "currency": "EUR"}],
        "rows": [[1200.5]],
    }
    assert _suggestion({"elements": [table]}, "/elements/0/columns/0/currency") == (
        'a cell is drawn as written: write it in the cells themselves: "1,200.50 EUR"'
    )
    whole = {"type": "table", "currency": "USD", "columns": ["a"], "rows": [[1]]}
    assert _suggestion({"elements": [whole]}, "/elements/0/currency") == (
        'write it in the cells themselves: "USD 1,200.50"'
    )
    chart = {"type": "chart", "currency": "USD", "data": {"values": [1, 2]}}
    assert _suggestion({"elements": [chart]}, "/elements/0/currency") == (
        'a chart\'s values are numbers alone: write it in the title: title: "Revenue (USD)"'
    )
    stat = {"type": "stat", "label": "Balance", "value": 1200, "currency": "EUR"}
    assert (
        _suggestion({"elements": [stat]}, "/elements/0/currency")
        == 'write it in the value: value: "EUR 12,400"'
    )
