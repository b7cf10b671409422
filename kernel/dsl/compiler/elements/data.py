"""Data elements: table, list, avatar, icon, stat, progress, chart and calendar."""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from kernel.dsl.compiler.bidi import unjoined
from kernel.dsl.compiler.charts import CHART_CSS, SPARKLINE_HEIGHT, chart_html
from kernel.dsl.compiler.colors import PALETTE, palette_color, safe_color
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.html import box, esc
from kernel.dsl.compiler.html import icon as icon_span
from kernel.dsl.compiler.hyphenation import compound_hyphenated
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.items import entries, initials, item_label, label_beside_icon, size_px
from kernel.dsl.compiler.numbers_local import localize_number_text
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.signed_changes import (
    change_cell_tone,
    is_signed_percent,
    names_change,
    signed_tone,
    tones_changes,
)
from kernel.dsl.compiler.stat_lines import STAT_LINES_CSS
from kernel.dsl.compiler.styles import px, style_declarations
from kernel.dsl.compiler.table_numbers import (
    WRITTEN_DECIMALS_MAX,
    column_decimals,
    decimals_of,
    figure_room,
    format_figure,
    text_figure_parts,
    writes_decimal_points,
)
from kernel.dsl.compiler.text_metrics import in_typeface, label_em
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.compiler.ui_strings import ui_string
from kernel.dsl.data_uris import drawable_image_uri
from kernel.dsl.lengths import px_or_none
from kernel.dsl.model import Column, Element, Item, Scalar, TableCell, ToneCell
from kernel.dsl.progress_value import (
    may_be_fraction,
    small_value_reading,
    stated_percents,
    written_fraction,
    written_value,
)
from kernel.dsl.sizes import AVATAR_SIZES, size_word

# --- table -------------------------------------------------------------------------------------

ENGLISH_STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ("active", "paid", "completed", "complete", "done", "success", "approved", "delivered", "online",
         "published", "enabled", "healthy", "passed", "resolved", "in stock", "verified", "shipped", "on track",
         "ahead", "ahead of schedule", "on time", "on schedule",
         "cleared", "reconciled", "settled", "confirmed", "accepted", "live", "running", "won", "operational",
         "available", "ready", "renewed", "merged", "signed", "fulfilled", "succeeded", "ok", "hired",
         # clinical: a patient's condition, a dose given, a result in range
         "stable", "improving", "recovered", "in range", "within range", "given", "administered",
         "dose given"),
        "success",
    ),
    **dict.fromkeys(
        ("pending", "processing", "in progress", "review", "in review", "waiting", "scheduled", "away",
         "low stock", "on hold", "warning", "degraded", "at risk", "queued",
         "unpaid", "partially paid", "awaiting", "needs review", "unverified", "building", "deploying", "due",
         "due soon", "expiring", "expiring soon", "incomplete", "pending approval", "pending payment",
         "pending review", "awaiting payment", "awaiting approval", "awaiting review", "disputed",
         "partially shipped", "backordered", "back ordered", "on leave", "limited", "under review",
         "not paid", "changes requested", "delayed", "behind", "behind schedule", "slipping", "postponed",
         "stalled",
         # clinical: watched, held back, isolated, results awaited, a dose due
         "watch", "monitoring", "observation", "under observation", "guarded", "isolation",
         "in isolation", "isolated", "held", "dose held", "due now", "pending labs",
         "pending results", "awaiting results", "abnormal", "borderline", "elevated", "fall risk", "npo"),
        "warning",
    ),
    **dict.fromkeys(
        ("failed", "error", "cancelled", "canceled", "declined", "rejected", "overdue", "blocked",
         "offline", "busy", "out of stock", "expired", "critical", "down", "disabled", "lost",
         "outage", "terminated", "past due", "late", "delinquent", "uncollectible", "chargeback",
         "banned", "locked", "sold out", "churned", "payment failed", "failing", "denied", "revoked",
         "breached", "flagged", "off track",
         # clinical: a patient at risk, a dose missed or refused, a critical result
         "unstable", "deteriorating", "serious", "critical result", "missed", "missed dose", "not given",
         "refused", "code blue", "rapid response"),
        "danger",
    ),
    **dict.fromkeys(
        ("new", "open", "info", "beta", "invited", "upcoming", "sent", "in transit", "out for delivery",
         "planned", "preorder", "pre order", "renewing", "submitted", "assigned", "triage", "trial", "trialing",
         "in trial", "free trial", "onboarding", "offer sent", "interviewing", "screening", "applied",
         # clinical: a stay's next step
         "admitted", "new admission", "discharge today", "discharge planned", "discharge pending",
         "transferring", "in surgery", "post op", "pre op"),
        "info",
    ),
    **dict.fromkeys(
        ("inactive", "closed", "archived", "paused", "suspended", "unknown", "stopped", "to do", "todo",
         "not started", "void", "voided", "returned", "deactivated", "backlog", "ended", "retired", "skipped",
         "deprecated", "withdrawn", "refunded", "partially refunded", "reversed", "draft",
         # clinical: a stay or an order that has ended
         "discharged", "discontinued", "transferred out"),
        "neutral",
    ),
}  # fmt: skip
"""English status words and their tone."""

LOCAL_STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "success": (
        # fr
        "payé", "payée", "réglé", "réglée", "actif", "active", "expédié", "expédiée", "livré", "livrée",
        "terminé", "terminée", "validé", "validée", "approuvé", "approuvée", "confirmé", "confirmée",
        "en ligne", "publié", "publiée", "activé", "activée",
        # de
        "bezahlt", "aktiv", "versandt", "versendet", "verschickt", "zugestellt", "geliefert", "erledigt",
        "abgeschlossen", "genehmigt", "bestätigt", "erfolgreich", "veröffentlicht", "aktiviert", "fertig",
        # es
        "pagado", "pagada", "activo", "activa", "enviado", "enviada", "entregado", "entregada",
        "completado", "completada", "aprobado", "aprobada", "confirmado", "confirmada", "en línea",
        "publicado", "publicada", "finalizado", "finalizada",
        # pt
        "pago", "paga", "ativo", "ativa", "entregue", "concluído", "concluída", "aprovado", "aprovada",
        "enviada", "publicado",
        # it
        "pagato", "pagata", "attivo", "attiva", "spedito", "spedita", "consegnato", "consegnata",
        "completato", "completata", "approvato", "approvata", "confermato", "confermata", "pubblicato",
        # ja
        "支払い済み", "支払済み", "支払済", "入金済み", "有効", "完了", "配送済み", "発送済み", "配達済み",
        "承認済み", "成功", "公開中", "オンライン", "アクティブ",
        # zh (simplified, traditional)
        "已支付", "已付款", "已完成", "已发货", "已發貨", "已送达", "已送達", "已签收", "已簽收", "活跃",
        "活躍", "已批准", "已通过", "已通過", "已启用", "已啟用", "启用", "啟用", "在线", "在線", "正常",
        # ko
        "완료", "결제 완료", "배송 완료", "활성", "승인됨", "성공",
        # ar
        "مدفوع", "مدفوعة", "نشط", "نشطة", "مكتمل", "مكتملة", "تم الدفع", "تم الشحن", "تم التوصيل",
        "مقبول", "متصل",
    ),
    "warning": (
        # fr
        "en attente", "en cours", "en traitement", "impayé", "impayée", "en révision",
        "à valider", "en retard de paiement", "retardé", "retardée",
        # de
        "ausstehend", "in bearbeitung", "in prüfung", "unbezahlt", "wartend", "in arbeit",
        "verspätet", "verzögert",
        # es
        "pendiente", "en proceso", "procesando", "en revisión", "en espera", "no pagado",
        "retrasado", "retrasada", "demorado", "demorada",
        # pt
        "pendente", "em andamento", "processando", "em análise", "aguardando", "em espera",
        "adiado", "adiada",
        # it
        "in attesa", "in corso", "in elaborazione", "in sospeso", "in revisione", "non pagato",
        "ritardato", "ritardata",
        # ja
        "保留中", "処理中", "対応中", "進行中", "審査中", "確認中", "承認待ち", "未払い", "準備中",
        "遅延", "遅延中",
        # zh
        "待处理", "待處理", "处理中", "處理中", "进行中", "進行中", "待付款", "待支付", "未支付", "未付款",
        "待发货", "待發貨", "审核中", "審核中", "延迟", "延遲", "已延迟", "已延遲", "延误", "延誤",
        # ko
        "대기 중", "대기중", "처리 중", "처리중", "진행 중", "진행중", "검토 중", "지연", "지연됨",
        # ar
        "قيد الانتظار", "قيد المعالجة", "معلق", "معلقة", "قيد المراجعة", "غير مدفوع", "مؤجل", "مؤجلة",
    ),
    "danger": (
        # fr
        "échoué", "échouée", "échec", "annulé", "annulée", "rejeté", "rejetée",
        "refusé", "refusée", "expiré", "expirée", "bloqué", "bloquée", "en retard", "hors ligne", "erreur",
        # de
        "fehlgeschlagen", "storniert", "abgebrochen", "abgelehnt", "überfällig", "abgelaufen", "gesperrt",
        "fehler", "offline",
        # es
        "fallido", "fallida", "cancelado", "cancelada", "rechazado", "rechazada", "vencido", "vencida",
        "expirado", "expirada", "bloqueado", "bloqueada", "atrasado",
        "desconectado",
        # pt
        "falhou", "falha", "cancelada", "recusado", "recusada", "rejeitado", "rejeitada", "atrasada",
        # it
        "non riuscito", "non riuscita", "fallito", "fallita", "annullato", "annullata", "rifiutato",
        "rifiutata", "scaduto", "scaduta", "bloccato", "bloccata", "in ritardo",
        "errore",
        # ja
        "失敗", "キャンセル", "キャンセル済み", "却下", "期限切れ", "エラー", "オフライン",
        # zh
        "失败", "已取消", "已拒绝", "已拒絕", "已过期", "已過期", "错误", "錯誤", "离线", "離線",
        "逾期", "已逾期",
        # ko
        "실패", "취소됨", "취소", "거부됨", "만료됨", "오류",
        # ar
        "فشل", "فاشل", "ملغى", "ملغي", "ملغاة", "مرفوض", "مرفوضة", "منتهي",
        "منتهية", "متأخر", "غير متصل", "خطأ",
    ),
    "info": (
        "nouveau", "nouvelle", "ouvert", "ouverte",  # fr
        "neu", "offen", "geplant",  # de
        "nuevo", "nueva", "abierto", "abierta",  # es
        "novo", "nova", "aberto", "aberta",  # pt
        "nuovo", "nuova", "aperto", "aperta",  # it
        "新規", "未対応", "配送中",  # ja
        "新建", "配送中", "运输中", "運輸中",  # zh
        "신규", "배송 중", "배송중",  # ko
        "جديد", "جديدة", "مفتوح", "مفتوحة",  # ar
    ),
    "neutral": (
        "inactif", "inactive", "fermé", "fermée", "archivé", "archivée", "suspendu", "suspendue",
        "en pause", "à faire", "remboursé", "remboursée", "brouillon",  # fr
        "inaktiv", "geschlossen", "archiviert", "pausiert", "deaktiviert", "zu erledigen", "erstattet",
        "rückerstattet", "entwurf",  # de
        "inactivo", "inactiva", "cerrado", "cerrada", "archivado", "archivada", "pausado", "pausada",
        "suspendido", "suspendida", "reembolsado", "reembolsada", "borrador",  # es, pt
        "inativo", "inativa", "fechado", "fechada", "arquivado", "arquivada", "suspenso", "suspensa", "rascunho",  # pt
        "inattivo", "inattiva", "chiuso", "chiusa", "archiviato", "archiviata", "sospeso", "sospesa",
        "rimborsato", "rimborsata", "bozza",  # it
        "無効", "停止中", "非公開", "非アクティブ", "未着手", "返金済み", "下書き",  # ja
        "已关闭", "已關閉", "已暂停", "已暫停", "已归档", "已歸檔", "已禁用", "禁用", "未开始", "未開始",
        "已退款", "草稿",  # zh
        "비활성", "중지됨", "보관됨", "환불됨",  # ko
        "غير نشط", "غير نشطة", "مغلق", "مغلقة", "مؤرشف", "موقوف", "مسترد", "مستردة", "مسودة",  # ar
    ),
}  # fmt: skip
"""Status words of other languages (French, German, Spanish, Portuguese, Italian, Japanese,
Chinese, Korean, Arabic) by tone, as in `ENGLISH_STATUS_WORDS`: shipped and delivered are
success, cancelled danger, refunded and inactive neutral, open and new info."""

_KANA_VOICING = frozenset("\u3099\u309a")


def status_key(text: str) -> str:
    """A cell's text as the key of `STATUS_TONES`: case-folded, without accents or Arabic
    vowel marks (`Échoué` and `echoue` are one word), `_` and `-` as spaces, one space between
    words (`Past_Due`, `past-due` and `PAST  DUE` are all `past due`). Full-width and
    half-width forms read as the usual ones; a kana's voicing mark stays (it changes the word)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c) or c in _KANA_VOICING)
    return " ".join(unicodedata.normalize("NFC", bare).replace("_", " ").replace("-", " ").split())


def _status_table() -> dict[str, str]:
    words = [*ENGLISH_STATUS_WORDS.items()]
    words += [(word, tone) for tone, spelled in LOCAL_STATUS_WORDS.items() for word in spelled]
    table: dict[str, str] = {}
    for word, tone in words:
        # each word as `status_key` spells it, and lower-cased as written (`Échoué` -> `échoué`)
        table.setdefault(status_key(word), tone)
        table.setdefault(word.lower(), tone)
    return table


STATUS_TONES: dict[str, str] = _status_table()
"""Cell texts drawn as status badges, and their tone: the keys as `status_key` spells them (use
`status_tone`), and the words lower-cased as written."""


def status_tone(text: str) -> str | None:
    """The badge tone of a status word, or None when `text` is no status."""
    return STATUS_TONES.get(status_key(text))


CURRENCY_CODES = (
    "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RMB", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK",
    "HUF", "RON", "BGN", "INR", "BRL", "MXN", "ZAR", "SGD", "HKD", "KRW", "TWD", "TRY", "RUB", "UAH", "AED", "SAR",
    "QAR", "KWD", "BHD", "OMR", "JOD", "EGP", "MAD", "ILS", "THB", "IDR", "MYR", "PHP", "VND", "NGN", "KES", "ARS",
    "CLP", "COP", "PEN",
)  # fmt: skip
"""ISO 4217 codes that an amount may carry before or after its figure (`CHF 12.00`)."""

_CURRENCY = "|".join(
    [
        r"[$€£¥₹₽₩₪₺₫₱₴₦₸₡₲₵₾฿¢﷼]",
        r"(?:US|[ACRS]|HK|NZ|NT|MX)\$",
        r"Fr\.|kr\.?|zł|Kč|Ft|lei|Rp|RM|лв|руб\.?|грн\.?|Rs\.?|₨|৳|TL|S/\.?|KSh|Ksh|원|元|円",
        *CURRENCY_CODES,
        r"ر\.س|د\.إ|ج\.م|د\.ك|ر\.ق|د\.ب|ر\.ع|د\.أ|د\.م|ل\.ل|ر\.ي|د\.ج|د\.ت",
    ]
)
_NUMERIC = re.compile(
    rf"^[-+−]?(?:%\s?)?(?:(?:{_CURRENCY})\s?)?[-+−]?\d[\d,.\s'’٬٫]*(?:%|‰|[kKmMbB])?(?:\s?(?:{_CURRENCY}))?$"
)
"""A figure: digits grouped by commas, points, apostrophes or (narrow, no-break) spaces, an
optional sign, a currency symbol, code or word before or after (`$1,240.00`, `1 240,00 €`,
`CHF 12.00`, `12.000 ر.س`, `26,000원`, `Rs 1,200`, `1 234 грн`), a percentage (`12 %`, or
Turkish `%2,35`) or a k/M/B suffix; not a count of things (`3 items`) nor a name with a number
(`Room 12`)."""


def _columns(element: Element) -> list[Column]:
    """Column specs from names, objects, a count, or the keys of the first object row."""
    columns = element.columns
    if isinstance(columns, list):
        return [Column(key=c, label=c) if isinstance(c, str) else c for c in columns]
    rows = element.rows if isinstance(element.rows, list) else []
    first = rows[0] if rows else None
    if isinstance(first, dict):
        return [Column(key=key, label=key.replace("_", " ").title()) for key in first]
    count = (
        columns if isinstance(columns, int) else max((len(r) for r in rows if isinstance(r, list)), default=0)
    )
    if isinstance(columns, int):
        return [Column(label=f"Column {i + 1}") for i in range(count)]
    return [Column() for _ in range(count)]


Row = list[TableCell] | dict[str, TableCell]


def _cell_value(row: Row, index: int, column: Column) -> TableCell:
    """A row's cell in `column`, a toned cell as its text (`_written_cell` keeps its tone): its
    column's alignment, badges and totals are judged by the words alone."""
    value = _written_cell(row, index, column)
    return value.text if isinstance(value, ToneCell) else value


def _cell_tone(row: Row, index: int, column: Column) -> str | None:
    """The tone a cell is written with (`{text: "168/98", tone: danger}`), or None."""
    value = _written_cell(row, index, column)
    return value.tone if isinstance(value, ToneCell) else None


def _written_cell(row: Row, index: int, column: Column) -> TableCell:
    if isinstance(row, list):
        return row[index] if index < len(row) else None
    for key in (column.key, column.label):
        if key is None:
            continue
        for candidate in (key, key.lower(), key.lower().replace(" ", "_"), key.lower().replace(" ", "")):
            if candidate in row:
                return row[candidate]
    return None


_DOTTED = re.compile(r"\d+(?:\.\d+){2,}")
"""Digits in three or more groups parted by points: an IP address, a version, or a figure
grouped in thousands by points (`1.234.567`)."""
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")


def _is_dotted_identifier(text: str) -> bool:
    """Whether `text` holds an identifier made of numbers and points (`81.2.69.142`, `1.2.10`):
    its groups are not thousands (three digits after each point), or it is an IPv4 address."""
    match = _DOTTED.search(text)
    if match is None:
        return False
    return not _DOT_THOUSANDS.fullmatch(match.group()) or bool(_IPV4.fullmatch(match.group()))


_BRACKETED = re.compile(r"^\((?![-+−])(.+)\)$")
"""A negative amount as accountants write it: the figure in brackets, without a sign
(`($412,300)`, `(300)`)."""


def _is_numeric(value: TableCell) -> bool:
    """Whether a cell holds a figure (aligned right): a number, or a text that reads as one
    (a negative may stand in brackets) but is no IP address or version."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    text = value.strip() if isinstance(value, str) else ""
    bracketed = _BRACKETED.match(text)
    figure = bracketed.group(1).strip() if bracketed else text
    return bool(_NUMERIC.match(figure)) and not _is_dotted_identifier(figure)


PLACEHOLDERS = frozenset({"", "-", "–", "—", "−", "n/a", "…", "..."})
"""Cell texts that stand for a missing value (lower-cased): drawn muted, and neutral to a
column's alignment, so that one "—" among percentages keeps the column right-aligned."""


def _is_placeholder(value: TableCell) -> bool:
    return value is None or (isinstance(value, str) and value.strip().lower() in PLACEHOLDERS)


def _is_numeric_column(values: Sequence[TableCell]) -> bool:
    """Whether a column holds figures: at least one number, and nothing else but placeholders."""
    known = [v for v in values if not _is_placeholder(v)]
    return bool(known) and all(_is_numeric(v) for v in known)


NAME_COLUMN_WORDS = (
    "name",
    "product",
    "title",
    "customer",
    "user",
    "email",
    "file",
    "project",
    "task",
    "company",
)
"""A column headed with one of these names things: a cell there is a name even when it reads like
a status ("Beta", "Pending Review")."""


STATUS_HEADER_WORDS = frozenset(
    {"status", "statuses", "state", "stage", "health", "result", "outcome", "condition", "availability",
     "statut", "état", "estado", "situação", "stato", "zustand", "状态", "狀態", "ステータス", "状態", "상태",
     "الحالة", "حالة"}
)  # fmt: skip
"""Header words of a column of statuses (as `_header_words` spells them): one status word there
is enough for a badge."""
STATUS_ROWS_MIN = 2
"""Status words a column without such a header needs before its cells become badges: one "ok" in
a column headed Note is a remark, not a status."""


def _shows_statuses(column: Column, present: Sequence[object]) -> bool:
    """Whether the column is one of statuses, each drawn as a badge: not a column of names, at
    least half of its texts are status words (one "Beta" among product names stays text), and it
    is headed as one (`STATUS_HEADER_WORDS`) or holds `STATUS_ROWS_MIN` status words or more."""
    label = (column.label or column.key or "").lower()
    if any(word in label for word in NAME_COLUMN_WORDS):
        return False
    texts = [v for v in present if isinstance(v, str) and not _is_placeholder(v)]
    statuses = sum(status_tone(text) is not None for text in texts)
    headed = bool(_header_words(column) & STATUS_HEADER_WORDS)
    return (headed or statuses >= STATUS_ROWS_MIN) and statuses > 0 and statuses * 2 >= len(texts)


STATUS_WORDS_MAX, STATUS_CHARS_MAX = 3, 24
"""A text of a status column that is no known status word is still a (neutral) badge when it
is as short as a status: at most this many words and characters ("Offer pending", not a note)."""


def _reads_as_status(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= STATUS_WORDS_MAX and len(text.strip()) <= STATUS_CHARS_MAX


SHORT_CELL_WORDS, SHORT_CELL_CHARS = 2, 16
"""A column of texts this short ("Paid social", "Jul 15, 2025") keeps each on one line in a wide
table, so that a column of long texts beside it takes the room."""
LONG_CELL_CHARS = 40
"""A text this long wraps in most tables: it is what a column of short texts gives room to."""


def _is_short_text(value: TableCell) -> bool:
    return (
        isinstance(value, str) and len(value.split()) <= SHORT_CELL_WORDS and len(value) <= SHORT_CELL_CHARS
    )


WORDY_COLUMN_MIN_EM = 10
"""The least width of a column of long texts (`_is_wordy`), in ems of its text (at most 40% of
the table): a table a little too wide for its box squeezed its Notes column to a letter's width,
each word on a line of its own, rows ~200 px tall for a text cut off at the box's edge."""


def _is_wordy(values: Sequence[TableCell]) -> bool:
    """Whether a column holds a long text of words (`LONG_CELL_CHARS`): a note, a description."""
    return any(isinstance(v, str) and len(v) >= LONG_CELL_CHARS and " " in v.strip() for v in values)


def _short_columns(columns_values: Sequence[Sequence[TableCell]], plain: Sequence[bool]) -> list[bool]:
    """Which `plain` columns (of words, not figures nor badges) hold only short texts, in a
    table that has a column of long ones; none when no text is long (nothing needs the room)."""
    texts = [v for values in columns_values for v in values if isinstance(v, str)]
    if not any(len(text) >= LONG_CELL_CHARS and " " in text.strip() for text in texts):
        return [False] * len(plain)
    return [
        is_plain
        and any(not _is_placeholder(v) for v in values)
        and all(_is_short_text(v) or _is_placeholder(v) for v in values)
        for values, is_plain in zip(columns_values, plain, strict=True)
    ]


_CODE = re.compile(r"(?=\S*\d)(?=\S*[-\u2010])\S+")
"""A code: a run without spaces holding a digit and a hyphen (`BRG-6204-2RS`, `2025-07-10`,
`INV-1042`). A browser may break a line after a hyphen; a code must not be cut there."""
LONG_TOKEN_CHARS = 24
"""A run without spaces this long (a URL, a path, an ID, a hash) may break anywhere in a cell:
kept whole, it would make its column as wide and push the other columns out of the table."""
_TOKEN = re.compile(r"\S+")
_BREAK_AFTER = re.compile(r"([/._\-?&=#:@,;~+]+)")
"""Where a long run breaks best: after its slashes, points, hyphens and the like."""


def _long_token(token: str) -> str:
    """A long run, escaped, in a span that may break anywhere (`dsl-table-long`), preferably
    after a slash, point or hyphen (`<wbr>`): `https://shop.example.com/` / `collections/...`."""
    pieces = _BREAK_AFTER.split(token)
    marked = "".join(esc(piece) + ("<wbr>" if index % 2 else "") for index, piece in enumerate(pieces))
    return f'<span class="dsl-table-long">{marked.removesuffix("<wbr>")}</span>'


_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY_WORD = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s"
_DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th)?"
_FIGURE = r"[-+−~≈±]?(?:\d{1,3}(?:[\u00a0\u202f ]\d{3})+|\d[\d,.:'’]*)"
_UNIT = (
    r"(?!(?:a|an|and|are|as|at|by|for|from|in|is|of|on|or|per|than|the|to|vs|with|x)\b)"
    r"(?:[^\W\d_]{1,8}\.?(?:/[^\W\d_]{1,4})?[²³]?|[°%‰][CFK]?)"
)
"""A unit after a figure (`kg`, `min`, `GB`, `AM`, `km/h`, `°C`), not a word that joins it to
what follows ("1 to 120 characters")."""
_WHOLE = re.compile(
    rf"(?<![\w.,])(?:(?:{_WEEKDAY_WORD})?(?:{_MONTH_WORD}\s{_DAY_NUMBER}(?:,?\s\d{{4}})?"
    rf"|{_DAY_NUMBER}\.?\s{_MONTH_WORD}(?:,?\s\d{{4}})?|{_MONTH_WORD}\s\d{{4}})"
    rf"|{_FIGURE}\s{_UNIT})(?![\w])",
    re.IGNORECASE,
)
"""Words that read as one and must not be cut at their space: a short date (`Jul 21`, `21 Jul`,
`July 21, 2025`, `Mon, Jul 21`, `Jul 2025`) and a figure with its unit (`24,000 kg`, `12 min`,
`3.5 GB`, `10:30 AM`, `60 km/h`, `20 °C`). On a phone a table broke "Jul / 21" and
"24,000 / kg" onto two lines each while the other columns had room."""


def _cell_text(text: str, lang: str | None = None) -> str:
    """A cell's text, escaped: each short date and figure with its unit (`_WHOLE`) kept on one
    line (`dsl-table-code`), so that the table gives its column the width instead of cutting it
    at its space; the words between them as `_cell_words` writes them."""
    parts, end = [], 0
    for match in _WHOLE.finditer(text):
        parts += [
            _cell_words(text[end : match.start()], lang),
            f'<span class="dsl-table-code">{esc(match.group())}</span>',
        ]
        end = match.end()
    return "".join(parts) + _cell_words(text[end:], lang)


def _cell_words(text: str, lang: str | None = None) -> str:
    """Words of a cell, escaped: each code in them kept on one line (`dsl-table-code`), so that
    the table gives its column the width instead of breaking it after a hyphen ("BRG-" /
    "6204-2RS"); each long run (`LONG_TOKEN_CHARS`) free to break, so that it does not take the
    table's width; the long compounds of `lang` marked where they may break with a hyphen, as
    a card's title is (`compound_hyphenated`: "Rechtsschutzversicherungs-" / "gesellschaften",
    not "...gesellschafte" / "n")."""
    parts, end = [], 0
    for token in _TOKEN.finditer(text):
        word = token.group()
        if len(word) >= LONG_TOKEN_CHARS and compound_hyphenated(word, lang) == word:
            html = _long_token(word)
        elif _CODE.fullmatch(word):
            html = f'<span class="dsl-table-code">{esc(word)}</span>'
        else:
            continue
        parts += [esc(compound_hyphenated(text[end : token.start()], lang)), html]
        end = token.end()
    return "".join(parts) + esc(compound_hyphenated(text[end:], lang))


CHECK_MARKS = frozenset("✓✔☑✅")
"""A cell that is only one of these says yes: drawn as `true` is, a green check icon."""
CROSS_MARKS = frozenset("✗✘×✕✖❌☒")
"""A cell that is only one of these says no: drawn as a grey cross icon, as muted as `false`'s dash."""


def _mark_of(value: TableCell) -> str | None:
    """The icon a cell of yes or no is drawn as: `true` or a check mark (`✓`) a check, `false` a
    dash, a cross (`✗`, `×`) a cross; None for any other cell. A typed ✓ was a thin black glyph
    beside the green checks of `true` in one comparison table."""
    if isinstance(value, bool):
        return "check" if value else "minus"
    text = value.strip().replace("\ufe0f", "") if isinstance(value, str) else ""
    if text in CHECK_MARKS:
        return "check"
    return "x" if text in CROSS_MARKS else None


def _cell_html(
    value: Scalar,
    *,
    status: bool = False,
    as_written: bool = False,
    decimals: int = 0,
    decimal_points: bool = False,
    lang: str | None = None,
    tone: str | None = None,
) -> str:
    """A cell: a dash for a missing value (null, or no such key), nothing for an empty text, a
    tick for a boolean or a check mark (a cross for a cross mark: `_mark_of`), a figure grouped
    in thousands (as written in a column of identifiers: `as_written`) with every significant
    digit, its decimal point lined up with its column's `decimals` (`_figure_html`; a text figure:
    `text_figure_parts`, with the column's `decimal_points`), a badge in a column of statuses
    (`status`), else the text (in `lang`). A cell's own `tone` colours its badge, or its text
    (`dsl-table-tone`)."""
    if tone is not None and value is not None:
        plain = _cell_html(
            value, status=status, as_written=as_written, decimals=decimals,
            decimal_points=decimal_points, lang=lang,
        )  # fmt: skip
        if plain.startswith('<span class="dsl-pill '):
            return re.sub(r"dsl-pill--\w+", f"dsl-pill--{tone}", plain, count=1)
        return f'<span class="dsl-table-tone dsl-tone-{tone}">{plain}</span>'

    if value is None:
        return '<span class="dsl-table-none">—</span>'
    if isinstance(value, str) and not value.strip():
        return ""
    if _is_placeholder(value):
        return f'<span class="dsl-table-none">{esc(value)}</span>'
    mark = _mark_of(value)
    if mark is not None:
        return icon_svg(mark, 16, css_class="dsl-table-bool" + (" is-true" if mark == "check" else ""))
    if isinstance(value, int | float):
        return _figure_html(value, grouped=not as_written, decimals=decimals)
    tone = status_tone(value) if status else None
    if tone is None and status and _reads_as_status(value) and not _is_numeric(value):
        tone = "neutral"
    if tone is not None:
        return f'<span class="dsl-pill dsl-pill--{tone}"><i></i>{esc(value)}</span>'
    if not decimals:
        return _cell_text(value, lang)
    head, room, after = text_figure_parts(value, decimals, decimal_point=decimal_points)
    return _cell_text(head, lang) + _room_html(room) + (_cell_text(after, lang) if after else "")


def _figure_html(value: float, *, grouped: bool, decimals: int) -> str:
    """A number with every significant digit, zeros up to `WRITTEN_DECIMALS_MAX` of its column's
    `decimals`, then blank room for the rest, so that the column's points line up without
    claiming digits the number does not have (`0` beside `0.5231`: `0.00` and two blank digits)."""
    written = min(decimals, WRITTEN_DECIMALS_MAX)
    text = format_figure(value, grouped=grouped, decimals=written)
    if "×" in text:
        return esc(text)
    return esc(text) + _room_html(figure_room(max(decimals_of(value), written), decimals))


def _room_html(room: str) -> str:
    """The blank room after a figure (`figure_room`): its digits drawn unseen, as wide as seen ones."""
    return f'<span class="dsl-table-room" aria-hidden="true">{room}</span>' if room else ""


TOTAL_WORDS = frozenset(
    {"total", "totals", "subtotal", "sub total", "grand total", "net total", "sum", "overall",
     "gesamt", "summe", "gesamtsumme", "zwischensumme", "insgesamt", "sous total", "total general",
     "totale", "subtotale", "totaal", "suma", "合計", "小計", "总计", "合计", "小计", "總計", "합계",
     "총계", "소계", "المجموع", "الإجمالي", "الاجمالي"}
)  # fmt: skip
"""First cells (as `status_key` spells them) of a last row that sums up the rows above:
"Total", "Subtotal", "Grand total" and their translations."""
_TOTAL_START = re.compile(r"^(?:grand |net |sub ?)?totals?\b")
"""An English total named after what it sums: "Total revenue", "Subtotal (3 items)"."""


def _is_total_row(row: Row, columns: list[Column]) -> bool:
    """Whether a row sums up the rows above it: its label (`_label_index`: its first cell, or the
    first filled one after blank ones, as an invoice's "Subtotal" under its Item column) is
    "Total", "Subtotal" and the like (`TOTAL_WORDS`), or an English label starting with one
    ("Total revenue")."""
    index = _label_index(row, columns)
    label = _cell_value(row, index, columns[index]) if index is not None else None
    if not isinstance(label, str):
        return False
    key = status_key(label).rstrip(":").strip()
    return key in TOTAL_WORDS or bool(_TOTAL_START.match(key))


def _is_blank(value: TableCell) -> bool:
    """A cell with nothing in it: missing (null, no such key, a short row) or an empty text."""
    return value is None or (isinstance(value, str) and not value.strip())


def _label_index(row: Row, columns: list[Column]) -> int | None:
    """The column of a row's label: its first cell that is not blank, when that is a text and no
    figure ("Total", "VAT 19%"); None for a row that starts with a figure, a mark or controls."""
    for index, column in enumerate(columns):
        value = _cell_value(row, index, column)
        if _is_blank(value):
            continue
        is_label = isinstance(value, str) and not (
            _is_placeholder(value) or _is_numeric(value) or _mark_of(value)
        )
        return index if is_label else None
    return None


def _is_summary_row(row: Row, columns: list[Column]) -> bool:
    """Whether a row reads as a line of an invoice's summary ("VAT 19%", "Shipping"): a label,
    then only figures, placeholders and blanks, at least one cell blank (what the rows of items
    fill: a quantity, a price); no controls."""
    index = _label_index(row, columns)
    if index is None:
        return False
    rest = [_cell_value(row, i, column) for i, column in enumerate(columns) if i != index]
    return any(_is_blank(v) for v in rest) and all(_is_placeholder(v) or _is_numeric(v) for v in rest)


def _totals_start(rows: list[Row], columns: list[Column]) -> int:
    """The index of the first row of the table's totals (`len(rows)` when it has none): a last
    row that sums up the others (`_is_total_row`), and, above it, the lines of a summary
    (`_is_summary_row`) up to a "Subtotal" that heads them (an invoice's Subtotal, VAT 19%,
    Total). Without such a subtotal the lines above the total stay rows of the table; at least
    one row is never a total (a lone row sums nothing up)."""
    last = len(rows) - 1
    if last < 1 or not _is_total_row(rows[last], columns):
        return len(rows)
    for index in range(last - 1, 0, -1):
        if _is_total_row(rows[index], columns):
            return index
        if not _is_summary_row(rows[index], columns):
            break
    return last


@dataclass(frozen=True, slots=True)
class ColumnLook:
    """How a column's cells are drawn: their classes (alignment, `is-short`, `is-narrow`),
    whether its texts are status badges, whether its numbers are drawn as written, and the
    checkbox its header draws (a column of unlabelled checkboxes: `head_box`)."""

    classes: str
    statuses: bool
    as_written: bool = False
    """Whole numbers drawn as written, not grouped in thousands: an ID's, a year's, a ZIP code's
    (`_numbers_as_written`)."""
    head_box: bool = False
    """The header is a checkbox over a column of checkboxes (ticked when all of them are, a dash
    when some are), as a selectable table's is."""
    decimals: int = 0
    """The decimals a numeric column makes room for, so that its figures' points line up
    (`column_decimals`); none in a column of identifiers."""
    decimal_points: bool = False
    """The column's text figures write decimal points beyond doubt (`writes_decimal_points`)."""
    changes: bool = False
    """Its figures are gains and losses, drawn green and red by sign (`tones_changes`)."""
    change_header: bool = False
    """Its header names a change (`names_change`): a negative number is a loss too."""


def _column_looks(columns: list[Column], rows: list[Row]) -> list[ColumnLook]:
    """Per column: its alignment (`is-right` for figures, `is-center` for a column of checkboxes
    or switches, `is-right` and as wide as its buttons for an actions column: `_controls_kind`),
    whether its texts are status badges, whether its numbers are written as they are
    (`_numbers_as_written`), `is-short` for a column of short texts beside a long one
    (`_short_columns`), `is-narrow` for a narrow width (`NARROW_COLUMN_PX`)."""
    aligns, statuses, all_values, kinds = [], [], [], []
    for index, column in enumerate(columns):
        values = [_cell_value(row, index, column) for row in rows]
        present = [v for v in values if v is not None and v != ""]
        kind = _controls_kind(values)
        default = {"choice": "center", "actions": "right"}.get(kind or "", "left")
        aligns.append(column.align or ("right" if _is_numeric_column(values) else default))
        statuses.append(_shows_statuses(column, present))
        all_values.append(values)
        kinds.append(kind)
    plain = [align == "left" and not status for align, status in zip(aligns, statuses, strict=True)]
    shorts = _short_columns(all_values, plain)
    looks = []
    for index, (column, align, status, short, kind) in enumerate(
        zip(columns, aligns, statuses, shorts, kinds, strict=True)
    ):
        head_box = (
            kind == "choice" and not (column.label or "").strip() and _all_checkboxes(all_values[index])
        )
        fit = (
            kind == "actions"
            or _is_index_column(column, all_values[index], first=index == 0)
            or _is_leading_figures(column, align, index)
        )
        names = [
            "dsl-table-select" if head_box else f"is-{align}",
            *(["is-short"] if short else []),
            *(["is-wordy"] if plain[index] and _is_wordy(all_values[index]) else []),
            *(["is-narrow"] if _is_narrow(column) else []),
            *(["is-fit"] if fit and not head_box else []),
        ]
        written = _numbers_as_written(column, all_values[index])
        numeric = _is_numeric_column(all_values[index]) and not written
        decimals = column_decimals(all_values[index]) if numeric else 0
        points = numeric and writes_decimal_points(all_values[index])
        known = [v for v in all_values[index] if not _is_placeholder(v)]
        changes = not status and kind is None and tones_changes(column, all_values[index], known)
        looks.append(
            ColumnLook(
                " ".join(names),
                status,
                as_written=written,
                head_box=head_box,
                decimals=decimals,
                decimal_points=points,
                changes=changes,
                change_header=changes and names_change(column),
            )
        )
    return looks


IDENTIFIER_WORDS = frozenset(
    {"id", "ids", "uid", "uuid", "guid", "#", "no", "nr", "nro", "num", "number", "nummer", "numero", "número",
     "numéro", "year", "yr", "fy", "jahr", "año", "année", "anno", "zip", "zipcode", "postal", "postcode", "plz",
     "cep", "pin", "code", "ref", "reference", "invoice", "order", "account", "acct", "phone", "tel",
     "telephone", "fax", "ext", "extension", "sku", "upc", "ean", "gtin", "isbn", "asin", "serial", "version",
     "ver", "build", "release", "port", "ticket", "issue", "case", "claim", "policy", "contract", "batch", "lot",
     "po", "iban", "routing", "vin", "imei", "mrn", "ssn", "ein", "vat", "txn", "transaction", "receipt",
     "shipment", "tracking", "flight", "room", "model", "employee", "student", "patient", "member", "customer",
     "user", "badge"}
)  # fmt: skip
"""Header words of a column of identifiers (lower-cased): its whole numbers are drawn as written,
as an ID, a year, a ZIP or postal code, an invoice or order number, a phone number, a SKU, a
version or a port is written: `8812`, `2025`, `94105`, not `8,812`, `2,025`, `94,105`."""
QUANTITY_WORDS = frozenset(
    {"amount", "amt", "total", "totals", "subtotal", "sum", "balance", "value", "price", "cost", "costs",
     "revenue", "sales", "fee", "fees", "spend", "spent", "paid", "due", "owed", "budget", "salary", "income",
     "profit", "count", "qty", "quantity", "size", "of", "per", "avg", "average", "min", "max", "mean",
     "median", "volume", "weight", "length", "duration", "score", "rate", "views", "visits", "clicks", "usd",
     "eur", "gbp"}
)  # fmt: skip
"""Header words of a column of quantities (lower-cased), even beside an identifier's word: its
numbers stay grouped in thousands ("Order total", "Invoice amount", "Number of seats", "# of users")."""
YEARS = range(1900, 2101)
"""Whole numbers that read as years in a column of nothing else (`1998`, `2025`)."""
_HEADER_WORD = re.compile(r"#|[^\W\d_]+")
_CAMEL_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NUMBER_SIGN = re.compile(r"\b[nN][°º]|№")


def _header_words(column: Column) -> set[str]:
    """The words of a column's label and key, lower-cased: `orderId` and `order_id` are "order"
    and "id", `Nº` and `№` are "no", a `#` is a word of its own."""
    words: set[str] = set()
    for text in (column.label or "", column.key or ""):
        spaced = _NUMBER_SIGN.sub(" no ", _CAMEL_JOINT.sub(" ", text))
        words.update(word.casefold() for word in _HEADER_WORD.findall(spaced))
    return words


def _numbers_as_written(column: Column, values: Sequence[TableCell]) -> bool:
    """Whether a column's whole numbers are drawn as written rather than grouped in thousands:
    a column of identifiers by its header (`IDENTIFIER_WORDS`: ID, #, No., Year, ZIP, Invoice,
    SKU, Port...), or one whose numbers are all years (`YEARS`); never a column of quantities
    (`QUANTITY_WORDS`: "Order total", "Number of seats"). Rows pasted from JSON hold numbers, and
    an audit log's 10443 or a year's 2025 drew as 10,443 and 2,025."""
    words = _header_words(column)
    if words & QUANTITY_WORDS:
        return False
    return bool(words & IDENTIFIER_WORDS) or _is_year_column(values)


def _is_year_column(values: Sequence[TableCell]) -> bool:
    """Whether every known cell of a column is a year (`YEARS`), at least one of them a number:
    `1998` and `"2004"` are; `2025.5` and `12` are not."""
    known = [v for v in values if not _is_placeholder(v)]
    numbers = [v for v in known if isinstance(v, int) and not isinstance(v, bool)]
    return bool(numbers) and all(
        (isinstance(v, int) and not isinstance(v, bool) and v in YEARS)
        or (isinstance(v, str) and v.strip().isdigit() and len(v.strip()) == 4 and int(v) in YEARS)
        for v in known
    )


CHOICE_TYPES = frozenset({"checkbox", "toggle", "radio"})
"""Controls a column of choices is made of (a permissions matrix): drawn centred under its header."""
ACTION_TYPES = frozenset({"button", "link"})
"""Controls an actions column is made of (edit and delete buttons, a "⋯" menu, "View" links):
drawn at the row's end, the column as wide as they are."""


def _controls(value: TableCell) -> list[Element] | None:
    """The elements a cell draws: one, or several side by side; None for a cell of text, a
    number, a mark or nothing."""
    if isinstance(value, Element):
        return [value]
    if isinstance(value, list):
        return [entry for entry in value if isinstance(entry, Element)]
    return None


def _controls_kind(values: Sequence[TableCell]) -> str | None:
    """`choice` when every filled cell of a column is one checkbox, toggle or radio without a
    label of its own; `actions` when every one is buttons or links; else None (also for a
    column without elements, and one whose controls have texts beside them)."""
    filled = [_controls(v) for v in values if not _is_placeholder(v)]
    if not filled or any(controls is None or not controls for controls in filled):
        return None
    if any(isinstance(v, list) and not all(isinstance(entry, Element) for entry in v) for v in values):
        return None
    groups = [controls for controls in filled if controls is not None]
    if all(len(group) == 1 and _is_bare_choice(group[0]) for group in groups):
        return "choice"
    if all(control.type in ACTION_TYPES for group in groups for control in group):
        return "actions"
    return None


def _is_bare_choice(control: Element) -> bool:
    return control.type in CHOICE_TYPES and not (control.label or control.text or control.options)


def _all_checkboxes(values: Sequence[TableCell]) -> bool:
    """Whether every filled cell of a column is one checkbox (a column the header can tick)."""
    groups = [_controls(v) for v in values if not _is_placeholder(v)]
    return all(group is not None and len(group) == 1 and group[0].type == "checkbox" for group in groups)


INDEX_LABELS = frozenset(
    {"", "#", "no", "no.", "nr", "nr.", "n°", "nº", "№", "rank", "pos", "pos.", "idx", "index"}
)
"""Headers of a column that numbers the rows (lower-cased): a track list's `#`, a ranking's `Rank`."""
_INDEX_NUMBER = re.compile(r"#?\d{1,4}\.?")
"""A row's number as written in an index column: `7`, `#7`, `7.`."""


def _is_leading_figures(column: Column, align: str, index: int) -> bool:
    """Whether a column is a first column drawn at the right (an Amount column leading a list of
    payments), without a `width` of its own: it is made as wide as its figures (`is-fit`), so
    that they start near the table's edge; given a share of the table they stood ~100 px from
    it, a gap at the start of every row."""
    return index == 0 and align == "right" and column.width is None


def _is_index_column(column: Column, values: Sequence[TableCell], *, first: bool) -> bool:
    """Whether a column numbers the rows (`is-fit`: as wide as its numbers, not a share of the
    table): the first column, or one headed `#`, `No.`, `Rank` and the like (`INDEX_LABELS`),
    whose every cell is a short whole number, and without a `width` of its own. A track list's
    `#` column took 110 px, its digits at the right end of ~75 px of blank."""
    label = (column.label or "").strip().lower()
    if column.width is not None or not (first or label in INDEX_LABELS):
        return False
    known = [v for v in values if not _is_placeholder(v)]
    return bool(known) and all(
        (isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 10_000)
        or (isinstance(v, str) and _INDEX_NUMBER.fullmatch(v.strip()) is not None)
        for v in known
    )


@renders("table")
def render_table(element: Element, ctx: RenderContext) -> str:
    """A bordered data table; numbers (also bracketed negatives) align right, a column of statuses
    draws each as a badge (not a column of names), `striped` rows, `size` sm/md/lg
    (`TABLE_SIZES`). The totals (`_totals_start`: a last row labelled "Total", `TOTAL_WORDS`, and
    an invoice's Subtotal and summary lines above it) are under a stronger line, the last bold,
    their labels spanning the blank cells after them (`_totals_cells`); columns are judged
    without them (`_column_looks`). A column's `width` holds with or without a header; cells share the room
    left, columns of figures and of short texts first. The box's `style` colour and font size
    reach the cells (the header keeps its muted colour and follows the font size); a column's
    `color` colours its cells. A `selectable` table starts each row with a checkbox, ticked for
    the rows `selected` names (`true`: all of them), tinted (`--row-selected`) with a primary bar
    at their start; a total row has none. `selectable: false` with `selectedRows` tints those
    rows without the checkboxes: a desktop list view's selection. A column that numbers
    the rows is as wide as its numbers (`_is_index_column`); a column of identifiers draws its
    numbers as written (`_numbers_as_written`). A cell may hold controls (`CELL_TYPES`: a
    checkbox, a switch, icon buttons), drawn compact in the row (`_cell_controls`).

    The CSS caps the frame's corner radius at 24 px (a divided list's too; a stat's and a
    calendar's, padded boxes, at 32 px): a theme radius of 64 cut the header's checkbox and the
    last letters of its cells. On a phone-wide table (under 420 px) of four columns or more the
    cells are closer (16 px between four columns, where 21 px left a date and a weight no room
    to stay whole), and 12 px from the frame at least."""
    columns = _columns(element)
    rows = element.rows if isinstance(element.rows, list) else []
    totals = _totals_start(rows, columns)
    selected = _selected_rows(element, len(rows), range(totals, len(rows)))
    chosen = None if element.selectable is False else selected  # the checkbox column's rows
    looks = _column_looks(columns, rows[:totals])
    head = _table_head(columns, looks, rows, chosen, totals)
    styles = [_column_colour(column) for column in columns]
    size = _table_size(element)
    body_rows = []
    for number, row in enumerate(rows):
        total = number >= totals
        cells = (_totals_cells if total else _row_cells)(row, columns, looks, styles, ctx, size)
        body_rows.append(_body_row(cells, chosen, number, total=total, tinted=number in (selected or ())))
    body_rows += _placeholder_rows(element, len(columns), chosen)
    if not body_rows:
        span = max(len(columns), 1) + (chosen is not None)
        empty = esc(element.placeholder or ui_string("table_empty", ctx.lang))
        body_rows.append(f'<tr><td class="dsl-table-empty" colspan="{span}">{empty}</td></tr>')
    table = (
        f'<div class="dsl-table-scroll"><table style="--cols:{len(columns) + (chosen is not None)}">'
        f"{_colgroup(columns, chosen)}{head}<tbody>{''.join(body_rows)}</tbody></table></div>"
    )
    return box(element, _table_caption(element) + table, classes=_table_classes(element))


def _row_cells(
    row: Row, columns: list[Column], looks: list[ColumnLook], styles: list[str], ctx: RenderContext, size: str
) -> str:
    """The cells of an ordinary row, each drawn as its column's look says (`_body_cell`)."""
    return "".join(
        _body_cell(_cell_value(row, i, column), look, style, ctx, size, _cell_tone(row, i, column))
        for i, (column, look, style) in enumerate(zip(columns, looks, styles, strict=True))
    )


def _body_cell(
    value: TableCell, look: ColumnLook, style: str, ctx: RenderContext, size: str, tone: str | None = None
) -> str:
    """A body cell: its controls (`_cell_controls`), or its text, figure, mark or badge."""
    if isinstance(value, Element | list):
        labels = " has-short-labels" if _has_short_choice_labels(value) else ""
        return (
            f'<td class="{look.classes} has-control{labels}"{style}>{_cell_controls(value, ctx, size)}</td>'
        )
    if isinstance(value, ToneCell):  # the callers pass its text and tone apart (`_cell_value`)
        tone, value = value.tone, value.text
    inner = _cell_html(
        value,
        status=look.statuses,
        as_written=look.as_written,
        decimals=look.decimals,
        decimal_points=look.decimal_points,
        lang=ctx.lang,
        tone=tone if isinstance(value, str | int | float) else None,
    )
    # a cell's own tone wins over its sign's (`{text: "+2%", tone: neutral}` turns it off)
    sign = (
        change_cell_tone(value, change_column=look.change_header) if look.changes and tone is None else None
    )
    classes = look.classes + {"success": " is-gain", "danger": " is-loss"}.get(sign or "", "")
    return f'<td class="{classes}"{style}>{inner}</td>'


CHOICE_LABEL_WORDS, CHOICE_LABEL_CHARS = 3, 24
"""A label of a checkbox, switch or radio option in a cell this short ("Email digest", "Read
only") stays on one line in a table with room (`has-short-labels`): the column is made as wide
as it, where a column of long notes beside it took the room and broke it after "Email"."""


def _has_short_choice_labels(value: Element | list[Element | str] | list[Element]) -> bool:
    """Whether a cell's controls include a labelled choice (a checkbox, a switch, a radio group's
    options) and every such label is short (`CHOICE_LABEL_WORDS`, `CHOICE_LABEL_CHARS`)."""
    controls = value if isinstance(value, list) else [value]
    labels: list[str] = []
    for control in controls:
        if isinstance(control, Element) and control.type in CHOICE_TYPES:
            labels += [text for text in (control.label, control.text) if text][:1]
            labels += [o if isinstance(o, str) else o.label for o in control.options or []]
    return bool(labels) and all(
        len(label.split()) <= CHOICE_LABEL_WORDS and len(label.strip()) <= CHOICE_LABEL_CHARS
        for label in labels
    )


def _totals_cells(
    row: Row, columns: list[Column], looks: list[ColumnLook], styles: list[str], ctx: RenderContext, size: str
) -> str:
    """The cells of a row of the totals: blank where a value is missing (an invoice's Subtotal
    has no quantity nor price to draw a dash for), its label (`_label_index`) as plain text
    spanning the blank cells after it, as invoices draw "Total" across the columns of items;
    so the label neither widens its column (a "#" column grew to 150 px for "Total") nor aligns
    it (an Order column of numbers was drawn on the left)."""
    values = [_cell_value(row, i, column) for i, column in enumerate(columns)]
    label = _label_index(row, columns)
    cells, index = [], 0
    while index < len(columns):
        value, look, style = values[index], looks[index], styles[index]
        if index == label and isinstance(value, str):
            span = 1
            while index + span < len(columns) and _is_blank(values[index + span]):
                span += 1
            cells.append(_label_cell(value, look, style, span, ctx))
            index += span
            continue
        if value is None:
            cells.append(f'<td class="{look.classes}"{style}></td>')
        else:
            cells.append(_body_cell(value, look, style, ctx, size, _cell_tone(row, index, columns[index])))
        index += 1
    return "".join(cells)


def _label_cell(label: str, look: ColumnLook, style: str, span: int, ctx: RenderContext) -> str:
    """A totals row's label, `span` columns wide: plain text (never a badge) at the start side.
    Alone in its column (no blank cell after it) it is drawn as the column's cells are, aligned
    with them: a "Grand total" at the start of a column of right-aligned numbers read apart."""
    kept = [name for name in look.classes.split() if name != "dsl-table-select"] if span == 1 else []
    attrs = f' colspan="{span}"' if span > 1 else ""
    return (
        f'<td class="{" ".join(["dsl-table-label", *kept])}"{attrs}{style}>{_cell_text(label, ctx.lang)}</td>'
    )


CELL_AVATAR_PX = {"sm": 24.0, "md": 28.0, "lg": 32.0}
"""An avatar's size in a cell of a table of each `size`, when it has none of its own: a face as
tall as a cell's controls, so that the row keeps its height."""
COMPACT_CONTROL_TYPES = frozenset({"button", "input", "select", "rating"})
"""Cell controls drawn at `size: sm` unless sized: the md ones are taller than a row's line."""


def _cell_controls(value: Element | list[Element | str], ctx: RenderContext, size: str) -> str:
    """The elements of a cell side by side, each compact when it has no `size` of its own: a
    button, field or select at the small size, which the CSS makes as tall as the row's line
    and padding allow (`--cell-control-h`: 28 px in a table of the default size), an avatar as
    tall (`CELL_AVATAR_PX`). A text among them is drawn as a cell's text, in its place (a name
    beside its avatar: `[{type: avatar, name: Ana Ruiz}, Ana Ruiz]`). The row keeps the height
    a row of text has."""
    controls = value if isinstance(value, list) else [value]
    inner = "".join(
        ctx.render(_compact(control, size))
        if isinstance(control, Element)
        else f'<span class="dsl-table-control-text">{_cell_text(control, ctx.lang)}</span>'
        for control in controls
    )
    return f'<div class="dsl-table-controls">{inner}</div>'


def _compact(control: Element, size: str) -> Element:
    """`control` at a cell's size (see `_cell_controls`) in a table of `size`, unless it has its own."""
    if control.size is not None:
        return control
    if control.type in COMPACT_CONTROL_TYPES:
        return control.model_copy(update={"size": "sm"})
    if control.type == "avatar":
        return control.model_copy(update={"size": CELL_AVATAR_PX[size]})
    return control


def _table_head(
    columns: list[Column], looks: list[ColumnLook], rows: list[Row], chosen: set[int] | None, count: int
) -> str:
    """The header row, with the header checkbox of a selectable table (ticked when all `count`
    rows are, a dash when some are), and one over a column of unlabelled checkboxes (ticked as
    they are); none when no column has a label."""
    if not any(c.label for c in columns) and not any(look.head_box for look in looks):
        return ""
    cells = "".join(
        _select_cell("th", _column_mark(rows, index, column))
        if look.head_box
        else f'<th class="{look.classes}{_width_class(column)}">{esc(column.label or "")}</th>'
        for index, (column, look) in enumerate(zip(columns, looks, strict=True))
    )
    lead = _select_cell("th", _header_mark(chosen, count)) if chosen is not None else ""
    return f"<thead><tr>{lead}{cells}</tr></thead>"


def _width_class(column: Column) -> str:
    """`has-width` on the header of a column with a `width`: its label wraps inside that width
    (`PRODUCT NAME WHICH IS LONG` kept on one line made an 80 px column 300 px wide)."""
    return " has-width" if column.width is not None else ""


def _column_mark(rows: list[Row], index: int, column: Column) -> str | None:
    """The header checkbox of a column of checkboxes: ticked when each is, a dash when some are."""
    states = [_is_ticked(_cell_value(row, index, column)) for row in rows]
    ticked = [state for state in states if state is not None]
    if not any(ticked):
        return None
    return "check" if all(ticked) else "minus"


def _is_ticked(value: TableCell) -> bool | None:
    """Whether a cell's checkbox is ticked (as the checkbox draws it); None for another cell."""
    if not (isinstance(value, Element) and value.type == "checkbox"):
        return None
    return bool(value.checked if value.checked is not None else value.value)


def _table_caption(element: Element) -> str:
    if not element.title:
        return ""
    desc = f'<p class="dsl-table-desc">{esc(element.description)}</p>' if element.description else ""
    return f'<div class="dsl-table-caption"><h3>{esc(element.title)}</h3>{desc}</div>'


def _table_classes(element: Element) -> str:
    size = _table_size(element)
    return " ".join(
        name
        for name, on in (
            ("is-striped", element.striped),
            (f"is-{size}", size != "md"),
            ("has-font-size", bool(element.style and element.style.keys() & {"fontSize", "font"})),
        )
        if on
    )


def _placeholder_rows(element: Element, count: int, chosen: set[int] | None) -> list[str]:
    """`rows: N` draws N rows of grey bars of varied lengths: a table still loading."""
    placeholder_rows = element.rows if isinstance(element.rows, int) else 0
    rows = []
    for r in range(min(placeholder_rows, 200)):
        cells = "".join(
            f'<td><span class="dsl-table-bar" style="width:{40 + (r * 7 + i * 13) % 45}%"></span></td>'
            for i in range(count)
        )
        rows.append(_body_row(cells, chosen, None))
    return rows


def _colgroup(columns: list[Column], chosen: set[int] | None) -> str:
    """The columns' `width`s, on `<col>`s: they hold whether or not the table has a header row
    (a table of empty labels drew its 32 px column 70 px wide, and two such tables did not line
    up). Empty when no column has one."""
    widths = [_width(column) for column in columns]
    if not any(widths):
        return ""
    lead = "<col>" if chosen is not None else ""
    return f"<colgroup>{lead}{''.join(f'<col{width}>' for width in widths)}</colgroup>"


def _selected_rows(element: Element, count: int, totals: Sequence[int] = ()) -> set[int] | None:
    """The indexes (from 0) of the selected rows, or None when the table selects nothing: it does
    when `selectable` is true or `selected` names rows (with `selectable: false` they are tinted
    without a checkbox column, see `render_table`). `selected: true` selects every row; an index
    past the last row selects nothing, nor does a row of the `totals` (it sums the others up:
    nothing to select)."""
    selectable, selected = element.selectable, element.selectedRows
    if not (selectable or selected):
        return None
    if selected is True:
        return set(range(count)) - set(totals)
    indexes = selected if isinstance(selected, list) else []
    return {
        i
        for i in indexes
        if isinstance(i, int) and not isinstance(i, bool) and 0 <= i < count and i not in totals
    }


def _header_mark(chosen: set[int] | None, count: int) -> str | None:
    """The header checkbox: ticked when every row is, a dash when some are, else empty."""
    if not chosen:
        return None
    return "check" if len(chosen) == count else "minus"


def _select_cell(tag: str, mark: str | None) -> str:
    """A cell of the checkbox column: a checkbox drawn as the `checkbox` element draws it, with
    `mark` (`check`, `minus`) in it when ticked, or empty."""
    state = {"check": "true", "minus": "mixed"}.get(mark or "", "false")
    checked = " is-checked" if mark else ""
    tick = icon_span(mark, 13)
    box_html = f'<span class="dsl-checkmark" role="checkbox" aria-checked="{state}">{tick}</span>'
    return f'<{tag} class="dsl-table-select{checked}">{box_html}</{tag}>'


def _body_row(
    cells: str, chosen: set[int] | None, number: int | None, *, total: bool = False, tinted: bool = False
) -> str:
    """A body row: its cells, after its checkbox in a selectable table (ticked, and the row
    tinted, when `number` is among the chosen rows); a `tinted` row without a checkbox column is
    selected all the same (a list view's highlight). A `total` row is marked `is-total`, and has
    an empty cell where the others have their checkbox (a sum is not a row one selects)."""
    ticked = chosen is not None and number is not None and number in chosen
    states = " ".join(name for name, on in (("is-total", total), ("is-selected", ticked or tinted)) if on)
    opening = f'<tr class="{states}">' if states else "<tr>"
    if chosen is None:
        return f"{opening}{cells}</tr>"
    lead = '<td class="dsl-table-select"></td>' if total else _select_cell("td", "check" if ticked else None)
    return f"{opening}{lead}{cells}</tr>"


TABLE_SIZES = ("sm", "md", "lg")
"""A table's `size`: `sm` compact rows (about 32 px, 13 px text: an order book, a dense admin
grid), `md` the default (about 45 px, 14 px), `lg` roomier ones (about 52 px, 15 px)."""


def _table_size(element: Element) -> str:
    word = size_word(element.size)
    return word if word in TABLE_SIZES else "md"


def _column_colour(column: Column) -> str:
    """A column's `color` (a CSS colour or a tone: `danger` for the asks of an order book) as
    its body cells' text colour; the header keeps its muted look, a badge its tone."""
    colour = safe_color(getattr(column, "color", None))
    return f' style="color:{esc(colour)}"' if colour else ""


_WIDTH = re.compile(r"(\d{1,4}(?:\.\d+)?)(px|%)?")


def _width_of(column: Column) -> tuple[float, str] | None:
    """A column's `width` as a number and its unit, `px` (also for a bare number) or `%`."""
    width = column.width
    if isinstance(width, int | float):
        return float(width), "px"
    match = _WIDTH.fullmatch(width.strip()) if isinstance(width, str) else None
    return (float(match.group(1)), match.group(2) or "px") if match else None


def _width(column: Column) -> str:
    """The style of a column's `<col>`: its `width`, when it has one."""
    width = _width_of(column)
    return f' style="width:{width[0]:g}{width[1]}"' if width else ""


NARROW_COLUMN_PX = 50.0
"""A column given a width under this many px (a priority mark, an icon) has cells with narrow
side padding (`is-narrow`), so that the width holds: with the usual 16 px a side, a 32 px column
had no room left for its "!!!" and grew to 43 px."""


def _is_narrow(column: Column) -> bool:
    width = _width_of(column)
    return width is not None and width[1] == "px" and width[0] < NARROW_COLUMN_PX


# --- list --------------------------------------------------------------------------------------


def _is_rich(item: Item) -> bool:
    return bool(item.description or item.badge is not None or item.value is not None)


LIST_VARIANTS = ("bullet", "plain", "checklist", "divided")
"""`bullet`: markers; `plain`: light rows with inline icons; `checklist`: plain rows with a check
for items without an icon; `divided`: a bordered box with a row per item and icons on tiles."""


def list_variant(element: Element, items: list[Item]) -> str:
    """The author's variant, else: bullets for plain strings, light rows when items only have
    icons, the bordered look when they carry descriptions, badges or values."""
    variant = (element.variant or "").lower()
    if variant in LIST_VARIANTS:
        return variant
    if any(_is_rich(item) for item in items):
        return "divided"
    return "plain" if any(item.icon for item in items) else "bullet"


def _bullet_state(item: Item) -> str:
    """A bulleted entry's state as a class: the `active` one (the page you are on, in a table of
    contents) in the primary colour, a `disabled` one faded, as the other looks draw them."""
    states = [name for name, on in (("is-active", item.active), ("is-disabled", item.disabled)) if on]
    return f' class="{" ".join(states)}"' if states else ""


LIST_VALUE_TONES = frozenset({"success", "danger", "warning", "info", "primary", "muted"})
"""An item's `variant` colours its `value` (+$4,250.00 in green on a transactions list)."""


@renders("list")
def render_list(element: Element, ctx: RenderContext) -> str:
    """Bullets (or numbers), light icon rows, a checklist, or a divided list with icons and
    badges. An item's `icon` goes at the row's end with `iconPosition: end` (a settings row's
    chevron); its `badge` and `shortcut` are drawn at the row's end too, its `value` at the end of
    the label's line (`_text_with_value`); its `variant` tones its value and icons."""
    items = entries(element.items)
    variant = list_variant(element, items)
    if variant == "bullet":
        tag = "ol" if element.ordered else "ul"
        return box(element, _nested_bullets(items, tag), classes="dsl-list--plain")
    rows = [
        _list_row(item, index, variant, ordered=bool(element.ordered), touch=ctx.touch)
        for index, item in enumerate(items)
    ]
    classes = "dsl-list--divided" if variant == "divided" else f"dsl-list--rows dsl-list--{variant}"
    return box(element, f"<ul>{''.join(rows)}</ul>", classes=classes)


def _nested_bullets(items: Sequence[Item], tag: str) -> str:
    """The bullet list's HTML, an item's `indent` (1-4) nesting it that many levels in, a list
    inside the item above it, as a browser nests lists: each level indented, its own bullet
    (disc, circle, square) or its own numbering (the indent was ignored: every item on one level)."""
    html, depth = f"<{tag}>", 0
    for position, item in enumerate(items):
        level = min(item.indent or 0, depth + 1) if position else 0  # one level in at a time
        if position:
            html += f"<{tag}>" * (level > depth) or "</li>"
            html += f"</{tag}></li>" * (depth - level)
        html += f"<li{_bullet_state(item)}>{esc(item_label(item))}"
        depth = level
    return html + "</li>" + f"</{tag}></li>" * depth + f"</{tag}>"


def _list_row(item: Item, index: int, variant: str, *, ordered: bool, touch: bool) -> str:
    """One row of a list that is not bulleted: its lead (number or icon), label and description
    (with the value, when it has one: `_text_with_value`), then what goes at its end
    (`_list_trail`)."""
    icon_size = 18 if variant == "divided" else 16
    at_end = (item.iconPosition or "").lower() == "end" and bool(item.icon)
    glyph = None if at_end else item.icon or ("check" if variant == "checklist" else None)
    lead = ""
    if ordered:
        lead = f'<span class="dsl-list-lead dsl-list-num">{index + 1}</span>'
    elif glyph:
        pending = variant == "checklist" and "check" not in glyph.lower()
        lead_class = "dsl-list-lead is-pending" if pending else "dsl-list-lead"
        lead = f'<span class="{lead_class}">{icon_svg(glyph, icon_size)}</span>'
    label = f'<span class="dsl-list-label">{esc(label_beside_icon(item))}</span>'
    desc = f'<span class="dsl-list-desc">{esc(item.description)}</span>' if item.description else ""
    value = _list_value(item)
    badge = _list_badge(item)
    text = _text_with_value(label, desc, value, badge) if value else label + desc
    trail = ("" if value else badge) + _list_trail(item, icon_size if at_end else None, touch=touch)
    tone = (item.variant or "").lower()
    cls = (
        "dsl-list-item"
        + (" is-active" if item.active else "")
        + (" is-disabled" if item.disabled else "")
        + (f" is-{tone}" if tone in LIST_VALUE_TONES else "")
    )
    return f'<li class="{cls}">{lead}<span class="dsl-list-text">{text}</span>{trail}</li>'


def _text_with_value(label: str, desc: str, value: str, badge: str) -> str:
    """A row's texts when it has a value: the value on the label's line, at its end (a settings
    row's "Wi-Fi ... HomeNetwork", a mail list's time), so the description under them runs the
    row's full width; a badge goes at the end of the description's line (as a mail list's star
    sits under the time), or beside the value when there is no description. The value and the
    badge were columns of their own at the row's end, squeezing the label and the description
    beside them. How the label and the value share their line: see CSS (`.dsl-list-head`)."""
    if desc and badge:
        foot = f'<span class="dsl-list-foot">{desc}{badge}</span>'
        return f'<span class="dsl-list-head">{label}{value}</span>{foot}'
    return f'<span class="dsl-list-head">{label}{badge}{value}</span>{desc}'


def _list_value(item: Item) -> str:
    """An item's `value` as drawn beside its label ("" when it has none, or when the value is
    the only text and so is the label)."""
    if item.value is None or (item.label is None and item.text is None):
        return ""
    when = " is-when" if is_when(str(item.value)) else ""
    return f'<span class="dsl-list-value{when}">{esc(item.value)}</span>'


BADGE_TONES = {
    "success": "success",
    "warning": "warning",
    "danger": "danger",
    "info": "info",
    "muted": "neutral",
}
"""An item's `variant` -> the tone of its badge (`{badge: Worsening, variant: danger}`)."""


def _list_badge(item: Item) -> str:
    """An item's `badge` as a status badge ("" when it has none), in the tone of the item's
    `variant` (`BADGE_TONES`), else of its word (`status_tone`), else neutral."""
    if item.badge is None:
        return ""
    tone = (
        BADGE_TONES.get((item.variant or "").lower())
        or status_tone(str(item.badge))
        or _change_badge_tone(str(item.badge))
    )
    return f'<span class="dsl-pill dsl-pill--{tone}">{esc(item.badge)}</span>'


def _change_badge_tone(badge: str) -> str:
    """A badge that is a change in percent written with its sign (`+2.41%`, `-3.76%`): success
    for a gain, danger for a loss, neutral for a zero (`signed_tone`); any other badge neutral."""
    return (signed_tone(badge) if is_signed_percent(badge) else None) or "neutral"


_MONTHS = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
_WHEN = re.compile(
    r"(?i)^(?:\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?|yesterday|today|tomorrow|now|just now|"
    r"\d+\s?(?:s|m|min|mins|h|hr|hrs|d|w|wk|mo|y)(?:\s+ago)?|\d+\s+\w+\s+ago|"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    + _MONTHS
    + r" \d{1,2}|\d{1,2} "
    + _MONTHS
    + r")$"
)
"""A list row's `value` that says when (10:42, Yesterday, 2h ago, Mon, Jul 21), as a mail or
message list shows it: small and muted at the end of the label's line, never shortened, not a
figure beside the label."""


def is_when(value: str) -> bool:
    """Whether a list row's `value` is a time or a day (see _WHEN), not an amount."""
    return _WHEN.match(value.strip()) is not None


CHEVRON_SHORTCUTS = frozenset({">", "›", "»", "→", "->", "〉", "❯"})
"""A `shortcut` that is only an arrow: a settings row's "more" chevron, drawn as one."""

REMOVE_SHORTCUTS = frozenset({"×", "✕", "✖", "✗", "✘"})
"""A `shortcut` that is only a cross: a row's remove button (a recent search's). At the touch
density it is drawn as an icon button a finger can hit (as tall and wide as a control), elsewhere
as the key it was."""


def _list_trail(item: Item, end_icon_size: int | None, *, touch: bool) -> str:
    """What a list row shows at its end after its badge, in order: its `shortcut` (a key, a
    chevron for an arrow, a remove button for a cross at the touch density), and its icon when
    it goes at the end (`end_icon_size`)."""
    trail = ""
    shortcut = (item.shortcut or "").strip()
    if shortcut in CHEVRON_SHORTCUTS:
        trail += f'<span class="dsl-list-end">{icon_svg("chevron-right", 16)}</span>'
    elif touch and shortcut in REMOVE_SHORTCUTS:
        trail += f'<span class="dsl-list-end dsl-list-remove">{icon_svg("x", 18)}</span>'
    elif shortcut:
        trail += f'<kbd class="dsl-list-kbd">{esc(shortcut)}</kbd>'
    if end_icon_size is not None and item.icon:
        trail += f'<span class="dsl-list-end">{icon_svg(item.icon, end_icon_size)}</span>'
    return trail


# --- avatar, icon ------------------------------------------------------------------------------

_STATUS_CLASSES = {"online": "success", "active": "success", "away": "warning", "idle": "warning",
                   "busy": "danger", "dnd": "danger", "offline": "neutral"}  # fmt: skip


FACE_STYLE_PREFIXES = ("border", "background", "boxShadow", "outline", "color", "opacity", "filter")
"""`style` keys of an avatar that belong to the round face, not to the wrapper with the caption."""


def _split_face_style(element: Element) -> tuple[Element, str, float | None]:
    """The element without its face keys, those keys as CSS, and a px size its style asks for.

    A `border` or `background` on the wrapper would draw a square around a round face.
    """
    style = element.style or {}
    face = {k: v for k, v in style.items() if k.startswith(FACE_STYLE_PREFIXES) or k in ("width", "height")}
    if not face:
        return element, "", None
    sides = [px(face.pop(k)) for k in ("width", "height") if k in face]
    size = min((side for side in sides if side is not None), default=None)
    css = ";".join(f"{name}:{value}" for name, value in style_declarations(face).items())
    rest = {k: v for k, v in style.items() if k not in face and k not in ("width", "height")}
    return element.model_copy(update={"style": rest or None}), css, size


_CJK_LETTER = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]"
)
"""A Chinese character, kana or Hangul."""


def face_initials(name: str | None) -> str:
    """The letters on a face: a Latin (Greek, Cyrillic...) name's initials (`initials`), a
    Chinese, Japanese or Korean name's first character, the family name's (`山田 太郎` -> 山,
    `张伟` -> 张, `김민준` -> 김), as Google's and most Asian apps' default avatars draw them: the
    first characters of two parts read as a different name."""
    text = (name or "").strip()
    first = next((c for c in text if c.isalnum()), "")
    if first and _CJK_LETTER.fullmatch(first):
        return unicodedata.normalize("NFKC", first)
    return initials(personal_name(text))


HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "mx", "miss", "mister", "sir", "dame", "lord", "lady", "dr", "prof", "professor", "rev",
     "fr", "hon", "capt", "lt", "sgt", "dra", "sr", "sra", "srta", "herr", "frau", "mme", "mlle", "mgr", "dott",
     "dottssa", "ing"}
)  # fmt: skip
"""Titles written before a name (English, Spanish, Portuguese, German, French, Italian), lower-cased
without their point: `Dr. Lena Fischer` is drawn LF. A lone `M.` (Monsieur) is left alone: it is
as often a first initial, and `Don` a first name."""
POST_NOMINALS = frozenset(
    {"md", "phd", "dds", "dmd", "rn", "mba", "msc", "bsc", "llm", "cpa", "esq", "jr", "sr", "ii", "iii", "iv",
     "frcs", "mrcp", "dvm", "facs"}
)  # fmt: skip
"""Degrees, honours and generations written after a name (`Lena Fischer, MD`, `John Smith Jr.`),
lower-cased without their points; not those that are also names (`Ma`, `Do`)."""


def personal_name(name: str) -> str:
    """`name` without the titles before it and the degrees or generations after it, when a name
    is left: `Prof. Dr. Hans Weber` -> `Hans Weber`, `Lena Fischer, MD` -> `Lena Fischer`. A part
    after a comma that is no post-nominal stays (`Fischer, Lena`)."""
    parts = [part for part in name.split(",") if not _all_in(part, POST_NOMINALS)]
    words = " ".join(parts).split()
    while len(words) > 1 and _bare(words[0]) in HONORIFICS:
        words = words[1:]
    while len(words) > 1 and _bare(words[-1]) in POST_NOMINALS:
        words = words[:-1]
    return " ".join(words) or name


def _bare(word: str) -> str:
    """A title as `HONORIFICS` and `POST_NOMINALS` spell it: lower case, no points or hyphens."""
    return re.sub(r"[.\-]", "", word).casefold()


def _all_in(text: str, words: frozenset[str]) -> bool:
    """Whether `text` is one or more of `words` (and nothing else)."""
    bare = [_bare(word) for word in text.split()]
    return bool(bare) and all(word in words for word in bare)


def _avatar(
    name: str | None,
    src: str | None,
    size: float,
    status: str | None,
    shape: str | None,
    extra: str = "",
    *,
    font: float | None = None,
    hue: int | None = None,
    letters: int = 2,
) -> str:
    """One face: the picture or the initials (the first `letters` of them) on the tint of
    palette colour `hue` (by default the name's own, so that a person keeps a colour across the
    page)."""
    hue_index = _name_hue(name) if hue is None else hue
    font = max(size * 0.38, 9) if font is None else font
    style = f"width:{size:g}px;height:{size:g}px;font-size:{font:.1f}px;--tone:{palette_color(hue_index)}"
    style += f";--tone-ink:var(--avatar-{hue_index % len(PALETTE) + 1}-text)"  # theme.avatar_inks
    style += f";{extra}" if extra else ""
    initials = esc(unjoined(face_initials(name)[:letters]))
    picture = drawable_image_uri(src)
    if picture is not None:  # the initials stand in should Chromium draw nothing of it (FACE_CSS)
        face = f'<img src="{esc(picture)}" alt="{esc(name or "")}" data-initials="{initials}">'
    else:
        face = f"<span>{initials}</span>"
    dot = ""
    tone = _STATUS_CLASSES.get((status or "").lower())
    if tone:
        dot = f'<i class="dsl-avatar-status dsl-tone-{tone}" style="width:{max(size * 0.26, 8):.1f}px;height:{max(size * 0.26, 8):.1f}px"></i>'
    square = " is-square" if shape in ("square", "rounded") else ""
    return f'<span class="dsl-avatar-face{square}" style="{esc(style)}">{face}{dot}</span>'


def _name_hue(name: str | None) -> int:
    """The palette index of a name: a stable hash, the same in every run."""
    return zlib.crc32((name or "").encode()) % 8


GROUP_OVERLAP = 0.25
"""How much of a grouped face the next one covers, as a share of the size."""
GROUP_FONT_SCALE = 0.34
"""Initials in a group, as the "+N" count, at most this share of the size: a little smaller
than a lone avatar's (0.38), to fit the three quarters of a face left in view."""

INITIAL_EMS: dict[str, float] = {
    **dict.fromkeys("IJ", 0.4), **dict.fromkeys("EFLSTZ", 0.58), **dict.fromkeys("ABCKPRVXY", 0.7),
    **dict.fromkeys("DGHNOQU", 0.81), **dict.fromkeys("MW", 0.97),
}  # fmt: skip
"""Advance of bold capitals in the theme font (Noto Sans), in em, rounded up by groups; any
other letter counts as the widest."""

GROUP_HUE_DEGREES = (239, 199, 160, 38, 330, 258, 173, 25)
"""Hue of each palette colour as the default theme draws it (indigo primary, sky, emerald,
amber, pink, violet, teal, orange): indigo and violet, sky, teal and emerald, amber and orange
read as the same colour on a face's light tint."""
GROUP_HUE_NEAR = 35
"""Hues closer than this many degrees look alike on a face's tint."""
GROUP_HUE_WINDOW = 4
"""A grouped face's colour differs from that of the faces this many places before it."""


GROUP_MIN_FONT = 9.0
"""The smallest initials (px) of a group's faces."""


def _group_letters(names: Sequence[str | None], size: float, typeface: Typeface) -> int:
    """How many initials each face of a group shows: two, or one when the widest pair ("MO")
    would not fit, even at `GROUP_MIN_FONT`, in the part of the face the next one leaves in
    view (on `xs` faces of 24 px, the next face hid the O of "MO")."""
    visible = size * (0.5 - GROUP_OVERLAP) * 2
    widest = max((_initials_ems(face_initials(name), typeface) for name in names), default=1.0)
    return 2 if widest * GROUP_MIN_FONT <= visible + 1 else 1


def _initials_ems(letters: str, typeface: Typeface) -> float:
    """How wide bold initials are in the theme's `typeface`, in em."""
    return sum(in_typeface(c, INITIAL_EMS.get(c, 0.97), typeface) for c in letters)


def _group_font(names: Sequence[str | None], size: float, typeface: Typeface, letters: int = 2) -> float:
    """One size for a group's initials (`letters` of each name): `GROUP_FONT_SCALE` of the face,
    smaller when the widest pair ("MW", "MO") would not fit, centred, in the part of the face
    that the next one leaves in view (half the face's width, around its centre)."""
    widest = max((_initials_ems(face_initials(name)[:letters], typeface) for name in names), default=1.0)
    return max(min(size * GROUP_FONT_SCALE, size * (0.5 - GROUP_OVERLAP) * 2 / widest), GROUP_MIN_FONT)


def _hues_near(a: int, b: int) -> bool:
    turn = abs(GROUP_HUE_DEGREES[a % 8] - GROUP_HUE_DEGREES[b % 8]) % 360
    return min(turn, 360 - turn) < GROUP_HUE_NEAR


def _group_hues(names: Sequence[str | None]) -> list[int]:
    """Each face's palette index: its name's own, or the next one along the palette that does
    not look like the faces just before it (two lavender faces side by side read as one)."""
    hues: list[int] = []
    for name in names:
        own = _name_hue(name)
        recent = hues[-GROUP_HUE_WINDOW:]
        candidates = [(own + step) % 8 for step in range(8)]
        free = [h for h in candidates if not any(_hues_near(h, other) for other in recent)]
        apart = [h for h in candidates if not recent or not _hues_near(h, recent[-1])]
        hues.append((free or apart or [own])[0])
    return hues


@renders("avatar")
def render_avatar(element: Element, ctx: RenderContext) -> str:
    """A round picture (data: URI only) or coloured initials; `items` of names draws a stacked group."""
    element, face_css, styled_size = _split_face_style(element)
    size = styled_size or size_px(element, 40, AVATAR_SIZES)
    if element.items:
        return _avatar_group(element, size, face_css, ctx.typeface)
    name = element.name or element.text or element.label or element.alt
    face = _avatar(name, element.src, size, element.status, element.variant, face_css)
    caption = ""
    if element.label and element.name:
        sub = f'<span class="dsl-avatar-sub">{esc(element.description)}</span>' if element.description else ""
        caption = f'<span class="dsl-avatar-caption"><span class="dsl-avatar-name">{esc(element.name)}</span>{sub}</span>'
    elif element.description and name:
        caption = (
            f'<span class="dsl-avatar-caption"><span class="dsl-avatar-name">{esc(name)}</span>'
            f'<span class="dsl-avatar-sub">{esc(element.description)}</span></span>'
        )
    return box(element, face + caption)


def _avatar_group(element: Element, size: float, face_css: str, typeface: Typeface) -> str:
    """The faces of `items` (at most `max`, then a "+N" count), each over the one before by
    `GROUP_OVERLAP` of the size, behind a ring of the surface colour (the CSS), in colours that
    tell neighbours apart, with initials that stay whole and readable in the theme's `typeface`
    (one each on faces too small for two: `_group_letters`)."""
    names = entries(element.items)
    limit = int(element.max) if element.max else 5
    shown = [item_label(item) for item in names[:limit]]
    letters = _group_letters(shown, size, typeface)
    font = _group_font(shown, size, typeface, letters)
    faces = "".join(
        _avatar(name, None, size, None, element.variant, face_css, font=font, hue=hue, letters=letters)
        for name, hue in zip(shown, _group_hues(shown), strict=True)
    )
    extra = len(names) - limit
    if extra > 0:
        faces += (
            f'<span class="dsl-avatar-face dsl-avatar-more" style="width:{size:g}px;height:{size:g}px;'
            f'font-size:{font:.1f}px">+{extra}</span>'
        )
    overlap = {"--overlap": f"{size * GROUP_OVERLAP:g}px"}
    return box(element, faces, classes="dsl-avatar-group", style=overlap)


@renders("icon")
def render_icon(element: Element, ctx: RenderContext) -> str:
    """A Lucide icon by `name` (or `icon`); `variant: soft|solid|circle` puts it on a tinted tile."""
    name = element.name or element.icon or element.text
    size = size_px(element, 20)
    color = safe_color(element.color)
    variant = element.variant if element.variant in ("soft", "solid", "circle") else None
    style = {"color": color} if color else {}
    svg = icon_svg(name, size)
    if variant:
        tile = size * 2
        if color and element.color and element.color.strip().lower() != "primary":
            style.update(_tile_in(element.color.strip().lower(), color, solid=variant == "solid"))
        style.update(width=f"{tile:g}px", height=f"{tile:g}px")
        return box(element, svg, tag="span", classes=f"dsl-icon--{variant}", style=style)
    return box(element, svg, tag="span", style=style)


ICON_TILE_TONES = {
    "success": "success",
    "warning": "warning",
    "danger": "danger",
    "error": "danger",
    "info": "info",
}
"""The tones whose tint, fill and text colours the theme holds (`--success-soft`, ...)."""


def _tile_in(name: str, color: str, *, solid: bool) -> dict[str, str]:
    """An icon's tile in the icon's own `color` (a tone's name, or any colour as `color`), not in
    the brand colour: a green check sat on a purple tile. Soft and circle tiles are a tint with
    the glyph in the colour; a solid tile is filled with it and the glyph is white."""
    tone = ICON_TILE_TONES.get(name)
    if solid:
        return {"background": f"var(--{tone}-solid)" if tone else color, "color": "#fff"}
    if tone:
        return {"background": f"var(--{tone}-soft)", "color": f"var(--{tone}-text)"}
    return {"background": f"color-mix(in srgb,{color} 14%,var(--surface))"}


# --- stat, progress ----------------------------------------------------------------------------


RISING_MARKS = frozenset("↑▲△⬆↗⇧⇡")
"""Arrows and triangles an author types before (or after) a change that went up."""
FALLING_MARKS = frozenset("↓▼▽⬇↘⇩⇣")
"""Those of a change that went down."""
FLAT_MARKS = frozenset("→↔")
"""Those of a change that stayed flat."""
MINUS_SIGNS = ("-", "−", "–")
"""A hyphen, the minus sign and the en dash that spreadsheets and typesetters put in its place."""
_CHANGE_FIGURE = re.compile(r"\d[\d,.\s\u202f]*")
_ACCOUNTING_NEGATIVE = re.compile(r"\(\s*[^()]*\d[^()]*\)")
_TREND_WORD = re.compile(r"(up|down)\b", re.IGNORECASE)

RISING = ("success", "trending-up")
FALLING = ("danger", "trending-down")
FLAT = ("neutral", "minus")


@dataclass(frozen=True)
class Trend:
    """How a stat's `change` is drawn: its `tone` (success, danger or neutral), the trend `icon`
    in its pill, and its `text` as shown (without an arrow typed in it: the icon is one)."""

    tone: str
    icon: str
    text: str


def read_change(change: str) -> Trend:
    """Which way a stat's `change` went, as its author wrote it: an arrow or a triangle typed
    before or after it (↑ ▲ ⬆ ↗ up, ↓ ▼ ⬇ ↘ down, → flat; `_typed_trend`), else its words
    (`_written_trend`). A change of zero is flat whatever its sign or arrow (`+0.0%`, `▲ 0`)."""
    typed, shown = _typed_trend(change.strip())
    figure = _CHANGE_FIGURE.search(shown)
    if figure is not None and not any(
        char.isdigit() and unicodedata.digit(char, 0) for char in figure.group(0)
    ):
        return Trend(*FLAT, shown)
    return Trend(*(typed or _written_trend(shown, has_figure=figure is not None)), shown)


def _typed_trend(text: str) -> tuple[tuple[str, str] | None, str]:
    """The direction of an arrow typed at the start or the end of `text` (a tone and an icon),
    and the text without it: the pill draws its own ("↑ 12%" drew two arrows). No direction and
    the text as written when it has none."""
    for mark, rest in ((text[:1], text[1:]), (text[-1:], text[:-1])):
        rest = rest.removeprefix("\ufe0f").removesuffix("\ufe0f").strip()  # ⬆️: the emoji form
        if mark in RISING_MARKS:
            return RISING, rest
        if mark in FALLING_MARKS:
            return FALLING, rest
        if mark in FLAT_MARKS:
            return FLAT, rest
    return None, text


def _written_trend(text: str, *, has_figure: bool) -> tuple[str, str]:
    """The direction a change's words give: a leading "up" or "down" ("Up 3 vs last week"); a
    minus sign, or accounting's parentheses (`(3.5%)`, as a table reads `(300)`), a fall; a plus
    sign or an unsigned figure (`12%`) a rise; flat without a figure (`-`, `vs last week`)."""
    word = _TREND_WORD.match(text)
    if word is not None:
        return RISING if word.group(1).lower() == "up" else FALLING
    if not has_figure:
        return FLAT
    if text.startswith(MINUS_SIGNS) or _ACCOUNTING_NEGATIVE.fullmatch(text):
        return FALLING
    return RISING if text.startswith("+") or text[:1].isdigit() else FLAT


@renders("stat")
def render_stat(element: Element, ctx: RenderContext) -> str:
    """A key-figure card: `label`, big `value`, `change` coloured by sign, `icon`, `description`
    (or `text` beside a `value`: "vs last month"; without one, `text` is the figure); `size`
    sm/md/lg (`STAT_SIZES`). The label wraps between words beside the icon's tile; when its
    longest word does not fit there, the tile shrinks, then goes (its slot: the CSS), and only
    a word too long for the whole card ends in "…". The value shrinks to fit, then wraps between
    words, never inside a number (one too long ends in "…"). Stats side by side in a row share
    its width and its height, and line up their figures when a label wraps (`stat_lines`); in
    equal columns their figures, changes and icons are drawn alike (`stat_rows`)."""
    label = element.label or element.title or ""
    size = stat_size(element)
    icon = (
        f'<span class="dsl-stat-icon-slot"><span class="dsl-stat-icon">{icon_svg(element.icon, STAT_ICONS[size])}'
        "</span></span>"
        if element.icon
        else ""
    )
    change = _stat_change(element)
    note = element.description or (element.text if element.value is not None else None)
    desc = f'<span class="dsl-stat-desc">{esc(note)}</span>' if note else ""
    foot = (
        f'<div class="dsl-stat-foot"{_foot_style(element, note, ctx.typeface)}>{change}{desc}</div>'
        if change or desc
        else ""
    )
    text = stat_value_text(element, ctx.lang)
    inner = (
        f'<div class="dsl-stat-head"><span class="dsl-stat-label">{esc(label)}</span>{icon}</div>'
        f'<div class="dsl-stat-value" style="--ems:{_text_ems(text, ctx.typeface):.2f}"><span>{esc(text)}</span></div>{foot}'
    )
    return box(element, inner, classes=f"is-{size}" if size != "md" else "")


_CHANGE_CONTEXT = re.compile(
    r"\s+(?=(?:vs\.?|versus|from|since|than|compared|over|this|last|in|on|per|yoy|mom|wow|qoq)(?!\w))",
    re.IGNORECASE,
)
"""The space before the words that say what a change is measured against ("vs last month",
"from last week", "this quarter")."""


def change_parts(text: str) -> tuple[str, str]:
    """A stat's change split into its figure and what it is measured against: ("-$1,200", "vs
    last month"), ("Down 2", "from last week"); the whole text and "" when it names nothing after
    a figure ("+12%", "up 4 pts", "+5 (12%)")."""
    for match in _CHANGE_CONTEXT.finditer(text):
        head = text[: match.start()]
        if any(char.isdigit() for char in head):
            return head, text[match.end() :]
    return text, ""


def _stat_change(element: Element) -> str:
    """A stat's `change`: its figure in a pill of one line, tinted by its trend (`read_change`),
    and what it is measured against after it as plain muted text ("vs last month"), as KPI cards
    write it; a pill of words wrapped into a rounded blob. A pill wider than the card drops its
    arrow, then draws its figure smaller (to 3/4 of its size: `--change-ems` on the foot, the
    CSS), then breaks the figure onto a second line, rather than cut its digits ("+12.…"); the
    words after it wrap under it."""
    if not element.change:
        return ""
    tone = element.variant if element.variant in ("success", "danger", "warning", "neutral") else None
    trend = read_change(element.change)
    figure, context = change_parts(trend.text)
    # A figure of no words ("-0.0001%") breaks onto a second line rather than lose digits to "…".
    figure_class = "" if any(char.isalpha() for char in figure) else " is-figure"
    pill = (
        f'<span class="dsl-stat-change dsl-tone-{tone or trend.tone}">'
        f'{icon_svg(trend.icon, 14)}<span class="dsl-stat-change-text{figure_class}">{esc(figure)}</span></span>'
    )
    return pill + (f'<span class="dsl-stat-desc">{esc(context)}</span>' if context else "")


CHANGE_PILL_PX = 29
"""What a change's pill adds to its figure: its side paddings (12 px), arrow (14) and gap (3)."""
STAT_FOOT_GAP_PX = 8
CHANGE_MARGIN = 1.06
"""A change figure is taken this much wider than its estimate: drawn a hair smaller than it
might be rather than a hair too wide, its last digit cut."""


def change_figure_ems(element: Element, typeface: Typeface) -> float | None:
    """About how wide a stat's change figure ("+12.4%") is, in em of its pill's font, a little
    more rather than less; None without a change."""
    if not element.change:
        return None
    return _text_ems(change_parts(read_change(element.change).text)[0], typeface) * CHANGE_MARGIN


def _foot_style(element: Element, note: str | None, typeface: Typeface) -> str:
    """The style attribute of a stat's foot holding a change's pill: the figure's width in em
    (`--change-ems`), and the foot's one-line width, estimated: it is a size container (its pill's
    figure fits itself to it), which takes no width from its content; "" for a foot without one."""
    figure = change_figure_ems(element, typeface)
    if figure is None:
        return ""
    context = change_parts(read_change(element.change or "").text)[1]
    words = " ".join(part for part in (context, note) if part)
    px = CHANGE_PILL_PX + (STAT_FOOT_GAP_PX * (1 + bool(context and note)) if words else 0)
    ems = figure + (label_em(words, typeface) if words else 0)
    return f' style="--change-ems:{figure:.2f};contain-intrinsic-inline-size:calc({ems:.2f}em + {px}px)"'


def stat_value_text(element: Element, lang: str | None = None) -> str:
    """The figure a stat draws large: its `value`, else its `text`, else a dash. A numeric value
    is grouped in thousands as a table's cell is (`1234567.891` is "1,234,567.89"), with the
    signs of `lang` ("1.234.567,89" in German); a string is drawn as written."""
    value = element.value if element.value is not None else element.text
    if isinstance(value, int | float) and not isinstance(value, bool):
        return localize_number_text(format_figure(value, grouped=True), lang)
    return str(value) if value is not None else "—"


def stat_value_ems(element: Element, typeface: Typeface) -> float:
    """About how wide a stat's figure is, in em of its own font (see `_text_ems`; grouped the
    English way, whose signs are about as wide as any language's)."""
    return _text_ems(stat_value_text(element), typeface)


STAT_SIZES = ("sm", "md", "lg")
"""A stat's `size`: `sm` a compact card with a 20 px value (a row of many figures, a sidebar),
`md` the default 28 px, `lg` a hero figure of 36 px."""
STAT_LABEL_PX = {"sm": 12.5, "md": 13.5, "lg": 14.5}
"""The font size of a stat's label at each size (the CSS)."""


def stat_size(element: Element) -> str:
    """A stat's size word, one of STAT_SIZES (`md` for anything else)."""
    size = size_word(element.size)
    return size if size in STAT_SIZES else "md"


STAT_ICONS = {"sm": 16, "md": 18, "lg": 20}
"""The px of a stat's icon at each size (on a tile of 28, 34 and 40 px: the CSS)."""


TEXT_EMS: dict[str, float] = {
    **dict.fromkeys("0123456789$€£¥+−=#", 0.57), **dict.fromkeys(".,:;'!|", 0.29), "°": 0.45,
    **dict.fromkeys("-/()[] ", 0.41), "%": 0.9, **INITIAL_EMS, **dict.fromkeys("mMW", 0.98), "w": 0.86,
}  # fmt: skip
"""Advance of bold characters in the theme font, in em; other lower-case letters count 0.62,
anything else (CJK, emoji) a full em."""


def _text_ems(text: str, typeface: Typeface) -> float:
    """About how wide `text` is in bold in the theme's `typeface`, in em (less the stat value's tight
    letter-spacing), with a margin so that rounding never breaks a figure: the width the value
    asks for before it shrinks to its card."""
    width = sum(in_typeface(c, TEXT_EMS.get(c, 0.62 if c.islower() else 1.0), typeface) - 0.02 for c in text)
    return max(width * 1.03, 0.5)


def _tone_color(element: Element) -> str | None:
    if element.color:
        return safe_color(element.color)
    if element.variant in ("success", "warning", "danger", "info"):
        return f"var(--{element.variant})"
    return None


def _share(element: Element) -> float:
    """What share of its range a progress's value is, 1 for the whole range and more past it (a
    quota of 130 out of 100 is 1.3): `value` of `min`..`max` (0..100 by default). Without a
    `max` (nor a `min`), a value above 0 and at most 1 is a fraction (`0.65` fills 65 %, as
    `value: 65` does; `1` the whole bar) unless its `text` or `label` states it as a percentage
    and not as that fraction (`0.4` beside "338 (0.4%)" fills 0.4 %, `1` beside "1%" fills 1 %:
    `small_value_reading`), a value such as `"65%"` fills that share of the bar, and one such as
    `"780/1000"` that count out of its whole (as a rating reads "4/5")."""
    value = element.value
    number: float | None = None
    share: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    elif written := written_value(value):
        number, is_percent = written
        if is_percent:
            share = number / 100
    elif (fraction := written_fraction(value)) and fraction[1] > 0:
        return fraction[0] / fraction[1]
    if share is None and number is not None and _fraction_of_one(element, number):
        stated = stated_percents(element.text, element.label)
        share = number / 100 if small_value_reading(number, stated) == "percent" else number
    if share is not None:
        return share
    maximum = element.max if element.max and element.max > 0 else 100.0
    minimum = element.min or 0.0
    span = maximum - minimum if maximum > minimum else 1.0
    return ((number or 0.0) - minimum) / span


def _fraction_of_one(element: Element, number: float) -> bool:
    """Whether a progress's value may be a fraction of 1 (`0.65`, `1`) rather than a count out of
    100 (`0.65%`, `1%`): on the default range, above 0 and at most 1 (`may_be_fraction`)."""
    default_range = not (element.max and element.max > 0) and not element.min
    return default_range and may_be_fraction(number)


@renders("progress")
def render_progress(element: Element, ctx: RenderContext) -> str:
    """A bar (or `variant: circle` ring) filled to `value` of `max`, with `label` and the figure:
    the percentage, or the author's `text` in its place ("21.5°C", "9/24"). A bar without a
    `label` takes its `text` as the label. A value past the end (over quota) is labelled with
    its real percentage ("130%") and drawn full, in the warning tone unless it has its own."""
    share = _share(element)
    ratio = min(max(share, 0.0), 1.0)
    percent = f"{share * 100:.0f}%"
    color = _tone_color(element) or ("var(--warning)" if share > 1 else None)
    tone_style = f"--bar:{color};" if color else ""
    if element.variant in ("circle", "ring", "radial"):
        return _progress_ring(element, ratio, percent, color, ctx.typeface)
    head = ""
    caption = element.label or element.text
    if caption:
        figure = _bar_figure(element, caption, percent)
        head = f'<div class="dsl-progress-head"><span class="dsl-progress-label">{esc(caption)}</span>{figure}</div>'
    height = size_px(element, 8)
    track = (
        f'<div class="dsl-progress-track" style="height:{height:g}px">'
        f'<div class="dsl-progress-fill" style="{tone_style}width:{ratio * 100:.2f}%"></div></div>'
    )
    return box(element, head + track)


def _bar_figure(element: Element, caption: str, percent: str) -> str:
    """The figure at a bar's right end: its `text` beside a `label`, else the percentage, unless
    the caption already states one ("42% done" is not followed by it again)."""
    if element.label and element.text:
        return f'<span class="dsl-progress-value">{esc(element.text)}</span>'
    return "" if "%" in caption else f'<span class="dsl-progress-value">{esc(percent)}</span>'


def _progress_ring(
    element: Element, ratio: float, percent: str, color: str | None, typeface: Typeface
) -> str:
    """A ring filled to `ratio`, the percentage (or the author's `text`, sized by its width in the
    theme's `typeface`) in its centre, the `label` beside it."""
    size = size_px(element, 72) if element.size is not None else (_ring_side(element) or 72.0)
    stroke = max(size * 0.1, 3)
    radius = (size - stroke) / 2
    circumference = 2 * 3.141592653589793 * radius
    dash = f"{circumference * ratio:.2f} {circumference:.2f}"
    c = size / 2
    # An empty ring has no arc: a zero-length dash with round caps is still a dot at 12 o'clock.
    arc = (
        f'<circle class="dsl-ring-fill" cx="{c:g}" cy="{c:g}" r="{radius:.2f}" stroke-width="{stroke:.1f}"'
        f' stroke-dasharray="{dash}" transform="rotate(-90 {c:g} {c:g})"/>'
        if ratio > 0
        else ""
    )
    svg = (
        f'<svg width="{size:g}" height="{size:g}" viewBox="0 0 {size:g} {size:g}" aria-hidden="true">'
        f'<circle class="dsl-ring-track" cx="{c:g}" cy="{c:g}" r="{radius:.2f}" stroke-width="{stroke:.1f}"/>'
        f"{arc}</svg>"
    )
    font = max(size * 0.22, 10)
    if element.text:
        font = _ring_text_font(element.text, size - 2 * stroke, font, typeface)
        center = (
            f'<span class="dsl-ring-value is-text" style="font-size:{font:.1f}px">{esc(element.text)}</span>'
        )
    else:
        center = f'<span class="dsl-ring-value" style="font-size:{font:.1f}px">{percent}</span>'
    label = f'<span class="dsl-progress-label">{esc(element.label)}</span>' if element.label else ""
    return box(
        element,
        f'<span class="dsl-ring" style="width:{size:g}px;height:{size:g}px">{svg}{center}</span>{label}',
        classes="dsl-progress--circle",
        style={"--bar": color} if color else None,
    )


def _ring_side(element: Element) -> float | None:
    """How wide a ring without a `size` is drawn when its `layout` or `style` gives it a width or a
    height in px: the smaller of those given (a 200 x 200 box is a 200 px ring; it stayed 72)."""
    style = element.style or {}
    layout = element.layout
    given = [
        px_or_none(length)
        for length in (
            layout.width if layout else None,
            layout.height if layout else None,
            style.get("width"),
            style.get("height"),
        )
    ]
    sides = [side for side in given if side is not None and side > 0]
    return min(min(sides), 2000.0) if sides else None


RING_TEXT_WIDTH = 0.85
"""The share of a ring's hole that its centre text may take, across: clear of the ring."""
RING_TEXT_MIN = 9.0
"""The smallest font (px) of a ring's centre text."""


def _ring_text_font(text: str, hole: float, font: float, typeface: Typeface) -> float:
    """The font size of a ring's centre text: the percentage's `font`, smaller when the text's
    longest word in the theme's `typeface` would not fit across the hole (`9/24 lessons` breaks
    between its words)."""
    widest = max((_text_ems(word, typeface) for word in text.split()), default=1.0)
    return max(min(font, hole * RING_TEXT_WIDTH / widest), RING_TEXT_MIN)


# --- chart -------------------------------------------------------------------------------------


def chart_header_height(element: Element) -> float:
    """The px a chart's `title` and `description` take above it."""
    return (38 if element.title else 0) + (20 if element.description else 0)


def chart_plot_height(element: Element) -> float:
    """The px a chart's plot (or pie and its legend) is tall: its `layout.height` less its title
    and description and a legend of series below it, else `size`, else 240 (a pie 200)."""
    pie = (element.variant or "").lower() in ("pie", "donut", "doughnut", "ring")
    fixed_height = px(element.layout.height) if element.layout else None
    if fixed_height:
        legend_h = SERIES_LEGEND_HEIGHT if chart_series_legend(element) else 0.0
        return fixed_height - chart_header_height(element) - legend_h
    return size_px(element, 200.0 if pie else 240.0)


SERIES_LEGEND_HEIGHT = 34.0
"""The px the legend of several series takes under a bar, line or area chart."""


def chart_series_legend(element: Element) -> bool:
    """Whether a bar, line or area chart draws the legend of its several series: always, but in
    a box of set `layout.height` only when its plot keeps `SPARKLINE_HEIGHT` with the legend
    under it. A box less tall is a sparkline (no axes, no legend) only under `SPARKLINE_HEIGHT`,
    as one series' is; between the two the axes stay and the legend is left out (the validator
    warns: `chart_legend_dropped`)."""
    pie = (element.variant or "").lower() in ("pie", "donut", "doughnut", "ring")
    multi = bool(element.data and element.data.series and len(element.data.series) > 1)
    if pie or not multi:
        return False
    fixed_height = px(element.layout.height) if element.layout else None
    if not fixed_height:
        return True
    return fixed_height - chart_header_height(element) - SERIES_LEGEND_HEIGHT >= SPARKLINE_HEIGHT


@renders("chart")
def render_chart(element: Element, ctx: RenderContext) -> str:
    """A chart with optional `title`/`description`; its height follows `layout.height` or `size`
    (a pie's legend that goes under it adds its rows to a `size`, not to a `layout.height`).
    `label` captions a donut's total (default "Total") or, on a donut of shares, names the share
    shown in its centre; `placeholder` fills an empty chart."""
    layout = element.layout
    # A relative width ("50%") is only known to Chromium: the chart fills it, sized for the default.
    width = (px(layout.width) if layout else None) or 560.0
    height = chart_plot_height(element)
    header = ""
    if element.title or element.description:
        desc = f'<p class="dsl-chart-desc">{esc(element.description)}</p>' if element.description else ""
        header = f'<div class="dsl-chart-head"><h3>{esc(element.title or "")}</h3>{desc}</div>'
    body = chart_html(
        element.variant,
        element.data,
        width=width,
        height=height,
        uid=ctx.next_id("chart"),
        center_label=element.label,
        total_label=ui_string("chart_total", ctx.lang),
        other_label=ui_string("chart_other", ctx.lang),
        more_label=ui_string("calendar_more", ctx.lang),
        lang=ctx.lang,
        typeface=ctx.typeface,
        grows=not (element.layout and px(element.layout.height)),
        legend=chart_series_legend(element),
        empty_text=element.placeholder
        if element.placeholder is not None
        else ui_string("chart_empty", ctx.lang),
    )
    return box(element, header + body)


CSS = (
    CHART_CSS
    + STAT_LINES_CSS
    + f".dsl-table td.is-wordy{{min-width:min({WORDY_COLUMN_MIN_EM}em,40cqi)}}\n"
    + """
.dsl-tone-success{color:var(--success)}.dsl-tone-warning{color:var(--warning)}
.dsl-tone-danger{color:var(--danger)}.dsl-tone-info{color:var(--info)}.dsl-tone-neutral{color:var(--muted-foreground)}
.dsl-table-tone:not(.dsl-tone-neutral){font-weight:600}

.dsl-table{border:1px solid var(--border);border-radius:min(var(--radius),24px);background:var(--surface);color:var(--foreground);font-size:14px;overflow:hidden;min-width:0;box-sizing:border-box}
.dsl-table-caption{padding:16px 18px 14px;border-bottom:1px solid var(--border)}
.dsl-table-caption h3{margin:0;font-size:15px;font-weight:600;color:var(--foreground)}
.dsl-table-desc{margin:3px 0 0;font-size:13px;color:var(--muted-foreground)}
.dsl-table-scroll{overflow:hidden;container-type:inline-size}
.dsl-hflow>.dsl-table{flex:1 1 320px}
.dsl-grid:not([style*="align-items"])>.dsl-table:not(.has-height){align-self:start}
.dsl-hflow.has-flexed-child>.dsl-table{flex-grow:0}
.dsl-table table{width:100%;border-collapse:collapse;font-variant-numeric:tabular-nums;--cell-x:clamp(10px,12cqi / var(--cols,1),16px)}
.dsl-table th{padding:calc(var(--pad) * .5) var(--cell-x);background:var(--muted);color:var(--muted-foreground);font-size:calc(13em / 14);font-weight:600;text-align:start;white-space:nowrap;border-bottom:1px solid var(--border)}
.dsl-table td{padding:calc(var(--pad) * .6) var(--cell-x);border-bottom:1px solid var(--border);overflow-wrap:break-word;line-height:1.4}
.dsl-table td.is-right,.dsl-table td:has(>.dsl-pill){white-space:nowrap}
.dsl-table tbody tr:last-child td{border-bottom:0}
.dsl-table tbody tr:not(.is-total)+tr.is-total td{border-top:2px solid var(--input)}
.dsl-table tbody tr.is-total:last-child td{font-weight:600}
@container (min-width:560px){.dsl-table td.is-short{white-space:nowrap}}
.dsl-table.is-striped tbody tr:nth-child(even):not(.is-selected) td{background:color-mix(in srgb,var(--muted) 55%,var(--surface))}
.dsl-table .is-right{text-align:right}.dsl-table .is-center{text-align:center}
.dsl-table-none{color:var(--placeholder)}
.dsl-table-code{white-space:nowrap}.dsl-table-room{visibility:hidden}
.dsl-table :is(th,td).is-fit{width:1px;white-space:nowrap}
.dsl-table th.has-width{white-space:normal}
.dsl-table-long{overflow-wrap:anywhere}
.dsl-table :is(th,td).is-narrow{padding-inline:6px}
.dsl-table .dsl-table-select{width:18px;padding-inline-end:0}
.dsl-table-select>.dsl-checkmark{display:flex;margin:0}
.dsl-table{--row-selected:light-dark(var(--primary-soft),color-mix(in srgb,var(--primary-indicator) 10%,var(--primary-soft)))}
.dsl-table tbody tr.is-selected{--selected-link:light-dark(var(--primary-text),color-mix(in srgb,var(--primary-text) 80%,var(--foreground)))}
.dsl-table tbody tr.is-selected td{background:var(--row-selected);--muted-foreground:var(--muted-foreground-on-muted);--primary-text:var(--selected-link)}
.dsl-table tbody tr.is-selected>td:first-child{box-shadow:inset 2px 0 0 var(--primary-indicator)}
[dir=rtl] .dsl-table tbody tr.is-selected>td:first-child{box-shadow:inset -2px 0 0 var(--primary-indicator)}
.dsl-table td.is-gain{color:var(--success-text)}.dsl-table td.is-loss{color:var(--danger-text)}
.dsl-table-bool{display:inline-block;vertical-align:middle;color:var(--placeholder)}.dsl-table-bool.is-true{color:var(--success)}
.dsl-table-bar{display:inline-block;height:10px;border-radius:var(--radius-pill);background:var(--muted);vertical-align:middle}
.dsl-table-empty{text-align:center;color:var(--muted-foreground);padding:28px 16px}
.dsl-table{--cell-control-h:28px}.dsl-table.is-sm{--cell-control-h:24px}.dsl-table.is-lg{--cell-control-h:32px}
.dsl-table td.has-control{padding-block:max(2px,calc(var(--pad) * .6 + .7em - var(--cell-control-h) / 2))}
.dsl-table.is-sm td.has-control{padding-block:max(2px,calc(var(--pad) * .325 + .7em - var(--cell-control-h) / 2))}
.dsl-table.is-lg td.has-control{padding-block:max(2px,calc(var(--pad) * .75 + .7em - var(--cell-control-h) / 2))}
.dsl-table-controls{display:flex;align-items:center;gap:6px;min-width:0;--control-h-sm:var(--cell-control-h);--check-size:18px;--toggle-w:38px;--toggle-h:22px}
.dsl-table .is-center>.dsl-table-controls{justify-content:center}.dsl-table .is-right>.dsl-table-controls{justify-content:right}
/* A badge ending a right-aligned cell (a flagged figure) reaches out by its padding and border,
   so that its digits end where the plain figures above and below end. */
.dsl-table td.is-right>.dsl-table-controls>.dsl-badge:last-child{margin-right:-10px}
.dsl-table td.is-right>.dsl-table-controls>.dsl-badge--sm:last-child{margin-right:-8px}
.dsl-table td.is-right>.dsl-table-controls>.dsl-badge--lg:last-child{margin-right:-13px}
.dsl-table-controls>.dsl-choice{align-items:center;font-size:inherit;line-height:20px}
.dsl-table-controls .dsl-radio-options>.dsl-choice,.dsl-table-controls>.dsl-radio>.dsl-field-label{font-size:inherit}
@container (min-width:560px){.dsl-table td.has-short-labels .dsl-choice-label{white-space:nowrap}}
.dsl-table-controls :is(.dsl-control.is-sm,.dsl-field.is-sm>.dsl-control){font-size:13px}
.dsl-table-controls .dsl-avatar{gap:10px}.dsl-table-controls .dsl-avatar-name{font-size:inherit}.dsl-table-controls .dsl-avatar-sub{font-size:calc(12em / 14)}
.dsl-table-controls>:is(.dsl-field,.dsl-control,.dsl-progress){flex:1 1 auto;min-width:72px}
.dsl-table-control-text{min-width:0}.dsl-table-controls>.dsl-avatar+.dsl-table-control-text{margin-inline-start:4px}
.dsl-table.is-sm{font-size:13px}
.dsl-table.is-sm th{padding:calc(var(--pad) * .3) 12px}
.dsl-table.is-sm td{padding:calc(var(--pad) * .325) 12px}
.dsl-table.is-sm .dsl-pill{height:18px;padding:0 7px;gap:4px;font-size:11px;vertical-align:middle}
.dsl-table.is-sm .dsl-pill i{width:5px;height:5px}
.dsl-table.is-lg{font-size:15px}
.dsl-table.is-lg th{padding:calc(var(--pad) * .6) 20px}
.dsl-table.is-lg td{padding:calc(var(--pad) * .75) 20px}
@container (max-width:420px){.dsl-table table{--cell-x:clamp(6px,min(12cqi / var(--cols,1),36cqi / (var(--cols,1) * var(--cols,1))),16px)}.dsl-table :is(th,td):first-child{padding-inline-start:max(var(--cell-x),12px)}.dsl-table :is(th,td):last-child{padding-inline-end:max(var(--cell-x),12px)}}
@container (max-width:340px){.dsl-table :is(th,td){padding-inline:min(var(--cell-x),10px)}.dsl-table:not(.is-sm,.is-lg,.has-font-size) table{font-size:calc(13em / 14)}.dsl-table:not(.is-sm,.is-lg,.has-font-size) th{font-size:calc(12em / 13)}}
.dsl-pill{display:inline-flex;align-items:center;gap:6px;height:22px;padding:0 9px;border-radius:var(--radius-pill);font-size:12px;font-weight:500;line-height:1;white-space:nowrap;box-sizing:border-box}
.dsl-pill i{width:6px;height:6px;border-radius:50%;background:var(--tone,currentColor)}
.dsl-pill--success{--tone:var(--success);background:var(--success-soft);color:var(--success-text)}
.dsl-pill--warning{--tone:var(--warning);background:var(--warning-soft);color:var(--warning-text)}
.dsl-pill--danger{--tone:var(--danger);background:var(--danger-soft);color:var(--danger-text)}
.dsl-pill--info{--tone:var(--info);background:var(--info-soft);color:var(--info-text)}
.dsl-pill--neutral{background:var(--muted);color:var(--muted-foreground)}
.dsl-table.is-striped .dsl-pill--neutral{box-shadow:inset 0 0 0 1px color-mix(in srgb,var(--muted-foreground) 28%,transparent)}

.dsl-list ul,.dsl-list ol{margin:0}
.dsl-list--plain ul,.dsl-list--plain ol{padding-inline-start:22px;display:flex;flex-direction:column;gap:6px;color:var(--foreground);font-size:14px;line-height:1.5}
.dsl-list--plain li::marker{color:var(--muted-foreground)}
.dsl-list--plain li>:is(ul,ol){margin-top:6px}
.dsl-list--plain>:is(ul,ol)>li.is-active:not(.dsl-list-item){color:var(--primary-text);font-weight:600}
.dsl-list--plain>:is(ul,ol)>li.is-active:not(.dsl-list-item)::marker{color:var(--primary-text)}
.dsl-list--plain>:is(ul,ol)>li.is-disabled:not(.dsl-list-item){opacity:var(--disabled-opacity)}
.dsl-list--divided ul{padding:0;list-style:none;border:1px solid var(--border);border-radius:min(var(--radius),24px);background:var(--surface);overflow:hidden}
.dsl-card.is-flush>.dsl-list--divided ul{border-width:1px 0 0;border-radius:0}
.dsl-card.is-flush>.dsl-list--divided:first-child ul{border-top-width:0}
.dsl-list-item{display:flex;align-items:center;gap:12px;padding:calc(var(--pad) * .6) 16px;border-bottom:1px solid var(--border);font-size:14px}
.dsl-list-item:last-child{border-bottom:0}
.dsl-list-item.is-active{background:var(--primary-soft);--muted-foreground:var(--muted-foreground-on-muted)}
.dsl-list-item.is-disabled{opacity:var(--disabled-opacity)}
.dsl-list-lead{flex:none;display:inline-flex;align-items:center;justify-content:center;width:36px;height:36px;border-radius:var(--radius);background:var(--muted);color:var(--foreground)}
.dsl-list-num{border-radius:50%;width:28px;height:28px;background:var(--primary-soft);color:var(--primary-text);font-weight:600;font-size:13px}
.dsl-list-text{flex:1;min-width:0;display:flex;flex-direction:column;gap:2px}
.dsl-list-label{color:var(--foreground);font-weight:500;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.dsl-list-desc{color:var(--muted-foreground);font-size:13px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.dsl-list--divided .dsl-list-label{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;white-space:normal;overflow-wrap:break-word}
/* A row with a value: the value ends the label's line, the description runs under both (a
   mail list's time, a settings row's current choice). The label keeps its one line while it fits
   beside 5em of the value (its floor: its own width, at most all but those 5em) and the value
   gives way, ending in an ellipsis down to 4em (iOS's settings rows); a longer label wraps
   beside those. A time is never shortened: the label wraps around it. A badge sits at the end of
   the description's line, or before the value when there is none (the label then keeps its
   words, at most half the line). A value is laid out in its own direction, so that a Latin one on
   a right-to-left page keeps its start and ends in the ellipsis (a network's name). */
.dsl-list-head,.dsl-list-foot{display:flex;align-items:baseline;gap:12px;min-width:0}
.dsl-list-head>.dsl-list-label{flex:1 1 auto;min-width:calc-size(max-content,min(size,100% - 5em))}
.dsl-list-head:has(>.dsl-pill)>.dsl-list-label{min-width:calc-size(min-content,min(size,50%))}
.dsl-list-head>.dsl-pill{flex:none;align-self:center}
.dsl-list-foot{align-items:center}
.dsl-list-foot>.dsl-list-desc{flex:1 1 auto;min-width:0}
.dsl-list-foot>.dsl-pill{flex:none}
.dsl-list-value{flex:0 1 auto;min-width:calc-size(max-content,min(size,4em));color:var(--foreground);font-weight:500;font-variant-numeric:tabular-nums;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;unicode-bidi:plaintext}
.dsl-list-value.is-when{flex:none;color:var(--muted-foreground);font-weight:400;font-size:12px;line-height:20px}
.dsl-list-item:is(.is-success,.is-danger,.is-warning,.is-info,.is-primary,.is-muted) .dsl-list-value{color:var(--tone)}
.dsl-list-item.is-success{--tone:var(--success-text)}.dsl-list-item.is-danger{--tone:var(--danger-text)}
.dsl-list-item.is-warning{--tone:var(--warning-text)}.dsl-list-item.is-info{--tone:var(--info-text)}
.dsl-list-item.is-primary{--tone:var(--primary-text)}.dsl-list-item.is-muted{--tone:var(--muted-foreground)}
.dsl-list-end{flex:none;display:inline-flex;align-items:center;color:var(--muted-foreground)}
/* A row's remove button (a cross `shortcut` at the touch density): a control's height square,
   over the row's line without making it taller. */
.dsl-list-remove{justify-content:center;width:var(--control-h);height:var(--control-h);margin-block:calc((20px - var(--control-h)) / 2)}
.dsl-list-kbd{flex:none;font-family:var(--font);font-size:12px;letter-spacing:.06em;color:var(--muted-foreground)}
.dsl-list-item:is(.is-success,.is-danger,.is-warning,.is-info,.is-primary,.is-muted) :is(.dsl-list-lead,.dsl-list-end){color:var(--tone)}
.dsl-list--divided .dsl-list-item:is(.is-success,.is-danger,.is-warning,.is-info,.is-primary) .dsl-list-lead{background:color-mix(in srgb,var(--tone) 12%,var(--surface))}
.dsl-list--rows ul{padding:0;list-style:none;display:flex;flex-direction:column;gap:10px}
.dsl-list--rows .dsl-list-item{padding:0;border:0;align-items:flex-start;gap:10px}
.dsl-list--rows .dsl-list-lead{width:20px;height:20px;background:none;border-radius:0;color:var(--muted-foreground)}
.dsl-list--rows .dsl-list-num{width:20px;height:20px;border-radius:50%;background:var(--primary-soft);color:var(--primary-text);font-size:11.5px}
.dsl-list--checklist .dsl-list-lead{color:var(--success)}
.dsl-list--checklist .is-pending{color:var(--muted-foreground)}
.dsl-list--rows .dsl-list-label{font-weight:400;white-space:normal;line-height:20px}
.dsl-list--rows .dsl-list-desc{white-space:normal}
.dsl-list--rows .dsl-list-item.is-active .dsl-list-label{font-weight:600;color:var(--primary-text)}
.dsl-list--rows .dsl-list-item.is-active{background:none;--muted-foreground:inherit}

.dsl-avatar{display:inline-flex;align-items:center;gap:12px;vertical-align:middle}
.dsl-avatar-face{position:relative;flex:none;display:inline-flex;align-items:center;justify-content:center;border-radius:50%;background:color-mix(in srgb,var(--tone) 16%,var(--surface));color:var(--tone-ink,color-mix(in srgb,var(--tone) 80%,var(--foreground)));font-weight:600;line-height:1;box-sizing:border-box}
.dsl-avatar-face.is-square{border-radius:var(--radius)}
/* On a box of the author's own dark colour (a brand-purple panel) the tone's ink would sink into
   it: the initials are near the panel's text colour, the disc a deeper tint. */
.has-dark-bg .dsl-avatar-face{background:color-mix(in srgb,var(--tone) 30%,var(--surface));color:color-mix(in srgb,var(--tone) 20%,var(--foreground))}
.dsl-avatar-face img{width:100%;height:100%;object-fit:cover;border-radius:inherit;display:block}
/* A picture Chromium cannot draw after all shows the initials on the tint, never its broken-image
   icon and its alt text (a name too large for the disc): only such an image has an ::after, which
   covers the face (the nearest positioned box). */
.dsl-avatar-face img::after{content:attr(data-initials);position:absolute;inset:0;display:flex;align-items:center;justify-content:center;border-radius:inherit;background:color-mix(in srgb,var(--tone) 16%,var(--surface))}
.has-dark-bg .dsl-avatar-face img::after{background:color-mix(in srgb,var(--tone) 30%,var(--surface))}
.dsl-avatar-status{position:absolute;inset-inline-end:0;bottom:0;border-radius:50%;background:currentColor;box-shadow:0 0 0 2px var(--surface)}
.dsl-avatar-caption{display:flex;flex-direction:column;gap:1px;min-width:0}
.dsl-avatar-name{font-size:14px;font-weight:600;color:var(--foreground)}
.dsl-avatar-sub{font-size:13px;color:var(--muted-foreground)}
.dsl-avatar-group{display:inline-flex;align-items:center;gap:0}
.dsl-avatar-group .dsl-avatar-face{border:2px solid var(--surface)}
.dsl-avatar-group .dsl-avatar-face+.dsl-avatar-face{margin-inline-start:calc(-1 * var(--overlap,10px))}
.dsl-avatar-more{background:var(--muted);color:var(--muted-foreground)}

.dsl-icon{display:inline-flex;align-items:center;justify-content:center;flex:none;color:inherit;vertical-align:middle}
.dsl-icon--soft,.dsl-icon--circle{border-radius:var(--radius);background:var(--primary-soft);color:var(--primary-text)}
.dsl-icon--circle{border-radius:50%}
.dsl-icon--solid{border-radius:var(--radius);background:var(--primary);color:var(--primary-foreground)}

/* A stat in a narrow cell (five in a phone's row) keeps to a fifth of the cell's width on its sides
   (a grid item's % padding is of its cell), leaving its figures room; from 100 px up, the theme's. */
.dsl-stat{display:flex;flex-direction:column;gap:6px;padding:calc(var(--pad) * .9) min(var(--pad),20%);background:var(--surface);border:1px solid var(--border);border-radius:min(var(--radius-lg),32px);box-shadow:var(--shadow-sm);min-width:0;box-sizing:border-box}
/* A stat a card already frames (a KPI card with its sparkline) draws no second box inside it. */
.dsl-card>.dsl-stat{padding:0;background:none;border:0;border-radius:0;box-shadow:none}
.dsl-stat-head{display:flex;align-items:flex-start;justify-content:space-between}
.dsl-stat-label{flex:1 0 min-content;max-width:100%;min-width:0;overflow:clip;overflow-clip-margin:2px;text-overflow:ellipsis;font-size:13.5px;line-height:20px;font-weight:500;color:var(--muted-foreground)}
.dsl-stat-icon{flex:none;display:inline-flex;align-items:center;justify-content:center;width:34px;height:34px;margin-block:-7px;border-radius:var(--radius);background:var(--primary-soft);color:var(--primary-text)}
.dsl-stat-icon-slot{--tile:34px;--line:20px;flex:0 1 calc(var(--tile) + 8px);min-width:0;display:flex;justify-content:flex-end;container-type:inline-size;contain-intrinsic-inline-size:calc(var(--tile) + 8px)}
.dsl-stat-icon-slot>.dsl-stat-icon{width:min(var(--tile),100% - 8px);height:auto;aspect-ratio:1;margin-block:calc((var(--line) - min(var(--tile),100% - 8px)) / 2)}
.dsl-stat-icon-slot svg{max-width:56%;height:auto}
@container (width < 30px){.dsl-stat-icon-slot>.dsl-stat-icon{display:none}}
.dsl-stat-value{font-size:28px;font-weight:700;letter-spacing:-.02em;color:var(--foreground);line-height:1.15;font-variant-numeric:tabular-nums;container-type:inline-size;contain-intrinsic-inline-size:calc(var(--ems) * 1em)}
.dsl-stat-value>span{font-size:clamp(.5em,100cqi / var(--ems),1em)}
/* At half its size a figure still too wide wraps between words, never inside a number, and a
   word still too wide for the card ends in an ellipsis, rather than run into the next card. */
.dsl-stat-value>span{display:inline-block;max-width:100%;overflow:clip;overflow-clip-margin:2px;text-overflow:ellipsis}
.dsl-hflow:not([style*="align-items"])>.dsl-stat{align-self:stretch}
.dsl-hflow:not(.is-spread,.has-flexed-child):not(:has(>:not(.dsl-stat)))>.dsl-stat:not(.has-width){flex:1 1 0%}
.dsl-stat-foot{display:flex;align-items:center;flex-wrap:wrap;gap:8px;font-size:13px}
.dsl-stat-change{display:inline-flex;align-items:center;font-weight:600;padding:1px 7px 1px 5px;border-radius:var(--radius-pill);direction:ltr;unicode-bidi:isolate}
.dsl-stat-change svg{color:var(--tone)}
/* A change's pill keeps one line (a rounded blob of two lines read badly) and never cuts the
   digits of its figure ("-0.000…"): one wider than the card first drops its arrow (its colour
   still says the trend), then draws its figure smaller, down to 3/4 of its size; a figure still
   too wide breaks onto a second line. The foot holding it is a size container (its width is the
   card's; the estimate of its line, given inline, is what it asks of a card sized by its
   content), the figure's width in em is --pill-ems (--change-ems, or a row's widest), its side
   paddings 12 px and the arrow and its gap 17 more. A pill of words ends in an ellipsis. */
.dsl-stat-foot:has(>.dsl-stat-change){container-type:inline-size}
.dsl-stat-change{--pill-ems:var(--change-ems,1);font-size:clamp(.75em,(100cqi - 12px) / var(--pill-ems),1em)}
.dsl-stat-change{max-width:100%;white-space:nowrap}
.dsl-stat-change>svg{flex:none;--arrow-room:calc((100cqi - 29px - var(--pill-ems) * 1em) * 999);width:clamp(0px,var(--arrow-room),14px);margin-inline-end:clamp(0px,var(--arrow-room),3px)}
.dsl-stat-change-text{min-width:0;overflow:clip;overflow-clip-margin:2px;text-overflow:ellipsis}
/* A figure breaks onto a second line at most: one too wide for two ends the second in an
   ellipsis, rather than stack a character a line down the card. */
.dsl-stat-change-text.is-figure{white-space:normal;overflow-wrap:anywhere;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2}
.dsl-stat-change.dsl-tone-success{--tone:var(--success);background:var(--success-soft);color:var(--success-text)}
.dsl-stat-change.dsl-tone-danger{--tone:var(--danger);background:var(--danger-soft);color:var(--danger-text)}
.dsl-stat-change.dsl-tone-warning{--tone:var(--warning);background:var(--warning-soft);color:var(--warning-text)}
.dsl-stat-change.dsl-tone-neutral{--tone:var(--muted-foreground);background:var(--muted);color:var(--muted-foreground)}
.dsl-stat-desc{color:var(--muted-foreground)}
.dsl-stat.is-sm{gap:4px;padding:calc(var(--pad) * .7) min(var(--pad) * .8,20%)}
.dsl-stat.is-sm .dsl-stat-label{font-size:12.5px;line-height:18px}
.dsl-stat.is-sm .dsl-stat-icon{width:28px;height:28px;margin-block:-5px}
.dsl-stat.is-sm .dsl-stat-icon-slot{--tile:28px;--line:18px}
.dsl-stat.is-sm .dsl-stat-value{font-size:20px;letter-spacing:-.01em}
.dsl-stat.is-sm .dsl-stat-foot{font-size:12px;gap:6px}
.dsl-stat.is-lg{gap:8px;padding:calc(var(--pad) * 1.1) min(var(--pad) * 1.2,20%)}
.dsl-stat.is-lg .dsl-stat-label{font-size:14.5px;line-height:22px}
.dsl-stat.is-lg .dsl-stat-icon{width:40px;height:40px;margin-block:-9px}
.dsl-stat.is-lg .dsl-stat-icon-slot{--tile:40px;--line:22px}
.dsl-stat.is-lg .dsl-stat-value{font-size:36px}
.dsl-stat.is-lg .dsl-stat-foot{font-size:13.5px}
/* Nor does a small or large one: their own padding came after the card's rule and won, a second
   inset inside the card's. */
.dsl-card>.dsl-stat:is(.is-sm,.is-lg){padding:0}

.dsl-progress{display:flex;flex-direction:column;gap:8px;min-width:0;--track:color-mix(in srgb,var(--foreground) 15%,transparent)}
.dsl-progress-head{display:flex;justify-content:space-between;gap:12px;font-size:13.5px}
.dsl-progress-label{color:var(--foreground);font-weight:500}
.dsl-progress-value{color:var(--muted-foreground);font-variant-numeric:tabular-nums}
.dsl-progress-track{width:100%;border-radius:var(--radius-pill);background:var(--track);overflow:hidden}
.dsl-progress-fill{height:100%;border-radius:inherit;background:var(--bar,var(--primary-indicator))}
.dsl-progress--circle{flex-direction:row;flex-wrap:wrap;align-items:center;align-content:center;justify-content:center;gap:8px 14px;width:fit-content;max-width:100%}
/* Rings side by side share their row in equal slots, each centred in its own: evenly spread
   whether their labels sit beside them or under them (a slot shrunk from its one-line width
   kept the room of its label's line, so the gaps followed the labels' lengths). A ring's label
   wrapped under it stays under it in a stretched row (align-content, above): the two lines were
   spread over the row's height. (A card whose `direction` is row is a dsl-vflow whose style
   says so.) */
:is(.dsl-hflow,.dsl-card[style*="flex-direction:row"]):not(:has(>:not(.dsl-progress--circle,.dsl-card-head)))>.dsl-progress--circle{flex:1 1 0%;width:auto}
/* A ring given a width (or height) of its own is drawn that big (`_ring_side`) and keeps it: an
   equal slot narrower than the ring let its neighbour's ring overlap it. */
:is(.dsl-hflow,.dsl-card[style*="flex-direction:row"])>.dsl-progress--circle:is(.has-width,.has-height){flex:none}
.dsl-progress--circle>.dsl-progress-label{min-width:0;text-align:center;overflow-wrap:anywhere}
.dsl-ring{position:relative;display:inline-flex;flex:none}
.dsl-ring svg{display:block}
.dsl-ring-track{fill:none;stroke:var(--track)}
.dsl-ring-fill{fill:none;stroke:var(--bar,var(--primary-indicator));stroke-linecap:round}
.dsl-ring-value{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;font-weight:650;color:var(--foreground);font-variant-numeric:tabular-nums}
.dsl-ring-value.is-text{padding:0 12%;text-align:center;line-height:1.1;overflow-wrap:anywhere}

.dsl-chart{display:flex;flex-direction:column;min-width:0}
.dsl-chart-head{margin-bottom:14px}
.dsl-chart-head h3{margin:0;font-size:15px;font-weight:600;color:var(--foreground)}
.dsl-chart-desc{margin:3px 0 0;font-size:13px;color:var(--muted-foreground)}
/* A chart has no width of its own: in a row, charts without a width share it (a `layout.height`
   alone made one keep its natural width, flex-shrink:0, and a donut's legend ran off the row) */
.dsl-hflow>.dsl-chart:not(.has-width):not([style*="flex:"],[style*="flex-grow"],[style*="flex-basis"]){flex:1 1 0%!important;min-width:0}
.dsl-hflow.is-wrapping>.dsl-chart:not(.has-width):not([style*="flex:"],[style*="flex-grow"],[style*="flex-basis"]){flex-basis:280px!important}
"""
)
