"""How different two colours look: CIEDE2000, the CIE's colour difference, on sRGB colours.

A chart's series must be told apart at a glance, lines that cross included; the distance of
their colours in a space that follows the eye (CIELAB, weighted as CIEDE2000 weighs lightness,
chroma and hue) says whether they are. About 2 is a difference just seen side by side; the
series of a chart keep 24 or more (`chart_palette.MIN_SERIES_DISTANCE`).
"""

from __future__ import annotations

import math

from kernel.dsl.compiler.colors import linear_light

Channels = tuple[float, float, float]
"""An sRGB colour's red, green and blue, 0-1."""
Lab = tuple[float, float, float]
"""A colour's CIELAB lightness (0-100), a (green-red) and b (blue-yellow)."""

_WHITE = (0.95047, 1.0, 1.08883)
"""The D65 white point sRGB is defined on, in XYZ."""


def ciede2000(first: Channels, second: Channels) -> float:
    """The CIEDE2000 colour difference of two sRGB colours (0 for the same colour)."""
    return lab_difference(to_lab(first), to_lab(second))


def lab_difference(first: Lab, second: Lab) -> float:
    """The CIEDE2000 colour difference of two CIELAB colours (Sharma, Wu and Dalal's formulae)."""
    l1, a1, b1 = first
    l2, a2, b2 = second
    chroma_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    # a* is stretched for greyish colours, whose hue the eye reads less well
    stretch = 1 + 0.5 * (1 - _seventh(chroma_mean))
    c1, c2 = math.hypot(a1 * stretch, b1), math.hypot(a2 * stretch, b2)
    h1, h2 = _hue(a1 * stretch, b1), _hue(a2 * stretch, b2)
    hue_turn = 0.0 if c1 * c2 == 0 else (h2 - h1 + 180) % 360 - 180
    delta_l, delta_c = l2 - l1, c2 - c1
    delta_h = 2 * math.sqrt(c1 * c2) * math.sin(math.radians(hue_turn / 2))
    l_mean, c_mean = (l1 + l2) / 2, (c1 + c2) / 2
    h_mean = _mean_hue(h1, h2) if c1 * c2 else h1 + h2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * c_mean
    s_h = 1 + 0.015 * c_mean * t
    # blues: chroma and hue differences interact (the rotation term)
    rotation = -2 * _seventh(c_mean) * math.sin(math.radians(60 * math.exp(-(((h_mean - 275) / 25) ** 2))))
    lightness, chroma, hue = delta_l / s_l, delta_c / s_c, delta_h / s_h
    return math.sqrt(lightness**2 + chroma**2 + hue**2 + rotation * chroma * hue)


def _mean_hue(first: float, second: float) -> float:
    """The mean of two hue angles, along the shorter way round."""
    if abs(first - second) <= 180:
        return (first + second) / 2
    return (first + second + 360) / 2 if first + second < 360 else (first + second - 360) / 2


def _seventh(chroma: float) -> float:
    """sqrt(C^7 / (C^7 + 25^7)): near 0 for greys, near 1 for vivid colours."""
    power = chroma**7
    return math.sqrt(power / (power + 25.0**7))


def _hue(a: float, b: float) -> float:
    """The hue angle (degrees, 0-360) of a CIELAB a, b."""
    return math.degrees(math.atan2(b, a)) % 360 if a or b else 0.0


def to_lab(colour: Channels) -> Lab:
    """The CIELAB coordinates (D65) of an sRGB colour."""
    red, green, blue = (linear_light(channel) for channel in colour)
    x = (0.4124564 * red + 0.3575761 * green + 0.1804375 * blue) / _WHITE[0]
    y = (0.2126729 * red + 0.7151522 * green + 0.0721750 * blue) / _WHITE[1]
    z = (0.0193339 * red + 0.1191920 * green + 0.9503041 * blue) / _WHITE[2]
    fx, fy, fz = _f(x), _f(y), _f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _f(ratio: float) -> float:
    """CIELAB's compressed ratio to the white: a cube root, linear near black."""
    epsilon, kappa = 216 / 24389, 24389 / 27
    return ratio ** (1 / 3) if ratio > epsilon else (kappa * ratio + 16) / 116
