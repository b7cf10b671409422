"""A card with `padding: 0`: which cards are so, and the rules that let their content run to the border."""

from __future__ import annotations

from kernel.dsl.compiler.own_padding import PADS_ITSELF_CLASS, is_zero_padding
from kernel.dsl.model import Element


def is_unpadded(element: Element) -> bool:
    """A card with `padding: 0` lets its content (a table, a list, an image) run to its border;
    its own title, text and actions keep their inset. Its texts, buttons and fields keep it too
    when the DSL's `padding` says so, not when the author's style does (`style: {padding: "0"}`,
    the earlier format's way): CSS's padding insets nothing, and the author placed them flush."""
    padding = element.padding if element.padding is not None else (element.style or {}).get("padding")
    return is_zero_padding(padding)


EDGE_TO_EDGE = (
    # The card's own head, text, actions and cover, and the body beside a side cover: inset (or
    # not) by their own rules.
    "dsl-card-head", "dsl-card-text", "dsl-card-actions", "dsl-card-cover", "dsl-card-body",
    "dsl-abs-layer", "dsl-modal-backdrop", "dsl-modal",  # placed, not in the flow
    # Boxes that run to the border, their rows or cells inset inside them.
    "dsl-table", "dsl-list", "dsl-pagination", "dsl-menu", "dsl-toggle", "dsl-checkbox", "dsl-accordion",
    "dsl-calendar", "dsl-tabs", "dsl-code",
    # Pictures and what stands for them.
    "dsl-image", "dsl-video", "dsl-map", "dsl-stack", "dsl-skeleton", "dsl-divider", "dsl-spacer",
)  # fmt: skip
"""The children that a card with `padding: 0` lets run to its border: any other child (a text, a
row with an avatar, a button, a field, a badge) keeps the card's inset, as its title does, but
for a layout box the author painted (a background, a border: a band, a row of a hand-made list)."""

_KEEPS_INSET = f":not({','.join('.' + name for name in EDGE_TO_EDGE)})"

_PICTURE = ":is(.dsl-image,.dsl-video,.dsl-map):not(.has-width)"
_FLUSH_PICTURES = (
    f".dsl-card.is-flush>{_PICTURE},.dsl-card.is-flush>.dsl-stack:not(.has-width)>{_PICTURE}:first-child"
)
"""A flush card's pictures that run from side to side: the card's own clip gives them its corners."""

FLUSH_CSS = f"""
/* A card with `padding: 0`: its tables, lists, pictures and dividers run to its border, and every
   other child keeps the inset its padding would have given (a social post's header row and caption
   beside its photo: the row sat against the border while the caption kept 20 px), unless it is a
   layout box the author painted (bands of colour meet edge to edge). Padded 0 by the
   author's CSS (the earlier format's `style: {{padding: "0"}}`), what flows in it sits flush, as
   CSS draws it. The inset children's gaps collapse, as block margins do: one gap between two of
   them and from the card's edges (a post's action row, likes line and caption stood 24 px apart,
   12 px from its photo and its bottom). A layout box with a padding of its own takes that as
   its inset (see `own_padding`): a grid with `padding: 20` sat 20 px inside the card's 20. */
.dsl-card.is-flush>{_KEEPS_INSET}{{margin:var(--gap) var(--pad);max-width:calc(100% - 2 * var(--pad))}}
.dsl-card.is-flush>{_KEEPS_INSET}+{_KEEPS_INSET}{{margin-top:0}}
.dsl-card.is-flush>:is(.dsl-row,.dsl-column,.dsl-flex,.dsl-grid,.dsl-container):is([style*="background"],[style*="border"]){{margin:0;max-width:none}}
.dsl-card.is-flush>.{PADS_ITSELF_CLASS}{{margin:0;max-width:none}}
.dsl-card.is-styled-flush>{_KEEPS_INSET}{{margin:0;max-width:100%}}
/* Its pictures that run to the border have square corners, and the card's clip rounds the
   corners they share with it, as it does its own cover's: a photo's rounded bottom corners left
   white notches between it and the text under it. So does the picture at the bottom of a stack
   (a photo under a "Reduced" badge). One the author sized keeps its own. */
{_FLUSH_PICTURES}{{border-radius:0;border-width:0}}
"""

_FLUSH_PANEL = ".dsl-card.is-flush>.dsl-tabs>.dsl-tabs-panel"
"""The panel of tabs that fill a card with `padding: 0`: it lays its children out as the card would."""

_UNDERLINED_PANEL = ".dsl-card.is-flush>.dsl-tabs--underline>.dsl-tabs-panel"
"""Such a panel under a strip with a rule of its own: a list or table there needs no top border."""

FLUSH_TABS_CSS = f"""
/* Tabs in a card with `padding: 0` (an app's notes panel): the strip keeps the card's inset, as its
   title does, its underline running to the border; the panel lays its children out as the card
   would, a list or table running to the border (right under an underlined strip, whose rule is
   its top border), any other child inset.
   The first tab sat against the card's border and a divided list drew a second box inside it. */
.dsl-card.is-flush>.dsl-tabs{{gap:0}}
.dsl-card.is-flush>.dsl-tabs--underline>.dsl-tabs-list{{padding-inline:var(--pad)}}
.dsl-card.is-flush>.dsl-tabs--underline:first-child>.dsl-tabs-list{{padding-top:calc(var(--pad) / 2)}}
.dsl-card.is-flush>:is(.dsl-tabs--pills,.dsl-tabs--segmented)>.dsl-tabs-list{{margin:0 var(--pad) var(--gap)}}
.dsl-card.is-flush>:is(.dsl-tabs--pills,.dsl-tabs--segmented):first-child>.dsl-tabs-list{{margin-top:var(--gap)}}
.dsl-card.is-flush>:is(.dsl-tabs--pills,.dsl-tabs--segmented)>.dsl-tabs-panel>:first-child{{margin-top:0}}
.dsl-card.is-flush>:is(.dsl-tabs--pills,.dsl-tabs--segmented).is-stretched>.dsl-tabs-list{{max-width:calc(100% - 2 * var(--pad))}}
{_FLUSH_PANEL}{{gap:0}}
{_FLUSH_PANEL}>{_KEEPS_INSET}{{margin:var(--gap) var(--pad);max-width:calc(100% - 2 * var(--pad))}}
{_FLUSH_PANEL}>{_KEEPS_INSET}+{_KEEPS_INSET}{{margin-top:0}}
{_FLUSH_PANEL}>:is(.dsl-row,.dsl-column,.dsl-flex,.dsl-grid,.dsl-container):is([style*="background"],[style*="border"]){{margin:0;max-width:none}}
{_FLUSH_PANEL}>.{PADS_ITSELF_CLASS}{{margin:0;max-width:none}}
{_FLUSH_PANEL}>:is(.dsl-table,.dsl-list){{border-width:1px 0 0;border-radius:0;box-shadow:none}}
{_FLUSH_PANEL}>.dsl-list--divided ul{{border-width:1px 0 0;border-radius:0}}
{_UNDERLINED_PANEL}>:is(.dsl-table,.dsl-list):first-child,{_UNDERLINED_PANEL}>.dsl-list--divided:first-child ul{{border-top-width:0}}
{_FLUSH_PANEL}>.dsl-table :is(th,td):first-child{{padding-inline-start:var(--pad)}}
{_FLUSH_PANEL}>.dsl-table :is(th,td):last-child{{padding-inline-end:var(--pad)}}
"""
