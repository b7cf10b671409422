"""The HTML inside a table cell: a figure lined up on its point, a badge, a mark, or unbroken text."""

from __future__ import annotations

import re

from kernel.dsl.compiler.elements.status_words import status_tone
from kernel.dsl.compiler.elements.table_rows import is_numeric, is_placeholder, mark_of
from kernel.dsl.compiler.html import esc
from kernel.dsl.compiler.hyphen_words import held_whole, kept_whole
from kernel.dsl.compiler.hyphenation import compound_hyphenated, hyphenated, is_plain_word
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.table_numbers import (
    WRITTEN_DECIMALS_MAX,
    decimals_of,
    figure_room,
    format_figure,
    text_figure_parts,
)
from kernel.dsl.model import Scalar

STATUS_WORDS_MAX, STATUS_CHARS_MAX = 3, 24
"""A text of a status column that is no known status word is still a (neutral) badge when it
is as short as a status: at most this many words and characters ("Offer pending", not a note)."""


def reads_as_status(text: str) -> bool:
    """Whether `text` is as short as a status (`STATUS_WORDS_MAX`, `STATUS_CHARS_MAX`)."""
    words = text.split()
    return 0 < len(words) <= STATUS_WORDS_MAX and len(text.strip()) <= STATUS_CHARS_MAX


_CODE = re.compile(r"(?=\S*\d)(?=\S+[-\u2010])\S+")
"""A code: a run without spaces holding a digit and a hyphen after its first character
(`BRG-6204-2RS`, `2025-07-10`, `INV-1042`). A browser may break a line after a hyphen; a code
must not be cut there. A leading minus (`-1.50`) is a figure's sign: no break follows it, and
in a span of its own the figure was parted from its `%` (drawn "%-1.50" right to left)."""
LONG_TOKEN_CHARS = 24
"""A run without spaces this long (a URL, a path, an ID, a hash) may break anywhere in a cell:
kept whole, it would make its column as wide and push the other columns out of the table."""
_TOKEN = re.compile(r"\S+")
_BREAK_AFTER = re.compile(r"([/._\-?&=#:@,;~+]+)")
"""Where a long run breaks best: after its slashes, points, hyphens and the like."""


PHONE_TOKEN_CHARS = 12
"""On a phone a shorter run than `LONG_TOKEN_CHARS` may break too, at its joints only (`_phone_token`):
`sophia.williams@acme.io` kept whole made an Email column 160 px wide and pushed a four-column
table's Amount and Status past a 390 px screen's edge."""
_PHONE_BREAKABLE = re.compile(r"[@/_]|[^\W\d_]\.[^\W\d_]")
"""A run a phone may break: an address, a path, a dotted or underscored name (`acme.io`,
`order_id`); never a figure (`$12,345,678.00`) nor a version (`1.2.10`)."""
_JOINT_AFTER = re.compile(r"([/._\-?&=#:@+]+)")


def _phone_token(token: str) -> str:
    """A run of `PHONE_TOKEN_CHARS` or more, escaped, with a break allowed (`<wbr>`) after each of its
    joints (a slash, a point, an underscore...); an email's domain is kept whole, so it breaks as
    people write it over two lines: `sophia.williams@` / `acme.io`. Unlike `_long_token` it never
    breaks between two letters, so the cell is as narrow as its longest piece and no narrower."""
    local, at, domain = token.partition("@") if token.count("@") == 1 else (token, "", "")
    pieces = _JOINT_AFTER.split(local)
    marked = "".join(esc(piece) + ("<wbr>" if index % 2 else "") for index, piece in enumerate(pieces))
    if at:
        return f"{marked}@<wbr>{esc(domain)}" if domain else f"{marked}@"
    return marked.removesuffix("<wbr>")


_HYPHENS = re.compile(r"([-\u2010]+)")


def _long_word(word: str, lang: str | None) -> str:
    """A long word of letters (`is_plain_word`), escaped: free to break after its hyphens, as
    any hyphenated word is, its pieces kept whole, so a name breaks where it is joined
    ("Konstantinopoulou-" / "Ramírez", not "Konstantinopo" / "ulou-Ramírez" as a run of 24
    characters that may break anywhere was); a piece of `LONG_TOKEN_CHARS` letters or more,
    which would take the table's width, marked with soft hyphens where `lang` hyphenates it
    (`hyphenated`), so that it breaks between syllables with a hyphen, never silently."""
    pieces = _HYPHENS.split(word)
    return "".join(
        esc(hyphenated(piece, lang) if index % 2 == 0 and len(piece) >= LONG_TOKEN_CHARS else piece)
        for index, piece in enumerate(pieces)
    )


def _long_token(token: str, *, phone: bool = False) -> str:
    """A long run, escaped, in a span that may break anywhere (`dsl-table-long`), preferably
    after a slash, point or hyphen (`<wbr>`): `https://shop.example.com/` / `collections/...`;
    on a `phone`, an email's domain after its `@` rather than at its points (`_phone_token`)."""
    if phone and token.count("@") == 1:
        return f'<span class="dsl-table-long">{_phone_token(token)}</span>'
    pieces = _BREAK_AFTER.split(token)
    marked = "".join(esc(piece) + ("<wbr>" if index % 2 else "") for index, piece in enumerate(pieces))
    return f'<span class="dsl-table-long">{marked.removesuffix("<wbr>")}</span>'


_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY_WORD = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s"
_DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th)?"
_FIGURE = r"[-+−~≈±]?(?:\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:[.,\u066b]\d+)?|\d[\d,.:'’\u066b\u066c]*)"
_UNIT = (
    r"(?!(?:a|an|and|are|as|at|by|for|from|in|is|of|on|or|per|than|the|to|vs|with|x)\b)"
    r"(?:[^\W\d_]{1,3}(?:\.[^\W\d_]{1,3})+\.?|[^\W\d_]{1,8}\.?(?:/[^\W\d_]{1,4})?[²³]?|[°%‰][CFK]?)"
)
"""A unit after a figure (`kg`, `min`, `GB`, `AM`, `km/h`, `°C`, `د.م.`), not a word that joins
it to what follows ("1 to 120 characters")."""
_CJK_DATE = (
    r"(?<!\d)(?:\d{1,4}年\s?)?\d{1,2}月\s?\d{1,2}日(?:\s?[(（][月火水木金土日][)）])?"
    r"|(?<!\d)\d{1,4}年\s?\d{1,2}月(?!\s?\d)|(?<!\d)(?:\d{4}년\s?)?\d{1,2}월\s?\d{1,2}일"
)
"""A Japanese, Chinese or Korean date (`6月30日`, `2025年6月30日(月)`, `2025年6月`, `6월 30일`): the
words around it are not spaced off, so it is matched without the word boundaries of `_WHOLE`'s
others."""
_NUMERIC_DATE = r"\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?"
"""A date of figures and slashes or points (`2025/06/28`, `06/28/2025`, `2025. 6. 28.`), which a
Japanese line breaks between any two figures ("2025/0" / "6/28")."""
_WHOLE = re.compile(
    rf"(?<![\w.,\u066b\u066c])(?:(?:{_WEEKDAY_WORD})?(?:{_MONTH_WORD}\s{_DAY_NUMBER}(?:,?\s\d{{4}})?"
    rf"|{_DAY_NUMBER}\.?\s{_MONTH_WORD}(?:,?\s\d{{4}})?|{_MONTH_WORD}\s\d{{4}})"
    rf"|{_FIGURE}\s{_UNIT}|{_NUMERIC_DATE})(?![\w])|{_CJK_DATE}",
    re.IGNORECASE,
)
"""Words that read as one and must not be cut at their space: a short date (`Jul 21`, `21 Jul`,
`July 21, 2025`, `Mon, Jul 21`, `Jul 2025`, `2025/06/28`, `6月30日`) and a figure with its unit (`24,000 kg`, `12 min`,
`3.5 GB`, `10:30 AM`, `60 km/h`, `20 °C`). On a phone a table broke "Jul / 21" and
"24,000 / kg" onto two lines each while the other columns had room."""


def cell_text(text: str, lang: str | None = None, *, phone: bool = False) -> str:
    """A cell's text, escaped: each short date and figure with its unit (`_WHOLE`) kept on one
    line (`dsl-table-code`), so that the table gives its column the width instead of cutting it
    at its space; the words between them as `_cell_words` writes them (on a `phone`, shorter
    runs may break too)."""
    parts, end = [], 0
    for match in _WHOLE.finditer(text):
        parts += [
            _cell_words(text[end : match.start()], lang, phone=phone),
            f'<span class="dsl-table-code">{esc(match.group())}</span>',
        ]
        end = match.end()
    return "".join(parts) + _cell_words(text[end:], lang, phone=phone)


def _cell_words(text: str, lang: str | None = None, *, phone: bool = False) -> str:
    """Words of a cell, escaped: each code in them kept on one line (`dsl-table-code`), so that
    the table gives its column the width instead of breaking it after a hyphen ("BRG-" /
    "6204-2RS"); each long run (`LONG_TOKEN_CHARS`) free to break, so that it does not take the
    table's width (a long word of letters after its hyphens, `_long_word`); the long compounds of `lang` marked where they may break with a hyphen, as
    a card's title is (`compound_hyphenated`: "Rechtsschutzversicherungs-" / "gesellschaften",
    not "...gesellschafte" / "n"); each short hyphenated word whole (`_words`). On a `phone` an
    address or a path of `PHONE_TOKEN_CHARS` or more may break at its joints (`_phone_token`)."""
    parts, end = [], 0
    for token in _TOKEN.finditer(text):
        word = token.group()
        if len(word) >= LONG_TOKEN_CHARS and compound_hyphenated(word, lang) == word:
            html = _long_word(word, lang) if is_plain_word(word) else _long_token(word, phone=phone)
        elif _CODE.fullmatch(word):
            html = f'<span class="dsl-table-code">{esc(word)}</span>'
        elif phone and len(word) >= PHONE_TOKEN_CHARS and _PHONE_BREAKABLE.search(word):
            html = _phone_token(word)
        else:
            continue
        parts += [_words(text[end : token.start()], lang), html]
        end = token.end()
    return "".join(parts) + _words(text[end:], lang)


def _words(text: str, lang: str | None) -> str:
    """Plain words of a cell, escaped: long compounds marked where they may break, short
    hyphenated words kept whole (`kept_whole`: "Full-time", not "Full-" / "time"; `held_whole`:
    "セブン-イレブン", not "セブン-" / "イレブン")."""
    return held_whole(esc(kept_whole(compound_hyphenated(text, lang))))


def cell_html(
    value: Scalar,
    *,
    status: bool = False,
    as_written: bool = False,
    decimals: int = 0,
    decimal_points: bool = False,
    lang: str | None = None,
    tone: str | None = None,
    phone: bool = False,
    whole_zeros: bool = True,
) -> str:
    """A cell: a dash for a missing value (null, or no such key), nothing for an empty text, a
    tick for a boolean or a check mark (a cross for a cross mark: `mark_of`), a figure grouped
    in thousands (as written in a column of identifiers: `as_written`) with every significant
    digit, its decimal point lined up with its column's `decimals` (`_figure_html`; a text figure:
    `text_figure_parts`, with the column's `decimal_points`; a whole number with zeros only where
    the column writes them, `whole_zeros`: `pads_whole_numbers`), a badge in a column of statuses
    (`status`), else the text (in `lang`; on a `phone`, see `cell_text`). A cell's own `tone`
    colours its badge, or its text (`dsl-table-tone`)."""
    if tone is not None and value is not None:
        plain = cell_html(
            value, status=status, as_written=as_written, decimals=decimals,
            decimal_points=decimal_points, lang=lang, phone=phone, whole_zeros=whole_zeros,
        )  # fmt: skip
        if plain.startswith('<span class="dsl-pill '):
            return re.sub(r"dsl-pill--\w+", f"dsl-pill--{tone}", plain, count=1)
        return f'<span class="dsl-table-tone dsl-tone-{tone}">{plain}</span>'

    if value is None:
        return '<span class="dsl-table-none">—</span>'
    if isinstance(value, str) and not value.strip():
        return ""
    if is_placeholder(value):
        return f'<span class="dsl-table-none">{esc(value)}</span>'
    mark = mark_of(value)
    if mark is not None:
        return icon_svg(mark, 16, css_class="dsl-table-bool" + (" is-true" if mark == "check" else ""))
    if isinstance(value, int | float):
        return _figure_html(value, grouped=not as_written, decimals=decimals, whole_zeros=whole_zeros)
    tone = status_tone(value) if status else None
    if tone is None and status and reads_as_status(value) and not is_numeric(value):
        tone = "neutral"
    if tone is not None:
        return f'<span class="dsl-pill dsl-pill--{tone}"><i></i>{esc(value)}</span>'
    if not decimals:
        return cell_text(value, lang, phone=phone)
    head, room, after = text_figure_parts(
        value, decimals, decimal_point=decimal_points, whole_zeros=whole_zeros
    )
    return cell_text(head, lang) + _room_html(room) + (cell_text(after, lang) if after else "")


def _figure_html(value: float, *, grouped: bool, decimals: int, whole_zeros: bool = True) -> str:
    """A number with every significant digit, zeros up to `WRITTEN_DECIMALS_MAX` of its column's
    `decimals` (a whole number only with `whole_zeros`), then blank room for the rest, so that
    the column's points line up without claiming digits the number does not have (`0` beside
    `0.5231`: `0.00` and two blank digits; `100` beside an average's `70.5`: `100` and the room
    of `.0`)."""
    written = min(decimals, WRITTEN_DECIMALS_MAX) if whole_zeros or decimals_of(value) else 0
    text = format_figure(value, grouped=grouped, decimals=written)
    if "×" in text:
        return esc(text)
    return esc(text) + _room_html(figure_room(max(decimals_of(value), written), decimals))


def _room_html(room: str) -> str:
    """The blank room after a figure (`figure_room`): its digits drawn unseen, as wide as seen ones."""
    return f'<span class="dsl-table-room" aria-hidden="true">{room}</span>' if room else ""
