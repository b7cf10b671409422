"""A render tool's text begins with the render's status word, whatever the status: many hosts show
the text and not `_meta`, and get_render_status tells an agent to poll until the status is
completed or failed."""

from __future__ import annotations

import pytest

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
