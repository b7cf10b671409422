"""A shadow that stays on the screen for a toast pinned near its bottom edge.

A toast's large shadow falls 40 px below it (52 on the dark theme); pinned 24 px above the
screen's bottom (`style: {position: absolute, bottom: 24}`, where a phone shows it) the screen
cut the shadow in a hard line above the home indicator. Such a toast casts a shadow as deep as
the room below it instead: the same soft card, lifted less.
"""

from __future__ import annotations

from kernel.dsl.compiler.styles import style_declarations
from kernel.dsl.lengths import px_or_none
from kernel.dsl.model import Element

LARGE_SHADOW_REACH = 52
"""How far below its box the theme's large shadow falls (the dark theme's, the deeper one)."""

LOW_SHADOW_CSS = (
    # `--drop` is the room below the toast: the shadow's offset and blur keep within it.
    ".dsl-toast.is-low{box-shadow:0 calc(var(--drop) * .25) calc(var(--drop) * .75 + 4px) -4px "
    "rgba(16,24,40,.16),0 1px calc(var(--drop) * .2) -1px rgba(16,24,40,.08)}"
    "[data-theme=dark] .dsl-toast.is-low{box-shadow:0 calc(var(--drop) * .25) calc(var(--drop) * .75 + 4px) "
    "-4px rgba(0,0,0,.6),0 1px calc(var(--drop) * .2) -1px rgba(0,0,0,.4)}"
)


def low_drop(element: Element) -> int | None:
    """The px between a toast and the screen's bottom edge when its style pins it there closer
    than its shadow falls (`position: absolute` or `fixed` with a `bottom` in px); None otherwise."""
    decls = style_declarations(element.style or {})
    if decls.get("position") not in ("absolute", "fixed") or "box-shadow" in decls:
        return None
    bottom = px_or_none(decls.get("bottom"))
    if bottom is None or bottom >= LARGE_SHADOW_REACH:
        return None
    return max(round(bottom), 0)
