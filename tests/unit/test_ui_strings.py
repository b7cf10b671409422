"""Words elements draw when the author wrote none come in the document's language."""

from __future__ import annotations

from typing import Any, get_args

import pytest

from kernel.dsl.compiler.ui_strings import ENGLISH, STRINGS, UiKey, ui_string, ui_table
from kernel.dsl.prepare import prepare_render

LANGS = ("ja", "zh", "ko", "de", "fr", "es", "pt", "it", "fi", "da", "nb", "no", "nn", "ur")


def body(lang: str | None, *elements: dict[str, Any]) -> str:
    document: dict[str, Any] = {"elements": list(elements)}
    if lang:
        document["lang"] = lang
    return prepare_render(document).html.split("<body>", 1)[1]


def test_every_language_has_every_word_and_no_empty_one() -> None:
    keys = set(get_args(UiKey))
    assert set(ENGLISH) == keys
    for lang, table in STRINGS.items():
        assert set(table) == keys, lang
        assert all(word.strip() == word and word for word in table.values()), lang


@pytest.mark.parametrize("lang", LANGS)
def test_the_asked_languages_are_translated(lang: str) -> None:
    table = ui_table(lang)
    assert table is not ENGLISH
    assert table["pagination_previous"] != "Previous" and table["upload_prompt"] != ENGLISH["upload_prompt"]


@pytest.mark.parametrize(
    ("lang", "previous"),
    [(None, "Previous"), ("", "Previous"), ("en", "Previous"), ("en-GB", "Previous"), ("sw", "Previous"), ("sv", "Föregående"),
     ("ja", "前へ"), ("ja-JP", "前へ"), ("zh", "上一页"), ("zh-CN", "上一页"), ("zh-Hans-HK", "上一页"),
     ("zh-TW", "上一頁"), ("zh-Hant", "上一頁"), ("zh-HK", "上一頁"), ("zh_MO", "上一頁"), ("yue", "上一頁"),
     ("ko", "이전"), ("de-AT", "Zurück"), ("FR-ca", "Précédent"), ("es-MX", "Anterior"), ("it", "Precedente"),
     ("ar-SA", "السابق"), ("he", "הקודם"), ("fa-IR", "قبلی"), ("fi-FI", "Edellinen"), ("da", "Forrige"),
     ("nb", "Forrige"), ("no", "Forrige"), ("nn-NO", "Førre"), ("ur-PK", "پچھلا")],
)  # fmt: skip
def test_a_language_tag_finds_its_table(lang: str | None, previous: str) -> None:
    assert ui_string("pagination_previous", lang) == previous


def test_portuguese_is_brazilian_unless_a_region_says_european() -> None:
    assert ui_string("pagination_next", "pt") == ui_string("pagination_next", "pt-BR") == "Próximo"
    assert ui_string("pagination_next", "pt-PT") == "Seguinte"
    assert "ficheiros" in ui_string("upload_prompt", "pt-PT") and "arquivos" in ui_string(
        "upload_prompt", "pt"
    )


def test_english_is_what_the_elements_always_said() -> None:
    assert ENGLISH == {
        "select_placeholder": "Select…", "search_placeholder": "Search…",
        "upload_prompt": "Drag files here or browse", "pagination_previous": "Previous",
        "pagination_next": "Next", "chart_total": "Total", "chart_empty": "No data", "table_empty": "No rows",
        "notes_title": "Notes", "calendar_more": "+{count} more", "chart_other": "Other",
    }  # fmt: skip


# -- the elements ---------------------------------------------------------------------------------


def test_an_upload_zone_asks_in_the_documents_language() -> None:
    upload = {"type": "upload", "label": "添付"}
    assert ">ファイルをドラッグ＆ドロップ、または参照<" in body("ja", upload)
    assert ">Dateien hierher ziehen oder durchsuchen<" in body("de", upload)
    assert ">Drag files here or browse<" in body(None, upload)
    assert ">自分の文<" in body("ja", {**upload, "text": "自分の文"})
    assert ">Drop it<" in body("ja", {**upload, "placeholder": "Drop it"})


def test_a_select_and_a_search_field_say_it_in_the_documents_language() -> None:
    html = body("ja", {"type": "select", "options": ["a", "b"]}, {"type": "search"})
    assert '<span class="dsl-control-placeholder">選択してください</span>' in html
    assert '<span class="dsl-control-placeholder">検索</span>' in html and "Search…" not in html
    html = body("fr", {"type": "select", "options": ["a"], "placeholder": "Pays"})
    assert ">Pays<" in html


def test_pagination_steps_say_it_in_the_documents_language() -> None:
    pagination = {"type": "pagination", "current": 2, "total": 5}
    assert "<span>前へ</span>" in body("ja", pagination) and "<span>次へ</span>" in body("ja", pagination)
    assert "<span>Zurück</span>" in body("de", pagination)
    assert "<span>Prev</span>" in body("ja", {**pagination, "actions": ["Prev"]})
    assert "<span>次へ</span>" in body("ja", {**pagination, "actions": ["Prev"]})
    assert "<span>Previous</span>" in body(None, pagination)


def test_charts_and_tables_say_it_in_the_documents_language() -> None:
    donut = {"type": "chart", "variant": "donut", "data": {"labels": ["a", "b"], "values": [1, 2]}}
    empty = {"type": "chart", "data": {"labels": [], "values": []}}
    table = {"type": "table", "columns": ["名前"], "rows": []}
    html = body("ja", donut, empty, table)
    assert ">合計<" in html and "Total" not in html
    assert "データがありません" in html and "No data" not in html and "No rows" not in html
