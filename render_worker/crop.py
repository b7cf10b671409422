"""Cropping an image to its content: where the drawn content is, with its page margin.

A component (a button, a card, a form row) is laid out on the canvas as any screen is; a cropped
render keeps only the rectangle its drawing covers, shadows included, plus the margin the page
keeps around it (the document's `padding`, or the screen's 16-24 px margin; none for content that
runs edge to edge), so the author never guesses the canvas's size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from kernel.dsl.measured.canvas_cut import MAX_CAPTURE_PX, capture_height_limit, capture_width_limit

MAX_MARGIN = 48
"""The margin kept around the content is the page's (its distance from the canvas's left or top
edge, whichever is less), at most this many CSS px: centred content keeps a page's margin, not
the half of the canvas it sat in."""

CONTENT_BOX = """(() => {
  const root = document.querySelector('main.dsl-root');
  if (!root) return null;
  const screen = root.getBoundingClientRect();
  const pixels = (value) => parseFloat(value) || 0;
  // A box-shadow draws past its box: by its offset, blur and spread (the colour comes first or
  // last; inset shadows stay inside).
  const shadowed = (style, box) => {
    let [top, right, bottom, left] = [box.top, box.right, box.bottom, box.left];
    if (style.boxShadow === 'none') return [top, right, bottom, left];
    for (const shadow of style.boxShadow.split(/,(?![^(]*\\))/)) {
      if (/\\binset\\b/.test(shadow)) continue;
      const [x = 0, y = 0, blur = 0, spread = 0] = (shadow.replace(/rgba?\\([^)]*\\)|#[0-9a-f]+|[a-z]+\\([^)]*\\)/gi, '')
        .match(/-?[\\d.]+px/g) ?? []).map(pixels);
      const reach = blur + spread;
      top = Math.min(top, box.top + y - reach);
      bottom = Math.max(bottom, box.bottom + y + reach);
      left = Math.min(left, box.left + x - reach);
      right = Math.max(right, box.right + x + reach);
    }
    return [top, right, bottom, left];
  };
  const REPLACED = new Set(['IMG', 'svg', 'VIDEO', 'CANVAS', 'INPUT', 'TEXTAREA', 'SELECT', 'PROGRESS', 'METER', 'HR']);
  const visible = (colour) => colour && !/^rgba\\(.*,\\s*0\\)$/.test(colour) && colour !== 'transparent';
  // Where a box draws: all of it when it paints a fill, a border, a shadow, an outline or is a
  // picture or a control; only its text's line boxes when it holds text and paints nothing else
  // (a heading as wide as the screen is as wide as its words); nowhere for a layout box (a layer
  // spanning the canvas, a row), whose children count for themselves.
  const painted = (node, style, box) => {
    if (REPLACED.has(node.tagName) || visible(style.backgroundColor) || style.backgroundImage !== 'none'
      || style.boxShadow !== 'none' || (style.outlineStyle !== 'none' && pixels(style.outlineWidth) > 0)) return box;
    for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
      if (pixels(style[`border${side}Width`]) > 0 && style[`border${side}Style`] !== 'none'
        && visible(style[`border${side}Color`])) return box;
    }
    if (![...node.childNodes].some((child) => child.nodeType === 3 && child.textContent.trim())) return null;
    const range = document.createRange();
    range.selectNodeContents(node);
    const text = range.getBoundingClientRect();
    return text.width > 0 && text.height > 0 ? text : null;
  };
  let [top, right, bottom, left] = [Infinity, -Infinity, -Infinity, Infinity];
  let [boxTop, boxLeft] = [Infinity, Infinity];
  let [lowest, lowestBottom] = [null, -Infinity];
  for (const node of root.querySelectorAll('*')) {
    const whole = node.getBoundingClientRect();
    if (whole.width === 0 || whole.height === 0) continue;
    const style = getComputedStyle(node);
    if (style.visibility === 'hidden' || style.display === 'contents') continue;
    const box = painted(node, style, whole);
    if (!box) continue;
    const drawn = shadowed(style, box);
    [top, right, bottom, left] = [
      Math.min(top, drawn[0]), Math.max(right, drawn[1]), Math.max(bottom, drawn[2]), Math.min(left, drawn[3]),
    ];
    // The margin is the content's: an annotation's pin sits over it, nearer the edge.
    if (node.closest('.dsl-note-pin')) continue;
    [boxTop, boxLeft] = [Math.min(boxTop, box.top), Math.min(boxLeft, box.left)];
    if (box.bottom > lowestBottom) [lowest, lowestBottom] = [node, box.bottom];
  }
  if (top === Infinity) return null;
  const margin = Math.max(0, Math.min(boxLeft - screen.left, boxTop - screen.top));
  // Below the lowest box, the padding of the layout boxes it ends (a padded column under a
  // navbar that runs edge to edge): that content's own margin, kept though the page has none.
  let below = 0;
  for (let box = lowest?.parentElement; box && box !== root; box = box.parentElement) {
    const style = getComputedStyle(box);
    const padding = pixels(style.paddingBottom);
    if (padding <= 0) continue;  // a wrapper without padding keeps no margin (and may hang lower)
    const outer = box.getBoundingClientRect().bottom;
    if (outer - padding - bottom > 0.5) break;  // its content goes on below what is drawn
    below = Math.max(below, outer - bottom);
  }
  let edge = screen.right;
  // Annotation notes are listed in a panel beside the screen: it is kept, down to its last note.
  const notes = document.querySelector('.dsl-notes');
  if (notes) {
    edge = notes.getBoundingClientRect().right;
    right = edge;
    const last = notes.lastElementChild?.getBoundingClientRect();
    if (last) bottom = Math.max(bottom, last.bottom + pixels(getComputedStyle(notes).paddingBottom));
  }
  return [top - screen.top, right - screen.left, bottom - screen.top, left - screen.left, margin,
    screen.left + scrollX, screen.top + scrollY, edge - screen.left, below];
})()"""
"""Answers null for a page with nothing drawn, else [top, right, bottom, left] of what is drawn
(shadows included) relative to the screen's corner, the page's margin (the content boxes' least
distance from the screen's left or top edge), the screen's corner on the page, how far right
of it the image may reach (the screen's width, or the notes panel's right edge), and the padding
below the lowest box of the layout boxes it ends."""


@dataclass(frozen=True)
class CropBox:
    """The rectangle of a page a cropped image keeps, in CSS px from the page's corner."""

    x: float
    y: float
    width: float
    height: float

    @classmethod
    def of(cls, answer: list[Any] | None, *, screen_width: int, screen_height: int) -> CropBox:
        """Read CONTENT_BOX's answer: the content with its margin, within the screen's width and
        below its top (a page with nothing drawn keeps the whole screen). Below the content the
        margin is at least the padding its own layout boxes keep under it, so content that ends
        inside a padded column under an edge-to-edge navbar does not touch the image's edge."""
        if answer is None:
            return cls(0, 0, screen_width, screen_height)
        top, right, bottom, left, margin, origin_x, origin_y, width, below = (
            float(value) for value in answer
        )
        margin = min(margin, MAX_MARGIN)
        x0 = max(0.0, math.floor(left - margin))
        y0 = max(0.0, math.floor(top - margin))
        x1 = min(width, math.ceil(right + margin))
        y1 = math.ceil(bottom + max(margin, min(below, MAX_MARGIN)))
        return cls(origin_x + x0, origin_y + y0, max(1.0, x1 - x0), max(1.0, y1 - y0))

    def clip(self, scale: float, side: int = MAX_CAPTURE_PX) -> dict[str, float]:
        """The capture's clip (scale 1: the viewport's scale applies), cut at what one image may
        hold at `scale`: Chromium's height limit (and the format's side limit, `side`, for
        WebP), and the pixel limit for its width."""
        width = min(self.width, capture_width_limit(scale, side))
        return {
            "x": self.x,
            "y": self.y,
            "width": width,
            "height": min(self.height, capture_height_limit(width, scale, side)),
            "scale": 1,
        }
