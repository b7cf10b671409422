"""Which boxes are framed panes (`is-pane`): a flow box whose style draws a border and whose
children span it edge to edge; a list or table filling one is drawn flush (see `framed_panes`)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.elements import classes_of, render_element

LIST = {"type": "list", "items": [{"label": "Priya Raman", "description": "Q3 roadmap review"}]}
BORDER_END = {"borderRight": "1px solid var(--border)"}


def pane(kind: str = "column", **fields: Any) -> list[str]:
    return classes_of(render_element(type=kind, children=[LIST], **fields))


@pytest.mark.parametrize("kind", ["column", "container"])
def test_a_box_with_a_border_and_no_padding_at_its_sides_is_a_pane(kind: str) -> None:
    assert "is-pane" in pane(kind, style=BORDER_END)
    assert "is-pane" in pane(kind, style={"border": "1px solid #e4e4e7"})
    assert "is-pane" in pane(kind, style=BORDER_END, padding="16px 0")  # above and below only
    assert "is-pane" in pane("flex", direction="column", style=BORDER_END)
    rounded = pane(kind, style={"border": "1px solid #e4e4e7", "borderRadius": 12})
    assert {"is-pane", "is-rounded-pane"} <= set(rounded)


@pytest.mark.parametrize(
    "fields",
    [
        {},  # no frame: a list on the page keeps its own
        {"style": {"borderRadius": 12, "background": "#fff"}},  # rounded, but no line drawn
        {"style": {"border": "none"}},
        {"style": {**BORDER_END, "padding": 16}},
        {"style": BORDER_END, "padding": "8px 16px"},
        {"style": {**BORDER_END, "paddingLeft": "12px"}},
        {"style": BORDER_END, "align": "center"},  # its children shrink to their content
    ],
)
def test_a_box_that_is_no_framed_pane_keeps_its_lists_frame(fields: dict[str, Any]) -> None:
    assert "is-pane" not in pane(**fields)


def test_a_row_is_no_pane() -> None:
    assert "is-pane" not in pane("row", style=BORDER_END)
