"""docs/dsl.md names every field the JSON Schema gives an element, an item, an option and a table
column: editors offer them all, so the reference describes them all."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.schema import json_schema
from tests.support.reference import REFERENCE

DEFINITIONS = json_schema()["$defs"]
COMMON_FIELDS = REFERENCE[REFERENCE.index("## Common element fields") : REFERENCE.index("## Elements")]


def _paragraph(start: str) -> str:
    """The paragraph of the common fields that starts with `start` (`**Items**`)."""
    return COMMON_FIELDS[COMMON_FIELDS.index(start) :].split("\n\n")[0].split("\n**")[0]


def test_the_common_fields_name_every_field_of_an_element() -> None:
    named = set(re.findall(r"`(\w+)`", COMMON_FIELDS))
    assert set(DEFINITIONS["Element"]["properties"]) - named == set()


@pytest.mark.parametrize(
    ("model", "start"), [("Item", "**Items**"), ("Option", "**Options**"), ("Column", "**Columns**")]
)
def test_the_paragraph_of_an_entry_names_each_of_its_fields(model: str, start: str) -> None:
    """An item's `indent` and `name`, an option's `description`: each is in its paragraph."""
    named = set(re.findall(r"\w+", _paragraph(start)))
    assert set(DEFINITIONS[model]["properties"]) - named == set()
