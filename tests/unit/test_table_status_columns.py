"""Which table columns draw their texts as status badges: one headed as statuses, or one with
several status words; not a one-row Note column that says "ok"."""

from __future__ import annotations

from tests.support.elements import render_element


def test_one_status_word_in_a_column_not_headed_as_statuses_stays_text() -> None:
    html = render_element(
        type="table",
        columns=[
            {"key": "a", "label": "Product"},
            {"key": "b", "label": "Qty"},
            {"key": "c", "label": "Note"},
        ],
        rows=[{"a": "Widget", "b": 2, "c": "ok"}],
    )
    assert "dsl-pill" not in html and ">ok</td>" in html


def test_one_status_word_under_a_status_header_is_a_badge() -> None:
    for label in ("Status", "State", "Estado", "Payment status"):
        html = render_element(type="table", columns=["Order", label], rows=[["A-1", "Paid"]])
        assert "dsl-pill--success" in html, label


def test_several_status_words_make_a_column_of_badges_whatever_its_header() -> None:
    html = render_element(type="table", columns=["Order", "Note"], rows=[["A-1", "Paid"], ["A-2", "Failed"]])
    assert "dsl-pill--success" in html and "dsl-pill--danger" in html


def test_clinical_status_words_are_badges_of_their_tone() -> None:
    words = {
        "Stable": "success", "Given": "success", "Critical": "danger", "Missed dose": "danger",
        "Watch": "warning", "Isolation": "warning", "Held": "warning", "Due": "warning",
        "Pending labs": "warning", "Discharge today": "info", "Discharged": "neutral",
    }  # fmt: skip
    html = render_element(
        type="table", columns=["Bed", "Status"], rows=[[str(i), w] for i, w in enumerate(words)]
    )
    for word, tone in words.items():
        assert f'<span class="dsl-pill dsl-pill--{tone}"><i></i>{word}</span>' in html, word


def test_a_transfer_in_a_column_of_payment_types_stays_text() -> None:
    html = render_element(
        type="table", columns=["Date", "Type"], rows=[["Jul 2", "Transfer"], ["Jul 3", "Transfer"]]
    )
    assert "dsl-pill" not in html
