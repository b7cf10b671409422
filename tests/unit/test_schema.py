"""The published JSON Schema: Draft 2020-12, described, stable, and in agreement with the validator."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kernel.dsl.catalog import COLOR_TYPES, DRAWN_FIELDS, ELEMENT_TYPES
from kernel.dsl.model import Element
from kernel.dsl.schema import ELEMENT_FIELDS, SCHEMA_DIALECT, SCHEMA_ID, json_schema, json_schema_text
from kernel.dsl.semantic.fields import DRAWN_BESIDE
from kernel.dsl.sizes import HEADER_SIZES
from kernel.dsl.style_rules import STYLE_PROPERTIES
from kernel.dsl.validate import validate_document

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


def test_a_field_is_described_in_one_place() -> None:
    """ELEMENT_FIELDS describes the fields the model leaves undescribed; it replaced two that the
    model described better (a select's list of values, the attributes read as fields)."""
    described = {name for name, field in Element.model_fields.items() if field.description}
    assert described & set(ELEMENT_FIELDS) == set()
    element = json_schema()["$defs"]["Element"]["properties"]
    assert element["value"]["description"] == Element.model_fields["value"].description


def _types_drawing(name: str) -> set[str]:
    if name == "color":
        return set(COLOR_TYPES)
    return {kind for kind, fields in DRAWN_FIELDS.items() if name in fields} | {
        kind for kind, beside in DRAWN_BESIDE if beside == name
    }


_FEW = 6
"""A field this few types draw is described with each of them (hover help in an editor must not
say `level` is a heading's alone); one most types take (`gap`) says what it does instead."""


@pytest.mark.parametrize(
    "name", sorted(name for name in ELEMENT_FIELDS if 0 < len(_types_drawing(name)) <= _FEW)
)
def test_the_description_of_a_field_few_types_draw_names_each_of_them(name: str) -> None:
    description = json_schema()["$defs"]["Element"]["properties"][name]["description"].lower()
    assert [kind for kind in sorted(_types_drawing(name)) if kind not in description] == []


def test_the_description_of_size_gives_each_kind_of_size() -> None:
    """`size` is a control's height, a text's font size, a modal's width, an icon's px..."""
    description = json_schema()["$defs"]["Element"]["properties"]["size"]["description"]
    for words in (
        "sm|md|lg for buttons",
        "xs|sm|md|lg|xl|2xl or px for texts, avatars",
        "|".join(HEADER_SIZES),
    ):
        assert words in description
    assert all(kind in description for kind in ("header", "section", "modal", "icons", "spacers", "charts"))


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


_NULLED_OPTIONAL_FIELDS = [
    {"elements": None},
    {"elements": [{"type": "card", "children": None}]},
    {"elements": [{"type": "input", "label": "Name", "disabled": None, "readonly": None, "required": None}]},
    {"elements": [{"type": "tabs", "items": [{"label": "One", "active": None, "disabled": None}]}]},
    {"elements": [{"type": "modal", "title": "Delete?", "actions": [{"label": "Delete", "disabled": None}]}]},
    {"elements": [{"type": "select", "options": [{"label": "One", "disabled": None}]}]},
    {"elements": [{"type": "chart", "data": {"labels": None, "values": [1, 2]}}]},
    {
        "elements": [
            {
                "type": "chart",
                "variant": "line",
                "data": {"labels": ["a", "b"], "series": [{"name": "s", "values": [1, 2], "fill": None}]},
            }
        ]
    },
    {"frame": {"type": None, "style": None}},
    {"theme": {"base": None, "primary": "#2563eb"}},
]


@pytest.mark.parametrize("document", _NULLED_OPTIONAL_FIELDS)
def test_null_in_an_optional_field_is_valid_for_the_schema_as_for_the_validator(
    document: dict[str, Any],
) -> None:
    """Validation reads null as "not written"; an editor checking against the schema must agree."""
    assert validate_document(document).ok
    assert jsonschema.Draft202012Validator(json_schema()).is_valid(document)


def test_every_optional_field_of_every_object_admits_null() -> None:
    schema = json_schema()
    for name, model in [("Document", schema), *schema["$defs"].items()]:
        required = set(model.get("required", ()))
        for field_name, prop in model["properties"].items():
            if field_name not in required:
                assert {"type": "null"} in prop.get("anyOf", []), f"{name}.{field_name}"


def test_a_required_field_stays_non_null() -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    assert not validator.is_valid({"elements": [{"type": None}]})
