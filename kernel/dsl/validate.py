"""Validates a DSL document in full: parse, limits, schema and semantic checks, every error at once."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import ValidationError

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.comma_cut_issues import one_issue_per_cut
from kernel.dsl.expanded_size import check_expanded_size
from kernel.dsl.hints.nesting import bare_list_hint
from kernel.dsl.hints.suggest import suggestion_budget
from kernel.dsl.hints.syntax import COMMA_CUT_HINT, comma_cut_hint, repeated_key_hint
from kernel.dsl.issue_groups import grouped_issues
from kernel.dsl.limits import MAX_SIDE, check_data_limits, check_document_canvas
from kernel.dsl.merged_items import merged_items
from kernel.dsl.model import Document
from kernel.dsl.number_text import grouped
from kernel.dsl.options import RenderOptions, is_option_path
from kernel.dsl.parse import RepeatedKey, decode_source, is_json, load_checked
from kernel.dsl.schema_errors import told_issues
from kernel.dsl.semantic.run import check_semantics
from kernel.dsl.semantic.variants import CHART_KINDS
from kernel.dsl.source_positions import SourcePositions
from kernel.dsl.surrogates import LONE_SURROGATE
from kernel.dsl.synonyms import read_synonyms
from kernel.dsl.yaml_commas import (
    CutKey,
    CutValue,
    ListSplit,
    comma_splits,
    cut_key_path,
    cut_keys,
    cut_values,
    keys_mended,
    list_splits,
)
from kernel.dsl.yaml_comments import comment_cuts
from kernel.errors import InvalidDocumentError, Issue, issue_order
from kernel.json_kinds import kind_of
from kernel.warning_kinds import Strictness, fails_strict, warning_kind

_STRUCTURAL_LIMITS = frozenset(
    {
        "limit_depth",
        "limit_nodes",
        "limit_elements",
        "limit_number_length",
        "non_finite_number",
        LONE_SURROGATE,
    }
)
"""Issues after which the other passes are skipped: they would be slow or meaningless, or would
quote values that cannot be shown (a lone surrogate, a number too long to write out), or
compute with an infinity."""


@dataclass
class ValidationResult:
    """The outcome of validation: the document (only when valid), errors and warnings apart."""

    document: Document | None
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.document is not None and not self.errors

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form for the CLI, the APIs and the MCP tool."""
        return {
            "valid": self.ok,
            "errors": [issue.as_dict() for issue in self.errors],
            "warnings": [issue.as_dict() for issue in self.warnings],
        }


def validate_document(
    source: str | bytes | Mapping[str, Any],
    *,
    strict: Strictness = False,
    filename: str | None = None,
    icon_exists: Callable[[str], bool] | None = None,
    options: RenderOptions | None = None,
    semantic: bool = True,
) -> ValidationResult:
    """Validate JSON/YAML text, bytes or already-parsed data; never raises for bad input.

    Errors from the schema and from the semantic checks are collected together, with the canvas
    limits a render would refuse. `strict` turns the warnings that change the picture into errors
    (`"all"`: every warning; see `kernel.warning_kinds`). `icon_exists` overrides how
    icon names are checked (tests, other sets). `options`: the render's options, when validating
    for a render (its size, scale, frame and theme count; else the document's own). Issues are in
    the order of the source text when it is given. `semantic=False` skips the semantic pass (its
    warnings and the errors the schema cannot express) and the walk of the structural limits
    (depth, counts, string lengths: a quarter of what is left): for a document a full validation
    already accepted, this very source, which only needs its model built again (see `plan_render`).
    """
    text: str | None = None
    repeated: list[RepeatedKey] = []
    try:
        if isinstance(source, Mapping):
            data: Any = source
        else:
            text = decode_source(source)
            loaded = load_checked(text, filename=filename)
            data, repeated = loaded.data, loaded.repeated
    except InvalidDocumentError as exc:
        issues = list(exc.issues)
        if text is not None and any(issue.path and issue.line is None for issue in issues):
            issues = with_positions(text, issues)  # an integer too long to read, at its key
        return _grouped(_finish(None, issues, list(exc.warnings), strict))
    key_cuts = cut_keys(text) if text is not None and not is_json(text, filename) else []
    if key_cuts:  # checked as meant, so the cut is told once, not as the pieces' errors
        data = keys_mended(data, key_cuts)
    result = _validate_data(
        data, strict=strict, icon_exists=icon_exists, options=options, semantic=semantic,
        sized=text is None,
    )  # fmt: skip
    if key_cuts and not _stopped(result):
        _report_cut_keys(key_cuts, result)
    if repeated and not _stopped(result):
        explained = _explained_types(repeated)
        merged = merged_items(repeated) if text is not None and not is_json(text, filename) else []
        told = {id(repeat) for item in merged for repeat in item.repeats}
        result.errors = sorted(
            [
                *(item.issue() for item in merged),
                *(_repeated_key_issue(repeat, data) for repeat in repeated if id(repeat) not in told),
                *(
                    error
                    for error in result.errors
                    if not (error.code == "unknown_type" and error.path in explained)
                ),
            ],
            key=issue_order,
        )
        result.document = None
    if text is not None and not is_json(text, filename):
        _report_comment_cuts(text, result, strict)
        _report_comma_cuts(text, data, result)
        _report_cut_values(text, result)
        _report_list_splits(text, result, strict)
    if text is not None and (result.errors or result.warnings):
        positions = SourcePositions(text)  # composed once, for the errors and the warnings
        result.errors = _in_source_order(with_positions(positions, result.errors))
        result.warnings = _in_source_order(with_positions(positions, result.warnings))
    return _grouped(result)


def _in_source_order(issues: list[Issue]) -> list[Issue]:
    """`issues` in the order of the source text: the whole document's first, then by line and
    column; those without a position keep their place after the issue before them."""
    placed: list[tuple[tuple[int, int], int, Issue]] = []
    last = (0, 0)
    for index, issue in enumerate(issues):
        if issue.path == "":
            where = (0, 0)
        elif issue.line is not None:
            where = (issue.line, issue.column or 0)
        else:
            where = last
        last = where
        placed.append((where, index, issue))
    return [issue for _, _, issue in sorted(placed, key=lambda entry: (entry[0], entry[1]))]


def _stopped(result: ValidationResult) -> bool:
    """Whether validation stopped at a structural issue (see `_STRUCTURAL_LIMITS`)."""
    return any(issue.code in _STRUCTURAL_LIMITS for issue in result.errors)


def _report_comment_cuts(text: str, result: ValidationResult, strict: Strictness) -> None:
    """Values a YAML `#` comment cut short: the error already at such a value (a colour read as
    null) says why; elsewhere a warning does (the text 'Issue #42' read as 'Issue')."""
    cuts = {cut.path: cut for cut in comment_cuts(text)}
    if not cuts:
        return
    result.errors = [
        replace(issue, suggestion=cuts.pop(issue.path).hint()) if issue.path in cuts else issue
        for issue in result.errors
    ]
    warnings = [
        Issue(cut.path, f"this text was cut at '{cut.cut}'", "yaml_comment", cut.hint(), cut.line, cut.column)
        for cut in cuts.values()
    ]
    _add_warnings(result, warnings, strict)


def _add_warnings(result: ValidationResult, warnings: list[Issue], strict: Strictness) -> None:
    """`warnings` found after the others: into `result`'s errors where `strict` fails on them."""
    failing, kept = strict_split(warnings, strict)
    if failing:
        result.errors = sorted([*result.errors, *failing], key=issue_order)
        result.document = None
    result.warnings = sorted([*result.warnings, *kept], key=issue_order)


def _report_cut_keys(cuts: list[CutKey], result: ValidationResult) -> None:
    """A key YAML's `{...}` form cut at its commas (`{Job boards (StepStone, Indeed): 14}`): one
    error at the key, with the key given back quoted; the document was checked with it whole."""
    errors = [
        Issue(cut_key_path(cut), cut.message(), "comma_key", cut.hint(), cut.line, cut.column) for cut in cuts
    ]
    result.errors = sorted([*result.errors, *errors], key=issue_order)
    result.document = None


def _report_comma_cuts(text: str, data: Any, result: ValidationResult) -> None:
    """A table row with more cells than columns, written as YAML's `[...]` with a comma inside a
    cell (`[Heparin, 5,000 units, Pending]`): its warning (an error with --strict) says which cell
    the comma cut and gives the row quoted."""
    rows = {
        issue.path: columns
        for issue in [*result.errors, *result.warnings]
        if issue.code == "row_length" and (columns := _columns_of_row(data, issue.path)) is not None
    }
    hints = comma_splits(text, rows) if rows else {}
    if not hints:
        return

    def told(issues: list[Issue]) -> list[Issue]:
        return [
            replace(issue, suggestion=hints[issue.path])
            if issue.code == "row_length" and issue.path in hints
            else issue
            for issue in issues
        ]

    result.errors, result.warnings = told(result.errors), told(result.warnings)


def _report_cut_values(text: str, result: ValidationResult) -> None:
    """A text YAML's `{...}` form cut at a comma is given back as the source writes it, not as
    joined again from what YAML read: `{label: Pay $1,250.00}` read a label "Pay $1" and a key
    250.0, and `$10,000` a key 0."""
    if not any(
        (issue.suggestion or "").startswith(COMMA_CUT_HINT) for issue in [*result.errors, *result.warnings]
    ):
        return
    cuts = cut_values(text)

    def told(issues: list[Issue]) -> list[Issue]:
        return [
            _with_cut_value(issue, cuts[issue.path])
            if issue.path in cuts and (issue.suggestion or "").startswith(COMMA_CUT_HINT)
            else issue
            for issue in issues
        ]

    result.errors, result.warnings = told(result.errors), told(result.warnings)
    result.errors, result.warnings = (
        one_issue_per_cut(result.errors, cuts),
        one_issue_per_cut(result.warnings, cuts),
    )


def _with_cut_value(issue: Issue, cut: CutValue) -> Issue:
    """`issue`, at the key a cut value's rest became, quoting the value as written and placed at
    that key."""
    return replace(issue, suggestion=comma_cut_hint(cut.field, cut.written), line=cut.line, column=cut.column)


_TABLE_ROW = re.compile(r"/rows/\d+$")
"""A table row's path: a row cut at a comma is told by its `row_length` warning."""


def _report_list_splits(text: str, result: ValidationResult, strict: Strictness) -> None:
    """A `[...]` list of texts with a text YAML cut at its commas (`items: [Budget approved
    ($1,250,000)]` draws three items): a warning (an error with --strict) that names it and gives
    the list back quoted. A chart's count of values against its labels, which the cut labels
    alone make wrong, is not told again."""
    splits = list_splits(text, skip=_TABLE_ROW)
    if not splits:
        return
    warnings = [
        Issue(split.path, split.message(), "comma_split", split.hint(), split.line, split.column)
        for split in splits
    ]
    result.errors = [issue for issue in result.errors if not _follows_from_a_split(issue, splits)]
    result.warnings = [issue for issue in result.warnings if not _follows_from_a_split(issue, splits)]
    _add_warnings(result, warnings, strict)


_VALUES_FOR_LABELS = re.compile(r"(\d+) values? for (\d+) labels?")


def _follows_from_a_split(issue: Issue, splits: list[ListSplit]) -> bool:
    """Whether `issue` is a chart's count of values against labels that a cut alone made wrong:
    in its labels (as many values as labels were meant) or in these values (as many values were
    meant as there are labels)."""
    counts = _VALUES_FOR_LABELS.fullmatch(issue.message) if issue.code == "chart_data_mismatch" else None
    if counts is None:
        return False
    values, labels = int(counts.group(1)), int(counts.group(2))
    return any(
        (
            split.path.endswith("/data/labels")
            and issue.path.startswith(split.path.removesuffix("labels"))
            and (values, labels) == (split.meant, split.read)
        )
        or (issue.path == split.path and (values, labels) == (split.read, split.meant))
        for split in splits
    )


def _columns_of_row(data: Any, row: str) -> int | None:
    """The number of columns of the table whose row is at the JSON pointer `row`."""
    table = _at_pointer(data, row.rsplit("/", 2)[0])
    columns = table.get("columns") if isinstance(table, Mapping) else None
    if isinstance(columns, list):
        return len(columns)
    return columns if isinstance(columns, int) and not isinstance(columns, bool) else None


_ELEMENT_PATH = re.compile(r"/elements/\d+(?:/children/\d+)*")


def _repeated_key_issue(repeat: RepeatedKey, data: Any) -> Issue:
    """An error for a key written twice in one object: where each is, and which value is used."""
    parent, _, _ = repeat.path.rpartition("/")
    holder = _at_pointer(data, parent)
    kind = holder.get("type") if isinstance(holder, Mapping) and _ELEMENT_PATH.fullmatch(parent) else None
    times = "twice" if len(repeat.written) == 2 else f"{len(repeat.written)} times"
    used = repeat.written[-1] if repeat.written else None
    message = f"'{repeat.key}' is written {times}{_places(repeat.places)}; the last"
    message += f", {_quoted(used)}, is used" if used is not None else " is used"
    hint = repeated_key_hint(
        repeat.key, list(repeat.written), kind if isinstance(kind, str) else None, CHART_KINDS
    )
    line, column = repeat.places[-1] if repeat.places else (None, None)
    return Issue(repeat.path, message, "duplicate_key", hint, line, column)


def _explained_types(repeated: list[RepeatedKey]) -> set[str]:
    """The paths of element types written twice, one of them a type the DSL has (`{type: chart,
    type: line}`): the error for the other one, the last and so the one read, would only repeat
    what the duplicate's own error says to write (`variant: line`), or mislead (`did you mean
    'divider'?`)."""
    return {
        repeat.path
        for repeat in repeated
        if repeat.key == "type" and any(written in ELEMENT_TYPES for written in repeat.written)
    }


def _places(places: tuple[tuple[int, int], ...]) -> str:
    """ ", on lines 3 and 5" or ", on line 2 (columns 6 and 19)"; empty without positions."""
    if not places:
        return ""
    lines = [line for line, _ in places]
    if len(set(lines)) == len(lines):
        return f", on lines {_and([str(line) for line in lines])}"
    if len(set(lines)) == 1:
        return f", on line {lines[0]} (columns {_and([str(column) for _, column in places])})"
    return ", at " + _and([f"line {line} column {column}" for line, column in places])


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _quoted(written: str) -> str:
    return f"'{written}'" if len(written) <= 40 else f"'{written[:37]}...'"


def _at_pointer(data: Any, pointer: str) -> Any:
    """The value at a JSON pointer in `data`, or None when it leads nowhere."""
    current = data
    for part in pointer.split("/")[1:] if pointer else []:
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(current, Mapping):
            current = current.get(part)
        elif isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
        else:
            return None
    return current


def with_positions(source: str | SourcePositions, issues: list[Issue]) -> list[Issue]:
    """Add line/column (from the source text) to issues that have a path but no position yet;
    a render option's (`/options/...`) is not in the text. Also for what is found after
    validation (a render's measured warnings), so they point into the file like the rest.
    The text is composed only when an issue needs a position (once per SourcePositions given)."""
    wanted = {issue.path for issue in issues if issue.line is None and not is_option_path(issue.path)}
    if not wanted:
        return issues
    positions = source if isinstance(source, SourcePositions) else SourcePositions(source)
    found = positions.locate(wanted)
    return [
        replace(issue, line=found[issue.path][0], column=found[issue.path][1])
        if issue.line is None and issue.path in found
        else issue
        for issue in issues
    ]


def validate_data(
    data: Any,
    *,
    strict: Strictness = False,
    icon_exists: Callable[[str], bool] | None = None,
    options: RenderOptions | None = None,
) -> ValidationResult:
    """Validate parsed data (the result of `load_source`)."""
    return _grouped(_validate_data(data, strict=strict, icon_exists=icon_exists, options=options))


def _validate_data(
    data: Any,
    *,
    strict: Strictness = False,
    icon_exists: Callable[[str], bool] | None = None,
    options: RenderOptions | None = None,
    semantic: bool = True,
    sized: bool = False,
) -> ValidationResult:
    """`_validate_data_within` with a budget of close-spelling searches (`suggestion_budget`);
    a list of elements under another key than `elements` (`components`) is checked too."""
    with suggestion_budget():
        result = _validate_data_within(
            data, strict=strict, icon_exists=icon_exists, options=options, semantic=semantic, sized=sized
        )
        key = misnamed_element_list(data)
        if key is None or not semantic:
            return result
        inner = _validate_data_within({"elements": data[key]}, icon_exists=icon_exists, options=options)
    return _with_misnamed_list(result, inner, key)


def misnamed_element_list(data: Any) -> str | None:
    """The key of a document that holds its elements under another name than `elements`
    (`components`, `children`, `widgets`): a list of objects, most naming a `type`, while
    `elements` is absent or empty. None otherwise."""
    if not isinstance(data, Mapping) or data.get("elements"):
        return None
    for key, value in data.items():
        if key in Document.model_fields or not isinstance(value, list) or not value:
            continue
        typed = sum(1 for entry in value if isinstance(entry, Mapping) and isinstance(entry.get("type"), str))
        if 2 * typed > len(value):
            return str(key)
    return None


def _with_misnamed_list(result: ValidationResult, inner: ValidationResult, key: str) -> ValidationResult:
    """`result` with the unknown `key` told to be `elements`, and what `inner` (the list checked as
    the document's elements) found in it, at the list's own paths (`/components/0/type`)."""
    told = f"its elements go in 'elements': rename '{key}' to 'elements'; they are checked below as they would be there"
    errors = [
        replace(issue, suggestion=told)
        if issue.path == f"/{key}" and issue.code == "unknown_field"
        else issue
        for issue in result.errors
    ]

    def moved(issues: list[Issue]) -> list[Issue]:
        return [
            replace(
                issue,
                path=f"/{key}" + issue.path.removeprefix("/elements"),
                paths=tuple(f"/{key}" + path.removeprefix("/elements") for path in issue.paths)
                if issue.paths
                else None,
            )
            for issue in issues
            if issue.path.startswith("/elements/")
        ]

    result.errors = sorted([*errors, *moved(inner.errors)], key=issue_order)
    result.warnings = [*result.warnings, *moved(inner.warnings)]
    return result


def _validate_data_within(
    data: Any,
    *,
    strict: Strictness = False,
    icon_exists: Callable[[str], bool] | None = None,
    options: RenderOptions | None = None,
    semantic: bool = True,
    sized: bool = False,
) -> ValidationResult:
    """Every issue of parsed data, each at its own path, as the passes that read the source after
    it (comment and comma cuts, positions) need them; `_grouped` joins alike ones last. `sized`:
    hold `data` to the expanded size limit, as parsing holds a text's data (an object given as
    such, from MCP, a `{dsl: {...}}` body or Python: it may share values as YAML aliases do)."""
    if data is None:
        return _finish(None, [Issue("", "document is empty", "empty_document", _EXAMPLE_HINT)], [], strict)
    if not isinstance(data, Mapping):
        message = f"document must be an object with 'elements', got {kind_of(data)}"
        if _json_inside(data):
            message += " holding JSON: the document is JSON encoded twice"
            hint = "encode it once: send the object itself, or its JSON text, not a JSON string of that text"
        else:
            hint = (bare_list_hint(data) if isinstance(data, list) else None) or _EXAMPLE_HINT
        return _finish(None, [Issue("", message, "invalid_type", hint)], [], strict)
    if sized and (too_large := check_expanded_size(data)):  # as a text's data is when parsed
        return _finish(None, too_large, [], strict)
    data = read_synonyms(data)
    errors = check_data_limits(data) if semantic else []
    if any(issue.code in _STRUCTURAL_LIMITS for issue in errors):
        return _finish(None, errors, [], strict)
    document: Document | None = None
    try:
        document = Document.model_validate(dict(data))
    except ValidationError as exc:
        errors.extend(_as_limits(told_issues(exc.errors(include_url=False), data), data))
    if document is not None:
        errors.extend(check_document_canvas(document, options))
    if not semantic:
        return _finish(document, sorted(errors, key=issue_order), [], strict)
    theme = options.theme if options is not None else None
    findings = check_semantics(data, icon_exists=icon_exists, theme=theme)
    errors.extend(findings.errors)
    warnings = _beside_errors_dropped(findings.warnings, errors)
    return _finish(
        document, sorted(_unique(errors), key=issue_order), sorted(warnings, key=issue_order), strict
    )


_EMPTY_CODES = frozenset({"empty_button", "empty_text"})
_WORDS_FIELDS = ("children", "props", "label", "text", "title", "content", "value", "icon")
"""Where an element's words were written when an error there leaves it with none to draw."""


def _beside_errors_dropped(warnings: list[Issue], errors: list[Issue]) -> list[Issue]:
    """`warnings` without an element's "nothing drawn to read" when an error in a field of its
    words (its `children: "Sign in"`, React's `props`, a label written as an object) already
    points at them: the repair of the error fills it, and the warning only hid it."""
    if not any(warning.code in _EMPTY_CODES for warning in warnings):
        return warnings
    # Every path an error is at or within, once: a look-up for each warning's fields, where a scan
    # of the errors for each warning took their product (2,000 empty texts with 100,000 errors).
    at_or_within = {path[:end] for error in errors for path in (error.path,) for end in _prefix_ends(path)}
    return [
        warning
        for warning in warnings
        if warning.code not in _EMPTY_CODES
        or not any(f"{warning.path}/{name}" in at_or_within for name in _WORDS_FIELDS)
    ]


def _prefix_ends(path: str) -> list[int]:
    """Where `path` and each of its ancestors end (`/a/b` -> 2, 4)."""
    return [index for index in range(1, len(path)) if path[index] == "/"] + [len(path)]


_LISTS_WITH_LIMITS = {
    "/annotations": (
        "annotations",
        "limit_annotations",
        "keep the notes that matter most, or split the review into several documents",
    )
}
"""Lists the model bounds, reported as limits (by name, with their own code) when too long."""


def _as_limits(issues: list[Issue], data: Mapping[str, Any]) -> list[Issue]:
    """The schema's errors for the document's limits told as limits are: a canvas side past
    MAX_SIDE is `limit_canvas_side` (as a render says it), a list too long names what it holds
    (`at most 100 annotations`)."""
    told = []
    for issue in issues:
        value = data.get(issue.path[1:]) if issue.path in ("/width", "/height") else None
        listed = _LISTS_WITH_LIMITS.get(issue.path)
        if issue.code == "out_of_range" and isinstance(value, int | float) and value > MAX_SIDE:
            name = issue.path[1:]
            issue = replace(
                issue,
                message=f"canvas {name} {grouped(value)} px exceeds the limit of {MAX_SIDE:,} px",
                code="limit_canvas_side",
                suggestion=f"use a {name} of at most {MAX_SIDE:,}",
            )
        elif listed is not None and issue.code == "out_of_range" and isinstance(data.get(listed[0]), list):
            what, code, hint = listed
            limit = re.search(r"at most (\d+)", issue.message)
            most = f"at most {limit.group(1)} " if limit else "fewer "
            issue = replace(
                issue,
                message=f"{len(data[what])} {what} exceed the limit: a document holds {most}{what}",
                code=code,
                suggestion=hint,
            )
        told.append(issue)
    return told


def _unique(issues: list[Issue]) -> list[Issue]:
    """`issues` without repeats: the schema and the semantic pass may say the same thing (a
    table's `data`), once is enough."""
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for issue in issues:
        if (issue.path, issue.message, issue.code) not in seen:
            seen.add((issue.path, issue.message, issue.code))
            kept.append(issue)
    return kept


def _json_inside(data: Any) -> bool:
    """Whether `data` is a string that is itself a JSON object or list (a document written as
    JSON, then that text written as a JSON string again: `"{\"elements\": ...}"`)."""
    if not isinstance(data, str) or not data.lstrip().startswith(("{", "[")):
        return False
    try:
        inner = json.loads(data)
    except ValueError:
        return False
    return isinstance(inner, dict | list)


_EXAMPLE_HINT = 'start from {"width": 800, "height": 600, "elements": [{"type": "heading", "text": "Hello"}]}'


def _finish(
    document: Document | None, errors: list[Issue], warnings: list[Issue], strict: Strictness
) -> ValidationResult:
    failing, warnings = strict_split(warnings, strict)
    if failing:
        errors = sorted([*errors, *failing], key=issue_order)
    return ValidationResult(document=None if errors else document, errors=errors, warnings=warnings)


def strict_split(warnings: list[Issue], strict: Strictness) -> tuple[list[Issue], list[Issue]]:
    """`warnings` as (those `strict` makes errors, those that stay warnings), each with its kind:
    `strict=True` fails on what changes the picture only, `"all"` on notes too (see
    `kernel.warning_kinds`)."""
    failing: list[Issue] = []
    kept: list[Issue] = []
    for warning in warnings:
        kinded = replace(warning, kind=warning_kind(warning.code))
        (failing if fails_strict(warning.code, strict) else kept).append(kinded)
    return failing, kept


def _grouped(result: ValidationResult) -> ValidationResult:
    """`result` with each run of alike issues told once (see `grouped_issues`), each warning
    with its kind."""
    warnings = [
        issue if issue.kind else replace(issue, kind=warning_kind(issue.code)) for issue in result.warnings
    ]
    result.errors, result.warnings = grouped_issues(result.errors), grouped_issues(warnings)
    return result
