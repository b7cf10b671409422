"""The words elements draw when the author wrote none, in the document's language.

A select without a `placeholder` says "Select…", pagination says "Previous" and "Next", a donut
chart's centre "Total"; under `lang: ja` they say 選択してください, 前へ and 次へ, 合計, as the
calendar already names its months in the document's language. An author's own text always
wins: these are only the defaults. A language without a table here (or no `lang`) is English.
The right-to-left languages the layout mirrors for (Arabic, Hebrew, Persian) have tables too.
"""

from __future__ import annotations

import functools
from typing import Literal

from babel import Locale, UnknownLocaleError

UiKey = Literal[
    "select_placeholder",
    "search_placeholder",
    "upload_prompt",
    "pagination_previous",
    "pagination_next",
    "chart_total",
    "chart_empty",
    "table_empty",
    "notes_title",
    "calendar_more",
    "chart_other",
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
    "notes_title": "Notes",
    "calendar_more": "+{count} more",
    "chart_other": "Other",
}
"""The words themselves. `calendar_more` is a template: a full calendar's day fills its `{count}`
with the number of events it has no room to show (`.format(count=2)`: "+2 more"); every language
words it so that it reads right for any count, 1 included."""

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
        "notes_title": "メモ",
        "calendar_more": "他{count}件",
        "chart_other": "その他",
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
        "notes_title": "备注",
        "calendar_more": "还有 {count} 项",
        "chart_other": "其他",
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
        "notes_title": "備註",
        "calendar_more": "還有 {count} 項",
        "chart_other": "其他",
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
        "notes_title": "메모",
        "calendar_more": "{count}개 더보기",
        "chart_other": "기타",
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
        "notes_title": "Notizen",
        "calendar_more": "+{count} weitere",
        "chart_other": "Sonstige",
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
        "notes_title": "Notes",
        "calendar_more": "+{count} de plus",
        "chart_other": "Autres",
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
        "notes_title": "Notas",
        "calendar_more": "+{count} más",
        "chart_other": "Otros",
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
        "notes_title": "Notas",
        "calendar_more": "+{count} mais",
        "chart_other": "Outros",
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
        "notes_title": "Notas",
        "calendar_more": "+{count} mais",
        "chart_other": "Outros",
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
        "notes_title": "Note",
        "calendar_more": "+{count} in più",
        "chart_other": "Altro",
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
        "notes_title": "Notities",
        "calendar_more": "+{count} meer",
        "chart_other": "Overig",
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
        "notes_title": "Заметки",
        "calendar_more": "ещё {count}",
        "chart_other": "Другое",
    },
    "pl": {
        "select_placeholder": "Wybierz…",
        "search_placeholder": "Szukaj…",
        "upload_prompt": "Przeciągnij pliki tutaj lub wybierz",
        "pagination_previous": "Poprzednia",
        "pagination_next": "Następna",
        "chart_total": "Łącznie",
        "chart_empty": "Brak danych",
        "table_empty": "Brak danych",
        "notes_title": "Notatki",
        "calendar_more": "+{count} więcej",
        "chart_other": "Inne",
    },
    "cs": {
        "select_placeholder": "Vyberte…",
        "search_placeholder": "Hledat…",
        "upload_prompt": "Přetáhněte soubory sem nebo procházejte",
        "pagination_previous": "Předchozí",
        "pagination_next": "Další",
        "chart_total": "Celkem",
        "chart_empty": "Žádná data",
        "table_empty": "Žádné záznamy",
        "notes_title": "Poznámky",
        "calendar_more": "+{count} další",
        "chart_other": "Ostatní",
    },
    "uk": {
        "select_placeholder": "Виберіть…",
        "search_placeholder": "Пошук…",
        "upload_prompt": "Перетягніть файли сюди або виберіть",
        "pagination_previous": "Назад",
        "pagination_next": "Далі",
        "chart_total": "Усього",
        "chart_empty": "Немає даних",
        "table_empty": "Немає рядків",
        "notes_title": "Нотатки",
        "calendar_more": "ще {count}",
        "chart_other": "Інше",
    },
    "el": {
        "select_placeholder": "Επιλέξτε…",
        "search_placeholder": "Αναζήτηση…",
        "upload_prompt": "Σύρετε αρχεία εδώ ή περιηγηθείτε",
        "pagination_previous": "Προηγούμενη",
        "pagination_next": "Επόμενη",
        "chart_total": "Σύνολο",
        "chart_empty": "Δεν υπάρχουν δεδομένα",
        "table_empty": "Δεν υπάρχουν εγγραφές",
        "notes_title": "Σημειώσεις",
        "calendar_more": "+{count} ακόμη",
        "chart_other": "Άλλα",
    },
    "ro": {
        "select_placeholder": "Selectați…",
        "search_placeholder": "Căutare…",
        "upload_prompt": "Trageți fișierele aici sau răsfoiți",
        "pagination_previous": "Anterior",
        "pagination_next": "Următor",
        "chart_total": "Total",
        "chart_empty": "Nu există date",
        "table_empty": "Nu există înregistrări",
        "notes_title": "Note",
        "calendar_more": "încă {count}",
        "chart_other": "Altele",
    },
    "hu": {
        "select_placeholder": "Válasszon…",
        "search_placeholder": "Keresés…",
        "upload_prompt": "Húzza ide a fájlokat, vagy tallózzon",
        "pagination_previous": "Előző",
        "pagination_next": "Következő",
        "chart_total": "Összesen",
        "chart_empty": "Nincs adat",
        "table_empty": "Nincsenek sorok",
        "notes_title": "Jegyzetek",
        "calendar_more": "+{count} további",
        "chart_other": "Egyéb",
    },
    "sv": {
        "select_placeholder": "Välj…",
        "search_placeholder": "Sök…",
        "upload_prompt": "Dra filer hit eller bläddra",
        "pagination_previous": "Föregående",
        "pagination_next": "Nästa",
        "chart_total": "Totalt",
        "chart_empty": "Ingen data",
        "table_empty": "Inga rader",
        "notes_title": "Anteckningar",
        "calendar_more": "+{count} till",
        "chart_other": "Övrigt",
    },
    "tr": {
        "select_placeholder": "Seçin…",
        "search_placeholder": "Ara…",
        "upload_prompt": "Dosyaları buraya sürükleyin veya göz atın",
        "pagination_previous": "Önceki",
        "pagination_next": "Sonraki",
        "chart_total": "Toplam",
        "chart_empty": "Veri yok",
        "table_empty": "Kayıt yok",
        "notes_title": "Notlar",
        "calendar_more": "+{count} daha",
        "chart_other": "Diğer",
    },
    "hi": {
        "select_placeholder": "चुनें…",
        "search_placeholder": "खोजें…",
        "upload_prompt": "फ़ाइलें यहाँ खींचें या ब्राउज़ करें",
        "pagination_previous": "पिछला",
        "pagination_next": "अगला",
        "chart_total": "कुल",
        "chart_empty": "कोई डेटा नहीं",
        "table_empty": "कोई पंक्ति नहीं",
        "notes_title": "नोट्स",
        "calendar_more": "+{count} और",
        "chart_other": "अन्य",
    },
    "th": {
        "select_placeholder": "เลือก…",
        "search_placeholder": "ค้นหา…",
        "upload_prompt": "ลากไฟล์มาวางที่นี่ หรือเลือกไฟล์",
        "pagination_previous": "ก่อนหน้า",
        "pagination_next": "ถัดไป",
        "chart_total": "รวม",
        "chart_empty": "ไม่มีข้อมูล",
        "table_empty": "ไม่มีข้อมูล",
        "notes_title": "หมายเหตุ",
        "calendar_more": "อีก {count} รายการ",
        "chart_other": "อื่นๆ",
    },
    "vi": {
        "select_placeholder": "Chọn…",
        "search_placeholder": "Tìm kiếm…",
        "upload_prompt": "Kéo tệp vào đây hoặc chọn tệp",
        "pagination_previous": "Trước",
        "pagination_next": "Tiếp",
        "chart_total": "Tổng",
        "chart_empty": "Không có dữ liệu",
        "table_empty": "Không có dữ liệu",
        "notes_title": "Ghi chú",
        "calendar_more": "+{count} mục khác",
        "chart_other": "Khác",
    },
    "id": {
        "select_placeholder": "Pilih…",
        "search_placeholder": "Cari…",
        "upload_prompt": "Seret file ke sini atau telusuri",
        "pagination_previous": "Sebelumnya",
        "pagination_next": "Berikutnya",
        "chart_total": "Total",
        "chart_empty": "Tidak ada data",
        "table_empty": "Tidak ada data",
        "notes_title": "Catatan",
        "calendar_more": "+{count} lainnya",
        "chart_other": "Lainnya",
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
        "notes_title": "ملاحظات",
        "calendar_more": "+{count} أخرى",
        "chart_other": "أخرى",
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
        "notes_title": "הערות",
        "calendar_more": "עוד {count}",
        "chart_other": "אחר",
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
        "notes_title": "یادداشت‌ها",
        "calendar_more": "{count} مورد دیگر",
        "chart_other": "سایر",
    },
    "ur": {
        "select_placeholder": "منتخب کریں…",
        "search_placeholder": "تلاش کریں…",
        "upload_prompt": "فائلیں یہاں گھسیٹیں یا براؤز کریں",
        "pagination_previous": "پچھلا",
        "pagination_next": "اگلا",
        "chart_total": "کل",
        "chart_empty": "کوئی ڈیٹا نہیں",
        "table_empty": "کوئی قطار نہیں",
        "notes_title": "نوٹس",
        "calendar_more": "{count} مزید",
        "chart_other": "دیگر",
    },
    "fi": {
        "select_placeholder": "Valitse…",
        "search_placeholder": "Hae…",
        "upload_prompt": "Vedä tiedostot tähän tai selaa",
        "pagination_previous": "Edellinen",
        "pagination_next": "Seuraava",
        "chart_total": "Yhteensä",
        "chart_empty": "Ei tietoja",
        "table_empty": "Ei rivejä",
        "notes_title": "Muistiinpanot",
        "calendar_more": "+{count} lisää",
        "chart_other": "Muut",
    },
    "da": {
        "select_placeholder": "Vælg…",
        "search_placeholder": "Søg…",
        "upload_prompt": "Træk filer hertil, eller gennemse",
        "pagination_previous": "Forrige",
        "pagination_next": "Næste",
        "chart_total": "I alt",
        "chart_empty": "Ingen data",
        "table_empty": "Ingen rækker",
        "notes_title": "Noter",
        "calendar_more": "+{count} mere",
        "chart_other": "Andet",
    },
    "nb": {  # Norwegian Bokmål, also for `no`
        "select_placeholder": "Velg…",
        "search_placeholder": "Søk…",
        "upload_prompt": "Dra filer hit, eller bla gjennom",
        "pagination_previous": "Forrige",
        "pagination_next": "Neste",
        "chart_total": "Totalt",
        "chart_empty": "Ingen data",
        "table_empty": "Ingen rader",
        "notes_title": "Notater",
        "calendar_more": "+{count} til",
        "chart_other": "Annet",
    },
    "nn": {  # Norwegian Nynorsk
        "select_placeholder": "Vel…",
        "search_placeholder": "Søk…",
        "upload_prompt": "Dra filer hit, eller bla gjennom",
        "pagination_previous": "Førre",
        "pagination_next": "Neste",
        "chart_total": "Totalt",
        "chart_empty": "Ingen data",
        "table_empty": "Ingen rader",
        "notes_title": "Notat",
        "calendar_more": "+{count} til",
        "chart_other": "Anna",
    },
}
"""Each language's defaults, keyed by language (and a script or region where they differ)."""

_SAME_TABLE = {"no": "nb"}
"""Language subtags drawn with another's table: `no` (Norwegian) is written in Bokmål."""

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
        key = _SAME_TABLE.get(primary, primary)
    return STRINGS.get(key, ENGLISH)


def ui_string(key: UiKey, lang: str | None) -> str:
    """The default text `key` (see `ENGLISH`) in the document's language `lang`."""
    return ui_table(lang)[key]


@functools.lru_cache(maxsize=64)
def cldr_locale(lang: str | None) -> Locale | None:
    """The Unicode CLDR locale (through Babel) of `lang`, for what the tool formats rather than
    words: dates, the first day of the week, numbers. None without `lang` or for a language
    CLDR does not know: the caller then draws it as in English."""
    if not lang:
        return None
    try:
        return Locale.parse(lang, sep="-")
    except (ValueError, TypeError, UnknownLocaleError):
        return None
