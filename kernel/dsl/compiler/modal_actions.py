"""Which of a modal's actions is its decision, how each is drawn, and in what order: a dialog's
and a side panel's footer, a bottom sheet's stack.

The decision is picked as in every container's actions (`action_emphasis`), so that a
`drawer` (a side panel on a wide canvas, a bottom sheet on a phone's) offers the same main
action on every device: unless an action names its variant, the last one that is no dismissal
(Cancel, Close, Not now) is primary. A `danger` action written before it does not take its
place (`[{Delete, danger}, Cancel, Save changes]`: Save changes is the decision, Delete a
secondary way out); one written as the last choice is the decision itself (`[Cancel, {Delete, danger}]`). A danger action that
is not the decision stands apart: at the start of a footer, under the stack of a sheet.
"""

from __future__ import annotations

from collections.abc import Sequence

from kernel.dsl.compiler.action_emphasis import (
    decision_index,
    is_danger,
    is_decision,
    is_dismissal,
    with_variants,
)
from kernel.dsl.compiler.items import entries
from kernel.dsl.model import Item


def panel_actions(actions: Sequence[str | Item] | None) -> list[Item]:
    """A side panel's actions with their variants, as written (see `decision_index`)."""
    items = entries(actions)
    return with_variants(items, decision_index(items))


def dialog_actions(actions: Sequence[str | Item] | None) -> list[Item]:
    """A centred dialog's actions with their variants, as written: as a side panel's (its
    `[Save, Cancel]` makes Save primary, never Cancel; a stated primary is the only one)."""
    return panel_actions(actions)


def has_decision(drawn: Sequence[Item]) -> bool:
    """Whether actions with their variants offer a filled decision (primary, success)."""
    return any(is_decision(item) for item in drawn)


def danger_is_the_decision(drawn: Sequence[Item]) -> bool:
    """Whether a destructive action is what the modal asks for (`[Cancel, {Delete, danger}]`):
    one is offered and no other is filled as the decision. Only then does the modal take the
    danger look (its icon red): a secondary Delete beside Save is no destructive dialog."""
    return any(is_danger(item) for item in drawn) and not has_decision(drawn)


def aside_dangers(drawn: Sequence[Item]) -> list[Item]:
    """The destructive actions that are not the decision: those beside a filled decision."""
    return [item for item in drawn if is_danger(item)] if has_decision(drawn) else []


def footer_order(drawn: Sequence[Item]) -> list[Item]:
    """A footer's actions in the order they are drawn: as written, but a destructive action that
    is not the decision first, where the footer's CSS sets it apart at its start (Delete on the
    left, Cancel and Save at the right end, as most design systems place it)."""
    aside = aside_dangers(drawn)
    return [*aside, *(item for item in drawn if item not in aside)]


def sheet_actions(actions: Sequence[str | Item] | None, *, action_sheet: bool = True) -> list[Item]:
    """A sheet's actions in the order it stacks them, each with its variant (`decision_index`;
    `action_sheet` false for a `drawer`, which decides as its side panel does): the decision
    first (or a destructive action that is the decision, as iOS puts it on top), then the other
    choices as written, a dismissal (Cancel, Close, Not now) under them, as iOS's and Material's
    sheets order them, and a destructive action that is not the decision last, apart from them."""
    items = entries(actions)
    drawn = with_variants(items, decision_index(items, action_sheet=action_sheet))
    aside = aside_dangers(drawn)

    def rank(index: int) -> int:
        item = drawn[index]
        if item in aside:
            return 3
        if is_decision(item) or is_danger(item):
            return 0
        return 2 if is_dismissal(item) else 1

    return [drawn[index] for index in sorted(range(len(drawn)), key=rank)]
