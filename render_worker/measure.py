"""What a render measures on the page once it is drawn: how large the content turned out, and
what of it the image leaves out (below the canvas, past its side, a table's last columns, the
end of a text cut with an ellipsis).

The page's own JavaScript is off; the measuring script runs in an isolated world (see
PageSlot._evaluate), reads layout that the frame has already computed, and walks the elements
only when something is cut, so a page that fits pays for one small evaluation (the texts that
may end in an ellipsis are found by their class and given one size read each).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal, cast, get_args

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.chart_density import DrawnBars, dense_chart_warnings
from kernel.dsl.compiler.bidi import without_isolation_marks
from kernel.dsl.measured.canvas_sides import Placement, Pusher, SideOverflow, StartOverflow
from kernel.dsl.measured.chart_labels import CutChartLabels
from kernel.dsl.measured.collect import measured_cut_warnings
from kernel.dsl.measured.folded_bars import FoldedBar, FoldedPart
from kernel.dsl.measured.hidden import Hidden, HiddenKind
from kernel.dsl.measured.overflow import Clipped, Overflowing, Squeezed
from kernel.dsl.measured.tabs_and_tables import CutTable, CutTabs
from kernel.dsl.measured.tooltips import CutTooltip, TooltipSide
from kernel.dsl.measured.truncated_texts import CutText, TruncatedTexts, TruncatingRole
from kernel.errors import Issue, RenderError

MAX_NAMED = 3
"""At most this many elements (or tables) are named per render: the outermost ones."""
MAX_COUNTED = 60
"""Boxes whose content runs out of their height read per render, so alike ones (a row of
time slots) are told in one warning with their count, not three lines and silence."""

TRUNCATING_TEXTS: tuple[tuple[str, str, TruncatingRole, bool], ...] = (
    ("dsl-button-label", "", "button", False),
    ("dsl-actions", ":scope>.dsl-button>.dsl-button-label", "button", True),
    ("dsl-tab", ":scope>span", "tab", False),
    ("dsl-badge-text", "", "badge", False),
    ("dsl-select-chip", ":scope>span", "badge", False),
    ("dsl-control-value", "", "field", False),
    ("dsl-control-placeholder", "", "placeholder", False),
    ("dsl-control-addon", ":scope>span", "addon", False),
    ("dsl-menu-label", "", "item", False),
    ("dsl-list-label", "", "item", False),
    ("dsl-list--divided", ".dsl-list-label", "item", True),
    ("dsl-list-value", "", "row_value", False),
    ("dsl-sidebar-item-label", "", "item", False),
    ("dsl-sidebar-group", "", "item", False),
    ("dsl-crumb", ":scope>span", "text", False),
    ("dsl-navbar-brand", ":scope>span:last-child", "title", False),
    ("dsl-stat-label", "", "text", False),
    ("dsl-stat-value", ":scope>span", "text", False),
    ("dsl-stat-change-text", "", "badge", False),
    ("dsl-stat-change-text is-figure", "", "badge", True),
    ("dsl-upload-name", "", "text", False),
    ("dsl-upload-name-head", "", "text", False),
    ("dsl-code-title", ":scope>span", "text", False),
    ("dsl-code", "", "text", False),
    ("dsl-pagination-summary", "", "text", False),
    ("dsl-cal-title", "", "text", False),
    ("dsl-cal-agenda", "li>span", "text", False),
    ("dsl-video-title", "", "text", False),
    ("dsl-chart-key", ":scope>span", "text", False),
    ("dsl-map-label", "", "text", False),
)
"""The design system's texts that end in an ellipsis when their box is too narrow for them: the
class of the box that cuts the text, or of the one holding it (and the selector of the text's
box inside), what kind of text it is, and whether it is kept to a few lines (a button in a
form's actions, a divided list's label) rather than to one. A render names those it cut. Only these are
looked at, found by their class (a quarter of the cost of one selector query for all of them)
and checked by their size; the sheets' other truncating rules are in TRUNCATED_BY_DESIGN, and a
unit test keeps the two in step with the sheets."""

TRUNCATED_BY_DESIGN: dict[str, str] = {
    "dsl-textarea": "a textarea given `rows` keeps to them and ends in an ellipsis (docs/dsl.md)",
    "dsl-list-desc": "a list item's description keeps to one line, as a mail list's preview (docs/dsl.md)",
    "dsl-image-alt": "an image placeholder's caption: it stands for a picture",
    "dsl-image-src": "an image placeholder's source, a path or URL shortened on purpose",
    "dsl-wordmark": "a logo strip's placeholder wordmark: it stands for a picture",
    "dsl-cal-event": "a month's day cell cuts its events' titles, as a calendar app does",
    "dsl-cal-more": "a day cell's '+N more' line",
    "dsl-tg-event": "a week or day view's event cuts its title and times to its block, as a calendar app does",
    "dsl-chart-center": "a donut's centre text, sized by the chart (charts are told of by their own checks)",
    "dsl-chart-more": "a pie legend's 'Other' line",
}
"""Classes of the truncating rules whose ellipsis is the design's choice, not a text that did not
fit: a render says nothing of them (why, for each)."""

CONTENT_EXTENT = f"""(() => {{
  const named = {MAX_NAMED};
  const counted = {MAX_COUNTED};
  const truncating = {json.dumps(TRUNCATING_TEXTS)};
  const page = document.documentElement;
  const root = document.querySelector('main.dsl-root') ?? page;
  const screen = root.getBoundingClientRect();
  const elements = () => root.querySelectorAll('[data-path]');
  const inkBottom = (element) => {{
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const edged = parseFloat(style.borderBottomWidth) > 0 || parseFloat(style.borderBottomLeftRadius) > 0
      || parseFloat(style.borderBottomRightRadius) > 0 || style.boxShadow !== 'none';
    if (edged || element.children.length === 0) return box.bottom;
    let inner = box.top;
    for (const child of element.children) inner = Math.max(inner, inkBottom(child));
    const content = inner + parseFloat(style.paddingBottom);
    return style.overflowY === 'visible' ? content : Math.min(box.bottom, content);
  }};
  const pageHeight = page.scrollHeight;
  // The annotations' notes panel, beside the screen: as tall as its notes, which an image of a
  // set height grows to hold (it is not the screen's content, so it cuts nothing off).
  const notes = document.querySelector('body>aside.dsl-notes');
  const notesHeight = notes ? Math.ceil(notes.getBoundingClientRect().bottom + scrollY) : 0;
  const screenHeight = notes ? Math.ceil(screen.top + scrollY + root.scrollHeight) : pageHeight;
  // A phone's screen cuts what runs below it itself: that counts as running below the canvas.
  const clippedBelow = Math.max(0, root.scrollHeight - root.clientHeight);
  let height = Math.max(screenHeight, innerHeight + clippedBelow);
  if (height > innerHeight) {{
    // Only a page margin below the last element running past the screen cuts off nothing; so
    // does a box stretched into that margin (a sidebar beside a padded pane) whose content ends
    // above the screen's bottom and whose bottom edge draws nothing (no border, no rounding).
    let bottom = 0;
    for (const element of root.children) bottom = Math.max(bottom, inkBottom(element));
    if (Math.ceil(bottom) <= Math.min(innerHeight, Math.ceil(screen.bottom))) height = innerHeight;
  }}
  const rtl = getComputedStyle(root).direction === 'rtl';
  // A tooltip's bubble is placed by its target, shifted along the screen's edge and flipped to
  // the other side to stay on it (the tooltip's CSS): one still cut off above the screen or past
  // its side had room on neither side, and is named as the tooltip, with the side it asks for.
  const floating = '.dsl-tooltip:not(.is-standalone)>.dsl-tooltip-bubble';
  const tips = [];
  for (const bubble of root.querySelectorAll(floating)) {{
    if (tips.length >= named) break;
    const box = bubble.getBoundingClientRect();
    const tooltip = bubble.parentElement;
    if (box.width === 0 || !tooltip.hasAttribute('data-path')) continue;
    const cut = [['top', screen.top - box.top], ['left', screen.left - box.left], ['right', box.right - screen.right]];
    const [edge, px] = cut.reduce((most, each) => each[1] > most[1] ? each : most);
    if (px < 2) continue;
    const side = ['top', 'bottom', 'left', 'right'].find((name) => tooltip.classList.contains(`dsl-tooltip--${{name}}`));
    tips.push([tooltip.dataset.path, Math.ceil(px), edge, side ?? 'top']);
  }}
  const beyond = (box) => rtl ? screen.left - box.left : box.right - screen.right;
  // What a box draws of itself: its border box when it paints it (a fill, a visible border, a
  // shadow, an outline, generated content) or is a picture or a control; else only its own text.
  // A box that paints nothing (a ghost button's padding, set past its words onto the page margin
  // so that they end on the margin line; a row's free room) cuts nothing off where it runs past
  // the canvas.
  const clear = (colour) => colour === 'transparent' || /^rgba\\(.*,\\s*0\\)$/.test(colour) || /\\/\\s*0\\)$/.test(colour);
  const pictures = new Set(['IMG', 'VIDEO', 'CANVAS', 'IFRAME', 'INPUT', 'TEXTAREA', 'SELECT', 'HR', 'PROGRESS', 'METER', 'OBJECT', 'EMBED']);
  const paints = (node, style) => {{
    if (pictures.has(node.tagName) || node instanceof SVGElement) return true;
    if (!clear(style.backgroundColor) || style.backgroundImage !== 'none' || style.boxShadow !== 'none') return true;
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !clear(style.outlineColor)) return true;
    for (const side of ['Top', 'Right', 'Bottom', 'Left']) {{
      const line = style[`border${{side}}Style`];
      if (parseFloat(style[`border${{side}}Width`]) > 0 && line !== 'none' && line !== 'hidden' && !clear(style[`border${{side}}Color`])) return true;
    }}
    return ['::before', '::after'].some((pseudo) => !['none', 'normal'].includes(getComputedStyle(node, pseudo).content));
  }};
  const ownInk = (node, style = getComputedStyle(node)) => {{
    if (style.visibility !== 'visible') return [];
    if (paints(node, style)) return [node.getBoundingClientRect()];
    const rects = [];
    for (const child of node.childNodes) {{
      if (child.nodeType !== Node.TEXT_NODE || !child.data.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(child);
      rects.push(...[...range.getClientRects()].filter((r) => r.width > 0));
    }}
    return rects;
  }};
  const union = (rects) => {{
    const [left, top] = [Math.min(...rects.map((r) => r.left)), Math.min(...rects.map((r) => r.top))];
    const [right, bottom] = [Math.max(...rects.map((r) => r.right)), Math.max(...rects.map((r) => r.bottom))];
    return new DOMRect(left, top, right - left, bottom - top);
  }};
  // How far what `element` and its content draw runs past the canvas's side; only the boxes that
  // reach past it, or whose content spills out of them, are looked into.
  const inkBeyond = (element) => {{
    const box = element.getBoundingClientRect();
    if (beyond(box) < 1 && element.scrollWidth <= element.clientWidth + 1) return beyond(box);
    const style = getComputedStyle(element);
    if (style.display === 'none') return -Infinity;
    let far = -Infinity;
    for (const rect of ownInk(element, style)) far = Math.max(far, beyond(rect));
    const clips = style.overflowX !== 'visible';
    for (const child of element.children) {{
      const inner = inkBeyond(child);
      far = Math.max(far, clips ? Math.min(inner, beyond(box)) : inner);
    }}
    return far;
  }};
  // What pushes an element in a row (one line of boxes side by side) out past the side: the
  // widest of the document's elements beside it, when it is wider than the element (a select as
  // wide as its bar's end pushing the avatar after it out): [path, px wide, its type].
  // Placed by coordinates (absolute, fixed) it is out of the row's flow: nothing beside it
  // pushes it, and it pushes nothing.
  const outOfFlow = (element) => ['absolute', 'fixed'].includes(getComputedStyle(element).position);
  const pusher = (element) => {{
    const row = element.parentElement;
    const style = row && row !== root ? getComputedStyle(row) : null;
    if (!style || !style.display.endsWith('flex') || style.flexDirection.startsWith('column') || style.flexWrap !== 'nowrap') return null;
    if (outOfFlow(element)) return null;
    let widest = null;
    for (const sibling of row.children) {{
      if (sibling === element || !sibling.dataset.path || outOfFlow(sibling)) continue;
      const width = sibling.getBoundingClientRect().width;
      if (!widest || width > widest[1]) widest = [sibling, width];
    }}
    if (!widest || widest[1] <= element.getBoundingClientRect().width) return null;
    const kind = [...widest[0].classList].find((name) => name.startsWith('dsl-'))?.slice(4) ?? '';
    return [widest[0].dataset.path, Math.round(widest[1]), kind];
  }};
  // An element placed by coordinates runs past the side by its own place and width: [its x from
  // the start of the box it is placed in (px), its width, that box's path ('' for the canvas),
  // the x at which it would end at the side, whether its x is its layout.x (its inline 'left')].
  const placement = (element, px) => {{
    if (!outOfFlow(element)) return null;
    const box = element.getBoundingClientRect();
    const holder = getComputedStyle(element).position === 'fixed' ? null : element.offsetParent;
    const inCanvas = !holder || holder === root || !root.contains(holder);
    const start = inCanvas ? screen.left : holder.getBoundingClientRect().left + holder.clientLeft;
    const x = Math.round(box.left - start);
    const within = inCanvas ? '' : holder.closest('[data-path]')?.dataset.path ?? '';
    const byX = element.style.left !== '' && element.style.right === '';
    return [x, Math.round(box.width), within, rtl ? x + px : x - px, byX];
  }};
  // A px or so is rounding (a border on a fractional edge), not content cut off.
  let drawnPast = 0;
  if (root.scrollWidth - root.clientWidth >= 2) {{
    for (const element of root.children) drawnPast = Math.max(drawnPast, inkBeyond(element));
  }}
  let cutWidth = drawnPast >= 2 ? Math.ceil(drawnPast) : 0;
  const past = [];
  if (cutWidth > 0) {{
    for (const element of elements()) {{
      if (past.length >= named) break;
      const box = element.getBoundingClientRect();
      // One placed wholly outside the canvas is the validator's off_canvas warning already.
      const outside = box.left >= screen.right || box.right <= screen.left;
      if (outside && getComputedStyle(element).position === 'absolute') continue;
      if (box.width === 0 || beyond(box) < 1 || past.some(([, , , outer]) => outer.contains(element))) continue;
      const drawn = inkBeyond(element);
      if (drawn >= 1) past.push([element.dataset.path, Math.ceil(drawn), false, element, pusher(element), placement(element, Math.ceil(drawn))]);
    }}
  }}
  // What runs past the side being only a tooltip's bubble, the tooltip says so.
  const endEdge = rtl ? 'left' : 'right';
  if (past.length === 0 && tips.some(([, px, edge]) => edge === endEdge && px + 1 >= cutWidth)) cutWidth = 0;
  if (cutWidth > 0 && past.length === 0) {{
    // Nothing of the document's own runs past: the innermost element reaching the side whose
    // own parts (a navbar's links, a text's long word) overflow it is the one to change.
    let inner = null;
    for (const element of elements()) {{
      if (element.scrollWidth <= element.clientWidth + 1) continue;
      const box = element.getBoundingClientRect();
      const spill = element.scrollWidth - element.clientWidth;
      const reaches = rtl ? box.left - spill < screen.left : box.right + spill > screen.right;
      if (reaches && (!inner || inner.contains(element))) inner = element;
    }}
    if (inner) past.push([inner.dataset.path, cutWidth, true, inner, null, null]);
  }}
  // What runs out above the canvas's top or past its start side (a tooltip's bubble over a
  // button at the top, a box placed at x: -10) is cut off there and grows no page: named by its
  // outermost element. What a box clips anyway (its own overflow) is not counted.
  const before = [];
  const visible = (node, box) => {{
    let [top, left, right] = [box.top, box.left, box.right];
    for (let up = node.parentElement; up && up !== root; up = up.parentElement) {{
      const style = getComputedStyle(up);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = up.getBoundingClientRect();
      [top, left, right] = [Math.max(top, clip.top), Math.max(left, clip.left), Math.min(right, clip.right)];
    }}
    return [screen.top - top, rtl ? right - screen.right : screen.left - left];
  }};
  for (const node of root.querySelectorAll('*')) {{
    const whole = node.getBoundingClientRect();
    if (whole.width === 0 || whole.height === 0) continue;
    if (screen.top - whole.top < 2 && (rtl ? whole.right - screen.right : screen.left - whole.left) < 2) continue;
    const ink = ownInk(node);  // what it draws of itself (a ghost button's padding: nothing)
    if (ink.length === 0) continue;
    const box = union(ink);
    if (screen.top - box.top < 2 && (rtl ? box.right - screen.right : screen.left - box.left) < 2) continue;
    if (node.closest(floating)) continue;  // a tooltip's bubble: named as the tooltip (tips)
    const owner = node.closest('[data-path]');
    if (!owner || before.some(([, , , outer]) => outer.contains(owner))) continue;
    const [above, start] = visible(node, box);
    if (above < 2 && start < 2) continue;
    const gone = box.bottom <= screen.top || (rtl ? box.left >= screen.right : box.right <= screen.left);
    if (gone && getComputedStyle(owner).position === 'absolute') continue;  // the validator's off_canvas
    // Placed by coordinates (itself or a box it is in): moving it is the fix; in the flow, its
    // content is wider than the room it has.
    let placed = false;
    for (let up = owner; up && up !== root && !placed; up = up.parentElement) {{
      placed = ['absolute', 'fixed'].includes(getComputedStyle(up).position) && up.hasAttribute('data-path');
    }}
    // In the flow, moved out by an author's style (a negative margin, a transform): that is the
    // cause to name, not content too wide or a box too short.
    let movedBy = null;
    const sides = above >= start ? ['margin-top', 'margin-block-start', 'top'] : rtl
      ? ['margin-right', 'margin-inline-start', 'right'] : ['margin-left', 'margin-inline-start', 'left'];
    for (let up = owner; up && up !== root && !placed && !movedBy; up = up.parentElement) {{
      if (!up.hasAttribute('data-path')) continue;
      const own = up.style;  // the author's style is written on the element itself
      const negative = sides.find((name) => own.getPropertyValue(name).trim().startsWith('-'));
      const turned = ['transform', 'translate', 'rotate'].find((name) => !['', 'none'].includes(own.getPropertyValue(name).trim()));
      const name = negative ?? turned;
      if (name) movedBy = [up.dataset.path, `${{name}}: ${{own.getPropertyValue(name).trim()}}`];
    }}
    before.push([owner.dataset.path, Math.ceil(Math.max(above, start)), above >= start ? 'top' : rtl ? 'right' : 'left', owner, placed, movedBy]);
    if (before.length >= named) break;
  }}
  const tables = [];
  for (const table of root.querySelectorAll('.dsl-table[data-path]')) {{
    if (tables.length >= named) break;
    const clip = table.querySelector('.dsl-table-scroll') ?? table;
    if (clip.scrollWidth <= clip.clientWidth + 1) continue;
    const box = clip.getBoundingClientRect();
    const heads = table.querySelector('tr')?.children ?? [];
    const cut = [...heads].map((cell, index) => [cell, index]).filter(([cell]) => {{
      const r = cell.getBoundingClientRect();
      return r.right > box.right + 1 || r.left < box.left - 1;
    }}).map(([cell, index]) => cell.tagName === 'TH' ? cell.textContent.trim().slice(0, 40) : `column ${{index + 1}}`);
    tables.push([table.dataset.path, clip.scrollWidth - clip.clientWidth, cut]);
  }}
  // A tab strip too long for its box fades out at its end: the tabs past it are not seen.
  const strips = [];
  for (const strip of root.querySelectorAll('.dsl-tabs[data-path]>.dsl-tabs-list')) {{
    if (strips.length >= named) break;
    if (strip.scrollWidth <= strip.clientWidth + 1) continue;
    const box = strip.getBoundingClientRect();
    const tabs = [...strip.children];
    // Each tab by its label: its count (a badge) is a box of its own, glued to it by textContent.
    const label = (tab) => [...tab.childNodes].filter((node) => !node.classList?.contains('dsl-nav-count'))
      .map((node) => node.textContent).join('').trim();
    const hidden = tabs.filter((tab) => {{
      const r = tab.getBoundingClientRect();
      return rtl ? r.left < box.left - 1 : r.right > box.right + 1;
    }}).map((tab) => (label(tab) || `tab ${{tabs.indexOf(tab) + 1}}`).slice(0, 40));
    if (hidden.length) strips.push([strip.parentElement.dataset.path, hidden, tabs.length]);
  }}
  const overflowing = [];
  for (const element of root.querySelectorAll('.has-height[data-path]')) {{
    if (overflowing.length >= counted) break;
    // A box given a height whose content runs out of it, over what follows: half a line or
    // more (a line taller than its box by its leading overlaps nothing). One that clips its content
    // on purpose (a scroll area, a code block) is left alone, and so is one reaching the
    // screen's bottom, whose overflow is content cut off below the canvas.
    // Content centred (or ended) in a box too short for it also runs out above the box, which
    // its scroll height does not count; and a box so filled is named even at the screen's bottom
    // (making the page taller would not bring back what runs out of its top).
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    let top = Infinity;
    let bottom = -Infinity;
    for (const child of element.children) {{
      // Placed children (a modal's backdrop, a pin) are where they were put, not pushed out.
      // (A box that draws none, `display: contents` or empty, is no content either.)
      const rect = child.getBoundingClientRect();
      if (rect.height > 0 && !['absolute', 'fixed'].includes(getComputedStyle(child).position)) {{
        top = Math.min(top, rect.top);
        bottom = Math.max(bottom, rect.bottom);
      }}
    }}
    const inside = box.top + element.clientTop + parseFloat(style.paddingTop);
    const above = top === Infinity ? 0 : Math.max(0, Math.floor(inside - top));
    // Content that runs over the box's bottom padding runs out of it as much as content past its
    // edge: a box of visible overflow has no padding in its scroll height, so a HUD panel whose
    // bars ran 22 px over its 12 px padding (10 past its edge) was under the half line and unsaid.
    const floor = box.top + element.clientTop + element.clientHeight - parseFloat(style.paddingBottom);
    const below = Math.max(element.scrollHeight - element.clientHeight, Math.floor(bottom - floor));
    const extra = below + above;
    // Half a line: a single line taller than its box (a 40 px title in 48 px) is only leading.
    const line = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
    if (extra < Math.max(8, line / 2) || (above < 1 && box.bottom >= screen.bottom - 1)) continue;
    if (style.overflowY === 'visible') overflowing.push([element.dataset.path, extra, above]);
  }}
  // Boxes squeezed narrower than their words (a column crushed by a wider sibling, a grid of too
  // many columns on a phone): a text of ordinary words broken inside them, more lines than words.
  // Hyphenated words (soft hyphens), scripts written without spaces and long tokens (a URL, an
  // ID), which may break in a narrow box, are not counted. Outermost first.
  const squeezed = [];
  const unspaced = /[\\u0e00-\\u0e7f\\u3000-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef]/;
  // A text of the box (not one floating over it, a tooltip's bubble) with more lines than words,
  // or running out of the box's side.
  const misfits = (element, box) => {{
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {{
      const text = node.textContent;
      if (text.includes("\\u00ad") || unspaced.test(text)) continue;
      // A stat's change figure breaks onto a second line by design (then ends in an ellipsis,
      // told of as truncated): not a box squeezed.
      if (node.parentElement.closest('.dsl-stat-change-text.is-figure')) continue;
      const words = text.split(/\\s+/).filter((word) => word.length > 0);
      if (!words.some((word) => word.length >= 4) || words.some((word) => word.length > 16)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const broken = new Set(rects.map((r) => Math.round(r.top))).size > words.length;
      const spills = rects.some((r) => r.right > box.right + 2 || r.left < box.left - 2)
        && getComputedStyle(node.parentElement).textOverflow !== 'ellipsis';
      if ((broken || spills) && !floats(node, element)) return true;
    }}
    return false;
  }};
  const floats = (node, element) => {{
    for (let up = node.parentElement; up && up !== element; up = up.parentElement) {{
      if (['absolute', 'fixed'].includes(getComputedStyle(up).position)) return true;
    }}
    return false;
  }};
  for (const element of elements()) {{
    if (squeezed.length >= named) break;
    const box = element.getBoundingClientRect();
    if (box.width >= 120 || box.height === 0 || !/\\S{{4}}/.test(element.textContent)) continue;
    if (squeezed.some(([, , outer]) => outer.contains(element))) continue;
    if (misfits(element, box)) squeezed.push([element.dataset.path, Math.round(box.width), element]);
  }}
  // A box that clips (a card: its rounded corners) holding a child wider than itself (a 520 px
  // picture in a phone's card): what runs past its side is cut off there, the text beside it too.
  const clipped = [];
  for (const element of root.querySelectorAll(':is(.dsl-card, .dsl-modal, .dsl-vflow, .dsl-hflow)[data-path]')) {{
    if (clipped.length >= named) break;
    const extra = element.scrollWidth - element.clientWidth;
    if (extra < 8 || clipped.some(([, , outer]) => outer.contains(element))) continue;
    if (getComputedStyle(element).overflowX === 'visible') continue;
    clipped.push([element.dataset.path, extra, element]);
  }}
  // What a box that scrolls (the screen above a bottom tab bar, a chat's messages taking a
  // column's free room) hides below its bottom edge, or above its top edge when its content keeps
  // its end in view (a conversation's earlier messages), which its scroll height does not count.
  // Whether a full page would show it: not when a height was set on it or a box around it.
  const hidden = [];
  const runsAbove = (panel) => {{
    let top = Infinity;
    for (const child of panel.children) {{
      const rect = child.getBoundingClientRect();
      if (rect.height > 0 && !['absolute', 'fixed'].includes(getComputedStyle(child).position)) {{
        top = Math.min(top, rect.top);
      }}
    }}
    return top === Infinity ? 0 : Math.floor(panel.getBoundingClientRect().top + panel.clientTop - top);
  }};
  // A side panel's body scrolls between its head and its footer, the screen's height, and so does
  // a bottom sheet's, capped below the screen's top: a full page grows neither. A dialog's body
  // scrolls in a dialog kept to the screen; a full page draws a dialog on a bare screen whole.
  const scrolling = '.dsl-tabs--bottom.has-panel>.dsl-tabs-panel, .fills-column, '
    + ':is(.dsl-modal--side, .dsl-modal--sheet, .is-dialog>.dsl-modal)>.dsl-modal-body';
  const bodyKind = (panel) => {{
    if (panel.matches('.dsl-modal--sheet>*')) return 'sheet';
    if (!panel.matches('.is-dialog>.dsl-modal>*')) return null;
    return panel.matches('body>.dsl-root>.is-dialog *') ? 'dialog' : 'boxed_dialog';
  }};
  for (const panel of root.querySelectorAll(scrolling)) {{
    if (hidden.length >= named) break;
    const owner = panel.closest('[data-path]');
    const fixed = panel.matches('.dsl-modal-body') || panel.parentElement?.closest('.has-height') != null;
    const kind = bodyKind(panel) ?? (fixed ? 'fixed' : 'scroll');
    const [below, above] = [panel.scrollHeight - panel.clientHeight, runsAbove(panel)];
    if (below >= 8 && owner) hidden.push([owner.dataset.path, below, kind, 'bottom']);
    if (above >= 8 && owner) hidden.push([owner.dataset.path, above, kind, 'top']);
  }}
  // A bottom tab bar pinned to the screen's bottom edge (and the element pinned above it) covers
  // what runs under it: the content that does not reach past the screen is hidden behind it.
  const bar = [...root.children].find((child) => child.matches('.dsl-tabs--bottom:not(.has-panel)[data-path]')
    && getComputedStyle(child).position === 'sticky');
  if (bar && height <= innerHeight) {{
    const pinned = [bar, bar.nextElementSibling].filter((node) => node && getComputedStyle(node).position === 'sticky');
    const cover = Math.min(...pinned.map((node) => node.getBoundingClientRect().top));
    let under = 0;
    for (const child of root.children) {{
      if (pinned.includes(child) || ['absolute', 'fixed'].includes(getComputedStyle(child).position)) continue;
      under = Math.max(under, Math.min(inkBottom(child), screen.bottom) - cover);
    }}
    if (under >= 4) hidden.push([bar.dataset.path, Math.ceil(under), 'bar', 'bottom']);
  }}
  // A chart's category names turned under bars too narrow for them: one longer than the room
  // under the plot ends in an ellipsis; where even small turned names cannot be told apart, only
  // every n-th is drawn.
  const charts = [];
  for (const axis of root.querySelectorAll('.dsl-chart[data-path] .dsl-chart-xs.is-categories')) {{
    if (charts.length >= named) break;
    const names = [...axis.querySelectorAll('.dsl-chart-xt')];
    const word = (name) => name.textContent.trim().slice(0, 40);
    const cut = names.filter((name) => name.getClientRects().length > 0
      && getComputedStyle(name).textOverflow === 'ellipsis' && name.scrollWidth > name.clientWidth + 1).map(word);
    const left = names.filter((name) => name.getClientRects().length === 0).map(word);
    if (cut.length || left.length) charts.push([axis.closest('.dsl-chart[data-path]').dataset.path, cut, left, names.length, 'axis']);
  }}
  // A pie's legend under it, in a chart of set height, whose last key counts those it has no
  // row for ("+3 more"): the slices nobody can name.
  for (const legend of root.querySelectorAll('.dsl-chart[data-path] .dsl-chart-pie .dsl-chart-legend')) {{
    if (charts.length >= named) break;
    if (![...legend.getElementsByClassName('dsl-chart-more')].some((more) => more.getClientRects().length > 0)) continue;
    const keys = [...legend.getElementsByClassName('dsl-chart-key')];
    const left = keys.filter((key) => key.getClientRects().length === 0).map((key) => key.querySelector(':scope>span').textContent.trim().slice(0, 40));
    if (left.length) charts.push([legend.closest('.dsl-chart[data-path]').dataset.path, [], left, keys.length, 'legend']);
  }}
  // Bar charts as drawn: how many bars, the plot's width and a bar's (each bar is two rects: its
  // rounded end and its square base), to tell of bars too thin to read apart.
  const bars = [];
  for (const chart of root.querySelectorAll('.dsl-chart[data-path]')) {{
    if (bars.length >= named) break;
    const rects = chart.querySelectorAll('.dsl-chart-bars rect');
    const plot = chart.querySelector('.dsl-chart-svg');
    if (!rects.length || !plot) continue;
    bars.push([chart.dataset.path, rects.length / 2, plot.getBoundingClientRect().width, rects[0].getBoundingClientRect().width]);
  }}
  // Texts the page ends in an ellipsis (a button's label in a grid cell too narrow for it, a list
  // label past its lines): those of the design system's truncating boxes whose content is wider
  // (or taller) than the box. Alike ones (siblings of a kind, a menu's items) are one group; what
  // is drawn is worked out only for the few quoted.
  const cut = [];
  const cutStrips = strips.map(([path]) => path);
  // A button's label with no room for a few letters beside its icon takes no width: the button
  // shows its icon alone (the stylesheet's --few), whatever its label would wrap to.
  const iconAlone = (label, role) => role === 'button' && label.clientWidth < 1
    && label.parentElement?.querySelector(':scope>:is(.dsl-i,.dsl-button-anchor)') != null;
  // scrollWidth and clientWidth are whole pixels: a text a tenth of a pixel wider than its box is
  // cut all the same ("2025-01-…" beside a calendar icon, both widths 73). Where they are equal,
  // the text's own width says (the box's content, less its padding and border).
  const widerThanBox = (label) => {{
    if (label.scrollWidth !== label.clientWidth || label.clientWidth === 0) return label.scrollWidth > label.clientWidth;
    const text = document.createRange();
    text.selectNodeContents(label);
    const style = getComputedStyle(label);
    const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'].reduce((sum, side) => sum + parseFloat(style[side]), 0);
    return text.getBoundingClientRect().width > label.getBoundingClientRect().width - edges + 0.02;
  }};
  for (const [name, inside, role, clamps] of truncating) {{
    for (const holder of root.getElementsByClassName(name)) {{
      for (const label of inside ? holder.querySelectorAll(inside) : [holder]) {{
        // One size read each (a page of 600 buttons: under a millisecond); the rest only for those cut.
        if (clamps ? label.scrollHeight <= label.clientHeight + 1 : !widerThanBox(label)) continue;
        const style = getComputedStyle(label);
        const alone = iconAlone(label, role);
        // A label kept to lines is told of once, as such (a card's action is a button's label too).
        if (!clamps && !alone && parseInt(style.webkitLineClamp, 10) > 0) continue;
        if (alone && cut.some(([known]) => known === label)) continue;
        const lines = clamps && !alone ? parseInt(style.webkitLineClamp, 10) || 0 : 0;
        if (!alone && (clamps ? lines === 0 : style.textOverflow !== 'ellipsis')) continue;
        const owner = label.closest('[data-path]');
        if (!owner || label.closest('.dsl-textarea') || !label.checkVisibility({{visibilityProperty: true}})) continue;
        if (cutStrips.includes(owner.closest('.dsl-tabs[data-path]')?.dataset.path)) continue;  // named with the strip
        // One whose end is past the canvas's side has its ellipsis there, out of the image: the
        // element running past the side is named instead.
        const box = label.getBoundingClientRect();
        if (box.right > screen.right + 1 || box.left < screen.left - 1 || label.textContent.trim() === '') continue;
        cut.push([label, owner, style, lines, role, alone]);
      }}
    }}
  }}
  // In the page's order, alike ones together: of one kind in one box (the buttons of a grid, a
  // menu's items), or of one kind and text (the buttons of cards side by side). Only the first
  // few groups are named; the rest are counted.
  cut.sort(([a], [b]) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
  const [groups, cutGroups] = [[], new Map()];
  let cutElsewhere = 0;
  for (const [label, owner, style, lines, role, alone] of cut) {{
    const kind = `${{role}} ${{lines}} ${{alone}}`;
    const keys = [`${{kind}} in ${{owner.dataset.path.replace(/\\/[^/]*$/, '')}}`, `${{kind}}: ${{label.textContent.trim()}}`];
    let group = keys.map((key) => cutGroups.get(key)).find((known) => known);
    if (!group) {{
      if (groups.length >= named) {{
        cutElsewhere += 1;
        continue;
      }}
      group = [role, lines, (label.closest('.dsl-button') ?? owner).querySelector('.dsl-i') !== null, 0, [], alone];
      groups.push(group);
    }}
    for (const key of keys) if (!cutGroups.has(key)) cutGroups.set(key, group);
    group[3] += 1;
    if (group[4].length <= 3) group[4].push([owner.dataset.path, label, style]);
  }}
  const textNodes = (element) => {{
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    return nodes;
  }};
  // The range from a text's start to its k-th character.
  const upTo = (nodes, k) => {{
    const range = document.createRange();
    range.setStart(nodes[0], 0);
    for (const node of nodes) {{
      if (k <= node.length) {{
        range.setEnd(node, k);
        return range;
      }}
      k -= node.length;
    }}
    range.setEnd(nodes.at(-1), nodes.at(-1).length);
    return range;
  }};
  let pen = null;
  const ellipsisWidth = (style) => {{
    pen ??= document.createElement('canvas').getContext('2d');
    pen.font = style.font;
    return pen.measureText('\\u2026').width;
  }};
  // The most characters (k) for which fits(k) holds, fits(0) being taken as true.
  const most = (length, fits) => {{
    let [low, high] = [0, length];
    while (low < high) {{
      const mid = Math.ceil((low + high) / 2);
      if (fits(mid)) low = mid;
      else high = mid - 1;
    }}
    return low;
  }};
  // What is drawn of a text that ends in an ellipsis: the characters before it, which leave room
  // for it on its one line (or on the last of the lines it is kept to), then the ellipsis.
  const drawn = (label, style, lines) => {{
    const nodes = textNodes(label);
    const text = nodes.map((node) => node.data).join('');
    const box = label.getBoundingClientRect();
    const left = box.left + label.clientLeft + parseFloat(style.paddingLeft);
    const right = left + label.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const room = ellipsisWidth(style);
    const rtl = style.direction === 'rtl';
    // A box squeezed to nothing draws nothing, not even the first character and the ellipsis.
    if (right - left < 1) return [text.trim(), ''];
    let count;
    if (lines === 0) {{
      count = most(text.length, (k) => upTo(nodes, k).getBoundingClientRect().width + room <= right - left + 0.01);
    }} else {{
      const bottom = box.top + label.clientTop + label.clientHeight - parseFloat(style.paddingBottom);
      const last = (k) => [...upTo(nodes, k).getClientRects()].filter((r) => r.width > 0).at(-1);
      count = most(text.length, (k) => (last(k)?.bottom ?? 0) <= bottom + 1);
      // The first characters may draw no box at all (the compiler's invisible bidi isolation
      // mark): with nothing drawn, nothing runs past the ellipsis (a long word in a narrow RTL
      // button read last(count) of undefined, and the whole render failed).
      const overruns = (rect) => rect !== undefined && (rtl ? rect.left - room < left - 0.01 : rect.right + room > right + 0.01);
      while (count > 0 && overruns(last(count))) count -= 1;
      // The characters the ellipsis stands in for are still laid out on the last line, with no
      // width (a change figure broken anywhere, "9999…" read as "99999…"): they are not drawn.
      const unmoved = (a, b) => a !== undefined && b !== undefined && a.left === b.left && a.right === b.right && a.bottom === b.bottom;
      while (count > 1 && unmoved(last(count), last(count - 1))) count -= 1;
    }}
    // Not half of a character written with two code units (an emoji); and a line's first
    // character is clipped rather than ellipsed (CSS Overflow): it shows, with what fits of the
    // ellipsis ("S…" in a button too narrow for "Send", "R.." for "Request").
    if (count > 0 && /[\\ud800-\\udbff]/.test(text[count - 1])) count -= 1;
    const lead = text.length - text.trimStart().length;
    if (lines === 0 && count <= lead) count = lead + String.fromCodePoint(text.codePointAt(lead) ?? 32).length;
    return [text.trim(), text.slice(0, count).trim() + '\\u2026'];
  }};
  // A navbar too narrow for all it holds folds parts of it to icon buttons (see navbar_fold): its
  // search, the labels of its buttons with an icon. A folded part says so (--folded). Its links
  // that do not fit leave for the "more" item: wrapped below the strip, which clips them, or all
  // hidden when not even the first fits.
  const folded = [];
  for (const bar of root.querySelectorAll('.dsl-navbar[data-path]')) {{
    const parts = [];
    const strip = bar.querySelector(':scope > .dsl-navbar-links');
    if (strip) {{
      const bottom = strip.getBoundingClientRect().bottom;
      strip.querySelectorAll(':scope > .dsl-navbar-link').forEach((link, index) => {{
        if (getComputedStyle(link).visibility !== 'hidden' && link.getBoundingClientRect().top < bottom - 0.5) return;
        const words = [...link.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent).join('');
        parts.push(['link', words.trim(), `${{bar.dataset.path}}/items/${{index}}`]);
      }});
    }}
    for (const part of bar.classList.contains('dsl-navbar-folds') ? bar.querySelectorAll('.folds-to-icon') : []) {{
      if (getComputedStyle(part).getPropertyValue('--folded').trim() !== '1') continue;
      const search = part.classList.contains('dsl-search');
      const words = part.querySelector(search ? '.dsl-control-placeholder, .dsl-control-value' : '.dsl-button-label');
      parts.push([search ? 'search' : 'button', (words?.textContent ?? '').trim(), part.dataset.path ?? '']);
    }}
    if (parts.length) folded.push([bar.dataset.path, parts]);
  }}
  const truncated = groups.map(([role, lines, icon, count, texts, alone], index) => [
    role, lines, icon, count,
    texts.map(([path, label, style]) => [path, ...(alone ? [label.textContent.trim(), ''] : drawn(label, style, lines))]),
    index === groups.length - 1 ? cutElsewhere : 0, alone,
  ]);
  return [
    page.scrollWidth, pageHeight, height, cutWidth, past.map(([path, px, inside, , pushed, placed]) => [path, px, inside, pushed, placed]),
    tables, overflowing, before.map(([path, px, edge, , placed, movedBy]) => [path, px, edge, placed, movedBy]), strips,
    squeezed.map(([path, width]) => [path, width]), hidden, clipped.map(([path, px]) => [path, px]), charts,
    truncated, tips, folded, notesHeight, bars,
  ];
}})()"""
"""Answers [page width and height, content height (the page's, or the canvas's when only a margin
below the last element runs past it), px cut at the side, [[path, px, whether it is the
element's own parts that run past, [path, px wide, type] of the wider element beside it in its
row that pushes it out, or null, [x, width, path of the box it is placed in ('' for the canvas),
the x that ends it at the side, whether that x is its layout.x] when it is placed by coordinates,
or null] of the outermost elements past the side], [[path, px,
[column names]] of tables cut at their own edge], [[path, px, how many of them above its top]
of boxes given a height that their content runs out of], [[path, px, 'top', 'left' or 'right',
whether it or a box it is in is placed by coordinates, [path, "property: value"] of the element
whose own style moved it there (a negative margin, a transform) or null] of the outermost elements cut off above
the canvas or past its start side], [[path, [labels
of the tabs past the strip's end], how many tabs] of tab strips too long for their box], [[path,
width] of the outermost boxes squeezed narrower than their words], [[path, px, how it hides
(hidden.HiddenKind), 'bottom' or 'top'] of boxes that scroll, by the px of content they hide and the edge
they hide it at], [[path, px] of the outermost boxes that cut off what runs past their side],
[[path, [names ending in an ellipsis], [names left out], how many names, 'axis'] of charts whose
category names are not all drawn whole, and [path, [], [slices left out], how many slices,
'legend'] of pies whose legend counts slices it has no row for], [[role, lines kept to (0: one),
whether the first has an icon, how many, [[path, text, what is drawn ('' for a label not drawn)] of
the first few], how many more are cut beyond these groups (on the last), whether they are buttons'
labels with no room beside their icons, drawn as the icons alone] of texts ended in an ellipsis or
left out, alike ones together], [[path, px, 'top', 'left' or 'right', the tooltip's side] of
tooltips whose bubble is cut off at the screen's edge], [[path, [['search' or 'button', its words,
its path or ''] of the parts folded to an icon button]] of navbars too narrow for all they hold],
the bottom of the notes panel (0 without one), [[path, how many bars, the plot's px wide, a bar's px
wide] of bar charts]]."""


def cut_below_script(bottom: float) -> str:
    """A script naming what a capture ending at `bottom` (CSS px from the page's top) leaves out:
    [path of the first element cut (the innermost running across that edge, or the first wholly
    below it), [paths of the outermost elements running across it], [paths of the outermost
    elements wholly below it and in none of those, the first MAX_NAMED], how many of these].
    Run only when a full page is longer than a capture."""
    return f"""(() => {{
  const bottom = {bottom:.2f};
  const root = document.querySelector('main.dsl-root') ?? document.documentElement;
  const across = [];
  const below = [];
  for (const element of root.querySelectorAll('[data-path]')) {{
    const box = element.getBoundingClientRect();
    const [top, end] = [box.top + scrollY, box.bottom + scrollY];
    // In the page's order an element's own follow it: only the last one below can hold it.
    if (end <= bottom || box.height === 0 || below.at(-1)?.contains(element)) continue;
    if (top >= bottom) below.push(element);
    else across.push(element);
  }}
  const holds = (outer, inner) => outer !== inner && outer.contains(inner);
  const first = across.find((element) => !across.some((inner) => holds(element, inner))) ?? below[0];
  const outer = across.filter((element) => !across.some((holder) => holds(holder, element)));
  const loose = below.filter((element) => !outer.some((holder) => holder.contains(element)));
  const paths = (elements) => elements.slice(0, {MAX_NAMED}).map((element) => element.dataset.path);
  return [first?.dataset.path ?? '', paths(outer), paths(loose), loose.length];
}})()"""


_EXTENT_PARTS = 18
"""How many parts CONTENT_EXTENT answers (`ContentExtent.from_answer` unpacks them)."""


@dataclass(frozen=True)
class ContentExtent:
    """The page's content size in CSS px (the canvas, or more), and what runs past the sides:
    of the compiled page's root, which clips it, and of tables, which cut their last columns."""

    width: int
    height: int
    content_height: int
    cut_width: int = 0
    past_side: tuple[SideOverflow, ...] = field(default=())
    cut_tables: tuple[CutTable, ...] = field(default=())
    overflowing: tuple[Overflowing, ...] = field(default=())
    before_start: tuple[StartOverflow, ...] = field(default=())
    cut_tabs: tuple[CutTabs, ...] = field(default=())
    squeezed: tuple[Squeezed, ...] = field(default=())
    hidden: tuple[Hidden, ...] = field(default=())
    clipped: tuple[Clipped, ...] = field(default=())
    cut_charts: tuple[CutChartLabels, ...] = field(default=())
    truncated: tuple[TruncatedTexts, ...] = field(default=())
    cut_tooltips: tuple[CutTooltip, ...] = field(default=())
    folded: tuple[FoldedBar, ...] = field(default=())
    notes_height: int = 0
    """Where the annotations' notes panel ends (CSS px from the page's top; 0 without one)."""
    drawn_bars: tuple[DrawnBars, ...] = field(default=())

    @classmethod
    def from_answer(cls, answer: list[Any] | None) -> ContentExtent:
        """Read CONTENT_EXTENT's answer."""
        if not isinstance(answer, list) or len(answer) != _EXTENT_PARTS:
            raise RenderError(
                f"the page's measuring script answered {type(answer).__name__}, not its {_EXTENT_PARTS} parts",
                retryable=False,
            )
        (
            width,
            height,
            content_height,
            cut_width,
            past,
            tables,
            overflowing,
            before,
            strips,
            squeezed,
            hidden,
            clipped,
            charts,
            truncated,
            tips,
            folded,
            notes_height,
            bars,
        ) = answer
        return cls(
            width=int(width),
            height=int(height),
            content_height=int(content_height),
            cut_width=max(0, int(cut_width)),
            past_side=tuple(
                SideOverflow(
                    path=str(path),
                    px=int(px),
                    inside=bool(inside),
                    pushed_by=_pusher(pushed),
                    placed=_placement(placed),
                )
                for path, px, inside, pushed, placed in past
            ),
            cut_tables=tuple(
                CutTable(path=str(path), px=int(px), columns=tuple(str(name) for name in columns))
                for path, px, columns in tables
            ),
            overflowing=tuple(
                Overflowing(path=str(path), px=int(px), above=int(above)) for path, px, above in overflowing
            ),
            cut_tabs=tuple(
                CutTabs(path=str(path), hidden=tuple(str(n) for n in hidden), total=int(total))
                for path, hidden, total in strips
            ),
            before_start=tuple(
                StartOverflow(
                    path=str(path),
                    px=int(px),
                    edge=_edge(edge),
                    placed=bool(placed),
                    moved_by=None if moved is None else (str(moved[0]), str(moved[1])),
                )
                for path, px, edge, placed, moved in before
            ),
            squeezed=tuple(Squeezed(path=str(path), width=int(width)) for path, width in squeezed),
            hidden=tuple(
                Hidden(path=str(path), px=int(px), kind=_kind(kind), edge=_hidden_edge(edge))
                for path, px, kind, edge in hidden
            ),
            clipped=tuple(Clipped(path=str(path), px=int(px)) for path, px in clipped),
            cut_charts=tuple(
                CutChartLabels(
                    path=str(path),
                    cut=tuple(without_isolation_marks(str(name)) for name in cut),
                    left_out=tuple(without_isolation_marks(str(name)) for name in left),
                    total=int(total),
                    legend=kind == "legend",
                )
                for path, cut, left, total, kind in charts
            ),
            truncated=tuple(_truncated(group) for group in truncated),
            cut_tooltips=tuple(
                CutTooltip(path=str(path), px=int(px), edge=_edge(edge), side=_side(side))
                for path, px, edge, side in tips
            ),
            folded=tuple(
                FoldedBar(path=str(path), parts=tuple(_folded_part(part) for part in parts))
                for path, parts in folded
            ),
            notes_height=int(notes_height),
            drawn_bars=tuple(
                DrawnBars(path=str(path), bars=int(count), plot_px=float(plot), bar_px=float(bar))
                for path, count, plot, bar in bars
            ),
        )

    def measured_warnings(self) -> tuple[Issue, ...]:
        """What the image leaves out besides content below the canvas (see measured_cut_warnings),
        and bar charts whose bars are too thin to read (see dense_chart_warnings)."""
        return tuple(
            measured_cut_warnings(
                self.cut_width,
                self.past_side,
                self.cut_tables,
                self.overflowing,
                self.before_start,
                self.cut_tabs,
                self.squeezed,
                self.hidden,
                self.clipped,
                self.cut_charts,
                self.truncated,
                self.cut_tooltips,
                self.folded,
            )
            + dense_chart_warnings(self.drawn_bars)
        )


def _pusher(answer: list[Any] | None) -> Pusher | None:
    """CONTENT_EXTENT's answer for the element that pushes another past the side (see Pusher)."""
    if not answer:
        return None
    path, width, kind = answer
    return Pusher(path=str(path), px=int(width), type=str(kind) if kind in ELEMENT_TYPES else "")


def _placement(answer: list[Any] | None) -> Placement | None:
    """CONTENT_EXTENT's answer for where an element placed by coordinates is (see Placement)."""
    if not answer:
        return None
    x, width, within, fit_x, by_x = answer
    return Placement(x=int(x), width=int(width), within=str(within), fit_x=int(fit_x), by_x=bool(by_x))


def _folded_part(answer: list[Any]) -> FoldedPart:
    """CONTENT_EXTENT's answer for a part of a navbar folded to an icon button (see FoldedPart)."""
    kind, words, path = answer
    return FoldedPart(
        kind=kind if kind in ("search", "link") else "button",
        words=without_isolation_marks(str(words)),
        path=str(path),
    )


def _truncated(group: list[Any]) -> TruncatedTexts:
    """CONTENT_EXTENT's answer for texts ended in an ellipsis alike (see TruncatedTexts)."""
    role, lines, icon, count, texts, elsewhere, alone = group
    return TruncatedTexts(
        role=_role(role),
        texts=tuple(
            CutText(
                path=str(path),
                text=without_isolation_marks(str(text)),
                shown=without_isolation_marks(str(shown)),
            )
            for path, text, shown in texts
        ),
        count=int(count),
        lines=int(lines),
        icon=bool(icon),
        elsewhere=int(elsewhere),
        icon_alone=bool(alone),
    )


def _role(name: object) -> TruncatingRole:
    """CONTENT_EXTENT's name for a kind of truncated text (see TRUNCATING_TEXTS)."""
    for _, _, role, _ in TRUNCATING_TEXTS:
        if name == role:
            return role
    return "text"


def _kind(name: object) -> HiddenKind:
    """CONTENT_EXTENT's name for how content is hidden (see hidden.Hidden)."""
    for kind in get_args(HiddenKind):
        if name == kind:
            return cast(HiddenKind, kind)
    return "scroll"


def _hidden_edge(name: object) -> Literal["bottom", "top"]:
    """CONTENT_EXTENT's name for the edge a scrolling box hides content at (see hidden.Hidden)."""
    return "top" if name == "top" else "bottom"


def _edge(name: object) -> Literal["top", "left", "right"]:
    """CONTENT_EXTENT's name for the edge an element is cut off at."""
    return "top" if name == "top" else "right" if name == "right" else "left"


def _side(name: object) -> TooltipSide:
    """CONTENT_EXTENT's name for the side a tooltip asks for (see tooltips.CutTooltip)."""
    for side in get_args(TooltipSide):
        if name == side:
            return cast(TooltipSide, side)
    return "top"
