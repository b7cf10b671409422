"""The published JSON Schema: Draft 2020-12, described, stable, and in agreement with the validator."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.schema import SCHEMA_DIALECT, SCHEMA_ID, json_schema, json_schema_text
from kernel.dsl.style_rules import STYLE_PROPERTIES

jsonschema = pytest.importorskip("jsonschema")


def test_header() -> None:
    schema = json_schema()
    assert schema["$schema"] == SCHEMA_DIALECT == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID
    assert schema["title"]
    assert schema["description"]
    assert schema["type"] == "object"


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_output_is_stable_and_independent() -> None:
    first = json_schema()
    first["title"] = "changed"
    assert json_schema()["title"] != "changed"
    assert json_schema_text() == json_schema_text()
    assert json.loads(json_schema_text()) == json_schema()


def test_every_property_is_described() -> None:
    schema = json_schema()
    for name, prop in schema["properties"].items():
        assert prop.get("description"), name
    for name, prop in schema["$defs"]["Element"]["properties"].items():
        assert prop.get("description"), name


def test_element_types_and_style_keys_are_listed() -> None:
    element = json_schema()["$defs"]["Element"]
    type_schema = element["properties"]["type"]
    assert set(type_schema["enum"]) == set(ELEMENT_TYPES)
    assert "button:" in type_schema["description"]
    style_branches = element["properties"]["style"]["anyOf"]
    (object_branch,) = [b for b in style_branches if b.get("type") == "object"]
    assert set(object_branch["propertyNames"]["enum"]) == STYLE_PROPERTIES


def test_extra_fields_are_forbidden() -> None:
    schema = json_schema()
    assert schema["additionalProperties"] is False
    assert schema["$defs"]["Element"]["additionalProperties"] is False


@pytest.mark.parametrize(
    ("document", "valid"),
    [
        ({"elements": [{"type": "button", "label": "Go"}]}, True),
        ({"elements": [{"type": "buton"}]}, False),
        ({"elements": [{"type": "text", "style": {"colr": "red"}}]}, False),
        ({"width": "wide"}, False),
        ({"theme": {"base": "dark", "primary": "#fff"}}, True),
    ],
)
def test_schema_agrees_with_the_validator_on_shape(document: dict[str, Any], valid: bool) -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    assert validator.is_valid(document) is valid


def test_example_in_the_schema_is_valid() -> None:
    schema = json_schema()
    validator = jsonschema.Draft202012Validator(schema)
    for example in schema["examples"]:
        validator.validate(example)
