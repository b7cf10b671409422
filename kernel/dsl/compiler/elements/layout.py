"""Layout elements: the flow containers (row, column, flex, grid, stack) and page structure pieces."""

from __future__ import annotations

from collections.abc import Sequence

from kernel.dsl.compiler.action_emphasis import LINKS
from kernel.dsl.compiler.column_width import flows_down, inherited_alignment, span_classes
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.fields import action_buttons
from kernel.dsl.compiler.framed_panes import pane_classes
from kernel.dsl.compiler.html import box, esc, with_class
from kernel.dsl.compiler.items import entries, item_label
from kernel.dsl.compiler.picture_fit import STRIP_CLASS, is_logo_strip
from kernel.dsl.compiler.registry import register_css, renders
from kernel.dsl.compiler.stack_ground import layer_of
from kernel.dsl.compiler.stat_rows import shared_stat_figures
from kernel.dsl.compiler.styles import explicit_size, flow_style, is_absolute, length, px
from kernel.dsl.compiler.wrapping import keeps_words, row_roles
from kernel.dsl.data_uris import is_drawable_image_uri
from kernel.dsl.grid_fit import grid_fit
from kernel.dsl.model import Element, StyleValue
from kernel.dsl.sizes import HEADER_SIZES, size_word
from kernel.dsl.stack_layers import edge_plan, is_backdrop, paints_own_ground


def _is_column(element: Element, default: str) -> bool:
    """Whether the flow runs top to bottom (see `flows_down`: a `flex` styled `flexDirection:
    column` stretches its children as CSS does)."""
    return flows_down(element, default)


def runs_in_column(element: Element, *, default: str = "column") -> bool:
    """Whether `element`'s children run top to bottom (see `_is_column`), not in a row."""
    return _is_column(element, default)


def flow_classes(element: Element, *, default: str = "column") -> str:
    """`dsl-vflow` or `dsl-hflow`, so children (buttons, spacers) know which way the flow runs.

    In a row, form fields and bare controls share the width left (two fields side by side, a
    message box beside its send button); in a row whose `justify` spreads its children (a title
    with a select at the far end), `is-spread` keeps them at a control's usual width instead of
    swallowing the space the author meant to leave; in a row that `wrap`s, `is-wrapping` gives
    them that width as their basis, so they move to the next line rather than shrink. A row of
    only buttons, chips or badges (`wraps-pills`) wraps unless the author said `wrap: false`. A box
    of short texts also gets `keeps-words`: a crowded row must not squeeze it below its longest word.
    A row where the author gave a child a growing `flex`, or that holds a `spacer` without a
    `size`, gets `has-flexed-child`: that child takes the free room, and its columns and grids keep
    their content's width instead of sharing it (a spacer pushes the children after it to the end,
    as documented; columns that grew too took their share and left the last one mid-row). When
    that child is no field (`holds_filler`) the row also gets `has-filler`: its fields keep a
    control's width too (a "Sort by" select after a spacer was 540 px wide).
    """
    flow = "dsl-vflow" if _is_column(element, default) else "dsl-hflow"
    if flow == "dsl-hflow" and element.justify not in (None, "start"):
        flow += " is-spread"
    if flow.startswith("dsl-hflow") and any(map(_takes_free_room, element.children or [])):
        flow += " has-flexed-child"
    if flow.startswith("dsl-hflow") and holds_filler(element):
        flow += f" {FILLER_CLASS}"
    if flow.startswith("dsl-hflow") and holds_fields(element):
        flow += " has-fields"
    if flow.startswith("dsl-hflow") and element.wrap:
        flow += " is-wrapping"
    elif flow.startswith("dsl-hflow") and element.wrap is None and _holds_only_pills(element):
        flow += " wraps-pills"
    if flow.startswith("dsl-hflow") and holds_panes(element):
        flow += f" {PANES_CLASS}" + f" {TOP_PANES_CLASS}" * _holds_page_panes(element)
    if flow.startswith("dsl-hflow") and grows_cards(element):
        flow += f" {GROWS_CARDS_CLASS}"
    return f"{flow} keeps-words" if keeps_words(element) else flow


FIELD_ROW_TYPES = frozenset({"input", "select", "textarea", "search", "upload", "radio", "slider"})
"""Types that draw a field, a radio group or a slider: a row holding one lines them up (the form
rules of `forms.py` apply to rows marked `has-fields` only)."""


def holds_fields(element: Element) -> bool:
    """Whether a child of `element` is of `FIELD_ROW_TYPES`."""
    return any(child.type in FIELD_ROW_TYPES for child in element.children or [])


_NOT_GROWING = frozenset({"none", "initial", "inherit", "unset", "revert", "revert-layer"})


def grows_by_own_flex(child: Element) -> bool:
    """Whether the child's own `style` makes it grow: a positive `flexGrow`, or a `flex` whose grow
    factor is positive (`1`, `"2 1 0"`, `auto`, or a lone basis such as `"200px"`, which CSS reads
    as `1 1 200px`). `flex: none` or `0` says the child keeps its size, not that it takes the room."""
    if is_absolute(child) or not child.style:
        return False
    return any(_positive_grow(child.style.get(name)) for name in ("flex", "flexGrow"))


def _takes_free_room(child: Element) -> bool:
    """A child whose own `flex` grows it, or a `spacer` with no `size` (which grows by nature)."""
    grows_as_spacer = child.type == "spacer" and child.size in (None, "") and not is_absolute(child)
    return grows_as_spacer or grows_by_own_flex(child)


FILLER_CLASS = "has-filler"


def holds_filler(element: Element) -> bool:
    """Whether a child of `element` that is no field takes the free room (`_takes_free_room`): a
    spacer, a flexed column. Its fields then keep a control's width rather than sharing the room
    with it (see the CSS); a field the author flexed is weighed against its sibling fields instead,
    as documented (`flex: 2` twice as wide as each of theirs)."""
    return any(
        _takes_free_room(child) and child.type not in FIELD_ROW_TYPES for child in element.children or []
    )


def _positive_grow(value: StyleValue | None) -> bool:
    """Whether a `flex` or `flexGrow` value grows: its first word as a number, else true for a
    basis or `auto` and false for the keywords that leave the grow factor at 0."""
    if value is None or isinstance(value, bool):
        return False
    words = str(value).strip().lower().split()
    if not words or words[0] in _NOT_GROWING:
        return False
    try:
        return float(words[0]) > 0
    except ValueError:
        return True


PILL_TYPES = frozenset({"button", "chip", "badge", "link"})


PANE_TYPES = frozenset({"column", "container", "card", "section", "grid", "form"})
"""Boxes that make a pane of a screen (a calendar's list of calendars beside its month grid)."""

PANES_CLASS = "holds-panes"
"""A row of panes: at the top level it stretches them to the tallest, as a page with a sidebar
does, instead of centring a short pane beside a tall one (see the CSS)."""

TOP_PANES_CLASS = "tops-panes"
"""A row of panes of a page below the top level (a main column beside an aside in the page's
column): they start at its top, as at the top level, instead of a short aside centred halfway
down beside a tall hero (see the CSS)."""

_BETWEEN_PANES = frozenset({"spacer", "divider"})
_FRAMED_PANES = frozenset({"card", "section", "grid", "form"})


def _holds_page_panes(element: Element) -> bool:
    """A row of panes (`holds_panes`) each holding a page's blocks: a card, a section, a grid, a
    form, or a box of two children or more. A list item's avatar column beside its two lines of
    text is no such row: it stays centred."""
    return all(
        child.type in _FRAMED_PANES or len([c for c in child.children or [] if not is_absolute(c)]) > 1
        for child in element.children or []
        if not is_absolute(child) and child.type not in _BETWEEN_PANES
    )


def holds_panes(element: Element) -> bool:
    """A row whose children are all panes (`PANE_TYPES`, or a flex running in a column), two at
    least; spacers and dividers between them aside. Small controls keep the row's centring."""
    flowing = [
        child
        for child in element.children or []
        if not is_absolute(child) and child.type not in _BETWEEN_PANES
    ]
    return len(flowing) > 1 and all(
        child.type in PANE_TYPES or (child.type == "flex" and runs_in_column(child, default="row"))
        for child in flowing
    )


GROWS_CARDS_CLASS = "grows-cards"
"""A row whose cards the author did not size share its free room (see `grows_cards`, the CSS)."""

_BESIDE_GROWING_CARDS = frozenset({"sidebar", "list", "divider"})
"""What may stand beside cards that grow: a sidebar (it keeps its width), a list (it keeps a
pane's width, see the CSS) and the dividers between them."""


def grows_cards(element: Element) -> bool:
    """Whether the cards of a row (forms drawn as cards too) share its free room: a row of cards
    and nothing else (KPI cards, plans), or of cards beside sidebars, lists and dividers (a mail
    client's reading pane beside its folders and its messages: the pane shrank to its text and left
    half the screen empty). Not when a child takes the free room by its own `flex` or as a spacer
    (that child takes it), nor when the author placed the cards with `justify` (`_placed`)."""
    flowing = [child for child in element.children or [] if not is_absolute(child)]
    if _placed(element, lone=len(flowing) == 1) or any(map(_takes_free_room, flowing)):
        return False
    return any(map(_is_card_like, flowing)) and all(
        _is_card_like(child) or child.type in _BESIDE_GROWING_CARDS for child in flowing
    )


_START_WORDS = frozenset({"start", "flex-start", "normal", "left"})


def _placed(row: Element, *, lone: bool) -> bool:
    """Whether the row's `justify` (or `justifyContent` in its style) places its children, which
    cards that fill it would undo: any value for a `lone` child (a chat bubble drawn as a card,
    `justify: end`, sits at the end at its own width: it filled the row, so `justify` did
    nothing; `start` puts the other side's bubble at the start), a value other than the start
    for several (`start` is the default, often written out: a row of KPI cards still shares its
    width). A lone card in a row without `justify` fills it (a dashboard's band)."""
    written = row.justify if row.justify is not None else (row.style or {}).get("justifyContent")
    if written is None or isinstance(written, bool):
        return False
    return lone or str(written).strip().lower() not in _START_WORDS


def _holds_only_pills(element: Element) -> bool:
    """A row of buttons, chips or badges only (a tag list, a toolbar): one that does not fit goes
    on to the next line instead of running off its box."""
    children = element.children or []
    return len(children) > 1 and all(
        child.type in PILL_TYPES and not is_absolute(child) for child in children
    )


SCROLLER_CLASS = "is-scroller"
"""A touch screen's row with an explicit `wrap: false`: it scrolls sideways, as a phone's row of
filter chips does; what runs past the screen's edge is meant to (the render does not warn)."""


@renders("row")
def render_row(element: Element, ctx: RenderContext) -> str:
    """Children left to right, vertically centred unless `align` says otherwise; a row of logos
    (`is_logo_strip`) shows each whole, with square corners, and a placeholder there as a wordmark."""
    style = flow_style(element, direction="row") | shared_stat_figures(element.children, ctx.typeface)
    classes = flow_classes(element, default="row") + narrow_canvas_classes(element, ctx.viewport.screen_width)
    if " is-wrapping" in classes:
        style["flex-wrap"] = "wrap"
    elif element.wrap is False and ctx.viewport.touch and "dsl-hflow" in classes:
        classes += f" {SCROLLER_CLASS}"  # a phone's row said not to wrap scrolls sideways
    logos = is_logo_strip(element.children)
    outer, ctx.logo_strip = ctx.logo_strip, logos
    try:
        children = _row_children(element, ctx, classes)
    finally:
        ctx.logo_strip = outer
    return box(element, children, classes=classes + (f" {STRIP_CLASS}" if logos else ""), style=style)


NARROW_CANVAS_WIDTH = 600
"""A canvas narrower than this (a phone's) has no room for cards, panes or fields side by side."""

PHONE_MARGIN = 16
"""The page's margin at each side of a phone-wide canvas (see page_padding)."""

PANE_LEAST_WIDTH = 200
"""The least width of a pane the author did not size, as a card's in a wrapping row (the CSS)."""

TEXT_FIELD_TYPES = frozenset({"input", "select", "textarea", "search"})
"""Fields of one box each: a row of them alone is a form's row (City, State, ZIP)."""

STACKS_CLASS = "stacks-panes"


def narrow_canvas_classes(element: Element, screen_width: int) -> str:
    """What a row adds on a canvas narrower than `NARROW_CANVAS_WIDTH` (a phone), unless the
    author said `wrap` either way or gave the row a width:

    - a row of a sidebar beside panes (a column, a card: `_is_pane`) puts each on a line of its
      own (` stacks-panes`), and so does a row of panes that do not fit side by side at their
      author's widths and `PANE_LEAST_WIDTH` each for the others (`_panes_overflow`: a form
      beside a 380 px pane, squeezed to 30 px);
    - a row of cards (or forms drawn as cards) none of which the author sized wraps
      (` is-wrapping`: each starts from 200 px, so they stack);
    - a row of two text fields or more and nothing else (`TEXT_FIELD_TYPES`, none sized) wraps:
      each keeps its 240 px basis, so they go one under another (City, State and ZIP side by side
      got 100 px each, their values cut to "Ne…").

    Side by side on a phone, cards got 111 px each and an article beside a 240 px sidebar 120 px,
    their words broken mid-word."""
    if (
        screen_width >= NARROW_CANVAS_WIDTH
        or element.wrap is not None
        or runs_in_column(element, default="row")
        or explicit_size(element, "width") is not None  # a row drawn for a wider screen keeps its layout
    ):
        return ""
    flowing = [child for child in element.children or [] if not is_absolute(child)]
    others = [child for child in flowing if child.type != "sidebar" and child.type not in _BETWEEN_PANES]
    if len(others) < len(flowing) and others and all(map(_is_pane, others)):
        return f" {STACKS_CLASS}"
    unsized = not any(map(_sized_by_author, flowing))
    if len(flowing) > 1 and unsized and all(map(_is_card_like, flowing)):
        return " is-wrapping"
    if holds_panes(element) and _panes_overflow(element, others, screen_width):
        return f" {STACKS_CLASS}"
    if len(flowing) > 1 and unsized and all(child.type in TEXT_FIELD_TYPES for child in flowing):
        return " is-wrapping"
    return ""


def _is_card_like(child: Element) -> bool:
    """A card, or a form drawn as one (`variant: card`), which the CSS sizes as a card."""
    return child.type == "card" or (child.type == "form" and child.variant == "card")


def _panes_overflow(row: Element, panes: list[Element], screen_width: int) -> bool:
    """Whether `panes` side by side need more than the phone's width inside its margins (each
    `_least_width`, the row's gap between them: 16 px unless it says)."""
    gap = row.gap if isinstance(row.gap, int | float) else 16
    widths = [_least_width(pane) for pane in panes]
    return sum(widths) + gap * (len(widths) - 1) > screen_width - 2 * PHONE_MARGIN


def _least_width(pane: Element) -> float:
    """A pane's width in px as its author wrote it (`width`, else `minWidth`); 0 for a width in
    % (it fits whatever the room); else `PANE_LEAST_WIDTH`."""
    width = explicit_size(pane, "width")
    written = px(width) or px(explicit_size(pane, "minWidth"))
    if written is not None:
        return written
    return 0.0 if width is not None else PANE_LEAST_WIDTH


_AUTHOR_SIZES = ("width", "minWidth", "maxWidth", "flex", "flexBasis", "flexGrow")


def _sized_by_author(child: Element) -> bool:
    """Whether the author gave `child` a width, a least or greatest width, or a flex size."""
    return any(explicit_size(child, name) is not None for name in _AUTHOR_SIZES)


def _is_pane(child: Element) -> bool:
    """A box that makes a pane of a screen (`PANE_TYPES`, or a flex running in a column)."""
    return child.type in PANE_TYPES or (child.type == "flex" and runs_in_column(child, default="row"))


def _row_children(element: Element, ctx: RenderContext, classes: str) -> str:
    """The children of a row (`classes`: its flow classes). In a row that holds a short text (a
    timestamp, a price) beside children that can wrap, the short text is marked `keeps-line` and
    the others `gives-way`: they narrow first, so the short text stays on one line while there is
    room to give (see the module's CSS)."""
    roles = row_roles(element.children) if "dsl-hflow" in classes else []
    if not any(roles):
        return ctx.render_children(element)
    return "".join(
        with_class(ctx.render(child), role) if role else ctx.render(child)
        for child, role in zip(element.children, roles, strict=True)
    )


FILLS_CLASS = "fills-column"
ANCHORS_CLASS = "anchors-end"
FILLS_CSS = """
/* A child that takes a column's free room by its own flex (fills-column) may shrink below its
   content in a column of set height, and cuts at its top and bottom what does not fit (a chat's
   messages above its input bar, which stays in place); its sides stay unclipped (shadows). */
.fills-column{min-height:0;overflow:visible clip}
/* A conversation's messages (anchors-end) sit at the end of their room, just above the composer,
   as a chat app draws them: what does not fit runs out of the top (the earlier messages) and is cut
   there; a message keeps its height (none is squeezed to make room for the others). */
.fills-column.anchors-end{justify-content:flex-end}
.fills-column.anchors-end>*{flex-shrink:0}
/* A block in a column that aligns its children (spans-column, see column_width.py) keeps the
   column's width, as in a column that does not align: shrunk to its content, a table was its 2 px
   border. One the author capped (maxWidth) is as wide as the cap allows, still aligned. */
.spans-column{align-self:stretch}
.spans-column[style*="max-width"]{align-self:auto;width:100%}
.centres-cells>.has-width{justify-self:center}
.ends-cells>.has-width{justify-self:end}
"""
# On every page that marks one, whatever types it draws (a card's flexed list, a flexed table at
# the top level): the module's own sheet comes only with the types this module renders.
register_css(f"{__name__}.fills", FILLS_CSS)


def column_children(element: Element, ctx: RenderContext, *, default: str = "column") -> str:
    """The children's HTML. In a box that lays them out top to bottom (see `_is_column`), one that
    takes the free room by its own `flex` (a chat's messages between its header and its input
    bar) is marked `fills-column`: in a box of set height it gets what is left and cuts what does
    not fit, as an app's scrolling list does, instead of pushing the children after it off the
    screen (see the module's CSS). In a box that grows with its content nothing changes. One that
    holds a conversation (see `anchors_to_end`) is marked `anchors-end` too. In a box that
    `align`s its children, a block (a table, a card, a row...) keeps the box's width and is marked
    `spans-column`, and a plain box among them takes the alignment (see `column_width`)."""
    children = element.children or []
    if not _is_column(element, default):
        return ctx.render_children(element)
    marks = [_column_child_classes(element, children, index) for index in range(len(children))]
    if not any(marks):
        return ctx.render_children(element)
    return "".join(
        with_class(ctx.render_changed(child, inherited_alignment(element, child)), mark)
        if mark
        else ctx.render(child)
        for child, mark in zip(children, marks, strict=True)
    )


def _column_child_classes(parent: Element, siblings: Sequence[Element], index: int) -> str:
    """The classes `column_children` adds to `siblings[index]`, a child of the column `parent`."""
    child = siblings[index]
    if grows_by_own_flex(child):
        return fills_classes(siblings, index)
    return span_classes(parent, child)


def fills_classes(siblings: Sequence[Element], index: int) -> str:
    """The classes of `siblings[index]`, a child that takes its column's free room: `fills-column`,
    and `anchors-end` when it holds a conversation (see `anchors_to_end`)."""
    return f"{FILLS_CLASS} {ANCHORS_CLASS}" if anchors_to_end(siblings, index) else FILLS_CLASS


TEXT_ENTRY_TYPES = frozenset({"input", "textarea"})
COMPOSER_BOXES = frozenset({"row", "flex", "column", "container", "stack"})
COMPOSER_CONTROLS = frozenset({"button", "icon", "avatar", "chip", "select", "spacer", "divider"})
_COMPOSER_PARTS = COMPOSER_BOXES | COMPOSER_CONTROLS


def anchors_to_end(siblings: Sequence[Element], index: int) -> bool:
    """Whether `siblings[index]`, which takes its column's free room, keeps its end in view: a box
    whose children flow top to bottom, with `justify: end`, or holding a conversation: the author
    did not place its children (no `justify`) and the column holds a composer after it and nothing
    else (see `_is_composer`) but a phone's bottom tab bar, which is pinned to the screen's edge
    anyway. A chat app draws its newest messages just above the composer and cuts the earlier
    ones at the top; a feed or a settings page, whose end is a button, a form or nothing, keeps
    its start in view."""
    child = siblings[index]
    if child.type not in ("column", "container", "flex") or not _is_column(
        child, "row" if child.type == "flex" else "column"
    ):
        return False
    if child.justify == "end":
        return True
    if child.justify is not None or any(
        name in (child.style or {}) for name in ("justifyContent", "placeContent")
    ):
        return False
    after = [
        sibling
        for sibling in siblings[index + 1 :]
        if not (is_absolute(sibling) or _is_bottom_tab_bar(sibling))
    ]
    return len(after) == 1 and _is_composer(after[0])


def _is_bottom_tab_bar(element: Element) -> bool:
    return element.type == "tabs" and (element.variant or "").strip().lower() == "bottom"


def _is_composer(element: Element) -> bool:
    """A chat's composer: an unlabelled text field (`input`, `textarea`), or a bar of boxes
    holding exactly one and otherwise only controls (attach and send buttons, an emoji icon, a
    model picker). A labelled field, a search field or any text (a heading, a note) makes it a
    form, a filter or a footer instead."""
    fields = 0
    for node in _descendants(element):
        if node.type in TEXT_ENTRY_TYPES and not node.label:
            fields += 1
        elif node.type not in _COMPOSER_PARTS or (
            node.type in COMPOSER_BOXES and (node.text or node.title or node.label)
        ):
            return False
    return fields == 1


def _descendants(element: Element) -> list[Element]:
    """`element` and every element in it, depth first."""
    out = [element]
    for child in element.children or []:
        out += _descendants(child)
    return out


@renders("column")
def render_column(element: Element, ctx: RenderContext) -> str:
    """Children top to bottom, each as wide as the column (buttons and pills keep their width)."""
    style = flow_style(element, direction="column")
    classes = (
        flow_classes(element) if element.align is None else ("keeps-words" if keeps_words(element) else "")
    )
    return box(element, column_children(element, ctx), classes=classes + pane_classes(element), style=style)


@renders("flex")
def render_flex(element: Element, ctx: RenderContext) -> str:
    """A flex row, or a column with `direction: column` (or the earlier format's
    `style: {flexDirection: column}`)."""
    style = flow_style(element, direction=element.direction or "row")
    classes = flow_classes(element, default="row")
    if "dsl-vflow" in classes:
        return box(
            element,
            column_children(element, ctx, default="row"),
            classes=classes + pane_classes(element),
            style=style,
        )
    if "dsl-hflow" in classes:
        style.update(shared_stat_figures(element.children, ctx.typeface))
    return box(element, _row_children(element, ctx, classes), classes=classes, style=style)


AUTO_GRID_COLUMNS = "repeat(auto-fit, minmax(min(160px, 100%), 1fr))"
"""The columns of a grid that names none: as many of at least 160 px (or the grid's width, if
less) as fit, sharing the width; one column on a narrow box, four stats across a desktop page."""


def _places_by_grid_style(element: Element) -> bool:
    """Whether the grid's or a child's `style` sets grid placement (`gridTemplateColumns`,
    `gridTemplateAreas`, a child's `gridColumn`...): the author's CSS lays it out, as before."""
    styles = [element.style or {}, *(child.style or {} for child in element.children or [])]
    return any(name.startswith("grid") for style in styles for name in style)


@renders("grid")
def render_grid(element: Element, ctx: RenderContext) -> str:
    """Children in `columns` equal columns; without `columns` as many columns of at least 160 px
    as fit (`AUTO_GRID_COLUMNS`: four stats side by side, not one under another), unless the
    author's style lays the grid out (see `_places_by_grid_style`); a grid whose columns come
    from its style (`gridTemplateColumns`, the earlier format's way) has no gap unless one is
    given, as in CSS: cells built as a table meet with no seams."""
    style = flow_style(element)
    style.pop("flex-direction", None)
    if isinstance(element.columns, int):
        style["grid-template-columns"] = f"repeat({_drawn_columns(element, ctx)}, minmax(0, 1fr))"
        style.update(shared_stat_figures(element.children, ctx.typeface))  # equal columns alone
    elif "gridTemplateColumns" in (element.style or {}) and element.gap is None:
        style["gap"] = "0"  # a gap in the style still wins: it comes after
    elif element.columns is None and not _places_by_grid_style(element):
        style["grid-template-columns"] = AUTO_GRID_COLUMNS
    if element.align:
        style["align-items"] = style["align-items"].replace("flex-", "")
    return box(element, ctx.render_children(element), style=style)


def _drawn_columns(element: Element, ctx: RenderContext) -> int:
    """The grid's `columns`, or fewer where the canvas is too narrow for them (`grid_fit`)."""
    assert isinstance(element.columns, int)
    children = [
        {
            "type": child.type,
            "label": child.label,
            "text": child.text,
            "icon": child.icon,
            "style": child.style,
        }
        for child in element.children or []
    ]
    fit = grid_fit(
        element.columns, children, element.gap, element.style, canvas_width=ctx.viewport.screen_width
    )
    return fit.drawn if fit else element.columns


@renders("stack")
def render_stack(element: Element, ctx: RenderContext) -> str:
    """Children layered in one grid cell; `align` places them vertically, `justify` horizontally."""
    style: dict[str, str] = {}
    padding = length(element.padding)
    if padding:
        style["padding"] = padding
    places = {"start": "start", "center": "center", "end": "end", "stretch": "stretch", "baseline": "baseline",
              "between": "start", "around": "center", "evenly": "center"}  # fmt: skip
    if element.align:
        style["align-items"] = places[element.align]
    if element.justify:
        style["justify-items"] = places[element.justify]
    if element.align is None and element.justify is None:
        own_ground = paints_own_ground(element.style)
        layers = _edge_layers(element.children, own_ground=own_ground)
        classes = "is-auto has-own-ground" if own_ground else "is-auto"
        return box(element, _stack_layers(layers, ctx), classes=classes, style=style)
    layers = [_stretched_backdrop(child) for child in element.children]
    return box(element, _stack_layers(layers, ctx), style=style)


BACKDROP_CLASS = "is-backdrop"


def _stack_layers(layers: list[Element], ctx: RenderContext) -> str:
    """The layers of a stack, first at the bottom. A placeholder picture with layers over it (a
    hero's photo under a dimming overlay and its headline) is marked `is-backdrop`: it keeps its
    hatching and drops its centred icon and captions, which showed through the headline (see
    the module's CSS)."""
    if not layers or all(map(is_absolute, layers)):
        return ctx.render_all(layers)
    last = len(layers) - 1
    return "".join(
        with_class(ctx.render(layer), BACKDROP_CLASS)
        if index < last and _is_placeholder_picture(layer)
        else ctx.render(layer)
        for index, layer in enumerate(layers)
    )


def _is_placeholder_picture(element: Element) -> bool:
    """An image drawn as a labelled placeholder: its source is not an embedded picture."""
    return element.type == "image" and not is_drawable_image_uri(element.src)


def _edge_layers(layers: list[Element], *, own_ground: bool) -> list[Element]:
    """The layers of a stack with no `align` or `justify`, the ones `edge_plan` drops to the
    bottom edge placed there by their style (a badge under a top row over a map)."""
    dropped = edge_plan([layer_of(layer) for layer in layers], own_ground=own_ground).dropped
    return [
        layer.model_copy(update={"style": {"alignSelf": "end", **(layer.style or {})}})
        if index in dropped
        else layer
        for index, layer in enumerate(layers)
    ]


def _stretched_backdrop(child: Element) -> Element:
    """A backdrop layer of an aligned stack fills the stack on each axis the author left unsized.

    `align`/`justify` place content (a caption, a badge); an empty box or a picture behind it has
    no size of its own and would otherwise shrink to nothing.
    """
    if is_absolute(child) or not is_backdrop(layer_of(child)):
        return child
    stretch: dict[str, StyleValue] = {}
    if explicit_size(child, "width") is None:
        stretch["justifySelf"] = "stretch"
    if explicit_size(child, "height") is None:
        stretch["alignSelf"] = "stretch"
    if not stretch:
        return child
    return child.model_copy(update={"style": {**stretch, **(child.style or {})}})


@renders("section")
def render_section(element: Element, ctx: RenderContext) -> str:
    """A titled region: heading and description (and `actions` on their right: small ghost
    buttons in the link colour unless they name a variant, as a "View all" or "Edit" beside a
    section's title is drawn; `action_emphasis`'s `LINKS`) above the flowing children. The title is 16 px unless `size` (sm md lg xl) or `level`
    (1-6) picks a larger one: xl (level 1) is a landing page's section title, 40 px, with its
    description a step larger; a `level` is also the title's heading tag (h3 without one). With an `align` the children
    are placed as a column's are: buttons and badges too, not only text; centred or at the end,
    the title and description line up their text that way too (a landing page's centred section
    head: a short description under a long title was left at the title's start)."""
    head = ""
    if element.title or element.description:
        size = f" is-{header_size(element)}" if element.size or element.level else ""
        tag = f"h{element.level or 3}"  # an h1-level section (a landing page's) is the page's h1
        title = (
            f'<{tag} class="dsl-section-title{size}">{esc(element.title)}</{tag}>' if element.title else ""
        )
        desc = f'<p class="dsl-section-desc">{esc(element.description)}</p>' if element.description else ""
        aligned = f" is-text-{element.align}" if element.align in ("center", "end") else ""
        head = f'<div class="dsl-section-head{aligned}">{title}{desc}</div>'
    action_size = "md" if ctx.touch else "sm"  # a finger's 44 px at the touch density
    actions = action_buttons(ctx, element.actions, size=action_size, looks=LINKS)
    if actions:
        head = f'<div class="dsl-section-bar">{head}<div class="dsl-section-actions">{actions}</div></div>'
    style = flow_style(element, direction="column")
    # `dsl-vflow` holds buttons and pills at the start: only where the author chose no alignment.
    classes = "dsl-vflow" if element.align is None else ""
    return box(element, head + column_children(element, ctx), tag="section", classes=classes, style=style)


_LEVEL_SIZES = {1: "xl", 2: "lg", 3: "md", 4: "sm", 5: "sm", 6: "sm"}


def header_size(element: Element) -> str:
    """The title size: `size` (sm 16px, md 18px, lg 24px, xl 30px), else `level` (1 = xl ...
    4-6 = sm), else lg for a page header with a description and md for a bare top bar title."""
    word = size_word(element.size)
    if word is not None and word in HEADER_SIZES:  # read as the validator reads it: " Large" is lg
        return word
    if element.level is not None:
        return _LEVEL_SIZES[element.level]
    return "lg" if element.description else "md"


@renders("header")
def render_header(element: Element, ctx: RenderContext) -> str:
    """A page header: title and description left; the children, then `actions` as buttons, on
    the right. Badges among the children follow the title ("Order #10482 [Paid]"), as a
    status is shown beside what it qualifies."""
    title = element.title or element.text
    size = header_size(element)
    beside_title = [
        bool(title) and child.type == "badge" and not is_absolute(child) for child in element.children
    ]
    badges = [child for child, beside in zip(element.children, beside_title, strict=True) if beside]
    others = [child for child, beside in zip(element.children, beside_title, strict=True) if not beside]
    parts = f'<h1 class="dsl-header-title is-{size}">{esc(title)}</h1>' if title else ""
    if parts and badges:
        parts = f'<div class="dsl-header-titleline">{parts}{ctx.render_all(badges)}</div>'
    if element.description:
        parts += f'<p class="dsl-header-desc">{esc(element.description)}</p>'
    text = f'<div class="dsl-header-text">{parts}</div>' if parts else ""
    children = ctx.render_all(others) + action_buttons(ctx, element.actions)
    if not text:
        flow = "dsl-hflow has-fields" if holds_fields(element) else "dsl-hflow"
        return box(element, children, tag="header", classes=flow, style=flow_style(element))
    actions = f'<div class="dsl-header-actions">{children}</div>' if children else ""
    return box(element, text + actions, tag="header", style=flow_style(element))


@renders("footer")
def render_footer(element: Element, ctx: RenderContext) -> str:
    """A page footer: small print on the left, link items on the right. With children (a brand
    blurb, columns of links, a newsletter form) it is a site's large footer: the children side by
    side across the top (`dsl-footer-main`, going on to the next line where they do not fit, as on
    a phone), the small print and links in a bar below them."""
    text = f"<span>{esc(element.text)}</span>" if element.text else ""
    links = "".join(f"<span>{esc(item_label(item))}</span>" for item in entries(element.items))
    links_html = f'<nav class="dsl-footer-links">{links}</nav>' if links else ""
    if not element.children:
        return box(element, text + links_html, tag="footer", style=flow_style(element))
    bar = f'<div class="dsl-footer-bar">{text}{links_html}</div>' if text or links_html else ""
    children = ctx.render_children(element)
    placed = all(map(is_absolute, element.children))  # they count from the footer's padding box
    main = children if placed else f'<div class="dsl-footer-main">{children}</div>'
    return box(
        element,
        main + bar,
        tag="footer",
        classes="is-large",
        style=flow_style(element),
    )


@renders("spacer")
def render_spacer(element: Element, ctx: RenderContext) -> str:
    """Free room: grows to fill its row or column, or exactly `size` px along the flow."""
    size = length(element.size) if element.size not in (None, "") else None
    if size is None:
        return box(element, "")
    return box(element, "", classes="is-sized", style={"--s": size})


@renders("divider")
def render_divider(element: Element, ctx: RenderContext) -> str:
    """A hairline rule, vertical with `direction: vertical`, or with a `label` in the middle."""
    if _is_column(element, "row") and element.direction is not None:
        return box(element, "", classes="is-vertical", extra_attrs={"role": "separator"})
    label = element.label or element.text
    if label:
        return box(
            element, f"<span>{esc(label)}</span>", classes="has-label", extra_attrs={"role": "separator"}
        )
    return box(element, "", extra_attrs={"role": "separator"})


CSS = """
/* A placeholder picture under other layers of a stack is their backdrop: its hatching stays, its
   icon and file name go, and its alt text is a small caption in the bottom end corner, out of the
   way of the headline or the caption drawn over it. */
.dsl-stack>.dsl-image.is-placeholder.is-backdrop{justify-content:flex-end;align-items:flex-end}
.dsl-stack>.dsl-image.is-placeholder.is-backdrop>:not(.dsl-image-alt){display:none}
.dsl-stack>.dsl-image.is-placeholder.is-backdrop>.dsl-image-alt{max-width:50%;font-size:11px;font-weight:400;color:var(--muted-foreground)}
/* A row laid over a stack's backdrop (a back button and a "3 min away" badge over a map) keeps the
   12 px from the stack's edges that a single control over it keeps, and its buttons the shadow that
   lifts them off the picture; a row with its own padding or fill is left as it was drawn. In a
   stack that places nothing (no `align` or `justify`) such a row runs along the top, as a lone
   button there sits in the top corner (an app's back and share buttons over a cover photo): as tall
   as the stack, it centred them on the picture. A row the author aligned or filled keeps its height. */
.dsl-stack.is-auto>.dsl-hflow:not(:first-child):not([style*="align-items"],[style*="background"]){align-self:start}
.dsl-stack>.dsl-hflow:not(:first-child):not([style*="padding"],[style*="background"]){margin:12px}
.dsl-stack>.dsl-hflow:not(:first-child):not([style*="background"])>.dsl-button{box-shadow:var(--shadow)}
/* A card laid over a stack's backdrop (a shop's info card over a map) floats over it: 12 px from
   the stack's edges, as a small layer keeps, lifted by a shadow unless its variant says how it is
   drawn; in a stack with no `align` it sits at the top at its own height. It filled the
   stack's whole height, flush with its edges, its actions at the map's bottom. */
.dsl-stack>.dsl-card:not(:first-child){margin:12px}
.dsl-stack>.dsl-card:not(:first-child):not([class*="dsl-card--"]){box-shadow:var(--shadow)}
.dsl-stack:not([style*="align-items"])>.dsl-card:not(:first-child):not([style*="align-self"]){align-self:start}
/* In a row that holds a short text (a timestamp, a price) the children that can wrap (gives-way)
   shrink a million times as readily: they wrap down to their longest word before the short text
   gives up a pixel. A short text still takes at most 60% of the row, so in a row too narrow for
   both it wraps too and its neighbour keeps a share; nothing runs past the row (flex-shrink:0 on
   the short text would push it past the edge of a row too narrow for it). */
:is(.dsl-row,.dsl-flex).dsl-hflow>.gives-way:not(.has-width){flex-shrink:1000000}
:is(.dsl-row,.dsl-flex).dsl-hflow>.keeps-line:not(.has-width){max-width:60%}
/* In a row that wraps where a child the author flexed takes the free room (a filter bar's search),
   the other fields and controls keep their natural width (a select its value's, a field its
   label's or its control's): the row breaks only where they do not fit at that width, and a
   control alone on the next line keeps it. In a wrapping row with no such child (a form's row of
   fields) they keep their 240 px basis and share the line (see the base sheet): shrunk to their
   values, a form's fields were 80 px boxes with ragged ends. */
.dsl-hflow.is-wrapping.has-flexed-child>:is(.dsl-field,.dsl-control,.dsl-progress:not(.dsl-progress--circle),.dsl-slider,.dsl-skeleton--text):not(.has-width){flex-grow:0}
.dsl-hflow.is-wrapping.has-flexed-child>:is(.dsl-field,.dsl-control):not(.has-width){flex-basis:auto}
/* A header's controls (a site and a time range picker) are as wide as their values: as wide as
   their box (width:100%), two in a header were squeezed into equal halves of their sum. */
.dsl-header-actions>.dsl-control:not(.has-width){width:auto}
/* A header's title and description keep at least 200 px (less only when they need less, or the
   header is narrower): where the actions leave them less, the actions go under them, as on a
   phone, instead of squeezing the description to a word a line. (Without calc-size() the text
   only fills the room the actions leave, as before.) */
.dsl-header:has(>.dsl-header-text){flex-wrap:wrap;row-gap:12px}
.dsl-header>.dsl-header-text{flex:1 1 0%;min-width:calc-size(max-content, min(size, 200px, 100%))}
/* A button in a grid of labelled fields lines up with their boxes, as one in a row does (see the
   field rows in forms): at the foot of its cell, where the fields' one-line controls end; below
   the labels' line when a field there has a hint or an error under its control. */
.dsl-grid:not([style*=align-items]):has(>.dsl-field>.dsl-field-label)>.dsl-button{align-self:end}
.dsl-grid:not([style*=align-items]):has(>.dsl-field>.dsl-field-label):has(>.dsl-field>:is(.dsl-field-hint,.dsl-field-error))>.dsl-button{align-self:start;margin-top:26px}
"""
