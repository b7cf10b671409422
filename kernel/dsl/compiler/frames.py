"""The markup and CSS of device frames: a browser's or an app's window, a phone or a tablet around the screen.

The geometry (how much room each frame takes) is `kernel.dsl.frames`; the viewport already
includes it. A frame wraps the page's `<main>` and takes none of its room, so the document lays
out exactly as it would unframed.

A phone's status bar and home indicator strips continue what is at that edge of the screen, as a
phone draws them: a navbar's fill (or a coloured band's, a map's) runs up under the time and
battery, a bottom tab bar's (or a bottom sheet's, or full-bleed content as tall as the screen:
a map) down under the home indicator, and a modal's
backdrop dims both (a sheet's only the status bar). The ink on each strip reads on its own fill.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kernel.dsl.compiler.elements.modal_shape import is_sheet
from kernel.dsl.compiler.frame_date import status_date
from kernel.dsl.compiler.gradients import parse_linear_gradient
from kernel.dsl.compiler.html import esc
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.local_palette import OwnPalette, background_tone, own_palette, painted_colour
from kernel.dsl.compiler.modal_wrappers import is_modal_overlay
from kernel.dsl.compiler.page_padding import INSET_CLASS, inset_elements, page_margins
from kernel.dsl.compiler.styles import explicit_size, is_absolute, is_see_through, style_declarations
from kernel.dsl.compiler.theme import DARK, LIGHT
from kernel.dsl.data_uris import is_drawable_image_uri
from kernel.dsl.frames import (
    BROWSER_BAR,
    PHONE_BEZEL,
    PHONE_HOME_BAR,
    PHONE_LANDSCAPE_HOME_BAR,
    PHONE_LANDSCAPE_SIDE,
    PHONE_MARGIN,
    PHONE_STATUS_BAR,
    TABLET_BEZEL,
    TABLET_HOME_BAR,
    TABLET_STATUS_BAR,
    WINDOW_BAR,
    FrameChoice,
)
from kernel.dsl.lengths import px_or_none
from kernel.dsl.model import Document, Element

DOTS_CSS = (
    ".dsl-frame-dots{display:flex;gap:8px;flex:none}"
    ".dsl-frame-dots i{width:12px;height:12px;border-radius:50%;background:#ff5f57}"
    ".dsl-frame-dots i+i{background:#febc2e}.dsl-frame-dots i+i+i{background:#28c840}"
)
"""A mac window's three buttons (close, minimise, zoom), a browser's and an app's window alike."""
BROWSER_CSS = DOTS_CSS + (
    # As wide as the screen, not the page, and on its left in either direction: a panel of
    # notes beside it must not cover the bar.
    ".dsl-frame--browser{width:max-content;margin-right:auto}"
    f".dsl-frame-bar{{box-sizing:border-box;height:{BROWSER_BAR}px;display:flex;align-items:center;gap:16px;"
    'padding:0 16px;background:#eef0f3;border-bottom:1px solid #d9dce1;font:13px/1 "Noto Sans",sans-serif}'
    # A spacer as wide as the dots on the right centres the address in the bar; it never
    # slides over the dots, however narrow the window.
    ".dsl-frame-bar::after{content:'';flex:none;width:52px}"
    ".dsl-frame-address{flex:0 1 560px;margin:0 auto;height:28px;display:flex;"
    "align-items:center;justify-content:center;gap:6px;padding:0 12px;border-radius:8px;background:#fff;"
    "color:#52525b;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;min-width:0}"
    ".dsl-frame-address svg{flex:none;color:#71717a}"
    "[data-theme=dark] .dsl-frame-bar{background:#1c1c20;border-bottom-color:#2e2e34}"
    "[data-theme=dark] .dsl-frame-address{background:#2a2a30;color:#a1a1aa}"
)
WINDOW_CSS = (
    # A desktop app's window: its title bar over the screen, as wide as the screen (as the
    # browser's bar is), the title centred (mac) or at the start (windows).
    ".dsl-frame--window{width:max-content;margin-right:auto}"
    f".dsl-frame-titlebar{{box-sizing:border-box;height:{WINDOW_BAR}px;display:flex;align-items:center;"
    "gap:12px;padding:0 14px;background:#e8e8ea;border-bottom:1px solid #d1d1d6;color:#3f3f46;"
    'font:600 13px/1 "Noto Sans",sans-serif}'
    ".dsl-frame-titlebar .dsl-frame-dots{width:52px}"
    ".dsl-frame-title{flex:1;min-width:0;text-align:center;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}"
    # As wide as the dots, on the right: the title is centred in the bar, never under the dots.
    ".dsl-frame-titlebar.is-mac::after{content:'';flex:none;width:52px}"
    ".dsl-frame-titlebar.is-windows{padding:0 0 0 14px;background:#f3f3f3;border-bottom-color:#e0e0e0;"
    "font-weight:400;font-size:12px;color:#1f1f1f}"
    ".dsl-frame-titlebar.is-windows .dsl-frame-title{text-align:start}"
    ".dsl-frame-controls{display:flex;align-self:stretch;flex:none}"
    ".dsl-frame-controls span{width:46px;display:flex;align-items:center;justify-content:center;color:inherit}"
    "[data-theme=dark] .dsl-frame-titlebar{background:#2a2a2e;border-bottom-color:#3a3a40;color:#d4d4d8}"
    "[data-theme=dark] .dsl-frame-titlebar.is-windows{background:#202020;border-bottom-color:#2e2e2e;color:#e4e4e7}"
)
PHONE_CSS = (
    f"body{{background:#e4e7ec}}[data-theme=dark] body{{background:#202024}}"
    f".dsl-frame--phone{{padding:{PHONE_MARGIN}px;width:max-content;margin-right:auto}}"
    f".dsl-frame-device{{border:{PHONE_BEZEL}px solid #111114;border-radius:{44 + PHONE_BEZEL}px;overflow:hidden;"
    "background:var(--background);box-shadow:0 24px 48px -12px rgba(15,23,42,.35),0 0 0 1px #2b2b30}"
    f".dsl-frame-status{{position:relative;box-sizing:border-box;height:{PHONE_STATUS_BAR}px;display:flex;"
    "align-items:center;justify-content:space-between;padding:0 30px 0 34px;"
    "color:var(--frame-ink,var(--foreground));"
    'font:600 15px/1 "Noto Sans",sans-serif}'
    ".dsl-frame-island{position:absolute;left:50%;top:8px;width:108px;height:30px;margin-left:-54px;"
    "border-radius:15px;background:#000}"
    ".dsl-frame-icons{display:flex;align-items:center;gap:5px}"
    f".dsl-frame-home{{height:{PHONE_HOME_BAR}px;display:flex;align-items:center;justify-content:center}}"
    ".dsl-frame-home i{width:134px;height:5px;border-radius:3px;background:var(--frame-ink,var(--foreground));"
    "opacity:.85}"
    # A document background of the other tone than the theme's (a dark screen on the light
    # theme): the bar and the indicator take the other palette's text colour, to read on it.
    f"[data-theme=light] .is-dark-screen{{--frame-ink:{DARK['foreground']}}}"
    f"[data-theme=dark] .is-light-screen{{--frame-ink:{LIGHT['foreground']}}}"
    # A modal's backdrop covers the screen: the strips are dimmed by the same overlay (an inset
    # shadow, drawn over their fill and under the time, icons and home indicator). A bottom
    # sheet's surface runs on under the home indicator (`screen_edges` lends the strip its
    # fill), so that strip is not dimmed, and the sheet keeps less room of its own below its
    # actions: the strip's 28 px are that room.
    ".dsl-frame-device:has(>.dsl-root>.dsl-modal-backdrop)>:is(.dsl-frame-status,.dsl-frame-home)"
    "{box-shadow:inset 0 0 0 999px var(--overlay)}"
    ".dsl-frame-device:has(>.dsl-root>.dsl-modal-backdrop.is-sheet)>.dsl-frame-home{box-shadow:none}"
    ".dsl-frame-device>.dsl-root>.is-sheet>.dsl-modal--sheet{padding-bottom:calc(var(--pad) * .6)}"
)
LANDSCAPE_CSS = PHONE_CSS + (
    # A phone on its side: no status bar (iOS hides it in landscape), the island in the strip
    # on the left, an even strip on the right, both of the screen's background, and a lower
    # home indicator strip running under all three.
    f".dsl-frame--phone.is-landscape>.dsl-frame-device{{position:relative;padding:0 {PHONE_LANDSCAPE_SIDE}px}}"
    ".dsl-frame--phone.is-landscape .dsl-frame-island{left:8px;top:50%;width:30px;height:108px;"
    "margin:-54px 0 0 0}"
    f".dsl-frame--phone.is-landscape .dsl-frame-home{{height:{PHONE_LANDSCAPE_HOME_BAR}px;"
    f"margin:0 -{PHONE_LANDSCAPE_SIDE}px}}"
    ".dsl-frame--phone.is-landscape .dsl-frame-home i{width:200px}"
    # A modal's backdrop dims the strips at the sides too, as it dims the home indicator's (down
    # to that strip, which is dimmed on its own), under the island.
    ".dsl-frame--phone.is-landscape>.dsl-frame-device:has(>.dsl-root>.dsl-modal-backdrop)::before,"
    ".dsl-frame--phone.is-landscape>.dsl-frame-device:has(>.dsl-root>.dsl-modal-backdrop)::after"
    f"{{content:'';position:absolute;top:0;bottom:{PHONE_LANDSCAPE_HOME_BAR}px;width:{PHONE_LANDSCAPE_SIDE}px;"
    "background:var(--overlay)}"
    ".dsl-frame--phone.is-landscape>.dsl-frame-device::before{left:0}"
    ".dsl-frame--phone.is-landscape>.dsl-frame-device::after{right:0}"
)

TABLET_CSS = PHONE_CSS + (
    # A tablet: the phone's device with an even, wider bezel and smaller corners, a slim status
    # bar (the time and date at the start, no island) and a wider home indicator.
    f".dsl-frame--tablet{{padding:{PHONE_MARGIN}px;width:max-content;margin-right:auto}}"
    f".dsl-frame--tablet>.dsl-frame-device{{border-width:{TABLET_BEZEL}px;border-radius:{18 + TABLET_BEZEL}px}}"
    f".dsl-frame--tablet .dsl-frame-status{{height:{TABLET_STATUS_BAR}px;padding:0 20px 0 24px;font-size:12px}}"
    # The date is isolated from the time: right to left, "9:41" and a date of Latin letters or
    # digits ran into one left-to-right run, its margin at the run's far end ("9:41Mon Jun 10").
    ".dsl-frame--tablet .dsl-frame-date{margin-inline-start:6px;unicode-bidi:isolate}"
    f".dsl-frame--tablet .dsl-frame-home{{height:{TABLET_HOME_BAR}px}}"
    ".dsl-frame--tablet .dsl-frame-home i{width:200px}"
)


PLACEHOLDER_ADDRESS = "app.example.com"
"""A browser frame's address when the document gives no `url` and no `title`: an empty address bar
looked unfinished; a designer's mock-up shows a host, and `example.com` is the one kept for examples."""


@dataclass(frozen=True)
class FrameShell:
    """What a frame puts before and after the page's `<main>`, its CSS, and the selector the
    document's `background` belongs to (the screen, not the backdrop)."""

    before: str = ""
    after: str = ""
    css: str = ""
    background_selector: str = "body"


def frame_shell(
    frame: FrameChoice,
    *,
    title: str | None,
    background: str | None = None,
    document: Document | None = None,
    screen: tuple[int, int] = (0, 0),
) -> FrameShell:
    """The shell of `frame`; no frame is an empty shell. `background` is the document's own
    (None when it has none, or it was dropped with its theme): a phone's status bar and home
    indicator take the text colour that reads on it (they took the theme's: dark on a dark
    screen, white on a white one). `document` (on a `screen` of that width and height) tells
    what runs to the screen's top and bottom edges: it lends the strip there its fill (see
    `screen_edges`)."""
    if frame.type == "browser":
        address = frame.url or title or PLACEHOLDER_ADDRESS
        lock = icon_svg("lock", 12)
        bar = (
            '<div class="dsl-frame-bar" aria-hidden="true"><span class="dsl-frame-dots"><i></i><i></i><i></i>'
            f'</span><span class="dsl-frame-address">{lock}{esc(address)}</span></div>'
        )
        return FrameShell(f'<div class="dsl-frame dsl-frame--browser">{bar}', "</div>", BROWSER_CSS)
    if frame.type == "window":
        return FrameShell(
            f'<div class="dsl-frame dsl-frame--window">{_title_bar(frame.style, title or "")}',
            "</div>",
            DOTS_CSS + WINDOW_CSS,
        )
    if frame.is_device:
        return _device_shell(frame.type, background, document, screen, landscape=frame.landscape)
    return FrameShell()


WINDOWS_CONTROLS = ("minus", "square", "x")
"""A Windows title bar's buttons, at its end: minimise, maximise, close."""


def _title_bar(style: str, title: str) -> str:
    """A desktop app window's title bar: the mac look's traffic lights and centred title, or the
    windows look's title at the start and its minimise, maximise and close buttons at the end."""
    text = f'<span class="dsl-frame-title">{esc(title)}</span>'
    if style == "windows":
        buttons = "".join(f"<span>{icon_svg(name, 14, stroke_width=1.5)}</span>" for name in WINDOWS_CONTROLS)
        return (
            f'<div class="dsl-frame-titlebar is-windows" aria-hidden="true">{text}'
            f'<span class="dsl-frame-controls">{buttons}</span></div>'
        )
    return (
        '<div class="dsl-frame-titlebar is-mac" aria-hidden="true"><span class="dsl-frame-dots"><i></i><i></i><i></i>'
        f"</span>{text}</div>"
    )


def _device_shell(
    kind: str,
    background: str | None,
    document: Document | None,
    screen: tuple[int, int],
    *,
    landscape: bool = False,
) -> FrameShell:
    """A phone's or a tablet's body around the screen: its status bar above (a phone's with the
    island, a tablet's with the date in the page's language: `status_date`), its home indicator below, each strip continuing the
    screen's edge beside it. A `landscape` phone has no status bar, its island on the left."""
    tablet = kind == "tablet"
    size = 13 if tablet else 16
    icons = "".join(icon_svg(name, size, stroke_width=2.5) for name in ("signal", "wifi", "battery-full"))
    top, bottom = screen_edges(document, screen) if document is not None else (None, None)
    date = status_date(document.lang if document is not None else None)
    time = (
        f'<span>9:41<span class="dsl-frame-date">{esc(date)}</span></span>' if tablet else "<span>9:41</span>"
    )
    island = "" if tablet else '<span class="dsl-frame-island"></span>'
    status = (
        f"<div{_strip_attrs('dsl-frame-status', top)}>{time}{island}"
        f'<span class="dsl-frame-icons">{icons}</span></div>'
    )
    home = f"<div{_strip_attrs('dsl-frame-home', bottom)}><i></i></div>"
    tone = background_tone(background)
    tone_class = f" is-{tone}-screen" if tone else ""
    if landscape and not tablet:
        return FrameShell(
            '<div class="dsl-frame dsl-frame--phone is-landscape">'
            f'<div class="dsl-frame-device{tone_class}"><span class="dsl-frame-island" aria-hidden="true"></span>',
            f"{home}</div></div>",
            LANDSCAPE_CSS,
            ".dsl-frame-device",
        )
    return FrameShell(
        f'<div class="dsl-frame dsl-frame--{kind}"><div class="dsl-frame-device{tone_class}">{status}',
        f"{home}</div></div>",
        TABLET_CSS if tablet else PHONE_CSS,
        ".dsl-frame-device",
    )


@dataclass(frozen=True)
class EdgeFill:
    """How a phone's strip continues the element at the screen's edge beside it: the element's
    `paint` (background declarations), its own palette (so the fill and ink are the element's
    when it is of the other tone than the page: a tab bar's surface inside a dark bar), and the
    `ink` the time, icons and home indicator take on it."""

    paint: Mapping[str, str]
    palette: OwnPalette = field(default_factory=OwnPalette)
    ink: str = "var(--foreground)"


SURFACE = EdgeFill({"background": "var(--surface)"})
"""The theme's surface: a navbar's, a bottom tab bar's."""
MAP_LAND = EdgeFill({"background": "color-mix(in srgb,var(--muted) 80%,var(--surface))"})
"""The ground of a map (its land, as `feedback`'s map draws it)."""
MAP_WATER = EdgeFill({"background": "color-mix(in srgb,var(--info) 22%,var(--surface))"})
"""The water along a map's bottom edge (`feedback`'s map draws it the whole width there)."""
MUTED = EdgeFill({"background": "var(--muted)"})
"""The ground of a picture's placeholder (its hatching is of this and a paler step)."""

_BACKGROUNDS = ("background", "background-color", "background-image")
_COLUMNS = frozenset({"column", "container", "stack"})
"""Boxes whose first child runs along their whole top edge (a stack's first layer is its backdrop)."""
_FLOWING_COLUMNS = frozenset({"column", "container"})
"""Boxes that stack their children top to bottom: a bottom tab bar ending one sits on its bottom."""
_PAGE_TONED_TOKENS = frozenset(
    f"var(--{name})" for name in ("background", "surface", "surface-elevated", "muted", "card")
)
"""Theme colours of the page's own tone: the theme's text reads on them."""


def screen_edges(document: Document, screen: tuple[int, int]) -> tuple[EdgeFill | None, EdgeFill | None]:
    """The fills of the screen's top and bottom edges (`top_edge`, `bottom_edge`), from the
    top-level elements as the page lays them out on a `screen` of that width and height (which
    keep a margin, which run edge to edge); none when the document pads the whole screen. A
    bottom sheet's surface is the bottom edge whatever the page's padding: its backdrop covers
    the screen."""
    sheet = next((element for element in document.elements if _is_screen_sheet(element)), None)
    margins = page_margins(document.elements, screen, document.padding)
    if margins.root_padding:
        return None, _sheet_fill(sheet) if sheet else None
    elements = inset_elements(document.elements, margins)
    bottom = _sheet_fill(sheet) if sheet else bottom_edge(elements, screen[1])
    return top_edge(elements), bottom


def _is_screen_sheet(element: Element) -> bool:
    """A top-level bottom sheet laid out by the page: its backdrop covers the screen (whatever
    the page's padding) and it sits on the screen's bottom edge. A phone's frame holds a phone's
    screen, where a `drawer` is a bottom sheet too."""
    return is_sheet(element, compact=True) and not is_absolute(element)


def _sheet_fill(sheet: Element) -> EdgeFill:
    """A bottom sheet's strip: its theme surface, or its style's background in its own palette."""
    paint = _painted(sheet)
    return EdgeFill(paint or SURFACE.paint, own_palette(paint) if paint else OwnPalette())


def top_edge(elements: Sequence[Element]) -> EdgeFill | None:
    """The fill the status bar continues: that of the first top-level element that flows (a
    bottom tab bar without a panel goes to the bottom, wherever it is written), when it
    runs to the screen's top edge (no inset) and paints it — a navbar (the theme's surface, or
    its style's background), a band the author coloured, a map or a placeholder picture — or
    of the first child of an unpainted column or stack there with no top padding of its own
    (a map behind a ride's search field). None: the screen's own background shows there."""
    flowing = [
        element for element in _in_flow(elements) if not (_is_tab_bar(element) and not element.children)
    ]
    if not flowing or INSET_CLASS in (flowing[0].className or "").split():
        return None
    return _top_fill(flowing[0], depth=3)


def bottom_edge(elements: Sequence[Element], screen_height: int = 0) -> EdgeFill | None:
    """The fill the home indicator continues: a bottom tab bar's surface (in its own palette when
    its style paints it). The page keeps a top-level bar on the screen's bottom edge, unless it
    holds a panel, is followed by other elements and keeps a box of its own (a style or a
    height), when those come under it; a bar that ends the one column making up the screen (as
    tall as the screen, with no padding below) sits on its bottom edge too. Full-bleed content
    that makes up the screen alone (as tall as it: a map, a placeholder picture, a band the
    author coloured, a stack over such a backdrop) runs on under the home indicator, as it runs
    under the status bar (a full-screen map ended in a white strip there). None otherwise."""
    flowing = _in_flow(elements)
    for index, element in enumerate(flowing):
        if _is_tab_bar(element):
            last = index == len(flowing) - 1
            if last or not element.children or not (element.style or element.layout):
                return _tab_bar_fill(element)
            return None
    if len(flowing) != 1 or INSET_CLASS in (flowing[0].className or "").split():
        return None
    screen = flowing[0]
    height = explicit_size(screen, "height")
    tall = height is not None and px_or_none(height) == screen_height
    if not tall:
        return None
    if screen.type not in _FLOWING_COLUMNS:
        return _bleed_fill(screen)
    children = [child for child in screen.children if not is_absolute(child)]
    if children and _is_tab_bar(children[-1]) and not _pads(screen, "bottom", "left", "right"):
        return _tab_bar_fill(children[-1])
    return _bleed_fill(screen) if _painted(screen) else None


def _bleed_fill(element: Element) -> EdgeFill | None:
    """The fill of full-bleed content at the screen's bottom edge: a plain colour the author
    painted (a gradient's or a picture's bottom is not continued), a map's water, a placeholder
    picture's ground, or a stack's backdrop (its first layer, when the stack is unpainted)."""
    paint = _painted(element)
    if paint:
        plain = not any("gradient(" in value.lower() for value in paint.values())
        return _style_fill(paint) if plain else None
    if element.type == "stack":
        layers = [child for child in element.children if not is_absolute(child)]
        return _bleed_fill(layers[0]) if layers else None
    if element.type == "map":
        return MAP_WATER
    return _top_fill(element, depth=0)


def _in_flow(elements: Sequence[Element]) -> list[Element]:
    """The top-level elements the screen's column lays out: not those placed by coordinates,
    nor a modal (its backdrop covers the screen, taking no room in it)."""
    return [element for element in elements if not (is_absolute(element) or is_modal_overlay(element))]


def _is_tab_bar(element: Element) -> bool:
    return element.type == "tabs" and (element.variant or "").lower() == "bottom"


def _tab_bar_fill(bar: Element) -> EdgeFill:
    """A tab bar's strip: its theme surface, in the bar's own palette when its style paints it."""
    paint = _painted(bar)
    return EdgeFill(SURFACE.paint, own_palette(paint) if paint else OwnPalette())


def _top_fill(element: Element, depth: int) -> EdgeFill | None:
    paint = _painted(element)
    if paint:
        return _style_fill(paint)
    if element.type == "navbar":
        return None if _cleared(element) else SURFACE
    if element.type == "map":
        return MAP_LAND
    if element.type == "image" and not is_drawable_image_uri(element.src):
        return MUTED
    if depth and element.type in _COLUMNS and not _pads(element, "top", "left", "right"):
        children = [child for child in element.children if not is_absolute(child)]
        return _top_fill(children[0], depth - 1) if children else None
    return None


def _painted(element: Element) -> dict[str, str]:
    """The background declarations of the element's style that paint something."""
    decls = style_declarations(element.style or {})
    return {
        name: value for name, value in decls.items() if name in _BACKGROUNDS and not is_see_through(value)
    }


def _cleared(element: Element) -> bool:
    """Whether the element's style clears its background (`transparent`, `none`): the page shows."""
    decls = style_declarations(element.style or {})
    return any(name in _BACKGROUNDS and is_see_through(value) for name, value in decls.items())


def _style_fill(paint: Mapping[str, str]) -> EdgeFill | None:
    """A strip continuing the author's background: its colour or gradient (a gradient running
    down or up: the colour it has at the top edge, since the strip is no part of its length),
    the ink of its palette, or for a colour only the browser resolves (a theme colour it names,
    a `color-mix()`) black or white, whichever contrasts more. None for a picture (`url()`): no
    strip can continue it."""
    if any("url(" in value.lower() for value in paint.values()):
        return None
    edge = {name: _top_of_gradient(value) for name, value in paint.items()}
    palette = own_palette(paint)
    values = list(paint.values())
    if palette.classes or painted_colour(paint) is not None or len(values) != 1:
        return EdgeFill(edge, palette)
    value = values[0].strip()
    if value in _PAGE_TONED_TOKENS or not value.lower().startswith(("var(", "color-mix(")):
        return EdgeFill(edge, palette)
    return EdgeFill(edge, palette, f"contrast-color({value})")


def _top_of_gradient(value: str) -> str:
    """`value`, or the colour a linear gradient running down (or up) has at its top, as a
    gradient of that one colour (valid for `background` and `background-image` alike)."""
    gradient = parse_linear_gradient(value)
    if gradient is None or gradient.corner is not None or gradient.angle not in (0.0, 180.0):
        return value
    red, green, blue, alpha = gradient.stops[0 if gradient.angle == 180.0 else -1][0]
    colour = f"rgba({round(red * 255)},{round(green * 255)},{round(blue * 255)},{alpha:g})"
    return f"linear-gradient({colour},{colour})"


_SIDES = ("top", "right", "bottom", "left")
_LONGHANDS = {
    "top": ("paddingTop", "paddingBlockStart"),
    "right": ("paddingRight", "paddingInlineEnd"),
    "bottom": ("paddingBottom", "paddingBlockEnd"),
    "left": ("paddingLeft", "paddingInlineStart"),
}


def _pads(element: Element, *sides: str) -> bool:
    """Whether the element keeps its content off any of its `sides` ("top", "left"...): by its
    `padding` or its style's, written as CSS writes them."""
    style = element.style or {}
    lengths: dict[str, list[str]] = {side: [] for side in _SIDES}
    for shorthand in (element.padding, style.get("padding")):
        for side, length in zip(_SIDES, _four_sides(shorthand), strict=True):
            lengths[side].append(length)
    for name, (start, end) in (("paddingBlock", ("top", "bottom")), ("paddingInline", ("left", "right"))):
        parts = str(style[name]).split() if style.get(name) is not None else []
        if parts:
            lengths[start].append(parts[0])
            lengths[end].append(parts[-1])
    for side, names in _LONGHANDS.items():
        lengths[side] += [str(style[name]) for name in names if style.get(name) is not None]
    return any(px_or_none(length) != 0 for side in sides for length in lengths[side])


def _four_sides(value: object) -> tuple[str, str, str, str]:
    """A padding shorthand's top, right, bottom and left ("8px 16px": 8px, 16px, 8px, 16px): 0
    on every side when there is none; "" (no length: counted as padding) when it has more than
    four parts."""
    parts = str(value).split() if value is not None else ["0"]
    if len(parts) == 1:
        return parts[0], parts[0], parts[0], parts[0]
    if len(parts) == 2:
        return parts[0], parts[1], parts[0], parts[1]
    if len(parts) == 3:
        return parts[0], parts[1], parts[2], parts[1]
    if len(parts) == 4:
        return parts[0], parts[1], parts[2], parts[3]
    return "", "", "", ""


def _strip_attrs(name: str, fill: EdgeFill | None) -> str:
    """The attributes of a phone strip (`name` is its class) continuing `fill`, if any."""
    if fill is None:
        return f' class="{name}" aria-hidden="true"'
    classes = " ".join((name, *fill.palette.classes))
    decls = {**fill.paint, **fill.palette.variables, "--frame-ink": fill.ink}
    style = ";".join(f"{prop}:{value}" for prop, value in decls.items())
    return f' class="{classes}" style="{esc(style)}" aria-hidden="true"'
