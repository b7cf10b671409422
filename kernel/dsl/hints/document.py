"""What to write instead of a field of the document, its layout, its theme or its device."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kernel.dsl.catalog import DEVICES, DRAWN_FIELDS
from kernel.dsl.hints.element_fields import LAYOUT_WORDS
from kernel.dsl.hints.suggest import did_you_mean
from kernel.dsl.hints.wording import flow, shown_or
from kernel.dsl.number_text import shown_number
from kernel.dsl.style_rules import STYLE_PROPERTIES, css_takes, to_camel

_DOCUMENT_RENAMES = {
    "components": "elements",
    "widgets": "elements",
    "children": "elements",
    "content": "elements",
    "body": "elements",
    "items": "elements",
    "screen": "elements",
    "name": "title",
    "screenname": "title",
    "backgroundcolor": "background",
    "bg": "background",
    "styles": "css",
    "stylesheet": "css",
    "style": "css",
    "mode": "theme",
    "colorscheme": "theme",
    "appearance": "theme",
}
_RENDER_OPTIONS_WORDS = frozenset({"options", "renderoptions", "render_options"})
RENDER_OPTIONS_HINT = (
    "render options (full_page, crop, format, scale, ...) are not part of the document: give them "
    "beside it, as render_ui_mockup's options argument or the request's options (on the command "
    "line, --full-page, --crop, --scale); width, height, device, theme and frame may also be "
    "written at the top of the document"
)
"""Where a render's options go when written inside the document, as a request's are."""
_DOCUMENT_SIZE_WORDS = frozenset({"size", "viewport", "resolution", "dimensions", "canvas"})
_CONTENT_HEIGHT_WORDS = frozenset({"crop", "fullpage", "autoheight", "fitcontent", "fullheight"})
CONTENT_HEIGHT_HINT = (
    "for a canvas as tall as its content write height: auto in the document; --crop and "
    "--full-page on the command line (crop and full_page in the API's and MCP's options) cut the "
    "image to the content or capture the whole page"
)
"""What a document's `crop: true` or `fullPage: true` means, and where it is written."""


_THEME_RENAMES = {
    "foreground": "text", "textcolor": "text", "color": "text", "fontfamily": "font", "typeface": "font",
    "borderradius": "radius", "rounded": "radius", "corner": "radius", "backgroundcolor": "background",
    "bg": "background", "card": "surface", "cardbackground": "surface", "panel": "surface",
    "mode": "base", "colorscheme": "base", "scheme": "base", "spacing": "density", "brand": "primary",
    "primarycolor": "primary", "brandcolor": "primary",
}  # fmt: skip
_ON_PRIMARY_WORDS = frozenset(
    {"primaryforeground", "primaryfg", "onprimary", "primarytext", "primarytextcolor", "primarycontrast",
     "textonprimary", "buttontext", "buttontextcolor", "primarybuttontext"}
)  # fmt: skip
_PALETTE_VARIABLES = {
    "success": "success", "warning": "warning", "danger": "danger", "error": "danger", "info": "info",
    "border": "border", "muted": "muted", "mutedforeground": "muted-foreground", "input": "input",
    "placeholder": "placeholder", "overlay": "overlay",
}  # fmt: skip
"""Colours of the palette that are no token but a CSS variable, which the document's css may set."""


def theme_field_hint(field: str, tokens: Iterable[str]) -> str:
    """What to write instead of an unknown theme token (`primaryForeground`, `accent`): a
    misspelt token's right spelling; else the token another vocabulary's word means, if any, and
    the tokens there are."""
    names = list(tokens)
    joined = ", ".join(names[:-1]) + " and " + names[-1]
    listed = f"the theme's tokens are {joined}"
    key = field.lower().replace("-", "").replace("_", "")
    if key in _ON_PRIMARY_WORDS:
        return (
            "the text on 'primary' is picked for contrast with it (white, or dark on a light primary): "
            f"remove it; {listed}"
        )
    variable = _PALETTE_VARIABLES.get(key)
    if variable is not None:
        return f'{listed}; the {variable} colour is a CSS variable, set in css: ":root{{--{variable}: ...}}"'
    renamed = _THEME_RENAMES.get(key)
    if renamed is not None:
        return f"did you mean '{renamed}'? The theme's tokens are {joined}"
    return did_you_mean(field, names) or listed


def layout_field_hint(field: str, value: Any, kind: str | None = None) -> str | None:
    """What to write instead of `field` in an element's `layout` (placement and size bounds), or
    None: `left` is `x` there; a flow field the element of type `kind` has (`direction`,
    `align`, `justify`, `wrap`) goes on the element itself, as `layout: {direction: row}` means
    it; other CSS (`flex`, `gap`...) goes in `style`, but only when that CSS property takes the value:
    CSS's `direction` is the writing direction (ltr, rtl), and `style: {direction: row}` draws
    the children stacked."""
    renamed = LAYOUT_WORDS.get(field.lower())
    if renamed is not None and renamed != field:
        return f"did you mean '{renamed}'?"
    flow = _layout_flow_hint(field, value, kind)
    if flow is not None:
        return flow
    camel = to_camel(field)
    if camel in _EDGE_OFFSETS and css_takes(camel, value):
        # An offset does nothing on an element in the flow: it pins only with a position.
        return (
            "layout holds x, y and sizes; to pin it to the screen's edge (a toast in a corner) "
            f"give it a position in style: {{position: absolute, {camel}: {shown_or(value, '...')}}}"
        )
    if camel in STYLE_PROPERTIES and css_takes(camel, value):
        return f"layout holds x, y and sizes; other CSS goes in style: {{{camel}: {shown_or(value, '...')}}}"
    return None


_EDGE_OFFSETS = frozenset({"top", "right", "bottom", "inset", "insetInline", "insetBlock"})
"""CSS offsets that place an element only once it has a `position`."""

_FLOW_FIELDS = ("direction", "align", "justify", "wrap")
"""The element's own flow fields, which agents nest in `layout` as other tools do (Figma's auto
layout, a Flutter `Row`); `gap` and `padding` work in `style` too, which says so."""
_ROW_WORDS = frozenset({"row", "horizontal", "row-reverse"})


def _layout_flow_hint(field: str, value: Any, kind: str | None) -> str | None:
    """Where a flow field written in `layout` goes: on the element itself when its type draws it
    (`direction: "row"`), else for `direction: row` a row element around the children."""
    name = field if field in _FLOW_FIELDS else None
    if name is None:
        return None
    shown = shown_or(value, "...")
    if kind is not None and name in DRAWN_FIELDS.get(kind, ()):
        extra = " (or type: row)" if name == "direction" and str(value).lower() in _ROW_WORDS else ""
        return f"'{name}' is the element's own field, not layout's: {name}: {shown}{extra}"
    if name == "direction" and str(value).lower() in _ROW_WORDS:
        return "to draw elements side by side, put them in a row: {type: row, children: [...]}"
    if name in ("align", "justify"):
        return (
            f"'{name}' is a container's own field (row, column, container, card...), not layout's: "
            f"{name}: {shown} on the element that holds the children"
        )
    return None


BREAKPOINTS = {"xs": 0, "base": 0, "sm": 640, "md": 768, "lg": 1024, "xl": 1280, "2xl": 1536, "xxl": 1536}
"""The earlier format's breakpoints (Tailwind's): the least screen width each one's look applies
from, unless the document's `responsiveBreakpoints` says otherwise."""


def responsive_hint(
    overrides: Any, width: float | None = None, breakpoints: Mapping[str, Any] | None = None
) -> str:
    """What to write instead of the earlier format's `responsive` overrides: the look wanted at
    the one width drawn, on the element itself. With the canvas `width` known, only the
    breakpoints it reaches (`breakpoints` -> least width, BREAKPOINTS by default) are advised:
    an `sm` look from 640 px is none of a 390 px phone's."""
    looks = [
        (str(name), look)
        for name, look in (overrides.items() if isinstance(overrides, Mapping) else [])
        if isinstance(look, Mapping) and look
    ]
    if not looks:
        return "write the look wanted at the width drawn in the element's own style and layout"
    least = {**BREAKPOINTS, **{str(name): at for name, at in (breakpoints or {}).items() if _is_px(at)}}
    if width is None or any(name not in least for name, _ in looks):
        name, look = looks[0]
        return f"for the '{name}' look, write its fields on the element itself: {_fields_of(look)}"
    reached = sorted((least[name], name, look) for name, look in looks if least[name] <= width)
    if not reached:
        lowest = min(looks, key=lambda pair: least[pair[0]])[0]
        return (
            f"the canvas ({shown_number(width)} px) is narrower than every breakpoint given ('{lowest}' from "
            f"{shown_number(least[lowest])} px), so none of these looks would apply at it: remove it"
        )
    merged: dict[str, Any] = {}
    for _, _, look in reached:  # a wider breakpoint's look over a narrower one's, as CSS cascades them
        merged.update(look)
    if len(reached) == 1:
        return f"at the canvas' {shown_number(width)} px the '{reached[0][1]}' look applies: write its fields on the element itself: {_fields_of(merged)}"
    names = " and ".join(f"'{name}'" for _, name, _ in reached)
    return f"at the canvas' {shown_number(width)} px the {names} looks apply: write their fields on the element itself: {_fields_of(merged)}"


def _fields_of(look: Mapping[str, Any]) -> str:
    """The first two fields of a look, as YAML's flow form writes them."""
    return ", ".join(f"{key}: {flow(value)}" for key, value in list(look.items())[:2])


def _is_px(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_THEME_CHOICES = (
    "the themes are light, dark and wireframe (light in greyscale); design tokens make another: "
    'theme: {base: dark, primary: "#7c3aed"}'
)


def theme_name_hint(name: str) -> str:
    """What to write for a theme named other than light or dark: the name probably meant, else
    the two themes and the tokens that make another."""
    meant = did_you_mean(name.strip().lower(), ("light", "dark", "wireframe"))
    return meant or _THEME_CHOICES


def document_field_hint(
    field: str, value: Any = None, device: Any = None, canvas: tuple[Any, Any] = (None, None)
) -> str | None:
    """What to write instead of `field` at the top of a document, or None; `value` is the
    field's, `device` the document's (a landscape tablet is the tablet's size turned), `canvas`
    its `width` and `height`."""
    key = field.lower()
    if key in ("orientation", "landscape", "portrait", "rotate", "rotated"):
        return _orientation_hint(key if key in ("landscape", "portrait") else value, device, canvas)
    if key in _DOCUMENT_RENAMES:
        return f"did you mean '{_DOCUMENT_RENAMES[key]}'?"
    if key.replace("_", "").replace("-", "") in _LANGUAGE_WORDS:
        return f"did you mean 'lang'? lang: {_language_shown(value)}"
    if key.replace("_", "").replace("-", "") in _CURRENCY_WORDS:
        return CURRENCY_HINT
    if key in _RENDER_OPTIONS_WORDS:
        return RENDER_OPTIONS_HINT
    if key.replace("_", "").replace("-", "") in _CONTENT_HEIGHT_WORDS:
        return CONTENT_HEIGHT_HINT
    if key == "type":
        return "a document is not an element: put the element in elements: [{type: ...}]"
    if key in _DOCUMENT_SIZE_WORDS:
        return "give 'width' and 'height' in px, or a 'device': desktop, laptop, tablet or mobile"
    if key in _DOCUMENT_FONT_WORDS:
        return f"the page's font is the theme's: theme: {{font: {shown_or(value, 'Inter')}}}"
    return None


_LANGUAGE_WORDS = frozenset(
    {"locale", "language", "languagecode", "localecode", "i18n", "l10n", "culture", "langcode"}
)
"""The screen's language as other tools name it (`locale: de-DE`): the document's `lang`. Their
closest spelling among the fields was `scale`, which is no language."""
_CURRENCY_WORDS = frozenset({"currency", "currencycode", "currencysymbol", "money", "moneyformat"})
CURRENCY_HINT = (
    'a document has no currency: write it in the figures themselves (a stat\'s value: "€12,400", '
    'a table\'s cells: "1.200,50 €"); lang (lang: de-DE) sets how the numbers the tool writes are grouped'
)
"""What a document's `currency: EUR` means: figures are drawn as written, the currency with them."""


def _language_shown(value: Any) -> str:
    """The `lang` a language field's value says (`de-DE`), or an example."""
    return value.strip() if isinstance(value, str) and 0 < len(value.strip()) <= 20 else "de-DE"


_DOCUMENT_FONT_WORDS = frozenset({"fontfamily", "font-family", "font", "typeface", "fontface"})
"""The page's font written at the top of a document, as CSS names it on `body`."""


def _orientation_hint(value: Any, device: Any, canvas: tuple[Any, Any] = (None, None)) -> str:
    """There is no orientation: the canvas is as wide and as tall as `width` and `height` say, so
    a turned device is its preset's size swapped (a landscape tablet is 1024 x 768). A canvas
    whose width and height are given is spoken of as itself (a 1080 x 1920 kiosk was told "a
    tablet is 768 x 1024 already", though no tablet was involved)."""
    look = "portrait" if isinstance(value, str) and value.lower() == "portrait" else "landscape"
    width, height = canvas
    if all(isinstance(side, int | float) and not isinstance(side, bool) and side > 0 for side in canvas):
        if (look == "portrait") == (height > width):
            return f"there is no orientation: the canvas is {shown_number(width)} x {shown_number(height)} already; width and height set it"
        return f"there is no orientation: swap width and height, width: {shown_number(height)}, height: {shown_number(width)} for a {look} canvas"
    named = isinstance(device, str) and device in DEVICES
    preset = device if named else "tablet"
    wide, tall = DEVICES[preset][:2]
    if (look == "portrait") == (tall > wide):  # the preset is drawn that way already
        return (
            f"there is no orientation: a {preset} is {wide} x {tall} already; width and height set the canvas"
        )
    where = f"device: {preset}, " if named else ""
    return f"there is no orientation: swap width and height, {where}width: {tall}, height: {wide} for a {look} {preset}"


_DEVICE_WORDS = {
    "mobile": ("phone", "iphone", "android", "smartphone", "pixel", "galaxy", "handset", "cellphone"),
    "tablet": ("ipad", "tab", "galaxy-tab", "surface"),
    "laptop": ("macbook", "notebook", "chromebook"),
    "desktop": ("pc", "monitor", "web", "browser", "imac", "workstation", "wide"),
}
_DEVICE_HINTS = {word: device for device, words in _DEVICE_WORDS.items() for word in words}


def device_hint(name: str) -> str | None:
    """The preset an unknown `device` most likely means (`iphone-15` -> mobile), or None."""
    key = name.lower().replace("_", "-").replace(" ", "-")
    for word in (key, key.split("-")[0], key.rstrip("0123456789").rstrip("-")):
        if word in _DEVICE_HINTS:
            preset = _DEVICE_HINTS[word]
            return f"use '{preset}', or give 'width' and 'height'"
    return None
