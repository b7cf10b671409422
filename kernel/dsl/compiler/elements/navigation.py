"""Navigation elements: tabs, breadcrumb, pagination, menu and stepper."""

from __future__ import annotations

from kernel.dsl.catalog import ENTRY_ERROR_VARIANTS
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.html import attrs, box, esc
from kernel.dsl.compiler.hyphenation import SOFT_HYPHEN, compound_hyphenated, hyphenated
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.items import (
    corner_count,
    entries,
    is_divider,
    item_label,
    item_text_pointer,
    label_beside_icon,
)
from kernel.dsl.compiler.registry import register_css, renders
from kernel.dsl.compiler.styles import element_declarations, inline_style, is_absolute, length
from kernel.dsl.compiler.text_metrics import (
    ADVANCE,
    OTHER_EM,
    UNSPACED_SCRIPTS,
    UNSPACED_WORD_EM,
    WIDE_SCRIPTS,
    base_letter,
    in_typeface,
)
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.compiler.ui_strings import ui_string
from kernel.dsl.model import Element, Item
from kernel.dsl.sizes import control_size


def _active_index(element: Element, items: list[Item]) -> int:
    """`active` as an index or a label; else the first item flagged `active`; else 0."""
    active = element.active
    if isinstance(active, int) and 0 <= active < len(items):
        return active
    if isinstance(active, str):
        for index, item in enumerate(items):
            if item_label(item).lower() == active.strip().lower():
                return index
        if active.isdigit() and int(active) < len(items):
            return int(active)
    for index, item in enumerate(items):
        if item.active:
            return index
    return 0


def _badge(item: Item) -> str:
    return f'<span class="dsl-nav-count">{esc(item.badge)}</span>' if item.badge is not None else ""


TAB_VARIANTS = ("underline", "pills", "segmented", "bottom")
TAB_SIZES = {"sm": " is-sm", "lg": " is-lg"}
"""A strip's size -> its class: its tabs take the small or large control height (see CSS)."""


@renders("tabs")
def render_tabs(element: Element, ctx: RenderContext) -> str:
    """A tab strip (`variant` underline, pills or segmented) and the active panel's children, or a
    mobile bottom tab bar (`variant: bottom`: icons over labels, below its panel, at the bottom).
    A strip's `size` (sm, md, lg) is a field's: a small segmented control is as tall as the small
    fields of a filter bar beside it."""
    items = entries(element.items)
    active = _active_index(element, items)
    variant = element.variant if element.variant in TAB_VARIANTS else "underline"
    bottom = variant == "bottom"
    tabs = "".join(
        _tab(item, index == active, bottom=bottom, pointer=item_text_pointer(element.items, index))
        for index, item in enumerate(items)
    )
    strip = f'<div class="dsl-tabs-list" role="tablist">{tabs}</div>'
    if bottom:
        return _bottom_tabs(element, ctx, strip)
    classes = f"dsl-tabs--{variant}" + TAB_SIZES.get(control_size(element.size), "")
    if variant in ("segmented", "pills") and "width" in element_declarations(element, {}):
        classes += " is-stretched"  # a Buy/Sell toggle across a form: the tabs share the width
    return box(element, strip + _panel(element, ctx), classes=classes)


def _panel(element: Element, ctx: RenderContext) -> str:
    """The active tab's panel: the children flowing top to bottom as in a column, apart by the
    theme's gap or the tabs' own `gap` (and inset by their `padding`); nothing without children."""
    panel = ctx.render_children(element)
    if not panel:
        return ""
    spacing = {"gap": length(element.gap), "padding": length(element.padding)}
    style = inline_style({name: value for name, value in spacing.items() if value is not None})
    panel_attrs = attrs(class_="dsl-tabs-panel dsl-vflow", role="tabpanel", style=style or None)
    return f"<div{panel_attrs}>{panel}</div>"


def _tab(item: Item, active: bool, *, bottom: bool, pointer: str) -> str:
    """One tab: icon, label and count; red with `variant: danger` (a "Danger zone" tab). On a
    bottom bar the count is a badge on the icon's corner (or the label's, without an icon): it
    takes no room, so its tab stays in line with the rest; the number 0 is not drawn there, as a
    phone's tab bar hides it (`corner_count`). `pointer`: where its words are written, below the
    element's `items` (`item_text_pointer`)."""
    state = " is-active" if active else ""
    state += " is-disabled" if item.disabled else ""
    state += " is-danger" if item.variant in ENTRY_ERROR_VARIANTS else ""
    icon = icon_svg(item.icon, 15) if item.icon else ""
    label = f"<span>{esc(label_beside_icon(item))}</span>"
    if not bottom:
        return f'<div class="dsl-tab{state}" role="tab" data-item="{esc(pointer)}">{icon}{label}{_badge(item)}</div>'
    if corner_count(item.badge):
        badge = f'<span class="dsl-tab-badge">{esc(item.badge)}</span>'
        if icon:
            icon = f'<span class="dsl-tab-anchor">{icon}{badge}</span>'
        else:
            label = f'<span class="dsl-tab-anchor is-text">{esc(item_label(item))}{badge}</span>'
    return f'<div class="dsl-tab{state}" role="tab" data-item="{esc(pointer)}">{icon}{label}</div>'


def _bottom_tabs(element: Element, ctx: RenderContext, strip: str) -> str:
    """The bar under its panel. The panel flows its children like a phone screen: a 16 px margin
    unless the tabs give their own `padding` (the bar runs edge to edge)."""
    panel = _panel(element, ctx)
    if not panel:
        return box(element, strip, classes="dsl-tabs--bottom")
    return box(element, panel + strip, classes="dsl-tabs--bottom has-panel")


def first_that_fits(options: list[str], *, kind: str, classes: str = "") -> str:
    """One-line `options`, the roomiest first: the first that fits its box across is drawn, the
    others are laid out out of sight; the last (the tightest) is drawn when none fits.

    Pure layout decides, with no knowledge of the box's width, so the choice is exact in any box
    and any language. Each option but the last is a wrapping row led by a zero-width probe as tall
    as the window: an option wider than the box wraps onto a second line, out of the window; one
    that fits stays on the first. Options pull the next one up by two lines, so one that fitted
    sends the rest above the window, and one that wrapped leaves its place to the next (see CSS).
    `kind` names the use (`dsl-fit--<kind>` sets its line height and alignment)."""
    unique = list(dict.fromkeys(options))
    probe = '<span class="dsl-fit-probe"></span>'
    rows = [
        f'<div class="dsl-fit-option"{"" if index == 0 else _HIDDEN_FROM_READERS}>'
        f"{probe if index < len(unique) - 1 else ''}{option}</div>"
        for index, option in enumerate(unique)
    ]
    return f'<div class="{f"{classes} " if classes else ""}dsl-fit dsl-fit--{kind}">{"".join(rows)}</div>'


BOTTOM_BAR_HEIGHT = 58
"""A bottom tab bar's height in px in every density (its tabs' heights and its padding trade off:
49 px touch tabs in 4 px of padding, 39 px desktop tabs in 8 and 10 px), with its top border."""

PINNED_BOTTOM_BAR_CSS = (
    ".dsl-root>.dsl-tabs--bottom:not(.has-panel){position:sticky;bottom:0;z-index:3}"
    ".dsl-root>.dsl-tabs--bottom:not(.has-panel)+:not(.dsl-note-pin)"
    f"{{position:sticky;bottom:calc({BOTTOM_BAR_HEIGHT}px + var(--gap));z-index:3}}"
)
"""A top-level bottom tab bar after content taller than the screen stays on the screen's bottom
edge, over the content, as an app's does while its content scrolls; the element written right
after it (a mini player, a checkout bar: drawn above the bar) stays right above it. Not for a
full-page shot, which shows all the content and has them at the page's end. An element placed
by coordinates keeps its place (its inline `position` wins)."""

FULL_PAGE_BOTTOM_BAR_CSS = (
    ".dsl-root>.dsl-tabs--bottom.has-panel>.dsl-tabs-panel{flex:1 0 auto;overflow:visible}"
)
"""For a full-page shot, which asks for all the content: the screen above a bottom tab bar (its
panel) grows to hold all of it, the bar at the page's end, instead of cutting it as a scrolled
app does."""

_HIDDEN_FROM_READERS = ' aria-hidden="true"'
"""On every option but the first: the page is a picture, and one reading of it is enough."""


@renders("breadcrumb")
def render_breadcrumb(element: Element, ctx: RenderContext) -> str:
    """A trail of links separated by chevrons (or `variant: slash`); the last entry is current.

    The trail keeps to one line: short of room, its middle entries fold into one "…" (the first
    and the last two, then the first and the last), and at the last the current entry ends in an
    ellipsis. Each separator belongs to the entry after it, so a line never ends in one."""
    items = entries(element.items)
    glyph = "/" if element.variant == "slash" else icon_svg("chevron-right", 14)
    separator = f'<span class="dsl-crumb-sep" aria-hidden="true">{glyph}</span>'
    count = len(items)
    trails: list[list[int | None]] = [list(range(count))]
    if count > 3:
        trails.append([0, None, count - 2, count - 1])
    if count > 2:
        trails.append([0, None, count - 1])
    options = [_trail(items, trail, separator, announced=index == 0) for index, trail in enumerate(trails)]
    trail = first_that_fits(options, kind="crumbs")
    return box(element, trail, tag="nav", extra_attrs={"aria_label": "Breadcrumb"})


def _trail(items: list[Item], trail: list[int | None], separator: str, *, announced: bool) -> str:
    """The entries of `items` at the indexes in `trail` (None: a folded "…"), each after the first
    led by `separator`; the current entry is marked for readers when the trail is `announced`."""
    crumbs = []
    for position, index in enumerate(trail):
        lead = separator if position else ""
        if index is None:
            crumbs.append(f'<li class="dsl-crumb is-folded">{lead}<span>…</span></li>')
            continue
        item = items[index]
        current = index == len(items) - 1 or bool(item.active)
        icon = icon_svg(item.icon, 14) if item.icon else ""
        cls = "dsl-crumb is-current" if current else "dsl-crumb"
        aria = ' aria-current="page"' if current and announced else ""
        crumbs.append(f'<li class="{cls}"{aria}>{lead}{icon}<span>{esc(label_beside_icon(item))}</span></li>')
    return f'<ol class="dsl-fit-row">{"".join(crumbs)}</ol>'


def page_window(current: int, total: int, width: int = 7) -> list[int | None]:
    """Page numbers to show around `current` (1-based), None standing for an ellipsis.

    Always shows the first and last pages; `width` slots in all (e.g. 1 … 4 5 6 … 20).
    """
    if total <= width:
        return list(range(1, total + 1))
    inner = width - 4  # slots between "1 …" and "… N"
    if current <= inner + 1:
        return [*range(1, width - 1), None, total]
    if current >= total - inner:
        return [1, None, *range(total - (width - 3), total + 1)]
    half = inner // 2
    return [1, None, *range(current - half, current - half + inner), None, total]


def pages_around(current: int, total: int, reach: int) -> list[int | None]:
    """The first and last pages and those within `reach` of `current`, None for each gap (a gap
    of one page shows that page: an ellipsis would take its place for nothing)."""
    shown = sorted({1, total, *range(max(current - reach, 1), min(current + reach, total) + 1)})
    pages: list[int | None] = []
    previous = 0
    for page in shown:
        if page - previous == 2:
            pages.append(page - 1)
        elif page - previous > 2:
            pages.append(None)
        pages.append(page)
        previous = page
    return pages


@renders("pagination")
def render_pagination(element: Element, ctx: RenderContext) -> str:
    """Previous/next and page numbers with ellipses; `text` (e.g. 'Showing 1-10 of 97') on the left.
    `actions` renames the two steps (e.g. another language's words; "" leaves only the chevron).

    The controls keep to one line beside the text: short of room they drop the steps' words, then
    keep fewer pages (the current one and its neighbours, then the current one, with the first and
    the last), and at the last read "current / total" between the chevrons."""
    total = max(element.total or 1, 1)
    current = min(max(element.current or 1, 1), total)
    if (element.variant or "").lower() in DOTS_VARIANTS:
        return box(element, page_dots(total, current - 1), classes="is-dots")
    words = [item_label(item) for item in entries(element.actions)][:2]
    steps = [ui_string("pagination_previous", ctx.lang), ui_string("pagination_next", ctx.lang)]
    before, after = words + steps[len(words) :]
    summary = f'<span class="dsl-pagination-summary">{esc(element.text)}</span>' if element.text else ""
    pages = first_that_fits(
        _page_options(current, total, before, after), kind="pages", classes="dsl-pagination-pages"
    )
    return box(element, summary + pages, tag="nav", extra_attrs={"aria_label": "Pagination"})


def _page_options(current: int, total: int, before: str, after: str) -> list[str]:
    """The controls' forms, the roomiest first: the steps' words and seven page slots; the
    chevrons alone and seven slots; the first, the last, the current page and its neighbours; the
    first, the last and the current page; "current / total"."""
    worded, bare = _page_steps(current, total, before, after), _page_steps(current, total, "", "")
    windows = [page_window(current, total), pages_around(current, total, 1), pages_around(current, total, 0)]
    of_total = f'<span class="dsl-page-of">{current} / {total}</span>'
    return [
        _page_row(worded, windows[0], current),
        *(_page_row(bare, pages, current) for pages in windows),
        f'<div class="dsl-fit-row">{bare[0]}{of_total}{bare[1]}</div>',
    ]


def _page_steps(current: int, total: int, before: str, after: str) -> tuple[str, str]:
    """The previous and next steps: a chevron and its word (none when the word is "")."""
    prev_cls = "dsl-page dsl-page-step" + (" is-disabled" if current == 1 else "")
    next_cls = "dsl-page dsl-page-step" + (" is-disabled" if current == total else "")
    prev_text = f"<span>{esc(before)}</span>" if before else ""
    next_text = f"<span>{esc(after)}</span>" if after else ""
    return (
        f'<span class="{prev_cls}">{icon_svg("chevron-left", 16)}{prev_text}</span>',
        f'<span class="{next_cls}">{next_text}{icon_svg("chevron-right", 16)}</span>',
    )


def _page_row(steps: tuple[str, str], pages: list[int | None], current: int) -> str:
    """The steps around the page numbers, None in `pages` drawn as an ellipsis."""
    cells = []
    for page in pages:
        if page is None:
            cells.append('<span class="dsl-page dsl-page-gap" aria-hidden="true">…</span>')
        else:
            cls = "dsl-page is-active" if page == current else "dsl-page"
            cells.append(f'<span class="{cls}">{page}</span>')
    return f'<div class="dsl-fit-row">{steps[0]}{"".join(cells)}{steps[1]}</div>'


@renders("menu")
def render_menu(element: Element, ctx: RenderContext) -> str:
    """A dropdown-style menu: optional `title`, items with icons, shortcuts, badges, '-' dividers.

    On its own it floats (border, shadow, surface); in a card, a modal or a sidebar it is that
    container's list of actions and draws no frame of its own (see the CSS). One placed by
    coordinates (`layout: {x, y}`) floats over whatever holds it, so it keeps its frame there.

    An item's icon with `iconPosition: end` trails it, at the row's end as a submenu's chevron
    is; when some items have an icon before their label, the others keep its room blank, so the
    labels start in one column as a desktop menu's do (they started 26 px left of the others)."""
    rows = []
    heading = element.title or element.label
    if heading:
        rows.append(f'<div class="dsl-menu-title">{esc(heading)}</div>')
    items = entries(element.items)
    icon_column = any(not is_divider(item) and item.icon and item.iconPosition != "end" for item in items)
    for index, item in enumerate(items):
        if is_divider(item):
            rows.append('<div class="dsl-menu-sep" role="separator"></div>')
            continue
        cls = "dsl-menu-item"
        cls += " is-active" if item.active else ""
        cls += " is-disabled" if item.disabled else ""
        cls += " is-danger" if item.variant in ("danger", "destructive") else ""
        at_end = bool(item.icon) and item.iconPosition == "end"
        icon = (
            f'<span class="dsl-menu-icon">{icon_svg(item.icon, 16)}</span>'
            if item.icon and not at_end
            else ""
        )
        if icon_column and not icon:
            icon = '<span class="dsl-menu-icon is-blank" aria-hidden="true"></span>'
        end = f'<span class="dsl-menu-icon is-end">{icon_svg(item.icon, 16)}</span>' if at_end else ""
        text = f'<span class="dsl-menu-label">{esc(label_beside_icon(item))}</span>'
        if item.description:
            text = (
                f'<span class="dsl-menu-text">{text}'
                f'<span class="dsl-menu-desc">{esc(item.description)}</span></span>'
            )
        shortcut = f'<kbd class="dsl-menu-kbd">{esc(item.shortcut)}</kbd>' if item.shortcut else ""
        check = icon_svg("check", 15) if item.active and not item.icon else ""
        rows.append(
            f'<div class="{cls}" role="menuitem" data-item="{esc(item_text_pointer(element.items, index))}">{icon}{text}{_badge(item)}{shortcut}{end}{check}</div>'
        )
    placed = "is-placed" if is_absolute(element) else ""
    return box(element, "".join(rows), classes=placed, extra_attrs={"role": "menu"})


MAX_DOTS = 12
DOTS_VARIANTS = frozenset({"dots", "dot", "indicator"})
"""A stepper's and a pagination's variant for a page indicator (`dot` and `indicator` read the same)."""


def page_dots(count: int, current: int) -> str:
    """A carousel's or an onboarding screen's page indicator: a dot per page (at most MAX_DOTS), the
    current one a wider pill in the primary colour; `current` counts from 0."""
    count = min(max(count, 1), MAX_DOTS)
    dots = "".join(
        f'<span class="dsl-dot{" is-current" if index == current else ""}"></span>' for index in range(count)
    )
    return f'<span class="dsl-dots" aria-hidden="true">{dots}</span>'


@renders("stepper")
def render_stepper(element: Element, ctx: RenderContext) -> str:
    """Numbered steps joined by lines: done (check), current (ring), upcoming; vertical by `direction`.
    Across, the steps share the width equally, each label centred under its marker; the current
    step is `current`, else `active` (as tabs name theirs).

    Across, a label wraps between its words only (a long compound of German or Dutch also between
    its syllables, hyphenated). When a share is too narrow for the longest word, every label takes
    a smaller size, down to 12 px; narrower still, only the current step keeps its label, free to
    run under its neighbours' markers (see CSS)."""
    items = entries(element.items)
    current = element.current
    if current is None:  # `active: 4` of four steps marks them all done, as `current: 4` does
        active = element.active
        current = (
            active if isinstance(active, int) and active >= len(items) else _active_index(element, items)
        )
    if (element.variant or "").lower() in DOTS_VARIANTS:
        return box(element, page_dots(len(items), current), classes="is-dots")
    vertical = element.direction in ("column", "vertical")
    # Across, only the long compounds of German, Dutch... are marked for hyphens: an English or a
    # French word ("Invitations", "Coordonnées") stays whole, the labels shrinking instead.
    hyphenate = hyphenated if vertical else compound_hyphenated
    labels = [hyphenate(item_label(item), ctx.lang) for item in items]
    steps = "".join(
        _step(item, label, index, current, count=len(items), words=item_text_pointer(element.items, index))
        for index, (item, label) in enumerate(zip(items, labels, strict=True))
    )
    if vertical:
        return box(element, f"<ol>{steps}</ol>", classes="dsl-stepper--vertical")
    widest = max((widest_unbroken_em(label, ctx.typeface) for label in labels), default=1.0)
    shares = f' style="--steps:{max(len(items), 1)};--word:{widest:.2f}"'
    return box(element, f"<ol{shares}>{steps}</ol>", classes="dsl-stepper--horizontal")


_ALERT_MARK = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 24 24" fill="none" '
    'style="stroke:currentColor" stroke-width="3" stroke-linecap="round" aria-hidden="true" '
    'focusable="false"><path d="M12 6v7"/><path d="M12 18h.01"/></svg>'
)
"""The "!" in an error step's disc, drawn as the done step's check is (14 px, a 3 px stroke)."""


def _step(item: Item, label: str, index: int, current: int, *, count: int, words: str) -> str:
    """One step: its marker (a check once done, else its number; its `icon` in its place when it
    has one), the line to the next step, and its label and description (their box marked
    `is-first` or `is-last` at either end). A step whose variant is danger (or error) is in
    error: a red disc with an alert mark (or its icon) and a red label, whether done or not, as
    a wizard marks the step with invalid fields. A disabled step is faded. `words`: where its
    label is written below `items` (`data-item`), so a label left out is named there. A label in
    a script written without spaces (Thai) is marked `is-unspaced`: the compiler only guesses its
    words' widths, so one wider than its share breaks (between letters, as a last resort) rather than run under the next step."""
    if index < current:
        state, marker = "is-done", icon_svg("check", 14, stroke_width=3)
    elif index == current:
        state, marker = "is-current", str(index + 1)
    else:
        state, marker = "is-upcoming", str(index + 1)
    if item.variant in ENTRY_ERROR_VARIANTS:
        state, marker = f"{state} is-error", _ALERT_MARK
    if item.icon:
        marker = icon_svg(item.icon, 16)
    state += " is-disabled" if item.disabled else ""
    desc = f'<span class="dsl-step-desc">{esc(item.description)}</span>' if item.description else ""
    line = '<span class="dsl-step-line" aria-hidden="true"></span>' if index < count - 1 else ""
    edge = " is-last" if index == count - 1 and index > 0 else " is-first" if index == 0 else ""
    unspaced = " is-unspaced" if UNSPACED_SCRIPTS.search(label) else ""
    return (
        f'<li class="dsl-step {state}" data-item="{esc(words)}"><span class="dsl-step-head">'
        f'<span class="dsl-step-marker">{marker}</span>{line}</span><span class="dsl-step-body{edge}">'
        f'<span class="dsl-step-label{unspaced}"><span>{esc(label)}</span></span>{desc}</span></li>'
    )


def widest_unbroken_em(text: str, typeface: Typeface = "sans") -> float:
    """How wide, in em of the theme's `typeface`, the widest part of `text` that a line cannot
    break is: its longest word, a syllable with its hyphen when soft hyphens mark the word, or one
    han, kana or hangul; a word of Thai, Lao, Myanmar or Khmer, which Chromium finds by its
    dictionary, counts as UNSPACED_WORD_EM (their letters run on without spaces: a whole label
    taken as one word was too wide for a phone's steps, and every label but the current went)."""
    widest = 0.0
    for word in text.split():
        if UNSPACED_SCRIPTS.search(word):
            widest = max(widest, UNSPACED_WORD_EM)
            word = UNSPACED_SCRIPTS.sub(" ", word)
        for piece in WIDE_SCRIPTS.sub(" ", word).replace(SOFT_HYPHEN, "-\n").split():
            advances = (
                in_typeface(char, ADVANCE.get(base_letter(char), OTHER_EM), typeface) for char in piece
            )
            widest = max(widest, sum(advances))
        if WIDE_SCRIPTS.search(word):
            widest = max(widest, 1.0)
    return widest


CSS = """
.dsl-stepper.is-dots,.dsl-pagination.is-dots{display:flex;justify-content:center;padding:4px 0}
.dsl-dots{display:inline-flex;align-items:center;gap:6px}
.dsl-dot{width:8px;height:8px;border-radius:var(--radius-full);background:var(--border)}
.dsl-dot.is-current{width:22px;background:var(--primary-indicator)}
.dsl-tabs{display:flex;flex-direction:column;gap:16px;min-width:0}
.dsl-hflow>:is(.dsl-tabs--segmented,.dsl-tabs--pills){flex:none}
.dsl-tabs-list{display:flex;flex:none;align-items:center;gap:4px;min-width:0}
.dsl-tabs-panel{display:flex;flex-direction:column;gap:var(--gap);min-width:0}
.dsl-tabs-panel>*{flex-shrink:0}
.dsl-tab{display:inline-flex;align-items:center;gap:7px;white-space:nowrap;font-size:14px;font-weight:500;color:var(--muted-foreground);cursor:default;line-height:20px}
.dsl-tab svg{flex:none}
/* A small or large strip: its tabs sized on the small or large control height, as a field of that
   size is (the variable is set on the strip only: the panel's fields keep theirs), their text a
   small or large button's. */
.dsl-tabs.is-sm>.dsl-tabs-list{--control-h:var(--control-h-sm)}
.dsl-tabs.is-lg>.dsl-tabs-list{--control-h:var(--control-h-lg)}
.dsl-tabs.is-sm>.dsl-tabs-list>.dsl-tab{font-size:13px}
.dsl-tabs.is-lg>.dsl-tabs-list>.dsl-tab{font-size:15px}
.dsl-tab.is-disabled{opacity:var(--disabled-opacity);color:var(--foreground)}
/* A tab of a dangerous area (`variant: danger`): its label and icon red, its mark when selected
   too (the underline, the pill's tint). */
.dsl-tab.is-danger,.dsl-tabs--segmented>.dsl-tabs-list>.dsl-tab.is-danger.is-active{color:var(--danger)}
.dsl-tabs--underline>.dsl-tabs-list>.dsl-tab.is-danger.is-active{color:var(--danger);border-bottom-color:var(--danger)}
.dsl-tabs--pills>.dsl-tabs-list>.dsl-tab.is-danger.is-active{background:var(--danger-soft);color:var(--danger)}
.dsl-tabs--bottom>.dsl-tabs-list>.dsl-tab.is-danger.is-active{color:var(--danger)}
/* Every variant's rules reach only its own strip (child combinators): tabs nested in another's
   panel (a segmented control on a bottom tab bar's screen) look as they do anywhere else. */
.dsl-tabs--underline>.dsl-tabs-list{gap:22px;box-shadow:inset 0 -1px 0 var(--border)}
/* More tabs than fit run under the strip's end as a scrolled tab bar does, cut at the strip's box
   and faded out over their last 40 px, so the cut reads as "scroll for more". The fade runs on the
   strip's own scroll timeline, which exists only while its tabs overflow it: a strip that fits
   draws no fade. The hairline under an underline strip stays whole. */
:is(.dsl-tabs--underline,.dsl-tabs--pills):not(.is-stretched)>.dsl-tabs-list{overflow:hidden;animation:dsl-strip-more linear both;animation-timeline:scroll(self inline)}
[dir=rtl] :is(.dsl-tabs--underline,.dsl-tabs--pills):not(.is-stretched)>.dsl-tabs-list{animation-name:dsl-strip-more-rtl}
@keyframes dsl-strip-more{from,to{mask:linear-gradient(to left,transparent,#000 40px),linear-gradient(#000 0 0) bottom/100% 1px no-repeat}}
@keyframes dsl-strip-more-rtl{from,to{mask:linear-gradient(to right,transparent,#000 40px),linear-gradient(#000 0 0) bottom/100% 1px no-repeat}}
.dsl-tabs--underline>.dsl-tabs-list>.dsl-tab{padding:calc(var(--control-h) / 2 - 8px) 2px;border-bottom:2px solid transparent}
.dsl-tabs--underline>.dsl-tabs-list>.dsl-tab.is-active{color:var(--foreground);border-bottom-color:var(--primary-indicator)}
/* A pill is as tall as a button or a field beside it (its 20 px line in --control-h). */
.dsl-tabs--pills>.dsl-tabs-list>.dsl-tab{padding:calc(var(--control-h) / 2 - 10px) calc(var(--control-h) / 2 - 4px);border-radius:var(--radius-pill)}
.dsl-tabs--pills>.dsl-tabs-list>.dsl-tab.is-active{background:var(--primary-soft);color:var(--primary-text)}
/* The track is the muted grey as a translucent shade of the muted text colour (on the page's own
   colour exactly --muted: #f4f4f5 on white, #27272a on the dark page), so that it darkens a grey
   page or a muted band (iOS's grouped #f2f2f7) on a light theme, and lightens a card on a dark one,
   where a solid --muted was the ground's own colour. */
.dsl-tabs--segmented>.dsl-tabs-list{display:inline-flex;align-self:flex-start;max-width:100%;overflow-x:clip;padding:4px;gap:2px;background:light-dark(color-mix(in srgb,var(--muted-foreground) 7.1%,transparent),color-mix(in srgb,var(--muted-foreground) 18.9%,transparent));border-radius:var(--radius)}
/* In a box narrower than the control (a column beside a gauge in a small card) the strip keeps
   to the box and its segments shrink: their labels, centred, spread over their side padding first
   (keeping 2 px a side) and only then end in an ellipsis (clipped a little outside their box so
   that whole labels paint exactly as unclipped text). Segments that cannot shrink further (to
   their padding) are cut at the strip's side, as an underline or pill strip cuts its tabs. */
.dsl-tabs--segmented>.dsl-tabs-list>.dsl-tab{display:inline-flex;align-items:center;justify-content:center;min-width:0;height:calc(var(--control-h) - 8px);padding:0 calc(var(--control-h) / 2 - 4px);border-radius:var(--radius-sm)}
.dsl-tabs--segmented>.dsl-tabs-list>.dsl-tab>span:not(.dsl-nav-count){max-width:calc(100% + var(--control-h) - 12px);overflow:clip;overflow-clip-margin:4px;text-overflow:ellipsis}
.dsl-tabs--segmented>.dsl-tabs-list>.dsl-tab>.dsl-nav-count{flex:none}
/* On the muted track a count is a light pill, as the selected segment is (the muted one it has
   elsewhere would vanish into the track). */
.dsl-tabs--segmented>.dsl-tabs-list>.dsl-tab:not(.is-active)>.dsl-nav-count{background:var(--segment-on)}
/* Given a width (`layout` or `style`), a segmented control or a pill strip spans it and its tabs
   share it equally, their labels centred; without one it keeps its content's width. */
:is(.dsl-tabs--segmented,.dsl-tabs--pills).is-stretched>.dsl-tabs-list{display:flex;align-self:stretch}
:is(.dsl-tabs--segmented,.dsl-tabs--pills).is-stretched>.dsl-tabs-list>.dsl-tab{flex:1 1 0;justify-content:center;min-width:0}
/* The selected segment stands out of the track as iOS's and Material's do: the surface, lighter
   than the track, on a light theme; a lighter shade of the track on a dark one, where the surface
   was darker than the track (a hole in it rather than a raised segment). */
.dsl-tabs--segmented>.dsl-tabs-list{--segment-on:light-dark(var(--surface),color-mix(in srgb,var(--muted-foreground) 28%,transparent))}
.dsl-tabs--segmented>.dsl-tabs-list>.dsl-tab.is-active{background:var(--segment-on);color:var(--foreground);box-shadow:var(--shadow-sm)}
.dsl-tabs--bottom{gap:0;margin-top:auto}
.dsl-tabs--bottom.has-panel{flex:1 1 auto;margin-top:0}
.dsl-tabs--bottom.has-panel>.dsl-tabs-panel{flex:1 1 auto;padding:16px}
/* Filling a screen (the root, or a box of set height), the panel takes the room the bar leaves and
   cuts what does not fit, as a scrolled app does: the bar stays on the screen's bottom edge. In a
   box of no set height, it keeps its content's height (a basis of 0 would shrink it to nothing). */
:is(.dsl-root,.has-height)>.dsl-tabs--bottom.has-panel>.dsl-tabs-panel,.dsl-tabs--bottom.has-panel.has-height>.dsl-tabs-panel{flex:1 1 0;min-height:0;overflow:hidden}
/* Top-level elements written after the bar (a mini player, a checkout bar) are drawn right above
   it, the bar staying on the screen's bottom edge: a bar without a panel moves after them, and the
   first of them takes the free room above itself; a bar with a panel lends its panel and bar to
   the screen's column (no box of its own, unless it was given a height or a style), the panel
   filling the room above them and the bar going last. */
.dsl-root>.dsl-tabs--bottom:not(.has-panel):not(:last-child){order:1;margin-top:0}
.dsl-root>.dsl-tabs--bottom:not(.has-panel)+*{margin-top:auto}
.dsl-root>.dsl-tabs--bottom.has-panel:not(.has-height,[style],:last-child){display:contents}
.dsl-root>.dsl-tabs--bottom.has-panel:not(.has-height,[style],:last-child)>.dsl-tabs-list{order:1;margin-top:calc(-1 * var(--gap))}
.dsl-tabs--bottom>.dsl-tabs-list{justify-content:space-around;padding:8px 8px 10px;background:var(--surface);border-top:1px solid var(--border)}
.dsl-tabs--bottom>.dsl-tabs-list>.dsl-tab{flex:1 1 0;flex-direction:column;justify-content:center;gap:3px;min-width:0;padding-inline:2px;font-size:11px;line-height:14px}
/* A label longer than its tab's equal share (Portuguese "Transferências" on a phone) ends in an
   ellipsis inside its tab, clipped a little outside its box as segmented tabs are, so that the
   tabs keep visible room between their labels instead of running into one line of text. */
.dsl-tabs--bottom>.dsl-tabs-list>.dsl-tab>span:not(.dsl-tab-anchor){max-width:100%;overflow:clip;overflow-clip-margin:4px;text-overflow:ellipsis}
.dsl-tabs--bottom>.dsl-tabs-list>.dsl-tab svg{width:22px;height:22px}
.dsl-tabs--bottom>.dsl-tabs-list>.dsl-tab.is-active{color:var(--primary-text);font-weight:600}
.dsl-tab-anchor{position:relative;display:inline-flex}
.dsl-tab-badge{position:absolute;top:-6px;inset-inline-start:calc(100% - 3px);display:inline-flex;align-items:center;justify-content:center;min-width:16px;height:16px;padding:0 4px;box-sizing:border-box;border-radius:var(--radius-full);background:var(--danger-solid);color:#fff;box-shadow:0 0 0 2px var(--surface);font-size:10px;font-weight:700;line-height:1;font-variant-numeric:tabular-nums;white-space:nowrap}
.dsl-tab-anchor.is-text>.dsl-tab-badge{top:-8px;inset-inline-start:calc(100% + 1px)}
.dsl-nav-count{display:inline-flex;align-items:center;justify-content:center;min-width:20px;height:20px;padding:0 6px;border-radius:var(--radius-pill);background:var(--muted);color:var(--muted-foreground);font-size:11.5px;font-weight:600;font-variant-numeric:tabular-nums;box-sizing:border-box}
.dsl-tab.is-active>.dsl-nav-count{background:var(--primary-solid);color:var(--primary-foreground)}

.dsl-breadcrumb{min-width:0;font-size:14px;line-height:20px}
.dsl-fit--crumbs{--fit-line:20px}
.dsl-fit--crumbs .dsl-fit-row{gap:6px}
.dsl-crumb{display:inline-flex;align-items:center;gap:6px;color:var(--muted-foreground);white-space:nowrap}
.dsl-crumb.is-current{color:var(--foreground);font-weight:500}
.dsl-crumb-sep{display:inline-flex;align-items:center;color:var(--placeholder)}
/* The tightest trail (the first entry, "…" and the current one): the current entry ends in an
   ellipsis rather than run past its box. */
.dsl-fit--crumbs>.dsl-fit-option:last-child>ol>.dsl-crumb:last-child{min-width:0}
.dsl-fit--crumbs>.dsl-fit-option:last-child>ol>.dsl-crumb:last-child>span:last-child{min-width:0;overflow:hidden;text-overflow:ellipsis}
[dir=rtl] .dsl-crumb-sep svg,[dir=rtl] .dsl-page-step svg{transform:scaleX(-1)}

/* The text keeps its width and the page controls take the rest of the line (a basis of 0: they
   never push the text onto a line of its own), choosing the roomiest of their forms that fits;
   the text gives way (ending in an ellipsis) only to the tightest form, "‹ 20 / 48 ›", which
   sets the controls' least width (the other forms wrap, so they need less). */
.dsl-pagination{display:flex;align-items:center;justify-content:space-between;gap:8px 16px;font-size:14px}
.dsl-pagination-summary{flex:0 1 auto;min-width:0;overflow:hidden;text-overflow:ellipsis;color:var(--muted-foreground);white-space:nowrap}
.dsl-pagination-pages{flex:1 1 0;min-width:min-content}
.dsl-fit--pages{--fit-line:var(--control-h)}
.dsl-fit--pages>.dsl-fit-option{justify-content:flex-end}
.dsl-fit--pages .dsl-fit-row{gap:4px}
.dsl-page{display:inline-flex;align-items:center;justify-content:center;gap:4px;min-width:var(--control-h);height:var(--control-h);padding:0 calc(var(--control-h) / 2 - 8px);box-sizing:border-box;border-radius:var(--radius-sm);color:var(--foreground);font-weight:500;font-variant-numeric:tabular-nums;white-space:nowrap}
/* The current page: the primary's tint inside an edge of the primary as a mark (3:1 on the page
   and the surface, --primary-indicator), its number in the primary's text colour (4.5:1 on the
   tint), as a selected chip is; a hairline box on the surface (1.48:1) hardly told it. */
.dsl-page.is-active{border:1px solid var(--primary-indicator);background:var(--primary-soft);color:var(--primary-text)}
.dsl-page-gap{color:var(--muted-foreground);min-width:24px;padding:0}
.dsl-page-step{padding:0 calc(var(--control-h) / 2 - 6px)}
.dsl-page.is-disabled{color:var(--placeholder)}
.dsl-page-of{padding:0 6px;color:var(--muted-foreground);font-weight:500;font-variant-numeric:tabular-nums;white-space:nowrap}

.dsl-menu{display:flex;flex-direction:column;width:fit-content;min-width:220px;max-width:100%;padding:5px;background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);box-shadow:var(--shadow-lg);font-size:14px;box-sizing:border-box}
.dsl-menu-title{padding:calc(var(--control-h) / 2 - 11px) calc(var(--control-h) / 2 - 9px) calc(var(--control-h) / 2 - 13px);font-size:12px;font-weight:600;color:var(--muted-foreground)}
.dsl-menu-item{display:flex;align-items:center;gap:10px;padding:calc(var(--control-h) / 2 - 11px) calc(var(--control-h) / 2 - 9px);border-radius:var(--radius-sm);color:var(--foreground);line-height:20px}
.dsl-menu-item.is-active{background:var(--muted)}
.dsl-menu-item.is-disabled{opacity:var(--disabled-opacity)}
.dsl-menu-item.is-danger,.dsl-menu-item.is-danger .dsl-menu-icon{color:var(--danger)}
.dsl-menu-icon{display:inline-flex;flex:none;color:var(--muted-foreground)}
.dsl-menu-icon.is-blank{width:16px}
.dsl-menu-icon.is-end{margin-inline-start:auto}
.dsl-menu-kbd+.dsl-menu-icon.is-end{margin-inline-start:0}
.dsl-menu-label{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.dsl-menu-text{flex:1;display:flex;flex-direction:column;min-width:0}
.dsl-menu-desc{font-size:12.5px;color:var(--muted-foreground);line-height:17px}
.dsl-menu-kbd{margin-inline-start:auto;font-family:var(--font);font-size:12px;letter-spacing:.06em;color:var(--muted-foreground)}
.dsl-menu-sep{height:1px;margin:5px -5px;background:var(--border)}
/* A menu a card, a modal (a dialog or a sheet) or a sidebar holds is that container's list of
   actions, not a dropdown floating over it (an action sheet, a card's overflow list): no border,
   shadow, fill or corners of its own, as wide as the container's content. Its items' text lines up
   with the container's content edge, their highlight reaching into the container's padding by the
   items' inset (in a sidebar, the sidebar items' inset, so highlights line up with theirs);
   separators run between the content edges. One with a width of its own keeps its box. A menu
   placed by coordinates floats over its container and keeps its frame. */
:is(.dsl-card,.dsl-card-body,.dsl-modal-body,.dsl-sidebar,.dsl-sidebar-end)>.dsl-menu:not(.is-placed){--menu-inset:calc(var(--control-h) / 2 - 9px);align-self:stretch;width:auto;min-width:0;max-width:none;margin-inline:calc(-1 * var(--menu-inset));padding:0;background:none;border:0;border-radius:0;box-shadow:none}
:is(.dsl-sidebar,.dsl-sidebar-end)>.dsl-menu:not(.is-placed){--menu-inset:calc(var(--control-h) / 2 - 8px)}
.dsl-sidebar>.dsl-menu:not(.is-placed),:is(.dsl-card,.dsl-card-body,.dsl-modal-body,.dsl-sidebar,.dsl-sidebar-end)>.dsl-menu.has-width:not(.is-placed){margin-inline:0}
:is(.dsl-card,.dsl-card-body,.dsl-modal-body,.dsl-sidebar,.dsl-sidebar-end)>.dsl-menu:not(.is-placed)>:is(.dsl-menu-item,.dsl-menu-title){padding-inline:var(--menu-inset)}
:is(.dsl-card,.dsl-card-body,.dsl-modal-body,.dsl-sidebar,.dsl-sidebar-end)>.dsl-menu:not(.is-placed)>.dsl-menu-sep{margin-inline:var(--menu-inset)}
/* A card with no padding: the items run to its border, their text at the card's inset (its
   title's), their highlight square at its edges. */
.dsl-card.is-flush>.dsl-menu:not(.is-placed){--menu-inset:var(--pad);margin-inline:0;padding-block:5px}
.dsl-card.is-flush>.dsl-menu:not(.is-placed)>.dsl-menu-item{border-radius:0}

.dsl-stepper ol{display:flex;margin:0;padding:0;list-style:none}
.dsl-step{display:flex;flex:1;min-width:0}
.dsl-step-head{display:flex;align-items:center}
.dsl-step-marker{flex:none;display:inline-flex;align-items:center;justify-content:center;width:32px;height:32px;box-sizing:border-box;border-radius:50%;font-size:13px;font-weight:600;border:2px solid var(--border);color:var(--muted-foreground);background:var(--surface)}
/* A step's marks (a done step's disc, the current step's ring, the line behind a done step) carry
   no words: they are --primary-indicator, the primary drawn to stand out at 3:1 on the page where
   it would fade into it (a navy brand on a dark theme, a yellow one on white), as a checked box
   is; the check on a done disc is in the primary's text colour, as a checked box's tick. */
.dsl-step.is-done .dsl-step-marker{background:var(--primary-indicator);border-color:var(--primary-indicator);color:var(--primary-foreground)}
.dsl-step.is-current .dsl-step-marker{border-color:var(--primary-indicator);color:var(--primary-text);box-shadow:0 0 0 4px var(--primary-soft)}
.dsl-step-line{flex:1;background:var(--border)}
.dsl-step.is-done .dsl-step-line{background:var(--primary-indicator)}
.dsl-step-body{display:flex;flex-direction:column;gap:2px;min-width:0}
.dsl-step-label{font-size:14px;font-weight:500;color:var(--foreground)}
.dsl-step.is-upcoming .dsl-step-label{color:var(--muted-foreground)}
/* A step in error: a red disc with a white alert mark (or its icon), and its label in the red of
   an error message; current, it keeps the current step's soft ring, in red. */
.dsl-step.is-error .dsl-step-marker{background:var(--danger-solid);border-color:var(--danger-solid);color:#fff}
.dsl-step.is-error.is-current .dsl-step-marker{box-shadow:0 0 0 4px var(--danger-soft)}
.dsl-step.is-error .dsl-step-label{color:var(--danger)}
.dsl-step.is-disabled>*{opacity:var(--disabled-opacity)}
.dsl-step.is-disabled :is(.dsl-step-label,.dsl-step-marker){color:var(--foreground)}
.dsl-step-desc{font-size:12.5px;color:var(--muted-foreground)}
/* Across, every step takes an equal share (a basis of 0: long labels take no more), its marker
   centred over its label; the line runs from this marker to the next one, a share further. */
.dsl-stepper--horizontal>ol{container-type:inline-size;contain-intrinsic-inline-size:calc(var(--steps) * 110px)}
.dsl-stepper--horizontal .dsl-step{flex:1 1 0;flex-direction:column;align-items:center;gap:10px;text-align:center}
.dsl-stepper--horizontal .dsl-step-head{position:relative;align-self:stretch;justify-content:center}
.dsl-stepper--horizontal .dsl-step-line{position:absolute;top:15px;height:2px;inset-inline-start:calc(50% + 24px);inset-inline-end:calc(24px - 50%)}
/* A label wraps between its words, never inside one (a long compound breaks at the soft hyphens
   hyphenation.py marks). --fit is the size at which the widest word (--word em, estimated by the
   compiler) just fills a share less its 12 px of padding: labels take it, rounded down to a half
   px, between 12 and 14 px. Below 12 px (five steps of "Confirmation" on a phone) the labels and
   descriptions go (a size of 0 draws nothing and takes no line) but the current step's, which
   keeps its size and the room under its neighbours' markers: three shares in the middle; at either
   end its own share, a word wider than that running inward ("safe" centring falls back to the
   start, and the last step's label is set from the other side). */
.dsl-stepper--horizontal .dsl-step-body{--fit:calc((100cqi / var(--steps) - 12px) / var(--word));--fits:max(0px,calc((var(--fit) - 11.99px) * 100000));--short:clamp(0px,calc((11.99px - var(--fit)) * 100000),1px);align-self:stretch;align-items:center;min-width:0;box-sizing:border-box;padding:0 6px}
.dsl-stepper--horizontal .dsl-step-label{display:flex;align-self:stretch;justify-content:center;font-size:min(clamp(12px,round(down,var(--fit),.5px),14px),var(--fits));line-height:1.43}
.dsl-stepper--horizontal .dsl-step-desc{font-size:min(12.5px,var(--fits));line-height:1.4;max-width:100%;overflow-wrap:break-word}
.dsl-stepper--horizontal .is-current>.dsl-step-body>.dsl-step-label{font-size:max(min(clamp(12px,round(down,var(--fit),.5px),14px),var(--fits)),var(--short) * 14)}
.dsl-stepper--horizontal .is-current>.dsl-step-body>.dsl-step-desc{font-size:max(min(12.5px,var(--fits)),var(--short) * 12.5)}
.dsl-stepper--horizontal .is-current>.dsl-step-body:not(.is-first,.is-last)>*{max-width:none;margin-inline:max(-100%,calc(var(--short) * -100000))}
.dsl-stepper--horizontal .dsl-step-label.is-unspaced{overflow-wrap:break-word}
.dsl-stepper--horizontal .dsl-step-label.is-unspaced>span{min-width:0}
.dsl-stepper--horizontal .dsl-step-body:is(.is-first,.is-last)>.dsl-step-label{justify-content:safe center}
.dsl-stepper--horizontal .dsl-step-body.is-last>.dsl-step-label{direction:rtl}
.dsl-stepper--horizontal .dsl-step-body.is-last>.dsl-step-label>span{direction:ltr}
[dir=rtl] .dsl-stepper--horizontal .dsl-step-body.is-last>.dsl-step-label{direction:ltr}
[dir=rtl] .dsl-stepper--horizontal .dsl-step-body.is-last>.dsl-step-label>span{direction:rtl}
.dsl-stepper--vertical ol{flex-direction:column}
.dsl-stepper--vertical .dsl-step{gap:14px}
.dsl-stepper--vertical .dsl-step-head{flex-direction:column;align-self:stretch}
.dsl-stepper--vertical .dsl-step-line{width:2px;min-height:22px;margin:6px 0}
.dsl-stepper--vertical .dsl-step-body{padding:5px 0 18px}
"""

FIT_CSS = """
/* first_that_fits: a window one line (plus 8 px above and below, for shadows) tall showing the
   first option that fits across. An option that fits sits on the window's line beside its probe,
   and pulls the next ones two lines up, out of sight; one that does not wraps below the probe, out
   of sight, and so pulls the next one onto the line. The window clips 4 px outside itself, so the
   shadows at its sides are drawn, and nothing of the rows above and below (8 px further off). */
.dsl-fit{--fit-room:calc(var(--fit-line) + 16px);display:flex;flex-direction:column;height:var(--fit-room);margin-block:-8px;min-width:0;overflow:clip;overflow-clip-margin:4px}
.dsl-fit-option{flex:none;display:flex;flex-wrap:wrap;align-items:center;margin-bottom:calc(-2 * var(--fit-room))}
.dsl-fit-probe{flex:none;width:0;height:var(--fit-room)}
.dsl-fit-row{display:flex;flex-wrap:wrap;align-items:center;height:var(--fit-line);margin:8px 0;padding:0;list-style:none}
.dsl-fit-option:last-child>.dsl-fit-row{flex-wrap:nowrap;min-width:0}
"""

# first_that_fits serves other modules too (a multiple select's chips): its sheet is registered
# for no renderer module, so it is sent with any of them (and pruned when unused).
register_css("elements.navigation.fit", FIT_CSS)
