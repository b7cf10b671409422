"""The warnings a render gives for what the image leaves out at its side."""

from __future__ import annotations

from kernel.dsl.canvas_fit import SideOverflow, side_cut_warnings


def test_an_element_past_the_side_is_named_with_the_width_that_would_hold_it() -> None:
    (warning,) = side_cut_warnings(90, [SideOverflow("/elements/0", 91)])
    assert warning.path == "/elements/0" and "runs 91 px past" in warning.message
    assert warning.suggestion is not None and "at least 91 px larger" in warning.suggestion


def test_content_past_the_side_that_no_element_is_named_for_points_at_the_width() -> None:
    (warning,) = side_cut_warnings(40, [])
    assert warning.path == "/width" and "40 px wider than the image" in warning.message
    assert warning.suggestion is not None and "at least 40 px larger" in warning.suggestion
