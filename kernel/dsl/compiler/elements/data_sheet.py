"""The data elements' one stylesheet, in cascade order, sent whenever any of them is drawn."""

from __future__ import annotations

from kernel.dsl.compiler.charts.css import CHART_CSS
from kernel.dsl.compiler.elements import (
    avatars,
    chart,
    icon,
    lists,
    phone_tables,
    progress,
    stats,
    table_descriptions,
    table_truncation,
    tables,
)
from kernel.dsl.compiler.stat_lines import STAT_LINES_CSS

DRAWN_BY = (tables, lists, avatars, icon, stats, progress, chart)
"""The modules whose renderers draw with this sheet. One sheet for them all, since their rules
lean on each other: an avatar's status dot and a stat's change take the colours of the table's
`.dsl-tone-*`, and a list's badge is the table's status badge (`.dsl-pill`)."""

CSS = (
    CHART_CSS
    + STAT_LINES_CSS
    + tables.TABLE_CSS
    + table_truncation.TRUNCATION_CSS
    + table_descriptions.DESCRIPTION_CSS
    + phone_tables.PHONE_TABLE_CSS
    + lists.LIST_CSS
    + lists.CARD_ROWS_CSS
    + avatars.AVATAR_CSS
    + icon.ICON_CSS
    + stats.STAT_CSS
    + progress.PROGRESS_CSS
    + chart.CHART_BOX_CSS
)
