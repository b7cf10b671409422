"""`height: auto`: a canvas as tall as its content, taken as a full-page render is."""

from __future__ import annotations

from kernel.dsl.hints.document import CONTENT_HEIGHT_HINT
from kernel.dsl.options import AUTO_HEIGHT_MIN, RenderOptions
from kernel.dsl.prepare import plan_render
from kernel.dsl.validate import validate_document

AUTO = {"width": 400, "height": "auto", "elements": [{"type": "heading", "text": "Hi"}]}


def test_height_auto_is_a_full_page_capture_from_the_least_canvas() -> None:
    plan = plan_render(AUTO)
    assert plan.options.full_page
    assert (plan.viewport.width, plan.viewport.height) == (400, AUTO_HEIGHT_MIN)
    assert plan_render({**AUTO, "height": " Auto "}).options.full_page  # read as a device word is


def test_a_callers_height_or_device_sets_the_canvas_instead() -> None:
    given = plan_render(AUTO, RenderOptions(height=500))
    assert not given.options.full_page and given.viewport.height == 500
    phone = plan_render(AUTO, RenderOptions(device="mobile"))
    assert not phone.options.full_page and phone.viewport.height == 844


def test_the_same_document_renders_differently_from_a_fixed_height_one() -> None:
    assert plan_render(AUTO).cache_key != plan_render({**AUTO, "height": AUTO_HEIGHT_MIN}).cache_key


def test_another_word_for_height_is_refused_at_its_path() -> None:
    (error,) = validate_document({**AUTO, "height": "tall"}).errors
    assert error.path == "/height"


def test_crop_or_full_page_in_the_document_points_to_height_auto_and_the_options() -> None:
    for field in ("crop", "fullPage", "full_page"):
        (error,) = validate_document({**AUTO, field: True}).errors
        assert (error.path, error.code, error.suggestion) == (
            f"/{field}",
            "unknown_field",
            CONTENT_HEIGHT_HINT,
        )
    assert "height: auto" in CONTENT_HEIGHT_HINT and "--crop" in CONTENT_HEIGHT_HINT
    assert "--full-page" in CONTENT_HEIGHT_HINT
