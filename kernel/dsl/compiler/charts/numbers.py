"""How a chart writes its figures (axis ticks, a donut's total) in the document's language.

The short units come from the Unicode CLDR's compact "short" forms (through Babel): 1.5k and 3.4M
in English, 1,5 Mio. in German, 150万 and 1.2億 in Japanese, 15 लाख and 2.5 क॰ in Hindi,
1.5 ألف in Arabic. Digits stay Latin, as in every figure the tool writes (`numbers_local`);
only the signs between them and the units follow the language.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.numbers import get_decimal_symbol, get_group_symbol

from kernel.dsl.compiler.ui_strings import cldr_locale


@dataclass(frozen=True, slots=True)
class ShortUnit:
    """One short unit of a language: the least value written in it, what a value is divided by
    in it, and the text before and after the figure.

    The divisor is not always the least value: Japanese writes 10^4 to 10^8 in 万 (divisor
    10^4), Spanish writes 2500 M for 2.5 x 10^9 (divisor 10^6, as for 1 M), and Hindi's lakh
    and crore are 10^5 and 10^7. `affixes` holds (prefix, suffix) per plural category where the
    language's words differ ("few" in Arabic: 3 آلاف, but 1.5 ألف); "other" is always there."""

    least: float
    divisor: float
    affixes: tuple[tuple[str, str, str], ...]

    def around(self, figure: str, category: str) -> str:
        """`figure` with this unit's text around it, for the plural `category` of the figure."""
        forms = {name: (prefix, suffix) for name, prefix, suffix in self.affixes}
        prefix, suffix = forms.get(category) or forms["other"]
        return signed_around(prefix, figure, suffix)


def signed_around(prefix: str, figure: str, suffix: str) -> str:
    """`figure` between `prefix` and `suffix`, a negative one's minus before the prefix: -$312k,
    -%4,2 in Turkish, as Intl.NumberFormat and Excel write them ("$-312k" read as a typo to a
    finance reader). The minus stays the hyphen-minus every figure of the tool is written with
    (Latin digits and signs in every language, `numbers_local`); a right-to-left page isolates
    the signed figure, its currency sign with it (`bidi.isolate_numbers`)."""
    if prefix and figure.startswith("-"):
        return f"-{prefix}{figure[1:]}{suffix}"
    return f"{prefix}{figure}{suffix}"


def _plain_unit(least: float, suffix: str) -> ShortUnit:
    """A unit whose value is divided by its least and written before `suffix` (3.4M)."""
    return ShortUnit(least=least, divisor=least, affixes=(("other", "", suffix),))


ENGLISH_UNITS: tuple[ShortUnit, ...] = (
    _plain_unit(1e3, "k"),
    _plain_unit(1e6, "M"),
    _plain_unit(1e9, "B"),
    _plain_unit(1e12, "T"),
)
"""English's units without a `lang` (CLDR's, but a small k for thousands, as this tool has
always written them: 1.5k)."""


def _every_plural_is_other(_: Decimal) -> str:
    """The plural category of a language whose units read alike for every number."""
    return "other"


@dataclass(frozen=True, slots=True)
class NumberStyle:
    """How a language writes a chart's figures: its decimal and grouping marks, its short units
    (smallest first; none below the first: German writes 12.000 in full), and how it tells the
    plural category of a figure, which may pick a unit's words."""

    decimal: str = "."
    group: str = ","
    units: tuple[ShortUnit, ...] = ENGLISH_UNITS
    plural: Callable[[Decimal], str] = field(default=_every_plural_is_other, compare=False)

    def written(self, figure: str) -> str:
        """`figure`, formatted the Python (English) way, with this language's marks."""
        return figure.translate({ord("."): self.decimal, ord(","): self.group})

    def in_unit(self, figure: str, unit: ShortUnit | None) -> str:
        """`figure` (the Python way, `value / unit.divisor`) in `unit`, or in full without one.

        A figure in a unit is not grouped, as CLDR's patterns write it (2500万, 2500 M); one
        written in full is (12,000, 12.000)."""
        if unit is None:
            return self.written(figure)
        bare = figure.replace(",", "")
        return unit.around(self.written(bare), self.plural(_plural_operand(bare)))

    @property
    def one_unit_per_axis(self) -> bool:
        """Whether an axis writes all its ticks in one unit (that of its largest tick).

        So where the language's units are not a thousand apart (万 and 億 10^4, lakh and crore
        100), which would set ticks of different scales side by side (5000万 beside 1億): the axis
        reads on one scale (0.5億, 1.0億). Where they are a thousand apart each tick keeps its
        own (500k, 1.0M, 1.5M), as always."""
        divisors = sorted({unit.divisor for unit in self.units})  # Arabic's 1e3 and 1e4 differ in words only
        return any(abs(high / low - 1000) > 1e-6 for low, high in itertools.pairwise(divisors))


def _plural_operand(figure: str) -> Decimal:
    """The number whose plural category picks a unit's words: the figure shown, without the
    trailing zeros a fixed count of decimals adds (as Babel's compact formatting does)."""
    try:
        return abs(Decimal(figure)).normalize()
    except InvalidOperation:
        return Decimal(0)


ENGLISH_NUMBERS = NumberStyle()


@lru_cache(maxsize=64)
def number_style(lang: str | None) -> NumberStyle:
    """How figures are written in `lang`: the marks and short units of CLDR (Babel) for the
    whole tag, so `de-CH` writes 12'000, `fr` 12 000 and 1,5 k, `ja` 150万 and `en-IN` 15L;
    English (or no or an unknown `lang`) is 1.5k, 12,000."""
    locale = cldr_locale(lang)
    if locale is None:
        return ENGLISH_NUMBERS
    units = short_units(locale)
    if locale.language == "en":
        units = tuple(_small_k(unit) for unit in units)
    return NumberStyle(
        decimal=get_decimal_symbol(locale, numbering_system="latn"),
        group=get_group_symbol(locale, numbering_system="latn"),
        units=units,
        plural=locale.plural_form,
    )


def _small_k(unit: ShortUnit) -> ShortUnit:
    """English thousands with this tool's small k (1.5k) rather than CLDR's K."""
    affixes = tuple((name, prefix, "k" if suffix == "K" else suffix) for name, prefix, suffix in unit.affixes)
    return ShortUnit(unit.least, unit.divisor, affixes)


def short_units(locale: Locale) -> tuple[ShortUnit, ...]:
    """`locale`'s short units from CLDR's compact "short" patterns, smallest first.

    A pattern is given for each power of ten: "0" writes the value in full (German below a
    million, Japanese below 万), "000万" divides 10^6 by 10^4 (its zeros less one). Powers of ten
    written alike (the same divisor and words) make one unit, from the first of them."""
    forms = locale.compact_decimal_formats.get("short") if locale.compact_decimal_formats else None
    if not forms or "other" not in forms:
        return ENGLISH_UNITS
    units: list[ShortUnit] = []
    for magnitude in sorted(int(power) for power in forms["other"]):
        pattern = forms["other"][str(magnitude)]
        if pattern.pattern == "0":
            continue
        divisor = magnitude // 10 ** (max(pattern.int_prec[0], 1) - 1)
        affixes = _affixes(forms, str(magnitude))
        if units and (units[-1].divisor, units[-1].affixes) == (divisor, affixes):
            continue
        units.append(ShortUnit(least=float(magnitude), divisor=float(divisor), affixes=affixes))
    return tuple(units) or ENGLISH_UNITS


def _affixes(forms: Mapping[str, Mapping[str, Any]], magnitude: str) -> tuple[tuple[str, str, str], ...]:
    """The (category, prefix, suffix) of the power of ten `magnitude`: "other", then each plural
    category written otherwise (Arabic's "few")."""
    other = _unquoted_affixes(forms["other"][magnitude])
    found = [("other", *other)]
    for category, patterns in forms.items():
        if category != "other" and magnitude in patterns:
            affix = _unquoted_affixes(patterns[magnitude])
            if affix != other:
                found.append((category, *affix))
    return tuple(found)


def _unquoted_affixes(pattern: Any) -> tuple[str, str]:
    """A CLDR pattern's positive prefix and suffix with its quotes taken off ("Mio'.'" is Mio.)."""
    return _unquoted(pattern.prefix[0]), _unquoted(pattern.suffix[0])


def _unquoted(text: str) -> str:
    """CLDR's quoting undone: 'x' is x, '' a single quote."""
    return re.sub(r"'([^']*)'", lambda quoted: quoted.group(1) or "'", text)


# --- figures --------------------------------------------------------------------------------------


def step_decimals(step: float) -> int:
    """The decimals that tell values `step` apart: 0 for 5, 1 for 2.5, 3 for 0.005, 4 for 0.0025."""
    for decimals in range(10):
        if abs(round(step, decimals) - step) <= abs(step) * 1e-6:
            return decimals
    return 10


def rounded(value: float, decimals: int, divisor: float = 1.0) -> Decimal:
    """`value / divisor` rounded to `decimals` decimals half away from zero, on the decimal as
    written (1.25 is 1.3, 2,250 in thousands 2.3, 1.005 is 1.01), as Excel and JavaScript's
    Intl.NumberFormat round; a float's binary artefacts (1.005 is stored as 1.00499...) and
    Python's rounding of halves to even (1.2M, 2.2k) would each write one digit less."""
    if not math.isfinite(value):
        return Decimal(repr(value))
    exact = _EXACT.divide(Decimal(repr(value)), Decimal(repr(divisor)))
    return exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP, context=_EXACT)


_EXACT = Context(prec=400)
"""Digits enough for any chart value (up to 1e308 written whole, and its decimals): Decimal's
default 28 fail to quantize a value of 1e100 ("InvalidOperation")."""


def fixed(value: float, decimals: int, divisor: float = 1.0) -> str:
    """`value / divisor` with grouping and at most `decimals` decimals (rounded as `rounded`),
    trailing zeros dropped."""
    text = f"{rounded(value, decimals, divisor):,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _exact(value: float, decimals: int, divisor: float = 1.0) -> str:
    """`value / divisor` with grouping and exactly `decimals` decimals (rounded as `rounded`,
    never "-0")."""
    text = f"{rounded(value, decimals, divisor):,f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.,") else text


def unit_of(value: float, style: NumberStyle) -> ShortUnit | None:
    """The short unit `value` is written in (M for 3.4M, 万 for 150万), None when in full."""
    magnitude = abs(value)
    return next((unit for unit in reversed(style.units) if magnitude >= unit.least), None)


def _next_unit(unit: ShortUnit | None, style: NumberStyle) -> ShortUnit | None:
    """The unit after `unit` in `style` (the first one after none), or None after the last."""
    index = -1 if unit is None else style.units.index(unit)
    return style.units[index + 1] if index + 1 < len(style.units) else None


def format_number(value: float, style: NumberStyle = ENGLISH_NUMBERS, step: float | None = None) -> str:
    """Short human figures for axes and labels: 950, 1.2k, 3.4M, 0.25 (in English; see
    `number_style` for another language's: 1,2 k, 3,4 Mio., 150万).

    `step`, the distance between an axis' ticks, sets the decimals: as many as the step needs,
    so ticks 0.0025 apart read 0.0025, 0.005, 0.0075 instead of 0, 0.01, 0.01 (and 1.25k,
    1.5k instead of 1.3k, 1.5k). Without it a figure keeps one decimal before a unit, two else.
    A figure that rounds up into the next unit is written in it (1M, not 1,000k)."""
    unit, figure = _unit_and_figure(value, style, step)
    return style.in_unit(figure, unit)


def _unit_and_figure(value: float, style: NumberStyle, step: float | None) -> tuple[ShortUnit | None, str]:
    """The unit `value` is written in and its figure in it (the Python way), as `format_number`."""
    unit = unit_of(value, style)
    while True:
        divisor = unit.divisor if unit else 1.0
        decimals = (1 if unit else 2) if step is None else step_decimals(step / divisor)
        figure = fixed(value, decimals, divisor)
        bigger = _next_unit(unit, style)
        if bigger is None or abs(float(figure.replace(",", ""))) * divisor < bigger.least:
            return unit, figure
        unit = bigger


def shared_figures(values: Sequence[float], style: NumberStyle = ENGLISH_NUMBERS) -> list[str]:
    """`values` as `format_number` writes each, those in one short unit with one count of
    decimals, as their axis' ticks have: a chart's labels read 1.0M beside 1.3M and 4.0M beside
    3.9M (as Intl.NumberFormat with a fixed count of fraction digits writes them), not 1M and
    4M. Figures below the first unit keep their own (12, 0.25)."""
    written = [_unit_and_figure(value, style, None) for value in values]
    decimals: dict[float, int] = {}
    for unit, figure in written:
        if unit is not None:
            places = len(figure.partition(".")[2])
            decimals[unit.divisor] = max(decimals.get(unit.divisor, 0), places)
    return [
        style.in_unit(_exact(value, decimals[unit.divisor], unit.divisor) if unit else figure, unit)
        for value, (unit, figure) in zip(values, written, strict=True)
    ]


def tick_labels(ticks: Sequence[float], numbers: NumberStyle = ENGLISH_NUMBERS) -> list[str]:
    """The value axis' labels, with one count of decimals for all the ticks written in one
    unit (one scale: its divisor): that of the tick that needs most, up to what the step
    needs (`format_number`). So
    1.16M, 1.18M, 1.20M, 1.22M (not 1.2M among them), 0.0, 0.5, 1.0, 1.5 and 1.00k, 1.25k;
    ticks 250 apart read 250, 500, 750, 1k (the thousands need no decimal). Where the
    language's units are not a thousand apart, every tick but zero takes the largest tick's
    unit (`NumberStyle.one_unit_per_axis`): 0, 100万, 200万, 300万; 0, 0.5億, 1.0億, 1.5億.

    The ticks are 1, 2, 2.5 or 5 times a power of ten apart and every CLDR unit divides by a
    power of ten (10^4 for 万, 10^5 for a lakh), so they are as round in any unit."""
    if len(ticks) < 2:
        return [format_number(tick, numbers) for tick in ticks]
    step = abs(ticks[1] - ticks[0])
    units = _tick_units(ticks, numbers)
    divisors = [unit.divisor if unit else 1.0 for unit in units]
    decimals: dict[float, int] = {}  # by divisor: Arabic's 3 آلاف and 10 ألف are one scale
    for tick, divisor in zip(ticks, divisors, strict=True):
        most = step_decimals(step / divisor)
        needs = min(step_decimals(tick / divisor) if tick else 0, most)
        decimals[divisor] = max(decimals.get(divisor, 0), needs)
    return [
        numbers.in_unit(_exact(tick, decimals[divisor], divisor), unit)
        for tick, unit, divisor in zip(ticks, units, divisors, strict=True)
    ]


def _tick_units(ticks: Sequence[float], numbers: NumberStyle) -> list[ShortUnit | None]:
    """The unit of each tick: its own, or the largest tick's for all but zero where the
    language's units are not a thousand apart."""
    if not numbers.one_unit_per_axis:
        return [unit_of(tick, numbers) for tick in ticks]
    top = unit_of(max(ticks, key=abs), numbers)
    return [top if tick else None for tick in ticks]


def total_text(total: float, numbers: NumberStyle, decimals: int = 0) -> str:
    """A donut's centre figure: exact with separators below a million (12,500; 1,234.5; a
    small total keeps two significant digits, 0.0065, not 0.0), short above with up to two
    decimals in its unit (55.25M, not 55.2M; 123.46万). Below a million, a total of values
    written with `decimals` keeps that many, trailing zeros too: amounts in cents add up to
    6,912.30, not 6,912.3, and 0.1 + 0.2 to 0.3."""
    magnitude = abs(total)
    unit = unit_of(total, numbers) if magnitude >= 1e6 else None
    if unit is not None:
        in_unit = total / unit.divisor
        return format_number(total, numbers, step=10.0 ** -min(_decimals_in(in_unit), 2) * unit.divisor)
    if decimals > 0:
        return numbers.written(_exact(total, decimals))
    most = 2 if magnitude >= 1 or magnitude == 0 else 1 - math.floor(math.log10(magnitude))
    return numbers.written(fixed(total, min(_decimals_in(total), most)))


def _decimals_in(value: float) -> int:
    """How many decimals `value` has (at most 10): 0 for 12, 2 for 55.25."""
    return step_decimals(value) if value else 0
