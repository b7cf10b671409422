"""A variant is read in any case and with stray spaces, by the renderers and the validator alike."""

from __future__ import annotations

import pytest

from kernel.dsl.validate import validate_document
from tests.support.elements import classes_of, render_element


@pytest.mark.parametrize(
    ("kind", "written", "drawn_class"),
    [("button", "Danger", "dsl-button--danger"), ("card", "Outline", "dsl-card--outline"),
     ("tabs", " Pills ", "dsl-tabs--pills"), ("list", "DIVIDED", "dsl-list--divided")],
)  # fmt: skip
def test_a_variant_in_another_case_is_drawn_and_not_warned(kind: str, written: str, drawn_class: str) -> None:
    element = {"type": kind, "variant": written, "items": ["One", "Two"]}
    assert drawn_class in classes_of(render_element(**element))
    warnings = validate_document({"elements": [element]}).warnings
    assert not [w for w in warnings if w.path == "/elements/0/variant"]


def test_an_unknown_variant_still_warns_whatever_its_case() -> None:
    warnings = validate_document(
        {"elements": [{"type": "button", "text": "Go", "variant": "Dangr"}]}
    ).warnings
    assert [w.code for w in warnings if w.path == "/elements/0/variant"] == ["unknown_variant"]
