"""The basic element types' one stylesheet, sent whenever any of them is drawn."""

from __future__ import annotations

from kernel.dsl.compiler.elements import (
    basic,
    button,
    container,
    image,
    modal,
    navbar,
    sidebar,
    text_input,
    text_run,
)
from kernel.dsl.compiler.elements.navbar import NAVBAR_CSS
from kernel.dsl.compiler.elements.sidebar import SIDEBAR_CSS
from kernel.dsl.compiler.elements.text_input import RANGE_INPUT_CSS
from kernel.dsl.compiler.native_alert import ALERT_CSS
from kernel.dsl.compiler.wordmark import CSS as WORDMARK_CSS

DRAWN_BY = (basic, button, text_run, text_input, image, container, modal, navbar, sidebar)
"""The modules whose renderers draw with this sheet: one sheet for them all, as it was when they
were one module, so that a page gets the same rules it got then."""

EDGE_TO_EDGE = (
    # The card's own head, text, actions and cover: inset (or not) by their own rules.
    "dsl-card-head", "dsl-card-text", "dsl-card-actions", "dsl-card-cover",
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

FLUSH_CSS = f"""
/* A card with `padding: 0`: its tables, lists, pictures and dividers run to its border, and every
   other child keeps the inset its padding would have given (a social post's header row and caption
   beside its photo: the row sat against the border while the caption kept 20 px), unless it is a
   layout box the author painted (bands of colour meet edge to edge). Padded 0 by the
   author's CSS (the earlier format's `style: {{padding: "0"}}`), what flows in it sits flush, as
   CSS draws it. The inset children's gaps collapse, as block margins do: one gap between two of
   them and from the card's edges (a post's action row, likes line and caption stood 24 px apart,
   12 px from its photo and its bottom). */
.dsl-card.is-flush>{_KEEPS_INSET}{{margin:var(--gap) var(--pad);max-width:calc(100% - 2 * var(--pad))}}
.dsl-card.is-flush>{_KEEPS_INSET}+{_KEEPS_INSET}{{margin-top:0}}
.dsl-card.is-flush>:is(.dsl-row,.dsl-column,.dsl-flex,.dsl-grid,.dsl-container):is([style*="background"],[style*="border"]){{margin:0;max-width:none}}
.dsl-card.is-styled-flush>{_KEEPS_INSET}{{margin:0;max-width:100%}}
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
{_FLUSH_PANEL}>:is(.dsl-table,.dsl-list){{border-width:1px 0 0;border-radius:0;box-shadow:none}}
{_FLUSH_PANEL}>.dsl-list--divided ul{{border-width:1px 0 0;border-radius:0}}
{_UNDERLINED_PANEL}>:is(.dsl-table,.dsl-list):first-child,{_UNDERLINED_PANEL}>.dsl-list--divided:first-child ul{{border-top-width:0}}
{_FLUSH_PANEL}>.dsl-table :is(th,td):first-child{{padding-inline-start:var(--pad)}}
{_FLUSH_PANEL}>.dsl-table :is(th,td):last-child{{padding-inline-end:var(--pad)}}
"""

CSS = (
    """
/* A titled card's head: the icon stays beside the titles however long the title (a long word
   breaks inside the titles' width; it used to send the icon under the description), at their
   top, level with the title's first line: (36 px tile - 24 px line) / 2 above the titles. Only a
   card too narrow to leave the titles 96 px beside the icon puts them below it, not a letter a line. */
.dsl-card-head:has(>.dsl-card-titles>.dsl-card-titleline){flex-wrap:wrap;align-items:flex-start}
.dsl-card-head>.dsl-card-titles{min-width:0}
.dsl-card-head>.dsl-card-titles:has(>.dsl-card-titleline){min-width:min(100%,96px)}
.dsl-card-icon+.dsl-card-titles:has(>.dsl-card-titleline){margin-top:calc((36px - 24px) / 2)}
/* The title's line: the title, and the badge at its end (at the top of a title of two lines);
   the description below runs under the badge, the titles' full width. A badge with no room beside
   the title's longest word goes above it, to the top corner (wrap-reverse: flex-end is the top),
   rather than break the title inside its words; a word longer than the line breaks. */
.dsl-card-titleline{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:6px 12px}
.dsl-card-titleline>.dsl-card-badge{margin-inline-start:0}
.dsl-card-titleline>.dsl-card-title{flex:1 1 0;max-width:100%}
/* Beside a title of several lines the badge is level with its first line, as the icon's tile is
   (it stood at the end of the last line): on the title's first 24 px line, its foot on the line's,
   where it sits beside a title of one line (a 22 px pill 2 px down; the touch density's 24 px
   pill fills the line). */
.dsl-card-titleline>.dsl-card-badge{align-self:flex-start;margin-top:calc(24px - var(--on-line-h,22px))}
/* A feature card (`align: center`, see `centres_head`): the icon's tile over the title and the
   description, all centred; a badge follows the title in the middle. */
.dsl-card.is-centered>.dsl-card-head{flex-direction:column;flex-wrap:nowrap;align-items:center;align-self:stretch;gap:12px;text-align:center}
.dsl-card.is-centered>.dsl-card-head>.dsl-card-titles{flex:none;width:100%;margin-top:0}
.dsl-card.is-centered>.dsl-card-head>.dsl-card-badge{align-self:center;margin-inline-start:0}
.dsl-card.is-centered .dsl-card-titleline{justify-content:center}
.dsl-card.is-centered .dsl-card-titleline>.dsl-card-title{flex:0 1 auto}
.dsl-card.is-centered>.dsl-card-text{text-align:center}
/* A calendar a card already frames draws no second box inside it (as a stat does): no border,
   shadow or fill of its own, and no inset beyond the card's (a card with no padding keeps the
   calendar's own). A full calendar's month line starts where the card's title does. */
.dsl-card>.dsl-calendar{background:none;border:0;border-radius:0;box-shadow:none}
.dsl-card:not(.is-flush)>.dsl-calendar{padding:0}
.dsl-card:not(.is-flush)>.dsl-calendar--full .dsl-cal-head{padding-inline:0;padding-top:0}
"""
    + NAVBAR_CSS
    + SIDEBAR_CSS
    + RANGE_INPUT_CSS
    + FLUSH_CSS
    + FLUSH_TABS_CSS
    + WORDMARK_CSS
    + ALERT_CSS
)
