"""Numbers that keep their order on a right-to-left screen.

Unicode's bidirectional algorithm puts a leading sign on the far side of its number in a
right-to-left paragraph ("-18.50" shows as "18.50-", "+3.2%" as "3.2%+") and reverses the groups
of a spaced number ("+966 50 123 4567" shows as "4567 123 50 966+"). Arabic and Hebrew products
keep such values left to right; the compiler wraps each in a left-to-right isolate (U+2066 ...
U+2069, invisible), which is what `<bdi dir=ltr>` does, without changing the markup's structure.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_ISOLATION_MARKS = str.maketrans("", "", LRI + RLI + FSI + PDI)


def without_isolation_marks(text: str) -> str:
    """`text` read back from the page without the isolates the compiler put in it: invisible in the
    picture, but a warning quoting the text would carry them to its reader ('\u2068Save\u2069')."""
    return text.translate(_ISOLATION_MARKS)


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
    # Code reads left to right on any page, its lines starting at the left edge.
    + "[dir=rtl] .dsl-code.is-block{direction:ltr;text-align:left}"
)
"""The stylesheet a right-to-left page adds."""

_CURRENCY = r"[$€£¥₹₩₺₽₪₴₱₫₦₸₼₾₡¢฿]"
RTL_CURRENCY = (
    r"(?:[\u0600-\u06ff]{1,2}\.[\u0600-\u06ff]{1,2}\.?|ريال|دينار|درهم|جنيه|ليرة|ש(?:&quot;|\"|״)ח)"
)
"""A currency written in right-to-left letters: an Arabic abbreviation (`ر.س`, `د.إ`, `د.م.`) or
name (`ريال`), the Hebrew `ש"ח` (escaped in the page's text as `&quot;`)."""
_RTL_CURRENCY_AMOUNT = re.compile(
    rf"^(?:{RTL_CURRENCY}\s?)?[+\-−–±]?\s?\d[\d,.\s\u00a0\u202f'\u066b\u066c]*(?<=\d)(?:\s?{RTL_CURRENCY})?$"
)
"""An amount with its currency in right-to-left letters before or after it (`-18.50 ر.س`)."""
_THOUSANDS = r"\d{1,3}(?:(?:[ \u00a0\u202f’]|&#x27;)\d{3})+(?:[.,]\d+)?"
"""A number grouped in thousands by a space, a (narrow) no-break space or an apostrophe, as
French, Maghreb Arabic, Russian and Swiss amounts are ("1 240,00", "12\u202f480,56", "1'240.50";
an apostrophe is escaped in the page's text): the bidirectional algorithm reverses its groups in
a right-to-left paragraph ("1 240,00" showed as "240,00 1")."""
_PERCENT = r"[ \u00a0\u202f]?[%٪‰]"
"""A percent (or per mille) sign after a number, perhaps after a space, as German, French and
Swedish write one ("12 %"); the space split it from its number in a right-to-left paragraph,
where the sign went to the number's far side ("% 12"; Hebrew and Arabic draw "12%")."""
_SIGNED = rf"[+\-−±]\s?{_CURRENCY}?(?:{_THOUSANDS}|\d(?:[\d.,\u00a0\u202f\u066b\u066c]*\d)?)(?:{_PERCENT})?"
"""A number written with its sign ("-18.50", "+3.2%", "−₪12"), in Western or Arabic-Indic digits
with the Arabic decimal and thousands separators (U+066B, U+066C: "-١٬٢٣٤٫٥٠", "-۱۰۴٫۰۰"):
without them the isolate stopped at the separator and the page drew "ر.س ٠٠٫-١٠٤"."""
_SPACED_PERCENT = r"\d(?:[\d.,]*\d)?[ \u00a0\u202f][%٪‰]"
"""An unsigned number and its percent sign after a space ("12 %"): without the space the sign
keeps to its number already."""
_GROUPED = r"\+?\d{1,4}(?:[ \u00a0\u202f-]\d{2,4}){2,}(?![.,]\d)"
_IBAN = r"[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4})+(?:[ \u00a0]?[A-Z0-9]{1,3})?"
_NUMBER = re.compile(
    rf"(?<![\w{LRI}])(?:{_IBAN}|{_GROUPED}|{_SIGNED}|{_THOUSANDS}(?:{_PERCENT})?|{_SPACED_PERCENT})(?![\w])"
)
_PHONE_DIGITS = 9
"""A hyphenated run of digit groups with fewer digits and no leading + is a date (2024-01-02),
which the bidirectional algorithm already keeps in order; a phone number (052-123-4567) has more."""
_TAG = re.compile(r"(<[^>]*>)")
_RAW_BLOCK = re.compile(r"<(style|svg)\b.*?</\1>", re.DOTALL)
FIGURE_SPANS = frozenset({"dsl-table-room"})
"""Classes of the spans drawn inside a figure (the blank digits that line a table column's
points up, between "+3.20" and its "%"): part of the number around them, which is isolated
across them, else the "%" after them was left outside ("%+3.20")."""


def isolate_numbers(html: str) -> str:
    """`html` with every signed number ("-18.50", "+3.2%", "−₪12"), number grouped by spaces or
    apostrophes ("1 240,00") and grouped number (a phone number spaced or hyphenated, an IBAN)
    in its text wrapped in a left-to-right isolate; style and SVG blocks and attributes are left
    alone."""
    parts: list[str] = []
    last = 0
    for block in _RAW_BLOCK.finditer(html):
        parts.append(_isolate_text(html[last : block.start()]))
        parts.append(block.group(0))
        last = block.end()
    parts.append(_isolate_text(html[last:]))
    return "".join(parts)


def _isolate_text(html: str) -> str:
    """`html` (no style or SVG block) with its numbers isolated; a number's text runs on across
    the spans drawn inside it (`FIGURE_SPANS`)."""
    tokens = _TAG.split(html)  # text, tag, text, tag, ...: the text is every even piece
    run: list[int] = []
    spans: list[bool] = []
    for index in range(1, len(tokens), 2):
        run.append(index - 1)
        if not _inside_text(tokens[index], spans, FIGURE_SPANS):
            _isolate_run_numbers(tokens, run)
            run = []
    _isolate_run_numbers(tokens, [*run, len(tokens) - 1])
    return "".join(tokens)


def _isolate_run_numbers(tokens: list[str], run: list[int]) -> None:
    """Wrap each number of the text made of `tokens[i]` for i in `run` in LRI ... PDI, the LRI in
    the token where the number starts, the PDI in the one where it ends."""
    text = "".join(tokens[index] for index in run)
    places: list[tuple[int, int, str]] = []  # (token, offset in it, mark)
    for number in _NUMBER.finditer(text):
        if _isolating(number.group(0)):
            places += [_place(tokens, run, number.start(), LRI), _place(tokens, run, number.end(), PDI)]
    for index, offset, mark in reversed(places):
        tokens[index] = tokens[index][:offset] + mark + tokens[index][offset:]


def _place(tokens: list[str], run: list[int], offset: int, mark: str) -> tuple[int, int, str]:
    """Where in the tokens of `run` the `mark` at `offset` of their joined text goes: an LRI in
    the token holding the number's first character, a PDI in the last token reaching its end
    (after the spans it ends in, not inside them)."""
    start = 0
    place = None
    for index in run:
        end = start + len(tokens[index])
        if start <= offset < end if mark == LRI else start <= offset <= end:
            place = index, offset - start, mark
            if mark == LRI:
                break
        start = end
    assert place is not None, f"offset {offset} outside the run"
    return place


def _isolating(text: str) -> bool:
    """Whether a number read as `text` needs its isolate: not a date (`_PHONE_DIGITS`)."""
    return not ("-" in text[1:] and text[0] != "+" and sum(ch.isdigit() for ch in text) < _PHONE_DIGITS)


# -- each text in its own direction ----------------------------------------------------------------

_STRONG = {"L": "ltr", "R": "rtl", "AL": "rtl"}
_ISOLATE_START = frozenset({LRI, RLI, FSI})
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")
_RIGHT_TO_LEFT_LETTER = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def first_strong_direction(text: str) -> str | None:
    """`ltr` or `rtl`: the direction of the first letter of `text` that has one (Unicode's rules
    P2 and P3: what an isolate's content holds is skipped, so is an HTML entity), or None when
    it has none (digits, punctuation and symbols only)."""
    return next(_strong_directions(text), None)


def _strong_directions(text: str) -> Iterator[str]:
    """The direction (`ltr`, `rtl`) of each letter of `text` that has one, in order, skipping
    what isolates hold and HTML entities."""
    text = _ENTITY.sub(" ", text)
    depth = 0
    for char in text:
        if char in _ISOLATE_START:
            depth += 1
        elif char == PDI:
            depth = max(depth - 1, 0)
        elif depth == 0:
            direction = _STRONG.get(unicodedata.bidirectional(char))
            if direction is not None:
                yield direction


def isolate_texts(html: str, direction: str) -> str:
    """`html` with each text whose first letter is of the other direction than the page's
    `direction` in a first-strong isolate (U+2068 ... U+2069, invisible), which is what
    `<bdi>` or `dir=auto` does, without changing the markup's structure.

    On a right-to-left page a Latin text starting with a number was reordered by the page's
    direction: "10 Jul, 09:15" showed as "Jul, 09:15 10", "3 new" as "new 3", a shortcut "⌘E"
    as "E⌘". Isolated, each takes its direction from its own first letter while its box keeps
    the page's direction and alignment. A text is what a box holds up to its next box: a cell's
    words and the spans that keep a date whole in it (`TEXT_SPANS`) are one text; each line is
    one (a line break ends an isolate). In a right-to-left text, a Latin run starting with a
    number parted from its words ("آخر مزامنة: 10 Jul, 09:15") is isolated left to right (see `_latin_run_isolated`).
    Texts without letters (numbers: see `isolate_numbers`), style and SVG blocks and attributes
    are left as they are. A left-to-right page without a right-to-left letter is returned
    unchanged, cheaply."""
    if direction != "rtl" and not _RIGHT_TO_LEFT_LETTER.search(html):
        return html
    parts: list[str] = []
    last = 0
    for block in _RAW_BLOCK.finditer(html):
        parts.append(_isolate_each_text(html[last : block.start()], direction))
        parts.append(block.group(0))
        last = block.end()
    parts.append(_isolate_each_text(html[last:], direction))
    return "".join(parts)


TEXT_SPANS = frozenset({"dsl-table-code", "dsl-table-long", "dsl-whole-word"})
"""Classes of the spans a text is drawn with inside its box (a table cell keeps "10 Jul" whole
in one): part of the text around them, not a text of their own."""
_TOKEN = re.compile(r"(<[^>]*>|\n)")
_SPAN_CLASS = re.compile(r'<span class="([^"]*)"')


def _isolate_each_text(html: str, direction: str) -> str:
    """`html` (no style or SVG block) with each of its texts isolated as `isolate_texts` says."""
    tokens = _TOKEN.split(html)  # text, tag or line break, text, ...
    runs: list[list[int]] = [[]]
    spans: list[bool] = []  # per open <span>: whether it is one of TEXT_SPANS
    for index in range(1, len(tokens), 2):
        runs[-1].append(index - 1)
        if not _inside_text(tokens[index], spans):
            runs.append([])
    runs[-1].append(len(tokens) - 1)
    for run in runs:
        _isolate_run(tokens, run, direction)
    return "".join(tokens)


def _inside_text(token: str, spans: list[bool], classes: frozenset[str] = TEXT_SPANS) -> bool:
    """Whether a tag (`token`) leaves the text around it one text: a `<wbr>`, a span of one of
    `classes` or its end. `spans` tracks the open spans."""
    if token.startswith("<wbr"):
        return True
    if token.startswith("<span"):
        match = _SPAN_CLASS.match(token)
        spans.append(match is not None and bool(classes & set(match.group(1).split())))
        return spans[-1]
    if token == "</span>":
        return spans.pop() if spans else False
    return False


def _isolate_run(tokens: list[str], run: list[int], direction: str) -> None:
    """Isolate the text made of `tokens[i]` for i in `run` when its first letter's direction is
    not `direction` and it holds no letter of that direction (an English date on an Arabic
    page); a text in the page's language that starts with a word of the other ("iPhone 15 Pro
    متوفر الآن", "Stripe غير متصل": brands lead Arabic copy) keeps the page's direction. In a
    right-to-left text, isolate its Latin runs with a number parted from their words. An amount
    whose currency is written in right-to-left letters (`-18.50 ر.س` on an English page) is
    isolated left to right, so it reads as written, its sign before its digits: by its first
    letter it ran right to left and drew "ر.س 18.50-"."""
    text = "".join(tokens[index] for index in run)
    if not text.strip():
        return
    own = first_strong_direction(text)
    if own is None:
        return
    if own == direction or _has_letter_of(text, direction):
        if direction == "rtl":
            for index in run:
                tokens[index] = _LATIN_RUN.sub(_latin_run_isolated, tokens[index])
        return
    filled = [index for index in run if tokens[index].strip()]
    first, last = filled[0], filled[-1]
    lead = len(tokens[first]) - len(tokens[first].lstrip())
    start = LRI if _RTL_CURRENCY_AMOUNT.match(text.strip()) else FSI
    tokens[first] = f"{tokens[first][:lead]}{start}{tokens[first][lead:]}"
    core = tokens[last].rstrip()
    tokens[last] = f"{core}{PDI}{tokens[last][len(core) :]}"


def _has_letter_of(text: str, direction: str) -> bool:
    """Whether `text` holds a letter of `direction` outside its isolates (and entities)."""
    return direction in _strong_directions(text)


_LATIN = r"0-9A-Za-z\u00c0-\u024f"
_LATIN_RUN = re.compile(
    rf"(?<![{_LATIN}\u2066-\u2069])[{_LATIN}][{_LATIN}.,:/%+\-]*(?:[ \u00a0]+[{_LATIN}][{_LATIN}.,:/%+\-]*)*"
)
"""A run of Latin words and numbers in a right-to-left text."""


def _latin_run_isolated(run: re.Match[str]) -> str:
    """The run left to right (LRI ... PDI) when a number in it is parted from the Latin words
    after it ("10 Jul, 09:15", "3 pages", "iPhone 15 Pro"), which the right-to-left text would
    put on their far side; a trailing point or comma stays the sentence's. Else the run as it is
    ("12B", "2025", "iPhone")."""
    text = run.group(0)
    core = text.rstrip(".,:")
    parted = re.search(rf"[0-9][^{_LATIN}]+[A-Za-z\u00c0-\u024f]", core)
    return f"{LRI}{core}{PDI}{text[len(core) :]}" if parted else text


ZWNJ = "\u200c"
_JOINING_LETTER = re.compile(r"[\u0600-\u08ff\u0700-\u074f\u07c0-\u07ff\u1800-\u18af\ufb50-\ufeff]")
"""Letters of scripts whose letters join (Arabic, Syriac, N'Ko, Mongolian)."""


def unjoined(letters: str) -> str:
    """`letters` (a face's initials) drawn apart: a zero-width non-joiner between two letters
    of a joining script, so Sara Mohammed's initials سم read as two letters, not as the word
    سم (poison) the two join into."""
    return "".join(
        ZWNJ + char
        if index and _JOINING_LETTER.match(char) and _JOINING_LETTER.match(letters[index - 1])
        else char
        for index, char in enumerate(letters)
    )
