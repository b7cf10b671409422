"""Light and dark palettes, and design tokens turned into the page's CSS custom properties.

Every element stylesheet uses these variables (never literal colours), so a theme, a dark
base or an author's tokens restyle the whole screen at once:

  --background --foreground --surface --surface-elevated --muted --muted-foreground
  --muted-foreground-on-muted --placeholder --border --input (outline buttons, text fields)
  --field-border (checkboxes, radios, a switch's off track: 3:1 on the surface and the page)
  --link-decoration
  --primary --primary-foreground --primary-soft --primary-solid --primary-text
    (an author's primary that fades into a dark page is drawn lighter, as light-dark(); its
    tinted fill and text in it are judged to stand out: see _primary_derived)
  --success --warning --danger --info (and each with -soft, a tinted fill, and -text, for
    small text on that fill; --success-solid and --danger-solid fill what holds white text)
  --overlay --shadow-sm --shadow --shadow-lg
  --radius --radius-sm --radius-lg --radius-full --radius-pill (see PILL_RADIUS)
  --font --font-mono
  --disabled-opacity (what is disabled: its words in the text colour at this opacity, about 3.4:1)
  --primary-indicator (the primary as a mark with no text: a tab's underline, a switch that is
    on, a checked box; lightened on a dark theme, darkened on a light one, to stand out at 3:1)
  --primary-indicator-foreground (what is drawn on the indicator: the knob of a switch that is
    on; white, or dark where white would not stand out from it at 3:1)
  --paragraph-share (the share of the text colour in a paragraph's, over the background: 78% in
    the built-in themes, softer than headings; 100% where an author's tokens set the text, so an
    e-ink theme's #000000 draws black body text, not #383838)
  --control-h --control-h-sm --control-h-lg --pad --gap --check-size --toggle-w --toggle-h
    (density; `touch`, a phone's, also draws text larger: see base_css.TOUCH)
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from kernel.dsl.compiler.chart_palette import CHART_COLOURS, chart_palette
from kernel.dsl.compiler.colors import (
    from_oklch,
    hex_of,
    rounded,
    to_oklch,
)
from kernel.dsl.compiler.css_colors import contrast, css_channels, relative_luminance
from kernel.dsl.compiler.fill_texts import TONE_TEXTS, lifted_text, readable_tone_texts
from kernel.dsl.compiler.palettes import DARK, LIGHT
from kernel.dsl.compiler.readable_shift import MIN_TEXT_CONTRAST, shifted_to_read, stands_out
from kernel.dsl.compiler.sanitize import sanitize_font_family
from kernel.dsl.compiler.token_tones import drawn_tokens, drawn_tone, token_colour
from kernel.dsl.model import ThemeTokens

ThemeChoice = Literal["light", "dark"] | ThemeTokens | None
"""A palette to draw."""
NamedTheme = Literal["light", "dark", "wireframe"] | ThemeTokens | None
"""A theme as a document or a caller names it: `wireframe` is drawn as `light` in greyscale (see
`greyscale_css`)."""


def greyscale_css(*themes: object) -> str:
    """The greyscale filter of the `wireframe` theme when any of `themes` (the document's, the
    caller's) names it: the whole canvas desaturated, status colours, brand and pictures alike."""
    return "html{filter:grayscale(1)}" if "wireframe" in themes else ""


def palette_choice(theme: NamedTheme) -> ThemeChoice:
    """`theme` with `wireframe` read as the palette it is drawn on, `light`."""
    return "light" if theme == "wireframe" else theme


Channels = tuple[float, float, float]
"""An sRGB colour's red, green and blue, 0-1."""

TEXT_FACES = '"Noto Sans", "Noto Sans CJK SC", "Noto Color Emoji", sans-serif'
SYMBOL_FACES = '"dsl-emoji", "dsl-math"'
"""Faces that cover only some symbols, so everything else falls through: `dsl-emoji` (see
emoji_faces.EMOJI_FACE_CSS) the emoji a text face holds in black and white, `dsl-math` (see
fonts.MATH_FACE_CSS) the relation symbols the Noto text faces lack or draw badly."""
FONT_STACK = f"{SYMBOL_FACES}, {TEXT_FACES}"
"""The theme's text faces, the symbol faces first."""
MONO_STACK = '"dsl-emoji", "Noto Sans Mono", "DejaVu Sans Mono", "Noto Sans Mono CJK SC", "Noto Color Emoji", monospace'

POINTER_CHOICES = {"check-size": "18px", "toggle-w": "38px", "toggle-h": "22px"}
"""Checkboxes, radios and switches sized for a mouse, at every density but touch."""

DENSITY: dict[str, dict[str, str]] = {
    "compact": {
        "control-h": "32px",
        "control-h-sm": "28px",
        "control-h-lg": "36px",
        "pad": "14px",
        "gap": "8px",
        **POINTER_CHOICES,
    },
    "comfortable": {
        "control-h": "36px",
        "control-h-sm": "32px",
        "control-h-lg": "42px",
        "pad": "20px",
        "gap": "12px",
        **POINTER_CHOICES,
    },
    "spacious": {
        "control-h": "40px",
        "control-h-sm": "34px",
        "control-h-lg": "48px",
        "pad": "28px",
        "gap": "16px",
        **POINTER_CHOICES,
    },
    # A phone's: what a finger taps is 44 px tall (Apple's 44 pt; Material's 48 dp holds a 40 dp
    # control), a small control 36, a large one 52; a switch is Material's 52 x 32 (iOS's is
    # 51 x 31: an even height centres a 24 px line on it to the pixel) and a box to tick 22 px.
    # Spacing stays comfortable's: a phone's cards and rows keep their 20 px inset.
    "touch": {
        "control-h": "44px",
        "control-h-sm": "36px",
        "control-h-lg": "52px",
        "pad": "20px",
        "gap": "12px",
        "check-size": "22px",
        "toggle-w": "52px",
        "toggle-h": "32px",
    },
}

Density = Literal["compact", "comfortable", "spacious", "touch"]

DEFAULT_RADIUS = 8
"""The corner radius (px) of buttons, fields and cards when the theme names none."""
PILL_RADIUS = "9999px"
"""`--radius-pill`: the corners of what is drawn as a pill (a badge, a chip, a pill tab, a count,
a progress bar's track), fully round. A `radius` token under DEFAULT_RADIUS draws them with that
radius instead (square at 0, a small rounding at 2-6 px), so they follow square buttons and
fields; the default and larger radii keep pills. Switches, sliders, dots, avatars and the red
counts on a button or tab stay round (`--radius-full`)."""

_DERIVED = {
    # Tinted fills follow whatever the base colours end up being (the primary's two are judged
    # below: _soft_fill, _text_in_primary).
    "primary-soft": "color-mix(in srgb, var(--primary) 12%, var(--surface))",
    "primary-text": "var(--primary)",
    "success-soft": "color-mix(in srgb, var(--success) 12%, var(--surface))",
    "warning-soft": "color-mix(in srgb, var(--warning) 14%, var(--surface))",
    "danger-soft": "color-mix(in srgb, var(--danger) 12%, var(--surface))",
    "info-soft": "color-mix(in srgb, var(--info) 12%, var(--surface))",
    # Text in a tone or muted on a tinted fill (fill_texts: made to read where it does not).
    **TONE_TEXTS,
    "radius-sm": "max(calc(var(--radius) - 2px), 0px)",
    "radius-lg": "min(calc(var(--radius) + 4px), calc(var(--radius) * 2))",  # 0 stays square
    "radius-full": "9999px",
    # One disabled look: what is disabled is drawn at this opacity, its words in the text colour
    # (a sidebar item, a tab, a step: muted text at .45 read at 1.8:1 beside a checkbox's 3.4:1).
    "disabled-opacity": ".5",
    "font-mono": MONO_STACK,
}


@dataclass(frozen=True, slots=True)
class ResolvedTheme:
    """A theme choice resolved to a light/dark flag, its density and the full set of CSS variables."""

    dark: bool
    variables: dict[str, str]
    density: Density = "comfortable"

    @property
    def touch(self) -> bool:
        """Controls and text sized for a finger and a phone's reading distance."""
        return self.density == "touch"


PAGE_TOKENS = ("base", "background", "surface", "text")
"""The tokens that name a palette's tone; the last three belong to one palette."""


def chosen_theme(own: ThemeChoice, override: ThemeChoice) -> ThemeChoice:
    """The theme a render uses when the caller overrides the document's: a caller's `light` or
    `dark` over the document's design tokens switches their base and keeps the brand (primary,
    font, radius, density), leaving out the colours that belonged to the other palette
    (background, surface, text). A caller's tokens (a `--theme` file, the API's theme object) do
    the same, token by token: each one they write wins, the document's others stay, and when
    they put the page in the other tone the document's page colours go. `light` or `dark` is the
    tokens `{base: ...}`; with no document tokens the override is the theme."""
    if override is None:
        return own
    if isinstance(override, str):
        if not isinstance(own, ThemeTokens):
            return override
        if drawn_tone(own) == override:
            return own
        return own.model_copy(update={"base": override, "background": None, "surface": None, "text": None})
    if own is None:
        return override
    mine = own if isinstance(own, ThemeTokens) else ThemeTokens.model_validate({"base": own})
    written = override.model_dump(exclude_unset=True)
    kept = mine.model_dump(exclude_unset=True)
    if any(name in written for name in PAGE_TOKENS) and drawn_tone(override) != drawn_tone(mine):
        kept = {name: value for name, value in kept.items() if name not in PAGE_TOKENS}
    return ThemeTokens.model_validate({**kept, **written})


def is_dark(theme: ThemeChoice) -> bool:
    """Whether `theme` draws the dark palette: `dark`, or tokens on a dark `base` or whose colours
    are dark (`token_tones`: a navy `background` token draws the dark palette)."""
    return theme == "dark" or (isinstance(theme, ThemeTokens) and drawn_tone(theme) == "dark")


def resolve_theme(theme: ThemeChoice, *, default_density: Density = "comfortable") -> ResolvedTheme:
    """`light`/`dark`/None pick a palette; tokens override it (sanitized) on top of their `base`.
    `default_density` is the density when the tokens name none (`touch` on a phone's canvas).

    Each call returns its own `variables` dict (callers may change it); the colour maths behind
    it is done once per theme and density (_remembered_theme)."""
    key = _theme_key(theme)
    if key is None:
        return _resolved(theme, default_density)
    remembered = _remembered_theme(_ThemeRequest((key, default_density), theme))
    return ResolvedTheme(remembered.dark, dict(remembered.variables), remembered.density)


THEME_KEY_LIMIT = 2000
"""Tokens longer than this, written out (a document's megabyte of `font`), are resolved afresh
each time, so the remembered themes stay small whatever documents arrive."""


def _theme_key(theme: ThemeChoice) -> tuple[str, ...] | None:
    """What a theme is resolved by, exactly: its name, or each token's `repr` (which tells
    `8` from `8.0` and `-0.0` from `0.0`, as the radius's `px` may); None when too long."""
    if not isinstance(theme, ThemeTokens):
        return ("name", repr(theme))
    key = tuple(repr(getattr(theme, name)) for name in ThemeTokens.model_fields)
    return key if sum(map(len, key)) <= THEME_KEY_LIMIT else None


@dataclass(frozen=True, slots=True)
class _ThemeRequest:
    """A theme to resolve, compared and hashed by its key only; it carries the choice itself
    for the first resolution."""

    key: tuple[tuple[str, ...], Density]
    theme: ThemeChoice = field(compare=False, hash=False)


@functools.lru_cache(maxsize=256)
def _remembered_theme(request: _ThemeRequest) -> ResolvedTheme:
    """`_resolved` once per theme and density (its contrast searches parse and mix colours, a
    fifth of a compile); the result is never handed out, only copies of its variables."""
    return _resolved(request.theme, request.key[1])


def _resolved(theme: ThemeChoice, default_density: Density, *, lift: bool = True) -> ResolvedTheme:
    """`resolve_theme` computed afresh; with `lift`, an author's text that reads on the page and the
    surface but not on the theme's fills is drawn as it reads on them too (fill_texts.lifted_text)."""
    tokens = drawn_tokens(theme).tokens if isinstance(theme, ThemeTokens) else None
    dark = tokens.base == "dark" if tokens is not None else theme == "dark"
    density: Density = (tokens.density if tokens is not None else None) or default_density
    variables = dict(DARK if dark else LIGHT)
    variables.update(DENSITY[density])
    variables.update(radius=f"{DEFAULT_RADIUS}px", font=FONT_STACK)
    variables["radius-pill"] = PILL_RADIUS
    either_tone: dict[str, str] = {}
    if tokens is not None:
        variables.update(_token_overrides(tokens))
        if variables["muted-foreground"] == MUTED_TEXT:
            variables["muted-foreground"] = muted_text(variables)
        if variables["placeholder"] == PLACEHOLDER_TEXT:
            variables["placeholder"] = placeholder_text(variables)
        if variables["field-border"] == FIELD_BORDER:
            variables["field-border"] = field_border(variables)
    given_primary = variables["primary"]
    if tokens is not None and tokens.primary and given_primary != (DARK if dark else LIGHT)["primary"]:
        either_tone = _brand_primary(variables, dark)
    variables.update(chart_palette(variables["primary"], _series_on_the_ground(variables, dark)))
    variables.update(_danger_that_reads(variables))
    variables.update(_DERIVED)
    variables.update(_primary_derived(variables, dark))
    variables.update(avatar_inks(variables, dark))
    variables.update(readable_tone_texts(variables, dark))
    if tokens is not None and lift:
        lifted = lifted_text(variables, dark)
        if lifted is not None:  # the author's text barely reads: drawn as it reads on the fills too
            return _resolved(tokens.model_copy(update={"text": lifted}), default_density, lift=False)
    if "primary" in either_tone:
        variables.update(_knob_on_either_tone(variables, given_primary, dark))
    variables.update(either_tone)
    return ResolvedTheme(dark=dark, variables=variables, density=density)


def _brand_primary(variables: dict[str, str], dark: bool) -> dict[str, str]:
    """Sets an author's primary as this theme draws it (_primary_on_its_ground), by which the
    colours derived from it are judged, and its chart palette. Returns what the page's sheet says
    instead: the drawn colours as `light-dark()` of them and the author's (_either_tone)."""
    given = {name: variables[name] for name in ("primary", "primary-foreground")}
    drawn = _primary_on_its_ground(variables, dark)
    variables.update(drawn)
    return {name: _either_tone(given[name], colour, dark) for name, colour in drawn.items()}


def _series_on_the_ground(variables: Mapping[str, str], dark: bool) -> Callable[[str], str]:
    """A chart series' colour (hex) as drawn on this theme's page and cards: its OKLCH lightness
    lowered (raised on a dark theme), its hue kept, until it stands out from both at
    MIN_INDICATOR_CONTRAST (a line or a slice is a mark with no words: WCAG 1.4.11)."""
    grounds = _judged(variables, ("background", "surface"))

    def drawn(colour: str) -> str:
        channels = css_channels(colour)
        if channels is None:
            return colour
        return hex_of(shifted_to_read(channels, grounds, MIN_INDICATOR_CONTRAST, lighter=dark))

    return drawn


def _primary_derived(variables: dict[str, str], dark: bool) -> dict[str, str]:
    """The colours derived from the primary: its indicator, its tinted fill, text in it, links'
    underline and the solid fills (a button's), each judged against the theme's grounds."""
    indicator, indicator_ink = _indicator(variables, dark)
    # On a dark theme the tint follows the indicator: a deep primary's own tint stays the
    # surface's colour; a light theme's keeps the brand's hue (a yellow's pale fill, not an olive).
    lifted = dark and indicator["primary-indicator"] != "var(--primary)"
    out: dict[str, str] = {}
    out["primary-soft"], soft = _soft_fill(variables, dark, indicator_ink if lifted else None)
    out["primary-text"], link_ink = _text_in_primary(variables, soft)
    out["link-decoration"] = _link_decoration(link_ink, css_channels(variables["foreground"]))
    out.update(_solid_fills(variables, dark))
    out.update(indicator)
    out["primary-indicator-foreground"] = _ink_on(indicator_ink)
    return out


AVATAR_TINT = 16
"""The share (%) of a face's palette colour in the tint its initials sit on (avatars.py's CSS)."""


def avatar_inks(variables: Mapping[str, str], dark: bool) -> dict[str, str]:
    """`--avatar-1-text` ... `--avatar-8-text`: the initials of a face of palette colour N on its
    tint (AVATAR_TINT of it over the surface), the colour made darker (lighter on a dark theme) in
    OKLCH, its hue and vividness kept, until they read at MIN_TEXT_CONTRAST. The tone mixed with
    the text colour read at 2.3-3.4:1 on every theme. `initial` where the surface or a colour
    cannot be judged (a box of its own colour: the face's CSS then mixes them as before)."""
    surface = css_channels(variables["surface"])
    inks: dict[str, str] = {}
    for index, fallback in enumerate((variables["primary"], *CHART_COLOURS), start=1):
        tone = css_channels(variables.get(f"chart-{index}", fallback))
        if surface is None or tone is None:
            inks[f"avatar-{index}-text"] = "initial"
            continue
        tint = _blend(surface, tone, AVATAR_TINT)
        inks[f"avatar-{index}-text"] = hex_of(shifted_to_read(tone, [tint], MIN_TEXT_CONTRAST, lighter=dark))
    return inks


FADED_PRIMARY = 1.5
"""A primary that stands out from the page or the surface less than this (a black brand on a dark
theme, 1.06:1; a navy one, 1.1:1) is drawn as the theme's own version of it: its button read as
plain text, its chart series and solid badge were hardly there. A deep hue above it (an indigo-900
at 1.6:1) is told by its colour and kept."""
NEUTRAL_CHROMA = 0.05
"""An OKLCH chroma under this is a near-grey: black, zinc, slate-900. Such a brand's version on a
theme it fades into is the theme's text colour (shadcn's dark theme turns a black primary
near-white, with dark text on it); a link in such a colour is underlined, its hue cannot tell it."""


def _primary_on_its_ground(variables: dict[str, str], dark: bool) -> dict[str, str]:
    """`--primary` and `--primary-foreground` for an author's primary that fades into the page or
    the surface (FADED_PRIMARY): a near-grey one becomes the text colour's lightness (black
    turns near-white on dark, white near-black on light); on a dark theme a coloured one (a navy)
    is lightened in OKLCH, its hue kept (_shifted_to_read), until it stands out at
    MIN_INDICATOR_CONTRAST.
    The label on it is picked again (readable_text_on). Nothing for a primary that stands out,
    for a light theme's coloured brand (a yellow on white is told by its hue) or for what cannot
    be judged."""
    primary, text = css_channels(variables["primary"]), css_channels(variables["foreground"])
    grounds = _judged(variables, ("background", "surface"))
    if primary is None or text is None or not grounds:
        return {}
    if min(_contrast(primary, ground) for ground in grounds) >= FADED_PRIMARY:
        return {}
    _, chroma, hue = to_oklch(primary)
    if chroma < NEUTRAL_CHROMA:
        drawn = rounded(from_oklch(to_oklch(text)[0], min(chroma, 0.02), hue))
    elif dark:
        drawn = shifted_to_read(primary, grounds, MIN_INDICATOR_CONTRAST, lighter=True)
    else:
        return {}
    fill = hex_of(drawn)
    return {"primary": fill, "primary-foreground": readable_text_on(fill) or "#ffffff"}


def _either_tone(given: str, drawn: str, dark: bool) -> str:
    """`light-dark()` of the colour drawn on this theme's tone and the author's own on the other:
    a box of the other tone (a white card on a dark page, `.has-light-bg`) sets its own
    `color-scheme`, and there the brand is drawn as given (a black button on the white card, not
    the near-white one of the dark page). The colour alone where both are the same."""
    if given.strip().lower() == drawn:
        return drawn
    return f"light-dark({given}, {drawn})" if dark else f"light-dark({drawn}, {given})"


SOFT_SHARE = 12
"""The primary's share of its tinted fill (`--primary-soft`) where that is enough to be seen."""
MIN_SOFT_CONTRAST = {False: 1.18, True: 1.12}
"""How far the tinted fill of what is selected (an active pill or chip, a sidebar item, a row)
stands out from the page and the surface at least, on a light and a dark theme: the default
themes' own (1.20:1 on white, 1.13:1 on the dark surface). A pale or bright brand's 12% tint was
the page's colour again (a lavender's 1.03:1, a yellow's): it is mixed from a deeper shade of the
brand (_soft_source), and its share grows until it reaches this."""
MAX_SOFT_SHARE = 60


def _soft_fill(
    variables: dict[str, str], dark: bool, indicator: Channels | None
) -> tuple[str, Channels | None]:
    """`--primary-soft` and the colour it computes to (None when it cannot be judged): the primary
    (or on a dark theme, where it is lifted, the indicator; where its 12% is not seen, a shade of
    it: _soft_source) mixed into the surface, at SOFT_SHARE or in steps of 2% beyond until it
    stands out from the page and the surface at MIN_SOFT_CONTRAST."""
    name, tint = (
        ("primary-indicator", indicator) if indicator else ("primary", css_channels(variables["primary"]))
    )
    surface, grounds = css_channels(variables["surface"]), _judged(variables, ("background", "surface"))
    source = f"var(--{name})"
    if tint is None or surface is None:
        return f"color-mix(in srgb, {source} {SOFT_SHARE}%, var(--surface))", None
    minimum = MIN_SOFT_CONTRAST[dark]
    if not indicator and stands_out(_blend(surface, tint, SOFT_SHARE), grounds) < minimum:
        source, tint = _soft_source(tint, grounds, dark) or (source, tint)
    share = SOFT_SHARE
    while share < MAX_SOFT_SHARE and stands_out(_blend(surface, tint, share), grounds) < minimum:
        share += 2
    return f"color-mix(in srgb, {source} {share}%, var(--surface))", _blend(surface, tint, share)


def _soft_source(primary: Channels, grounds: list[Channels], dark: bool) -> tuple[str, Channels] | None:
    """The colour a tint is mixed from where 12% of the primary is not seen (a lime, a yellow, a
    lavender on white), as a hex and its channels: the primary made darker (lighter on a dark
    theme) in OKLCH, its hue and vividness kept, until it stands out at MIN_INDICATOR_CONTRAST, as
    a mark in it would. More of the raw bright primary made the tint a loud copy of the brand
    (a lime's #d3ff89 row beside its #b6ff3b button); a share of the deeper shade is a pale, calm
    one of its hue (#e5eed1). None where the primary stands out so already."""
    shade = shifted_to_read(primary, grounds, MIN_INDICATOR_CONTRAST, lighter=dark)
    return None if shade == rounded(primary) else (hex_of(shade), shade)


def _text_in_primary(variables: dict[str, str], soft: Channels | None) -> tuple[str, Channels | None]:
    """`--primary-text` (a link, an active tab's or chip's label, a primary badge's text) and the
    colour it computes to (None when it cannot be judged): the primary where it reads at
    MIN_TEXT_CONTRAST on the page, the surface and its own tinted fill, else the primary made
    darker (on a light page) or lighter (on a dark one) in OKLCH just until it does, its hue and
    vividness kept (_shifted_to_read): a coral link stays a coral red, a lavender one a violet
    (mixed towards the text colour they turned maroon-brown and grey)."""
    primary = css_channels(variables["primary"])
    grounds = _judged(variables, ("background", "surface"))
    grounds += [soft] if soft is not None else []
    if primary is None or not grounds or stands_out(primary, grounds) >= MIN_TEXT_CONTRAST:
        return "var(--primary)", primary
    text, page = css_channels(variables["foreground"]), css_channels(variables["background"])
    lighter = _relative_luminance(*text) > _relative_luminance(*page) if text and page else False
    drawn = shifted_to_read(primary, grounds, MIN_TEXT_CONTRAST, lighter=lighter)
    return hex_of(drawn), drawn


def _judged(variables: Mapping[str, str], names: tuple[str, ...]) -> list[Channels]:
    """The colours of the variables `names` that are plain colours (a var() or color-mix() is not
    judged: a box's own palette is resolved in the browser)."""
    return [channels for name in names if (channels := css_channels(variables[name])) is not None]


def _danger_that_reads(variables: dict[str, str]) -> dict[str, str]:
    """`--danger` where, as text (a field's error, a required mark, a destructive menu item), it
    would not read at MIN_TEXT_CONTRAST on the page or the surface (the dark red on an author's
    dark violet surface, 4.1:1): the red made lighter (on a light text colour's theme; darker on a
    dark one's) in OKLCH just until it does, its hue kept (_shifted_to_read). Nothing where it
    reads (the built-in themes) or cannot be judged."""
    danger = css_channels(variables["danger"])
    grounds = _judged(variables, ("background", "surface"))
    if danger is None or not grounds or stands_out(danger, grounds) >= MIN_TEXT_CONTRAST:
        return {}
    text, page = css_channels(variables["foreground"]), css_channels(variables["background"])
    lighter = _relative_luminance(*text) > _relative_luminance(*page) if text and page else False
    return {"danger": hex_of(shifted_to_read(danger, grounds, MIN_TEXT_CONTRAST, lighter=lighter))}


MIN_LINK_CONTRAST = 3.0
"""A link whose colour is closer than this to the text colour around it is told apart by an
underline too (WCAG's G183 for 1.4.1, Use of Color: a link in or beside running text is told by
3:1 against that text, or by more than its colour): the default indigo on the light theme, 2.8:1
against #18181b, and a black or near-black brand's links that would look like body text. So is a
grey link (under NEUTRAL_CHROMA): it would read as muted text."""


def _link_decoration(link: Channels | None, text: Channels | None) -> str:
    """`underline` when links in `link` would not stand out from body text in `text` or have no
    hue to tell them by, else `none` (also for colours that cannot be judged, as links always were)."""
    if link is None or text is None:
        return "none"
    greyish = to_oklch(link)[1] < NEUTRAL_CHROMA
    return "underline" if greyish or _contrast(link, text) < MIN_LINK_CONTRAST else "none"


SOLID_TONES = ("success", "danger")
"""Tones whose fills hold white text (a success or a danger button, a count on a button)."""


def _solid_fills(variables: dict[str, str], dark: bool) -> dict[str, str]:
    """`--success-solid`, `--danger-solid` and `--primary-solid`: a tone as the fill of a button
    or a solid badge, deepened just enough for its text to read at 4.5:1 (a light theme's green
    under white text read at 3.3:1, a dark theme's brighter tones worse). The primary is deepened
    on a dark theme only: a light theme's primary is the author's brand, kept as given (its text
    is picked to read on it, see readable_text_on). Soft fills and text in a tone stay as they are."""
    fills = {f"{tone}-solid": _solid_fill(tone, variables[tone], "#ffffff") for tone in SOLID_TONES}
    primary_text = variables["primary-foreground"]
    fills["primary-solid"] = (
        _solid_fill("primary", variables["primary"], primary_text) if dark else "var(--primary)"
    )
    return fills


def _solid_fill(tone: str, colour: str, text: str) -> str:
    """`var(--tone)` when `text` reads on it, else the tone mixed with black (under light text)
    or white (under dark text) in steps of 5% until it does."""
    ink, fill = css_channels(text), css_channels(colour)
    if ink is None or fill is None or _contrast(ink, fill) >= MIN_TEXT_CONTRAST:
        return f"var(--{tone})"
    towards = "#000000" if _relative_luminance(*ink) > _relative_luminance(*fill) else "#ffffff"
    share = _share_to_read(colour, text, towards)
    return f"color-mix(in srgb, var(--{tone}) {100 - share}%, {towards})"


MIN_INDICATOR_CONTRAST = 3.0
"""WCAG's 1.4.11: a mark that tells a state with no words (a selected tab's underline, a switch
that is on, a checked box, a bar's fill) stands out from what is around it at least this well."""


PRIMARY_EDGE = "color-mix(in srgb, var(--primary) 30%, transparent)"
"""The outline of a chip that is on: a tint of the primary, as its fill is, beside its text in
the primary; where the primary fades into the ground it is the indicator itself."""


def _indicator(variables: dict[str, str], dark: bool) -> tuple[dict[str, str], Channels | None]:
    """`--primary-indicator` (and `--primary-edge`), and the colour it computes to (None when it
    cannot be judged): the primary, or on a ground it fades into (a deep indigo brand on a dark
    theme, 1.2:1; a yellow one on white, 1.5:1) the primary drawn towards white on a dark theme,
    black on a light one, in steps of 5%, until it stands out at MIN_INDICATOR_CONTRAST from both
    the page and the surface."""
    towards, share = _indicator_mix(variables, dark)
    ink = _mixed(css_channels(variables["primary"]), css_channels(towards), share)
    if not share:
        return {"primary-indicator": "var(--primary)", "primary-edge": PRIMARY_EDGE}, ink
    out = {
        "primary-indicator": f"color-mix(in srgb, var(--primary) {100 - share}%, {towards})",
        "primary-edge": "var(--primary-indicator)",
    }
    return out, ink


def _indicator_mix(variables: dict[str, str], dark: bool) -> tuple[str, int]:
    """What `--primary-indicator` mixes into the primary (white on a dark theme, black on a light
    one) and how much of it (0 where the primary stands out at MIN_INDICATOR_CONTRAST already)."""
    towards = "#ffffff" if dark else "#000000"
    share = max(
        _share_to_read(variables["primary"], variables[ground], towards, MIN_INDICATOR_CONTRAST)
        for ground in ("background", "surface")
    )
    return towards, share


KNOB_LIGHT = "#ffffff"
"""A switch's knob (on the indicator, when it is on) as it is drawn where it stands out: white."""


def _ink_on(indicator: Channels | None) -> str:
    """`--primary-indicator-foreground`: white where it stands out from the indicator at
    MIN_INDICATOR_CONTRAST (the default indigo, 6.3:1; a darkened yellow on a light theme), else
    DARK_TEXT where that stands out better (a black brand's near-white on a dark theme, 1.04:1; a
    lime's, 1.2:1, a coral's), so that a switch's knob is seen on its track (a white one on a
    near-white track showed only by its shadow). White where the indicator cannot be judged."""
    if indicator is None or _contrast(indicator, (1.0, 1.0, 1.0)) >= MIN_INDICATOR_CONTRAST:
        return KNOB_LIGHT
    dark_text = css_channels(DARK_TEXT)
    assert dark_text is not None
    return (
        DARK_TEXT if _contrast(indicator, dark_text) > _contrast(indicator, (1.0, 1.0, 1.0)) else KNOB_LIGHT
    )


def _knob_on_either_tone(variables: dict[str, str], given: str, dark: bool) -> dict[str, str]:
    """`--primary-indicator-foreground` where the primary is drawn otherwise than given
    (_either_tone): in a box of the other tone the indicator is the author's primary mixed as it
    is here (a black brand's track is black in a white card on a dark page), and the knob there
    is judged on that (white on the black track, not the dark knob of the page's near-white one)."""
    towards, share = _indicator_mix(variables, dark)
    there = _mixed(css_channels(given), css_channels(towards), share)
    here = variables["primary-indicator-foreground"]
    return {"primary-indicator-foreground": _either_tone(_ink_on(there), here, dark)}


def _share_to_read(colour: str, other: str, towards: str, minimum: float = MIN_TEXT_CONTRAST) -> int:
    """The share of `towards` (in steps of 5%) mixed into `colour` that makes it and `other`
    read together at `minimum`; 0 when they do already or a colour cannot be judged."""
    start, ground, end = css_channels(colour), css_channels(other), css_channels(towards)
    if start is None or ground is None or end is None:
        return 0
    for share in range(0, 100, 5):
        mixed = _mixed(start, end, share)
        if mixed is not None and _contrast(mixed, ground) >= minimum:
            return share
    return 95


def _mixed(colour: Channels | None, towards: Channels | None, share: int) -> Channels | None:
    """`color-mix(in srgb, colour, towards share%)`: the channels `share`% of the way to `towards`."""
    if colour is None or towards is None:
        return None
    return _blend(colour, towards, share)


def _blend(colour: Channels, towards: Channels, share: int) -> Channels:
    """`_mixed` of two colours that are known."""
    red, green, blue = (
        start + (end - start) * share / 100 for start, end in zip(colour, towards, strict=True)
    )
    return red, green, blue


def _contrast(first: Channels, second: Channels) -> float:
    """WCAG 2's contrast ratio of two sRGB colours (1 to 21)."""
    return contrast(first, second)


def _token_overrides(tokens: ThemeTokens) -> dict[str, str]:
    """The variables an author's design tokens replace; unsafe values are dropped."""
    out: dict[str, str] = {}
    colours = {"primary": tokens.primary, "background": tokens.background, "surface": tokens.surface,
               "foreground": tokens.text}  # fmt: skip
    for name, raw in colours.items():
        value = token_colour(raw)
        if value:  # else the default's kept
            out[name] = value
    if "primary" in out:
        text_on_primary = readable_text_on(out["primary"])
        if text_on_primary:
            out["primary-foreground"] = text_on_primary
    if "foreground" in out:
        out["paragraph-share"] = "100%"  # body text in the author's text colour (see BODY_TEXT_SHARE)
        out["muted-foreground"] = MUTED_TEXT  # and its share raised where it must: muted_text
        out["placeholder"] = PLACEHOLDER_TEXT  # its share raised where it must: placeholder_text
    if "surface" in out:
        out["muted"] = "color-mix(in srgb, var(--foreground) 6%, var(--surface))"
    if out.keys() & {"surface", "background", "foreground"}:
        # Hairlines follow the author's palette: the built-in greys vanish on a custom surface.
        out["border"] = "color-mix(in srgb, var(--foreground) 14%, var(--surface))"
        out["input"] = "color-mix(in srgb, var(--foreground) 24%, var(--surface))"
        out["field-border"] = FIELD_BORDER  # its share raised where it must: field_border
    if tokens.font:
        family = sanitize_font_family(tokens.font)
        if family:
            # The symbol faces first: an author's Noto Serif drew ≠ as "=/" too.
            out["font"] = f"{SYMBOL_FACES}, {family}, {TEXT_FACES}"
    if tokens.radius is not None:
        out["radius"] = f"{tokens.radius:g}px"
        if tokens.radius < DEFAULT_RADIUS:
            out["radius-pill"] = out["radius"]  # square badges beside square buttons
    return out


MUTED_TEXT_SHARE = 62
"""The share of the text colour in muted text mixed with the background, where an author's tokens
(or a page of its own colour) set the text: the least it takes."""
MUTED_TEXT = f"color-mix(in srgb, var(--foreground) {MUTED_TEXT_SHARE}%, var(--background))"


PLACEHOLDER_SHARE = 50
"""The least share of the text colour in a field's placeholder mixed with the background, where an
author's tokens set the text: lighter than muted text (MUTED_TEXT_SHARE) where both read already."""
PLACEHOLDER_TEXT = f"color-mix(in srgb, var(--foreground) {PLACEHOLDER_SHARE}%, var(--background))"


def muted_text(variables: Mapping[str, str]) -> str:
    """Muted text (a card's description, a stat's label) mixed from an author's text colour and
    the page: by MUTED_TEXT_SHARE, or as much more (in steps of 5%) as it takes to read at 4.5:1
    on the page and on its cards (a #555555 text's 62% was #969696 on white, 2.96:1; a navy page's
    cards, a step lighter, took it at 4.2:1). The share alone where a colour cannot be judged."""
    return _text_that_reads(variables, MUTED_TEXT_SHARE)


def placeholder_text(variables: Mapping[str, str]) -> str:
    """A field's placeholder mixed from an author's text colour and the page: by PLACEHOLDER_SHARE,
    or as much more as it takes to read at 4.5:1 on the page and on its cards, as muted text is
    (WCAG 1.4.3 holds for a placeholder too: the half-way grey of #18181b on white read at 3.3:1)."""
    return _text_that_reads(variables, PLACEHOLDER_SHARE)


def _text_that_reads(variables: Mapping[str, str], least_share: int) -> str:
    """The text colour mixed with the background by `least_share` or as much more (in steps of 5%)
    as it takes to read at MIN_TEXT_CONTRAST on the background and the surface; the text colour
    itself where no lighter shade reads."""
    background, surface, text = (variables[name] for name in ("background", "surface", "foreground"))
    share = max(least_share, *(_share_to_read(background, ground, text) for ground in (background, surface)))
    mixed, grounds = (
        _mixed(css_channels(background), css_channels(text), share),
        _judged(variables, ("background", "surface")),
    )
    if mixed is not None and stands_out(mixed, grounds) < MIN_TEXT_CONTRAST:
        return "var(--foreground)"  # a text that barely reads leaves no lighter shade that does
    return f"color-mix(in srgb, var(--foreground) {share}%, var(--background))"


FIELD_BORDER_SHARE = 40
"""The least share of the text colour in the outline of a box to tick, a radio and a switch's off
track (`--field-border`), mixed into the surface, where an author's tokens set the palette."""
FIELD_BORDER = f"color-mix(in srgb, var(--foreground) {FIELD_BORDER_SHARE}%, var(--surface))"


def field_border(variables: Mapping[str, str]) -> str:
    """`--field-border` mixed from an author's text colour and surface: by FIELD_BORDER_SHARE, or as
    much more (in steps of 5%) as it takes to stand out at MIN_INDICATOR_CONTRAST from the surface
    and the page (WCAG 1.4.11: an empty box to tick is told by its outline alone; 40% of #8c8c8c
    on #262626 was 2.2:1). The share alone where a colour cannot be judged."""
    surface, text = variables["surface"], variables["foreground"]
    needed = (
        _share_to_read(surface, variables[ground], text, MIN_INDICATOR_CONTRAST)
        for ground in ("surface", "background")
    )
    return f"color-mix(in srgb, var(--foreground) {max(FIELD_BORDER_SHARE, *needed)}%, var(--surface))"


WHITE: Channels = (1.0, 1.0, 1.0)


def fill_under_white(colour: str) -> str | None:
    """`colour` as the fill of small white text (a review note's pin): its OKLCH lightness lowered,
    its hue and vividness kept, until white reads on it at MIN_TEXT_CONTRAST (white on #ea580c was
    3.56:1); as it is where it reads already. None for a colour that cannot be judged (a var())."""
    channels = css_channels(colour)
    if channels is None:
        return None
    return hex_of(shifted_to_read(channels, [WHITE], MIN_TEXT_CONTRAST, lighter=False))


DARK_TEXT = "#111827"
MIN_CONTRAST_FOR_WHITE = 3.0
"""White text stays on a primary colour while it reads at least this well (WCAG's ratio for
large text and controls): brand oranges keep it, a yellow or a light mint gets dark text."""


def readable_text_on(colour: str) -> str | None:
    """Dark text for a primary colour that white text would not read on, else None (keep white).
    Colours only the browser resolves (a var()) keep white."""
    channels = css_channels(colour)
    if channels is None:
        return None
    lightness = _relative_luminance(*channels)
    on_white = 1.05 / (lightness + 0.05)
    on_dark = (lightness + 0.05) / (_relative_luminance(17 / 255, 24 / 255, 39 / 255) + 0.05)
    return DARK_TEXT if on_white < MIN_CONTRAST_FOR_WHITE and on_dark > on_white else None


def _relative_luminance(red: float, green: float, blue: float) -> float:
    """WCAG 2's relative luminance of an sRGB colour (channels 0-1)."""
    return relative_luminance((red, green, blue))


def theme_css(resolved: ResolvedTheme) -> str:
    """`:root { --name: value; ... }` plus the matching `color-scheme`."""
    decls = "".join(f"--{name}:{value};" for name, value in resolved.variables.items())
    scheme = "dark" if resolved.dark else "light"
    return f":root{{{decls}color-scheme:{scheme};}}"
