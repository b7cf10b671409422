"""docs/dsl.schema.json, the published JSON Schema, matches the one generated from the models."""

from __future__ import annotations

import json
from pathlib import Path

from kernel.dsl.schema import json_schema

PUBLISHED = Path(__file__).resolve().parents[2] / "docs" / "dsl.schema.json"
REGENERATE = "regenerate it with `dsl2png schema > docs/dsl.schema.json`"


def test_the_published_schema_file_is_current() -> None:
    assert PUBLISHED.is_file(), f"docs/dsl.schema.json is missing: {REGENERATE}"
    published = json.loads(PUBLISHED.read_text(encoding="utf-8"))
    assert published == json_schema(), f"docs/dsl.schema.json is out of date: {REGENERATE}"
