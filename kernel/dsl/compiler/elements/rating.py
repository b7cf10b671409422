"""The rating: stars filled to a score, halves included (reviews, feedback forms)."""

from __future__ import annotations

from kernel.dsl.compiler.colors import safe_color
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.html import box, esc
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.items import size_px
from kernel.dsl.compiler.registry import renders
from kernel.dsl.model import Element

MAX_STARS = 10


def _score(element: Element) -> float:
    value = element.value
    if isinstance(value, bool):
        return 0.0
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).strip().split("/")[0])
    except ValueError:
        return 0.0


@renders("rating")
def render_rating(element: Element, ctx: RenderContext) -> str:
    """`value` of `max` stars (default 5), drawn to the nearest half; then the score as written
    (unless `text` replaces it; `text: ""` hides it) and `label` (e.g. "128 reviews")."""
    stars = max(1, min(MAX_STARS, int(element.max or 5)))
    written = min(max(_score(element), 0.0), float(stars))
    score = round(written * 2) / 2  # the stars show halves; the number stays as written
    size = size_px(element, 18, {"sm": 14, "md": 18, "lg": 24, "xl": 32})
    glyphs = []
    for index in range(stars):
        star = icon_svg("star", size)
        if index + 1 <= score:
            glyphs.append(f'<span class="dsl-star is-full">{star}</span>')
        elif index + 0.5 == score:  # an empty star with a filled one over its first half
            glyphs.append(
                f'<span class="dsl-star is-half">{star}<span class="dsl-star-fill">{star}</span></span>'
            )
        else:
            glyphs.append(f'<span class="dsl-star is-empty">{star}</span>')
    shown = element.text if element.text is not None else f"{written:g}"
    number = f'<span class="dsl-rating-score">{esc(shown)}</span>' if shown else ""
    label = f'<span class="dsl-rating-label">{esc(element.label)}</span>' if element.label else ""
    color = safe_color(element.color)
    style = {"--star": color} if color else None
    stars_html = f'<span class="dsl-rating-stars" aria-hidden="true">{"".join(glyphs)}</span>'
    return box(element, stars_html + number + label, style=style, extra_attrs={"data-score": f"{score:g}"})


CSS = """
.dsl-rating{display:inline-flex;align-items:center;gap:8px;font-size:14px;min-width:0}
.dsl-rating-stars{display:inline-flex;gap:2px;color:var(--star,#f59e0b)}
.dsl-star{position:relative;display:inline-flex}
.dsl-star svg{stroke:currentColor}
.dsl-star.is-full svg{fill:currentColor}
.dsl-star.is-empty,.dsl-star.is-half{color:var(--border)}
.dsl-star.is-empty svg,.dsl-star.is-half svg{fill:var(--border)}
.dsl-star-fill{position:absolute;top:0;bottom:0;inset-inline-start:0;width:50%;overflow:hidden;display:inline-flex;color:var(--star,#f59e0b)}
.dsl-star-fill svg{flex:none;max-width:none;fill:currentColor!important}
.dsl-rating-score{font-weight:600;color:var(--foreground);font-variant-numeric:tabular-nums}
.dsl-rating-label{color:var(--muted-foreground)}
"""
