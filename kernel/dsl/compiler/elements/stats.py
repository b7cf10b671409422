"""The stat element: a key figure with its label, icon and change, its trend read as written."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.avatars import INITIAL_EMS
from kernel.dsl.compiler.html import box, esc
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.numbers_local import localize_number_text
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.table_numbers import (
    format_figure,
)
from kernel.dsl.compiler.text_metrics import in_typeface, label_em
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.model import Element
from kernel.dsl.sizes import size_word

RISING_MARKS = frozenset("↑▲△⬆↗⇧⇡")
"""Arrows and triangles an author types before (or after) a change that went up."""
FALLING_MARKS = frozenset("↓▼▽⬇↘⇩⇣")
"""Those of a change that went down."""
FLAT_MARKS = frozenset("→↔")
"""Those of a change that stayed flat."""
MINUS_SIGNS = ("-", "−", "–")
"""A hyphen, the minus sign and the en dash that spreadsheets and typesetters put in its place."""
_CHANGE_FIGURE = re.compile(r"\d[\d,.\s\u202f]*")
_ACCOUNTING_NEGATIVE = re.compile(r"\(\s*[^()]*\d[^()]*\)")
_TREND_WORD = re.compile(r"(up|down)\b", re.IGNORECASE)

RISING = ("success", "trending-up")
FALLING = ("danger", "trending-down")
FLAT = ("neutral", "minus")


@dataclass(frozen=True)
class Trend:
    """How a stat's `change` is drawn: its `tone` (success, danger or neutral), the trend `icon`
    in its pill, and its `text` as shown (without an arrow typed in it: the icon is one)."""

    tone: str
    icon: str
    text: str


def read_change(change: str) -> Trend:
    """Which way a stat's `change` went, as its author wrote it: an arrow or a triangle typed
    before or after it (↑ ▲ ⬆ ↗ up, ↓ ▼ ⬇ ↘ down, → flat; `_typed_trend`), else its words
    (`_written_trend`). A change of zero is flat whatever its sign or arrow (`+0.0%`, `▲ 0`)."""
    typed, shown = _typed_trend(change.strip())
    figure = _CHANGE_FIGURE.search(shown)
    if figure is not None and not any(
        char.isdigit() and unicodedata.digit(char, 0) for char in figure.group(0)
    ):
        return Trend(*FLAT, shown)
    return Trend(*(typed or _written_trend(shown, has_figure=figure is not None)), shown)


def _typed_trend(text: str) -> tuple[tuple[str, str] | None, str]:
    """The direction of an arrow typed at the start or the end of `text` (a tone and an icon),
    and the text without it: the pill draws its own ("↑ 12%" drew two arrows). No direction and
    the text as written when it has none."""
    for mark, rest in ((text[:1], text[1:]), (text[-1:], text[:-1])):
        rest = rest.removeprefix("\ufe0f").removesuffix("\ufe0f").strip()  # ⬆️: the emoji form
        if mark in RISING_MARKS:
            return RISING, rest
        if mark in FALLING_MARKS:
            return FALLING, rest
        if mark in FLAT_MARKS:
            return FLAT, rest
    return None, text


def _written_trend(text: str, *, has_figure: bool) -> tuple[str, str]:
    """The direction a change's words give: a leading "up" or "down" ("Up 3 vs last week"); a
    minus sign, or accounting's parentheses (`(3.5%)`, as a table reads `(300)`), a fall; a plus
    sign or an unsigned figure (`12%`) a rise; flat without a figure (`-`, `vs last week`)."""
    word = _TREND_WORD.match(text)
    if word is not None:
        return RISING if word.group(1).lower() == "up" else FALLING
    if not has_figure:
        return FLAT
    if text.startswith(MINUS_SIGNS) or _ACCOUNTING_NEGATIVE.fullmatch(text):
        return FALLING
    return RISING if text.startswith("+") or text[:1].isdigit() else FLAT


@renders("stat")
def render_stat(element: Element, ctx: RenderContext) -> str:
    """A key-figure card: `label`, big `value`, `change` coloured by sign, `icon`, `description`
    (or `text` beside a `value`: "vs last month"; without one, `text` is the figure); `size`
    sm/md/lg (`STAT_SIZES`). The label wraps between words beside the icon's tile; when its
    longest word does not fit there, the tile shrinks, then goes (its slot: the CSS), and only
    a word too long for the whole card ends in "…". The value shrinks to fit, then wraps between
    words, never inside a number (one too long ends in "…"). Stats side by side in a row share
    its width and its height, and line up their figures when a label wraps (`stat_lines`); in
    equal columns their figures, changes and icons are drawn alike (`stat_rows`)."""
    label = element.label or element.title or ""
    size = stat_size(element)
    icon = (
        f'<span class="dsl-stat-icon-slot"><span class="dsl-stat-icon">{icon_svg(element.icon, STAT_ICONS[size])}'
        "</span></span>"
        if element.icon
        else ""
    )
    change = _stat_change(element)
    note = element.description or (element.text if element.value is not None else None)
    desc = f'<span class="dsl-stat-desc">{esc(note)}</span>' if note else ""
    foot = (
        f'<div class="dsl-stat-foot"{_foot_style(element, note, ctx.typeface)}>{change}{desc}</div>'
        if change or desc
        else ""
    )
    text = stat_value_text(element, ctx.lang)
    inner = (
        f'<div class="dsl-stat-head"><span class="dsl-stat-label">{esc(label)}</span>{icon}</div>'
        f'<div class="dsl-stat-value" style="--ems:{text_ems(text, ctx.typeface):.2f}"><span>{esc(text)}</span></div>{foot}'
    )
    return box(element, inner, classes=f"is-{size}" if size != "md" else "")


_CHANGE_CONTEXT = re.compile(
    r"\s+(?=(?:vs\.?|versus|from|since|than|compared|over|this|last|in|on|per|yoy|mom|wow|qoq)(?!\w))",
    re.IGNORECASE,
)
"""The space before the words that say what a change is measured against ("vs last month",
"from last week", "this quarter")."""


_FIGURE_WITH_UNIT = re.compile(
    r"[+\-−–±]?\s?(?:[$€£¥₹₩₽₺₪₿]\s?)?\d(?:[\d,.'’\u00a0\u202f]|\s(?=\d{3}(?!\d)))*"
    r"\s?(?:%|‰|pp|pts?|bps|[$€£¥₹₩₽₺₪₿])(?![^\W\d_])"
)
"""A figure that carries its unit (a percentage, points, an amount in a currency sign):
"+12.4%", "-3 pp", "+1 200 €". Words after it, in any script, say what it is measured against."""
_WORDS_AFTER = re.compile(r"\s+(?=[^\W\d_])")
"""The space before words (a letter of any script)."""


def change_parts(text: str) -> tuple[str, str]:
    """A stat's change split into its figure and what it is measured against: ("-$1,200", "vs
    last month"), ("Down 2", "from last week"), and after a figure with its unit, the words in
    any language ("+12.4%", "مقارنة بالشهر الماضي"; "+8 %", "par rapport à mars"); the whole
    text and "" when it names nothing after a figure ("+12%", "up 4 pts", "+5 (12%)", a count
    with its noun "+3 invoices")."""
    for match in _CHANGE_CONTEXT.finditer(text):
        head = text[: match.start()]
        if any(char.isdigit() for char in head):
            return head, text[match.end() :]
    figure = _FIGURE_WITH_UNIT.match(text)
    words = _WORDS_AFTER.match(text, figure.end()) if figure else None
    if figure is not None and words is not None:
        return figure.group(0), text[words.end() :]
    return text, ""


_FLAT_WORDS = re.compile(r"(?:flat|unchanged|steady|stable|no change|even)\b", re.IGNORECASE)
"""Words that open a change and say it stayed level ("Flat", "Unchanged vs last week"): a trend,
drawn as the grey pill with its dash."""
_CODE_BEFORE_FIGURE = re.compile(r"[A-Z]{1,3}\$?\s?\d")
"""A currency code or prefix before a figure (`USD 1,200`, `R$ 40`, `CHF 12`): a figure, not words."""


def reads_as_caption(change: str) -> bool:
    """Whether a stat's `change` is a caption, not a change: it opens with words ("at 4.35% APR",
    "vs last month", "Updated 5 min ago"), with no arrow typed in it, no "up"/"down" and no word
    of a level trend ("Flat") to give it a direction. It is drawn as the figure's muted caption:
    a grey pill with a flat dash said "no change" of what changed nothing."""
    text = change.strip()
    if _typed_trend(text)[0] is not None or _TREND_WORD.match(text) or _FLAT_WORDS.match(text):
        return False
    return text[:1].isalpha() and not _CODE_BEFORE_FIGURE.match(text)


def _stat_change(element: Element) -> str:
    """A stat's `change`: its figure in a pill of one line, tinted by its trend (`read_change`),
    and what it is measured against after it as plain muted text ("vs last month"), as KPI cards
    write it; a pill of words wrapped into a rounded blob. A pill wider than the card drops its
    arrow, then draws its figure smaller (to 3/4 of its size: `--change-ems` on the foot, the
    CSS), then breaks the figure onto a second line, rather than cut its digits ("+12.…"); the
    words after it wrap under it."""
    if not element.change:
        return ""
    if _caption(element):
        return f'<span class="dsl-stat-desc">{esc(element.change.strip())}</span>'
    tone = element.variant if element.variant in ("success", "danger", "warning", "neutral") else None
    trend = read_change(element.change)
    figure, context = change_parts(trend.text)
    # A figure of no words ("-0.0001%") breaks onto a second line rather than lose digits to "…".
    figure_class = "" if any(char.isalpha() for char in figure) else " is-figure"
    pill = (
        f'<span class="dsl-stat-change dsl-tone-{tone or trend.tone}">'
        f'{icon_svg(trend.icon, 14)}<span class="dsl-stat-change-text{figure_class}">{esc(figure)}</span></span>'
    )
    return pill + (f'<span class="dsl-stat-desc">{esc(context)}</span>' if context else "")


def _caption(element: Element) -> bool:
    """Whether a stat's `change` is drawn as its caption (`reads_as_caption`): not when its
    `variant` gives it a tone, which asks for the pill."""
    tone = element.variant in ("success", "danger", "warning", "neutral")
    return not tone and element.change is not None and reads_as_caption(element.change)


CHANGE_PILL_PX = 29
"""What a change's pill adds to its figure: its side paddings (12 px), arrow (14) and gap (3)."""
STAT_FOOT_GAP_PX = 8
CHANGE_MARGIN = 1.06
"""A change figure is taken this much wider than its estimate: drawn a hair smaller than it
might be rather than a hair too wide, its last digit cut."""


def change_figure_ems(element: Element, typeface: Typeface) -> float | None:
    """About how wide a stat's change figure ("+12.4%") is, in em of its pill's font, a little
    more rather than less; None without a change."""
    if not element.change or _caption(element):
        return None
    return text_ems(change_parts(read_change(element.change).text)[0], typeface) * CHANGE_MARGIN


def _foot_style(element: Element, note: str | None, typeface: Typeface) -> str:
    """The style attribute of a stat's foot holding a change's pill: the figure's width in em
    (`--change-ems`), and the foot's one-line width, estimated: it is a size container (its pill's
    figure fits itself to it), which takes no width from its content; "" for a foot without one."""
    figure = change_figure_ems(element, typeface)
    if figure is None:
        return ""
    context = change_parts(read_change(element.change or "").text)[1]
    words = " ".join(part for part in (context, note) if part)
    px = CHANGE_PILL_PX + (STAT_FOOT_GAP_PX * (1 + bool(context and note)) if words else 0)
    ems = figure + (label_em(words, typeface) if words else 0)
    return f' style="--change-ems:{figure:.2f};contain-intrinsic-inline-size:calc({ems:.2f}em + {px}px)"'


def stat_value_text(element: Element, lang: str | None = None) -> str:
    """The figure a stat draws large: its `value`, else its `text`, else a dash. A numeric value
    is grouped in thousands as a table's cell is (`1234567.891` is "1,234,567.89"), with the
    signs of `lang` ("1.234.567,89" in German); a string is drawn as written."""
    value = element.value if element.value is not None else element.text
    if isinstance(value, int | float) and not isinstance(value, bool):
        return localize_number_text(format_figure(value, grouped=True), lang)
    return str(value) if value is not None else "—"


def stat_value_ems(element: Element, typeface: Typeface) -> float:
    """About how wide a stat's figure is, in em of its own font (see `text_ems`; grouped the
    English way, whose signs are about as wide as any language's)."""
    return text_ems(stat_value_text(element), typeface)


STAT_SIZES = ("sm", "md", "lg")
"""A stat's `size`: `sm` a compact card with a 20 px value (a row of many figures, a sidebar),
`md` the default 28 px, `lg` a hero figure of 36 px."""
STAT_LABEL_PX = {"sm": 12.5, "md": 13.5, "lg": 14.5}
"""The font size of a stat's label at each size (the CSS)."""


def stat_size(element: Element) -> str:
    """A stat's size word, one of STAT_SIZES (`md` for anything else)."""
    size = size_word(element.size)
    return size if size in STAT_SIZES else "md"


STAT_ICONS = {"sm": 16, "md": 18, "lg": 20}
"""The px of a stat's icon at each size (on a tile of 28, 34 and 40 px: the CSS)."""


TEXT_EMS: dict[str, float] = {
    **dict.fromkeys("0123456789$€£¥+−=#", 0.57), **dict.fromkeys(".,:;'!|", 0.29), "°": 0.45,
    **dict.fromkeys("-/()[] ", 0.41), "%": 0.9, **INITIAL_EMS, **dict.fromkeys("mMW", 0.98), "w": 0.86,
}  # fmt: skip
"""Advance of bold characters in the theme font, in em; other lower-case letters count 0.62,
anything else (CJK, emoji) a full em."""


def text_ems(text: str, typeface: Typeface) -> float:
    """About how wide `text` is in bold in the theme's `typeface`, in em (less the stat value's tight
    letter-spacing), with a margin so that rounding never breaks a figure: the width the value
    asks for before it shrinks to its card."""
    width = sum(in_typeface(c, TEXT_EMS.get(c, 0.62 if c.islower() else 1.0), typeface) - 0.02 for c in text)
    return max(width * 1.03, 0.5)


STAT_CSS = """
/* A stat in a narrow cell (five in a phone's row) keeps to a fifth of the cell's width on its sides
   (a grid item's % padding is of its cell), leaving its figures room; from 100 px up, the theme's. */
.dsl-stat{display:flex;flex-direction:column;gap:6px;padding:calc(var(--pad) * .9) min(var(--pad),20%);background:var(--surface);border:1px solid var(--border);border-radius:min(var(--radius-lg),32px);box-shadow:var(--shadow-sm);min-width:0;box-sizing:border-box}
/* A stat a card already frames (a KPI card with its sparkline) draws no second box inside it. */
:is(.dsl-card,.dsl-card-body)>.dsl-stat{padding:0;background:none;border:0;border-radius:0;box-shadow:none}
.dsl-stat-head{display:flex;align-items:flex-start;justify-content:space-between}
.dsl-stat-label{flex:1 0 min-content;max-width:100%;min-width:0;overflow:clip;overflow-clip-margin:2px;text-overflow:ellipsis;font-size:13.5px;line-height:20px;font-weight:500;color:var(--muted-foreground)}
.dsl-stat-icon{flex:none;display:inline-flex;align-items:center;justify-content:center;width:34px;height:34px;margin-block:-7px;border-radius:var(--radius);background:var(--primary-soft);color:var(--primary-text)}
.dsl-stat-icon-slot{--tile:34px;--line:20px;flex:0 1 calc(var(--tile) + 8px);min-width:0;display:flex;justify-content:flex-end;container-type:inline-size;contain-intrinsic-inline-size:calc(var(--tile) + 8px)}
.dsl-stat-icon-slot>.dsl-stat-icon{width:min(var(--tile),100% - 8px);height:auto;aspect-ratio:1;margin-block:calc((var(--line) - min(var(--tile),100% - 8px)) / 2)}
.dsl-stat-icon-slot svg{max-width:56%;height:auto}
@container (width < 30px){.dsl-stat-icon-slot>.dsl-stat-icon{display:none}}
.dsl-stat-value{font-size:28px;font-weight:700;letter-spacing:-.02em;color:var(--foreground);line-height:1.15;font-variant-numeric:tabular-nums;container-type:inline-size;contain-intrinsic-inline-size:calc(var(--ems) * 1em)}
.dsl-stat-value>span{font-size:clamp(.5em,100cqi / var(--ems),1em)}
/* At half its size a figure still too wide wraps between words, never inside a number, and a
   word still too wide for the card ends in an ellipsis, rather than run into the next card. */
.dsl-stat-value>span{display:inline-block;max-width:100%;overflow:clip;overflow-clip-margin:2px;text-overflow:ellipsis}
.dsl-hflow:not([style*="align-items"])>.dsl-stat{align-self:stretch}
.dsl-hflow:not(.is-spread,.has-flexed-child):not(:has(>:not(.dsl-stat)))>.dsl-stat:not(.has-width){flex:1 1 0%}
.dsl-stat-foot{display:flex;align-items:center;flex-wrap:wrap;gap:8px;font-size:13px}
.dsl-stat-change{display:inline-flex;align-items:center;font-weight:600;padding:1px 7px 1px 5px;border-radius:var(--radius-pill);direction:ltr;unicode-bidi:isolate}
.dsl-stat-change svg{color:var(--tone)}
/* A change's pill keeps one line (a rounded blob of two lines read badly) and never cuts the
   digits of its figure ("-0.000…"): one wider than the card first drops its arrow (its colour
   still says the trend), then draws its figure smaller, down to 3/4 of its size; a figure still
   too wide breaks onto a second line. The foot holding it is a size container (its width is the
   card's; the estimate of its line, given inline, is what it asks of a card sized by its
   content), the figure's width in em is --pill-ems (--change-ems, or a row's widest), its side
   paddings 12 px and the arrow and its gap 17 more. A pill of words ends in an ellipsis. */
.dsl-stat-foot:has(>.dsl-stat-change){container-type:inline-size}
.dsl-stat-change{--pill-ems:var(--change-ems,1);font-size:clamp(.75em,(100cqi - 12px) / var(--pill-ems),1em)}
.dsl-stat-change{max-width:100%;white-space:nowrap}
.dsl-stat-change>svg{flex:none;--arrow-room:calc((100cqi - 29px - var(--pill-ems) * 1em) * 999);width:clamp(0px,var(--arrow-room),14px);margin-inline-end:clamp(0px,var(--arrow-room),3px)}
.dsl-stat-change-text{min-width:0;overflow:clip;overflow-clip-margin:2px;text-overflow:ellipsis}
/* A figure breaks onto a second line at most: one too wide for two ends the second in an
   ellipsis, rather than stack a character a line down the card. */
.dsl-stat-change-text.is-figure{white-space:normal;overflow-wrap:anywhere;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2}
.dsl-stat-change.dsl-tone-success{--tone:var(--success);background:var(--success-soft);color:var(--success-text)}
.dsl-stat-change.dsl-tone-danger{--tone:var(--danger);background:var(--danger-soft);color:var(--danger-text)}
.dsl-stat-change.dsl-tone-warning{--tone:var(--warning);background:var(--warning-soft);color:var(--warning-text)}
.dsl-stat-change.dsl-tone-neutral{--tone:var(--muted-foreground);background:var(--muted);color:var(--muted-foreground)}
.dsl-stat-desc{color:var(--muted-foreground)}
.dsl-stat.is-sm{gap:4px;padding:calc(var(--pad) * .7) min(var(--pad) * .8,20%)}
.dsl-stat.is-sm .dsl-stat-label{font-size:12.5px;line-height:18px}
.dsl-stat.is-sm .dsl-stat-icon{width:28px;height:28px;margin-block:-5px}
.dsl-stat.is-sm .dsl-stat-icon-slot{--tile:28px;--line:18px}
.dsl-stat.is-sm .dsl-stat-value{font-size:20px;letter-spacing:-.01em}
.dsl-stat.is-sm .dsl-stat-foot{font-size:12px;gap:6px}
.dsl-stat.is-lg{gap:8px;padding:calc(var(--pad) * 1.1) min(var(--pad) * 1.2,20%)}
.dsl-stat.is-lg .dsl-stat-label{font-size:14.5px;line-height:22px}
.dsl-stat.is-lg .dsl-stat-icon{width:40px;height:40px;margin-block:-9px}
.dsl-stat.is-lg .dsl-stat-icon-slot{--tile:40px;--line:22px}
.dsl-stat.is-lg .dsl-stat-value{font-size:36px}
.dsl-stat.is-lg .dsl-stat-foot{font-size:13.5px}
/* Nor does a small or large one: their own padding came after the card's rule and won, a second
   inset inside the card's. */
:is(.dsl-card,.dsl-card-body)>.dsl-stat:is(.is-sm,.is-lg){padding:0}
"""
"""The stat's rules (`stat_lines` adds those lining up the figures of a row)."""
