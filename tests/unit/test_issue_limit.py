"""A validation works out at most MAX_ISSUES problems one by one in each pass, and says where it
stopped: a document within the size limits can repeat one mistake 100,000 times (11 s of CPU)."""

from __future__ import annotations

import json

import pytest

import kernel.dsl.schema_errors as schema_errors
import kernel.dsl.style_rules as style_rules
from kernel.dsl.limits import MAX_ISSUES
from kernel.dsl.validate import validate_document
from kernel.errors import Issue


def _text_element(**fields: object) -> dict[str, object]:
    return {"type": "text", "text": "a", **fields}


def _errors(document: dict[str, object]) -> list[Issue]:
    return validate_document(json.dumps(document, indent=1)).errors


def test_many_unknown_fields_stop_at_the_limit_where_the_first_untold_one_is() -> None:
    count = 20_000
    errors = _errors({"elements": [_text_element(**{f"field{n}": n for n in range(count)})]})
    told = [error for error in errors if error.code == "unknown_field"]
    assert len(told) == MAX_ISSUES
    assert [error.path for error in told] == [f"/elements/0/field{n}" for n in range(MAX_ISSUES)]
    stop = errors[-1]
    assert stop.code == "limit_issues" and stop.path == f"/elements/0/field{MAX_ISSUES}"
    assert f"after {MAX_ISSUES:,} problems" in stop.message and stop.line is not None


def test_the_problems_told_are_worded_as_in_a_document_with_few() -> None:
    many = _errors({"elements": [_text_element(**{f"field{n}": n for n in range(MAX_ISSUES + 5)})]})
    few = _errors({"elements": [_text_element(field0=0)]})
    assert many[0] == few[0]


def test_unknown_fields_past_the_limit_are_not_worked_out(monkeypatch: pytest.MonkeyPatch) -> None:
    explained: list[object] = []
    to_issue = schema_errors._to_issue

    def counted(item: object, data: object) -> Issue:
        explained.append(item)
        return to_issue(item, data)  # type: ignore[arg-type]

    monkeypatch.setattr(schema_errors, "_to_issue", counted)
    _errors({"elements": [_text_element(**{f"f{n}": n for n in range(10 * MAX_ISSUES)})]})
    assert len(explained) == MAX_ISSUES


def test_many_unknown_style_properties_stop_the_semantic_pass_at_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    judged: list[str] = []
    judge = style_rules.judged_style_entry

    def counted(*args: object, **kwargs: object) -> object:
        judged.append("entry")
        return judge(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(style_rules, "judged_style_entry", counted)
    import kernel.dsl.semantic.styles as styles

    monkeypatch.setattr(styles, "judged_style_entry", counted)
    style = {f"prop{n}": "1px" for n in range(10 * MAX_ISSUES)}
    errors = _errors({"elements": [_text_element(style=style)]})
    assert [error.code for error in errors].count("unknown_style_property") == MAX_ISSUES
    assert errors[-1].code == "limit_issues" and errors[-1].path == f"/elements/0/style/prop{MAX_ISSUES}"
    assert len(judged) == MAX_ISSUES + 1  # the one that found no room


def test_the_schema_pass_stops_before_a_union_it_would_split() -> None:
    # Each item is three errors (one for the text branch, two unknown fields for the item's), so
    # the limit falls inside item 666's: it stops before it, and every item told is told whole.
    items = [{"label": "a", "x": n, "y": n} for n in range(MAX_ISSUES)]
    errors = _errors({"elements": [{"type": "list", "items": items}]})
    first = MAX_ISSUES // 3
    assert errors[-1].code == "limit_issues" and errors[-1].path == f"/elements/0/items/{first}"
    told = [path for error in errors[:-1] for path in (error.paths or (error.path,))]
    assert sorted(told) == sorted(f"/elements/0/items/{n}/{key}" for n in range(first) for key in "xy")


def test_a_document_within_the_limit_is_told_every_problem() -> None:
    errors = _errors({"elements": [_text_element(**{f"field{n}": n for n in range(MAX_ISSUES)})]})
    assert len(errors) == MAX_ISSUES and all(error.code == "unknown_field" for error in errors)


def test_words_in_the_wrong_field_are_told_there_and_not_as_missing_too() -> None:
    # 1,000 headings with their words in `children` (an error there each) and one without any:
    # only that one is told it draws no words (the errors' paths are looked up, not scanned).
    elements: list[dict[str, object]] = [{"type": "heading", "children": "Hi"} for _ in range(1000)]
    elements.append({"type": "heading"})
    result = validate_document({"elements": elements})
    empty = [warning.path for warning in result.warnings if warning.code == "empty_text"]
    assert empty == ["/elements/1000"]
    told = [path for error in result.errors for path in (error.paths or (error.path,))]
    assert told == [f"/elements/{n}/children" for n in range(1000)]
