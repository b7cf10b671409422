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
A dark box on a dark ground (a `var(--muted)` band on the dark theme) draws its surface (a card)
a step lighter than itself, as a dark island does, so cards on it are raised, not sunk.

A tone is the one whose text reads better on every colour the background shows (each stop of a
gradient, not only their average). A saturated mid-tone (an orange-to-pink band, the indigo of a
brand) is neither clearly light nor dark: even the better text reads under 7:1 on it, and the
fixed greys of muted text read on neither (2.2:1). Such a box is also marked `has-mid-bg`: its
muted text and paragraphs are its text colour made translucent, so they keep close to what the
text itself reads at, over every colour of the gradient.

The document's own `background` is judged the same way (`page_palette`): a page of the other
tone than its theme (a dark blue page on the light theme) is drawn in the other palette, derived
from that colour as an island's is, and a mid-tone page gets the translucent muted text. A page
that nearly equals `--muted` draws that fill a step off it, as a `has-muted-bg` box does.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

import tinycss2
import tinycss2.color4
from tinycss2.ast import FunctionBlock, HashToken, IdentToken, Node, URLToken

from kernel.dsl.compiler.colors import hex_of
from kernel.dsl.compiler.css_colors import comma_separated, css_rgba
from kernel.dsl.compiler.faces_on_colour import faces_on_colour
from kernel.dsl.compiler.palettes import DARK_SURFACE_STEP
from kernel.dsl.compiler.registry import register_css
from kernel.dsl.compiler.sanitize import sanitize_value
from kernel.dsl.compiler.theme import (
    DARK,
    LIGHT,
    MIN_TEXT_CONTRAST,
    Channels,
    Density,
    ResolvedTheme,
    ThemeChoice,
    _contrast,
    _mixed,
    _share_to_read,
    muted_text,
    resolve_theme,
)
from kernel.dsl.compiler.theme_variables import Surroundings, with_variables
from kernel.dsl.memo import remembered_up_to
from kernel.dsl.model import ThemeTokens

Tone = Literal["light", "dark"]
Rgba = tuple[float, float, float, float]
"""An sRGB colour's red, green, blue and alpha, 0-1."""

OWN_BACKGROUND = "--own-background"
"""The element's background colour (a gradient's average), where its palette is derived from."""

NEAR_MUTED_CONTRAST = 1.06
"""A background closer than this to its palette's `--muted` hides what that fill draws (a count,
a badge): white next to the light theme's #f4f4f5 is 1.09, the design's own step."""

MUTED_STEP = 6
"""How much of the text colour (in %) draws a muted fill off a ground that is the fill's own
colour: the share the theme mixes a custom surface's `--muted` with (darker on a light ground,
lighter on a dark one)."""


PRIMARY_TEXT_SHARE = "55%"
"""The brand's primary as text in an island (an active item's label, a link): drawn towards the
island's text colour, as the tones' text is, far enough to read on the active item's tinted fill
(the light theme's indigo on Slack's #3f0e40 reads at 4.9:1)."""

MID_TONE_CONTRAST = 7.0
"""A ground on which even the text colour that suits it best reads under this (WCAG's enhanced
ratio for text) leaves no room for muted greys: its muted text is that text colour, translucent."""

MID_TONE_MUTED = "color-mix(in srgb, var(--foreground) 85%, transparent)"
"""Muted text (a description, a hint, an icon) on a mid-tone ground: the text colour at 85%, so
it shows the ground through it wherever the gradient goes (on an indigo box, 4.8:1 where the
usual mix reads 3.3:1)."""

MID_TONE_PLACEHOLDER = "color-mix(in srgb, var(--foreground) 70%, transparent)"
"""A field's placeholder on a mid-tone ground, lighter than muted text as it is elsewhere."""

MID_TONE_PARAGRAPH = "color-mix(in srgb,var(--foreground) 90%,transparent)"
"""A paragraph on a mid-tone ground, as on a box with its own text colour (`.has-color`): its
usual mix with the page's background is a grey that reads on neither (2.2:1 on orange-pink)."""

_BACKGROUND_PROPERTIES = ("background", "background-color", "background-image")


@dataclass(frozen=True, slots=True)
class OwnPalette:
    """The classes and inline custom properties an element gets for its own background."""

    classes: tuple[str, ...] = ()
    variables: Mapping[str, str] = field(default_factory=dict)
    backgrounds: Mapping[str, str] = field(default_factory=dict)
    """The background declarations that named theme colours, with those colours written out:
    the palette's rules redefine the variables on the element itself (a `var(--foreground)`
    band's `--foreground` turns light), so its background is drawn in the colour it was judged by."""


NO_OWN_PALETTE = OwnPalette((), MappingProxyType({}))
"""The palette of an element whose background changes nothing (shared: it cannot be changed)."""

OWN_PALETTE_KEY_LIMIT = 512
"""Backgrounds longer than this (a data: image, a gradient of many stops) are judged afresh
each time, so the remembered palettes stay small whatever documents arrive."""


def own_palette(decls: Mapping[str, str], variables: Mapping[str, str] = MappingProxyType({})) -> OwnPalette:
    """The palette classes for an element whose declarations paint a background: `has-dark-bg`
    when it would be dark on the light theme's page, `has-light-bg` when light on the dark
    theme's, `has-mid-bg` besides when it is opaque and of a mid-tone (see `Ground`),
    `has-muted-bg` when it is a solid colour that nearly equals its tone's `--muted` (a
    gradient's average is no colour a fill sits on), or to the `--muted` in force (a box of
    `var(--muted)` on a page whose fill is drawn off its colour). None for a background that cannot be
    judged (an image, a colour the browser resolves, a `var()` of a name `variables` do not hold:
    those it holds, the theme's as in force where the element is drawn, are read as their colours,
    see `theme_variables`).

    Only the background declarations count, in their order (the cascade's); a palette is
    worked out once per such list (_remembered_palette) and shared, so it cannot be changed."""
    written = {name: value for name, value in decls.items() if name in _BACKGROUND_PROPERTIES}
    painted = tuple((name, with_variables(value, variables)) for name, value in written.items())
    muted = css_rgba(with_variables("var(--muted)", variables)) if "muted" in variables else None
    muted_in_force = muted[:3] if muted is not None else None
    if sum(len(value) for _, value in painted) > OWN_PALETTE_KEY_LIMIT:
        palette = _palette_of(painted, muted_in_force)
    else:
        palette = _remembered_palette(painted, muted_in_force)
    named = {name: value for name, value in painted if value != written[name]}
    if named and palette.classes:
        return dataclasses.replace(palette, backgrounds=MappingProxyType(named))
    return palette


@functools.lru_cache(maxsize=1024)
def _remembered_palette(painted: tuple[tuple[str, str], ...], muted: Channels | None) -> OwnPalette:
    """`_palette_of`, once per list of background declarations (a sidebar's colour, a hero's
    gradient recur across a page and across documents) and muted fill in force."""
    return _palette_of(painted, muted)


def _palette_of(painted: tuple[tuple[str, str], ...], muted: Channels | None = None) -> OwnPalette:
    """`own_palette` of the background declarations `painted`, where the `--muted` in force is
    `muted` (None: not known), worked out afresh."""
    decls = dict(painted)
    colour, shown = painted_colour(decls), shown_colours(decls)
    if colour is None or shown is None:
        return NO_OWN_PALETTE
    classes, own = [], None
    on_light_page = ground_of([_over(c, LIGHT["background"]) for c in shown])
    on_dark_page = ground_of([_over(c, DARK["background"]) for c in shown])
    if on_light_page.tone == "dark":
        classes.append("has-dark-bg")
        own = _over(colour, LIGHT["background"])
    elif on_dark_page.tone == "light":
        classes.append("has-light-bg")
        own = _over(colour, DARK["background"])
    if colour[3] >= 1 and on_light_page.mid:  # opaque: the same on either page
        classes.append("has-mid-bg")
    gradient = any("gradient(" in decls.get(name, "") for name in _BACKGROUND_PROPERTIES)
    if colour[3] >= 1 and not gradient and _near_muted(colour[:3], muted):
        classes.append("has-muted-bg")
        own = colour[:3]
    if own is None:
        return NO_OWN_PALETTE
    return OwnPalette(tuple(classes), MappingProxyType({OWN_BACKGROUND: hex_of(own)}))


def surroundings_inside(palette: OwnPalette, around: Surroundings) -> Surroundings:
    """What the children of an element with `palette` are drawn in, when it is drawn in `around`:
    the same, unless its background turns the palette to the other tone (`has-dark-bg` where the
    palette is light, `has-light-bg` where it is dark). Then the variables that such an island
    sets for itself (see `island_variables`) are no longer known: only those it keeps from the
    page (the brand's primary, the sizes)."""
    if "has-dark-bg" in palette.classes and around.tone == "light":
        tone: Tone = "dark"
    elif "has-light-bg" in palette.classes and around.tone == "dark":
        tone = "light"
    else:
        return around
    kept = {name: value for name, value in around.variables.items() if name not in ISLAND_VARIABLES}
    return Surroundings(MappingProxyType(kept), tone)


def tone_of(colour: Channels) -> Tone:
    """`dark` when the dark palette's text reads better on `colour` than the light one's."""
    return ground_of([colour]).tone


@dataclass(frozen=True, slots=True)
class Ground:
    """What a background is to the text on it: the `tone` whose palette's text reads better on
    every colour it shows (on the one it reads worst on: a gradient from navy to a mid blue is
    dark, though white reads at 3.5:1 at its light end), that text's worst `contrast`, and the
    `colour` it averages to."""

    tone: Tone
    contrast: float
    colour: Channels

    @property
    def mid(self) -> bool:
        """Neither clearly light nor dark: even its text reads under MID_TONE_CONTRAST."""
        return self.contrast < MID_TONE_CONTRAST


def ground_of(colours: Sequence[Channels]) -> Ground:
    """The ground that opaque `colours` (a solid colour, or a gradient's stops) make."""
    worst = {
        tone: min(_contrast(_channels(palette["foreground"]), colour) for colour in colours)
        for tone, palette in (("dark", DARK), ("light", LIGHT))
    }
    tone: Tone = "dark" if worst["dark"] > worst["light"] else "light"
    red, green, blue = (sum(colour[i] for colour in colours) / len(colours) for i in range(3))
    return Ground(tone, worst[tone], (red, green, blue))


def background_tone(background: str | None) -> Tone | None:
    """The tone of a document's `background` (a colour, or a gradient by its stops); None
    when it cannot be judged or lets the page under it show."""
    ground = page_ground(background)
    return ground.tone if ground else None


def page_ground(background: str | None) -> Ground | None:
    """The ground a document's `background` makes; None when it cannot be judged or lets the
    page under it show (its colours then depend on what it is drawn over)."""
    return _ground_of_background(background) if background else None


@remembered_up_to(512, entries=1024)  # the compiler, its frames and the validator each ask
def _ground_of_background(background: str) -> Ground | None:
    """`page_ground` of a `background` that is given (a Ground cannot be changed: it is shared)."""
    value = sanitize_value(background)
    shown = shown_colours({"background": value}) if value else None
    if not shown or any(colour[3] < 1 for colour in shown):
        return None
    return ground_of([colour[:3] for colour in shown])


def painted_colour(decls: Mapping[str, str]) -> Rgba | None:
    """The colour `background`, `background-color` and `background-image` paint, in the order
    the cascade applies them: a gradient by the average of its stops over the colour under it.
    None when nothing is painted or it cannot be told (an image, `var()`, `color-mix()`)."""
    layers = _painted_layers(decls)
    if layers is None:
        return None
    image, colour = layers
    if image:
        colour = _over_rgba(_average(image), colour)
    return colour if colour[3] > 0 else None


def shown_colours(decls: Mapping[str, str]) -> list[Rgba] | None:
    """Each colour the background shows somewhere: a gradient's stops over the colour under
    them, or that colour. None as for `painted_colour`."""
    layers = _painted_layers(decls)
    if layers is None or painted_colour(decls) is None:
        return None
    image, colour = layers
    return [_over_rgba(stop, colour) for stop in image] or [colour]


def _painted_layers(decls: Mapping[str, str]) -> tuple[Sequence[Rgba], Rgba] | None:
    """The gradient stops and the colour under them that the declarations paint, the later
    declaration winning as in the cascade; None when one cannot be judged."""
    image: Sequence[Rgba] | None = ()
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
    return image, colour


@remembered_up_to(512, entries=1024)  # the validator asks of each element, and the compiler again
def _read_layers(value: str) -> tuple[tuple[Rgba, ...], Rgba] | None:
    """The gradient stops and the colour a background value paints; None for what cannot be
    judged (an image, a value that names no colour it can read). Remembered: tokenizing a
    gradient with tinycss2 was ~3% of the API's CPU per login request, the same few values in
    every document (the stops are a tuple, as the answer is shared)."""
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
    return tuple(stops), colour


def _gradient_stops(gradient: FunctionBlock) -> list[Rgba] | None:
    """The colours of a gradient's stops; None when one cannot be read (a `var()`)."""
    stops: list[Rgba] = []
    for argument in comma_separated(gradient.arguments):
        colours = [c for c in (_rgba(node) for node in argument) if c is not None]
        unreadable = any(isinstance(node, FunctionBlock) and _rgba(node) is None for node in argument)
        if unreadable:
            return None
        stops += colours
    return stops or None


def _rgba(node: Node) -> Rgba | None:
    """A colour token as sRGB with alpha (any CSS colour: oklch(), lab(), a color-mix() of known
    colours too, `css_colors`); None for other tokens and what only the browser resolves."""
    if not isinstance(node, FunctionBlock | HashToken | IdentToken):
        return None
    return css_rgba(node.serialize())


def _unit(channel: float) -> float:
    return min(max(float(channel), 0.0), 1.0)


@functools.cache
def _channels(colour: str) -> Channels:
    """A palette colour (`#18181b`) as sRGB channels."""
    node = tinycss2.parse_one_component_value(colour)
    rgba = _rgba(node)
    assert rgba is not None, colour  # the palettes' own colours
    return rgba[:3]


def _average(colours: Sequence[Rgba]) -> Rgba:
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


def _near_muted(colour: Channels, in_force: Channels | None = None) -> bool:
    """Whether `colour` nearly equals its tone palette's `--muted`, or the one `in_force`."""
    palette = DARK if tone_of(colour) == "dark" else LIGHT
    fills = [_channels(palette["muted"]), *([in_force] if in_force else [])]
    return any(_contrast(colour, fill) < NEAR_MUTED_CONTRAST for fill in fills)


_KEPT_FROM_THE_PAGE = frozenset(
    {"primary", "primary-foreground", "primary-solid", "primary-text", "link-decoration",
     "overlay", "shadow-sm", "shadow", "shadow-lg"}
)  # fmt: skip
"""Left as the theme has them: the author's brand reads as itself on either tone, and shadows
and overlays fall on the page around the element (a dark button's shadow on a light page); what
is inside a light one casts the light palette's (_light_shadows_inside)."""


def island_variables(tone: Tone) -> dict[str, str]:
    """The colour variables inside an element of `tone` on a page of the other: the `tone`
    palette with the element's colour as its background, derived by `theme` as it derives an
    author's tokens (muted text, hairlines and fills mixed from the text and background).

    Its surfaces (a card, a field) are those the tone's palette draws on such a ground: on a
    dark one a step lighter than it, as the dark palette's surface is above its page; on a light
    one the light palette's own white, as on a light page of any tint (a card inside a slate box
    under the dark theme was the box's own colour, told apart by its shadow alone)."""
    palette = DARK if tone == "dark" else LIGHT
    own = f"var({OWN_BACKGROUND})"
    surface = (
        f"color-mix(in srgb, var(--foreground) {DARK_SURFACE_STEP}%, {own})"
        if tone == "dark"
        else palette["surface"]
    )
    tokens = ThemeTokens(base=tone, background=own, surface=surface, text=palette["foreground"])
    variables = resolve_theme(tokens).variables
    colours = set(palette) | {
        name for name in variables if name.endswith(("-soft", "-text", "-solid", "-on-muted"))
    }
    kept = {name: variables[name] for name in variables if name in colours - _KEPT_FROM_THE_PAGE}
    kept["primary-text"] = f"color-mix(in srgb, var(--primary) {PRIMARY_TEXT_SHARE}, var(--foreground))"
    if tone == "dark":
        kept.update(STATUS_FILLS_ON_COLOUR)
    return kept


STATUS_TONES = ("success", "warning", "danger", "info")


def _island_variable_names() -> frozenset[str]:
    # A mid-tone island's muted text and faces, a near-muted box's fill.
    names = set(MID_TONE_VARIABLES) | set(MID_TONE_FACES) | {"muted"}
    for tone in ("dark", "light"):
        names |= set(island_variables(tone))
    return frozenset(names)


STATUS_FILLS_ON_COLOUR = {
    f"{status}-soft": f"color-mix(in srgb, var(--{status}) 16%, {DARK['surface']})" for status in STATUS_TONES
}
"""A status pill or alert (a success badge, an info alert) on a dark ground of its own colour:
tinted from that colour it sank into a mid-tone purple (its text at 3:1), and an info alert's
icon into a blue page (1.4:1). Its fill is the tone over the dark theme's own surface."""


def _rule(selector: str, tone: Tone) -> str:
    decls = "".join(f"--{name}:{value};" for name, value in island_variables(tone).items())
    return f"{selector}{{{decls}color:var(--foreground);color-scheme:{tone}}}"


SHADOWS = ("shadow-sm", "shadow", "shadow-lg")


def _light_shadows_inside(selector: str) -> str:
    """The light palette's shadows for what is directly inside a light island: a card's shadow
    there falls on the island (the dark theme's, at half black, was a grey smudge under a card in
    a light box), and where it falls past the island's edge (a field flush with it) the light
    one's faint grey is lost on the dark page. The island keeps the page's for its own shadow. A
    dark island's children keep the light page's: the dark theme's, past a flush edge, smudged
    the white page under a field in a blue box."""
    decls = "".join(f"--{name}:{LIGHT[name]};" for name in SHADOWS)
    return f"{selector}>*{{{decls}}}"


LIFTED_SURFACE = ("surface", "surface-elevated", "primary-soft")
"""What a dark box on a dark ground takes of a dark island's palette: its surfaces, and the
brand's tint that is mixed into the surface (an icon's tile on a card)."""


def _lifted_surface(selector: str) -> str:
    """A dark box on a dark ground (a `var(--muted)` band on the dark theme) draws its surface a
    step lighter than itself, as a dark island on a light page does (`island_variables`): the
    dark theme's #18181b cards on a #27272a band were darker than the band, sunk into it, where
    on the light theme they are white on grey, raised. The rest of its palette stays the page's
    (its text, an author's colours). Placed before the islands' rules, which win where both apply."""
    island = island_variables("dark")
    return f"{selector}{{{''.join(f'--{name}:{island[name]};' for name in LIFTED_SURFACE)}}}"


MID_TONE_VARIABLES = {
    "muted-foreground": MID_TONE_MUTED,
    "placeholder": MID_TONE_PLACEHOLDER,
    "muted-foreground-on-muted": "color-mix(in srgb, var(--muted-foreground) 90%, var(--foreground))",
}
"""What a mid-tone ground changes of the palette on it (the last is the theme's own derivation,
taken again from the new muted text)."""

MID_TONE_FACES = faces_on_colour(resolve_theme("light").variables)
"""The faces on a mid-tone box (`faces_on_colour`), for the default palette's colours (the rule
is the same for every page; a mid-tone page's are worked out from its own palette)."""

ISLAND_VARIABLES = _island_variable_names()
"""The variables a box of its own colour sets for what is inside it (its background, surface,
text, hairlines, fills...): inside it, the page's values of these no longer hold."""

MID_TONE_PAGE_CSS = f".dsl-paragraph{{color:{MID_TONE_PARAGRAPH}}}"
"""On a mid-tone page, placed after the design system's rule for paragraphs (which it beats by
coming later; a box's own text colour, `.has-color`, still wins)."""


def palette_css() -> str:
    """The rules behind `has-muted-bg`, `has-dark-bg`, `has-light-bg` and `has-mid-bg`, in a
    layer of their own (the lowest: every element's own rule wins). An island's palette applies
    where an ancestor (the page or another island) is of the other tone, so islands nest; a
    mid-tone box's muted text applies wherever it is (it comes after the islands' rules, at
    their specificity). What is directly inside a light island casts the light palette's shadows
    (custom properties inherit, so a nested island's own rule takes over below it). The paragraphs' rule is outside the layer, to beat the design system's
    own (at its specificity, after it), while a box's own text colour still wins."""
    # Muted text on the box reads as on any muted fill (MUTED_FILLS): a kanban column's "BACKLOG".
    muted = (
        f"--muted:color-mix(in srgb,var(--foreground) {MUTED_STEP}%,var({OWN_BACKGROUND}));"
        "--muted-foreground:var(--muted-foreground-on-muted)"
    )
    mid = "".join(f"--{name}:{value};" for name, value in {**MID_TONE_VARIABLES, **MID_TONE_FACES}.items())
    return (
        "@layer own-background{"
        f".has-muted-bg{{{muted}}}"
        + _lifted_surface(":is([data-theme=dark],.has-dark-bg) .has-dark-bg")
        + _rule(":is([data-theme=light],.has-light-bg) .has-dark-bg", "dark")
        + _rule(":is([data-theme=dark],.has-dark-bg) .has-light-bg", "light")
        + _light_shadows_inside(":is([data-theme=dark],.has-dark-bg) .has-light-bg")
        + f".has-mid-bg:is(.has-dark-bg,.has-light-bg){{{mid}}}"
        + "}"
        f":where(.has-mid-bg) .dsl-paragraph,.dsl-paragraph:where(.has-mid-bg){{color:{MID_TONE_PARAGRAPH}}}"
    )


register_css("local_palette", palette_css())


@dataclass(frozen=True, slots=True)
class PagePalette:
    """The theme a page is drawn in, and CSS its ground adds (after the design system's)."""

    theme: ResolvedTheme
    css: str = ""


def page_palette(
    theme: ThemeChoice, resolved: ResolvedTheme, background: str | None, *, default_density: Density
) -> PagePalette:
    """The theme for a page whose document `background` (None when it is not drawn) shows
    under its content; `resolved` is `theme` as `resolve_theme` resolves it with
    `default_density`. A ground of the other tone than the theme's (a navy page on the light
    theme, its heading at 1.7:1) draws the page in that tone's palette, derived from the
    ground's colour as an island's is (the brand, font, radius and density kept); a mid-tone
    ground keeps or takes its tone's palette with muted text and paragraphs of translucent
    text colour. Any other ground keeps `resolved` as it is. On a ground that nearly equals the
    palette's `--muted` (a #f4f4f5 page), what is filled with it on the page is drawn a step away
    from the ground (_muted_off_the_ground)."""
    ground = page_ground(background)
    if ground is None:
        return PagePalette(resolved)
    flipped = ground.tone != ("dark" if resolved.dark else "light")
    if not flipped and not ground.mid and not _dark_page_of_its_own(resolved, ground):
        return _muted_text_that_reads(_muted_off_the_ground(PagePalette(resolved), ground), ground)
    page = resolve_theme(_page_tokens(theme, ground, flipped=flipped), default_density=default_density)
    variables = dict(page.variables)
    if ground.tone == "dark":
        variables.update(STATUS_FILLS_ON_COLOUR)
    if ground.mid:
        variables.update(MID_TONE_VARIABLES)
        variables.update(faces_on_colour(variables))
    else:
        variables["muted-foreground"] = muted_text(page.variables)
    drawn = PagePalette(
        dataclasses.replace(page, variables=variables), MID_TONE_PAGE_CSS if ground.mid else ""
    )
    return _muted_text_that_reads(_muted_off_the_ground(drawn, ground), ground)


def _dark_page_of_its_own(resolved: ResolvedTheme, ground: Ground) -> bool:
    """A dark ground on a dark theme that is not the theme's own page colour (a navy page under
    `base: dark`): its cards, hairlines and muted text are derived from it, as on a dark ground
    that switches a light theme and as under a `background` token of that colour (the dark
    palette's zinc surface was a grey card on the navy page)."""
    own = css_rgba(with_variables(resolved.variables["background"], resolved.variables))
    return ground.tone == "dark" and (own is None or hex_of(own[:3]) != hex_of(ground.colour))


def _muted_text_that_reads(page: PagePalette, ground: Ground) -> PagePalette:
    """`page` with its muted text drawn towards the text colour (in steps of 5%) as far as it
    takes to read at MIN_TEXT_CONTRAST on the page's `ground`, and its muted text on muted fills
    (`--muted-foreground-on-muted`) likewise on the page's `--muted`: the light theme's #71717a
    read at 4.41:1 on a #f1f5f9 page and an all-caps label in a `var(--muted)` box there at 3.92:1.
    As it is where a colour cannot be judged or is translucent (a mid-tone ground's)."""
    variables = dict(page.theme.variables)
    for name, under in (("muted-foreground", ground.colour), ("muted-foreground-on-muted", None)):
        ink, text = (css_rgba(with_variables(variables[key], variables)) for key in (name, "foreground"))
        fill = under or _opaque(css_rgba(with_variables(variables["muted"], variables)))
        if ink is None or text is None or fill is None or ink[3] < 1:
            continue
        share = _share_to_read(hex_of(ink[:3]), hex_of(fill), hex_of(text[:3]), MIN_TEXT_CONTRAST)
        if share:
            mixed = _mixed(ink[:3], text[:3], share)
            assert mixed is not None  # two known colours
            variables[name] = hex_of(mixed)
    if variables == page.theme.variables:
        return page
    return PagePalette(dataclasses.replace(page.theme, variables=variables), page.css)


def _opaque(colour: tuple[float, float, float, float] | None) -> Channels | None:
    """An opaque colour's channels; None for a translucent one or none."""
    return colour[:3] if colour is not None and colour[3] >= 1 else None


SURFACES = (
    ".dsl-card:not(.dsl-card--muted,.dsl-card--outline)", ".dsl-table", ".dsl-modal", ".dsl-menu",
    ".dsl-toast", ".dsl-navbar", ".dsl-sidebar", ".dsl-accordion", ".dsl-form--card", ".dsl-list--divided ul",
)  # fmt: skip
"""What paints the palette's surface and may hold muted fills (a table's header and stripes, a
count): a ground of its own, where the palette's `--muted` is a step off already."""


def _muted_off_the_ground(page: PagePalette, ground: Ground) -> PagePalette:
    """`page` with its `--muted` a step towards the text colour from `ground` (MUTED_STEP), where
    the fill nearly equals the ground (NEAR_MUTED_CONTRAST): a muted card, a segmented control's
    track, a count on a #f4f4f5 page were the page's colour, a muted card only its floating text.
    On a surface (SURFACES, not inside a box of its own colour, which sets its own) the palette's
    is drawn again: a table's header stays as light on a white table. As it is, where the fill
    stands apart or a colour cannot be judged."""
    variables = page.theme.variables
    muted, text = (css_rgba(with_variables(variables[name], variables)) for name in ("muted", "foreground"))
    if muted is None or text is None or _contrast(muted[:3], ground.colour) >= NEAR_MUTED_CONTRAST:
        return page
    stepped = _mixed(ground.colour, text[:3], MUTED_STEP)
    assert stepped is not None  # two known colours
    theme = dataclasses.replace(page.theme, variables={**variables, "muted": hex_of(stepped)})
    surfaces = f":where({','.join(SURFACES)}):not(:where(.has-dark-bg,.has-light-bg,.has-muted-bg) *)"
    return PagePalette(
        theme, f"{page.css}@layer own-background{{{surfaces}{{--muted:{variables['muted']}}}}}"
    )


def _page_tokens(theme: ThemeChoice, ground: Ground, *, flipped: bool) -> ThemeTokens:
    """The theme's tokens on `ground`: its base the ground's tone, its background the ground's
    colour. Flipped, the colours of the other palette go (its surface and text, as when a caller
    switches a theme's base), and the text is the tone's own, from which muted text and hairlines
    are mixed with the ground. A dark ground's surface (a card) is a step lighter than the
    ground, as the dark palette's is (its near-black would be a hole in a blue page), unless
    the author's tokens name one and keep their base."""
    tokens = theme if isinstance(theme, ThemeTokens) else ThemeTokens()
    palette = DARK if ground.tone == "dark" else LIGHT
    update: dict[str, str | None] = {"base": ground.tone, "background": hex_of(ground.colour)}
    if flipped:
        update.update(surface=None, text=palette["foreground"])
    if ground.tone == "dark" and (flipped or not tokens.surface):
        lifted = _mixed(ground.colour, _channels(palette["foreground"]), DARK_SURFACE_STEP)
        update["surface"] = hex_of(lifted) if lifted else None
    return tokens.model_copy(update=update)
