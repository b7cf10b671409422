"""A `- ` left out between two list items: YAML reads them as one mapping with keys written
twice; the validator says where the `- ` goes, not which field to delete."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from dsl2png.cli import app
from kernel.dsl.validate import validate_document
from kernel.errors import Issue

MISSING_DASH = (
    "elements:\n"
    "  - type: input\n"
    "    label: First name\n"
    "    type: input\n"
    "    label: Last name\n"
    "  - type: checkbox\n"
    "    label: I agree\n"
)
_DASH_HINT = (
    "start the next item with '- ', lined up with the '- ' of the item above: write line 4 as "
    "'  - type: input', the lines under it indented as before"
)


def _repeats(source: str) -> list[Issue]:
    return [issue for issue in validate_document(source).errors if issue.code == "duplicate_key"]


def test_type_and_label_written_twice_in_a_list_item_say_a_dash_is_missing() -> None:
    assert _repeats(MISSING_DASH) == [
        Issue(
            "/elements/0/type",
            "'type' and 'label' are each written twice in one list item: a '- ' is likely missing "
            "before line 4, so two items were read as one",
            "duplicate_key",
            _DASH_HINT,
            4,
            5,
        )
    ]


def test_the_fix_it_shows_makes_the_document_valid() -> None:
    fixed = MISSING_DASH.replace("    type: input\n    label: Last", "  - type: input\n    label: Last")
    assert validate_document(fixed).ok


def test_a_type_alone_written_twice_in_a_list_item_says_a_dash_is_missing() -> None:
    source = "elements:\n  - type: input\n    label: Email\n    type: checkbox\n"
    (issue,) = _repeats(source)
    assert (issue.path, issue.line, issue.column) == ("/elements/0/type", 4, 5)
    assert issue.message.startswith(
        "'type' is written twice in one list item: a '- ' is likely missing before line 4"
    )
    assert "write line 4 as '  - type: checkbox'" in (issue.suggestion or "")


def test_three_items_run_together_name_each_missing_dash() -> None:
    source = (
        "elements:\n"
        "  - type: card\n"
        "    children:\n"
        "      - type: text\n"
        "        text: a\n"
        "        type: button\n"
        "        label: B\n"
        "        type: link\n"
        "        text: c\n"
    )
    (issue,) = _repeats(source)
    assert (issue.path, issue.line, issue.column) == ("/elements/0/children/0/type", 6, 9)
    assert issue.message == (
        "'type' and 'text' are each written more than once in one list item: a '- ' is likely "
        "missing before lines 6 and 8, so 3 items were read as one"
    )
    assert "write line 6 as '      - type: button'" in (issue.suggestion or "")


def test_entries_of_items_run_together_say_so_too() -> None:
    source = "elements:\n  - type: list\n    items:\n      - label: Tea\n        icon: cup\n        label: Coffee\n        icon: mug\n"
    (issue,) = _repeats(source)
    assert issue.path == "/elements/0/items/0/label"
    assert "a '- ' is likely missing before line 6" in issue.message


def test_an_input_kind_written_as_a_second_type_still_says_input_type() -> None:
    (issue,) = _repeats("elements:\n  - type: input\n    type: email\n")
    assert issue.suggestion == "an input's kind is its inputType: type: input, inputType: email"


def test_keys_repeated_on_one_line_are_no_missing_dash() -> None:
    """YAML's `{...}` form has no `- ` to leave out: each key is told as before."""
    issues = _repeats("elements:\n  - {type: input, label: A, type: input, label: B}\n")
    assert [issue.suggestion for issue in issues] == [
        "an element has one type: keep 'input'",
        "keep one 'label' and remove the other",
    ]


def test_json_is_told_key_by_key() -> None:
    issues = _repeats('{"elements": [{"type": "input", "label": "a",\n "type": "input", "label": "b"}]}')
    assert [issue.path for issue in issues] == ["/elements/0/type", "/elements/0/label"]
    assert all("'- '" not in issue.message for issue in issues)


def test_one_repeated_field_that_is_not_the_type_is_told_as_before() -> None:
    (issue,) = _repeats("elements:\n  - type: text\n    text: a\n    text: b\n")
    assert issue.message == "'text' is written twice, on lines 3 and 4; the last, 'b', is used"


def test_the_cli_prints_the_missing_dash_with_its_path_and_line(tmp_path: Path) -> None:
    document = tmp_path / "form.yaml"
    document.write_text(MISSING_DASH, encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(document)])
    assert result.exit_code == 1
    assert (
        f"error {document}: /elements/0/type (line 4, column 5): 'type' and 'label' are each written "
        f"twice in one list item: a '- ' is likely missing before line 4, so two items were read as "
        f"one ({_DASH_HINT})"
    ) in result.output
