"""A render told in one readable paragraph, for clients that show only text."""

from __future__ import annotations

from mcp_adapter.results import RenderOut

LEGIBLE_SHARE = 0.4
"""An image scaled to less than this share of its width (a tall full-page phone screen sent at
1568 px high) shows 14 px text a few px tall: the summary says how to see it."""


MAX_DIMENSION_ARGUMENTS = {"render_ui_mockup": "options.max_dimension", "get_render_status": "max_dimension"}
"""Where each tool takes the attached image's longest side."""


def describe(out: RenderOut, *, tool: str = "render_ui_mockup") -> str:
    """One readable paragraph about a render, for clients that show only text; what to ask for
    is worded as `tool`, the tool that answers, takes it.

    It begins with the status word (`completed: rendered 1440x900 PNG ...`, `queued: ...`), as
    get_render_status's description tells an agent to poll until the status is completed or
    failed, and many hosts show the text but not `_meta`, where the status is too."""
    if out.status == "completed":
        size = f"{out.width}x{out.height} {out.format.upper()}" if out.width else out.format.upper()
        head = f"completed: rendered {size} ({out.bytes or 0:,} bytes), render id {out.render_id}"
        if out.cache_hit:
            head += " (identical render reused from cache)"
        if out.image_attached and out.downscaled:
            head += f"; the attached image is scaled down to {out.image_width}x{out.image_height}"
            if out.width and out.image_width and out.image_width / out.width < LEGIBLE_SHARE:
                head += (
                    f" (too small to read its text: ask for a larger {MAX_DIMENSION_ARGUMENTS[tool]}, or render "
                    "a part of the screen: a shorter height, or options.crop of one section)"
                )
        elif not out.image_attached:
            head += "; call get_render_status again with include_image: true to attach the image"
    elif out.status in ("failed", "cancelled"):
        reason = f": {out.error.message}" if out.error else ""
        head = f"{out.status}: render {out.render_id}{reason}"
    else:
        head = (
            f"{out.status}: render {out.render_id} is not done yet; call get_render_status with this "
            "id until its status is completed or failed, to get the image"
        )
    if out.warning_count:
        head += (
            f"\n{out.warning_count} warning(s) so far, listed in render_ui_mockup's answer; the "
            "completed status lists them all, with any the render finds"
        )
    if out.warnings:
        head += "\nWarnings:\n" + "\n".join(
            f"- {w.path + ': ' if w.path else ''}{w.message}" + (f" ({w.suggestion})" if w.suggestion else "")
            for w in out.warnings
        )
    return head
