"""A YAML error is told on the line of its cause: the unquoted `#334155` in a `{...}` on the last
line (not a line past the end), the key indented as its list's items are (not the line after)."""

from __future__ import annotations

from kernel.dsl.validate import validate_document


def _error(text: str) -> tuple[int | None, int | None, str]:
    (error,) = validate_document(text, filename="doc.yaml").errors
    return error.line, error.column, f"{error.message} ({error.suggestion})"


def test_a_hash_that_hides_the_closing_brace_on_the_last_line_is_told_there() -> None:
    text = "elements:\n  - type: text\n    text: hi\n    style: {color: #334155}\n"
    line, column, said = _error(text)
    assert (line, column) == (4, 20)
    assert "on line 4, ' #' starts a comment" in said and "line 5" not in said


def test_a_hash_before_more_elements_is_told_on_its_line() -> None:
    text = "elements:\n  - type: text\n    style: {color: #334155}\n  - type: text\n    text: next\n"
    line, _, said = _error(text)
    assert line == 3 and "on line 3" in said


def test_a_key_indented_as_the_list_items_is_told_on_its_line() -> None:
    text = (
        "elements:\n  - type: card\n    title: Profile\n    children:\n    - type: text\n"
        "    text: Name\n    - type: button\n      label: Edit\n"
    )
    line, column, said = _error(text)
    assert (line, column) == (6, 5)
    assert "'text' on line 6" in said and "2 more spaces" in said


def test_a_key_indented_less_than_its_siblings_keeps_its_own_line() -> None:
    text = "elements:\n  - type: card\n    title: Profile\n  children:\n    - {type: text, text: Name}\n"
    line, _, said = _error(text)
    assert line == 4 and "indentation on line 4" in said


def test_a_stream_of_several_screens_says_one_file_is_one_screen_and_how_to_split_it() -> None:
    source = "title: Welcome\nelements: []\n---\ntitle: Permissions\nelements: []\n"
    (error,) = validate_document(source, filename="flow.yaml").errors
    assert error.code == "parse_error" and error.line == 3
    assert "one file is one screen" in error.message
    assert error.suggestion is not None and "one file per screen" in error.suggestion


def test_anchors_kept_under_metadata_are_reused_with_a_merge_key() -> None:
    source = (
        "metadata:\n  parts:\n    nav: &nav {type: navbar, title: Acme, items: [Users, Billing]}\n"
        "elements:\n  - <<: *nav\n    title: Acme Admin\n  - *nav\n"
    )
    result = validate_document(source, filename="a.yaml")
    assert result.errors == []
