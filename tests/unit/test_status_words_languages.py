"""Status words and headers of Hebrew, Russian, Finnish, Thai and Hindi: their status cells are
badges in their tone, as in English, German, Arabic or Japanese (they stayed plain text)."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.status_words import status_tone
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport

TABLES = {
    "he": ("סטטוס", ["שולם", "ממתין", "בוטל", "הוחזר"]),
    "ru": ("Статус", ["Оплачен", "В ожидании", "Отменён", "Черновик"]),
    "fi": ("Tila", ["Maksettu", "Odottaa", "Peruttu", "Luonnos"]),
    "th": ("สถานะ", ["ชำระแล้ว", "รอดำเนินการ", "ยกเลิก", "ฉบับร่าง"]),
    "hi": ("स्थिति", ["सक्रिय", "लंबित", "विफल", "मसौदा"]),
}
TONES = ["success", "warning", "danger", "neutral"]


@pytest.mark.parametrize("lang", TABLES)
def test_each_languages_status_words_have_their_tone(lang: str) -> None:
    _, words = TABLES[lang]
    assert [status_tone(word) for word in words] == TONES


def test_spelling_variants_read_as_the_word() -> None:
    assert status_tone("ОТМЕНЕН") == status_tone("отменён") == "danger"  # ё written as е
    assert status_tone("  в   ожидании ") == "warning"
    assert status_tone("Odottaa") == "warning" and status_tone("Tila") is None


@pytest.mark.parametrize("lang", TABLES)
def test_a_column_under_the_languages_status_header_is_drawn_as_badges(lang: str) -> None:
    """Headed Status in the language: one status word under it is enough (a "Note" column needs two)."""
    header, words = TABLES[lang]
    rows = [["#1", words[0]], ["#2", "—"]]
    table = Element.model_validate({"type": "table", "columns": ["#", header], "rows": rows})
    html = RenderContext(viewport=Viewport(800, 600, 1), lang=lang).render(table)
    assert re.findall(r'dsl-pill--(\w+)"><i></i>([^<]+)<', html) == [("success", words[0])]
