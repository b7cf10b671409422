"""The words elements draw when the author wrote none, in the document's language.

A select without a `placeholder` says "Select…", pagination says "Previous" and "Next", a donut
chart's centre "Total"; under `lang: ja` they say 選択してください, 前へ and 次へ, 合計, as the
calendar already names its months in the document's language. An author's own text always
wins: these are only the defaults. A language without a table here (or no `lang`) is English.
The right-to-left languages the layout mirrors for (Arabic, Hebrew, Persian) have tables too.
"""

from __future__ import annotations

from typing import Literal

UiKey = Literal[
    "select_placeholder",
    "search_placeholder",
    "upload_prompt",
    "pagination_previous",
    "pagination_next",
    "chart_total",
    "chart_empty",
    "table_empty",
]

ENGLISH: dict[UiKey, str] = {
    "select_placeholder": "Select…",
    "search_placeholder": "Search…",
    "upload_prompt": "Drag files here or browse",
    "pagination_previous": "Previous",
    "pagination_next": "Next",
    "chart_total": "Total",
    "chart_empty": "No data",
    "table_empty": "No rows",
}

STRINGS: dict[str, dict[UiKey, str]] = {
    "ja": {
        "select_placeholder": "選択してください",
        "search_placeholder": "検索",
        "upload_prompt": "ファイルをドラッグ＆ドロップ、または参照",
        "pagination_previous": "前へ",
        "pagination_next": "次へ",
        "chart_total": "合計",
        "chart_empty": "データがありません",
        "table_empty": "データがありません",
    },
    "zh-Hans": {
        "select_placeholder": "请选择",
        "search_placeholder": "搜索",
        "upload_prompt": "将文件拖到此处，或点击浏览",
        "pagination_previous": "上一页",
        "pagination_next": "下一页",
        "chart_total": "总计",
        "chart_empty": "暂无数据",
        "table_empty": "暂无数据",
    },
    "zh-Hant": {
        "select_placeholder": "請選擇",
        "search_placeholder": "搜尋",
        "upload_prompt": "將檔案拖曳到此處，或點擊瀏覽",
        "pagination_previous": "上一頁",
        "pagination_next": "下一頁",
        "chart_total": "總計",
        "chart_empty": "暫無資料",
        "table_empty": "暫無資料",
    },
    "ko": {
        "select_placeholder": "선택하세요",
        "search_placeholder": "검색",
        "upload_prompt": "파일을 여기로 끌어오거나 찾아보기",
        "pagination_previous": "이전",
        "pagination_next": "다음",
        "chart_total": "합계",
        "chart_empty": "데이터 없음",
        "table_empty": "데이터 없음",
    },
    "de": {
        "select_placeholder": "Auswählen…",
        "search_placeholder": "Suchen…",
        "upload_prompt": "Dateien hierher ziehen oder durchsuchen",
        "pagination_previous": "Zurück",
        "pagination_next": "Weiter",
        "chart_total": "Gesamt",
        "chart_empty": "Keine Daten",
        "table_empty": "Keine Einträge",
    },
    "fr": {
        "select_placeholder": "Sélectionner…",
        "search_placeholder": "Rechercher…",
        "upload_prompt": "Glissez vos fichiers ici ou parcourez",
        "pagination_previous": "Précédent",
        "pagination_next": "Suivant",
        "chart_total": "Total",
        "chart_empty": "Aucune donnée",
        "table_empty": "Aucune ligne",
    },
    "es": {
        "select_placeholder": "Seleccionar…",
        "search_placeholder": "Buscar…",
        "upload_prompt": "Arrastra archivos aquí o explora",
        "pagination_previous": "Anterior",
        "pagination_next": "Siguiente",
        "chart_total": "Total",
        "chart_empty": "Sin datos",
        "table_empty": "Sin filas",
    },
    "pt": {  # Brazilian Portuguese, the most used
        "select_placeholder": "Selecionar…",
        "search_placeholder": "Pesquisar…",
        "upload_prompt": "Arraste arquivos para cá ou procure",
        "pagination_previous": "Anterior",
        "pagination_next": "Próximo",
        "chart_total": "Total",
        "chart_empty": "Sem dados",
        "table_empty": "Nenhuma linha",
    },
    "pt-PT": {
        "select_placeholder": "Selecionar…",
        "search_placeholder": "Pesquisar…",
        "upload_prompt": "Arraste ficheiros para aqui ou procure",
        "pagination_previous": "Anterior",
        "pagination_next": "Seguinte",
        "chart_total": "Total",
        "chart_empty": "Sem dados",
        "table_empty": "Nenhuma linha",
    },
    "it": {
        "select_placeholder": "Seleziona…",
        "search_placeholder": "Cerca…",
        "upload_prompt": "Trascina qui i file o sfoglia",
        "pagination_previous": "Precedente",
        "pagination_next": "Successivo",
        "chart_total": "Totale",
        "chart_empty": "Nessun dato",
        "table_empty": "Nessuna riga",
    },
    "nl": {
        "select_placeholder": "Selecteren…",
        "search_placeholder": "Zoeken…",
        "upload_prompt": "Sleep bestanden hierheen of blader",
        "pagination_previous": "Vorige",
        "pagination_next": "Volgende",
        "chart_total": "Totaal",
        "chart_empty": "Geen gegevens",
        "table_empty": "Geen rijen",
    },
    "ru": {
        "select_placeholder": "Выберите…",
        "search_placeholder": "Поиск…",
        "upload_prompt": "Перетащите файлы сюда или выберите",
        "pagination_previous": "Назад",
        "pagination_next": "Далее",
        "chart_total": "Всего",
        "chart_empty": "Нет данных",
        "table_empty": "Нет строк",
    },
    "ar": {
        "select_placeholder": "اختر…",
        "search_placeholder": "بحث…",
        "upload_prompt": "اسحب الملفات إلى هنا أو تصفّح",
        "pagination_previous": "السابق",
        "pagination_next": "التالي",
        "chart_total": "الإجمالي",
        "chart_empty": "لا توجد بيانات",
        "table_empty": "لا توجد صفوف",
    },
    "he": {
        "select_placeholder": "בחירה…",
        "search_placeholder": "חיפוש…",
        "upload_prompt": "גררו קבצים לכאן או עיינו",
        "pagination_previous": "הקודם",
        "pagination_next": "הבא",
        "chart_total": "סה״כ",
        "chart_empty": "אין נתונים",
        "table_empty": "אין שורות",
    },
    "fa": {
        "select_placeholder": "انتخاب کنید…",
        "search_placeholder": "جستجو…",
        "upload_prompt": "فایل‌ها را اینجا بکشید یا مرور کنید",
        "pagination_previous": "قبلی",
        "pagination_next": "بعدی",
        "chart_total": "مجموع",
        "chart_empty": "داده‌ای وجود ندارد",
        "table_empty": "ردیفی وجود ندارد",
    },
}
"""Each language's defaults, keyed by language (and a script or region where they differ)."""

_TRADITIONAL = frozenset({"hant", "tw", "hk", "mo"})
"""Subtags after zh that mean Traditional Chinese (zh-Hant, zh-TW, zh-HK, zh-MO)."""

_EUROPEAN_PORTUGUESE = frozenset({"pt", "ao", "mz", "cv", "gw", "st", "tl"})
"""Regions after pt that write European Portuguese (all but Brazil's)."""


def ui_table(lang: str | None) -> dict[UiKey, str]:
    """The default words of `lang` (a BCP 47 tag, any case, - or _); English for another
    language or none."""
    subtags = (lang or "").lower().replace("_", "-").split("-")
    primary, rest = subtags[0], set(subtags[1:])
    if primary == "yue":
        key = "zh-Hans" if "hans" in rest else "zh-Hant"
    elif primary == "zh":
        key = "zh-Hant" if rest & _TRADITIONAL and "hans" not in rest else "zh-Hans"
    elif primary == "pt":
        key = "pt-PT" if rest & _EUROPEAN_PORTUGUESE else "pt"
    else:
        key = primary
    return STRINGS.get(key, ENGLISH)


def ui_string(key: UiKey, lang: str | None) -> str:
    """The default text `key` (see `ENGLISH`) in the document's language `lang`."""
    return ui_table(lang)[key]
