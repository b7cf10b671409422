"""A progress bar in a table cell writes its figure at its end: the percentage, its `text` in its
place, after its `label`; a label that states a percentage is the figure. Elsewhere a bar is
drawn as before, its label and figure above it."""

from __future__ import annotations

import re

import pytest

from tests.support.elements import render_element


def cell_end(progress: dict[str, object]) -> str:
    """The words at the end of the bar in a table cell, as `label|figure`."""
    html = render_element(
        type="table", columns=["Player", "Rate"], rows=[["Viper", {"type": "progress", **progress}]]
    )
    end = re.search(r'<span class="dsl-progress-end">(.*?)</span></span>', html)
    assert end and "dsl-progress-head" not in html, html
    label = re.search(r'class="dsl-progress-label">([^<]*)<', end.group(1))
    figure = re.search(r'class="dsl-progress-value">([^<]*)<', end.group(1) + "</span>")
    assert figure, end.group(1)
    return f"{label.group(1) if label else ''}|{figure.group(1)}"


@pytest.mark.parametrize(
    ("progress", "end"),
    [({"value": 64}, "|64%"), ({"value": 0.51}, "|51%"), ({"value": 58, "label": "58%"}, "|58%"),
     ({"value": 60, "label": "Used"}, "Used|60%"), ({"value": 30, "text": "3/10 GB"}, "|3/10 GB"),
     ({"value": 30, "label": "Storage", "text": "3/10 GB"}, "Storage|3/10 GB"), ({"value": 130}, "|130%")],
)  # fmt: skip
def test_a_cells_bar_ends_with_its_figure(progress: dict[str, object], end: str) -> None:
    assert cell_end(progress) == end


def test_a_bar_outside_a_table_keeps_its_head() -> None:
    html = render_element(type="progress", value=64, label="Standalone")
    assert "dsl-progress-head" in html and "is-in-cell" not in html
    beside = render_element(type="row", children=[{"type": "progress", "value": 64}])
    assert "is-in-cell" not in beside and "64%" not in beside  # a bare bar outside a cell: as before
