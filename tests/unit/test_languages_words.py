"""More languages for the built-in words, the week starting as in the language's main country, and
the numbers the tool writes (a rating's score, a slider's scale, an upload's progress) in the
document's language."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler.calendar_words import calendar_words
from kernel.dsl.compiler.numbers_local import (
    local_number,
    local_percent,
    localize_number_text,
    number_in_text,
)
from kernel.dsl.compiler.ui_strings import ENGLISH, STRINGS, ui_string, ui_table
from kernel.dsl.prepare import prepare_render

NEW_LANGUAGES = ("pl", "hi", "tr", "vi", "id", "th", "uk", "cs", "sv", "el", "ro", "hu")
SUNDAY, SATURDAY, MONDAY = 6, 5, 0


def body(lang: str | None, *elements: dict[str, Any]) -> str:
    document: dict[str, Any] = {"elements": list(elements)}
    if lang:
        document["lang"] = lang
    return prepare_render(document).html.split("<body>", 1)[1]


# -- the words ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", NEW_LANGUAGES)
def test_the_new_languages_translate_every_word(lang: str) -> None:
    table = ui_table(lang)
    assert table is STRINGS[lang]
    untranslated = {key for key, word in table.items() if word == ENGLISH[key]}
    # "Total" is Indonesian and Romanian too.
    assert untranslated <= {"chart_total"}, (lang, untranslated)


@pytest.mark.parametrize(
    ("lang", "previous"),
    [("pl-PL", "Poprzednia"), ("hi-IN", "पिछला"), ("tr-TR", "Önceki"), ("vi-VN", "Trước"),
     ("sv-FI", "Föregående"), ("pt-BR", "Anterior"), ("zh-Hant-TW", "上一頁"), ("zh-Hant", "上一頁"),
     ("en-US", "Previous"), ("sw", "Previous")],
)  # fmt: skip
def test_a_regional_tag_falls_back_to_its_language(lang: str, previous: str) -> None:
    assert ui_string("pagination_previous", lang) == previous


def test_the_notes_title_and_the_more_count_are_words_of_every_language() -> None:
    assert (ENGLISH["notes_title"], ENGLISH["calendar_more"].format(count=3)) == ("Notes", "+3 more")
    for lang, table in STRINGS.items():
        assert table["calendar_more"].count("{count}") == 1, lang
        assert table["calendar_more"].format(count=12) != table["calendar_more"], lang
    assert ui_string("notes_title", "de") == "Notizen" and ui_string("notes_title", "ja") == "メモ"
    assert ui_string("calendar_more", "ko").format(count=2) == "2개 더보기"
    assert ui_string("calendar_more", "fr").format(count=1) == "+1 de plus"  # no plural to agree


def test_the_built_in_words_of_the_elements_come_in_polish() -> None:
    html = body(
        "pl",
        {"type": "select", "options": ["a"]},
        {"type": "upload"},
        {"type": "pagination", "current": 2, "total": 9},
        {"type": "table", "columns": ["A"], "rows": []},
    )
    assert '<span class="dsl-control-placeholder">Wybierz…</span>' in html
    assert ">Przeciągnij pliki tutaj lub wybierz<" in html
    assert "<span>Poprzednia</span>" in html and "<span>Następna</span>" in html
    assert ">Brak danych<" in html
    assert not {"Select…", "Drag files", "Previous", "No rows"} & set(re.findall(r">([^<>]+)<", html))


# -- the first day of the week --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bare", "regional", "first"),
    [("ko", "ko-KR", SUNDAY), ("ja", "ja-JP", SUNDAY), ("he", "he-IL", SUNDAY), ("hi", "hi-IN", SUNDAY),
     ("en", "en-US", SUNDAY), ("pt", "pt-BR", SUNDAY), ("th", "th-TH", SUNDAY), ("zh-Hant", "zh-TW", SUNDAY),
     ("ar", "ar-EG", SATURDAY), ("fa", "fa-IR", SATURDAY),
     ("zh", "zh-CN", MONDAY), ("de", "de-DE", MONDAY), ("vi", "vi-VN", MONDAY), ("pl", "pl-PL", MONDAY)],
)  # fmt: skip
def test_a_bare_language_starts_the_week_as_its_main_country(bare: str, regional: str, first: int) -> None:
    assert (
        calendar_words(bare, 2025, 7).first_weekday
        == calendar_words(regional, 2025, 7).first_weekday
        == first
    )


def test_a_region_still_decides_and_no_language_stays_monday_first() -> None:
    assert calendar_words("en-GB", 2025, 7).first_weekday == MONDAY
    assert calendar_words("ar-MA", 2025, 7).first_weekday == MONDAY
    assert calendar_words("ar-SA", 2025, 7).first_weekday == SUNDAY
    assert calendar_words(None, 2025, 7).first_weekday == MONDAY
    assert calendar_words("xx", 2025, 7).first_weekday == MONDAY


def test_a_korean_month_grid_opens_on_sunday() -> None:
    calendar = {"type": "calendar", "month": "2025-07"}
    head = re.search(r'<div class="dsl-cal-week">(.*?)</div>', body("ko", calendar))
    assert head and head.group(1).startswith("<span>일</span>")  # 일요일, Sunday


# -- numbers --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "score"),
    [(None, "4.5"), ("en", "4.5"), ("ja", "4.5"), ("pt-BR", "4,5"), ("de", "4,5"), ("fr", "4,5"),
     ("es", "4,5"), ("it", "4,5"), ("ru", "4,5"), ("pl", "4,5"), ("tr", "4,5"), ("vi", "4,5"), ("es-MX", "4.5")],
)  # fmt: skip
def test_a_rating_writes_its_score_in_the_documents_language(lang: str | None, score: str) -> None:
    html = body(lang, {"type": "rating", "value": 4.5})
    assert f'<span class="dsl-rating-score">{score}</span>' in html
    assert 'data-score="4.5"' in html  # the attribute stays machine-readable


def test_an_authors_rating_text_is_drawn_as_written() -> None:
    assert '<span class="dsl-rating-score">4.5/5</span>' in body(
        "de", {"type": "rating", "value": 4.5, "text": "4.5/5"}
    )


def test_a_slider_writes_its_scale_and_value_in_the_documents_language() -> None:
    slider = {"type": "slider", "label": "Anteil", "value": 2.5, "min": 0.5, "max": 7.5}
    html = body("de", slider)
    assert '<div class="dsl-slider-scale"><span>0,5</span><span>7,5</span></div>' in html
    assert '<span class="dsl-slider-value">2,5</span>' in html
    english = body(None, slider)
    assert '<div class="dsl-slider-scale"><span>0.5</span><span>7.5</span></div>' in english


def test_a_slider_reads_the_number_in_its_text_with_the_languages_signs() -> None:
    slider = {"type": "slider", "label": "Valor", "value": "R$ 2,50", "min": 0, "max": 10}
    assert "inset-inline-start:25.00%" in body("pt-BR", slider)  # 2.5 of 10, not 250
    assert '<span class="dsl-slider-value">R$ 2,50</span>' in body("pt-BR", slider)
    assert "inset-inline-start:90.00%" in body(None, {**slider, "value": "€9.00", "max": 10})


def test_an_uploads_progress_is_a_percentage_in_the_documents_language() -> None:
    upload = {"type": "upload", "items": [{"label": "a.pdf", "value": 45}]}
    assert '<span class="dsl-upload-size">45%</span>' in body(None, upload)
    assert '<span class="dsl-upload-size">45\xa0%</span>' in body("de", upload)
    assert '<span class="dsl-upload-size">%45</span>' in body("tr", upload)


def test_the_number_helpers() -> None:
    assert [local_number(v, None) for v in (4.5, 12, 0.25, -3)] == ["4.5", "12", "0.25", "-3"]
    assert local_number(4.5, "pt-BR") == "4,5" and local_number(4.5, "de-CH") == "4.5"
    assert local_percent(62.5, None) == local_percent(62.5, "en") == "62%"
    assert localize_number_text("1,234.50", "pt-BR") == "1.234,50"
    assert localize_number_text("1,234.50", "fr") == "1\u202f234,50"
    assert localize_number_text("1,234.50 of 2", None) == "1,234.50 of 2"
    assert number_in_text("€1,200.50", None) == 1200.5
    assert number_in_text("1.200,50 €", "de") == 1200.5
    assert number_in_text("1 200,50 zł", "pl") == 1200.5  # a typed space groups like CLDR's no-break one
    assert number_in_text("no digits", "de") is None


def test_a_sliders_ends_and_number_are_grouped_and_carry_the_values_currency() -> None:
    """A limit slider's ends read "0" and "10000" under "$2,500", and a value of 2500 read "2500":
    the slider groups its figures as a table and a stat do, in the document's language, and its
    ends carry the currency or unit the value is written with (not its words)."""
    limit = {"type": "slider", "label": "Daily limit", "min": 0, "max": 10000, "value": "$2,500"}
    assert '<div class="dsl-slider-scale"><span>$0</span><span>$10,000</span></div>' in body(None, limit)
    numeric = {**limit, "value": 2500}
    assert '<div class="dsl-slider-scale"><span>0</span><span>10,000</span></div>' in body(None, numeric)
    assert '<span class="dsl-slider-value">2,500</span>' in body(None, numeric)
    assert '<span class="dsl-slider-value">2.500</span>' in body("de", numeric)
    euros = {**limit, "value": "2.500 €"}
    assert '<div class="dsl-slider-scale"><span>0 €</span><span>10.000 €</span></div>' in body("de", euros)
    below = {**limit, "min": -500, "value": "$-100"}
    assert "<span>-$500</span>" in body(None, below)  # the sign before the currency
    worded = {**limit, "value": "Up to 2,500 per day"}
    assert '<div class="dsl-slider-scale"><span>0</span><span>10,000</span></div>' in body(None, worded)
    km = {**limit, "max": 50, "value": "12 km"}
    assert '<div class="dsl-slider-scale"><span>0 km</span><span>50 km</span></div>' in body(None, km)
