"""Validation and data elements: the earlier format's `responsive`, any theme name
and an input's type in `customAttributes`; numbers where words belong; a language's name or a
locale for `lang`; a YAML comma where a value should be; the cell a long row loses; amounts in
local currencies; a list row's skeleton; stats that keep their words whole; a theme font that is
not installed."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.elements import data_sheet, table_rows
from kernel.dsl.compiler.fonts import drawn_instead
from kernel.dsl.model import Column, Document, Option
from kernel.dsl.options import Viewport
from kernel.dsl.schema import json_schema
from kernel.dsl.validate import ValidationResult, validate_data, validate_document
from kernel.errors import Issue

VIEWPORT = Viewport(width=640, height=480, scale=1.0)


def validated(document: dict[str, Any]) -> ValidationResult:
    result = validate_data(document)
    assert result.ok, result.errors
    return result


def warning_at(result: ValidationResult, path: str) -> Issue:
    (found,) = [issue for issue in result.warnings if issue.path == path]
    return found


def page(*elements: dict[str, Any], **document: Any) -> str:
    return compile_html(Document.model_validate({**document, "elements": list(elements)}), VIEWPORT)


# -- 1. the earlier format's `responsive` and theme names -----------------------------------------


RESPONSIVE = {"sm": {"style": {"fontSize": 12}}, "lg": {"layout": {"width": 400}}}


def test_responsive_overrides_are_accepted_with_a_warning_that_says_what_to_write() -> None:
    element = {"type": "text", "text": "Hello", "responsive": RESPONSIVE}
    result = validated({"width": 800, "elements": [element]})
    warning = warning_at(result, "/elements/0/responsive")
    assert warning.code == "field_ignored"
    assert "one screen width is drawn" in warning.message
    assert warning.suggestion == (
        "at the canvas' 800 px the 'sm' look applies: write its fields on the element itself: "
        "style: {fontSize: 12}"
    )
    assert [issue.path for issue in result.warnings] == ["/elements/0/responsive"]


def test_responsive_overrides_draw_nothing() -> None:
    plain = {"type": "text", "text": "Hello"}
    assert page({**plain, "responsive": RESPONSIVE}) == page(plain)


@pytest.mark.parametrize("name", ["default", "modern", "corporate"])
def test_any_theme_name_draws_the_light_theme_and_says_so(name: str) -> None:
    result = validated({"theme": name, "elements": [{"type": "text", "text": "Hi"}]})
    assert result.document is not None and result.document.theme == "light"
    warning = warning_at(result, "/theme")
    assert (warning.code, warning.message) == (
        "invalid_value",
        f"there is no theme '{name}': the light theme is drawn",
    )
    assert "light, dark and wireframe" in str(warning.suggestion)
    assert page({"type": "text", "text": "Hi"}, theme=name) == page({"type": "text", "text": "Hi"})


def test_a_misspelt_theme_is_told_the_theme_meant_and_its_case_does_not_matter() -> None:
    result = validated({"theme": "drak", "elements": []})
    assert warning_at(result, "/theme").suggestion == "did you mean 'dark'?"
    dark = validated({"theme": "Dark", "elements": [{"type": "text", "text": "Hi"}]})
    assert dark.document is not None and dark.document.theme == "dark" and dark.warnings == []


def test_the_published_schema_takes_the_earlier_formats_theme_names_and_responsive() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    document = {"theme": "default", "elements": [{"type": "text", "text": "Hi", "responsive": RESPONSIVE}]}
    jsonschema.Draft202012Validator(json_schema()).validate(document)


# -- 2. an input's type in customAttributes --------------------------------------------------------


def test_an_inputs_type_attribute_is_read_as_its_input_type_and_masks_a_password() -> None:
    written = {
        "type": "input",
        "value": "hunter2",
        "customAttributes": {"type": "password", "aria-label": "Password"},
    }
    result = validated({"elements": [written]})
    assert result.document is not None and result.document.elements[0].inputType == "password"
    html = page(written)
    assert "hunter2" not in html and "•••••••" in html
    assert html == page({"type": "input", "value": "hunter2", "inputType": "password"})


def test_attributes_read_as_fields_or_drawing_nothing_are_not_warned_of() -> None:
    """`type` is read as inputType, `aria-label` draws nothing in any browser: the picture is
    the earlier renderer's, so there is nothing to say."""
    written = {"type": "input", "value": "x", "customAttributes": {"type": "Password", "aria-label": "P"}}
    result = validated({"elements": [written]})
    assert result.warnings == []
    assert result.document is not None and result.document.elements[0].inputType == "password"


def test_an_input_type_given_in_the_dsls_words_wins_over_the_attribute() -> None:
    written = {
        "type": "input",
        "value": "a@b.c",
        "inputType": "email",
        "customAttributes": {"type": "password"},
    }
    result = validated({"elements": [written]})
    assert result.document is not None and result.document.elements[0].inputType == "email"
    warning = warning_at(result, "/elements/0/customAttributes/type")
    assert (warning.code, warning.message, warning.suggestion) == (
        "field_ignored",
        "'customAttributes': 'type' is not drawn: the element's own 'inputType' is",
        "remove it from customAttributes",
    )


def test_a_buttons_type_attribute_is_not_an_input_type() -> None:
    written = {"type": "button", "label": "Go", "customAttributes": {"type": "submit", "data-testid": "go"}}
    result = validated({"elements": [written]})
    assert result.document is not None and result.document.elements[0].inputType is None
    assert result.warnings == []  # a submit button looks like any button; a test id draws nothing


# -- 4. numbers where words belong, a language's name, a comma YAML cannot read ---------------------


def test_numbers_where_words_belong_are_read_as_their_text() -> None:
    chart = {"type": "chart", "data": {"labels": [2024, 2025], "series": [{"name": 2025, "values": [1, 2]}]}}
    table = {"type": "table", "columns": [2024, {"key": "b", "label": 2025}], "rows": [[1, 2]]}
    select = {"type": "select", "options": [10, {"label": 20}]}
    tabs = {"type": "tabs", "items": [2023, {"label": 2024}]}
    calendar = {"type": "calendar", "month": "2025-01", "events": [{"date": "2025-01-02", "label": 5}]}
    texts = {"type": "stat", "label": 2025, "value": 12, "change": 3}
    result = validated({"elements": [chart, table, select, tabs, calendar, texts]})
    document = result.document
    assert document is not None
    chart_data = document.elements[0].data
    assert chart_data is not None and chart_data.labels == ["2024", "2025"]
    assert chart_data.series is not None and chart_data.series[0].name == "2025"
    columns = document.elements[1].columns
    assert isinstance(columns, list) and columns[0] == "2024"
    assert isinstance(columns[1], Column) and columns[1].label == "2025"
    assert document.elements[2].options is not None and document.elements[2].options[0] == "10"
    options = document.elements[2].options
    assert isinstance(options[1], Option) and options[1].label == "20"
    assert document.elements[3].items is not None and document.elements[3].items[0] == "2023"
    assert document.elements[4].events is not None and document.elements[4].events[0].label == "5"
    assert (document.elements[5].label, document.elements[5].change) == ("2025", "3")


def test_a_boolean_is_still_no_text() -> None:
    result = validate_data({"elements": [{"type": "text", "text": True}]})
    assert [(issue.path, issue.message) for issue in result.errors] == [
        ("/elements/0/text", "expected a string, got true")
    ]


@pytest.mark.parametrize(
    ("written", "meant"),
    [("Spanish", "es"), ("pt_BR", "pt-BR"), ("brazilian portuguese", "pt-BR"), ("en_US.UTF-8", "en-US"),
     ("Japanese", "ja")],
)  # fmt: skip
def test_a_languages_name_or_a_locale_is_told_its_tag(written: str, meant: str) -> None:
    result = validate_data({"lang": written, "elements": []})
    (error,) = result.errors
    assert (error.path, error.message) == ("/lang", f"'{written}' is not a language tag")
    assert error.suggestion == f"did you mean '{meant}'?"


def test_a_tag_that_names_nothing_is_told_how_tags_are_written() -> None:
    (error,) = validate_data({"lang": "english!", "elements": []}).errors
    assert error.suggestion == "write a BCP 47 tag such as en, ar, he, ja, pt-BR or zh-Hant"


def test_a_comma_where_yaml_wants_a_value_is_told_in_words_with_the_text_quoted() -> None:
    source = "width: 300\nelements:\n  - {type: text, text: Boa tarde,,}\n"
    (error,) = validate_document(source, filename="a.yaml").errors
    assert error.code == "parse_error"
    assert "expected the node content" not in error.message
    assert error.message.startswith("invalid YAML: a comma where a value should be")
    assert (error.line, error.column) == (3, 34)
    assert error.suggestion == 'quote text that holds a comma: text: "Boa tarde,,"'


def test_a_stray_comma_in_a_list_is_told_how_to_quote_an_entry() -> None:
    (error,) = validate_document("elements:\n  - {type: list, items: [a,,b]}\n", filename="a.yaml").errors
    assert error.message.startswith("invalid YAML: a comma where a value should be")
    assert error.suggestion is not None and 'items: ["Red, green", Blue]' in error.suggestion


# -- 5. the cell a long row loses ------------------------------------------------------------------


def test_a_dropped_cell_is_quoted_shortened_when_long() -> None:
    url = "https://example.com/reports/2025/quarterly/revenue-by-region?format=pdf"
    table = {"type": "table", "columns": ["Name", "Link"], "rows": [["Q3", "Report", url]]}
    warning = warning_at(validated({"elements": [table]}), "/elements/0/rows/0")
    assert warning.code == "row_length"
    shown = re.search(r'the last, "([^"]*)", is not drawn', warning.message)
    assert shown is not None, warning.message
    assert shown.group(1).endswith("...") and url.startswith(shown.group(1).removesuffix("..."))
    assert len(shown.group(1)) <= 40


# -- 6. amounts in local currencies ----------------------------------------------------------------

LOCAL_AMOUNTS = ["26,000원", "5,998元", "1,234.56 TL", "Rs 1,200", "1 234 грн", "%2,35", "€ 12,50", "12,50 zł",
                 "CHF 1'200", "1,200円", "Rs. 950"]  # fmt: skip


@pytest.mark.parametrize("amount", LOCAL_AMOUNTS)
def test_an_amount_in_a_local_currency_is_a_figure_and_keeps_its_column_right(amount: str) -> None:
    assert table_rows.is_numeric(amount)
    html = page({"type": "table", "columns": ["Item", "Price"], "rows": [["A", amount], ["B", "1,000"]]})
    assert html.count('<td class="is-right">') == 2, html


@pytest.mark.parametrize("text", ["TL", "Rs", "원", "12 TLs", "Class 12", "%"])
def test_a_currency_word_alone_or_in_a_name_stays_a_word(text: str) -> None:
    assert not table_rows.is_numeric(text)


# -- 3. a list row's skeleton ----------------------------------------------------------------------


def _bars(html: str, holder: str) -> list[str]:
    """The widths of the bars inside the skeleton whose class is `holder`."""
    found = re.search(rf'<div class="dsl-skeleton {holder}[^"]*"[^>]*>(.*?)</div></div>', html)
    assert found, html
    return re.findall(r'class="dsl-skel-bar" style="width:(\d+)%"', found.group(1))


def test_a_row_skeleton_is_a_face_beside_two_lines() -> None:
    html = page({"type": "skeleton", "variant": "row"})
    assert 'class="dsl-skeleton dsl-skeleton--row' in html and html.count('class="dsl-skel-circle"') == 1
    assert _bars(html, "dsl-skeleton--row") == ["45", "30"]
    assert len(_bars(page({"type": "skeleton", "variant": "row", "lines": 3}), "dsl-skeleton--row")) == 3
    assert validated({"elements": [{"type": "skeleton", "variant": "row"}]}).warnings == []


def test_a_list_item_skeleton_is_told_to_be_a_row() -> None:
    result = validated({"elements": [{"type": "skeleton", "variant": "list-item"}]})
    assert warning_at(result, "/elements/0/variant").suggestion == "did you mean 'row'?"


# -- 7. stats keep their words whole --------------------------------------------------------------


def _rule(selector: str) -> dict[str, str]:
    found = re.search(re.escape(selector) + r"\{([^}]*)\}", data_sheet.CSS)
    assert found, selector
    return dict(part.split(":", 1) for part in found.group(1).split(";") if part)


def test_a_stats_label_and_value_never_break_inside_a_word_and_a_value_too_wide_ends_in_an_ellipsis() -> None:
    label = _rule(".dsl-stat-label")
    assert "overflow-wrap" not in label and "word-break" not in label
    assert label["text-overflow"] == "ellipsis" and label["overflow"] == "clip"
    value = _rule(".dsl-stat-value")
    assert "overflow-wrap" not in value and "word-break" not in value
    # Too wide even at half its size, a figure wraps between words (never inside a number), and a
    # word still too wide ends in an ellipsis (with a text_truncated warning) rather than run into
    # the next card (five stats in a phone's row overlapped).
    assert re.search(r"\.dsl-stat-value>span\{[^}]*max-width:100%[^}]*text-overflow:ellipsis", data_sheet.CSS)
    assert ".dsl-stat-value>span{display:inline-block;white-space:nowrap}" not in data_sheet.CSS


# -- 8. a theme font that is not installed --------------------------------------------------------


@pytest.mark.parametrize(
    ("font", "instead"),
    [("IBM Plex Sans", "Noto Sans"), ("Inter", "Noto Sans"), ("Comic Neue", "Noto Sans"),
     ("Menlo", "Noto Sans Mono"), ("'Fancy Mono', Consolas", "Noto Sans Mono")],
)  # fmt: skip
def test_a_theme_font_that_is_not_installed_warns_with_the_face_drawn(font: str, instead: str) -> None:
    result = validated({"theme": {"font": font}, "elements": [{"type": "text", "text": "Hi"}]})
    warning = warning_at(result, "/theme/font")
    assert warning.code == "font_unavailable"
    assert warning.message.endswith(f"so {instead} is drawn instead"), warning.message
    assert drawn_instead(font) == instead


@pytest.mark.parametrize(
    "font", ["sans-serif", "serif", "monospace", "system-ui", "Inter, sans-serif", "Noto Serif",
             '"Noto Sans Mono"', "DejaVu Sans", "IBM Plex Sans, Noto Sans"]
)  # fmt: skip
def test_a_generic_family_or_a_stack_with_an_installed_one_does_not_warn(font: str) -> None:
    result = validated({"theme": {"font": font}, "elements": [{"type": "text", "text": "Hi"}]})
    assert result.warnings == [], result.warnings
    assert drawn_instead(font) is None


def test_every_warning_code_here_is_documented() -> None:
    from pathlib import Path

    reference = (Path(__file__).parents[2] / "docs" / "dsl.md").read_text(encoding="utf-8")
    for code in ("font_unavailable", "ignored_event_handler", "field_ignored", "invalid_value", "row_length"):
        assert f"| `{code}` |" in reference, code
    assert json.dumps("responsive") in json.dumps(json_schema())
