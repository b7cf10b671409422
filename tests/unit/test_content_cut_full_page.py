"""content_cut suggests a full page only where a full page can show more than the canvas."""

from __future__ import annotations

from kernel.dsl.canvas_fit import content_cut_warning


def test_a_canvas_taller_than_a_full_page_can_be_is_not_told_to_render_one() -> None:
    # 390 x 8000 at scale 3: a 24,000 px image; a full page stops at 16,384 image px (5,461 CSS px)
    warning = content_cut_warning(25_820, height=8000, width=390, scale=3)
    assert "--full-page" not in (warning.suggestion or "")
    assert "a full page cannot show more: it is cut at 5,461 CSS px at scale 3" in (warning.suggestion or "")


def test_a_short_canvas_is_still_told_to_render_the_full_page() -> None:
    warning = content_cut_warning(400, height=800, width=390, scale=3)
    assert "--full-page" in (warning.suggestion or "")


def test_a_pdf_keeps_its_own_advice() -> None:
    warning = content_cut_warning(400, height=8000, width=390, scale=3, pdf=True)
    assert "full-page PDF" in (warning.suggestion or "")
