"""A column of links that name things (a task list's "Check eligibility") is text, at the start;
links that act on their rows ("View" in every row, under "Actions" or no header) stay an actions
column at the row's end."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.elements.table_columns import column_looks, links_name_rows
from kernel.dsl.model import Column, Element


def link(text: str) -> Element:
    return Element(type="link", text=text)


TASKS = [link("Check eligibility"), link("Read declaration"), link("Upload photo")]
VIEWS = [link("View"), link("View"), link("View")]


@pytest.mark.parametrize(
    ("column", "cells", "first", "names"),
    [(Column(key="t", label="Task"), TASKS, True, True),
     (Column(key="t", label=""), TASKS, True, True),  # a task list's unlabelled first column
     (Column(label="Document"), TASKS, False, True),
     (Column(label=""), TASKS, True, True),
     (Column(label=""), TASKS, False, False),  # no header, not first: actions
     (Column(label="Actions"), TASKS, True, False),
     (Column(label="Receipt"), VIEWS, False, False),  # the same words in every row: an action
     (Column(label="Task"), [*TASKS[:2], [link("Edit"), link("Delete")]], True, False),
     (Column(label="Task"), [*TASKS[:2], Element(type="button", label="Go")], True, False),
     (Column(label="Task"), [*TASKS[:2], Element(type="link", icon="external-link")], True, False)],
)  # fmt: skip
def test_which_links_name_their_rows(column: Column, cells: list[Any], first: bool, names: bool) -> None:
    assert links_name_rows(column, cells, first=first) is names


def test_a_column_of_task_links_aligns_at_the_start_and_its_views_at_the_end() -> None:
    rows: list[Any] = [[task, "Completed", view] for task, view in zip(TASKS, VIEWS, strict=True)]
    tasks, _, views = column_looks(
        [Column(key="t", label="Task"), Column(label="Status"), Column(label="")], rows
    )
    assert "is-left" in tasks.classes and "is-fit" not in tasks.classes
    assert "is-right" in views.classes and "is-fit" in views.classes
