"""Numbers that keep their order on a right-to-left screen.

Unicode's bidirectional algorithm puts a leading sign on the far side of its number in a
right-to-left paragraph ("-18.50" shows as "18.50-", "+3.2%" as "3.2%+") and reverses the groups
of a spaced number ("+966 50 123 4567" shows as "4567 123 50 966+"). Arabic and Hebrew products
keep such values left to right; the compiler wraps each in a left-to-right isolate (U+2066 ...
U+2069, invisible), which is what `<bdi dir=ltr>` does, without changing the markup's structure.
"""

from __future__ import annotations

import re

LRI, PDI = "\u2066", "\u2069"

DIRECTIONAL_ICONS = (
    "arrow-left",
    "arrow-right",
    "arrow-big-left",
    "arrow-big-right",
    "arrow-left-to-line",
    "arrow-right-to-line",
    "arrow-left-from-line",
    "arrow-right-from-line",
    "chevron-left",
    "chevron-right",
    "chevrons-left",
    "chevrons-right",
    "chevron-first",
    "chevron-last",
    "circle-arrow-left",
    "circle-arrow-right",
    "circle-chevron-left",
    "circle-chevron-right",
    "square-arrow-left",
    "square-arrow-right",
    "move-left",
    "move-right",
    "send",
    "send-horizontal",
    "reply",
    "reply-all",
    "forward",
    "undo",
    "undo-2",
    "redo",
    "redo-2",
    "log-in",
    "log-out",
    "corner-down-left",
    "corner-down-right",
    "corner-up-left",
    "corner-up-right",
    "list-indent-increase",
    "list-indent-decrease",
)
"""Icons that point along the reading direction (forward, back, send, undo): mirrored on a
right-to-left screen, as design systems do. Media controls and clocks keep their direction."""

RTL_CSS = (
    "[dir=rtl] svg:is("
    + ",".join(f'[data-icon="{name}"]' for name in DIRECTIONAL_ICONS)
    + "){transform:scaleX(-1)}"
)
"""The stylesheet a right-to-left page adds."""

_CURRENCY = r"[$€£¥₹₩₺₽₪₴₱₫₦₸₼₾₡¢฿]"
_SIGNED = rf"[+\-−±]\s?{_CURRENCY}?\d(?:[\d.,\u00a0\u202f]*\d)?%?"
_GROUPED = r"\+?\d{1,4}(?:[ \u00a0\u202f-]\d{2,4}){2,}"
_IBAN = r"[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4})+(?:[ \u00a0]?[A-Z0-9]{1,3})?"
_NUMBER = re.compile(rf"(?<![\w{LRI}])(?:{_IBAN}|{_GROUPED}|{_SIGNED})(?![\w])")
_PHONE_DIGITS = 9
"""A hyphenated run of digit groups with fewer digits and no leading + is a date (2024-01-02),
which the bidirectional algorithm already keeps in order; a phone number (052-123-4567) has more."""
_TAG = re.compile(r"(<[^>]*>)")
_RAW_BLOCK = re.compile(r"<(style|svg)\b.*?</\1>", re.DOTALL)


def isolate_numbers(html: str) -> str:
    """`html` with every signed number ("-18.50", "+3.2%", "−₪12") and grouped number (a phone
    number spaced or hyphenated, an IBAN) in its text wrapped in a left-to-right isolate; style and SVG
    blocks and attributes are left alone."""
    parts: list[str] = []
    last = 0
    for block in _RAW_BLOCK.finditer(html):
        parts.append(_isolate_text(html[last : block.start()]))
        parts.append(block.group(0))
        last = block.end()
    parts.append(_isolate_text(html[last:]))
    return "".join(parts)


def _isolate_text(html: str) -> str:
    pieces = _TAG.split(html)  # text, tag, text, tag, ...: the text is every even piece
    return "".join(
        _NUMBER.sub(_isolated, piece) if index % 2 == 0 else piece for index, piece in enumerate(pieces)
    )


def _isolated(number: re.Match[str]) -> str:
    text = number.group(0)
    if "-" in text[1:] and text[0] != "+" and sum(ch.isdigit() for ch in text) < _PHONE_DIGITS:
        return text
    return f"{LRI}{text}{PDI}"
