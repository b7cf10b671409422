"""A colour made lighter or darker, its hue kept, just until it reads on the grounds it is drawn on."""

from __future__ import annotations

from kernel.dsl.compiler.colors import lightness_shift, rounded, to_oklch
from kernel.dsl.compiler.css_colors import Channels, contrast

MIN_TEXT_CONTRAST = 4.5
"""WCAG's 1.4.3: text (a link, a label in the primary, a button's label) against what is under it."""


SHIFT_STEP = 0.005
"""How far apart (in OKLCH lightness) the lightnesses tried for a colour that must read are."""


def shifted_to_read(colour: Channels, grounds: list[Channels], minimum: float, *, lighter: bool) -> Channels:
    """`colour` (8 bits a channel) with its OKLCH lightness raised (`lighter`) or lowered in steps
    of SHIFT_STEP, its hue and its vividness kept (at_lightness), until it stands out from every
    one of `grounds` at `minimum`; white or black when no lightness does. Steps are tried four at
    a time while the fourth still falls short (the contrast only grows on the way), then one by one."""
    start, shift = to_oklch(colour)[0], lightness_shift(colour)
    step = SHIFT_STEP if lighter else -SHIFT_STEP

    def drawn_at(steps: int) -> Channels:
        return rounded(shift(start + steps * step)) if steps else rounded(colour)

    def inside(steps: int) -> bool:
        return 0 < start + steps * step < 1

    steps = 0
    while stands_out(drawn_at(steps), grounds) < minimum and inside(steps):
        ahead = steps + 4
        skip = inside(ahead) and stands_out(drawn_at(ahead), grounds) < minimum
        steps = ahead if skip else steps + 1
    return drawn_at(steps)


def stands_out(colour: Channels, grounds: list[Channels]) -> float:
    """The lowest contrast of `colour` against any of `grounds` (21 when there are none)."""
    return min((contrast(colour, ground) for ground in grounds), default=21.0)
