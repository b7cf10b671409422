"""An author's colour tokens as they are drawn: a `background`, `surface` or `text` token of the
other tone than the theme's base switches the page to the palette that reads with it, as a
document `background` does, and a primary that is no opaque colour is drawn as one.

`theme: {background: "#0b1120"}` on the light base drew the light palette's black text on navy,
`{surface: "#111827"}` black card titles on near-black, `{text: "#fff"}` white on white and
`{base: dark, background: "#fff"}` the dark palette's white text on white. A `background` token
decides the page's tone as a document `background` does (the palette whose text reads better on
it); without one, a `surface` or a `text` that the base palette's text or page reads on under 2:1
puts the page in the other palette. The colours of the palette left go, as when a caller
switches a theme's base, and a surface or a text that would read under 2:1 with the page (a
black text on a black background, a near-black surface under the light palette's text) is not
drawn: the palette's is. A page colour draws the same whichever base is written
(`page_colours`): its tone's text, and on a dark page cards a step above it.

A primary is the fill of buttons and the colour of links and marks: a translucent one is drawn
as it shows over the page (a pale blue for `rgba(37, 99, 235, .25)` over white, which the theme
then judges as any pale brand), a gradient as its first colour, and `transparent` as the theme's
own primary. The validator says so of each (`semantic.theme.check_theme_tokens`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import tinycss2
import tinycss2.color4
from tinycss2.ast import FunctionBlock

from kernel.dsl.compiler.colors import hex_of, safe_color
from kernel.dsl.compiler.css_colors import Channels, contrast, css_rgba, css_srgb, over
from kernel.dsl.compiler.palettes import DARK, DARK_SURFACE_STEP, LIGHT
from kernel.dsl.compiler.sanitize import sanitize_value
from kernel.dsl.model import ThemeTokens

Tone = Literal["light", "dark"]
PageToken = Literal["background", "surface", "text"]

PAGE_TOKENS: tuple[PageToken, ...] = ("background", "surface", "text")
"""The tokens that may decide a page's tone, the first judged one deciding."""


@dataclass(frozen=True, slots=True)
class ToneSwitch:
    """A colour token that put the page in the other palette than its `base`."""

    token: PageToken
    value: str
    tone: Tone
    base: Tone


@dataclass(frozen=True, slots=True)
class PrimaryDrawn:
    """A primary that is no opaque colour (`kind`), and the opaque colour drawn for it (`drawn`,
    `#rrggbb`; None where the theme's own primary is drawn)."""

    kind: Literal["transparent", "translucent", "gradient"]
    drawn: str | None


@dataclass(frozen=True, slots=True)
class DrawnTokens:
    """Tokens as the theme draws them, and what was changed of the tokens written (for the
    validator to say)."""

    tokens: ThemeTokens
    switch: ToneSwitch | None = None
    dropped: dict[str, str] = field(default_factory=dict)
    """A `surface` or `text` of the other tone than the token that decided the page's (a black
    text on a black background), as written: not drawn, the palette's is."""
    primary: PrimaryDrawn | None = None


def token_colour(raw: str | None) -> str | None:
    """A colour token as CSS draws it, or None where the theme's own colour is drawn instead: an
    unsafe value, or one that is no colour ("purple-ish" would leave every use of the token
    without a colour: a primary button with no background; the validator says why)."""
    value = sanitize_value(raw) if raw else None
    if not value or not raw or value != raw.strip():
        return None
    if "(" in value:
        return value if safe_color(value) is not None else None
    return value if tinycss2.color4.parse_color(value) is not None else None


UNREADABLE = 2.0
"""A text that reads under this on a ground can hardly be read there (the validator's least
contrast for a style colour): a surface or a text token the page's text or ground reads on so
badly belongs to the other palette."""


def drawn_tokens(tokens: ThemeTokens) -> DrawnTokens:
    """`tokens` as they are drawn (see the module's docstring)."""
    base: Tone = "dark" if tokens.base == "dark" else "light"
    written = {name: token_colour(getattr(tokens, name)) for name in PAGE_TOKENS}
    judged: dict[str, Channels] = {
        name: colour for name, value in written.items() if value and (colour := css_srgb(value))
    }
    deciding, tone = _page_tone(judged, base)
    palette = DARK if tone == "dark" else LIGHT
    background = judged.get("background")
    ground = background or _palette_colour(palette["background"])
    update: dict[str, object] = {}
    dropped: dict[str, str] = {}
    if "text" in judged and deciding != "text" and contrast(judged["text"], ground) < UNREADABLE:
        update["text"], dropped["text"] = None, str(tokens.text)
    ink = (
        judged["text"]
        if "text" in judged and "text" not in dropped
        else _palette_colour(palette["foreground"])
    )
    if "surface" in judged and deciding != "surface" and contrast(ink, judged["surface"]) < UNREADABLE:
        update["surface"], dropped["surface"] = None, str(tokens.surface)
    switch = None
    if deciding is not None and tone != base:
        switch = ToneSwitch(deciding, str(getattr(tokens, deciding)), tone, base)
        update["base"] = tone
    if background is not None:
        kept = {name for name in ("surface", "text") if written[name] is not None and name not in dropped}
        update.update(page_colours(background, tone, kept))
    primary = _drawn_primary(tokens.primary, ground)
    if primary is not None:
        update["primary"] = primary.drawn
    drawn = tokens.model_copy(update=update) if update else tokens
    return DrawnTokens(drawn, switch, dropped, primary)


def drawn_tone(tokens: ThemeTokens) -> Tone:
    """The palette `tokens` are drawn in (their base, unless a colour token switches it)."""
    return "dark" if drawn_tokens(tokens).tokens.base == "dark" else "light"


def _page_tone(judged: dict[str, Channels], base: Tone) -> tuple[PageToken | None, Tone]:
    """The token that decides the page's tone, and that tone: a background's, as a document
    `background` is judged (the palette whose text reads better on it); else a surface or a text
    that the base palette's text or page reads on under UNREADABLE, which belongs to the other
    palette; else none, and the base."""
    other: Tone = "dark" if base == "light" else "light"
    palette = DARK if base == "dark" else LIGHT
    if "background" in judged:
        colour = judged["background"]
        on_dark = contrast(_palette_colour(DARK["foreground"]), colour)
        return "background", "dark" if on_dark > contrast(
            _palette_colour(LIGHT["foreground"]), colour
        ) else "light"
    if (
        "surface" in judged
        and contrast(_palette_colour(palette["foreground"]), judged["surface"]) < UNREADABLE
    ):
        return "surface", other
    if "text" in judged and contrast(judged["text"], _palette_colour(palette["background"])) < UNREADABLE:
        return "text", other
    return None, base


def page_colours(background: Channels, tone: Tone, kept: set[str]) -> dict[str, str]:
    """The tokens a page colour of `tone` draws with, besides those the author `kept` (wrote and
    are drawn): the tone's own text, from which muted text and hairlines are mixed with that
    page, and on a dark page a surface (its cards) a step above it (_lifted). The same whether
    the base names the tone or the page colour switches it, so `{base: dark, background: navy}`
    draws what `{background: navy}` does (the zinc surface of the dark palette was a grey card on
    a navy page). Nothing for the palette's own page colour: the palette is drawn as it is."""
    palette = DARK if tone == "dark" else LIGHT
    if hex_of(background) == palette["background"]:
        return {}
    out = {} if "text" in kept else {"text": palette["foreground"]}
    if tone == "dark" and "surface" not in kept:
        out["surface"] = hex_of(_lifted(background))
    return out


def _lifted(background: Channels) -> Channels:
    """A dark page's surface (its cards): a step of the dark palette's text above the page, as
    the dark palette's own surface is above its background."""
    text = _palette_colour(DARK["foreground"])
    red, green, blue = (b + (t - b) * DARK_SURFACE_STEP / 100 for b, t in zip(background, text, strict=True))
    return red, green, blue


def _palette_colour(colour: str) -> Channels:
    channels = css_srgb(colour)
    assert channels is not None, colour  # the palettes' own colours
    return channels


def _drawn_primary(raw: str | None, ground: Channels) -> PrimaryDrawn | None:
    """What is drawn for a primary that is no opaque colour (None for any other primary): a
    translucent one as it shows over the page, a gradient's first colour (so shown), the
    theme's own for a transparent one."""
    value = sanitize_value(raw) if raw else None
    if not value or not raw or value != raw.strip():
        return None
    rgba = css_rgba(value)
    if rgba is None:
        first = _first_gradient_colour(value)
        if first is None:
            return None
        return PrimaryDrawn("gradient", hex_of(over(first, ground)) if first[3] > 0 else None)
    if rgba[3] >= 1:
        return None
    if rgba[3] <= 0:
        return PrimaryDrawn("transparent", None)
    return PrimaryDrawn("translucent", hex_of(over(rgba, ground)))


def _first_gradient_colour(value: str) -> tuple[float, float, float, float] | None:
    """The first colour of a gradient (`linear-gradient(90deg, #7c3aed, #db2777)`: #7c3aed);
    None for anything else."""
    node = tinycss2.parse_one_component_value(value)
    if not isinstance(node, FunctionBlock) or not node.lower_name.endswith("gradient"):
        return None
    for argument in node.arguments:
        if argument.type in ("whitespace", "comment", "literal"):
            continue
        rgba = css_rgba(argument.serialize())
        if rgba is not None:
            return rgba
    return None
