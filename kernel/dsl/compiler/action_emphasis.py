"""Which of a container's actions is emphasised, and how each is drawn: one rule for a form's, a
card's, a header's, a navbar's, a section's, an alert's, an empty state's and a modal's actions.

An action that names its `variant` keeps it (another library's word is drawn as the variant it
means: `contained` is primary). Of the others, one is the decision, drawn in the container's
emphasised look, and the rest in its secondary look, unless the author already filled one as
the decision (`primary`, `success`): then none is added, never a second primary. The decision
is the confirming action: the last action that is no way out (Cancel, Back, Close, Not now) in
a row aligned to its end (a footer's, a header's), the first one in a row read from its start
or its centre (an alert's, an empty state's). When that action names its own variant (a `danger`
Delete as the last choice, an outlined one), it is the author's decision and none is added.

Most containers draw the decision primary and the rest outlined; an alert stays quiet (`QUIET`:
outlined, then ghost), as banners draw their actions (a brand-filled button would clash with a
red alert), and a section's head draws them all as links (`LINKS`: "See all", "Edit").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from kernel.dsl.compiler.items import entries, item_label
from kernel.dsl.compiler.variant_words import button_variant
from kernel.dsl.model import Item

Looks = tuple[str, str]
"""The variants of a container's decision and of its other actions."""
FOOTER: Looks = ("primary", "outline")
"""A form's, a card's, a header's, a navbar's, an empty state's and a modal's actions."""
QUIET: Looks = ("outline", "ghost")
"""An alert's actions."""
LINKS: Looks = ("ghost", "ghost")
"""A section head's actions: links in the link colour, none emphasised ("See all", "Edit")."""
Position = Literal["last", "first"]
"""Where a row puts its decision: last in a row aligned to its end, first in one read from its start."""

DISMISSALS = frozenset(
    {"cancel", "close", "dismiss", "not now", "no thanks", "no, thanks", "maybe later", "later", "skip",
     "skip for now", "no", "back", "go back"}
)  # fmt: skip
"""Labels of the action that leaves without acting: never made the decision (a sheet's last)."""
DECISION_VARIANTS = frozenset({"primary", "success"})
"""Variants of a filled action that is the decision."""
DANGER_VARIANTS = frozenset({"danger"})
"""The variant a button draws as a destructive (red, filled) action (`destructive`, `error` read as it)."""
ACTION_SHEET_CHOICES = 3
"""A sheet offering this many choices is an action sheet: none stands out."""
ACTION_SHEET_CHOICES_BESIDE_A_DISMISSAL = 2
"""With a way out (Cancel) two choices are enough: Take photo, Choose from library, Cancel."""


def is_dismissal(item: Item) -> bool:
    """Whether the action leaves without acting (Cancel, Close, Not now.)."""
    return item_label(item).strip().lower().rstrip(".!") in DISMISSALS


def drawn_look(item: Item) -> str | None:
    """The variant the action names, as a button draws it (`contained` is primary), or None."""
    return button_variant(item.variant) if item.variant else None


def is_danger(item: Item) -> bool:
    """Whether the action is drawn as a destructive one."""
    return drawn_look(item) in DANGER_VARIANTS


def is_decision(item: Item) -> bool:
    """Whether the action is filled as the decision (primary, success)."""
    return drawn_look(item) in DECISION_VARIANTS


def decision_index(items: Sequence[Item], *, at: Position = "last", action_sheet: bool = False) -> int | None:
    """The index of the action to draw as the decision, or None: the last (`at`) action that is
    no dismissal, when it names no variant and no action is already filled as a decision. With
    `action_sheet` (a `sheet`, which shows share sheets and pickers), none when it offers three
    choices or more, or two beside a dismissal, danger ones not counted: equal choices, as iOS's
    action sheets draw them (Take photo, Choose from library, Cancel)."""
    if any(is_decision(item) for item in items):
        return None
    choices = [index for index, item in enumerate(items) if not is_dismissal(item)]
    if not choices:
        return None
    chosen = choices[-1] if at == "last" else choices[0]
    if items[chosen].variant is not None:
        return None  # the author's own look for it: a danger decision, an outlined way out
    if action_sheet:
        equal = [index for index in choices if not is_danger(items[index])]
        beside_a_dismissal = len(choices) < len(items)
        enough = ACTION_SHEET_CHOICES_BESIDE_A_DISMISSAL if beside_a_dismissal else ACTION_SHEET_CHOICES
        if len(equal) >= enough:
            return None
    return chosen


def with_variants(items: Sequence[Item], decision: int | None, looks: Looks = FOOTER) -> list[Item]:
    """Each action with the variant it is drawn with: its own, the decision's look at `decision`,
    else the secondary look."""
    emphasised, secondary = looks
    return [
        item.model_copy(update={"variant": item.variant or (emphasised if index == decision else secondary)})
        for index, item in enumerate(items)
    ]


def emphasised_actions(
    actions: Sequence[str | Item] | None, *, at: Position = "last", looks: Looks = FOOTER
) -> list[Item]:
    """A container's actions as written, each with the variant it is drawn with (see the module)."""
    items = entries(actions)
    return with_variants(items, decision_index(items, at=at), looks)


def decision_stacks_last(drawn: Sequence[Item], *, default: bool) -> bool:
    """Whether a row of `drawn` actions that must stack puts its last one on top (its decision):
    where the filled decision is first, the first; with none filled or one in between, `default`."""
    filled = [index for index, item in enumerate(drawn) if is_decision(item) or is_danger(item)]
    if len(drawn) < 2 or not filled:
        return default
    if filled[-1] == len(drawn) - 1:
        return True
    return False if filled[0] == 0 else default
