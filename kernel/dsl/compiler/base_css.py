"""The design-system stylesheet: reset, shared utilities and the look of the basic, layout, text and form types.

Colours, radii, fonts and spacing come only from the theme's CSS variables (see `theme.py`),
so light, dark and token themes restyle everything. Other element modules add their own CSS
through the registry.

The theme's density (`--control-h` 32/36/40, `--control-h-sm`, `--control-h-lg`, `--pad` 14/20/28,
`--gap` 8/12/16 for compact/comfortable/spacious) reaches every control and container padding,
written so that the default (comfortable) computes to the very px each size had before:
- a control's height and its row-like items follow `--control-h` by the same 4 px step: a
  pagination page is `var(--control-h)`, a pill tab or a menu item 2 px shorter (their padding
  `calc(var(--control-h) / 2 - 11px)` around a 20 px line), a chip 8 px shorter, an accordion
  head's padding 2 px a side more or less;
- a control's side padding moves by half as much (2 px a side): a button's is
  `calc(var(--control-h) / 2 - 2px)`, 16 px by default, 14 compact, 18 spacious;
- a container's padding scales as a card's `--pad` does: an alert's 14 px is
  `calc(var(--pad) * .7)`, a modal's 24 px `calc(var(--pad) * 1.2)`;
- spacing between a container's parts follows `--gap` (a modal's and a form's 16 px are
  `calc(var(--gap) + 4px)`).

The touch density (a phone's: 44 px controls) also draws text larger: `TOUCH_CSS`, sent only then.
"""

from __future__ import annotations

from kernel.dsl.compiler.fonts import TALL_SCRIPT_CSS
from kernel.dsl.compiler.gradients import SMOOTH_GRADIENT_CSS
from kernel.dsl.compiler.heading_type import (
    HEADING_LINE_PX,
    HEADING_PX,
    HEADING_WEIGHT,
    TOUCH_HEADING_LINE_PX,
    TOUCH_HEADING_PX,
    heading_rules,
    heading_weight,
)
from kernel.dsl.compiler.identifier_breaks import IDENTIFIER_CSS
from kernel.dsl.compiler.text_wrap import WRAP_CSS

RESET = """
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased}
body{margin:0;background:var(--background);color:var(--foreground);font-family:var(--font);font-size:14px;line-height:1.5}
h1,h2,h3,h4,h5,h6,p,pre,figure,blockquote,ol,ul{margin:0}
button,input,select,textarea{font:inherit;color:inherit;letter-spacing:inherit}
img,svg,video{display:block;max-width:100%}
svg{flex:none}
code,kbd,pre,samp{font-family:var(--font-mono)}
"""

SHARED = """
.dsl-root{display:flex;flex-direction:column;gap:var(--gap);isolation:isolate}
/* A box centred by margin: 0 auto (styles._centring_margin) in a column: as wide as the column
   allows, as a block is (in a row it stays the flex item CSS makes it, pushed by its margins). */
:is(.dsl-vflow,.dsl-column)>.is-centred{width:100%}
/* A box given a width keeps to the room it flows in (a 560 px card in a phone's column is the
   column's width, not cut at the screen's side); one placed by coordinates keeps what it was
   given. No weight: any rule of the design system's, and an author's maxWidth, say otherwise. */
:where(.has-width:not([style*="position:absolute"])){max-width:100%}
/* What floats over a screen (an open menu, a toast, a tooltip) placed by coordinates is drawn over
   the flow that follows it: a button or field later in the page is positioned too, and painted
   after it in document order, over an open menu's items. Under a modal's backdrop (50). */
:is(.dsl-menu,.dsl-toast,.dsl-tooltip)[style*="position:absolute"]{z-index:40}
.dsl-abs-layer{position:relative;flex:1 1 auto;align-self:stretch;width:100%;height:100%;min-width:0;min-height:0;grid-column:1/-1;grid-row:1/-1}
.dsl-i{display:inline-flex;align-items:center;justify-content:center;flex:none;line-height:0}
.dsl-vflow:not([style*="align-items"])>:where(.dsl-button,.dsl-badge,.dsl-chip,.dsl-link,.dsl-avatar,.dsl-icon,.dsl-spinner,.dsl-tooltip,.dsl-checkbox,.dsl-toggle,.dsl-code:not(.is-block)){align-self:flex-start}
.dsl-stack.is-auto>:where(.dsl-button,.dsl-badge,.dsl-chip,.dsl-link,.dsl-avatar,.dsl-icon,.dsl-spinner,.dsl-tooltip){align-self:start;justify-self:start}
.dsl-muted{color:var(--muted-foreground)}
.has-color :is(.dsl-heading,.dsl-label,.dsl-field-label,.dsl-choice-label,.dsl-progress-label,.dsl-ring-value,.dsl-stat-value,.dsl-list-label,.dsl-list-value,.dsl-avatar-name,.dsl-card-title,.dsl-section-title,.dsl-header-title){color:inherit}
.has-color :is(.dsl-progress-value,.dsl-stat-label,.dsl-stat-desc,.dsl-list-desc,.dsl-avatar-sub,.dsl-card-desc,.dsl-section-desc,.dsl-header-desc,.dsl-field-hint,.dsl-choice-hint,.dsl-muted,.dsl-chart-desc,.dsl-form-desc,.dsl-label.is-caps,.dsl-empty-text,.dsl-step-desc,.dsl-timeline-desc){color:color-mix(in srgb,currentcolor 78%,transparent)}
/* A paragraph is body text, softened less than a description: on an unknown author colour it
   keeps 4.5:1 where the colour's own text does (white on indigo). */
.has-color .dsl-paragraph{color:color-mix(in srgb,currentcolor 90%,transparent)}
.is-text-start{text-align:start}.is-text-center{text-align:center}.is-text-end{text-align:end}
.dsl-required{color:var(--danger);margin-inline-start:2px}
"""

MUTED_FILLS = (
    ".dsl-table th",
    ".dsl-tabs--segmented>.dsl-tabs-list",
    ".dsl-count",
    ".dsl-nav-count",
    ".dsl-kbd",
    ".dsl-card--muted",
    ".dsl-pill--neutral",
    ".dsl-avatar-more",
    ".dsl-stat-change.dsl-tone-neutral",
    ".dsl-control-addon",
)
"""Boxes filled with --muted that hold muted text (a table's header, the track of a segmented
control, a count, a field's prefix or suffix): the muted text in them is drawn a touch stronger,
only there, to read at 4.5:1 (an add-on's #71717a on #f4f4f5 was 4.40:1)."""

MUTED_ON_MUTED = "".join(
    f"{box}{{--muted-foreground:var(--muted-foreground-on-muted)}}\n" for box in MUTED_FILLS
)
"""One rule per box, so a page without tables or tabs leaves theirs out (see css_pruning)."""

MUTED_SURFACES = (".dsl-card--muted", ".dsl-code-title")
"""Boxes filled with --muted that hold hairlines: a muted card's dividers and list rows, a code
block's title bar (its line under the title). The theme's --border is a step off the surface, and
on a dark theme it is the muted fill itself (#27272a): a divider in a muted card was not there."""
BORDER_ON_MUTED = "color-mix(in srgb, var(--foreground) 14%, var(--muted))"
"""A hairline on a muted fill: a step towards the text colour from it (darker on a light theme,
lighter on a dark one), as a custom surface's --border is drawn from the surface (1.5:1 on the
dark muted fill, 1.3:1 on the light one)."""
BORDERS_ON_MUTED = "".join(f"{box}{{--border:{BORDER_ON_MUTED}}}\n" for box in MUTED_SURFACES)

LAYOUT = """
.dsl-container{position:relative;display:flex;flex-direction:column;min-width:0}
.dsl-row,.dsl-flex{position:relative;display:flex;flex-direction:row;align-items:center;gap:var(--gap);min-width:0}
.dsl-flex.dsl-vflow,.dsl-column{position:relative;display:flex;flex-direction:column;gap:var(--gap);min-width:0}
.dsl-flex.dsl-vflow{align-items:stretch}
.dsl-grid{position:relative;display:grid;gap:16px;min-width:0}
.dsl-grid>*{min-width:0}
.dsl-stack{position:relative;display:grid;min-width:0}
.dsl-stack>*{grid-area:1/1;position:relative}
.dsl-stack>:not(:first-child):where(.dsl-button,.dsl-badge,.dsl-chip,.dsl-link,.dsl-avatar,.dsl-icon,.dsl-spinner,.dsl-tooltip){margin:12px}
/* A stack painted by its own background is the base its layers lie on: its first small layer
   keeps the same 12 px from the edge as the others (it sat flush in the corner). */
.dsl-stack.has-own-ground>:first-child:where(.dsl-button,.dsl-badge,.dsl-chip,.dsl-link,.dsl-avatar,.dsl-icon,.dsl-spinner,.dsl-tooltip){margin:12px}
.dsl-stack>:not(:first-child):where(.dsl-button){box-shadow:var(--shadow)}
.dsl-section{position:relative;display:flex;flex-direction:column;gap:calc(var(--gap) + 4px);min-width:0}
/* A titled section after other content in a column starts further away than its title is from
   its own content (24 px above, 16 below by default; both follow the density), so the title
   reads as the start of a group. An author's gap on the column is kept as given. */
.dsl-vflow:not([style*="gap:"])>*+.dsl-section:not(.dsl-inset-first):has(>:is(.dsl-section-head,.dsl-section-bar)){margin-top:var(--gap)}
.dsl-section-head{display:flex;flex-direction:column;gap:2px}
.dsl-section-title{font-size:16px;font-weight:600;line-height:24px;letter-spacing:-.01em}
.dsl-section-title.is-md{font-size:18px;line-height:26px}
.dsl-section-title:is(.is-lg,.is-xl){font-size:24px;font-weight:700;line-height:32px;letter-spacing:-.02em}
/* xl (level 1) is a landing page's section title, a display size a step past h1's 30 px, as
   marketing pages set theirs (36-48 px); its description a step larger than body text. */
.dsl-section-title.is-xl{font-size:40px;line-height:48px;letter-spacing:-.03em}
.dsl-section-desc{color:var(--muted-foreground);font-size:14px}
.dsl-section-title.is-xl+.dsl-section-desc{margin-top:6px;font-size:18px;line-height:28px}
.dsl-card:has(>.dsl-card-head .dsl-card-title,>.dsl-card-body>.dsl-card-head .dsl-card-title) .dsl-section-title:not([class*=' is-']){font-size:14px;line-height:20px}
.dsl-card:has(>.dsl-card-head .dsl-card-title,>.dsl-card-body>.dsl-card-head .dsl-card-title) .dsl-section-desc{font-size:13px}
.dsl-section-bar{display:flex;align-items:center;justify-content:space-between;gap:16px}
.dsl-section-actions{display:flex;gap:8px;flex:none;margin-inline-start:auto}
.dsl-header{position:relative;display:flex;align-items:center;justify-content:space-between;gap:16px;min-width:0}
.dsl-header-text{display:flex;flex-direction:column;gap:4px;min-width:0}
.dsl-header-title{font-size:24px;font-weight:700;line-height:32px;letter-spacing:-.02em}
.dsl-header-title.is-sm{font-size:16px;font-weight:650;line-height:24px;letter-spacing:-.01em}
.dsl-header-title.is-md{font-size:18px;line-height:26px;letter-spacing:-.015em}
.dsl-header-title.is-xl{font-size:30px;line-height:38px;letter-spacing:-.025em}
.dsl-header-titleline{display:flex;align-items:center;flex-wrap:wrap;gap:4px 10px}
.dsl-header-desc{color:var(--muted-foreground);font-size:14px}
.dsl-header-actions{display:flex;flex-wrap:wrap;align-items:flex-end;gap:8px;flex:none;max-width:100%}
.dsl-header-actions>:is(.dsl-badge,.dsl-chip,.dsl-text,.dsl-link,.dsl-avatar,.dsl-icon,.dsl-spinner){align-self:center}
.dsl-header-actions>.dsl-tabs{flex:none}
.dsl-footer{position:relative;display:flex;align-items:center;justify-content:space-between;gap:16px;padding:16px 24px;border-top:1px solid var(--border);color:var(--muted-foreground);font-size:13px}
.dsl-footer-links{display:flex;align-items:center;flex-wrap:wrap;gap:6px 20px}
.dsl-footer-links span{white-space:nowrap}
.dsl-footer.is-large{flex-direction:column;align-items:stretch;justify-content:flex-start;gap:24px;padding:32px 24px 20px}
/* A large footer's children (a brand blurb, link columns, a newsletter form) stand side by side,
   their tops level, spread across it: one given a width keeps it, the others share the room left,
   each at least 200 px; those that do not fit go on to the next line (on a phone, one a line). */
.dsl-footer-main{display:flex;flex-wrap:wrap;align-items:flex-start;justify-content:space-between;gap:32px}
.dsl-footer-main>*{flex:1 1 200px;min-width:0;max-width:100%}
.dsl-footer-main>.has-width{flex:0 1 auto}
.dsl-footer-bar{display:flex;align-items:center;justify-content:space-between;gap:16px;padding-top:16px;border-top:1px solid var(--border)}
.dsl-footer-links span{color:var(--muted-foreground)}
/* A box the author gave a height in `style` keeps it in a column whose content is a few px too
   tall, as one sized in `layout` does (its flex-shrink:0 is inline): an empty box (a sheet's
   5 px grab handle, a colour bar) was squeezed to nothing. A share of its parent's height (%,
   vh) still gives way, and so do the page's own children: on a screen of set height (a phone
   frame's) a top-level `height: 100%`, made px of the screen, leaves room for what follows. */
.dsl-vflow:not(.dsl-root)>.has-height:not([style*="%"],[style*="vh"]){flex-shrink:0}
/* On a screen of set height (a phone or tablet frame's, a chat's) the page's content runs below the
   screen and is cut there, as it is without a frame: it never squeezes the boxes above. A box that
   clips its content (a search field, a code block, a picture of set height) has no floor of its
   own in a column, and a crowded phone squashed a search field to a 2 px line under its navbar.
   What is meant to give way still does: a share of the screen's height (dsl-screen-share) or of
   the viewport's, the box that takes the free room (fills-column), and bottom tabs holding their
   panel (their own flex, in the navigation sheet, comes later and wins). */
.dsl-root>:not(.dsl-screen-share,[style*="vh"],.fills-column){flex-shrink:0}
.dsl-spacer{flex:1 1 0;min-width:0;min-height:0}
.dsl-spacer.is-sized{flex:0 0 var(--s);height:var(--s)}
.dsl-hflow>.dsl-spacer.is-sized{height:auto;width:var(--s)}
.dsl-divider{flex:none;align-self:stretch;height:1px;background:var(--border);border:0}
.dsl-divider.is-vertical{width:1px;height:auto;min-height:16px}
/* A rule given a width (a short rule under a certificate's title) is placed as its column places
   its children: in the middle of a centred column, at the end of one aligned at the end (stretch
   held it at the start: 24 to 224 px in a centred 600 px column). */
:not(.dsl-hflow,.dsl-grid,.dsl-stack)>.dsl-divider.has-width:not(.is-vertical){align-self:auto}
/* In a row of controls (a toolbar: icon buttons, tabs, fields, chips, words) a vertical divider is
   a short separator centred among them, 60% of a control's height, as desktop toolbars draw it:
   stretched, it ran into the bar's top and bottom edges. Beside a box (a card, a column, a
   picture) it still runs the row's height, as a pane's edge. */
.dsl-hflow:not(:has(>:not(.dsl-divider,.dsl-button,.dsl-tabs,.dsl-control,.dsl-field,.dsl-chip,.dsl-badge,.dsl-choice,.dsl-radio,.dsl-avatar,.dsl-icon,.dsl-link,.dsl-text,.dsl-label,.dsl-heading,.dsl-spinner,.dsl-spacer,.dsl-breadcrumb,.dsl-pagination,.dsl-rating,.dsl-tooltip)))>.dsl-divider.is-vertical{align-self:center;height:calc(var(--control-h) * .6)}
.dsl-divider.has-label{display:flex;align-items:center;gap:12px;height:auto;background:none;color:var(--muted-foreground);font-size:12.5px;white-space:nowrap}
.dsl-divider.has-label::before,.dsl-divider.has-label::after{content:"";flex:1;height:1px;background:var(--border)}
"""

BASIC = """
.dsl-button{position:relative;display:inline-flex;align-items:center;justify-content:center;gap:8px;flex:none;max-width:100%;height:var(--control-h);--button-pad:calc(var(--control-h) / 2 - 2px);padding:0 var(--button-pad);border:1px solid transparent;border-radius:var(--radius);font-size:14px;font-weight:500;line-height:20px;white-space:nowrap;cursor:default;user-select:none;background:var(--primary-solid);color:var(--primary-foreground);box-shadow:var(--shadow-sm)}
.dsl-button--sm{height:var(--control-h-sm);--button-pad:calc(var(--control-h-sm) / 2 - 4px);font-size:13px;gap:6px;border-radius:var(--radius-sm)}
.dsl-button--lg{height:var(--control-h-lg);--button-pad:calc(var(--control-h-lg) / 2 + 1px);font-size:15px}
.dsl-button.is-icon{width:var(--control-h);padding:0}
.dsl-grid>.dsl-button.is-icon:not(.has-width){width:auto}
.dsl-button--sm.is-icon{width:var(--control-h-sm)}
.dsl-button--lg.is-icon{width:var(--control-h-lg)}
/* A secondary button is a neutral fill with a hairline edge, as GitHub's default button is: the
   text colour at 7% over whatever is under it, its edge 8% more. A solid --muted fill was 1.09:1
   on a white card (a bare label) and vanished on a --muted card or page; a shade of the text
   colour is a step darker than any light ground (on white: fill 1.15:1, edge 1.35:1) and lighter
   than any dark one, in an island too (its text colour and color-scheme are the island's). On a
   dark ground the fill is 12% (1.4:1 on the dark card, near shadcn's dark #27272a on its page)
   with a 5% edge: at 7% it looked like the outline button beside it. It stays apart from outline
   (the surface, an --input border, a shadow) and ghost (neither fill nor edge). */
.dsl-button--secondary{background:light-dark(color-mix(in srgb,var(--foreground) 7%,transparent),color-mix(in srgb,var(--foreground) 12%,transparent));border-color:light-dark(color-mix(in srgb,var(--foreground) 8%,transparent),color-mix(in srgb,var(--foreground) 5%,transparent));color:var(--foreground);box-shadow:none}
.dsl-button--outline{background:var(--surface);color:var(--foreground);border-color:var(--input)}
.dsl-button--ghost{background:transparent;color:var(--foreground);box-shadow:none}
.dsl-button--danger{background:var(--danger-solid);color:#fff}
.dsl-button--success{background:var(--success-solid);color:#fff}
.dsl-button--link{background:transparent;color:var(--primary-text);box-shadow:none;padding:0 2px;height:auto;text-decoration:underline;text-underline-offset:4px}
.dsl-button.is-disabled{opacity:var(--disabled-opacity)}
/* Optical alignment at the screen's margin: a ghost button draws no box, so what shows is its
   glyph or its words, inset by its own padding (--inset) from where its box starts. At the start
   or the end of a screen's own row, at the end of a bar's actions or of a top-level section's or
   header's, it is pulled out by that padding (page_padding does the same for a ghost button alone
   on the screen), so its ink sits on the margin line with the text above and below it (a back
   arrow stood 12 px in from the heading's first letter, "See all" 16 px short of the cards' edge).
   So it is at the ends of a card's own row, on the line of the card's text (a post's heart stood
   18 px in from its caption). Inside a box of its own (a composer) a button keeps its place. */
.dsl-button--ghost{--inset:calc(var(--control-h) / 2 - 2px)}
.dsl-button--ghost.dsl-button--sm{--inset:calc(var(--control-h-sm) / 2 - 4px)}
.dsl-button--ghost.dsl-button--lg{--inset:calc(var(--control-h-lg) / 2 + 1px)}
.dsl-button--ghost.is-icon{--inset:calc(var(--control-h) / 2 - 8px)}
.dsl-button--ghost.is-icon.dsl-button--sm{--inset:calc(var(--control-h-sm) / 2 - 8px)}
.dsl-button--ghost.is-icon.dsl-button--lg{--inset:calc(var(--control-h-lg) / 2 - 9px)}
:is(.dsl-root,.dsl-card)>.dsl-hflow:not([style*="justify-content:center"],[style*="justify-content:safe center"])>.dsl-button--ghost:first-child:not(.has-width){margin-inline-start:calc(-1 * var(--inset))}
:is(:is(.dsl-root,.dsl-card)>.dsl-hflow:not([style*="justify-content:center"],[style*="justify-content:safe center"]),.dsl-navbar-end,.dsl-root>.dsl-section>.dsl-section-bar>.dsl-section-actions,.dsl-root>.dsl-header .dsl-header-actions)>.dsl-button--ghost:last-child:not(.has-width){margin-inline-end:calc(-1 * var(--inset));max-width:calc(100% + var(--inset))}
/* So it is at the ends of a row in a column that makes up the screen or the card and draws no box
   (no fill, border or padding), the row spanning it: the row's ends are the margin lines (an
   onboarding screen's "Skip" in a column of the screen's height ended 21 px short of the margin,
   where a row of the screen's own puts "Sort" on it). */
:is(.dsl-root,.dsl-card)>:is(.dsl-column,.dsl-container):not([style*="background"],[style*="border"],[style*="padding"])>.dsl-hflow:is(.spans-column,:not([style*="align-items"]>*)):not([style*="justify-content:center"],[style*="justify-content:safe center"])>.dsl-button--ghost:first-child:not(.has-width){margin-inline-start:calc(-1 * var(--inset))}
:is(.dsl-root,.dsl-card)>:is(.dsl-column,.dsl-container):not([style*="background"],[style*="border"],[style*="padding"])>.dsl-hflow:is(.spans-column,:not([style*="align-items"]>*)):not([style*="justify-content:center"],[style*="justify-content:safe center"])>.dsl-button--ghost:last-child:not(.has-width){margin-inline-end:calc(-1 * var(--inset));max-width:calc(100% + var(--inset))}
/* A ghost icon button in a row of words (a column's header: "Backlog 3 ... +") takes no more
   height than its glyph: its box draws nothing, and a 32 px box made that header 12 px taller
   than its siblings' without one, their cards starting lower. Its click area overhangs. */
.dsl-hflow:has(>:is(.dsl-text,.dsl-heading))>.dsl-button--ghost.is-icon:not(.has-height){margin-block:calc(-1 * var(--inset))}
/* A section's actions beside its title ("See all", "Edit") are links: the link colour. */
.dsl-section-actions>.dsl-button--ghost{color:var(--primary-text)}
.dsl-button .dsl-i{margin:0 -2px}
.dsl-button-label{min-width:0;overflow:hidden;text-overflow:ellipsis}
/* A button's sides are --button-pad (each size's, a font size's, a flexed or sized button's), its
   padding. A text-only button squeezed below its natural width (seats in a 7-column grid, a
   touch screen's wider sides) gives up its sides before its label's letters: the label does not
   shrink but may be as wide as the button's content and all but 4 px of each side,
   centred, so "12A" shows whole between 4 px sides where its 16 px sides left room for a bare
   "…" (and of equal labels in equal cells, the narrower letters only showed whole). Where even
   that is too narrow, the label keeps --label-keep, its first letter and the ellipsis ("1…",
   never a bare "…", which says nothing), over its sides. Measured against the content box, the
   percentage is no width while the button's natural width is worked out, which stays its label's
   and full sides. A padding in the author's style is kept as written (no --button-pad to give);
   an action row's labels wrap instead (action_rows). */
:not(.dsl-actions)>.dsl-button:not(.is-icon,.has-icon,.dsl-button--link,[style*="padding"])>.dsl-button-label{flex-shrink:0;max-width:calc(100% + 2 * max(0px,var(--button-pad) - 4px));min-width:calc-size(max-content,min(size,var(--label-keep,0px)))}
/* A button with an icon and a label squeezed until its label has less room than a few letters
   (--few: 2.5em, less for a short label) shows its icon alone, centred: the label (sliced into
   glyph fragments, or "A" over "d" beside a "+") takes no width, no gap and no height. The room is
   the button's content width less the icon and the gap (percentages of it, in the margins too),
   so the switch needs no estimate of the button's width. While that width is worked out from the
   content, percentages count as 0: --label-hides then keeps the gap (a button at its natural width
   keeps its label). Its 1px x 9999999 outweighs a room of up to 10,000 px times 999: at 99999
   the room of a 32 px label (2.5em and its icon, 102 px) won, the gap went and a "Checkout" at
   its natural width lost its last letters. */
.dsl-button.has-icon{--glyph-room:20px;--glyph-gap:8px}
.dsl-button--sm.has-icon{--glyph-room:18px;--glyph-gap:6px}
.dsl-button--lg.has-icon{--glyph-room:22px}
.dsl-button.has-icon:not(.dsl-button--link)>.dsl-button-label{--label-room:calc(100% - var(--glyph-room) - var(--few,2.5em));max-width:max(0px,var(--label-room) * 999);--label-hides:calc(var(--label-room) * 999 + max(0px,(1px - 100%) * 9999999));margin-inline-start:clamp(-1 * var(--glyph-gap),var(--label-hides),0px);margin-block:clamp(-1lh,var(--label-hides),0px)}
/* A link's underline sits 4 px under its words: the label's box reaches down to it, or its
   clipping (for the ellipsis) cut it off under a large link's tighter line. */
.dsl-button--link .dsl-button-label{padding-bottom:6px;margin-bottom:-6px}
.dsl-button.has-width{--button-pad:4px}
/* A button whose style sets its font size (a kiosk's, an ATM's, a TV's): its line follows the
   font (a 20 px line clipped a 36 px label's tops and tails, "$20" read "$2()"), it is at least
   as tall as that line and a margin of .4em above and below it, its sides and its icon grow with
   the font. At 14 px and below it is the button it was. */
.dsl-button.has-font-size{line-height:max(20px,1.35em);min-height:calc(1lh + .8em)}
.dsl-button.has-font-size:not(.has-width){--button-pad:max(calc(var(--control-h) / 2 - 2px),.9em)}
.dsl-button--sm.has-font-size:not(.has-width){--button-pad:max(calc(var(--control-h-sm) / 2 - 4px),.9em)}
.dsl-button--lg.has-font-size:not(.has-width){--button-pad:max(calc(var(--control-h-lg) / 2 + 1px),.9em)}
.dsl-button.has-font-size.has-icon{--glyph-room:max(20px,1.15em + 4px);--glyph-gap:max(8px,.5em);gap:max(8px,.5em)}
.dsl-button.has-font-size .dsl-i>svg[width]{width:max(16px,1.15em);height:max(16px,1.15em)}
.dsl-button--lg.has-font-size .dsl-i>svg[width]{width:max(18px,1.15em);height:max(18px,1.15em)}
.dsl-button-anchor{position:relative;display:inline-flex}
.dsl-button-badge{position:absolute;top:-7px;inset-inline-end:-7px;display:inline-flex;align-items:center;justify-content:center;min-width:18px;height:18px;padding:0 5px;border-radius:var(--radius-full);background:var(--danger-solid);color:#fff;box-shadow:0 0 0 2px var(--surface);font-size:10.5px;font-weight:700;line-height:1;font-variant-numeric:tabular-nums;white-space:nowrap;text-decoration:none}
.dsl-button-anchor>.dsl-button-badge{top:-10px;inset-inline-end:auto;inset-inline-start:calc(100% - 2px);min-width:16px;height:16px;padding:0 4px;font-size:10px}
/* A ghost button draws no box, so the corner its badge hung off was nobody's: the count floated
   above and past its label, and at a bar's end, where the button is pulled out onto the margin
   (see the optical alignment above), it ran off the phone's screen. Its count follows its label
   in the button, as a text button's does ("Filters 3"); an icon button's stays on its icon. */
.dsl-button--ghost:not(.is-icon)>.dsl-button-badge{position:static;box-shadow:none}

.dsl-text{white-space:pre-line;overflow-wrap:normal;word-break:normal}
:is(.dsl-row,.dsl-flex,.dsl-column,.dsl-container).keeps-words{min-width:auto}

.dsl-field{display:flex;flex-direction:column;gap:6px;min-width:0}
/* A field in a column is never wider than the column, however the column places it (an author's
   alignItems): its long value ends in an ellipsis, its chevron kept, instead of running past the
   screen's edge (a field shrunk to its value is as wide as the value). */
:where(.dsl-vflow,.dsl-column)>.dsl-field{max-width:100%}
.dsl-field-label{font-size:14px;font-weight:500;line-height:20px;color:var(--foreground);overflow-wrap:break-word}
.dsl-field-hint{font-size:12.5px;line-height:18px;color:var(--muted-foreground)}
/* An error that wraps keeps its icon on its first line, beside the start of the message: the
   icon's box is one line tall. */
.dsl-field-error{font-size:12.5px;line-height:18px;color:var(--danger);display:flex;align-items:flex-start;gap:5px}
.dsl-field-error>.dsl-i{height:1lh;line-height:inherit}
/* A 20 px line (as a checkbox's and a switch's label have) puts a field's text on whole pixels
   in its box, on the same baseline as theirs in a row (the body's 1.5, 21 px, put it half a
   pixel off). */
.dsl-control{position:relative;display:flex;align-items:center;gap:8px;width:100%;min-width:0;height:var(--control-h);padding:0 calc(var(--control-h) / 2 - 6px);background:var(--surface);border:1px solid var(--input);border-radius:var(--radius);box-shadow:var(--shadow-sm);font-size:14px;line-height:20px;color:var(--foreground);overflow:hidden}
/* A field's `size` (sm, lg) makes it as tall as a button of that size at every density: its
   --control-h is the small or large one, which its padding, a textarea's lines and a grid's
   message offset follow; its text is a button's of that size (13 / 15 px) and a large field's
   16 px icons are a large button's 18. */
:is(.dsl-control,.dsl-field).is-sm{--control-h:var(--control-h-sm)}
:is(.dsl-control,.dsl-field).is-lg{--control-h:var(--control-h-lg)}
:is(.dsl-control.is-sm,.dsl-field.is-sm>.dsl-control){font-size:13px;border-radius:var(--radius-sm)}
:is(.dsl-control.is-lg,.dsl-field.is-lg>.dsl-control){font-size:15px}
:is(.dsl-control.is-lg,.dsl-field.is-lg>.dsl-control) .dsl-i>svg[width="16"]{width:18px;height:18px}
.dsl-hflow>:is(.dsl-field,.dsl-control,.dsl-progress:not(.dsl-progress--circle),.dsl-slider,.dsl-skeleton--text){flex:1 1 0%;width:auto;min-width:80px}
.dsl-hflow>:is(.dsl-field,.dsl-control){min-width:0}
/* Sliders in a row share it however many there are: a mixer's unlabelled sliders shrink with
   their card instead of keeping 80 px each and running out of it (as specific as the rule above,
   which an :is() makes three classes). */
.dsl-hflow>.dsl-slider:not(.has-width){min-width:0}
/* In a row that spreads its children (`justify`), or whose free room a spacer or a flexed box takes
   (has-filler), fields keep a control's usual width, or the one their author gave them: they do
   not share that room with it. */
.dsl-hflow:is(.is-spread,.has-filler)>:is(.dsl-field,.dsl-control,.dsl-progress:not(.dsl-progress--circle),.dsl-slider,.dsl-skeleton--text):not(.has-width){flex:0 1 240px}
.dsl-hflow.is-wrapping>:is(.dsl-field,.dsl-control,.dsl-progress:not(.dsl-progress--circle),.dsl-slider,.dsl-skeleton--text){flex-basis:240px}
/* A touch screen's row that says `wrap: false` (a row of filter chips) scrolls sideways: its
   children keep their width and what runs past the row's end is cut there under a short fade to
   what is behind, as a phone app draws a scroller's cut edge (at the left in right to left). The
   fade is a mask, so it fades to any ground (a card, a coloured band); it repeats up and down
   without a clip, so a chip's shadow or a button's count badge above or below the row stays.
   A top-level row runs on to the screen's edge (page_padding), the fade within the page's margin,
   where only what overflows reaches. */
.dsl-hflow.is-scroller>*{flex-shrink:0}
.dsl-hflow.is-scroller{--scroller-fade:24px;mask-image:linear-gradient(to left,transparent,#000 var(--scroller-fade));mask-size:100% 100%;mask-repeat:repeat-y;mask-clip:no-clip}
.dsl-hflow.is-scroller:dir(rtl){mask-image:linear-gradient(to right,transparent,#000 var(--scroller-fade))}
/* A button its author flexed (`flex: 1`) shares the row with its siblings, on any screen: it
   shrinks below its label's width (the label ends in an ellipsis, or leaves the icon alone) rather
   than push the row's last button past the screen's edge (Buy, Send, Receive, Swap on a phone).
   Its label is centred in a share wider than itself, so its sides matter only when it is squeezed:
   they narrow to 8 px (a text-only one's label may then take all but 4 px of them, see above), and
   four icon-and-label buttons fit a phone's row whole. */
.dsl-hflow>.dsl-button:is([style*="flex:"],[style*="flex-grow:"]){flex-shrink:1;min-width:0;--button-pad:8px}
.dsl-hflow>:is(.dsl-field,.dsl-control,.dsl-progress,.dsl-slider,.dsl-skeleton--text).has-width{flex-grow:0;flex-basis:auto}
/* A field given its own width keeps it, below the 80 px the rule above gives an unsized one: an
   OTP's six 48 px digit boxes were 80 px each and ran off a phone (as specific as that rule). */
.dsl-hflow>:is(.dsl-field,.dsl-control).has-width{min-width:0}
/* Columns and grids share a row's free room, unless the author gave a sibling a growing flex or
   put a spacer among them (`has-flexed-child`): that one takes the room and they keep their
   content's width. */
.dsl-hflow:not(.is-spread,.is-wrapping,.has-flexed-child)>:is(.dsl-column,.dsl-grid):not(.has-width){flex:1 1 auto}
.dsl-hflow.wraps-pills{flex-wrap:wrap}
/* A row of text fields alone wraps where they do not fit at their least widths (flow_classes'
   WRAPS_FIELDS_CLASS): a field that would run past the row's end starts the next line. */
.dsl-hflow.wraps-fields{flex-wrap:wrap}
.dsl-hflow>.dsl-sidebar{align-self:stretch}
.dsl-root>.dsl-hflow:has(>.dsl-sidebar){flex-grow:1;align-items:stretch}
/* A top-level row of panes (a calendar's list beside its month grid) is a page layout too: its
   panes stretch to the tallest, as beside a sidebar (the short pane stood centred halfway down). */
.dsl-root>.dsl-hflow.holds-panes:not([style*="align-items"]){align-items:stretch}
/* Below the top level, a row of a page's panes (a main column beside an aside) starts them at
   its top: a short aside stood centred halfway down beside a tall hero. */
.dsl-hflow.tops-panes:not([style*="align-items"]){align-items:flex-start}
.dsl-control .dsl-i{color:var(--muted-foreground)}
.dsl-control-value,.dsl-control-placeholder{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.dsl-control-placeholder{color:var(--placeholder)}
.dsl-control.is-secret .dsl-control-value{letter-spacing:.12em}
.dsl-control.is-multiline{height:auto;align-items:flex-start;padding:calc(var(--control-h) / 2 - 10px) calc(var(--control-h) / 2 - 6px);line-height:20px}
.dsl-control.is-multiline :is(.dsl-control-value,.dsl-control-placeholder){white-space:pre-wrap;overflow-wrap:anywhere;text-overflow:clip}
/* A control whose style sets its font size: its line follows the font (a 32 px value on a 20 px
   line lost its tops and tails), and a one-line control is at least that line and .4em above and
   below it tall. The class is doubled to outweigh a touch screen's 22 px line, set later. */
.dsl-control.has-font-size.has-font-size{line-height:max(20px,1.35em)}
.dsl-control.has-font-size:not(.is-multiline){min-height:calc(1lh + .8em)}
.dsl-control.is-invalid,.is-invalid>.dsl-control{border-color:var(--danger);box-shadow:0 0 0 3px var(--danger-soft)}
/* A disabled field is flat and filled with the muted grey, its edge and words faded into it. The
   box itself is not made translucent: on a dark theme the muted grey, seen through, would fade
   back to the page's near-black, as dark as an enabled field's surface. Its words, and its label,
   hint and error, are at --disabled-opacity, as a disabled checkbox, switch, slider or upload is
   whole (the label of a disabled input, select, textarea or radio group stayed dark); a read-only
   field keeps its label and its words dark. */
.dsl-control.is-disabled,.is-disabled>.dsl-control{background:var(--muted);border-color:color-mix(in srgb,var(--input) 65%,var(--muted));box-shadow:none}
:is(.dsl-control.is-disabled,.is-disabled>.dsl-control)>*{opacity:var(--disabled-opacity)}
:is(.dsl-field,.dsl-radio).is-disabled:not(.dsl-upload)>:is(.dsl-field-label,.dsl-field-hint,.dsl-field-error){opacity:var(--disabled-opacity)}
.dsl-control-end{margin-inline-start:auto;display:inline-flex;align-items:center;gap:6px;color:var(--muted-foreground)}
.dsl-kbd{display:inline-flex;align-items:center;height:20px;padding:0 6px;border:1px solid var(--border);border-radius:min(5px,var(--radius));background:var(--muted);font-size:11px;font-weight:500;color:var(--muted-foreground)}

.dsl-image{position:relative;overflow:hidden;min-width:0;border-radius:var(--radius)}
.dsl-image>img{width:100%;height:100%;object-fit:cover}
/* A logo keeps the corners it is drawn with (a square mark is no pill) and is shown whole; in a
   column one given no width is as wide as its picture at its height, at the start, as a header's
   logo sits (stretched across the column, it floated in the middle). */
.dsl-image.is-logo,.is-logo-strip>.dsl-image:not(.is-placeholder){border-radius:0}
.is-logo-strip>.dsl-image>img{object-fit:contain}
.dsl-vflow>.dsl-image.is-logo:not(.has-width){align-self:flex-start}
/* A picture Chromium cannot draw after all (the validator finds most: they draw the placeholder)
   shows the placeholder's stripes and its alt text, never the broken-image icon: only such an
   image has an ::after. */
.dsl-image>img::after{content:attr(alt);position:absolute;inset:0;display:flex;align-items:center;justify-content:center;padding:8px;background:repeating-linear-gradient(135deg,var(--muted) 0 10px,color-mix(in srgb,var(--muted) 55%,var(--surface)) 10px 20px);border:1px dashed var(--input);border-radius:inherit;color:var(--foreground);font-size:13px;font-weight:500;text-align:center;overflow:hidden}
.dsl-image.is-placeholder{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:8px;min-height:120px;padding:12px;background:repeating-linear-gradient(135deg,var(--muted) 0 10px,color-mix(in srgb,var(--muted) 55%,var(--surface)) 10px 20px);border:1px dashed var(--input);color:var(--muted-foreground);text-align:center}
.dsl-image.is-placeholder.is-sized{min-height:0}
/* A placeholder too low for its icon, alt and file name (a narrow card's cover, a sized box)
   draws whole lines only: what does not fit under the icon wraps to a second column, each item as
   wide as the box and a box's width apart (past its padding too), so that column lies outside it,
   clipped; the lines kept stay centred. The lines were centred past the box's top and bottom, cut
   across their letters. (A backdrop under a stack's layers keeps its caption in a corner.) */
.dsl-image.is-placeholder:not(.is-strip,.is-compact,.is-backdrop){flex-wrap:wrap;align-content:flex-start;column-gap:100%}
.dsl-image.is-placeholder:not(.is-strip,.is-compact,.is-backdrop)>*{width:100%}
.dsl-image.is-placeholder.is-compact{padding:0;gap:0;border-radius:var(--radius-sm)}
.dsl-image.is-placeholder.is-strip{flex-direction:row;gap:6px;padding:0 8px}
/* A low placeholder as wide as its column: one line, one line high, so that an alt that does not
   fit beside the icon even cut to 6em wraps to a second line that is clipped away (a thumbnail
   shows its icon alone); one that fits is centred with the icon, cut with an ellipsis if long. */
.dsl-image-line{flex:1 1 0;min-width:0;display:flex;flex-wrap:wrap;justify-content:center;align-items:center;column-gap:6px;height:20px;overflow:hidden}
.dsl-image-line>svg{flex:none}
.dsl-image-line>.dsl-image-alt{flex:1 1 6em;max-width:max-content;line-height:20px}
/* A logo's placeholder is a box for a mark, a little rounded, not one of the theme's pills. */
.dsl-image.is-placeholder:is(.is-logo,.is-logo-strip>*){border-radius:min(var(--radius-sm),8px)}
.dsl-image-alt{font-size:13px;font-weight:500;color:var(--foreground);max-width:100%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
/* A low, wide placeholder's caption on two lines, when one would be cut (`placeholder_caption`);
   a placeholder given only a height is a photo's 4:3 in a row, where its content set its width
   (`placeholder_box`; a grid's cell and a column keep their stretch). */
.dsl-image-alt.is-two-lines{white-space:normal;line-height:1.25;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow-wrap:anywhere}
.dsl-hflow>.dsl-image.is-placeholder.is-photo-ratio{aspect-ratio:4/3}
.dsl-image-src{font-size:11.5px;font-family:var(--font-mono);max-width:100%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}

.dsl-card{position:relative;display:flex;flex-direction:column;gap:var(--gap);min-width:0;padding:var(--pad);background:var(--surface);color:var(--foreground);border:1px solid var(--border);border-radius:var(--radius-lg);box-shadow:var(--shadow-sm)}
.dsl-card-head{display:flex;flex-wrap:wrap-reverse;align-items:center;gap:6px 12px}
/* wrap-reverse: a badge that does not fit beside the title goes above it, to the top corner (cross axis reversed: flex-end is the top) */
.dsl-card-icon{display:inline-flex;align-items:center;justify-content:center;width:36px;height:36px;flex:none;border-radius:var(--radius);background:var(--primary-soft);color:var(--primary-text)}
.dsl-card-titles{display:flex;flex-direction:column;gap:2px;flex:1 1 0;max-width:100%}
/* The titles are at least as wide as the title's longest word (a badge that does not fit beside
   it goes above), never wider than the head (max-width caps that minimum: a longer word breaks).
   A description's words do not widen them: a URL in it breaks anywhere rather than push the icon
   and the badge off the title's line. */
.dsl-card-title{font-size:16px;font-weight:600;line-height:24px;letter-spacing:-.01em;overflow-wrap:break-word}
.dsl-card-desc{font-size:13.5px;color:var(--muted-foreground);overflow-wrap:anywhere}
.dsl-card-text{margin:0;font-size:14px;line-height:1.55;white-space:pre-line;overflow-wrap:break-word}
.dsl-card-actions{display:flex;justify-content:flex-end;gap:8px;margin-top:auto;padding-top:4px}
.dsl-card--flat{box-shadow:none}
.dsl-card.is-flush{overflow:clip;gap:0}
.dsl-card.is-flush>:is(.dsl-card-head,.dsl-card-text):not(:last-child){padding-bottom:var(--gap)}
.dsl-card.is-flush>.dsl-card-text{padding-top:0}
.dsl-card.is-flush>:is(.dsl-card-head,.dsl-card-text,.dsl-card-actions){padding-inline:var(--pad)}
.dsl-card.is-flush>.dsl-card-head{padding-top:var(--pad)}
.dsl-card.is-flush>.dsl-card-actions{padding-bottom:var(--pad)}
.dsl-card.is-flush>:is(.dsl-table,.dsl-list){border-width:1px 0 0;border-radius:0;box-shadow:none}
.dsl-card.is-flush>:is(.dsl-table,.dsl-list):first-child{border-top-width:0}
.dsl-card.is-flush>.dsl-table :is(th,td):first-child{padding-inline-start:var(--pad)}
.dsl-card.is-flush>.dsl-table :is(th,td):last-child{padding-inline-end:var(--pad)}
/* Other content in a flush card keeps the card's inset: pagination as a footer bar under a
   table, with the table's rule above it; text, buttons and fields as in a padded card (rows and
   columns are the author's own bands and run to the border). */
.dsl-card.is-flush>.dsl-pagination{padding:calc(var(--pad) * .6) var(--pad);border-top:1px solid var(--border)}
.dsl-card.is-flush>.dsl-pagination:first-child{border-top:0}
.dsl-card--muted{background:var(--muted);border-color:transparent;box-shadow:none}
.dsl-card--elevated{background:var(--surface-elevated);border-color:transparent;box-shadow:var(--shadow-lg)}
.dsl-card--outline{background:transparent;box-shadow:none}
.dsl-card:is(.dsl-card--danger,.dsl-card--warning,.dsl-card--success,.dsl-card--info){border-color:color-mix(in srgb,var(--tone) 45%,var(--border))}
.dsl-card:is(.dsl-card--danger,.dsl-card--warning,.dsl-card--success,.dsl-card--info)>.dsl-card-head .dsl-card-title,.dsl-card:is(.dsl-card--danger,.dsl-card--warning,.dsl-card--success,.dsl-card--info)>.dsl-card-body>.dsl-card-head .dsl-card-title{color:var(--tone-text)}
.dsl-card--danger{--tone:var(--danger);--tone-text:var(--danger-text)}.dsl-card--warning{--tone:var(--warning);--tone-text:var(--warning-text)}.dsl-card--success{--tone:var(--success);--tone-text:var(--success-text)}.dsl-card--info{--tone:var(--info);--tone-text:var(--info-text)}
.dsl-card>.dsl-card-cover{flex:none;align-self:stretch;aspect-ratio:16/9;max-height:240px;min-height:0;margin:calc(-1 * var(--cover-top,var(--pad))) calc(-1 * var(--cover-right,var(--pad))) 0 calc(-1 * var(--cover-left,var(--pad)));padding:12px;border:0;border-radius:inherit;border-end-start-radius:0;border-end-end-radius:0}
.dsl-card>.dsl-card-cover:not(.is-placeholder){padding:0}
.dsl-card.is-flush>.dsl-card-cover+.dsl-card-head{padding-top:0}
/* A card whose content runs in a row (direction: row) has its cover as the row's first column (a
   media object: a listing's photo beside its name and price): at its start side, as tall as the
   card or as its 4:3 shape needs, a fraction of the card's width; its margins undo the card's
   padding at the top, bottom and start. A cover at the top overlapped the row's texts. */
.dsl-card.has-side-cover>.dsl-card-cover{width:clamp(96px,30%,200px);aspect-ratio:4/3;max-height:none;margin:calc(-1 * var(--cover-top,var(--pad))) 0 calc(-1 * var(--cover-bottom,var(--pad)));margin-inline-start:calc(-1 * var(--cover-left,var(--pad)));border-radius:inherit;border-start-end-radius:0;border-end-end-radius:0}
[dir=rtl] .dsl-card.has-side-cover>.dsl-card-cover{margin-inline-start:calc(-1 * var(--cover-right,var(--pad)))}
/* Beside it the body (card.py's BODY_CLASS): the head, text, children and actions one under
   another, the card's gap apart, in the width the cover leaves. In a card with no padding the
   body keeps the inset (only the cover runs to the border). */
.dsl-card-body{display:flex;flex-direction:column;gap:inherit;flex:1 1 0%;min-width:0}
.dsl-card.is-flush.has-side-cover>.dsl-card-body{padding:var(--pad)}
.dsl-card.is-flush.has-side-cover:not([style*="gap:"])>.dsl-card-body{gap:var(--gap)}
.dsl-card-badge{margin-inline-start:auto;align-self:flex-end}
.dsl-hflow>.dsl-card.has-cover:not(.has-width){flex:1 1 200px}
/* A row of cards and nothing else (KPI cards, plans) shares its width and its height, as a row of
   stats does: cards sized by their content ended short of the row at different heights. A form
   drawn as a card (`variant: card`) is a card here: beside a pane of set width it shrank to its
   fields and left half the row empty where a card with the same children filled it. Cards beside
   a sidebar or a list (a mail client's reading pane) take the room those leave, and cards beside
   charts without a width share the row equally with them, as charts do (`grows-cards`, see
   layout.grows_cards: not in a row the author placed with `justify`); such a list is a pane
   as wide as its content, at least 240 px and at most 360 px (less in a narrow row), rather than
   shrunk to its shortest line or pressing the card to nothing with a long one. */
.dsl-hflow.grows-cards:not(.stacks-panes)>:is(.dsl-card,.dsl-form--card):not(.has-width){flex:1 1 0%;min-width:0}
.dsl-hflow.grows-cards>.dsl-list:not(.dsl-list--plain,.has-width){flex:0 1 auto;width:max-content;min-width:min(240px,40%);max-width:min(360px,50%)}
.dsl-hflow:not([style*="align-items"]):not(:has(>:not(.dsl-card,.dsl-form--card)))>:is(.dsl-card,.dsl-form--card){align-self:stretch}
.dsl-hflow.has-flexed-child>.dsl-card.has-cover:not(.has-width){flex-grow:0}
/* In a row that wraps (`wrap: true`, or a row of cards on a phone-wide canvas) a card starts from
   200 px, or the row's width if narrower: cards share a line while that many fit and go on to the
   next line instead of being squeezed until their words break. */
.dsl-hflow.is-wrapping:not(.has-flexed-child)>:is(.dsl-card,.dsl-form--card):not(.has-width){flex:1 1 min(100%,200px);min-width:0}
/* A card's last button, or its last row of buttons (a plan's "Upgrade"), sits at the card's foot:
   in a row of cards stretched to the tallest, the buttons line up instead of following each
   card's own content. A card whose author placed its children (justify) keeps them there. */
:is(.dsl-card:not([style*="justify-content"]),.dsl-card-body)>:is(.dsl-button,.dsl-hflow:not(:has(>:not(.dsl-button)))):last-child:not(:first-child){margin-top:auto}

.dsl-modal-backdrop{position:absolute;inset:0;z-index:50;display:flex;align-items:center;justify-content:center;padding:24px;background:var(--overlay)}
.dsl-modal{position:relative;display:flex;flex-direction:column;gap:calc(var(--gap) + 4px);width:440px;max-width:100%;padding:calc(var(--pad) * 1.2);background:var(--surface);color:var(--foreground);border:1px solid var(--border);border-radius:var(--radius-lg);box-shadow:var(--shadow-lg)}
.dsl-modal-head{display:flex;align-items:flex-start;gap:14px}
.dsl-modal-icon{display:inline-flex;align-items:center;justify-content:center;width:40px;height:40px;flex:none;border-radius:50%;background:var(--primary-soft);color:var(--primary-text)}
.dsl-modal--danger .dsl-modal-icon{background:var(--danger-soft);color:var(--danger)}
.dsl-modal-titles{display:flex;flex-direction:column;gap:6px;min-width:0;flex:1}
.dsl-modal-title{font-size:18px;font-weight:600;line-height:26px;letter-spacing:-.01em}
.dsl-modal-desc{color:var(--muted-foreground);font-size:14px}
.dsl-modal-close{color:var(--muted-foreground);margin:-4px -6px 0 0}
.dsl-modal-body{display:flex;flex-direction:column;gap:var(--gap);min-width:0}
.dsl-modal-body:empty{display:none}
.dsl-modal-actions{display:flex;justify-content:flex-end;gap:8px;padding-top:4px}
/* A dialog taller than its backdrop (a form of many fields on a phone) keeps to it, 24 px from its
   edges, as a browser keeps a dialog on the screen: its head and its actions stay in view and
   its children scroll between them, cut at the body's end under a hairline while some are
   hidden (the sheet's body rules below). A full-page image draws it whole (modal_fit). */
.is-dialog>.dsl-modal{max-height:100%}
/* A destructive action beside a decision (Delete beside Cancel and Save) stands apart at the
   footer's start, the others at its end (`footer_order` puts it first). */
:not(.dsl-modal--sheet)>.dsl-modal-actions.is-danger-apart>.dsl-button--danger:has(+:not(.dsl-button--danger)){margin-inline-end:auto}
/* A bottom sheet (`variant: sheet`): on its backdrop's bottom edge, as wide as it up to 640 px
   (Material's cap for a sheet on a wide screen; `size` sets another), centred. Its top corners
   are rounded a step more than a dialog's (20 px on the default 12; a square theme stays square),
   its bottom ones square; only its top edge has a hairline (at a phone's sides and bottom it
   meets the screen's edges, where a border would draw a frame); a grab handle sits centred
   above its head; its shadow falls upward on the page; its actions stack full width. It is at
   most as tall as its backdrop less 48 px, as iOS and Material leave the status bar and a strip
   of the page above a tall sheet: its handle, head and actions stay put and its children scroll
   between them (with a few px inside the scrolling box for their shadows), a hairline over the
   actions while some are hidden under it (the body's scroll timeline exists only then). */
.dsl-modal-backdrop.is-sheet{align-items:flex-end;padding:48px 0 0}
.is-sheet>.dsl-modal--sheet{width:100%;max-width:640px;max-height:100%}
.dsl-modal--sheet>:not(.dsl-modal-body),.is-dialog>.dsl-modal>:not(.dsl-modal-body){flex-shrink:0}
.dsl-modal--sheet>.dsl-modal-body,.is-dialog>.dsl-modal>.dsl-modal-body{flex:1 1 auto;min-height:0;overflow:auto;scrollbar-width:none;margin:-4px calc(var(--pad) * -1.2);padding:4px calc(var(--pad) * 1.2);animation:dsl-body-more linear both;animation-timeline:scroll(self block)}
.dsl-modal--sheet>.dsl-modal-body>*,.is-dialog>.dsl-modal>.dsl-modal-body>*{flex-shrink:0}
@keyframes dsl-body-more{from,to{box-shadow:0 1px 0 var(--border)}}
.dsl-modal--sheet{--sheet-radius:min(calc(var(--radius-lg) + 8px),calc(var(--radius-lg) * 2));border-width:1px 0 0;border-radius:var(--sheet-radius) var(--sheet-radius) 0 0;padding-top:calc(var(--pad) * 1.2 + 8px);padding-bottom:calc(var(--pad) * 1.2 + 4px);box-shadow:0 -8px 32px -4px rgba(16,24,40,.16),0 -2px 8px -2px rgba(16,24,40,.06)}
.dsl-modal-handle{position:absolute;top:8px;left:50%;width:36px;height:5px;margin-left:-18px;border-radius:3px;background:color-mix(in srgb,var(--muted-foreground) 45%,transparent)}
.dsl-modal--sheet>.dsl-modal-actions{flex-direction:column;align-items:stretch;padding-top:8px}
.dsl-modal--sheet>.dsl-modal-actions>.dsl-button{width:100%}
/* A destructive action that is not the sheet's decision comes last, apart from the others. */
.dsl-modal--sheet>.dsl-modal-actions.is-danger-apart>:not(.dsl-button--danger)+.dsl-button--danger{margin-top:8px}
/* A side panel (`variant: drawer` on a wide canvas; `side`, `panel`, `right`; `left` on the start
   edge: `is-start`): the full height of its backdrop on its end edge, 440 px wide unless `size`
   says otherwise, always leaving a strip of the dimmed page beside it (48 px on a phone, as
   Material's drawers do). Its head (a hairline under it) and its footer bar of actions (a
   hairline over it, the buttons at its end in a dialog's order) stay put; its children scroll
   between them (an image shows their start) and are not squeezed to fit. Its corners on the
   edge are square, those facing the page round as a dialog's (a square theme stays square);
   only its side facing the page has a hairline; its shadow falls on the page. */
.dsl-modal-backdrop.is-side{align-items:stretch;justify-content:flex-end;padding:0}
.dsl-modal-backdrop.is-side.is-start{justify-content:flex-start}
.dsl-modal--side{gap:0;padding:0;max-width:calc(100% - 48px);border-width:0;border-inline-start-width:1px;border-radius:0;border-start-start-radius:var(--radius-lg);border-end-start-radius:var(--radius-lg);box-shadow:0 0 40px -4px rgba(16,24,40,.18),0 0 12px -4px rgba(16,24,40,.08)}
.is-start>.dsl-modal--side{border-inline-start-width:0;border-inline-end-width:1px;border-start-start-radius:0;border-end-start-radius:0;border-start-end-radius:var(--radius-lg);border-end-end-radius:var(--radius-lg)}
.dsl-modal--side>.dsl-modal-head{padding:var(--pad) calc(var(--pad) * 1.2);border-bottom:1px solid var(--border)}
.dsl-modal--side>.dsl-modal-body{flex:1 1 auto;min-height:0;overflow:auto;scrollbar-width:none;padding:calc(var(--pad) * 1.2)}
.dsl-modal--side>.dsl-modal-body>*{flex-shrink:0}
.dsl-modal--side>.dsl-modal-actions{margin-top:auto;padding:calc(var(--pad) * .8) calc(var(--pad) * 1.2);border-top:1px solid var(--border)}

.dsl-navbar{position:relative;display:flex;align-items:center;gap:24px;flex:none;height:calc(var(--control-h) + 24px);padding:0 24px;background:var(--surface);color:var(--foreground);border-bottom:1px solid var(--border);min-width:0}
.dsl-navbar.is-bare{border-bottom:0}
/* What gives way when the bar is too narrow for all of it, in turn: the links (to their "more"
   item: the strip only grows into the room the rest leaves, up to its links' width, before an end
   with a spacer grows), then the title (an ellipsis), then the search and the buttons' labels
   (see navbar_fold; the bar is then a size container, as wide as its parts are estimated where its
   width comes from its content). The start, the logo and the actions keep their size. */
.dsl-navbar-brand{display:flex;align-items:center;gap:10px;min-width:0;font-size:16px;font-weight:700;letter-spacing:-.01em;white-space:nowrap}
.dsl-navbar-brand>span:last-child{overflow:hidden;text-overflow:ellipsis}
.dsl-navbar.dsl-navbar-folds{container:dsl-navbar/inline-size}
/* A phone screen's bar (see navbar_start): a back button in the link colour, or a navigation
   glyph as a plain icon button, at its start; with `align: center` and no links, three columns:
   the start and the end (actions) as wide as each other where room allows, the title centred
   between them, giving way first (an ellipsis) when it is too long. */
.dsl-navbar-back,.dsl-navbar-nav{display:inline-flex;align-items:center;flex:none;gap:0;color:var(--primary-text);font-size:16px;white-space:nowrap}
.dsl-navbar-nav{color:var(--foreground)}
.dsl-navbar-back+.dsl-navbar-brand,.dsl-navbar-nav+.dsl-navbar-brand{margin-inline-start:-12px}
.dsl-navbar.is-centered{display:grid;grid-template-columns:minmax(max-content,1fr) minmax(0,auto) minmax(max-content,1fr);gap:12px}
.dsl-navbar-start{display:flex;align-items:center;min-width:0}
.dsl-navbar.is-centered>.dsl-navbar-brand{justify-self:center;min-width:0;max-width:100%}
.dsl-navbar.is-centered>.dsl-navbar-end{justify-self:end;margin-inline-start:0}
.dsl-navbar-logo{display:inline-flex;flex:none;align-items:center;justify-content:center;width:30px;height:30px;border-radius:var(--radius);background:var(--primary);color:var(--primary-foreground)}
.dsl-navbar-links{position:relative;display:flex;flex:1000000 1 0%;max-width:max-content;flex-wrap:wrap;align-content:flex-start;align-items:stretch;gap:4px;align-self:stretch;min-width:0;padding-inline-end:52px;overflow:hidden;container-type:scroll-state}
.dsl-navbar-link{display:flex;align-items:center;gap:7px;min-height:100%;padding:0 calc(var(--control-h) / 2 - 6px);font-size:14px;font-weight:500;color:var(--muted-foreground);white-space:nowrap;box-shadow:inset 0 -2px 0 transparent}
.dsl-navbar-link.is-active{color:var(--foreground);box-shadow:inset 0 -2px 0 var(--primary-indicator)}
.dsl-navbar-link.is-disabled{opacity:var(--disabled-opacity);color:var(--foreground)}
.dsl-navbar-more{position:absolute;inset-block:0;inset-inline-end:0;width:48px;align-items:center;justify-content:center;gap:2px;background:var(--navbar-fill,var(--surface));color:var(--muted-foreground)}
@container scroll-state(scrollable: bottom){.dsl-navbar-more{display:flex}}
@container scroll-state(scrollable: inline-end){.dsl-navbar-link{visibility:hidden}.dsl-navbar-more{display:flex;inset-inline:0 auto}}
.dsl-navbar-end{display:flex;flex:none;align-items:center;gap:12px;margin-inline-start:auto}
.dsl-count{display:inline-flex;align-items:center;justify-content:center;min-width:20px;height:20px;padding:0 6px;border-radius:var(--radius-pill);background:var(--muted);color:var(--muted-foreground);font-size:11.5px;font-weight:600;line-height:1;font-variant-numeric:tabular-nums}
.is-active>.dsl-count{background:var(--primary-solid);color:var(--primary-foreground)}

.dsl-sidebar{position:relative;display:flex;flex-direction:column;gap:2px;width:240px;flex:none;min-height:0;padding:16px 12px;background:var(--surface);color:var(--foreground);border-inline-end:1px solid var(--border);overflow:hidden}
/* A sidebar with a fill or rounded corners of its own is a panel (a music app's dark rounded
   library): its hairline, the line between a page's sidebar and its content, bent round the
   radius. A border in its style still wins. */
.dsl-sidebar:is([style*="background"],[style*="border-radius"]){border-inline-end:0}
/* A sidebar after the content (an article's related links on the right) has its hairline on its
   start side, between the content and itself, not on the screen's edge. */
.dsl-hflow>.dsl-sidebar:last-child:not(:first-child):not([style*="background"],[style*="border-radius"]){border-inline-end:0;border-inline-start:1px solid var(--border)}
/* On a phone-wide canvas (`stacks-panes`, see layout.narrow_canvas_classes) a row holding a
   sidebar, or panes that do not fit side by side (a form beside a 380 px pane), puts each pane on
   a line of its own, as wide as the screen (whatever width it has for a wide screen); a sidebar
   has its hairline between it and the content: beside a 240 px sidebar an article was squeezed
   to a word a line, a form beside a 380 px pane to 30 px. */
.dsl-hflow.stacks-panes{flex-wrap:wrap;align-content:flex-start}
.dsl-hflow.stacks-panes>:not(.has-width){flex:1 1 100%;width:auto;max-width:100%}
.dsl-hflow.stacks-panes>.has-width:not(.dsl-abs-layer){flex:1 1 100%;max-width:100%}
.dsl-hflow.stacks-panes>.dsl-sidebar{min-width:100%;border-inline:0}
.dsl-hflow.stacks-panes>.dsl-sidebar:not(:first-child){border-block-start:1px solid var(--border)}
.dsl-hflow.stacks-panes>.dsl-sidebar:first-child{border-block-end:1px solid var(--border)}
.dsl-sidebar-brand{display:flex;align-items:center;gap:10px;padding:4px 8px 16px;font-size:16px;font-weight:700;letter-spacing:-.01em}
.dsl-sidebar-item{display:flex;align-items:center;gap:10px;height:var(--control-h);padding:0 calc(var(--control-h) / 2 - 8px);border-radius:var(--radius);font-size:14px;font-weight:500;color:var(--muted-foreground);white-space:nowrap}
.dsl-sidebar-item>.dsl-i{color:var(--muted-foreground)}
.dsl-sidebar-item.is-active{background:var(--primary-soft);color:var(--primary-text)}
.dsl-sidebar-item.is-active>.dsl-i{color:var(--primary-text)}
.dsl-sidebar-item.is-danger{--item-tone:var(--danger-text)}.dsl-sidebar-item.is-success{--item-tone:var(--success-text)}.dsl-sidebar-item.is-warning{--item-tone:var(--warning-text)}.dsl-sidebar-item.is-info{--item-tone:var(--info-text)}
.dsl-sidebar-item:not(.is-active):is(.is-danger,.is-success,.is-warning,.is-info),.dsl-sidebar-item:not(.is-active):is(.is-danger,.is-success,.is-warning,.is-info)>.dsl-i{color:var(--item-tone)}
.dsl-sidebar-item.is-disabled{opacity:var(--disabled-opacity)}
.dsl-sidebar-item.is-disabled,.dsl-sidebar-item.is-disabled>.dsl-i{color:var(--foreground)}
.dsl-sidebar-item-label{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis}
.dsl-sidebar-group{padding:16px calc(var(--control-h) / 2 - 8px) 6px;font-size:11.5px;font-weight:600;letter-spacing:.06em;text-transform:uppercase;color:var(--muted-foreground)}
.dsl-sidebar-sep{height:1px;margin:8px 4px;background:var(--border)}
.dsl-sidebar.has-width{container-type:inline-size}
@container (max-width:120px){.dsl-sidebar-end{padding-inline:0}.dsl-sidebar-item{position:relative;flex-direction:column;justify-content:center;height:auto;min-height:52px;padding:6px 2px;gap:3px;font-size:11px;line-height:14px;text-align:center}.dsl-sidebar-item-label{flex:none;max-width:100%}.dsl-sidebar-item>.dsl-count{position:absolute;top:2px;right:calc(50% - 22px);min-width:16px;height:16px;padding:0 4px;font-size:10px}.dsl-sidebar-brand{justify-content:center;padding-inline:0;text-align:center;overflow-wrap:anywhere}.dsl-sidebar-group{padding-inline:0;text-align:center;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}}
@container (max-width:47px){.dsl-sidebar-item{min-height:40px}.dsl-sidebar-item-label{display:none}.dsl-sidebar-brand>span{display:none}}
.dsl-sidebar-end{display:flex;flex-direction:column;gap:8px;margin-top:auto;padding:12px calc(var(--control-h) / 2 - 8px) 0}
"""

HEADINGS = f""".dsl-heading{{font-weight:{HEADING_WEIGHT};color:var(--foreground);letter-spacing:-.015em;overflow-wrap:normal;word-break:normal}}
""" + heading_rules(
    HEADING_PX,
    HEADING_LINE_PX,
    {
        1: f";font-weight:{heading_weight(1)};letter-spacing:-.025em",
        2: ";letter-spacing:-.02em",
        6: ";letter-spacing:0;color:var(--muted-foreground)",
    },
)
"""Headings' type, from the sizes the validator reads too (`heading_type`)."""

TEXT = """
.dsl-paragraph{color:color-mix(in srgb,var(--foreground) var(--paragraph-share,78%),var(--background));line-height:1.6;white-space:pre-line;overflow-wrap:normal;word-break:normal}
.has-long-word{overflow-wrap:anywhere}
/* A heading or a title that wraps shares its words evenly between its lines ("Customer analytics /
   without the data team", not a last line of one word), in every language; body text only keeps
   its last line from being a lone word, centred short text is balanced too (text_wrap.py). The
   style alone is set (not the `text-wrap` shorthand), so a title kept to one line
   (`white-space:nowrap`, an ellipsis) stays on one. */
.dsl-heading,.dsl-section-title,.dsl-header-title,.dsl-card-title,.dsl-modal-title{text-wrap-style:balance}
/* A heading in a row with something right after it (a product's "Active" badge, a count) fills
   each line before it wraps: balancing narrows its lines but not its box, which keeps the width
   the row gave it, and the badge sat some 340 px past the words. A filled line ends within a word
   of the box's end (the one that did not fit), so what follows sits by the words, as in any page
   a browser draws (no CSS shrinks a box to its wrapped lines). Before a spacer (buttons pushed to
   the row's end) or with nothing after it, it stays balanced. */
.dsl-hflow>.dsl-heading:has(+:not(.dsl-spacer)){text-wrap-style:auto}
/* Links are told apart from body text by colour, or by an underline where the theme's link colour
   is within 3:1 of the text's (--link-decoration: the light theme's indigo, a black brand's). A
   muted link is the muted text's colour: its underline alone tells it (WCAG 1.4.1). */
.dsl-link{display:inline-flex;align-items:center;gap:5px;color:var(--primary-text);font-weight:500;text-decoration:var(--link-decoration);text-underline-offset:3px;cursor:default}
.dsl-link--underline{text-decoration:underline}
.dsl-link--muted{color:var(--muted-foreground);text-decoration:underline}
.dsl-label{display:block;font-size:13px;font-weight:500;line-height:20px;color:var(--foreground)}
/* A label just above a checkbox or a switch titles a group of them (docs/dsl.md), as a radio
   group's question does: in a field label's size (14 px, 15 on touch), not a caption's 13; in a
   column of the theme's gap (the checkboxes as far apart as a radio group's options), 6 px above
   the first, as the question is above the options. */
.dsl-label:has(+:is(.dsl-checkbox,.dsl-toggle)){font-size:var(--field-label-size,14px)}
.dsl-column:not([style*=gap])>.dsl-label:has(+:is(.dsl-checkbox,.dsl-toggle)){margin-bottom:calc(6px - var(--gap))}
.dsl-label.is-caps{font-size:11.5px;font-weight:600;letter-spacing:.07em;color:var(--muted-foreground)}
.dsl-code{font-size:.875em;padding:2px 6px;border-radius:min(6px,var(--radius));background:var(--muted);color:var(--foreground);border:1px solid var(--border);white-space:nowrap}
/* A code of its own (an API key in a card) never runs out of its container: as a block's lines
   are, it is cut at the edge, here with an ellipsis (inline in a text, no box to cut). */
.dsl-code:not(.is-block){max-width:100%;overflow:hidden;text-overflow:ellipsis}
.dsl-code.is-block{display:block;padding:14px 16px;font-size:13px;line-height:1.65;border-radius:var(--radius);white-space:pre;overflow:hidden;tab-size:2}
/* Boxes that clip their content could be squeezed to nothing in a column that overflows the
   canvas (a flex item that clips may shrink below its content): they keep their content's
   height unless the author sized them. */
.dsl-code.is-block:not(.has-height),.dsl-table:not(.has-height),.dsl-accordion:not(.has-height){min-height:min-content}
/* A pill never outgrows its box: its text ends in an ellipsis inside it (the text's own box,
   dsl-badge-text), and stretched by a grid or a row it keeps its height (max-height) and, in a
   grid, its width. */
.dsl-badge{display:inline-flex;align-items:center;gap:4px;flex:none;min-height:22px;max-width:100%;padding:0 9px;border-radius:var(--radius-pill);font-size:12px;font-weight:500;line-height:1;white-space:nowrap;background:var(--muted);color:var(--foreground);border:1px solid transparent;overflow-x:clip}
.dsl-badge:not(.has-height){max-height:max-content}
.dsl-grid>.dsl-badge:not(.has-width){justify-self:start}
/* overflow-x:clip cuts the text only sideways (the glyphs' descent, taller than the 1.0 line,
   still shows), 2 px past its ends: a glyph's edge pixels reach past its advance. */
.dsl-badge-text{min-width:0;overflow-x:clip;text-overflow:ellipsis;padding-inline:2px;margin-inline:-2px}
/* A neutral pill on a light page keeps an edge: its outer pixel is the muted text colour at
   7.65%, over white exactly the light palette's --muted (#f4f4f5), so on a white surface the pill
   looks as it always did, while on a light grey page (#f1f5f9), where the fill melts into the
   page, that pixel draws a hairline a shade darker than the page. The fill stays solid, so on a
   dark band the pill and its dark text still read; the dark palette's pill contrasts already. */
[data-theme=light] .dsl-badge--neutral{background-clip:padding-box;border-color:color-mix(in srgb,var(--muted-foreground) 7.65%,transparent)}
.dsl-badge--primary{background:var(--primary-soft);color:var(--primary-text)}
.dsl-badge--success{background:var(--success-soft);color:var(--success-text)}
.dsl-badge--warning{background:var(--warning-soft);color:var(--warning-text)}
.dsl-badge--danger{background:var(--danger-soft);color:var(--danger-text)}
.dsl-badge--info{background:var(--info-soft);color:var(--info-text)}
.dsl-badge--outline{background:transparent;border-color:var(--border);color:var(--foreground)}
.dsl-badge--solid{background:var(--primary-solid);color:var(--primary-foreground)}
.dsl-badge-dot{width:6px;height:6px;border-radius:50%;background:currentColor}
/* Stretched wider than its content (a time slot in a grid cell) a chip centres it, as a button does;
   `safe`: a chip squeezed narrower keeps its start in view. */
.dsl-chip{display:inline-flex;align-items:center;justify-content:safe center;gap:6px;flex:none;height:calc(var(--control-h) - 8px);padding:0 calc(var(--control-h) / 2 - 6px);border-radius:var(--radius-pill);border:1px solid var(--border);background:var(--surface);font-size:13px;font-weight:500;white-space:nowrap;color:var(--foreground)}
.dsl-chip>.dsl-i{color:var(--muted-foreground)}
.dsl-chip--primary,.dsl-chip.is-active{background:var(--primary-soft);border-color:var(--primary-edge);color:var(--primary-text)}
.dsl-chip--primary>.dsl-i,.dsl-chip.is-active>.dsl-i{color:var(--primary-text)}
.dsl-chip-remove{margin-inline-end:-4px;opacity:.7}
"""
TEXT += WRAP_CSS
TEXT += IDENTIFIER_CSS
TEXT += TALL_SCRIPT_CSS

FORMS = """
.dsl-form{position:relative;display:flex;flex-direction:column;gap:calc(var(--gap) + 4px);min-width:0}
.dsl-form-head{display:flex;flex-direction:column;gap:4px;margin-bottom:4px}
.dsl-form-title{font-size:22px;font-weight:700;line-height:30px;letter-spacing:-.02em}
.dsl-form-desc{color:var(--muted-foreground)}
/* A form drawn as a card is one: a card's padding, border, radius and shadow, its title (16 px)
   and description (13.5 px), 2 px apart, so a settings page of form cards and cards reads as one
   system; its fields keep the form's rhythm below the head. A host's or a footer's smaller title
   still wins (the title's rule is the plain form's weight). */
.dsl-form--card{padding:var(--pad);background:var(--surface);border:1px solid var(--border);border-radius:var(--radius-lg);box-shadow:var(--shadow-sm)}
.dsl-form--card>.dsl-form-head{gap:2px;margin-bottom:0}
:where(.dsl-form--card>.dsl-form-head)>.dsl-form-title{font-size:16px;font-weight:600;line-height:24px;letter-spacing:-.01em}
:where(.dsl-form--card>.dsl-form-head)>.dsl-form-desc{font-size:13.5px}
/* A form inside a titled host (card, modal, section) or a sidebar has a smaller title than its
   host's; in a footer, its title is on the 20 px line of the footer's column headings (h6), a
   step larger (14 px), so a newsletter form's title lines up with them. */
:is(.dsl-card:has(>.dsl-card-head .dsl-card-title,>.dsl-card-body>.dsl-card-head .dsl-card-title),.dsl-modal:has(.dsl-modal-title),.dsl-section:has(.dsl-section-title),.dsl-sidebar) .dsl-form-title{font-size:15px;font-weight:600;line-height:22px;letter-spacing:-.01em}
.dsl-footer .dsl-form-title{font-size:14px;font-weight:600;line-height:20px;letter-spacing:0}
.dsl-form-actions{display:flex;justify-content:flex-end;gap:8px;margin-top:4px}
.dsl-select .dsl-control-end,.dsl-control.is-select .dsl-control-end{color:var(--muted-foreground)}
.dsl-choice{display:flex;align-items:flex-start;gap:10px;min-width:0;font-size:14px;line-height:20px}
.dsl-choice-text{display:flex;flex-direction:column;gap:1px;min-width:0;overflow-wrap:break-word}
.dsl-choice-label{font-weight:500;color:var(--foreground)}
.dsl-choice-hint{font-size:12.5px;line-height:18px;color:var(--muted-foreground)}
.dsl-choice.is-disabled{opacity:var(--disabled-opacity)}
.dsl-checkbox.is-invalid .dsl-checkmark{border-color:var(--danger)}
/* Checkboxes, radios and switches are sized by the density (--check-size, --toggle-w,
   --toggle-h: 18, 38 x 22; touch 22, 51 x 31); a mark is centred on its label's first line, a
   knob is the track's height less 2 px a side. What shows a choice is made (the box's fill, the
   dot's ring, the switch's track, a card's outline) is --primary-indicator, which stands out
   from the surface where the primary itself would not (a deep brand on a dark theme). A switch's
   off track is the grey of an empty box's outline, --field-border, 3:1 on the surface and the
   page (WCAG 1.4.11; the input border's grey a tenth towards the text, 1.9:1 on white, was not),
   and its white knob stands out from it at 3.4:1; its knob is white, and when on --primary-indicator-foreground, which is dark where white would
   not stand out from the track (a black brand's near-white on a dark theme, a lime's). */
.dsl-checkmark{display:inline-flex;align-items:center;justify-content:center;flex:none;width:var(--check-size);height:var(--check-size);margin-top:calc((1lh - var(--check-size)) / 2);border:1px solid var(--field-border);border-radius:min(5px,var(--radius));background:var(--surface);color:var(--primary-foreground);box-shadow:var(--shadow-sm)}
.dsl-checkmark svg{width:calc(var(--check-size) - 5px);height:calc(var(--check-size) - 5px)}
.is-checked>.dsl-checkmark{background:var(--primary-indicator);border-color:var(--primary-indicator)}
.dsl-radio:not(.dsl-choice){display:flex;flex-direction:column;gap:6px;min-width:0}
.dsl-radio-options{display:flex;flex-direction:column;gap:var(--gap)}
.dsl-radio.is-row .dsl-radio-options{flex-direction:row;flex-wrap:wrap;gap:var(--gap) calc(var(--gap) * 2)}
.dsl-choice.is-card{padding:calc(var(--control-h) / 2 - 6px) calc(var(--control-h) / 2 - 4px);background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);box-shadow:var(--shadow-sm)}
.dsl-choice.is-card.is-checked{border-color:var(--primary-indicator);box-shadow:0 0 0 1px var(--primary-indicator);background:color-mix(in srgb,var(--primary-indicator) 4%,var(--surface))}
.dsl-radiomark{position:relative;flex:none;width:var(--check-size);height:var(--check-size);margin-top:calc((1lh - var(--check-size)) / 2);border:1px solid var(--field-border);border-radius:50%;background:var(--surface);box-shadow:var(--shadow-sm)}
.is-checked>.dsl-radiomark{border:round(var(--check-size) * .28,1px) solid var(--primary-indicator);background:var(--primary-foreground)}
.dsl-switch{position:relative;flex:none;width:var(--toggle-w);height:var(--toggle-h);border-radius:var(--radius-full);background:var(--field-border);transition:none}
.dsl-switch::after{content:"";position:absolute;top:2px;inset-inline-start:2px;width:calc(var(--toggle-h) - 4px);height:calc(var(--toggle-h) - 4px);border-radius:50%;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.25)}
.is-checked>.dsl-switch{background:var(--primary-indicator)}
.is-checked>.dsl-switch::after{inset-inline-start:calc(var(--toggle-w) - var(--toggle-h) + 2px);background:var(--primary-indicator-foreground,#fff)}
.dsl-toggle.is-end{flex-direction:row-reverse;justify-content:space-between;align-self:stretch}
.dsl-search .dsl-control,.dsl-control.is-search{padding-inline-start:calc(var(--control-h) / 2 - 8px)}
"""

BASE_CSS = "".join(
    part.strip() + "\n"
    for part in (
        RESET,
        SHARED,
        MUTED_ON_MUTED,
        BORDERS_ON_MUTED,
        LAYOUT,
        BASIC,
        HEADINGS,
        TEXT,
        FORMS,
        SMOOTH_GRADIENT_CSS,
    )
)
"""Everything above, in cascade order; emitted once per page before the element modules' CSS."""

TOUCH_TYPE = "body{font-size:16px}\n" + heading_rules(TOUCH_HEADING_PX, TOUCH_HEADING_LINE_PX, {})
"""The touch density's body and headings (`heading_type`, which the validator reads too)."""

TOUCH = """
.dsl-label{font-size:14px}
.dsl-label.is-caps{font-size:12.5px}
.dsl-section-title{font-size:18px;line-height:26px}
.dsl-section-title.is-md{font-size:20px;line-height:28px}
.dsl-section-title.is-xl{font-size:36px;line-height:44px}
.dsl-header-title.is-sm{font-size:17px}
.dsl-header-title.is-md{font-size:20px;line-height:28px}
.dsl-card-title,:where(.dsl-form--card>.dsl-form-head)>.dsl-form-title{font-size:17px}
.dsl-modal-title{font-size:20px;line-height:28px}
:is(.dsl-section-desc,.dsl-header-desc,.dsl-modal-desc,.dsl-card-desc),:where(.dsl-form--card>.dsl-form-head)>.dsl-form-desc{font-size:15px}
.dsl-card-text{font-size:16px;line-height:1.5}
.dsl-footer,.dsl-divider.has-label{font-size:14px}

.dsl-button{font-size:16px}
.dsl-button--sm{font-size:14px}
.dsl-button--lg{font-size:17px}
.dsl-button--md .dsl-i>svg[width="16"]{width:18px;height:18px}
.dsl-button--md.is-icon .dsl-i>svg[width="16"],.dsl-button--lg .dsl-i>svg[width="18"]{width:20px;height:20px}
.dsl-button--lg.is-icon .dsl-i>svg[width="18"]{width:22px;height:22px}
.dsl-button--ghost.is-icon{--inset:calc(var(--control-h) / 2 - 10px)}
.dsl-button--ghost.is-icon.dsl-button--lg{--inset:calc(var(--control-h-lg) / 2 - 11px)}
.dsl-control,.dsl-control.is-multiline{font-size:16px;line-height:22px}
:is(.dsl-control.is-sm,.dsl-field.is-sm>.dsl-control){font-size:16px}
:is(.dsl-control.is-lg,.dsl-field.is-lg>.dsl-control){font-size:17px}
.dsl-control>.dsl-i>svg[width="16"]{width:18px;height:18px}
.dsl-field-label{font-size:15px}
:is(.dsl-field-hint,.dsl-field-error,.dsl-choice-hint){font-size:14px;line-height:20px}
.dsl-choice{font-size:16px;line-height:24px}
:root{--choice-line:24px;--field-label-size:15px}
.dsl-slider-head{font-size:16px;line-height:24px}
.dsl-chip{height:calc(var(--control-h) - 10px);padding:0 11px;font-size:14px;line-height:20px;--on-line-h:calc(var(--control-h) - 10px)}
.dsl-badge:not(.dsl-badge--sm,.dsl-badge--lg){min-height:24px;font-size:13px;--on-line-h:24px}

.dsl-navbar{height:calc(var(--control-h) + 12px)}
.dsl-navbar-brand{font-size:17px}
.dsl-menu{font-size:16px}
.dsl-navbar-link,.dsl-tab{font-size:15px}
.dsl-tabs--bottom>.dsl-tabs-list{padding-block:4px}
.dsl-tabs--bottom>.dsl-tabs-list>.dsl-tab{min-height:49px;padding-block:3px;gap:3px;font-size:12px;line-height:16px}
.dsl-tabs--bottom>.dsl-tabs-list>.dsl-tab svg{width:24px;height:24px}

.dsl-list-item,.dsl-list--plain :is(ul,ol),.dsl-avatar-name{font-size:16px}
.dsl-list--rows.dsl-list--plain>ul{gap:0}
.dsl-list--rows.dsl-list--plain .dsl-list-item{min-height:var(--control-h);padding-block:calc((var(--control-h) - 20px) / 2)}
.dsl-list-desc,.dsl-avatar-sub{font-size:14px}
.dsl-alert,.dsl-toast,.dsl-accordion-body,.dsl-empty-text{font-size:15px}

:is(.dsl-chip-remove,.dsl-toast-close,.dsl-alert-close,.dsl-upload-remove,.dsl-modal-close){--glyph:16px;--reach:calc((44px - var(--glyph)) / 2);display:inline-flex;align-items:center;justify-content:center;flex:none;padding:var(--reach);margin:calc(var(--reach) * -1)}
.dsl-chip-remove{--glyph:14px;margin-inline-end:calc(var(--reach) * -1 - 4px)}
.dsl-modal-close{--glyph:18px;margin:calc(var(--reach) * -1 - 4px) calc(var(--reach) * -1 - 6px) calc(var(--reach) * -1) calc(var(--reach) * -1)}
"""

TOUCH_CSS = TOUCH_TYPE + TOUCH.strip() + "\n"
"""The touch density's type and what its variables cannot reach, for a phone read at arm's
length and tapped: body and list text 16 px (iOS's body is 17 pt, Material's 16 sp) and what is
typed 16 px (Safari zooms into a field under 16 px), descriptions and hints 14-15 px, headings a
step up without doubling the scale (32/26/22/19/17/14, iOS's large title is 34 pt), buttons' and
fields' default glyphs 18-22 px; a navbar 56 px tall (Material's top bar; not the 68 its
control-h would give), a bottom tab bar's items 49 px (iOS's tab bar) with 24 px icons and 12 px
labels; a plain list's rows (a recent search's) a control's height each, one under the other (a
checklist keeps its rhythm: it is read, not tapped); a remove or close cross (a chip's, a toast's,
an alert's, an upload's, a modal's) a 44 px target around its unchanged 14-18 px glyph, the room
given back by negative margins so nothing around it moves (its box was 14-18 px, under WCAG
2.5.8's 24). Sent after every type's own sheet, so at
equal specificity it wins; an author's `style` and `css` still do."""
