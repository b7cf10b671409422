"""The shade of a text colour (or of its background) nearest to it that reads, for a contrast warning's suggestion."""

from __future__ import annotations

from kernel.dsl.compiler.colors import hex_of, rounded, to_oklch
from kernel.dsl.compiler.css_colors import Channels, contrast, css_channels, relative_luminance
from kernel.dsl.compiler.readable_shift import shifted_to_read, stands_out

GREY_CHROMA = 0.02
"""The OKLCH chroma under which a colour is a grey (white, #6b7280), which has no hue to keep."""


def nearest_readable_shade(colour: str, grounds: tuple[str, ...], least: float) -> str | None:
    """`colour` (a plain CSS colour) made darker or lighter, its hue and vividness kept, just
    until it reads at `least` on every one of `grounds` (as the theme shifts a brand colour:
    `shifted_to_read`), as `#rrggbb`: of the darker and the lighter shade that do, the one whose
    lightness moved less (grey text on white deepens, on navy it lightens). None when neither
    does (a gradient from black to white) or a colour cannot be read."""
    ink = css_channels(colour)
    behind = [channels for ground in grounds if (channels := css_channels(ground)) is not None]
    if ink is None or not behind or len(behind) < len(grounds):
        return None
    ink = rounded(ink)
    shades = [shifted_to_read(ink, behind, least, lighter=lighter) for lighter in (False, True)]
    reading = [shade for shade in shades if stands_out(shade, behind) >= least]
    if not reading:
        return None
    start = to_oklch(ink)[0]
    return hex_of(min(reading, key=lambda shade: abs(to_oklch(shade)[0] - start)))


def readable_suggestion(text: str, grounds: tuple[str, ...], least: float, background: str | None) -> str:
    """What to do about the plain text colour `text`, under `least` on `grounds`: use the
    nearest shade of it that reads on every one of them; for a plain `background` of its own,
    or paint that the nearest shade on which the text reads (white on Bootstrap's blue: a deeper
    blue, not a dark grey), the smaller change first; or leave `color` out."""
    left_out = (
        "leave 'color' out (the palette's text that reads best on it is drawn)"
        if background
        else "leave 'color' out to draw the theme's text colour"
    )
    options: list[tuple[float, str]] = []
    shade = nearest_readable_shade(text, grounds, least)
    if shade is not None:
        worst = min(grounds, key=lambda ground: _ratio(text, ground))
        told = f"use {shade} ({_shade_words(shade, text)}), which reads at {_ratio(shade, worst):.1f}:1 on {worst}"
        options.append((_moved(shade, text), told))
    ground = nearest_readable_shade(background, (text,), least) if background else None
    if ground is not None and background is not None:
        told = (
            f"paint the background {ground} ({_shade_words(ground, background)}), on which it reads at "
            f"{_ratio(text, ground):.1f}:1"
        )
        options.append((_moved(ground, background), told))
    if not options:
        elsewhere = "" if background else ", or give the text a background of its own"
        return f"no darker or lighter shade of {text} reads at {least:g}:1 on every colour behind it: {left_out}{elsewhere}"
    return "; or ".join(told for _, told in sorted(options)) + f"; or {left_out}"


def _shade_words(shade: str, colour: str) -> str:
    """How `shade` differs from `colour`, in words: a darker or lighter shade of the same hue
    (of a grey: a darker or lighter grey)."""
    before, after = _channels(colour), _channels(shade)
    direction = "darker" if relative_luminance(after) < relative_luminance(before) else "lighter"
    return (
        f"a {direction} grey" if to_oklch(before)[1] < GREY_CHROMA else f"a {direction} shade of the same hue"
    )


def _moved(shade: str, colour: str) -> float:
    """How far `shade`'s OKLCH lightness is from `colour`'s: the smaller change keeps the look."""
    return abs(to_oklch(_channels(shade))[0] - to_oklch(_channels(colour))[0])


def _ratio(first: str, second: str) -> float:
    """WCAG's contrast ratio of two plain CSS colours."""
    return contrast(_channels(first), _channels(second))


def _channels(colour: str) -> Channels:
    """The sRGB channels of a plain CSS colour (one `css_channels` reads)."""
    channels = css_channels(colour)
    assert channels is not None, colour
    return channels
