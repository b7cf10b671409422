"""A cell of icons and one figure (`[{type: icon, name: arrow-up}, "+3"]`) counts as its figure:
its column aligns at the end and tones its changes, the arrow's cell as the bare figure's."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler.elements.table_columns import column_looks
from kernel.dsl.compiler.elements.table_rows import figure_beside_icons
from kernel.dsl.model import Column, Element
from tests.support.elements import render_element

UP = Element(type="icon", name="arrow-up")
LINK = Element(type="link", text="Open")


@pytest.mark.parametrize(
    ("cell", "judged"),
    [([UP, "+3"], "+3"), ([UP, "12 kg"], "12 kg"), ([UP, UP, "-2.5%"], "-2.5%"), ("+3", "+3"), (7, 7)],
)  # fmt: skip
def test_icons_beside_a_figure_are_judged_by_it(cell: Any, judged: Any) -> None:
    assert figure_beside_icons(cell) == judged


@pytest.mark.parametrize("cell", [[UP, "Rising"], [UP], [UP, "+3", "+4"], [LINK, "+3"], [UP, "+3", LINK]])
def test_other_cells_are_left_as_they_are(cell: Any) -> None:
    assert figure_beside_icons(cell) is cell


def test_a_column_of_arrows_and_changes_is_one_of_changes_at_the_end() -> None:
    rows: list[Any] = [[[UP, "+3"]], [[Element(type="icon", name="arrow-down"), "-2"]]]
    (look,) = column_looks([Column(label="Δ (with arrow)")], rows)
    assert "is-right" in look.classes and look.changes


def _cells(html: str) -> list[str]:
    return re.findall(r'<td class="([^"]*)"', html)


def test_the_arrows_cell_is_a_gain_or_a_loss() -> None:
    up, down = {"type": "icon", "name": "arrow-up"}, {"type": "icon", "name": "arrow-down"}
    html = render_element(
        type="table",
        columns=["Δ"],
        rows=[[[up, "+3"]], [[down, "-2"]], [[{"type": "icon", "name": "minus"}, "0"]]],
    )
    gain, loss, level = _cells(html)
    assert "is-gain" in gain and "is-loss" in loss and not re.search(r"is-(gain|loss)", level)
    assert all("is-right" in cell and "has-control" in cell for cell in (gain, loss, level))


def test_a_cells_own_tone_wins_over_its_sign() -> None:
    html = render_element(
        type="table",
        columns=["Δ"],
        rows=[[{"text": "+3", "tone": "neutral"}], [[{"type": "icon", "name": "arrow-up"}, "+4"]]],
    )
    plain, arrowed = _cells(html)
    assert "is-gain" not in plain and "is-gain" in arrowed
