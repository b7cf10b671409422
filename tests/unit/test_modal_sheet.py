"""A modal drawn as a bottom sheet (`variant: sheet` and its aliases): its HTML and CSS, how it
stacks its actions, the phone frame's home strip under it, and the validator's words for it."""

from __future__ import annotations

import re
from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.base_css import BASE_CSS
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.modal_shape import (
    DRAWER,
    SHEET_VARIANTS,
    SIDE_VARIANTS,
    START_SIDE_VARIANTS,
)
from kernel.dsl.compiler.frames import frame_shell
from kernel.dsl.compiler.items import item_label
from kernel.dsl.compiler.modal_actions import sheet_actions
from kernel.dsl.frames import FrameChoice
from kernel.dsl.model import Document, Element
from kernel.dsl.options import Viewport
from kernel.dsl.semantic.variants import KNOWN_VARIANTS, VARIANT_ALIASES
from kernel.dsl.validate import validate_document

PHONE = Viewport(390, 844, 3.0)


def render(viewport: Viewport = PHONE, **fields: Any) -> str:
    """One element's HTML."""
    return RenderContext(viewport=viewport).render(Element.model_validate({"type": "modal", **fields}))


def dialog_tag(html: str) -> str:
    """The opening tag of the modal's own box (role=dialog)."""
    match = re.search(r'<div[^>]*role="dialog"[^>]*>', html)
    assert match, html
    return match.group(0)


def stacked(actions: list[Any]) -> list[tuple[str, str | None]]:
    """A sheet's actions as it stacks them: (label, variant) from top to bottom."""
    written = Element.model_validate({"type": "modal", "actions": actions}).actions
    return [(item_label(item), item.variant) for item in sheet_actions(written)]


# -- the sheet's markup ----------------------------------------------------------------------------


def test_a_sheet_sits_on_a_backdrop_of_its_own_kind_with_a_grab_handle() -> None:
    html = render(variant="sheet", title="Add to playlist", actions=["Cancel", "Save"])
    assert html.startswith('<div class="dsl-modal-backdrop is-sheet">')
    assert 'class="dsl-modal dsl-modal--sheet"' in dialog_tag(html)
    handle = '<span class="dsl-modal-handle" aria-hidden="true"></span>'
    assert dialog_tag(html) + handle in html  # first inside the sheet, above its head
    assert html.index('class="dsl-modal-title"') > html.index(handle)


@pytest.mark.parametrize("word", ["sheet", "Sheet", "bottom-sheet", "bottom_sheet", "Bottom Sheet",
                                  "bottomsheet", "action-sheet", "actionsheet", "drawer", "bottom"])  # fmt: skip
def test_other_kits_words_for_a_bottom_sheet_draw_one_and_the_validator_accepts_them(word: str) -> None:
    assert "dsl-modal--sheet" in dialog_tag(render(variant=word, title="Share"))
    result = validate_document(
        {"device": "mobile", "elements": [{"type": "modal", "variant": word, "title": "x"}]}
    )
    assert [w for w in result.warnings if w.code == "unknown_variant"] == []


def test_a_misspelt_sheet_is_a_dialog_and_the_validator_offers_sheet() -> None:
    assert "dsl-modal--sheet" not in render(variant="shet", title="Share")
    result = validate_document({"elements": [{"type": "modal", "variant": "shet", "title": "x"}]})
    (warning,) = [w for w in result.warnings if w.code == "unknown_variant"]
    assert warning.path == "/elements/0/variant" and warning.suggestion == "did you mean 'sheet'?"
    unknown = validate_document({"elements": [{"type": "modal", "variant": "fullscreen", "title": "x"}]})
    (warning,) = [w for w in unknown.warnings if w.code == "unknown_variant"]
    assert warning.suggestion == "use one of danger, drawer, left, sheet, side"  # the aliases are not offered


def test_the_compilers_sheet_and_panel_words_are_the_validators() -> None:
    aliases = VARIANT_ALIASES["modal"]
    assert {"sheet", *(word for word, drawn in aliases.items() if drawn == "sheet")} == SHEET_VARIANTS
    assert {"side", *(word for word, drawn in aliases.items() if drawn == "side")} == SIDE_VARIANTS
    assert {"left", *(word for word, drawn in aliases.items() if drawn == "left")} == START_SIDE_VARIANTS
    assert set(aliases.values()) == {"sheet", "side", "left"}
    drawn = {"danger", DRAWER, *SHEET_VARIANTS, *SIDE_VARIANTS, *START_SIDE_VARIANTS}
    assert KNOWN_VARIANTS["modal"] == drawn


def test_a_plain_modal_on_a_phone_stays_a_centred_dialog() -> None:
    """Existing documents keep their look: only `variant: sheet` asks for a sheet."""
    html = render(title="Delete photo?", actions=["Cancel", {"label": "Delete", "variant": "danger"}])
    assert html.startswith('<div class="dsl-modal-backdrop is-dialog">')
    assert "sheet" not in html and "dsl-modal-handle" not in html
    assert "dsl-modal--danger" not in dialog_tag(render(title="Share", actions=["Cancel", "Share"]))


def test_a_sheets_size_caps_its_width_and_a_placed_sheet_keeps_its_box_without_a_backdrop() -> None:
    assert 'style="max-width:360px"' in dialog_tag(render(variant="sheet", size="sm", title="Filters"))
    placed = render(variant="sheet", title="Filters", size="sm", layout={"x": 0, "y": 500, "width": 390})
    assert not placed.startswith('<div class="dsl-modal-backdrop')
    tag = dialog_tag(placed)
    assert "dsl-modal--sheet" in tag and "max-width" not in tag and "z-index:50" in tag
    assert "dsl-modal-handle" in placed


def test_a_sheet_with_a_destructive_action_takes_the_danger_look() -> None:
    html = render(variant="sheet", title="Delete 3 photos?", icon="trash-2",
                  actions=["Cancel", {"label": "Delete", "variant": "danger"}])  # fmt: skip
    assert "dsl-modal--sheet dsl-modal--danger" in dialog_tag(html)
    assert "dsl-modal--danger" not in dialog_tag(render(variant="sheet", title="Save?", actions=["Save"]))


# -- its actions -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actions", "expected"),
    [
        # A dialog's order (Cancel first, the primary last): the primary goes on top.
        (["Cancel", "Save"], [("Save", "primary"), ("Cancel", "outline")]),
        (["Reset", "Apply"], [("Apply", "primary"), ("Reset", "outline")]),
        # A filled action named by the author goes first and none other is made primary.
        ([{"label": "Delete", "variant": "danger"}, {"label": "Cancel", "variant": "ghost"}],
         [("Delete", "danger"), ("Cancel", "ghost")]),
        (["Cancel", {"label": "Delete photos", "variant": "danger"}],
         [("Delete photos", "danger"), ("Cancel", "outline")]),
        # An action sheet: equal choices as written, the dismissal last.
        (["Cancel", "Take photo", "Choose from library", "Browse files"],
         [("Take photo", "outline"), ("Choose from library", "outline"), ("Browse files", "outline"),
          ("Cancel", "outline")]),
        # iOS's order: the destructive choice last among the choices, Cancel under it. It is the
        # only filled one and goes on top (iOS's place for it); the others are equal choices.
        (["Share", "Duplicate", {"label": "Delete", "variant": "danger"}, "Cancel"],
         [("Delete", "danger"), ("Share", "outline"), ("Duplicate", "outline"), ("Cancel", "outline")]),
        (["Share", {"label": "Delete", "variant": "danger"}, "Duplicate", "Cancel"],
         [("Delete", "danger"), ("Share", "outline"), ("Duplicate", "outline"), ("Cancel", "outline")]),
        # A destructive action written before the decision does not take its place: Save changes
        # is primary (as a dialog's footer makes it), Delete stands apart under the dismissal.
        ([{"label": "Delete", "variant": "danger"}, "Cancel", "Save changes"],
         [("Save changes", "primary"), ("Cancel", "outline"), ("Delete", "danger")]),
        ([{"label": "Delete", "variant": "danger"}, "Save"], [("Save", "primary"), ("Delete", "danger")]),
        (["Cancel", {"label": "Delete", "variant": "destructive"}, "Archive"],
         [("Archive", "primary"), ("Cancel", "outline"), ("Delete", "destructive")]),
        # A decision the author filled: nothing else is made primary.
        ([{"label": "Delete", "variant": "danger"}, "Cancel", {"label": "Publish", "variant": "success"}],
         [("Publish", "success"), ("Cancel", "outline"), ("Delete", "danger")]),
        # Two choices beside a way out are equal too; without one, the last is the decision.
        (["Take photo", "Choose from library", "Cancel"],
         [("Take photo", "outline"), ("Choose from library", "outline"), ("Cancel", "outline")]),
        (["Discard", "Save"], [("Save", "primary"), ("Discard", "outline")]),
        (["Not now.", "Turn on notifications"], [("Turn on notifications", "primary"), ("Not now.", "outline")]),
        (["Done"], [("Done", "primary")]),
        (["Close"], [("Close", "outline")]),
        ([], []),
    ],
)  # fmt: skip
def test_a_sheet_stacks_the_primary_first_and_a_dismissal_last(
    actions: list[Any], expected: list[tuple[str, str]]
) -> None:
    assert stacked(actions) == expected


def test_a_sheets_buttons_are_drawn_in_its_stacking_order() -> None:
    html = render(variant="sheet", title="Discard draft?", actions=["Cancel", "Keep editing"])
    labels = re.findall(r'<span class="dsl-button-label">([^<]+)</span>', html)
    assert labels == ["Keep editing", "Cancel"]
    assert "dsl-button--primary" in html[: html.index("Keep editing")]


def test_the_sheets_css_anchors_it_to_the_bottom_edge_and_stacks_its_actions() -> None:
    assert ".dsl-modal-backdrop.is-sheet{align-items:flex-end;padding:48px 0 0}" in BASE_CSS
    assert ".is-sheet>.dsl-modal--sheet{width:100%;max-width:640px;max-height:100%}" in BASE_CSS
    rule = re.search(r"^\.dsl-modal--sheet\{[^}]*\}", BASE_CSS, flags=re.MULTILINE)
    assert rule and "border-width:1px 0 0" in rule.group(0)
    assert "border-radius:var(--sheet-radius) var(--sheet-radius) 0 0" in rule.group(0)
    assert ".dsl-modal--sheet>.dsl-modal-actions{flex-direction:column;align-items:stretch" in BASE_CSS
    assert ".dsl-modal--sheet>.dsl-modal-actions>.dsl-button{width:100%}" in BASE_CSS


def test_a_tall_sheet_is_capped_below_the_top_and_scrolls_its_children_between_head_and_actions() -> None:
    """A sheet of nine fields ran off the screen's top with its title and close button: it is
    at most its backdrop's height (less the 48 px strip above it), its handle, head and actions
    keep their height and its body takes what is left and scrolls, a hairline over the actions
    only while it hides some (its scroll timeline exists only then)."""
    assert (
        ".dsl-modal--sheet>:not(.dsl-modal-body),.is-dialog>.dsl-modal>:not(.dsl-modal-body){flex-shrink:0}"
        in BASE_CSS
    )
    body = re.search(r"^\.dsl-modal--sheet>\.dsl-modal-body,[^{]*\{[^}]*\}", BASE_CSS, flags=re.MULTILINE)
    assert body is not None
    for declaration in (
        "flex:1 1 auto",
        "min-height:0",
        "overflow:auto",
        "animation-timeline:scroll(self block)",
    ):
        assert declaration in body.group(0), body.group(0)
    assert "@keyframes dsl-body-more{from,to{box-shadow:0 1px 0 var(--border)}}" in BASE_CSS


def test_a_destructive_action_beside_the_decision_stands_apart_under_the_sheets_stack() -> None:
    html = render(variant="sheet", title="Edit customer",
                  actions=[{"label": "Delete", "variant": "danger"}, "Cancel", "Save changes"])  # fmt: skip
    assert '<div class="dsl-modal-actions is-danger-apart">' in html
    assert "dsl-modal--danger" not in dialog_tag(html)  # Save is its decision: no destructive dialog
    apart = (
        ".dsl-modal--sheet>.dsl-modal-actions.is-danger-apart>:not(.dsl-button--danger)+.dsl-button--danger"
    )
    assert apart + "{margin-top:8px}" in BASE_CSS


# -- a phone frame ---------------------------------------------------------------------------------


def home_strip(elements: list[dict[str, Any]], **document: Any) -> str:
    """The opening tag of a phone frame's home indicator strip."""
    doc = Document.model_validate({"elements": elements, **document})
    shell = frame_shell(FrameChoice("phone"), title=None, document=doc, screen=(390, 844))
    home = shell.after[shell.after.index('<div class="dsl-frame-home') :]
    return home[: home.index(">") + 1]


def test_the_home_strip_continues_a_sheets_surface_and_is_not_dimmed() -> None:
    heading = {"type": "heading", "text": "Photos"}
    sheet = {"type": "modal", "variant": "sheet", "title": "Share"}
    assert "background:var(--surface)" in home_strip([heading, sheet])
    assert "background:var(--surface)" in home_strip([heading, sheet], padding=24)  # it covers the padding
    painted = home_strip([heading, {**sheet, "style": {"background": "#1e1b4b"}}])
    assert "background:#1e1b4b" in painted and "has-dark-bg" in painted  # its ink reads on it
    # A dialog, or a sheet placed by coordinates, lends the strip nothing.
    assert "background" not in home_strip([heading, {**sheet, "variant": None}])
    assert "background" not in home_strip([heading, {**sheet, "layout": {"x": 0, "y": 600}}])
    css = frame_shell(FrameChoice("phone"), title=None).css
    assert (
        ".dsl-frame-device:has(>.dsl-root>.dsl-modal-backdrop.is-sheet)>.dsl-frame-home{box-shadow:none}"
        in css
    )
