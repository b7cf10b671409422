"""Linear-gradient backgrounds drawn without Chromium's dithering noise.

Blink dithers every CSS gradient: the smooth ramp becomes per-pixel noise that PNG cannot
compress. The login example's 560x800 gradient panel made its image 399 KB instead of 147 KB,
and encoding that noise was the largest part of a render. So a gradient the compiler fully
understands is drawn another way: a ramp image (1 x 1024 PNG, the stops interpolated as CSS
does for legacy colours, in premultiplied sRGB) stretched along the gradient line on a layer
behind the element's content, turned to the gradient's angle. Each pixel takes the nearest
sample (a step between samples is at most a quarter of a colour level, and nearest is cheaper
to draw than smoothing), so the picture is Chromium's own gradient without the noise (8x8
block means within a level or two of it). The layer measures its box with container query units,
so any angle fits any box, whatever the layout makes of it.

Everything else stays CSS, drawn by Chromium as written: repeating gradients, colour hints,
interpolation spaces, colours outside the legacy sRGB syntaxes (CSS interpolates those in
Oklab), lengths as stop positions, `var()`, hard stops, several layers. An author who wants
Chromium's own gradient can set it through the document's `css`.
"""

from __future__ import annotations

import base64
import functools
import io
import itertools
import math
from dataclasses import dataclass

import tinycss2
import tinycss2.color4
from PIL import Image

RAMP_SAMPLES = 1024
"""Samples along the gradient line; a stop's kink is smoothed over 1/1024 of the line."""

_MIN_STOP_GAP = 2 / RAMP_SAMPLES
"""Closer stops (hard stops, stripes) would blur over a sample: those gradients stay CSS."""

_ANGLE_UNITS = {"deg": 1.0, "grad": 0.9, "rad": 180 / math.pi, "turn": 360.0}
_SIDES = {"top": (0, -1), "bottom": (0, 1), "left": (-1, 0), "right": (1, 0)}
_LEGACY_COLOR_FUNCTIONS = {"rgb", "rgba", "hsl", "hsla"}

Rgba = tuple[float, float, float, float]
"""Straight (not premultiplied) sRGB components and alpha, each 0-1."""


@dataclass(frozen=True)
class LinearGradient:
    """A parsed `linear-gradient()`: its direction and its stops with resolved positions (0-1)."""

    angle: float | None
    """Degrees clockwise from 'to top'; None when the direction is a corner (`corner`)."""
    corner: tuple[int, int] | None
    """`to bottom right` is (1, 1): x (-1 left, 1 right), y (-1 top, 1 bottom)."""
    stops: tuple[tuple[Rgba, float], ...]


def parse_linear_gradient(value: str) -> LinearGradient | None:
    """The gradient when `value` is exactly one `linear-gradient()` this module can draw, else None."""
    tokens = _significant(tinycss2.parse_component_value_list(value))
    if len(tokens) != 1 or tokens[0].type != "function" or tokens[0].lower_name != "linear-gradient":
        return None
    groups = _split_commas(tokens[0].arguments)
    if not groups or not groups[0]:
        return None
    angle: float | None = 180.0
    corner: tuple[int, int] | None = None
    direction = _direction(groups[0])
    if direction is not None:
        angle, corner = direction
        groups = groups[1:]
    elif _is_keyword(groups[0][0], "to", "in"):
        return None  # a direction or interpolation space it does not know
    stops = _stops(groups)
    if stops is None:
        return None
    return LinearGradient(angle=angle, corner=corner, stops=stops)


@dataclass(frozen=True)
class SmoothGradient:
    """How a gradient is drawn instead: an `image` the box paints as its own background (a
    gradient along an axis), or a `layer` element inside the box (any other direction)."""

    image: str | None
    """`url(data:...)` for `background-image`, sized 100% x 100% like the gradient's own image."""
    layer: str | None
    """The layer's HTML (`i.dsl-smooth-bg`, styled by `SMOOTH_GRADIENT_CSS`)."""
    opaque: bool


@functools.lru_cache(maxsize=256)
def smooth_gradient(value: str) -> SmoothGradient | None:
    """How to draw a `background` value that is a gradient this module draws, else None.

    Along an axis, a 1 x 1024 (or 1024 x 1) image stretched over the box is exactly the
    gradient, including how CSS sizes it to the padding box and repeats it under the border.
    Otherwise the layer fills the box's padding box and its `::before` is the ramp, sized and
    turned from the layer's own size (`cqw`, `cqh`). Cached: the same few gradients recur
    across a document and across documents.
    """
    gradient = parse_linear_gradient(value)
    if gradient is None:
        return None
    opaque = all(color[3] >= 1.0 for color, _ in gradient.stops)
    if gradient.corner is None and gradient.angle is not None and gradient.angle % 90 == 0:
        quarter = int(gradient.angle // 90)  # 0 up, 1 right, 2 down, 3 left
        image = _ramp_uri(gradient.stops, horizontal=quarter % 2 == 1, reverse=quarter in (0, 3))
        return SmoothGradient(image=f"url({image})", layer=None, opaque=opaque)
    width, height, turn = _geometry(gradient)
    style = f"--gw:{width};--gh:{height};--ga:{turn};--gi:url({_ramp_uri(gradient.stops)})"
    layer = f'<i class="dsl-smooth-bg" aria-hidden="true" style="{style}"></i>'
    return SmoothGradient(image=None, layer=layer, opaque=opaque)


SMOOTH_GRADIENT_CSS = (
    ":where(.dsl-smooth-host){position:relative;isolation:isolate}"
    "i.dsl-smooth-bg{display:block;position:absolute;inset:0;margin:0;padding:0;grid-area:auto;"
    "container-type:size;overflow:hidden;z-index:-1;border-radius:inherit;pointer-events:none}"
    'i.dsl-smooth-bg::before{content:"";position:absolute;left:50%;top:50%;width:var(--gw);'
    "height:var(--gh);translate:-50% -50%;rotate:var(--ga);background:var(--gi) 0 0/100% 100% no-repeat;image-rendering:pixelated}"
)
"""The host becomes a positioned stacking context (unless its own CSS positions it), so the
layer sits above the host's background colour and below its content."""


def _geometry(gradient: LinearGradient) -> tuple[str, str, str]:
    """CSS for the ramp's width (across the gradient line), height (the line's length) and turn.

    CSS makes the line's length `W|sin a| + H|cos a|` for angle `a`, so that the 0% and 100%
    lines pass through the box's corners; a corner direction's angle depends on the box too.
    """
    if gradient.corner is None:
        radians = math.radians(gradient.angle or 0.0)
        sin, cos = abs(math.sin(radians)), abs(math.cos(radians))
        width = f"calc(100cqw*{cos:.6f} + 100cqh*{sin:.6f})"
        height = f"calc(100cqw*{sin:.6f} + 100cqh*{cos:.6f})"
        return width, height, f"{(gradient.angle or 0.0) - 180:.4f}deg"
    x, y = gradient.corner
    # Towards corner (x, y), the line is perpendicular to the other diagonal: direction
    # (x*H, y*W), i.e. sin(a) = x*H/d and cos(a) = -y*W/d with d the diagonal.
    angle = f"atan2({x}*100cqh, {-y}*100cqw)"
    width = f"calc(100cqw*{-y}*cos({angle}) + 100cqh*{x}*sin({angle}))"
    height = f"calc(100cqw*{x}*sin({angle}) + 100cqh*{-y}*cos({angle}))"
    return width, height, f"calc({angle} - 180deg)"


@functools.lru_cache(maxsize=256)
def _ramp_uri(
    stops: tuple[tuple[Rgba, float], ...], *, horizontal: bool = False, reverse: bool = False
) -> str:
    """The stops as a 1 x RAMP_SAMPLES PNG data URI (RAMP_SAMPLES x 1 when `horizontal`),
    sample i taken at (i + 0.5) / RAMP_SAMPLES from the top (left), or from the bottom (right)
    when `reverse`.

    CSS interpolates premultiplied colours; the PNG holds straight alpha, as Chromium expects.
    """
    opaque = all(color[3] >= 1.0 for color, _ in stops)
    size = (RAMP_SAMPLES, 1) if horizontal else (1, RAMP_SAMPLES)
    image = Image.new("RGB" if opaque else "RGBA", size)
    pixels = [_sample(stops, (i + 0.5) / RAMP_SAMPLES) for i in range(RAMP_SAMPLES)]
    if reverse:
        pixels.reverse()
    image.putdata([pixel[:3] if opaque else pixel for pixel in pixels])
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _sample(stops: tuple[tuple[Rgba, float], ...], t: float) -> tuple[int, int, int, int]:
    """The gradient's colour at `t` (0-1) as 8-bit straight RGBA."""
    before, after = stops[0], stops[-1]
    for index in range(1, len(stops)):
        if t <= stops[index][1]:
            before, after = stops[index - 1], stops[index]
            break
    else:
        before = after
    (c0, p0), (c1, p1) = before, after
    share = 0.0 if p1 <= p0 else min(1.0, max(0.0, (t - p0) / (p1 - p0)))
    alpha = c0[3] + (c1[3] - c0[3]) * share
    if alpha <= 0:
        return (0, 0, 0, 0)
    rgb = [(c0[k] * c0[3] + (c1[k] * c1[3] - c0[k] * c0[3]) * share) / alpha for k in range(3)]
    return (*(round(255 * min(1.0, max(0.0, v))) for v in rgb), round(255 * alpha))  # type: ignore[return-value]


def _significant(tokens: list[tinycss2.ast.Node]) -> list[tinycss2.ast.Node]:
    return [token for token in tokens if token.type not in ("whitespace", "comment")]


def _split_commas(tokens: list[tinycss2.ast.Node]) -> list[list[tinycss2.ast.Node]]:
    groups: list[list[tinycss2.ast.Node]] = [[]]
    for token in _significant(tokens):
        if token.type == "literal" and token.value == ",":
            groups.append([])
        else:
            groups[-1].append(token)
    return groups


def _is_keyword(token: tinycss2.ast.Node, *words: str) -> bool:
    return token.type == "ident" and token.lower_value in words


def _direction(group: list[tinycss2.ast.Node]) -> tuple[float | None, tuple[int, int] | None] | None:
    """(angle, None) or (None, corner) for a direction argument, None when it is not one."""
    if len(group) == 1:
        token = group[0]
        if token.type == "dimension" and token.lower_unit in _ANGLE_UNITS:
            return token.value * _ANGLE_UNITS[token.lower_unit] % 360, None
        if token.type == "number" and token.value == 0:
            return 0.0, None
        return None
    if not _is_keyword(group[0], "to") or len(group) > 3:
        return None
    words = [token.lower_value if token.type == "ident" else "" for token in group[1:]]
    if any(word not in _SIDES for word in words) or len(set(words)) != len(words):
        return None
    x = sum(_SIDES[word][0] for word in words)
    y = sum(_SIDES[word][1] for word in words)
    if len(words) == 2 and (x == 0 or y == 0):
        return None  # `to top bottom`
    if len(words) == 1:
        return {(0, -1): 0.0, (1, 0): 90.0, (0, 1): 180.0, (-1, 0): 270.0}[(x, y)], None
    return None, (x, y)


def _stops(groups: list[list[tinycss2.ast.Node]]) -> tuple[tuple[Rgba, float], ...] | None:
    """Colour stops with CSS's position fix-up, or None for anything outside the drawn subset."""
    colors: list[Rgba] = []
    positions: list[float | None] = []
    for group in groups:
        if not 1 <= len(group) <= 2:
            return None  # a colour hint, a two-position stop, or something else
        color = _legacy_color(group[0])
        if color is None:
            return None
        position: float | None = None
        if len(group) == 2:
            token = group[1]
            if token.type == "percentage":
                position = token.value / 100
            elif token.type == "number" and token.value == 0:
                position = 0.0
            else:
                return None  # lengths depend on the line's length in px
        colors.append(color)
        positions.append(position)
    if len(colors) < 2:
        return None
    resolved = _fix_up(positions)
    if any(b - a < _MIN_STOP_GAP for a, b in itertools.pairwise(resolved)):
        return None
    if resolved[0] < 0 or resolved[-1] > 1:
        return None  # stops beyond the box: leave such gradients to Chromium
    return tuple(zip(colors, resolved, strict=True))


def _fix_up(positions: list[float | None]) -> list[float]:
    """CSS Images 3, colour stop fix-up: first 0, last 1, never decreasing, gaps evenly spread."""
    known = list(positions)
    if known[0] is None:
        known[0] = 0.0
    if known[-1] is None:
        known[-1] = 1.0
    highest = 0.0
    for index, value in enumerate(known):
        if value is not None:
            highest = max(highest, value) if index else value
            known[index] = highest
    index = 0
    while index < len(known):
        if known[index] is None:
            end = index
            while known[end] is None:
                end += 1
            start_value, end_value = known[index - 1], known[end]
            assert start_value is not None and end_value is not None
            count = end - index + 1
            for offset in range(index, end):
                known[offset] = start_value + (end_value - start_value) * (offset - index + 1) / count
            index = end
        index += 1
    return [value if value is not None else 0.0 for value in known]


def _legacy_color(token: tinycss2.ast.Node) -> Rgba | None:
    """A colour written as hex, a name, rgb()/rgba() or hsl()/hsla(), in straight sRGB."""
    if token.type == "function" and token.lower_name not in _LEGACY_COLOR_FUNCTIONS:
        return None
    if token.type not in ("hash", "ident", "function"):
        return None
    color = tinycss2.color4.parse_color(token)
    if color is None or isinstance(color, str) or color.space not in ("srgb", "hsl"):
        return None
    red, green, blue = color.to("srgb").coordinates
    return (red, green, blue, color.alpha)
