"""The list element: bullets, light icon rows, checklists and divided rows with values and badges."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.avatars import avatar_face
from kernel.dsl.compiler.elements.status_words import status_tone
from kernel.dsl.compiler.html import box, esc
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.identifier_breaks import identifiers_kept
from kernel.dsl.compiler.items import entries, item_label, label_beside_icon
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.signed_changes import (
    is_signed_percent,
    signed_tone,
)
from kernel.dsl.model import Element, EntryAvatar, Item


def _is_rich(item: Item) -> bool:
    """Whether an item needs a row of the divided look: a description, a badge, a value, a face,
    or a tone (a red "Sign out", which a bullet would not show)."""
    toned = (item.variant or "").lower() in LIST_VALUE_TONES
    return bool(item.description or item.badge is not None or item.value is not None or item.avatar or toned)


LIST_VARIANTS = ("bullet", "plain", "checklist", "divided")
"""`bullet`: markers; `plain`: light rows with inline icons; `checklist`: plain rows with a check
for items without an icon; `divided`: a bordered box with a row per item and icons on tiles."""


def list_variant(element: Element, items: list[Item]) -> str:
    """The author's variant, else: bullets for plain strings, light rows when items only have
    icons, the bordered look when they carry descriptions, badges, values, faces or tones."""
    variant = (element.variant or "").lower()
    if variant in LIST_VARIANTS:
        return variant
    if any(_is_rich(item) for item in items):
        return "divided"
    return "plain" if any(item.icon for item in items) else "bullet"


def _bullet_state(item: Item) -> str:
    """A bulleted entry's state as a class: the `active` one (the page you are on, in a table of
    contents) in the primary colour, a `disabled` one faded, as the other looks draw them."""
    states = [name for name, on in (("is-active", item.active), ("is-disabled", item.disabled)) if on]
    return f' class="{" ".join(states)}"' if states else ""


LIST_VALUE_TONES = frozenset({"success", "danger", "warning", "info", "primary", "muted"})
"""An item's `variant` colours its `value` (+$4,250.00 in green on a transactions list), its
icon and badge, and the label of an action row (`_is_action`: a red "Sign out")."""


@renders("list")
def render_list(element: Element, ctx: RenderContext) -> str:
    """Bullets (or numbers), light icon rows, a checklist, or a divided list with icons (or
    faces: an item's `avatar`) and badges. An item's `icon` goes at the row's end with `iconPosition: end` (a settings row's
    chevron); its `badge` and `shortcut` are drawn at the row's end too, its `value` at the end of
    the label's line (`_text_with_value`); its `variant` tones its value and icons."""
    items = entries(element.items)
    variant = list_variant(element, items)
    if variant == "bullet":
        tag = "ol" if element.ordered else "ul"
        return box(element, _nested_bullets(items, tag), classes="dsl-list--plain")
    ordered = bool(element.ordered)
    faces = not ordered and any(item.avatar for item in items)
    aligned = not ordered and variant != "checklist" and (faces or any(_leading_icon(item) for item in items))
    rows = [
        _list_row(item, index, variant, ordered=ordered, touch=ctx.touch, aligned=aligned)
        for index, item in enumerate(items)
    ]
    classes = "dsl-list--divided" if variant == "divided" else f"dsl-list--rows dsl-list--{variant}"
    if faces and any(not item.avatar for item in items):
        classes += f" {FACES_CLASS}"
    return box(element, f"<ul>{''.join(rows)}</ul>", classes=classes)


FACES_CLASS = "has-faces"
"""A list whose rows mix faces (an item's `avatar`) with icon tiles or rows without either: each
tile and empty lead is as wide as a face (40 px in a divided list, 24 px in light rows), so that
every label starts in one column; a merchant's face beside a category's icon set their labels
4 px apart."""


def _nested_bullets(items: Sequence[Item], tag: str) -> str:
    """The bullet list's HTML, an item's `indent` (1-4) nesting it that many levels in, a list
    inside the item above it, as a browser nests lists: each level indented, its own bullet
    (disc, circle, square) or its own numbering (the indent was ignored: every item on one level)."""
    html, depth = f"<{tag}>", 0
    for position, item in enumerate(items):
        level = min(item.indent or 0, depth + 1) if position else 0  # one level in at a time
        if position:
            html += f"<{tag}>" * (level > depth) or "</li>"
            html += f"</{tag}></li>" * (depth - level)
        html += f"<li{_bullet_state(item)}>{linked(esc(item_label(item)), item)}"
        depth = level
    return html + "</li>" + f"</{tag}></li>" * depth + f"</{tag}>"


def linked(words: str, item: Item) -> str:
    """An entry's words (HTML) as a link when it has an `href`: in the link colour, underlined
    where the link rules underline a link standing alone (the theme's link colour within 3:1 of the
    text's: `--link-decoration`), the target kept as data as a link element keeps it. An error
    summary's list of the fields in error, a table of contents: the href was dropped without a
    word and the entries drawn as plain text."""
    if not item.href:
        return words
    return f'<a class="dsl-list-link" data-href="{esc(item.href)}">{words}</a>'


def _leading_icon(item: Item) -> bool:
    """Whether a row's `icon` goes before its label (not at its end)."""
    return bool(item.icon) and (item.iconPosition or "").lower() != "end"


def _list_row(item: Item, index: int, variant: str, *, ordered: bool, touch: bool, aligned: bool) -> str:
    """One row of a list that is not bulleted: its lead (number or icon), label and description
    (with the value, when it has one: `_text_with_value`), then what goes at its end
    (`_list_trail`). A row without an icon among rows with one (`aligned`) keeps an empty lead
    of the icon's width, so that the labels make one column (a settings group's "Sign out" under
    "General" and "Privacy" started left of their labels, under their icons); so does one without
    a face among rows with faces (see `FACES_CLASS`)."""
    icon_size = 18 if variant == "divided" else 16
    at_end = (item.iconPosition or "").lower() == "end" and bool(item.icon)
    glyph = None if at_end else item.icon or ("check" if variant == "checklist" else None)
    lead = ""
    if ordered:
        lead = f'<span class="dsl-list-lead dsl-list-num">{index + 1}</span>'
    elif item.avatar:
        lead = _list_face(item, 40 if variant == "divided" else 24)
    elif glyph:
        pending = variant == "checklist" and "check" not in glyph.lower()
        lead_class = "dsl-list-lead is-pending" if pending else "dsl-list-lead"
        lead = f'<span class="{lead_class}">{icon_svg(glyph, icon_size)}</span>'
    elif aligned:
        lead = '<span class="dsl-list-lead is-blank" aria-hidden="true"></span>'
    label = f'<span class="dsl-list-label">{linked(esc(label_beside_icon(item)), item)}</span>'
    desc = (
        f'<span class="dsl-list-desc">{identifiers_kept(esc(item.description))}</span>'
        if item.description
        else ""
    )
    value = _list_value(item)
    badge = _list_badge(item)
    text = _text_with_value(label, desc, value, badge) if value else label + desc
    trail = ("" if value else badge) + _list_trail(item, icon_size if at_end else None, touch=touch)
    tone = (item.variant or "").lower()
    toned = tone in LIST_VALUE_TONES
    cls = (
        "dsl-list-item"
        + (" is-active" if item.active else "")
        + (" is-disabled" if item.disabled else "")
        + (f" is-{tone}" if toned else "")
        + (" is-action" if toned and _is_action(item, variant, ordered=ordered) else "")
    )
    return f'<li class="{cls}">{lead}<span class="dsl-list-text">{text}</span>{trail}</li>'


ACTION_TONES = frozenset({"danger", "primary"})
"""Tones of a row that is an action even beside its icon: iOS's red "Delete account" by a trash
can, its blue "Add account" by a plus. A success or warning icon beside a label is a status (a
passing check): the label keeps its colour."""


def _is_action(item: Item, variant: str, *, ordered: bool) -> bool:
    """Whether a toned row is an action, whose label takes its tone (iOS's red "Sign out" and
    "Delete account", its blue "Add account"): a row with no value nor badge to tone, and no
    icon but for `ACTION_TONES`, in a list whose leads (a checklist's checks, the numbers) do not
    show the tone instead."""
    if item.value is not None or item.badge is not None or ordered or variant == "checklist":
        return False
    return not item.icon or (item.variant or "").lower() in ACTION_TONES


def _list_face(item: Item, size: int) -> str:
    """A row's `avatar` as the avatar element draws a face (`avatar_face`), in place of its icon:
    a name's initials on its colour, a picture (a data: URI: a string that is one is the
    picture, with the label's initials should it not draw), a status dot."""
    avatar = item.avatar
    if isinstance(avatar, EntryAvatar):
        name, src, status = avatar.name, avatar.src, avatar.status
    elif isinstance(avatar, str) and avatar.strip().lower().startswith("data:"):
        name, src, status = None, avatar.strip(), None
    else:
        name, src, status = avatar, None, None
    return avatar_face(name or item_label(item), src, size, status, None)


def _text_with_value(label: str, desc: str, value: str, badge: str) -> str:
    """A row's texts when it has a value: the value on the label's line, at its end (a settings
    row's "Wi-Fi ... HomeNetwork", a mail list's time), so the description under them runs the
    row's full width; a badge goes at the end of the description's line (as a mail list's star
    sits under the time), or beside the value when there is no description. The value and the
    badge were columns of their own at the row's end, squeezing the label and the description
    beside them. How the label and the value share their line: see CSS (`.dsl-list-head`)."""
    if desc and badge:
        foot = f'<span class="dsl-list-foot">{desc}{badge}</span>'
        return f'<span class="dsl-list-head">{label}{value}</span>{foot}'
    return f'<span class="dsl-list-head">{label}{badge}{value}</span>{desc}'


def _list_value(item: Item) -> str:
    """An item's `value` as drawn beside its label ("" when it has none, or when the value is
    the only text and so is the label)."""
    if item.value is None or (item.label is None and item.text is None):
        return ""
    when = " is-when" if is_when(str(item.value)) else ""
    return f'<span class="dsl-list-value{when}">{esc(item.value)}</span>'


BADGE_TONES = {
    "success": "success",
    "warning": "warning",
    "danger": "danger",
    "info": "info",
    "muted": "neutral",
    "primary": "primary",
}
"""An item's `variant` -> the tone of its badge (`{badge: Worsening, variant: danger}`); a
primary row's badge is filled in the primary colour (a chat's count of unread messages)."""


def _list_badge(item: Item) -> str:
    """An item's `badge` as a status badge ("" when it has none), in the tone of the item's
    `variant` (`BADGE_TONES`), else of its word (`status_tone`), else neutral."""
    if item.badge is None:
        return ""
    tone = (
        BADGE_TONES.get((item.variant or "").lower())
        or status_tone(str(item.badge))
        or _change_badge_tone(str(item.badge))
    )
    return f'<span class="dsl-pill dsl-pill--{tone}">{esc(item.badge)}</span>'


def _change_badge_tone(badge: str) -> str:
    """A badge that is a change in percent written with its sign (`+2.41%`, `-3.76%`): success
    for a gain, danger for a loss, neutral for a zero (`signed_tone`); any other badge neutral."""
    return (signed_tone(badge) if is_signed_percent(badge) else None) or "neutral"


_MONTHS = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
_WHEN = re.compile(
    r"(?i)^(?:\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?|yesterday|today|tomorrow|now|just now|"
    r"\d+\s?(?:s|m|min|mins|h|hr|hrs|d|w|wk|mo|y)(?:\s+ago)?|\d+\s+\w+\s+ago|"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    + _MONTHS
    + r" \d{1,2}|\d{1,2} "
    + _MONTHS
    + r")$"
)
"""A list row's `value` that says when (10:42, Yesterday, 2h ago, Mon, Jul 21), as a mail or
message list shows it: small and muted at the end of the label's line, never shortened, not a
figure beside the label."""


def is_when(value: str) -> bool:
    """Whether a list row's `value` is a time or a day (see _WHEN), not an amount."""
    return _WHEN.match(value.strip()) is not None


CHEVRON_SHORTCUTS = frozenset({">", "›", "»", "→", "->", "〉", "❯"})
"""A `shortcut` that is only an arrow: a settings row's "more" chevron, drawn as one."""

REMOVE_SHORTCUTS = frozenset({"×", "✕", "✖", "✗", "✘"})
"""A `shortcut` that is only a cross: a row's remove button (a recent search's). At the touch
density it is drawn as an icon button a finger can hit (as tall and wide as a control), elsewhere
as the key it was."""


def _list_trail(item: Item, end_icon_size: int | None, *, touch: bool) -> str:
    """What a list row shows at its end after its badge, in order: its `shortcut` (a key, a
    chevron for an arrow, a remove button for a cross at the touch density), and its icon when
    it goes at the end (`end_icon_size`)."""
    trail = ""
    shortcut = (item.shortcut or "").strip()
    if shortcut in CHEVRON_SHORTCUTS:
        trail += f'<span class="dsl-list-end">{icon_svg("chevron-right", 16)}</span>'
    elif touch and shortcut in REMOVE_SHORTCUTS:
        trail += f'<span class="dsl-list-end dsl-list-remove">{icon_svg("x", 18)}</span>'
    elif shortcut:
        trail += f'<kbd class="dsl-list-kbd">{esc(shortcut)}</kbd>'
    if end_icon_size is not None and item.icon:
        trail += f'<span class="dsl-list-end">{icon_svg(item.icon, end_icon_size)}</span>'
    return trail


LIST_CSS = """
.dsl-list ul,.dsl-list ol{margin:0}
.dsl-list--plain ul,.dsl-list--plain ol{padding-inline-start:22px;display:flex;flex-direction:column;gap:6px;color:var(--foreground);font-size:14px;line-height:1.5}
.dsl-list--plain li::marker{color:var(--muted-foreground)}
/* A bulleted list given a colour (`style: {color}`) draws its entries in it: its list set the
   text's colour over the one its box inherits. */
.dsl-list--plain.has-color>:is(ul,ol){color:inherit}
/* An entry with an href is a link, drawn as a link element is (see `linked`). In a list given a
   colour it takes that colour, and its underline is then all that tells it (WCAG 1.4.1). */
.dsl-list-link{color:var(--primary-text);font-weight:500;text-decoration:var(--link-decoration);text-underline-offset:3px}
.has-color .dsl-list-link{color:inherit;text-decoration:underline}
.dsl-list--plain li>:is(ul,ol){margin-top:6px}
.dsl-list--plain>:is(ul,ol)>li.is-active:not(.dsl-list-item){color:var(--primary-text);font-weight:600}
.dsl-list--plain>:is(ul,ol)>li.is-active:not(.dsl-list-item)::marker{color:var(--primary-text)}
.dsl-list--plain>:is(ul,ol)>li.is-disabled:not(.dsl-list-item){opacity:var(--disabled-opacity)}
.dsl-list--divided ul{padding:0;list-style:none;border:1px solid var(--border);border-radius:min(var(--radius),24px);background:var(--surface);overflow:hidden}
.dsl-card.is-flush>.dsl-list--divided ul{border-width:1px 0 0;border-radius:0}
.dsl-card.is-flush>.dsl-list--divided:first-child ul{border-top-width:0}
.dsl-list-lead.is-blank{background:none}
.dsl-list--divided.has-faces .dsl-list-lead,.dsl-list--rows.has-faces .dsl-list-lead{margin-inline:2px}
.dsl-list-item{display:flex;align-items:center;gap:12px;padding:calc(var(--pad) * .6) 16px;border-bottom:1px solid var(--border);font-size:14px}
.dsl-list-item:last-child{border-bottom:0}
.dsl-list-item.is-active{background:var(--primary-soft);--muted-foreground:var(--muted-foreground-on-muted)}
.dsl-list-item.is-disabled{opacity:var(--disabled-opacity)}
.dsl-list-lead{flex:none;display:inline-flex;align-items:center;justify-content:center;width:36px;height:36px;border-radius:var(--radius);background:var(--muted);color:var(--foreground)}
.dsl-list-num{border-radius:50%;width:28px;height:28px;background:var(--primary-soft);color:var(--primary-text);font-weight:600;font-size:13px}
.dsl-list-text{flex:1;min-width:0;display:flex;flex-direction:column;gap:2px}
.dsl-list-label{color:var(--foreground);font-weight:500;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.dsl-list-desc{color:var(--muted-foreground);font-size:13px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.dsl-list--divided .dsl-list-label{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;white-space:normal;overflow-wrap:break-word}
/* A row with a value: the value ends the label's line, the description runs under both (a
   mail list's time, a settings row's current choice). The label keeps its one line while it fits
   beside 5em of the value (its floor: its own width, at most all but those 5em) and the value
   gives way, ending in an ellipsis down to 4em (iOS's settings rows); a longer label wraps
   beside those. A time is never shortened: the label wraps around it. A badge sits at the end of
   the description's line, or before the value when there is none (the label then keeps its
   words, at most half the line). A value is laid out in its own direction, so that a Latin one on
   a right-to-left page keeps its start and ends in the ellipsis (a network's name). */
.dsl-list-head,.dsl-list-foot{display:flex;align-items:baseline;gap:12px;min-width:0}
.dsl-list-head>.dsl-list-label{flex:1 1 auto;min-width:calc-size(max-content,min(size,100% - 5em))}
.dsl-list-head:has(>.dsl-pill)>.dsl-list-label{min-width:calc-size(min-content,min(size,50%))}
.dsl-list-head>.dsl-pill{flex:none;align-self:center}
.dsl-list-foot{align-items:center}
.dsl-list-foot>.dsl-list-desc{flex:1 1 auto;min-width:0}
.dsl-list-foot>.dsl-pill{flex:none}
.dsl-list-item .dsl-pill--primary{background:var(--primary);color:var(--primary-foreground)}
.dsl-list-value{flex:0 1 auto;min-width:calc-size(max-content,min(size,4em));color:var(--foreground);font-weight:500;font-variant-numeric:tabular-nums;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;unicode-bidi:plaintext}
.dsl-list-value.is-when{flex:none;color:var(--muted-foreground);font-weight:400;font-size:12px;line-height:20px}
.dsl-list-item:is(.is-success,.is-danger,.is-warning,.is-info,.is-primary,.is-muted) .dsl-list-value{color:var(--tone)}
.dsl-list-item.is-success{--tone:var(--success-text)}.dsl-list-item.is-danger{--tone:var(--danger-text)}
.dsl-list-item.is-warning{--tone:var(--warning-text)}.dsl-list-item.is-info{--tone:var(--info-text)}
.dsl-list-item.is-primary{--tone:var(--primary-text)}.dsl-list-item.is-muted{--tone:var(--muted-foreground)}
.dsl-list-item.is-action .dsl-list-label{color:var(--tone)}
.dsl-list-end{flex:none;display:inline-flex;align-items:center;color:var(--muted-foreground)}
/* A row's remove button (a cross `shortcut` at the touch density): a control's height square,
   over the row's line without making it taller. */
.dsl-list-remove{justify-content:center;width:var(--control-h);height:var(--control-h);margin-block:calc((20px - var(--control-h)) / 2)}
.dsl-list-kbd{flex:none;font-family:var(--font);font-size:12px;letter-spacing:.06em;color:var(--muted-foreground)}
.dsl-list-item:is(.is-success,.is-danger,.is-warning,.is-info,.is-primary,.is-muted) :is(.dsl-list-lead,.dsl-list-end){color:var(--tone)}
.dsl-list--divided .dsl-list-item:is(.is-success,.is-danger,.is-warning,.is-info,.is-primary) .dsl-list-lead{background:color-mix(in srgb,var(--tone) 12%,var(--surface))}
.dsl-list--rows ul{padding:0;list-style:none;display:flex;flex-direction:column;gap:10px}
.dsl-list--rows .dsl-list-item{padding:0;border:0;align-items:flex-start;gap:10px}
.dsl-list--rows .dsl-list-lead{width:20px;height:20px;background:none;border-radius:0;color:var(--muted-foreground)}
.dsl-list--rows .dsl-list-num{width:20px;height:20px;border-radius:50%;background:var(--primary-soft);color:var(--primary-text);font-size:11.5px}
.dsl-list--checklist .dsl-list-lead{color:var(--success)}
.dsl-list--checklist .is-pending{color:var(--muted-foreground)}
.dsl-list--rows .dsl-list-label{font-weight:400;white-space:normal;line-height:20px}
.dsl-list--rows .dsl-list-desc{white-space:normal}
.dsl-list--rows .dsl-list-item.is-active .dsl-list-label{font-weight:600;color:var(--primary-text)}
.dsl-list--rows .dsl-list-item.is-active{background:none;--muted-foreground:inherit}
/* A chevron or an icon at a light row's end: centred on the label's first line (its 20 px), as
   the icon before the label is (it sat at the line's top, 3 px above the text's middle). */
.dsl-list--rows .dsl-list-end:not(.dsl-list-remove){height:20px}
/* Light rows filling a card with `padding: 0` (an iOS settings group with icons and chevrons):
   rows of the group, as a divided list's are there: the rows' inset, a hairline between them and
   above the first when something comes before it, and the row's content centred on its height
   (they sat against the card's border, with nothing between them). */
.dsl-card.is-flush>.dsl-list--rows ul{gap:0}
.dsl-card.is-flush>.dsl-list--rows:not(:first-child) ul{border-top:1px solid var(--border)}
.dsl-card.is-flush>.dsl-list--rows .dsl-list-item{align-items:center;padding:calc(var(--pad) * .6) 16px;border-bottom:1px solid var(--border)}
.dsl-card.is-flush>.dsl-list--rows .dsl-list-item:last-child{border-bottom:0}
"""
"""The list's rules."""

CARD_CONTENT_LIST = (
    ".dsl-card:not(.is-flush,[style*=padding])"
    ":not(:has(>:not(.dsl-card-head,.dsl-card-text,.dsl-card-actions,.dsl-list--divided)))"
    ":not(:has(>.dsl-list--divided~.dsl-list--divided))>.dsl-list--divided"
)
"""A divided list that is a padded card's content: the card's one list, beside its head, text and
actions only (a transaction's details under "Details")."""
CARD_ROWS_CSS = f"""
{CARD_CONTENT_LIST}{{margin-inline:calc(-1 * var(--pad))}}
{CARD_CONTENT_LIST}:first-child{{margin-top:calc(-1 * var(--pad))}}
{CARD_CONTENT_LIST}:last-child{{margin-bottom:calc(-1 * var(--pad))}}
{CARD_CONTENT_LIST} ul{{border-width:1px 0;border-radius:0;background:none}}
{CARD_CONTENT_LIST}:first-child ul{{border-top-width:0}}
{CARD_CONTENT_LIST}:last-child ul{{border-bottom-width:0}}
{CARD_CONTENT_LIST} .dsl-list-item{{padding-inline:var(--pad)}}
"""
"""Such a list draws its rows as the card's (`CARD_CONTENT_LIST`), as a card with `padding: 0`
draws them: out to the card's border, at the card's inset, with no box of its own (it drew a
second frame inside the card's). Hairlines part it from the head above and the actions below;
at the card's top or bottom, the card's border does."""
