"""The reference's table of limits gives the values the validator enforces (it said 1,000 table
rows while 500 were refused)."""

from __future__ import annotations

import re

import pytest

from kernel.dsl import chart_limits, limits
from tests.support.reference import REFERENCE

LIMIT_ROWS = {
    "limit_depth": limits.MAX_DEPTH,
    "limit_elements": limits.MAX_ELEMENTS,
    "limit_table_rows": limits.MAX_TABLE_ROWS,
    "limit_table_cells": limits.MAX_TABLE_CELLS,
    "limit_chart_points": chart_limits.MAX_CHART_SERIES_POINTS,
    "limit_nodes": limits.MAX_NODES,
    "limit_yaml_nodes": limits.MAX_YAML_NODES,
    "limit_expanded_size": limits.MAX_EXPANDED_BYTES,
    "limit_canvas_side": limits.MAX_SIDE,
    "limit_webp_side": limits.MAX_WEBP_SIDE,
    "limit_number_length": limits.MAX_NUMBER_DIGITS,
}


def documented_value(code: str) -> int:
    """The first number in the value column of the limits table's row for `code`."""
    rows = [line for line in REFERENCE.splitlines() if line.startswith("|") and f"| `{code}` |" in line]
    assert rows, code
    value = rows[0].split("|")[-3]
    found = re.search(r"\d[\d,]*", value)
    assert found, rows[0]
    return int(found.group().replace(",", ""))


@pytest.mark.parametrize(("code", "enforced"), LIMIT_ROWS.items())
def test_the_reference_gives_each_limit_as_enforced(code: str, enforced: int) -> None:
    assert documented_value(code) == enforced
