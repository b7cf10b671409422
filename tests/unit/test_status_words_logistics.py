"""A carrier's and a warehouse's status words take their tone (Exception red, Customs hold amber,
Dispatched green; they were grey badges), and Locked, a lesson or an achievement not open yet, is
grey (it was red, as an error is), in English and in the 14 other languages."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.elements.status_words import status_tone
from tests.support.elements import render_element

TRACKING = {
    "Exception": "danger",
    "Damaged": "danger",
    "Failed delivery attempt": "danger",
    "Customs hold": "warning",
    "Awaiting pickup": "warning",
    "Short": "warning",
    "Dispatched": "success",
    "Picked": "success",
    "Packed": "success",
    "Returned": "neutral",
    "Shipped": "success",
    "In transit": "info",
    "Lost": "danger",
}
"""A shipments table's statuses and the tone each is drawn in (the last four were known before)."""

TRANSLATED = {
    "fr": ("Prélevé", "Retenu en douane", "Endommagé", "Verrouillé"),
    "de": ("Kommissioniert", "Wartet auf Abholung", "Beschädigt", None),
    "es": ("Despachado", "Retenido en aduana", "Entrega fallida", None),
    "pt": ("Expedido", "Retido na alfândega", "Danificado", "Trancado"),
    "it": ("Prelevato", "Fermo in dogana", "Danneggiato", None),
    "ja": ("出荷済み", "通関保留", "配達失敗", "ロック中"),
    "zh": ("已出库", "海关扣留", "派送失败", "已锁定"),
    "ko": ("출고 완료", "통관 보류", "배송 실패", "잠김"),
    "ar": ("تم الإرسال", "محتجز في الجمارك", "تالف", "مقفل"),
    "he": ("שוגר", "ממתין לאיסוף", "פגום", "נעול"),
    "ru": ("Отгружен", "Задержан на таможне", "Повреждён", None),
    "fi": ("Kerätty", "Odottaa noutoa", "Vaurioitunut", "Lukittu"),
    "th": ("แพ็กแล้ว", "ติดศุลกากร", "จัดส่งไม่สำเร็จ", "ถูกล็อก"),
    "hi": ("रवाना", "कस्टम होल्ड", "क्षतिग्रस्त", "लॉक"),
}
"""Per language: dispatched (or picked, packed), customs hold (or awaiting pickup), damaged (or a
failed delivery) and locked. German, Spanish, Italian and Russian say locked and blocked with one
word (gesperrt, bloqueado, bloccato, заблокирован): it stays danger, as blocked is."""


def pills(html: str) -> list[tuple[str, str]]:
    return re.findall(r'dsl-pill--(\w+)"><i></i>([^<]+)<', html)


def test_a_shipments_status_column_draws_each_word_in_its_tone() -> None:
    rows = [[f"A{index}", word] for index, word in enumerate(TRACKING)]
    html = render_element(type="table", columns=["Tracking", "Status"], rows=rows)
    assert pills(html) == [(tone, word) for word, tone in TRACKING.items()]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_each_language_has_the_logistics_words_and_locked(lang: str) -> None:
    dispatched, held, damaged, locked = TRANSLATED[lang]
    assert [status_tone(dispatched), status_tone(held), status_tone(damaged)] == [
        "success",
        "warning",
        "danger",
    ]
    assert locked is None or status_tone(locked) == "neutral"


def test_locked_is_a_grey_badge_on_a_list_row_and_a_card() -> None:
    """An LMS's achievements (a list's badges) and its course cards: Locked was the red of Failed."""
    achievements = render_element(
        type="list",
        items=[{"label": "Night owl", "badge": "Locked"}, {"label": "First lesson", "badge": "Completed"}],
    )
    assert re.findall(r'dsl-pill dsl-pill--(\w+)">(\w+)<', achievements) == [
        ("neutral", "Locked"),
        ("success", "Completed"),
    ]
    course = render_element(type="card", title="Advanced SQL", badge="Locked")
    assert "dsl-badge dsl-badge--neutral dsl-card-badge" in course
    assert status_tone("Blocked") == "danger"  # a blocked task stays red
