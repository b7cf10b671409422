"""Which action is emphasised (`action_emphasis`), one rule in every container: a stated primary
is the only one, else the confirming action (never Cancel, Back, Close...) is the decision; other
libraries' variant words drawn as the variant the warning names (`variant_words`); and a group of
variant warnings keeps each value's own fix (`issue_groups`)."""

from __future__ import annotations

import re
from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.action_emphasis import DISMISSALS, decision_index
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.items import entries
from kernel.dsl.compiler.variant_words import BUTTON_VARIANTS, button_variant
from kernel.dsl.hints.variants import variant_synonym
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport
from kernel.dsl.semantic.variants import KNOWN_VARIANTS
from kernel.dsl.validate import validate_data

LAPTOP = Viewport(1200, 800, 1.0)
FOOTER_CONTAINERS = ("form", "card", "header", "navbar", "modal", "empty")
"""Containers whose decision is filled primary, the other actions outlined."""
QUIET_CONTAINERS = ("alert",)
"""Containers whose decision is outlined, the other actions ghost."""


def render(element: dict[str, Any]) -> str:
    return RenderContext(viewport=LAPTOP).render(Element.model_validate(element))


def drawn(kind: str, actions: list[Any]) -> dict[str, str]:
    """Each action's label and the variant its button is drawn with, in a `kind` container."""
    fields: dict[str, Any] = {"type": kind, "title": "Account", "actions": actions}
    if kind == "form":
        fields["children"] = [{"type": "input", "label": "Name"}]
    found = re.findall(
        r'class="dsl-button dsl-button--(\w+)[^"]*"[^>]*><span class="dsl-button-label">([^<]+)<',
        render(fields),
    )
    return {label: variant for variant, label in found}


@pytest.mark.parametrize("kind", (*FOOTER_CONTAINERS, *QUIET_CONTAINERS, "section"))
def test_a_stated_primary_is_the_only_emphasised_action(kind: str) -> None:
    """The tester's form: `[{Save, primary}, Cancel]` drew both filled primary."""
    buttons = drawn(kind, [{"label": "Save", "variant": "primary"}, {"label": "Cancel"}])
    assert buttons["Save"] == "primary"
    assert buttons["Cancel"] == ("outline" if kind in FOOTER_CONTAINERS else "ghost")


def test_a_sections_actions_are_links_none_emphasised() -> None:
    """A section's "See all" and "Edit" are links beside its title (documented), none filled."""
    assert drawn("section", ["Edit", "See all"]) == {"Edit": "ghost", "See all": "ghost"}


@pytest.mark.parametrize("kind", FOOTER_CONTAINERS)
@pytest.mark.parametrize("order", [["Save", "Cancel"], ["Cancel", "Save"]])
def test_cancel_is_never_the_decision_wherever_it_is_written(kind: str, order: list[str]) -> None:
    assert drawn(kind, order) == {"Save": "primary", "Cancel": "outline"}


@pytest.mark.parametrize("kind", QUIET_CONTAINERS)
def test_quiet_containers_outline_their_decision_and_leave_the_rest_ghost(kind: str) -> None:
    assert drawn(kind, ["Dismiss", "Retry"]) == {"Retry": "outline", "Dismiss": "ghost"}


@pytest.mark.parametrize("kind", ["form", "card", "header", "navbar", "modal"])
def test_a_footer_emphasises_its_last_confirming_action(kind: str) -> None:
    assert drawn(kind, ["Back", "Save draft", "Publish"]) == {
        "Back": "outline",
        "Save draft": "outline",
        "Publish": "primary",
    }


@pytest.mark.parametrize("kind", ["empty", "alert"])
def test_a_row_read_from_its_start_emphasises_its_first_confirming_action(kind: str) -> None:
    decision = "primary" if kind == "empty" else "outline"
    assert drawn(kind, ["Create project", "Import"])["Create project"] == decision


def test_a_row_of_ways_out_has_no_primary() -> None:
    assert drawn("card", ["Close"]) == {"Close": "outline"}
    assert all(word in DISMISSALS for word in ("cancel", "back", "close", "dismiss", "skip"))


def test_another_librarys_filled_word_counts_as_the_stated_decision() -> None:
    """`contained` is drawn primary, so Cancel beside it is not filled too."""
    assert drawn("form", [{"label": "Save", "variant": "contained"}, "Cancel"]) == {
        "Save": "primary",
        "Cancel": "outline",
    }


def test_a_danger_decision_written_last_keeps_its_look() -> None:
    assert drawn("card", ["Cancel", {"label": "Delete", "variant": "danger"}]) == {
        "Cancel": "outline",
        "Delete": "danger",
    }


def test_a_row_that_stacks_puts_its_decision_on_top() -> None:
    """Stacked on a narrow screen the decision is on top: a row whose primary is first stacks
    top-down (no `is-primary-last`), one whose primary is last bottom-up."""
    first = render({"type": "card", "title": "A", "actions": ["Save", "Cancel"]})
    last = render({"type": "card", "title": "A", "actions": ["Cancel", "Save"]})
    assert "is-primary-last" not in first
    assert "dsl-card-actions dsl-actions is-primary-last" in last


def test_decision_index_picks_by_position_and_label() -> None:
    items = entries(["Back", "Next", "Skip"])
    assert decision_index(items) == 1
    assert decision_index(items, at="first") == 1
    assert decision_index(entries(["Export", "Share", "Cancel"]), at="first") == 0


# -- other libraries' variant words --------------------------------------------------------------


def test_the_buttons_drawn_variants_are_those_the_check_knows() -> None:
    assert KNOWN_VARIANTS["button"] == BUTTON_VARIANTS


@pytest.mark.parametrize(
    ("written", "drawn_as"),
    [("outlined", "outline"), ("contained", "primary"), ("text", "ghost"), ("filled", "primary"),
     ("error", "danger"), ("destructive", "danger"), ("red", "danger"), ("Ghost", "ghost"),
     ("tertiary", "ghost"), ("nonsense", "primary"), (None, "primary")],
)  # fmt: skip
def test_a_buttons_foreign_variant_is_drawn_as_the_one_it_means(written: str | None, drawn_as: str) -> None:
    html = render({"type": "button", "label": "Go", "variant": written})
    assert f"dsl-button--{drawn_as} " in html


def test_every_button_variant_the_warning_suggests_is_the_one_drawn() -> None:
    """The picture matches the warning: for each word the variant check answers with a
    `did you mean`, the button is drawn in that variant."""
    for word in (
        "outlined",
        "contained",
        "text",
        "filled",
        "danger",
        "error",
        "red",
        "bordered",
        "soft",
        "flat",
    ):
        suggested = variant_synonym(word, KNOWN_VARIANTS["button"])
        if suggested is not None:
            assert button_variant(word) == suggested


def test_a_badges_colour_word_is_drawn_as_its_tone() -> None:
    assert "dsl-badge--danger" in render({"type": "badge", "text": "A", "variant": "red"})
    assert "dsl-badge--success" in render({"type": "badge", "text": "A", "variant": "green"})


# -- grouped warnings keep each fix ---------------------------------------------------------------


def test_a_group_of_variant_warnings_names_each_values_own_fix() -> None:
    elements = [
        {"type": "button", "label": "A", "variant": word} for word in ("outlined", "contained", "text")
    ]
    elements.append({"type": "badge", "text": "A", "variant": "red"})
    (warning,) = validate_data({"elements": elements}).warnings
    assert warning.message == (
        "'outlined' is not a variant of 'button'; and 3 more like it at /elements/1..3/variant: "
        "'contained' 'button' -> 'primary', 'text' 'button' -> 'ghost', 'red' 'badge' -> 'danger'"
    )
    assert warning.suggestion == "'outlined' 'button' -> 'outline'"
    assert len(warning.paths or ()) == 4


def test_a_group_with_one_fix_for_all_keeps_it_as_its_suggestion() -> None:
    elements = [{"type": "button", "label": "A", "variant": "outlined"} for _ in range(5)]
    (warning,) = validate_data({"elements": elements}).warnings
    assert warning.suggestion == "did you mean 'outline'?"
    assert "->" not in warning.message
