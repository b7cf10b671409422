"""What a render measured about the canvas: content that ran below its bottom edge was cut off.

Only the renderer knows how tall flowed content turns out (text wraps, tables grow), so this is
a warning given after the render, not by the validator. Agents and people otherwise get a picture
whose last buttons are missing and no word about it.
"""

from __future__ import annotations

from typing import Any

from kernel.errors import Issue

CONTENT_CUT = "content_cut"


def content_cut_warning(cut_px: int) -> Issue:
    """The warning for `cut_px` CSS px of content below the canvas (a positive number)."""
    return Issue(
        path="/height",
        message=f"the content runs {cut_px} px below the bottom of the image and is cut off",
        code=CONTENT_CUT,
        suggestion=(
            f"make 'height' at least {cut_px} px larger, shorten the content, or render the full page "
            "(--full-page on the command line, full_page in the API's and MCP's options); a full page "
            "is itself cut at 16,384 px (CSS px times the scale): split a longer screen into several "
            "documents"
        ),
    )


def with_content_cut(warnings: list[dict[str, Any]], cut_px: int) -> list[dict[str, Any]]:
    """A job's warnings once its image is made: the validator's, then the cut, if any."""
    if cut_px <= 0:
        return list(warnings)
    return [*warnings, content_cut_warning(cut_px).as_dict()]
