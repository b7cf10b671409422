"""What a render measured about the canvas: content that ran below its bottom edge, or past its
side, was cut off.

Only the renderer knows how large flowed content turns out (text wraps, tables grow, a row of
fixed-width cards does not fit), so this is a warning given after the render, not by the
validator. Agents and people otherwise get a picture
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


def content_cut_width_warning(cut_width_px: int) -> Issue:
    """The warning for `cut_width_px` CSS px of content past the canvas's side (a positive number)."""
    return Issue(
        path="/width",
        message=f"the content is {cut_width_px} px wider than the image and the rest is cut off at its side",
        code=CONTENT_CUT,
        suggestion=(
            f"make 'width' at least {cut_width_px} px larger, or let the content fit: give a fixed-width "
            "box a smaller width or maxWidth, set 'wrap: true' on a row, use fewer grid columns, or "
            "break up long unbroken text"
        ),
    )


def content_cut_warnings(cut_px: int, cut_width_px: int = 0) -> list[Issue]:
    """The warnings for what a render left out: below the canvas, then past its side."""
    warnings = [content_cut_warning(cut_px)] if cut_px > 0 else []
    if cut_width_px > 0:
        warnings.append(content_cut_width_warning(cut_width_px))
    return warnings


def with_content_cut(
    warnings: list[dict[str, Any]], cut_px: int, cut_width_px: int = 0
) -> list[dict[str, Any]]:
    """A job's warnings once its image is made: the validator's, then the cuts, if any."""
    return [*warnings, *(issue.as_dict() for issue in content_cut_warnings(cut_px, cut_width_px))]
