"""A modal's actions (`modal_actions`): one decision for a drawer on every canvas (its side panel
on a laptop, its bottom sheet on a phone), the danger look only when a destructive action is the
decision, a destructive action beside the decision at the footer's start, and the validator's
did-you-mean for a variant of joined words (`left-drawer`)."""

from __future__ import annotations

import re
from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.base_css import BASE_CSS
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.items import entries
from kernel.dsl.compiler.modal_actions import decision_index, footer_order, panel_actions
from kernel.dsl.model import Element, Item
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_document

LAPTOP = Viewport(1440, 900, 1.0)
PHONE = Viewport(390, 600, 3.0)
DELETE = {"label": "Delete", "variant": "danger"}


def render(viewport: Viewport, **fields: Any) -> str:
    """One modal's HTML on a canvas."""
    return RenderContext(viewport=viewport).render(Element.model_validate({"type": "modal", **fields}))


def buttons(html: str) -> list[tuple[str, str]]:
    """The modal's buttons as drawn, in order: (label, variant)."""
    found = re.findall(
        r'class="dsl-button dsl-button--(\w+)[^"]*"[^>]*><span class="dsl-button-label">([^<]+)<', html
    )
    return [(label, variant) for variant, label in found]


def dialog_tag(html: str) -> str:
    """The opening tag of the modal's own box (role=dialog)."""
    match = re.search(r'<div[^>]*role="dialog"[^>]*>', html)
    assert match, html
    return match.group(0)


# -- a drawer decides once ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actions", "primary", "danger_look"),
    [
        # The review's edit drawer: Save changes on a laptop, and on a phone (it was Delete there).
        ([DELETE, "Cancel", "Save changes"], "Save changes", False),
        (["Cancel", "Save"], "Save", False),
        (["Save", "Cancel"], "Save", False),  # a side panel made Cancel, written last, primary
        (["Cancel", DELETE], None, True),  # the destructive action is the decision
        # A drawer offering its side panel's choices keeps them on a phone: no action sheet.
        (["Take photo", "Choose from library", "Cancel"], "Choose from library", False),
        # iOS's destructive action sheet: no single decision but Delete, wherever it is drawn.
        (["Share", "Duplicate", DELETE, "Cancel"], None, True),
        ([{"label": "Archive", "variant": "primary"}, "Cancel", "Save"], "Archive", False),
    ],
)
def test_a_drawer_offers_the_same_decision_on_a_laptop_and_on_a_phone(
    actions: list[Any], primary: str | None, danger_look: bool
) -> None:
    wide = render(LAPTOP, variant="drawer", title="Edit customer", icon="building-2", actions=actions)
    narrow = render(PHONE, variant="drawer", title="Edit customer", icon="building-2", actions=actions)
    assert "dsl-modal--side" in dialog_tag(wide) and "dsl-modal--sheet" in dialog_tag(narrow)
    for html in (wide, narrow):
        filled = [label for label, variant in buttons(html) if variant in ("primary", "success")]
        assert filled == ([primary] if primary else []), buttons(html)
        assert ("dsl-modal--danger" in dialog_tag(html)) is danger_look


def test_a_sheet_still_reads_equal_choices_as_an_action_sheet() -> None:
    """`variant: sheet` is a share sheet or a picker: two choices beside Cancel stay equal."""
    items = entries(["Take photo", "Choose from library", "Cancel"])
    assert decision_index(items, action_sheet=True) is None
    assert decision_index(items) == 1
    html = render(
        PHONE, variant="sheet", title="Add photo", actions=["Take photo", "Choose from library", "Cancel"]
    )
    assert [variant for _, variant in buttons(html)] == ["outline", "outline", "outline"]


# -- a destructive action that is not the decision ------------------------------------------------


def test_a_side_panels_secondary_delete_stands_at_the_footers_start_without_the_danger_look() -> None:
    html = render(LAPTOP, variant="drawer", title="Edit customer", icon="building-2",
                  actions=["Cancel", DELETE, "Save changes"])  # fmt: skip
    assert buttons(html) == [("Delete", "danger"), ("Cancel", "outline"), ("Save changes", "primary")]
    assert 'class="dsl-modal-actions is-danger-apart dsl-actions is-primary-last"' in html
    assert "dsl-modal--danger" not in dialog_tag(html)
    rule = ":not(.dsl-modal--sheet)>.dsl-modal-actions.is-danger-apart>.dsl-button--danger:has(+:not(.dsl-button--danger))"
    assert rule + "{margin-inline-end:auto}" in BASE_CSS


def test_a_dialogs_footer_sets_a_secondary_delete_apart_and_keeps_a_destructive_decision() -> None:
    apart = render(LAPTOP, title="Edit project", actions=["Cancel", DELETE, "Save"])
    assert buttons(apart) == [("Delete", "danger"), ("Cancel", "outline"), ("Save", "primary")]
    assert "is-danger-apart" in apart
    decision = render(
        LAPTOP, title="Delete project?", actions=[{"label": "Cancel", "variant": "ghost"}, DELETE]
    )
    assert buttons(decision) == [("Cancel", "ghost"), ("Delete", "danger")]  # as written, at the end
    assert "is-danger-apart" not in decision


def actions(*written: Any) -> list[str | Item]:
    """Actions as the model reads them (a string, or an item)."""
    actions = Element.model_validate({"type": "modal", "actions": list(written)}).actions
    assert actions is not None
    return actions


def test_a_footer_moves_only_dangers_beside_a_decision() -> None:
    drawn = panel_actions(actions("Duplicate", DELETE, "Cancel", "Save"))
    assert [item.label for item in footer_order(drawn)] == ["Delete", "Duplicate", "Cancel", "Save"]
    alone = panel_actions(actions("Cancel", DELETE))
    assert footer_order(alone) == alone


# -- the validator --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "suggestion"),
    [
        ("leftdrawer", "did you mean 'left'?"),
        ("left-drawer", "did you mean 'left'?"),
        ("Left Drawer", "did you mean 'left'?"),
        ("drawer_start", "did you mean 'left'?"),
        ("left-panel", "did you mean 'left'?"),
        ("bottom-drawer", "did you mean 'sheet'?"),
        ("drawr", "did you mean 'drawer'?"),  # a slip of the keys is still told the closest word
        ("dialog", "use one of danger, drawer, left, sheet, side"),  # a shape word alone names no edge
        ("fullscreen", "use one of danger, drawer, left, sheet, side"),
    ],
)
def test_a_variant_of_joined_words_is_offered_the_edge_it_names(written: str, suggestion: str) -> None:
    """`leftdrawer` was offered `drawer`, which draws on the other edge."""
    result = validate_document({"elements": [{"type": "modal", "variant": written, "title": "x"}]})
    (warning,) = [w for w in result.warnings if w.code == "unknown_variant"]
    assert warning.path == "/elements/0/variant" and warning.suggestion == suggestion


def test_drawer_left_is_still_drawn_on_the_start_edge_without_a_warning() -> None:
    result = validate_document({"elements": [{"type": "modal", "variant": "drawer-left", "title": "x"}]})
    assert [w for w in result.warnings if w.code == "unknown_variant"] == []
    assert "is-side is-start" in render(LAPTOP, variant="drawer-left", title="Menu")
