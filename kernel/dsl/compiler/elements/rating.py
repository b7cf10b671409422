"""The rating: stars filled to a score, the last one in part (reviews, feedback forms)."""

from __future__ import annotations

from kernel.dsl.compiler.colors import safe_color
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.html import box, esc
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.items import size_px
from kernel.dsl.compiler.numbers_local import local_number, localize_number_text
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
        return float(_written_score(value))
    except ValueError:
        return 0.0


def _written_score(value: object) -> str:
    """The score as the document wrote it: a text's figure before any "/" (`"4/5"` is 4). A
    YAML or JSON `4.0` reaches the element as the text "4.0" (the parser remembers a number
    written otherwise than Python writes it, `number_text.remembering`); a number given as
    one (through the Python API, or `4.6`) is drawn as `%g` writes it."""
    return str(value).strip().split("/")[0].strip()


@renders("rating")
def render_rating(element: Element, ctx: RenderContext) -> str:
    """`value` of `max` stars (default 5), each filled to its exact share (4.8 fills the fifth star
    to 80%); then the score as written (`score_text`: 4.0 stays 4.0), in the document's language
    (4.5, or 4,5 under `lang: pt-BR`; unless
    `text` replaces it; `text: ""` hides it) and `label` (e.g. "128 reviews"), each moving under
    the stars whole when there is no room beside them (the CSS). A score of 0 beside a `label`
    is not drawn: no star is given yet, and the label says so ("No ratings yet"); a "0" before it
    read as a score of nought."""
    stars = max(1, min(MAX_STARS, int(element.max or 5)))
    score = min(max(_score(element), 0.0), float(stars))
    size = size_px(element, 18, {"sm": 14, "md": 18, "lg": 24, "xl": 32})
    glyphs = "".join(_star(icon_svg("star", size), score - index) for index in range(stars))
    written = _written_score(element.value) if isinstance(element.value, str) else ""
    shown = element.text if element.text is not None else score_text(score, written, element.label, ctx.lang)
    number = f'<span class="dsl-rating-score">{esc(shown)}</span>' if shown else ""
    label = f'<span class="dsl-rating-label">{esc(element.label)}</span>' if element.label else ""
    color = safe_color(element.color)
    style = {"--star": color} if color else None
    stars_html = f'<span class="dsl-rating-stars" aria-hidden="true">{glyphs}</span>'
    return box(element, stars_html + number + label, style=style, extra_attrs={"data-score": f"{score:g}"})


def score_text(score: float, written: str, label: str | None, lang: str | None) -> str:
    """The score as written (`4.0` stays 4.0 beside a 4.5, `4.50` keeps its zero) with the
    decimal sign of the document's language (4,0 under `lang: de`); as `%g` writes it when the
    written figure is not the score drawn (out of the stars' range, a count such as "12 votes");
    none for no score (0) beside a label."""
    if score == 0 and label:
        return ""
    if _is_plain_decimal(written) and float(written) == score:
        return localize_number_text(written.lstrip("+"), lang)
    return local_number(score, lang)


def _is_plain_decimal(text: str) -> bool:
    """Whether `text` is a figure of digits with at most one decimal point (`4`, `4.0`, `+4.50`),
    no exponent, grouping or spaces, which the document's decimal sign can write as it is."""
    digits = text.lstrip("+-").split(".")
    return 1 <= len(digits) <= 2 and all(part.isascii() and part.isdigit() for part in digits)


def _star(star: str, share: float) -> str:
    """One star filled to `share` (clamped to 0..1): full, empty, or an empty star under a filled
    one cut to that width (a half at .5), so 4.8 reads as less than five full stars."""
    if share >= 1:
        return f'<span class="dsl-star is-full">{star}</span>'
    if share <= 0:
        return f'<span class="dsl-star is-empty">{star}</span>'
    part = "is-half" if share == 0.5 else "is-part"
    fill = f'<span class="dsl-star-fill" style="width:{share * 100:.4g}%">{star}</span>'
    return f'<span class="dsl-star {part}">{star}{fill}</span>'


CSS = """
/* With no room beside the stars for the score or the label ("(312)" in a 150 px card, "301
   reviews" beside an avatar), that part moves under them whole, rather than run past the card's
   border or break between its words beside them; a label wider than the whole box wraps there. */
.dsl-rating{display:inline-flex;flex-wrap:wrap;align-items:center;gap:2px 8px;font-size:14px;min-width:0}
.dsl-rating-stars{display:inline-flex;gap:2px;color:var(--star,#f59e0b)}
.dsl-star{position:relative;display:inline-flex}
.dsl-star svg{stroke:currentColor}
.dsl-star.is-full svg{fill:currentColor}
.dsl-star.is-empty,.dsl-star.is-half,.dsl-star.is-part{color:var(--border)}
.dsl-star.is-empty svg,.dsl-star.is-half svg,.dsl-star.is-part svg{fill:var(--border)}
.dsl-star-fill{position:absolute;top:0;bottom:0;inset-inline-start:0;overflow:hidden;display:inline-flex;color:var(--star,#f59e0b)}
.dsl-star-fill svg{flex:none;max-width:none;fill:currentColor!important}
.dsl-rating-score{font-weight:600;color:var(--foreground);font-variant-numeric:tabular-nums}
.dsl-rating-label{color:var(--muted-foreground)}
"""
