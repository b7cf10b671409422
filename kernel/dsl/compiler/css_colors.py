"""Any CSS colour (hex and names to oklch(), lab(), color() and color-mix()) as the sRGB a screen
draws, and WCAG 2's contrast between such colours.

The theme judges an author's colours (is text on this primary readable? is this background dark?)
in sRGB. tinycss2 reads every CSS Color 4 form but converts only sRGB, HSL and HWB; the other
spaces are converted by ColorAide (imported only when such a colour is met: it takes a fifth of a
second), and so are the mixes of `color-mix()`. A colour outside sRGB (a vivid oklch()) is clipped
channel by channel, as Chromium draws it on an sRGB screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import tinycss2
import tinycss2.color4
from tinycss2.ast import FunctionBlock, Node, PercentageToken

from kernel.dsl.compiler.colors import linear_light
from kernel.dsl.memo import remembered_up_to

if TYPE_CHECKING:
    from coloraide import Color as AideColor

Channels = tuple[float, float, float]
"""An sRGB colour's red, green and blue, 0-1."""
Rgba = tuple[float, float, float, float]
"""An sRGB colour's red, green, blue and alpha, 0-1."""

_TINYCSS2_CONVERTS = frozenset({"srgb", "hsl", "hwb"})
"""The spaces tinycss2 itself converts to sRGB."""
_AIDE_SPACES = {"xyz": "xyz-d65"}
"""tinycss2's names of spaces that ColorAide names otherwise (the rest are the same)."""
_MIX_SPACES = frozenset(
    {"srgb", "srgb-linear", "display-p3", "a98-rgb", "prophoto-rgb", "rec2020", "lab", "oklab", "xyz",
     "xyz-d50", "xyz-d65", "hsl", "hwb", "lch", "oklch"}
)  # fmt: skip
"""The spaces `color-mix()` mixes in (CSS Color 5's list)."""
_HUE_METHODS = frozenset({"shorter", "longer", "increasing", "decreasing"})


@remembered_up_to(200, entries=1024)  # a theme's few colours, judged again and again
def css_rgba(colour: str) -> Rgba | None:
    """`colour` as sRGB channels and alpha, each 0-1: hex, a name, rgb(), hsl(), hwb(), lab(),
    lch(), oklab(), oklch(), color(display-p3 ...) and the other color() spaces, and color-mix()
    of such colours (nested too). None for what only the browser resolves (var(), currentColor,
    light-dark(), a relative colour `rgb(from ...)`) and for what is no colour."""
    aide = _aide_color(tinycss2.parse_one_component_value(colour.strip()))
    if aide is None:
        return None
    if isinstance(aide, tuple):
        return aide
    srgb = aide.convert("srgb")
    red, green, blue = (_unit(channel) for channel in srgb.coords(nans=False))
    return red, green, blue, _unit(srgb.alpha(nans=False))


def css_srgb(colour: str) -> Channels | None:
    """`css_rgba` of an opaque colour, without its alpha; None for a translucent one too."""
    rgba = css_rgba(colour)
    return rgba[:3] if rgba is not None and rgba[3] >= 1 else None


def css_channels(colour: str) -> Channels | None:
    """`css_rgba` without its alpha: the colour a translucent one is a veil of (a text colour
    is judged by it, whatever its alpha); None where `css_rgba` is."""
    rgba = css_rgba(colour)
    return rgba[:3] if rgba is not None else None


def _aide_color(node: Node) -> Rgba | AideColor | None:
    """The colour a component value names: sRGB channels where tinycss2 converts it (the common
    case, with no ColorAide), else a ColorAide colour in its own space, unclipped (a mix is
    computed before it is clipped); None for what cannot be judged."""
    if isinstance(node, FunctionBlock) and node.lower_name == "color-mix":
        return _mixed(node)
    parsed = tinycss2.color4.parse_color(node)
    if parsed is None or isinstance(parsed, str):
        return None  # currentColor, or no colour
    if parsed.space in _TINYCSS2_CONVERTS:
        red, green, blue = (_unit(channel) for channel in parsed.to("srgb").coordinates)
        return red, green, blue, _unit(parsed.alpha)
    from coloraide import Color

    coordinates = [0.0 if value is None else value for value in parsed.coordinates]
    return Color(_AIDE_SPACES.get(parsed.space, parsed.space), coordinates, parsed.alpha)


def _mixed(mix: FunctionBlock) -> Rgba | AideColor | None:
    """`color-mix(in <space> [<hue> hue], <colour> [<p>], <colour> [<p>])` as CSS Color 5 mixes
    it (premultiplied alpha; the shares scaled to 100%, a sum under it lowering the alpha);
    None when a colour in it cannot be judged. A mix of sRGB colours in srgb (the theme's own
    mixes) is worked out here; ColorAide is imported for the other spaces only."""
    parts = comma_separated(mix.arguments)
    if len(parts) != 3:
        return None
    method = [node.lower_value for node in parts[0] if node.type == "ident"]
    if len(method) < 2 or method[0] != "in" or method[1] not in _MIX_SPACES:
        return None
    space, hue = _AIDE_SPACES.get(method[1], method[1]), "shorter"
    if len(method) == 4 and method[2] in _HUE_METHODS and method[3] == "hue":
        hue = method[2]
    elif len(method) != 2:
        return None
    stops = [_mix_stop(part) for part in parts[1:]]
    if any(stop is None for stop in stops):
        return None
    (first, first_share), (second, second_share) = (stop for stop in stops if stop is not None)
    if first_share is None and second_share is None:
        first_share = second_share = 0.5
    first_share = 1 - second_share if first_share is None and second_share is not None else first_share
    second_share = 1 - first_share if second_share is None and first_share is not None else second_share
    assert first_share is not None and second_share is not None
    total = first_share + second_share
    if total <= 0:
        return None
    if space == "srgb" and isinstance(first, tuple) and isinstance(second, tuple):
        return _srgb_mix(first, second, second_share / total, min(total, 1.0))
    from coloraide import Color

    colours = [Color("srgb", list(c[:3]), c[3]) if isinstance(c, tuple) else c for c in (first, second)]
    mixed = colours[0].mix(colours[1], second_share / total, space=space, hue=hue, premultiplied=True)
    if total < 1:
        mixed.set("alpha", mixed.alpha(nans=False) * total)
    return mixed


def _srgb_mix(first: Rgba, second: Rgba, share: float, alpha_scale: float) -> Rgba:
    """`second` mixed into `first` by `share` in sRGB with premultiplied alpha, the result's
    alpha scaled by `alpha_scale` (shares that add up to less than 100%)."""
    alpha = first[3] * (1 - share) + second[3] * share
    if alpha <= 0:
        return 0.0, 0.0, 0.0, 0.0
    red, green, blue = (
        (first[i] * first[3] * (1 - share) + second[i] * second[3] * share) / alpha for i in range(3)
    )
    return red, green, blue, alpha * alpha_scale


def _mix_stop(nodes: list[Node]) -> tuple[Rgba | AideColor, float | None] | None:
    """A colour of a color-mix() and its share (0-1, None when not written)."""
    share: float | None = None
    colour: Rgba | AideColor | None = None
    for node in nodes:
        if node.type in ("whitespace", "comment"):
            continue
        if isinstance(node, PercentageToken) and share is None:
            share = min(max(node.value / 100, 0.0), 1.0)
        elif colour is None:
            colour = _aide_color(node)
            if colour is None:
                return None
        else:
            return None
    return (colour, share) if colour is not None else None


def comma_separated(nodes: list[Node]) -> list[list[Node]]:
    """A function's arguments (tinycss2 nodes) split at their top-level commas."""
    parts: list[list[Node]] = [[]]
    for node in nodes:
        if node.type == "literal" and node.value == ",":
            parts.append([])
        else:
            parts[-1].append(node)
    return parts


def _unit(channel: float) -> float:
    """A channel clipped to 0-1, as an sRGB screen draws what lies outside it."""
    return min(max(float(channel), 0.0), 1.0)


def over(top: Rgba, bottom: Channels) -> Channels:
    """`top` painted over the opaque `bottom` (source-over): what a translucent colour shows."""
    alpha = top[3]
    red, green, blue = (top[i] * alpha + bottom[i] * (1 - alpha) for i in range(3))
    return red, green, blue


def relative_luminance(colour: Channels) -> float:
    """WCAG 2's relative luminance of an sRGB colour."""
    red, green, blue = colour
    return 0.2126 * linear_light(red) + 0.7152 * linear_light(green) + 0.0722 * linear_light(blue)


def contrast(first: Channels, second: Channels) -> float:
    """WCAG 2's contrast ratio of two sRGB colours (1 to 21): the kernel's one formula, which the
    theme, the palettes and the validator's contrast checks (`semantic.contrast`) all judge by."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
