"""A heading's type at each level (its font size, line and weight), which the base sheet draws and the validator reads.

The validator judges a heading's text colour by WCAG's size bands (large text from 24 px, or
18.66 px in bold), so it reads the sizes from here rather than from a copy of the stylesheet.
"""

from __future__ import annotations

DEFAULT_HEADING_LEVEL = 2
"""The level of a heading that names none on the page (3 inside a sidebar: `render_sidebar`)."""

HEADING_PX: dict[int, float] = {1: 30, 2: 24, 3: 20, 4: 17, 5: 15, 6: 13}
"""A heading's font size in px per level at the compact, comfortable and spacious densities."""

HEADING_LINE_PX: dict[int, float] = {1: 38, 2: 32, 3: 28, 4: 26, 5: 22, 6: 20}
"""A heading's line height in px per level, beside `HEADING_PX`."""

TOUCH_HEADING_PX: dict[int, float] = {1: 32, 2: 26, 3: 22, 4: 19, 5: 17, 6: 14}
"""A heading's font size in px per level at the touch density (a phone's: a step up, not doubled)."""

TOUCH_HEADING_LINE_PX: dict[int, float] = {1: 40, 2: 34, 3: 30, 4: 26, 5: 24, 6: 20}
"""A heading's line height in px per level at the touch density."""

HEADING_WEIGHT = 600
"""The weight a heading is drawn at; the levels in `HEADING_WEIGHTS` are drawn bolder."""

HEADING_WEIGHTS: dict[int, int] = {1: 700}
"""The levels drawn at another weight than HEADING_WEIGHT: a page title (h1) is bold."""


def heading_weight(level: int) -> int:
    """The weight a heading of `level` is drawn at when its style names none."""
    return HEADING_WEIGHTS.get(level, HEADING_WEIGHT)


def heading_rules(sizes: dict[int, float], lines: dict[int, float], extras: dict[int, str]) -> str:
    """The `h1.dsl-heading` ... `h6.dsl-heading` rules of one density: each level's size and its
    line (as a ratio, so that a style's own `fontSize` keeps the proportion), then its `extras`."""
    return "".join(
        f"h{level}.dsl-heading{{font-size:{size:g}px;line-height:calc({lines[level]:g} / {size:g})"
        f"{extras.get(level, '')}}}\n"
        for level, size in sizes.items()
    )
