"""kernel.dsl.shown: every message quotes a value the caller wrote the same way, cut as short."""

from __future__ import annotations

from kernel.dsl.shown import SHOWN_LENGTH, shortened, shown, shown_json, shown_text
from kernel.dsl.validate import validate_document


def test_a_long_value_is_cut_to_the_limit_ending_in_dots() -> None:
    assert shortened("a" * SHOWN_LENGTH) == "a" * SHOWN_LENGTH
    cut = shortened("a" * (SHOWN_LENGTH + 1))
    assert len(cut) == SHOWN_LENGTH and cut.endswith("...")
    assert shortened("abcdefgh", 6) == "abc..."


def test_a_value_is_shown_by_its_kind() -> None:
    assert shown("12px") == "'12px'"
    assert shown("12px", quote='"') == '"12px"'
    assert shown(10**19) == "10000000000000000000"  # an integer as written, never 1e+19
    assert shown(1.5) == "1.5"
    assert [shown(True), shown(False), shown(None)] == ["true", "false", "null"]
    assert [shown({"a": 1}), shown([1, 2])] == ["an object", "a list"]
    assert shown("x" * 100) == "'" + "x" * 37 + "...'"


def test_a_css_value_is_shown_without_its_spaces_and_a_json_value_as_json() -> None:
    assert shown_text("  12px  ") == "12px"
    assert shown_text(400) == "400"
    assert shown_json({"primary": "#7c3aed"}) == '{"primary": "#7c3aed"}'
    assert shown_json(None, none="unset") == "unset"
    assert len(shown_json(list(range(100)), limit=60)) == 60


def test_a_message_quotes_the_value_through_the_helper() -> None:
    result = validate_document({"elements": [{"type": "container", "layout": {"width": "x" * 60}}]})
    (error,) = result.errors
    assert error.path == "/elements/0/layout/width"
    assert error.message.endswith(f"got {shown('x' * 60)}")
    assert error.message.endswith("got '" + "x" * 37 + "...'")
