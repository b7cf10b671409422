"""Numbers the tool writes itself (a rating's score, a slider's scale), in the document's language.

An author's own text is drawn as written; these are the figures the tool formats, which say 4.5
in English and 4,5 under `lang: pt-BR`, `de` or `fr`. The digits stay those of the English text
(Latin, as the calendar's): only the signs between them follow the language's CLDR data, so a
document without `lang` (or `lang: en`) draws exactly what it always did. The same signs read
the number in an author's text ("R$ 2,50" is 2.5 in Portuguese, 250 in English).
"""

from __future__ import annotations

import functools
import re

from babel.numbers import format_percent, get_decimal_symbol, get_group_symbol

from kernel.dsl.compiler.ui_strings import cldr_locale


def local_number(value: float, lang: str | None) -> str:
    """`value` as `f"{value:g}"` writes it (4.5, 12, 0.25), with the decimal sign of `lang`:
    "4,5" in Portuguese, German, French, Polish, Turkish, Vietnamese..."""
    return localize_number_text(f"{value:g}", lang)


def local_percent(value: float, lang: str | None) -> str:
    """`value` (0-100) as a whole percentage the way `lang` writes one: "45%" in English,
    "45 %" in German and French, "%45" in Turkish."""
    locale = cldr_locale(lang)
    if locale is None:
        return f"{value:.0f}%"
    return format_percent(value / 100, locale=locale, numbering_system="latn")


def localize_number_text(english: str, lang: str | None) -> str:
    """A number written the English way (`f"{x:,.2f}"`: "1,234.50") with the group and decimal
    signs of `lang` instead ("1.234,50" in Portuguese, "1 234,50" in French); anything else in
    the text stays as it is."""
    decimal, group = _decimal_and_group(lang)
    if (decimal, group) == (".", ","):
        return english
    return english.translate({ord("."): decimal, ord(","): group})


def number_in_text(text: str, lang: str | None) -> float | None:
    """The first number in `text` read with the signs of `lang` (None when there is none):
    "€1,200.50" is 1200.5 in English, "1.200,50 €" in German; a language that groups digits
    with a no-break space also takes a typed one ("1 200,50 zł")."""
    found = _number_pattern(lang).search(text)
    if found is None:
        return None
    decimal, group = _decimal_and_group(lang)
    groups = _group_signs(group)
    return float("".join(sign for sign in found.group() if sign not in groups).replace(decimal, "."))


def value_figure(value: object, lang: str | None) -> float | None:
    """The number a control's `value` stands for: `220`, `"220"`, or the first number in a text
    such as `"€220"` or `"£2,500,000"` (`number_in_text`, with the signs of `lang`); None when
    it holds none (a boolean, an empty text, words). The compiler places a slider's thumb by it
    and the validator judges it against the slider's range, so both read the same figure."""
    if value is None or value == "" or isinstance(value, bool):  # not `in (True, False)`: 0 == False
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return number_in_text(str(value), lang)


def number_affixes(text: str, lang: str | None) -> tuple[str, str] | None:
    """The texts before and after the first number in `text`, read as `number_in_text` reads it
    (None when there is none): "$" and "" around "$2,500", "" and " km" around "2,5 km" in
    German, "R$ " and "/mês" around "R$ 2,50/mês" in Portuguese. A sign before the number
    belongs to it, not to the prefix."""
    found = _number_pattern(lang).search(text)
    if found is None:
        return None
    return text[: found.start()], text[found.end() :]


@functools.lru_cache(maxsize=64)
def _number_pattern(lang: str | None) -> re.Pattern[str]:
    """Digits, perhaps in groups of three parted by `lang`'s group signs, then perhaps its
    decimal sign and more digits."""
    decimal, group = _decimal_and_group(lang)
    groups = re.escape(_group_signs(group))
    return re.compile(rf"-?\d+(?:[{groups}]\d{{3}})*(?:{re.escape(decimal)}\d+)?")


def _group_signs(group: str) -> str:
    """The signs read as `group` in an author's text: a space too when CLDR's is a no-break one."""
    return group + (" " if group.isspace() else "")


@functools.lru_cache(maxsize=64)
def _decimal_and_group(lang: str | None) -> tuple[str, str]:
    """`lang`'s decimal and group signs in CLDR (with Latin digits); English's without `lang`."""
    locale = cldr_locale(lang)
    if locale is None:
        return ".", ","
    decimal = get_decimal_symbol(locale, numbering_system="latn")
    return decimal, get_group_symbol(locale, numbering_system="latn")
