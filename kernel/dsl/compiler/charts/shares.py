"""A pie's shares: whole percentages that add up to 100, as the legend writes them, and what a
donut's centre says."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from kernel.dsl.compiler.charts.colours import OTHER_COLOR
from kernel.dsl.compiler.charts.numbers import NumberStyle
from kernel.dsl.compiler.charts.spec import ChartSpec
from kernel.dsl.compiler.charts.value_format import PLAIN, ValueFormat
from kernel.dsl.compiler.numbers_local import local_percent


def percentages(values: Sequence[float]) -> list[int]:
    """Whole percentages of `values` that add up to 100 (largest remainder): thirds read 33,
    33, 34, never 33 x 3 = 99, and 48.6, 25.7, 25.7 read 48, 26, 26 rather than 49 + 26 + 26.

    The points left over go to the largest remainders; between equal ones, to the smaller
    value, then to the later slice (so the first and largest keeps its plain rounding)."""
    total = sum(values)
    if total <= 0:
        return [0] * len(values)
    raw = [value / total * 100 for value in values]
    whole = [math.floor(share + 1e-9) for share in raw]
    order = sorted(range(len(raw)), key=lambda i: (-round(raw[i] - whole[i], 9), values[i], -i))
    for index in order[: max(100 - sum(whole), 0)]:
        whole[index] += 1
    return whole


def share_text(percent: int, value: float, lang: str | None = None) -> str:
    """A slice's share as the legend writes it, the percent sign where `lang` writes it (53%,
    53 % in Spanish and German, %53 in Turkish: as a chart's `format: percent` does, so a
    donut beside bars of "34,2 %" does not say "53%"); a sliver that rounds to 0 reads "<1%"."""
    return f"<{local_percent(1, lang)}" if percent == 0 and value > 0 else local_percent(percent, lang)


_PERCENT_FIGURE = re.compile(r"\s*[(\[]?\s*([-+]?\d+(?:[.,]\d+)?)\s?%\s*[)\]]?")


def says_percent(label: str) -> bool:
    """Whether a label carries its own share ("Organic 38%"): the legend then adds none."""
    return _PERCENT_FIGURE.search(label) is not None


def _without_share(label: str, percent: int) -> str:
    """A slice's name as a donut's caption under its `percent`: without the same figure
    written in it ("Organic 38%" under "38%" reads "Organic"); a different one stays."""
    figures = _PERCENT_FIGURE.findall(label)
    if len(figures) != 1 or float(figures[0].replace(",", ".")) != percent:
        return label
    return _PERCENT_FIGURE.sub(" ", label).strip(" -\u2013\u2014:\u00b7,") or label


SHARE_SUMS = ((99.0, 101.0), (0.99, 1.01))
"""Values adding up to these (percentages, or fractions of one) are shares of a whole, whose
total says nothing."""


def are_shares(spec: ChartSpec, values: Sequence[float]) -> bool:
    """Whether a pie's values are shares: they add up to 100 (or 1), give or take rounding, or a
    label or the series' name carries a `%` ("Direct (45%)", "Share %")."""
    total = sum(values)
    if any(low <= total <= high for low, high in SHARE_SUMS):
        return True
    names = [*spec.labels, spec.series[0].name] if spec.series else list(spec.labels)
    return any("%" in name for name in names)


def donut_center(
    slices: Sequence[tuple[str, float, str]],
    percents: Sequence[int],
    total: float,
    shares: bool,
    center_label: str | None,
    total_label: str,
    numbers: NumberStyle,
    decimals: int = 0,
    value_format: ValueFormat = PLAIN,
) -> tuple[str, str]:
    """A donut's centre as a figure and its caption (either may be empty).

    Counts (sessions, dollars): their total (with the `decimals` its values are written with, in
    the chart's `value_format`),
    captioned `center_label` (the author's, `""` for no
    caption) or `total_label` ("Total" in the document's language). Shares (`are_shares`) add
    up to 100%, which is no news: the centre names the slice whose `label` is `center_label`
    (`label: Completed` -> "72%" over "Completed"); else, with a `label` that names no slice, that
    label alone ("Traffic"); else the largest slice ("45%" over "Direct"), never the grey one that
    gathers the small slices. `label: ""` on shares leaves the centre empty. The share is the
    legend's (`percentages`), and a name that already says it does not repeat it under it.
    """
    if not shares:
        caption = total_label if center_label is None else center_label
        return value_format.total(total, numbers, decimals), caption
    if center_label == "":
        return "", ""
    wanted = (center_label or "").strip().casefold()
    named = [i for i, entry in enumerate(slices) if entry[0].strip().casefold() == wanted]
    if center_label is not None and not named:
        return "", center_label
    # the grey slice that gathers the small ones is no headline, however large it adds up to
    real = [i for i, entry in enumerate(slices) if entry[2] != OTHER_COLOR] or list(range(len(slices)))
    index = named[0] if named else max(real, key=lambda i: slices[i][1])
    name, value, _ = slices[index]
    return share_text(percents[index], value, value_format.lang), _without_share(name, percents[index])
