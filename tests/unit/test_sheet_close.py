"""A titled sheet with a Cancel-like action draws no close ×: the Cancel is its way out, as iOS's
action sheets show it (a tester's "3 photos selected" sheet drew both). A sheet without one, and
a dialog, keep the ×."""

from __future__ import annotations

import pytest

from tests.support.elements import render_element


@pytest.mark.parametrize("dismissal", ["Cancel", "Not now", "close"])
def test_a_sheet_with_a_way_out_draws_no_close_cross(dismissal: str) -> None:
    html = render_element(type="modal", variant="sheet", title="3 photos selected",
                          actions=["Share", {"label": "Delete", "variant": "danger"}, dismissal])  # fmt: skip
    assert "dsl-modal-title" in html and "dsl-modal-close" not in html


def test_a_sheet_without_a_way_out_and_a_dialog_with_one_keep_the_cross() -> None:
    sheet = render_element(type="modal", variant="sheet", title="Share to", actions=["Messages", "Mail"])
    dialog = render_element(
        type="modal", title="Delete file?", actions=["Cancel", {"label": "Delete", "variant": "danger"}]
    )
    assert "dsl-modal-close" in sheet and "dsl-modal-close" in dialog
