"""The pure DSL -> HTML compiler: `compile_html` turns a validated document into a self-contained page."""

from __future__ import annotations

from kernel.dsl.compiler import elements  # noqa: F401  (registers every element renderer)
from kernel.dsl.compiler.annotations import annotations_layer
from kernel.dsl.compiler.author_rules import author_classes, compiling_with
from kernel.dsl.compiler.base_css import BASE_CSS, TOUCH_CSS
from kernel.dsl.compiler.bidi import RTL_CSS, isolate_numbers, isolate_texts
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.css_pruning import prune_css, used_classes
from kernel.dsl.compiler.earlier_hooks import hooks_selected
from kernel.dsl.compiler.elements.navigation import FULL_PAGE_BOTTOM_BAR_CSS, PINNED_BOTTOM_BAR_CSS
from kernel.dsl.compiler.emoji_faces import emoji_face_css
from kernel.dsl.compiler.fonts import font_alias_css, font_declarations, math_face_css
from kernel.dsl.compiler.frames import frame_shell
from kernel.dsl.compiler.local_palette import page_palette
from kernel.dsl.compiler.modal_fit import modal_fit_css
from kernel.dsl.compiler.page import (
    ROOT_CLASSES,
    TRANSPARENT_CSS,
    canvas_css,
    page_html,
    text_direction,
    themed_media,
)
from kernel.dsl.compiler.page_padding import inset_elements, margins_css, page_margins
from kernel.dsl.compiler.registry import element_stylesheets
from kernel.dsl.compiler.sanitize import sanitize_css, sanitize_value
from kernel.dsl.compiler.screen_tall import SCREEN_TALL_CSS
from kernel.dsl.compiler.theme import (
    Density,
    NamedTheme,
    chosen_theme,
    greyscale_css,
    is_dark,
    palette_choice,
    resolve_theme,
    theme_css,
)
from kernel.dsl.compiler.theme_variables import Drawing, Surroundings, drawing, theme_variables_kept
from kernel.dsl.compiler.typefaces import theme_typeface
from kernel.dsl.model import Document
from kernel.dsl.options import Viewport

__all__ = ["compile_html"]


def compile_html(
    document: Document,
    viewport: Viewport,
    *,
    theme: NamedTheme = None,
    transparent: bool = False,
    full_page: bool = False,
    crop: bool = False,
    fit_width: bool = False,
) -> str:
    """The document as one HTML page (see `_compile_html`), with what its `css` sets on its
    classes in force, so a class there decides what `style` would (`author_rules`). `crop` is a
    full page; `fit_width` (with `crop`) narrows the screen to its content, for a canvas whose
    width nobody chose (`options.width_is_chosen`)."""
    with compiling_with(author_classes(document.css)):
        return _compile_html(
            document, viewport, theme=theme, transparent=transparent, full_page=full_page or crop,
            fit_width=crop and fit_width,
        )  # fmt: skip


def _compile_html(
    document: Document,
    viewport: Viewport,
    *,
    theme: NamedTheme,
    transparent: bool,
    full_page: bool,
    fit_width: bool,
) -> str:
    """The document as one HTML page: no script, no external fetch, every text escaped.

    `theme` (light, dark or design tokens) overrides the document's own (and drops the
    document's `background` when it flips light/dark); a `background` that is kept and drawn
    gives the page the palette that reads on it (`local_palette.page_palette`: a navy page on
    the light theme is drawn in the dark palette). `transparent` drops every page
    background so the image keeps its alpha channel. `full_page`: the shot takes all the
    content, so a phone frame grows to hold it instead of cutting it at its screen's edge.
    `fit_width` (a cropped image whose canvas's width nobody chose): the screen is as wide as
    its content needs (`page.canvas_css`); beside a notes panel, which is placed at the canvas's
    edge, it keeps the canvas's width. On a phone's or a tablet's canvas (`viewport.touch`) the theme's density is `touch` unless it
    names one.
    """
    density: Density = "touch" if viewport.touch else "comfortable"
    chosen = chosen_theme(palette_choice(document.theme), palette_choice(theme))
    resolved = resolve_theme(chosen, default_density=density)
    # The document's background belongs to its own theme: when a caller switches a light
    # document to dark (or back), that background would fight the new palette, so it goes.
    own_background = is_dark(palette_choice(document.theme)) == resolved.dark
    background = document.background if own_background else None
    frame = frame_shell(
        viewport.frame,
        title=document.title,
        background=background,
        document=document,
        screen=(viewport.screen_width, viewport.screen_height),
    )
    # What shows under the content decides its palette (a navy page draws light text): the
    # background, unless a transparent render leaves it out (inside a frame it stays, on the screen).
    drawn = not transparent or frame.background_selector != "body"
    page = page_palette(chosen, resolved, background if drawn else None, default_density=density)
    resolved = page.theme
    hooks = hooks_selected(document.css)
    context = RenderContext(
        viewport=viewport,
        dark=resolved.dark,
        touch=resolved.touch,
        density=resolved.density,
        lang=document.lang,
        typeface=theme_typeface(chosen),
        hooks=hooks,
    )
    # A canvas as tall as its content has no screen height (0: `page_padding`), unless a device's
    # frame keeps that device's (see `options.auto_height_floor`): its least height is no screen
    # for a top-level % to be a share of, nor one a box 200 px tall spans.
    as_tall_as_content = viewport.grows and not viewport.frame.is_device
    screen_height = 0 if as_tall_as_content else viewport.screen_height
    margins = page_margins(document.elements, (viewport.screen_width, screen_height), document.padding)
    top_level = inset_elements(document.elements, margins, full_page=full_page)
    context.index_paths(top_level)
    known = theme_variables_kept(resolved.variables, document.css)
    page_surroundings = Surroundings(known, "dark" if resolved.dark else "light")
    with drawing(Drawing(page_surroundings, page_surroundings)):
        body = context.render_all(top_level)
    direction = text_direction(document.lang, document.dir)
    body = isolate_texts(body, direction)
    if direction == "rtl":
        body = isolate_numbers(body)
    notes = annotations_layer(
        document.annotations or [],
        viewport,
        document.lang,
        resolved.variables.get("primary"),
        full_page=full_page,
    )
    author_css = themed_media(sanitize_css(document.css), dark=resolved.dark) if document.css else ""
    # On a transparent render, TRANSPARENT_CSS clears the page's background; a layer would stay.
    bare_screen = not (frame.css or notes.panel or transparent)
    background, root_layer = _smooth_page_gradient(background, bare_screen=bare_screen)
    # The built-in sheets lose the rules no class of this page can match (same pixels, less for
    # Chromium to parse); the document's own `css` is kept whole.
    used = ROOT_CLASSES | used_classes(
        body, notes.pins, notes.panel, frame.before, frame.after, root_layer or ""
    )
    # The touch sheet comes last: its larger type wins over every type's own at equal specificity.
    design_system = [
        BASE_CSS,
        *element_stylesheets(context.rendered_types),
        TOUCH_CSS if resolved.touch else "",
        FULL_PAGE_BOTTOM_BAR_CSS if full_page else PINNED_BOTTOM_BAR_CSS,
        SCREEN_TALL_CSS if full_page else "",
    ]
    # The font aliases stay out of the built-in layer: @font-face rules in a layer rank below
    # unlayered ones of the same family, and an author's own face must keep its place.
    fonts = "\n".join(
        sheet
        for sheet in (
            emoji_face_css(body),
            math_face_css(body),
            font_alias_css(f"{author_css} {font_declarations(body)} {resolved.variables['font']}"),
        )
        if sheet
    )
    sheets = [
        theme_css(resolved),
        greyscale_css(document.theme, theme),
        "\n".join(pruned for pruned in (prune_css(sheet, used) for sheet in design_system) if pruned),
        page.css,
        canvas_css(viewport, full_page=full_page, fit_content=fit_width and not notes.panel),
        margins_css(margins, viewport.screen_width, full_page=full_page),
        modal_fit_css(viewport.screen_height, full_page=full_page)
        if "modal" in context.rendered_types
        else "",
        frame.css,
        _background_css(background, frame.background_selector),
        notes.css,
        RTL_CSS if direction == "rtl" else "",
        # In the layer, its !important beats even an author's !important background.
        TRANSPARENT_CSS if transparent else "",
    ]
    return page_html(
        title=document.title,
        stylesheets=sheets,
        author_css=author_css,
        unlayered=fonts,
        body=body + notes.pins,
        dark=resolved.dark,
        aside=notes.panel,
        lang=document.lang,
        direction=direction,
        shell=(frame.before, frame.after),
        root_layer=root_layer or "",
        root_classes=" dsl-canvas" if hooks.canvas_class else "",
    )


def _smooth_page_gradient(background: str | None, *, bare_screen: bool) -> tuple[str | None, str | None]:
    """The document's `background` and the screen's gradient layer, drawn without dithering
    when `background` is a gradient that `gradients` draws: along an axis as a ramp image (the
    page's background stays the page's); in another direction as a layer behind the screen,
    on a bare screen only (the root then has the page's size, which CSS sizes a page gradient
    to; a frame or the notes' panel make the page larger than the screen)."""
    from kernel.dsl.compiler.gradients import smooth_gradient

    value = sanitize_value(background) if background else None
    smooth = smooth_gradient(value) if value and "linear-gradient(" in value else None
    if smooth is None:
        return background, None
    if smooth.image is not None:
        return f"{smooth.image} 0 0/100% 100%", None
    if not bare_screen:
        return background, None
    return "transparent", smooth.layer


def _background_css(background: str | None, selector: str = "body") -> str:
    """The document's `background` (a colour, gradient or data: image) on the whole page, or on
    the screen inside a frame (`selector`)."""
    value = sanitize_value(background) if background else None
    return f"{selector}{{background:{value}}}" if value else ""
