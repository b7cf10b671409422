"""How wide a small pane's content is, estimated before Chromium lays it out.

On a phone a row of panes stacks when they do not fit side by side (`layout.narrow_canvas_classes`),
each counted at a pane's least width unless its content says less: a quick action (an icon button
over a one-word caption) is ~60 px, and four of them fit across a phone where four 200 px panes
would not (they were drawn one under another). Only content whose width is known this way counts:
buttons, icons, avatars, badges, chips and short texts, in columns and rows of them; anything else
(a paragraph, a table, a chart) has no estimate, and its pane keeps the least width.
"""

from __future__ import annotations

from kernel.dsl.compiler.column_width import flows_down
from kernel.dsl.compiler.items import size_px
from kernel.dsl.compiler.styles import explicit_size, is_absolute, px
from kernel.dsl.compiler.text_metrics import label_em
from kernel.dsl.model import Element
from kernel.dsl.sizes import AVATAR_SIZES, TEXT_SIZES, size_word

TOUCH_CONTROL_PX = 48.0
"""A control's height at the touch density of a phone, the largest: an icon button is as wide."""
BUTTON_FONT_PX, BUTTON_PADDING_PX, GLYPH_PX, GLYPH_GAP_PX = 16.0, 22.0, 20.0, 8.0
"""A phone's button: its label's size, its padding at each side, its icon and the gap after it."""
PILL_FONT_PX, PILL_PADDING_PX = 14.0, 12.0
"""A badge's or a chip's label size and its padding at each side."""
SHORT_TEXT_WORDS, SHORT_TEXT_CHARS = 3, 24
"""A text this short is a caption or a label ("Top up", "Pay bills"), drawn on one line."""
TEXT_FONT_PX, HEADING_FONT_PX = 16.0, 24.0
"""A text's size on a phone when it names none (the touch density's body), and a heading's."""
DEFAULT_GAP_PX = 8.0
"""The gap between a box's children when it names none."""

_BOXES = frozenset({"column", "container", "row", "flex"})
_PILLS = frozenset({"badge", "chip"})
_TEXTS = frozenset({"text", "label", "link", "heading"})


def least_pane_width(pane: Element, least: float) -> float:
    """A pane's least width in px as its author wrote it (`width`, else `minWidth`); 0 for a
    width in % (it fits whatever the room); else `least`, or its content's width when that is
    known and smaller (`compact_width`)."""
    width = explicit_size(pane, "width")
    written = px(width) or px(explicit_size(pane, "minWidth"))
    if written is not None:
        return written
    return 0.0 if width is not None else min(least, _content_width(pane) or least)


def compact_width(element: Element) -> float | None:
    """About how wide `element` is drawn on a phone, in px: its author's width in px, else its
    content's (`_content_width`); None when its content is not of the kinds estimated here."""
    written = px(explicit_size(element, "width"))
    if written is not None:
        return written
    return _content_width(element)


def _content_width(element: Element) -> float | None:
    if element.type in _BOXES:
        return _box_width(element)
    if element.type == "button":
        return _button_width(element)
    if element.type == "icon":
        return size_px(element, 20)
    if element.type == "avatar":
        return size_px(element, AVATAR_SIZES["md"], AVATAR_SIZES)
    if element.type in _PILLS:
        return _line_width(element.text or element.label, PILL_FONT_PX, padding=PILL_PADDING_PX)
    if element.type in _TEXTS:
        return _line_width(element.text or element.label, _text_font_px(element))
    return None


def _box_width(box: Element) -> float | None:
    """A column's widest child, or a row's children and the gaps between them, and its padding."""
    children = [child for child in box.children or [] if not is_absolute(child)]
    widths = [compact_width(child) for child in children]
    if not widths or any(width is None for width in widths):
        return None
    known = [width for width in widths if width is not None]
    gap = float(box.gap) if isinstance(box.gap, int | float) else DEFAULT_GAP_PX
    across = not flows_down(box, "row" if box.type in ("row", "flex") else "column")
    content = sum(known) + gap * (len(known) - 1) if across else max(known)
    padding = float(box.padding) if isinstance(box.padding, int | float) else 0.0
    return content + 2 * padding


def _button_width(button: Element) -> float | None:
    label = button.label or button.text
    if not label:
        return TOUCH_CONTROL_PX if button.icon else None
    glyph = GLYPH_PX + GLYPH_GAP_PX if button.icon else 0.0
    return _line_width(label, BUTTON_FONT_PX, padding=BUTTON_PADDING_PX + glyph / 2)


def _line_width(text: object, font_px: float, *, padding: float = 0.0) -> float | None:
    """A short text's width on one line at `font_px`, with `padding` at each side; None for a
    longer text, which wraps to whatever width it is given."""
    if not isinstance(text, str | int | float) or isinstance(text, bool):
        return None
    words = str(text).split()
    if not words or len(words) > SHORT_TEXT_WORDS or len(str(text)) > SHORT_TEXT_CHARS:
        return None
    return label_em(" ".join(words)) * font_px + 2 * padding


def _text_font_px(element: Element) -> float:
    """A text's font size: its style's `fontSize` in px, else its named `size`, else a phone's body."""
    styled = px((element.style or {}).get("fontSize"))  # type: ignore[arg-type]
    if styled is not None:
        return styled
    if element.type == "heading":
        return HEADING_FONT_PX
    return TEXT_SIZES.get(size_word(element.size) or "", TEXT_FONT_PX)
