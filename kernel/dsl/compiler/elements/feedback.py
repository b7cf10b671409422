"""Feedback and media elements: alert, toast, tooltip, skeleton, spinner, empty state, video, map."""

from __future__ import annotations

from kernel.dsl.compiler.action_emphasis import QUIET, emphasised_actions
from kernel.dsl.compiler.action_rows import action_row
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.html import box, esc
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.items import entries, item_label, size_px
from kernel.dsl.compiler.low_shadow import LOW_SHADOW_CSS, low_drop
from kernel.dsl.compiler.map_markers import MARKERS_CSS, markers_html
from kernel.dsl.compiler.registry import RENDERERS, renders
from kernel.dsl.compiler.styles import is_absolute
from kernel.dsl.data_uris import drawable_image_uri
from kernel.dsl.model import Action, Element, Item
from kernel.dsl.no_icon import icon_or_default

_TONES = {"info": "info", "success": "success", "warning": "warning", "danger": "danger", "error": "danger",
          "destructive": "danger", "neutral": "neutral", "default": "neutral"}  # fmt: skip
_TONE_ICONS = {"info": "info", "success": "circle-check", "warning": "triangle-alert", "danger": "circle-alert",
               "neutral": "bell"}  # fmt: skip


def _tone(element: Element, default: str) -> str:
    return _TONES.get((element.variant or "").lower(), default)


def _id_attribute(item: Item) -> str:
    """An action's ` id="..."` (an annotation's target), or nothing."""
    return f' id="{esc(item.id)}"' if isinstance(item, Action) and item.id else ""


def _buttons(ctx: RenderContext, drawn: list[Item], *, size: str = "sm") -> str:
    """Action buttons, each in its variant (`drawn`: see `emphasised_actions`), through the
    button renderer."""
    html = []
    for item in drawn:
        if "button" in RENDERERS:
            html.append(
                ctx.render(
                    Element(type="button", label=item_label(item), variant=item.variant, size=item.size or size,
                            icon=item.icon, iconPosition=item.iconPosition, badge=item.badge,
                            disabled=item.disabled, id=item.id if isinstance(item, Action) else None)
                )
            )  # fmt: skip
        else:
            html.append(f'<span class="dsl-fallback-button">{esc(item_label(item))}</span>')
    return "".join(html)


@renders("alert")
def render_alert(element: Element, ctx: RenderContext) -> str:
    """A tinted inline message with a tone icon (none with `icon: none`), `title`, `text`, its
    `children` under the text (an error summary's list of links to the fields in error, a
    paragraph) and optional `actions`, quiet (`QUIET`) as Polaris banners, Primer banners and
    Carbon notifications draw them (the brand's filled button would clash with a red or amber
    alert): the first that is no way out (Retry before Dismiss) outlined, the others ghost, unless
    an action names its variant."""
    tone = _tone(element, "info")
    name = icon_or_default(element.icon, _TONE_ICONS[tone])
    icon = f'<span class="dsl-alert-icon">{icon_svg(name, 18)}</span>' if name else ""
    title = f'<div class="dsl-alert-title">{esc(element.title)}</div>' if element.title else ""
    body = element.text or element.description or element.label
    text = f'<div class="dsl-alert-text">{esc(body)}</div>' if body else ""
    children = ctx.render_children(element)
    content = f'<div class="dsl-alert-content dsl-vflow">{children}</div>' if children else ""
    drawn = emphasised_actions(element.actions, at="first", looks=QUIET)
    buttons = action_row(
        "dsl-alert-actions",
        _buttons(ctx, drawn),
        drawn,
        size="sm",
        primary_last=False,
        typeface=ctx.typeface,
    )
    close = f'<span class="dsl-alert-close">{icon_svg("x", 16)}</span>' if element.removable else ""
    inner = f'{icon}<div class="dsl-alert-body">{title}{text}{content}{buttons}</div>{close}'
    return box(element, inner, classes=f"dsl-tone--{tone}", extra_attrs={"role": "alert"})


@renders("toast")
def render_toast(element: Element, ctx: RenderContext) -> str:
    """A floating notification card with a tone icon, `title`, `text`, `actions` and a close cross.
    Placed with `layout.x`/`y`, it floats above everything, a modal's backdrop included, as
    toasts do; in the flow it stays in its place."""
    tone = _tone(element, "success" if element.variant is None else "neutral")
    name = icon_or_default(element.icon, _TONE_ICONS[tone])
    icon = f'<span class="dsl-toast-icon">{icon_svg(name, 18)}</span>' if name else ""
    title = f'<div class="dsl-toast-title">{esc(element.title)}</div>' if element.title else ""
    body = element.text or element.description or element.label
    text = f'<div class="dsl-toast-text">{esc(body)}</div>' if body else ""
    actions = entries(element.actions)
    links = "".join(
        f'<span{_id_attribute(item)} class="dsl-toast-action">{esc(item_label(item))}</span>'
        for item in actions
    )
    links_html = f'<div class="dsl-toast-actions">{links}</div>' if links else ""
    inner = (
        f'{icon}<div class="dsl-toast-body">{title}{text}{links_html}</div>'
        f'<span class="dsl-toast-close">{icon_svg("x", 16)}</span>'
    )
    placed = " is-placed" if is_absolute(element) else ""
    drop = low_drop(element)  # pinned near the bottom: a shadow that stays on the screen
    low, style = (" is-low", {"--drop": f"{drop}px"}) if drop is not None else ("", None)
    return box(
        element, inner, classes=f"dsl-tone--{tone}{placed}{low}", style=style, extra_attrs={"role": "status"}
    )


@renders("tooltip")
def render_tooltip(element: Element, ctx: RenderContext) -> str:
    """A dark bubble with an arrow floating above its `children` (`variant`: top|bottom|left|right);
    its text keeps its line breaks (`white-space: pre-line`), as a `text` does.

    The bubble floats over the layout, placed by its target (CSS anchor positioning): shifted
    along the screen's edge to stay on it, on the other side when its own has no room (see the
    CSS). Without children the bubble stands alone in the flow.
    """
    side = element.variant if element.variant in ("top", "bottom", "left", "right") else "top"
    text = element.text or element.label or element.title or ""
    bubble = f'<span class="dsl-tooltip-bubble">{esc(text)}<i class="dsl-tooltip-arrow"></i></span>'
    target = ctx.render_children(element)
    if not target:  # nothing to point at: the bubble alone, in the flow
        return box(element, bubble, classes=f"dsl-tooltip--{side} is-standalone")
    # the bubble floats over its target and takes no room, so the target lines up with its siblings
    return box(
        element, bubble + f'<span class="dsl-tooltip-target">{target}</span>', classes=f"dsl-tooltip--{side}"
    )


SKELETON_VARIANTS = ("text", "circle", "avatar", "rect", "card", "row")


@renders("skeleton")
def render_skeleton(element: Element, ctx: RenderContext) -> str:
    """Grey loading shapes: `variant` text (`lines` bars), circle (`avatar`), rect; row (a list
    row's placeholder: a face beside two lines, or `lines`); card (a framed card: a face beside
    two lines, a picture block and `lines` bars, three by default: about 260 px tall)."""
    variant = element.variant if element.variant in SKELETON_VARIANTS else "text"
    if variant == "row":
        face = '<span class="dsl-skel-circle"></span>'
        widths = [_ROW_WIDTHS[index % len(_ROW_WIDTHS)] for index in range(element.lines or 2)]
        return box(element, face + _skeleton_lines(widths), classes="dsl-skeleton--row")
    if variant in ("circle", "avatar"):
        size = size_px(element, 48)
        return box(
            element,
            "",
            classes="dsl-skeleton--circle",
            style={"width": f"{size:g}px", "height": f"{size:g}px"},
        )
    if variant == "rect":
        height = size_px(element, 120)
        return box(element, "", classes="dsl-skeleton--rect", style={"height": f"{height:g}px"})
    lines = element.lines or 3
    bars = "".join(
        f'<span class="dsl-skel-bar" style="width:{_line_width(i, lines)}%"></span>' for i in range(lines)
    )
    if variant == "card":
        inner = (
            f'<div class="dsl-skel-row"><span class="dsl-skel-circle"></span>{_skeleton_lines(_ROW_WIDTHS[:2])}'
            f'</div><span class="dsl-skel-block"></span><div class="dsl-skel-lines">{bars}</div>'
        )
        return box(element, inner, classes="dsl-skeleton--card")
    return box(element, bars, classes="dsl-skeleton--text")


_ROW_WIDTHS = (45, 30, 38)
"""The lengths (%) of the lines beside a face: a name, a shorter second line, then ragged."""


def _skeleton_lines(widths: list[int] | tuple[int, ...]) -> str:
    """Bars of the given lengths (%), one under the other."""
    bars = "".join(f'<span class="dsl-skel-bar" style="width:{width}%"></span>' for width in widths)
    return f'<div class="dsl-skel-lines">{bars}</div>'


def _line_width(index: int, count: int) -> int:
    """Ragged but deterministic line lengths; the last line of a paragraph is short."""
    if count > 1 and index == count - 1:
        return 60
    return (100, 94, 97, 88, 92)[index % 5]


@renders("spinner")
def render_spinner(element: Element, ctx: RenderContext) -> str:
    """A still loading ring (track and a quarter arc) with an optional `label`."""
    size = size_px(element, 24)
    stroke = max(size / 8, 2)
    radius = (size - stroke) / 2
    c = size / 2
    circumference = 2 * 3.141592653589793 * radius
    svg = (
        f'<svg width="{size:g}" height="{size:g}" viewBox="0 0 {size:g} {size:g}" aria-hidden="true">'
        f'<circle class="dsl-spinner-track" cx="{c:g}" cy="{c:g}" r="{radius:.2f}" stroke-width="{stroke:.1f}"/>'
        f'<circle class="dsl-spinner-arc" cx="{c:g}" cy="{c:g}" r="{radius:.2f}" stroke-width="{stroke:.1f}"'
        f' stroke-dasharray="{circumference * 0.28:.2f} {circumference:.2f}" transform="rotate(-90 {c:g} {c:g})"/></svg>'
    )
    text = element.label or element.text
    label = f'<span class="dsl-spinner-label">{esc(text)}</span>' if text else ""
    return box(element, svg + label, extra_attrs={"role": "status"})


@renders("empty")
def render_empty(element: Element, ctx: RenderContext) -> str:
    """An empty state: icon in a soft circle (none with `icon: none`), `title`, `text` and action buttons."""
    name = icon_or_default(element.icon, "inbox")
    icon = f'<span class="dsl-empty-icon">{icon_svg(name, 26, stroke_width=1.75)}</span>' if name else ""
    title = element.title or element.label
    heading = f'<div class="dsl-empty-title">{esc(title)}</div>' if title else ""
    body = element.text or element.description
    text = f'<p class="dsl-empty-text">{esc(body)}</p>' if body else ""
    drawn = emphasised_actions(element.actions, at="first")
    buttons = action_row(
        "dsl-empty-actions",
        _buttons(ctx, drawn, size="md"),
        drawn,
        size="md",
        gap_px=10,
        primary_last=False,
        typeface=ctx.typeface,
    )
    inner = f"{icon}{heading}{text}{buttons}"
    return box(element, inner, classes="dsl-empty--bordered" if element.variant == "bordered" else "")


@renders("video")
def render_video(element: Element, ctx: RenderContext) -> str:
    """A 16:9 player still: poster (data: image) or a gradient, play button, title, duration,
    scrubber. The player is a size container: its play button scales with it, clear of the title
    and the controls (see the CSS). In a stack it is a backdrop, as a map is. `variant: plain` draws
    the poster (and title) alone, for a player whose controls the author draws over it."""
    poster = ""
    picture = drawable_image_uri(element.src)
    if picture is not None:
        poster = f'<img class="dsl-video-poster" src="{esc(picture)}" alt="{esc(element.alt or "")}">'
    title = element.title or element.label or element.text
    title_html = f'<div class="dsl-video-title">{esc(title)}</div>' if title else ""
    if (
        element.variant or ""
    ).lower() == "plain":  # the picture alone, under controls of the author's own (a TV overlay)
        shade = '<div class="dsl-video-shade"></div>' if title else ""
        return box(
            element, f"{poster}{shade}{title_html}", classes="is-placed" if is_absolute(element) else ""
        )
    duration = element.duration
    progress = _ratio_of(element.value)
    bar = (
        f'<div class="dsl-video-bar"><span class="dsl-video-controls">{icon_svg("play", 14)}'
        f'{icon_svg("volume-2", 14)}</span><span class="dsl-video-track"><i style="width:{progress * 100:.1f}%"></i>'
        f'</span><span class="dsl-video-time">{esc(duration or "0:00")}</span>'
        f'<span class="dsl-video-controls">{icon_svg("settings", 14)}{icon_svg("maximize", 14)}</span></div>'
    )
    play = f'<span class="dsl-video-play">{icon_svg("play", 28, stroke_width=0)}</span>'
    badge = f'<span class="dsl-video-duration">{esc(duration)}</span>' if duration and not title else ""
    inner = f'{poster}<div class="dsl-video-shade"></div>{title_html}{badge}{play}{bar}'
    return box(element, inner, classes="is-placed" if is_absolute(element) else "")


def _ratio_of(value: object) -> float:
    """A played fraction from `value` (0-1, or a percentage above 1); 0 when absent."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    number = float(value) / 100 if value > 1 else float(value)
    return min(max(number, 0.0), 1.0)


_MAP_SVG = (
    '<svg class="dsl-map-art" viewBox="0 0 400 260" preserveAspectRatio="xMidYMid slice" aria-hidden="true">'
    '<rect class="dsl-map-land" width="400" height="260"/>'
    '<path class="dsl-map-water" d="M0 188c38-10 62 6 96 2s52-30 92-26 46 38 92 40 82-22 120-18v74H0z"/>'
    '<path class="dsl-map-park" d="M236 28h74a8 8 0 0 1 8 8v44a8 8 0 0 1-8 8h-74a8 8 0 0 1-8-8V36a8 8 0 0 1 8-8z"/>'
    '<path class="dsl-map-park" d="M34 44h50a6 6 0 0 1 6 6v30a6 6 0 0 1-6 6H34a6 6 0 0 1-6-6V50a6 6 0 0 1 6-6z"/>'
    '<g class="dsl-map-block">'
    '<rect x="110" y="20" width="52" height="38" rx="4"/><rect x="110" y="76" width="52" height="44" rx="4"/>'
    '<rect x="178" y="76" width="38" height="44" rx="4"/><rect x="28" y="104" width="62" height="46" rx="4"/>'
    '<rect x="330" y="24" width="56" height="64" rx="4"/><rect x="238" y="106" width="70" height="40" rx="4"/>'
    '<rect x="324" y="106" width="62" height="40" rx="4"/><rect x="178" y="20" width="38" height="38" rx="4"/>'
    "</g>"
    '<g class="dsl-map-road">'
    '<path d="M0 95h400M100 0v190M226 0v175M0 160c80-4 150 2 226-8s120-10 174-6M318 0v160"/>'
    "</g>"
    '<g class="dsl-map-road dsl-map-road--major"><path d="M0 66c90 8 170 30 226 29s110-30 174-40"/>'
    '<path d="M160 260c10-60 30-110 66-165"/></g>'
    "</svg>"
)


MAP_VARIANTS = ("plain",)
"""`plain`: the map without its zoom controls (a backdrop under a ride's sheet, a static picture)."""


@renders("map")
def render_map(element: Element, ctx: RenderContext) -> str:
    """A stylised street map (drawn, nothing fetched) with a pin, its `label`, the author's
    `markers` and zoom controls in the bottom-right corner (where maps keep them, clear of a badge
    or a back button placed in a top corner); `variant: plain` leaves the controls out, and
    `pin: false` (or `icon: none`) the pin, for a map whose markers are the points. In a stack it
    is a backdrop: it fills the stack's set height (or grows with the stack) unless given a height
    of its own."""
    label = element.label or element.title or element.text
    bubble = f'<span class="dsl-map-label">{esc(label)}</span>' if label else ""
    needle = (
        '<svg width="34" height="42" viewBox="0 0 34 42" aria-hidden="true">'
        '<ellipse class="dsl-map-pin-shadow" cx="17" cy="40" rx="7" ry="2.2"/>'
        '<path class="dsl-map-pin-body" d="M17 1C8.7 1 2 7.6 2 15.8 2 26.4 17 39 17 39s15-12.6 15-23.2C32 7.6 25.3 1 17 1z"/>'
        '<circle class="dsl-map-pin-dot" cx="17" cy="15.5" r="5.5"/></svg>'
    )
    if not map_draws_pin(element):
        needle = ""  # the label, if any, stays where the pin's would be
    pin = f'<span class="dsl-map-pin">{bubble}{needle}</span>' if bubble or needle else ""
    zoom = ""
    if element.variant not in MAP_VARIANTS:
        zoom = f'<span class="dsl-map-zoom"><span>{icon_svg("plus", 16)}</span><span>{icon_svg("minus", 16)}</span></span>'
    classes = "is-placed" if is_absolute(element) else ""
    inner = _MAP_SVG + pin + markers_html(element.markers) + zoom
    return box(element, inner, classes=classes,
               extra_attrs={"role": "img", "aria_label": label or "Map"})  # fmt: skip


def map_draws_pin(element: Element) -> bool:
    """Whether a map draws its pin at its middle: not when `pin: false`, nor when its `icon` asks
    for no icon (`none`, `false`, `""`: read as ''), as a type's own icon is taken away elsewhere."""
    return element.pin is not False and element.icon != ""


CSS = (
    """
.dsl-tone--info{--tone:var(--info);--tone-soft:var(--info-soft);--tone-title:var(--info-title-text);--tone-body:var(--info-body-text)}
.dsl-tone--success{--tone:var(--success);--tone-soft:var(--success-soft);--tone-title:var(--success-title-text);--tone-body:var(--success-body-text)}
.dsl-tone--warning{--tone:var(--warning);--tone-soft:var(--warning-soft);--tone-title:var(--warning-title-text);--tone-body:var(--warning-body-text)}
.dsl-tone--danger{--tone:var(--danger);--tone-soft:var(--danger-soft);--tone-title:var(--danger-title-text);--tone-body:var(--danger-body-text)}
.dsl-tone--neutral{--tone:var(--muted-foreground);--tone-soft:var(--muted);--tone-title:var(--neutral-title-text);--tone-body:var(--neutral-body-text)}

.dsl-alert{display:flex;align-items:flex-start;gap:12px;padding:calc(var(--pad) * .7) calc(var(--pad) * .8);border-radius:var(--radius);border:1px solid color-mix(in srgb,var(--tone) 30%,var(--border));background:var(--tone-soft);font-size:14px;line-height:1.5;box-sizing:border-box}
.dsl-alert-icon{display:inline-flex;flex:none;color:var(--tone);margin-top:1px}
.dsl-alert-body{flex:1;min-width:0;display:flex;flex-direction:column;gap:2px}
.dsl-alert-title{font-weight:600;color:var(--tone-title)}
.dsl-alert-text{color:var(--tone-body)}
.dsl-alert-actions{display:flex;gap:8px;margin-top:10px}
/* An alert's children (an error summary's list of links, a paragraph) under its text, 8 px apart
   and 8 px below it, in the body's column: the icon stays beside the title. */
.dsl-alert-content{display:flex;flex-direction:column;gap:8px;margin-top:6px;min-width:0}
.dsl-alert-close{display:inline-flex;color:var(--muted-foreground)}

.dsl-toast{display:flex;align-items:flex-start;gap:12px;width:360px;max-width:100%;padding:calc(var(--pad) * .7) calc(var(--pad) * .7) calc(var(--pad) * .7) calc(var(--pad) * .8);background:var(--surface);border:1px solid var(--border);border-radius:var(--radius-lg);box-shadow:var(--shadow-lg);font-size:14px;line-height:1.45;box-sizing:border-box}
.dsl-toast.is-placed{z-index:60}
.dsl-toast-icon{display:inline-flex;flex:none;color:var(--tone);margin-top:1px}
.dsl-toast-body{flex:1;min-width:0;display:flex;flex-direction:column;gap:2px}
.dsl-toast-title{font-weight:600;color:var(--foreground)}
.dsl-toast-text{color:var(--muted-foreground)}
.dsl-toast-actions{display:flex;gap:14px;margin-top:8px}
.dsl-toast-action{font-weight:600;color:var(--primary-text)}
.dsl-toast-action+.dsl-toast-action{color:var(--muted-foreground)}
.dsl-toast-close{display:inline-flex;flex:none;color:var(--muted-foreground)}

/* A tooltip's bubble is placed by its target as tooltip libraries place theirs (Floating UI's
   shift and flip): on its side (`variant`, above by default), 10 px off, centred on it; shifted
   along the screen's edge to stay 8 px inside it; on the other side when this one has no room
   (flip). The screen is its containing block wherever it is nested (a fixed box in the root,
   which contains fixed boxes: contain:layout), so the edges are the screen's, not a card's, and
   no box that clips its content cuts the bubble. The arrow is placed by the target too, on the
   side the bubble is drawn (the bubble's anchored query tells when it flipped): it keeps pointing
   at the target's centre however far the bubble shifts. A bubble that fits on neither side is
   drawn on its own and cut, which a render names (measure.py). */
.dsl-root:has(.dsl-tooltip-target){contain:layout}
.dsl-tooltip{position:relative;display:inline-flex;vertical-align:middle;anchor-scope:--dsl-tip}
.dsl-tooltip-target{display:inline-flex;anchor-name:--dsl-tip}
.dsl-tooltip-bubble{z-index:40;width:max-content;max-width:260px;padding:6px 10px;border-radius:var(--radius-sm);background:var(--foreground);color:var(--background);font-size:12.5px;font-weight:500;line-height:1.4;white-space:pre-line;box-shadow:var(--shadow)}
.dsl-tooltip-arrow{width:8px;height:8px;background:inherit;transform:rotate(45deg);border-radius:1px}
.dsl-tooltip:not(.is-standalone)>.dsl-tooltip-bubble{position:fixed;position-anchor:--dsl-tip;container-type:anchored}
.dsl-tooltip:not(.is-standalone) .dsl-tooltip-arrow{position:fixed;position-anchor:--dsl-tip}
.dsl-tooltip--top:not(.is-standalone)>.dsl-tooltip-bubble{position-area:top;align-self:unsafe end;margin-bottom:10px;inset-inline:8px;position-try-fallbacks:flip-block}
.dsl-tooltip--bottom:not(.is-standalone)>.dsl-tooltip-bubble{position-area:bottom;align-self:unsafe start;margin-top:10px;inset-inline:8px;position-try-fallbacks:flip-block}
.dsl-tooltip--left:not(.is-standalone)>.dsl-tooltip-bubble{position-area:left;justify-self:unsafe end;margin-right:10px;inset-block:8px;position-try-fallbacks:flip-inline}
.dsl-tooltip--right:not(.is-standalone)>.dsl-tooltip-bubble{position-area:right;justify-self:unsafe start;margin-left:10px;inset-block:8px;position-try-fallbacks:flip-inline}
.dsl-tooltip--top:not(.is-standalone) .dsl-tooltip-arrow{position-area:top;margin-bottom:6px}
.dsl-tooltip--bottom:not(.is-standalone) .dsl-tooltip-arrow{position-area:bottom;margin-top:6px}
.dsl-tooltip--left:not(.is-standalone) .dsl-tooltip-arrow{position-area:left;margin-right:6px}
.dsl-tooltip--right:not(.is-standalone) .dsl-tooltip-arrow{position-area:right;margin-left:6px}
@container anchored(fallback: flip-block){.dsl-tooltip--top:not(.is-standalone) .dsl-tooltip-arrow{position-area:bottom;margin:6px 0 0}.dsl-tooltip--bottom:not(.is-standalone) .dsl-tooltip-arrow{position-area:top;margin:0 0 6px}}
@container anchored(fallback: flip-inline){.dsl-tooltip--left:not(.is-standalone) .dsl-tooltip-arrow{position-area:right;margin:0 0 0 6px}.dsl-tooltip--right:not(.is-standalone) .dsl-tooltip-arrow{position-area:left;margin:0 6px 0 0}}
/* A bubble standing alone (no target) is in the flow, its arrow on its `variant`'s side. */
.dsl-tooltip.is-standalone>.dsl-tooltip-bubble{position:relative}
.is-standalone .dsl-tooltip-arrow{position:absolute}
.dsl-tooltip--top.is-standalone .dsl-tooltip-arrow{left:calc(50% - 4px);bottom:-4px}
.dsl-tooltip--bottom.is-standalone .dsl-tooltip-arrow{left:calc(50% - 4px);top:-4px}
.dsl-tooltip--left.is-standalone .dsl-tooltip-arrow{top:calc(50% - 4px);right:-4px}
.dsl-tooltip--right.is-standalone .dsl-tooltip-arrow{top:calc(50% - 4px);left:-4px}

.dsl-skeleton{--skel:color-mix(in srgb,var(--foreground) 8%,var(--surface));--skel-hi:color-mix(in srgb,var(--foreground) 4%,var(--surface))}
.dsl-skeleton--text,.dsl-skel-lines{display:flex;flex-direction:column;gap:10px;min-width:0}
.dsl-skel-lines{flex:1}
.dsl-skel-bar{display:block;height:12px;border-radius:var(--radius-pill);background:linear-gradient(90deg,var(--skel) 0%,var(--skel-hi) 50%,var(--skel) 100%)}
.dsl-skeleton--circle,.dsl-skel-circle{display:inline-block;border-radius:50%;background:var(--skel);flex:none}
.dsl-skel-circle{width:44px;height:44px}
.dsl-skeleton--rect,.dsl-skel-block{display:block;border-radius:var(--radius);background:linear-gradient(100deg,var(--skel) 0%,var(--skel-hi) 45%,var(--skel) 90%)}
.dsl-skel-block{height:120px}
.dsl-skeleton--card{display:flex;flex-direction:column;gap:16px;padding:calc(var(--pad) * .9);border:1px solid var(--border);border-radius:var(--radius-lg);background:var(--surface)}
.dsl-skel-row,.dsl-skeleton--row{display:flex;align-items:center;gap:12px}
.dsl-skeleton--row{min-width:0}
.dsl-skeleton--row>.dsl-skel-circle{width:40px;height:40px}
.dsl-skeleton--row>.dsl-skel-lines{gap:8px}
.dsl-hflow>.dsl-skeleton--row{flex:1 1 0%}

.dsl-spinner{display:inline-flex;align-items:center;gap:10px;color:var(--muted-foreground);font-size:14px}
.dsl-spinner svg{flex:none;display:block}
.dsl-spinner-track{fill:none;stroke:color-mix(in srgb,var(--primary) 18%,transparent)}
.dsl-spinner-arc{fill:none;stroke:var(--primary);stroke-linecap:round}

.dsl-empty{display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center;gap:6px;padding:calc(var(--pad) * 2) calc(var(--pad) * 1.2);box-sizing:border-box}
.dsl-empty--bordered{border:1.5px dashed var(--border);border-radius:var(--radius-lg)}
.dsl-empty-icon{display:inline-flex;align-items:center;justify-content:center;width:56px;height:56px;margin-bottom:10px;border-radius:50%;background:var(--muted);color:var(--muted-foreground);box-shadow:0 0 0 8px color-mix(in srgb,var(--muted) 45%,transparent)}
.dsl-empty-title{font-size:16px;font-weight:600;color:var(--foreground)}
.dsl-empty-text{margin:0;max-width:360px;font-size:14px;line-height:1.5;color:var(--muted-foreground)}
.dsl-empty-actions{display:flex;justify-content:center;align-self:stretch;gap:10px;margin-top:14px}
.dsl-fallback-button{display:inline-flex;align-items:center;height:32px;padding:0 12px;border-radius:var(--radius-sm);border:1px solid var(--border);font-size:13px;font-weight:500}

.dsl-video{position:relative;aspect-ratio:16/9;width:100%;overflow:hidden;border-radius:var(--radius-lg);background:radial-gradient(120% 90% at 30% 20%,#3b3f5c 0%,#1e2033 45%,#0b0c14 100%);color:#fff;box-sizing:border-box;min-height:120px;box-shadow:inset 0 0 0 1px rgba(255,255,255,.07);container-type:size}
.dsl-video-poster{position:absolute;inset:0;width:100%;height:100%;object-fit:cover;background:inherit}
/* A poster Chromium cannot draw after all leaves the player's own dark backdrop, not a broken-image icon. */
.dsl-video-poster::after{content:"";position:absolute;inset:0;background:inherit}
.dsl-video-shade{position:absolute;inset:0;background:linear-gradient(180deg,rgba(0,0,0,.45) 0%,rgba(0,0,0,0) 30%,rgba(0,0,0,0) 62%,rgba(0,0,0,.6) 100%)}
.dsl-video-title{position:absolute;left:18px;top:14px;right:18px;font-size:15px;font-weight:600;text-shadow:0 1px 2px rgba(0,0,0,.5);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.dsl-video-duration{position:absolute;right:12px;top:12px;padding:2px 7px;border-radius:4px;background:rgba(0,0,0,.65);font-size:12px;font-weight:600;font-variant-numeric:tabular-nums}
/* The play button scales with the player (the player is a size container) and keeps clear of
   the title above it and the controls under it: `--chrome` is what those two take of its height,
   with 10 px of air on either side; 68 px at most, a quarter of the width at most. A short player
   (under 160 px: a 248 px wide one at 16:9, a 120 px call tile) draws its title and controls
   tighter, as small players do, to leave the button room; under 112 px there is none, and the
   controls' own play button is the one drawn. */
.dsl-video-play{--chrome:96px;--play:clamp(32px,min(100cqh - var(--chrome),25cqw),68px);position:absolute;left:50%;top:50%;width:var(--play);height:var(--play);transform:translate(-50%,-50%);display:flex;align-items:center;justify-content:center;border-radius:50%;background:rgba(255,255,255,.18);box-shadow:0 0 0 1px rgba(255,255,255,.35) inset,0 8px 24px rgba(0,0,0,.35);backdrop-filter:blur(6px)}
.dsl-video-play svg{fill:#fff;width:41%;height:41%;margin-left:6%}
.dsl-video-bar{position:absolute;left:0;right:0;bottom:0;display:flex;align-items:center;gap:12px;padding:10px 14px;font-size:12px;font-variant-numeric:tabular-nums}
.dsl-video-controls{display:inline-flex;gap:12px;opacity:.92}
.dsl-video-controls svg[data-icon="play"]{fill:#fff}
.dsl-video-track{flex:1;height:4px;border-radius:2px;background:rgba(255,255,255,.3);overflow:hidden}
.dsl-video-track i{display:block;height:100%;background:var(--primary)}
.dsl-video-time{opacity:.92}
@container (height < 160px){
.dsl-video-play{--chrome:80px}
.dsl-video-title{top:10px;left:12px;right:12px;font-size:13px}
.dsl-video-duration{top:8px;right:8px}
.dsl-video-bar{padding:6px 10px;gap:10px}
}
@container (height < 112px){.dsl-video-play{display:none}}

.dsl-map{position:relative;overflow:hidden;min-height:160px;height:240px;border-radius:var(--radius-lg);border:1px solid var(--border);box-sizing:border-box;background:var(--muted)}
/* A backdrop layer of a stack (see `stack`): with no height of its own, the map is as tall as
   the stack, 240 px at least while the stack has no height either (a maximum is not one); a
   stack of set height gets exactly its height. A map placed by x/y keeps its own size. */
.dsl-stack>.dsl-map:not(.has-height,.is-placed){height:auto;min-height:240px}
.dsl-stack:is([style^="height:"],[style*=";height:"])>.dsl-map:not(.has-height,.is-placed){min-height:0}
/* In a row that stretches its children (`align: stretch`) a map with no height of its own is as
   tall as the row, as a picture, a video or a chart's box is (it kept its 240 px beside a 390 px
   route panel, white below it): 240 px at least while the row has no height, exactly the row's
   when it has one. */
.dsl-hflow[style*="align-items:stretch"]>.dsl-map:not(.has-height,.is-placed){height:auto;min-height:240px}
.dsl-hflow.has-height[style*="align-items:stretch"]>.dsl-map:not(.has-height,.is-placed){min-height:0}
/* So is a video: with no height of its own, it fills a stack of set height (keeping 16:9 it ran
   out of a 120 px call tile, over what follows); in a stack of no height it keeps 16:9 and the
   stack is as tall. A small layer laid over a titled player (a "Muted" badge) sits in the top end
   corner, not on the title, which ends short of that corner. */
.dsl-stack:is([style^="height:"],[style*=";height:"])>.dsl-video:not(.has-height,.is-placed){aspect-ratio:auto;height:auto;min-height:0}
.dsl-stack.is-auto:has(>.dsl-video>.dsl-video-title)>:not(:first-child):where(.dsl-button,.dsl-badge,.dsl-chip,.dsl-link,.dsl-avatar,.dsl-icon,.dsl-spinner,.dsl-tooltip){justify-self:end}
.dsl-stack.is-auto>.dsl-video:has(~:where(.dsl-button,.dsl-badge,.dsl-chip,.dsl-link,.dsl-avatar,.dsl-icon,.dsl-spinner,.dsl-tooltip))>.dsl-video-title{right:40%}
.dsl-map-art{position:absolute;inset:0;width:100%;height:100%;display:block}
.dsl-map-land{fill:color-mix(in srgb,var(--muted) 80%,var(--surface))}
.dsl-map-water{fill:color-mix(in srgb,var(--info) 22%,var(--surface))}
.dsl-map-park{fill:color-mix(in srgb,var(--success) 20%,var(--surface))}
.dsl-map-block rect{fill:color-mix(in srgb,var(--foreground) 6%,var(--muted))}
.dsl-map-road path{fill:none;stroke:var(--surface);stroke-width:7;stroke-linecap:round}
.dsl-map-road--major path{stroke:color-mix(in srgb,var(--warning) 35%,var(--surface));stroke-width:10}
/* The pin's tip at the map's centre, its label above it, when they fit there; on a map too low
   for that (160 px, its label ran onto the top border) they keep 12 px from the top instead, and
   a label too long for the map's width ends in an ellipsis: pin and label stay inside. The box
   runs from 12 px inside the top to the middle: `safe flex-end` sets the pin on its bottom, or
   on its top when they are taller than it. */
.dsl-map-pin{position:absolute;left:12px;right:12px;top:12px;bottom:50%;display:flex;flex-direction:column;align-items:safe center;justify-content:safe flex-end;gap:6px}
.dsl-map-pin>svg{flex:none}
.dsl-map-pin svg{display:block;filter:drop-shadow(0 3px 4px rgba(0,0,0,.25))}
.dsl-map-pin-body{fill:var(--danger);stroke:#fff;stroke-width:2}
.dsl-map-pin-dot{fill:#fff}
.dsl-map-pin-shadow{fill:rgba(0,0,0,.2)}
.dsl-map-label{flex:none;max-width:100%;box-sizing:border-box;overflow:hidden;text-overflow:ellipsis;padding:5px 10px;border-radius:var(--radius-sm);background:var(--surface);color:var(--foreground);font-size:13px;font-weight:600;white-space:nowrap;box-shadow:var(--shadow-lg);border:1px solid var(--border)}
.dsl-map-zoom{position:absolute;right:12px;bottom:12px;display:flex;flex-direction:column;background:var(--surface);border:1px solid var(--border);border-radius:var(--radius-sm);box-shadow:var(--shadow);color:var(--foreground)}
.dsl-map-zoom span{display:flex;align-items:center;justify-content:center;width:30px;height:30px}
.dsl-map-zoom span+span{border-top:1px solid var(--border)}
/* A card or a row laid along the bottom of the stack a map is in covers the corner its zoom
   controls are in (stack_backdrops' has-covered-zoom): they are not drawn, where their square
   corner showed past the card's rounded one. */
.dsl-map.has-covered-zoom>.dsl-map-zoom{display:none}
"""
    + LOW_SHADOW_CSS
    + MARKERS_CSS
)
