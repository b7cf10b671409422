"""Checkboxes, radios, switches, textareas and uploads: the compiled HTML of their error states and
rows, and the sizes a density may set (the pixels are checked in
tests/integration/test_render_form_choices.py)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import prepare_render
from tests.support.css_rules import css_rule
from tests.support.elements import classes_of, render_element

ERROR_ICON = 'data-icon="circle-alert"'


def page(*elements: dict[str, Any]) -> str:
    return prepare_render({"width": 500, "elements": list(elements)}, RenderOptions()).html


@pytest.mark.parametrize("kind", ["checkbox", "toggle"])
def test_a_choices_error_is_the_fields_red_message_under_its_hint(kind: str) -> None:
    """Its hint is kept, above the error, as a lone radio's (the error replaced it)."""
    html = render_element(type=kind, label="Accept", hint="Optional", error="You must accept")
    message = r'<span class="dsl-field-error"><span class="dsl-i"[^>]*><svg [^>]*circle-alert.*?</svg></span>'
    assert re.search(
        '<span class="dsl-choice-hint">Optional</span>' + message + "You must accept</span>", html
    )
    assert "is-invalid" in classes_of(html)


@pytest.mark.parametrize("kind", ["checkbox", "toggle"])
def test_a_choices_hint_or_description_stays_grey_without_an_error(kind: str) -> None:
    for field in ("hint", "description"):
        html = render_element(type=kind, label="News", **{field: "Monthly"})
        assert '<span class="dsl-choice-hint">Monthly</span>' in html and ERROR_ICON not in html


def test_a_lone_radio_draws_its_hint_then_its_error_and_a_group_in_error_is_invalid() -> None:
    lone = render_element(type="radio", label="Pickup", hint="Free", error="Not today")
    assert lone.index("dsl-choice-hint") < lone.index("dsl-field-error") and ERROR_ICON in lone
    group = render_element(type="radio", label="Plan", options=["A", "B"], error="Pick one")
    assert "is-invalid" in classes_of(group)


def test_a_textarea_given_rows_is_cut_at_its_last_row_and_one_without_grows() -> None:
    """`--rows` carries the count to the line clamp; without `rows` there is no clamp."""
    field = render_element(type="textarea", label="Notes", rows=2, value="x")
    assert re.search(r'class="dsl-control is-multiline has-rows" style="min-height:[^;"]+;--rows:2"', field)
    bare = render_element(type="textarea", rows=3, value="x")
    assert "has-rows" in classes_of(bare) and "--rows:3" in bare
    assert "has-rows" not in render_element(type="textarea", label="Notes", value="x")
    clamp = css_rule(
        ".dsl-textarea.has-rows:not(.has-height)>:is(.dsl-control-value,.dsl-control-placeholder),"
        ".dsl-textarea:not(.has-height)>.has-rows>:is(.dsl-control-value,.dsl-control-placeholder)"
    )
    assert clamp["-webkit-line-clamp"] == "var(--rows)" and clamp["overflow"] == "hidden"


def test_an_upload_in_error_is_invalid_and_its_zone_red() -> None:
    html = render_element(type="upload", label="CV", error="Upload your CV")
    assert "is-invalid" in classes_of(html) and ERROR_ICON in html
    assert css_rule(".dsl-upload.is-invalid .dsl-upload-zone")["border-color"] == "var(--danger)"


def test_checkboxes_radios_and_switches_take_their_size_from_a_densitys_variables() -> None:
    """Today's 18 px marks and 38x22 switch are the fallbacks; the knob follows the track."""
    marks = css_rule(".dsl-checkmark,.dsl-radiomark")
    assert marks["width"] == marks["height"] == "var(--check-size,18px)"
    switch = css_rule(".dsl-switch")
    assert (switch["width"], switch["height"]) == ("var(--toggle-w,38px)", "var(--toggle-h,22px)")
    assert css_rule(".dsl-switch::after")["width"] == "calc(var(--toggle-h,22px) - 4px)"
    on = css_rule(".is-checked>.dsl-switch::after")["inset-inline-start"]
    assert on == "calc(var(--toggle-w,38px) - var(--toggle-h,22px) + 2px)"


def test_the_error_sheet_goes_with_a_page_of_inputs_only() -> None:
    """A wrapped error's icon stays on its first line on any page, not only where forms are drawn."""
    html = page({"type": "input", "label": "Email", "error": "Enter a valid address"})
    assert ".dsl-field-error>.dsl-i{height:1lh;line-height:inherit}" in html


@pytest.mark.parametrize("kind", ["input", "select", "search", "textarea"])
@pytest.mark.parametrize(
    ("size", "shown"), [("sm", "is-sm"), ("Large", "is-lg"), ("md", None), ("xl", "is-lg")]
)
def test_a_fields_size_is_a_class_on_its_box_labelled_or_not(kind: str, size: str, shown: str | None) -> None:
    """`size` sm or lg (`small`, `Large`) marks the field's box, whose --control-h the sheet makes
    the small or large one; md draws the default field, and a size past lg (xl) the large one."""
    for extra in ({}, {"label": "Name"}):
        classes = classes_of(render_element(type=kind, size=size, **extra))
        assert {"is-sm", "is-lg"} & set(classes) == ({shown} if shown else set()), (extra, classes)
    assert css_rule(":is(.dsl-control,.dsl-field).is-sm")["--control-h"] == "var(--control-h-sm)"
    assert css_rule(":is(.dsl-control,.dsl-field).is-lg")["--control-h"] == "var(--control-h-lg)"


def test_the_field_line_goes_with_a_page_of_inputs_only() -> None:
    """A row of an input and a checkbox (drawn by two modules) gets the rules that put the
    checkbox on the input's box; a page without a row leaves them out."""
    row = {
        "type": "row",
        "children": [{"type": "input", "label": "Coupon"}, {"type": "checkbox", "label": "Gift"}],
    }
    assert "--field-line:var(--control-h)" in page(row)
    assert "--field-line" not in page({"type": "input", "label": "Coupon"})


def test_a_marked_answer_validates_and_takes_its_tone_and_verdict() -> None:
    """A radio option's and a checkbox's `variant: success|danger` (a quiz's review): the tester's
    options were refused (an option had only label, value, description and disabled)."""
    from kernel.dsl.compiler import compile_html
    from kernel.dsl.model import Document
    from kernel.dsl.options import Viewport
    from kernel.dsl.validate import validate_data

    document = {"elements": [
        {"type": "radio", "value": "mar", "options": [
            {"label": "MAR", "value": "mar", "variant": "Danger"}, {"label": "MNAR", "value": "mnar", "variant": "success"}]},
        {"type": "checkbox", "label": "Deleting every patient", "checked": True, "variant": "danger"}]}  # fmt: skip
    result = validate_data(document)
    assert result.ok and not result.warnings, (result.errors, result.warnings)
    html = compile_html(Document.model_validate(document), Viewport(width=400, height=300, scale=1.0))
    assert html.count('class="dsl-choice is-checked is-danger"') == 1
    assert html.count('class="dsl-choice is-success"') == 1
    assert 'data-icon="circle-x"' in html and 'data-icon="circle-check"' in html
    assert "dsl-checkbox dsl-choice is-checked is-danger" in html


@pytest.mark.parametrize("field", ["tone", "correct", "status"])
def test_an_options_tone_under_another_name_points_at_variant(field: str) -> None:
    from kernel.dsl.validate import validate_data

    option = {"label": "MAR", "value": "mar", field: "danger"}
    result = validate_data({"elements": [{"type": "radio", "options": [option]}]})
    (error,) = result.errors
    assert error.path == f"/elements/0/options/0/{field}"
    assert error.suggestion is not None and error.suggestion.startswith("did you mean 'variant'?"), (
        error.suggestion
    )


def test_another_word_for_an_options_tone_is_an_error_naming_the_two() -> None:
    from kernel.dsl.validate import validate_data

    option = {"label": "MAR", "value": "mar", "variant": "warning"}
    (error,) = validate_data({"elements": [{"type": "radio", "options": [option]}]}).errors
    assert error.path == "/elements/0/options/0/variant" and "success" in error.message + (
        error.suggestion or ""
    )
