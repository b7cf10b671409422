"""The page an element is drawn on (`Page`): the canvas, the theme a render draws and the colours behind."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pydantic import ValidationError

from kernel.dsl.compiler.local_palette import ISLAND_VARIABLES, page_palette
from kernel.dsl.compiler.theme import DARK, LIGHT, resolve_theme
from kernel.dsl.compiler.theme_variables import theme_variables_kept
from kernel.dsl.compiler.token_tones import drawn_tokens
from kernel.dsl.deprecated_language_codes import current_code
from kernel.dsl.model import ThemeTokens
from kernel.dsl.semantic.colours import plain_colour
from kernel.dsl.style_rules import REMEMBERED_LENGTH
from kernel.dsl.theme_variable_colours import theme_variable_colours


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
    return {name: value for name, value in colours.items() if name not in ISLAND_VARIABLES}


def page_of(data: Mapping[str, Any], canvas: tuple[float, float] | None, override: Any) -> Page:
    """The page the document's elements are drawn on (see `Page`)."""
    breakpoints = data.get("responsiveBreakpoints")
    colours = _theme_colours(data.get("theme"), override)
    background = data.get("background")
    if draws_dark(data.get("theme")) != draws_dark(chosen_theme(data.get("theme"), override)):
        background = None  # a caller's theme of the other tone drops the document's background
    behind = colours.get("background")
    where = f"{colours.get('name', 'the theme')}'s background {behind}"
    surface = colours.get("surface")
    drawn_background = None
    if isinstance(background, str) and background.strip():
        own = plain_colour(background)
        behind, where = (own, f"the document's background {own}") if own else (None, "")
        surface = (_surface_on(own, data.get("theme"), override) if own else None) or surface
        drawn_background = background
    chosen = chosen_theme(data.get("theme"), override)
    return Page(
        width=canvas[0] if canvas else None,
        breakpoints=breakpoints if isinstance(breakpoints, Mapping) else {},
        surface=surface,
        behind=behind,
        where=where,
        colours=_not_redefined(_theme_variable_colours(chosen, drawn_background), data.get("css")),
        lang=current_code(lang) if isinstance(lang := data.get("lang"), str) else None,
    )


def _not_redefined(colours: Mapping[str, str], css: Any) -> Mapping[str, str]:
    """The theme's `colours` but those the document's `css` declares itself (the author's then)."""
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
    chosen = chosen_theme(theme, override)
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
        tokens = ThemeTokens.model_validate(chosen) if isinstance(chosen, Mapping) else chosen
        page = page_palette(tokens, resolve_theme(tokens), background, default_density="comfortable")
    except (ValueError, TypeError):
        return None
    surface = page.theme.variables.get("surface")
    return plain_colour(surface) if isinstance(surface, str) else None


def _theme_colours(theme: Any, override: Any) -> dict[str, str]:
    """The background and surface colours of the theme a render draws (`override` over the
    document's `theme`, as the compiler chooses), each the token written when it is a plain
    colour, else the palette's; and the theme's name in words."""
    theme = chosen_theme(theme, override)
    tokens = theme if isinstance(theme, Mapping) else {}
    drawn = _drawn_tokens(tokens) if tokens else None
    base = theme if isinstance(theme, str) else (drawn.base if drawn else tokens.get("base", "light"))
    dark = isinstance(base, str) and base.strip().lower() == "dark"
    palette = DARK if dark else LIGHT
    colours = {"name": "the dark theme" if dark else "the light theme"}
    for token in ("background", "surface"):
        written = getattr(drawn, token) if drawn is not None else tokens.get(token)
        own = plain_colour(written) if isinstance(written, str) else None
        colours[token] = own or palette[token]
        if own and token == "background":
            colours["name"] = "the theme"
    return colours


def draws_dark(theme: Any) -> bool:
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
    written = {name: tokens.get(name) for name in ("base", "background", "surface", "text")}
    try:
        model = ThemeTokens.model_validate(
            {name: value for name, value in written.items() if isinstance(value, str)}
        )
    except ValidationError:
        return None
    return drawn_tokens(model).tokens


def chosen_theme(theme: Any, override: Any) -> Any:
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
