"""The earlier project's examples (tests/data/compat, copied from ../shared/compat) validate unchanged; error_example reports every error."""

from __future__ import annotations

from pathlib import Path

import pytest

from kernel.dsl.schema import json_schema
from kernel.dsl.validate import validate_document

COMPAT = Path(__file__).resolve().parents[1] / "data" / "compat"
FILES = (
    sorted(p for p in COMPAT.glob("*") if p.suffix in {".json", ".yaml", ".yml"}) if COMPAT.is_dir() else []
)
VALID = [p for p in FILES if p.name != "error_example.json"]

pytestmark = pytest.mark.skipif(not FILES, reason="compat corpus not present")


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_compat_example_validates(path: Path) -> None:
    result = validate_document(path.read_bytes(), filename=path.name)
    assert result.errors == []
    assert result.ok
    # Only what the earlier format wrote for a live page (handlers and :hover/:focus rules, never
    # drawn) and its colours that fall short of WCAG AA (white on Bootstrap's #007bff, 4.0:1).
    allowed = {"ignored_event_handler", "css_state_not_drawn", "low_contrast"}
    assert all(w.code in allowed for w in result.warnings)
    assert all("WCAG AA" in w.message for w in result.warnings if w.code == "low_contrast")


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_compat_example_validates_without_filename(path: Path) -> None:
    assert validate_document(path.read_text(encoding="utf-8")).ok


@pytest.mark.parametrize("path", [p for p in VALID if p.suffix == ".json"], ids=lambda p: p.name)
def test_compat_example_matches_the_json_schema(path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import json

    jsonschema.Draft202012Validator(json_schema()).validate(json.loads(path.read_text(encoding="utf-8")))


def test_error_example_reports_every_error_at_once() -> None:
    path = COMPAT / "error_example.json"
    result = validate_document(path.read_bytes(), filename=path.name)
    assert not result.ok
    assert result.document is None
    paths = {issue.path for issue in result.errors}
    assert paths >= {
        "/width",
        "/elements/0/type",
        "/elements/0/layout/x",
        "/elements/0/layout/width",
        "/elements/0/style/fontSize",
        "/elements/1/style/opacity",
    }
    by_path = {issue.path: issue for issue in result.errors}
    assert by_path["/width"].code == "invalid_type"
    assert by_path["/elements/0/type"].code == "unknown_type"
    assert by_path["/elements/0/layout/x"].code == "invalid_type"
    assert by_path["/elements/0/layout/width"].code == "out_of_range"
    assert by_path["/elements/0/style/fontSize"].code == "invalid_style_value"
    assert by_path["/elements/1/style/opacity"].code == "invalid_style_value"
    # the unknown property inside `css` is not an error (the corpus README does not list it)
    assert "/css" not in paths
    # the second element is a button with no label: an empty box (the earlier format required one)
    assert [(w.path, w.code) for w in result.warnings] == [
        ("/elements/1", "empty_button"),
        ("/css", "unknown_css_property"),
    ]
