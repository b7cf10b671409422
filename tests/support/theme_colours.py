"""What a theme's colour values compute to, and how far two colours stand apart (WCAG contrast),
for tests that judge the theme's tokens without a browser."""

from __future__ import annotations

import re

import tinycss2.color4

Channels = tuple[float, float, float]

_MIX = re.compile(r"color-mix\(in srgb, (.+?) (\d+)%, (.+?)\)$")
_LIGHT_DARK = re.compile(r"light-dark\(\s*([^,]+?)\s*,\s*(.+?)\s*\)$")
_VAR = re.compile(r"var\(--([\w-]+)\)$")


def computed(value: str, variables: dict[str, str], *, dark: bool = False) -> Channels:
    """What a theme value computes to in sRGB: a colour, a var() of the theme, the theme's
    two-colour color-mix() (the first colour's share given, the rest is the second's), or a
    light-dark() pair (the second on a `dark` page)."""
    value = value.strip()
    named = _VAR.match(value)
    if named:
        return computed(variables[named.group(1)], variables, dark=dark)
    pair = _LIGHT_DARK.match(value)
    if pair:
        return computed(pair.group(2 if dark else 1), variables, dark=dark)
    mix = _MIX.match(value)
    if mix:
        first, share, second = (
            computed(mix.group(1), variables, dark=dark),
            int(mix.group(2)),
            computed(mix.group(3), variables, dark=dark),
        )
        red, green, blue = (
            a * share / 100 + b * (100 - share) / 100 for a, b in zip(first, second, strict=True)
        )
        return red, green, blue
    parsed = tinycss2.color4.parse_color(value)
    assert parsed is not None and not isinstance(parsed, str), value
    red, green, blue = parsed.to("srgb").coordinates
    return red, green, blue


def contrast(first: Channels, second: Channels) -> float:
    """WCAG 2's contrast ratio of two sRGB colours (channels 0-1)."""

    def luminance(colour: Channels) -> float:
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in colour]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def pixel_contrast(first: tuple[int, int, int], second: tuple[int, int, int]) -> float:
    """WCAG 2's contrast ratio of two 8-bit sRGB colours (pixels read off an image)."""
    red, green, blue = (c / 255 for c in first)
    red2, green2, blue2 = (c / 255 for c in second)
    return contrast((red, green, blue), (red2, green2, blue2))
