"""A chart's own way of writing its values: `format` (compact, full, percent) and the `prefix`
and `suffix` around every figure the chart writes (its axis' ticks, a donut's total, its bars' values).

The figures themselves are `numbers`' (the document's language, CLDR's signs and short units);
this only picks the scale and the words around them, so a chart of conversion rates written as
fractions (0.042) reads 4.2% on its axis, and one of latencies reads "120 ms".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from kernel.dsl.compiler.charts.numbers import (
    NumberStyle,
    format_number,
    shared_figures,
    signed_around,
    tick_labels,
    total_text,
)
from kernel.dsl.compiler.numbers_local import local_percent, number_affixes
from kernel.dsl.model.spellings import ValueFormatWord


@dataclass(frozen=True, slots=True)
class ValueFormat:
    """How a chart writes its values: its `format` (None: the axis short, a donut's total exact
    below a million, as ever), and the author's `prefix` and `suffix` around each figure.

    `compact` writes every figure in short units (12.4M, a donut's total of thousands too),
    `full` every figure whole with its groups (12,400,000), `percent` takes the values for
    fractions and writes them as percentages (0.042 is 4.2%)."""

    name: ValueFormatWord | None = None
    prefix: str = ""
    suffix: str = ""
    lang: str | None = None

    def tick_labels(self, ticks: Sequence[float], numbers: NumberStyle) -> list[str]:
        """The value axis' labels of `ticks` (see `numbers.tick_labels`), in this format."""
        if self.name == "percent":
            scaled = [round(tick * 100, 10) for tick in ticks]
            return [self._around(self._percent(label)) for label in tick_labels(scaled, numbers)]
        return [self._around(label) for label in tick_labels(ticks, self._style(numbers))]

    def total(self, total: float, numbers: NumberStyle, decimals: int = 0) -> str:
        """A donut's total (see `numbers.total_text`), in this format."""
        if self.name == "percent":
            figure = total_text(round(total * 100, 10), numbers, max(decimals - 2, 0))
            return self._around(self._percent(figure))
        if self.name == "compact" and abs(total) >= 1000:  # below a thousand there is no unit to shorten to
            return self._around(format_number(total, numbers))
        return self._around(total_text(total, self._style(numbers), decimals))

    def figure(self, value: float, numbers: NumberStyle, decimals: int = 0) -> str:
        """One bar's value written at its end, as its axis writes its ticks: short by default and
        with `compact` (950, 12.4k, 3.4M), whole with `full` (in the `decimals` its series is
        written with: 1,180.40), a percentage with `percent` (0.042 is 4.2%)."""
        if self.name == "percent":
            figure = total_text(round(value * 100, 10), numbers, max(decimals - 2, 0))
            return self._around(self._percent(figure))
        if self.name == "full":
            return self._around(total_text(value, self._style(numbers), decimals))
        return self._around(format_number(value, numbers))

    def figures(self, values: Sequence[float], numbers: NumberStyle, decimals: Sequence[int]) -> list[str]:
        """The values of one chart's bars (each series' `decimals`), as `figure` writes each,
        but those written short in one unit with one count of decimals (`numbers.shared_figures`:
        $1.0M beside $1.3M, not $1M)."""
        if self.name in ("percent", "full"):
            return [
                self.figure(value, numbers, places) for value, places in zip(values, decimals, strict=True)
            ]
        return [self._around(figure) for figure in shared_figures(values, numbers)]

    def _style(self, numbers: NumberStyle) -> NumberStyle:
        """`numbers`, without its short units for `full`: every figure is then written whole."""
        return dataclasses.replace(numbers, units=()) if self.name == "full" else numbers

    def _percent(self, figure: str) -> str:
        """`figure` (already x100) with the percent sign where `lang` writes it: 4.2%, 4,2 % in
        German, %4,2 in Turkish (CLDR's percent pattern, as a progress bar's percentage has it)."""
        before, after = number_affixes(local_percent(50, self.lang), self.lang) or ("", "%")
        return signed_around(before, figure, after)

    def _around(self, figure: str) -> str:
        """`figure` between the author's prefix and suffix ("$" 1.2k, 120 " ms"; -$312k)."""
        return signed_around(self.prefix, figure, self.suffix)


PLAIN = ValueFormat()
"""A chart's figures as they always were: no format, nothing around them."""
