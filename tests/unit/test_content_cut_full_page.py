"""content_cut suggests a full page only where a full page can show more than the image has."""

from __future__ import annotations

from kernel.dsl.measured.canvas_cut import content_cut_warning, full_page_reach
from kernel.dsl.measured.collect import with_content_cut


def test_an_image_taller_than_a_full_page_can_be_is_not_told_to_render_one() -> None:
    # 390 x 8000 at scale 3: a 1,170 x 24,000 image; a full page stops at 16,384 image px
    warning = content_cut_warning(25_820, height=8000, image=(1170, 24_000))
    assert "--full-page" not in (warning.suggestion or "")
    assert (
        "a full page cannot show more: it is cut at 16,384 image px, no lower than this image's 24,000"
        in (warning.suggestion or "")
    )


def test_a_short_image_is_still_told_to_render_the_full_page() -> None:
    warning = content_cut_warning(400, height=800, image=(1170, 2400))
    assert "--full-page" in (warning.suggestion or "")


def test_a_wide_image_reaches_the_pixel_limit_before_chromiums() -> None:
    assert full_page_reach(8000) == 5000
    assert "--full-page" not in (content_cut_warning(10, image=(8000, 5000)).suggestion or "")


def test_a_pdf_keeps_its_own_advice() -> None:
    warning = content_cut_warning(400, height=8000, pdf=True, image=(1170, 24_000))
    assert "full-page PDF" in (warning.suggestion or "")


def test_the_services_warning_knows_the_image_too() -> None:
    (warning,) = with_content_cut([], 25_820, image=(1170, 24_000))
    assert "--full-page" not in warning["suggestion"]


def test_content_cut_below_the_canvas_points_at_the_field_that_set_its_height() -> None:
    """A device-only document was pointed at "/height (line 1, column 1)", a field it does not
    have: its height is the device's, and a document with neither has the default height."""
    from kernel.dsl.measured.canvas_cut import cut_path
    from kernel.dsl.model import Document

    assert cut_path(Document.model_validate({"height": 900, "device": "mobile", "elements": []})) == "/height"
    assert cut_path(Document.model_validate({"device": "mobile", "elements": []})) == "/device"
    assert cut_path(Document.model_validate({"elements": []})) == ""
    assert cut_path(Document.model_validate({"height": 900, "elements": []}), height_option=True) == ""
    assert content_cut_warning(10, path="/device").path == "/device"
    assert content_cut_warning(10).path == "/height"
