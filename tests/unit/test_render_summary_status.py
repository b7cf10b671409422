"""A render tool's text begins with the render's status word, whatever the status: many hosts show
the text and not `_meta`, and get_render_status tells an agent to poll until the status is
completed or failed."""

from __future__ import annotations

import pytest

from mcp_adapter.render_jobs import lists_warnings
from mcp_adapter.render_summary import describe
from mcp_adapter.results import RenderErrorOut, RenderOut


@pytest.mark.parametrize("status", ["queued", "rendering"])
def test_a_render_not_done_says_its_status_first_and_to_poll(status: str) -> None:
    told = describe(RenderOut(render_id="r1", status=status))
    assert told == (
        f"{status}: render r1 is not done yet; call get_render_status with this id until its status "
        "is completed or failed, to get the image"
    )


def test_a_completed_render_says_completed_first_then_what_was_drawn() -> None:
    out = RenderOut(render_id="r1", status="completed", width=1440, height=1152, bytes=171894)
    assert describe(out, tool="get_render_status") == (
        "completed: rendered 1440x1152 PNG (171,894 bytes), render id r1; call get_render_status again "
        "with include_image: true to attach the image"
    )


@pytest.mark.parametrize("status", ["failed", "cancelled"])
def test_an_ended_render_says_its_status_first_and_why(status: str) -> None:
    error = RenderErrorOut(code="render_failed", message="Chromium did not start")
    told = describe(RenderOut(render_id="r1", status=status, error=error))
    assert told == f"{status}: render r1: Chromium did not start"
    assert describe(RenderOut(render_id="r1", status=status)) == f"{status}: render r1"


@pytest.mark.parametrize("status", ["queued", "rendering"])
def test_a_poll_of_a_render_not_done_gives_the_warnings_count_not_the_list_again(status: str) -> None:
    """Each poll repeated the whole list render_ui_mockup had given: noise in an agent's context."""
    told = describe(RenderOut(render_id="r1", status=status, warning_count=2), tool="get_render_status")
    assert told.startswith(f"{status}: render r1 is not done yet"), told
    assert told.endswith(
        "2 warning(s) so far, listed in render_ui_mockup's answer; the completed status lists them "
        "all, with any the render finds"
    ), told


@pytest.mark.parametrize(
    ("status", "tool", "listed"),
    [
        ("queued", "render_ui_mockup", True),  # the call's answer lists them once
        ("rendering", "render_ui_mockup", True),
        ("queued", "get_render_status", False),
        ("rendering", "get_render_status", False),
        ("completed", "get_render_status", True),  # all of them, the measured ones too
        ("failed", "get_render_status", True),
    ],
)
def test_which_answers_list_a_renders_warnings(status: str, tool: str, listed: bool) -> None:
    assert lists_warnings(status, tool) is listed
