"""Rows of action buttons (a card's, a dialog's, a form's, an alert's, an empty state's) that stack
when they cannot stand side by side, instead of running out of their box.

A row of buttons set side by side, each as wide as its label, ran past its box on a phone
("Cancel your subscription", "Update payment method" on a card: the first cut at the screen's
left edge). CSS cannot tell when a row's buttons no longer fit together, so the compiler
estimates how wide they are together (`fit_width_css`, from the labels' advances) and gives the
row that width as `--actions-fit`. Each button's flex basis is `(--actions-fit - 100%) * 999`:
nothing while the row is wider, so the buttons keep their widths side by side, and huge once it
is narrower, so each takes a line of its own, as wide as the row (the "holy albatross"). The row
also wraps, so an estimate a few px short still never overflows: a button that does not fit
goes to the next line. A label longer than the row wraps inside its button (see `CSS`).

Stacked, the decision is on top, as a narrow dialog stacks them (shadcn's footer, Material's
stacked buttons, iOS's alerts): a row whose last button is the filled decision (`[Cancel, Save]`)
stacks bottom-up (`is-primary-last`, wrap-reverse), one whose first is (`[Save, Cancel]`)
top-down; a row with neither as its container places its decision (a card's, a dialog's, a
form's last; an alert's, an empty state's first).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kernel.dsl.compiler.action_emphasis import decision_stacks_last
from kernel.dsl.compiler.items import entries, item_label
from kernel.dsl.compiler.registry import register_css
from kernel.dsl.compiler.text_metrics import label_em
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.model import Item


@dataclass(frozen=True, slots=True)
class ButtonSize:
    """What a button of one size is made of besides its label, as the button's CSS draws it."""

    font_px: float
    """Its font size at the default density (the touch density's is larger: em follows it)."""
    height: str
    """The CSS variable of its height (an icon button's width; its side padding follows it)."""
    padding: str
    """Its two side paddings together, as CSS."""
    icon_px: float
    """What an icon beside the label adds: the glyph (less its -2 px margins) and the gap."""


BUTTON_SIZES = {
    "sm": ButtonSize(13, "var(--control-h-sm)", "(var(--control-h-sm) - 8px)", 18),
    "md": ButtonSize(14, "var(--control-h)", "(var(--control-h) - 4px)", 20),
    "lg": ButtonSize(15, "var(--control-h-lg)", "(var(--control-h-lg) + 2px)", 22),
}
_SIZE_WORDS = {"sm": "sm", "small": "sm", "md": "md", "medium": "md", "lg": "lg", "large": "lg"}
BORDERS_PX = 2
ROUNDING_PX = 1
"""Added per button: a label's measured width is fractional and its estimate may be a hair short."""


def _size_of(item: Item, default: str) -> str:
    return _SIZE_WORDS.get(str(item.size or default).strip().lower(), "md")


def fit_width_css(actions: list[Item], *, size: str, gap_px: float, typeface: Typeface = "sans") -> str:
    """How wide the row must be to hold `actions` side by side, as a CSS length: the labels in
    em of a `size` button's font in the theme's `typeface` (a label of another size scaled to
    it), the paddings from the density's control heights, the icons, borders and gaps in px."""
    row = BUTTON_SIZES[_SIZE_WORDS.get(size, "md")]
    ems, px = 0.0, gap_px * max(len(actions) - 1, 0)
    paddings: list[str] = []
    for item in actions:
        own = BUTTON_SIZES[_size_of(item, size)]
        label = item_label(item)
        px += BORDERS_PX + ROUNDING_PX
        if not label:
            paddings.append(own.height)  # an icon button is square
            continue
        ems += label_em(label, typeface) * own.font_px / row.font_px
        if (item.variant or "").lower() == "link":
            px += 4  # a link button has 2 px sides, no padding
        else:
            paddings.append(own.padding)
        if item.icon:
            px += own.icon_px
    terms = [f"{ems:.3f}em", f"{px:g}px", *paddings]
    return f"calc({' + '.join(terms)})"


def action_row(
    css_class: str,
    buttons: str,
    actions: Sequence[str | Item] | None,
    *,
    size: str,
    gap_px: float = 8,
    primary_last: bool = True,
    typeface: Typeface = "sans",
    justify: str | None = None,
) -> str:
    """`buttons` (the actions' HTML) in a row of class `css_class` that stacks them when they
    cannot stand side by side (see the module), the decision on top: the last of `actions` (as
    drawn, with their variants) when it is filled, the first when that one is, else the last
    when `primary_last`, the first if not. Nothing when there are no buttons. `justify` (a CSS
    `justify-content`) places the buttons along a row as wide as its box (`is-justified`), the
    box's own place for its actions (a form's end) and its alignment notwithstanding."""
    if not buttons:
        return ""
    items = entries(actions)
    order = " is-primary-last" if decision_stacks_last(items, default=primary_last) else ""
    fit = fit_width_css(items, size=size, gap_px=gap_px, typeface=typeface)
    placed, style = (" is-justified", f";justify-content:{justify}") if justify else ("", "")
    return f'<div class="{css_class} dsl-actions{order}{placed}" style="--actions-fit:{fit}{style}">{buttons}</div>'


CSS = """
.dsl-actions{flex-wrap:wrap;min-width:0}
.dsl-actions.is-primary-last{flex-wrap:wrap-reverse}
.dsl-actions.is-justified{align-self:stretch}
.dsl-actions>.dsl-button{flex:0 1 calc((var(--actions-fit) - 100%) * 999);min-width:calc-size(max-content,min(size,100%))}
.dsl-actions>.dsl-button:not(.dsl-button--link,.is-icon){height:auto;min-height:var(--control-h);padding-block:4px}
.dsl-actions>.dsl-button--sm:not(.dsl-button--link,.is-icon){min-height:var(--control-h-sm)}
.dsl-actions>.dsl-button--lg:not(.dsl-button--link,.is-icon){min-height:var(--control-h-lg)}
.dsl-actions>.dsl-button>.dsl-button-label{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;white-space:normal;overflow-wrap:break-word;text-align:center}
"""
"""Side by side a button is as wide as its label (`min-width`: its max-content, at most the row);
stacked it is as wide as the row. A label longer than the row wraps inside its button, which
grows from its one-line height, and ends in an ellipsis past two lines."""

register_css("action_rows", CSS)
