"""The WCAG contrast of every text on a page as real Chromium computes it: each text's `color`
against the backgrounds under it (its own and its ancestors', translucent ones laid over the
opaque one below), for tests that hold what is drawn to 4.5:1 without reading pixels."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tests.support.theme_colours import Channels, contrast

DRAWN_JS = r"""
const drawn = (element, box) => {
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return !!hit && (element === hit || element.contains(hit));
};
"""
"""Whether an element is what is seen at the centre of `box` (not clipped away, as a pagination's
forms that do not fit are, nor covered): the page's viewport must hold it."""

_TEXTS_TEMPLATE = r"""
() => {
  ${DRAWN}
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const text = node.textContent.trim();
    const element = node.parentElement;
    if (!text || element.closest('style, script, title')) continue;
    if (!element.checkVisibility({visibilityProperty: true})) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const boxes = [...range.getClientRects()].filter(box => box.width >= 2 && box.height >= 2);
    if (!boxes.length || !drawn(element, boxes[0])) continue;
    const style = getComputedStyle(element);
    let opacity = 1;
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
      const own = getComputedStyle(e);
      opacity *= parseFloat(own.opacity);
      layers.push(own.backgroundColor);
    }
    const classes = [];
    for (let e = element; e && classes.length < 3; e = e.parentElement) {
      const named = [...e.classList].filter(name => name.startsWith('dsl-') || name.startsWith('is-'));
      if (named.length) classes.push(named.join('.'));
    }
    out.push({text: text.slice(0, 40), where: classes.join(' < '), color: style.color, layers, opacity});
  }
  return out;
}
"""
TEXTS_JS = _TEXTS_TEMPLATE.replace("${DRAWN}", DRAWN_JS)
"""Each text drawn: its words, the classes it is in, its computed colour, the background of it
and of each ancestor (innermost first) and the opacity it is drawn at."""

_NUMBER = r"[-+]?\d*\.?\d+(?:e[-+]?\d+)?"
_RGB = re.compile(rf"rgba?\(({_NUMBER}),\s*({_NUMBER}),\s*({_NUMBER})(?:,\s*({_NUMBER}))?\)")
_SRGB = re.compile(rf"color\(srgb ({_NUMBER}) ({_NUMBER}) ({_NUMBER})(?: / ({_NUMBER}))?\)")

Rgba = tuple[float, float, float, float]


def computed_rgba(value: str) -> Rgba:
    """A computed colour as Chromium writes it (`rgb()`, `rgba()`, `color(srgb ...)`), 0-1."""
    rgb = _RGB.fullmatch(value.strip())
    if rgb:
        red, green, blue = (float(rgb.group(i)) / 255 for i in (1, 2, 3))
        return red, green, blue, float(rgb.group(4) or 1)
    srgb = _SRGB.fullmatch(value.strip())
    assert srgb is not None, value
    red, green, blue = (min(max(float(srgb.group(i)), 0.0), 1.0) for i in (1, 2, 3))
    return red, green, blue, float(srgb.group(4) or 1)


def _over(top: Rgba, bottom: Channels) -> Channels:
    alpha = top[3]
    red, green, blue = (t * alpha + b * (1 - alpha) for t, b in zip(top[:3], bottom, strict=True))
    return red, green, blue


@dataclass(frozen=True, slots=True)
class TextContrast:
    """A text on the page and how well it reads on what is under it."""

    text: str
    where: str
    ratio: float
    opacity: float


def text_contrasts(found: list[dict[str, Any]]) -> list[TextContrast]:
    """`TEXTS_JS`'s findings as contrasts: each text's colour (over its ground, when translucent)
    against its ground, the backgrounds under it laid over white from the outermost in."""
    out = []
    for item in found:
        ground: Channels = (1.0, 1.0, 1.0)
        for layer in reversed(item["layers"]):
            ground = _over(computed_rgba(layer), ground)
        ink = _over(computed_rgba(item["color"]), ground)
        out.append(TextContrast(item["text"], item["where"], contrast(ink, ground), item["opacity"]))
    return out


MARKS_JS = r"""
([selector, property]) => {
  ${DRAWN}
  const marks = [...document.querySelectorAll(selector)].filter(e => drawn(e, e.getBoundingClientRect()));
  return marks.map(element => {
  const layers = [];
  for (let e = element.parentElement; e; e = e.parentElement) layers.push(getComputedStyle(e).backgroundColor);
  return {colour: getComputedStyle(element)[property], layers};
  });
}
""".replace("${DRAWN}", DRAWN_JS)
"""For each element `selector` matches: its computed `property` (a border's or a fill's colour)
and the backgrounds under it (its parent's and up, innermost first)."""


def mark_contrasts(found: list[dict[str, Any]]) -> list[float]:
    """`MARKS_JS`'s findings as the contrast of each mark against the ground it is drawn on."""
    out = []
    for item in found:
        ground: Channels = (1.0, 1.0, 1.0)
        for layer in reversed(item["layers"]):
            ground = _over(computed_rgba(layer), ground)
        out.append(contrast(_over(computed_rgba(item["colour"]), ground), ground))
    return out
