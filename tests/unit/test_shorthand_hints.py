"""An element written as `{heading: Settings}` is told how to write it with `type`."""

from __future__ import annotations

from kernel.dsl.validate import validate_document


def _suggestions(*elements: object) -> dict[str, str | None]:
    result = validate_document({"elements": list(elements)})
    return {issue.path: issue.suggestion for issue in result.errors}


def test_an_element_type_used_as_a_field_name_is_written_out_with_type() -> None:
    told = _suggestions({"heading": "Settings"}, {"button": "Save changes"})
    assert (
        told["/elements/0/heading"]
        == "an element names its type in 'type': write {type: heading, text: Settings}"
    )
    assert told["/elements/1/button"] == (
        "an element names its type in 'type': write {type: button, text: Save changes}"
    )


def test_a_value_yaml_would_misread_unquoted_is_quoted() -> None:
    told = _suggestions({"paragraph": "Note: read this"})
    assert told["/elements/0/paragraph"] == (
        "an element names its type in 'type': write {type: paragraph, text: \"Note: read this\"}"
    )


def test_an_element_with_a_type_keeps_the_usual_did_you_mean() -> None:
    told = _suggestions({"type": "card", "heading": "Settings"})
    assert "type: heading" not in (told["/elements/0/heading"] or "")
