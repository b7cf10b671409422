// What a render measures on the page once it is drawn (render_worker/measure.py reads the answer;
// content_extent_script() there documents its parts and calls this function with its constants):
//   named       at most this many elements (or tables) are named per render: the outermost ones
//   counted     at most this many boxes whose content runs out of their height are read
//   kept        at most this many paths are listed for texts cut alike (issue_caps.PATHS_KEPT)
//   truncating  the design system's texts that end in an ellipsis (measure.TRUNCATING_TEXTS):
//               [class of the box, selector of the text's box inside or '', role, kept to a few lines]
//   legible     an event's title of which fewer characters can be read is told of (measure.LEGIBLE_TITLE)
// It runs in an isolated world of the page (the page's own JavaScript is off) and only reads layout.
(({ named, counted, kept, truncating, legible }) => {
  const page = document.documentElement;
  const root = document.querySelector('main.dsl-root') ?? page;
  const screen = root.getBoundingClientRect();
  const elements = () => root.querySelectorAll('[data-path]');
  const inkBottom = (element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const edged = parseFloat(style.borderBottomWidth) > 0 || parseFloat(style.borderBottomLeftRadius) > 0
      || parseFloat(style.borderBottomRightRadius) > 0 || style.boxShadow !== 'none';
    if (edged || element.children.length === 0) return box.bottom;
    let inner = box.top;
    for (const child of element.children) inner = Math.max(inner, inkBottom(child));
    const content = inner + parseFloat(style.paddingBottom);
    return style.overflowY === 'visible' ? content : Math.min(box.bottom, content);
  };
  const pageHeight = page.scrollHeight;
  // The annotations' notes panel, beside the screen: as tall as its notes, which an image of a
  // set height grows to hold (it is not the screen's content, so it cuts nothing off).
  const notes = document.querySelector('body>aside.dsl-notes');
  const notesHeight = notes ? Math.ceil(notes.getBoundingClientRect().bottom + scrollY) : 0;
  const screenHeight = notes ? Math.ceil(screen.top + scrollY + root.scrollHeight) : pageHeight;
  // A phone's screen cuts what runs below it itself: that counts as running below the canvas.
  const clippedBelow = Math.max(0, root.scrollHeight - root.clientHeight);
  let height = Math.max(screenHeight, innerHeight + clippedBelow);
  if (height > innerHeight) {
    // Only a page margin below the last element running past the screen cuts off nothing; so
    // does a box stretched into that margin (a sidebar beside a padded pane) whose content ends
    // above the screen's bottom and whose bottom edge draws nothing (no border, no rounding).
    let bottom = 0;
    for (const element of root.children) bottom = Math.max(bottom, inkBottom(element));
    if (Math.ceil(bottom) <= Math.min(innerHeight, Math.ceil(screen.bottom))) height = innerHeight;
  }
  const rtl = getComputedStyle(root).direction === 'rtl';
  // A tooltip's bubble is placed by its target, shifted along the screen's edge and flipped to
  // the other side to stay on it (the tooltip's CSS): one still cut off above the screen or past
  // its side had room on neither side, and is named as the tooltip, with the side it asks for.
  const floating = '.dsl-tooltip:not(.is-standalone)>.dsl-tooltip-bubble';
  const tips = [];
  for (const bubble of root.querySelectorAll(floating)) {
    if (tips.length >= named) break;
    const box = bubble.getBoundingClientRect();
    const tooltip = bubble.parentElement;
    if (box.width === 0 || !tooltip.hasAttribute('data-path')) continue;
    const cut = [['top', screen.top - box.top], ['left', screen.left - box.left], ['right', box.right - screen.right]];
    const [edge, px] = cut.reduce((most, each) => each[1] > most[1] ? each : most);
    if (px < 2) continue;
    const side = ['top', 'bottom', 'left', 'right'].find((name) => tooltip.classList.contains(`dsl-tooltip--${name}`));
    tips.push([tooltip.dataset.path, Math.ceil(px), edge, side ?? 'top']);
  }
  const beyond = (box) => rtl ? screen.left - box.left : box.right - screen.right;
  // What a box draws of itself: its border box when it paints it (a fill, a visible border, a
  // shadow, an outline, generated content) or is a picture or a control; else only its own text.
  // A box that paints nothing (a ghost button's padding, set past its words onto the page margin
  // so that they end on the margin line; a row's free room) cuts nothing off where it runs past
  // the canvas.
  const clear = (colour) => colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour) || /\/\s*0\)$/.test(colour);
  const pictures = new Set(['IMG', 'VIDEO', 'CANVAS', 'IFRAME', 'INPUT', 'TEXTAREA', 'SELECT', 'HR', 'PROGRESS', 'METER', 'OBJECT', 'EMBED']);
  const paints = (node, style) => {
    if (pictures.has(node.tagName) || node instanceof SVGElement) return true;
    if (!clear(style.backgroundColor) || style.backgroundImage !== 'none' || style.boxShadow !== 'none') return true;
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !clear(style.outlineColor)) return true;
    for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
      const line = style[`border${side}Style`];
      if (parseFloat(style[`border${side}Width`]) > 0 && line !== 'none' && line !== 'hidden' && !clear(style[`border${side}Color`])) return true;
    }
    return ['::before', '::after'].some((pseudo) => !['none', 'normal'].includes(getComputedStyle(node, pseudo).content));
  };
  const ownInk = (node, style = getComputedStyle(node)) => {
    if (style.visibility !== 'visible') return [];
    if (paints(node, style)) return [node.getBoundingClientRect()];
    const rects = [];
    for (const child of node.childNodes) {
      if (child.nodeType !== Node.TEXT_NODE || !child.data.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(child);
      rects.push(...[...range.getClientRects()].filter((r) => r.width > 0));
    }
    return rects;
  };
  const union = (rects) => {
    const [left, top] = [Math.min(...rects.map((r) => r.left)), Math.min(...rects.map((r) => r.top))];
    const [right, bottom] = [Math.max(...rects.map((r) => r.right)), Math.max(...rects.map((r) => r.bottom))];
    return new DOMRect(left, top, right - left, bottom - top);
  };
  // How far what `element` and its content draw runs past the canvas's side; only the boxes that
  // reach past it, or whose content spills out of them, are looked into.
  const inkBeyond = (element) => {
    const box = element.getBoundingClientRect();
    if (beyond(box) < 1 && element.scrollWidth <= element.clientWidth + 1) return beyond(box);
    const style = getComputedStyle(element);
    if (style.display === 'none') return -Infinity;
    let far = -Infinity;
    for (const rect of ownInk(element, style)) far = Math.max(far, beyond(rect));
    // A row that scrolls sideways (a phone's row of chips that says wrap: false, see the
    // compiler's SCROLLER_CLASS) is meant to run past the side: as if it clipped its children.
    const clips = style.overflowX !== 'visible' || element.classList.contains('is-scroller');
    for (const child of element.children) {
      const inner = inkBeyond(child);
      far = Math.max(far, clips ? Math.min(inner, beyond(box)) : inner);
    }
    return far;
  };
  // What pushes an element in a row (one line of boxes side by side) out past the side: the
  // widest of the document's elements beside it, when it is wider than the element (a select as
  // wide as its bar's end pushing the avatar after it out): [path, px wide, its type].
  // Placed by coordinates (absolute, fixed) it is out of the row's flow: nothing beside it
  // pushes it, and it pushes nothing.
  const outOfFlow = (element) => ['absolute', 'fixed'].includes(getComputedStyle(element).position);
  const pusher = (element) => {
    const row = element.parentElement;
    const style = row && row !== root ? getComputedStyle(row) : null;
    if (!style || !style.display.endsWith('flex') || style.flexDirection.startsWith('column') || style.flexWrap !== 'nowrap') return null;
    if (outOfFlow(element)) return null;
    let widest = null;
    for (const sibling of row.children) {
      if (sibling === element || !sibling.dataset.path || outOfFlow(sibling)) continue;
      const width = sibling.getBoundingClientRect().width;
      if (!widest || width > widest[1]) widest = [sibling, width];
    }
    if (!widest || widest[1] <= element.getBoundingClientRect().width) return null;
    const kind = [...widest[0].classList].find((name) => name.startsWith('dsl-'))?.slice(4) ?? '';
    return [widest[0].dataset.path, Math.round(widest[1]), kind];
  };
  // An element placed by coordinates runs past the side by its own place and width: [its x from
  // the start of the box it is placed in (px), its width, that box's path ('' for the canvas),
  // the x at which it would end at the side, whether its x is its layout.x (its inline 'left')].
  const placement = (element, px) => {
    if (!outOfFlow(element)) return null;
    const box = element.getBoundingClientRect();
    const holder = getComputedStyle(element).position === 'fixed' ? null : element.offsetParent;
    const inCanvas = !holder || holder === root || !root.contains(holder);
    const start = inCanvas ? screen.left : holder.getBoundingClientRect().left + holder.clientLeft;
    const x = Math.round(box.left - start);
    const within = inCanvas ? '' : holder.closest('[data-path]')?.dataset.path ?? '';
    const byX = element.style.left !== '' && element.style.right === '';
    return [x, Math.round(box.width), within, rtl ? x + px : x - px, byX];
  };
  // A px or so is rounding (a border on a fractional edge), not content cut off.
  let drawnPast = 0;
  if (root.scrollWidth - root.clientWidth >= 2) {
    for (const element of root.children) drawnPast = Math.max(drawnPast, inkBeyond(element));
  }
  let cutWidth = drawnPast >= 2 ? Math.ceil(drawnPast) : 0;
  const past = [];
  if (cutWidth > 0) {
    for (const element of elements()) {
      if (past.length >= named) break;
      const box = element.getBoundingClientRect();
      // One placed wholly outside the canvas is the validator's off_canvas warning already.
      const outside = box.left >= screen.right || box.right <= screen.left;
      if (outside && getComputedStyle(element).position === 'absolute') continue;
      if (element.parentElement?.closest('.is-scroller')) continue;
      if (box.width === 0 || beyond(box) < 1 || past.some(([, , , outer]) => outer.contains(element))) continue;
      const drawn = inkBeyond(element);
      if (drawn >= 1) past.push([element.dataset.path, Math.ceil(drawn), false, element, pusher(element), placement(element, Math.ceil(drawn))]);
    }
  }
  // What runs past the side being only a tooltip's bubble, the tooltip says so.
  const endEdge = rtl ? 'left' : 'right';
  if (past.length === 0 && tips.some(([, px, edge]) => edge === endEdge && px + 1 >= cutWidth)) cutWidth = 0;
  if (cutWidth > 0 && past.length === 0) {
    // Nothing of the document's own runs past: the innermost element reaching the side whose
    // own parts (a navbar's links, a text's long word) overflow it is the one to change.
    let inner = null;
    for (const element of elements()) {
      if (element.scrollWidth <= element.clientWidth + 1) continue;
      if (element.closest('.is-scroller')) continue;
      const box = element.getBoundingClientRect();
      const spill = element.scrollWidth - element.clientWidth;
      const reaches = rtl ? box.left - spill < screen.left : box.right + spill > screen.right;
      if (reaches && (!inner || inner.contains(element))) inner = element;
    }
    if (inner) past.push([inner.dataset.path, cutWidth, true, inner, null, null]);
  }
  // What runs out above the canvas's top or past its start side (a tooltip's bubble over a
  // button at the top, a box placed at x: -10) is cut off there and grows no page: named by its
  // outermost element. What a box clips anyway (its own overflow) is not counted.
  const before = [];
  const visible = (node, box) => {
    let [top, left, right] = [box.top, box.left, box.right];
    for (let up = node.parentElement; up && up !== root; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = up.getBoundingClientRect();
      [top, left, right] = [Math.max(top, clip.top), Math.max(left, clip.left), Math.min(right, clip.right)];
    }
    return [screen.top - top, rtl ? right - screen.right : screen.left - left];
  };
  for (const node of root.querySelectorAll('*')) {
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
    for (let up = owner; up && up !== root && !placed; up = up.parentElement) {
      placed = ['absolute', 'fixed'].includes(getComputedStyle(up).position) && up.hasAttribute('data-path');
    }
    // In the flow, moved out by an author's style (a negative margin, a transform): that is the
    // cause to name, not content too wide or a box too short.
    let movedBy = null;
    const sides = above >= start ? ['margin-top', 'margin-block-start', 'top'] : rtl
      ? ['margin-right', 'margin-inline-start', 'right'] : ['margin-left', 'margin-inline-start', 'left'];
    for (let up = owner; up && up !== root && !placed && !movedBy; up = up.parentElement) {
      if (!up.hasAttribute('data-path')) continue;
      const own = up.style;  // the author's style is written on the element itself
      const negative = sides.find((name) => own.getPropertyValue(name).trim().startsWith('-'));
      const turned = ['transform', 'translate', 'rotate'].find((name) => !['', 'none'].includes(own.getPropertyValue(name).trim()));
      const name = negative ?? turned;
      if (name) movedBy = [up.dataset.path, `${name}: ${own.getPropertyValue(name).trim()}`];
    }
    before.push([owner.dataset.path, Math.ceil(Math.max(above, start)), above >= start ? 'top' : rtl ? 'right' : 'left', owner, placed, movedBy]);
    if (before.length >= named) break;
  }
  // Tables: the columns cut at the box's edge, and the columns drawn narrower than their `width`.
  // A column is named by its header, else by its place among the document's columns (1 for the
  // first): a selectable table's own checkbox column comes first, a body row's cell without the
  // controls a document's column of checkboxes has (tables.py's _select_cell and _body_cell).
  const tables = [];
  for (const table of root.querySelectorAll('.dsl-table[data-path]')) {
    if (tables.length >= named) break;
    const clip = table.querySelector('.dsl-table-scroll') ?? table;
    const head = table.querySelector('tr');
    const body = table.querySelector('tbody>tr');
    const lead = body?.firstElementChild?.matches('.dsl-table-select:not(.has-control)') ? 1 : 0;
    const cells = head ? [...head.children] : [];
    const nameOf = (index) => {
      const cell = cells[index];
      const text = cell?.tagName === 'TH' ? cell.textContent.trim().slice(0, 40) : '';
      return [text, index - lead + 1];
    };
    const narrowed = [];
    for (const [index, col] of [...table.querySelectorAll('colgroup>col')].entries()) {
      const width = col.style.width.trim();
      if (!width.endsWith('px')) continue;
      const drawn = col.getBoundingClientRect().width;
      if (drawn < parseFloat(width) - 1) narrowed.push([...nameOf(index), parseFloat(width), Math.round(drawn)]);
    }
    let px = 0;
    let inPart = 0;
    let wraps = null;
    const cut = [];
    if (clip.scrollWidth > clip.clientWidth + 1) {
      // A column is cut when what its cells draw runs past the box's edge: the end of a last
      // column's padding cut off hides nothing (a table 8 px too wide showed all its buttons).
      const box = clip.getBoundingClientRect();
      const past = new Set();
      const range = document.createRange();
      for (const row of table.querySelectorAll('tr')) {
        let index = 0;
        for (const cell of row.children) {
          const r = cell.getBoundingClientRect();
          if (r.right > box.right + 1 || r.left < box.left - 1) {
            range.selectNodeContents(cell);
            const ink = range.getBoundingClientRect();
            if (ink.width > 0 && (ink.right > box.right + 1 || ink.left < box.left - 1)) past.add(index);
          }
          index += cell.colSpan || 1;
        }
      }
      px = clip.scrollWidth - clip.clientWidth;
      const indexes = [...past].sort((a, b) => a - b);
      cut.push(...indexes.map(nameOf));
      // On a phone the table scrolls sideways (phone_tables): how many of the cut columns show a
      // part of themselves before the edge.
      inPart = indexes.filter((index) => {
        const r = cells[index]?.getBoundingClientRect();
        return r && r.left < box.right - 1 && r.right > box.left + 1;
      }).length;
      // The column of texts that wraps to the most lines (a product's name, 7 lines tall): the
      // one a warning offers to keep to one line (`truncate: true`). Words only: a code broken at
      // its hyphens (a SKU) is no text to end in "…". A cell's text only, not its description
      // under it (table_descriptions): a name over its SKU is not a name on two lines.
      let most = 1;
      for (const row of table.querySelectorAll('tbody>tr')) {
        let index = 0;
        for (const cell of row.children) {
          const description = cell.querySelector(':scope>.dsl-table-cell-desc');
          range.selectNodeContents(cell);
          if (description) range.setEndBefore(description);
          if (!cell.matches('.has-control,.is-truncated,.dsl-table-select,.dsl-table-label') && /\S\s+\S/.test(range.toString().trim())) {
            const lines = Math.round(range.getBoundingClientRect().height / (parseFloat(getComputedStyle(cell).lineHeight) || 20));
            if (lines > most) [most, wraps] = [lines, [...nameOf(index), lines]];
          }
          index += cell.colSpan || 1;
        }
      }
    }
    if (cut.length || narrowed.length) {
      tables.push([table.dataset.path, px, cut, narrowed, table.classList.contains('is-on-phone'), cells.length, inPart,
        table.classList.contains('is-sm'), wraps]);
    }
  }
  // A tab strip too long for its box fades out at its end: the tabs past it are not seen.
  const strips = [];
  for (const strip of root.querySelectorAll('.dsl-tabs[data-path]>.dsl-tabs-list')) {
    if (strips.length >= named) break;
    if (strip.scrollWidth <= strip.clientWidth + 1) continue;
    const box = strip.getBoundingClientRect();
    const tabs = [...strip.children];
    // Each tab by its label: its count (a badge) is a box of its own, glued to it by textContent.
    const label = (tab) => [...tab.childNodes].filter((node) => !node.classList?.contains('dsl-nav-count'))
      .map((node) => node.textContent).join('').trim();
    const path = strip.parentElement.dataset.path;
    const past = tabs.filter((tab) => {
      const r = tab.getBoundingClientRect();
      return rtl ? r.left < box.left - 1 : r.right > box.right + 1;
    });
    const hidden = past.map((tab) => (label(tab) || `tab ${tabs.indexOf(tab) + 1}`).slice(0, 40));
    // Each by where its words are written (see textPath), for a program that shortens them.
    const where = past.slice(0, kept).map((tab) => (tab.dataset.item ? `${path}/items/${tab.dataset.item}` : path));
    if (hidden.length) strips.push([path, hidden, tabs.length, where]);
  }
  const overflowing = [];
  for (const element of root.querySelectorAll('.has-height[data-path]')) {
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
    for (const child of element.children) {
      // Placed children (a modal's backdrop, a pin) are where they were put, not pushed out.
      // (A box that draws none, `display: contents` or empty, is no content either.)
      const rect = child.getBoundingClientRect();
      if (rect.height > 0 && !['absolute', 'fixed'].includes(getComputedStyle(child).position)) {
        top = Math.min(top, rect.top);
        bottom = Math.max(bottom, rect.bottom);
      }
    }
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
  }
  // Boxes squeezed narrower than their words (a column crushed by a wider sibling, a grid of too
  // many columns on a phone): a text of ordinary words broken inside them, more lines than words.
  // Hyphenated words (soft hyphens), scripts written without spaces and long tokens (a URL, an
  // ID), which may break in a narrow box, are not counted. Outermost first.
  const squeezed = [];
  const unspaced = /[\u0e00-\u0e7f\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/;
  // A text of the box (not one floating over it, a tooltip's bubble) with more lines than words,
  // or running out of the box's side.
  const misfits = (element, box) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      if (text.includes("\u00ad") || unspaced.test(text)) continue;
      // A stat's change figure breaks onto a second line by design (then ends in an ellipsis,
      // told of as truncated): not a box squeezed.
      if (node.parentElement.closest('.dsl-stat-change-text.is-figure')) continue;
      const words = text.split(/\s+/).filter((word) => word.length > 0);
      if (!words.some((word) => word.length >= 4) || words.some((word) => word.length > 16)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const broken = new Set(rects.map((r) => Math.round(r.top))).size > words.length;
      const spills = rects.some((r) => r.right > box.right + 2 || r.left < box.left - 2)
        && getComputedStyle(node.parentElement).textOverflow !== 'ellipsis';
      if ((broken || spills) && !floats(node, element)) return true;
    }
    return false;
  };
  const floats = (node, element) => {
    for (let up = node.parentElement; up && up !== element; up = up.parentElement) {
      if (['absolute', 'fixed'].includes(getComputedStyle(up).position)) return true;
    }
    return false;
  };
  for (const element of elements()) {
    if (squeezed.length >= named) break;
    const box = element.getBoundingClientRect();
    if (box.width >= 120 || box.height === 0 || !/\S{4}/.test(element.textContent)) continue;
    if (squeezed.some(([, , outer]) => outer.contains(element))) continue;
    if (misfits(element, box)) squeezed.push([element.dataset.path, Math.round(box.width), element]);
  }
  // A box that clips (a card: its rounded corners) holding a child wider than itself (a 520 px
  // picture in a phone's card): what runs past its side is cut off there, the text beside it too.
  const clipped = [];
  for (const element of root.querySelectorAll(':is(.dsl-card, .dsl-modal, .dsl-vflow, .dsl-hflow)[data-path]')) {
    if (clipped.length >= named) break;
    const extra = element.scrollWidth - element.clientWidth;
    if (extra < 8 || clipped.some(([, , outer]) => outer.contains(element))) continue;
    if (getComputedStyle(element).overflowX === 'visible') continue;
    clipped.push([element.dataset.path, extra, element]);
  }
  // What a box that scrolls (the screen above a bottom tab bar, a chat's messages taking a
  // column's free room) hides below its bottom edge, or above its top edge when its content keeps
  // its end in view (a conversation's earlier messages), which its scroll height does not count.
  // Whether a full page would show it: not when a height was set on it or a box around it.
  const hidden = [];
  const runsAbove = (panel) => {
    let top = Infinity;
    for (const child of panel.children) {
      const rect = child.getBoundingClientRect();
      if (rect.height > 0 && !['absolute', 'fixed'].includes(getComputedStyle(child).position)) {
        top = Math.min(top, rect.top);
      }
    }
    return top === Infinity ? 0 : Math.floor(panel.getBoundingClientRect().top + panel.clientTop - top);
  };
  // A side panel's body scrolls between its head and its footer, the screen's height, and so does
  // a bottom sheet's, capped below the screen's top: a full page grows neither. A dialog's body
  // scrolls in a dialog kept to the screen; a full page draws a dialog on a bare screen whole.
  const scrolling = '.dsl-tabs--bottom.has-panel>.dsl-tabs-panel, .fills-column, '
    + ':is(.dsl-modal--side, .dsl-modal--sheet, .is-dialog>.dsl-modal)>.dsl-modal-body';
  const bodyKind = (panel) => {
    if (panel.matches('.dsl-modal--sheet>*')) return 'sheet';
    if (!panel.matches('.is-dialog>.dsl-modal>*')) return null;
    return panel.matches('body>.dsl-root>.is-dialog *') ? 'dialog' : 'boxed_dialog';
  };
  for (const panel of root.querySelectorAll(scrolling)) {
    if (hidden.length >= named) break;
    const owner = panel.closest('[data-path]');
    const fixed = panel.matches('.dsl-modal-body') || panel.parentElement?.closest('.has-height') != null;
    const kind = bodyKind(panel) ?? (fixed ? 'fixed' : 'scroll');
    const [below, above] = [panel.scrollHeight - panel.clientHeight, runsAbove(panel)];
    if (below >= 8 && owner) hidden.push([owner.dataset.path, below, kind, 'bottom']);
    if (above >= 8 && owner) hidden.push([owner.dataset.path, above, kind, 'top']);
  }
  // A bottom tab bar pinned to the screen's bottom edge (and the element pinned above it) covers
  // what runs under it: the content that does not reach past the screen is hidden behind it.
  const bar = [...root.children].find((child) => child.matches('.dsl-tabs--bottom:not(.has-panel)[data-path]')
    && getComputedStyle(child).position === 'sticky');
  if (bar && height > innerHeight) {
    // Content past the screen's bottom under the pinned bar is a screen that scrolls under its
    // tab bar, as an app's does: told as such (a note), not as a canvas to make taller, which
    // would push the bar down off the screen's edge.
    hidden.push([bar.dataset.path, Math.ceil(height - innerHeight), 'under_bar', 'bottom']);
    height = innerHeight;
  } else if (bar) {
    const pinned = [bar, bar.nextElementSibling].filter((node) => node && getComputedStyle(node).position === 'sticky');
    const cover = Math.min(...pinned.map((node) => node.getBoundingClientRect().top));
    let under = 0;
    for (const child of root.children) {
      if (pinned.includes(child) || ['absolute', 'fixed'].includes(getComputedStyle(child).position)) continue;
      under = Math.max(under, Math.min(inkBottom(child), screen.bottom) - cover);
    }
    if (under >= 4) hidden.push([bar.dataset.path, Math.ceil(under), 'bar', 'bottom']);
  }
  // A chart's category names turned under bars too narrow for them: one longer than the room
  // under the plot ends in an ellipsis; where even small turned names cannot be told apart, only
  // every n-th is drawn.
  const charts = [];
  for (const axis of root.querySelectorAll('.dsl-chart[data-path] .dsl-chart-xs.is-categories')) {
    if (charts.length >= named) break;
    const names = [...axis.querySelectorAll('.dsl-chart-xt')];
    const word = (name) => name.textContent.trim().slice(0, 40);
    const cut = names.filter((name) => name.getClientRects().length > 0
      && getComputedStyle(name).textOverflow === 'ellipsis' && name.scrollWidth > name.clientWidth + 1).map(word);
    const left = names.filter((name) => name.getClientRects().length === 0).map(word);
    if (cut.length || left.length) charts.push([axis.closest('.dsl-chart[data-path]').dataset.path, cut, left, names.length, 'axis']);
  }
  // A pie's legend under it, in a chart of set height, whose last key counts those it has no
  // row for ("+3 more"): the slices nobody can name.
  for (const legend of root.querySelectorAll('.dsl-chart[data-path] .dsl-chart-pie .dsl-chart-legend')) {
    if (charts.length >= named) break;
    if (![...legend.getElementsByClassName('dsl-chart-more')].some((more) => more.getClientRects().length > 0)) continue;
    const keys = [...legend.getElementsByClassName('dsl-chart-key')];
    const left = keys.filter((key) => key.getClientRects().length === 0).map((key) => key.querySelector(':scope>span').textContent.trim().slice(0, 40));
    if (left.length) charts.push([legend.closest('.dsl-chart[data-path]').dataset.path, [], left, keys.length, 'legend']);
  }
  // Bar charts as drawn: how many bars, the plot's width and a bar's (each bar is two rects: its
  // rounded end and its square base; a stacked bar is its segments, each its own svg, or a zero's
  // stub, one bar to a place across), to tell of bars too thin to read apart; and whether the
  // values asked over upright bars are left out (a container query of the chart's hides them
  // where its bars are too narrow for them, which only the width it is drawn at tells).
  const bars = [];
  for (const chart of root.querySelectorAll('.dsl-chart[data-path]')) {
    if (bars.length >= named) break;
    const rects = chart.querySelectorAll('.dsl-chart-bars rect');
    const plot = chart.querySelector('.dsl-chart-svg');
    if (!rects.length || !plot) continue;
    const segments = chart.querySelectorAll('.dsl-chart-bars.is-stacked>:is(svg,rect)');
    const count = segments.length ? new Set([...segments].map((segment) => segment.getAttribute('x'))).size : rects.length / 2;
    const value = chart.querySelector('.dsl-chart-vl.is-upright');
    const leftOut = value !== null && value.getClientRects().length === 0;
    bars.push([chart.dataset.path, count, plot.getBoundingClientRect().width, rects[0].getBoundingClientRect().width, leftOut]);
  }
  const textNodes = (element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    return nodes;
  };
  // The range from a text's start to its k-th character.
  const upTo = (nodes, k) => {
    const range = document.createRange();
    range.setStart(nodes[0], 0);
    for (const node of nodes) {
      if (k <= node.length) {
        range.setEnd(node, k);
        return range;
      }
      k -= node.length;
    }
    range.setEnd(nodes.at(-1), nodes.at(-1).length);
    return range;
  };
  let pen = null;
  const ellipsisWidth = (style) => {
    pen ??= document.createElement('canvas').getContext('2d');
    // Not style.font: the shorthand reads '' where a longhand it cannot spell is set (a table's
    // tabular-nums), and the pen kept its 10px default, an ellipsis too narrow by a letter ("8 ne…"
    // quoted, "8 n…" drawn).
    pen.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return pen.measureText('\u2026').width;
  };
  // The most characters (k) for which fits(k) holds, fits(0) being taken as true.
  const most = (length, fits) => {
    let [low, high] = [0, length];
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(mid)) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  // What is drawn of a text that ends in an ellipsis: the characters before it, which leave room
  // for it on its one line (or on the last of the lines it is kept to), then the ellipsis.
  const drawn = (label, style, lines) => {
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
    if (lines === 0) {
      count = most(text.length, (k) => upTo(nodes, k).getBoundingClientRect().width + room <= right - left + 0.01);
    } else {
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
    }
    // Not half of a character written with two code units (an emoji); and a line's first
    // character is clipped rather than ellipsed (CSS Overflow): it shows, with what fits of the
    // ellipsis ("S…" in a button too narrow for "Send", "R.." for "Request").
    if (count > 0 && /[\ud800-\udbff]/.test(text[count - 1])) count -= 1;
    const lead = text.length - text.trimStart().length;
    if (lines === 0 && count <= lead) count = lead + String.fromCodePoint(text.codePointAt(lead) ?? 32).length;
    return [text.trim(), text.slice(0, count).trim() + '\u2026'];
  };
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
  const widerThanBox = (label) => {
    if (label.scrollWidth !== label.clientWidth || label.clientWidth === 0) return label.scrollWidth > label.clientWidth;
    const text = document.createRange();
    text.selectNodeContents(label);
    const style = getComputedStyle(label);
    const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'].reduce((sum, side) => sum + parseFloat(style[side]), 0);
    return text.getBoundingClientRect().width > label.getBoundingClientRect().width - edges + 0.02;
  };
  // An entry of a menu, sidebar or tab strip is named by where its words are written (the
  // compiler's data-item: `2/label` below the element's items), not by its element.
  const textPath = (label, owner) => {
    const item = label.closest('[data-item]');
    return item && owner.contains(item) ? `${owner.dataset.path}/items/${item.dataset.item}` : owner.dataset.path;
  };
  const isHead = (label) => label.classList.contains('dsl-upload-name-head');  // see splitName
  for (const [name, inside, role, clamps] of truncating) {
    for (const holder of root.getElementsByClassName(name)) {
      for (const label of inside ? holder.querySelectorAll(inside) : [holder]) {
        // One size read each (a page of 600 buttons: under a millisecond); the rest only for those cut.
        const head = isHead(label);
        if (head || clamps ? label.scrollHeight <= label.clientHeight + 1 : !widerThanBox(label)) continue;
        const style = getComputedStyle(label);
        const alone = iconAlone(label, role);
        // A label kept to lines is told of once, as such (a card's action is a button's label too).
        if (!clamps && !alone && parseInt(style.webkitLineClamp, 10) > 0) continue;
        if (alone && cut.some(([known]) => known === label)) continue;
        const lines = clamps && !alone ? parseInt(style.webkitLineClamp, 10) || 0 : 0;
        if (!alone && !head && (clamps ? lines === 0 : style.textOverflow !== 'ellipsis')) continue;
        const owner = label.closest('[data-path]');
        if (!owner || label.closest('.dsl-textarea') || !label.checkVisibility({visibilityProperty: true})) continue;
        if (cutStrips.includes(owner.closest('.dsl-tabs[data-path]')?.dataset.path)) continue;  // named with the strip
        // One whose end is past the canvas's side has its ellipsis there, out of the image: the
        // element running past the side is named instead.
        const box = label.getBoundingClientRect();
        if (box.right > screen.right + 1 || box.left < screen.left - 1 || label.textContent.trim() === '') continue;
        // An add-on is named by its own field: the element's `prefix` or `suffix`.
        const addon = role === 'addon' ? label.closest('.dsl-control-addon') : null;
        const field = addon ? (addon.classList.contains('is-before') ? '/prefix' : '/suffix') : '';
        const path = addon ? owner.dataset.path + field : textPath(label, owner);
        cut.push([label, path, style, lines, role, alone, null, owner.dataset.path]);
      }
    }
  }
  // A week or day view's event cuts its title to its block, as a calendar app does, and the
  // events cascading over it hide the rest of its lines: told of only when fewer than `legible`
  // of its characters (or not all of a shorter title) can be read.
  for (const event of root.getElementsByClassName('dsl-tg-event')) {
    const title = event.firstElementChild;
    const owner = event.closest('[data-path]');
    if (!title || !owner || !title.checkVisibility({visibilityProperty: true})) continue;
    const text = title.textContent.trim();
    if (text === '') continue;
    const box = title.getBoundingClientRect();
    const over = [];
    for (let later = event.nextElementSibling; later; later = later.nextElementSibling) {
      const other = later.getBoundingClientRect();
      if (other.top < box.bottom && other.bottom > box.top && other.left < box.right && other.right > box.left) over.push(other);
    }
    const clipped = widerThanBox(title) || title.scrollHeight > title.clientHeight + 1;
    if (!clipped && !over.length) continue;
    const style = getComputedStyle(title);
    const lines = style.display === '-webkit-box' ? parseInt(style.webkitLineClamp, 10) || 0 : 0;
    let shown = clipped ? drawn(title, style, lines)[1].slice(0, -1) : text;
    // A character is hidden when a later event covers its middle and most of its height.
    const nodes = textNodes(title);
    const written = nodes.map((node) => node.data).join('');
    const lead = written.length - written.trimStart().length;
    for (let k = lead; k < lead + shown.length; k += 1) {
      const range = upTo(nodes, k + 1);
      const before = upTo(nodes, k);
      range.setStart(before.endContainer, before.endOffset);
      const glyph = range.getBoundingClientRect();
      if (glyph.width === 0) continue;
      const middle = glyph.left + glyph.width / 2;
      const hidden = over.some((other) => other.left < middle && middle < other.right
        && other.top < glyph.top + glyph.height * 0.6 && other.bottom > glyph.top + glyph.height * 0.4);
      if (hidden) {
        shown = written.slice(lead, k).trim();
        break;
      }
    }
    if ([...shown].length >= Math.min(legible, [...text].length)) continue;
    const path = `${owner.dataset.path}/events/${event.dataset.event}`;
    cut.push([title, path, style, 0, 'event', false, shown ? `${shown}\u2026` : '', path]);
  }
  // A stepper across too narrow for its labels at 12 px draws the current step's label alone (the
  // others at a size of 0, see the stepper's CSS), as a phone's stepper does: the ones left out are
  // told of, each by where its words are written, so the author knows they are not drawn.
  for (const label of root.querySelectorAll('.dsl-stepper--horizontal[data-path] .dsl-step-label')) {
    if (parseFloat(getComputedStyle(label).fontSize) >= 1 || label.textContent.trim() === '') continue;
    const owner = label.closest('[data-path]');
    if (!label.closest('.dsl-step')?.hasAttribute('data-item')) continue;
    cut.push([label, textPath(label, owner), getComputedStyle(label), 0, 'step', false, '', `${owner.dataset.path}/items`]);
  }
  // In the page's order, alike ones together: of one kind in one box (the buttons of a grid, a
  // menu's items), or of one kind and text (the buttons of cards side by side). Only the first
  // few groups are named; the rest are counted.
  cut.sort(([a], [b]) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
  const [groups, cutGroups] = [[], new Map()];
  let cutElsewhere = 0;
  for (const [label, path, style, lines, role, alone, shown, element] of cut) {
    const kind = `${role} ${lines} ${alone}`;
    const keys = [`${kind} in ${element.replace(/\/[^/]*$/, '')}`, `${kind}: ${label.textContent.trim()}`];
    let group = keys.map((key) => cutGroups.get(key)).find((known) => known);
    if (!group) {
      if (groups.length >= named) {
        cutElsewhere += 1;
        continue;
      }
      const owner = label.closest('.dsl-button') ?? label.closest('[data-path]');
      group = [role, lines, owner.querySelector('.dsl-i') !== null, 0, [], alone, []];
      groups.push(group);
    }
    for (const key of keys) if (!cutGroups.has(key)) cutGroups.set(key, group);
    group[3] += 1;
    if (group[4].length <= 3) group[4].push([path, label, style, shown]);
    if (group[6].length < kept && !group[6].includes(path)) group[6].push(path);
  }
  // A navbar too narrow for all it holds folds parts of it to icon buttons (see navbar_fold): its
  // search, the labels of its buttons with an icon. A folded part says so (--folded). Its links
  // that do not fit leave for the "more" item: wrapped below the strip, which clips them, or all
  // hidden when not even the first fits.
  const folded = [];
  for (const bar of root.querySelectorAll('.dsl-navbar[data-path]')) {
    const parts = [];
    const strip = bar.querySelector(':scope > .dsl-navbar-links');
    if (strip) {
      const bottom = strip.getBoundingClientRect().bottom;
      strip.querySelectorAll(':scope > .dsl-navbar-link').forEach((link, index) => {
        if (getComputedStyle(link).visibility !== 'hidden' && link.getBoundingClientRect().top < bottom - 0.5) return;
        const words = [...link.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent).join('');
        parts.push(['link', words.trim(), `${bar.dataset.path}/items/${index}`]);
      });
    }
    for (const part of bar.classList.contains('dsl-navbar-folds') ? bar.querySelectorAll('.folds-to-icon') : []) {
      if (getComputedStyle(part).getPropertyValue('--folded').trim() !== '1') continue;
      const search = part.classList.contains('dsl-search');
      const words = part.querySelector(search ? '.dsl-control-placeholder, .dsl-control-value' : '.dsl-button-label');
      parts.push([search ? 'search' : 'button', (words?.textContent ?? '').trim(), part.dataset.path ?? '']);
    }
    if (parts.length) folded.push([bar.dataset.path, parts]);
  }
  // A file name cut in its middle (an upload's) is cut in its head, its tail drawn whole after
  // the ellipsis: the whole name and what is drawn of it are quoted, not the head alone. The head
  // shows its first line, broken at a soft hyphen the compiler put between each two characters
  // (its spaces no-break ones), which draws the ellipsis: what is drawn is the characters of that
  // line, the ellipsis and the tail.
  const written = (text) => text.replaceAll('\u00ad', '').replaceAll('\u00a0', ' ');
  const splitName = (label) => {
    const nodes = textNodes(label);
    const text = nodes.map((node) => node.data).join('');
    const bottom = label.getBoundingClientRect().top + label.clientTop + label.clientHeight;
    const last = (k) => [...upTo(nodes, k).getClientRects()].filter((r) => r.width > 0).at(-1);
    const count = most(text.length, (k) => (last(k)?.bottom ?? 0) <= bottom + 1);
    // The tail starts with the name's space where it is a word of its own ("Annual report of… appendices.docx").
    const tail = label.nextElementSibling?.classList.contains('dsl-upload-name-tail') ? label.nextElementSibling.textContent : '';
    return [written(label.parentElement.textContent).trim(), `${written(text.slice(0, count)).trimStart()}\u2026${tail.trimEnd()}`];
  };
  const truncated = groups.map(([role, lines, icon, count, texts, alone, paths], index) => [
    role, lines, icon, count,
    texts.map(([path, label, style, shown]) => [
      path, ...(alone ? [label.textContent.trim(), ''] : shown !== null ? [label.textContent.trim(), shown] : isHead(label) ? splitName(label) : drawn(label, style, lines)),
    ]),
    index === groups.length - 1 ? cutElsewhere : 0, alone, paths,
  ]);
  // Each annotation's pin, by its note's number: where its centre is (a pin below the screen's
  // visible bottom is on a part of its element that the image cuts off; render_worker says which).
  const pins = [...root.querySelectorAll(':scope>.dsl-note-pin[data-note]')].map((pin) => {
    const box = pin.getBoundingClientRect();
    return [Number(pin.dataset.note), (box.top + box.bottom) / 2 + scrollY];
  });
  return [
    page.scrollWidth, pageHeight, height, cutWidth, past.map(([path, px, inside, , pushed, placed]) => [path, px, inside, pushed, placed]),
    tables, overflowing, before.map(([path, px, edge, , placed, movedBy]) => [path, px, edge, placed, movedBy]), strips,
    squeezed.map(([path, width]) => [path, width]), hidden, clipped.map(([path, px]) => [path, px]), charts,
    truncated, tips, folded, notesHeight, bars, pins,
  ];
})
