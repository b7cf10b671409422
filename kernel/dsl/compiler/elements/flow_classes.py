"""Which way a box's children flow, and the classes a row gets for what it holds."""

from __future__ import annotations

from kernel.dsl.compiler.column_width import flows_down
from kernel.dsl.compiler.styles import explicit_size, is_absolute, px
from kernel.dsl.compiler.wrapping import keeps_words
from kernel.dsl.model import Element, StyleValue


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
    only buttons, chips or badges (`wraps-pills`) wraps unless the author said `wrap: false`, and so
    does a row of only text fields that do not fit at their least widths (`WRAPS_FIELDS_CLASS`). A box
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
    elif flow == "dsl-hflow has-fields" and element.wrap is None and holds_only_text_fields(element):
        flow += f" {WRAPS_FIELDS_CLASS}"
    if flow.startswith("dsl-hflow") and holds_panes(element, TOPPED_TYPES):
        flow += f" {PANES_CLASS}" + f" {TOP_PANES_CLASS}" * _holds_page_panes(element)
    if flow.startswith("dsl-hflow") and grows_cards(element):
        flow += f" {GROWS_CARDS_CLASS}"
    return f"{flow} keeps-words" if keeps_words(element) else flow


FIELD_ROW_TYPES = frozenset({"input", "select", "textarea", "search", "upload", "radio", "slider"})
"""Types that draw a field, a radio group or a slider: a row holding one lines them up (the form
rules of `forms.py` apply to rows marked `has-fields` only)."""


TEXT_FIELD_TYPES = frozenset({"input", "select", "textarea", "search"})
"""Fields of one box each: a row of them alone is a form's row (City, State, ZIP)."""

WRAPS_FIELDS_CLASS = "wraps-fields"
"""A row of text fields alone (`holds_only_text_fields`) that the author neither spread nor told
whether to wrap: fields that do not fit side by side at their least widths (80 px unsized, their
own when given) go on to the next line, as on a phone, instead of running past the row's end.
Fields that fit lay out as before: a line breaks only where the row would overflow. In a 330 px
tablet column a [select 100 px, input, input] row pushed "Last name" past its card's border."""


def holds_only_text_fields(element: Element) -> bool:
    """Whether `element` lays out two or more children and all are `TEXT_FIELD_TYPES`."""
    flowing = [child for child in element.children or [] if not is_absolute(child)]
    return len(flowing) > 1 and all(child.type in TEXT_FIELD_TYPES for child in flowing)


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

TOPPED_TYPES = PANE_TYPES | {"chart"}
"""What a row lines up at its top (`PANES_CLASS`, `TOP_PANES_CLASS`) as it does panes: charts too,
whose titles sat at different heights when a short chart stood centred beside a tall one (a
legend under one); they are no panes a phone's row stacks (`narrow_rows`)."""

PANES_CLASS = "holds-panes"
"""A row of panes: at the top level it stretches them to the tallest, as a page with a sidebar
does, instead of centring a short pane beside a tall one (see the CSS)."""

TOP_PANES_CLASS = "tops-panes"
"""A row of panes of a page below the top level (a main column beside an aside in the page's
column): they start at its top, as at the top level, instead of a short aside centred halfway
down beside a tall hero (see the CSS)."""

BETWEEN_PANES = frozenset({"spacer", "divider"})
_FRAMED_PANES = frozenset({"card", "section", "grid", "form", "chart"})


def _holds_page_panes(element: Element) -> bool:
    """A row of panes (`holds_panes`) each holding a page's blocks: a card, a section, a grid, a
    form, or a box of two children or more. A list item's avatar column beside its two lines of
    text is no such row: it stays centred."""
    return all(
        child.type in _FRAMED_PANES or len([c for c in child.children or [] if not is_absolute(c)]) > 1
        for child in element.children or []
        if not is_absolute(child) and child.type not in BETWEEN_PANES
    )


def holds_panes(element: Element, types: frozenset[str] = PANE_TYPES) -> bool:
    """A row whose children are all panes (`types`, or a flex running in a column), two at
    least; spacers and dividers between them aside. Small controls keep the row's centring."""
    flowing = [
        child
        for child in element.children or []
        if not is_absolute(child) and child.type not in BETWEEN_PANES
    ]
    return len(flowing) > 1 and all(
        child.type in types or (child.type == "flex" and runs_in_column(child, default="row"))
        for child in flowing
    )


GROWS_CARDS_CLASS = "grows-cards"
"""A row whose cards the author did not size share its free room (see `grows_cards`, the CSS)."""

_BESIDE_GROWING_CARDS = frozenset({"sidebar", "list", "divider", "chart"})
"""What may stand beside cards that grow: a sidebar (it keeps its width), a list (it keeps a
pane's width, see the CSS), a chart (one without a width shares the row with the cards, as charts
do with each other; one with a width keeps it) and the dividers between them."""


_SIZED_PANE_TYPES = PANE_TYPES | {"flex", "stack"}
"""Boxes that keep the width their author set beside growing cards (`keeps_set_width`)."""


def grows_cards(element: Element) -> bool:
    """Whether the cards of a row (forms drawn as cards too) share its free room: a row of cards
    and nothing else (KPI cards, plans), or of cards beside sidebars, lists and dividers (a mail
    client's reading pane beside its folders and its messages: the pane shrank to its text and left
    half the screen empty), or of cards beside charts (a funnel card beside a trend: the card
    shrank to its content, 170 of 1232 px, and the chart took the rest), or of cards beside boxes
    of a set width (`keeps_set_width`: content beside a side panel, a column of `width: 380`; the
    card shrank to its content, a table card to 145 of 1036 px, and ~500 px stayed empty, where
    beside a card of that width it filled the row). Not when a child takes the free room by its
    own `flex` or as a spacer (that child takes it), nor when the author placed the cards with
    `justify` (`_placed`)."""
    flowing = [child for child in element.children or [] if not is_absolute(child)]
    if _placed(element, lone=len(flowing) == 1) or any(map(_takes_free_room, flowing)):
        return False
    return any(map(is_card_like, flowing)) and all(
        is_card_like(child) or child.type in _BESIDE_GROWING_CARDS or keeps_set_width(child)
        for child in flowing
    )


def keeps_set_width(child: Element) -> bool:
    """Whether `child` is a box (`_SIZED_PANE_TYPES`) whose author set its width in px or as a
    share of the row below 100%: it keeps that width, so cards beside it may take the rest. A
    width of `100%`, `auto` or a formula is left out: a card of no basis beside a box that wants
    the whole row would be pressed to nothing."""
    if child.type not in _SIZED_PANE_TYPES:
        return False
    width = explicit_size(child, "width")
    length = px(width)
    if length is not None:
        return length > 0
    share = str(width).strip() if isinstance(width, str) else ""
    return share.endswith("%") and _below_whole(share[:-1])


def _below_whole(number: str) -> bool:
    """Whether `number` (a percentage's figure) reads as a share above 0 and below 100."""
    try:
        return 0 < float(number) < 100
    except ValueError:
        return False


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


def is_card_like(child: Element) -> bool:
    """A card, or a form drawn as one (`variant: card`), which the CSS sizes as a card."""
    return child.type == "card" or (child.type == "form" and child.variant == "card")
