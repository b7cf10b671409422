"""The start of a phone screen's top bar: its back button (`back`), or the navigation glyph its `icon` names.

An app's top bar begins with a way out, not a brand: iOS's "< Settings", Material's arrow, a menu
or a close button. `back: true` draws the back chevron, `back: Settings` the chevron and the word,
in the link colour, as iOS does. An `icon` that is a navigation glyph (`chevron-left`,
`arrow-left`, `menu`, `x`) is drawn as a plain icon button there, not as a brand's filled logo
tile (a purple square with an arrow in it read as an app's logo). Either sits with its ink on the
bar's margin line: the glyph's own empty side is taken back by a negative margin.
"""

from __future__ import annotations

from kernel.dsl.compiler.html import esc, icon
from kernel.dsl.compiler.icons import resolve_icon_name
from kernel.dsl.model import Element

GLYPH_INSETS = {"chevron-left": 8, "arrow-left": 4, "menu": 3, "x": 5}
"""The navigation glyphs, each with the empty room its drawing leaves on its start side, in
Lucide's 24 units (`chevron-left` starts at 9 of them, less its stroke's half)."""
BACK_PX = 24
NAV_PX = 22


def nav_glyph(name: str | None) -> str | None:
    """The navigation glyph `name` resolves to (`chevron-left`, `arrow-left`, `menu`, `x`), or None."""
    resolved = resolve_icon_name(name)
    return resolved if resolved in GLYPH_INSETS else None


def has_back(element: Element) -> bool:
    """Whether the bar draws a back button: `back` is true or a label."""
    return element.back is not None and element.back is not False and element.back != ""


def navbar_start(element: Element) -> str:
    """The bar's back button or navigation glyph, or nothing."""
    if has_back(element):
        label = element.back if isinstance(element.back, str) else ""
        words = f'<span class="dsl-navbar-back-label">{esc(label)}</span>' if label else ""
        return _pulled("dsl-navbar-back", "chevron-left", BACK_PX, words)
    glyph = nav_glyph(element.icon)
    return _pulled("dsl-navbar-nav", glyph, NAV_PX) if glyph else ""


def _pulled(css: str, glyph: str, size: int, words: str = "") -> str:
    """The glyph (and its words) in a box pulled back by the glyph's empty start side."""
    pull = round(GLYPH_INSETS[glyph] * size / 24)
    return f'<span class="{css}" style="margin-inline-start:-{pull}px">{icon(glyph, size)}{words}</span>'
