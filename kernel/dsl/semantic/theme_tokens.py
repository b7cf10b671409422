"""What the validator says of theme tokens that are drawn otherwise than written, or that may not read.

A colour token of the other tone than the base switches the page's palette (`token_tones`), a
surface of the other tone than the background is not drawn, a primary that is no opaque colour is
drawn as one: each is said, with how to write what is meant. A `text` token that does not read at
4.5:1 on the page or its cards, and a colour only the browser works out (whose contrast nothing
can check), are said too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kernel.dsl.compiler.colors import hex_of
from kernel.dsl.compiler.css_colors import contrast, css_rgba, css_srgb
from kernel.dsl.compiler.fill_texts import unread_pairs
from kernel.dsl.compiler.palettes import DARK, LIGHT
from kernel.dsl.compiler.readable_shift import MIN_TEXT_CONTRAST, shifted_to_read
from kernel.dsl.compiler.theme import resolve_theme
from kernel.dsl.compiler.token_tones import (
    PrimaryDrawn,
    Tone,
    ToneSwitch,
    drawn_tokens,
    drawn_tone,
    token_colour,
)
from kernel.dsl.model import ThemeTokens
from kernel.dsl.shown import shown_text

COLOUR_TOKENS = ("primary", "background", "surface", "text")

EXAMPLES: dict[Tone, dict[str, str]] = {
    "light": {"background": "#f8fafc", "surface": "#ffffff", "text": LIGHT["foreground"]},
    "dark": {"background": "#0f172a", "surface": "#1e293b", "text": DARK["foreground"]},
}
"""A colour of each tone to suggest for a page token."""

DRAWN_IN: dict[Tone, str] = {
    "light": "dark text on a light page and cards",
    "dark": "light text on a dark page and cards",
}


@dataclass(frozen=True, slots=True)
class TokenNote:
    """A warning about the theme token `token` (its path is /theme/<token>)."""

    token: str
    message: str
    code: str
    suggestion: str


def theme_token_notes(theme: Mapping[str, Any]) -> list[TokenNote]:
    """The warnings about the colour tokens of `theme` (tokens as written; what is no string or
    no colour is the schema's and `invalid_color`'s to say)."""
    written: dict[str, str] = {
        name: value for name in COLOUR_TOKENS if isinstance(value := theme.get(name), str)
    }
    base = theme.get("base")
    tokens = ThemeTokens.model_validate({**written, **({"base": base} if isinstance(base, str) else {})})
    drawn = drawn_tokens(tokens)
    notes = [_unjudged(name, value) for name, value in written.items() if _only_the_browser_knows(value)]
    if drawn.switch is not None:
        notes.append(_switched(drawn.switch))
    tone: Tone = drawn.tokens.base
    if "surface" in drawn.dropped:
        notes.append(_surface_dropped(drawn.dropped["surface"], drawn.tokens))
    if drawn.primary is not None:
        notes.append(_not_opaque(str(tokens.primary), drawn.primary, tone))
    text = token_colour(tokens.text)
    unread = _text_unread(text, tokens, dropped="text" in drawn.dropped) if text else None
    if unread is None:
        unread = _fill_unread(tokens, written)
    return notes + ([unread] if unread else [])


def _only_the_browser_knows(value: str) -> bool:
    """A colour token drawn (CSS takes it) whose colour cannot be told before the browser draws
    it: a var(), a color-mix() with one, light-dark()."""
    colour = token_colour(value)
    return colour is not None and css_rgba(colour) is None


def _unjudged(token: str, value: str) -> TokenNote:
    return TokenNote(
        token,
        f"the theme's {token} '{shown_text(value)}' is worked out by the browser only, so its contrast "
        "cannot be checked (nothing is adjusted to read on it or with it)",
        "unchecked_contrast",
        "write it as a colour: a hex, rgb(), hsl(), oklch() or lab(), or a color-mix() of such colours",
    )


def _switched(switch: ToneSwitch) -> TokenNote:
    tone, base = switch.tone, switch.base
    if switch.token == "text":
        what = f"reads on a {tone} page"
        other = f"pick a {'dark' if base == 'light' else 'light'} text such as '{EXAMPLES[base]['text']}'"
    else:
        what = f"is {tone}"
        other = f"pick a {base} {switch.token} such as '{EXAMPLES[base][switch.token]}'"
    return TokenNote(
        switch.token,
        f"the theme's {switch.token} '{shown_text(switch.value)}' {what}, so the page is drawn in the {tone} "
        f"palette ({DRAWN_IN[tone]}), not the {base} theme's",
        "background_tone",
        f"write base: {tone} to say so, which draws the same; for a {base} page {other}",
    )


def _surface_dropped(surface: str, drawn: ThemeTokens) -> TokenNote:
    """A surface the page's text would hardly be read on (`token_tones.UNREADABLE`)."""
    tone: Tone = drawn.base
    other: Tone = "dark" if tone == "light" else "light"
    text = resolve_theme(drawn).variables["foreground"]
    ink, ground = css_srgb(text), css_srgb(surface)
    ratio = f" ({contrast(ink, ground):.1f}:1)" if ink and ground else ""
    return TokenNote(
        "surface",
        f"the theme's surface '{shown_text(surface)}' is {other} under the page's {tone} palette: its text "
        f"{text} would hardly be read on it{ratio}, so the {tone} palette's surface is drawn (cards, fields, menus)",
        "background_tone",
        f"pick a {tone} surface such as '{EXAMPLES[tone]['surface']}'; for {other} cards give them "
        f'style: {{background: "{shown_text(surface)}"}} (their text then reads on it)',
    )


def _not_opaque(primary: str, drawn: PrimaryDrawn, tone: Tone) -> TokenNote:
    default = (DARK if tone == "dark" else LIGHT)["primary"]
    shown = shown_text(primary)
    if drawn.kind == "transparent" or drawn.drawn is None:
        message = f"the theme's primary '{shown}' is transparent: buttons, links and marks need an opaque colour, so the theme's own primary {default} is drawn"
        suggestion = f"write an opaque colour such as '{default}', or leave 'primary' out"
    elif drawn.kind == "translucent":
        opaque = css_srgb_of_opaque(primary)
        message = f"the theme's primary '{shown}' is translucent: a primary must be an opaque colour, so it is drawn as it shows over the page, {drawn.drawn}"
        suggestion = f"write '{drawn.drawn}' (what is drawn), or '{opaque}' for the colour itself"
    else:
        message = f"the theme's primary '{shown}' is a gradient: a primary must be an opaque colour (a button's fill, a link's colour), so its first colour {drawn.drawn} is drawn"
        suggestion = (
            f'write primary: "{drawn.drawn}"; for a gradient button give it style: {{background: "{shown}"}}'
        )
    return TokenNote("primary", message, "primary_not_opaque", suggestion)


def css_srgb_of_opaque(colour: str) -> str:
    """`#rrggbb` of a colour at full opacity."""
    rgba = css_rgba(colour)
    assert rgba is not None
    return hex_of(rgba[:3])


def _text_unread(text: str, tokens: ThemeTokens, *, dropped: bool) -> TokenNote | None:
    """A `text` token under 4.5:1 on the page or the cards it is drawn on; `dropped`, one of the
    other tone than the page, which the palette's text replaces."""
    ink = css_srgb(text)
    variables = resolve_theme(tokens).variables
    grounds = [(name, colour) for name in ("background", "surface") if (colour := css_srgb(variables[name]))]
    if ink is None or not grounds:
        return None
    name, ground = min(grounds, key=lambda pair: contrast(ink, pair[1]))
    ratio = contrast(ink, ground)
    if ratio >= MIN_TEXT_CONTRAST:
        return None
    dark = drawn_tone(tokens) == "dark"
    own = (DARK if dark else LIGHT)["foreground"]
    shifted = shifted_to_read(ink, [colour for _, colour in grounds], MIN_TEXT_CONTRAST, lighter=dark)
    # As it is drawn: a text that barely reads on the surface is drawn lighter on the fills' account.
    shifted = (
        css_srgb(resolve_theme(tokens.model_copy(update={"text": hex_of(shifted)})).variables["foreground"])
        or shifted
    )
    enough = min(contrast(shifted, colour) for _, colour in grounds) >= MIN_TEXT_CONTRAST
    where = f"{ratio:.1f}:1 on the theme's {name} {hex_of(ground)}"
    if dropped:
        message = f"the theme's text '{shown_text(text)}' has a contrast of {where}, so the palette's text {own} is drawn instead"
        suggestion = (
            f"leave 'text' out, or pick a {'light' if dark else 'dark'} one that reads on {hex_of(ground)}"
        )
    else:
        message = f"the theme's text '{shown_text(text)}' has a contrast of {where}, so body text is hard to read (WCAG asks 4.5:1)"
        readable = f"such as '{hex_of(shifted)}'" if enough else f"such as the palette's '{own}'"
        suggestion = f"pick a text that reads on it, {readable}, or leave 'text' out (the palette's is drawn)"
    return TokenNote("text", message, "low_contrast", suggestion)


def _fill_unread(tokens: ThemeTokens, written: Mapping[str, str]) -> TokenNote | None:
    """A text on one of the theme's tinted fills (a badge's, an alert's, a table header's) that
    reads under 4.5:1 as drawn, where no lightness of it does (`fill_texts`: the theme draws each
    lighter or darker until it reads where it can): the worst pair, at the token most likely at
    fault (the text, else the surface, the background or the primary as written)."""
    resolved = resolve_theme(tokens)
    pairs = unread_pairs(resolved.variables, resolved.dark)
    if not pairs:
        return None
    worst = pairs[0]
    token = next((name for name in ("text", "surface", "background", "primary") if name in written), "base")
    more = f"; {len(pairs) - 1} more such pairs fall short too" if len(pairs) > 1 else ""
    return TokenNote(
        token,
        f"the theme's {worst.what} ({worst.text_colour}) on the {worst.fill} ({worst.fill_colour}) has a contrast "
        f"of {worst.ratio:.1f}:1 and no lighter or darker shade of it reads there (WCAG asks 4.5:1){more}",
        "low_contrast",
        "pick a surface and a text further apart (a darker surface under light text, a lighter one under dark text)",
    )
