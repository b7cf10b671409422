"""The kernel's texts as the MCP tools tell them: the tools' words for the command line's, a few
names instead of every element type, and the argument to raise when one set the canvas's height."""

from __future__ import annotations

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.measured.canvas_cut import content_cut_warning
from kernel.dsl.validate import validate_document
from mcp_adapter.results import IssueOut
from mcp_adapter.wording import LIST_ALL_TYPES, mcp_words, type_hint, worded


def test_command_line_words_become_the_tools_words() -> None:
    assert mcp_words("use a section (see `dsl2png examples landing`)") == (
        'use a section (see get_example {"name": "landing"})'
    )
    assert mcp_words("its warning (an error with --strict) says which") == (
        "its warning (an error with strict: true) says which"
    )
    assert mcp_words("nothing to change here") == "nothing to change here"


def test_a_recipe_for_an_unknown_type_points_at_the_example_tool() -> None:
    (issue,) = validate_document({"elements": [{"type": "hero"}]}).errors
    assert "dsl2png examples" in (issue.suggestion or "")  # the kernel speaks to the command line
    told = worded(IssueOut.of(issue))
    assert told.suggestion == (
        'use a section with a heading, a paragraph and buttons (see get_example {"name": "landing"})'
    )
    assert told.message == issue.message and told.path == "/elements/0/type"


def test_a_type_like_none_is_told_a_few_names_and_where_all_are() -> None:
    (issue,) = validate_document({"elements": [{"type": "qwertyzz"}]}).errors
    assert all(kind in (issue.suggestion or "") for kind in ELEMENT_TYPES)  # the kernel lists all
    told = worded(IssueOut.of(issue)).suggestion or ""
    assert told.endswith(f"list_element_types() lists all {len(ELEMENT_TYPES)}"), told
    named = [kind for kind in ELEMENT_TYPES if kind in told.removesuffix(LIST_ALL_TYPES)]
    assert len(named) <= 3, told
    assert type_hint("buton") == "did you mean 'button'?"
    assert type_hint("tabel") == "did you mean 'table', 'label' or 'tabs'?"


def test_cut_content_asks_for_the_height_where_it_was_set() -> None:
    from_document = worded(IssueOut.of(content_cut_warning(75)))
    assert from_document.suggestion == (
        "make 'height' at least 75 px larger (or height: auto, as tall as the content), shorten"
        " the content, or render with options.full_page: true"
    )
    from_argument = worded(IssueOut.of(content_cut_warning(75)), height_from="the height argument")
    assert from_argument.suggestion == (
        "the height comes from the height argument, not the document: ask for 75 px more with the height "
        "argument, shorten the content, or render with options.full_page: true"
    )


def test_an_issue_with_nothing_to_translate_is_kept_as_it_is() -> None:
    issue = IssueOut(
        path="/elements/0/label", message="label is empty", code="empty_text", suggestion="write one"
    )
    assert worded(issue) is issue
    assert str(issue) == "/elements/0/label: label is empty (write one)"
