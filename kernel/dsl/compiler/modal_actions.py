"""Which of a modal's actions is its decision, how each is drawn, and in what order: a dialog's
and a side panel's footer, a bottom sheet's stack.

One rule picks the decision wherever a modal is drawn, so that a `drawer` (a side panel on a
wide canvas, a bottom sheet on a phone's) offers the same main action on every device: unless
an action names its variant, the last one that is no dismissal (Cancel, Close, Not now) is
primary. A `danger` action written before it does not take its place (`[{Delete, danger},
Cancel, Save changes]`: Save changes is the decision, Delete a secondary way out); one written
as the last choice is the decision itself (`[Cancel, {Delete, danger}]`). A danger action that
is not the decision stands apart: at the start of a footer, under the stack of a sheet.
"""

from __future__ import annotations

from collections.abc import Sequence

from kernel.dsl.compiler.items import entries, item_label
from kernel.dsl.model import Item

DISMISSALS = frozenset(
    {"cancel", "close", "dismiss", "not now", "no thanks", "no, thanks", "maybe later", "later", "skip", "no"}
)
"""Labels of the action that leaves a modal without acting: never made its primary, a sheet's last."""
DECISION_VARIANTS = frozenset({"primary", "success"})
"""Variants of a filled action that is the modal's decision."""
DANGER_VARIANTS = frozenset({"danger", "destructive", "error"})
"""Variants a button draws as a destructive (red, filled) action."""
ACTION_SHEET_CHOICES = 3
"""A sheet offering this many choices is an action sheet: none stands out."""
ACTION_SHEET_CHOICES_BESIDE_A_DISMISSAL = 2
"""With a way out (Cancel) two choices are enough: Take photo, Choose from library, Cancel."""


def is_dismissal(item: Item) -> bool:
    """Whether the action leaves without acting (Cancel, Close, Not now.)."""
    return item_label(item).strip().lower().rstrip(".!") in DISMISSALS


def is_danger(item: Item) -> bool:
    """Whether the action is drawn as a destructive one."""
    return (item.variant or "") in DANGER_VARIANTS


def _is_decision(item: Item) -> bool:
    return (item.variant or "") in DECISION_VARIANTS


def decision_index(items: Sequence[Item], *, action_sheet: bool = False) -> int | None:
    """The index of the action to draw as primary, or None: the last action that is no
    dismissal, when it names no variant and no action is already filled as a decision (primary,
    success). With `action_sheet` (a `sheet`, which shows share sheets and pickers), none when it
    offers three choices or more, or two beside a dismissal, danger ones not counted: equal
    choices, as iOS's action sheets draw them (Take photo, Choose from library, Cancel)."""
    if any(_is_decision(item) for item in items):
        return None
    choices = [index for index, item in enumerate(items) if not is_dismissal(item)]
    if not choices or items[choices[-1]].variant is not None:
        return None  # the author's own look for it: a danger decision, an outlined way out
    if action_sheet:
        equal = [index for index in choices if not is_danger(items[index])]
        beside_a_dismissal = len(choices) < len(items)
        enough = ACTION_SHEET_CHOICES_BESIDE_A_DISMISSAL if beside_a_dismissal else ACTION_SHEET_CHOICES
        if len(equal) >= enough:
            return None
    return choices[-1]


def with_variants(items: Sequence[Item], primary: int | None) -> list[Item]:
    """Each action with the variant it is drawn with: its own, primary at `primary`, else outline."""
    return [
        item.model_copy(update={"variant": item.variant or ("primary" if index == primary else "outline")})
        for index, item in enumerate(items)
    ]


def panel_actions(actions: Sequence[str | Item] | None) -> list[Item]:
    """A side panel's actions with their variants, as written (see `decision_index`)."""
    items = entries(actions)
    return with_variants(items, decision_index(items))


def dialog_actions(actions: Sequence[str | Item] | None) -> list[Item]:
    """A centred dialog's actions with their variants, as written: the last one primary unless
    it names its variant, the others outlined (a dialog's rule since the first format)."""
    items = entries(actions)
    last = len(items) - 1
    return with_variants(items, last if items and items[last].variant is None else None)


def has_decision(drawn: Sequence[Item]) -> bool:
    """Whether actions with their variants offer a filled decision (primary, success)."""
    return any(_is_decision(item) for item in drawn)


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
        if _is_decision(item) or is_danger(item):
            return 0
        return 2 if is_dismissal(item) else 1

    return [drawn[index] for index in sorted(range(len(drawn)), key=rank)]
