"""The palette inside an element whose own background is of the other tone than the page's.

An element styled `{background: "#3f0e40"}` on a light theme (a Slack sidebar, a dark hero on a
light landing page) kept the light theme's colours inside it: grey labels and icons at 3:1, a pale
active pill. Such an element is marked `has-dark-bg` (or `has-light-bg` for the reverse) and its
colour is written as `--own-background`; a rule in a low cascade layer then gives it the other
palette (from `theme`), derived from that colour the way author tokens derive theirs, so all that
is inside reads on it. The layer loses to every element's own rule: a type's own colours, the
author's `css` and the element's `style` (its `color` included) still win.

A background of the same tone that nearly equals the `--muted` fill (Notion's #f7f7f5 sidebar, a
count pill of #f4f4f5 on it) is marked `has-muted-bg`: the fill inside is drawn a step away from it.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

import tinycss2
import tinycss2.color4
from tinycss2.ast import FunctionBlock, HashToken, IdentToken, Node, URLToken

from kernel.dsl.compiler.registry import register_css
from kernel.dsl.compiler.sanitize import sanitize_value
from kernel.dsl.compiler.theme import DARK, LIGHT, Channels, _contrast, resolve_theme
from kernel.dsl.model import ThemeTokens

Tone = Literal["light", "dark"]
Rgba = tuple[float, float, float, float]
"""An sRGB colour's red, green, blue and alpha, 0-1."""

OWN_BACKGROUND = "--own-background"
"""The element's background colour (a gradient's average), where its palette is derived from."""

NEAR_MUTED_CONTRAST = 1.06
"""A background closer than this to its palette's `--muted` hides what that fill draws (a count,
a badge): white next to the light theme's #f4f4f5 is 1.09, the design's own step."""

DARK_SURFACE_STEP = "5%"
"""How much of the text colour lifts a dark island's surface (a card in it) off its background:
the dark palette's surface is that step above its background (#09090b -> #18181b)."""

PRIMARY_TEXT_SHARE = "55%"
"""The brand's primary as text in an island (an active item's label, a link): drawn towards the
island's text colour, as the tones' text is, far enough to read on the active item's tinted fill
(the light theme's indigo on Slack's #3f0e40 reads at 4.9:1)."""

_BACKGROUND_PROPERTIES = ("background", "background-color", "background-image")


@dataclass(frozen=True, slots=True)
class OwnPalette:
    """The classes and inline custom properties an element gets for its own background."""

    classes: tuple[str, ...] = ()
    variables: dict[str, str] = field(default_factory=dict)


def own_palette(decls: Mapping[str, str]) -> OwnPalette:
    """The palette classes for an element whose declarations paint a background: `has-dark-bg`
    when it would be dark on the light theme's page, `has-light-bg` when light on the dark
    theme's, `has-muted-bg` when it is a solid colour that nearly equals its tone's `--muted`
    (a gradient's average is no colour a fill sits on). None for a background that cannot be
    judged (an image, a `var()`, a colour the browser resolves)."""
    colour = painted_colour(decls)
    if colour is None:
        return OwnPalette()
    classes, own = [], None
    on_light_page = _over(colour, LIGHT["background"])
    on_dark_page = _over(colour, DARK["background"])
    if tone_of(on_light_page) == "dark":
        classes.append("has-dark-bg")
        own = on_light_page
    elif tone_of(on_dark_page) == "light":
        classes.append("has-light-bg")
        own = on_dark_page
    gradient = any("gradient(" in decls.get(name, "") for name in _BACKGROUND_PROPERTIES)
    if colour[3] >= 1 and not gradient and _near_muted(colour[:3]):
        classes.append("has-muted-bg")
        own = colour[:3]
    if own is None:
        return OwnPalette()
    return OwnPalette(tuple(classes), {OWN_BACKGROUND: hex_colour(own)})


def tone_of(colour: Channels) -> Tone:
    """`dark` when the dark palette's text reads better on `colour` than the light one's."""
    dark_text, light_text = (_channels(DARK["foreground"]), _channels(LIGHT["foreground"]))
    return "dark" if _contrast(dark_text, colour) > _contrast(light_text, colour) else "light"


def background_tone(background: str | None) -> Tone | None:
    """The tone of a document's `background` (a colour, or a gradient by its average); None
    when it cannot be judged or lets the page under it show."""
    value = sanitize_value(background) if background else None
    colour = painted_colour({"background": value}) if value else None
    if colour is None or colour[3] < 1:
        return None
    return tone_of(colour[:3])


def painted_colour(decls: Mapping[str, str]) -> Rgba | None:
    """The colour `background`, `background-color` and `background-image` paint, in the order
    the cascade applies them: a gradient by the average of its stops over the colour under it.
    None when nothing is painted or it cannot be told (an image, `var()`, `color-mix()`)."""
    image: list[Rgba] | None = []
    colour: Rgba | None = (0.0, 0.0, 0.0, 0.0)
    for name, value in decls.items():
        if name not in _BACKGROUND_PROPERTIES:
            continue
        layers = _read_layers(value)
        if layers is None:
            return None
        stops, painted = layers
        if name != "background-color":
            image = stops
        if name != "background-image":
            colour = painted
    if image is None or colour is None:
        return None
    if image:
        colour = _over_rgba(_average(image), colour)
    return colour if colour[3] > 0 else None


def _read_layers(value: str) -> tuple[list[Rgba], Rgba] | None:
    """The gradient stops and the colour a background value paints; None for what cannot be
    judged (an image, a value that names no colour it can read)."""
    stops: list[Rgba] = []
    colour: Rgba = (0.0, 0.0, 0.0, 0.0)
    for node in tinycss2.parse_component_value_list(value, skip_comments=True):
        if isinstance(node, URLToken):
            return None
        if isinstance(node, FunctionBlock) and node.lower_name.endswith("gradient"):
            gradient = _gradient_stops(node)
            if gradient is None:
                return None
            stops += gradient
        elif isinstance(node, FunctionBlock | HashToken | IdentToken):
            parsed = _rgba(node)
            if parsed is not None:
                colour = parsed
            elif not isinstance(node, IdentToken):
                return None  # url(), var(), color-mix(): a fill it cannot tell
    return stops, colour


def _gradient_stops(gradient: FunctionBlock) -> list[Rgba] | None:
    """The colours of a gradient's stops; None when one cannot be read (a `var()`)."""
    stops: list[Rgba] = []
    for argument in _split_on_commas(gradient.arguments):
        colours = [c for c in (_rgba(node) for node in argument) if c is not None]
        unreadable = any(isinstance(node, FunctionBlock) and _rgba(node) is None for node in argument)
        if unreadable:
            return None
        stops += colours
    return stops or None


def _split_on_commas(nodes: list[Node]) -> list[list[Node]]:
    parts: list[list[Node]] = [[]]
    for node in nodes:
        if node.type == "literal" and node.value == ",":
            parts.append([])
        else:
            parts[-1].append(node)
    return parts


def _rgba(node: Node) -> Rgba | None:
    """A colour token as sRGB with alpha; None for other tokens and colours in spaces it cannot
    convert (lab(), oklch())."""
    parsed = tinycss2.color4.parse_color(node)
    if parsed is None or isinstance(parsed, str):
        return None
    try:
        red, green, blue = parsed.to("srgb").coordinates
    except NotImplementedError:
        return None
    return _unit(red), _unit(green), _unit(blue), _unit(parsed.alpha)


def _unit(channel: float) -> float:
    return min(max(float(channel), 0.0), 1.0)


@functools.cache
def _channels(colour: str) -> Channels:
    """A palette colour (`#18181b`) as sRGB channels."""
    node = tinycss2.parse_one_component_value(colour)
    rgba = _rgba(node)
    assert rgba is not None, colour  # the palettes' own colours
    return rgba[:3]


def _average(colours: list[Rgba]) -> Rgba:
    """The mean of `colours`, weighting each channel by its alpha (a fade to transparent is
    half its colour, not half black)."""
    alpha = sum(c[3] for c in colours) / len(colours)
    if alpha == 0:
        return 0.0, 0.0, 0.0, 0.0
    red, green, blue = (sum(c[i] * c[3] for c in colours) / len(colours) / alpha for i in range(3))
    return red, green, blue, alpha


def _over_rgba(top: Rgba, bottom: Rgba) -> Rgba:
    """`top` painted over `bottom` (source-over)."""
    alpha = top[3] + bottom[3] * (1 - top[3])
    if alpha == 0:
        return 0.0, 0.0, 0.0, 0.0
    red, green, blue = ((top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / alpha for i in range(3))
    return red, green, blue, alpha


def _over(colour: Rgba, page: str) -> Channels:
    """`colour` as it shows on a page of colour `page`."""
    red, green, blue, _ = _over_rgba(colour, (*_channels(page), 1.0))
    return red, green, blue


def _near_muted(colour: Channels) -> bool:
    palette = DARK if tone_of(colour) == "dark" else LIGHT
    return _contrast(colour, _channels(palette["muted"])) < NEAR_MUTED_CONTRAST


def hex_colour(colour: Channels) -> str:
    """`#rrggbb`: what goes into the element's inline style is always a plain, safe colour."""
    return "#" + "".join(f"{round(channel * 255):02x}" for channel in colour)


_KEPT_FROM_THE_PAGE = frozenset(
    {"primary", "primary-foreground", "primary-solid", "primary-text", "link-decoration",
     "overlay", "shadow-sm", "shadow", "shadow-lg"}
)  # fmt: skip
"""Left as the theme has them: the author's brand reads as itself on either tone, and shadows
and overlays fall on the page around the element (a dark button's shadow on a light page)."""


def island_variables(tone: Tone) -> dict[str, str]:
    """The colour variables inside an element of `tone` on a page of the other: the `tone`
    palette with the element's colour as its background, derived by `theme` as it derives an
    author's tokens (muted text, hairlines and fills mixed from the text and background)."""
    palette = DARK if tone == "dark" else LIGHT
    own = f"var({OWN_BACKGROUND})"
    surface = f"color-mix(in srgb, var(--foreground) {DARK_SURFACE_STEP}, {own})" if tone == "dark" else own
    tokens = ThemeTokens(base=tone, background=own, surface=surface, text=palette["foreground"])
    variables = resolve_theme(tokens).variables
    colours = set(palette) | {
        name for name in variables if name.endswith(("-soft", "-text", "-solid", "-on-muted"))
    }
    kept = {name: variables[name] for name in variables if name in colours - _KEPT_FROM_THE_PAGE}
    kept["primary-text"] = f"color-mix(in srgb, var(--primary) {PRIMARY_TEXT_SHARE}, var(--foreground))"
    if tone == "dark":
        # A status pill (a success badge) tinted from the box's own colour sank into a mid-tone
        # purple (its text at 3:1): its fill is the tone over the dark theme's own surface.
        for status in STATUS_TONES:
            kept[f"{status}-soft"] = f"color-mix(in srgb, var(--{status}) 16%, {palette['surface']})"
    return kept


STATUS_TONES = ("success", "warning", "danger", "info")


def _rule(selector: str, tone: Tone) -> str:
    decls = "".join(f"--{name}:{value};" for name, value in island_variables(tone).items())
    return f"{selector}{{{decls}color:var(--foreground);color-scheme:{tone}}}"


def palette_css() -> str:
    """The rules behind `has-muted-bg`, `has-dark-bg` and `has-light-bg`, in a layer of their
    own (the lowest: every element's own rule wins). An island's palette applies where an
    ancestor (the page or another island) is of the other tone, so islands nest."""
    muted = f"--muted:color-mix(in srgb,var(--foreground) 6%,var({OWN_BACKGROUND}))"
    return (
        "@layer own-background{"
        f".has-muted-bg{{{muted}}}"
        + _rule(":is([data-theme=light],.has-light-bg) .has-dark-bg", "dark")
        + _rule(":is([data-theme=dark],.has-dark-bg) .has-light-bg", "light")
        + "}"
    )


register_css(__name__, palette_css())
