"""What the stats of one row share (`stat_rows`): the widest figure's, change's and label word's
widths, set on the grid or row that holds them."""

from __future__ import annotations

import re

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.stat_lines import STAT_LINES_CSS
from kernel.dsl.compiler.stat_rows import shared_stat_figures
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport

STATS = [
    {"type": "stat", "label": "Revenue", "value": "$284,120", "change": "+12.4%"},
    {"type": "stat", "label": "Conversion rate", "value": "3.27%", "change": "-0.4% vs last week"},
    {"type": "stat", "label": "Orders", "value": "3,482"},
]


def elements(*fields: dict[str, object]) -> list[Element]:
    return [Element.model_validate(field) for field in fields]


def test_a_row_of_stats_shares_its_widest_figure_change_and_label_word() -> None:
    shared = shared_stat_figures(elements(*STATS), "sans")
    alone = [shared_stat_figures(elements(stat, {"type": "text", "text": "x"}), "sans") for stat in STATS]
    assert alone == [{}, {}, {}]  # one stat shares with nobody
    pairs = [shared_stat_figures(elements(stat, STATS[2]), "sans") for stat in STATS[:2]]
    assert float(shared["--row-ems"]) == max(float(pair["--row-ems"]) for pair in pairs)
    assert float(pairs[0]["--row-ems"]) > float(pairs[1]["--row-ems"])  # "$284,120" is the widest figure
    # The change's figure alone counts, not what it is measured against ("vs last week").
    assert float(shared["--row-change-ems"]) < 4
    # "Conversion" at the label's 13.5 px, a little more than its estimate.
    assert 65 < float(shared["--row-word"].removesuffix("px")) < 85
    assert "--row-change-ems" not in shared_stat_figures(elements(STATS[2], STATS[2]), "sans")


def test_a_grid_of_equal_columns_and_a_row_carry_them_and_the_stylesheet_reads_them() -> None:
    context = RenderContext(viewport=Viewport(540, 400, 1.0))
    grid = context.render(Element.model_validate({"type": "grid", "columns": 3, "children": STATS}))
    row = context.render(Element.model_validate({"type": "row", "children": STATS}))
    styled = context.render(
        Element.model_validate(
            {"type": "grid", "style": {"gridTemplateColumns": "2fr 1fr 1fr"}, "children": STATS}
        )
    )
    for html in (grid, row):
        assert re.match(
            r'<div class="[^"]*" style="[^"]*--row-ems:[\d.]+;--row-word:[\d.]+px;--row-change-ems', html
        )
    assert "--row-ems" not in styled  # columns of other widths need figures of other sizes
    for variable in ("--row-ems", "--row-word", "--row-change-ems"):
        assert f"var({variable})" in STAT_LINES_CSS
