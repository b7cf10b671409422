"""What an element's style paints behind its texts, and texts that can hardly be read on it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kernel.dsl.compiler.colors import hex_of
from kernel.dsl.compiler.css_colors import contrast, css_channels
from kernel.dsl.compiler.local_palette import shown_colours
from kernel.dsl.compiler.theme_variables import with_variables
from kernel.dsl.semantic.colours import plain_colour
from kernel.dsl.semantic.findings import Findings, Key, shown_value
from kernel.dsl.semantic.page import Page
from kernel.dsl.semantic.readable_shades import readable_suggestion
from kernel.dsl.semantic.styles import camel_style
from kernel.dsl.semantic.text_bands import BODY_TEXT_CONTRAST, LARGE_TEXT_CONTRAST, TextBand, text_band
from kernel.dsl.stack_layers import ground_index, written_layer
from kernel.dsl.theme_variable_colours import ground_contrast

_CLEAR_TYPES = frozenset(
    {"container", "grid", "flex", "row", "column", "stack", "section", "header", "footer", "spacer", "divider",
     "text", "heading", "paragraph", "label", "link", "tooltip"}
)  # fmt: skip
"""Types that draw no background of their own: their children are drawn on what is behind them
(a tooltip's children are the element it points at, not its bubble)."""


_SURFACE_CARDS = frozenset({None, "", "flat"})
"""A card's variants drawn on the theme's surface (an outlined card has no fill of its own)."""


_CONTRAST_TYPES = frozenset({"text", "heading", "paragraph", "label", "link"})
"""Types whose words take the `color` of their style, on the background behind them."""


@dataclass(frozen=True, slots=True)
class OwnBackground:
    """What an element's style paints: whether it `painted` a background, its `colour` when that
    is plain (a theme colour it names, `var(--primary)`, as the page has it), the `stops` of a
    gradient of plain colours instead, that background as told (`var(--primary) (#f97316)`) and
    the style key it is written in."""

    painted: bool
    colour: str | None = None
    shown: str = ""
    key: str = "background"
    stops: tuple[str, ...] = ()

    @property
    def grounds(self) -> tuple[str, ...]:
        """The plain colours it shows, which a text on it must read on (none: unknown)."""
        return self.stops or ((self.colour,) if self.colour else ())


NOT_PAINTED = OwnBackground(False)


def _own_background(style: Mapping[str, Any], page: Page) -> OwnBackground:
    """What an element's style (camelCase keys, see `check_style`) paints (see `OwnBackground`)."""
    if not style:
        return NOT_PAINTED
    key = "backgroundColor" if "backgroundColor" in style else "background"
    written = style.get(key)
    if not isinstance(written, str) or not written.strip():
        return NOT_PAINTED
    text = re.sub(r"\s*!important\s*$", "", written.strip(), flags=re.IGNORECASE)
    value = _with_theme_colours(text, page)
    colour = plain_colour(value)
    if colour is None and "gradient(" in value.lower():
        return OwnBackground(True, None, shown_value(text), key, _gradient_stops(value))
    return OwnBackground(True, colour, _shown_colour(text, colour), key)


def _gradient_stops(value: str) -> tuple[str, ...]:
    """The colours of the stops of the gradient `value` paints, as `#rrggbb`, as the compiler's
    own palette reads them (`local_palette`); none when one cannot be told or lets what is
    under the gradient show (a stop that is not opaque)."""
    shown = shown_colours({"background": value})
    if not shown or any(colour[3] < 1 for colour in shown):
        return ()
    return tuple(dict.fromkeys(hex_of(colour[:3]) for colour in shown))


def _shown_colour(written: str, colour: str | None) -> str:
    """A colour as a message tells it: as written, with the colour a theme variable holds."""
    if colour is None or colour == written:
        return colour or ""
    return f"{shown_value(written)} ({colour})"


def _with_theme_colours(value: str, page: Page) -> str:
    """`value` with the theme colours it names (`var(--primary)`) as the page has them."""
    if "var(" not in value or not page.colours:
        return value
    return with_variables(value, page.colours)


def page_inside(
    kind: str,
    element: Mapping[str, Any],
    style: Mapping[str, Any],
    page: Page,
    under: str = "a parent's background {}",
) -> Page:
    """The page as the children of `element` (whose style, in camelCase, is `style`) see it: the
    colour behind them is the element's own background (a gradient's stops), the theme's surface
    (a card, a modal), the one behind the element (a row, a section), or unknown (a type that
    paints one this check does not know: a picture, a video). `under` tells whose background it
    is, `{}` standing for the background."""
    own = _own_background(style, page)
    if own.painted:
        where = under.format(own.shown) if own.grounds else ""
        return page.over(own.colour, where, painted=True, stops=own.stops)
    if kind in _CLEAR_TYPES or (kind == "card" and element.get("variant") == "outline"):
        return page
    # A navbar paints the theme's surface as a card does (its children were judged on an
    # unknown ground, so neon green on its white went unsaid).
    if kind in ("modal", "navbar") or (kind == "card" and element.get("variant") in _SURFACE_CARDS):
        return page.over(page.surface, f"the theme's surface {page.surface}")
    return page.over(None, "")


def layer_pages(layers: list[Any], page: Page) -> list[Page] | None:
    """The page each layer of a stack drawn on `page` is drawn on: the layers over its ground
    layer (see `stack_layers`) on what that layer paints, as its own children would be (a
    headline over a gradient's box on the gradient, over a photo on what cannot be told); the
    others on `page`. None when the stack has no ground layer."""
    index = ground_index([written_layer(layer) for layer in layers])
    if index is None:
        return None
    ground = layers[index]
    kind = str(ground.get("type"))
    style = camel_style(ground.get("style"))
    over = page_inside(
        kind, ground, style, page, under="the background {} of the layer under it in the stack"
    )
    return [over if at > index else page for at in range(len(layers))]


def check_contrast(
    kind: str,
    element: Mapping[str, Any],
    style: Mapping[str, Any],
    path: tuple[Key, ...],
    findings: Findings,
    page: Page,
    css: str = "",
) -> None:
    """A text's style `color` under the contrast WCAG AA asks of it on the colour behind it (its
    own painted background, or the page's: `#111827` on a dark theme's page), when both are
    plain colours known from the document (behind it, a gradient of them: judged on the stop it
    reads worst on): 4.5:1 for normal-size text, 3:1 for large text (`text_bands`). The warning
    says the ratio, the threshold and why, and the nearest shade of the colour that reads. A
    button, a badge or a chip is judged on the background its own style paints (its variant's
    fill is the theme's, which makes its text read). What the render alone knows (a picture, a
    colour mixed in CSS, a render's other theme) is not judged."""
    if kind not in _CONTRAST_TYPES and kind not in _OWN_GROUND_TYPES:
        return
    color = style.get("color")
    fill = _FILL_VARIABLE.fullmatch(color.strip()) if isinstance(color, str) else None
    if fill is not None and kind in _CONTRAST_TYPES:
        findings.warn(
            (*path, "style", "color"),
            f"{fill.group(1)} is a fill colour of the theme (a box's background), so text drawn in it "
            "can hardly be read on the page",
            "low_contrast",
            "use var(--muted-foreground) (or var(--foreground)) for text, or leave 'color' out",
        )
        return
    text = plain_colour(_with_theme_colours(color, page)) if isinstance(color, str) else None
    own = _own_background(style, page)
    if kind in _OWN_GROUND_TYPES and (not own.painted or element.get("disabled")):
        return  # on its variant's fill, or drawn faded as WCAG exempts a disabled control
    grounds, where = (
        (own.grounds, f"its own background {own.shown}") if own.painted else (page.grounds, page.where)
    )
    if text is None or not grounds or not isinstance(color, str):
        return
    own_band = text_band(kind, element, style, css)
    judged = _judged(text, grounds, own_band)
    if judged is None:
        return
    ratio, behind, band = judged
    at = f", where it is {behind}" if len(grounds) > 1 else ""
    findings.warn(
        (*path, "style", "color"),
        f"the text colour {_shown_colour(color.strip(), text)} has a contrast of {_shown_ratio(ratio, band.least)} "
        f"on {where or behind}{at}, under the {band.least:g}:1 WCAG AA asks of {band.why}",
        "low_contrast",
        # a shade that reads as its size asks everywhere, not just at the 3:1 a gradient's worst stop was told
        readable_suggestion(text, grounds, own_band.least, own.colour if own.painted else None),
    )


def _judged(text: str, grounds: tuple[str, ...], band: TextBand) -> tuple[float, str, TextBand] | None:
    """The contrast a text colour is warned of (with the ground it has it on, and the band it
    falls short of), or None. On one colour: under its band's threshold. On a gradient, on the
    stop it reads worst on: when it is under the threshold on every stop (it is, then, wherever
    it sits), or under 3:1 there, the least WCAG asks of any text (it may sit over the stops it
    reads on: white centred on a blue-to-purple button reads at 4.6:1 where it is drawn)."""
    ratios = sorted((contrast_ratio(text, ground), ground) for ground in grounds)
    (worst, behind), best = ratios[0], ratios[-1][0]
    if best < band.least:
        return worst, behind, band
    if worst < LARGE_TEXT_CONTRAST:
        return worst, behind, TextBand(LARGE_TEXT_CONTRAST, "any text, even large, on that part of it")
    return None


_OWN_GROUND_TYPES = frozenset({"button", "badge", "chip"})
"""Types whose words take the `color` of their style, judged only on a background their style
paints (an alert's, a stat's or a navbar's texts keep colours of their own)."""


def _shown_ratio(ratio: float, least: float) -> str:
    """`ratio` as a message tells it: to one decimal, or two where one would round it up to the
    threshold it falls short of (4.47 is not 4.5)."""
    return f"{ratio:.1f}:1" if round(ratio, 1) < least else f"{ratio:.2f}:1"


def check_painted_ground(
    kind: str,
    element: Mapping[str, Any],
    style: Mapping[str, Any],
    path: tuple[Key, ...],
    findings: Findings,
    page: Page,
) -> None:
    """A background the style paints (a plain colour, or a theme colour it names: a band of
    `var(--primary)`) on which even the text colour that reads best, the dark palette's or the
    light one's, stays under BODY_TEXT_CONTRAST: the texts drawn on it (its children's, or its
    own) cannot be made to read, and its paragraphs and muted text, translucent there, read less.
    Not judged when the style gives the text a colour of its own (`check_contrast` judges that)."""
    if not style or "color" in style or not (kind in _CONTRAST_TYPES or element.get("children")):
        return
    own = _own_background(style, page)
    ratio = ground_contrast(own.colour) if own.colour else None
    if ratio is None or ratio >= BODY_TEXT_CONTRAST:
        return
    findings.warn(
        (*path, "style", own.key),
        f"text on the background {own.shown} reads at {ratio:.1f}:1 at best (its paragraphs and muted "
        f"text less), under the {BODY_TEXT_CONTRAST:g}:1 WCAG asks of body text",
        "low_contrast",
        "pick a deeper or a lighter shade of the colour (text reads on either), or give the texts on it "
        "a colour of their own that stands out from it",
    )


_FILL_VARIABLE = re.compile(r"(var\(\s*--(muted|background|surface|border|input)\s*\))", re.IGNORECASE)
"""The theme's fill colours written as a text colour: `var(--muted)` meant `--muted-foreground`."""


def contrast_ratio(first: str, second: str) -> float:
    """WCAG's contrast ratio of two colours written in CSS (1 to 21), by the compiler's formula
    and colour reading (`css_colors`), so that the validator and the renderer judge alike. Their
    alpha is left out: the checks here ask it only of opaque colours (`plain_colour`)."""
    first_channels, second_channels = css_channels(first), css_channels(second)
    assert first_channels is not None and second_channels is not None, (first, second)
    return contrast(first_channels, second_channels)
