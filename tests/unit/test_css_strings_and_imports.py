"""The CSS sanitizer reads strings as Chromium does: a line break (not escaped) ends a string, so
a broken `url("data:...` can not hide a later `url(http:...)` from it; and every `@import` of a
stylesheet of thousands goes, with the validator saying what the compiler does."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.sanitize import _top_level_split, _value_end, sanitize_css, sanitize_value
from kernel.dsl.style_rules import check_stylesheet
from kernel.dsl.validate import validate_document

SMUGGLED = ");background:url(http://127.0.0.1:9/smuggled);x:"
"""What follows the line break of a broken string: a second declaration, real CSS to Chromium."""


@pytest.mark.parametrize(
    "broken",
    [
        '"data:,x\n' + SMUGGLED + '"',
        '"data:,x\r' + SMUGGLED + '"',
        '"data:,x\r\n' + SMUGGLED + '"',
        '"data:,x\f' + SMUGGLED + '"',
        "'data:,x\n" + SMUGGLED + "'",
        # Not CSS white space: Chromium reads a bad url() that ends at the first `)`.
        '\xa0"data:,x' + SMUGGLED + '"',
        '\v"data:,x' + SMUGGLED + '"',
    ],
)
def test_a_url_string_a_line_break_ends_smuggles_no_fetch_past_the_sanitizer(broken: str) -> None:
    css = f"div{{background:url({broken})}}"
    assert "127.0.0.1" not in sanitize_css(css)
    # A value's line breaks are spaces (it is one value): its string is then whole, no CSS.
    value = sanitize_value(f"url({broken})")
    assert value in (None, "none") or re.fullmatch(r"""url\((["'])data:[^"'\n\r\f\\]*\1\)""", value), value


def test_the_validator_warns_of_the_broken_string_and_of_the_url_the_compiler_leaves_out() -> None:
    errors, warnings = check_stylesheet('div{background:url("data:,x\n' + SMUGGLED + '")}')
    assert errors == []
    messages = [warning.message for warning in warnings]
    assert any("url(http://127.0.0.1:9/smuggled)" in m and "left out" in m for m in messages), messages
    assert any("a line break inside its quotes ends the string" in m for m in messages), messages


def test_an_escaped_line_break_continues_a_string() -> None:
    """`\\` before a line break (`\\r\\n` too) is CSS's continuation: the string goes on, and
    the `;` after it is inside the string."""
    for newline in ("\n", "\r\n", "\r", "\f"):
        value = f'content:"a\\{newline};b";color:red'
        assert value[: _value_end(value)] == f'content:"a\\{newline};b"', repr(newline)
    assert _top_level_split('"a\\\n, b", c', ",") == ['"a\\\n, b"', "c"]


def test_a_line_break_ends_a_string_and_what_follows_is_read_again() -> None:
    value = 'content:"a\n;color:red'
    assert value[: _value_end(value)] == 'content:"a\n'
    assert _top_level_split("'a\n, b", ",") == ["'a", "b"]


def test_an_escaped_quote_outside_a_string_opens_none() -> None:
    """`\\"` outside a string is an escaped character of a name, as Chromium reads it."""
    value = 'a\\";color:red'
    assert value[: _value_end(value)] == 'a\\"'


def test_a_well_formed_data_url_is_kept_whole() -> None:
    kept = "div{background:url( \"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E\" )}"
    assert sanitize_css(kept) == kept
    assert sanitize_css("div{background:url(data:image/png;base64,AAAA)}") == (
        "div{background:url(data:image/png;base64,AAAA)}"
    )


def test_every_import_of_thousands_is_dropped_and_the_rules_after_them_kept() -> None:
    css = "@import;" * 10_000 + "@import url(a.css) screen;" * 100 + "@import 'b;c.css';b{color:red}"
    assert sanitize_css(css) == "b{color:red}"
    assert sanitize_css("@import (" * 5_000 + "{} a{b:c}") == "{} a{b:c}"
    result = validate_document({"css": css, "elements": [{"type": "text", "text": "Hi"}]})
    assert result.ok and result.warnings and {w.code for w in result.warnings} == {"external_src"}
