"""A column of quantities with their units (`24,000 kg`, `1.2 t`, `320 m³`, `12 pcs`) aligns right
as a column of figures does: a shipments table drew its weights at the left, beside its amounts at
the right. Its texts stay as written (no amount's cents padding), and a count of things stays text."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.elements import table_rows
from tests.support.elements import render_element

QUANTITIES = ["24,000 kg", "1.2 t", "320 m³", "12 pcs", "12.5 kg", "1 204,75 kg", "3.5 GB", "60 km/h", "-5 °C",
              "12 ms", "8 pallets", "12\u00a0kg"]  # fmt: skip


def weight_cells(values: list[str]) -> list[tuple[str, str]]:
    """The classes and texts of the Weight column's cells of a two-column table."""
    html = render_element(
        type="table", columns=["Tracking", "Weight"], rows=[[f"A{i}", v] for i, v in enumerate(values)]
    )
    return re.findall(r'<td class="([^"]*)">(?:<span[^>]*>)?([^<]*)<', html)[1::2]


@pytest.mark.parametrize("quantity", QUANTITIES)
def test_a_column_of_quantities_aligns_right(quantity: str) -> None:
    assert table_rows.is_quantity(quantity) and not table_rows.is_numeric(quantity)
    assert weight_cells([quantity, "88 kg"]) == [("is-right", quantity), ("is-right", "88 kg")]


def test_units_may_differ_and_figures_and_placeholders_mix_in() -> None:
    cells = weight_cells(["24,000 kg", "1.2 t", "—", "640"])
    assert [classes for classes, _ in cells] == ["is-right"] * 4
    assert [text for _, text in cells] == ["24,000 kg", "1.2 t", "—", "640"]  # as written: 1.2 t not 1.20 t


@pytest.mark.parametrize("text", ["3 items", "Room 12", "12 A", "2 days", "12 kg extra", "1–2 kg"])
def test_a_count_of_things_or_a_name_with_a_number_keeps_the_column_left(text: str) -> None:
    assert not table_rows.is_quantity(text)
    assert [classes for classes, _ in weight_cells(["24 kg", text])] == ["is-left", "is-left"]
