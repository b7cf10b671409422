"""Checks beyond the schema (styles, css, variants, chart data, icons, placement) on raw document data."""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any
from zipfile import ZipFile

import tinycss2.color4
from pydantic import ValidationError

from kernel.dsl.band_tones import bands_of_the_documents_tone
from kernel.dsl.calendar_checks import calendar_issues
from kernel.dsl.calendar_dates import DEFAULT_MONTH
from kernel.dsl.catalog import (
    CELL_TYPES,
    COLOR_TYPES,
    CONTAINER_TYPES,
    CONTENT_FIELDS,
    DEVICES,
    DRAWN_FIELDS,
    ELEMENT_TYPES,
    ENTRY_ERROR_VARIANTS,
    ENTRY_FIELDS_DRAWN,
    FIELD_ALTERNATIVES,
    ICON_POSITION_TYPES,
    ITEM_FIELD_ALTERNATIVES,
    TEXT_ALTERNATIVES,
    TYPE_FIELD_ALTERNATIVES,
    UNDRAWN_FIELDS,
)
from kernel.dsl.chart_shapes import PIE_VARIANTS, drawing_notes, native_chart_data, series_name
from kernel.dsl.code_languages import closest, is_known
from kernel.dsl.css_rule_checks import (
    digit_id_warnings,
    duplicate_ids,
    state_selector_warnings,
    theme_variable_warnings,
)
from kernel.dsl.data_uris import IMAGE_SOURCE_TYPES, bare_base64_image, read_image_uri
from kernel.dsl.entities import decoded
from kernel.dsl.grid_fit import grid_fit_issues
from kernel.dsl.hints import (
    ADDON_TYPES,
    CALENDAR_VIEW_WORDS,
    CALENDAR_VIEWS,
    CODE_ACTIONS,
    EXTRA_CELLS,
    HTML_INPUT_TYPES,
    STEPPER_AS_BAR,
    STEPPER_BAR_WORDS,
    TABLE_DATA,
    TABLE_DATA_AND_ROWS,
    cell_type_hint,
    children_of,
    color_hint,
    color_value_hint,
    comma_cut,
    document_field_hint,
    entry_field_hint,
    extra_cells_message,
    filled,
    heading_size_hint,
    ignored_attribute,
    input_type_hint,
    is_language,
    language_tag_hint,
    markup_in_text,
    no_variant_hint,
    on_off_group_hint,
    own_field_hint,
    plain_input_hint,
    responsive_hint,
    shadowed_hint,
    size_ignored_hint,
    status_hint,
    table_data_hint,
    theme_name_hint,
    undrawn_chart_hint,
    utility_class_hint,
    utility_classes,
    value_field_hint,
    value_shape_hint,
    variant_synonym,
    words_cell_hint,
)
from kernel.dsl.lang_checks import (
    contradicts,
    country_code_hint,
    mismatched_lang_message,
    missing_lang_hint,
    missing_lang_message,
    rarely_meant,
    script_language,
)
from kernel.dsl.lengths import parse_length, px_or_none
from kernel.dsl.limits import MAX_CHART_VALUE, pointer
from kernel.dsl.memo import remembered_up_to
from kernel.dsl.model import (
    BASE_NAMES,
    COLUMN_FIELD_NAMES,
    EARLIER_FORMAT_FIELDS,
    EVENT_HANDLERS,
    LANGUAGE_TAG,
    THEME_NAMES,
    Element,
    Item,
    ThemeTokens,
    attribute_fields,
    css_declarations,
)
from kernel.dsl.nesting_hints import holds_document
from kernel.dsl.number_text import shown_number
from kernel.dsl.progress_value import (
    may_be_fraction,
    small_value_reading,
    stated_once,
    stated_percents,
    written_fraction,
    written_value,
)
from kernel.dsl.sizes import (
    CONTROL_TYPES,
    SCALED_TYPES,
    SIZED_TYPES,
    TEXT_TYPES,
    control_size,
    knows_size,
    size_choices,
)
from kernel.dsl.stack_layers import edge_plan, ground_index, paints_own_ground, written_layer
from kernel.dsl.style_rules import (
    REMEMBERED_LENGTH,
    StyleProblem,
    check_stylesheet,
    fetched_url_warning,
    judged_style_entry,
    style_key,
    unsafe_css_reason,
)
from kernel.dsl.suggest import did_you_mean, same_words
from kernel.dsl.theme_variable_colours import NONE_KNOWN, ground_contrast, theme_variable_colours
from kernel.errors import Issue

Key = str | int

_TONES = "info success warning danger neutral"
_VARIANTS = {
    "button": "primary secondary outline ghost danger link success",
    "badge": "neutral primary secondary success warning danger info outline solid",
    "chip": "primary outline",
    "alert": _TONES,
    "toast": _TONES,
    "skeleton": "text circle rect card avatar row",
    "list": "bullet plain checklist divided",
    "map": "plain",
    "video": "plain",
    "progress": "bar circle ring radial success warning danger info",
    "tabs": "underline pills segmented bottom",
    "accordion": "bordered plain flush ghost",
    "card": "flat muted elevated outline danger warning success info",
    "modal": "danger sheet bottomsheet actionsheet bottom drawer side sidesheet sidepanel panel offcanvas right "
    "left drawerleft",
    "link": "underline muted",
    "icon": "soft solid circle",
    "stat": "success danger warning neutral",
    "calendar": "full large month week day",
    "tooltip": "top bottom left right",
    "empty": "bordered",
    "form": "card",
    "toggle": "end",
    "radio": "cards",
    "code": "block",
    "breadcrumb": "slash",
    "stepper": "dots dot indicator",
    "pagination": "dots dot indicator",
    "avatar": "square rounded",
    "image": "logo",
}
KNOWN_VARIANTS: dict[str, frozenset[str]] = {
    kind: frozenset(names.split()) for kind, names in _VARIANTS.items()
}
"""Variants each type draws (read from the compiler's renderers); an unknown one falls back to
the default look (a warning). Types missing here (and not chart) have no variants at all."""

VARIANT_ALIASES: dict[str, dict[str, str]] = {
    "accordion": {"flush": "plain", "ghost": "plain"},
    "avatar": {"rounded": "square"},
    "badge": {"secondary": "neutral"},
    "calendar": {"large": "full", "month": "full"},
    "modal": {
        "bottomsheet": "sheet",
        "actionsheet": "sheet",
        "bottom": "sheet",
        "sidesheet": "side",
        "sidepanel": "side",
        "panel": "side",
        "offcanvas": "side",
        "right": "side",
        "drawerleft": "left",
    },
    "progress": {"ring": "circle", "radial": "circle"},
    "skeleton": {"avatar": "circle"},
    "stepper": {"dot": "dots", "indicator": "dots"},
    "pagination": {"dot": "dots", "indicator": "dots"},
}
"""Variants in KNOWN_VARIANTS that draw as another one does (accepted; not offered as choices)."""

CHART_VARIANTS = ("bar", "line", "area", "pie", "donut")
"""A chart's `variant` must be one of these (an error: there is no sensible fallback drawing)."""
CHART_VARIANT_ALIASES = {"doughnut": "donut", "ring": "donut", "column": "bar", "bars": "bar", "spline": "line"}  # fmt: skip
"""Other libraries' words for a drawn chart (Chart.js's `doughnut`), drawn as that chart (the
compiler's aliases; a unit test keeps the two equal). They and the variants are read in any case."""
CHART_KINDS = frozenset({*CHART_VARIANTS, *CHART_VARIANT_ALIASES})
"""Every word a chart's `variant` is read from (in lower case)."""


@dataclass
class Findings:
    """Errors and warnings collected by one pass over a document."""

    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)

    def error(self, path: tuple[Key, ...], message: str, code: str, suggestion: str | None = None) -> None:
        self.errors.append(Issue(pointer(path), message, code, suggestion))

    def warn(self, path: tuple[Key, ...], message: str, code: str, suggestion: str | None = None) -> None:
        self.warnings.append(Issue(pointer(path), message, code, suggestion))


@functools.cache
def _theme_variables() -> dict[str, str]:
    """The custom properties the theme sets (`primary`, `gap`, `radius`...), without `--`, with
    their default values."""
    from kernel.dsl.compiler.theme import resolve_theme  # the compiler imports this module

    return {name: str(value) for name, value in resolve_theme(None).variables.items()}


def check_semantics(
    data: Mapping[str, Any], *, icon_exists: Callable[[str], bool] | None = None, theme: Any = None
) -> Findings:
    """Every check the schema cannot express, on raw data so it runs even when the schema failed.

    Each check skips values of the wrong shape: the schema pass reports those. `theme`: a render's
    theme over the document's (`dark`, or tokens), when the caller knows it.
    """
    findings = Findings()
    css = data.get("css")
    if isinstance(css, str):
        errors, warnings = check_stylesheet(css)
        warnings += theme_variable_warnings(css, _theme_variables())
        warnings += state_selector_warnings(css) + digit_id_warnings(css)
        _report(findings, ("css",), errors, warnings)
    for where, repeated in duplicate_ids(data.get("elements")):
        findings.warn(
            (*where, "id"),
            f"an element before this one has id '{repeated}' too: a '#{repeated}' rule in css styles both",
            "duplicate_id",
            "give each element its own id",
        )
    _check_css_values(data, findings)
    _check_theme(data.get("theme"), findings)
    _check_background_tone(data, theme, findings)
    _check_bands_of_the_dropped_tone(data, theme, findings)
    _check_theme_tokens(data.get("theme"), theme, findings)
    _check_document_fields(data, findings)
    canvas = _canvas_size(data)
    elements = data.get("elements")
    _check_empty(data, findings)
    if isinstance(elements, list):
        exists = icon_exists or default_icon_exists
        stylesheet = css if isinstance(css, str) else ""
        page = _page_of(data, canvas, theme)
        for index, element in enumerate(elements):
            _check_element(element, ("elements", index), findings, exists, canvas, stylesheet, page)
    _check_annotations(data, findings)
    return findings


@dataclass(frozen=True, slots=True)
class Page:
    """What the checks of an element know of the page it is drawn on: the canvas width, the
    earlier format's breakpoints, and the colours of the theme and of what is behind it."""

    width: float | None = None
    breakpoints: Mapping[str, Any] = field(default_factory=dict)
    surface: str | None = None
    """The theme's surface colour (a card's), when it is a plain colour."""
    behind: str | None = None
    """The plain colour behind the element (the page's, a parent's), or None when unknown."""
    where: str = ""
    """What `behind` is, in words: "the dark theme's background"."""
    colours: Mapping[str, str] = field(default_factory=dict)
    """The theme variables known to hold a plain colour where the element is drawn (`primary` ->
    `#f97316`), so that a `var(--primary)` is judged as that colour (see `theme_variable_colours`)."""
    stops: tuple[str, ...] = ()
    """The colours of the gradient behind the element (each a plain colour), when that is one:
    its text must read on every one of them."""
    lang: str | None = None
    """The document's `lang`, when it is text (a calendar's weeks start on its first day)."""

    def over(
        self, behind: str | None, where: str, *, painted: bool = False, stops: tuple[str, ...] = ()
    ) -> Page:
        """This page with another colour (or the `stops` of a gradient) behind (what a parent
        paints: `painted`, then only the colours a box of its own colour keeps are still known,
        see `ISLAND_VARIABLES`); `dataclasses.replace` does the same at several times the cost,
        once per container."""
        colours = _kept_in_a_box(self.colours) if painted else self.colours
        return Page(self.width, self.breakpoints, self.surface, behind, where, colours, stops)

    @property
    def grounds(self) -> tuple[str, ...]:
        """The plain colours behind the element that its text must read on (none: unknown)."""
        return self.stops or ((self.behind,) if self.behind else ())


def _kept_in_a_box(colours: Mapping[str, str]) -> Mapping[str, str]:
    """The theme colours still known inside a box that paints its own background: those a box of
    the other tone keeps from the page (the brand's); its surface, text and fills may be its own."""
    try:
        from kernel.dsl.compiler.local_palette import ISLAND_VARIABLES
    except ImportError:
        return NONE_KNOWN
    return {name: value for name, value in colours.items() if name not in ISLAND_VARIABLES}


def _page_of(data: Mapping[str, Any], canvas: tuple[float, float] | None, override: Any) -> Page:
    """The page the document's elements are drawn on (see `Page`)."""
    breakpoints = data.get("responsiveBreakpoints")
    colours = _theme_colours(data.get("theme"), override)
    background = data.get("background")
    if _draws_dark(data.get("theme")) != _draws_dark(_chosen_theme(data.get("theme"), override)):
        background = None  # a caller's theme of the other tone drops the document's background
    behind = colours.get("background")
    where = f"{colours.get('name', 'the theme')}'s background {behind}"
    surface = colours.get("surface")
    drawn_background = None
    if isinstance(background, str) and background.strip():
        own = _plain_colour(background)
        behind, where = (own, f"the document's background {own}") if own else (None, "")
        surface = (_surface_on(own, data.get("theme"), override) if own else None) or surface
        drawn_background = background
    chosen = _chosen_theme(data.get("theme"), override)
    return Page(
        width=canvas[0] if canvas else None,
        breakpoints=breakpoints if isinstance(breakpoints, Mapping) else {},
        surface=surface,
        behind=behind,
        where=where,
        colours=_not_redefined(_theme_variable_colours(chosen, drawn_background), data.get("css")),
        lang=data.get("lang") if isinstance(data.get("lang"), str) else None,
    )


def _not_redefined(colours: Mapping[str, str], css: Any) -> Mapping[str, str]:
    """The theme's `colours` but those the document's `css` declares itself (the author's then)."""
    try:
        from kernel.dsl.compiler.theme_variables import theme_variables_kept
    except ImportError:
        return colours
    return theme_variables_kept(colours, css if isinstance(css, str) else None)


def _theme_variable_colours(chosen: Any, background: str | None) -> Mapping[str, str]:
    """`theme_variable_colours`, remembered for a short theme and background (see `_surface_on`)."""
    key = _theme_key(chosen)
    if key is _UNREMEMBERED or (background is not None and len(background) > REMEMBERED_LENGTH):
        return theme_variable_colours(chosen, background)
    return _remembered_variable_colours(key, background)


@lru_cache(maxsize=256)
def _remembered_variable_colours(key: Any, background: str | None) -> Mapping[str, str]:
    theme = {name: value for name, _, value in key} if isinstance(key, tuple) else key
    return theme_variable_colours(theme, background)


def _surface_on(background: str, theme: Any, override: Any) -> str | None:
    """The surface cards take on a page of `background`, as the compiler's page palette draws it
    (a navy page on the light theme takes the dark palette: cards a step lighter than the page,
    not white); None when the theme cannot be read or the surface is no plain colour. Remembered
    for a short background and theme: resolving a theme costs more than the rest of the pass."""
    chosen = _chosen_theme(theme, override)
    key = _theme_key(chosen)
    if key is _UNREMEMBERED or len(background) > REMEMBERED_LENGTH:
        return _drawn_surface(background, chosen)
    return _remembered_surface(background, key)


_UNREMEMBERED = object()
"""What `_theme_key` returns for a theme not to remember."""


def _theme_key(theme: Any) -> Any:
    """A theme (a caller's or a document's: a name, tokens or None) as a key to remember what
    it draws by: the name, or the tokens' (name, type, value) in order (`1` and `True` are equal
    in a tuple, not in a theme); `_UNREMEMBERED` for anything else or anything long."""
    if theme is None or (type(theme) is str and len(theme) <= REMEMBERED_LENGTH):
        return theme
    if type(theme) is not dict or len(theme) > 16:
        return _UNREMEMBERED
    key = tuple((name, type(value), value) for name, value in theme.items())
    scalars = (str, int, float, bool, type(None))
    if all(type(name) is str and kind in scalars and len(str(value)) <= 64 for name, kind, value in key):
        return key
    return _UNREMEMBERED


@lru_cache(maxsize=256)
def _remembered_surface(background: str, key: Any) -> str | None:
    theme = {name: value for name, _, value in key} if isinstance(key, tuple) else key
    return _drawn_surface(background, theme)


def _drawn_surface(background: str, chosen: Any) -> str | None:
    """`_surface_on` for the theme the render draws."""
    try:
        from kernel.dsl.compiler.local_palette import page_palette
        from kernel.dsl.compiler.theme import resolve_theme
        from kernel.dsl.model import ThemeTokens

        tokens = ThemeTokens.model_validate(chosen) if isinstance(chosen, Mapping) else chosen
        page = page_palette(tokens, resolve_theme(tokens), background, default_density="comfortable")
    except (ImportError, ValueError, TypeError):
        return None
    surface = page.theme.variables.get("surface")
    return _plain_colour(surface) if isinstance(surface, str) else None


def _theme_colours(theme: Any, override: Any) -> dict[str, str]:
    """The background and surface colours of the theme a render draws (`override` over the
    document's `theme`, as the compiler chooses), each the token written when it is a plain
    colour, else the palette's; and the theme's name in words."""
    try:
        from kernel.dsl.compiler.theme import DARK, LIGHT
    except ImportError:
        return {}
    theme = _chosen_theme(theme, override)
    tokens = theme if isinstance(theme, Mapping) else {}
    drawn = _drawn_tokens(tokens) if tokens else None
    base = theme if isinstance(theme, str) else (drawn.base if drawn else tokens.get("base", "light"))
    dark = isinstance(base, str) and base.strip().lower() == "dark"
    palette = DARK if dark else LIGHT
    colours = {"name": "the dark theme" if dark else "the light theme"}
    for token in ("background", "surface"):
        written = getattr(drawn, token) if drawn is not None else tokens.get(token)
        own = _plain_colour(written) if isinstance(written, str) else None
        colours[token] = own or palette[token]
        if own and token == "background":
            colours["name"] = "the theme"
    return colours


def _draws_dark(theme: Any) -> bool:
    """Whether `theme` (a name, tokens as written or as a model) draws the dark palette."""
    if hasattr(theme, "model_dump"):
        theme = theme.model_dump(exclude_none=True)
    return theme == "dark" or (isinstance(theme, Mapping) and _drawn_base(theme) == "dark")


def _drawn_base(tokens: Mapping[str, Any]) -> str:
    """The palette tokens (as written) are drawn in: their base, or the tone of a colour token
    that switches it (`token_tones`: a navy `background` on the light base draws dark)."""
    drawn = _drawn_tokens(tokens)
    return drawn.base if drawn is not None else str(tokens.get("base", "light"))


def _drawn_tokens(tokens: Mapping[str, Any]) -> Any:
    """The base and page colours of `tokens` (as written) as the theme draws them
    (`token_tones.drawn_tokens`), a `ThemeTokens`; None when they cannot be read."""
    try:
        from kernel.dsl.compiler.token_tones import drawn_tokens
    except ImportError:
        return None
    written = {name: tokens.get(name) for name in ("base", "background", "surface", "text")}
    try:
        model = ThemeTokens.model_validate(
            {name: value for name, value in written.items() if isinstance(value, str)}
        )
    except ValidationError:
        return None
    return drawn_tokens(model).tokens


def _chosen_theme(theme: Any, override: Any) -> Any:
    """The theme a render draws: a caller's `light` or `dark` over the document's tokens keeps
    them on that base but for their colours of the other palette; a caller's tokens win token by
    token, the same way (`kernel.dsl.compiler.theme.chosen_theme`)."""
    if hasattr(override, "model_dump"):
        override = override.model_dump(exclude_unset=True, exclude_none=True)
    if override is None:
        return theme
    if isinstance(override, str):
        if not isinstance(theme, Mapping):
            return override
        if _drawn_base(theme) == override:
            return theme
        kept = {key: value for key, value in theme.items() if key not in ("background", "surface", "text")}
        return {**kept, "base": override}
    if not isinstance(override, Mapping) or theme is None:
        return override
    mine = dict(theme) if isinstance(theme, Mapping) else {"base": theme}
    tones = ("base", "background", "surface", "text")
    if any(name in override for name in tones) and _drawn_base(override) != _drawn_base(mine):
        mine = {key: value for key, value in mine.items() if key not in tones}
    return {**mine, **override}


@remembered_up_to(REMEMBERED_LENGTH, entries=4096)
def _plain_colour(value: str) -> str | None:
    """`value` when it is one opaque sRGB or HSL colour (`#fff`, `rgb(0 0 0)`, `navy`), else None.
    Remembered for short values: every element's background and text colour is asked for."""
    text = value.strip()
    if _is_color(text) is not True or text.lower() in _CSS_WIDE or text.lower() in _SYSTEM_COLORS:
        return None
    parsed = tinycss2.color4.parse_color(text)
    if parsed is None or isinstance(parsed, str) or parsed.space not in ("srgb", "hsl") or parsed.alpha < 1:
        return None
    return text


_VERSION_ONE = re.compile(r"v?1(?:\.0)*")
"""How version 1 is written: 1, "1", "1.0", "v1"."""


def _check_document_fields(data: Mapping[str, Any], findings: Findings) -> None:
    """Document fields the schema takes that say something untrue: a DSL version that does not
    exist, a language code that names no language, a phone frame's address (only a browser
    frame has an address bar), a browser frame's `style` (only a window frame has a look)."""
    version = data.get("version")
    if isinstance(version, str | int | float) and not isinstance(version, bool):
        written = f"{shown_number(version)}" if isinstance(version, int | float) else version.strip()
        if not _VERSION_ONE.fullmatch(written.lower()):
            findings.warn(
                ("version",),
                f"there is no DSL version '{_shown_value(written)}': the document is read as version 1",
                "invalid_value",
                "write version: 1 (the only version), or leave it out",
            )
    _check_lang(data, findings)
    frame = data.get("frame")
    if (
        isinstance(frame, Mapping)
        and frame.get("url") not in (None, "")
        and frame.get("type") in ("window", "phone", "tablet", "none")
    ):
        drawn = (
            f"a {frame['type']} frame has no address bar" if frame["type"] != "none" else "no frame is drawn"
        )
        if frame["type"] == "window":
            drawn += " (its title bar shows the document's title)"
        findings.warn(
            ("frame", "url"),
            f"{drawn}, so 'url' is not drawn",
            "field_ignored",
            "a browser frame shows it: frame: {type: browser, url: ...}; or remove it",
        )
    if (
        isinstance(frame, Mapping)
        and frame.get("style") is not None
        and frame.get("type", "browser") != "window"
    ):
        findings.warn(
            ("frame", "style"),
            f"a {frame.get('type', 'browser')} frame has no look to pick, so 'style' is not drawn",
            "field_ignored",
            "a window frame takes it: frame: {type: window, style: mac} (or windows); or remove it",
        )


def _check_lang(data: Mapping[str, Any], findings: Findings) -> None:
    """A `lang` that names no language (a country's code, `jp`, says which language it meant),
    one that names a language rarely meant (`kr`, Kanuri, for Korean), one the texts' script
    contradicts (`en` on an all-Arabic document), or none where the texts' script names their
    language (Arabic, kana, hangul...: see `script_language`)."""
    lang = data.get("lang")
    if isinstance(lang, str) and re.fullmatch(LANGUAGE_TAG, lang) and not is_language(lang):
        findings.warn(
            ("lang",),
            f"'{lang}' is not a language: the words drawn by default (a select's placeholder, "
            "a pagination's Previous) are English and no language's hyphenation applies",
            "invalid_value",
            country_code_hint(lang) or language_tag_hint(lang),
        )
    elif isinstance(lang, str) and (rare := rarely_meant(lang)) is not None:
        findings.warn(
            ("lang",),
            f"'{lang}' names {rare.language}, which is rarely the language meant",
            "unlikely_lang",
            f"did you mean '{rare.meant}'? ('{rare.code}' is also the country code of {rare.country}); "
            f"keep '{lang}' for {rare.language}",
        )
    elif (
        isinstance(lang, str)
        and re.fullmatch(LANGUAGE_TAG, lang)
        and (guess := script_language(data)) is not None
        and contradicts(lang, guess)
    ):
        findings.warn(
            ("lang",),
            mismatched_lang_message(lang, guess),
            "lang_mismatch",
            f"lang: {guess.tag}" + (f", or {guess.others}" if guess.others else ""),
        )
    elif lang is None and (guess := script_language(data)) is not None:
        findings.warn(
            ("lang",),
            missing_lang_message(guess, rtl_set=str(data.get("dir", "")).lower() == "rtl"),
            "missing_lang",
            missing_lang_hint(guess),
        )


EMPTY_DOCUMENT_HINT = (
    'add what the screen shows: elements: [{type: heading, text: "Welcome"}, '
    '{type: paragraph, text: "..."}, {type: button, label: "Get started"}]'
)


def _check_empty(data: Mapping[str, Any], findings: Findings) -> None:
    """A document without elements draws a blank canvas: say so, unless its elements are under
    another name (`components`) or the whole document under a key (`document: {elements: ...}`),
    which the schema pass reports."""
    elements = data.get("elements")
    if elements not in (None, []):
        return
    if any(document_field_hint(str(key)) == "did you mean 'elements'?" for key in data):
        return
    if any(holds_document(value) for value in data.values()):  # a document one level too deep
        return
    where: tuple[Key, ...] = ("elements",) if "elements" in data else ()
    message = "the document has no elements: a blank canvas is drawn"
    findings.warn(where, message, "empty_document", EMPTY_DOCUMENT_HINT)


def _check_annotations(data: Mapping[str, Any], findings: Findings) -> None:
    """Each annotation's `target` names an element's id (once: a note can point at one place)."""
    annotations = data.get("annotations")
    if not isinstance(annotations, list):
        return
    ids = Counter(_element_ids(data.get("elements")))
    entry_ids = _entry_ids(data.get("elements"))
    for index, note in enumerate(annotations):
        if not isinstance(note, Mapping):
            continue
        path: tuple[Key, ...] = ("annotations", index)
        color = note.get("color")
        reason = unsafe_css_reason(color) if isinstance(color, str) else None
        if reason is not None:
            findings.error((*path, "color"), reason, "unsafe_css")
        else:
            _check_color(color, (*path, "color"), findings)
        target = note.get("target")
        if not isinstance(target, str):
            continue
        if target not in ids and target in entry_ids:
            findings.error(
                (*path, "target"),
                f"'{target}' is the id of {entry_ids[target]}, which takes no id: a note points at an element",
                "unknown_target",
                "point the note at the element holding it (give that an id), or draw the button as an element "
                f"of its own in the parent's 'children': {{type: button, id: {target}, label: ...}}",
            )
        elif target not in ids:
            findings.error(
                (*path, "target"),
                f"no element has id '{target}'",
                "unknown_target",
                did_you_mean(target, ids) if ids else "give the element an id (id: ...) and name it here",
            )
        elif ids[target] > 1:
            findings.warn(
                (*path, "target"),
                f"{ids[target]} elements have id '{target}': the note points at the last of them",
                "duplicate_id",
                "give each element its own id",
            )


def _all_elements(elements: Any) -> Iterator[Mapping[str, Any]]:
    """Every element at any depth: children, and the elements in a table's cells."""
    stack = [elements]
    while stack:
        level = stack.pop()
        if not isinstance(level, list):
            continue
        for element in level:
            if isinstance(element, Mapping):
                yield element
                stack.append(element.get("children"))
                stack.extend(_cell_elements(element.get("rows")))


def _element_ids(elements: Any) -> list[str]:
    """The `id` of every element at any depth (a table cell's too: it is drawn on the element) and
    of every action (its button's), repeats included."""
    found: list[str] = []
    for element in _all_elements(elements):
        if isinstance(element.get("id"), str):
            found.append(element["id"])
        actions = element.get("actions") if element.get("type") not in _WORD_ACTIONS else None
        for action in actions if isinstance(actions, list) else []:
            if isinstance(action, Mapping) and isinstance(action.get("id"), str):
                found.append(action["id"])  # drawn on the action's button
    return found


_WORD_ACTIONS = frozenset({"pagination"})
"""Types whose `actions` are words (a pagination's steps), not buttons: an id on one is not drawn."""


def _entry_ids(elements: Any) -> dict[str, str]:
    """The ids written on entries of `items` (which take none: the schema says so too), each with
    what it is ("an entry of 'items' of a navbar"), for a note's target that names one."""
    found: dict[str, str] = {}
    held = (("items", "an entry of 'items'"), ("actions", "an action"))
    for element in _all_elements(elements):
        kind = element.get("type")
        for holder, what in held if kind in _WORD_ACTIONS else held[:1]:
            entries = element.get(holder)
            for entry in entries if isinstance(entries, list) else []:
                if isinstance(entry, Mapping) and isinstance(entry.get("id"), str):
                    found.setdefault(entry["id"], f"{what} of a {kind}" if isinstance(kind, str) else what)
    return found


def _cell_elements(rows: Any) -> list[list[Any]]:
    """The elements in a table's cells, as lists (a cell is an element, or a list of elements
    and words)."""
    if not isinstance(rows, list):
        return []
    cells = [
        cell
        for row in rows
        if isinstance(row, list | Mapping)
        for cell in (row.values() if isinstance(row, Mapping) else row)
    ]
    return [cell if isinstance(cell, list) else [cell] for cell in cells if isinstance(cell, list | Mapping)]


def _check_css_values(data: Mapping[str, Any], findings: Findings) -> None:
    """The page `background` and theme tokens become CSS too: the same url()/@import rules apply.

    The compiler neutralizes them anyway; rejecting here tells the author why nothing showed.
    """
    values: list[tuple[tuple[Key, ...], Any]] = [(("background",), data.get("background"))]
    theme = data.get("theme")
    if isinstance(theme, Mapping):
        values += [(("theme", str(name)), value) for name, value in theme.items()]
    for path, value in values:
        is_background = path == ("background",)
        reason = unsafe_css_reason(value, urls_dropped=is_background) if isinstance(value, str) else None
        if reason is not None:
            findings.error(path, reason, "unsafe_css")
        elif is_background:
            # Like a style value's: a url() of a picture to fetch is left out, the rest is drawn.
            fetched = fetched_url_warning("background", value)
            if fetched is not None:
                findings.warn(path, fetched.message, fetched.code, fetched.suggestion)
            else:
                _check_color(value, path, findings, images=True)
        elif path[-1] in THEME_COLORS:
            _check_color(value, path, findings, theme=True)


def _check_theme(theme: Any, findings: Findings) -> None:
    """A theme named in words other than light or dark (the earlier format took any name:
    `default`) draws the light theme; a theme `font` none of whose families is installed draws
    another face. Both are drawn all the same: say so, and what is drawn."""
    if isinstance(theme, str) and theme.strip().lower() not in THEME_NAMES:
        message = f"there is no theme '{_shown_value(theme)}': the light theme is drawn"
        findings.warn(("theme",), message, "invalid_value", theme_name_hint(theme))
    base = theme.get("base") if isinstance(theme, Mapping) else None
    if isinstance(base, str) and base.strip().lower() not in BASE_NAMES:
        message = f"there is no theme '{_shown_value(base)}': the light theme is drawn under these tokens"
        findings.warn(("theme", "base"), message, "invalid_value", theme_name_hint(base))
    font = theme.get("font") if isinstance(theme, Mapping) else None
    if isinstance(font, str) and unsafe_css_reason(font) is None:
        _check_theme_font(font, findings)


def _check_background_tone(data: Mapping[str, Any], override: Any, findings: Findings) -> None:
    """A document whose theme says dark (or light) and whose own `background` is of the other
    tone is drawn in that tone's palette (a dark theme's page copied from an example's light
    `#f8fafc` came out light): say which palette is drawn and how to get the theme's. Only a
    background plain or every stop of whose gradient is of the other tone, and only when it is
    drawn: a caller's theme of the other tone drops it (the compiler's `own_background`)."""
    theme, background = data.get("theme"), data.get("background")
    base = _written_base(theme)
    if base is None or not isinstance(background, str) or not background.strip():
        return
    if override is not None and (_written_base(_chosen_theme(theme, override)) or "light") != base:
        return
    other = "light" if base == "dark" else "dark"
    if _background_tones(background) != {other}:
        return
    cards = "dark text, light cards" if other == "light" else "light text, dark cards"
    example = "#f8fafc" if base == "light" else "#0f172a"
    findings.warn(
        ("background",),
        f"the background '{_shown_value(background)}' is {other}, so the page is drawn in the {other} "
        f"palette ({cards}), not the {base} theme's",
        "background_tone",
        f"for a {base} page remove 'background' (the {base} theme's own is drawn) or pick a {base} one "
        f"such as '{example}'; for a {other} page write the theme's base as {other}",
    )


def _check_bands_of_the_dropped_tone(data: Mapping[str, Any], override: Any, findings: Findings) -> None:
    """A caller's theme of the other tone than the document's (`--theme dark` over a light
    document) drops the document's `background`, but not the backgrounds its boxes' styles write:
    say which boxes stay of the document's tone (`band_tones`)."""
    if override is None:
        return
    written = data.get("theme")
    if _draws_dark(written) == _draws_dark(_chosen_theme(written, override)):
        return
    band = bands_of_the_documents_tone(data.get("elements"), "dark" if _draws_dark(written) else "light")
    if band is not None:
        findings.warnings.append(band)


def _check_theme_tokens(theme: Any, override: Any, findings: Findings) -> None:
    """Colour tokens drawn otherwise than written (a page token of the other tone switches the
    palette; a translucent primary is drawn opaque), a `text` that does not read, a colour whose
    contrast cannot be checked (`theme_checks`): of the document's tokens as the render draws
    them (a caller's theme of the other tone drops their page colours; tokens replace them)."""
    if not isinstance(theme, Mapping) or not (override is None or isinstance(override, str)):
        return
    chosen = _chosen_theme(theme, override)
    try:
        from kernel.dsl.theme_checks import theme_token_notes
    except ImportError:
        return
    for note in theme_token_notes(chosen):
        findings.warn(("theme", note.token), note.message, note.code, note.suggestion)


def _written_base(theme: Any) -> str | None:
    """The palette a theme names, `light` or `dark` (`theme: dark`, `{base: dark}`), or None when
    it names none (tokens without a base are drawn light, but no tone was chosen)."""
    if hasattr(theme, "model_dump"):
        theme = theme.model_dump(exclude_none=True)
    base = theme.get("base") if isinstance(theme, Mapping) else theme
    word = base.strip().lower() if isinstance(base, str) else None
    word = "light" if word == "wireframe" else word  # the light palette in greyscale
    return word if word in BASE_NAMES else None


def _background_tones(background: str) -> set[str]:
    """The tone of each colour a document `background` shows (a plain colour's, each of a
    gradient's stops') as the compiler's page palette judges a ground; empty when it cannot be
    judged (an image, a translucent colour) or the compiler is not at hand."""
    try:
        from kernel.dsl.compiler.local_palette import ground_of, page_ground, shown_colours
        from kernel.dsl.compiler.sanitize import sanitize_value
    except ImportError:
        return set()
    value = sanitize_value(background)
    ground = page_ground(background)
    shown = shown_colours({"background": value}) if value and ground else None
    if ground is None or not shown:
        return set()
    return {ground.tone} | {ground_of([colour[:3]]).tone for colour in shown}


def _check_theme_font(font: str, findings: Findings) -> None:
    """Pages fetch no fonts: a family that is not installed is drawn in the face the compiler
    puts in its place (when the compiler is present to say which)."""
    try:
        from kernel.dsl.compiler.fonts import drawn_instead
    except ImportError:
        return
    instead = drawn_instead(font)
    if instead is not None:
        findings.warn(
            ("theme", "font"),
            f"'{_shown_value(font)}' is not installed (pages fetch no fonts), so {instead} is drawn instead",
            "font_unavailable",
            "the installed families are Noto's (Noto Sans, Noto Serif, Noto Sans Mono...) and DejaVu's; "
            "a generic family (sans-serif, serif, monospace) is drawn in one of them",
        )


def _report(
    findings: Findings,
    path: tuple[Key, ...],
    errors: Sequence[StyleProblem],
    warnings: Sequence[StyleProblem] = (),
) -> None:
    for problem in errors:
        findings.error(path, problem.message, problem.code, problem.suggestion)
    for problem in warnings:
        findings.warn(path, problem.message, problem.code, problem.suggestion)


def _canvas_size(data: Mapping[str, Any]) -> tuple[float, float] | None:
    """The document's own canvas in CSS px when it can be known from the document alone."""
    device = data.get("device")
    preset = DEVICES.get(device) if isinstance(device, str) else None
    width = data.get("width", preset[0] if preset else 800)
    height = data.get("height", preset[1] if preset else 600)
    if not (_is_number(width) and _is_number(height)):
        return None
    try:
        return float(width), float(height)
    except OverflowError:  # a side of hundreds of digits (the schema's error says so)
        return None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


DONUT_VARIANTS = frozenset({"donut", "doughnut", "ring"})
"""A chart's variants that draw a ring, whose hole holds the chart's `label`."""


def _check_fields_drawn(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """A field the type does not draw would vanish without a word: say where it goes instead."""
    undrawn = UNDRAWN_FIELDS.get(kind, frozenset())
    for name in sorted(name for name in element if name in undrawn):  # most elements have none
        if element.get(name) in (None, "", [], {}):
            continue
        donut = str(element.get("variant")).strip().lower() in DONUT_VARIANTS
        if kind == "chart" and name == "label" and donut:
            continue  # a donut draws its label in its hole
        alternative: str | None
        if (kind, name) in TYPE_FIELD_ALTERNATIVES:
            named = element.get("name") or element.get("icon")  # an icon's name, in either field
            alternative = filled(TYPE_FIELD_ALTERNATIVES[kind, name], element[name], named)
        elif kind == "code" and name == "actions":
            alternative = CODE_ACTIONS
        elif name == "text":
            alternative = TEXT_ALTERNATIVES.get(kind)
        elif "items" not in UNDRAWN_FIELDS[kind] and name in ITEM_FIELD_ALTERNATIVES:
            alternative = ITEM_FIELD_ALTERNATIVES[name]
        else:
            alternative = FIELD_ALTERNATIVES.get(name)
        findings.warn((*path, name), f"'{kind}' does not draw '{name}'", "field_ignored", alternative)


CHILDREN_NOT_ITEMS = frozenset(kind for kind in CONTAINER_TYPES if "items" in UNDRAWN_FIELDS[kind])
"""Containers that draw `children` and no `items` (a row, a card, a form): an element written in
their `items` is not drawn at all."""


def elements_in_items(kind: Any, element: Mapping[str, Any]) -> list[int]:
    """The indexes of the elements (objects with a `type`) written in the `items` of a container
    that draws `children` instead (`{type: row, items: [{type: button, text: Save}]}`): none of
    them is drawn, whatever their type. Empty for any other element."""
    items = element.get("items")
    if not isinstance(kind, str) or kind not in CHILDREN_NOT_ITEMS or not isinstance(items, list):
        return []
    return [index for index, entry in enumerate(items) if isinstance(entry, Mapping) and "type" in entry]


def _report_elements_in_items(
    kind: str, element: Mapping[str, Any], moved: list[int], path: tuple[Key, ...], findings: Findings
) -> None:
    """An error for elements written in a container's `items` (it draws `children`): they are
    lost from the picture, so the document is not drawn until they are moved; the suggestion
    gives them back as children (a text entry among them as a text element)."""
    items = element["items"]
    if len(items) == 1:
        named = items[0]["type"]
        what = f"'{named}'" if named in ELEMENT_TYPES else "element"
        written, them = f"the {what} written there is", "it"
    else:
        written, them = f"the {len(items)} entries written there are", "them"
    message = f"'{kind}' draws 'children', not 'items': {written} not drawn"
    hint = f"move {them} to 'children': {children_of(items)}"
    findings.error((*path, "items"), message, "elements_in_items", hint)


_CHECKED_APART = frozenset(
    {"type", "id", "className", "style", "layout", "children", "variant", "size", "color", "iconPosition",
     "value", "status", *CONTENT_FIELDS, *EARLIER_FORMAT_FIELDS}
)  # fmt: skip
"""Fields not judged by `_check_own_fields_drawn`: those every element takes, the content fields
(`_check_fields_drawn`) and those with checks of their own."""
OWN_FIELDS = frozenset(Element.model_fields) - _CHECKED_APART
"""The fields of the element model that only some types draw (`DRAWN_FIELDS`)."""
UNWARNED_FIELDS = frozenset(
    {("chip", "active"), ("stepper", "active"), ("textarea", "inputType"), ("search", "inputType"),
     ("slider", "step")}
)  # fmt: skip
"""Fields `DRAWN_FIELDS` does not list for a type that are never warned of: drawn though agents
are not told of them (another field says the same: a chip's `checked`, a stepper's `current`);
and a slider's `step`, how its thumb moves, which no picture shows but every real slider is given."""
DRAWN_BESIDE = {("avatar", "max"): "items", ("card", "alt"): "src", ("video", "alt"): "src"}
"""Fields a type draws only beside another (whatever `DRAWN_FIELDS` says, which is probed without
some of them): the faces an avatar group shows before its "+N", a picture's alt text (a
placeholder's caption)."""


def _check_own_fields_drawn(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """A field of the model that the type does not draw (`gap` on a button, `change` on a card,
    `copyable` on a paragraph) would vanish without a word: say so, and where it goes. `false`
    and empty values draw nothing anywhere, and a value of the wrong kind is the schema pass's:
    they pass."""
    for name in [name for name in element if name in OWN_FIELDS]:
        if _is_blank(element[name]) or _checked_elsewhere(kind, name):
            continue
        beside = DRAWN_BESIDE.get((kind, name))
        if beside is not None:
            if _is_blank(element.get(beside)) and _accepted(name, element[name]):
                message = f"'{kind}' draws '{name}' only beside '{beside}'"
                findings.warn((*path, name), message, "field_ignored", f"give it '{beside}', or remove it")
        elif (
            name not in _drawn_fields(kind, element)
            and (kind, name) not in UNWARNED_FIELDS
            and _accepted(name, element[name])
        ):
            drawn_by = [other for other, fields in DRAWN_FIELDS.items() if name in fields]
            if name == "options" and kind in ("checkbox", "toggle"):
                hint = on_off_group_hint(kind, element)
            else:
                hint = own_field_hint(name, element[name], drawn_by, kind)
            findings.warn((*path, name), f"'{kind}' does not draw '{name}'", "field_ignored", hint)


def _drawn_fields(kind: str, element: Mapping[str, Any]) -> frozenset[str]:
    """The fields `kind` draws; an input drawn as another control (`inputType: checkbox` as a
    checkbox, `range` as a slider) draws that control's too (`checked`, `min`, `max`, `step`)."""
    drawn = DRAWN_FIELDS[kind]
    if kind != "input":
        return drawn
    written, _ = _input_type_of(element)
    other = inputs_drawn_as().get(written.strip().lower()) if isinstance(written, str) else None
    return drawn | DRAWN_FIELDS[other] | {"step"} if other else drawn


def _input_type_of(element: Mapping[str, Any]) -> tuple[Any, tuple[Key, ...]]:
    """An input's type as written, and where: its `inputType`, else the earlier format's
    `customAttributes: {type: ...}` (as the model reads it)."""
    if element.get("inputType") is not None:
        return element["inputType"], ("inputType",)
    attributes = element.get("customAttributes")
    read = attribute_fields("input", attributes if isinstance(attributes, Mapping) else None, {})
    for attribute, (read_as, value) in read.items():
        if read_as == "inputType":
            return value, ("customAttributes", str(attribute))
    return None, ()


def _is_blank(value: Any) -> bool:
    return value is None or value is False or value in ("", [], {})


def _checked_elsewhere(kind: str, name: str) -> bool:
    """A text's `href` (`_check_href`) and a table's `data` (`_check_table`) are told of apart."""
    return (name == "href" and kind in _PLAIN_TEXT_TYPES) or (name == "data" and kind == "table")


def _accepted(name: str, value: Any) -> bool:
    """Whether the schema takes `value` for the element field `name` (else it reports it)."""
    try:
        Element.model_validate({"type": "text", name: value})
    except ValidationError:
        return False
    return True


_SHADOWED = {
    **dict.fromkeys(("text", "paragraph", "link", "label", "chip"), "label<text"),
    **dict.fromkeys(("input", "textarea", "search"), "text<value hint<error"),
    **dict.fromkeys(("select", "slider"), "hint<error"),
    **dict.fromkeys(("button", "divider", "spinner"), "text<label"),
    "radio": "text<label hint<error+options",
    "avatar": "name<items alt<items",
    **dict.fromkeys(("checkbox", "toggle"), "text<label hint<error description<error description<hint"),
    **dict.fromkeys(("alert", "toast"), "description<text label<text label<description"),
    **dict.fromkeys(("heading", "tooltip"), "label<text title<text title<label"),
    "image": "label<alt title<alt title<label",
    "modal": "text<description label<title",
    "empty": "description<text label<title",
    "header": "text<title",
    "code": "value<text",
    "badge": "label<text value<text value<label",
    "upload": "placeholder<text",
    "menu": "label<title",
    "stat": "title<label text<description+value",
    "video": "text<title text<label label<title",
    "map": "title<label text<label text<title",
}  # fmt: skip
SHADOWED_FIELDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    kind: tuple(
        (hidden, tuple(shown.split("+"))) for hidden, shown in (rule.split("<") for rule in rules.split())
    )
    for kind, rules in _SHADOWED.items()
}
"""Fields drawn in one place, so that one hides the other: `hidden<shown` (`text<label`: a
button with both draws its label); `shown+also` when it is hidden only beside a third field too (a
stat's `text` is the line under its figure unless it has a `description`, and its figure without
a `value`; a radio group's error hides its hint, a lone radio's does not). A field's
placeholder under a value is no such case: a filled field shows its value, as a real one does."""


def _check_shadowed_fields(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """Two fields given for the one place a type draws either in (a button's `label` and `text`,
    a map's `label` and `title`): the one not drawn would vanish without a word. The same words
    twice lose nothing."""
    for hidden, (shown, *beside) in SHADOWED_FIELDS.get(kind, ()):
        value = element.get(hidden)
        if _is_blank(value) or any(_is_blank(element.get(name)) for name in (shown, *beside)):
            continue
        if element.get(shown) == value:
            continue
        message = f"'{kind}' draws '{shown}' where '{hidden}' would go: '{hidden}' is not drawn"
        findings.warn((*path, hidden), message, "field_ignored", shadowed_hint(kind, hidden, shown))


def _check_look_fields(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """`color` on a type that draws none, a heading's `size` (its size is its level), a size word
    a sized type does not know, an icon's side on a type that draws none, and an avatar's caption
    without a name would vanish without a word: say what to write instead."""
    color = element.get("color")
    if isinstance(color, str) and color.strip() and kind not in COLOR_TYPES:
        findings.warn(
            (*path, "color"),
            f"'{kind}' does not draw 'color'",
            "field_ignored",
            color_hint(kind, color, KNOWN_VARIANTS.get(kind, ())),
        )
    if kind == "heading" and element.get("size") not in (None, ""):
        hint = heading_size_hint(element["size"])
        findings.warn((*path, "size"), "'heading' does not draw 'size'", "field_ignored", hint)
    if kind == "tabs" and element.get("size") not in (None, "") and _variant_word(element) == "bottom":
        findings.warn(
            (*path, "size"),
            "a bottom tab bar is drawn at its platform's size: 'size' is not drawn",
            "field_ignored",
            "remove it (size sm|md|lg sizes tabs drawn at the top of a page or a card)",
        )
    elif kind in SIZED_TYPES or kind in CONTROL_TYPES or kind in SCALED_TYPES or kind == "header":
        _check_size_word(kind, element.get("size"), (*path, "size"), findings)
    elif kind != "heading":
        _check_size_drawn(kind, element, path, findings)
    if kind == "avatar" and element.get("description") not in (None, ""):
        _check_avatar_caption(element, path, findings)
    if element.get("iconPosition") not in (None, "") and kind not in ICON_POSITION_TYPES:
        findings.warn(
            (*path, "iconPosition"),
            f"'{kind}' does not draw 'iconPosition'",
            "field_ignored",
            "only buttons, links and chips draw their icon after the label: remove it",
        )


def _variant_word(element: Mapping[str, Any]) -> str:
    """An element's variant as the renderers read it: lower case, without surrounding spaces."""
    variant = element.get("variant")
    return variant.strip().lower() if isinstance(variant, str) else ""


def _check_avatar_caption(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """An avatar draws its `description` beside the face, under the name: not without a name, nor
    beside a group of faces (`items`)."""
    where = (*path, "description")
    if element.get("items"):
        message, hint = "a group of avatars ('items') draws no caption", _BESIDE
    elif not any(
        isinstance(element.get(name), str) and element[name] for name in ("name", "text", "label", "alt")
    ):
        message, hint = "an avatar draws 'description' only beside a name", _NAME_FIRST
    else:
        return
    findings.warn(where, message, "field_ignored", hint)


def _check_size_word(kind: str, size: Any, where: tuple[Key, ...], findings: Findings) -> None:
    """A text's, badge's or modal's `size` that is no word (or px) it knows is drawn at the
    default size, a button's or a field's (`huge`, `xl`, `40`) at md: say which sizes there are."""
    if isinstance(size, bool) or size in (None, "") or knows_size(kind, size):
        return
    if isinstance(size, str):
        shown = f"'{size}'"
    elif isinstance(size, int | float):
        shown = f"{shown_number(size)}"
    else:
        return  # a list or an object: the schema pass reports it
    drawn = f"it is drawn {control_size(size)}" if kind in CONTROL_TYPES else "its default size is drawn"
    message = f"{shown} is not a size of '{kind}'; {drawn}"
    hint = size_choices(kind)
    if kind in TEXT_TYPES and isinstance(size, str) and re.fullmatch(r"[hH][1-6]", size.strip()):
        hint = f"a heading is {{type: heading, level: {size.strip()[1]}}}; {hint}"
    findings.warn(where, message, "invalid_value", hint)


SIZE_TYPES = frozenset(
    {*SIZED_TYPES, "button", "avatar", "icon", "progress", "chart", "spinner", "rating", "header", "section",
     "spacer", "heading", "skeleton", "table", "stat", "input", "select", "search", "textarea", "tabs"}
)  # fmt: skip
"""Types whose `size` is drawn (read from the compiler's renderers: a skeleton's only as a circle
or a block); a heading's `size` warns on its own. The table's and the stat's are being drawn
(sm/md/lg): they do not warn."""


def _check_size_drawn(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """A `size` on a type that draws none would vanish without a word: say where it goes."""
    size = element.get("size")
    if size in (None, "") or isinstance(size, bool | list | dict):
        return
    variant = element.get("variant")
    if kind in SIZE_TYPES and not (kind == "skeleton" and variant not in ("circle", "avatar", "rect")):
        return
    hint = size_ignored_hint(kind, size, variant)
    findings.warn((*path, "size"), f"'{kind}' does not draw 'size'", "field_ignored", hint)


VALUE_TYPES = frozenset(
    {"input", "textarea", "select", "search", "checkbox", "radio", "toggle", "slider", "code", "badge", "stat",
     "progress", "calendar", "rating", "video"}
)  # fmt: skip
"""Types that draw `value` (a field's text, a checked state, a figure, a chosen day; a code's or a
badge's words when they have no `text`). A unit test renders the others and keeps this true."""


EVERY_ELEMENT_FIELDS = ("type", "id", "className", "style", "layout")
"""The fields every element takes, whatever its type."""


def fields_drawn_by(kind: str) -> list[str]:
    """The fields an element of type `kind` draws (what the shared model takes, less what the
    checks here warn of on that type): its content fields, its own (`DRAWN_FIELDS`), `children`
    on a container, and `variant`, `size`, `color`, `iconPosition`, `value` and `status` where
    drawn; then the fields every element takes. Unknown-field suggestions offer these first."""
    fields = [name for name in CONTENT_FIELDS if name not in UNDRAWN_FIELDS.get(kind, ())]
    fields += sorted(DRAWN_FIELDS.get(kind, ()))
    looks = {
        "children": kind in CONTAINER_TYPES,
        "variant": kind in KNOWN_VARIANTS or kind == "chart",
        "size": kind in SIZE_TYPES and kind not in ("heading", "skeleton"),  # a skeleton's by its variant
        "color": kind in COLOR_TYPES,
        "iconPosition": kind in ICON_POSITION_TYPES,
        "value": kind in VALUE_TYPES,
        "status": kind == "avatar",
    }
    fields += [name for name, drawn in looks.items() if drawn and name not in fields]
    return [*dict.fromkeys(fields), *EVERY_ELEMENT_FIELDS]


def undrawn_field_hint(kind: str, name: str, value: Any) -> str | None:
    """Where the field `name` goes on an element of type `kind` that does not draw it, as the
    checks here say it (`color` on a text: its style's colour); None when it is drawn."""
    findings = Findings()
    element = {"type": kind, name: value}
    for check in (_check_fields_drawn, _check_own_fields_drawn, _check_look_fields, _check_value_drawn,
                  _check_status, _check_href):  # fmt: skip
        check(kind, element, (), findings)
    return next((issue.suggestion for issue in findings.warnings if issue.path == pointer((name,))), None)


def _check_value_drawn(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """A `value` on a type that draws none (`{type: text, value: hi}` draws an empty text): say
    where it goes, the words of a text in `text`."""
    value = element.get("value")
    if kind in VALUE_TYPES or value is None or value == "" or isinstance(value, list | dict):
        return
    hint = value_field_hint(kind, value, element)
    findings.warn((*path, "value"), f"'{kind}' does not draw 'value'", "field_ignored", hint)


def _check_value_list(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """A list `value` is a select's chosen options (drawn as chips); on any other type it is an
    error, as the schema reported before selects took one: a slider has one thumb, a radio group
    or a field one value."""
    value = element.get("value")
    if kind == "select" or not isinstance(value, list):
        return
    message = "expected a string, an integer, a number or a boolean, got a list"
    findings.error(
        (*path, "value"), message, "invalid_type", value_shape_hint(kind, value) or _one_value_hint(kind)
    )


def _one_value_hint(kind: str) -> str:
    """Where several values go: a select's chosen options."""
    if kind == "radio":
        return "a radio group has one chosen option; several chosen ones are a select's: {type: select, multiple: true}"
    return "only a select takes a list, its chosen options: {type: select, multiple: true, value: [A, B]}"


_MARKUP_FIELDS = ("text", "label", "title", "description", "hint", "error")
_MARKUP_ENTRY_FIELDS = ("label", "text", "description")
_TEXT_FIELDS = frozenset({*_MARKUP_FIELDS, "items", "actions", "options"})
"""The fields `_check_markup` reads words from."""


def _check_markup(kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """HTML tags or Markdown in a text are drawn as written (`<b>` and all): warn once per field
    with what to write instead. A code element shows code as written: never."""
    if kind == "code" or _TEXT_FIELDS.isdisjoint(element):
        return
    for name in _MARKUP_FIELDS:
        text = element.get(name)
        if isinstance(text, str) and text:
            _check_markup_in(text, name, kind, (*path, name), findings)
    for list_field in ("items", "actions", "options"):
        entries = element.get(list_field)
        for index, entry in enumerate(entries if isinstance(entries, list) else ()):
            if isinstance(entry, str):
                if entry:
                    _check_markup_in(entry, "label", kind, (*path, list_field, index), findings)
            elif type(entry) is dict or isinstance(entry, Mapping):
                for name in _MARKUP_ENTRY_FIELDS:
                    text = entry.get(name)
                    if isinstance(text, str) and text:
                        _check_markup_in(text, name, kind, (*path, list_field, index, name), findings)


def _check_markup_in(text: str, name: str, kind: str, where: tuple[Key, ...], findings: Findings) -> None:
    """Warn of HTML or Markdown in `text`, the field `name` of a `kind` (see `_check_markup`), as
    it is drawn: its character references read (`&mdash;` is drawn "—", nothing to say; one
    written twice over, `&amp;mdash;`, is drawn `&mdash;`)."""
    markup = markup_in_text(decoded(text), kind)
    if markup is not None:
        message = f"{markup.found} in '{name}' {markup.verb} drawn as written"
        findings.warn(where, message, "markup_in_text", markup.suggestion)


THEME_COLORS = frozenset({"primary", "background", "surface", "text"})
"""The theme tokens that are colours."""
_STYLE_COLORS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("color", "backgroundColor", "borderTopColor", "borderRightColor", "borderBottomColor",
         "borderLeftColor", "outlineColor", "textDecorationColor"), frozenset()
    ),
    **dict.fromkeys(("caretColor", "accentColor"), frozenset({"auto"})),
    **dict.fromkeys(("fill", "stroke"), frozenset({"none", "context-fill", "context-stroke"})),
}  # fmt: skip
"""Style properties that take one colour, each with the other words it takes."""
_TONE_WORDS = frozenset(
    {"primary", "neutral", "muted", "secondary", "success", "warning", "danger", "error", "info"}
)
"""Tone names the compiler draws as the theme's colour where an element's `color` is read."""
_CSS_WIDE = frozenset(
    {"inherit", "initial", "unset", "revert", "revert-layer", "currentcolor", "transparent"}
)
_SYSTEM_COLOR_WORDS = (
    "accentcolor accentcolortext activetext buttonborder buttonface buttontext canvas canvastext field "
    "fieldtext graytext highlight highlighttext linktext mark marktext selecteditem selecteditemtext "
    "visitedtext"
)
_SYSTEM_COLORS = frozenset(_SYSTEM_COLOR_WORDS.split())
_COLOR_FUNCTIONS = frozenset({"rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color"})
_SHORTHAND_WORDS = (
    "none no-repeat repeat repeat-x repeat-y space round center top bottom left right cover contain auto "
    "fixed scroll local border-box padding-box content-box text /"
)
_BACKGROUND_WORDS = frozenset(_SHORTHAND_WORDS.split())
"""Words of the `background` shorthand besides a colour and an image."""


@remembered_up_to(REMEMBERED_LENGTH, entries=4096)
def _is_color(token: str) -> bool | None:
    """True for a CSS colour, False for a value that surely is none, None when it cannot be
    judged here: a function other than a colour's (`var()`, `color-mix()`, `light-dark()`), a
    colour computed from others (`rgb(from ...)`, `rgb(var(--x) ...)`). Remembered for short
    tokens (a document repeats its colours, and so do the renders of a service); a long one (a
    background's `url(data:...)`, up to a megabyte) is judged afresh, so memory stays bounded."""
    text = token.strip()
    lowered = text.lower()
    if lowered in _CSS_WIDE or lowered in _SYSTEM_COLORS:
        return True
    if "(" in text:
        name = lowered.split("(", 1)[0].strip()
        if name not in _COLOR_FUNCTIONS or lowered.count("(") > 1 or re.search(r"\bfrom\b", lowered):
            return None
    return tinycss2.color4.parse_color(text) is not None


def _css_tokens(text: str) -> list[str]:
    """`text` cut at whitespace outside brackets (`#fff url(a b) no-repeat` is three tokens)."""
    tokens: list[str] = []
    current, depth = "", 0
    for char in text:
        depth += (char == "(") - (char == ")")
        if char.isspace() and depth <= 0:
            tokens, current = ([*tokens, current] if current else tokens), ""
        else:
            current += char
    return [*tokens, current] if current else tokens


def _not_a_background(text: str) -> bool:
    """Whether a `background` (which takes a colour, an image, a gradient or the shorthand of
    them) surely draws nothing: a token that is no colour, no image and no word of the shorthand
    (`purpel`, `#zzz`, `dark blue`)."""
    if text.lower().startswith("data:"):
        return False
    tokens = _css_tokens(text)
    if len(tokens) == 1:
        return tokens[0].lower() not in _BACKGROUND_WORDS and _is_color(tokens[0]) is False
    return any(
        (token.startswith("#") or re.fullmatch(r"[a-zA-Z-]+", token))
        and token.lower() not in _BACKGROUND_WORDS
        and _is_color(token) is False
        for token in tokens
    )


def _shown_value(value: str) -> str:
    return value if len(value) <= 40 else value[:37] + "..."


def _check_color(
    value: Any,
    path: tuple[Key, ...],
    findings: Findings,
    *,
    images: bool = False,
    theme: bool = False,
    tones: bool = False,
) -> None:
    """A colour that is no CSS colour is not drawn: warn, with the colour probably meant.
    `images`: the value may also be an image, a gradient or a background shorthand; `tones`: a
    tone name (`success`) is drawn as the theme's colour; `theme`: the value is a theme token."""
    if not isinstance(value, str) or not value.strip():
        return
    text = re.sub(r"\s*!important\s*$", "", value.strip(), flags=re.IGNORECASE)
    if tones and text.lower() in _TONE_WORDS:
        return
    if images and text.lower().startswith("data:"):
        message = "a data: URI on its own is not drawn as a background"
        findings.warn(path, message, "invalid_value", f'wrap it in url(): "url({text[:30]}...)"')
        return
    if images:
        if not _not_a_background(text):
            return
        message = f"'{_shown_value(text)}' is not a CSS colour or image, so no background is drawn"
    elif _is_color(text) is False:
        shown = _shown_value(text)
        message = (
            f"'{shown}' is not a CSS colour, so the theme's own {path[-1]} is drawn instead"
            if theme
            else f"'{shown}' is not a CSS colour, so it is not drawn"
        )
    else:
        return
    tone = did_you_mean(text, _TONE_WORDS, cutoff=0.75) if tones else None
    findings.warn(path, message, "invalid_color", tone or color_value_hint(text, variables=not theme))


def _check_style_color(name: str, value: str, where: tuple[Key, ...], findings: Findings) -> None:
    """A colour property of `style` (`color`, `backgroundColor`, `borderColor`, `fill`...) whose
    value is no colour; `background` may be an image or a gradient too."""
    if len(name) <= REMEMBERED_LENGTH and len(value) <= REMEMBERED_LENGTH:
        problem = _remembered_style_color_problem(name, value)
    else:
        problem = _style_color_problem(name, value)
    if problem is not None:
        findings.warn(where, *problem)


def _style_color_problem(name: str, value: str) -> tuple[str, str, str | None] | None:
    """The warning (message, code, suggestion) for a style colour property's value that is no
    colour (see `_check_style_color`), or None."""
    text = re.sub(r"\s*!important\s*$", "", value.strip(), flags=re.IGNORECASE)
    if not text:
        return None
    if name == "background":
        bad = [text] if _not_a_background(text) else []
        what = "a CSS colour or image"
    elif name == "borderColor":
        bad = [token for token in _css_tokens(text) if _is_color(token) is False]
        what = "a CSS colour"
    elif name in _STYLE_COLORS:
        bad = [text] if text.lower() not in _STYLE_COLORS[name] and _is_color(text) is False else []
        what = "a CSS colour"
    else:
        return None
    if not bad:
        return None
    message = f"{name} '{_shown_value(bad[0])}' is not {what}, so it is not drawn"
    return message, "invalid_color", color_value_hint(bad[0])


_remembered_style_color_problem = lru_cache(maxsize=4096)(_style_color_problem)


def _check_colors(kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """The colour fields an element draws: its `color` (on the types that draw one; a tone name
    such as `success` is the theme's), a chart series' and a calendar event's."""
    if kind in COLOR_TYPES:
        _check_color(element.get("color"), (*path, "color"), findings, tones=True)
    data = element.get("data") if kind == "chart" else None
    series = data.get("series") if isinstance(data, Mapping) else None
    for index, entry in enumerate(series if isinstance(series, list) else []):
        if isinstance(entry, Mapping):
            _check_color(entry.get("color"), (*path, "data", "series", index, "color"), findings, tones=True)
    events = element.get("events") if kind == "calendar" else None
    for index, event in enumerate(events if isinstance(events, list) else []):
        if isinstance(event, Mapping):
            _check_color(event.get("color"), (*path, "events", index, "color"), findings, tones=True)


def _check_status(kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """A `status` on a type other than an avatar (whose dot it is) would vanish without a word:
    Ant Design's `status: error` on an input is its `error` message, a badge's its variant."""
    status = element.get("status")
    if kind == "avatar" or not isinstance(status, str) or not status.strip():
        return
    hint = status_hint(kind, status, KNOWN_VARIANTS.get(kind, ()))
    findings.warn((*path, "status"), f"'{kind}' does not draw 'status'", "field_ignored", hint)


_PLAIN_TEXT_TYPES = frozenset({"text", "paragraph", "label", "heading"})


def _check_href(kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """An `href` on a text is drawn as plain text: a link that looks like one is a link element."""
    href = element.get("href")
    if kind not in _PLAIN_TEXT_TYPES or not isinstance(href, str) or not href.strip():
        return
    words = element.get("text")
    shown = json.dumps(words, ensure_ascii=False) if isinstance(words, str) and len(words) <= 30 else "..."
    hint = f"a link is an element of its own: {{type: link, text: {shown}, href: {json.dumps(href[:40])}}}"
    findings.warn((*path, "href"), f"'{kind}' does not draw 'href'", "field_ignored", hint)


def _check_entry_fields(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """A field of a step, a tab, a breadcrumb's item or an accordion's section that is not drawn
    (a step's badge, a tab's description, a crumb's badge, a section's shortcut, a variant other
    than a step's or a tab's danger) would vanish without a word: say so, and what to write. A
    stepper drawn as dots draws no entry's fields, only their count."""
    items = element.get("items")
    dots = kind == "stepper" and str(element.get("variant")).strip().lower() in _DOTS_VARIANTS
    if kind not in ENTRY_FIELDS_DRAWN or not isinstance(items, list) or dots:
        return
    what = _ENTRY_NAMES[kind]
    for index, item in enumerate(items):
        for name, value in _undrawn_entry_fields(kind, item):
            if name == "variant" and name in ENTRY_FIELDS_DRAWN[kind]:
                message = f"{what}'s variant '{str(value).strip()}' is not drawn"
            else:
                message = f"{what} does not draw '{name}'"
            hint = entry_field_hint(kind, name, value)
            findings.warn((*path, "items", index, name), message, "field_ignored", hint)


_ROW_TONES = frozenset({"success", "danger", "warning", "info", "primary", "muted"})
"""A list row's variants that colour its value, icon and badge (the compiler's LIST_VALUE_TONES)."""


def _check_list_tones(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """A list row's tone (`variant: danger`) colours its value, its icon (a checklist's check, an
    ordered list's number) and its badge: on a row with none of them it is not seen, so say so."""
    items = element.get("items")
    leads = element.get("ordered") is True or str(element.get("variant")).strip().lower() == "checklist"
    if not isinstance(items, list) or leads:
        return
    for index, item in enumerate(items):
        if not isinstance(item, Mapping) or str(item.get("variant")).strip().lower() not in _ROW_TONES:
            continue
        if any(item.get(name) not in (None, "") for name in ("value", "icon", "badge")):
            continue
        tone = str(item["variant"]).strip().lower()
        message = f"a list row's variant '{tone}' colours its value, icon and badge; this row has none, so it is not seen"
        hint = f"give the row a badge (badge: Worsening, drawn in {tone}), a value or an icon, or remove the variant"
        findings.warn((*path, "items", index, "variant"), message, "field_ignored", hint)


_ENTRY_NAMES = {
    "stepper": "a step",
    "tabs": "a tab",
    "breadcrumb": "a breadcrumb item",
    "accordion": "an accordion section",
}
"""What an entry of `items` is called, by the type holding it (for `ENTRY_FIELDS_DRAWN`'s types)."""
_DOTS_VARIANTS = frozenset({"dots", "dot", "indicator"})
"""A stepper's variants drawn as a page indicator (as the compiler reads them)."""


def _undrawn_entry_fields(kind: str, item: Any) -> list[tuple[str, Any]]:
    """The fields of the entry `item` of a type of `ENTRY_FIELDS_DRAWN` that the type does not
    draw: known entry fields (an unknown one is the schema pass's) not blank, and for a step or
    a tab, which draw a variant of danger or error only, another variant."""
    if not isinstance(item, Mapping):
        return []
    drawn = ENTRY_FIELDS_DRAWN[kind]
    undrawn = []
    for name, value in item.items():
        if _is_blank(value) or name not in Item.model_fields:
            continue
        if name == "variant" and name in drawn:
            if isinstance(value, str) and value.strip().lower() not in ENTRY_ERROR_VARIANTS:
                undrawn.append((name, value))
        elif name not in drawn:
            undrawn.append((name, value))
    return undrawn


def _check_radio_checked(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """`checked` on a radio group (with options) is not drawn: its chosen option is its `value`."""
    options = element.get("options")
    if not isinstance(element.get("checked"), bool) or not isinstance(options, list) or not options:
        return
    first = options[0].get("label") if isinstance(options[0], Mapping) else options[0]
    chosen = json.dumps(first, ensure_ascii=False) if isinstance(first, str) and len(first) <= 30 else "..."
    hint = (
        "its chosen option is its 'value': remove it"
        if element.get("value") not in (None, "")
        else f"its chosen option is its 'value': value: {chosen}; 'checked' is a lone radio's or a checkbox's"
    )
    findings.warn((*path, "checked"), "a radio group does not draw 'checked'", "field_ignored", hint)


def _check_class_name(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings, css: str
) -> None:
    """Tailwind's or Bootstrap's classes in `className` draw nothing (neither is loaded) unless
    the document's css defines them: say so, with the `style` they mean."""
    class_name = element.get("className")
    if not isinstance(class_name, str):
        return
    undefined = [name for name in utility_classes(class_name) if not _defines_class(css, name)]
    if not undefined:
        return
    shown = " ".join(undefined[:4]) + (" ..." if len(undefined) > 4 else "")
    message = f"no CSS defines the classes {shown}: Tailwind and Bootstrap are not loaded"
    findings.warn((*path, "className"), message, "field_ignored", utility_class_hint(undefined, kind))


def _defines_class(css: str, name: str) -> bool:
    """Whether the document's css has a selector with the class `name` (escaped as CSS writes
    `md:flex`: `.md\\:flex`)."""
    escaped = re.sub(r"([^\w-])", r"\\\1", name)
    return bool(css) and re.search(r"\." + re.escape(escaped) + r"(?![\w-])", css) is not None


_BESIDE = "put it in a text or paragraph element next to it"
_NAME_FIRST = "give it a 'name': the initials and the caption's first line"


_FETCHED = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:(?!image/)|//)", re.I)
"""A URL with a scheme (but not a data: image) or a scheme-relative one: something to fetch."""
_INSTEAD_OF_A_FETCH = {
    "image": "a labelled placeholder is drawn",
    "avatar": "the initials are drawn",
    "video": "a plain poster is drawn",
    "card": "a labelled placeholder is drawn as its cover",
}


def _check_image_source(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """Pictures are only ever embedded: a `src` that is a URL to fetch (http, https, file...) or
    a file's path (`photos/a.jpg`) says what is drawn instead; so does a data: URI that holds no
    picture (`data:image/png;base64,...`) and a picture's base64 without its `data:` prefix. A
    bare name (`hero.png`) is a placeholder's caption, as authors use it."""
    src = element.get("src")
    if kind in IMAGE_SOURCE_TYPES and isinstance(src, str) and src.strip():
        problem = _source_problem(src.strip(), _INSTEAD_OF_A_FETCH[kind])
        if problem is not None:
            findings.warn((*path, "src"), *problem)


_EMBED = "embed the picture as data:image/png;base64,..., which may be as large as the document allows"


def _source_problem(src: str, instead: str) -> tuple[str, str, str] | None:
    """What is wrong with a picture's `src` (message, code, suggestion), `instead` saying what
    is drawn in its place; None for an embedded picture or a bare name."""
    embedded = src.lower().startswith("data:")
    bare = None if embedded else bare_base64_image(src)
    if bare is not None:
        message = f"'src' is a picture's base64 without its data: prefix, so {instead}"
        return message, "invalid_data_uri", f"prefix it: data:image/{bare};base64,{src[:12]}..."
    if _FETCHED.match(src):
        return f"'src' is not a data: image, so {instead} (nothing is ever fetched)", "external_src", _EMBED
    problem = read_image_uri(src).problem if src.lower().startswith("data:image/") else None
    if problem is not None:
        fix = (
            "close every tag and quote every attribute, or embed the file base64-encoded: "
            "data:image/svg+xml;base64,PHN2Zy..."
            if problem.startswith(("holds an SVG", "holds an <svg>"))
            else "embed the whole file, base64-encoded: data:image/png;base64,iVBORw0KGgo..."
        )
        return f"'src' is a data: URI that {problem}, so {instead}", "invalid_data_uri", fix
    if not embedded and re.search(r"[/\\]", src):
        return (
            f"'src' is a file's path, not a data: image, so {instead} (no file is ever read)",
            "external_src",
            _EMBED,
        )
    return None


def _check_earlier_format_fields(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings, page: Page
) -> None:
    """The earlier format's fields that no type draws: its event handlers (mockups run no code),
    its HTML attributes (see `_check_custom_attributes`) and its overrides per breakpoint (one
    screen width is drawn)."""
    if _EARLIER_FORMAT_NAMES.isdisjoint(element):  # most documents are of the current format
        return
    for handler in EVENT_HANDLERS:
        if handler in element:
            findings.warn(
                (*path, handler),
                f"'{handler}' is accepted for compatibility but never emitted (mockups run no code)",
                "ignored_event_handler",
            )
    if "customAttributes" in element:
        _check_custom_attributes(kind, element, path, findings)
    if "responsive" in element:
        findings.warn(
            (*path, "responsive"),
            "'responsive' is accepted for compatibility but not drawn: one screen width is drawn, "
            "so no breakpoint's overrides apply",
            "field_ignored",
            responsive_hint(element["responsive"], page.width, page.breakpoints),
        )


_EARLIER_FORMAT_NAMES = frozenset(EARLIER_FORMAT_FIELDS)


def _check_custom_attributes(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """Warn of each of the earlier format's HTML attributes that is not drawn, at its own path:
    an event handler (mockups run no code), one the DSL reads as its own field but that field
    is given too (the field wins), and any other attribute a browser would draw that the DSL
    does not emit (`style`, `class`, an unknown name). Those read as the DSL's own fields (an
    input's `type`, `value`, `disabled`...) and those that draw nothing in any browser
    (`aria-*`, `data-*`, `autocomplete`) are drawn as the earlier renderer drew them: no word."""
    attributes = element.get("customAttributes")
    if not isinstance(attributes, Mapping):
        return  # the schema pass reports it
    read = attribute_fields(kind, attributes, element)
    for name in attributes:
        if name in read:
            continue
        ignored = ignored_attribute(kind, str(name), element)
        if ignored is not None:
            message, code, hint = ignored
            findings.warn((*path, "customAttributes", str(name)), message, code, hint)


def inputs_drawn_as() -> Mapping[str, str]:
    """HTML input types the compiler draws as another element (`checkbox` as a checkbox,
    `range` as a slider), when the compiler is present to say."""
    try:
        from kernel.dsl.compiler.elements.basic import INPUTS_DRAWN_AS
    except ImportError:
        return {}
    return INPUTS_DRAWN_AS


def _check_input_type(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """An input's type (its `inputType`, or the earlier format's `customAttributes: {type: ...}`)
    that is no HTML input type (`emial`) draws a text field: warn with the type meant. One that
    the compiler draws as a plain text field where a browser draws a control (a date picker, a
    colour well, a file button) says what draws it."""
    written, at = _input_type_of(element)
    if not isinstance(written, str) or not written.strip():
        return
    where = (*path, *at)
    input_type = written.strip().lower()
    if input_type not in HTML_INPUT_TYPES:
        findings.warn(
            where, f"unknown inputType '{_shown_value(written)}': a text field is drawn", "invalid_value",
            input_type_hint(written),
        )  # fmt: skip
        return
    if input_type in inputs_drawn_as():
        return
    advice = plain_input_hint(input_type, element.get("value"), element.get("icon"))
    if advice is not None:
        message = f"an input of type '{input_type}' is drawn as a plain text field"
        findings.warn(where, message, "field_ignored", advice)


def _check_element(
    element: Any,
    path: tuple[Key, ...],
    findings: Findings,
    icon_exists: Callable[[str], bool],
    canvas: tuple[float, float] | None,
    css: str = "",
    page: Page | None = None,
) -> None:
    if not (type(element) is dict or isinstance(element, Mapping)):
        return
    page = page or Page()
    written_kind = element.get("type")
    known = isinstance(written_kind, str) and written_kind in _ELEMENT_TYPE_NAMES
    kind = str(written_kind)  # as the checks name it ("None" when missing)
    style = _check_style(element.get("style"), path, findings)
    _check_earlier_format_fields(kind, element, path, findings, page)
    moved = elements_in_items(written_kind, element)
    misplaced = [element["items"][index] for index in moved]
    if moved:  # told once, as an error; the elements are checked as the children they are meant to be
        _report_elements_in_items(kind, element, moved, path, findings)
        element = {name: value for name, value in element.items() if name != "items"}
    if known:
        _check_variant(kind, element, path, findings)
        _check_fields_drawn(kind, element, path, findings)
        _check_own_fields_drawn(kind, element, path, findings)
        _check_shadowed_fields(kind, element, path, findings)
        _check_look_fields(kind, element, path, findings)
        _check_image_source(kind, element, path, findings)
        _check_value_drawn(kind, element, path, findings)
        _check_value_list(kind, element, path, findings)
        _check_markup(kind, element, path, findings)
        _check_colors(kind, element, path, findings)
        _check_status(kind, element, path, findings)
        _check_href(kind, element, path, findings)
        _check_entry_fields(kind, element, path, findings)
        if kind == "list":
            _check_list_tones(element, path, findings)
        _check_class_name(kind, element, path, findings, css)
        if kind == "radio":
            _check_radio_checked(element, path, findings)
        if kind == "input":
            _check_input_type(element, path, findings)
        if kind in ADDON_TYPES:
            _check_addon_words(element, path, findings)
        if kind == "chart":
            _check_chart(element, path, findings)
        if kind == "stack":
            _check_stack_edges(element, path, findings)
        if kind == "grid":
            findings.warnings += grid_fit_issues(element, path, canvas[0] if canvas else None)
        if kind == "code":
            _check_code_language(element, path, findings)
        if kind == "table":
            _check_table(element, path, findings)
            _check_cell_elements(element, path, findings, icon_exists, css, page)
        _check_positions(kind, element, path, findings)
        if kind == "calendar":
            _check_calendar(element, path, findings, page)
        _check_contrast(kind, style, path, findings, page)
        _check_painted_ground(kind, element, style, path, findings, page)
        _check_drawn_empty(kind, element, path, findings)
    _check_icons(element, path, findings, icon_exists)
    if canvas is not None:
        _check_placement(element, path, findings, canvas)
    children = element.get("children")
    if not (isinstance(children, list) and children) and not moved:
        return  # nothing drawn inside: no page to work out
    inside = _page_inside(kind, element, style, page)
    if isinstance(children, list):
        if known and kind not in CONTAINER_TYPES and children:
            findings.warn(
                (*path, "children"),
                f"'{kind}' does not draw children; these {len(children)} element(s) are ignored",
                "children_ignored",
                _undrawn_children_hint(kind, element, children),
            )
        if kind == "navbar":
            _check_navbar_flex(children, path, findings)
        pages = _layer_pages(children, inside) if kind == "stack" else None
        for index, child in enumerate(children):
            # Children are placed inside their parent: off-canvas is only judged at the top level.
            on = pages[index] if pages else inside
            _check_element(child, (*path, "children", index), findings, icon_exists, None, css, on)
    for index, entry in zip(moved, misplaced, strict=True):
        _check_element(entry, (*path, "items", index), findings, icon_exists, None, css, inside)


_GROWING = ("flex", "flexGrow")


def _check_navbar_flex(children: list[Any], path: tuple[Key, ...], findings: Findings) -> None:
    """A navbar's children sit at its end, each at its own width: a `flex` in a child's style
    has no free room to grow into (a store header's search stayed 240 px). Say so, and that
    `layout.width` sizes it."""
    for index, child in enumerate(children):
        style = child.get("style") if isinstance(child, Mapping) else None
        if not isinstance(style, Mapping):
            continue
        for name in _GROWING:
            if name in style and style[name] not in (0, "0", "none", None):
                kind = child.get("type", "element")
                findings.warn(
                    (*path, "children", index, "style", name),
                    f"a navbar's children sit at its end at their own width, so {name} does not widen this {kind}",
                    "field_ignored",
                    "size it with layout.width instead: layout: {width: 600}",
                )
                break


def _check_addon_words(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """An add-on written as a plain word that names an icon a field shows (`prefix: mail`) is
    drawn as the word (a plain word is text: `users`, `months`): say so, with the object that
    draws the icon. Unit words that are icons' names too (`users`, `files`, `euro`) are not told."""
    from kernel.dsl.compiler.fields import FIELD_ICON_WORDS

    for side in ("prefix", "suffix"):
        word = element.get(side)
        if isinstance(word, str) and word in FIELD_ICON_WORDS:
            findings.warn(
                (*path, side),
                f"{side} '{word}' is drawn as the word '{word}': a plain word in an add-on is text",
                "addon_text",
                f"for the {word} icon write {side}: {{icon: {word}}}",
            )


_ELEMENT_TYPE_NAMES = frozenset(ELEMENT_TYPES)
"""`ELEMENT_TYPES` as a set: every element asks whether its type is one."""


def _check_style(written: Any, path: tuple[Key, ...], findings: Findings) -> Mapping[str, Any]:
    """Report what is wrong with an element's `style` (per entry: its problems, what is drawn
    otherwise than written, a colour that is none), and return it as the object it means with
    its keys in camelCase (empty when it is none), which the contrast checks read."""
    if written is None:
        return {}
    written_as_css = isinstance(written, str)
    # CSS declarations text is read as the object it means (see css_declarations)
    style = css_declarations(str(written)) if written_as_css else written
    if not (type(style) is dict or isinstance(style, Mapping)):
        return {}
    # values of the wrong kind (lists, objects, null) are the schema pass's to report
    scalars = {k: v for k, v in style.items() if isinstance(v, str | int | float)}
    problems_at: dict[str, tuple[StyleProblem, ...]] = {}
    warnings_at: dict[str, StyleProblem] = {}
    for name, value in scalars.items():
        judged = judged_style_entry(str(name), value)
        if judged.problems:
            problems_at[str(name)] = judged.problems
        if judged.warning is not None:
            warnings_at[str(name)] = judged.warning
    for name, problems in problems_at.items():
        _report(findings, (*path, "style") if written_as_css else (*path, "style", name), problems)
    for name, warning in warnings_at.items():
        _report(findings, (*path, "style") if written_as_css else (*path, "style", name), (), (warning,))
    for name, value in scalars.items():
        if name not in problems_at and isinstance(value, str):
            where = (*path, "style") if written_as_css else (*path, "style", name)
            _check_style_color(style_key(str(name)), value, where, findings)
    return _camel_style(style)


def _camel_style(written: Any) -> Mapping[str, Any]:
    """An element's `style` (an object, or CSS declarations text) as the object it means with its
    keys in camelCase (empty when it is none), as the contrast checks read it."""
    style = css_declarations(written) if isinstance(written, str) else written
    if not (type(style) is dict or isinstance(style, Mapping)):
        return {}
    return {style_key(str(name)): value for name, value in style.items()}


_CLEAR_TYPES = frozenset(
    {"container", "grid", "flex", "row", "column", "stack", "section", "header", "footer", "spacer", "divider",
     "text", "heading", "paragraph", "label", "link", "tooltip"}
)  # fmt: skip
"""Types that draw no background of their own: their children are drawn on what is behind them
(a tooltip's children are the element it points at, not its bubble)."""
_SURFACE_CARDS = frozenset({None, "", "flat"})
"""A card's variants drawn on the theme's surface (an outlined card has no fill of its own)."""
_CONTRAST_TYPES = frozenset({"text", "heading", "paragraph", "label", "link"})
"""Types whose words take the `color` of their style, on the background behind them."""


@dataclass(frozen=True, slots=True)
class OwnBackground:
    """What an element's style paints: whether it `painted` a background, its `colour` when that
    is plain (a theme colour it names, `var(--primary)`, as the page has it), the `stops` of a
    gradient of plain colours instead, that background as told (`var(--primary) (#f97316)`) and
    the style key it is written in."""

    painted: bool
    colour: str | None = None
    shown: str = ""
    key: str = "background"
    stops: tuple[str, ...] = ()

    @property
    def grounds(self) -> tuple[str, ...]:
        """The plain colours it shows, which a text on it must read on (none: unknown)."""
        return self.stops or ((self.colour,) if self.colour else ())


NOT_PAINTED = OwnBackground(False)


def _own_background(style: Mapping[str, Any], page: Page) -> OwnBackground:
    """What an element's style (camelCase keys, see `_check_style`) paints (see `OwnBackground`)."""
    if not style:
        return NOT_PAINTED
    key = "backgroundColor" if "backgroundColor" in style else "background"
    written = style.get(key)
    if not isinstance(written, str) or not written.strip():
        return NOT_PAINTED
    text = re.sub(r"\s*!important\s*$", "", written.strip(), flags=re.IGNORECASE)
    value = _with_theme_colours(text, page)
    colour = _plain_colour(value)
    if colour is None and "gradient(" in value.lower():
        return OwnBackground(True, None, _shown_value(text), key, _gradient_stops(value))
    return OwnBackground(True, colour, _shown_colour(text, colour), key)


def _gradient_stops(value: str) -> tuple[str, ...]:
    """The colours of the stops of the gradient `value` paints, as `#rrggbb`, as the compiler's
    own palette reads them (`local_palette`); none when one cannot be told or lets what is
    under the gradient show (a stop that is not opaque)."""
    try:
        from kernel.dsl.compiler.local_palette import hex_colour, shown_colours
    except ImportError:  # pragma: no cover - the compiler ships with the kernel
        return ()
    shown = shown_colours({"background": value})
    if not shown or any(colour[3] < 1 for colour in shown):
        return ()
    return tuple(dict.fromkeys(hex_colour(colour[:3]) for colour in shown))


def _shown_colour(written: str, colour: str | None) -> str:
    """A colour as a message tells it: as written, with the colour a theme variable holds."""
    if colour is None or colour == written:
        return colour or ""
    return f"{_shown_value(written)} ({colour})"


def _with_theme_colours(value: str, page: Page) -> str:
    """`value` with the theme colours it names (`var(--primary)`) as the page has them."""
    if "var(" not in value or not page.colours:
        return value
    try:
        from kernel.dsl.compiler.theme_variables import with_variables
    except ImportError:
        return value
    return with_variables(value, page.colours)


def _page_inside(
    kind: str,
    element: Mapping[str, Any],
    style: Mapping[str, Any],
    page: Page,
    under: str = "a parent's background {}",
) -> Page:
    """The page as the children of `element` (whose style, in camelCase, is `style`) see it: the
    colour behind them is the element's own background (a gradient's stops), the theme's surface
    (a card, a modal), the one behind the element (a row, a section), or unknown (a type that
    paints one this check does not know: a picture, a video). `under` tells whose background it
    is, `{}` standing for the background."""
    own = _own_background(style, page)
    if own.painted:
        where = under.format(own.shown) if own.grounds else ""
        return page.over(own.colour, where, painted=True, stops=own.stops)
    if kind in _CLEAR_TYPES or (kind == "card" and element.get("variant") == "outline"):
        return page
    # A navbar paints the theme's surface as a card does (its children were judged on an
    # unknown ground, so neon green on its white went unsaid).
    if kind in ("modal", "navbar") or (kind == "card" and element.get("variant") in _SURFACE_CARDS):
        return page.over(page.surface, f"the theme's surface {page.surface}")
    return page.over(None, "")


def _check_stack_edges(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """A stack with no `align` or `justify` lays a small control or a row over its base along
    the top edge and the next along the bottom (`edge_plan`); one more lands on an edge already
    taken and hides what is there (a badge over a menu button): name both layers."""
    children = element.get("children")
    if (
        element.get("align") is not None
        or element.get("justify") is not None
        or not isinstance(children, list)
    ):
        return
    layers = [written_layer(child) for child in children]
    for first, other in edge_plan(layers, own_ground=paints_own_ground(element.get("style"))).clashes:
        findings.warn(
            (*path, "children", other),
            f"this layer and {pointer((*path, 'children', first))} are both laid at the top of the stack"
            " and overlap",
            "stack_layers_overlap",
            "place the layers: give the stack `align`/`justify`, wrap the small layers in one row,"
            " or give a layer `style: {alignSelf: end, justifySelf: end}`",
        )


def _layer_pages(layers: list[Any], page: Page) -> list[Page] | None:
    """The page each layer of a stack drawn on `page` is drawn on: the layers over its ground
    layer (see `stack_layers`) on what that layer paints, as its own children would be (a
    headline over a gradient's box on the gradient, over a photo on what cannot be told); the
    others on `page`. None when the stack has no ground layer."""
    index = ground_index([written_layer(layer) for layer in layers])
    if index is None:
        return None
    ground = layers[index]
    kind = str(ground.get("type"))
    style = _camel_style(ground.get("style"))
    over = _page_inside(
        kind, ground, style, page, under="the background {} of the layer under it in the stack"
    )
    return [over if at > index else page for at in range(len(layers))]


def _check_contrast(
    kind: str, style: Mapping[str, Any], path: tuple[Key, ...], findings: Findings, page: Page
) -> None:
    """A text's style `color` that can hardly be read on the colour behind it (`#111827` on a
    dark theme's page), when both are plain colours known from the document (behind it, a
    gradient of them: judged on the stop it reads worst on): below LEAST_CONTRAST, say the
    ratio. What the render alone knows (a picture, a colour mixed in CSS, a render's other
    theme) is not judged."""
    if kind not in _CONTRAST_TYPES:
        return
    color = style.get("color")
    fill = _FILL_VARIABLE.fullmatch(color.strip()) if isinstance(color, str) else None
    if fill is not None:
        findings.warn(
            (*path, "style", "color"),
            f"{fill.group(1)} is a fill colour of the theme (a box's background), so text drawn in it "
            "can hardly be read on the page",
            "low_contrast",
            "use var(--muted-foreground) (or var(--foreground)) for text, or leave 'color' out",
        )
        return
    text = _plain_colour(_with_theme_colours(color, page)) if isinstance(color, str) else None
    own = _own_background(style, page)
    grounds, where = (
        (own.grounds, f"its own background {own.shown}") if own.painted else (page.grounds, page.where)
    )
    if text is None or not grounds or not isinstance(color, str):
        return
    ratio, behind = min((contrast_ratio(text, ground), ground) for ground in grounds)
    if ratio < LEAST_CONTRAST:
        at = f", where it is {behind}" if len(grounds) > 1 else ""
        findings.warn(
            (*path, "style", "color"),
            f"the text colour {_shown_colour(color.strip(), text)} has a contrast of {ratio:.1f}:1 on "
            f"{where or behind}{at}, so it can hardly "
            "be read (WCAG asks 4.5:1 of body text, 3:1 of large text)",
            "low_contrast",
            f"leave 'color' out to draw the theme's text colour, or pick one that stands out from {behind}",
        )


def _check_painted_ground(
    kind: str,
    element: Mapping[str, Any],
    style: Mapping[str, Any],
    path: tuple[Key, ...],
    findings: Findings,
    page: Page,
) -> None:
    """A background the style paints (a plain colour, or a theme colour it names: a band of
    `var(--primary)`) on which even the text colour that reads best, the dark palette's or the
    light one's, stays under BODY_TEXT_CONTRAST: the texts drawn on it (its children's, or its
    own) cannot be made to read, and its paragraphs and muted text, translucent there, read less.
    Not judged when the style gives the text a colour of its own (`_check_contrast` judges that)."""
    if not style or "color" in style or not (kind in _CONTRAST_TYPES or element.get("children")):
        return
    own = _own_background(style, page)
    ratio = ground_contrast(own.colour) if own.colour else None
    if ratio is None or ratio >= BODY_TEXT_CONTRAST:
        return
    findings.warn(
        (*path, "style", own.key),
        f"text on the background {own.shown} reads at {ratio:.1f}:1 at best (its paragraphs and muted "
        f"text less), under the {BODY_TEXT_CONTRAST:g}:1 WCAG asks of body text",
        "low_contrast",
        "pick a deeper or a lighter shade of the colour (text reads on either), or give the texts on it "
        "a colour of their own that stands out from it",
    )


BODY_TEXT_CONTRAST = 4.5
"""WCAG's least contrast for body text (AA): a ground no palette's text reaches it on is warned of."""


_FILL_VARIABLE = re.compile(r"(var\(\s*--(muted|background|surface|border|input)\s*\))", re.IGNORECASE)
"""The theme's fill colours written as a text colour: `var(--muted)` meant `--muted-foreground`."""


LEAST_CONTRAST = 2.0
"""The contrast below which a text colour is warned of: well under WCAG's least (3:1, for large
text), so that what is warned of is a colour meant for another background (dark on a dark
theme), not a design's pale grey or green, which WCAG would fault too."""


def contrast_ratio(first: str, second: str) -> float:
    """WCAG's contrast ratio of two opaque colours written in CSS (1 to 21)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@remembered_up_to(REMEMBERED_LENGTH, entries=4096)
def _luminance(colour: str) -> float:
    """WCAG's relative luminance of an opaque sRGB or HSL colour written in CSS, by the
    compiler's formula so that the validator and the renderer judge alike (remembered for short
    ones: a document's text colours repeat, and so do the colours behind them)."""
    from kernel.dsl.compiler.css_colors import relative_luminance

    parsed = tinycss2.color4.parse_color(colour)
    assert parsed is not None and not isinstance(parsed, str)
    red, green, blue = (min(1.0, max(0.0, c)) for c in parsed.to("srgb").coordinates)
    return relative_luminance((red, green, blue))


def _check_table(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """Rows given as `data` (TanStack's word: the table draws "No rows"), a row with more cells
    than columns (its last cells are not drawn; often a cell YAML's `[...]` cut at a comma, which
    validate_document says when it has the source) and an object row's key that no column has.
    Fewer cells are fine: the last columns draw a dash, as for null."""
    data = element.get("data")
    if data is not None:
        if element.get("rows") in (None, [], {}):
            findings.error((*path, "data"), TABLE_DATA, "unknown_field", table_data_hint(data))
        else:
            findings.warn(
                (*path, "data"), "'table' does not draw 'data'", "field_ignored", TABLE_DATA_AND_ROWS
            )
    _check_selected_rows(element, path, findings)
    columns, rows = element.get("columns"), element.get("rows")
    count = len(columns) if isinstance(columns, list) else columns if _is_number(columns) else None
    if columns == [] and isinstance(rows, list) and rows:
        findings.warn(
            (*path, "columns"), f"the table has no columns, so none of its {len(rows)} rows is drawn",
            "row_length", "name its columns (columns: [Name, Amount]), or leave 'columns' out to draw every cell",
        )  # fmt: skip
        return
    if not count or not isinstance(rows, list):
        return
    drawn = _column_keys(columns) if isinstance(columns, list) else None
    for index, row in enumerate(rows):
        if isinstance(row, list) and len(row) > count:
            message = extra_cells_message(row, int(count))
            findings.warn((*path, "rows", index), message, "row_length", EXTRA_CELLS)
        elif isinstance(row, Mapping) and drawn is not None:
            _check_row_keys(row, drawn, (*path, "rows", index), findings)


def _check_selected_rows(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """An index of `selectedRows` past the last row ticks nothing: `[1, 7]` on a table of two rows
    drew row 1 ticked and said nothing of the 7. Told at the index's own path, with the indexes
    the rows have (counted from 0)."""
    selected, rows = element.get("selectedRows"), element.get("rows")
    if not isinstance(selected, list) or not isinstance(rows, list):
        return
    count = len(rows)
    for index, chosen in enumerate(selected):
        if isinstance(chosen, int) and not isinstance(chosen, bool) and chosen >= count:
            findings.warn((*path, "selectedRows", index), *_past_last_row(chosen, count))


def _past_last_row(chosen: int, count: int) -> tuple[str, str, str]:
    """The message, code and hint for an index `chosen` of `selectedRows` on `count` rows."""
    if not count:
        return (
            f"row {chosen} ticks nothing: the table has no rows",
            "out_of_range",
            "add rows, or leave it out",
        )
    rows = f"{count} row{'s' * (count != 1)}"
    message = f"row {chosen} is past the last row (the table has {rows}): it ticks nothing"
    indexes = "row is 0" if count == 1 else f"rows are {_row_indexes(count)}"
    return message, "out_of_range", f"selectedRows counts from 0: this table's {indexes}"


def _row_indexes(count: int) -> str:
    """The indexes of `count` rows (two or more), from 0: `0 and 1`, `0..4`."""
    return "0 and 1" if count == 2 else f"0..{count - 1}"


_CELL_TYPE_NAMES = frozenset(CELL_TYPES)
_SCALAR_CELLS = frozenset({str, int, float, bool, type(None)})


def _check_cell_elements(
    element: Mapping[str, Any],
    path: tuple[Key, ...],
    findings: Findings,
    icon_exists: Callable[[str], bool],
    css: str,
    page: Page,
) -> None:
    """The elements drawn in a table's cells (a checkbox, a row's icon buttons), judged as any
    element is (variants, fields, icons); one of a type no cell draws (a chart, a card) is an
    error that says which types a cell draws."""
    rows = element.get("rows")
    if not isinstance(rows, list):
        return
    for row_index, row in enumerate(rows):
        cells = enumerate(row) if isinstance(row, list) else row.items() if isinstance(row, Mapping) else ()
        for key, cell in cells:
            if type(cell) in _SCALAR_CELLS:  # most cells: a table of 10,000 is judged in a few ms
                continue
            where = (*path, "rows", row_index, key)
            if isinstance(cell, Mapping):
                _check_cell_element(cell, where, findings, icon_exists, css, page)
            elif isinstance(cell, list):
                if _only_words(cell):
                    message = (
                        "a cell's list draws elements side by side, texts only beside them; got texts alone"
                    )
                    findings.error((*where, 0), message, "invalid_type", words_cell_hint(cell))
                for index, entry in enumerate(cell):
                    if isinstance(entry, Mapping):
                        _check_cell_element(entry, (*where, index), findings, icon_exists, css, page)


def _only_words(cell: list[Any]) -> bool:
    """Whether a cell's list holds texts (or numbers) and no element: tags written as a list
    (`[urgent, web]`), which would be drawn as words run together."""
    return bool(cell) and all(
        isinstance(entry, str | int | float) and not isinstance(entry, bool) for entry in cell
    )


def _check_cell_element(
    cell: Mapping[str, Any],
    path: tuple[Key, ...],
    findings: Findings,
    icon_exists: Callable[[str], bool],
    css: str,
    page: Page,
) -> None:
    kind = cell.get("type")
    if isinstance(kind, str) and kind in _ELEMENT_TYPE_NAMES and kind not in _CELL_TYPE_NAMES:
        message = f"'{kind}' cannot be drawn in a table cell"
        findings.error((*path, "type"), message, "invalid_type", cell_type_hint(kind, cell))
        return
    # Cells are placed by their table: off-canvas is only judged at the top level.
    _check_element(cell, path, findings, icon_exists, None, css, page)


def _column_keys(columns: list[Any]) -> dict[str, str]:
    """Each row key that some column draws (as the compiler looks them up: the column's key or
    label as written, in lower case, with `_` or nothing for spaces) -> that column's key (its
    label when it has none)."""
    keys: dict[str, str] = {}
    for column in columns:
        if isinstance(column, str):
            names = [column]
        elif isinstance(column, Mapping):
            fields = {COLUMN_FIELD_NAMES.get(k, k): v for k, v in column.items() if isinstance(v, str)}
            names = [fields[k] for k in ("key", "label") if k in fields]
        else:
            continue
        for name in names:
            for spelling in (
                name,
                name.lower(),
                name.lower().replace(" ", "_"),
                name.lower().replace(" ", ""),
            ):
                keys.setdefault(spelling, names[0])
    return keys


def _check_row_keys(
    row: Mapping[str, Any], drawn: Mapping[str, str], path: tuple[Key, ...], findings: Findings
) -> None:
    """A key of an object row that no column draws: its value would vanish without a word."""
    for key in row:
        if not isinstance(key, str) or key in drawn:
            continue
        cut = comma_cut(row, key)
        hint = (
            cut.hint()
            if cut is not None
            else did_you_mean(key, set(drawn.values()))
            or "the columns' keys are " + ", ".join(dict.fromkeys(drawn.values()))
        )
        findings.warn((*path, key), f"no column has the key '{key}': its value is not drawn", "row_key", hint)


def _check_code_language(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """A language the highlighter does not know leaves the code uncoloured: say so, and which
    name was probably meant."""
    language = element.get("language")
    if not isinstance(language, str) or is_known(language):
        return
    meant = closest(language)
    findings.warn(
        (*path, "language"),
        f"unknown language '{language}': the code is drawn without colours",
        "unknown_language",
        f"did you mean '{meant}'?"
        if meant
        else "use a common name such as python, ts, bash, json, yaml or sql",
    )


def _check_variant(kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    variant = element.get("variant")
    if not isinstance(variant, str):
        return
    if kind == "chart":
        word = variant.strip().lower()
        if word in CHART_VARIANTS or word in CHART_VARIANT_ALIASES:
            return
        undrawn = undrawn_chart_hint(variant)
        if undrawn is not None:
            message, hint = f"chart variant '{variant}' is not drawn", undrawn
        else:
            message = f"unknown chart variant '{variant}'"
            hint = did_you_mean(variant, CHART_VARIANTS) or "use 'bar', 'line', 'area', 'pie' or 'donut'"
        findings.error((*path, "variant"), message, "invalid_value", hint)
        return
    known = KNOWN_VARIANTS.get(kind)
    if kind == "modal":
        variant = _modal_variant(variant)
    if known is None:
        findings.warn(
            (*path, "variant"),
            f"'{kind}' has no variants; '{variant}' is ignored",
            "unknown_variant",
            no_variant_hint(kind, variant),
        )
    elif variant.strip().lower() not in known:  # the model reads it in lower case
        synonym = variant_synonym(variant, known)
        if synonym is not None:  # another library's word: say which of ours it is
            message, hint = f"'{variant}' is not a variant of '{kind}'", f"did you mean '{synonym}'?"
        elif variant.lower() in ("vertical", "horizontal") and "direction" in DRAWN_FIELDS[kind]:
            message = f"'{variant}' is not a variant of '{kind}'"
            hint = f"did you mean direction: {variant.lower()}?"
        elif kind == "stepper" and variant.lower() in STEPPER_BAR_WORDS:
            message = f"'{variant}' is not a variant of '{kind}'"
            hint = STEPPER_AS_BAR
        elif kind == "calendar" and re.sub(r"[\s_-]", "", variant.lower()) in CALENDAR_VIEW_WORDS:
            message, hint = f"a calendar has no '{variant}' view; a month is drawn", CALENDAR_VIEWS
        else:
            message = f"unknown {kind} variant '{variant}'; the default look is used"
            offered = sorted(known - VARIANT_ALIASES.get(kind, {}).keys())
            edge = joined_modal_variant(variant) if kind == "modal" else None
            hint = (
                f"did you mean '{edge}'?"
                if edge
                else did_you_mean(variant, known) or "use one of " + ", ".join(offered)
            )
        findings.warn((*path, "variant"), message, "unknown_variant", hint)


def _modal_variant(variant: str) -> str:
    """A modal's variant as the compiler reads it when it is a word drawn: in any case and with
    no `-`, `_` or space (`Bottom-Sheet` is `bottomsheet`, a sheet); else as written."""
    word = re.sub(r"[\s_-]", "", variant.lower())
    return word if word in KNOWN_VARIANTS["modal"] else variant


_MODAL_EDGES = {"left": "left", "start": "left", "bottom": "sheet"}
"""An edge a modal's variant may name beside its shape, and the variant drawn on that edge."""
_MODAL_SHAPE_WORDS = frozenset({"drawer", "panel", "sheet", "side", "sidepanel", "sidesheet", "offcanvas", "modal", "dialog"})  # fmt: skip
"""Words for a modal's shape that an edge is joined to in other kits' names (MUI's anchor, Chakra's placement)."""


def joined_modal_variant(variant: str) -> str | None:
    """The variant a modal's `variant` of joined words means by the edge it names: `left-drawer`,
    `leftdrawer`, `drawer_start` are `left` (close to `drawer` letter by letter, they were offered
    it, which draws on the other edge), `bottom-drawer` is `sheet`. None for any other word."""
    word = re.sub(r"[\s_-]", "", variant.lower())
    for edge, drawn in _MODAL_EDGES.items():
        rests = (
            word[len(edge) :] if word.startswith(edge) else "",
            word[: -len(edge)] if word.endswith(edge) else "",
        )
        if any(rest in _MODAL_SHAPE_WORDS for rest in rests):
            return drawn
    return None


def _check_chart(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    written = element.get("data")
    if written is None:
        findings.warn((*path, "data"), "chart has no data; an empty chart is drawn", "chart_no_data")
        return
    data = native_chart_data(written)
    if not isinstance(data, Mapping):
        return

    def at(*parts: Key) -> tuple[Key, ...]:
        # Data read from another library's shape has no `values`/`series` in the source to point at.
        return (*path, "data", *parts) if data is written else (*path, "data")

    labels = data.get("labels")
    count = len(labels) if isinstance(labels, list) else None
    values = data.get("values")
    series = data.get("series")
    if values is None and not series:
        findings.warn(at(), "chart data has neither 'values' nor 'series'", "chart_no_data")
    elif values == [] and not series:
        findings.warn(
            at("values"), "chart data's 'values' is empty; an empty chart is drawn", "chart_no_data",
            "give each label its value: {labels: [Jan, Feb], values: [3, 5]}",
        )  # fmt: skip
    if values is not None and series:
        findings.warn(
            at("values"),
            "chart data has both 'values' and 'series'; 'series' is drawn",
            "chart_data_mismatch",
        )
    if isinstance(values, list) and count is not None and len(values) != count:
        findings.warn(
            at("values"),
            _values_for_labels(len(values), count),
            "chart_data_mismatch",
            "give one value per label",
        )
    _check_chart_values(values, at("values"), findings)
    if isinstance(series, list):
        for index, entry in enumerate(series):
            entry_values = entry.get("values") if isinstance(entry, Mapping) else None
            _check_chart_values(entry_values, at("series", index, "values"), findings)
            if isinstance(entry_values, list) and count is not None and len(entry_values) != count:
                mismatch = _values_for_labels(len(entry_values), count)
                if data is not written:  # no series/<n> in the source to point at: name the series
                    mismatch = f"series '{series_name(entry, index)}': {mismatch}"
                findings.warn(
                    at("series", index, "values"), mismatch, "chart_data_mismatch", "give one value per label"
                )
    if (
        element.get("variant") == "pie"
        and isinstance(values, list)
        and any(_is_number(v) and v < 0 for v in values)
    ):
        findings.warn(at("values"), "a pie chart cannot show negative values", "chart_data_mismatch")
    for note in drawing_notes(element.get("variant"), data):
        findings.warn(at(*note.where), note.message, note.code, note.hint)
    _check_pie_gathering(element, at(), findings)
    _check_series_room(element, path, findings)


def _check_chart_values(values: Any, path: tuple[Key, ...], findings: Findings) -> None:
    """An error for each value of a chart's list past MAX_CHART_VALUE either way: its axis could
    not be computed. Data read from another library's shape is pointed at as a whole (`path`)."""
    if not isinstance(values, list):
        return
    for index, value in enumerate(values):
        if _is_number(value) and not -MAX_CHART_VALUE <= value <= MAX_CHART_VALUE:
            findings.error(
                (*path, index) if path[-1] == "values" else path,
                f"chart value {shown_number(value)} is past the limit of ±{MAX_CHART_VALUE:g}",
                "limit_chart_value",
                "write the values in a larger unit, such as millions, and say so in the title",
            )


CHART_SIZING_FIELDS = ("type", "variant", "data", "layout", "size", "title", "description")
"""A chart's fields that decide how tall its pie is drawn."""


def _check_pie_gathering(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """A pie with more slices than its legend has rows draws the smallest as one grey slice
    ("Other (6)"): say which, and how tall the chart would show each."""
    variant = element.get("variant")
    if not isinstance(variant, str) or variant.strip().lower() not in PIE_VARIANTS:
        return
    from kernel.dsl.compiler.charts import LEGEND_ROW_PITCH, SERIES_COLORS, pie_gathering
    from kernel.dsl.compiler.elements.data import chart_header_height, chart_plot_height

    try:
        chart = Element.model_validate({k: v for k, v in element.items() if k in CHART_SIZING_FIELDS})
    except ValidationError:
        return
    height = chart_plot_height(chart)
    most_slices = len(SERIES_COLORS)
    gathering, slices = pie_gathering(chart.data, height)
    if not gathering.gathered:
        return
    total = sum(value for _, value in slices)
    share = sum(slices[i][1] for i in gathering.gathered) / total * 100 if total else 0.0
    names = ", ".join(f"'{slices[i][0]}'" for i in gathering.gathered)
    tall = math.ceil(len(slices) * LEGEND_ROW_PITCH - (LEGEND_ROW_PITCH - 20) + chart_header_height(chart))
    taller = f"make the chart taller (layout: {{height: {tall}}}); or " if len(slices) <= most_slices else ""
    findings.warn(
        path,
        f"a {variant.strip().lower()} {shown_number(height)} px tall has legend rows for {len(gathering.kept) + 1} slices: "
        f"{len(gathering.gathered)} of its {len(slices)} ({names}; {share:.0f}% together) are drawn as one "
        f"grey slice, '{gathering.name}'",
        "chart_slices_gathered",
        f"to draw each slice, {taller}gather the small slices yourself (a slice named Other joins them)"
        + ("" if taller else f": a pie draws at most {most_slices} slices, each its own colour"),
    )


def _check_series_room(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """A bar, line or area chart of several series that cannot tell them apart: a box too short
    (or narrow) for axes is a sparkline with no legend, one too short for the legend under its
    axes leaves it out (`chart_legend_dropped`); series past the distinct colours repeat the
    first ones' (`chart_colours_repeat`)."""
    variant = element.get("variant")
    if isinstance(variant, str) and variant.strip().lower() in PIE_VARIANTS:
        return
    from kernel.dsl.compiler.charts import SERIES_COLORS, SPARKLINE_HEIGHT, SPARKLINE_WIDTH
    from kernel.dsl.compiler.elements.data import (
        SERIES_LEGEND_HEIGHT,
        chart_header_height,
        chart_plot_height,
        chart_series_legend,
    )

    try:
        chart = Element.model_validate({k: v for k, v in element.items() if k in CHART_SIZING_FIELDS})
    except ValidationError:
        return
    series = chart.data.series if chart.data and chart.data.series else []
    if len(series) < 2:
        return
    header = chart_header_height(chart)
    tall = math.ceil(SPARKLINE_HEIGHT + SERIES_LEGEND_HEIGHT + header)
    width = px_or_none(chart.layout.width) if chart.layout else None
    height = chart_plot_height(chart)
    if height < SPARKLINE_HEIGHT or (width is not None and width < SPARKLINE_WIDTH):
        findings.warn(
            path,
            f"a chart this small is drawn as a sparkline, without axes or legend: its {len(series)} series "
            "cannot be told apart",
            "chart_legend_dropped",
            f"make it at least {tall} px tall and {SPARKLINE_WIDTH:g} px wide (layout: {{height: {tall}}}), "
            "or draw one series",
        )
    elif not chart_series_legend(chart):
        findings.warn(
            path,
            f"a chart {height:g} px tall has no room for the legend of its {len(series)} series under its "
            "axes: the legend is left out",
            "chart_legend_dropped",
            f"make it at least {tall} px tall (layout: {{height: {tall}}}) for the legend",
        )
    own_colour = [entry.color for entry in series]
    repeated = [
        index
        for index in range(len(SERIES_COLORS), len(series))
        if own_colour[index] is None and own_colour[index % len(SERIES_COLORS)] is None
    ]
    if repeated:
        names = [series_name(entry.model_dump(), index) for index, entry in enumerate(series)]
        pairs = "; ".join(
            f"'{names[i]}' takes the colour of '{names[i % len(SERIES_COLORS)]}'" for i in repeated[:3]
        ) + ("; ..." if len(repeated) > 3 else "")
        findings.warn(
            (*path, "data", "series") if "series" in (element.get("data") or {}) else (*path, "data"),
            f"a chart has {len(SERIES_COLORS)} distinct series colours and {len(series)} series: they "
            f"repeat ({pairs})",
            "chart_colours_repeat",
            f"draw at most {len(SERIES_COLORS)} series, or give the later ones their own color",
        )


def _values_for_labels(values: int, labels: int) -> str:
    """ "1 value for 3 labels", "4 values for 1 label"."""
    return f"{values} value{'s' * (values != 1)} for {labels} label{'s' * (labels != 1)}"


def _check_positions(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """Indexes and values that point past what the element shows (drawn clamped, so warnings)."""
    if kind not in _POSITION_TYPES:
        return
    items = element.get("items")
    count = len(items) if isinstance(items, list) else None
    current = _number_or_none(element.get("current"))
    total = _number_or_none(element.get("total"))
    value = _number_or_none(element.get("value"))
    active = element.get("active")
    if kind == "pagination" and current is not None and total is not None and not 1 <= current <= total:
        message = f"page {shown_number(current)} is outside 1..{shown_number(total)} (1-based: current: 1 is the first page)"
        findings.warn((*path, "current"), message, "out_of_range")
    if kind == "stepper" and current is not None and count and not 0 <= current <= count:
        # `current` equal to the number of steps is the finished state: every step done.
        findings.warn(
            (*path, "current"),
            f"step {shown_number(current)} is outside 0..{count - 1} (0-based), or {count} for every step done",
            "out_of_range",
        )
    if kind in _ACTIVE_NAMES and count and active is not None and not isinstance(active, bool):
        _check_active(kind, active, items or [], (*path, "active"), findings)
    if kind in ("select", "radio"):
        _check_chosen_option(kind, element, path, findings)
    if kind in {"progress", "slider", "rating"} and isinstance(element.get("value"), bool):
        # `value` is any scalar (a checkbox's, a field's), so the schema passes a boolean here.
        findings.error(
            (*path, "value"), f"expected a number, got {str(element['value']).lower()}", "invalid_type",
            f"a {kind}'s value is a number" + (' (65), a percentage ("65%") or a count ("780/1000")' if kind == "progress" else ""),
        )  # fmt: skip
    if kind in {"progress", "slider"} and value is not None:
        low = _number_or_none(element.get("min")) or 0.0
        high = _number_or_none(element.get("max"))
        high = 100.0 if high is None else high
        if not low <= value <= high:
            drawn = (
                f" (drawn {_past_end(value > high, _share(value, low, high))})" if kind == "progress" else ""
            )
            findings.warn(
                (*path, "value"),
                f"value {shown_number(value)} is outside {shown_number(low)}..{shown_number(high)}{drawn}",
                "out_of_range",
            )
    if kind == "progress" and value is not None:
        _check_progress_share(element, value, path, findings)
    if kind == "progress":
        _check_progress_text_value(element.get("value"), (*path, "value"), findings)
    written = written_value(element.get("value")) if kind == "progress" else None
    if written and written[1] and not 0 <= written[0] <= 100:
        drawn = _past_end(written[0] > 100, written[0] / 100)
        findings.warn(
            (*path, "value"),
            f"value {shown_number(written[0])}% is outside 0%..100% (drawn {drawn})",
            "out_of_range",
        )
    stars = _number_or_none(element.get("max")) if kind == "rating" else None
    if stars is not None and stars <= 0:
        message = f"a rating's max is its number of stars, so it must be positive, not {shown_number(stars)}"
        findings.error(
            (*path, "max"), message, "out_of_range", "write how many stars to draw; 5 when max is left out"
        )
    elif kind == "rating" and value is not None:
        stars = 5 if stars is None else stars
        if not 0 <= value <= stars:
            findings.warn(
                (*path, "value"),
                f"rating {shown_number(value)} is outside 0..{shown_number(stars)} (the stars are drawn clamped)",
                "out_of_range",
            )


def _check_calendar(
    element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings, page: Page
) -> None:
    """A calendar's dates, and a week or day view's times, in weeks that start on the day the
    document's language starts them (as the compiler draws them)."""
    from kernel.dsl.compiler.calendar_words import calendar_words

    first_weekday = calendar_words(page.lang, *DEFAULT_MONTH).first_weekday
    dates = calendar_issues(element, path, first_weekday=first_weekday)
    findings.errors.extend(dates.errors)
    findings.warnings.extend(dates.warnings)


def _check_progress_text_value(value: Any, path: tuple[Key, ...], findings: Findings) -> None:
    """A progress's `value` written as words must be one it reads ("65", "65%", "780/1000"):
    anything else drew an empty bar without a word, so it is an error, as is a whole of 0."""
    if not isinstance(value, str) or written_value(value):
        return
    fraction = written_fraction(value)
    if fraction is None:
        message = f"a progress cannot read the value {value!r}"
        suggestion = (
            'write a number of 0..max (65), a percentage ("65%") or a count out of a whole ("780/1000")'
        )
        findings.error(path, message, "invalid_value", suggestion)
    elif fraction[1] <= 0:
        message = f"the value {value!r} is a count out of a whole of 0"
        findings.error(path, message, "invalid_value", 'write the whole after the slash, as in "780/1000"')


def _share(value: float, low: float, high: float) -> float | None:
    """Where `value` sits in low..high as a fraction; None for a number too large for a float
    (a 400-digit value), whose percentage nobody would read anyway."""
    try:
        return (value - low) / (high - low or 1)
    except OverflowError:
        return None


def _past_end(over: bool, share: float | None) -> str:
    """How a progress whose value is past an end of its range is drawn: full and labelled with
    its real percentage past the top (over quota), empty past the bottom."""
    drawn = "full" if over else "empty"
    return drawn if share is None else f"{drawn}, labelled {share * 100:.0f}%"


def _check_progress_share(
    element: Mapping[str, Any], value: float, path: tuple[Key, ...], findings: Findings
) -> None:
    """A value above 0 and at most 1 on the default range is a fraction of 1 (0.4 fills 40 %, 1
    the whole bar), or the percentage its text or label states (0.4 beside "0.4%"); when they
    state percentages that are neither, say how it is read (see `small_value_reading`), each
    percentage once and by the field that states it."""
    if not may_be_fraction(value) or element.get("min") or _number_or_none(element.get("max")):
        return
    stated = stated_once(stated_percents(element.get("text"), element.get("label")))
    if small_value_reading(value, stated) != "unsure":
        return
    said = ", ".join(f"{percent.percent:g}%" for percent in stated)
    fields = [name for name in ("text", "label") if stated_percents(element.get(name))]
    findings.warn(
        (*path, "value"),
        f"value {value:g} is read as a fraction of 1 and fills {value * 100:g}% of the bar, but the "
        f"{' and '.join(fields)} state{'s' * (len(fields) == 1)} {said}",
        "out_of_range",
        f"write the share the bar should fill as a percentage (value: {stated[0].percent:g} for "
        f"{stated[0].percent:g}%), or make the {fields[0]} state {value * 100:g}%",
    )


_ACTIVE_NAMES = {"tabs": "tab", "stepper": "step", "accordion": "section"}
"""The types whose `active` names an entry by index or label, and what an entry is called."""
_POSITION_TYPES = frozenset(
    {"pagination", "stepper", *_ACTIVE_NAMES, "select", "radio", "progress", "slider", "rating", "calendar"}
)
"""The types `_check_positions` judges (every other passes it at once)."""


def _check_active(
    kind: str, active: Any, items: list[Any], where: tuple[Key, ...], findings: Findings
) -> None:
    """An `active` that names no entry, by index (0-based) or by label, as the compiler looks it
    up: a stepper's past its last step marks every step done, an accordion's -1 closes them all;
    tabs and steppers read a label in any case and an index written as text."""
    entry, count = _ACTIVE_NAMES[kind], len(items)
    labels = [str(_label(item)) for item in items if _label(item) is not None]
    index = _number_or_none(active)
    if isinstance(active, str) and kind != "accordion":
        words = active.strip().lower()
        if any(label.lower() == words for label in labels) or (words.isdigit() and int(words) < count):
            return
    elif isinstance(active, str) and active in labels:
        return
    if index is not None:
        low = -1 if kind == "accordion" else 0
        high = count if kind == "stepper" else count - 1
        if low <= index <= high:
            return
        extra = {
            "stepper": f", or {count} for every step done",
            "accordion": ", or -1 to close every section",
        }
        message = f"{entry} {shown_number(index)} is outside 0..{count - 1} (0-based){extra.get(kind, '')}"
        findings.warn(where, message, "out_of_range")
    elif isinstance(active, str):
        choices = ", ".join(labels[:6]) + (", ..." if len(labels) > 6 else "")
        hint = (
            did_you_mean(active, labels) or f"name one by its label ({choices}) or its index, 0..{count - 1}"
        )
        findings.warn(where, f"no {entry} is labelled '{_shown_value(active)}'", "out_of_range", hint)


def _check_chosen_option(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """A select's or radio group's `value` that is none of its options (matched, as the compiler
    does, by an option's value or its label): a select draws it as written all the same, a radio
    group checks no option. Each of a select's chosen options (a list) is judged so."""
    options, value = element.get("options"), element.get("value")
    if not isinstance(options, list) or not options:
        return
    if isinstance(value, list) and kind == "select":
        for index, one in enumerate(value):
            _check_one_chosen(kind, options, one, (*path, "value", index), findings)
    else:
        _check_one_chosen(kind, options, value, (*path, "value"), findings)


def _check_one_chosen(
    kind: str, options: list[Any], value: Any, where: tuple[Key, ...], findings: Findings
) -> None:
    """A warning when `value` (a text or a number) names none of `options`."""
    if value in (None, "") or isinstance(value, bool | list | dict):
        return
    if any(isinstance(option, Mapping) and option.get("label") is None for option in options):
        return  # an option without a label is the schema's error; its value would be named "None"
    labels = [str(option.get("label") if isinstance(option, Mapping) else option) for option in options]
    values = [option.get("value") for option in options if isinstance(option, Mapping)]
    if value in values or str(value) in labels:
        return
    drawn = "it is drawn in the box all the same" if kind == "select" else "no option is drawn chosen"
    shown = ", ".join(labels[:6]) + (", ..." if len(labels) > 6 else "")
    hint = did_you_mean(str(value), labels) or f"name an option by its label (or its value): {shown}"
    message = f"'{_shown_value(str(value))}' is none of the {kind}'s options: {drawn}"
    findings.warn(where, message, "out_of_range", hint)


def _label(item: Any) -> Any:
    if isinstance(item, str):
        return item
    return item.get("label") or item.get("text") if isinstance(item, Mapping) else None


def _check_icons(
    element: Mapping[str, Any],
    path: tuple[Key, ...],
    findings: Findings,
    icon_exists: Callable[[str], bool],
) -> None:
    """Icon names that no icon has (the element's `icon`, an icon's `name`, an add-on's and its
    entries' `icon`s) draw a placeholder: say so, with the name probably meant."""
    if _ICON_FIELDS.isdisjoint(element):  # most elements name no icon
        return
    names: list[tuple[tuple[Key, ...], str]] = []  # the icons named, each where it is
    icon = element.get("icon")
    if isinstance(icon, str) and icon:
        names.append(((*path, "icon"), icon))
    named = element.get("name") if element.get("type") == "icon" else None
    if isinstance(named, str) and named:
        names.append(((*path, "name"), named))
    for side in ("prefix", "suffix"):  # an add-on's `{icon: ...}`
        addon = element.get(side)
        icon = addon.get("icon") if isinstance(addon, Mapping) else None
        if isinstance(icon, str) and icon:
            names.append(((*path, side, "icon"), icon))
    for list_field in ("items", "actions"):
        entries = element.get(list_field)
        for index, entry in enumerate(entries if isinstance(entries, list) else ()):
            icon = entry.get("icon") if type(entry) is dict or isinstance(entry, Mapping) else None
            if isinstance(icon, str) and icon:
                names.append(((*path, list_field, index, "icon"), icon))
    for where, name in names:
        if not icon_exists(name):
            findings.warn(
                where,
                f"unknown icon '{name}'; a placeholder is drawn",
                "unknown_icon",
                _icon_suggestion(name) or "see https://lucide.dev/icons for names",
            )


_ICON_FIELDS = frozenset({"icon", "name", "items", "actions", "prefix", "suffix"})
"""The fields `_check_icons` reads icon names from."""


_ZERO_SIZE_EXEMPT = frozenset({"spacer", "divider"})
"""Types for which 0 on a side means what it says (no room, a hairline), not a slip."""
_BUTTON_WORDS = ("title", "value", "content", "caption", "name")
"""Fields a button's words are written in by other vocabularies (drawn in `label` only)."""


def _check_drawn_empty(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """What draws as nothing to read: a button with neither words nor icon (an empty box), and a
    `layout.width` or `height` of 0 (a stub; the earlier format required a label and sizes above 0,
    so its documents never meant either)."""
    if (
        kind in _WORDS_DRAWN
        and not any(_has_words(element.get(name)) for name in _WORDS_DRAWN[kind])
        and not any(_has_words(element.get(name)) for name in _BUTTON_WORDS)  # told where they go
        and _child_words(element.get("children")) is None
    ):
        own = _WORDS_DRAWN[kind][0]
        findings.warn(
            path,
            f"the {kind} has no words ({_join_words(_WORDS_DRAWN[kind])}), so nothing is drawn to read",
            "empty_text",
            f'give it its words: {own}: "{_EXAMPLE_WORDS[kind]}"',
        )
    if kind == "button" and not any(_has_words(element.get(name)) for name in ("label", "text", "icon")):
        words = next((element[name] for name in _BUTTON_WORDS if _has_words(element.get(name))), None)
        if words is None:
            words = _child_words(element.get("children"))
        findings.warn(
            path,
            "the button has no label (nor text or icon), so an empty box is drawn",
            "empty_button",
            f"give it its words: label: {json.dumps(str(words), ensure_ascii=False)}"
            if words is not None
            else 'give it its words: label: "Save", or an icon alone for an icon button: icon: plus',
        )
    layout = element.get("layout")
    if kind in _ZERO_SIZE_EXEMPT or not isinstance(layout, Mapping):
        return
    for side, across in (("width", "wide"), ("height", "high")):
        if _is_zero_length(layout.get(side)):
            findings.warn(
                (*path, "layout", side),
                f"layout.{side} is 0, so the {kind} is drawn 0 px {across}: a stub that does not show its content",
                "zero_size",
                f"give it a {side} above 0 (the earlier format required one), or leave {side} out so that "
                "it takes the size of its content",
            )


_WORDS_DRAWN: dict[str, tuple[str, ...]] = {
    "heading": ("text", "label", "title"),
    "paragraph": ("text", "label"),
    "link": ("text", "label", "href", "icon"),
    "badge": ("text", "label", "value", "icon"),
}
"""The fields each type of words draws its words from (a link its href, failing those); with
none, the element is drawn as an empty line or pill, as an empty button is an empty box. (A
bare `text` is left alone: it stands for "some text" in many a sketch.)"""
_EXAMPLE_WORDS = {"heading": "Settings", "paragraph": "Some words", "link": "Learn more", "badge": "New"}


def _join_words(names: tuple[str, ...]) -> str:
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]


def _child_words(children: Any) -> str | None:
    """The words of `children` when they are only text elements (React's `<Button>Sign in</Button>`
    written as a text child), joined; else None."""
    if not isinstance(children, list) or not children:
        return None
    words = [
        child.get("text") for child in children
        if isinstance(child, Mapping) and child.get("type") in _WORDS_CHILD_TYPES and _has_words(child.get("text"))
    ]  # fmt: skip
    return " ".join(str(word).strip() for word in words) if len(words) == len(children) else None


_WORDS_CHILD_TYPES = frozenset({"text", "paragraph", "label", "heading", "span"})


def _undrawn_children_hint(kind: str, element: Mapping[str, Any], children: list[Any]) -> str:
    """What to do with children a type does not draw: wrap them in a container; but when they
    are only words (React's `<Button>Sign in</Button>` written as a text child) and the element
    has none of its own, say the field its words go in, as a text child draws nothing there."""
    words = _child_words(children)
    own = "label" if kind == "button" else "text"
    own_words = any(_has_words(element.get(name)) for name in ("label", "text"))
    if words is not None and not own_words and own not in UNDRAWN_FIELDS.get(kind, frozenset()):
        return f"its words go in '{own}', not in a child: {own}: {json.dumps(words, ensure_ascii=False)}"
    return "wrap them in a container, row, column or card"


def _has_words(value: Any) -> bool:
    """Whether a field's value draws something: a number, or a text that is not blank."""
    if isinstance(value, bool) or value is None:
        return False
    return bool(value.strip()) if isinstance(value, str) else isinstance(value, int | float)


def _is_zero_length(value: Any) -> bool:
    """Whether a `layout` size is 0 in whatever unit (`0`, `"0px"`, `"0%"`)."""
    length = parse_length(value)
    if isinstance(length, str):
        return bool(re.match(r"0[a-z%]", length))
    return length == 0


def _check_placement(
    element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings, canvas: tuple[float, float]
) -> None:
    layout = element.get("layout")
    if not isinstance(layout, Mapping):
        return
    width, height = canvas
    # Relative lengths ("50%") depend on the parent: only px placements are judged.
    x, y = px_or_none(layout.get("x")), px_or_none(layout.get("y"))
    w = px_or_none(layout.get("width")) or 0.0
    h = px_or_none(layout.get("height")) or 0.0
    outside = (x is not None and (x >= width or x + w <= 0 < w)) or (
        y is not None and (y >= height or y + h <= 0 < h)
    )
    if outside:
        findings.warn(
            (*path, "layout"),
            f"element at ({_fmt(x)}, {_fmt(y)}) is outside the {shown_number(width)}x{shown_number(height)} canvas and will not be visible",
            "off_canvas",
            "move it inside the canvas or enlarge width/height",
        )


def _number_or_none(value: Any) -> float | None:
    """`value` when it is a number, as written: an integer stays one, so a message quotes its
    digits (10000000000000000000, not 1e+19) and one too large for a float still compares."""
    return value if _is_number(value) else None


def _fmt(value: Any) -> str:
    return f"{shown_number(value)}" if _is_number(value) else "0"


@functools.cache
def lucide_icon_names() -> frozenset[str]:
    """Names of the icons in the installed Lucide package (read once, on first use)."""
    with ZipFile(str(files("lucide") / "lucide.zip")) as archive:
        return frozenset(n.removesuffix(".svg") for n in archive.namelist() if n.endswith(".svg"))


def _icon_suggestion(name: str) -> str | None:
    """A did-you-mean for the name without another set's prefix or suffix (`mdi:acount` ->
    'account'): a name of the same words first (`arrow-circle-left` -> 'circle-arrow-left'), then
    the closest spelling."""
    try:
        from kernel.dsl.compiler.icons import icon_spellings
    except ImportError:
        return did_you_mean(name, known_icon_names())
    known = known_icon_names()
    spellings = list(reversed(icon_spellings(name)))
    worded = next(  # Lucide's own name before an older one of the same words (`arrow-left-circle`)
        (found for pool in (lucide_icon_names(), known) for spelling in spellings
         if (found := same_words(spelling, pool))),
        None,
    )  # fmt: skip
    if worded is not None:
        return f"did you mean '{worded}'?"
    return next((hint for spelling in spellings if (hint := did_you_mean(spelling, known))), None)


@functools.cache
def known_icon_names() -> frozenset[str]:
    """Lucide names plus the compiler's friendly aliases (when the compiler is present), made once."""
    try:
        from kernel.dsl.compiler.icons import ALIASES
    except ImportError:
        return lucide_icon_names()
    return lucide_icon_names() | frozenset(ALIASES)


def default_icon_exists(name: str) -> bool:
    """The compiler's resolver (aliases included) when present, else a plain Lucide name lookup."""
    try:
        from kernel.dsl.compiler.icons import icon_exists
    except ImportError:
        return name in lucide_icon_names()
    return bool(icon_exists(name))
