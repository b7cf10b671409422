"""What the stats of one row (a grid of equal columns, a row of stats) share: one figure size,
one rule for their icons and one size for their change figures, as the row's CSS variables."""

from __future__ import annotations

from collections.abc import Sequence

from kernel.dsl.compiler.elements.stats import STAT_LABEL_PX, change_figure_ems, stat_size, stat_value_ems
from kernel.dsl.compiler.text_metrics import label_em
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.model import Element

WORD_MARGIN = 1.05
"""A label's longest word is taken this much wider than its estimate: the icon goes rather than
leave a word a few px short of its room."""


def shared_stat_figures(children: Sequence[Element] | None, typeface: Typeface) -> dict[str, str]:
    """The variables by which the stats among `children`, side by side in equal columns, are
    drawn alike (see `stat_lines`): `--row-ems`, the widest figure's width in em, so that every
    figure takes the size the widest needs ("$284,120" at 14 px beside "3,482" at 28 was a row of
    mismatched figures); `--row-word`, the px of the longest word of their labels, so that all of
    them keep their icons or none does (each dropped its own when its label's word left no room
    for it); `--row-change-ems`, the widest change figure's, so that their changes shrink alike.
    Nothing for fewer than two stats."""
    stats = [child for child in children or [] if child.type == "stat"]
    if len(stats) < 2:
        return {}
    label_px = STAT_LABEL_PX[stat_size(stats[0])]
    words = [word for stat in stats for word in (stat.label or stat.title or "").split()]
    widest_word = max((label_em(word, typeface) for word in words), default=0.0) * label_px * WORD_MARGIN
    shared = {
        "--row-ems": f"{max(stat_value_ems(stat, typeface) for stat in stats):.2f}",
        "--row-word": f"{widest_word:.1f}px",
    }
    changes = [ems for stat in stats if (ems := change_figure_ems(stat, typeface)) is not None]
    if changes:
        shared["--row-change-ems"] = f"{max(changes):.2f}"
    return shared
