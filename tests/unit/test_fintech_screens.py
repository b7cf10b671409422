"""A fintech designer's screens, compiled: quick actions stay a row on a phone (a row that does
stack is told of), banking status words are badges, amounts with any currency are toned by their
sign and read as written, and Japanese dates in a table stay whole."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler.bidi import FSI, LRI, PDI, isolate_texts
from kernel.dsl.compiler.elements.status_words import status_tone
from kernel.dsl.compiler.elements.table_cells import cell_text
from kernel.dsl.compiler.signed_changes import signed_tone
from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import prepare_render, validate_for_render
from kernel.warning_kinds import NOTE, warning_kind
from tests.support.elements import render_element


def quick_action(icon: str, caption: str) -> dict[str, Any]:
    button = {"type": "button", "icon": icon, "variant": "secondary"}
    return {"type": "column", "align": "center", "gap": 4,
            "children": [button, {"type": "text", "text": caption, "size": "xs"}]}  # fmt: skip


QUICK_ACTIONS = [
    quick_action("arrow-up-right", "Send"),
    quick_action("arrow-down-left", "Request"),
    quick_action("plus", "Top up"),
    quick_action("receipt", "Pay bills"),
]
WORDY_PANES = [
    {"type": "column", "children": [{"type": "heading", "text": "Plan"},
                                    {"type": "paragraph", "text": "What the plan holds, in a sentence or two."}]},
    {"type": "column", "children": [{"type": "heading", "text": "Billing"},
                                    {"type": "paragraph", "text": "When and how the plan is paid for."}]},
]  # fmt: skip


def phone(*elements: dict[str, Any]) -> dict[str, Any]:
    return {"device": "mobile", "height": "auto", "elements": list(elements)}


def row_tag(document: dict[str, Any]) -> str:
    html = prepare_render(document).html
    start = html.index('<div class="dsl-row')
    return html[start : html.index(">", start)]


def notes(document: dict[str, Any]) -> list[tuple[str, str]]:
    result = validate_for_render(document, RenderOptions())
    return [(w.path, w.message) for w in result.warnings if w.code == "row_stacked"]


# -- quick actions on a phone --------------------------------------------------------------------


def test_four_small_columns_stay_one_row_on_a_phone_and_nothing_is_told() -> None:
    document = phone({"type": "row", "justify": "between", "children": QUICK_ACTIONS})
    assert "stacks-panes" not in row_tag(document)
    assert notes(document) == []


def test_columns_of_words_that_do_not_fit_still_stack_and_the_render_says_so() -> None:
    document = phone({"type": "card", "children": [{"type": "row", "children": WORDY_PANES}]})
    assert "stacks-panes" in row_tag(document)
    [(path, message)] = notes(document)
    assert path == "/elements/0/children/0"
    assert "2 children are drawn one under another" in message and "416 px" in message
    assert "358 px" in message


def test_a_sidebar_stacked_on_a_phone_is_told_as_a_note() -> None:
    body = {"type": "column", "children": [{"type": "text", "text": "Body"}]}
    document = phone({"type": "row", "children": [{"type": "sidebar", "items": ["Home"]}, body]})
    result = validate_for_render(document, RenderOptions())
    [warning] = [w for w in result.warnings if w.code == "row_stacked"]
    assert "sidebar and the content beside it" in warning.message
    assert warning_kind(warning.code) == NOTE and warning.kind == NOTE
    assert validate_for_render(document, RenderOptions(), strict=True).errors == []


def test_the_same_rows_on_a_wide_canvas_are_not_stacked_nor_told_of() -> None:
    document = {"width": 1024, "height": 400, "elements": [{"type": "row", "children": WORDY_PANES}]}
    assert "stacks-panes" not in row_tag(document)
    assert notes(document) == []


def test_unsized_cards_a_phone_puts_one_to_a_line_are_told_as_a_note() -> None:
    cards = [{"type": "card", "title": name, "text": "Balance"} for name in ("Checking", "Savings")]
    document = phone({"type": "row", "children": cards})
    [(path, message)] = notes(document)
    assert path == "/elements/0"
    assert "2 children are drawn one under another" in message and "416 px" in message
    sized = [{**card, "layout": {"width": 160}} for card in cards]
    assert notes(phone({"type": "row", "children": sized})) == []  # 160 px each: side by side


def test_too_many_quick_actions_for_the_phone_stack_with_a_note() -> None:
    actions = [quick_action("plus", f"Action {n}") for n in range(7)]
    document = phone({"type": "row", "children": actions})
    assert "stacks-panes" in row_tag(document)
    assert [path for path, _ in notes(document)] == ["/elements/0"]


# -- status words of a bank --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "tone"),
    [("Posted", "success"), ("Booked", "success"), ("Settled", "success"), ("Cleared", "success"),
     ("Authorized", "warning"), ("On hold", "warning"), ("Processing", "warning"), ("Scheduled", "warning"),
     ("Chargeback", "danger"), ("Insufficient funds", "danger"), ("Reversed", "neutral"), ("Refunded", "neutral"),
     ("Gebucht", "success"), ("Vorgemerkt", "warning"), ("Rückbuchung", "danger"), ("Zurückgebucht", "neutral"),
     ("Comptabilisé", "success"), ("Contabilizado", "success"), ("Estornado", "neutral"), ("Contabilizzato", "success"),
     ("確定", "success"), ("保留", "warning"), ("已入账", "success"), ("입금 완료", "success"), ("مرحل", "success"),
     ("בוצע", "success"), ("Проведено", "success"), ("Kirjattu", "success"), ("โอนแล้ว", "success"),
     ("जमा हो गया", "success"), ("Terminiert", "warning"), ("Programado", "warning")],
)  # fmt: skip
def test_banking_status_words_have_their_tone(word: str, tone: str) -> None:
    assert status_tone(word) == tone


def badges(columns: list[Any], cells: list[str]) -> list[str]:
    html = render_element(type="table", columns=columns, rows=[[cell] for cell in cells])
    return re.findall(r'dsl-pill--\w+"><i></i>([^<]+)<', html)


def test_a_status_column_of_a_bank_history_is_drawn_as_badges() -> None:
    history = ["Ausstehend", "Gebucht", "Gebucht", "Abgelehnt", "Gebucht"]
    assert badges(["Status"], history) == history


def test_under_a_status_header_a_third_of_known_words_is_enough_when_every_text_is_short() -> None:
    """Words the list lacks (Angewiesen) beside two it knows: badges, the unknown ones neutral."""
    cells = ["Ausstehend", "Angewiesen", "Angewiesen", "Abgelehnt", "Angewiesen", "Angewiesen"]
    assert badges(["Status"], cells) == cells
    assert badges(["Remark"], cells) == []  # no status header: half of the texts are needed


def test_a_state_column_of_codes_with_one_status_like_code_stays_text() -> None:
    assert badges(["State"], ["CA", "OK", "NY"]) == []


# -- amounts with a currency before or after them ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tone"),
    [("-18.50 ر.س", "danger"), ("+15,000.00 ر.س", "success"), ("-18.50 SAR", "danger"), ("+5 SAR", "success"),
     ("-USD 12", "danger"), ("+12 kr", "success"), ("-R$ 10,00", "danger"), ("+1.200 د.م.", "success"),
     ("-12 zł", "danger"), ("+0.00 SAR", "neutral"), ("+3 أيام", None), ("-5 apples", None)],
)  # fmt: skip
def test_a_signed_amount_with_any_currency_has_the_tone_of_its_sign(text: str, tone: str | None) -> None:
    assert signed_tone(text) == tone


def test_a_column_of_signed_amounts_in_riyals_is_toned() -> None:
    for amounts in (["-18.50 ر.س", "+15,000.00 ر.س"], ["-18.50 SAR", "+15,000.00 SAR"]):
        html = render_element(type="table", columns=["Amount"], rows=[[amount] for amount in amounts])
        assert re.findall(r'<td class="[^"]*\bis-(gain|loss)\b', html) == ["loss", "gain"]


@pytest.mark.parametrize("amount", ["-18.50 ر.س", "18.50 ر.س", "ر.س 18.50", "-40 ש&quot;ח"])
def test_an_amount_in_right_to_left_currency_reads_as_written_on_a_left_to_right_page(amount: str) -> None:
    assert isolate_texts(f"<td>{amount}</td>", "ltr") == f"<td>{LRI}{amount}{PDI}</td>"


def test_right_to_left_words_on_a_left_to_right_page_still_take_their_own_direction() -> None:
    assert isolate_texts("<td>راتب شهر يوليو</td>", "ltr") == f"<td>{FSI}راتب شهر يوليو{PDI}</td>"


# -- Japanese dates in a table ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "whole"),
    [("6月30日", "6月30日"), ("7月2日", "7月2日"), ("2025/06/28", "2025/06/28"), ("2025年6月30日(月)", "2025年6月30日(月)"),
     ("2025年6月", "2025年6月"), ("6월 30일", "6월 30일"), ("6月30日まで", "6月30日"), ("06/28/2025", "06/28/2025")],
)  # fmt: skip
def test_a_cjk_or_slashed_date_in_a_cell_stays_whole(text: str, whole: str) -> None:
    assert f'<span class="dsl-table-code">{whole}</span>' in cell_text(text, "ja")


@pytest.mark.parametrize("text", ["v1.2.3", "12/2025", "3/4", "第3四半期"])
def test_other_figures_are_not_read_as_dates(text: str) -> None:
    assert "dsl-table-code" not in cell_text(text, "ja")
