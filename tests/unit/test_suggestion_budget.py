"""A validation searches for close spellings a bounded number of times (each costs about a
millisecond), and every issue is still told at its own line, however many there are."""

from __future__ import annotations

import json

from kernel.dsl.hints.suggest import FUZZY_SEARCHES, closest, suggestion_budget
from kernel.dsl.validate import validate_document


def test_past_the_budget_only_a_name_differing_in_case_is_found() -> None:
    pool = frozenset({"button", "heading"})
    with suggestion_budget(1):
        assert closest("buton", pool) == ["button"]
        assert closest("headng", pool) == []
        assert closest("HEADING", pool) == ["heading"]
    assert closest("headng", pool) == ["heading"]  # outside a budget, uncounted


def test_many_unknown_style_properties_are_each_an_error_at_their_line() -> None:
    count = FUZZY_SEARCHES + 50
    style = {f"colr{number}": "red" for number in range(count)}
    text = json.dumps({"elements": [{"type": "text", "text": "x", "style": style}]}, indent=1)
    errors = [error for error in validate_document(text).errors if error.code == "unknown_style_property"]
    assert len(errors) == count
    assert len({error.line for error in errors}) == count and errors[0].line == 7
    assert errors[0].suggestion and "color" in errors[0].suggestion
