"""Reading docs/dsl.md, the DSL's reference, in tests that keep it and the code in step."""

from __future__ import annotations

import re
from pathlib import Path

REFERENCE = (Path(__file__).parents[2] / "docs" / "dsl.md").read_text(encoding="utf-8")
"""The reference's Markdown."""


def type_section(kind: str) -> str:
    """The reference's `#### \\`kind\\`` section: its description, then its example."""
    found = re.search(rf"^#### `{kind}`\n(.*?)(?=^#### |^## )", REFERENCE, flags=re.MULTILINE | re.DOTALL)
    assert found, kind
    return found.group(1)


def type_description(kind: str) -> str:
    """The prose of a type's section, before its first example."""
    return type_section(kind).split("```")[0]
