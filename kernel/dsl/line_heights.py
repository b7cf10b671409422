"""What a `lineHeight` number means in a `style`: a multiple of the font size up to 4, px above.

The DSL's rule is that numbers mean px, but CSS reads a unitless line height as a multiple of
the font size, and authors write both: `lineHeight: 1.5` (a multiple, as in CSS) and
`lineHeight: 24` (px, as every other number in a style). Read as CSS, 24 would draw 24 times
the font size (336 px lines under 14 px text); no one means a line more than 4 times as tall
as its letters, so a number above `MULTIPLE_MAX` is px.
"""

from __future__ import annotations

MULTIPLE_MAX = 4
"""The largest `lineHeight` number read as a multiple of the font size; larger ones are px."""


def line_height_is_px(number: float) -> bool:
    """Whether a `lineHeight` number means px (above `MULTIPLE_MAX`) rather than a multiple."""
    return number > MULTIPLE_MAX
