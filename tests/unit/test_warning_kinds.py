"""Each warning has a kind, and `strict` fails only on the ones that change the picture: an https
image that is never fetched and a font that is not installed are notes no edit can change."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from dsl2png.cli import app
from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import validate_for_render
from kernel.dsl.validate import validate_document
from kernel.warning_kinds import NOTE_CODES, OPTION_IGNORED, fails_strict, warning_kind
from tests.support.reference import REFERENCE

BENIGN = {
    "theme": {"font": "Inter"},
    "elements": [
        {"type": "image", "src": "https://example.com/hero.jpg", "alt": "Hero"},
        {"type": "avatar", "name": "Ada Lovelace", "src": "https://i.pravatar.cc/100"},
    ],
}
DROPPED = {"elements": [{"type": "text", "text": "Hi", "style": {"textAlign": "middle"}}]}


def test_every_warning_has_its_kind() -> None:
    kinds = {w.code: w.as_dict()["kind"] for w in validate_document({**BENIGN, **DROPPED}).warnings}
    assert kinds == {"font_unavailable": "note", "invalid_style_value": "drawn_wrong"}
    assert {w.kind for w in validate_document(BENIGN).warnings} == {"note"}


def test_strict_passes_notes_and_fails_on_what_changes_the_picture() -> None:
    benign = validate_document(BENIGN, strict=True)
    assert benign.ok and {w.code for w in benign.warnings} == {"font_unavailable", "external_src"}
    dropped = validate_document(DROPPED, strict=True)
    assert not dropped.ok and [e.code for e in dropped.errors] == ["invalid_style_value"]
    assert dropped.errors[0].kind == "drawn_wrong"


def test_strict_all_fails_on_notes_too() -> None:
    result = validate_document(BENIGN, strict="all")
    assert not result.ok and not result.warnings
    assert {e.code for e in result.errors} == {"font_unavailable", "external_src"}


def test_the_cli_strict_flags_and_json_kinds(tmp_path: Path) -> None:
    document = tmp_path / "benign.json"
    document.write_text(json.dumps(BENIGN))
    runner = CliRunner()
    assert runner.invoke(app, ["validate", "--strict", str(document)]).exit_code == 0
    assert runner.invoke(app, ["validate", "--strict-all", str(document)]).exit_code == 1
    shown = runner.invoke(app, ["validate", "--json", "--strict", str(document)])
    (entry,) = json.loads(shown.stdout)
    assert entry["valid"] is True and {w["kind"] for w in entry["warnings"]} == {"note"}


def test_the_reference_names_every_note_code_where_it_explains_kind() -> None:
    row = next(line for line in REFERENCE.splitlines() if line.startswith("| `kind` |"))
    named = set(re.findall(r"`(\w+)`", row.split("`note`", 1)[1]))
    assert named == NOTE_CODES


def test_an_option_the_image_does_not_follow_is_its_own_kind_strict_passes() -> None:
    """A `quality` for a PNG changes nothing in the picture: it was `drawn_wrong`, and strict
    refused a render whose picture the option does not change."""
    heading = "elements: [{type: heading, text: Orders}]\n"
    (warning,) = validate_for_render(heading, RenderOptions(quality=60)).warnings
    assert (warning.code, warning.kind, warning.as_dict()["kind"]) == (
        "option_ignored",
        OPTION_IGNORED,
        "option_ignored",
    )
    assert warning_kind("option_ignored") == OPTION_IGNORED and not fails_strict("option_ignored", True)
    assert fails_strict("option_ignored", "all")
    assert validate_for_render(heading, RenderOptions(quality=60), strict=True).ok
    assert not validate_for_render(heading, RenderOptions(quality=60), strict="all").ok
