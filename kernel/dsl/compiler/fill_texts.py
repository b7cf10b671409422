"""Text on the theme's tinted fills (a badge, an alert, a table's header, a secondary button) made to read at 4.5:1.

A tone's text is the tone mixed with the text colour (`--danger-text`, an alert's title and
words) and the text on a neutral fill is the text colour itself. With the built-in palettes each
reads at 4.5:1 on its fill; an author's grey text that barely reads on its surface (#8c8c8c on
#262626, 4.5:1, the validator's own suggestion) read at 3.5-4.4:1 on the fills a step lighter.
Each text is judged here on the fills it is drawn on, as the theme's colours compute, and where
it falls short it is drawn lighter (darker on a light page), its hue kept, just until it reads:
a tone's text in its own variable, the text colour itself where the author's barely reads on
the neutral fills (`lifted_text`). What still falls short (`unread_pairs`) the validator names.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from kernel.dsl.compiler.colors import hex_of, lightness_shift, rounded, to_oklch
from kernel.dsl.compiler.css_colors import Channels, contrast, css_channels, relative_luminance
from kernel.dsl.compiler.readable_shift import MIN_TEXT_CONTRAST, SHIFT_STEP, shifted_to_read, stands_out

STATUS_TONES = ("success", "warning", "danger", "info")

TONE_TEXT_SHARES = {"success": 65, "warning": 65, "danger": 75, "info": 80}
"""The tone's share in small text in a tone on its tinted fill (a badge's "Pending", a status
pill), the rest the text colour: darker than the tone on a light theme, lighter on a dark one."""
TITLE_SHARE = 55
"""The tone's share in an alert's title, the rest the text colour."""
BODY_SHARE = 25
"""The tone's share in an alert's words, the rest the text colour."""


def _mix(tone: str, share: int) -> str:
    return f"color-mix(in srgb, var(--{tone}) {share}%, var(--foreground))"


TONE_TEXTS: dict[str, str] = {
    **{f"{tone}-text": _mix(tone, share) for tone, share in TONE_TEXT_SHARES.items()},
    **{f"{tone}-title-text": _mix(tone, TITLE_SHARE) for tone in STATUS_TONES},
    **{f"{tone}-body-text": _mix(tone, BODY_SHARE) for tone in STATUS_TONES},
    "neutral-title-text": _mix("muted-foreground", TITLE_SHARE),
    "neutral-body-text": _mix("muted-foreground", BODY_SHARE),
    # Muted text on a muted fill (a table's header, an inactive segment, a count) has less room
    # to stand out than on the surface: a touch towards the text colour keeps it at 4.5:1.
    "muted-foreground-on-muted": "color-mix(in srgb, var(--muted-foreground) 90%, var(--foreground))",
}
"""The variables of text in a tone (or muted) as the theme derives them; `readable_tone_texts`
replaces those that do not read on their fill."""

PRIMARY_TINT = "var(--primary-soft)"
STRIPED_ROW = "color-mix(in srgb, var(--muted) 55%, var(--surface))"
"""A striped table's every other row (tables.py's CSS)."""


def _secondary_fill(dark: bool, ground: str) -> str:
    """A secondary button's fill over `ground` (base_css: a shade of the text colour)."""
    return f"color-mix(in srgb, var(--foreground) {12 if dark else 7}%, var({ground}))"


def _selected_row(dark: bool) -> str:
    """A selected table row's fill (tables.py's `--row-selected`)."""
    return "color-mix(in srgb, var(--primary-indicator) 10%, var(--primary-soft))" if dark else PRIMARY_TINT


@dataclass(frozen=True, slots=True)
class FillText:
    """Text in the variable `name`, drawn on each of `fills` (CSS colours of theme variables);
    `what` says the pair in words, for a warning."""

    name: str
    fills: tuple[tuple[str, str], ...]
    what: str


def fill_texts(dark: bool) -> tuple[FillText, ...]:
    """Every text on a tinted fill the theme answers for, with the fills it is drawn on."""
    tones = tuple(
        FillText(f"{tone}-{part}", ((f"{tone} tint", f"var(--{tone}-soft)"),), f"{tone} {words}")
        for tone in STATUS_TONES
        for part, words in (
            ("text", "badge text"),
            ("title-text", "alert title"),
            ("body-text", "alert text"),
        )
    )
    muted = ("muted fill", "var(--muted)")
    neutral = tuple(
        FillText(f"neutral-{part}", (muted,), f"neutral alert {part[:-5]}")
        for part in ("title-text", "body-text")
    )
    on_muted = FillText(
        "muted-foreground-on-muted", (muted, ("primary tint", PRIMARY_TINT)), "muted text on a fill"
    )
    text = FillText("foreground", neutral_fills(dark), "text")
    return (*tones, *neutral, on_muted, text)


def neutral_fills(dark: bool) -> tuple[tuple[str, str], ...]:
    """The fills the text colour itself is drawn on: a table's header and a code chip (muted), a
    striped row, a secondary button (on the page and on a card), an active item or a selected
    row (the primary's tint) and what floats above the page (a menu)."""
    return (
        ("muted fill", "var(--muted)"),
        ("striped row", STRIPED_ROW),
        ("secondary button", _secondary_fill(dark, "--surface")),
        ("secondary button on the page", _secondary_fill(dark, "--background")),
        ("primary tint", PRIMARY_TINT),
        ("selected row", _selected_row(dark)),
        ("raised surface", "var(--surface-elevated)"),
    )


_VAR = re.compile(r"var\(\s*--([\w-]+)\s*\)")
_SHARE = re.compile(r"(.+?)\s+(\d+(?:\.\d+)?)%")
MIX = "color-mix(in srgb,"
DEPTH = 8
"""How many variables deep a colour is followed (the selected row's fill is four)."""


def colour_of(css: str, variables: Mapping[str, str], depth: int = 0) -> Channels | None:
    """The colour `css` computes to with the theme's `variables`; None when it cannot be told (a
    var() of an unknown name, light-dark()). The theme's own forms, `var()` and a two-colour
    `color-mix(in srgb, A n%, B)`, are worked out here (each try of `lifted_text` asks dozens; a
    CSS parser took 5 ms a mix), any other colour by `css_channels`."""
    css = css.strip()
    named = _VAR.fullmatch(css)
    if named:
        value = variables.get(named.group(1))
        return None if value is None or depth >= DEPTH else colour_of(value, variables, depth + 1)
    if css.lower().startswith(MIX) and css.endswith(")"):
        parts = _top_level(css[len(MIX) : -1])
        share = _SHARE.fullmatch(parts[0].strip()) if len(parts) == 2 else None
        if share is not None and "%" not in parts[1]:
            first, second = colour_of(share.group(1), variables, depth), colour_of(parts[1], variables, depth)
            if first is None or second is None:
                return None
            part = float(share.group(2)) / 100
            red, green, blue = (a * part + b * (1 - part) for a, b in zip(first, second, strict=True))
            return red, green, blue
    return _plain(css)


@functools.lru_cache(maxsize=1024)
def _plain(css: str) -> Channels | None:
    """`css_channels` of a colour written out (a palette's, an author's), once each."""
    return css_channels(css)


def _top_level(arguments: str) -> list[str]:
    """`arguments` split at the commas outside brackets."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(arguments):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(arguments[start:index])
            start = index + 1
    return [*parts, arguments[start:]]


def _grounds(item: FillText, variables: Mapping[str, str]) -> list[Channels] | None:
    """The colours `item` is drawn on: its fills, and the page and surface (a tone's text stands on
    those too: a list's value, a card's title); None when one cannot be told."""
    css = [fill for _, fill in item.fills] + ["var(--background)", "var(--surface)"]
    grounds = [colour_of(fill, variables) for fill in css]
    return None if any(ground is None for ground in grounds) else [g for g in grounds if g is not None]


def _lighter(variables: Mapping[str, str]) -> bool | None:
    """Whether text is lighter than the page (a dark theme); None when that cannot be told."""
    text, page = colour_of("var(--foreground)", variables), colour_of("var(--background)", variables)
    if text is None or page is None:
        return None
    return relative_luminance(text) > relative_luminance(page)


def readable_tone_texts(variables: Mapping[str, str], dark: bool) -> dict[str, str]:
    """The tone texts (TONE_TEXTS) that do not read at MIN_TEXT_CONTRAST on their fill, the page
    or the surface, each as the colour it computes to made lighter (darker on a light page) in
    OKLCH, its hue kept, until it does; nothing for those that read (the built-in palettes') or
    cannot be judged (an island's, a colour only the browser works out)."""
    lighter = _lighter(variables)
    out: dict[str, str] = {}
    for item in fill_texts(dark):
        if item.name not in TONE_TEXTS or lighter is None:
            continue
        ink, grounds = colour_of(f"var(--{item.name})", variables), _grounds(item, variables)
        if ink is None or grounds is None or stands_out(ink, grounds) >= MIN_TEXT_CONTRAST:
            continue
        out[item.name] = hex_of(shifted_to_read(ink, grounds, MIN_TEXT_CONTRAST, lighter=lighter))
    return out


def lifted_text(variables: Mapping[str, str], dark: bool) -> str | None:
    """An author's text colour as drawn where it reads on the page and the surface but not on the
    theme's neutral fills (`neutral_fills`, some mixed from the text itself): made lighter (darker
    on a light page) in OKLCH, its hue kept, just until it reads on every one. None where it reads
    already, where it does not read on the page or the surface (the validator says so: the author's
    is drawn), where no lightness reads, or where a colour cannot be judged."""
    text, lighter = colour_of("var(--foreground)", variables), _lighter(variables)
    pages = [colour_of(f"var(--{name})", variables) for name in ("background", "surface")]
    if text is None or lighter is None or None in pages:
        return None
    if min(contrast(text, page) for page in pages if page is not None) < MIN_TEXT_CONTRAST:
        return None
    fills = [fill for _, fill in neutral_fills(dark)]
    start, shift = to_oklch(text)[0], lightness_shift(text)
    step = SHIFT_STEP if lighter else -SHIFT_STEP
    for steps in range(int(1 / SHIFT_STEP) + 1):
        lightness = start + steps * step
        if not 0 <= lightness <= 1:
            return None
        candidate = rounded(shift(lightness)) if steps else text
        drawn = {**variables, "foreground": hex_of(candidate)}
        grounds = [colour_of(fill, drawn) for fill in fills]
        if None in grounds:
            return None
        if stands_out(candidate, [g for g in grounds if g is not None]) >= MIN_TEXT_CONTRAST:
            return hex_of(candidate) if steps else None
    return None


@dataclass(frozen=True, slots=True)
class UnreadPair:
    """A text on a fill that reads under MIN_TEXT_CONTRAST as the theme draws it."""

    what: str
    fill: str
    text_colour: str
    fill_colour: str
    ratio: float


def unread_pairs(variables: Mapping[str, str], dark: bool) -> list[UnreadPair]:
    """Each text on one of its fills that reads under MIN_TEXT_CONTRAST with the theme's
    `variables` as drawn (where no lightness of it reads: a mid-grey surface), worst first."""
    pairs: list[UnreadPair] = []
    for item in fill_texts(dark):
        ink = colour_of(f"var(--{item.name})", variables)
        for fill_name, fill in item.fills:
            ground = colour_of(fill, variables)
            if ink is None or ground is None or contrast(ink, ground) >= MIN_TEXT_CONTRAST:
                continue
            ratio = contrast(ink, ground)
            pairs.append(UnreadPair(item.what, fill_name, hex_of(ink), hex_of(ground), ratio))
    return sorted(pairs, key=lambda pair: pair.ratio)
