"""Parsing JSON and YAML sources: format detection, line/column errors, safe YAML, size limit."""

from __future__ import annotations

import pytest
import yaml

from kernel.dsl.limits import MAX_DATA_DEPTH, MAX_DOCUMENT_BYTES, MAX_YAML_NODES
from kernel.dsl.parse import expanded_node_count, load_source, load_text, without_jsonc_extras
from kernel.dsl.validate import validate_document
from kernel.errors import InvalidDocumentError, Issue


def _error(source: str | bytes, filename: str | None = None) -> Issue:
    with pytest.raises(InvalidDocumentError) as caught:
        load_source(source, filename=filename)
    assert len(caught.value.issues) == 1
    return caught.value.issues[0]


def _billion_laughs(levels: int = 9, width: int = 9) -> str:
    lines = ["a0: &a0 [" + ", ".join(['"lol"'] * width) + "]"]
    for level in range(1, levels):
        refs = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('{"elements": []}', {"elements": []}),
        ('  \n {"a": 1}', {"a": 1}),
        ("elements: []\n", {"elements": []}),
        (b'{"title": "caf\xc3\xa9"}', {"title": "café"}),
        ('\ufeff{"a": 1}', {"a": 1}),
        ("a: 1\nb: [x, y]\n", {"a": 1, "b": ["x", "y"]}),
    ],
)
def test_loads_json_and_yaml(source: str | bytes, expected: object) -> None:
    assert load_source(source) == expected


def test_a_mapping_is_returned_unchanged() -> None:
    data = {"elements": [{"type": "text"}]}
    assert load_source(data) is data


def test_empty_yaml_is_none() -> None:
    assert load_source("") is None
    assert load_source("   \n# only a comment\n") is None


@pytest.mark.parametrize(
    ("source", "filename", "line", "column"),
    [
        ('{\n  "a": 1 2\n}', None, 2, 10),
        ('{"a": [1, 2}', None, 1, 12),
        ("a: [1, 2\n", None, 2, 1),
        ("a: 1\n  b: 2\n", None, 2, 4),
        # the extension wins over sniffing: this is YAML-looking text in a .json file
        ("a: 1\n", "doc.json", 1, 1),
    ],
)
def test_parse_errors_have_line_and_column(source: str, filename: str | None, line: int, column: int) -> None:
    issue = _error(source, filename)
    assert issue.code == "parse_error"
    assert (issue.line, issue.column) == (line, column)
    assert issue.path == ""


def test_extension_selects_yaml_for_brace_text() -> None:
    # `{a: 1}` is a YAML flow mapping but not JSON
    assert load_source("{a: 1}", filename="doc.yaml") == {"a": 1}
    assert load_source("{a: 1}", filename="DOC.YML") == {"a": 1}
    assert _error("{a: 1}").message.startswith("invalid JSON")


def test_json_errors_say_json() -> None:
    assert "invalid JSON" in _error('{"a": }').message


def test_json_with_comments_and_trailing_commas_is_read_as_jsonc() -> None:
    """Agents and editors write JSONC (VS Code's settings): `//` and `/* */` comments, a comma
    after the last entry. Strings are left alone, and positions stay where they were."""
    source = '{\n  // the screen\n  "title": "a // b, /* c */",\n  "elements": [\n    {"type": "text", /* inline */ "text": "x",},\n  ],\n}'
    assert load_source(source) == {"title": "a // b, /* c */", "elements": [{"type": "text", "text": "x"}]}
    relaxed = without_jsonc_extras(source)
    assert len(relaxed) == len(source) and relaxed.count("\n") == source.count("\n")
    # A real mistake is still reported where it is in the text as written.
    issue = _error('{\n  // note\n  "a": 1 2,\n}')
    assert (issue.line, issue.column) == (3, 10)
    assert issue.message == "invalid JSON: Expecting ',' delimiter"


def test_later_errors_in_jsonc_point_at_the_line_as_written() -> None:
    source = '{\n  // comment\n  "elements": [\n    {"type": "buton",},\n  ],\n}'
    result = validate_document(source)
    (issue,) = result.errors
    assert (issue.path, issue.line) == ("/elements/0/type", 4)


@pytest.mark.parametrize(
    "source",
    [
        "x: !!python/object/apply:os.system ['echo hacked']\n",
        "x: !!python/object:collections.OrderedDict {}\n",
        "x: !!python/name:os.system\n",
        "x: !custom 1\n",
    ],
)
def test_yaml_tags_that_build_objects_are_errors(source: str) -> None:
    issue = _error(source)
    assert issue.code == "parse_error"
    assert "not allowed" in issue.message
    assert issue.line == 1


def test_billion_laughs_is_rejected_before_construction() -> None:
    issue = _error(_billion_laughs())
    assert issue.code == "limit_yaml_nodes"
    assert f"{MAX_YAML_NODES:,}" in issue.message


def test_too_many_nodes_without_any_alias_is_also_rejected() -> None:
    # Without aliases the node count is taken from the parse events, not from a walk of the tree.
    source = "x: [" + ", ".join("1" for _ in range(MAX_YAML_NODES)) + "]\n"
    issue = _error(source)
    assert issue.code == "limit_yaml_nodes"
    within = "x: [" + ", ".join("1" for _ in range(MAX_YAML_NODES - 3)) + "]\n"  # + root, key, list
    assert len(load_source(within)["x"]) == MAX_YAML_NODES - 3


def test_modest_aliases_are_fine() -> None:
    data = load_source("base: &b {color: red}\nother: *b\n")
    assert data == {"base": {"color": "red"}, "other": {"color": "red"}}


def test_recursive_alias_is_an_error() -> None:
    issue = _error("a: &x [1, *x]\n")
    assert issue.code == "parse_error"
    assert "recursive" in issue.message


@pytest.mark.parametrize(("levels", "width"), [(3, 3), (5, 4), (2, 10)])
def test_expanded_node_count_counts_each_alias_use(levels: int, width: int) -> None:
    node = yaml.compose(_billion_laughs(levels, width), Loader=yaml.SafeLoader)
    assert node is not None
    # each level i holds width copies of level i-1; the root maps "a<i>" keys to those lists
    sizes = [1 + width]  # a0: the list plus its strings
    for _ in range(1, levels):
        sizes.append(1 + width * sizes[-1])
    expected = 1 + sum(1 + size for size in sizes)
    assert expanded_node_count(node, 10**9) == expected


def test_expanded_node_count_stops_past_the_limit() -> None:
    node = yaml.compose(_billion_laughs(), Loader=yaml.SafeLoader)
    assert node is not None
    assert expanded_node_count(node, 1000) == 1001


@pytest.mark.parametrize(
    "source",
    [
        "[" * 100_000,
        "a: " + "[" * 5000 + "]" * 5000,
        "a: " + "[" * (MAX_DATA_DEPTH + 5) + "]" * (MAX_DATA_DEPTH + 5),
        '{"a": ' + "[" * 100_000 + "]" * 100_000 + "}",
    ],
)
def test_hostile_nesting_is_a_limit_error(source: str) -> None:
    assert _error(source).code == "limit_depth"


@pytest.mark.parametrize("as_bytes", [True, False])
def test_oversize_document_is_rejected_before_parsing(as_bytes: bool) -> None:
    # deliberately malformed: a parse would fail differently, so the size check ran first
    text = "{" + "x" * MAX_DOCUMENT_BYTES
    issue = _error(text.encode() if as_bytes else text)
    assert issue.code == "limit_document_size"
    assert "1048576" in issue.message or "1 MiB" in issue.message


def test_size_counts_utf8_bytes_not_characters() -> None:
    text = '{"t": "' + "é" * (MAX_DOCUMENT_BYTES // 2) + '"}'  # under 1 Mi chars, over 1 MiB bytes
    assert len(text) < MAX_DOCUMENT_BYTES
    assert _error(text).code == "limit_document_size"


def test_document_at_the_limit_is_parsed() -> None:
    padding = MAX_DOCUMENT_BYTES - len('{"t": ""}')
    text = '{"t": "' + "x" * padding + '"}'
    assert len(text.encode()) == MAX_DOCUMENT_BYTES
    assert load_source(text) == {"t": "x" * padding}


def test_invalid_utf8_is_a_parse_error() -> None:
    issue = _error(b'{"a": "\xff"}')
    assert issue.code == "parse_error"
    assert "UTF-8" in issue.message


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("date: 2025-07-01\n", "2025-07-01"),
        ("date: 2025-07-01T10:00:00Z\n", "2025-07-01T10:00:00Z"),
        ("date: 2001-12-14 21:59:43.10 -5\n", "2001-12-14 21:59:43.10 -5"),
        ("date: '2025-07-01'\n", "2025-07-01"),
    ],
)
def test_unquoted_yaml_dates_stay_text(source: str, expected: str) -> None:
    """The DSL's dates are strings: a bare `2025-07-01` must not become a date object."""
    assert load_source(source, filename="a.yaml") == {"date": expected}


def test_dates_stay_text_with_the_pure_python_loader_too() -> None:
    from kernel.dsl.parse import _BoundedSafeLoader, _load_yaml_with

    loaded = _load_yaml_with(_BoundedSafeLoader, "d: [2025-07-01]\n", prescan=False).data
    assert loaded == {"d": ["2025-07-01"]}
    assert yaml.safe_load("d: 2025-07-01")["d"] != "2025-07-01"  # the global loader is untouched


CORE_SCHEMA_CASES = [
    ("t: 10:42\n", "10:42"),  # YAML 1.1: 642 (base 60)
    ("t: 09:30:15\n", "09:30:15"),
    ("t: yes\n", "yes"),  # YAML 1.1: true
    ("t: No\n", "No"),
    ("t: off\n", "off"),
    ("t: y\n", "y"),
    ("t: 1_000\n", "1_000"),  # YAML 1.1: 1000
    ("t: 0b101\n", "0b101"),
    ("t: 012\n", 12),  # YAML 1.1: 10 (octal)
    ("t: 0o17\n", 15),
    ("t: 0x1f\n", 31),
    ("t: -7\n", -7),
    ("t: 1.5\n", 1.5),
    ("t: .5\n", 0.5),
    ("t: 1e3\n", 1000.0),
    ("t: true\n", True),
    ("t: FALSE\n", False),
    ("t: ~\n", None),
    ("t: null\n", None),
    ("t:\n", None),
    ("t: 1.0.0\n", "1.0.0"),
]


@pytest.mark.parametrize(("source", "expected"), CORE_SCHEMA_CASES)
def test_plain_yaml_scalars_follow_the_yaml_1_2_core_schema(source: str, expected: object) -> None:
    """A chat's `10:42` or an option `No` stays the text written: only YAML 1.2's spellings of
    null, booleans and numbers are anything else."""
    loaded = load_source(source, filename="a.yaml")["t"]
    assert loaded == expected and isinstance(loaded, type(expected))  # `012` remembers its text
    assert isinstance(loaded, bool) == isinstance(expected, bool)


@pytest.mark.parametrize(("source", "expected"), CORE_SCHEMA_CASES)
def test_the_pure_python_loader_reads_scalars_alike(source: str, expected: object) -> None:
    from kernel.dsl.parse import _BoundedSafeLoader, _load_yaml_with

    loaded = _load_yaml_with(_BoundedSafeLoader, source, prescan=False).data["t"]
    fast = load_source(source, filename="a.yaml")["t"]
    assert loaded == expected and type(loaded) is type(fast)


def test_special_floats_and_merge_keys_still_load() -> None:
    loaded = load_source("a: [.inf, -.Inf]\nbase: &b {x: 1}\nc: {<<: *b, y: 2}\n", filename="a.yaml")
    assert loaded["a"] == [float("inf"), float("-inf")]
    assert loaded["c"] == {"x": 1, "y": 2}
    assert yaml.safe_load("t: yes")["t"] is True  # the global loader is untouched


def test_yes_and_no_still_set_boolean_fields() -> None:
    from kernel.dsl.validate import validate_document

    result = validate_document(
        "elements:\n  - {type: toggle, label: 'Off', checked: yes}\n  - {type: badge, text: No}\n"
    )
    assert result.errors == [] and result.document is not None
    toggle, badge = result.document.elements
    assert toggle.checked is True and toggle.label == "Off"
    assert badge.text == "No"


FENCED_YAML = "Here is the screen:\n```yaml\nwidth: 300\nelements:\n  - {type: text, text: hi}\n```\nEnjoy!\n"


@pytest.mark.parametrize(
    "source",
    [
        FENCED_YAML,
        "```\nwidth: 300\nelements:\n  - {type: text, text: hi}\n```",
        '```json\n{"width": 300, "elements": [{"type": "text", "text": "hi"}]}\n```\n',
        "~~~yml\r\nwidth: 300\r\nelements:\r\n  - {type: text, text: hi}\r\n~~~\r\n",
    ],
)
def test_a_document_wrapped_in_a_markdown_fence_is_read_from_inside_it(source: str) -> None:
    assert load_source(source) == {"width": 300, "elements": [{"type": "text", "text": "hi"}]}


def test_errors_in_a_fenced_document_point_into_the_text_as_sent() -> None:
    from kernel.dsl.validate import validate_document

    issue = validate_document(FENCED_YAML.replace("type: text", "type: txt")).errors[0]
    assert (issue.path, issue.line) == ("/elements/0/type", 5)


@pytest.mark.parametrize(
    "source",
    [
        "elements:\n  - type: code\n    text: |\n      ```\n      npm i\n      ```\n",  # indented: part of the text
        "```yaml\na: 1\n```\n```yaml\nb: 2\n```\n",  # two documents: which one?
        "```yaml\na: 1\n~~~\n",  # fences that do not pair
        "```python\nprint(1)\n```\n",  # not a DSL language
    ],
)
def test_anything_but_one_clear_fence_is_parsed_as_written(source: str) -> None:
    from kernel.dsl.parse import unfenced

    assert unfenced(source) == source


def test_an_unclosed_bracket_says_where_it_opened() -> None:
    """The parser notices only at the end of the text; the error also points at the '['."""
    with pytest.raises(InvalidDocumentError) as caught:
        load_text("elements:\n  - type: row\n    children: [\n      {type: text, text: a}\n")
    (issue,) = caught.value.issues
    assert "starts at line 3, column 15" in issue.message
    assert issue.suggestion is not None and "'[' at line 3, column 15 needs its ']'" in issue.suggestion


def test_a_tab_in_yaml_says_to_indent_with_spaces_on_its_line() -> None:
    """Generated YAML often holds a stray tab: PyYAML's own words named no way out."""
    result = validate_document("elements:\n\t- type: button\n\t  label: Go\n")
    (issue,) = result.errors
    assert (issue.code, issue.line) == ("parse_error", 2)
    assert issue.suggestion == "YAML indents with spaces, never tabs: replace the tab on line 2 with spaces"


def test_a_key_out_of_line_says_to_check_the_indentation_on_its_line() -> None:
    """`variant:` at 3 spaces under `label:` at 4 gave only PyYAML's words (<block end>)."""
    text = "elements:\n  - type: button\n    label: Save\n   variant: primary\n"
    result = validate_document(text)
    (issue,) = result.errors
    assert (issue.code, issue.line, issue.column) == ("parse_error", 4, 4)
    assert issue.suggestion == (
        "check the indentation on line 4: the keys of one element line up in one column (spaces, not tabs)"
    )


def test_a_key_indented_past_the_key_above_names_both_indentations() -> None:
    """`variant:` at 5 spaces under `label:` at 4 is read as more of label's text, then a ':'
    YAML cannot place: PyYAML says only "mapping values are not allowed here"."""
    text = "elements:\n  - type: button\n    label: Hi\n     variant: primary\n"
    (issue,) = validate_document(text).errors
    assert (issue.code, issue.line) == ("parse_error", 4)
    assert issue.suggestion == (
        "check the indentation on line 4: 'variant' is 5 spaces in, the key above it 4; "
        "the keys of one mapping line up"
    )


@pytest.mark.parametrize(
    ("written", "quoted"),
    [
        ("text: Note: read me", 'text: "Note: read me"'),
        ("text: Time: 10:30", 'text: "Time: 10:30"'),
    ],
)
def test_a_colon_inside_a_plain_text_says_to_quote_the_text(written: str, quoted: str) -> None:
    """A second ': ' on a line ends no key: the text holding it is given back quoted."""
    (issue,) = validate_document(f"elements:\n  - type: text\n    {written}\n").errors
    assert (issue.code, issue.line) == ("parse_error", 3)
    assert issue.suggestion == f"quote a text that holds a colon: {quoted}"
    assert validate_document(f"elements:\n  - type: text\n    {quoted}\n").errors == []
