"""What of a navbar gives way, in turn, when the bar is too narrow for all of it (a phone's top bar).

A bar keeps its start, its actions and its avatar on the screen; what gives way goes in the order
a phone's app bar gives it: the links first (into the "more" item: the stylesheet's), then the
title (an ellipsis, down to TITLE_KEPT_EM of it), then the search field, drawn as a search icon
button, then the labels of the buttons that have an icon, which show the icon alone (Material's
and iOS's top bars show their actions as icons). The title's and the links' turns are CSS's (flex
sizing); when the bar is too narrow for the search CSS cannot tell, as the title would give way
first all the way. So the compiler estimates how wide the bar's parts are (`text_metrics`, the
density's control heights) and the bar, a size container, folds them below those widths by
container queries (`fold_css`). An estimate a few px off moves only where a fold happens: the
title still gives way to what is left.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from kernel.dsl.compiler.items import corner_count, size_px
from kernel.dsl.compiler.navbar_start import BACK_PX, GLYPH_INSETS, NAV_PX, has_back, nav_glyph
from kernel.dsl.compiler.page_padding import NARROW_SCREEN
from kernel.dsl.compiler.styles import explicit_size, is_absolute, px
from kernel.dsl.compiler.text_metrics import label_em
from kernel.dsl.compiler.theme import DENSITY, Density
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.compiler.variant_words import button_variant
from kernel.dsl.model import Element
from kernel.dsl.model.entries import badge_words
from kernel.dsl.sizes import AVATAR_SIZES, control_size

Fold = Literal["search", "label"]

CONTAINER = "dsl-navbar"
"""The name of the size container a bar with parts that fold is (see `fold_css`)."""
FOLDS_CLASS = "folds-to-icon"
"""Marks a part that folds to an icon button: an unlabelled search field, a button with an icon
and a label (the icon before it)."""

TITLE_KEPT_EM = 5.0
"""How much of a title is kept (in em of its font; the whole of a shorter one) before the search
and then the labels fold: "Northwi…" of "Northwind Outdoor"."""
BOLD_WIDER = 1.06
"""How much wider the bar's bold title is than the medium-weight text `label_em` measures."""
LINKS_MIN_PX = 52.0
"""A links strip with no link shown: its "more" item and the room kept for it."""
END_GAP_PX = 12.0
CENTERED_GAP_PX = 12.0
LOGO_PX = 30.0 + 10.0
"""The brand's logo tile and the gap after it."""
BRAND_PULL_PX = 12.0
"""How far a title after a back button or a navigation glyph is pulled towards it (base_css)."""
SEARCH_PX = (140.0, 520.0, 240.0)
"""A search field's width in a bar: clamp(140px, 100vw - 520px, 240px) (the navbar's CSS)."""
SELECT_PX = (160.0, 240.0)
"""A select's width in a bar: its value's, between these (the navbar's CSS)."""


@dataclass(frozen=True, slots=True)
class BarMetrics:
    """What the page makes of a bar's parts: its density's control heights, whether text is drawn
    at the touch sizes, the theme's typeface, the viewport's width (`100vw`) and the screen's."""

    density: Density
    typeface: Typeface
    viewport_width: float
    screen_width: float

    @property
    def touch(self) -> bool:
        """Whether text is drawn at the touch density's sizes (a button's 16 px label)."""
        return self.density == "touch"

    def control_px(self, size: str) -> float:
        """The height (an icon button's width) of a control of `size` (sm, md, lg)."""
        name = {"sm": "control-h-sm", "lg": "control-h-lg"}.get(size, "control-h")
        return float(DENSITY[self.density][name].removesuffix("px"))


@dataclass(frozen=True, slots=True)
class BarFolds:
    """Below which widths of its content box (px) a bar folds its search (`search_below`) and the
    labels of its buttons with an icon (`labels_below`); None for what it has not or never folds.
    `whole_px`: the width its content takes with nothing folded (and the title kept), which it
    takes where its width comes from its content (a size container's own is none)."""

    search_below: int | None
    labels_below: int | None
    whole_px: int

    @property
    def classes(self) -> str:
        """The bar's classes, which carry the widths `fold_css` folds below."""
        named = [f"{CONTAINER}-folds"]
        if self.search_below is not None:
            named.append(f"dsl-fold-search-{self.search_below}")
        if self.labels_below is not None:
            named.append(f"dsl-fold-labels-{self.labels_below}")
        return " ".join(named)


def fold_of(element: Element) -> Fold | None:
    """How `element`, a part of a bar's end, folds: a search field with no label, hint or error
    `search` (also one given a width: that of a laptop's bar), a button with an icon before its
    label that the author gave no width `label`; else None."""
    if is_absolute(element):
        return None
    if element.type == "search" and not (element.label or element.hint or element.error):
        return "search"  # a bare control: a label, a hint or an error make it a form's field
    if element.type != "button" or explicit_size(element, "width") is not None:
        return None
    if element.icon and _label(element) and element.iconPosition != "end":
        return None if (element.variant or "").lower() == "link" else "label"
    return None


def bar_folds(
    bar: Element, parts: list[Element], metrics: BarMetrics, *, links: bool, centered: bool
) -> BarFolds | None:
    """The widths below which the bar `bar` folds its `parts` (its children and its action buttons,
    as drawn in its end), or None when none of them folds."""
    folds = [fold_of(part) for part in parts]
    if not any(folds):
        return None
    wide = _bar_px(bar, parts, metrics, folded=(), links=links, centered=centered)
    search = _bar_px(bar, parts, metrics, folded=("search",), links=links, centered=centered)
    return BarFolds(
        search_below=math.ceil(wide) if "search" in folds else None,
        labels_below=math.ceil(search) if "label" in folds else None,
        whole_px=math.ceil(wide),
    )


def _bar_px(
    bar: Element,
    parts: list[Element],
    metrics: BarMetrics,
    *,
    folded: tuple[Fold, ...],
    links: bool,
    centered: bool,
) -> float:
    """How wide the bar's content must be for its title to keep TITLE_KEPT_EM, the links folded
    and the `folded` kinds of parts folded."""
    end = sum(_part_px(part, metrics, fold_of(part) in folded) for part in parts)
    end += END_GAP_PX * max(len(parts) - 1, 0)
    start = _start_px(bar, metrics)
    title = _kept_title_px(bar, metrics)
    if centered:  # three columns: the start, the title between, the end
        return start + title + end + 2 * CENTERED_GAP_PX
    default_gap = 16.0 if metrics.screen_width < NARROW_SCREEN else 24.0  # page_padding's phone bar
    gap = default_gap if bar.gap is None else px(bar.gap) or 0.0
    logo = LOGO_PX if bar.icon and not (start and nav_glyph(bar.icon)) else 0.0
    items = [start, logo + title if (bar.title or logo) else 0.0, LINKS_MIN_PX if links else 0.0, end]
    shown = [width for width in items if width > 0]
    return sum(shown) + gap * max(len(shown) - 1, 0) - (BRAND_PULL_PX if start else 0.0)


def _start_px(bar: Element, metrics: BarMetrics) -> float:
    """The back button (and its word) or the navigation glyph that starts the bar, less its pull."""
    if has_back(bar):
        words = bar.back if isinstance(bar.back, str) else ""
        return BACK_PX - GLYPH_INSETS["chevron-left"] + label_em(words, metrics.typeface) * 16
    glyph = nav_glyph(bar.icon)
    return NAV_PX - GLYPH_INSETS[glyph] * NAV_PX / 24 if glyph else 0.0


def _kept_title_px(bar: Element, metrics: BarMetrics) -> float:
    """What is kept of the title before anything else folds: all of a short one, TITLE_KEPT_EM."""
    font = 17.0 if metrics.touch else 16.0
    whole = label_em(bar.title or "", metrics.typeface) * font * BOLD_WIDER
    return min(whole, TITLE_KEPT_EM * font)


def _part_px(part: Element, metrics: BarMetrics, folded: bool) -> float:
    """About how wide `part` is drawn in the bar's end (as its icon button when `folded`)."""
    if part.type == "search" and folded:
        return metrics.control_px("md")
    given = px(explicit_size(part, "width"))
    if given is not None:
        return given
    if part.type == "button":
        return _button_px(part, metrics, folded)
    if part.type in ("search", "input") and not part.label:
        low, room, high = SEARCH_PX
        return max(low, min(metrics.viewport_width - room, high))
    if part.type == "select":
        return _select_px(part, metrics)
    if part.type == "avatar":
        return _avatar_px(part, metrics)
    if part.type == "icon":
        return size_px(part, 20)
    if part.type == "spacer":  # a growing one takes only the room left
        return px(part.size) or 0.0
    text = part.text or part.label or part.title or ""
    return label_em(str(text), metrics.typeface) * 14 + (20 if part.type in ("badge", "chip") else 0)


_BUTTON_FONT = {"sm": 13.0, "md": 14.0, "lg": 15.0}
_TOUCH_BUTTON_FONT = {"sm": 14.0, "md": 16.0, "lg": 17.0}
_BUTTON_GAP = {"sm": 6.0, "md": 8.0, "lg": 8.0}
_BUTTON_PADDING = {"sm": -4.0, "md": -2.0, "lg": 1.0}
"""A labelled button's side padding, less half its height (base_css)."""


def _button_px(button: Element, metrics: BarMetrics, folded: bool) -> float:
    """A button's width: its label's in its size's font, the icon and gap, paddings and borders;
    an icon button (or a folded one) as wide as it is tall."""
    size = control_size(button.size)
    height = metrics.control_px(size)
    label = _label(button)
    if folded or not label:
        return height
    font = (_TOUCH_BUTTON_FONT if metrics.touch else _BUTTON_FONT)[size]
    width = label_em(label, metrics.typeface) * font + 2 + 1  # borders, rounding
    if (button.variant or "").lower() == "link":
        width += 4
    else:
        width += 2 * (height / 2 + _BUTTON_PADDING[size])
    if button.icon:
        glyph = 18.0 if size == "lg" or (metrics.touch and size == "md") else 16.0
        glyph += 2 if metrics.touch and size == "lg" else 0
        width += glyph - 4 + _BUTTON_GAP[size]  # the glyph's -2 px margins
    count = badge_words(button.badge)
    if button_variant(button.variant) == "ghost" and corner_count(count):  # after the label (base_css)
        width += max(18.0, label_em(str(count), metrics.typeface) * 10.5 + 10) + _BUTTON_GAP[size]
    return width


def _select_px(select: Element, metrics: BarMetrics) -> float:
    """A select's width in a bar: its value (or placeholder) and its chevron, between SELECT_PX."""
    shown = select.value if isinstance(select.value, str | int | float) else select.placeholder or ""
    font = 16.0 if metrics.touch else 14.0
    height = metrics.control_px(control_size(select.size))
    width = label_em(str(shown), metrics.typeface) * font + 2 * (height / 2 - 6) + 8 + 18 + 2
    if select.icon:
        width += 16 + 8
    low, high = SELECT_PX
    return max(low, min(width, high))


def _avatar_px(avatar: Element, metrics: BarMetrics) -> float:
    """An avatar's face (a group's overlapping faces), and its name beside it when it shows one."""
    face = size_px(avatar, 40, AVATAR_SIZES)
    faces = face + face * 0.75 * max(len(avatar.items or []) - 1, 0)
    if avatar.label and avatar.name:
        return faces + 12 + label_em(avatar.name, metrics.typeface) * 14
    return faces


def _label(button: Element) -> str:
    """A button's label (`label`, else `text`)."""
    return str(button.label or button.text or "")


def fold_css(folds: BarFolds, metrics: BarMetrics) -> str:
    """The container queries that fold a bar's parts below its `folds` widths: the search drawn as
    a ghost icon button (its magnifier alone, as wide as tall, whatever width its author gave it),
    a button with an icon as an icon button. A folded part says so (`--folded`) to the render's
    measurement."""
    css = ""
    bar = f".dsl-navbar.{CONTAINER}-folds"
    glyph = 20 if metrics.touch else 16
    if folds.search_below is not None:
        search = f"{bar}.dsl-fold-search-{folds.search_below}>.dsl-navbar-end>.dsl-search.{FOLDS_CLASS}"
        css += (
            f"@container {CONTAINER} (width < {folds.search_below}px){{"
            # !important: over the width an author gave the field for a wider bar (inline)
            f"{search}{{--folded:1;width:var(--control-h)!important;min-width:0!important;padding:0;justify-content:center;"
            "background:transparent;border-color:transparent;box-shadow:none;color:var(--foreground);"
            f"--inset:calc((var(--control-h) - {glyph}px) / 2)}}"
            f"{search}>:not(.dsl-i){{display:none}}"
            f"{search}>.dsl-i{{color:inherit}}"
            f"{search}>.dsl-i>svg{{width:{glyph}px;height:{glyph}px}}}}"
        )
    if folds.labels_below is not None:
        button = f"{bar}.dsl-fold-labels-{folds.labels_below}>.dsl-navbar-end>.dsl-button.{FOLDS_CLASS}"
        rules = (
            f"{button}{{--folded:1;width:var(--control-h);padding:0;gap:0;"
            f"--inset:calc((var(--control-h) - {glyph}px) / 2)}}"
            f"{button}.dsl-button--sm{{width:var(--control-h-sm);--inset:calc((var(--control-h-sm) - 16px) / 2)}}"
            f"{button}.dsl-button--lg{{width:var(--control-h-lg);--inset:calc((var(--control-h-lg) - {glyph + 2}px) / 2)}}"
            f"{button}>.dsl-button-label{{display:none}}"
            f"{button}>.dsl-i{{margin:0}}"
            # A ghost button's count, after its label while it has one, goes on its icon's corner
            # as an icon button's does (base_css's .dsl-button-anchor): the icon is centred, --inset in
            # from the padding box (the 1 px border outside it).
            f"{button}.dsl-button--ghost>.dsl-button-badge{{position:absolute;top:calc(var(--inset) - 11px);"
            "inset-inline-start:calc(100% - var(--inset) - 3px);inset-inline-end:auto;min-width:16px;height:16px;padding:0 4px;"
            "font-size:10px;box-shadow:0 0 0 2px var(--surface)}"
        )
        if metrics.touch:  # an icon button's glyphs at the touch density (base_css.TOUCH)
            rules += (
                f"{button}.dsl-button--md>.dsl-i>svg{{width:20px;height:20px}}"
                f"{button}.dsl-button--lg>.dsl-i>svg{{width:22px;height:22px}}"
            )
        css += f"@container {CONTAINER} (width < {folds.labels_below}px){{{rules}}}"
    return css
