"""Author-given colours made safe for SVG/CSS attributes, the chart palette of theme variables, and
OKLCH, in which the theme makes a brand colour lighter or darker keeping its hue."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable

_SAFE_COLOR = re.compile(
    r"""^(?:
        \#[0-9a-fA-F]{3,8}
      | [a-zA-Z]{3,30}
      | (?:rgba?|hsla?|hwb|oklch|oklab|lab|lch|color|color-mix|light-dark|var)\([-\w.,%\s/\#()]{1,200}\)
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
"""A colour: hex, a name, or a colour function (rgb() to color-mix(), light-dark(), var(--x, #fff))
of numbers, names, hex and nested functions only: no quotes, semicolons, braces or url()."""
_FORBIDDEN_WORDS = ("url", "expression", "javascript", "import")

NAMED_TONES: dict[str, str] = {
    "primary": "var(--primary)",
    "neutral": "var(--muted-foreground)",
    "muted": "var(--muted-foreground)",
    "secondary": "var(--muted-foreground)",
    "success": "var(--success)",
    "warning": "var(--warning)",
    "danger": "var(--danger)",
    "error": "var(--danger)",
    "info": "var(--info)",
}
"""Design-system tone names an author may use where a colour is expected."""

PALETTE: tuple[str, ...] = (
    "var(--chart-1, var(--primary))",
    "var(--chart-2, #0ea5e9)",
    "var(--chart-3, #10b981)",
    "var(--chart-4, #f59e0b)",
    "var(--chart-5, #ec4899)",
    "var(--chart-6, #8b5cf6)",
    "var(--chart-7, #14b8a6)",
    "var(--chart-8, #f97316)",
)
"""Series colours; the theme may override each `--chart-N` (the first defaults to primary)."""

LATER_SERIES_COLOURS: tuple[str, ...] = (
    "#dc2626", "#0f766e", "#4d7c0f", "#a16207", "#84cc16", "#78716c", "#a5b4fc"
)  # fmt: skip
"""A chart's series (or slices) 6 to 12 after PALETTE's first five: red, a deep teal, olive,
ochre, lime, stone and a pale indigo. PALETTE's violet and teal read as its indigo and green
(CIEDE2000 11, 10.7: the 7th series passed for the 3rd, the 6th for the 1st on a dark page), and
an ochre 6th beside the amber 4th (22.6) or an orange beside it (15.7) as one series where lines
cross: these keep every pair of a chart's first eight 24 or more apart (chart_palette's
MIN_SERIES_DISTANCE), of its twelve 19.6, on either theme (OKLab: 0.117 and 0.103). A pie that
gathers slices into its grey "Other" (#94a3b8) keeps eleven beside it: the pale indigo, 11.3 from
that grey, comes 12th, never among them; the stone grey, 11th, stands 21.7 from it."""


def safe_color(value: str | None) -> str | None:
    """`value` when it is a plain colour (hex, name, a colour function, var(--x)) or a tone name.

    Anything else (`url(...)`, quotes, semicolons) gives None, so a colour can never smuggle a
    fetch or extra declarations into an attribute or a style.
    """
    if not value:
        return None
    text = value.strip()
    tone = NAMED_TONES.get(text.lower())
    if tone is not None:
        return tone
    lowered = text.lower()
    if any(word in lowered for word in _FORBIDDEN_WORDS):
        return None
    return text if _SAFE_COLOR.match(text) and _balanced(text) else None


def _balanced(text: str) -> bool:
    """Whether every bracket in `text` closes, and nothing follows the last one."""
    depth = 0
    for index, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth < 0 or (depth == 0 and char == ")" and index != len(text) - 1):
            return False
    return depth == 0


def palette_color(index: int) -> str:
    """The `index`-th series colour, cycling through the palette."""
    return PALETTE[index % len(PALETTE)]


# -- OKLCH: a colour's lightness changed with its hue and chroma kept --------------------------------

Channels = tuple[float, float, float]
"""An sRGB colour's red, green and blue, 0-1."""
Oklch = tuple[float, float, float]
"""A colour's OKLCH lightness (0-1), chroma (0 to about 0.37) and hue (degrees)."""


def to_oklch(colour: Channels) -> Oklch:
    """The OKLCH coordinates of an sRGB colour (Björn Ottosson's OKLab, in polar form): lightness
    there follows how light a colour looks, so changing it alone keeps a colour's hue and
    strength, where mixing with black or white greys it (a coral drawn towards black turned brown)."""
    red, green, blue = (linear_light(channel) for channel in colour)
    long = (0.4122214708 * red + 0.5363325363 * green + 0.0514459929 * blue) ** (1 / 3)
    medium = (0.2119034982 * red + 0.6806995451 * green + 0.1073969566 * blue) ** (1 / 3)
    short = (0.0883024619 * red + 0.2817188376 * green + 0.6299787005 * blue) ** (1 / 3)
    lightness = 0.2104542553 * long + 0.7936177850 * medium - 0.0040720468 * short
    a = 1.9779984951 * long - 2.4285922050 * medium + 0.4505937099 * short
    b = 0.0259040371 * long + 0.7827717662 * medium - 0.8086757660 * short
    return lightness, math.hypot(a, b), math.degrees(math.atan2(b, a)) % 360


def from_oklch(lightness: float, chroma: float, hue: float) -> Channels:
    """The sRGB colour of OKLCH coordinates, its chroma lowered (hue and lightness kept) as far
    as it takes to fall inside sRGB: a colour a screen can show, as close as it gets."""
    lightness = min(max(lightness, 0.0), 1.0)
    channels = _oklch_to_srgb(lightness, chroma, hue)
    if channels is None:
        channels = _oklch_to_srgb(lightness, max_chroma(lightness, hue), hue)
    assert channels is not None  # within the most chroma sRGB has there
    return channels


@functools.lru_cache(maxsize=4096)  # a theme asks ~900 times for ~170 pairs; each is 17 tries
def max_chroma(lightness: float, hue: float) -> float:
    """The most chroma an sRGB colour of this OKLCH lightness and hue has (0 at black and white),
    to 1/100000. The same tries as `_oklch_to_srgb` (the hue's axes worked out once), so the same
    answer: the theme's contrast searches ask ~15,000 of them, a process's start-up."""
    across, along = math.cos(math.radians(hue)), math.sin(math.radians(hue))
    low, high = 0.0, 0.4
    while high - low > 1e-5:
        middle = (low + high) / 2
        inside = _linear_inside(_oklab_to_linear(lightness, middle * across, middle * along))
        low, high = (middle, high) if inside else (low, middle)
    return low


KEPT_SATURATION = 0.8
"""At most this share of the most chroma sRGB has is kept as a colour's saturation when its
lightness changes: a colour at sRGB's edge (a coral, #ff6f61) keeps its own chroma instead, a
darker coral, not the pure red at the edge of a darker lightness."""


def at_lightness(colour: Channels, lightness: float) -> Channels:
    """`colour` at another OKLCH lightness, its hue kept and its chroma too, or its saturation
    (its share of the most chroma sRGB has at its lightness and hue, up to KEPT_SATURATION)
    where that gives more: a pastel lavender darkened keeps its vividness (#b9a6f2 to a violet,
    not a dusty grey-purple), as a design system's darker steps of a hue do. Within sRGB."""
    return lightness_shift(colour)(lightness)


def lightness_shift(colour: Channels) -> Callable[[float], Channels]:
    """`at_lightness` of `colour` as a function of the lightness, for trying many: what it takes
    from the colour itself is worked out once."""
    start, chroma, hue = to_oklch(colour)
    room = max_chroma(start, hue)
    saturation = min(chroma / room, KEPT_SATURATION) if room > 0 else 0.0

    def at(lightness: float) -> Channels:
        lightness = min(max(lightness, 0.0), 1.0)
        room_there = max_chroma(lightness, hue)
        channels = _oklch_to_srgb(lightness, min(max(chroma, saturation * room_there), room_there), hue)
        assert channels is not None  # within the most chroma sRGB has there
        return channels

    return at


def _oklch_to_srgb(lightness: float, chroma: float, hue: float) -> Channels | None:
    """The sRGB colour of OKLCH coordinates, None when it lies outside sRGB."""
    a, b = chroma * math.cos(math.radians(hue)), chroma * math.sin(math.radians(hue))
    linear = _oklab_to_linear(lightness, a, b)
    if not _linear_inside(linear):
        return None
    red, green, blue = (_gamma(min(max(channel, 0.0), 1.0)) for channel in linear)
    return red, green, blue


def _oklab_to_linear(lightness: float, a: float, b: float) -> Channels:
    """The linear-light sRGB channels of OKLab coordinates (outside 0-1 when out of sRGB)."""
    long = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3
    medium = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3
    short = (lightness - 0.0894841775 * a - 1.2914855480 * b) ** 3
    return (
        4.0767416621 * long - 3.3077115913 * medium + 0.2309699292 * short,
        -1.2684380046 * long + 2.6097574011 * medium - 0.3413193965 * short,
        -0.0041960863 * long - 0.7034186147 * medium + 1.7076147010 * short,
    )


def _linear_inside(linear: Channels) -> bool:
    """Whether linear-light channels are those of an sRGB colour (to 1/10000)."""
    red, green, blue = linear
    return not (
        red < -1e-4 or red > 1 + 1e-4 or green < -1e-4 or green > 1 + 1e-4 or blue < -1e-4 or blue > 1 + 1e-4
    )


def linear_light(channel: float) -> float:
    """An sRGB channel (0-1) as linear light: the one transfer function of WCAG luminance,
    CIELAB and OKLab here."""
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _gamma(channel: float) -> float:
    """Linear light (0-1) as an sRGB channel."""
    return channel * 12.92 if channel <= 0.0031308 else 1.055 * channel ** (1 / 2.4) - 0.055


def hex_of(colour: Channels) -> str:
    """`#rrggbb` of an sRGB colour, each channel clipped to 0-1 (a safe, plain colour to write
    into a style)."""
    return "#" + "".join(f"{round(min(max(channel, 0.0), 1.0) * 255):02x}" for channel in colour)


@functools.lru_cache(maxsize=64)  # a palette's few colours, asked again and again
def hex_channels(colour: str) -> Channels:
    """A `#rrggbb` colour's sRGB channels (0-1): the reverse of `hex_of`."""
    red, green, blue = (int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5))
    return red, green, blue


def rounded(colour: Channels) -> Channels:
    """The colour as `hex_of` writes it (8 bits a channel): what a judged contrast must hold for."""
    red, green, blue = (round(min(max(channel, 0.0), 1.0) * 255) / 255 for channel in colour)
    return red, green, blue
