"""A gradebook drawn by Chromium: a long double-barrelled name breaks at its hyphen, and the class
average row is a total (bold, under a rule) whose decimals line up with the whole scores above
it without turning them into 100.0."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from playwright.async_api import Browser

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import render_dsl
from tests.support.page_layout import launched_browser, page_facts

pytestmark = pytest.mark.integration

SCORES = ["HW1", "HW2", "HW3", "HW4", "Quiz 1", "Quiz 2", "Quiz 3", "Lab 1", "Lab 2", "Midterm", "Final"]


def gradebook(**document: Any) -> dict[str, Any]:
    """A teacher's gradebook: a name with its avatar, eleven whole scores, and the class average."""
    names = ["Alexandra Konstantinopoulou-Ramírez", "Dmitri Vasilyevich Sokolov", "Ben Okafor"]
    rows: list[list[Any]] = [
        [
            [{"type": "avatar", "name": name, "size": "xs"}, name],
            *[60 + (n * 7 + i * 3) % 41 for i in range(11)],
        ]
        for n, name in enumerate(names)
    ]
    rows.append(["Class average", *[70.5 + i for i in range(11)]])
    table = {"type": "table", "size": "sm", "striped": True, "columns": ["Student", *SCORES], "rows": rows}
    return {"device": "tablet", "elements": [table], **document}


@pytest_asyncio.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    async with launched_browser() as launched:
        yield launched


NAME_LINES = "() => lines(document.querySelector('tbody tr .dsl-table-control-text'))"


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_a_long_name_breaks_at_its_hyphen_not_inside_a_word(browser: Browser, theme: str) -> None:
    """A tablet drew "Konstantinopo" / "ulou-Ramírez"."""
    drawn = await page_facts(browser, gradebook(), NAME_LINES, theme=theme)
    assert "".join(drawn) == "AlexandraKonstantinopoulou-Ramírez", drawn
    assert "Konstantinopoulou-" in drawn or "Konstantinopoulou-Ramírez" in drawn, drawn


CELLS = """() => [...document.querySelectorAll('tbody tr')].map((row) => ({
  total: row.classList.contains('is-total'),
  weight: getComputedStyle(row.cells[1]).fontWeight,
  rule: parseFloat(getComputedStyle(row.cells[1]).borderTopWidth),
  texts: [...row.cells].slice(1, 3).map((cell) => cell.innerText.trim()),
  points: [...row.cells].slice(1, 3).map((cell) => {
    const digits = cell.firstChild, range = document.createRange(), point = digits.data.indexOf('.');
    range.setStart(digits, 0); range.setEnd(digits, point < 0 ? digits.length : point);
    return range.getBoundingClientRect().right; })}))"""
"""Each body row: a total or not, its second cell's weight and rule above, its first two scores'
texts (without their blank room) and where their decimal point is (a whole one's: after it)."""


async def test_the_class_average_is_a_total_whose_points_line_up_with_whole_scores(
    browser: Browser, pool: ChromiumPool
) -> None:
    rows = await page_facts(browser, gradebook(), CELLS)
    *scores, average = rows
    assert average["total"] and not any(row["total"] for row in scores), rows
    assert int(average["weight"]) >= 600 > int(scores[0]["weight"]), rows  # bold
    assert average["rule"] == 2 and scores[-1]["rule"] == 0, rows  # under a rule
    assert all("." not in text for row in scores for text in row["texts"]), rows  # 100, not 100.0
    assert average["texts"] == ["70.5", "71.5"], rows
    for column in range(2):  # each whole score ends where the average's point is
        for row in scores:
            assert abs(row["points"][column] - average["points"][column]) <= 1, (column, rows)
    _, image = await render_dsl(pool, gradebook(width=1280, device=None), scale=1)
    assert image.measured_warnings == (), image.measured_warnings
