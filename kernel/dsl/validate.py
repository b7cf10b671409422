"""Validates a DSL document in full: parse, limits, schema and semantic checks, every error at once."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import ValidationError

from kernel.dsl.limits import check_data_limits, check_source_size
from kernel.dsl.model import Document
from kernel.dsl.parse import decode_source, is_json, load_text, locate_paths
from kernel.dsl.schema_errors import issues_from_pydantic
from kernel.dsl.semantic import check_semantics
from kernel.dsl.yaml_comments import comment_cuts
from kernel.errors import InvalidDocumentError, Issue

_STRUCTURAL_LIMITS = frozenset({"limit_depth", "limit_nodes", "limit_elements"})
"""Limit breaches after which the other passes are skipped (they would be slow or meaningless)."""


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
    strict: bool = False,
    filename: str | None = None,
    icon_exists: Callable[[str], bool] | None = None,
) -> ValidationResult:
    """Validate JSON/YAML text, bytes or already-parsed data; never raises for bad input.

    Errors from the schema and from the semantic checks are collected together. `strict` turns
    warnings into errors. `icon_exists` overrides how icon names are checked (tests, other sets).
    """
    text: str | None = None
    try:
        if isinstance(source, Mapping):
            data: Any = source
            _check_object_size(source)
        else:
            text = decode_source(source)
            data = load_text(text, filename=filename)
    except InvalidDocumentError as exc:
        return _finish(None, list(exc.issues), list(exc.warnings), strict)
    result = validate_data(data, strict=strict, icon_exists=icon_exists)
    if text is not None and not is_json(text, filename):
        _report_comment_cuts(text, result, strict)
    if text is not None and (result.errors or result.warnings):
        result.errors = _with_positions(text, result.errors)
        result.warnings = _with_positions(text, result.warnings)
    return result


def _check_object_size(source: Mapping[str, Any]) -> None:
    """An object (from MCP, or a `{dsl: {...}}` body) is held to the document size limit as the
    JSON text it is stored and rendered from; raises InvalidDocumentError beyond it."""
    issues = check_source_size(len(json.dumps(source, ensure_ascii=False, default=str).encode("utf-8")))
    if issues:
        raise InvalidDocumentError(issues)


def _report_comment_cuts(text: str, result: ValidationResult, strict: bool) -> None:
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
    if strict and warnings:
        result.errors = _sorted([*result.errors, *warnings])
        result.document = None
    else:
        result.warnings = _sorted([*result.warnings, *warnings])


def _with_positions(text: str, issues: list[Issue]) -> list[Issue]:
    """Add line/column (from the source text) to issues that have a path but no position yet."""
    wanted = {issue.path for issue in issues if issue.line is None}
    if not wanted:
        return issues
    found = locate_paths(text, wanted)
    return [
        replace(issue, line=found[issue.path][0], column=found[issue.path][1])
        if issue.line is None and issue.path in found
        else issue
        for issue in issues
    ]


def validate_data(
    data: Any, *, strict: bool = False, icon_exists: Callable[[str], bool] | None = None
) -> ValidationResult:
    """Validate parsed data (the result of `load_source`)."""
    if data is None:
        return _finish(None, [Issue("", "document is empty", "empty_document", _EXAMPLE_HINT)], [], strict)
    if not isinstance(data, Mapping):
        message = f"document must be an object with 'elements', got a {_kind(data)}"
        return _finish(None, [Issue("", message, "invalid_type", _EXAMPLE_HINT)], [], strict)
    errors = check_data_limits(data)
    if any(issue.code in _STRUCTURAL_LIMITS for issue in errors):
        return _finish(None, errors, [], strict)
    document: Document | None = None
    try:
        document = Document.model_validate(dict(data))
    except ValidationError as exc:
        errors.extend(issues_from_pydantic(exc.errors(include_url=False), data))
    findings = check_semantics(data, icon_exists=icon_exists)
    errors.extend(findings.errors)
    return _finish(document, _sorted(errors), _sorted(findings.warnings), strict)


def parse_document(
    source: str | bytes | Mapping[str, Any], *, strict: bool = False, filename: str | None = None
) -> Document:
    """The validated Document, or InvalidDocumentError carrying every error and warning."""
    result = validate_document(source, strict=strict, filename=filename)
    if not result.ok or result.document is None:
        raise InvalidDocumentError(result.errors, result.warnings)
    return result.document


_EXAMPLE_HINT = 'start from {"width": 800, "height": 600, "elements": [{"type": "heading", "text": "Hello"}]}'


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


def _finish(
    document: Document | None, errors: list[Issue], warnings: list[Issue], strict: bool
) -> ValidationResult:
    if strict and warnings:
        errors = _sorted([*errors, *warnings])
        warnings = []
    return ValidationResult(document=None if errors else document, errors=errors, warnings=warnings)


def _sorted(issues: list[Issue]) -> list[Issue]:
    """Stable order by path (indexes compared as numbers), keeping the order within one path."""

    def key(issue: Issue) -> list[tuple[int, int, str]]:
        return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in issue.path.split("/")[1:]]

    return sorted(issues, key=key)
