"""Annotations: numbered pins on elements, and their notes listed in a panel beside the screen.

Pages run no script, so nothing can measure where an element ended up. CSS anchor positioning
does it in layout instead: each annotated element gets an `anchor-name` (through an attribute
selector on its id, so no element renderer has to know) and its pin is placed on the part of it
that is drawn (see `PART_ANCHORS`): on a field's box's top-right corner (not the label's, which
touches the next field), beside a checkbox's, toggle's or radio's label (never over its words),
on an empty state's icon or title (not the far corner of its full-width box), after a titled
container's title (not where its actions end), just above a small target (a badge, an icon
button: not over its words or glyph), else on the element's top-right corner. The notes' text
goes in a panel to the right of the screen (the viewport is widened for it, see
`resolve_viewport`), so notes never cover the design or each other, however close their
elements are.
"""

from __future__ import annotations

from dataclasses import dataclass

from kernel.dsl.compiler.colors import hex_channels
from kernel.dsl.compiler.colour_difference import ciede2000
from kernel.dsl.compiler.css_colors import css_rgba
from kernel.dsl.compiler.html import esc
from kernel.dsl.compiler.sanitize import sanitize_value
from kernel.dsl.compiler.theme import fill_under_white
from kernel.dsl.compiler.ui_strings import ui_string
from kernel.dsl.model import Annotation
from kernel.dsl.options import Viewport

PIN_SIZE = 24
"""Diameter of a pin in CSS px; its centre sits on the element's top-right corner."""
PIN_STEP = PIN_SIZE + 4
"""A second note on the same element puts its pin this much further along: rightward, past the
corner and off the element's words (leftward where the screen ends first; along a field's box)."""
EDGE = 4
"""Pins keep this distance from the screen's edges, so a full-width bar's pin stays whole."""

INSET = 8
"""A pin on a field's box keeps this much of the box's top edge to its right: on the box, not in
the gap that the next field's label also touches."""
GAP = 6
"""A pin beside a label keeps this distance from the label's last word."""
BOX_PART = ".dsl-field>.dsl-control"
"""A field's box, under its label: the label's corner touches the next field's label."""
LABEL_PART = ".dsl-choice:not(.is-end)>.dsl-choice-text>.dsl-choice-label"
"""A lone checkbox's, toggle's or radio's label beside its mark: its pin goes after the words."""
BARE_MARK = ".dsl-choice>:only-child"
"""A checkbox, toggle or radio without a label (a table row's box): too small to carry a pin on
its corner, whose neighbours are its row's words, so the pin goes before it. (Its own box is as
wide as its parent; `:has()` cannot hold a `:has()`, so the mark alone is how it is told.)"""
RUNNING_TEXT = ":is(.dsl-heading,.dsl-paragraph)"
"""A heading or a paragraph, as wide as its parent, its words a short way into it: its pin goes
after the end of its last line (an empty `::after`, there in the flow of its words)."""
TITLES = (
    ".dsl-header>.dsl-header-text>.dsl-header-title",
    ".dsl-header>.dsl-header-text>.dsl-header-titleline>.dsl-header-title",
    ".dsl-card>.dsl-card-head>.dsl-card-titles>.dsl-card-titleline>.dsl-card-title",
    ".dsl-form>.dsl-form-head>.dsl-form-title",
    ".dsl-section>.dsl-section-head>.dsl-section-title",
    ".dsl-section>.dsl-section-bar>.dsl-section-head>.dsl-section-title",
)
"""A titled container's own title (a header's, a card's, a form's, a section's): its pin goes
after the title's words, as a heading's does, where it starts; its top-right corner is where its
actions (or its last child) end, whose own pins would land on the same spot."""
SMALL = ":is(.dsl-badge,.dsl-chip,.dsl-avatar,.dsl-icon,.dsl-button.is-icon)"
"""Targets about the size of a pin (a badge, a chip, an avatar, an icon, an icon button: a
table row's pencil and trash): a pin centred on the corner would cover their words or glyph,
so it sits just above the box, centred on it, overlapping its top edge by OVERLAP only (above,
not beside: beside its corner, a pin sat over the next icon of the row and read as its)."""
OVERLAP = 2
"""How far a pin above a small target reaches down over its box's top edge (its padding): near
enough to read as its pin, off its words and glyph."""
PART_ANCHORS = (
    BOX_PART,
    f"{RUNNING_TEXT}::after",
    *(f"{title}::after" for title in TITLES),
    LABEL_PART,
    BARE_MARK,
    # A toggle at its row's far end: the switch (its label fills the row up to it).
    ".dsl-toggle.is-end>.dsl-switch",
    # An empty state is as wide as its parent, its content a narrow column in the middle: its
    # icon (or title, or text).
    ".dsl-empty>:first-child:not(.dsl-empty-actions)",
)
"""Parts of an annotated element its pin is placed on instead of the element's own box (the part
comes after the element in the page, so it wins the shared `anchor-name`); an element without
any keeps its box."""

NOTE_COLOURS = ("#db2777", "#0d9488")
"""A note's pin's colour when it names none: a magenta that stands out from most designs, or,
where the theme's primary is near it (a rose, red, pink or purple brand, whose badges and
buttons the pins would pass for), a teal; like any pin's, drawn as deep as white reads on."""
NEAR_PRIMARY = 28.0
"""A default pin colour this close to the theme's primary (CIEDE2000) gives way to the next: the
stock indigo is 32 from the magenta, a rose 12, a red 21."""


def note_colour(primary: str | None) -> str:
    """The default pin's fill for a theme whose primary is `primary`: the first of
    NOTE_COLOURS (as drawn) at least NEAR_PRIMARY from it; the first when it cannot be judged."""
    fills = [fill_under_white(colour) or colour for colour in NOTE_COLOURS]
    brand = css_rgba(primary) if primary else None
    if brand is None:
        return fills[0]
    return next(
        (fill for fill in fills if ciede2000(brand[:3], hex_channels(fill)) >= NEAR_PRIMARY),
        fills[0],
    )


def _pin_css(fill: str) -> str:
    """The pins' look, `fill` where a note names no colour."""
    return (
        f".dsl-note-pin{{box-sizing:border-box;min-width:{PIN_SIZE}px;height:{PIN_SIZE}px;padding:0 7px;"
        f'border-radius:{PIN_SIZE // 2}px;background:var(--note,{fill});color:#fff;font:700 13px/{PIN_SIZE}px "Noto Sans",sans-serif;'
        "text-align:center;white-space:nowrap;box-shadow:0 0 0 2px #fff,0 2px 6px rgba(15,23,42,.35)}"
        ".dsl-root>.dsl-note-pin{position:absolute;z-index:2147483000;margin:0}"
    )


PANEL_CSS = (
    # The body holds the panel: it is as tall as the image at least (the screen's set height, or
    # on a full-page image the content's end, see `annotations_layer`), and as its notes (with its
    # padding below the last) where they need more; the image grows to hold it either way
    # (render_worker.page_slot), every note shown.
    "body{position:relative}"
    ".dsl-notes{position:absolute;top:0;box-sizing:border-box;padding:24px 20px;background:#f8fafc;"
    # The notes read in the theme's typeface (`--font`, set on :root), as the screen beside them.
    '--notes-line:#e2e8f0;border-left:1px solid var(--notes-line);color:#0f172a;font:14px/1.45 var(--font,"Noto Sans",sans-serif);'
    # Above the screen's pins and content: what of them runs below a set height stays cut.
    "text-align:start;z-index:2147483001}"
    ".dsl-notes-title{margin:0 0 14px;font-size:12px;font-weight:700;letter-spacing:.06em;"
    "text-transform:uppercase;color:#64748b}"
    # The pins are a column as wide as the widest number (two digits past note 9), each centred
    # in it, so every note's text starts at the same x (subgrid: each note a row of the list's
    # grid). A custom label longer than that (`WIDE_LABEL`) sits before its own text instead,
    # outside the column: one long label widened it for every note, wrapping their texts.
    ".dsl-notes ol{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:max-content minmax(0,1fr);gap:14px 10px}"
    ".dsl-notes li{display:grid;grid-column:1/-1;grid-template-columns:subgrid;align-items:start;margin:0}"
    ".dsl-notes li.is-wide{display:flex;gap:10px}"
    ".dsl-notes li>span:last-child{padding-top:2px;white-space:pre-line;overflow-wrap:anywhere}"
    ".dsl-notes .dsl-note-pin{justify-self:center;font-variant-numeric:tabular-nums}"
    ".dsl-notes li.is-wide>.dsl-note-pin{flex:none}"
    "[data-theme=dark] .dsl-notes{background:#141417;--notes-line:#27272a;color:#f4f4f5}"
    "[data-theme=dark] .dsl-notes-title{color:#a1a1aa}"
)


@dataclass(frozen=True)
class NotesLayer:
    """What annotations add to a page: pins inside the screen's root, the notes' panel after
    it, and the CSS for both."""

    pins: str = ""
    panel: str = ""
    css: str = ""


def annotations_layer(
    annotations: list[Annotation],
    viewport: Viewport,
    lang: str | None = None,
    primary: str | None = None,
    *,
    full_page: bool = False,
) -> NotesLayer:
    """Pins for every annotation; a panel listing those with text when the viewport has room,
    titled in the document's language `lang`. A pin without a colour of its own stands apart from
    the theme's `primary` (see `note_colour`). Unless `full_page` (whose image holds all of the
    content), the screen keeps its set height beside a taller panel."""
    if not annotations:
        return NotesLayer()
    target_names: dict[str, str] = {}
    on_target: dict[str, int] = {}
    pins: list[str] = []
    places: list[str] = []
    notes: list[str] = []
    for number, note in enumerate(annotations, start=1):
        target = target_names.setdefault(note.target, f"--dsl-note-target-{len(target_names) + 1}")
        nth = on_target[note.target] = on_target.get(note.target, -1) + 1
        accent = _accent(note.color)
        places.append(_placed(number, note.target, target, nth))
        label = esc(note.label if note.label else str(number))
        style = f' style="{esc(accent.lstrip(";"))}"' if accent else ""
        pins.append(f'<div class="dsl-note-pin" data-note="{number}"{style}>{label}</div>')
        if note.text:
            pin = f'<span class="dsl-note-pin" style="{esc(accent.lstrip(";"))}">{label}</span>'
            wide = ' class="is-wide"' if wide_label(note.label, len(annotations)) else ""
            notes.append(f"<li{wide}>{pin}<span>{esc(note.text)}</span></li>")
    anchors = "".join(
        f'[id="{_css_string(target)}"],'
        + ",".join(f'[id="{_css_string(target)}"]{part}' for part in PART_ANCHORS)
        + f"{{anchor-name:{name}}}"
        + ",".join(f'[id="{_css_string(target)}"]{part}::after' for part in (RUNNING_TEXT, *TITLES))
        + '{content:""}'
        for target, name in target_names.items()
    )
    css = _pin_css(note_colour(primary)) + anchors + "".join(places)
    panel = ""
    if notes and viewport.notes_width:
        panel = f'<aside class="dsl-notes"><div class="dsl-notes-title">{esc(ui_string("notes_title", lang))}</div><ol>{"".join(notes)}</ol></aside>'
        beside = viewport.width - viewport.notes_width
        # A full page is as tall as its content: the body's height. Else the screen keeps its set
        # height, and what runs below it is cut: the panel is as tall as the screen (the body is
        # as tall as the content, and a panel as tall as that left an empty sheet below the
        # screen as tall as what was cut), taller only where its notes need it.
        least = "100%" if full_page else f"{viewport.height}px"
        css += PANEL_CSS + f".dsl-notes{{left:{beside}px;width:{viewport.notes_width}px;min-height:{least}}}"
        if not full_page:
            # Notes taller than a canvas of set height: the image grows to hold them, and below
            # the screen (which keeps its height, what runs past it cut) lies the panel's sheet,
            # a line at the screen's bottom edge, so the screen is not read as taller than it is.
            css += (
                f".dsl-notes::before{{content:'';position:absolute;top:{viewport.height}px;bottom:0;"
                f"left:-{beside + 1}px;width:{beside}px;background:inherit;border-top:1px solid var(--notes-line)}}"
            )
    return NotesLayer(pins="".join(pins), panel=panel, css=css)


def wide_label(label: str | None, largest: int) -> bool:
    """Whether a note's custom `label` is longer than the largest number among `largest` notes
    (in characters: a pin's width follows them), so that its pin sits before its own text instead
    of in the panel's column of pins, which stays as wide as the widest number."""
    return label is not None and len(label) > len(str(largest))


def _placed(number: int, target_id: str, anchor: str, nth: int) -> str:
    """The rules placing pin `number` (the `nth` on its target, one step further along): centred
    on the top-right corner of its anchor (see `PART_ANCHORS`); on a field's box, just inside its
    corner; beside a lone choice's label, after its words; on a titled container, after its
    title's words; just above a small target, centred on it; before a choice without a label.
    Kept on the screen either way."""
    half = PIN_SIZE // 2
    step = nth * PIN_STEP
    pin = f'.dsl-root>[data-note="{number}"]'
    has = f'.dsl-root:has([id="{_css_string(target_id)}"]'
    leftward = f"right:max({EDGE}px,calc(anchor(right) - {half}px + {step}px))"
    top = f"top:max({EDGE}px,calc(anchor(top) - {half}px))"
    corner = f"{pin}{{position-anchor:{anchor};{top};{leftward}}}"
    if nth:
        # Past the corner, outward, off the element's own words (a button's label); where the
        # screen ends first, back along the element's top edge, as the first pin's neighbours.
        corner = (
            f"@position-try --dsl-note-{number}{{left:auto;{leftward}}}"
            f"{pin}{{position-anchor:{anchor};{top};right:auto;"
            f"left:calc(anchor(right) - {half}px + {step}px);position-try-fallbacks:--dsl-note-{number}}}"
        )
    reset = "left:auto;position-try-fallbacks:none;"
    titled = ",".join(f'[id="{_css_string(target_id)}"]{title}' for title in TITLES)
    after = (
        f"{{position-try-fallbacks:none;top:max({EDGE}px,calc(anchor(center) - {half}px));right:auto;"
        f"left:min(calc(anchor(right) + {GAP + step}px),calc(100% - {PIN_SIZE + EDGE}px))}}"
    )
    return (
        corner
        + f'{has}{BOX_PART})>[data-note="{number}"]{{{reset}right:max({EDGE}px,calc(anchor(right) + {INSET + step}px))}}'
        f'{has}{LABEL_PART})>[data-note="{number}"]{{position-try-fallbacks:none;top:max({EDGE}px,calc(anchor(center) - {half}px));right:auto;'
        f"left:min(calc(anchor(right) + {GAP + step}px),calc(100% - {PIN_SIZE + EDGE}px))}}"
        f'{has}{RUNNING_TEXT})>[data-note="{number}"]{after}'
        + f'.dsl-root:has({titled})>[data-note="{number}"]{after}'
        + f'{has}{SMALL})>[data-note="{number}"]{{position-try-fallbacks:none;'
        f"top:max({EDGE}px,calc(anchor(top) - {PIN_SIZE - OVERLAP}px));right:auto;"
        f"left:max({EDGE}px,min(calc(anchor(center) - {half}px + {step}px),calc(100% - {PIN_SIZE + EDGE}px)))}}"
        + f'{has}{BARE_MARK})>[data-note="{number}"]{{{reset}top:calc(anchor(center) - {half}px);'
        f"right:min(calc(anchor(left) + {GAP // 2 + step}px),calc(100% - {PIN_SIZE + EDGE}px))}}"
    )


def _accent(color: str | None) -> str:
    """The pin's `--note` for a note's `color`: a colour white reads on at 4.5:1 (its 13 px number),
    the author's where it cannot be judged; nothing without one."""
    value = sanitize_value(color) if color else None
    return f";--note:{fill_under_white(value) or value}" if value else ""


def _css_string(text: str) -> str:
    """`text` as the inside of a double-quoted CSS string: anything but plain characters is a
    hex escape, so an id cannot close the string, the rule or the <style> element."""
    return "".join(ch if ch.isalnum() or ch in " -_.:" else f"\\{ord(ch):x} " for ch in text)
