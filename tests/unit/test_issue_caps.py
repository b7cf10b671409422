"""What a reader is told of hundreds of problems: the first of each code in full, the rest counted
in one issue, `paths` cut with a count; and alike issues keep their suggestion however many."""

from __future__ import annotations

from dsl2png.commands.messages import issue_lines
from kernel.dsl.issue_caps import PATHS_KEPT, TOLD_PER_CODE, told_in_full
from kernel.dsl.limits import MAX_ISSUES
from kernel.dsl.validate import validate_document


def test_a_misspelt_field_on_hundreds_of_elements_is_one_group_with_its_suggestion() -> None:
    """The budget of close-spelling searches (300) ran out at the 151st element: the group split
    there and its second half lost "did you mean 'color'?"; the same question is answered again."""
    document = {"elements": [{"type": "buton", "text": f"b{i}", "colour": "red"} for i in range(400)]}
    errors = validate_document(document).errors
    assert [(error.path, error.suggestion, len(error.paths or ())) for error in errors] == [
        ("/elements/0/colour", "did you mean 'color'?", 400),
        ("/elements/0/type", "did you mean 'button'?", 400),
    ]
    told = told_in_full(errors)  # what a reader (an agent) is given: the paths cut, counted
    assert [(error.path, error.suggestion, error.path_count) for error in told] == [
        ("/elements/0/colour", "did you mean 'color'?", 400),
        ("/elements/0/type", "did you mean 'button'?", 400),
    ]
    assert told[0].paths == tuple(f"/elements/{n}/colour" for n in range(PATHS_KEPT))


def test_hundreds_of_distinct_problems_are_told_in_full_only_for_the_first_of_each_code() -> None:
    document = {"elements": [{"type": "button", "text": f"b{i}", f"foo{i}": 1} for i in range(300)]}
    errors = validate_document(document).errors
    assert len(errors) == 300  # the validator keeps them all, for a program that mends them all
    told = told_in_full(errors)
    assert told[:TOLD_PER_CODE] == errors[:TOLD_PER_CODE]
    (rest,) = told[TOLD_PER_CODE:]
    assert rest.code == "unknown_field" and rest.path == "/elements/10/foo10"
    assert rest.message.startswith("and 290 more 'unknown_field' problems like the 10 above")
    assert rest.path_count == 290 and rest.paths is not None and len(rest.paths) == PATHS_KEPT
    assert sum(len(str(issue)) for issue in told) < 2_500  # 300 told one by one were 54 KB


def test_few_issues_and_the_limit_issues_error_are_told_as_they_are() -> None:
    document = {"elements": [{"type": "button", "text": "x", f"foo{i}": 1} for i in range(TOLD_PER_CODE)]}
    errors = validate_document(document).errors
    assert told_in_full(errors) == errors
    style = {f"colr{i}": "red" for i in range(MAX_ISSUES // 4)}
    many = {"elements": [{"type": "button", "text": "x", "style": style} for _ in range(5)]}
    told = told_in_full(validate_document(many).errors)
    assert [issue.code for issue in told].count("limit_issues") == 1
    assert len(told) <= 2 * TOLD_PER_CODE + 2


def test_the_command_line_tells_the_first_of_each_code_and_counts_the_rest() -> None:
    document = {"elements": [{"type": "button", "text": f"b{i}", f"foo{i}": 1} for i in range(300)]}
    lines = issue_lines("many.yaml", validate_document(document).errors, [])
    assert len(lines) == TOLD_PER_CODE + 1
    assert "and 290 more 'unknown_field' problems like the 10 above" in lines[-1]
