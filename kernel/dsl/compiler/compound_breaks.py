"""Where a Japanese title may break inside a compound noun: between its kanji and its katakana.

A Japanese page breaks between phrases (`word-break: auto-phrase`: BudouX in Chromium), which a
paragraph has many of, each ending in a particle. A title, a heading or a label is often one noun
compound with no particle (お客様満足度アンケート, "customer satisfaction survey"), which BudouX
takes as one phrase: wider than its box, it was broken at any character ("お客様満足度アン" /
"ケート"). Its words are written in kanji and katakana in turn, so where one script gives way to
the other is where its words join; a `<wbr>` there lets the line break between words
("お客様満足度" / "アンケート") only when it has to.
"""

from __future__ import annotations

import re

_KANJI = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]"
_KATAKANA = r"[\u30a1-\u30fa\u30fc-\u30ff\uff66-\uff9f]"
_JOIN = re.compile(rf"(?<={_KANJI}{{2}})(?={_KATAKANA}{{2}})|(?<={_KATAKANA}{{2}})(?={_KANJI}{{2}})")
"""A kanji run meeting a katakana run, each of two characters at least: a one-character prefix
or suffix (新アンケート, アンケート用) stays with its word."""


def compound_breaks(markup: str, lang: str | None) -> str:
    """`markup` (escaped text, no tags) with `<wbr>` where a kanji word meets a katakana word on
    a Japanese page (`lang` ja); for any other language, `markup` itself."""
    if (lang or "").split("-", 1)[0].lower() != "ja":
        return markup
    return _JOIN.sub("<wbr>", markup)
