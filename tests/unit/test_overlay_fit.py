"""Overlays kept to the screen: a dialog's backdrop covers the screen (the whole page for a full
page), a dialog taller than it scrolls its body, and the render's warnings for a dialog's hidden
fields and for a tooltip's bubble that fits on neither side of its target (the pixels are checked
in tests/integration/test_render_modal_tall_dialog.py and test_render_tooltip_placement.py)."""

from __future__ import annotations

from typing import Any

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.measured.canvas_cut import CONTENT_CUT
from kernel.dsl.measured.collect import measured_cut_warnings
from kernel.dsl.measured.hidden import Hidden, dialog_hidden_warning, hidden_warning
from kernel.dsl.measured.tooltips import CutTooltip, tooltip_cut_warning
from kernel.dsl.model import Document, Element
from kernel.dsl.options import Viewport
from render_worker.measure import ContentExtent

PHONE = Viewport(390, 844, 3.0)
SCREEN_RULE = ".dsl-root>.dsl-modal-backdrop{bottom:auto;height:844px}"
GROWING_RULES = (
    "body>.dsl-root>.dsl-modal-backdrop.is-dialog{min-height:max-content}"
    "body>.dsl-root>.is-dialog>.dsl-modal{max-height:none}"
)


def page(*elements: dict[str, Any], full_page: bool = False) -> str:
    return compile_html(Document.model_validate({"elements": list(elements)}), PHONE, full_page=full_page)


def modal(**fields: Any) -> str:
    return RenderContext(viewport=PHONE).render(
        Element.model_validate({"type": "modal", "title": "Edit", **fields})
    )


def test_a_dialogs_backdrop_covers_the_screen_and_for_a_full_page_the_whole_page() -> None:
    """Over a page longer than the screen the dialog was centred on the whole page, below the
    image; a full page now draws a tall dialog whole, its backdrop growing with it."""
    dialog = {"type": "modal", "title": "Edit"}
    assert SCREEN_RULE in page(dialog) and GROWING_RULES not in page(dialog)
    assert GROWING_RULES in page(dialog, full_page=True) and SCREEN_RULE not in page(dialog, full_page=True)
    plain = page({"type": "heading", "text": "No modal"})
    assert SCREEN_RULE not in plain and "min-height:max-content" not in plain


def test_only_a_dialog_with_a_body_of_its_own_keeps_to_its_backdrop() -> None:
    assert modal().startswith('<div class="dsl-modal-backdrop is-dialog">')
    # Laid out by its style (the earlier format's), it has no body box to scroll: its own height.
    styled = RenderContext(viewport=PHONE).render(
        Element.model_validate({"type": "modal", "style": {"display": "flex"}})
    )
    assert styled.startswith('<div class="dsl-modal-backdrop">')
    assert 'dsl-modal-backdrop is-sheet"' in modal(variant="sheet")
    assert "is-dialog" not in modal(variant="side") and "is-dialog" not in modal(layout={"x": 10, "y": 10})


def test_a_dialogs_hidden_fields_are_told_with_the_full_page_that_draws_them_whole() -> None:
    warning = hidden_warning(Hidden("/elements/1", 149, kind="dialog"))
    assert warning == dialog_hidden_warning(Hidden("/elements/1", 149, kind="dialog"))
    assert (warning.code, warning.path) == (CONTENT_CUT, "/elements/1")
    assert warning.message.startswith("149 px of its children run past the bottom of the dialog's body")
    assert "its title and actions in view" in warning.message
    advice = warning.suggestion or ""
    assert "--full-page" in advice and "draws the dialog whole" in advice
    assert "make the screen 149 px taller" in advice and "fewer rows in a textarea" in advice


def test_a_dialog_kept_to_a_frame_or_a_box_is_not_sent_to_the_full_page() -> None:
    """A device's frame clips the screen and a card does not grow with a full page: there the
    full page would show the same cut dialog."""
    advice = dialog_hidden_warning(Hidden("/elements/1", 80, kind="boxed_dialog")).suggestion or ""
    assert "full" not in advice and "80 px more height" in advice


def test_a_tooltip_with_no_room_on_either_side_is_sent_to_the_other_axis() -> None:
    above = tooltip_cut_warning(CutTooltip("/elements/0/children/0", 41, "top", "top"))
    assert above.message == (
        "the tooltip's bubble runs 41 px above the top of the image and is cut off there: there is no "
        "room for it above or below what it points at"
    )
    assert (above.suggestion or "").startswith("give it variant: left or variant: right")
    beside = tooltip_cut_warning(CutTooltip("/elements/0", 88, "right", "right"))
    assert "past the right side" in beside.message and "on either side" in beside.message
    assert (beside.suggestion or "").startswith("give it variant: top or variant: bottom")
    # Cut across its own axis, it is wider than the screen less its margins: no variant helps.
    wide = tooltip_cut_warning(CutTooltip("/elements/0", 90, "right", "bottom"))
    assert "larger than the screen" in wide.message and "variant" not in (wide.suggestion or "")


def test_the_measured_tooltips_reach_the_warnings() -> None:
    """measure.js's answer before the folded navbars: [path, px, edge, side] of the tooltips cut."""
    answer: list[Any] = [
        640,
        160,
        160,
        0,
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        [["/elements/0", 60, "top", "bottom"]],
        [],
        0,
        [],
        [],
    ]
    extent = ContentExtent.from_answer(answer)
    assert extent.cut_tooltips == (CutTooltip("/elements/0", 60, "top", "bottom"),)
    assert extent.measured_warnings() == (tooltip_cut_warning(extent.cut_tooltips[0]),)
    assert measured_cut_warnings(0, [], [], cut_tooltips=extent.cut_tooltips)[0].path == "/elements/0"


def test_the_measured_dialog_body_is_read_as_a_dialogs() -> None:
    hidden = [["/elements/1", 149, "dialog", "bottom"], ["/elements/2", 20, "boxed_dialog", "bottom"]]
    answer: list[Any] = [390, 844, 844, 0, [], [], [], [], [], [], hidden, [], [], [], [], [], 0, [], []]
    kinds = [box.kind for box in ContentExtent.from_answer(answer).hidden]
    assert kinds == ["dialog", "boxed_dialog"]
