"""A modal drawn as a side panel (`variant: drawer` on a wide canvas, `side`, `panel`, `right`,
`left` and their aliases): which canvas makes a drawer a bottom sheet instead, its markup, width
and actions, the phone frame's home strip beside it, and the validator's words for it."""

from __future__ import annotations

import re
from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.base_css import BASE_CSS
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.modal_shape import modal_shape
from kernel.dsl.compiler.frames import frame_shell
from kernel.dsl.frames import FrameChoice
from kernel.dsl.model import Document, Element
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_document

LAPTOP = Viewport(1280, 800, 1.0)
PHONE = Viewport(390, 844, 3.0)
TABLET = Viewport(768, 1024, 2.0, touch=True)


def render(viewport: Viewport = LAPTOP, **fields: Any) -> str:
    """One modal's HTML on a canvas."""
    return RenderContext(viewport=viewport).render(Element.model_validate({"type": "modal", **fields}))


def dialog_tag(html: str) -> str:
    """The opening tag of the modal's own box (role=dialog)."""
    match = re.search(r'<div[^>]*role="dialog"[^>]*>', html)
    assert match, html
    return match.group(0)


def shape(variant: str | None, *, compact: bool) -> str:
    return modal_shape(Element(type="modal", variant=variant), compact=compact)


# -- which shape --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("variant", "wide", "phone"),
    [
        # A drawer is a side panel on a web page, the bottom sheet a phone draws (vaul, shadcn).
        ("drawer", "end", "sheet"),
        ("Drawer", "end", "sheet"),
        # A side sheet, a panel, Bootstrap's offcanvas: a side panel on any canvas.
        ("side", "end", "end"),
        ("side-sheet", "end", "end"),
        ("Side Sheet", "end", "end"),
        ("sidesheet", "end", "end"),
        ("side_panel", "end", "end"),
        ("panel", "end", "end"),
        ("off-canvas", "end", "end"),
        ("right", "end", "end"),
        ("left", "start", "start"),
        ("drawer-left", "start", "start"),
        # A bottom sheet stays one on a wide canvas too.
        ("sheet", "sheet", "sheet"),
        ("bottom-sheet", "sheet", "sheet"),
        ("actionsheet", "sheet", "sheet"),
        ("bottom", "sheet", "sheet"),
        (None, "dialog", "dialog"),
        ("danger", "dialog", "dialog"),
    ],
)
def test_a_modals_variant_picks_its_shape_and_a_drawer_follows_the_canvas(
    variant: str, wide: str, phone: str
) -> None:
    assert (shape(variant, compact=False), shape(variant, compact=True)) == (wide, phone)


@pytest.mark.parametrize(
    ("viewport", "expected"),
    [
        (LAPTOP, "dsl-modal--side"),
        (TABLET, "dsl-modal--side"),  # an iPad's 768 px hold a side panel
        (Viewport(599, 800, 1.0), "dsl-modal--sheet"),
        (PHONE, "dsl-modal--sheet"),
        # A phone frame holds a phone's screen, whatever width it was given.
        (Viewport(1280, 800, 1.0, frame=FrameChoice("phone")), "dsl-modal--sheet"),
        (Viewport(1280, 800, 1.0, frame=FrameChoice("browser")), "dsl-modal--side"),
    ],
)
def test_a_drawer_is_a_bottom_sheet_only_on_a_phones_canvas(viewport: Viewport, expected: str) -> None:
    assert expected in dialog_tag(render(viewport, variant="drawer", title="Edit member"))


# -- the panel's markup -------------------------------------------------------------------------


def test_a_side_panel_sits_on_the_end_edge_with_a_head_a_body_and_a_footer_of_actions() -> None:
    html = render(variant="drawer", title="Edit member", description="marcus@northwind.com",
                  children=[{"type": "input", "label": "Name"}], actions=["Cancel", "Save"])  # fmt: skip
    assert html.startswith('<div class="dsl-modal-backdrop is-side">')
    tag = dialog_tag(html)
    assert 'class="dsl-modal dsl-modal--side"' in tag and "style=" not in tag  # the CSS's 440 px
    assert "dsl-modal-handle" not in html
    head, body, foot = (html.index(f'class="{part}') for part in ("dsl-modal-head", "dsl-modal-body", "dsl-modal-actions"))  # fmt: skip
    assert head < body < foot
    assert 'class="dsl-modal-close"' in html
    # A dialog's order: as written, the last one primary (Cancel, then Save at the end).
    labels = re.findall(r'<span class="dsl-button-label">([^<]+)</span>', html)
    assert labels == ["Cancel", "Save"]
    assert "dsl-button--outline" in html[: html.index("Cancel")]
    assert "dsl-button--primary" in html[html.index("Cancel") : html.index("Save")]


def test_a_left_panel_sits_on_the_start_edge() -> None:
    html = render(PHONE, variant="left", title="Menu")
    assert html.startswith('<div class="dsl-modal-backdrop is-side is-start">')
    assert "dsl-modal--side" in dialog_tag(html)


@pytest.mark.parametrize(
    ("size", "width"),
    [("sm", "360px"), ("md", "440px"), ("lg", "560px"), ("large", "560px"), ("xl", "720px"), (500, "500px")],
)
def test_a_side_panels_size_sets_its_width(size: Any, width: str) -> None:
    assert f'style="width:{width}"' in dialog_tag(render(variant="side", size=size, title="Filters"))


def test_layout_width_wins_and_a_placed_panel_keeps_its_look_without_a_backdrop() -> None:
    assert "width:600px" in dialog_tag(render(variant="drawer", size="sm", layout={"width": 600}))
    placed = render(variant="drawer", title="Edit", layout={"x": 800, "y": 0, "width": 480, "height": 800})
    assert not placed.startswith('<div class="dsl-modal-backdrop')
    tag = dialog_tag(placed)
    assert "dsl-modal--side" in tag and "z-index:50" in tag


def test_a_panel_offering_a_destructive_action_takes_the_danger_look() -> None:
    html = render(variant="panel", title="Remove member?", icon="user-minus",
                  actions=["Cancel", {"label": "Remove", "variant": "danger"}])  # fmt: skip
    assert "dsl-modal--side dsl-modal--danger" in dialog_tag(html)
    assert "dsl-modal--danger" not in dialog_tag(render(variant="panel", title="Edit", actions=["Save"]))


def test_the_panels_css_spans_the_backdrops_height_and_keeps_a_strip_of_the_page() -> None:
    assert ".dsl-modal-backdrop.is-side{align-items:stretch;justify-content:flex-end;padding:0}" in BASE_CSS
    assert ".dsl-modal-backdrop.is-side.is-start{justify-content:flex-start}" in BASE_CSS
    rule = re.search(r"^\.dsl-modal--side\{[^}]*\}", BASE_CSS, flags=re.MULTILINE)
    assert rule and "max-width:calc(100% - 48px)" in rule.group(0)
    assert ".dsl-modal--side>.dsl-modal-body{flex:1 1 auto;min-height:0;overflow:auto" in BASE_CSS
    assert ".dsl-modal--side>.dsl-modal-actions{margin-top:auto;" in BASE_CSS


# -- a phone frame ------------------------------------------------------------------------------


def home_strip(modal: dict[str, Any]) -> str:
    """The opening tag of a phone frame's home indicator strip under a page with `modal`."""
    doc = Document.model_validate({"elements": [{"type": "heading", "text": "Team"}, modal]})
    shell = frame_shell(FrameChoice("phone"), title=None, document=doc, screen=(390, 844))
    home = shell.after[shell.after.index('<div class="dsl-frame-home') :]
    return home[: home.index(">") + 1]


def test_in_a_phone_frame_a_drawer_is_a_sheet_the_home_strip_continues_and_a_panel_is_not() -> None:
    assert "background:var(--surface)" in home_strip({"type": "modal", "variant": "drawer", "title": "Edit"})
    assert "background" not in home_strip({"type": "modal", "variant": "side", "title": "Edit"})


# -- the validator ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    ["drawer", "side", "Side-Sheet", "side_panel", "panel", "offcanvas", "right", "left", "drawer-left"],
)
def test_the_validator_accepts_the_side_panels_words(word: str) -> None:
    result = validate_document({"elements": [{"type": "modal", "variant": word, "title": "x"}]})
    assert [w for w in result.warnings if w.code == "unknown_variant"] == []


def test_a_misspelt_drawer_is_a_dialog_and_the_validator_offers_drawer() -> None:
    assert "dsl-modal--side" not in render(variant="drawr", title="Edit")
    result = validate_document({"elements": [{"type": "modal", "variant": "drawr", "title": "x"}]})
    (warning,) = [w for w in result.warnings if w.code == "unknown_variant"]
    assert warning.path == "/elements/0/variant" and warning.suggestion == "did you mean 'drawer'?"


@pytest.mark.parametrize(
    ("written", "advice"),
    [
        ("drawer", "use type: modal with variant: drawer for a side panel"),
        ("sheet", "use type: modal with variant: sheet"),
        ("action-sheet", "use type: modal with variant: sheet"),
    ],
)
def test_a_drawer_or_sheet_written_as_a_type_is_told_the_modal_variant(written: str, advice: str) -> None:
    result = validate_document({"elements": [{"type": written, "title": "Filters"}]})
    (error,) = result.errors
    assert error.path == "/elements/0/type" and error.suggestion is not None
    assert error.suggestion.startswith(advice)
