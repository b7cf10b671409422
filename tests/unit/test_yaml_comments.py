"""Text that YAML cut at a `#` (a comment to YAML, a colour or an issue number to the author)."""

from __future__ import annotations

from kernel.dsl.validate import validate_document
from kernel.dsl.yaml_comments import comment_cuts

CUT = """\
elements:
  - type: text
    text: Issue #42 is fixed
  - type: badge
    text: ok
    style:
      background: #f3f4f6
"""


def test_a_text_cut_at_a_hash_warns_where_the_comment_starts() -> None:
    result = validate_document(CUT.replace("background: #f3f4f6", "background: red"))
    assert result.ok
    (warning,) = [w for w in result.warnings if w.code == "yaml_comment"]
    assert (warning.path, warning.line, warning.column) == ("/elements/0/text", 3, 17)
    assert warning.message == "this text was cut at '#42 is fixed'"
    assert (
        warning.suggestion is not None and 'quote the whole value, "Issue #42 is fixed"' in warning.suggestion
    )


def test_a_colour_read_as_null_gets_the_reason_on_its_error() -> None:
    result = validate_document(CUT)
    (error,) = result.errors
    assert error.path == "/elements/1/style/background"
    assert error.suggestion is not None and '"#f3f4f6"' in error.suggestion
    assert not [w for w in result.warnings if w.path == error.path]  # said once, on the error


def test_deliberate_comments_quoted_and_block_text_are_left_alone() -> None:
    text = """\
elements:  #top
  - type: code  # a comment after a space
    text: |
      x = 1  #not a comment: block text
  - {type: text, text: "Issue #42"}
  - type: text
    text: padded
    style:
      padding: 16 #px
  - type: text
    text: 'C# and F#'
"""
    assert comment_cuts(text) == []
    result = validate_document(text)
    assert result.ok and not [w for w in result.warnings if w.code == "yaml_comment"]


def test_json_is_not_read_for_yaml_comments() -> None:
    result = validate_document('{"elements": [{"type": "text", "text": "a", "style": {"color": "#b00"}}]}')
    assert result.ok and not result.warnings


def test_strict_makes_a_cut_text_an_error() -> None:
    result = validate_document(CUT.replace("background: #f3f4f6", "background: red"), strict=True)
    assert not result.ok and [e.code for e in result.errors] == ["yaml_comment"]


def test_a_parse_error_after_a_hash_in_a_flow_mapping_says_why() -> None:
    text = "elements:\n  - {type: text, text: hi, style: {color: #ff0000}}\n  - type: badge\n"
    (error,) = validate_document(text).errors
    assert error.code == "parse_error"
    assert error.suggestion is not None and error.suggestion.startswith("on line 2, ' #' starts a comment")


def test_complex_keys_anchors_and_aliases_keep_the_paths_right() -> None:
    text = """\
base: &base
  type: text
  text: Issue #7
? [a, b]
: value #x
elements:
  - *base
  - {type: text, text: "ok"}
  - type: text
    text: Ticket #12 done
"""
    assert [(cut.path, cut.kept) for cut in comment_cuts(text)] == [
        ("/base/text", "Issue"),
        ("/?", "value"),
        ("/elements/2/text", "Ticket"),
    ]
